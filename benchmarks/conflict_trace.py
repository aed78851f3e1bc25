"""Trace a conflict case to the stored records of its excerpts: where a missed conflict was lost.

Usage:
    python benchmarks/conflict_trace.py LEDGER CASE_ID... [--split dev] [--all-subjects]

LEDGER is a ledger of the split's excerpts (``conflict_eval.py dev --db LEDGER`` writes one). For
each case, each position's excerpts are listed with their stored status claims, subject facts
(counts, ranges) and incident mentions for the case's subject (``--all-subjects``: for every
subject), then the contradiction rows that name any of the excerpts. A miss with no claim on a
side was lost in extraction; one with claims on both sides and no row, in a link kind's gates.

For reading dev cases only: test cases are scored, never traced.
DOCS: docs/evaluation.md ("Link stage on a real-report conflict set")
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from conflict_eval import read_cases, read_rows  # noqa: E402

CLAIM_COLUMNS = ("subject", "status", "kind", "modality", "date", "date_role", "location", "another_unit",
                 "first_time", "start", '"end"')
FACT_COLUMNS = ("subject", "attribute", "value", "status", "scope", "date", "text")


def document_line(db: sqlite3.Connection, doc_id: str) -> str:
    row = db.execute("SELECT dct, outlet, title FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return f"{doc_id}: not in the ledger (its text could not be restored?)"
    dct, outlet, title = row
    return f"{doc_id}  {dct or 'no date'}  {outlet or ''}  {(title or '')[:60]}"


def records(db: sqlite3.Connection, table: str, columns: tuple[str, ...], doc_id: str,
            subject: str | None) -> list[tuple]:
    where, values = "doc_id = ?", [doc_id]
    if subject is not None:
        where, values = where + " AND lower(subject) = lower(?)", values + [subject]
    order = "start" if "start" in columns else "rowid"
    return db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {where} ORDER BY {order}", values).fetchall()


def trace_case(db: sqlite3.Connection, case: dict, rows: list[dict], all_subjects: bool) -> list[str]:
    subject = None if all_subjects else case["subject"]
    lines = [f"{case['id']}  {case['expected']}  {case['kind']}  {case['subject']}  ({case.get('reason', '')})"]
    excerpts = set()
    for number, position in enumerate(case["positions"], 1):
        lines.append(f"  side {number}: {position.get('says', '')}")
        for doc_id in position["excerpts"]:
            excerpts.add(doc_id)
            lines.append(f"    {document_line(db, doc_id)}")
            lines += [f"      claim {claim}" for claim in records(db, "status_claims", CLAIM_COLUMNS, doc_id, subject)]
            lines += [f"      fact  {fact}" for fact in records(db, "subject_facts", FACT_COLUMNS, doc_id, subject)]
    naming = [row for row in rows if excerpts & {doc for side in row["sides"] for doc in side}]
    lines += [f"  row {row['id']} [{row['kind']}] {row['note']}  sides {row['sides']}" for row in naming]
    if not naming:
        lines.append("  no contradiction row names these excerpts")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("cases", nargs="+", metavar="CASE_ID")
    parser.add_argument("--split", default="dev", choices=("dev",), help="only dev cases are traced")
    parser.add_argument("--all-subjects", action="store_true", help="records of every subject, not only the case's")
    args = parser.parse_args(argv)
    if not args.ledger.exists():
        parser.error(f"{args.ledger}: no such ledger (write one with conflict_eval.py dev --db {args.ledger})")
    by_id = {case["id"]: case for case in read_cases(args.split)}
    unknown = [case_id for case_id in args.cases if case_id not in by_id]
    if unknown:
        parser.error(f"no such {args.split} case: {', '.join(unknown)}")
    db = sqlite3.connect(f"file:{args.ledger}?mode=ro", uri=True)
    try:
        rows = read_rows(db)
        for case_id in args.cases:
            print("\n".join(trace_case(db, by_id[case_id], rows, args.all_subjects)), end="\n\n")
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
