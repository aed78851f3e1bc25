"""Long texts cut into paragraph-bounded segments; records shifted back into the whole text."""
import pytest

from claimledger.extract.records import merge_segments, shift_spans
from claimledger.extract.segments import segment_bounds
from claimledger.schema import Document, Entity, Extraction, Quote, Timex

PARAGRAPH = "The battery was moved overnight to a new position near the border. " * 3


def assert_covers(text, bounds, max_chars):
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(bounds, bounds[1:]))
    assert all(0 < end - start <= max_chars for start, end in bounds)


def test_segment_bounds_short_text_is_one_segment():
    assert segment_bounds("Short text.", 100) == [(0, 11)]


def test_segment_bounds_cut_after_blank_lines():
    text = "\n\n".join([PARAGRAPH.strip()] * 6)
    bounds = segment_bounds(text, 500)
    assert_covers(text, bounds, 500)
    for start, end in bounds[:-1]:
        assert text[end - 2:end] == "\n\n" and not text[end].isspace()


def test_segment_bounds_prefer_blank_line_over_later_line_break():
    text = "a" * 50 + "\n\n" + "b" * 30 + "\n" + "c" * 30
    assert segment_bounds(text, 100) == [(0, 52), (52, len(text))]


def test_segment_bounds_without_line_breaks_cut_between_words():
    text = PARAGRAPH * 10
    bounds = segment_bounds(text, 300)
    assert_covers(text, bounds, 300)
    for _, end in bounds[:-1]:
        assert text[end - 1] == " " and text[end] != " "


def test_segment_bounds_without_any_space_cut_hard():
    text = "x" * 250
    assert segment_bounds(text, 100) == [(0, 100), (100, 200), (200, 250)]


def test_shift_spans_moves_every_span_field():
    quote = Quote(doc_id="d", span=(5, 9), kind="direct", speaker="Khrenin", speaker_span=(0, 3), cue=(10, 12))
    moved = shift_spans(quote, 100)
    assert (moved.span, moved.speaker_span, moved.cue) == ((105, 109), (100, 103), (110, 112))
    assert moved.speaker == "Khrenin" and quote.span == (5, 9)


def test_shift_spans_keeps_missing_spans_missing():
    moved = shift_spans(Quote(doc_id="d", span=(1, 2), kind="indirect", speaker=None), 10)
    assert moved.speaker_span is None and moved.cue is None and moved.span == (11, 12)


@pytest.mark.parametrize("offsets", [(0, 40), (0, 7, 19)])
def test_merge_segments_concatenates_in_order_with_shifted_spans(offsets):
    document = Document(id="d", text="x" * 80)
    parts = [(offset, Extraction(document=document, entities=[Entity("d", (1, 4), "GPE", "abc")],
                                 timexes=[Timex("d", (2, 3), "DATE", "2025")])) for offset in offsets]
    merged = merge_segments(document, parts)
    assert merged.document is document
    assert [entity.span for entity in merged.entities] == [(offset + 1, offset + 4) for offset in offsets]
    assert [timex.span for timex in merged.timexes] == [(offset + 2, offset + 3) for offset in offsets]
