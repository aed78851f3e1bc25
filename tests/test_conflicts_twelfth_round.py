"""General remedies from the twelfth conflict round, each on sentences written for these tests,
with near misses that stay quiet:

- the value of a deal for a system ("a $650 million contract for 24 Tor-M2 launchers", "the
  deal, worth $1.2 billion") is a count of that order in its currency, PLANNED as the order is
  (``extract/deal_values.py``), so two values of one deal given in the same days conflict as two
  counts of one order do; a unit price, a deal of two systems, two buyers' deals or values months
  apart do not;
- a definite plural set beside its number ("The jets, ten in total, landed") counts the system
  named before it even where the quantity extractor already took that subject
  (``link_records.count_subject``);
- the NMESIS launcher is named as the Naval Strike Missile it fires (``data/subjects.yaml``).
"""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

CONFLICT, QUIET = "conflict", "quiet"


def facts(path, attribute_prefix: str) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT subject, attribute, low, status, scope FROM subject_facts WHERE attribute LIKE ? "
                          "ORDER BY start", (attribute_prefix + "%",)).fetchall()


@pytest.mark.parametrize("text,expected", [
    # the amount modifies the deal, whose phrase names the system
    ("Cairo has signed a $650 million contract for 24 Tor-M2 launchers, officials said.",
     [("Tor-M2", "quantity:usd:", 650_000_000.0, "PLANNED", None)]),
    # a "worth" phrase beside a definite deal: the document's one system
    ("Moscow will sell Tor-M2 launchers to Cairo. The deal, worth $1.2 billion, is the largest the two "
     "have struck.", [("Tor-M2", "quantity:usd:", 1_200_000_000.0, "PLANNED", None)]),
    # the deal is the means of a verb whose object names the system
    ("Athens ordered 18 Rafale jets in an agreement worth $2.5 billion.",
     [("Rafale", "quantity:usd:", 2_500_000_000.0, "PLANNED", None)]),
    # near misses: a unit price, a deal of two systems, money that prices no deal
    ("Each Tor-M2 launcher is worth $27 million apiece, the maker said.", []),
    ("Cairo bought Rafale jets and Tor-M2 launchers in a deal worth $5 billion.", []),
    ("The army spent $40 million repairing its Tor-M2 launchers last year.", []),
])
def test_deal_values_are_counts_of_the_order(tmp_path, text, expected):
    assert facts(analyzed_ledger(tmp_path, {"a": (text, "2024-03-04")}), "quantity:usd:") == expected


TOR_650 = ("Egypt has signed a $650 million contract for 24 Tor-M2 launchers, officials said.", "2024-03-04")

DEALS = [
    ("two-values-one-week", CONFLICT, TOR_650,
     ("Moscow will sell Tor-M2 launchers to Egypt. The deal, worth $1.2 billion, is the largest the two have "
      "struck.", "2024-03-06")),
    # near misses: the same value at two precisions, values months apart, another buyer's deal
    ("same-value-quiet", QUIET, TOR_650,
     ("Moscow will sell Tor-M2 launchers to Egypt. The deal, worth about $650 million, is the largest the two "
      "have struck.", "2024-03-06")),
    ("months-apart-quiet", QUIET, TOR_650,
     ("Moscow will sell Tor-M2 launchers to Egypt. The deal, worth $1.2 billion, is the largest the two have "
      "struck.", "2024-09-20")),
    ("another-buyer-quiet", QUIET, TOR_650,
     ("Algeria has signed a $1.2 billion contract for Tor-M2 launchers, the ministry said.", "2024-03-06")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in DEALS])
def test_two_values_of_one_deal(tmp_path, expected, one, other):
    rows = rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
    assert bool(rows) == (expected == CONFLICT), rows


@pytest.mark.parametrize("text,expected", [
    ("Satellite photos show Marine F-35B jets parked at the old naval station. The jets, ten in total, "
     "landed there on Friday.", [("F-35", "quantity:aircraft:", 10.0, "ARRIVED", "total")]),
    # near miss: the pointed noun is not the unit of the system named before it
    ("Satellite photos show Marine F-35B jets parked at the old naval station. The trucks, ten in total, "
     "drove in on Friday.", []),
])
def test_a_definite_plural_beside_its_number_counts_the_system_named_before(tmp_path, text, expected):
    assert facts(analyzed_ledger(tmp_path, {"a": (text, "2025-09-20")}), "quantity:aircraft:") == expected


def test_nmesis_names_the_naval_strike_missile(tmp_path):
    path = analyzed_ledger(tmp_path, {"a": ("The Marines flew an NMESIS launcher to the northern islands for the "
                                            "drill, and it has stayed there since May.", "2025-06-12")})
    with sqlite3.connect(path) as db:
        subjects = {row[0] for row in db.execute("SELECT subject FROM subject_references")}
    assert "Naval Strike Missile" in subjects
