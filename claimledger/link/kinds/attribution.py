"""``attribution``: the same or nearly the same quoted words given to different named speakers.
Quotations are compared only when they share a run of ``QUOTE_MIN_WORDS`` words (near-identical
quotations always do), found through the quote_shingles table."""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz import fuzz

from claimledger.link.conflicts import Claimed, Trigger
from claimledger.link.identity import ascii_words, person_forms_compatible, spelling_skeleton

QUOTE_MIN_WORDS = 5            # shorter quotations repeat too easily to prove anything
QUOTE_MIN_RATIO = 90           # near-identical wording
QUOTE_PARTIAL_RATIO = 95       # one quotation contained in the other
UNRESOLVED_SPEAKERS = frozenset({"he", "she", "they", "them", "him", "her", "it", "we", "i", "you",
                                 "us", "who", "which", "that"})


@dataclass(frozen=True)
class QuoteItem:
    """A quotation by a named speaker, as its words."""

    doc_id: str
    span: tuple[int, int]
    speaker: str
    words: str
    subject: str | None = None


def quote_words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", anyascii(text).lower()))


def shingles(words: str) -> list[str]:
    """Hashes of every run of QUOTE_MIN_WORDS words."""
    tokens = words.split()
    return sorted({hashlib.sha1(" ".join(tokens[start:start + QUOTE_MIN_WORDS]).encode("utf-8")).hexdigest()[:16]
                   for start in range(0, max(len(tokens) - QUOTE_MIN_WORDS + 1, 0))})


def is_named_speaker(speaker: str | None) -> bool:
    """A speaker given by name ("Hillary Clinton", "the Defence Ministry"), not an unresolved
    pronoun or a lower-case description ("them", "officials"): only names can be told apart."""
    if not speaker:
        return False
    return any(word[:1].isupper() for word in speaker.split()) and speaker.casefold() not in UNRESOLVED_SPEAKERS


@functools.lru_cache(maxsize=65536)
def same_words(left: str, right: str) -> bool:
    """Near-identical wording, or one quotation inside the other, of a telling length."""
    shorter = min(left, right, key=len)
    if len(shorter.split()) < QUOTE_MIN_WORDS:
        return False
    return fuzz.ratio(left, right) >= QUOTE_MIN_RATIO or fuzz.partial_ratio(left, right) >= QUOTE_PARTIAL_RATIO


def speaker_key(name: str) -> str:
    """A speaker name with romanisation differences folded, for display: "Viktor Hrenin"."""
    words = ascii_words(name)
    return " ".join(spelling_skeleton(word) for word in words).title() if words else name


def same_speaker(left: str, right: str, resolve=None) -> bool:
    """One speaker under two spellings, or a person speaking for the organisation named."""
    if resolve is not None:
        one, other = resolve(left), resolve(right)
        if one is not None and one == other:
            return True
    return person_forms_compatible(ascii_words(left), ascii_words(right))


def find(pairs, resolve=None) -> list[tuple[str, Trigger]]:
    """(bucket, trigger) for each pair of quotations with the same words and different speakers;
    the bucket is the wording of the earlier-sorted quotation, so one wording is one bucket."""
    out = []
    for left, right in pairs:
        if left.doc_id == right.doc_id or not same_words(left.words, right.words):
            continue
        if same_speaker(left.speaker, right.speaker, resolve):
            continue
        wording = min(left.words, right.words)
        bucket = "quote:" + hashlib.sha1(wording.encode("utf-8")).hexdigest()[:16]
        # a speaker's position is the name's spelling skeleton (Victor/Viktor Khrenin are one side);
        # not the resolved identity, whose canonical name changes as documents arrive
        speakers = [speaker_key(item.speaker) for item in (left, right)]
        first, second = sorted(speakers)
        note = f"the same words are given to {first!r} and to {second!r}"
        out.append((bucket, Trigger("attribution", left.subject or right.subject, speakers[0], speakers[1],
                                    Claimed(left.doc_id, left.span), Claimed(right.doc_id, right.span), note, 1)))
    return out
