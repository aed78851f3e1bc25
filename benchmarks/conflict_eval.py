"""Measure the link stage's contradictions on the real-report conflict set.

Usage:
    python benchmarks/conflict_eval.py dev|test [--texts DIR] [--db LEDGER] [--json] [--rows]

``benchmarks/conflicts/SPLIT.jsonl`` lists the split's excerpts (stand-off: provenance, dct,
language, SHA-256 and length of each text; the texts come from ``--texts``, by default the
``corpus-texts/`` folder beside the repository, as for ``corpus.py restore``).
``benchmarks/conflicts/SPLIT.cases.json`` lists its cases: a subject, a kind (date, number,
status, attribution), two positions, each with the excerpts that hold it, and ``expected``:
``conflict`` (the reports disagree about one event) or ``no conflict`` (a near miss: same
subject but another unit, batch, donor, place, a plan and its fulfilment, a report date and
the onset it reports, the same fact phrased differently). Notes per case:
``benchmarks/notes/conflicts.md``.

The excerpts are analyzed (``claimledger.pipeline.analyze``) into one ledger (a temporary one,
or ``--db``; an existing ``--db`` is read as it is), and its contradiction rows are read:

- a row *holds* a case when one of its sides holds an excerpt of one position and another of
  its sides an excerpt of the other (any kind, any subject: the case is named by its
  documents);
- conflict recall: conflict cases held by at least one row between documents (and, apart,
  those held by a row of the case's own kind);
- rows per found conflict: the rows between documents that hold each found conflict;
- false rows on near misses: rows between documents that hold a near-miss case;
- total rows between documents, of which supported (holding a conflict case) and unsupported;
  ``--rows`` lists every row with its kind, subject, note and the cases of its documents, for
  reading each false row's cause. Rows within one document are counted apart.

A measurement, not a test. Tune on ``dev`` only.
DOCS: docs/evaluation.md ("Link stage on a real-report conflict set")
"""
from __future__ import annotations

import argparse
import itertools
import json
import sqlite3
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import DEFAULT_TEXTS, load_texts, read_jsonl, restore_texts, write_jsonl  # noqa: E402
from link_eval import open_ledger, ratio  # noqa: E402

CONFLICT = "conflict"
KIND_OF_CASE = {"range": "class"}     # a case's kind -> the row kind that reports it, where they differ


def read_cases(split: str) -> list[dict]:
    return json.loads((HERE / "conflicts" / f"{split}.cases.json").read_text(encoding="utf-8"))["cases"]


def read_rows(db: sqlite3.Connection) -> list[dict]:
    """Every contradiction row with its sides (sets of documents)."""
    sides = defaultdict(lambda: defaultdict(set))
    for conflict_id, side, doc_id in db.execute("SELECT contradiction_id, side, doc_id FROM contradiction_sides"):
        sides[conflict_id][side].add(doc_id)
    return [{"id": row_id, "kind": kind, "subject": subject, "note": note, "within_document": bool(within),
             "sides": [sorted(docs) for _side, docs in sorted(sides[row_id].items())]}
            for row_id, kind, subject, note, within in db.execute(
                "SELECT id, kind, subject, note, within_document FROM contradictions ORDER BY rank DESC, id")]


def holds(row: dict, case: dict) -> bool:
    """One side of the row holds an excerpt of one position, another side one of the other."""
    first, second = (set(position["excerpts"]) for position in case["positions"])
    return any(set(one) & first and set(other) & second
               for one, other in itertools.permutations(row["sides"], 2))


def evaluate(cases: list[dict], rows: list[dict]) -> dict:
    between = [row for row in rows if not row["within_document"]]
    held = {case["id"]: [row["id"] for row in between if holds(row, case)] for case in cases}
    conflicts = [case for case in cases if case["expected"] == CONFLICT]
    near_misses = [case for case in cases if case["expected"] != CONFLICT]
    found = [case["id"] for case in conflicts if held[case["id"]]]
    kinds = {row["id"]: row["kind"] for row in between}
    found_kind = [case["id"] for case in conflicts
                  if any(KIND_OF_CASE.get(case["kind"], case["kind"]) == kinds[row_id] for row_id in held[case["id"]])]
    supported = {row_id for case in conflicts for row_id in held[case["id"]]}
    near_rows = {row_id for case in near_misses for row_id in held[case["id"]]}
    case_of = {excerpt: case["id"] for case in cases for position in case["positions"]
               for excerpt in position["excerpts"]}
    return {
        "cases": len(cases), "conflict_cases": len(conflicts), "near_miss_cases": len(near_misses),
        "found": len(found), "conflict_recall": ratio(len(found), len(conflicts)),
        "found_same_kind": len(found_kind),
        "rows_per_found_conflict": ratio(sum(len(held[case_id]) for case_id in found), len(found)),
        "near_misses_reported": sum(bool(held[case["id"]]) for case in near_misses),
        "false_rows_on_near_misses": len(near_rows),
        "rows_between_documents": len(between), "rows_supported": len(supported),
        "rows_unsupported": len(between) - len(supported),
        "rows_within_document": len(rows) - len(between),
        "by_case": [{"id": case["id"], "kind": case["kind"], "subject": case["subject"],
                     "expected": case["expected"], "rows": held[case["id"]]} for case in cases],
        "rows": [{**row, "cases": sorted({case_of.get(doc, "?") for side in row["sides"] for doc in side}),
                  "supported": row["id"] in supported} for row in rows],
    }


def restored_split(split: str, texts_dir: Path, workdir: Path) -> Path:
    """The split's excerpts with their texts, as an evaluation-format file to analyze."""
    standoff = read_jsonl(HERE / "conflicts" / f"{split}.jsonl")
    restored, problems = restore_texts(standoff, load_texts(texts_dir))
    for problem in problems:
        print(f"conflicts/{split}.jsonl: {problem}", file=sys.stderr)
    path = workdir / f"conflicts-{split}.jsonl"
    write_jsonl(path, restored)
    return path


def format_table(split: str, result: dict) -> str:
    def figure(value):
        return "-" if value is None else f"{value:.3f}"

    lines = [f"conflict set {split}: {result['conflict_cases']} conflicts, {result['near_miss_cases']} near misses",
             f"{'conflict recall':<34}{result['found']:>4} / {result['conflict_cases']:<4}{figure(result['conflict_recall']):>7}",
             f"{'  of them by a row of the case kind':<34}{result['found_same_kind']:>4}",
             f"{'rows per found conflict':<45}{figure(result['rows_per_found_conflict']):>7}",
             f"{'near misses reported':<34}{result['near_misses_reported']:>4} / {result['near_miss_cases']:<4}",
             f"{'false rows on near misses':<34}{result['false_rows_on_near_misses']:>4}",
             f"{'rows between documents':<34}{result['rows_between_documents']:>4}  "
             f"(supported {result['rows_supported']}, unsupported {result['rows_unsupported']})",
             f"{'rows within a document':<34}{result['rows_within_document']:>4}"]
    for case in result["by_case"]:
        mark = ("found" if case["rows"] else "missed") if case["expected"] == CONFLICT else \
               ("REPORTED" if case["rows"] else "quiet")
        lines.append(f"  {case['id']} {case['expected']:<11} {case['kind']:<11} {case['subject']:<14} {mark}"
                     f"{' ' + ', '.join(case['rows']) if case['rows'] else ''}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=("dev", "test"))
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of id/text JSON Lines files")
    parser.add_argument("--db", type=Path, help="ledger to read (analyzed from the split when absent)")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--rows", action="store_true", help="with the table, list every contradiction row")
    args = parser.parse_args(argv)
    cases = read_cases(args.split)
    with tempfile.TemporaryDirectory() as workdir:
        gold = restored_split(args.split, args.texts, Path(workdir))
        db = open_ledger([gold], args.db, Path(workdir))
        try:
            result = evaluate(cases, read_rows(db))
        finally:
            db.close()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(format_table(args.split, result))
    if args.rows:
        for row in result["rows"]:
            where = "within" if row["within_document"] else ("supported" if row["supported"] else "UNSUPPORTED")
            print(f"{row['id']} [{row['kind']}, {where}] {row['subject']}: {row['note']}\n"
                  f"    sides {row['sides']} cases {row['cases']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
