#!/usr/bin/env python3
"""Stand-off gold for the real-report corpora: annotations in the repository, texts kept apart.

The excerpts come from stored copies of public news pages, which the project reads but does
not redistribute. The repository holds each excerpt's provenance (url, outlet, dct), a SHA-256
of its text and every annotation with its spans; the texts live in a local folder of JSON Lines
files with ``id`` and ``text`` (default: ``corpus-texts/`` beside the repository).

    python3 benchmarks/corpus.py strip FULL.jsonl STANDOFF.jsonl       # drop texts, keep hashes
    python3 benchmarks/corpus.py restore STANDOFF.jsonl FULL.jsonl     # texts back, hashes checked
    python3 benchmarks/corpus.py restore-all OUT_DIR                   # every corpus file at once
    python3 benchmarks/corpus.py locate ID PAGE.txt                    # find a lost text in its page

A lost text is found again from its page: ``source.search_words`` are words that found the page
in a page index; ``locate`` slides a window of ``text_chars`` over the page text (as a file, or a
JSON string literal) and keeps the one whose SHA-256 is the recorded one.

A restored file is ordinary evaluation-format gold for ``claimledger extract`` and ``score.py``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_TEXTS = HERE.parent.parent / "corpus-texts"
SPLITS = ("dev", "test")


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def write_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
                    encoding="utf-8")


def strip_texts(records: list[dict]) -> list[dict]:
    """Gold lines without their texts: a hash and a length stand in for each."""
    stripped = []
    for record in records:
        line = {key: value for key, value in record.items() if key != "text"}
        line["text_sha256"] = text_digest(record["text"])
        line["text_chars"] = len(record["text"])
        stripped.append(line)
    return stripped


def load_texts(folder: Path) -> dict[str, str]:
    """Every ``id`` -> ``text`` found in the JSON Lines files of a folder (recursively)."""
    texts: dict[str, str] = {}
    for path in sorted(folder.rglob("*.jsonl")):
        for record in read_jsonl(path):
            if "id" in record and "text" in record:
                texts.setdefault(record["id"], record["text"])
    return texts


def restore_texts(standoff: list[dict], texts: dict[str, str]) -> tuple[list[dict], list[str]]:
    """Full gold lines, and one problem line per excerpt whose text is missing or differs."""
    restored, problems = [], []
    for line in standoff:
        text = texts.get(line["id"])
        if text is None:
            problems.append(f"{line['id']}: text not found")
            continue
        if text_digest(text) != line["text_sha256"]:
            problems.append(f"{line['id']}: text differs from the annotated one (SHA-256 mismatch)")
            continue
        record = {key: value for key, value in line.items() if key not in ("text_sha256", "text_chars")}
        restored.append({"id": record.pop("id"), "text": text, **record})
    return restored, problems


def locate_text(line: dict, page: str) -> str | None:
    """The window of a page whose length and SHA-256 are the excerpt's, if there is one."""
    size = line["text_chars"]
    for variant in dict.fromkeys((page, page.replace("\r\n", "\n"))):
        for start in range(max(0, len(variant) - size) + 1):
            window = variant[start:start + size]
            if text_digest(window) == line["text_sha256"]:
                return window
    return None


def read_page(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    try:
        page = json.loads(raw)
    except json.JSONDecodeError:
        return raw
    return page if isinstance(page, str) else raw


def standoff_files() -> list[Path]:
    """The annotated corpus files (``dev/``, ``test/``)."""
    return sorted(path for split in SPLITS for path in (HERE / split).glob("*.jsonl"))


def conflict_files() -> list[Path]:
    """The conflict set's excerpt files (``conflicts/dev.jsonl``, ``conflicts/test.jsonl``)."""
    return [path for split in SPLITS if (path := HERE / "conflicts" / f"{split}.jsonl").exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS, help="folder of id/text JSON Lines files")
    commands = parser.add_subparsers(dest="command", required=True)
    strip = commands.add_parser("strip")
    strip.add_argument("full", type=Path)
    strip.add_argument("standoff", type=Path)
    restore = commands.add_parser("restore")
    restore.add_argument("standoff", type=Path)
    restore.add_argument("full", type=Path)
    restore_all = commands.add_parser("restore-all")
    restore_all.add_argument("out_dir", type=Path)
    locate = commands.add_parser("locate")
    locate.add_argument("id")
    locate.add_argument("page", type=Path)
    args = parser.parse_args(argv)

    if args.command == "locate":
        line = next((line for path in standoff_files() + conflict_files() for line in read_jsonl(path)
                     if line["id"] == args.id), None)
        if line is None:
            print(f"{args.id}: no such excerpt", file=sys.stderr)
            return 2
        text = locate_text(line, read_page(args.page))
        if text is None:
            print(f"{args.id}: no window of {args.page} has the recorded hash", file=sys.stderr)
            return 1
        write_jsonl(args.texts / f"{args.id}.jsonl", [{"id": args.id, "text": text}])
        print(f"{args.texts / (args.id + '.jsonl')}: restored")
        return 0

    if args.command == "strip":
        write_jsonl(args.standoff, strip_texts(read_jsonl(args.full)))
        return 0
    texts = load_texts(args.texts)
    pairs = ([(args.standoff, args.full)] if args.command == "restore" else
             [(path, args.out_dir / path.parent.name / path.name) for path in standoff_files()]
             + [(path, args.out_dir / "conflicts" / path.name) for path in conflict_files()])
    failed = False
    for standoff_path, full_path in pairs:
        restored, problems = restore_texts(read_jsonl(standoff_path), texts)
        for problem in problems:
            print(f"{standoff_path}: {problem}", file=sys.stderr)
        failed = failed or bool(problems)
        write_jsonl(full_path, restored)
        print(f"{full_path}: {len(restored)} excerpts")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
