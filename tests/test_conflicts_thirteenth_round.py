"""General remedies from the thirteenth conflict round, each on reports written for these tests,
with near misses that stay quiet:

- a denial whose object only points back may name the claim as "information", "news", a "story"
  or a "rumour" ("Oslo denies this information", "the ministry says this news is untrue"): it
  denies the status of the sentence before, as "denied the report" did (``anaphoric_objects`` in
  ``lexicon/cues.json``, ``link_records.anaphoric_denial``); such a noun that says more than a
  pointer ("the information about the price"), a verb that denies nothing ("did not comment on
  this information") and a denial looking back to another system's report stay quiet.
"""
from __future__ import annotations

import sqlite3

import pytest
from conftest import QUIET, analyzed_ledger, assert_pair_reading


def denied(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT subject, status FROM status_claims WHERE kind = 'denied' ORDER BY start").fetchall()


SALE = "Norway sold 14 Su-34 jets to Chile last month, a Chilean weekly reported."


# a sale denied is a deal denied (PLANNED), which the status kind sets against the sale and the delivery
@pytest.mark.parametrize("text,expected", [
    (SALE + " Oslo denies this information.", [("Su-34", "PLANNED")]),
    (SALE + " For its part, the Norwegian ministry says that this news is untrue.", [("Su-34", "PLANNED")]),
    (SALE + " The ministry dismissed the story on Tuesday.", [("Su-34", "PLANNED")]),
    (SALE + " Officials in Oslo rejected such rumours.", [("Su-34", "PLANNED")]),
    # near misses: the noun says more than a pointer, or no denial verb governs it
    (SALE + " Oslo denies the information about the price.", []),
    (SALE + " Oslo did not comment on this information.", []),
])
def test_a_pointing_back_information_noun_denies_the_sentence_before(tmp_path, text, expected):
    assert denied(analyzed_ledger(tmp_path, {"a": (text, "2024-06-10")})) == expected


REPORT = ("Norway has delivered 14 Su-34 jets to Chile, a Chilean weekly reported on Monday.", "2024-06-10")


@pytest.mark.parametrize("expected,other", [
    ("status", ("A Chilean weekly says Norway supplied Su-34 jets to Chile. The Norwegian defence ministry denies "
                "this information.", "2024-06-11")),
    ("status", ("Norway is said to have delivered 14 Su-34 jets to Chile. Oslo says this news is untrue.", "2024-06-12")),
    # near misses: the denial looks back to another system's delivery, or nothing is denied
    (QUIET, ("Norway is said to have delivered Leopard 2 tanks to Chile. Oslo denies this information.", "2024-06-11")),
    (QUIET, ("A Chilean weekly says Norway delivered Su-34 jets to Chile. The ministry did not comment on this "
             "information.", "2024-06-11")),
])
def test_a_sale_against_its_pointing_back_denial(tmp_path, expected, other):
    assert_pair_reading(tmp_path, expected, REPORT, other)
