"""claimledger_paragraphs: a blank line ends a sentence.

Runs before the parser. Headlines, datelines without a full stop, Telegram bullets and captions
stand on their own lines; left to itself the parser often runs such a line into the next
paragraph's first sentence, which breaks that sentence's parse (its quotes and events). A
single line break is left to the parser, since reports are often hard-wrapped.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

BLANK_LINE = "\n\n"


class ParagraphBreaks:
    """Mark the first token after a blank line as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if token.is_space and BLANK_LINE in token.text.replace("\r", ""):
                doc[token.i + 1].is_sent_start = True
        return doc


@Language.factory("claimledger_paragraphs")
def create_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()
