"""``attribution``: the same or nearly the same quoted words given to different named speakers.
Quotations are compared only when they share a run of ``QUOTE_MIN_WORDS`` words (near-identical
quotations always do), found through the quote_shingles table. One wording given to several
speakers is one conflict with a position per speaker (``attribution_conflict``), not a
conflict per pair of speakers."""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass

from anyascii import anyascii
from rapidfuzz import fuzz

from claimledger.lexicon import lexicon
from claimledger.link import conflicts as conflict_rules
from claimledger.link.conflicts import Claimed, Conflict
from claimledger.link.identity import PERSON_TITLES, UnionFind, ascii_words, person_forms_compatible, spelling_skeleton
from claimledger.schema import SourceType

QUOTE_MIN_WORDS = 5            # shorter quotations repeat too easily to prove anything
QUOTE_MIN_RATIO = 90           # near-identical wording
QUOTE_PARTIAL_RATIO = 95       # one quotation contained in the other
UNRESOLVED_SPEAKERS = frozenset(lexicon().grammar["unresolved_speakers"])
MAX_SPEAKERS_IN_NOTE = 4       # the note names a few; every speaker is a position
# who can be told apart by name: "analysts" or "officials" (vague) and the text's own voice cannot
NAMED_SOURCE_TYPES = frozenset({SourceType.PERSON.value, SourceType.INSTITUTION.value, None})


@dataclass(frozen=True)
class QuoteItem:
    """A quotation by a named speaker, as its words."""

    doc_id: str
    span: tuple[int, int]
    speaker: str
    words: str
    subject: str | None = None
    source_type: str | None = None
    outlet: str | None = None


def is_attributable(item: QuoteItem) -> bool:
    """A quotation whose speaker can be told apart from another: named, not vague ("Analysts"
    opens a sentence capitalised), not a bare title, and not the outlet itself, which relays
    the speaker."""
    if not is_named_speaker(item.speaker) or item.source_type not in NAMED_SOURCE_TYPES:
        return False
    if all(word in PERSON_TITLES for word in ascii_words(item.speaker)):
        return False   # "Mr" alone: the name was not found
    return not (item.outlet and speaker_key(item.outlet) == speaker_key(item.speaker))


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
    if left == right or shorter in (right if shorter is left else left):
        return True   # the same words, or one quotation inside the other: no edit distance needed
    # score_cutoff lets rapidfuzz give up early on the many pairs that share only a phrase
    return (fuzz.ratio(left, right, score_cutoff=QUOTE_MIN_RATIO) >= QUOTE_MIN_RATIO
            or fuzz.partial_ratio(left, right, score_cutoff=QUOTE_PARTIAL_RATIO) >= QUOTE_PARTIAL_RATIO)


def name_words(name: str) -> list[str]:
    """A speaker's name words without titles ("President Lukashenko" -> ["lukashenko"])."""
    return list(cached_name_words(name))


@functools.lru_cache(maxsize=65536)
def cached_name_words(name: str) -> tuple[str, ...]:
    words = ascii_words(name)
    return tuple([word for word in words if word not in PERSON_TITLES] or words)


@functools.lru_cache(maxsize=65536)   # a pure function of the name, asked for every pair compared
def speaker_key(name: str) -> str:
    """A speaker name with titles dropped and romanisation folded: the grouping key only
    ("Viktor Hrenin"); positions show the name as written (``written_name``)."""
    words = name_words(name)
    return " ".join(spelling_skeleton(word) for word in words).title() if words else name


def written_name(names) -> str:
    """The fullest name as a document wrote it: most words, then longest, then first in order."""
    return min(names, key=lambda name: (-len(name_words(name)), -len(name), name))


def same_speaker(left: str, right: str, resolve=None) -> bool:
    """One speaker under two spellings, with or without a title or given name, or a person
    speaking for the organisation named."""
    if speaker_key(left) == speaker_key(right):
        return True
    if resolve is not None:
        one, other = resolve(left), resolve(right)
        if one is not None and one == other:
            return True
    return person_forms_compatible(name_words(left), name_words(right))


def find(pairs, resolve=None) -> list[tuple[QuoteItem, QuoteItem]]:
    """The pairs of quotations with the same words and different speakers."""
    return [(left, right) for left, right in pairs
            if left.doc_id != right.doc_id and same_words(left.words, right.words)
            and not person_and_body(left, right) and not same_speaker(left.speaker, right.speaker, resolve)]


def person_and_body(left: QuoteItem, right: QuoteItem) -> bool:
    """A named person against an institution: the words of a statement are given to the body in
    one report and to its spokesman or head in another ("the Air Force said" against "Air
    Commodore X, the force's spokesman, said") far more often than to a stranger, so only two
    people or two institutions are told apart."""
    kinds = {left.source_type, right.source_type}
    return kinds == {SourceType.PERSON.value, SourceType.INSTITUTION.value}


def quotation_groups(pairs, stored_groups=()) -> list[set[QuoteItem]]:
    """The quotations one conflict covers: connected by conflicting pairs, and joined with the
    stored conflicts they already stand in. One quotation cut at different lengths, or quoted
    inside a longer one, is one conflict, and the groups are the same whatever the order the
    pairs were found in."""
    parent: dict[QuoteItem, QuoteItem] = {}

    def root(item):
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for group in [*pairs, *stored_groups]:
        first, *rest = list(group)
        for item in rest:
            parent[root(item)] = root(first)
        root(first)
    groups: dict[QuoteItem, set[QuoteItem]] = {}
    for item in parent:
        groups.setdefault(root(item), set()).add(item)
    return sorted(groups.values(), key=lambda group: min((item.doc_id, item.span) for item in group))


def wording_bucket(items) -> str:
    """The conflict's bucket: its shortest-sorted wording, so one group is one bucket."""
    wording = min(item.words for item in items)
    return "quote:" + hashlib.sha1(wording.encode("utf-8")).hexdigest()[:16]


def speaker_groups(items: list[QuoteItem], resolve=None) -> list[list[QuoteItem]]:
    """The quotations grouped by speaker: one group per person however spelt or titled. A
    group holds the speakers linked by ``same_speaker``, computed over the whole set, so the
    grouping does not depend on the order quotations arrived in."""
    names = sorted({item.speaker for item in items})
    groups = UnionFind(names)
    for index, left in enumerate(names):
        for right in names[index + 1:]:
            if same_speaker(left, right, resolve):
                groups.union(left, right)
    by_root: dict[str, list[QuoteItem]] = {}
    for item in items:
        by_root.setdefault(groups.find(item.speaker), []).append(item)
    return list(by_root.values())


def attribution_conflict(bucket: str, items, infos, resolve=None) -> Conflict | None:
    """One conflict for one group of quotations: a position per speaker, the best supported
    first, each with its quotations; None when every quotation turns out to be one speaker's."""
    items = sorted(set(items), key=lambda item: (item.doc_id, item.span))
    positions = {written_name({item.speaker for item in group}): [Claimed(item.doc_id, item.span) for item in group]
                 for group in speaker_groups(items, resolve)}
    names = sorted(positions)
    named = ", ".join(repr(name) for name in names[:MAX_SPEAKERS_IN_NOTE])
    rest = len(names) - MAX_SPEAKERS_IN_NOTE
    note = f"the same words are given to {len(names)} speakers: {named}" + (f" and {rest} more" if rest > 0 else "")
    subject = next((item.subject for item in items if item.subject), None)
    return conflict_rules.conflict_of_positions("attribution", bucket, subject, note, positions, infos, explicitness=1)
