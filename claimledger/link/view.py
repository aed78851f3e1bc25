"""LinkedLedger: the link tables of a ledger, read per query (timelines, contradictions,
profiles, identities), plus the in-memory path ``link_corpus`` for records that are not stored."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from types import SimpleNamespace

from claimledger.link.documents import subject_key
from claimledger.store import link_tables


@dataclass
class ContradictionView:
    """One stored contradiction: kind, subject, the two sides, and every claim."""

    kind: str
    subject: str | None
    claims: list[dict] = field(default_factory=list)
    note: str = ""
    data: dict = field(default_factory=dict)

    @property
    def sides(self) -> list[dict]:
        return self.data.get("sides", [])

    @property
    def place(self) -> str | None:
        """An incident row's place as its reports name it; None for other kinds."""
        return self.data.get("place")

    @property
    def subjects(self) -> list[str]:
        """The subject, then every other weapon or platform an incident row's positions name."""
        return self.data.get("subjects") or ([self.subject] if self.subject else [])

    @property
    def within_document(self) -> bool:
        return bool(self.data.get("within_document"))

    def as_dict(self) -> dict:
        return self.data


@dataclass
class EventView:
    """One linked event as stored (a timeline entry), for exports."""

    entry: dict

    def __getattr__(self, name):
        entry = self.__dict__["entry"]
        if name == "id":
            return entry["event_id"]
        if name == "time":
            return SimpleNamespace(range=SimpleNamespace(as_list=lambda: entry["date_range"]), kind=entry["date_kind"])
        if name == "reports":
            return [SimpleNamespace(doc_id=source["doc_id"], span=tuple(source["span"]), date=source["date"],
                                    location=source["location"], source=source["source"])
                    for source in entry["sources"]]
        if name == "earliest_doc_id":
            return entry["earliest_report"]["doc_id"]
        if name == "earliest_dct":
            return entry["earliest_report"]["dct"]
        if name in entry:
            return entry[name]
        raise AttributeError(name)

    def sources(self, corpus=None) -> list[dict]:
        return self.entry["sources"]


class LinkedLedger:
    """The linked picture of a ledger, read from its link tables."""

    def __init__(self, ledger):
        self.ledger = ledger
        self.db = ledger.db

    def subjects(self) -> list[str]:
        return link_tables.subjects(self.db)

    def timeline(self, subject: str) -> list[dict]:
        """Timeline entries of one subject, earliest first (docs/link.md)."""
        return link_tables.timeline(self.db, subject_key(subject))

    def find_contradictions(self, *, subject: str | None = None, **filters) -> list[dict]:
        """Contradictions as dicts, best ranked first; filters as ``link_tables.contradictions``."""
        return link_tables.contradictions(self.db, subject_key_value=subject_key(subject) if subject else None,
                                          **filters)

    def count_contradictions(self, *, subject: str | None = None, **filters) -> int:
        return link_tables.count_contradictions(self.db, subject_key_value=subject_key(subject) if subject else None,
                                                **filters)

    def strikes_naming(self, subject: str) -> list[dict]:
        """The strike mentions naming this subject as a weapon or launch platform (docs/link.md "Incidents")."""
        return link_tables.strikes_naming(self.db, subject)

    @cached_property
    def contradictions(self) -> list[ContradictionView]:
        return [ContradictionView(item["kind"], item["subject"], item["claims"], item["note"], item)
                for item in self.find_contradictions()]

    @cached_property
    def events(self) -> list[EventView]:
        return [EventView(entry) for subject in self.subjects() for entry in self.timeline(subject)]

    @cached_property
    def profiles(self):
        from claimledger.link.profile import profiles_from_ledger
        return profiles_from_ledger(self.db)

    @property
    def document_profiles(self):
        return self.profiles[0]

    @property
    def outlet_profiles(self):
        return self.profiles[1]

    @cached_property
    def identities(self):
        """People, organisations and places as stored by the last link run, with their mentions."""
        return link_tables.identity_index(self.db)

    @cached_property
    def corpus(self):
        return self.ledger.load_corpus()


def link_corpus(corpus) -> LinkedLedger:
    """Link records that are not in a ledger (fixtures, exports): stored in an in-memory ledger,
    linked by the same code as ``analyze``, and read back.

    corpus (Corpus): extractions, copies and outlets.
    RETURNS (LinkedLedger): the linked picture.
    """
    from claimledger.link.update import relink
    from claimledger.store import Ledger

    ledger = Ledger(":memory:")
    for extraction in corpus.extractions:
        ledger.add_extraction(extraction)
        for number, carrier in enumerate(corpus.sources.get(extraction.document.id, ())):
            ledger.db.execute("INSERT OR IGNORE INTO document_sources (doc_id, outlet, url, dct, source_path) "
                              "VALUES (?, ?, ?, ?, ?)", (extraction.document.id, carrier.get("outlet"),
                                                         carrier.get("url") or "", carrier.get("dct"),
                                                         f"corpus:{number}"))
    for copy_id, original in corpus.copies.items():
        ledger.db.execute("UPDATE documents SET copy_of = ? WHERE id = ?", (original, copy_id))
    relink(ledger)
    linked = LinkedLedger(ledger)
    linked.__dict__["corpus"] = corpus
    return linked
