"""``agent``: one loss of a subject said to be the work of different sides ("the Ukrainian Air
Force destroyed another A-50" against "the A-50 was shot down by Russian air defences"), by
reports of the same days: one conflict per subject, a position per side. The agents are read in
extract (``extract/agents.py``, SubjectFact ``agent``). A loss is dated by its own date, else its
report's day, and two agents are compared only within ``AGENT_FRAME_DAYS`` of each other: losses
recur, and two losses a week apart may be two aircraft. The facts are sorted by day once and
each reads only its window, so a subject with thousands of losses a year (drones shot down every
night, all by one side) is not compared pair by pair."""
from __future__ import annotations

import bisect
import datetime as dt

from claimledger.link.bucket import SubjectBucket
from claimledger.link.conflicts import Claimed, Trigger
from claimledger.link.identity import place_key
from claimledger.timex_calendar import parse_day, timex_range

AGENT = "agent"
HOLDER = "holder"   # whose system was lost (extract/agents.py): what a denied loss of a kind answers
AGENT_FRAME_DAYS = 3


def day_range(bucket: SubjectBucket, fact) -> tuple[dt.date, dt.date] | None:
    """The days a loss is of: its own date's range, else its report's day."""
    found = timex_range(fact.date) if fact.date else None
    if found is not None and found.start is not None and found.end is not None:
        return found.start, found.end
    day = parse_day(bucket.infos[fact.doc_id].dct or "")
    return (day, day) if day is not None else None


def find(bucket: SubjectBucket) -> list[Trigger]:
    dated = sorted(((days, place_key(fact.value), index, fact)
                    for index, fact in enumerate(bucket.facts)
                    if fact.attribute == AGENT and fact.value and bucket.original(fact.doc_id)
                    and (days := day_range(bucket, fact)) is not None),
                   key=lambda item: (item[0][0], item[2]))
    if len({side for _, side, _, _ in dated}) < 2:
        return []
    starts = [days[0] for days, _, _, _ in dated]
    frame = dt.timedelta(days=AGENT_FRAME_DAYS)
    out = []
    for position, (days, side, _, left) in enumerate(dated):
        # later facts whose first day lies within the frame of this one's last day
        for other_days, other_side, _, right in dated[position + 1:bisect.bisect_right(starts, days[1] + frame)]:
            if other_side == side or right.doc_id == left.doc_id:
                continue
            note = f"{bucket.subject}: destroyed by {left.value} against destroyed by {right.value}"
            out.append(Trigger(AGENT, bucket.subject, f"destroyed by {left.value}", f"destroyed by {right.value}",
                               Claimed(left.doc_id, left.span), Claimed(right.doc_id, right.span), note,
                               int(bool(left.date)) + int(bool(right.date)), group=AGENT))
    return out
