"""Check gold files of the evaluation format (docs: /work/shared/eval/FORMAT.md) before scoring.

Usage: python benchmarks/check_gold.py GOLD.jsonl [GOLD.jsonl ...]

Checks every line: unique ids, a dct of YYYY-MM-DD or null, a text of at most
MAX_TEXT_CHARS, every span inside the text and non-empty, a direct quote's span
without its quotation marks, and known quote kinds, timex types and statuses.
Prints one line per problem ("FILE:LINE id: reason") and exits 1 if there is any.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

MAX_TEXT_CHARS = 2000
QUOTE_KINDS = {"direct", "indirect", "mixed"}
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}
STATUSES = {"REQUESTED", "PLANNED", "IN_TRANSIT", "ARRIVED", "DEPLOYED", "COMBAT_DUTY", "USED", "WITHDRAWN"}
QUOTE_MARKS = "\"'“”‘’«»"
DCT_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")


def span_problems(text: str, span, where: str, *, optional: bool = False) -> list[str]:
    """Reasons why `span` is not a non-empty [start, end) range inside `text`."""
    if span is None:
        return [] if optional else [f"{where}: span missing"]
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(i, int) for i in span)):
        return [f"{where}: span {span!r} is not [start, end]"]
    start, end = span
    if not 0 <= start < end <= len(text):
        return [f"{where}: span {span} outside the text (length {len(text)}) or empty"]
    return []


def quote_problems(text: str, quote: dict, where: str) -> list[str]:
    problems = span_problems(text, quote.get("span"), where)
    if quote.get("kind") not in QUOTE_KINDS:
        problems.append(f"{where}: kind {quote.get('kind')!r}")
    for key in ("speaker_span", "cue"):
        problems += span_problems(text, quote.get(key), f"{where} {key}", optional=True)
    if not problems and quote["kind"] == "direct":
        start, end = quote["span"]
        if text[start] in QUOTE_MARKS or text[end - 1] in QUOTE_MARKS:
            problems.append(f"{where}: direct span includes a quotation mark: {text[start:end][:40]!r}")
    return problems


def timex_problems(text: str, timex: dict, where: str) -> list[str]:
    problems = span_problems(text, timex.get("span"), where)
    if timex.get("type") not in TIMEX_TYPES:
        problems.append(f"{where}: type {timex.get('type')!r}")
    if not timex.get("value"):
        problems.append(f"{where}: value missing")
    return problems


def event_problems(text: str, event: dict, where: str) -> list[str]:
    problems = span_problems(text, event.get("span"), where)
    if event.get("status") not in STATUSES:
        problems.append(f"{where}: status {event.get('status')!r}")
    if not event.get("subject"):
        problems.append(f"{where}: subject missing")
    return problems


def document_problems(document: dict) -> list[str]:
    """Every problem of one gold line, as readable reasons."""
    text = document.get("text")
    if not isinstance(text, str) or not text:
        return ["text missing"]
    problems = []
    if len(text) > MAX_TEXT_CHARS:
        problems.append(f"text has {len(text)} characters (limit {MAX_TEXT_CHARS})")
    dct = document.get("dct")
    if dct is not None and not DCT_PATTERN.fullmatch(str(dct)):
        problems.append(f"dct {dct!r} is not YYYY-MM-DD")
    for n, quote in enumerate(document.get("quotes", [])):
        problems += quote_problems(text, quote, f"quote {n}")
    for n, timex in enumerate(document.get("timexes", [])):
        problems += timex_problems(text, timex, f"timex {n}")
    for n, event in enumerate(document.get("events", [])):
        problems += event_problems(text, event, f"event {n}")
    return problems


def check_file(path: Path, seen_ids: set[str]) -> list[str]:
    """Problems of every line of one file; `seen_ids` carries ids across files."""
    messages = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        document = json.loads(line)
        doc_id = document.get("id")
        reasons = document_problems(document)
        if doc_id in seen_ids:
            reasons.append("duplicate id")
        seen_ids.add(doc_id)
        messages += [f"{path}:{number} {doc_id}: {reason}" for reason in reasons]
    return messages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    args = parser.parse_args(argv)
    seen_ids: set[str] = set()
    messages = [message for path in args.gold for message in check_file(path, seen_ids)]
    for message in messages:
        print(message)
    return 1 if messages else 0


if __name__ == "__main__":
    sys.exit(main())
