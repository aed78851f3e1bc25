"""``number``: numbers of one subject that count or measure the same thing and whose intervals
do not meet ("a range of 2,000 km" against "5,000 km"; "delivered 3 Patriot launchers" against
"delivered 5 Patriot launchers" on the same days). The intervals, counted noun, bound, scope and
event context are set in extract (SubjectFact).

Only like numbers are compared:
- a measure (km, kg, Mach) only with one of the same unit and named measure (range, speed);
- a count (launchers, batteries, USD) only with one of the same counted noun, under the same
  status of the subject and a time frame that overlaps, and of the same scope: a running total
  ("29 in total", "so far") never against a single batch, and a further batch ("another 2",
  "48 more") only against the further batches other reports tell within ``INCREMENT_FRAME_DAYS`` of
  it (one batch told twice), since each further batch is a new one; a running total also against
  the totals of the ``TOTAL_FALL_DAYS`` after it that are lower (a total grows; a later, larger
  one is no conflict); the first batch ("the first
  10 jets") is one event, compared with the plain counts of its days ("Ukraine receives 6 jets");
- a holding ("now has 14") against holdings of its days, unless a report of either tells units
  coming or going in those days (a count of an arrival or a loss, a further unit arrived): a holder
  has one total before such a change and another after it;
- a bound ("up to", "more than", "no more than", "at least") is open on one side, so it conflicts
  only with numbers wholly outside it.
One subject's like numbers are one conflict, with a position per set of values that agree."""
from __future__ import annotations

import datetime as dt
import itertools
import math

from claimledger.lexicon import lexicon
from claimledger.link.bucket import SubjectBucket
from claimledger.link.conflicts import Claimed, Trigger
from claimledger.link.events import locations_compatible
from claimledger.link.identity import place_key
from claimledger.link.kinds.common import donors_differ
from claimledger.schema import FIRST_SCOPE, HOLDING_SCOPE, TOTAL_SCOPE
from claimledger.timex_calendar import DateRange, parse_day, timex_range

UNDATED_FRAME_DAYS = 14   # an undated count is of something reported within this many days of its report
HOLDING_FRAME_DAYS = 3    # a holding is the state of its report's days: holdings grow from week to week
TOTAL_FALL_DAYS = 14      # a running total told lower within this many days of a higher one was never so high
INCREMENT_FRAME_DAYS = 1  # further batches told this close by two reports are one batch told twice
TRANSFER_STATUSES = lexicon().statuses_in("transfer")   # the statuses a count of a delivery or an order has
# what changes the number a holder has: units arriving or in service with it, lost, or taken away
HOLDING_CHANGES = lexicon().statuses_in("present") | lexicon().statuses_in("loss") | lexicon().statuses_in("departure")


def unit_and_measure(fact) -> tuple[str, str]:
    _, unit, measure = fact.attribute.split(":", 2)
    return unit, measure


def upper(fact) -> float:
    """A fact's upper bound; None is stored for none ("more than 10")."""
    return math.inf if fact.high is None else fact.high


def meet(left, right) -> bool:
    return left.low <= upper(right) and right.low <= upper(left)


def agreeing_values(facts) -> list[list]:
    """The facts in runs whose intervals meet, one after another (sorted by interval): values
    in one run are not in conflict with their neighbours, so they stand on one side."""
    runs: list[list] = []
    reach = None
    for fact in sorted(facts, key=lambda item: (item.low, upper(item), item.value or "", item.doc_id, item.span)):
        if runs and fact.low <= reach:
            runs[-1].append(fact)
            reach = max(reach, upper(fact))
        else:
            runs.append([fact])
            reach = upper(fact)
    return runs


def is_bound(fact) -> bool:
    return fact.qualifier in ("over", "up to")


def positions(facts) -> list[list]:
    """Runs of agreeing values, with a bound ("up to 5,000") kept from chaining two runs that
    disagree into one: a bound joins the one run it meets, stands alone if it meets none, and
    takes no side if it meets several (it agrees with both)."""
    runs = agreeing_values([fact for fact in facts if not is_bound(fact)])
    for bound in sorted((fact for fact in facts if is_bound(fact)), key=lambda item: (item.low, upper(item), item.doc_id, item.span)):
        met = [run for run in runs if any(meet(bound, fact) for fact in run)]
        if not met:
            runs.append([bound])
        elif len(met) == 1:
            met[0].append(bound)
    return sorted(runs, key=lambda run: min(fact.low for fact in run))


def position_label(run, measure: str) -> str:
    values = " / ".join(dict.fromkeys(fact.value for fact in run))
    return f"{values}{' ' + measure if measure else ''}"


def time_frame(bucket: SubjectBucket, fact, slack_days: int = UNDATED_FRAME_DAYS,
               reach_days: int = 0) -> DateRange | None:
    """The days a count is of: its event's date (and ``reach_days`` after it), else
    ``slack_days`` around its report."""
    dated = timex_range(fact.date, dct=bucket.infos[fact.doc_id].dct) if fact.date else None
    if dated is not None and dated.start is not None and dated.end is not None:
        return DateRange(dated.start, dated.end + dt.timedelta(days=reach_days)) if reach_days else dated
    day = parse_day(bucket.infos[fact.doc_id].dct)
    if day is None:
        return None
    slack = dt.timedelta(days=slack_days)
    return DateRange(day - slack, day + slack)


def same_frame_groups(bucket: SubjectBucket, facts, slack_days: int = UNDATED_FRAME_DAYS,
                      reach_days: int = 0) -> list[list]:
    """Counts in chains of overlapping time frames: counts of different times are of different things."""
    framed = [(frame, fact) for fact in facts
              if (frame := time_frame(bucket, fact, slack_days, reach_days)) is not None]
    framed.sort(key=lambda item: (item[0].start, item[0].end, item[1].doc_id, item[1].span))
    groups, reach = [], None
    for frame, fact in framed:
        if groups and frame.start <= reach:
            groups[-1].append(fact)
            reach = max(reach, frame.end)
        else:
            groups.append([fact])
            reach = frame.end
    return groups


def like_groups(bucket: SubjectBucket, quantities) -> list[tuple[str, str, list]]:
    """(group key, measure shown, facts) for each set of numbers that count or measure one thing:
    a measure whenever reported; a count of one status, scope and time frame; a holding ("now has
    20") against holdings of its days; a first batch with no event ("the first batch will be six
    to eight tanks") against the first batches of its days."""
    out = []
    keys = sorted({(unit_and_measure(fact), fact.status or "", count_scope(fact)) for fact in quantities})
    for (unit, measure), status, scope in keys:
        members = [fact for fact in quantities if unit_and_measure(fact) == (unit, measure)
                   and (fact.status or "") == status and count_scope(fact) == scope]
        if measure:   # a measure of the subject: the same whenever it is reported
            out.append((f"{unit}:{measure}", measure, members))
        elif scope == HOLDING_SCOPE and not status:   # what a holder has: against holdings only
            for index, group in enumerate(same_frame_groups(bucket, members, HOLDING_FRAME_DAYS)):
                out.append((f"{unit}:{scope}:{index}", "", group))
        elif status and scope not in ("increment", HOLDING_SCOPE):   # a count: of one event, in one time frame
            # a running total reaches TOTAL_FALL_DAYS ahead: a later total may not be lower
            reach = TOTAL_FALL_DAYS if scope == TOTAL_SCOPE else 0
            for index, group in enumerate(same_frame_groups(bucket, members, reach_days=reach)):
                out.append((f"{unit}:{status}:{scope}:{index}", "", group))
        elif status and scope == "increment":   # a further batch: against further batches of its days only
            for index, group in enumerate(same_frame_groups(bucket, members, INCREMENT_FRAME_DAYS)):
                out.append((f"{unit}:{status}:{scope}:{index}", "", group))
    for unit in sorted({unit_and_measure(fact)[0] for fact in quantities if first_unstated(fact)}):
        firsts = [fact for fact in quantities if fact.scope == FIRST_SCOPE and unit_and_measure(fact) == (unit, "")]
        for index, group in enumerate(same_frame_groups(bucket, firsts)):
            if any(first_unstated(fact) for fact in group):
                out.append((f"{unit}:first:{index}", "", group))
    return out


def first_unstated(fact) -> bool:
    """A first batch counted with no event ("The first batch of Abrams will be six to eight tanks")."""
    return fact.scope == FIRST_SCOPE and not fact.status and not unit_and_measure(fact)[1]


def count_scope(fact) -> str:
    """The scope a count is compared under: the first batch is the event a plain count of its
    days reports ("the first 10 jets" against "Ukraine receives 6 jets"); a first batch still
    planned is a part of the plan, compared with first batches only ("bought 36 jets, the first
    batch of 10 due in 2026")."""
    if fact.scope == FIRST_SCOPE and fact.status == "PLANNED":
        return FIRST_SCOPE
    return "" if fact.scope in (None, FIRST_SCOPE) else fact.scope   # HOLDING_SCOPE is a scope of its own


def find(bucket: SubjectBucket) -> list[Trigger]:
    quantities = [fact for fact in bucket.facts if fact.attribute.startswith("quantity:") and bucket.original(fact.doc_id)]
    if not quantities:
        return []
    places = count_places(bucket)
    recipients = {id(fact): count_recipients(places, fact) for fact in quantities}
    changing = documents_telling_changes(bucket, quantities)
    out = []
    for group, measure, members in like_groups(bucket, quantities):
        runs = positions(members)
        if len(runs) < 2:
            continue
        # a running total is its own question: "6 aircraft in total" is not the "6 aircraft" of one
        # delivery (and two groups of one subject with the same labels would share a conflict id)
        total = " in total" if not measure and count_scope(members[0]) == TOTAL_SCOPE else ""
        label = {id(fact): position_label(run, measure) + total for run in runs for fact in run}
        members = [fact for fact in members if id(fact) in label]
        firsts = ":first:" in group
        what = ("first batch" if firsts else "held" if f":{HOLDING_SCOPE}:" in group else members[0].status)
        note = (f"{bucket.subject}: " + " against ".join(position_label(run, "") + total for run in runs)
                + (f" for the {measure}" if measure else f" ({what})"))
        further = ":increment:" in group
        for left, right in itertools.combinations(members, 2):
            if meet(left, right) or (firsts and not (first_unstated(left) or first_unstated(right))):
                continue   # two first batches of one status are compared under that status
            if further and left.doc_id == right.doc_id:
                continue   # "another 12 on Monday and another eight on Friday": two batches of one report
            if donors_differ(left, right):
                continue   # counts of two donors' deliveries
            if recipients_differ(recipients[id(left)], recipients[id(right)], left, right):
                continue   # counts of deliveries to two countries ("31 to Ukraine", "116 for Poland")
            if what == "held" and changing & {left.doc_id, right.doc_id}:
                continue   # totals before and after units came or went ("eight in service", "from today 14")
            if total and not same_frame(bucket, left, right) and grew(bucket, left, right):
                continue   # "18 so far" a week after "14 so far": the total grew
            out.append(Trigger("number", bucket.subject, label[id(left)], label[id(right)],
                               Claimed(left.doc_id, left.span), Claimed(right.doc_id, right.span), note, 1,
                               group=group))
    return out


def same_frame(bucket: SubjectBucket, left, right) -> bool:
    """Whether two running totals' own time frames overlap (without a total's reach): counts of one
    time. An undated total ("so far", "to date") is of its report's days, as a holding is."""
    frames = [time_frame(bucket, fact, HOLDING_FRAME_DAYS) for fact in (left, right)]
    return None not in frames and frames[0].overlaps(frames[1])


def grew(bucket: SubjectBucket, left, right) -> bool:
    """Two running totals of different days, the later one the larger: a total that grew, not
    two counts of one thing."""
    days = [time_frame(bucket, fact, 0) for fact in (left, right)]
    if None in days or days[0].start == days[1].start:
        return False
    earlier, later = (left, right) if days[0].start < days[1].start else (right, left)
    return later.low > upper(earlier)


def documents_telling_changes(bucket: SubjectBucket, quantities) -> set[str]:
    """The documents that tell units of the subject coming or going in the days of their report:
    a count of an arrival, a loss or a withdrawal that is no total ("four jets handed over on
    Monday"), or a further unit arrived ("four more jets"). Their holdings may be counted before
    or after that change."""
    def recent(doc_id: str, date: str | None) -> bool:
        if not date:
            return True
        dct = bucket.infos[doc_id].dct
        told, day = timex_range(date, dct=dct), parse_day(dct)
        return told is None or day is None or told.overlaps(DateRange(day, day), tolerance_days=HOLDING_FRAME_DAYS)

    counted = {fact.doc_id for fact in quantities if fact.status in HOLDING_CHANGES
               and fact.scope not in (HOLDING_SCOPE, TOTAL_SCOPE) and recent(fact.doc_id, fact.date)}
    further = {claim.doc_id for claim in bucket.claims if claim.kind == "reached" and claim.another_unit
               and claim.status in HOLDING_CHANGES and recent(claim.doc_id, claim.date)}
    return counted | further


def count_places(bucket: SubjectBucket) -> dict[str, list[tuple[int, int, str]]]:
    """Per document, the sentence spans of the subject's placed claims and their place keys:
    where the event a count belongs to happens."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for claim in bucket.claims:
        where = claim.country or claim.location
        if where and claim.kind != "denied":
            start, end = claim.sentence_span or claim.span
            out.setdefault(claim.doc_id, []).append((start, end, place_key(where)))
    return out


def count_recipients(places, fact) -> set[str]:
    """The place keys of the claims in a count's sentence, its donor's own country aside (where
    the system comes from is not whom the count is for)."""
    donor = place_key(fact.donor) if fact.donor else None
    return {key for start, end, key in places.get(fact.doc_id, ())
            if start <= fact.span[0] and fact.span[1] <= end and key != donor}


def recipients_differ(left_places: set[str], right_places: set[str], left, right) -> bool:
    """Both counts of a transfer stand in sentences whose claims place the subject, and no place
    of one meets a place of the other: counts of two countries' deliveries or orders, not one
    told twice. A use or a loss is placed by its target or by whoever reports it, so the places
    of its sentences decide nothing."""
    if left.status not in TRANSFER_STATUSES or right.status not in TRANSFER_STATUSES:
        return False
    return bool(left_places and right_places) and not any(
        locations_compatible(one, other) for one in left_places for other in right_places)
