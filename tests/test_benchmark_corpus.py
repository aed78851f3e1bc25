"""The stand-off corpora: well-formed annotations, and texts restored only when their hash agrees."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("benchmark_corpus", ROOT / "benchmarks" / "corpus.py")
corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus)

STATUSES = {"REQUESTED", "PLANNED", "IN_TRANSIT", "ARRIVED", "DEPLOYED", "COMBAT_DUTY", "USED", "WITHDRAWN"}
GOLD = [{"id": "x-1", "text": "Officials said the battery arrived on Monday.", "dct": "2025-03-05",
         "quotes": [{"span": [15, 44], "kind": "indirect", "speaker": "Officials"}],
         "timexes": [{"span": [37, 44], "type": "DATE", "value": "2025-03-03"}], "events": []}]


def test_strip_then_restore_gives_the_gold_back():
    standoff = corpus.strip_texts(GOLD)
    assert "text" not in standoff[0] and standoff[0]["text_chars"] == len(GOLD[0]["text"])
    restored, problems = corpus.restore_texts(standoff, {"x-1": GOLD[0]["text"]})
    assert problems == [] and restored == GOLD


def test_restore_refuses_a_changed_or_missing_text():
    standoff = corpus.strip_texts(GOLD)
    restored, problems = corpus.restore_texts(standoff, {"x-1": GOLD[0]["text"].replace("Monday", "Sunday")})
    assert restored == [] and problems == ["x-1: text differs from the annotated one (SHA-256 mismatch)"]
    assert corpus.restore_texts(standoff, {})[1] == ["x-1: text not found"]


STANDOFF_LINES = [(path.relative_to(ROOT), line) for path in corpus.standoff_files()
                  for line in corpus.read_jsonl(path)]


def test_corpus_files_exist_for_both_splits():
    splits = {path.parts[1] for path, _ in STANDOFF_LINES}
    assert splits == {"dev", "test"}


@pytest.mark.parametrize("path, line", STANDOFF_LINES, ids=[line["id"] for _, line in STANDOFF_LINES])
def test_standoff_line_is_well_formed(path, line):
    assert "text" not in line and len(line["text_sha256"]) == 64
    assert line["source"]["url"].startswith("http")
    length = line["text_chars"]
    # a part may leave a layer out (en_j has no quote layer): a missing layer is not scored
    spans = [item["span"] for layer in ("quotes", "timexes", "events") for item in line.get(layer, [])]
    assert all(0 <= start < end <= length for start, end in spans)
    assert all(event["status"] in STATUSES and event["subject"] for event in line.get("events", []))


def test_ids_unique_across_the_corpus():
    ids = [line["id"] for _, line in STANDOFF_LINES]
    assert len(ids) == len(set(ids))


CONFLICT_LINES = {line["id"]: (path.stem, line) for path in corpus.conflict_files() for line in corpus.read_jsonl(path)}


def test_conflict_set_cases_name_excerpts_of_their_own_split():
    cases = {split: json.loads((ROOT / "benchmarks" / "conflicts" / f"{split}.cases.json").read_text(encoding="utf-8"))
             for split in ("dev", "test")}
    seen = []
    for split, data in cases.items():
        for case in data["cases"]:
            assert case["expected"] in ("conflict", "no conflict") and case["reason"] and case["subject"]
            assert case["kind"] in ("date", "number", "status", "attribution") and len(case["positions"]) == 2
            for position in case["positions"]:
                assert position["says"] and position["excerpts"]
                for excerpt in position["excerpts"]:
                    assert CONFLICT_LINES[excerpt][0] == split
                    seen.append(excerpt)
    assert sorted(seen) == sorted(CONFLICT_LINES)   # every excerpt in exactly one case position


@pytest.mark.parametrize("excerpt", sorted(CONFLICT_LINES))
def test_conflict_excerpt_is_well_formed(excerpt):
    _, line = CONFLICT_LINES[excerpt]
    assert "text" not in line and len(line["text_sha256"]) == 64 and 0 < line["text_chars"] <= 2000
    assert line["source"]["url"].startswith("http") and line["source"]["outlet"] and line["source"]["search_words"]
    assert line["lang"] in ("en", "ru", "uk")
