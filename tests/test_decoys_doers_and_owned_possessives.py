"""Denials read in wordings of the ninth conflict round: a strike said to have hit decoys denies
the loss of the system they stood for ("the missiles hit decoy HIMARS launchers", "the targets
were dummies"); a denied shooting-down denies the doer's use, not its loss ("rejected the claim
that a Turkish F-16 downed the jet"), unless its object names the system lost; "denied
selling" denies a delivery. And two readings that
gave false denials: a possessive a country or an army owns ("Washington and its partners", "its
war") points to no system, and "did not provide further details" moves no weapon. Each shape has
near misses that stay quiet. Every sentence is written for these tests."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

CONFLICT, QUIET = "conflict", "quiet"


def denials(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT subject, status FROM status_claims WHERE kind = 'denied' ORDER BY start").fetchall()


HIMARS_LOST = ("Russian Iskander missiles destroyed three HIMARS launchers near Kupiansk on Tuesday, "
               "the defence ministry in Moscow said.", "2024-03-12")
SU25_DOWNED = ("A Turkish F-16 downed an Armenian Su-25 near Vardenis on Tuesday, the Armenian defence ministry said.",
               "2020-09-29")
BRAHMOS_RECEIVED = ("Vietnam has received BrahMos missiles from India, a foreign ministry spokeswoman in Hanoi said.",
                    "2017-08-18")

PAIRS = [
    # a strike said to have hit decoys
    ("hit-decoy-launchers", CONFLICT, HIMARS_LOST,
     ("The missiles hit decoy HIMARS launchers made of plywood, a Ukrainian commander said.", "2024-03-12")),
    ("targets-were-dummies", CONFLICT, HIMARS_LOST,
     ("Moscow says it struck three HIMARS launchers, but Kyiv insists the targets were dummies.", "2024-03-13")),
    ("struck-replicas-of", CONFLICT, HIMARS_LOST,
     ("The Iskanders struck replicas of HIMARS launchers, the Ukrainian army said.", "2024-03-13")),
    # near misses: no strike on the decoys, targets said not to be decoys, decoys of another system
    ("decoys-set-up-quiet", QUIET, HIMARS_LOST,
     ("Ukraine has set up decoy HIMARS launchers along the front, a Ukrainian commander said.", "2024-03-12")),
    ("targets-were-not-decoys-quiet", QUIET, HIMARS_LOST,
     ("Moscow says it struck three HIMARS launchers, and Western analysts say the targets were not decoys.",
      "2024-03-13")),
    ("decoy-compared-quiet", QUIET, HIMARS_LOST,
     ("A plywood decoy, far cheaper than a HIMARS launcher, was struck near Kupiansk, Kyiv said.", "2024-03-12")),
    ("decoys-of-another-system-quiet", QUIET, HIMARS_LOST,
     ("The missiles hit decoy Su-27 jets at an airfield near Poltava, a Ukrainian commander said.", "2024-03-12")),
    # a denied shooting-down: the doer's use
    ("rejected-claim-doer", CONFLICT, SU25_DOWNED,
     ("Ankara rejected the claim that a Turkish F-16 downed the Armenian jet as propaganda.", "2020-09-29")),
    ("denied-that-doer", CONFLICT, SU25_DOWNED,
     ("Turkey denied that an F-16 of its air force had shot down any Armenian aircraft.", "2020-09-30")),
    # near miss: the loss itself is not denied, only who caused it
    ("loss-not-denied-quiet", QUIET,
     ("Armenia lost an Su-25 near Vardenis on Tuesday, the Armenian defence ministry said.", "2020-09-29"),
     ("Ankara rejected the claim that a Turkish F-16 downed the Armenian warplane as propaganda.", "2020-09-29")),
    # a denied sale
    ("denied-selling", CONFLICT, BRAHMOS_RECEIVED,
     ("New Delhi denied selling BrahMos missiles to Vietnam, its foreign ministry said.", "2017-08-18")),
    ("no-sale", CONFLICT, BRAHMOS_RECEIVED,
     ("New Delhi dismissed reports of a BrahMos sale to Vietnam, its foreign ministry said.", "2017-08-19")),
    # near miss: a sale to another buyer denied
    ("denied-selling-elsewhere-quiet", QUIET, BRAHMOS_RECEIVED,
     ("New Delhi denied selling BrahMos missiles to Indonesia, its foreign ministry said.", "2017-08-18")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in PAIRS])
def test_denial_against_a_report(tmp_path, expected, one, other):
    rows = rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
    if pair_is("loss-not-denied", one, other):
        rows = [row for row in rows if "DESTROYED" in row[1]]   # only the loss must stay unanswered
    assert bool(rows) == (expected == CONFLICT), rows


def pair_is(name: str, one, other) -> bool:
    return any(pair_id.startswith(name) and (one, other) == (first, second)
               for pair_id, _expected, first, second in PAIRS)


@pytest.mark.parametrize("text,expected", [
    ("Ankara denied that a Turkish F-16 shot down the Armenian jet.", [("F-16", "USED")]),
    ("Moscow denied that a Ukrainian drone destroyed the Tu-22M3 at the base.", [("Tu-22M3", "DESTROYED")]),
    ("Moscow denied that the Tu-22M3 was destroyed by a Ukrainian drone.", [("Tu-22M3", "DESTROYED")]),
    # a doer and a lost system both named: the loss is what is denied
    ("Moscow denied that Neptune destroyed the large Kilo-class submarine docked at Sevastopol.",
     [("Kilo-class submarine", "DESTROYED")]),
])
def test_denied_shooting_reads_the_doer(tmp_path, text, expected):
    assert denials(analyzed_ledger(tmp_path, {"a": (text, "2024-06-01")})) == expected


@pytest.mark.parametrize("text,expected", [
    # a possessive a country or an army owns points to no system
    ("Iran took delivery of the S-300 in 2016. Washington and its partners say Tehran has shipped drones "
     "to Moscow. Tehran denies this.", []),
    ("Iran took delivery of the S-300 in 2016. Tehran is accused of shipping drones to Moscow for its war with "
     "Kyiv. Tehran rejects the accusation.", []),
    # a pronoun that points to the system is still read
    ("Russia delivered the S-300 to Iran in 2016, a report said. Moscow denied it.", [("S-300", "ARRIVED")]),
    # an account given is no weapon moved
    ("Russia fired two Iskander missiles at Odesa, but the ministry did not provide further details.", []),
    ("Kyiv has not provided any Patriot batteries to Slovakia, the ministry said.", [("Patriot", "ARRIVED")]),
])
def test_denials_read(tmp_path, text, expected):
    assert denials(analyzed_ledger(tmp_path, {"a": (text, "2024-06-01")})) == expected


def statuses(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT subject, status FROM status_claims ORDER BY start").fetchall()


@pytest.mark.parametrize("text,expected", [
    # a plan moving on moves no system
    ("Jakarta is moving forward with plans to buy 42 Rafale jets, the ministry said.", [("Rafale", "PLANNED")]),
    # (a purchase gone ahead with is a plan, R3: the noun states it, nothing moves)
    ("Jakarta is moving ahead with the purchase of 42 Rafale jets, the ministry said.", [("Rafale", "PLANNED")]),
    # a system moving is still in transit, or moved
    ("A ship carrying two Patriot batteries is moving to the port of Gdynia, the ministry said.",
     [("Patriot", "IN_TRANSIT")]),
    ("The trucks moved the Patriot batteries forward to the border on Monday, the ministry said.",
     [("Patriot", "ARRIVED")]),
])
def test_moving_on_with_a_plan(tmp_path, text, expected):
    assert statuses(analyzed_ledger(tmp_path, {"a": (text, "2024-01-10")})) == expected
