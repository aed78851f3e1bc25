"""Find quoted stretches in raw text: pair opening and closing quotation marks.

Works on characters, before any token is looked at, because the same glyph
plays several parts: ’ closes a single quotation and is also an apostrophe
(we’ll, Belarus’), a straight " opens or closes depending on what is around it,
and reports nest single marks (‘The ‘Oreshnik’ is ...’). Only the outermost
pairs are returned; inner pairs stay inside their quotation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE, SINGLE = "double", "single"
# The marks as tokens, for the token-level rules of quotes, speakers and paragraphs (one
# vocabulary): what may open a quotation, what may close one, and every quotation token.
OPENING_MARKS = frozenset({"‘", "“", '"', "'", "`", "«"})
CLOSING_MARKS = frozenset({"’", "”", "'", '"', "»"})
QUOTE_TOKENS = OPENING_MARKS | CLOSING_MARKS | {"``", "''"}
CURLY_MARKS = {"“": (DOUBLE, True), "”": (DOUBLE, False), "‘": (SINGLE, True),
               "«": (DOUBLE, True), "»": (DOUBLE, False)}
# Characters after which a straight mark opens a quotation.
OPENING_CONTEXT = set(" \t\n([{—–-/“‘\"'") | {""}
# Two-character marks some newswire texts write for double quotes.
TEX_OPEN, TEX_CLOSE = "``", "''"
# Two curly single marks some pages write for double quotes: ‘‘...’’
DOUBLED_OPEN, DOUBLED_CLOSE = "‘‘", "’’"
MARK_PATTERN = re.compile(r"``|''|‘‘|’’|[“”‘’«»\"']")
# After a closing single mark: a pronoun or a reporting verb ("the missiles’ range" has a noun)
REPORTING_AFTER = re.compile(r" (?:he|she|they|it|we|i|said|says|added|told|according)\b")
CLOSING_SINGLE = re.compile(r"’(?!\w)")


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    family: str
    opening: bool


@dataclass(frozen=True)
class QuotedStretch:
    """A quotation: [start, end) of the words inside the marks, and of the marks."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    family: str
    closed: bool = True   # False when it runs on to the end of a paragraph unclosed


def _is_word_char(char: str) -> bool:
    return char.isalnum()


def _straight_mark(text: str, index: int, family: str) -> Mark | None:
    """Decide whether a straight mark opens, closes, or (single) is an apostrophe."""
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if before in OPENING_CONTEXT and after and not after.isspace():
        if family == SINGLE and not (after.isalpha() or after in "“\""):
            return None
        return Mark(index, index + 1, family, True)
    if before and not before.isspace() and not _is_word_char(after):
        return Mark(index, index + 1, family, False)
    if family == DOUBLE and before and not before.isspace():
        return Mark(index, index + 1, family, False)
    if family == DOUBLE and (not after or after.isspace()):  # 'outreach,' " he said
        return Mark(index, index + 1, family, False)
    return None


def _classify(text: str, index: int, found: str) -> Mark | None:
    """The mark at text[index] (found is the matched mark), or None for an apostrophe."""
    if found in {TEX_OPEN, DOUBLED_OPEN}:
        return Mark(index, index + 2, DOUBLE, True)
    if found == DOUBLED_CLOSE:
        return Mark(index, index + 2, DOUBLE, False)
    if found == TEX_CLOSE:  # some newswire texts write '' for both opening and closing
        mark = _straight_mark(text[:index] + '"' + text[index + 2:index + 3], index, DOUBLE)
        return Mark(index, index + 2, DOUBLE, mark.opening) if mark else None
    if found in CURLY_MARKS:
        family, opening = CURLY_MARKS[found]
        if found == "”" and _opens_its_line(text, index):
            opening = True   # ”Mr. X embodies ...” at a paragraph's start: a mistyped opener
        return Mark(index, index + 1, family, opening)
    if found == "’":
        after = text[index + 1] if index + 1 < len(text) else ""
        # else an apostrophe: we’ll, Lukashenko’s
        if _is_word_char(after) or _plural_possessive(text, index):
            return None
        return Mark(index, index + 1, SINGLE, False)
    return _straight_mark(text, index, DOUBLE if found == '"' else SINGLE)


def _opens_its_line(text: str, index: int) -> bool:
    """Whether the mark at index starts its line (after spaces) and a word follows it: a
    closing mark there closes nothing, it opens the paragraph's quotation."""
    after = text[index + 1] if index + 1 < len(text) else ""
    return after.isalnum() and not text[text.rfind("\n", 0, index) + 1:index].strip()


def _plural_possessive(text: str, index: int) -> bool:
    """ "the missiles’ range": an apostrophe after a plural s, before a lower-case noun;
    a closing mark is followed by punctuation, a capital or a reporting clause."""
    before = text[index - 1] if index else ""
    after = text[index + 1:index + 3]
    if not (before == "s" and after[:1] == " " and after[1:2].islower()) or REPORTING_AFTER.match(
            text[index + 1:index + 14]):
        return False
    line_start = text.rfind("\n", 0, index) + 1
    line_end = _line_end(text, index)
    pending = text.count("‘", line_start, index) - len(CLOSING_SINGLE.findall(text, line_start, index))
    # an apostrophe when the closers later on the line are enough for the open quotations:
    # ‘The missiles’ range ...,’ holds one; the ‘Kinzhals’ were fired closes
    return 0 < pending <= len(CLOSING_SINGLE.findall(text, index + 1, line_end))


def scan_marks(text: str) -> list[Mark]:
    """Every quotation mark in text, each classified as opening or closing."""
    marks = []
    for match in MARK_PATTERN.finditer(text):
        mark = _classify(text, match.start(), match.group())
        if mark:
            marks.append(mark)
    return marks


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _next_line_opens(text: str, line_end: int, family: str) -> bool:
    rest = text[line_end:].lstrip()
    if family == DOUBLE:
        return rest[:1] in {"“", '"', "«"} or rest[:2] in {TEX_OPEN, TEX_CLOSE}
    return rest[:1] in {"‘", "'"}


def _closer_on_next_line(marks: list[Mark], position: int, family: str, text: str,
                         line_end: int) -> bool:
    next_end = _line_end(text, line_end + 1)
    return any(m.family == family and not m.opening and line_end < m.start < next_end
               for m in marks[position:])


def pair_marks(text: str, marks: list[Mark]) -> list[QuotedStretch]:
    """Pair marks into outermost quotations (nesting allowed, apostrophes already dropped).

    An opening left unclosed at a line end runs on to the next line when that
    line closes it (a caption over two lines); it ends at its line end when the
    next line opens a new quotation of the same kind (a quotation over several
    paragraphs, each opened again), and is dropped otherwise (a stray mark).
    """
    stretches: list[QuotedStretch] = []
    stack: list[Mark] = []

    def close(opener: Mark, end: int, closed: bool, closer_end: int):
        if not stack:
            stretches.append(_stretch(text, opener, end, closer_end, closed))

    line_end = _line_end(text, 0)
    for position, mark in enumerate(marks):
        while mark.start > line_end:
            stack = _settle_at_line_end(text, marks, position, stack, line_end, stretches)
            line_end = _line_end(text, line_end + 1)
        if mark.opening:
            stack.append(mark)
            continue
        matching = [i for i, opener in enumerate(stack) if opener.family == mark.family]
        if not matching:
            continue
        opener = stack[matching[-1]]
        del stack[matching[-1]:]
        close(opener, mark.start, True, mark.end)
    while stack and line_end <= len(text):
        stack = _settle_at_line_end(text, marks, len(marks), stack, line_end, stretches)
        line_end = _line_end(text, line_end + 1)
        if line_end >= len(text) and stack:
            stack = _settle_at_line_end(text, marks, len(marks), stack, len(text), stretches)
            break
    return sorted(stretches, key=lambda s: s.start)


def _settle_at_line_end(text, marks, position, stack, line_end, stretches):
    """Decide, at a line end, what happens to each quotation still open."""
    if not stack:
        return stack
    outer = stack[0]
    family = outer.family
    if _closer_on_next_line(marks, position, family, text, line_end) and \
            not _next_line_opens(text, line_end, family):
        return stack
    starts_line = not text[_line_start(text, outer.start):outer.start].strip()
    if starts_line or _next_line_opens(text, line_end, family):
        stretches.append(_stretch(text, outer, line_end, line_end, False))
    return []


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _stretch(text: str, opener: Mark, end: int, outer_end: int, closed: bool) -> QuotedStretch:
    start = opener.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuotedStretch(start, end, opener.start, outer_end, opener.family, closed)


def find_quoted_stretches(text: str) -> list[QuotedStretch]:
    """The outermost quotations in text, in order, empty ones dropped."""
    return [s for s in pair_marks(text, scan_marks(text)) if s.end > s.start]
