"""The SQLite ledger: migrations, atomic writes, idempotent re-runs, search."""
import sqlite3

import pytest

from claimledger.errors import InputError
from claimledger.schema import Document, Event, Extraction, Quote, Timex
from claimledger.store import Ledger

TEXT = "Officials said the S-400 battery arrived in Minsk yesterday, according to the ministry."


def make_extraction(doc_id="doc-1", text=TEXT, **document_fields):
    document = Document(id=doc_id, text=text, dct="2025-12-19", **document_fields)
    return Extraction(
        document=document,
        quotes=[Quote(doc_id=doc_id, span=(19, 59), kind="indirect", speaker="the ministry",
                      speaker_span=(73, 85), cue=(61, 73))],
        timexes=[Timex(doc_id=doc_id, span=(50, 59), type="DATE", value="2025-12-18", text="yesterday")],
        events=[Event(doc_id=doc_id, subject="S-400", status="ARRIVED", span=(0, len(text)),
                      location="Belarus", date="2025-12-18", source="the ministry")],
    )


@pytest.fixture
def ledger(tmp_path):
    with Ledger(tmp_path / "test.db") as opened:
        yield opened


def test_ledger_records_schema_version(ledger):
    assert ledger.schema_version >= 1
    rows = ledger.db.execute("SELECT version FROM schema_migrations").fetchall()
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)


def test_ledger_uses_wal_mode(ledger):
    assert ledger.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_ledger_round_trips_facts_with_spans(ledger):
    original = make_extraction()
    assert ledger.add_extraction(original).status == "added"
    stored = ledger.extraction("doc-1")
    assert stored.quotes == original.quotes
    assert stored.timexes == original.timexes
    assert stored.events == original.events
    assert stored.document.text == TEXT


def test_ledger_second_add_adds_nothing(ledger):
    ledger.add_extraction(make_extraction())
    before = ledger.counts()
    assert ledger.add_extraction(make_extraction()).status == "unchanged"
    assert ledger.counts() == before


def test_ledger_exact_duplicate_keeps_one_document_and_every_source(ledger):
    ledger.add_extraction(make_extraction(outlet="Outlet A", url="https://a.example/1"))
    again = make_extraction("doc-other-id", outlet="Outlet B", url="https://b.example/9")
    result = ledger.add_extraction(again)
    assert result.status == "duplicate" and result.doc_id == "doc-1"
    assert ledger.counts()["documents"] == 1
    assert {source["outlet"] for source in ledger.sources()["doc-1"]} == {"Outlet A", "Outlet B"}
    assert ledger.sources("doc-1") == {"doc-1": ledger.sources()["doc-1"]}
    assert ledger.sources("no-such-doc") == {}


def test_ledger_failed_write_leaves_no_half_document(ledger):
    broken = make_extraction()
    broken.events.append(Event(doc_id="doc-1", subject=None, status="ARRIVED", span=(0, 5)))  # NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        ledger.add_extraction(broken)
    assert ledger.counts()["documents"] == 0
    assert ledger.counts()["quotes"] == 0
    assert ledger.db.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == 0


def test_ledger_reopen_does_not_migrate_twice(tmp_path):
    path = tmp_path / "again.db"
    with Ledger(path) as first:
        first.add_extraction(make_extraction())
    with Ledger(path) as second:
        assert second.counts()["documents"] == 1
        assert second.db.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == second.schema_version


def test_ledger_search_finds_documents_and_quotes(ledger):
    ledger.add_extraction(make_extraction(outlet="Outlet A"))
    hits = ledger.search("battery")
    kinds = {hit["kind"] for hit in hits}
    assert kinds == {"document", "quote"}
    assert all(hit["doc_id"] == "doc-1" for hit in hits)
    assert any("[battery]" in hit["snippet"] for hit in hits)


@pytest.mark.parametrize("query", ["S-400", "\"unbalanced", "AND"])
def test_ledger_search_survives_bad_fts_syntax(ledger, query):
    ledger.add_extraction(make_extraction())
    ledger.search(query)  # no exception


def test_ledger_records_each_error_once(ledger):
    error = InputError("feeds/bad.xml", "malformed feed", line=3)
    ledger.record_error(error)
    ledger.record_error(error)
    assert len(ledger.errors()) == 1


def test_ledger_marks_copies_of_earliest(ledger):
    ledger.add_extraction(make_extraction("doc-1"))
    ledger.add_extraction(make_extraction("doc-2", text=TEXT + " More."), copy_of="doc-1", similarity=0.9)
    ledger.add_extraction(make_extraction("doc-0", text=TEXT + " Earlier."))
    ledger.mark_copies("doc-0", ["doc-1"])
    assert ledger.copies() == {"doc-1": "doc-0", "doc-2": "doc-0"}
