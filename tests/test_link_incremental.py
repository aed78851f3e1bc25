"""Incremental linking (analyze in several runs) and a full relink give identical link tables;
a crash between storing and linking is repaired by the next run."""
import json
from pathlib import Path

import pytest

from claimledger.link import relink, update_for_documents
from claimledger.link.corpus import corpus_from_dict
from claimledger.store import Ledger
from claimledger.store.link_tables import LINK_TABLES

FIXTURES = Path(__file__).parent / "data" / "link"


def fixture_extractions():
    extractions = []
    for path in sorted(FIXTURES.glob("*.json")):
        extractions += corpus_from_dict(json.loads(path.read_text(encoding="utf-8"))).extractions
    return extractions


def table_dump(ledger) -> dict[str, list[tuple]]:
    return {table: sorted((tuple(row) for row in ledger.db.execute(f"SELECT * FROM {table}")), key=repr)
            for table in LINK_TABLES}


@pytest.fixture(scope="module")
def full_dump():
    with Ledger(":memory:") as ledger:
        for extraction in fixture_extractions():
            ledger.add_extraction(extraction)
        relink(ledger)
        return table_dump(ledger)


@pytest.mark.parametrize("runs", [1, 2, 3, 7])
def test_incremental_runs_equal_full_relink(full_dump, runs):
    extractions = fixture_extractions()
    with Ledger(":memory:") as ledger:
        for start in range(runs):
            batch = extractions[start::runs]
            for extraction in batch:
                ledger.add_extraction(extraction)
            update_for_documents(ledger, [extraction.document.id for extraction in batch])
        assert table_dump(ledger) == full_dump


def test_quotations_linked_a_few_documents_at_a_time_equal_full_relink(full_dump, monkeypatch):
    # one link call holds a chunk of documents' quotations, and a few stored documents' at hand
    monkeypatch.setattr("claimledger.link.update.QUOTE_CHUNK", 2)
    monkeypatch.setattr("claimledger.link.update.STORED_DOCUMENTS_HELD", 1)
    with Ledger(":memory:") as ledger:
        for extraction in fixture_extractions():
            ledger.add_extraction(extraction)
        relink(ledger)
        assert table_dump(ledger) == full_dump


def test_link_tables_are_not_empty(full_dump):
    # countries_unindexed lists only documents linked before migration 0011; the fixtures name
    # no country (test_link_generic_scope compares the country index of analyzed reports), and
    # no conflict found by a subject besides its bucket's (test_incidents reads that index)
    assert {table for table, rows in full_dump.items() if not rows} <= {
        "quote_shingles", "translations", "countries_unindexed", "document_countries", "contradiction_subjects"}


def test_stored_but_unlinked_documents_are_linked_by_the_next_run(full_dump):
    extractions = fixture_extractions()
    with Ledger(":memory:") as ledger:
        for extraction in extractions:
            ledger.add_extraction(extraction)   # stored, then the process died before linking
        update_for_documents(ledger, [])
        assert table_dump(ledger) == full_dump


def test_failed_link_leaves_the_tables_as_they_were(monkeypatch):
    extractions = fixture_extractions()
    with Ledger(":memory:") as ledger:
        for extraction in extractions[:3]:
            ledger.add_extraction(extraction)
        update_for_documents(ledger, [extraction.document.id for extraction in extractions[:3]])
        before = table_dump(ledger)
        for extraction in extractions[3:]:
            ledger.add_extraction(extraction)

        def crash(*_args, **_kwargs):
            raise RuntimeError("killed mid-link")
        monkeypatch.setattr("claimledger.link.update.update_names", crash)   # a subject's own failure is kept to it
        with pytest.raises(RuntimeError):
            update_for_documents(ledger, [extraction.document.id for extraction in extractions[3:]])
        assert table_dump(ledger) == before


def test_analyze_in_two_runs_equals_one_run(tmp_path):
    """analyze links what it stores: two runs over halves of a corpus give the tables of one run."""
    from claimledger.pipeline import analyze

    lines = (Path(__file__).parent / "data" / "crossoutlet" / "reports.jsonl").read_text(encoding="utf-8").splitlines()
    halves = [tmp_path / "first.jsonl", tmp_path / "second.jsonl"]
    halves[0].write_text("\n".join(lines[::2]) + "\n", encoding="utf-8")
    halves[1].write_text("\n".join(lines[1::2]) + "\n", encoding="utf-8")
    whole = tmp_path / "whole.jsonl"
    whole.write_text("\n".join(lines[::2] + lines[1::2]) + "\n", encoding="utf-8")
    analyze([whole], db_path=tmp_path / "one.db", chunk_size=4)
    for half in halves:
        analyze([half], db_path=tmp_path / "two.db", chunk_size=4)
    with Ledger(tmp_path / "one.db") as one, Ledger(tmp_path / "two.db") as two:
        assert one.db.execute("SELECT count(*) FROM linked_documents").fetchone()[0] == len(lines) - 1   # one exact duplicate
        assert table_dump(two) == table_dump(one)
