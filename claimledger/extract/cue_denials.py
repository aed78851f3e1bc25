"""Denials read from a sentence's sourcing cue.

A denial frame reads a denial verb by the status word it governs ("Iran denies supplying
drones"). Often the verb governs only a claim noun and the status stands elsewhere in the
sentence: "After images showed launchers deployed on the island, the government denied the
reports"; "Moscow rejected reports suggesting that Ankara intends to return the systems". The
sourcing component has already read such a sentence as negated by its denial verb, and the
status it tells as reached with that modality. This module turns that record into the denial it
is: one claim of kind ``denied`` per sentence, subject and status, where no frame read one.
"""
from __future__ import annotations

import functools
import re

from claimledger.lexicon import lexicon
from claimledger.schema import Extraction, StatusClaim

CLAIM_NOUN_WORDS = 3   # "denied the reports", "rejected all such claims": words between the verb and its noun


@functools.lru_cache(maxsize=1)
def denial_words() -> tuple[frozenset[str], re.Pattern, re.Pattern]:
    """The denial verbs, a denial verb with a claim noun for its object, and what makes it unsaid."""
    denial = lexicon().cues["denial"]
    verbs = frozenset(word.lower() for word in denial["verbs"])
    verb_pattern = "|".join(re.escape(word) for word in sorted(verbs, key=len, reverse=True))
    nouns = "|".join(re.escape(word) for word in sorted(denial["claim_nouns"], key=len, reverse=True))
    content = "|".join(re.escape(word) for word in denial["claim_content_words"])
    of_claims = re.compile(r"\b(?:" + verb_pattern + r")\s+(?:[\w’'-]+\s+){0,%d}?(?:" % CLAIM_NOUN_WORDS
                           + nouns + r")\b(?!\s+(?:" + content + r")\b)", re.IGNORECASE)
    unsaid = re.compile(r"\b(?:" + denial["unsaid_before"] + r")\s+(?:\w+\s+)?$", re.IGNORECASE)
    return verbs, of_claims, unsaid


def denies_claims(text: str, span: tuple[int, int]) -> bool:
    """A sentence whose denial verb takes reports or claims for its object, said, not left unsaid,
    and with no content of their own ("denied the reports", not "did not deny the reports",
    "dismissed the idea" nor "rejected claims of a blockade")."""
    _, of_claims, unsaid = denial_words()
    return any(not unsaid.search(text, max(span[0], match.start() - 30), match.start())
               for match in of_claims.finditer(text, span[0], span[1]))


def denying_spans(extraction: Extraction) -> list[tuple[int, int]]:
    """The spans of the sentences the sourcing component read as negated by a denial verb whose
    object is a report or a claim."""
    verbs = denial_words()[0]
    text = extraction.document.text
    return [tuple(claim.span) for claim in extraction.claims
            if claim.modality == "negated" and (claim.cue or "").lower() in verbs
            and denies_claims(text, tuple(claim.span))]


def overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start < span[1] and span[0] < end for start, end in spans)


def cue_denials(extraction: Extraction, claims: list[StatusClaim]) -> list[StatusClaim]:
    """A denied claim for each status told as reached in a sentence a denial verb negates, when
    no denial of its subject was read in that sentence. A negation that is no denial ("did not
    provide further detail", "does not know if they were delivered") sets another cue and gives
    nothing; so does a denial verb left unsaid ("did not deny the reports")."""
    spans = denying_spans(extraction)
    if not spans:
        return []
    read = {(claim.sentence_span, claim.subject) for claim in claims if claim.kind == "denied"}
    found: dict[tuple, StatusClaim] = {}
    for claim in claims:
        sentence = claim.sentence_span or claim.span
        if (claim.kind != "reached" or claim.modality != "negated" or (claim.sentence_span, claim.subject) in read
                or not overlaps(sentence, spans)):
            continue
        found.setdefault((sentence, claim.subject, claim.status), StatusClaim(
            claim.doc_id, sentence, claim.subject, claim.status, kind="denied", modality="negated",
            sentence_span=sentence))
    return list(found.values())
