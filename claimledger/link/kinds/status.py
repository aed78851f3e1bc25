"""``status``: a status said to be still ahead (or a pre-arrival state such as "en route") at a
time by which another report says a status at least as far along was already reached; and a
status one report gives (reached, or on its way) that another report, published within
``DENIAL_WINDOW_DAYS`` of it, denies ("Iran denies supplying the drones"; a loss, DESTROYED,
against "the Patriot system was not destroyed").

One conflict per question, not per pair of claims: the positions are statuses at a place
("IN_TRANSIT (Belarus)" against "ARRIVED reached (Belarus)": every later status that implies
arrival stands on the second side), so fifty "still en route" reports against thirty arrivals
are one row with every document on its side."""
from __future__ import annotations

from datetime import timedelta

from claimledger.lexicon import lexicon
from claimledger.link.bucket import FACTUAL_MODALITIES, LOSS_STATUSES, SubjectBucket
from claimledger.link.conflicts import Claimed, Trigger
from claimledger.link.events import DATE_KIND_REPORTED_BY, locations_compatible, undated
from claimledger.link.documents import KIND_MARK
from claimledger.link.identity import place_key
from claimledger.link.kinds.agent import AGENT, HOLDER
from claimledger.link.kinds.common import (claim_pairs_in_window, dated, donors_differ, further_batch_days, status_position,
                                           subject_kinds, summarise, widen)
from claimledger.timex_calendar import parse_day, timex_range

# a status reached this long before another report has it still ahead is of another unit or batch
EARLIER_BATCH_DAYS = 365
# a denial answers the reports of its own story: published at most this many days before or after it
DENIAL_WINDOW_DAYS = 31
# a dated denial meets a report of its day with this many days' slack (a night, a time zone)
SAME_DAY_SLACK = 1
# what a denied delivery denies: the subject on its way, arrived, in service there or used there
DELIVERY_STATUSES = lexicon().statuses_in("delivery")
# a delivery still ahead that a denial of the delivery answers ("will receive them next week")
PENDING_DELIVERY_STATUSES = lexicon().statuses_in("pending_delivery")
# a deal (a sale, a purchase, a contract) told as made: what a denied sale denies besides the delivery
DEAL_STATUS = "PLANNED"
# what a denied deployment denies: the subject in service there or used there
DEPLOYMENT_STATUSES = lexicon().statuses_in("deployment")
# what puts the subject at a place: what a deployment denied at a named place denies too
PRESENT_STATUSES = lexicon().statuses_in("present")
# a refusal (a denied claim of modality "planned": "has decided not to send") also answers a promise
PROMISED_STATUSES = lexicon().statuses_in("promised")
# the modalities of a claim that is no promise to add: a fact (already compared), hedged, negated
UNPROMISED_MODALITIES = FACTUAL_MODALITIES | {"hedged", "negated"}
# what takes a system away from its place (extract marks the claims that have it there still)
DEPARTURE_STATUSES = lexicon().statuses_in("departure")
# a delivery (or a promise) more than this many days after a refusal's date is a reversal, a change
# of policy, not a conflict; a promise this long before a refusal is one too (a promise withdrawn)
REVERSAL_DAYS = 14


def report_start(bucket: SubjectBucket, claim):
    """The first day a claim may have been said: "Britain said in May it was supplying" holds
    from May 1, not only by May 31; an undated claim, its report day."""
    time = bucket.time(claim)
    if claim.date_role == "report" and claim.date:
        said = timex_range(claim.date, dct=bucket.infos[claim.doc_id].dct)
        if said is not None and said.start is not None:
            return said.start
    return time.range.end


def find(bucket: SubjectBucket) -> list[Trigger]:
    return still_ahead(bucket) + denied(bucket) + still_there(bucket)


def still_ahead(bucket: SubjectBucket) -> list[Trigger]:
    transit, ranks = lexicon().status_rank["IN_TRANSIT"], lexicon().status_rank
    out, spans = [], {}   # spans: (position a, position b) -> [latest holding, earliest reached]
    batch_days = further_batch_days(bucket.subject, EARLIER_BATCH_DAYS)

    def may_be_early(claim) -> bool:   # still ahead, or a pre-arrival state
        return claim.status in ranks and (
            claim.kind == "pending" or (claim.kind == "reached" and claim.status in lexicon().pre_states))

    def may_be_later(claim) -> bool:
        return claim.status in ranks and claim.kind != "pending"

    def holding_of(claim):   # the day by which a claim has its status still ahead (or en route)
        time = bucket.time(claim)
        return time.range.start or (report_start(bucket, claim) if time.kind == DATE_KIND_REPORTED_BY else None)

    def window(claim):   # later statuses reached by then, at most EARLIER_BATCH_DAYS before
        holding = holding_of(claim)
        return None if holding is None else (holding - timedelta(days=EARLIER_BATCH_DAYS), holding)

    pairs = claim_pairs_in_window(bucket, may_be_early, may_be_later,
                                  lambda claim: bucket.time(claim).range.end, window)
    reached_by_document = reached_in_documents(bucket)
    for early, later in pairs:
        early_rank, later_rank = lexicon().status_rank.get(early.status), lexicon().status_rank.get(later.status)
        if later.kind == "pending" or early_rank is None or later_rank is None or early.another_unit:
            continue   # "more launchers will arrive" says nothing against those already there
        early_time, later_time = bucket.time(early), bucket.time(later)
        if early.kind == "pending":
            ahead, threshold = later_rank >= early_rank, early_rank
        elif early.kind == "reached" and early.status in lexicon().pre_states:
            ahead, threshold = later_rank > early_rank and later_rank >= transit, max(early_rank + 1, transit)
            if early.status in lexicon().asks_for_more:
                continue   # a request after units arrived asks for more of them
            if (early.doc_id == later.doc_id and later.kind == "reached"
                    and early_time.kind == later_time.kind == DATE_KIND_REPORTED_BY):
                continue   # one text telling "began delivering ... arrives": a progression, not a tension
            if further_along_in_own_report(reached_by_document, early, early_rank):
                continue   # "the first tanks have arrived ... more are arriving": its transit is of further units
        else:
            continue
        holding = holding_of(early)
        reached = later_time.range.end
        if not ahead or holding is None or reached is None or reached > holding:
            continue
        if (reached == holding and early.doc_id != later.doc_id
                and early_time.kind == later_time.kind == DATE_KIND_REPORTED_BY):
            continue   # "is donating" and "has donated" reported the same day: one moving story
        if (holding - reached).days > batch_days:
            continue   # an arrival a year (for missiles, two months) before a transit report was of an earlier delivery
        what = f"{early.status} still ahead" if early.kind == "pending" else early.status
        early_position = status_position(bucket, early, what)
        later_position = status_position(bucket, later, f"{lowest_status(threshold)} reached")
        seen = spans.setdefault((early_position, later_position), [holding, reached])
        seen[:] = [max(seen[0], holding), min(seen[1], reached)]
        out.append(Trigger("status", bucket.subject, early_position, later_position,
                           Claimed(early.doc_id, early.span), Claimed(later.doc_id, later.span), "",
                           dated(early_time) + dated(later_time)))
    return summarise(out, lambda trigger: conflict_note(bucket.subject, trigger, *spans[trigger.position_a,
                                                                                         trigger.position_b]))


def reached_in_documents(bucket: SubjectBucket) -> dict[str, list[tuple[int, str | None]]]:
    """Per document, the rank and place key of every status it says the subject has reached
    (as a fact, not a plan)."""
    ranks, reached = lexicon().status_rank, {}
    for claim in bucket.claims:
        if claim.kind == "reached" and claim.modality in FACTUAL_MODALITIES and claim.status in ranks:
            place = place_key(claim.location) if claim.location else None
            reached.setdefault(claim.doc_id, []).append((ranks[claim.status], place))
    return reached


def further_along_in_own_report(reached, claim, rank: int) -> bool:
    """Whether the claim's own report has the subject further along at its place: a report with
    the first tanks arrived and more arriving tells of further units on their way, not of the
    first still ahead."""
    place = place_key(claim.location) if claim.location else None
    return any(other > rank and locations_compatible(place, where) for other, where in reached.get(claim.doc_id, ()))


def lowest_status(rank: int) -> str:
    """The first status of the deployment order at or past ``rank``: every later one implies it."""
    return min((status for status, value in lexicon().status_rank.items() if value >= rank),
               key=lexicon().status_rank.get)


def conflict_note(subject: str, trigger: Trigger, holding, reached) -> str:
    """"Oreshnik: IN_TRANSIT (Belarus) as of 2026-02-12, but ARRIVED reached (Belarus) by 2025-12-30"."""
    return f"{subject}: {trigger.position_a} as of {holding.isoformat()}, but {trigger.position_b} by {reached.isoformat()}"


def denies(denial, claim) -> bool:
    """Whether ``claim`` states what ``denial`` (a claim of kind ``denied``) denies; a denial
    speaks of every batch, so a further one ("a new shipment") is denied too."""
    if claim.kind == "presupposed":
        return False
    if is_refusal(denial) and claim.kind == "reached" and claim.status in PROMISED_STATUSES:
        return True
    if denial.status == "ARRIVED":
        return claim.status in DELIVERY_STATUSES if claim.kind == "reached" else claim.status in PENDING_DELIVERY_STATUSES
    if denial.status == DEAL_STATUS:
        # a deal denied ("denied selling the jets") answers the deal reported made and, as a deal
        # is for a delivery, the delivery
        deal = DELIVERY_STATUSES | {DEAL_STATUS}
        return claim.status in deal if claim.kind == "reached" else claim.status in PENDING_DELIVERY_STATUSES
    if denial.status == "DEPLOYED":
        # "there are no F-16 jets in Ukraine": a deployment denied at a place denies any presence there
        presence = DEPLOYMENT_STATUSES | PRESENT_STATUSES if denial.location else DEPLOYMENT_STATUSES
        return claim.kind == "reached" and claim.status in presence
    return claim.kind == "reached" and claim.status == denial.status


def report_places(bucket: SubjectBucket) -> dict[str, set[str]]:
    """Each document's places of the subject (keys), from the claims that name one."""
    out: dict[str, set[str]] = {}
    for claim in bucket.claims:
        if claim.location and claim.kind != "denied":
            out.setdefault(claim.doc_id, set()).add(place_key(claim.location))
    return out


def for_recipient(bucket: SubjectBucket, denial, claim, places) -> bool:
    """A refusal or a denied delivery that names its recipient ("refused to sell Iran its
    S-400", "has not sent any drones to Sudan") answers only reports of a delivery there: the
    report's place, or else the places its document gives the subject, must be that country or
    in it (or be unknown). A denial that names no place answers any; a denied loss is placed by
    ``loss_elsewhere``, a denial of weapons in general by ``generic_fits``."""
    if not denial.location or denial.status in LOSS_STATUSES or id(denial) in bucket.generic:
        return True
    where = {place_key(claim.location)} if claim.location else places.get(claim.doc_id, set())
    target = place_key(denial.location)
    return not where or any(locations_compatible(place, target) for place in where)


def generic_fits(bucket: SubjectBucket, denial, claim) -> bool:
    """A denial of weapons in general ("has not exported any weapons to Russia") answers a report
    only of a system from its supplier (the subject's maker, or a country the report's sentence
    names) to its recipient (named in that sentence, or the report's place, when the denial names
    one). Any other denial names its subject and answers any report of it."""
    supplier = bucket.generic.get(id(denial))
    if supplier is None:
        return True
    supplier, _, kind = supplier.partition(KIND_MARK)
    if kind:
        return holder_fits(bucket, supplier, kind, claim)
    if supplier not in bucket.suppliers(claim):
        return False
    if not denial.location:
        return True
    target = place_key(denial.location)
    return target in bucket.sentence_countries(claim) or bool(claim.location and locations_compatible(place_key(claim.location), target))


def holder_fits(bucket: SubjectBucket, holder: str, kind: str, claim) -> bool:
    """A denied loss of a kind of system held by a country ("not a single Pakistani aircraft was
    damaged") answers a reported loss of a system of that kind (the last word of the subject's
    kind in the subject list) held by that country (the report's holder fact: "three Pakistani
    F-16 fighters") or in a sentence naming it, unless the report gives that country as the one
    that brought the loss about ("Pakistani jets shot down a Rafale")."""
    if subject_kinds().get(bucket.subject, "").casefold().split()[-1:] != [kind]:
        return False
    start, end = claim.sentence_span or claim.span
    sides = {(fact.attribute, place_key(fact.value)) for fact in bucket.facts
             if fact.doc_id == claim.doc_id and start <= fact.span[0] < end and fact.attribute in (AGENT, HOLDER)}
    if (AGENT, holder) in sides:
        return False
    return (HOLDER, holder) in sides or holder in bucket.sentence_countries(claim)


def claim_day(bucket: SubjectBucket, claim):
    """The day a claim puts its status at: the first day of its own date (the onset of a delivery),
    else its report day (an undated report of a delivery has it done by then); a promise, the day
    it was made (its report day), not the day it names."""
    time = bucket.time(claim)
    if claim.status not in PROMISED_STATUSES and not undated(time) and time.range.start is not None:
        return time.range.start
    return parse_day(bucket.infos[claim.doc_id].dct)


def reversal(bucket: SubjectBucket, refusal, claim) -> bool:
    """Whether a claim answers a refusal as a change of policy rather than a conflict: a delivery
    or a promise dated (or, undated, reported) more than ``REVERSAL_DAYS`` after the day the
    refusal was said, or a promise made that long before it. A delivery dated before the refusal
    stands against it ("has decided not to send" when they had arrived)."""
    said, day = report_start(bucket, refusal), claim_day(bucket, claim)
    if said is None or day is None:
        return False
    if (day - said).days > REVERSAL_DAYS:
        return True
    return claim.status in PROMISED_STATUSES and (said - day).days > REVERSAL_DAYS


def is_refusal(denial) -> bool:
    """A stated decision not to deliver ("will not provide"): a denied delivery still ahead."""
    return denial.modality == "planned"


def denied(bucket: SubjectBucket) -> list[Trigger]:
    """A status one document gives and another, of the same story, denies: one conflict per
    denied status (and place of the report), every report on one side and every denial on the
    other. A text that reports a claim and its denial tells both sides, and is no tension."""
    denials = [claim for claim in bucket.claims if claim.kind == "denied" and bucket.original(claim.doc_id)]
    if not denials:
        return []
    out, spans = [], {}   # spans: (position a, position b) -> [earliest report, latest denial]
    # a claim in a sentence that denies it ("denied reports that Russia would deliver ...") is
    # the text's account of what it denies, not a position of its own
    denying = {(claim.doc_id, claim.sentence_span) for claim in denials}
    # "has not yet arrived" says what the denial says: it is still ahead because it did not happen
    claims = [claim for claim in bucket.comparable_claims()
              if claim.kind != "denied" and (claim.doc_id, claim.sentence_span) not in denying
              and not (claim.kind == "pending" and claim.modality == "negated")]
    if any(is_refusal(denial) for denial in denials):
        # a promise ("will provide ATACMS") is a plan, not a fact (so not among the claims above),
        # yet a refusal answers it
        claims += [claim for claim in bucket.claims if bucket.original(claim.doc_id) and claim.kind == "reached"
                   and claim.status in PROMISED_STATUSES and claim.modality not in UNPROMISED_MODALITIES
                   and (claim.doc_id, claim.sentence_span) not in denying]
    places = report_places(bucket)
    for denial in denials:
        denied_on = parse_day(bucket.infos[denial.doc_id].dct)
        if denied_on is None:
            continue
        for claim in claims:
            said_on = parse_day(bucket.infos[claim.doc_id].dct)
            if (claim.doc_id == denial.doc_id or said_on is None
                    or (abs((said_on - denied_on).days) > DENIAL_WINDOW_DAYS and not same_day_denied(denial, claim))
                    or not denies(denial, claim) or not for_recipient(bucket, denial, claim, places)
                    or not generic_fits(bucket, denial, claim) or donors_differ(denial, claim)
                    or loss_elsewhere(denial, claim)
                    or (is_refusal(denial) and reversal(bucket, denial, claim))):
                continue
            said = said_position(bucket, denial, claim)
            refused = f"{denial.status} refused" if is_refusal(denial) else f"{denial.status} denied"
            widen(spans, (said, refused), said_on, denied_on)
            out.append(Trigger("status", bucket.subject, said, refused, Claimed(claim.doc_id, claim.span),
                               Claimed(denial.doc_id, denial.span), "", dated(bucket.time(claim))))
    return summarise(out, lambda trigger: denial_note(bucket.subject, trigger, *spans[trigger.position_a,
                                                                                      trigger.position_b]))


def said_position(bucket: SubjectBucket, denial, claim) -> str:
    """The position of a report a denial answers: its status at its place; a loss answered by a
    denial that names no place stands with the subject's other losses, wherever each was ("no
    Patriot was destroyed" answers the one in Kyiv and the unplaced one as one question)."""
    label = f"{denial.status} said"
    if denial.status in LOSS_STATUSES and not denial.location:
        return label
    # reports placed in a town of the country a denial names ("at an air base near Kecskemet",
    # "in Hungary") answer one question: the denial's place names the position
    if denial.location and claim.location:
        target, place = place_key(denial.location), place_key(claim.location)
        if place != target and locations_compatible(place, target):
            return f"{label} ({bucket.place_names.get(target, denial.location)})"
    return status_position(bucket, claim, label)


def loss_elsewhere(denial, claim) -> bool:
    """A denied loss and a reported one at places that do not meet ("no HIMARS was lost near
    Kharkiv" against "destroyed a HIMARS near Kherson"): two losses, not one told two ways. An
    unplaced denial or report answers any place."""
    return (denial.status in LOSS_STATUSES and bool(denial.location and claim.location)
            and not locations_compatible(place_key(denial.location), place_key(claim.location)))


def same_day_denied(denial, claim) -> bool:
    """A denial that names the day it speaks of ("no jet was shot down on 3 May 2019") answers a
    report dated that day however far apart the two were published: the day ties them to one
    event as the publication window ties undated ones. A day of slack either side (time zones)."""
    days = [timex_range(one.date) for one in (denial, claim) if one.date_role == "onset"]
    if len(days) < 2 or not all(one and one.start and one.end and one.end == one.start for one in days):
        return False
    return days[0].overlaps(days[1], tolerance_days=SAME_DAY_SLACK)


def denial_note(subject: str, trigger: Trigger, said_on, denied_on) -> str:
    """"Shahed-136: ARRIVED said (Russia) in a report of 2022-10-05, but ARRIVED denied on 2022-10-18"."""
    return (f"{subject}: {trigger.position_a} in a report of {said_on.isoformat()}, "
            f"but {trigger.position_b} on {denied_on.isoformat()}")


def still_there(bucket: SubjectBucket) -> list[Trigger]:
    """A departure one report gives ("withdrew the Typhon from Japan on Thursday") and a report
    published after its day, within ``DENIAL_WINDOW_DAYS``, that has the system at that place
    still ("the Typhon is still in Japan"): one conflict per place, the departures on one side
    and every report of it still there on the other. A departure still ahead ("will withdraw")
    is a plan, not a fact, and a report of the system there before it left is its history."""
    out, spans = [], {}   # spans: (position a, position b) -> [earliest departure, latest stay]

    def is_departure(claim) -> bool:
        return claim.kind == "reached" and claim.status in DEPARTURE_STATUSES

    def is_stay(claim) -> bool:
        return claim.kind == "reached" and claim.still_there

    def window(departure):   # reports of a stay from the day after it left, up to a month after
        left = claim_day(bucket, departure)   # the departure was told ("withdrawn in June", told 1 July)
        if left is None:
            return None
        told = parse_day(bucket.infos[departure.doc_id].dct)
        last = max(day for day in (left, told) if day is not None)
        return left + timedelta(days=1), last + timedelta(days=DENIAL_WINDOW_DAYS)

    def stay_day(claim):
        return parse_day(bucket.infos[claim.doc_id].dct)

    for departure, stay in claim_pairs_in_window(bucket, is_departure, is_stay, stay_day, window):
        # one text telling both tells a sequence; an unplaced claim names no place to leave; "a
        # second battery remains" is of a unit that did not leave
        if departure.doc_id == stay.doc_id or not (departure.location and stay.location) or stay.another_unit:
            continue
        left, stayed = claim_day(bucket, departure), stay_day(stay)
        gone = status_position(bucket, departure, departure.status)
        there = status_position(bucket, stay, "still there")
        widen(spans, (gone, there), left, stayed)
        out.append(Trigger("status", bucket.subject, gone, there, Claimed(departure.doc_id, departure.span),
                           Claimed(stay.doc_id, stay.span), "", dated(bucket.time(departure))))
    return summarise(out, lambda trigger: stay_note(bucket.subject, trigger, *spans[trigger.position_a,
                                                                                    trigger.position_b]))


def stay_note(subject: str, trigger: Trigger, left, stayed) -> str:
    """"Typhon: WITHDRAWN (Japan) on 2024-09-19, but still there (Japan) in a report of 2024-09-21"."""
    return (f"{subject}: {trigger.position_a} on {left.isoformat()}, "
            f"but {trigger.position_b} in a report of {stayed.isoformat()}")
