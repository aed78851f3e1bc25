"""Deliveries told as a noun that a year modifies, from the parse (English).

A delivery is often named, not told, with its year set before the noun as a modifier: "the 2023
delivery of the launchers to Lithuania", "its 2022 deployment of the radars". No verb of
transfer governs the system, so the event frames give no claim, and the year dates nothing. Each
such noun gives a reached status claim of the systems its "of" phrase names, dated that year (the
onset), at the place its "to" or "in" phrase names. Words: the events' ``confirmed_nouns`` (the
nouns of a reached transfer, with their status)."""
from __future__ import annotations

import functools
import re

from claimledger.extract.token_filters import lower_positions
from claimledger.extract.told_losses import refs_inside, subtree_span
from claimledger.lexicon import lexicon
from claimledger.schema import StatusClaim

YEAR = re.compile(r"(19|20)\d\d")
YEAR_DEPS = ("nummod", "compound", "amod", "npadvmod")
PLACE_PREPS = ("to", "in")


@functools.cache
def delivery_nouns() -> dict[str, str]:
    """Nouns of a reached transfer and the status each names ("delivery": ARRIVED)."""
    return dict(lexicon().events["confirmed_nouns"])


def modifying_year(noun) -> str | None:
    """The year set before a noun as its modifier ("the 2023 delivery"), not a year in a
    compound of its own ("2023-built" is a build, not the delivery)."""
    for child in noun.children:
        if child.i < noun.i and child.dep_ in YEAR_DEPS and YEAR.fullmatch(child.text):
            after = child.doc[child.i + 1]
            if after.i == noun.i or after.dep_ in ("amod", "compound") and not after.is_punct:
                return child.text
    return None


def prep_objects(noun, words: tuple[str, ...]) -> list:
    return [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in words
            for obj in prep.children if obj.dep_ == "pobj"]


def noun_place(noun) -> str | None:
    """The place a delivery noun's "to" or "in" phrase names: a proper name only."""
    place = next((obj for obj in prep_objects(noun, PLACE_PREPS) if obj.pos_ == "PROPN"), None)
    if place is None:
        return None
    first = min([place.i] + [child.i for child in place.children if child.dep_ == "compound"])
    return place.doc[first:place.i + 1].text


def dated_delivery_claims(doc, extraction, finder, claims, modality_of) -> list[StatusClaim]:
    """A reached, dated status claim of each system a year-modified delivery noun's "of" phrase
    names, where its sentence holds no claim of that status for the system yet. ``modality_of``
    reads the claim's modality and source as the verb frames do (``link_records``)."""
    if doc is None or (extraction.document.lang or "en") != "en" or not finder.references:
        return []
    nouns = delivery_nouns()
    taken = {(claim.sentence_span, claim.subject, claim.status) for claim in claims}
    out = []
    for noun in (doc[i] for i in lower_positions(doc, frozenset(nouns))):
        year = modifying_year(noun) if noun.pos_ == "NOUN" else None
        if year is None:
            continue
        status, sentence = nouns[noun.lower_], (noun.sent.start_char, noun.sent.end_char)
        for obj in prep_objects(noun, ("of",)):
            for ref in refs_inside(finder.references, subtree_span(obj)):
                if (sentence, ref.subject, status) in taken:
                    continue
                taken.add((sentence, ref.subject, status))
                modality, source = modality_of(sentence, noun.idx)
                out.append(StatusClaim(extraction.document.id, (noun.idx, ref.span[1]), ref.subject, status,
                                       kind="reached", modality=modality, source=source, sentence_span=sentence,
                                       date=year, date_role="onset", location=noun_place(noun)))
    return out
