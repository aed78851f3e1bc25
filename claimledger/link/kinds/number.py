"""``number``: numbers of one subject, unit and measure whose intervals do not meet
("over 2,000 km" against "1,000 km"); the intervals are set in extract (SubjectFact low/high).
One subject's numbers of one unit and measure are one conflict, with a position per set of
values that agree ("1,000 km / about 1,050 km" against "2,500 km"), not one per pair."""
from __future__ import annotations

import itertools

from claimledger.link.bucket import SubjectBucket
from claimledger.link.conflicts import Claimed, Trigger


def unit_and_measure(fact) -> tuple[str, str]:
    _, unit, measure = fact.attribute.split(":", 2)
    return unit, measure


def meet(left, right) -> bool:
    return left.low <= right.high and right.low <= left.high


def agreeing_values(facts) -> list[list]:
    """The facts in runs whose intervals meet, one after another (sorted by interval): values
    in one run are not in conflict with their neighbours, so they stand on one side."""
    runs: list[list] = []
    reach = None
    for fact in sorted(facts, key=lambda item: (item.low, item.high, item.value or "", item.doc_id, item.span)):
        if runs and fact.low <= reach:
            runs[-1].append(fact)
            reach = max(reach, fact.high)
        else:
            runs.append([fact])
            reach = fact.high
    return runs


def position_label(run, measure: str) -> str:
    values = " / ".join(dict.fromkeys(fact.value for fact in run))
    return f"{values}{' ' + measure if measure else ''}"


def find(bucket: SubjectBucket) -> list[Trigger]:
    quantities = [fact for fact in bucket.facts if fact.attribute.startswith("quantity:") and bucket.original(fact.doc_id)]
    out = []
    for unit in sorted({unit_and_measure(fact)[0] for fact in quantities}):
        of_unit = [fact for fact in quantities if unit_and_measure(fact)[0] == unit]
        measures = sorted({unit_and_measure(fact)[1] for fact in of_unit} - {""}) or [""]
        for measure in measures:   # a number with no measure is compared with every measure's
            members = [fact for fact in of_unit if unit_and_measure(fact)[1] in (measure, "")]
            runs = agreeing_values(members)
            if len(runs) < 2:
                continue
            label = {id(fact): position_label(run, measure) for run in runs for fact in run}
            note = (f"{bucket.subject}: " + " against ".join(position_label(run, "") for run in runs)
                    + (f" for the {measure}" if measure else ""))
            for left, right in itertools.combinations(members, 2):
                if meet(left, right):
                    continue
                out.append(Trigger("number", bucket.subject, label[id(left)], label[id(right)],
                                   Claimed(left.doc_id, left.span), Claimed(right.doc_id, right.span), note, 1,
                                   group=f"{unit}:{measure}"))
    return out
