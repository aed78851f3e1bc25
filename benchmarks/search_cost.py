"""Time costly search queries against a plain one, on a ledger of many documents.

Usage: python benchmarks/search_cost.py CORPUS.jsonl LEDGER.db [--docs N]

CORPUS.jsonl holds documents in the evaluation format (``id``, ``text``, ``dct``); the first
N are stored (text only, no extraction) in LEDGER.db when it does not exist yet. Each query
is run ``--runs`` times (3) through ``Ledger.search``; the table shows the best time, the ratio to
the plain query and what came back (hits or the error). A measurement, not a test.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from claimledger.errors import ClaimledgerError
from claimledger.schema import Document, Extraction
from claimledger.store import Ledger

QUERIES = {
    "plain": "Oreshnik",
    "10 KB of 'a OR '": "a OR " * 2000,
    "35 KB of 'a OR '": "a OR " * 7000,
    "16 prefixes OR'd (31 terms)": " OR ".join(f"{chr(97 + number)}*" for number in range(16)),
    "512 chars of one word": "x" * 512,
}


def build_ledger(corpus: Path, db: Path, docs: int) -> None:
    with Ledger(db) as ledger, open(corpus, encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number >= docs:
                break
            record = json.loads(line)
            ledger.add_extraction(Extraction(Document(id=record["id"], text=record["text"], dct=record.get("dct"))))


def time_query(db: Path, query: str, runs: int) -> tuple[float, str]:
    best, outcome = float("inf"), ""
    for _ in range(runs):
        with Ledger(db) as ledger:
            started = time.perf_counter()
            try:
                outcome = f"{len(ledger.search(query))} hits"
            except ClaimledgerError as error:
                outcome = f"error: {str(error)[:70]}"
            best = min(best, time.perf_counter() - started)
    return best, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3, help="runs per query; the best time is shown")
    parser.add_argument("--skip", action="append", default=[], help="leave out a query by name")
    args = parser.parse_args()
    if not args.db.exists():
        build_ledger(args.corpus, args.db, args.docs)
    plain, _ = time_query(args.db, QUERIES["plain"], args.runs)
    for name, query in QUERIES.items():
        if name in args.skip:
            continue
        seconds, outcome = time_query(args.db, query, args.runs)
        print(f"{name:30} {len(query):6} chars {seconds * 1000:10.1f} ms {seconds / plain:8.1f}x  {outcome}")


if __name__ == "__main__":
    main()
