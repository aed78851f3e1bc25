"""Contradictions on a small cross-outlet corpus (tests/data/crossoutlet/): short reports written
about one fictional deployment, with planted conflicts and planted non-conflicts, run through
the real pipeline (analyze: extract, store, link)."""
import json
from pathlib import Path

import pytest

from claimledger.link import LinkedLedger
from claimledger.store import Ledger

CORPUS = Path(__file__).parent / "data" / "crossoutlet"
GOLD = json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    from claimledger.pipeline import analyze

    path = tmp_path_factory.mktemp("crossoutlet") / "ledger.db"
    analyze([CORPUS / "reports.jsonl"], db_path=path)
    with Ledger(path) as ledger:
        return LinkedLedger(ledger).find_contradictions()


def side_docs(item) -> list[set[str]]:
    return [{claim["doc_id"] for claim in side["claims"]} for side in item["sides"]]


def opposed_sides(item):
    """Every two different sides of a conflict (one quotation may have many speakers)."""
    sides = side_docs(item)
    return [(a, b) for index, a in enumerate(sides) for b in sides[index + 1:]]


@pytest.mark.parametrize("conflict", GOLD["conflicts"], ids=lambda item: item["name"])
def test_crossoutlet_planted_conflict_is_found(found, conflict):
    left, right = (set(side) for side in conflict["sides"])
    assert any((a & left and b & right) or (a & right and b & left) for item in found for a, b in opposed_sides(item))


@pytest.mark.parametrize("case", GOLD["non_conflicts"], ids=lambda item: item["name"])
def test_crossoutlet_planted_non_conflict_is_not_reported(found, case):
    one, other = case["docs"]
    assert not any((one in a and other in b) or (other in a and one in b)
                   for item in found for a, b in opposed_sides(item))


def test_crossoutlet_syndicated_copy_counts_once(found):
    dates = [item for item in found if {"co-arrival-a", "co-arrival-b"} <= set().union(*side_docs(item))
             and item["kind"] == "date"]
    assert dates and all(min(side["sources"] for side in item["sides"]) == 1 for item in dates)
