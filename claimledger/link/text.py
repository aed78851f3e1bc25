"""Sentences of a document's text by character offsets (the link stage has no spaCy Doc)."""
from __future__ import annotations

import re
from bisect import bisect_right

# A sentence ends at . ! ? (and any closing quote) followed by space and a capital or quote,
# or at a line break.
SENTENCE_END = re.compile(r"(?<=[.!?])([’'\"”)]*)\s+(?=[\"“‘'A-Z0-9А-ЯЁ])|\n+")
ABBREVIATIONS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Col.", "Lt.", "St.", "U.S.", "U.K.", "No.",
                 "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "vs.", "e.g.", "i.e.")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence, whitespace trimmed."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        end = match.end(1) if match.group(1) is not None else match.start()
        if text[:match.start()].endswith(ABBREVIATIONS):
            continue
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for span in spans if (trimmed := _trim(text, span))]


def _trim(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def sentence_around(text: str, span, spans: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The sentence (or run of sentences) that contains ``span``."""
    spans = spans if spans is not None else sentence_spans(text)
    start, end = span
    first = max(bisect_right(spans, (start, len(text) + 1)) - 1, 0)   # spans are sorted and disjoint
    covering = []
    for candidate in spans[first:]:
        if candidate[0] >= max(end, start + 1):
            break
        if start < candidate[1]:
            covering.append(candidate)
    if not covering:
        return (start, end)
    return (min(s[0] for s in covering), max(s[1] for s in covering))
