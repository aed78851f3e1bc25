"""``agent``: one loss of a subject said to be the work of different sides ("the Ukrainian Air
Force destroyed another A-50" against "the A-50 was shot down by Russian air defences"), by
reports of the same days: one conflict per subject, a position per side. The agents are read in
extract (``extract/agents.py``, SubjectFact ``agent``). A loss is dated by its own date, else its
report's day, and two agents are compared only within ``AGENT_FRAME_DAYS`` of each other: losses
recur, and two losses a week apart may be two aircraft."""
from __future__ import annotations

import itertools

from claimledger.link.bucket import SubjectBucket
from claimledger.link.conflicts import Claimed, Trigger
from claimledger.link.identity import place_key
from claimledger.timex_calendar import parse_day, timex_range

AGENT = "agent"
AGENT_FRAME_DAYS = 3


def day_range(bucket: SubjectBucket, fact):
    """The days a loss is of: its own date's range, else its report's day."""
    found = timex_range(fact.date) if fact.date else None
    if found is not None and found.start is not None and found.end is not None:
        return found.start, found.end
    day = parse_day(bucket.infos[fact.doc_id].dct or "")
    return (day, day) if day is not None else None


def find(bucket: SubjectBucket) -> list[Trigger]:
    facts = [fact for fact in bucket.facts if fact.attribute == AGENT and fact.value and bucket.original(fact.doc_id)]
    out = []
    for left, right in itertools.combinations(facts, 2):
        if left.doc_id == right.doc_id or place_key(left.value) == place_key(right.value):
            continue
        days = day_range(bucket, left), day_range(bucket, right)
        if (None in days or (days[0][0] - days[1][1]).days > AGENT_FRAME_DAYS
                or (days[1][0] - days[0][1]).days > AGENT_FRAME_DAYS):
            continue
        note = f"{bucket.subject}: destroyed by {left.value} against destroyed by {right.value}"
        out.append(Trigger(AGENT, bucket.subject, f"destroyed by {left.value}", f"destroyed by {right.value}",
                           Claimed(left.doc_id, left.span), Claimed(right.doc_id, right.span), note,
                           int(bool(left.date)) + int(bool(right.date)), group=AGENT))
    return out
