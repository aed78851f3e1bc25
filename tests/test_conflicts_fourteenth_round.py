"""General remedies from the fourteenth conflict round, each on reports written for these tests,
with near misses that stay quiet:

- a count with a hedge in brackets between the number and its noun ("18 [by one account] of the
  Gripen fighters", "24 (by one account) of the Gripen jets") counts the noun after the aside, as the same
  count without it does (``quantities.count_after_aside``; a number the model reads as a date, as
  "24 (by one account)" may be, is still no count); an aside that holds a figure of its own
  ("(about 30 km)"), or one followed by no count noun, counts
  nothing.
"""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger


def counts(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT subject, value FROM subject_facts WHERE attribute LIKE 'quantity:aircraft:%' "
                          "ORDER BY value").fetchall()


@pytest.mark.parametrize("text,expected", [
    ("Lisbon has signed for 18 [by one account] of the Gripen fighter jets, to be built in Sweden.",
     [("Gripen", "18 aircraft")]),
    # near miss: the aside is a measure
    ("The Gripen squadron flew 18 (about 30 km) east of Lisbon.", []),
])
def test_a_count_with_a_bracketed_hedge_counts_the_noun_after_it(tmp_path, text, expected):
    assert counts(analyzed_ledger(tmp_path, {"a": (text, "2024-06-10")})) == expected

