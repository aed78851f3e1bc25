"""Event linking: reports of one status of one subject, at a compatible place and time, become
one linked event carrying every report that supports it: a timeline entry.

A report's time is its TIMEX3 value as a date range when the date marks the status
(onset or holding); a date that marks the report ("confirmed on Tuesday") or an
undated report places the status as "reported by" that day; a deadline ("by the end
of the year") as "by". See docs/link.md.
"""
from __future__ import annotations

import hashlib
import datetime
from dataclasses import dataclass, field

from claimledger.timex_calendar import DateRange, parse_day, part_range, timex_range
from claimledger.lexicon import lexicon
from claimledger.link.documents import DocumentInfo, corroboration, subject_key
from claimledger.link.identity import display_place_name, place_key
from claimledger.link.towns import same_or_within
from claimledger.schema import StatusClaim

LINK_TOLERANCE_DAYS = 3   # two dated reports this close describe one event (reporting slack)
DATE_KIND_ON = "on"                # a single day
DATE_KIND_WITHIN = "within"        # a month, week, year ...: the day is not known
DATE_KIND_REPORTED_BY = "reported_by"   # it held by the day it was reported
DATE_KIND_BY = "by"                # a deadline: it is to hold by then


@dataclass(frozen=True)
class ReportTime:
    """When a report places a status: a date range and how it was obtained."""

    range: DateRange
    kind: str
    value: str | None    # the TIMEX3 value, or the day reported


def report_time(claim: StatusClaim, dct: str | None) -> ReportTime:
    """The date range a status claim gives, from its date and what the date marks."""
    dated = timex_range(claim.date, dct=dct) if claim.kind == "reached" else None
    if dated is not None and claim.date_part:
        dated = part_range(dated, claim.date_part)   # "at the end of July": 21 to 31 July
    if dated is not None and claim.date_role == "report":
        return ReportTime(DateRange(None, dated.end), DATE_KIND_REPORTED_BY, claim.date)
    if dated is not None and claim.date_role == "deadline":
        return ReportTime(DateRange(None, dated.end), DATE_KIND_BY, claim.date)
    if dated is not None and claim.date_role == "before":   # "months before the war": held by its eve
        return ReportTime(DateRange(None, dated.start - datetime.timedelta(days=1)), DATE_KIND_BY, claim.date)
    if dated is not None:
        return ReportTime(dated, DATE_KIND_ON if dated.width_days() == 1 else DATE_KIND_WITHIN, claim.date)
    return ReportTime(DateRange(None, parse_day(dct)), DATE_KIND_REPORTED_BY, dct)


def status_rank(status: str) -> int | None:
    return lexicon().status_rank.get(status)


@dataclass
class LinkedEvent:
    """One status of one subject, with every report supporting it."""

    subject: str
    status: str
    location: str | None
    time: ReportTime
    reports: list[StatusClaim] = field(default_factory=list)
    corroboration: int = 0
    earliest_doc_id: str | None = None
    earliest_dct: str | None = None
    id: str = ""

    @property
    def date(self) -> str | None:
        return self.time.value if self.time.kind != DATE_KIND_REPORTED_BY else None

    def sort_key(self) -> str:
        anchor = self.time.range.start or self.time.range.end
        rank = status_rank(self.status)
        return f"{anchor.isoformat() if anchor else '9999'}|{rank if rank is not None else 99:02d}|{self.id}"


@dataclass(frozen=True)
class PlaceKeys:
    """A report's place as link keys: the place as named, and the country it lies in when the
    extraction found one ("tanagra", "greece")."""

    place: str
    country: str | None = None


def place_keys(claim: StatusClaim) -> PlaceKeys | None:
    if not claim.location:
        return None
    return PlaceKeys(place_key(claim.location), place_key(claim.country) if claim.country else None)


def locations_compatible(left: str | None, right: str | None) -> bool:
    """No place, the same place, or a town and its country (keys of place_key)."""
    return left is None or right is None or same_or_within(left, right)


def report_places_compatible(left: PlaceKeys | None, right: PlaceKeys | None) -> bool:
    """Places of two reports of one event: compatible places (``locations_compatible``), or a
    site and the country the extraction placed it in ("Tanagra Air Base" and "Greece"); two
    sites of one country stay apart."""
    if left is None or right is None or locations_compatible(left.place, right.place):
        return True
    return left.country == right.place or right.country == left.place


def begun(time: ReportTime):
    """The first day an event is known to hold (its start, or the day it was reported by)."""
    return time.range.start or time.range.end


def undated(time: ReportTime) -> bool:
    """Placed by the day it was reported or by a deadline, not by a date of its own."""
    return time.kind in (DATE_KIND_REPORTED_BY, DATE_KIND_BY)


def times_compatible(candidate: ReportTime, report: ReportTime, by_target: bool = False) -> bool:
    """A dated report joins an event it overlaps; an undated one joins an event begun by its date,
    or, for a status dated by its target (a plan), any event of the status (see undated_order)."""
    if undated(report):
        start = begun(candidate)
        return by_target or report.range.end is None or start is None or start <= report.range.end
    if undated(candidate):
        return False   # dated reports are placed first, so an undated event never absorbs one
    # two stretches ("the end of July", "early August") carry their own imprecision: no slack
    slack = 0 if candidate.kind == report.kind == DATE_KIND_WITHIN else LINK_TOLERANCE_DAYS
    return candidate.range.overlaps(report.range, tolerance_days=slack)


def undated_order(report: ReportTime, by_target: bool):
    """The sort key of the events an undated report may join, the one it speaks of first.

    A reached status: the latest event begun by the report's day, not the first. A plan: the
    nearest target on or after the report's day (the plan then in force), a target stretch that
    still holds the day counting as on it ("this month" in a report of the 12th: a plan for
    October, not for November), the narrowest first; else the latest before it (a plan
    reported after its date)."""
    day = report.range.end or datetime.date.max

    def key(entry) -> tuple:
        time = entry[0].time
        start = begun(time) or datetime.date.min
        end = time.range.end
        if by_target and end is not None and end >= day:
            return (0, max(start, day).toordinal(), (end - start).days)
        return (1, -start.toordinal(), 0)
    return key


def event_id(subject: str, status: str, first: StatusClaim) -> str:
    """An id from content: the same reports give the same id in any run. One sentence can state
    one status twice with its own time or place ("two arrive now, another two next year"), and
    those are two events: the first report's time and place are part of the id."""
    digest = hashlib.sha1(f"{subject_key(subject)}|{status}|{first.doc_id}|{first.span[0]}|{first.span[1]}|"
                          f"{first.date or ''}|{first.date_role or ''}|{first.date_part or ''}|{first.location or ''}"
                          .encode("utf-8")).hexdigest()
    return f"ev-{digest[:14]}"


def link_events(claims: list[StatusClaim], infos: dict[str, DocumentInfo]) -> list[LinkedEvent]:
    """Group one subject's reached-status claims into linked events.

    claims (list[StatusClaim]): the subject's claims (other kinds are skipped).
    infos (dict): DocumentInfo of every document the claims come from.
    RETURNS (list[LinkedEvent]): events in timeline order.
    """
    reports = [(claim, report_time(claim, infos[claim.doc_id].dct), place_keys(claim))
               for claim in claims if claim.kind == "reached"]
    # most precise dates first, so an event's date is its most specific report's
    reports.sort(key=lambda item: (undated(item[1]), item[1].range.width_days(),
                                   item[1].range.end.isoformat() if item[1].range.end else "",
                                   item[0].doc_id, item[0].span))
    events: list[LinkedEvent] = []
    by_status: dict[str, list[tuple[LinkedEvent, list]]] = {}
    for claim, time, location in reports:
        candidates = by_status.setdefault(claim.status, [])
        by_target = claim.status in lexicon().dated_by_target
        compatible = [entry for entry in candidates
                      if report_places_compatible(entry[1][0], location) and times_compatible(entry[0].time, time, by_target)]
        if undated(time):
            compatible.sort(key=undated_order(time, by_target))
        match = compatible[0] if compatible else None
        if match is None:
            event = LinkedEvent(subject=claim.subject, status=claim.status, location=claim.location, time=time)
            match = (event, [location])
            events.append(event)
            candidates.append(match)
        elif match[1][0] is None and location is not None:
            match[1][0], match[0].location = location, claim.location
        match[0].reports.append(claim)
    for event in events:
        finish_event(event, infos)
    events.sort(key=LinkedEvent.sort_key)
    return events


def finish_event(event: LinkedEvent, infos: dict[str, DocumentInfo]) -> None:
    """Id, corroboration and earliest report, once every report is in."""
    event.reports.sort(key=lambda report: (infos[report.doc_id].dct or "9999", report.doc_id, report.span))
    if event.location:   # "Турция" and "Turkey" linked: "Turkey"
        event.location = display_place_name([event.location, *(report.location for report in event.reports)])
    event.id = event_id(event.subject, event.status, min(event.reports, key=lambda r: (r.doc_id, r.span)))
    doc_ids = [report.doc_id for report in event.reports]
    event.corroboration = corroboration(infos, doc_ids)
    event.earliest_doc_id = doc_ids[0]
    event.earliest_dct = infos[doc_ids[0]].dct
