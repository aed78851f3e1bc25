"""benchmarks/conflict_trace.py: a case traced to its excerpts' stored records and rows."""
import importlib.util
import sqlite3
import sys
from pathlib import Path

from claimledger.store import Ledger

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
spec = importlib.util.spec_from_file_location("conflict_trace", ROOT / "benchmarks" / "conflict_trace.py")
conflict_trace = importlib.util.module_from_spec(spec)
spec.loader.exec_module(conflict_trace)

CASE = {"id": "case-x", "kind": "date", "subject": "Patriot", "expected": "conflict", "reason": "two days",
        "positions": [{"says": "arrived on the 2nd", "excerpts": ["d-1"]},
                      {"says": "arrived on the 9th", "excerpts": ["d-2", "d-lost"]}]}


def ledger_with_claims(path: Path) -> sqlite3.Connection:
    Ledger(path).close()   # the schema, by the migrations
    db = sqlite3.connect(path)
    for doc_id, date in (("d-1", "2025-03-02"), ("d-2", "2025-03-09")):
        db.execute("INSERT INTO documents (id, content_hash, text, dct, outlet, ingested_at) "
                   "VALUES (?, ?, 'text', '2025-03-10', 'Wire', '2025-03-10')", (doc_id, doc_id))
        db.execute("INSERT INTO status_claims (doc_id, start, \"end\", subject, status, kind, modality, date, "
                   "date_role) VALUES (?, 0, 4, 'Patriot', 'ARRIVED', 'reached', 'asserted', ?, 'onset')",
                   (doc_id, date))
        db.execute("INSERT INTO status_claims (doc_id, start, \"end\", subject, status, kind, modality) "
                   "VALUES (?, 5, 9, 'IRIS-T SLM', 'ARRIVED', 'reached', 'asserted')", (doc_id,))
    db.commit()
    return db


def test_a_case_lists_each_sides_claims_for_its_subject_and_says_when_no_row_names_it(tmp_path):
    db = ledger_with_claims(tmp_path / "l.db")
    lines = conflict_trace.trace_case(db, CASE, rows=[], all_subjects=False)
    claims = [line for line in lines if line.strip().startswith("claim")]
    assert len(claims) == 2 and all("'Patriot', 'ARRIVED'" in line for line in claims)
    assert any("2025-03-02" in line for line in claims) and any("2025-03-09" in line for line in claims)
    assert any("d-lost: not in the ledger" in line for line in lines)
    assert lines[-1].strip() == "no contradiction row names these excerpts"


def test_all_subjects_lists_every_claim_and_a_row_naming_an_excerpt_is_shown(tmp_path):
    db = ledger_with_claims(tmp_path / "l.db")
    row = {"id": "cx-1", "kind": "date", "note": "Patriot: ARRIVED is dated twice", "sides": [["d-1"], ["d-2"]]}
    lines = conflict_trace.trace_case(db, CASE, rows=[row], all_subjects=True)
    assert sum(line.strip().startswith("claim") for line in lines) == 4
    assert lines[-1].startswith("  row cx-1 [date] Patriot: ARRIVED is dated twice")
