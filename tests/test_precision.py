"""Precision on hand-written reports (tests/data/precision/reports.jsonl): exactly the three
true conflicts are found (a date, a status and a number on the same counted thing), and none of
the false-positive families: a bound against a number inside it ("no more than 10" and 8),
different counted nouns (launchers, rockets), different time frames, a running total against
one more batch, talk of sending read as a delivery, and claims about different places."""
from pathlib import Path

from claimledger.pipeline import analyze
from claimledger.store import Ledger
from claimledger.store.link_tables import contradictions

REPORTS = Path(__file__).parent / "data" / "precision" / "reports.jsonl"

TRUE_CONFLICTS = {
    ("date", "Iskander", frozenset({"p-date-a", "p-date-b"})),
    ("status", "S-500", frozenset({"p-status-a", "p-status-b"})),
    ("number", "Patriot", frozenset({"p-number-a", "p-number-b"})),
}


def found_conflicts(db_path):
    with Ledger(db_path) as ledger:
        rows = contradictions(ledger.db)
    return {(row["kind"], row["subject"], frozenset(claim["doc_id"] for side in row["sides"] for claim in side["claims"]))
            for row in rows}


def test_exactly_the_true_conflicts_are_found(tmp_path):
    analyze([REPORTS], db_path=tmp_path / "ledger.db")
    assert found_conflicts(tmp_path / "ledger.db") == TRUE_CONFLICTS


def test_number_sides_are_the_two_counts(tmp_path):
    analyze([REPORTS], db_path=tmp_path / "ledger.db")
    with Ledger(tmp_path / "ledger.db") as ledger:
        [row] = [row for row in contradictions(ledger.db) if row["kind"] == "number"]
    assert sorted(row["positions"]) == ["3 launchers", "5 launchers"]
