"""claimledger_paragraphs: a blank line, a wire dateline, or a line break that is not a
hard wrap ends a sentence.

Runs before the parser. Headlines, datelines, Telegram bullets and captions stand apart from
the text that follows them; left to itself the parser often runs them into the next sentence
("WARSAW, March 4 (Wire) - Poland has deployed ..." parses WARSAW as a subject), which breaks
that sentence's parse, and with it its quotes and events. A single line break ends a sentence
only where it cannot be a hard wrap: the line before it ends a sentence, or is a headline
(mostly capitalised words), or a line beside it is longer than any wrapped line.
"""
from __future__ import annotations

import re

import numpy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract.quote_marks import CLOSING_MARKS, OPENING_MARKS
from claimledger.extract.site_names import RANK_ABBREVIATIONS
from claimledger.extract.text_cache import doc_text

BLANK_LINE = "\n\n"
# titles written before a name whose full stop the parser may take for a sentence end
TITLE_ABBREVIATIONS = RANK_ABBREVIATIONS + ("Gen.", "Adm.", "Gov.", "Sen.", "Rep.", "Dr.", "Mr.",
                                            "Mrs.", "Ms.", "Prof.")
# Lines of hard-wrapped text are at most about this long; a longer line is a paragraph.
MAX_WRAPPED_LINE = 100
# Marks that end a line's sentence (a colon is left out: it introduces what follows).
SENTENCE_END_MARKS = frozenset(".!?…") | CLOSING_MARKS - {"'"}
# Marks that may open a line's first sentence besides a capital or a digit.
LINE_OPENERS = OPENING_MARKS - {"`"} | frozenset("([•▪-—–")
MIN_HEADLINE_CAPITALS = 0.6   # share of capitalised words in a headline line
# A wrapped line runs to the wrap width; a shorter line before a capital is a headline,
# a byline or a caption ("Norway sends coastal radars to Latvia").
MIN_WRAPPED_LINE = 60
# "WARSAW, March 4 (Wire) - ", "KYIV, Ukraine (AP) — ", "BERLIN — " at the start of a line:
# a capitalised place, an optional region, date and agency, then a dash
DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z.'’ -]{2,30}[A-Z.]"
    r"(?:,[ \t]+[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)?"
    r"(?:,[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
    r"[ \t]*(?:--?|—|–)[ \t]+(?=\S)")


class ParagraphBreaks:
    """Mark the first token after a blank line, and after a wire dateline, as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        # only the whitespace tokens can hold a line break: read them from the array, not
        # by walking every token; doc.text is rebuilt on each access, so it is read once
        text = doc_text(doc)
        for i in numpy.flatnonzero(doc.to_array(IS_SPACE)):
            if i + 1 >= len(doc):
                continue
            token = doc[int(i)]
            breaks = token.text.replace("\r", "")
            if BLANK_LINE in breaks or (breaks.count("\n") == 1 and ends_unwrapped_line(
                    text, token.idx + token.text.index("\n"))):
                doc[int(i) + 1].is_sent_start = True
        for match in DATELINE.finditer(text):
            body = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if body is not None and body.start > 0:
                doc[body.start].is_sent_start = True
        keep_titles_with_names(doc)
        return doc


def keep_titles_with_names(doc: Doc) -> None:
    """A title abbreviation before a capitalised word on the same line ("said Cmdr. Jane Roe
    ...") ends no sentence: its full stop is the abbreviation's, and left to itself the
    parser starts a new sentence at the name."""
    orths = doc.to_array(ORTH)
    for i in numpy.flatnonzero(numpy.isin(orths, _title_hashes(doc))):
        following = int(i) + 1
        if following < len(doc) and doc[following].is_title and doc[following].is_alpha \
                and doc[following].is_sent_start is None:
            doc[following].is_sent_start = False


def _title_hashes(doc: Doc):
    store = doc.vocab.strings
    return numpy.array([store.add(title) for title in TITLE_ABBREVIATIONS], dtype=numpy.uint64)


def ends_unwrapped_line(text: str, newline: int) -> bool:
    """Whether the line break at text[newline] ends a sentence rather than wraps one: the
    next line opens like a sentence (a capital, a digit, a quotation mark or a bullet), and
    the line before is a finished sentence, or a headline ("Norway sends radars to Latvia":
    short, or mostly capitalised words), or either line is too long to be a wrapped one."""
    before = text[text.rfind("\n", 0, newline) + 1:newline].strip()
    end = text.find("\n", newline + 1)
    after = text[newline + 1: len(text) if end < 0 else end].strip()
    if not before or not after or not (after[0].isupper() or after[0].isdigit()
                                        or after[0] in LINE_OPENERS):
        return False
    if before[-1] in SENTENCE_END_MARKS or len(after) > MAX_WRAPPED_LINE \
            or len(before) < MIN_WRAPPED_LINE or len(before) > MAX_WRAPPED_LINE:
        return True   # a line longer than any wrapped line is no wrapped line: it ends there
    # a short next line that ends no sentence and is followed by another line is a label
    # of its own ("... says governor" / "Emergencies" / "May 04, 2023"), not the last line
    # of a wrapped sentence, which ends with the sentence
    if len(after) < MIN_WRAPPED_LINE and after[-1] not in SENTENCE_END_MARKS | {":", ","} \
            and end >= 0:
        return True
    words = [w for w in before.split() if w[0].isalpha()]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 2 and capitals >= MIN_HEADLINE_CAPITALS * len(words)


@Language.factory("claimledger_paragraphs")
def create_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()


# a bulleted or numbered line of a list
BULLET = re.compile(r"[ \t]*(?:[-•▪◦*–—]|\d{1,2}[.)])[ \t]+(?P<line>\S[^\n]*)")


def lines_after_colon(text: str, colon: int) -> list[tuple[int, int]]:
    """What a colon at a line's end introduces: each bulleted line after it, else the next
    paragraph; (start, end) character spans without bullets and end marks."""
    line_end = text.find("\n", colon)
    if line_end < 0 or text[colon + 1:line_end].strip():
        return []
    spans, position = [], line_end + 1
    while position < len(text):
        match = BULLET.match(text, position)
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        if match is None or match.start("line") > end:
            break
        spans.append((match.start("line"), end))
        position = end + 1
    if not spans:
        start = position
        while start < len(text) and text[start].isspace():
            start += 1
        end = text.find("\n", start)
        spans = [(start, len(text) if end < 0 else end)] if start < len(text) else []
    trimmed = []
    for start, end in spans:
        while end > start and text[end - 1] in " \t;,.":
            end -= 1
        if end > start:
            trimmed.append((start, end))
    return trimmed
