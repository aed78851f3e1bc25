"""claimledger_paragraphs: a blank line or a wire dateline ends a sentence.

Runs before the parser. Headlines, datelines, Telegram bullets and captions stand apart from
the text that follows them; left to itself the parser often runs them into the next sentence
("WARSAW, March 4 (Wire) - Poland has deployed ..." parses WARSAW as a subject), which breaks
that sentence's parse, and with it its quotes and events. A single line break is left to the
parser, since reports are often hard-wrapped.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

BLANK_LINE = "\n\n"
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
        for token in doc[:-1]:
            if token.is_space and BLANK_LINE in token.text.replace("\r", ""):
                doc[token.i + 1].is_sent_start = True
        for match in DATELINE.finditer(doc.text):
            body = doc.char_span(match.end(), match.end() + 1, alignment_mode="expand")
            if body is not None and body.start > 0:
                doc[body.start].is_sent_start = True
        return doc


@Language.factory("claimledger_paragraphs")
def create_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()
