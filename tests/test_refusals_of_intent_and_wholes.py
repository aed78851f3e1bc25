"""Readings that lost or faked conflicts between outlets: a delivery refused by a negated verb of
intending ("is not considering sending", "does not intend to supply", "is not planning to
provide Kyiv with ..."), the "with" phrase of a transfer verb as what it hands over ("supply Kyiv
with Tomahawks"), and the whole of a stated part ("12 of the 31 promised tanks have arrived"),
which did not do what the part's verb says. Every sentence is written for these tests."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

CONFLICT, QUIET = "conflict", "quiet"


def denials(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT subject, status, modality, location FROM status_claims "
                          "WHERE kind = 'denied' ORDER BY start").fetchall()


PROMISED = ("The Pentagon has approved sending Tomahawk missiles to Ukraine, two officials told a newspaper.",
            "2025-10-30")
SENT = ("Germany has sent its first Taurus missiles to Ukraine, a Kyiv newspaper reported on Friday.", "2024-02-02")

REFUSALS = [
    ("not-considering", CONFLICT, PROMISED,
     ("The president said on Sunday that he is not considering sending Tomahawk missiles to Ukraine.", "2025-11-02")),
    ("not-really-considering-with", CONFLICT, PROMISED,
     ("Asked aboard his plane, the president said he was not really considering supplying Kyiv with "
      "Tomahawk cruise missiles.", "2025-11-01")),
    ("not-planning-with", CONFLICT, PROMISED,
     ("Washington is not planning to provide Ukraine with Tomahawk missiles, a spokesman said.", "2025-11-01")),
    ("does-not-intend", CONFLICT, SENT,
     ("Berlin does not intend to supply Taurus missiles to Ukraine, the chancellor told lawmakers.", "2024-02-03")),
    ("not-contemplating", CONFLICT, SENT,
     ("The German government is not contemplating delivering Taurus missiles to Kyiv, its spokesman said.",
      "2024-02-04")),
    ("will-not-supply-with", CONFLICT, PROMISED,
     ("The White House will not supply Kyiv with Tomahawk missiles, the press secretary said.", "2025-10-31")),
    # near misses: no decision yet, more than a refusal, a refusal long after the delivery
    ("not-decided-quiet", QUIET, SENT,
     ("Berlin has not decided to supply Taurus missiles to Ukraine, the chancellor said.", "2024-02-03")),
    ("not-only-considering-quiet", QUIET, SENT,
     ("Berlin is not only considering sending Taurus missiles to Ukraine but also training its crews, "
      "the chancellor said.", "2024-02-03")),
    ("not-yet-planning-quiet", QUIET, SENT,
     ("Berlin is not yet planning to send more Taurus missiles to Ukraine, the chancellor said.", "2024-02-03")),
    ("refused-months-later-quiet", QUIET, SENT,
     ("Berlin is not considering sending Taurus missiles to Ukraine, the chancellor said.", "2024-07-20")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in REFUSALS])
def test_refusal_of_intent_against_a_delivery_or_promise(tmp_path, expected, one, other):
    rows = rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
    assert bool(rows) == (expected == CONFLICT), rows


@pytest.mark.parametrize("text,subject,place", [
    ("The chancellor is not considering sending Taurus missiles to Ukraine.", "Taurus KEPD 350", "Ukraine"),
    ("Paris does not plan to provide Ukraine with Mirage 2000 jets this year.", "Mirage 2000", "Ukraine"),
    ("He said he was not contemplating selling F-35 jets to Turkey.", "F-35", "Turkey"),
])
def test_negated_intent_is_a_refusal(tmp_path, text, subject, place):
    assert denials(analyzed_ledger(tmp_path, {"a": (text, "2024-05-02")})) == [(subject, "ARRIVED", "planned", place)]


@pytest.mark.parametrize("text", [
    "The chancellor has not decided to send Taurus missiles to Ukraine.",
    "The chancellor is not considering whether Taurus missiles were ever tested in Ukraine.",
    "The chancellor is considering sending Taurus missiles to Ukraine.",
])
def test_undecided_or_plain_intent_refuses_nothing(tmp_path, text):
    assert denials(analyzed_ledger(tmp_path, {"a": (text, "2024-05-02")})) == []


def counts(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT value, status, scope FROM subject_facts "
                          "WHERE attribute LIKE 'quantity:%' ORDER BY start, \"end\"").fetchall()


@pytest.mark.parametrize("text,expected", [
    ("Twelve of the 31 promised Abrams tanks have arrived in Ukraine, a lawmaker said.",
     [("12 tanks", "ARRIVED", None), ("31 tanks", None, "total")]),
    ("So far 14 of the 24 Caesar howitzers have been handed over to Ukraine.",
     [("14 howitzers", "ARRIVED", None), ("24 howitzers", None, "total")]),
    ("Of the 20 Krab howitzers Warsaw promised, 12 have been handed over to Kyiv, the agency said.",
     [("20 howitzers", None, "total"), ("12 howitzers", "ARRIVED", None)]),
    ("Ten of the 31 Abrams tanks Washington shipped have reached the front.",
     [("31 tanks", "ARRIVED", "total")]),   # the whole's own verb: shipped
    ("Air defences shot down two of the eight Kinzhal missiles fired at Kyiv.",
     [("2 missiles", "DESTROYED", None), ("8 missiles", "USED", "total")]),
])
def test_the_whole_of_a_part_takes_its_own_words_status(tmp_path, text, expected):
    found = counts(analyzed_ledger(tmp_path, {"a": (text, "2023-10-03")}))
    assert [row for row in found if row in expected] == expected, found


def test_a_whole_is_no_delivered_total(tmp_path):
    """12 of the 31 arrived and 12 received in total agree: the 31 is no count of tanks arrived."""
    path = analyzed_ledger(tmp_path, {
        "one": ("Twelve of the 31 promised Abrams tanks have arrived in Ukraine, a lawmaker said.", "2023-10-03"),
        "other": ("Ukraine has received 12 Abrams tanks in total, the Pentagon said.", "2023-10-05")})
    assert rows_between(path, "one", "other") == []
