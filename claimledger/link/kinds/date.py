"""``date``: a status said to begin after the day by which another report has it (or a status
further along, which implies it) holding, beyond the reporting slack; and, within one text,
the announcement of a status put at incompatible distances from the report. The dates one
subject's status is given are one conflict, with a position per linked event, not one per
pair of events."""
from __future__ import annotations

import itertools

from claimledger.lexicon import lexicon
from claimledger.link.bucket import SubjectBucket
from claimledger.link.conflicts import Claimed, Trigger
from claimledger.link.events import DATE_KIND_WITHIN, locations_compatible, undated
from claimledger.link.identity import place_key
from claimledger.link.kinds.common import claim_pairs, dated, further_batch_days, status_position, summarise, widen
from claimledger.link.kinds.status import EARLIER_BATCH_DAYS
from claimledger.schema import TOTAL_SCOPE
from claimledger.timex_calendar import hours_range, parse_day

DATE_TOLERANCE_DAYS = 3        # reporting slack: "yesterday" against "the day before yesterday"
NAMED_DAY_REPORT_DAYS = 2      # a day named in a report at most this many days later is that day, no slack
FRESH_ONSET_DAYS = 14          # a start dated at most this long before its own report is that report's news
SEPARATE_NEWS_DAYS = 60        # two reports of fresh news this far apart tell two occurrences
RECURRING = lexicon().statuses_in("recurs")   # reached again and again at one place: a deployment


def find(bucket: SubjectBucket) -> list[Trigger]:
    return began_later(bucket) + first_uses(bucket) + announcement_lags(bucket)


FIRST_NOUNS = {status.name: status.first_noun for status in lexicon().statuses if status.first_noun}
FIRST_HOURS_SLACK = 3   # two accounts of one night's interception: "around 2:30 a.m." against "about 4 a.m."


def first_uses(bucket: SubjectBucket) -> list[Trigger]:
    """Two dates of one first use ("used ATACMS for the first time" on one day, "at the end of last
    month" in another report) or one first loss ("shot down a Kinzhal for the first time"): a
    use or a loss is first only once, so dated onsets whose ranges do not meet (with the slack
    of ``slack_days``) are one conflict, a position per linked event. When both give a time of
    day ("Thursday night", "about 2:30 a.m. on May 4") they are compared in hours, with
    ``FIRST_HOURS_SLACK``: the night of the 4th to the 5th is not the early hours of the 4th
    (the two may then share one linked event, and their positions are their dates). Places
    compared as for events (a town and its country meet; an unknown place meets any)."""
    out = []
    for status, noun in FIRST_NOUNS.items():
        out += first_of(bucket, status, noun)
    return out


def first_of(bucket: SubjectBucket, status: str, noun: str) -> list[Trigger]:
    firsts = [claim for claim in bucket.comparable_claims()
              if claim.status == status and claim.first_time and claim.kind == "reached"
              and claim.date_role == "onset" and not claim.another_unit and not undated(bucket.time(claim))]
    out, days = [], set()
    for left, right in itertools.combinations(firsts, 2):
        if left.location and right.location and not locations_compatible(place_key(left.location),
                                                                          place_key(right.location)):
            continue
        left_time, right_time = bucket.time(left), bucket.time(right)
        left_hours, right_hours = hours_range(left.date), hours_range(right.date)
        if left_hours is not None and right_hours is not None:
            gap = max(left_hours[0] - right_hours[1], right_hours[0] - left_hours[1])
            meet, starts = gap.total_seconds() <= FIRST_HOURS_SLACK * 3600, (left_hours[0], right_hours[0])
        else:
            meet = left_time.range.gap_days(right_time.range) <= claims_slack_days(bucket, left, right)
            starts = (left_time.range.start, right_time.range.start)
        if meet:
            continue
        early, late = sorted(zip(starts, (left, right)), key=lambda item: item[0])
        days.update({left.date, right.date})
        positions = [bucket.position(early[1]), bucket.position(late[1])]
        if positions[0] == positions[1]:   # one linked event (its days meet), told apart by the hours
            positions = [f"{claim.status} first, dated {claim.date}" for claim in (early[1], late[1])]
        out.append(Trigger("date", bucket.subject, *positions,
                           Claimed(early[1].doc_id, early[1].span), Claimed(late[1].doc_id, late[1].span), "",
                           2, group=f"first:{status}"))
    return summarise(out, lambda trigger: f"{bucket.subject}: the first {noun} is dated " + " and ".join(sorted(days)))


def began_later(bucket: SubjectBucket) -> list[Trigger]:
    ranks, arrived = lexicon().status_rank, lexicon().status_rank["ARRIVED"]
    out = []
    dates: dict[str, tuple[str, set[str]]] = {}   # group -> its status and the days its start is put at
    later_starts: dict[tuple, list] = {}   # (held, began) positions -> [earliest held, latest start]
    batch_days = further_batch_days(bucket.subject, EARLIER_BATCH_DAYS)
    in_progress = deliveries_in_progress(bucket)
    fresh = fresh_starts(bucket)
    counts = sentence_counts(bucket)

    def may_have_begun(claim) -> bool:   # a dated start of a status from ARRIVED on
        return claim.kind == "reached" and claim.date_role == "onset" and ranks.get(claim.status, -1) >= arrived

    def may_hold(claim) -> bool:
        return claim.status in ranks and claim.kind != "pending"

    for began, held in claim_pairs(bucket, may_have_begun, may_hold):
        if began.date_role != "onset" or began.kind != "reached" or held.kind == "pending" or began.another_unit:
            continue   # "a second battery arrived in May" does not date the first
        began_rank, held_rank = ranks.get(began.status), ranks.get(held.status)
        if began_rank is None or held_rank is None or began_rank < arrived or began_rank > held_rank:
            continue
        if began.status in lexicon().durative:
            continue
        began_time, held_time = bucket.time(began), bucket.time(held)
        start, reached = began_time.range.start, held_time.range.end
        if start is None or reached is None or (start - reached).days <= claims_slack_days(bucket, began, held):
            continue
        if (start - reached).days > batch_days and not began.first_time:
            continue   # a start a year (for missiles, two months) after the subject was there is a further
            # batch; not a first one ("the first installment ... arrived in August")
        if any(day <= start and (start - day).days <= batch_days and place_meets(places, began.location)
               for day, places in in_progress):
            continue   # "has handed over three of its 12" by then: a later arrival there is one of the rest
        if began.status == held.status and separate_news(bucket, fresh, held, began):
            continue
        if began.status == held.status and counts_differ(counts, began, held):
            continue   # "12 delivered in March", "eight delivered in June": two batches, not two dates of one
        note = (f"{bucket.subject}: {began.status} began {began.date}, but {held.status} "
                f"{'presupposed' if held.kind == 'presupposed' else 'held'} by {reached.isoformat()}")
        if began.status == held.status:   # one status, dated apart: a position per linked event
            group = onset_group(began, held)
            dates.setdefault(group, (began.status, set()))[1].update((start.isoformat(), reached.isoformat()))
            positions = [onset_position(bucket, held, held_time), bucket.position(began)]
            if positions[0] == positions[1]:   # one linked event (its days meet), told apart by the named days
                positions = [f"{claim.status} dated {claim.date}" for claim in (held, began)]
            out.append(Trigger("date", bucket.subject, *positions,
                               Claimed(held.doc_id, held.span), Claimed(began.doc_id, began.span), note,
                               dated(began_time) + dated(held_time), group=group))
            continue
        # a status further along held before this one began: one conflict per status and place
        held_position = status_position(bucket, held, f"{began.status} reached")
        began_position = status_position(bucket, began, f"{began.status} began later")
        widen(later_starts, (held_position, began_position), reached, start)
        out.append(Trigger("status", bucket.subject, held_position, began_position,
                           Claimed(held.doc_id, held.span), Claimed(began.doc_id, began.span), note,
                           dated(began_time) + dated(held_time)))

    def note_of(trigger: Trigger) -> str:   # what every claim of the trigger's conflict says
        if trigger.kind == "status":
            return began_note(bucket.subject, trigger, *later_starts[trigger.position_a, trigger.position_b])
        return onset_note(bucket.subject, *dates[trigger.group])

    return summarise(out, note_of)


def onset_group(began, held) -> str:
    """The dates of one status's start at one place are one conflict: arrivals in Ukraine and in
    Argentina are two stories, not two sides of one (the pair's places are comparable, so the
    place either names)."""
    place = began.location or held.location
    return f"began:{began.status}:{place_key(place) if place else ''}"


def onset_position(bucket: SubjectBucket, held, held_time) -> str:
    """A side of the onset conflict. A report with no date of its own says only that the status
    held by its day, whichever linked event it was filed under: every such report stands on one
    side ("ARRIVED held, undated"), so two of them never face each other as two dates."""
    if undated(held_time):
        return f"{held.status} held, undated"
    return bucket.position(held)


def sentence_counts(bucket: SubjectBucket) -> dict[tuple[str, int], set[tuple[str, float]]]:
    """(document, sentence start) -> the plain counts of the subject's units a status's sentence
    gives ("delivered 12 howitzers"): neither a total nor a first or further batch."""
    out: dict[tuple[str, int], set[tuple[str, float]]] = {}
    starts = {(claim.doc_id, (claim.sentence_span or claim.span)) for claim in bucket.claims}
    by_document: dict[str, list[tuple[int, int]]] = {}
    for doc_id, span in starts:
        by_document.setdefault(doc_id, []).append(span)
    for fact in bucket.facts:
        if not fact.attribute.startswith("quantity:") or fact.scope or not fact.status or fact.low != fact.high:
            continue
        for start, end in by_document.get(fact.doc_id, ()):
            if start <= fact.span[0] < end:
                out.setdefault((fact.doc_id, start), set()).add((fact.attribute, fact.low))
    return out


def counts_differ(counts: dict, left, right) -> bool:
    """Whether two claims' sentences each count the subject's units and share no count."""
    sides = [counts.get((claim.doc_id, (claim.sentence_span or claim.span)[0])) for claim in (left, right)]
    return None not in sides and sides[0].isdisjoint(sides[1])


def fresh_starts(bucket: SubjectBucket) -> dict[tuple[str, str], list]:
    """(document, status) -> the claims by which a report tells a start of a recurring status as
    its own fresh news: dated at most ``FRESH_ONSET_DAYS`` before the report's day. Read once a
    bucket, so a pair of claims asks a dictionary, not every claim of the subject."""
    out: dict[tuple[str, str], list] = {}
    for claim in bucket.claims:
        published = parse_day(bucket.infos[claim.doc_id].dct or "")
        if claim.status in RECURRING and published is not None and is_fresh_onset(bucket, claim, published):
            out.setdefault((claim.doc_id, claim.status), []).append(claim)
    return out


def separate_news(bucket: SubjectBucket, fresh: dict, earlier, later) -> bool:
    """Two reports, months apart, that each date a start of a recurring status as their own fresh news
    ("was deployed near Haifa last week" in April, "was deployed in Haifa on Monday" in October):
    two deployments, not two dates of one. The earlier report may say it again undated ("the
    battery was set up near the university"). A report that dates a start long before its own
    day, or gives it no date at all, still meets a later account of that start. ``fresh``:
    ``fresh_starts`` of the bucket."""
    if later not in fresh.get((later.doc_id, later.status), ()):
        return False
    published = [parse_day(bucket.infos[claim.doc_id].dct or "") for claim in (earlier, later)]
    if None in published or (published[1] - published[0]).days <= SEPARATE_NEWS_DAYS:
        return False
    place = {place_key(earlier.location) if earlier.location else None}
    return any(place_meets(place, claim.location) for claim in fresh.get((earlier.doc_id, earlier.status), ()))


def is_fresh_onset(bucket: SubjectBucket, claim, published) -> bool:
    """A start the claim dates itself, within ``FRESH_ONSET_DAYS`` before its report's day."""
    time = bucket.time(claim)
    if claim.date_role != "onset" or not claim.date or undated(time):
        return False
    start, end = time.range.start, time.range.end
    return start is not None and end is not None and end <= published and (published - start).days <= FRESH_ONSET_DAYS


def deliveries_in_progress(bucket: SubjectBucket) -> list:
    """The publication days of documents that count the subject delivered as a part of a stated
    whole ("Oslo has already passed on two of its 10 Patriot batteries"), each with the places
    their arrivals name (None: none named): deliveries were under way there then, so an arrival
    there that begins after such a day is one of the rest, not a second date of an earlier one.
    Another country's deliveries under way say nothing of an arrival elsewhere, and an arrival the
    document leaves unplaced does not spread them to every place when others are placed."""
    counts: dict[str, list] = {}
    for fact in bucket.facts:
        if fact.attribute.startswith("quantity:"):
            counts.setdefault(fact.doc_id, []).append(fact)
    out = set()
    for doc_id, facts in counts.items():
        # the whole counts what its own words say (pledged, promised: no status), the part arrived
        wholes = [fact.low for fact in facts if fact.scope == TOTAL_SCOPE]
        if any(fact.status == "ARRIVED" and fact.scope != TOTAL_SCOPE and 0 < fact.low < whole
               for fact in facts for whole in wholes):
            out.add(doc_id)
    arrival_places: dict[str, set] = {}
    for claim in bucket.claims:
        if claim.doc_id in out and claim.status == "ARRIVED":
            arrival_places.setdefault(claim.doc_id, set()).add(place_key(claim.location) if claim.location else None)
    return [(day, (arrival_places.get(doc_id, set()) - {None}) or {None}) for doc_id in sorted(out)
            if (day := parse_day(bucket.infos[doc_id].dct)) is not None]


def place_meets(places: set, location: str | None) -> bool:
    """Whether an arrival at ``location`` may be one of the deliveries under way at ``places``:
    an unknown place on either side meets any, and a town meets its country."""
    return location is None or None in places or any(locations_compatible(place, place_key(location))
                                                     for place in places)


def claims_slack_days(bucket: SubjectBucket, left, right) -> int:
    """The slack between two claims' dates: none when both name their day ("on Friday 19 April",
    "on Saturday") in reports published within two days of it, which leaves no drift to absorb;
    else ``slack_days``."""
    if all(names_day_near_report(bucket, claim) for claim in (left, right)):
        return 0
    return slack_days(bucket.time(left), bucket.time(right))


def names_day_near_report(bucket: SubjectBucket, claim) -> bool:
    info = bucket.infos[claim.doc_id]
    day, published = parse_day(claim.date or ""), parse_day(info.dct or "")
    return (claim.date_role == "onset" and claim.date in info.named_days and day is not None
            and published is not None and 0 <= (published - day).days <= NAMED_DAY_REPORT_DAYS)


def slack_days(began_time, held_time) -> int:
    """The reporting slack between two dates: a few days around a day ("yesterday" against "the day
    before yesterday"), none between two stretches, which carry their own imprecision ("at the end
    of July" against "in early August": 21-31 July and 1-10 August do not meet)."""
    stretches = began_time.kind == held_time.kind == DATE_KIND_WITHIN
    return 0 if stretches else DATE_TOLERANCE_DAYS


def began_note(subject: str, trigger: Trigger, reached, start) -> str:
    """"Oreshnik: ARRIVED began later (Belarus) on 2026-03-02, but ARRIVED reached (Belarus) by 2026-01-10"."""
    return f"{subject}: {trigger.position_b} on {start.isoformat()}, but {trigger.position_a} by {reached.isoformat()}"


def onset_note(subject: str, status: str, days: set[str]) -> str:
    """"Iskander-M: ARRIVED is dated 2026-03-02 and 2026-03-18": the days that cannot all hold."""
    first, last = min(days), max(days)
    if len(days) == 2:
        return f"{subject}: {status} is dated {first} and {last}"
    return f"{subject}: {status} is dated {len(days)} different days, {first} to {last}"


def announcement_lags(bucket: SubjectBucket) -> list[Trigger]:
    """Within one text: "just days after he announced" against "Yesterday, you all heard"."""
    lags = [fact for fact in bucket.facts if fact.attribute == "announcement_lag" and bucket.original(fact.doc_id)]
    out = []
    for left, right in itertools.combinations(lags, 2):
        if left.doc_id != right.doc_id or left.span == right.span:
            continue
        if left.low <= right.high and right.low <= left.high:
            continue
        note = (f"{bucket.subject}: the announcement is \"{left.value}\" ({days(left)} before the report) "
                f"and \"{right.value}\" ({days(right)})")
        out.append(Trigger("date", bucket.subject, f"announced {days(left)} before", f"announced {days(right)} before",
                           Claimed(left.doc_id, left.span), Claimed(right.doc_id, right.span), note, 1))
    return out


def days(fact) -> str:
    low, high = int(fact.low), int(fact.high)
    return f"{low} day{'s' if low != 1 else ''}" if low == high else f"{low}-{high} days"
