"""Ledger: the SQLite database behind claimledger.

One writer; each document is written with all its facts in one transaction,
so a crash mid-batch leaves no half document, and ids derived from content
make a re-run add nothing.
"""
from __future__ import annotations

import dataclasses
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from claimledger.errors import InputError, LedgerError
from claimledger.schema import (Claim, Document, Entity, Event, Extraction, Incident, PersonRole, Quantity, Quote,
                                Sentence, StatusClaim, SubjectFact, SubjectMention, SubjectReference, Timex,
                                joined_names, span_fields)
from claimledger.store.migrations import migrate, recorded_versions, schema_version
from claimledger.store.readonly import check_writer_target, connect_readonly
from claimledger.store.search import SEARCH_TIME_BUDGET, search_ledger
from claimledger.store.signatures import (OriginalSignature, document_texts, insert_signature,
                                          original_signatures)

# fact kind (Extraction attribute) -> (table, record class)
FACT_TABLES = {
    "entities": ("entities", Entity),
    "subjects": ("subject_mentions", SubjectMention),
    "quotes": ("quotes", Quote),
    "timexes": ("timexes", Timex),
    "events": ("events", Event),
    "claims": ("claims", Claim),
    "quantities": ("quantities", Quantity),
    "sentences": ("sentences", Sentence),
    "status_claims": ("status_claims", StatusClaim),
    "references": ("subject_references", SubjectReference),
    "person_roles": ("person_roles", PersonRole),
    "subject_facts": ("subject_facts", SubjectFact),
    "incidents": ("incidents", Incident),
}


def span_prefix(name: str) -> str:
    """Column prefix of a span field: span -> start/end, speaker_span -> speaker_start/speaker_end."""
    return "" if name == "span" else name.removesuffix("_span") + "_"
DOCUMENT_COLUMNS = ("id", "content_hash", "text", "dct", "outlet", "url", "title", "author",
                    "lang", "source_path")


@dataclass
class AddResult:
    """What happened to one document offered to the ledger."""

    status: str                 # "added", "unchanged" (already stored), "duplicate" (exact, new source)
    doc_id: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def record_to_row(record) -> dict:
    """A fact record as table columns: spans split into start/end, doc_id kept."""
    row = {}
    spans = span_fields(type(record))
    for field in dataclasses.fields(record):
        value = getattr(record, field.name)
        if field.name in spans:
            prefix = span_prefix(field.name)
            row[prefix + "start"], row[prefix + "end"] = value if value else (None, None)
        else:
            row[field.name] = value
    return row


def incident_subject_rows(doc_id: str, incidents) -> list[tuple[str, int, str]]:
    """The index rows of incident_subjects: each subject a strike mention names as its weapon
    or launch platform, folded as a lookup key."""
    from claimledger.link.documents import subject_key   # link imports the store

    rows = set()
    for incident in incidents:
        for names in (incident.weapons, incident.platforms):
            rows.update((doc_id, incident.span[0], subject_key(name)) for name in joined_names(names))
    return sorted(rows)


def _insert_facts(db: sqlite3.Connection, extraction: Extraction) -> None:
    """Write a document's fact records, its incidents' subject index and its quotes' search rows."""
    document = extraction.document
    for kind, (table, _) in FACT_TABLES.items():
        rows = [record_to_row(record) for record in getattr(extraction, kind)]
        if rows:
            columns = list(rows[0])
            quoted = ", ".join(f'"{column}"' for column in columns)
            db.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({', '.join('?' * len(columns))})",
                           [tuple(row[column] for column in columns) for row in rows])
    db.executemany("INSERT INTO incident_subjects (doc_id, start, subject_key) VALUES (?, ?, ?)",
                   incident_subject_rows(document.id, extraction.incidents))
    db.executemany("INSERT INTO quotes_fts (doc_id, speaker, text, start, \"end\") VALUES (?, ?, ?, ?, ?)",
                   [(document.id, quote.speaker or "", document.text[quote.span[0]:quote.span[1]],
                     quote.span[0], quote.span[1]) for quote in extraction.quotes])


def row_to_record(cls, row: sqlite3.Row):
    """The inverse of record_to_row."""
    values = {}
    keys = row.keys()
    spans = span_fields(cls)
    for field in dataclasses.fields(cls):
        if field.name in spans:
            prefix = span_prefix(field.name)
            start, end = row[prefix + "start"], row[prefix + "end"]
            values[field.name] = (start, end) if start is not None else None
        elif field.name in keys:
            value = row[field.name]
            values[field.name] = bool(value) if field.type == "bool" and value is not None else value
    return cls(**values)


class Ledger:
    """The SQLite ledger. Use as a context manager: ``with Ledger(path) as ledger: ...``.

    ``Ledger(path)`` is the writer: it creates the file and applies missing migrations.
    ``Ledger.open_readonly(path)`` (or ``readonly=True``) is for viewers: it refuses a
    missing file, a file that is not a ledger and a ledger at another schema version, and
    never writes (see claimledger.store.readonly).
    """

    def __init__(self, path: Path | str = "claimledger.db", *, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        if readonly:
            self.db = connect_readonly(path)
            return
        check_writer_target(path)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            migrate(self.db)
        except sqlite3.DatabaseError as error:
            raise LedgerError(f"{self.path}: cannot open the ledger ({error})") from error

    @classmethod
    def open_readonly(cls, path: Path | str) -> "Ledger":
        """The ledger at path, for reading only (see the class docstring)."""
        return cls(path, readonly=True)

    # lifecycle

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    @property
    def schema_version(self) -> int:
        return max(recorded_versions(self.db), default=0) if self.readonly else schema_version(self.db)

    @contextmanager
    def transaction(self):
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    # writing

    def find_document(self, document: Document) -> str | None:
        """The id of a stored document with this id or the same normalized text."""
        row = self.db.execute("SELECT id FROM documents WHERE id = ? OR content_hash = ?",
                              (document.id, document.content_hash)).fetchone()
        return row["id"] if row else None

    def add_source(self, doc_id: str, document: Document) -> bool:
        """Record that a stored document was also carried by this source; True if new."""
        with self.transaction() as db:
            return self._insert_source(db, doc_id, document)

    def _insert_source(self, db, doc_id: str, document: Document) -> bool:
        cursor = db.execute(
            "INSERT OR IGNORE INTO document_sources (doc_id, outlet, url, dct, source_path) "
            "VALUES (?, ?, ?, ?, ?)",
            (doc_id, document.outlet, document.url or "", document.dct, document.source_path or ""))
        return cursor.rowcount > 0

    def add_extraction(self, extraction: Extraction, *, copy_of: str | None = None,
                       similarity: float | None = None,
                       signature: tuple[str, bytes] | None = None) -> AddResult:
        """Store a document with all its facts atomically; a known document adds nothing.

        signature: (settings, bytes) of its near-duplicate signature, stored with it.
        """
        document = extraction.document
        existing = self.find_document(document)
        if existing is not None:
            new_source = self.add_source(existing, document)
            return AddResult("duplicate" if new_source and existing != document.id else "unchanged", existing)
        with self.transaction() as db:
            values = [getattr(document, name) for name in DOCUMENT_COLUMNS]
            db.execute(f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}, ingested_at, copy_of, similarity) "
                       f"VALUES ({', '.join('?' * len(DOCUMENT_COLUMNS))}, ?, ?, ?)",
                       (*values, _now(), copy_of, similarity))
            self._insert_source(db, document.id, document)
            if signature is not None:
                insert_signature(db, document.id, *signature)
            _insert_facts(db, extraction)
            db.execute("INSERT INTO documents_fts (doc_id, title, text) VALUES (?, ?, ?)",
                       (document.id, document.title or "", document.text))
        return AddResult("added", document.id)

    def replace_facts(self, extraction: Extraction) -> None:
        """Replace a stored document's facts by a new extraction of it, atomically. The
        document is left unlinked: the next link run rebuilds its link rows from the new facts."""
        doc_id = extraction.document.id
        with self.transaction() as db:
            for table, _ in FACT_TABLES.values():
                db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            for table in ("incident_subjects", "quotes_fts", "linked_documents"):
                db.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
            _insert_facts(db, extraction)

    def document_ids(self) -> list[str]:
        """Every stored document's id, in the order they were stored."""
        return [row[0] for row in self.db.execute("SELECT id FROM documents ORDER BY rowid")]

    def mark_copies(self, original_id: str, copy_ids: list[str]) -> None:
        """Make documents (and their copies) copies of an earlier original."""
        with self.transaction() as db:
            for copy_id in copy_ids:
                db.execute("UPDATE documents SET copy_of = ? WHERE copy_of = ?", (original_id, copy_id))
                db.execute("UPDATE documents SET copy_of = ? WHERE id = ?", (original_id, copy_id))

    def store_signatures(self, settings: str, signatures) -> None:
        """Store (doc_id, bytes) signatures made under ``settings``, all in one transaction."""
        with self.transaction() as db:
            for doc_id, signature in signatures:
                insert_signature(db, doc_id, settings, signature)

    def record_error(self, error: InputError) -> None:
        with self.transaction() as db:
            db.execute("INSERT INTO errors (path, line, record, reason, last_seen) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (path, line, record, reason) DO UPDATE SET last_seen = excluded.last_seen",
                       (error.path, error.line or 0, error.record or "", error.reason, _now()))

    # reading

    def original_signatures(self, settings: str) -> list[OriginalSignature]:
        """The originals (not near copies) for seeding duplicate detection, without their
        texts: id, content hash, dct and signature under ``settings`` (None if missing)."""
        return list(original_signatures(self.db, settings))

    def document_texts(self, doc_ids: list[str]) -> Iterator[tuple[str, str]]:
        """(id, text) of the given documents, read one at a time (never all texts at once)."""
        return document_texts(self.db, doc_ids)

    def document(self, doc_id: str) -> Document | None:
        row = self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        return Document(**{name: row[name] for name in DOCUMENT_COLUMNS})

    def document_row(self, doc_id: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()

    def extraction(self, doc_id: str, *, kinds=None) -> Extraction | None:
        """A stored document with its records (only the record ``kinds`` named, when given)."""
        document = self.document(doc_id)
        if document is None:
            return None
        facts = {}
        for kind, (table, cls) in FACT_TABLES.items():
            if kinds is not None and kind not in kinds:
                continue
            rows = self.db.execute(f"SELECT * FROM {table} WHERE doc_id = ? ORDER BY start, \"end\"", (doc_id,))
            facts[kind] = [row_to_record(cls, row) for row in rows]
        return Extraction(document=document, **facts)

    def extractions(self) -> Iterator[Extraction]:
        ids = [row["id"] for row in self.db.execute("SELECT id FROM documents ORDER BY dct, rowid")]
        for doc_id in ids:
            yield self.extraction(doc_id)

    def copies(self) -> dict[str, str]:
        """copy id -> original id, for near duplicates."""
        return {row["id"]: row["copy_of"] for row in
                self.db.execute("SELECT id, copy_of FROM documents WHERE copy_of IS NOT NULL")}

    def sources(self, doc_id: str | None = None) -> dict[str, list[dict]]:
        """doc id -> every source that carried it (outlet, url, dct, source_path);
        only that document's when ``doc_id`` is given."""
        where, args = ("WHERE doc_id = ? ", (doc_id,)) if doc_id is not None else ("", ())
        out: dict[str, list[dict]] = {}
        for row in self.db.execute(f"SELECT * FROM document_sources {where}ORDER BY rowid", args):
            out.setdefault(row["doc_id"], []).append(
                {"outlet": row["outlet"], "url": row["url"] or None, "dct": row["dct"],
                 "source_path": row["source_path"] or None})
        return out

    def load_corpus(self):
        """Everything the link stage needs, as a claimledger.link.Corpus."""
        from claimledger.link import Corpus
        return Corpus(extractions=list(self.extractions()), copies=self.copies(), sources=self.sources())

    def errors(self) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM errors ORDER BY path, line").fetchall()

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, sources and every fact kind."""
        out = {"documents": self.db.execute("SELECT count(*) FROM documents").fetchone()[0],
               "copies": self.db.execute("SELECT count(*) FROM documents WHERE copy_of IS NOT NULL").fetchone()[0],
               "sources": self.db.execute("SELECT count(*) FROM document_sources").fetchone()[0]}
        for kind, (table, _) in FACT_TABLES.items():
            out[kind] = self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return out

    def search(self, query: str, *, limit: int = 20, budget: float = SEARCH_TIME_BUDGET) -> list[dict]:
        """Full-text search over documents and quotes, best first, with a cost cap
        (claimledger.store.search.search_ledger)."""
        return search_ledger(self.db, query, limit=limit, budget=budget)
