"""Extraction over many documents: one bad document is the only one lost, long documents are
extracted in segments with spans into the whole text, and the drivers agree."""
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from claimledger.batch import _worker_pipeline, chunk_driver, extract_local, in_process, on_dask
from claimledger.errors import InputError
from claimledger.extract import extract_documents, extract_each
from claimledger.extract.segments import segment_bounds
from claimledger.schema import Document, Extraction

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TEXTS = [
    "The ministry said on Friday that the S-400 battery had arrived in Minsk.",
    "Officials warned that Patriot batteries could be moved next month.",
    "‘We are ready,’ spokesman Ivan Petrov told reporters on March 3.",
]
MARKER = "UNREADABLE"


@Language.component("test_fail_on_marker")
def fail_on_marker(doc):
    if MARKER in doc.text:
        raise ValueError(f"cannot process a text containing {MARKER}")
    return doc


@pytest.fixture(scope="module")
def nlp():
    return _worker_pipeline(None)


@pytest.fixture(scope="module")
def failing_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("test_fail_on_marker")
    return nlp


@pytest.fixture(scope="module")
def documents():
    return [Document(id=f"batch-{number}", text=text, dct="2025-03-14") for number, text in enumerate(TEXTS)]


def seed_body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("---\n", 2)[-1].strip()


@pytest.fixture(scope="module")
def long_text():
    """The example reports, one after another: over 8,000 characters with blank lines between."""
    return "\n\n".join(seed_body(path) for path in sorted(EXAMPLES.glob("seed_*.txt")) * 2)


def test_extract_each_skips_only_the_failing_document(failing_nlp):
    texts = ["A first report.", f"A report that is {MARKER}.", "A third report."]
    documents = [Document(id=f"d{number}", text=text, source_path=f"in.jsonl:{number + 1}")
                 for number, text in enumerate(texts)]
    results = list(extract_each(failing_nlp, documents, batch_size=8))
    assert [type(result) for result in results] == [Extraction, InputError, Extraction]
    assert [results[0].document.id, results[2].document.id] == ["d0", "d2"]
    assert str(results[1]) == (f"in.jsonl:2 [d1]: extraction failed (ValueError: cannot process a text "
                               f"containing {MARKER}); skipped")


def test_extract_each_reports_a_document_failing_in_one_segment_once(failing_nlp):
    text = "\n\n".join(["A quiet paragraph about nothing."] * 3 + [f"A paragraph {MARKER}."])
    documents = [Document(id="long", text=text), Document(id="next", text="Fine.")]
    results = list(extract_each(failing_nlp, documents, segment_chars=40))
    assert [type(result) for result in results] == [InputError, Extraction]
    assert str(results[0]).startswith("long: extraction failed (ValueError")


def test_extract_documents_raises_the_input_error(failing_nlp):
    with pytest.raises(InputError, match="extraction failed"):
        list(extract_documents(failing_nlp, [Document(id="x", text=MARKER)]))


def test_document_above_max_length_is_extracted_in_segments(nlp, long_text, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 3000)   # spaCy would raise E088 on the whole text
    document = Document(id="long", text=long_text, dct="2025-12-19")
    (merged,) = extract_each(nlp, [document])
    assert isinstance(merged, Extraction) and merged.document is document
    bounds = segment_bounds(long_text, 3000)
    assert len(bounds) > 2
    # each segment extracted as a document of its own gives the same records, shifted
    expected = {kind: [] for kind in Extraction.FACT_KINDS}
    for start, end in bounds:
        piece = Document(id="long", text=long_text[start:end], dct="2025-12-19")
        (alone,) = extract_documents(nlp, [piece])
        for kind in Extraction.FACT_KINDS:
            for record in getattr(alone, kind):
                expected[kind].append(_spans_and_texts(record, piece.text, start))
    for kind in Extraction.FACT_KINDS:
        assert [_spans_and_texts(record, long_text, 0) for record in getattr(merged, kind)] == expected[kind]
    assert merged.quotes and merged.timexes and merged.entities and merged.subjects


def _spans_and_texts(record, text: str, offset: int):
    """Every span of a record moved by offset, with the text it covers."""
    from claimledger.schema import span_fields
    spans = [(name, getattr(record, name)) for name in span_fields(type(record))]
    return [(name, (span[0] + offset, span[1] + offset), text[span[0]:span[1]])
            for name, span in spans if span is not None]


def test_segment_records_with_text_point_into_the_whole_document(nlp, long_text):
    document = Document(id="long", text=long_text, dct="2025-12-19")
    (merged,) = extract_each(nlp, [document], segment_chars=2500)
    with_text = merged.entities + merged.subjects + merged.timexes + merged.quantities
    assert len(with_text) > 20
    for record in with_text:
        assert long_text[record.span[0]:record.span[1]] == record.text


def test_in_process_driver_yields_one_list_per_chunk_in_order(documents):
    chunks = [documents[:2], documents[2:]]
    results = list(in_process()(iter(chunks)))
    assert [[extraction.document.id for extraction in chunk] for chunk in results] == [["batch-0", "batch-1"], ["batch-2"]]


def test_in_process_driver_pulls_chunks_lazily(documents):
    pulled = []

    def chunks():
        for document in documents:
            pulled.append(document.id)
            yield [document]

    stream = in_process()(chunks())
    next(stream)
    assert pulled == ["batch-0"]


@pytest.fixture(scope="module")
def dask_client():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        yield client


def test_dask_driver_matches_local_driver(documents, dask_client):
    local = [extraction.as_eval_dict() for extraction in extract_local(documents)]
    chunks = [[document] for document in documents]
    on_cluster = [extraction.as_eval_dict() for chunk in on_dask(dask_client, ahead=2)(iter(chunks))
                  for extraction in chunk]
    assert on_cluster == local
    assert [line["id"] for line in on_cluster] == ["batch-0", "batch-1", "batch-2"]


def test_dask_driver_returns_failures_as_input_errors(dask_client, failing_nlp, monkeypatch):
    from claimledger import batch
    # the worker runs in this process: its pipeline for this key is the failing one
    monkeypatch.setitem(batch._WORKER_PIPELINES, "failing", failing_nlp)
    chunk = [Document(id="ok", text="Fine."), Document(id="bad", text=MARKER, source_path="in.jsonl:7")]
    (results,) = on_dask(dask_client, subjects_file="failing")(iter([chunk]))
    assert isinstance(results[0], Extraction) and results[0].document is chunk[0]
    assert isinstance(results[1], InputError) and str(results[1]).startswith("in.jsonl:7 [bad]: extraction failed")


def test_dask_driver_with_no_chunks_yields_nothing(dask_client):
    assert list(on_dask(dask_client)(iter([]))) == []


def test_chunk_driver_for_one_worker_stays_in_this_process(documents):
    with chunk_driver(workers=1) as drive:
        (chunk,) = drive(iter([documents]))
    assert [extraction.document.id for extraction in chunk] == ["batch-0", "batch-1", "batch-2"]


def test_chunk_driver_starts_no_cluster_when_there_is_nothing_to_extract():
    # nothing listens at this address: connecting would fail
    with chunk_driver(workers=2, scheduler="tcp://127.0.0.1:9") as drive:
        assert list(drive(iter([]))) == []
