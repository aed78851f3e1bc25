"""Regression gate on the held-out development set (tests/data/heldout, see its README).

The whole pipeline runs on eight reports written for the project and is scored with
``claimledger.scoring`` (the evaluation scorer's rules). The floors sit a little below the
scores reached when they were set: a drop below one means a change broke a general rule.
They are not targets to tune to.
"""
from pathlib import Path

import pytest

from claimledger.pipeline import evaluate

HELDOUT = Path(__file__).parent / "data" / "heldout" / "articles.jsonl"
FLOORS = {
    ("quotes", "e2e_f1"): 0.85,
    ("timexes", "value"): 0.95,
    ("events", "match"): 0.90,
}


@pytest.fixture(scope="module")
def scores():
    return evaluate(HELDOUT)


def figure(scores, layer, metric):
    value = scores[layer][metric]
    return value["f1"] if isinstance(value, dict) else value


def test_every_document_is_scored(scores):
    assert scores["docs"] == {"gold": 8, "output": 8, "missing": 0, "ignored": 0}


@pytest.mark.parametrize("layer, metric", sorted(FLOORS))
def test_score_stays_above_its_floor(scores, layer, metric):
    assert figure(scores, layer, metric) >= FLOORS[(layer, metric)]
