"""Event linking: reports of one status of one subject, at a compatible place and time, become
one ledger event carrying every report that supports it.

A report's time is its TIMEX3 value as a date range; a report with no date is
placed by its document's date as "reported by" (a range open to the past and
ending at the dct). See docs/link.md.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from anyascii import anyascii

from claimledger.link.corpus import Corpus
from claimledger.link.dates import DateRange, parse_day, timex_range
from claimledger.link.identity import IdentityIndex, place_key
from claimledger.link.lexicon import STATUS_RANK
from claimledger.link.text import sentence_around
from claimledger.schema import Event

LINK_TOLERANCE_DAYS = 3   # two dated reports this close describe one event (reporting slack)
DATE_KIND_ON = "on"                # a single day
DATE_KIND_WITHIN = "within"        # a month, week, year ...: the day is not known
DATE_KIND_REPORTED_BY = "reported_by"   # no date: it held by the publication date


@dataclass(frozen=True)
class ReportTime:
    """When a report places a status: a date range and how it was obtained."""

    range: DateRange
    kind: str
    value: str | None    # the TIMEX3 value, or the dct for "reported_by"


def report_time(event: Event, corpus: Corpus) -> ReportTime:
    """The date range an event report gives, or its "reported by" range from the dct."""
    dct = corpus.dct(event.doc_id)
    dated = timex_range(event.date, dct=dct)
    if dated is not None:
        kind = DATE_KIND_ON if dated.width_days() == 1 else DATE_KIND_WITHIN
        return ReportTime(dated, kind, event.date)
    return ReportTime(DateRange(None, parse_day(dct)), DATE_KIND_REPORTED_BY, dct)


def status_rank(status: str) -> int | None:
    return STATUS_RANK.get(status)


@dataclass
class LedgerEvent:
    """One status of one subject, with every report supporting it."""

    id: str
    subject: str
    status: str
    location: str | None
    time: ReportTime
    reports: list[Event] = field(default_factory=list)
    corroboration: int = 0
    earliest_doc_id: str | None = None
    earliest_dct: str | None = None

    @property
    def date(self) -> str | None:
        return self.time.value if self.time.kind != DATE_KIND_REPORTED_BY else None

    def sort_key(self):
        anchor = self.time.range.start or self.time.range.end
        return (anchor.isoformat() if anchor else "9999", status_rank(self.status) or 99, self.id)

    def sources(self, corpus: Corpus) -> list[dict]:
        """One entry per supporting report: document, outlet, url, span and sentence."""
        out = []
        for report in self.reports:
            text = corpus.text(report.doc_id)
            sentence = sentence_around(text, report.span) if text else report.span
            original = corpus.original(report.doc_id)
            out.append({
                "doc_id": report.doc_id,
                "outlet": corpus.outlet(report.doc_id),
                "url": corpus.url(report.doc_id),
                "dct": corpus.dct(report.doc_id),
                "span": list(report.span),
                "sentence": text[sentence[0]:sentence[1]] if text else None,
                "source": report.source,
                "date": report.date,
                "copy_of": original if original != report.doc_id else None,
            })
        return out


def subject_key(subject: str) -> str:
    return anyascii(subject).casefold().replace(" ", "").replace("-", "")


def location_key(location: str | None, identities: IdentityIndex | None) -> str | None:
    if not location:
        return None
    if identities is not None:
        identity = identities.resolve(location, label="PLACE")
        if identity is not None:
            return identity.id
    return place_key(location) or None


def locations_compatible(left: str | None, right: str | None) -> bool:
    return left is None or right is None or left == right


def times_compatible(candidate: ReportTime, report: ReportTime) -> bool:
    """A dated report joins an event it overlaps; an undated one joins an event begun by its dct."""
    if report.kind == DATE_KIND_REPORTED_BY:
        begun = candidate.range.start or candidate.range.end
        return report.range.end is None or begun is None or begun <= report.range.end
    if candidate.kind == DATE_KIND_REPORTED_BY:
        return False   # dated reports are placed first, so an undated event never absorbs one
    return candidate.range.overlaps(report.range, tolerance_days=LINK_TOLERANCE_DAYS)


def link_events(corpus: Corpus, identities: IdentityIndex | None = None) -> list[LedgerEvent]:
    """Group the corpus's status reports into ledger events.

    corpus (Corpus): extractions with copies and outlets.
    identities (IdentityIndex | None): used to fold place names (Belarus / Беларусь).
    RETURNS (list[LedgerEvent]): events ordered by subject, then time, then status order.
    """
    reports = [(event, report_time(event, corpus), location_key(event.location, identities))
               for extraction in corpus.extractions for event in extraction.events]
    # most precise dates first, so an event's date is its most specific report's
    reports.sort(key=lambda item: (item[1].kind == DATE_KIND_REPORTED_BY, item[1].range.width_days(),
                                   item[1].range.end.isoformat() if item[1].range.end else "",
                                   item[0].doc_id, item[0].span))
    events: list[LedgerEvent] = []
    by_status: dict[tuple[str, str], list[LedgerEvent]] = {}
    locations: dict[str, str | None] = {}
    for event, time, location in reports:
        candidates = by_status.setdefault((subject_key(event.subject), event.status), [])
        match = next((candidate for candidate in candidates
                      if locations_compatible(locations[candidate.id], location)
                      and times_compatible(candidate.time, time)), None)
        if match is None:
            match = LedgerEvent(id=f"event-{len(events) + 1}", subject=event.subject,
                                status=event.status, location=event.location, time=time)
            events.append(match)
            candidates.append(match)
            locations[match.id] = location
        elif locations[match.id] is None and location is not None:
            locations[match.id], match.location = location, event.location
        match.reports.append(event)
    for event in events:
        finish_event(event, corpus)
    events.sort(key=lambda item: (subject_key(item.subject), item.sort_key()))
    return events


def finish_event(event: LedgerEvent, corpus: Corpus) -> None:
    """Corroboration and earliest report, once every report is in."""
    event.reports.sort(key=lambda report: (corpus.dct(report.doc_id) or "9999", report.doc_id, report.span))
    doc_ids = [report.doc_id for report in event.reports]
    event.corroboration = corpus.corroboration(doc_ids)
    event.earliest_doc_id = doc_ids[0] if doc_ids else None
    event.earliest_dct = corpus.dct(doc_ids[0]) if doc_ids else None
