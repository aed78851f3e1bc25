"""A system said to have left a place and, in a report published after that day, said to be
there still: "withdrew the Typhon launcher from Japan" against "the Typhon launcher is still in
Japan". A withdrawal still ahead, a stay reported before the withdrawal, another place, another
unit, a stay months later, or an arrival told in the past is no conflict. Every sentence is
written for these tests."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

CONFLICT, QUIET = "conflict", "quiet"


TYPHON_LEFT = ("The US Army withdrew its Typhon launcher from Japan on Tuesday, two officials said.", "2025-03-12")
PATRIOT_LEFT = ("The Dutch Patriot batteries were pulled out of Slovakia last week, the ministry said.", "2024-06-10")

PAIRS = [
    ("is-still-in", CONFLICT, TYPHON_LEFT,
     ("The Typhon launcher is still in Japan, a spokesman for the defense ministry in Tokyo said.", "2025-03-13")),
    ("remains-in", CONFLICT, TYPHON_LEFT,
     ("Japanese officials insist the Typhon launcher remains in Japan for now.", "2025-03-14")),
    ("currently-deployed", CONFLICT, PATRIOT_LEFT,
     ("The Dutch Patriot batteries are currently deployed in Slovakia, the army told reporters.", "2024-06-12")),
    ("stay-stationed", CONFLICT, PATRIOT_LEFT,
     ("The Dutch Patriot batteries are still stationed in Slovakia, a local paper reported.", "2024-06-14")),
    # near misses
    ("withdrawal-ahead-quiet", QUIET,
     ("The US Army will withdraw its Typhon launcher from Japan by the end of the year, officials said.",
      "2025-03-12"),
     ("The Typhon launcher is still in Japan, a spokesman for the defense ministry in Tokyo said.", "2025-03-13")),
    ("stay-before-it-left-quiet", QUIET, TYPHON_LEFT,
     ("The Typhon launcher is still in Japan, a spokesman for the defense ministry in Tokyo said.", "2025-03-08")),
    ("another-place-quiet", QUIET, TYPHON_LEFT,
     ("The Typhon launcher is still in the Philippines, a spokesman in Manila said.", "2025-03-13")),
    ("months-later-quiet", QUIET, TYPHON_LEFT,
     ("The Typhon launcher is still in Japan, a spokesman for the defense ministry in Tokyo said.", "2025-07-20")),
    ("arrival-told-quiet", QUIET, TYPHON_LEFT,
     ("The Typhon launcher arrived in Japan in September for a joint exercise.", "2025-03-13")),
    ("stay-denied-quiet", QUIET, TYPHON_LEFT,
     ("The Typhon launcher is no longer in Japan, a spokesman for the defense ministry in Tokyo said.",
      "2025-03-13")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in PAIRS])
def test_a_stay_reported_after_a_withdrawal(tmp_path, expected, one, other):
    rows = rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
    assert bool(rows) == (expected == CONFLICT), rows


def test_a_report_telling_both_is_a_sequence(tmp_path):
    text = ("The Typhon launcher remains in Japan after a drill, the ministry said. The US Army withdrew "
            "its Typhon launcher from Japan on Tuesday.")
    ledger = analyzed_ledger(tmp_path, {"one": (text, "2025-03-12")})
    with sqlite3.connect(ledger) as db:
        assert db.execute("SELECT COUNT(*) FROM contradictions WHERE note LIKE '%still there%'").fetchone() == (0,)
