"""Quotation marks of Russian and Ukrainian text: «ёлочки», „лапки“, “English” and "straight".

The English scanner (``claimledger.extract.quote_marks``) reads “ as an opening mark; in
Cyrillic typography „ opens and “ closes, so the marks are classified here and paired by
the shared ``pair_marks``. Single marks are left out: in Ukrainian ’ and ' are apostrophes
(п’ятниця, з'явилися), and neither language quotes with them.
"""
from __future__ import annotations

import re

from claimledger.extract.quote_marks import DOUBLE, Mark, QuotedStretch, pair_marks

ANGLE, LOW = "angle", "low"
MARK_PATTERN = re.compile(r"[«»„“”\"]")
OPENING_CONTEXT = set(" \t\n([{—–-/«„“\"") | {""}


def _straight(text: str, index: int) -> Mark | None:
    """A straight " opens after a space or an opening bracket, else closes."""
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before in OPENING_CONTEXT and after and not after.isspace():
        return Mark(index, index + 1, DOUBLE, True)
    if before and not before.isspace():
        return Mark(index, index + 1, DOUBLE, False)
    if not after or after.isspace():
        return Mark(index, index + 1, DOUBLE, False)
    return None


def scan_marks(text: str) -> list[Mark]:
    """Every double quotation mark in ``text``, classified as opening or closing."""
    marks, low_open = [], 0
    for match in MARK_PATTERN.finditer(text):
        index, glyph = match.start(), match.group()
        if glyph == "«" or glyph == "»":
            marks.append(Mark(index, index + 1, ANGLE, glyph == "«"))
        elif glyph == "„":
            low_open += 1
            marks.append(Mark(index, index + 1, LOW, True))
        elif glyph == "“" and low_open:   # „лапки“ close with “
            low_open -= 1
            marks.append(Mark(index, index + 1, LOW, False))
        elif glyph == "“" or glyph == "”":
            marks.append(Mark(index, index + 1, "curly", glyph == "“"))
        else:
            mark = _straight(text, index)
            if mark:
                marks.append(mark)
    return marks


def find_quoted_stretches(text: str) -> list[QuotedStretch]:
    """The outermost quotations of a Russian or Ukrainian text, in order, empty ones dropped."""
    return [s for s in pair_marks(text, scan_marks(text)) if s.end > s.start]
