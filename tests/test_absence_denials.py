"""A system said not to be where a report put it: "there are no S-400 batteries in Crimea", "no
Iskander launchers have been placed in Belarus", "had never been stationed there", and denials of
a report of presence that name no status word ("dismissed the reports about Pantsir systems in
Venezuela as hype"). Each answers a report of the system deployed there; another place, a plan, a
doubt, a condition or a "not yet" does not. Every sentence is written for these tests."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

CONFLICT, QUIET = "conflict", "quiet"


def denials(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT subject, status, location FROM status_claims WHERE kind = 'denied' "
                          "ORDER BY start").fetchall()


S400_CRIMEA = ("Russia has deployed new S-400 batteries in Crimea, satellite images showed on Monday.", "2023-08-14")
ISKANDER_BELARUS = ("Russia has stationed Iskander-M launchers in Belarus, the government in Warsaw said.",
                    "2024-02-01")

PAIRS = [
    ("there-are-no", CONFLICT, S400_CRIMEA,
     ("There are no S-400 batteries in Crimea, a Russian military source told the agency.", "2023-08-15")),
    ("there-are-not-any", CONFLICT, S400_CRIMEA,
     ("There aren't any S-400 systems in Crimea at the moment, the source insisted.", "2023-08-15")),
    ("no-passive", CONFLICT, ISKANDER_BELARUS,
     ("No Iskander-M launchers have been placed in Belarus, the ministry in Minsk said.", "2024-02-02")),
    ("never-stationed", CONFLICT, ISKANDER_BELARUS,
     ("Minsk said Iskander-M launchers had never been stationed in Belarus.", "2024-02-02")),
    ("reports-about-as-hype", CONFLICT, ISKANDER_BELARUS,
     ("Minsk dismissed the reports about Iskander-M launchers in Belarus as hype.", "2024-02-02")),
    ("claim-that-are-groundless", CONFLICT, ISKANDER_BELARUS,
     ("The claim that Iskander-M launchers are in Belarus is groundless, the ministry said.", "2024-02-02")),
    ("called-propaganda", CONFLICT, ISKANDER_BELARUS,
     ("Minsk called the reports of an Iskander-M deployment in Belarus Polish propaganda.", "2024-02-02")),
    ("reports-fabricated", CONFLICT, ISKANDER_BELARUS,
     ("Minsk said the reports about Iskander-M launchers in Belarus were fabricated.", "2024-02-02")),
    ("no-delivery-of", CONFLICT,
     ("Iran has delivered Fath-360 missiles to Russia, officials in Washington said.", "2024-09-06"),
     ("There has been no delivery of Fath-360 missiles to Russia, the mission in New York said.", "2024-09-07")),
    # near misses: another place, a plan, a doubt, a condition, another recipient
    ("no-delivery-elsewhere-quiet", QUIET,
     ("Iran has delivered Fath-360 missiles to Russia, officials in Washington said.", "2024-09-06"),
     ("There has been no delivery of Fath-360 missiles to Sudan, the mission in New York said.", "2024-09-07")),
    ("reports-not-fabricated-quiet", QUIET, ISKANDER_BELARUS,
     ("Minsk said the reports about Iskander-M launchers in Belarus were not fabricated.", "2024-02-02")),
    ("another-place-quiet", QUIET, S400_CRIMEA,
     ("There are no S-400 batteries in Kaliningrad, a Russian military source told the agency.", "2023-08-15")),
    ("no-doubt-quiet", QUIET, S400_CRIMEA,
     ("There is no doubt that S-400 batteries are in Crimea, a Ukrainian officer said.", "2023-08-15")),
    ("condition-quiet", QUIET, S400_CRIMEA,
     ("If there are no S-400 batteries in Crimea, the images are fakes, an analyst said.", "2023-08-15")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in PAIRS])
def test_absence_against_a_deployment(tmp_path, expected, one, other):
    rows = rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
    assert bool(rows) == (expected == CONFLICT), rows


@pytest.mark.parametrize("text,expected", [
    ("There are no Patriot batteries in Slovakia now, the minister said.", [("Patriot", "DEPLOYED", "Slovakia")]),
    ("Not a single Pantsir-S1 has been positioned in Venezuela, Caracas said.",
     [("Pantsir-S1", "DEPLOYED", "Venezuela")]),
    ("There are no plans to deploy Patriot batteries in Slovakia, the minister said.", []),
    ("The Patriot batteries have not yet been placed in Slovakia, the minister said.", []),
    ("There is no doubt the Patriot batteries are in Slovakia, the minister said.", []),
])
def test_absences_read(tmp_path, text, expected):
    assert denials(analyzed_ledger(tmp_path, {"a": (text, "2024-06-01")})) == expected
