"""A side that denies its losses often names only the kind of what it lost and whose it was: "not
a single Pakistani military aircraft was damaged", "Pakistan did not lose any jets", "the attack caused no
damage to Russian aircraft". Such a denial answers a reported loss of a system of that kind held by
that country, and nothing else: not a loss the same country brought about, not a system of another
kind, not a denial naming no holder. Every sentence is written for these tests."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

CONFLICT, QUIET = "conflict", "quiet"


def kind_denials(path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute(
            "SELECT subject FROM status_claims WHERE kind = 'denied' AND subject LIKE 'arms:%' ORDER BY start")]


F16_DOWNED = ("Indian jets shot down three Pakistani F-16 fighters over Kashmir, the Indian air force said.",
              "2025-05-08")
SU34_HIT = ("Ukrainian drones destroyed two Russian Su-34 bombers at the Marinovka base overnight, Kyiv said.",
            "2024-08-03")
SU25_DOWNED = ("A Russian missile destroyed a Ukrainian Su-25 near Kramatorsk on Thursday, the ministry in "
               "Moscow said.", "2024-03-07")

PAIRS = [
    ("not-a-single", CONFLICT, F16_DOWNED,
     ("Not a single Pakistani military aircraft was damaged or destroyed in the clashes, the minister said.", "2025-05-09")),
    ("did-not-lose-any", CONFLICT, F16_DOWNED,
     ("Pakistan did not lose any jets in the fighting, its army spokesman told reporters.", "2025-05-09")),
    ("no-damage-to", CONFLICT, SU34_HIT,
     ("The attack caused no damage to Russian aircraft, the defence ministry in Moscow said.", "2024-08-04")),
    ("denied-that-any", CONFLICT, SU34_HIT,
     ("Moscow denied that any Russian aircraft had been destroyed at the base.", "2024-08-04")),
    ("lost-no", CONFLICT, SU25_DOWNED,
     ("Ukraine lost no aircraft on Thursday, its air force said.", "2024-03-08")),
    # near misses: the holder brought the loss about, another kind, no holder, another holder, long after
    ("holder-is-the-agent-quiet", QUIET,
     ("Pakistani JF-17 jets shot down an Indian Rafale near the border, the army in Rawalpindi said.", "2025-05-08"),
     ("Not a single Pakistani military aircraft was damaged or destroyed in the clashes, the minister said.", "2025-05-09")),
    ("another-kind-quiet", QUIET,
     ("Indian missiles destroyed a Pakistani HQ-9 battery near Lahore, officials in Delhi said.", "2025-05-08"),
     ("Not a single Pakistani military aircraft was damaged or destroyed in the clashes, the minister said.", "2025-05-09")),
    ("no-holder-quiet", QUIET, SU34_HIT,
     ("No aircraft were damaged in the attack on the base, the ministry said.", "2024-08-04")),
    ("another-holder-quiet", QUIET, SU34_HIT,
     ("No Ukrainian aircraft were lost in the raid, the air force in Kyiv said.", "2024-08-04")),
    ("months-apart-quiet", QUIET, F16_DOWNED,
     ("Pakistan did not lose any jets in the fighting, its army spokesman told reporters.", "2025-09-20")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in PAIRS])
def test_denied_loss_of_a_kind_against_a_reported_loss(tmp_path, expected, one, other):
    rows = rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
    assert bool(rows) == (expected == CONFLICT), rows


@pytest.mark.parametrize("text,expected", [
    ("Not one Indian jet was shot down during the night, the air force said.", ["arms:india/aircraft"]),
    ("No Russian helicopters were hit by the drones, the ministry said.", ["arms:russia/helicopter"]),
    ("The shelling did not result in the loss of any Ukrainian tanks, the brigade said.", ["arms:ukraine/tank"]),
    ("Syria's army insisted that none of its planes had been hit, and no Syrian warplanes were lost.",
     ["arms:syria/aircraft"]),
])
def test_a_kind_and_its_holder_are_kept(tmp_path, text, expected):
    assert kind_denials(analyzed_ledger(tmp_path, {"a": (text, "2024-06-01")})) == expected


@pytest.mark.parametrize("text", [
    "No aircraft were damaged in the strike, the ministry said.",                 # no holder
    "Not a single Pakistani F-16 was lost, the minister said.",                    # a system named
    "Russian jets destroyed no bridges in the region, the governor said.",        # the jets are the agent
    "No Pakistani aircraft will be put at risk, the minister said.",              # no loss
    "If no Indian jets were hit, the air force would have said so.",              # a condition
    "Indian officials did not deny that Pakistani jets had been shot down.",      # a denial unsaid
])
def test_no_kind_denial(tmp_path, text):
    assert kind_denials(analyzed_ledger(tmp_path, {"a": (text, "2024-06-01")})) == []


def named_denials(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT DISTINCT subject, status FROM status_claims WHERE kind = 'denied' "
                          "AND subject NOT LIKE 'arms:%' ORDER BY subject").fetchall()


HIMARS_HIT = ("Russian Iskander missiles destroyed a HIMARS launcher near Kupiansk on Monday, the ministry in "
              "Moscow said.", "2024-06-10")

NAMED = [
    ("intact", CONFLICT, HIMARS_HIT,
     ("Every HIMARS launcher near Kupiansk is intact, a Ukrainian army spokesman said.", "2024-06-11")),
    ("remained-undamaged", CONFLICT, HIMARS_HIT,
     ("The HIMARS launchers remained undamaged after Monday's strike, Kyiv said.", "2024-06-11")),
    ("survived-unscathed", CONFLICT, HIMARS_HIT,
     ("A Ukrainian officer said the HIMARS crews and launchers survived the strike unscathed.", "2024-06-11")),
    ("no-losses", CONFLICT, HIMARS_HIT,
     ("There have been no HIMARS losses this month, the general staff in Kyiv said.", "2024-06-11")),
    ("reports-of-losses-false", CONFLICT, HIMARS_HIT,
     ("Kyiv said the reports of HIMARS losses near Kupiansk were false.", "2024-06-11")),
    ("failed-to-destroy", CONFLICT, HIMARS_HIT,
     ("The Iskander strike failed to destroy any HIMARS launcher, a Ukrainian officer said.", "2024-06-11")),
    # near misses: harm said, no system in the subject, a state still ahead
    ("not-intact-quiet", QUIET, HIMARS_HIT,
     ("The HIMARS launchers near Kupiansk are not intact, a Ukrainian officer admitted.", "2024-06-11")),
    ("runway-intact-quiet", QUIET, HIMARS_HIT,
     ("The road to Kupiansk remained intact, and the HIMARS was moved after the strike, Kyiv said.",
      "2024-06-11")),
    ("losses-mounted-quiet", QUIET, HIMARS_HIT,
     ("HIMARS losses have mounted this month, a Western analyst wrote.", "2024-06-11")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in NAMED])
def test_named_loss_denied_in_other_words(tmp_path, expected, one, other):
    rows = rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
    assert bool(rows) == (expected == CONFLICT), rows


@pytest.mark.parametrize("text,expected", [
    ("The Pantsir battery at the airfield was intact on Tuesday, the governor said.", [("Pantsir-S1", "DESTROYED")]),
    ("No Leopard 2 losses were recorded in the battle, the brigade said.", [("Leopard 2", "DESTROYED")]),
    ("The Pantsir battery will remain intact if the drones are stopped.", []),
    ("The Pantsir battery was not intact after the raid.", []),
])
def test_named_denials(tmp_path, text, expected):
    assert named_denials(analyzed_ledger(tmp_path, {"a": (text, "2024-06-01")})) == expected


def test_the_holders_of_losses_are_read_through_an_index(tmp_path):
    """A denied loss of a kind asks which subjects a country's losses name: that read costs the
    holder facts, not every fact of the ledger."""
    from claimledger.link.update import subjects_held_by
    from claimledger.store.ledger import Ledger

    with Ledger(tmp_path / "ledger.db") as ledger:
        statements = []
        ledger.db.set_trace_callback(statements.append)
        subjects_held_by(ledger.db, {"pakistan"})
        ledger.db.set_trace_callback(None)
        query = next(statement for statement in statements if "subject_facts" in statement)
        plan = " ".join(row[-1] for row in ledger.db.execute(f"EXPLAIN QUERY PLAN {query}"))
    assert "subject_facts_attribute" in plan and "SCAN" not in plan
