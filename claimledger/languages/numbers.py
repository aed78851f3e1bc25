"""claimledger_numbers: numbers written in digits, for languages whose pipeline has no
quantity component (Russian, Ukrainian); stored as CARDINAL entities.

Digits are the same in every language, so the link stage compares a report and its
translation by them (``claimledger.link.translations``; English numbers come from its
quantities). Digits inside a timex ("20 февраля 2025 года") or an entity are left alone. The
spans go to the ``doc.spans["numbers"]`` group, not ``doc.ents``, so names stay as they are.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.extract.extensions import NUMBERS_KEY
from claimledger.extract.text_cache import doc_text

NUMBER_LABEL = "CARDINAL"
# digits with thousands groups: "1 500", "1,500", "2.5"; one token or a run of tokens
NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")


def number_spans(doc: Doc) -> list[Span]:
    """CARDINAL spans over the digit runs of a Doc outside its timexes and entities."""
    taken = [tuple(timex["span"]) for timex in doc._.timexes or ()]
    taken += [(ent.start_char, ent.end_char) for ent in doc.ents]
    out = []
    for match in NUMBER.finditer(doc_text(doc)):
        start, end = match.span()
        if any(left < end and start < right for left, right in taken):
            continue
        span = doc.char_span(start, end, label=NUMBER_LABEL, alignment_mode="contract")
        if span is not None and len(span) > 0:
            out.append(span)
    return out


def set_numbers(doc: Doc) -> Doc:
    """Put the digit runs of a Doc in its ``numbers`` span group (docs/languages.md)."""
    doc.spans[NUMBERS_KEY] = number_spans(doc)
    return doc


@Language.factory("claimledger_numbers", assigns=["doc.spans"], requires=["doc._.timexes"])
def create_numbers(nlp: Language, name: str):
    """The claimledger_numbers component (stateless; one for every language)."""
    return set_numbers
