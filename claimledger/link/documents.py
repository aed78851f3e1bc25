"""What the link stage needs to know about documents: date, outlet, the original a copy (or a
translation, link/translations.py) repeats, and which reports count as one source. Read from the ledger for the documents at hand only."""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from anyascii import anyascii



@dataclass(frozen=True)
class DocumentInfo:
    """One document as the link stage sees it."""

    id: str
    dct: str | None
    outlet: str | None
    original: str          # the earliest original (itself when not a copy or translation)
    independence_key: str  # reports with one key are one source
    # the days the text names by a calendar date or a weekday ("on 19 April", "on Saturday"), not
    # by a word that counts from the report ("yesterday"), which drifts with a late dateline
    named_days: frozenset[str] = field(default=frozenset())

    @property
    def is_copy(self) -> bool:
        return self.original != self.id


# the subject of a denied delivery of weapons in general ("denied that her country ... exported
# any weapons to Russia"): this prefix and the supplier's place key (extract/link_records.py)
GENERIC_SUBJECT = "arms:"
# a denied loss of a kind of system held by a country ("not a single Pakistani aircraft was
# damaged"): the prefix, the holder's place key, this mark and the kind (extract/parsed_losses.py)
KIND_MARK = "/"


def loss_denial_subject(holder: str, kind: str) -> str:
    return f"{GENERIC_SUBJECT}{holder}{KIND_MARK}{kind}"


def generic_parts(subject: str) -> tuple[str, str | None]:
    """(country, kind) of a generic subject: the supplier of a denied delivery of weapons
    ("arms:iran": no kind), or the holder and kind of a denied loss ("arms:pakistan/aircraft")."""
    country, _, kind = subject[len(GENERIC_SUBJECT):].partition(KIND_MARK)
    return country, kind or None


def subject_key(subject: str) -> str:
    """A subject name folded for lookup: case, spaces and hyphens ignored (S-500, s500)."""
    return anyascii(subject).casefold().replace(" ", "").replace("-", "")


def document_infos(db: sqlite3.Connection, doc_ids, *, named_days: bool = False) -> dict[str, DocumentInfo]:
    """DocumentInfo of these documents (and of the originals they copy); with ``named_days``,
    the days each names (only the date kind of a subject bucket compares them)."""
    wanted, infos, rows = set(doc_ids), {}, {}
    while wanted:
        batch = list(wanted - rows.keys())
        wanted = set()
        for start in range(0, len(batch), 500):
            chunk = batch[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for row in db.execute(
                    "SELECT d.id, d.dct, d.outlet, coalesce(d.copy_of, (SELECT t.original FROM translations t "
                    "WHERE t.doc_id = d.id)) AS copy_of, (SELECT s.outlet FROM document_sources s "
                    "WHERE s.doc_id = d.id AND s.outlet IS NOT NULL ORDER BY s.rowid LIMIT 1) AS carrier, "
                    "(SELECT min(s.dct) FROM document_sources s WHERE s.doc_id = d.id) AS source_dct "
                    f"FROM documents d WHERE d.id IN ({marks})", chunk):
                rows[row["id"]] = row
                if row["copy_of"] and row["copy_of"] not in rows:
                    wanted.add(row["copy_of"])
    for doc_id, row in rows.items():
        original, seen = doc_id, {doc_id}
        while rows.get(original) is not None and rows[original]["copy_of"] and rows[original]["copy_of"] not in seen:
            original = rows[original]["copy_of"]
            seen.add(original)
        infos[doc_id] = (row, original)
    out, days = {}, document_named_days(db, infos) if named_days else {}
    for doc_id, (row, original) in infos.items():
        outlet = row["outlet"] or row["carrier"]
        original_row = rows.get(original, row)
        original_outlet = original_row["outlet"] or original_row["carrier"]
        key = f"outlet:{original_outlet.casefold()}" if original_outlet else f"doc:{original}"
        out[doc_id] = DocumentInfo(doc_id, row["dct"] or row["source_dct"], outlet, original, key,
                                   days.get(doc_id, frozenset()))
    return out


DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}$")


def document_named_days(db: sqlite3.Connection, doc_ids) -> dict[str, frozenset[str]]:
    """Each document's days (TIMEX3 values) given by a calendar date or a weekday."""
    out: dict[str, set[str]] = {}
    doc_ids = list(doc_ids)
    for start in range(0, len(doc_ids), 500):
        chunk = doc_ids[start:start + 500]
        marks = ", ".join("?" * len(chunk))
        for doc_id, value in db.execute(
                f"SELECT doc_id, value FROM timexes WHERE doc_id IN ({marks}) AND value IS NOT NULL "
                "AND names_day = 1", chunk):
            if DAY_VALUE.match(value):
                out.setdefault(doc_id, set()).add(value)
    return {doc_id: frozenset(days) for doc_id, days in out.items()}


def corroboration(infos: dict[str, DocumentInfo], doc_ids) -> int:
    """The number of independent sources among these documents."""
    return len({infos[doc_id].independence_key for doc_id in doc_ids})
