"""Per-subject timelines: the ordered status changes, each dated (or dated as a range) and sourced."""
from __future__ import annotations

from claimledger.link.corpus import Corpus
from claimledger.link.events import LedgerEvent, subject_key


def timeline_entry(event: LedgerEvent, corpus: Corpus) -> dict:
    """One timeline entry in the documented JSON shape (docs/link.md)."""
    return {
        "subject": event.subject,
        "status": event.status,
        "date": event.date,
        "date_range": event.time.range.as_list(),
        "date_kind": event.time.kind,
        "location": event.location,
        "earliest_report": {"doc_id": event.earliest_doc_id, "dct": event.earliest_dct,
                            "outlet": corpus.outlet(event.earliest_doc_id) if event.earliest_doc_id else None},
        "sources": event.sources(corpus),
        "corroboration": event.corroboration,
        "event_id": event.id,
    }


def build_timeline(events: list[LedgerEvent], corpus: Corpus, subject: str) -> list[dict]:
    """The status changes of one subject (matched case- and spelling-insensitively), in order.

    events (list[LedgerEvent]): linked events of the corpus.
    corpus (Corpus): for sources and dates.
    subject (str): a subject name such as "Oreshnik" or "s-500".
    RETURNS (list[dict]): timeline entries, earliest first.
    """
    wanted = subject_key(subject)
    chosen = [event for event in events if subject_key(event.subject) == wanted]
    chosen.sort(key=LedgerEvent.sort_key)
    return [timeline_entry(event, corpus) for event in chosen]
