"""``class``: different range classes ("medium-range", "long-range") given to one subject,
one conflict per subject with a position per class; classes used interchangeably share a
group in claimledger/lexicon/measures.json."""
from __future__ import annotations

import itertools

from claimledger.link.bucket import SubjectBucket
from claimledger.link.conflicts import Claimed, Trigger


def find(bucket: SubjectBucket) -> list[Trigger]:
    classes = [fact for fact in bucket.facts if fact.attribute == "range_class" and bucket.original(fact.doc_id)]
    names = sorted({fact.value for fact in classes})
    note = f"{bucket.subject} is called " + " and ".join(f"{name} range" for name in names)
    out = []
    for left, right in itertools.combinations(classes, 2):
        if left.value == right.value:
            continue
        out.append(Trigger("class", bucket.subject, f"{left.value} range", f"{right.value} range",
                           Claimed(left.doc_id, left.span), Claimed(right.doc_id, right.span), note, 1,
                           group="range_class"))
    return out
