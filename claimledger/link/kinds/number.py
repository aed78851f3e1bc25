"""``number``: numbers of one subject, unit and measure whose intervals do not meet
("over 2,000 km" against "1,000 km"); the intervals are set in extract (SubjectFact low/high)."""
from __future__ import annotations

import itertools

from claimledger.link.bucket import SubjectBucket
from claimledger.link.conflicts import Claimed, Trigger


def find(bucket: SubjectBucket) -> list[Trigger]:
    quantities = [fact for fact in bucket.facts if fact.attribute.startswith("quantity:") and bucket.original(fact.doc_id)]
    out = []
    for left, right in itertools.combinations(quantities, 2):
        _, left_unit, left_measure = left.attribute.split(":", 2)
        _, right_unit, right_measure = right.attribute.split(":", 2)
        if left_unit != right_unit or (left_measure and right_measure and left_measure != right_measure):
            continue
        if left.low <= right.high and right.low <= left.high:
            continue
        measure = left_measure or right_measure
        note = f"{bucket.subject}: {left.value} against {right.value}" + (f" for the {measure}" if measure else "")
        out.append(Trigger("number", bucket.subject, f"{left.value}{' ' + measure if measure else ''}",
                           f"{right.value}{' ' + measure if measure else ''}",
                           Claimed(left.doc_id, left.span), Claimed(right.doc_id, right.span), note, 1))
    return out
