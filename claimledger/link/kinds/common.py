"""What the status and date kinds share: which pairs of claims may be compared at all."""
from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import replace

from claimledger.lexicon import lexicon
from claimledger.link.bucket import SubjectBucket
from claimledger.link.events import ReportTime, undated
from claimledger.link.identity import place_key


def places_comparable(bucket: SubjectBucket, left, right) -> bool:
    """Claims about different places are not in conflict; a claim with no place is compared
    only while the subject is reported at one place at most."""
    if left.location and right.location:
        return place_key(left.location) == place_key(right.location)
    return len(bucket.places) <= 1


def claim_pairs(bucket: SubjectBucket, first=None, second=None):
    """Ordered pairs of comparable claims of one subject at a comparable place; ``first`` and
    ``second`` keep only the claims a rule can use on each side, so fewer pairs are formed."""
    claims = bucket.comparable_claims()
    lefts = [claim for claim in claims if first is None or first(claim)]
    rights = [claim for claim in claims if second is None or second(claim)]
    for left, right in itertools.product(lefts, rights):
        if comparable_pair(bucket, left, right):
            yield left, right


def comparable_pair(bucket: SubjectBucket, left, right) -> bool:
    """Two different claims at a comparable place, of one donor (or an unknown one)."""
    if left is right or (left.doc_id == right.doc_id and left.span == right.span):
        return False
    return places_comparable(bucket, left, right) and not donors_differ(left, right)


def donors_differ(left, right) -> bool:
    """Both claims (or counts) name their donor, and the donors are different countries:
    "the French provided" and "Denmark is sending" are two deliveries, not one."""
    donors = getattr(left, "donor", None), getattr(right, "donor", None)
    return all(donors) and place_key(donors[0]) != place_key(donors[1])


def claim_pairs_in_window(bucket: SubjectBucket, first, second, day_of, window_of):
    """Like ``claim_pairs``, for rules that compare a claim only with claims whose day
    (``day_of(claim)``, a date or None) falls in the claim's window (``window_of(claim)``: the
    first and last day, or None for no comparison): the second sides are sorted by day once
    and each claim reads its window only, so a subject's years of reports are not all
    compared with each other."""
    claims = bucket.comparable_claims()
    rights = sorted(((day, index, claim) for index, claim in enumerate(claims)
                     if second(claim) and (day := day_of(claim)) is not None), key=lambda item: item[:2])
    days = [day for day, _, _ in rights]
    for left in claims:
        window = window_of(left) if first(left) else None
        if window is None:
            continue
        low, high = window
        for _, _, right in rights[bisect.bisect_left(days, low):bisect.bisect_right(days, high)]:
            if comparable_pair(bucket, left, right):
                yield left, right


def dated(time: ReportTime) -> int:
    """1 when a claim carries its own date of the status, 0 when it is placed by a report day."""
    return 0 if undated(time) else 1


def status_position(bucket: SubjectBucket, claim, label: str) -> str:
    """A position named by its status and place: "IN_TRANSIT (Belarus)"; a claim with no
    place takes the subject's one place, if it has one (it is compared only then)."""
    if claim.location:
        place = bucket.place_names[place_key(claim.location)]
    else:
        place = next(iter(bucket.place_names.values())) if len(bucket.place_names) == 1 else None
    return f"{label} ({place})" if place else label


def widen(spans: dict, key, first, last) -> None:
    """Stretch the stretch of days kept for a pair of positions to hold first..last: a conflict's
    note spans every report of it, not the first pair found."""
    seen = spans.setdefault(key, [first, last])
    seen[:] = [min(seen[0], first), max(seen[1], last)]


def summarise(triggers, note_of):
    """The triggers with one note per pair of positions, from ``note_of(trigger)``: a conflict
    says what all its claims say, not what its first pair did."""
    return [replace(trigger, note=note_of(trigger)) for trigger in triggers]


@functools.cache
def subject_kinds() -> dict[str, str]:
    """Canonical subject name -> its kind, from the shipped subject list."""
    from claimledger.extract.subjects import load_subject_list

    return {subject.name: subject.kind for subject in load_subject_list().subjects.values()}


@functools.cache
def subject_origins() -> dict[str, str]:
    """Canonical subject name -> the country that makes it, where the subject list gives one."""
    from claimledger.extract.subjects import load_subject_list

    return {subject.name: subject.origin for subject in load_subject_list().subjects.values() if subject.origin}


def further_batch_days(subject: str, default: int) -> int:
    """How long after the subject was reported arrived a new arrival is a further delivery:
    ``shipped_kinds.days`` for rounds delivered in shipments (missiles, guided rockets, loitering
    munitions: "ATACMS arrived in October 2023" and "in March 2024" are two shipments), else
    ``default``."""
    shipped_round = lexicon().is_shipped_round(subject_kinds().get(subject, ""))
    return lexicon().cues["shipped_kinds"]["days"] if shipped_round else default
