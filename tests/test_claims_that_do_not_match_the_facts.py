"""Denials read in wordings of the tenth conflict round: a claim said not to match the facts
("the information about the destruction of eight launchers does not correspond to reality",
"these figures do not reflect the facts") denies the status its subject names, however long that
subject is, while a loss noun inside the subject of another negated verb denies nothing ("a video of
the destruction ... does not match the first one"); and a participle that tells how a claim came ("the information provided by the
military about ...", "reports sent to journalists about ...") moves the claim, not a system, so
the status denied is the one the claim is about. Each shape has near misses that stay quiet.
Every sentence is written for these tests."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

CONFLICT, QUIET = "conflict", "quiet"


def denials(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT subject, status FROM status_claims WHERE kind = 'denied' ORDER BY start").fetchall()


TOR_LOST = ("Two Tor-M2 launchers were destroyed near the river on Monday, the Ukrainian army said.", "2024-05-06")
KILO_LOST = ("A Kilo-class submarine was destroyed in port at Sevastopol on Wednesday, the Ukrainian navy said.",
             "2024-05-08")
KA52_DOWNED = ("Ukrainian air defences shot down a Russian Ka-52 helicopter near Robotyne on Friday, "
               "the General Staff said.", "2024-06-07")
F16_LOST = ("Indian missiles destroyed three Pakistani F-16 jets at the Sargodha base, the Indian air chief said.",
            "2025-05-10")
KILO_DELIVERED = ("Two Kilo-class submarines were delivered to Algeria in January, the shipyard said.", "2024-05-08")

PAIRS = [
    # a claim said not to match the facts
    ("does-not-correspond", CONFLICT, TOR_LOST,
     ("The statement circulated by Kyiv about the destruction of two Tor-M2 launchers near the river "
      "does not correspond to reality, the Russian defence ministry said.", "2024-05-07")),
    ("do-not-reflect-the-facts", CONFLICT, TOR_LOST,
     ("Figures released by the Ukrainian army on the destruction of two Tor-M2 launchers near the river "
      "do not reflect the facts, Moscow said.", "2024-05-07")),
    ("did-not-match-reality", CONFLICT, TOR_LOST,
     ("The ministry said the account of the destruction of Tor-M2 launchers by Ukrainian drones "
      "did not match reality.", "2024-05-07")),
    # near misses: the claim said to match, or a picture that does not show it
    ("corresponds-quiet", QUIET, TOR_LOST,
     ("The statement circulated by Kyiv about the destruction of two Tor-M2 launchers near the river "
      "corresponds to reality, a Western analyst said.", "2024-05-07")),
    ("video-does-not-match-quiet", QUIET, TOR_LOST,
     ("A second video of the destruction of two Tor-M2 launchers near the river does not match the first one "
      "in length, a blogger wrote.", "2024-05-07")),
    ("version-does-not-correspond-quiet", QUIET, TOR_LOST,
     ("The report on the destruction of two Tor-M2 launchers near the river does not correspond to the version "
      "the army gave first, a blogger wrote.", "2024-05-07")),
    # a participle that tells how the claim came
    ("claim-sent-about-a-loss", CONFLICT, KILO_LOST,
     ("The information sent by Kyiv to reporters about the destruction of a Kilo-class submarine in port "
      "is false, Moscow said.", "2024-05-08")),
    # near miss: the same denial says nothing of a delivery
    ("claim-sent-no-delivery-quiet", QUIET, KILO_DELIVERED,
     ("The information sent by Kyiv to reporters about the destruction of a Kilo-class submarine in port "
      "is false, Moscow said.", "2024-05-08")),
    # a claim a falsity adjective qualifies
    ("false-claim-that", CONFLICT, KA52_DOWNED,
     ("Russian bloggers are spreading the false claim that Ukrainian air defences shot down a Ka-52 helicopter "
      "near Robotyne, the ministry said.", "2024-06-07")),
    ("fabricated-report-of", CONFLICT, KA52_DOWNED,
     ("The ministry called it a fabricated report of a Ka-52 helicopter shot down near Robotyne.", "2024-06-08")),
    # near misses: the falsity is of something else, or not said
    ("false-report-of-something-else-quiet", QUIET, KA52_DOWNED,
     ("A false report about a fire at the depot was followed by news that a Ka-52 helicopter had been shot down "
      "near Robotyne.", "2024-06-07")),
    ("claim-not-baseless-quiet", QUIET, KA52_DOWNED,
     ("Analysts said the claim that Ukrainian air defences shot down a Ka-52 near Robotyne was not baseless.",
      "2024-06-08")),
    # a denied loss of a holder's kind: the claim that, and a speaker's words, denied
    ("denied-claim-that-kind", CONFLICT, F16_LOST,
     ("Pakistan denied the claim that three Pakistani fighter jets were destroyed at the Sargodha base.",
      "2025-05-11")),
    ("denied-speaker-who-claimed", CONFLICT, F16_LOST,
     ("The minister denied recent statements by the Indian air chief, who claimed that three Pakistani fighter "
      "jets were destroyed at the Sargodha base.", "2025-05-11")),
    # near misses: not denied, or another holder's jets
    ("did-not-deny-claim-quiet", QUIET, F16_LOST,
     ("Pakistan did not deny the claim that three Pakistani fighter jets were destroyed at the Sargodha base.",
      "2025-05-11")),
    ("welcomed-speaker-quiet", QUIET, F16_LOST,
     ("The minister welcomed recent statements by the Indian air chief, who claimed that three Pakistani fighter "
      "jets were destroyed at the Sargodha base.", "2025-05-11")),
    ("another-holder-quiet", QUIET, F16_LOST,
     ("India denied the claim that three Indian fighter jets were destroyed near the Sargodha base.",
      "2025-05-11")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in PAIRS])
def test_denial_against_a_report(tmp_path, expected, one, other):
    rows = rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
    assert bool(rows) == (expected == CONFLICT), rows


@pytest.mark.parametrize("text,expected", [
    ("The statement circulated by the rebels about the downing of two Ka-52 helicopters over the valley "
     "does not correspond to reality, the ministry said.", [("Ka-52", "DESTROYED")]),
    ("Figures published in Warsaw about the shipment of Krab howitzers to the front do not reflect the facts, "
     "an official in Kyiv said.", [("Krab", "ARRIVED")]),
    # not a claim against the facts: no denial
    ("The ministry said the deployment of the Pantsir-S1 batteries to the island corresponds to the plan "
     "agreed last year.", []),
    ("The new satellite map does not reflect the deployment of the S-400 battalion near the lake.", []),
    ("The rebuilt radar of the S-300 battery does not match the older design, engineers said.", []),
    # the participle of the claim is passed over for the status it is about
    ("The information sent by the navy to reporters about the destruction of the Kilo-class submarine "
     "in port is false, Kyiv said.", [("Kilo-class submarine", "DESTROYED")]),
    ("Bloggers keep spreading the false claim that Ukrainian air defences shot down a Mi-24 helicopter "
     "over the bay.", [("Mi-24", "DESTROYED")]),
    ("Analysts said the claim that air defences shot down the Mi-24 helicopter was not baseless.", []),
    # a kind of system a country holds, named by a compound ("Pakistani fighter jets")
    ("Pakistan denied that any Pakistani fighter jets were destroyed.", [("arms:pakistan/aircraft", "DESTROYED")]),
    ("The minister did not deny the claim that six Pakistani fighter jets were destroyed.", []),
    # a clause of the claim is the claim: its status is denied
    ("The ministry rejected the reports that Russia had sent the Su-35 jets to Iran.", [("Su-35", "ARRIVED")]),
])
def test_denials_read(tmp_path, text, expected):
    assert denials(analyzed_ledger(tmp_path, {"a": (text, "2024-06-01")})) == expected
