"""Stored near-duplicate signatures: a run seeds duplicate detection from them, not from texts."""
import sqlite3
from pathlib import Path

import pytest
import spacy

from claimledger import batch
from claimledger.ingest.dedup import Deduplicator
from claimledger.pipeline import analyze, seed_originals
from claimledger.schema import Document
from claimledger.store import Ledger

S400 = ("The defence ministry said on Tuesday that a second battery of S-400 air defence systems "
        "had been deployed near the western border after weeks of preparation. Officials added that "
        "the crews had completed their training at a range in the south of the country and that more "
        "equipment would follow in the spring, according to a statement published by the ministry.")
PATRIOT = ("A Patriot air defence battery has arrived at the airport in south-eastern Poland, the "
           "ministry said on Monday. Its crews will take up combat duty within days, a spokesman told "
           "reporters in Warsaw, adding that the launchers had been moved by rail over the weekend and "
           "that the first battery had been stationed at the airport since the spring.")
NAVY = ("The navy began a two-week exercise in the Baltic Sea on Wednesday with twelve ships and four "
        "submarines taking part, the fleet command said, adding that allied observers had been invited "
        "and that the drills would end with a live-fire phase off the coast near the island.")

# name -> (text, dct, outlet); near copies carry an extra line, "early" predates its original
STORIES = {
    "s400.txt": (S400, "2025-03-04", "Wire A"),
    "s400-copy.txt": (S400 + " Reporting by Paper B staff.", "2025-03-05", "Paper B"),
    "patriot.txt": (PATRIOT, "2025-04-10", "Late Paper"),
    "patriot-early.txt": (PATRIOT + " By Early Wire.", "2025-04-02", "Early Wire"),
    "patriot-later.txt": (PATRIOT + " More to follow.", "2025-04-12", "Third"),
    "navy.txt": (NAVY, "2025-05-01", "Fleet News"),
    "navy-copy.txt": (NAVY + " Additional reporting by agencies.", "2025-05-03", "Agency"),
}
FIRST_RUN = ["s400.txt", "patriot.txt", "navy.txt"]


@pytest.fixture(autouse=True)
def blank_pipeline(monkeypatch):
    """Extraction is not under test: a blank pipeline keeps the runs quick."""
    monkeypatch.setitem(batch._WORKER_PIPELINES, None, spacy.blank("en"))


def write_stories(folder: Path, names) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        text, dct, outlet = STORIES[name]
        (folder / name).write_text(f"---\ndate: {dct}\noutlet: {outlet}\n---\n{text}\n", encoding="utf-8")
    return folder


def copies_by_outlet(db: Path) -> dict[str, str]:
    """copy outlet -> original outlet: comparable across ledgers."""
    with Ledger(db) as ledger:
        return {ledger.document(copy).outlet: ledger.document(original).outlet
                for copy, original in ledger.copies().items()}


def analyze_in_two_runs(tmp_path: Path, between=None) -> Path:
    db = tmp_path / "two.db"
    analyze([write_stories(tmp_path / "first", FIRST_RUN)], db_path=db)
    if between:
        between(db)
    later = [name for name in STORIES if name not in FIRST_RUN]
    analyze([write_stories(tmp_path / "second", later)], db_path=db)
    return db


@pytest.fixture
def one_run_copies(tmp_path) -> dict[str, str]:
    db = tmp_path / "one.db"
    analyze([write_stories(tmp_path / "all", STORIES)], db_path=db)
    return copies_by_outlet(db)


def test_one_run_copies_are_the_expected_ones(one_run_copies):
    assert one_run_copies == {"Paper B": "Wire A", "Late Paper": "Early Wire", "Third": "Early Wire",
                              "Agency": "Fleet News"}


def test_analyze_stores_a_signature_for_every_document(tmp_path):
    db = tmp_path / "l.db"
    analyze([write_stories(tmp_path / "in", STORIES)], db_path=db)
    settings = Deduplicator().settings
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT settings, count(*) FROM document_signatures GROUP BY settings").fetchall()
    assert rows == [(settings, len(STORIES))]


def test_second_run_finds_the_copies_one_run_finds(tmp_path, one_run_copies):
    assert copies_by_outlet(analyze_in_two_runs(tmp_path)) == one_run_copies


def forget_signatures(db: Path) -> None:
    """Make the ledger look as it did before signatures were stored (before migration 4)."""
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE document_signatures")
        conn.execute("DELETE FROM schema_migrations WHERE version = 4")


def make_signatures_stale(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE document_signatures SET settings = 'minhash num_perm=64', signature = x'00'")


@pytest.mark.parametrize("between", [forget_signatures, make_signatures_stale], ids=["old-ledger", "stale"])
def test_second_run_on_a_ledger_without_usable_signatures(tmp_path, one_run_copies, between):
    db = analyze_in_two_runs(tmp_path, between)
    assert copies_by_outlet(db) == one_run_copies
    with sqlite3.connect(db) as conn:
        settings = {row[0] for row in conn.execute("SELECT settings FROM document_signatures")}
        unsigned = conn.execute("SELECT count(*) FROM documents d LEFT JOIN document_signatures s "
                                "ON s.doc_id = d.id WHERE d.copy_of IS NULL AND s.doc_id IS NULL").fetchone()
    assert (settings, unsigned) == ({Deduplicator().settings}, (0,))


def deny_reading_texts(action, table, column, *_):
    if action == sqlite3.SQLITE_READ and (table, column) == ("documents", "text"):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def test_seed_from_signatures_reads_no_text_and_matches_seeding_from_texts(tmp_path):
    db = tmp_path / "l.db"
    analyze([write_stories(tmp_path / "in", FIRST_RUN)], db_path=db)
    newcomers = [Document(id=f"new-{name}", text=STORIES[name][0], dct=STORIES[name][1])
                 for name in STORIES if name not in FIRST_RUN]
    with Ledger(db) as ledger:
        from_texts = Deduplicator()
        for row in ledger.db.execute("SELECT id, text, dct FROM documents WHERE copy_of IS NULL ORDER BY rowid"):
            from_texts.add_text(row["id"], row["text"], dct=row["dct"])
        from_signatures = Deduplicator()
        ledger.db.set_authorizer(deny_reading_texts)
        computed = seed_originals(ledger, from_signatures)
        ledger.db.set_authorizer(None)
    verdicts = [from_signatures.check(document) for document in newcomers]
    assert computed == 0
    assert verdicts == [from_texts.check(document) for document in newcomers]
    assert [verdict.kind for verdict in verdicts] == ["near"] * len(newcomers)


def test_seed_computes_missing_signatures_once(tmp_path):
    db = tmp_path / "l.db"
    analyze([write_stories(tmp_path / "in", FIRST_RUN)], db_path=db)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM document_signatures")
    with Ledger(db) as ledger:
        first = seed_originals(ledger, Deduplicator())
        second = seed_originals(ledger, Deduplicator())
    assert (first, second) == (len(FIRST_RUN), 0)
