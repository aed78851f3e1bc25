"""Two general remedies from the eleventh conflict round, each on sentences written for these
tests, with near misses that stay quiet:

- a denial verb whose object is a report or a claim ("the government denied the reports",
  "rejected reports suggesting that ...") denies the status its sentence tells, wherever that
  status stands in the sentence, when no denial frame reached it (``extract/cue_denials.py``);
  a denial verb left unsaid, a negation that is no denial, or a denial of something else gives
  nothing;
- two holdings of one subject ("now operates six", "from today we have ten") are not compared
  when a report of either tells units coming or going in those days: a holder has one total
  before such a change and another after it (``link/kinds/number.py``); holdings with no change
  between them, or with a change told years before, still conflict.
"""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

CONFLICT, QUIET = "conflict", "quiet"


def denials(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT subject, status FROM status_claims WHERE kind = 'denied' ORDER BY start").fetchall()


@pytest.mark.parametrize("text,expected", [
    # the denial verb takes the reports; the status stands in another clause
    ("After new satellite pictures showed Tor-M2 launchers deployed near the harbour, the government in Minsk "
     "denied the reports, calling them a fabrication.", [("Tor-M2", "DEPLOYED")]),
    ("The ministry firmly rejected reports suggesting that Egypt intends to return the Su-35 jets to Russia.",
     [("Su-35", "PLANNED")]),
    ("Once photographs showed Pantsir-S1 systems deployed at the airport, the ministry in Moscow rejected the "
     "reports as false.", [("Pantsir-S1", "DEPLOYED")]),
    # near misses: unsaid, no denial verb, or no claim for its object
    ("The army did not deny the reports that Tor-M2 launchers were deployed near the harbour.", []),
    ("The Tor-M2 launchers were deployed near the harbour, officials said, but they did not give further detail.",
     []),
    ("He does not know whether the Krab howitzers were delivered, the minister said.", []),
    ("Officials dismissed claims of a ceasefire, as Tor-M2 launchers were deployed near the harbour.", []),
    ("Once photographs showed Pantsir-S1 systems deployed at the airport, the ministry in Moscow rejected claims "
     "of a blockade.", []),
    ("Once photographs showed Pantsir-S1 systems deployed at the airport, the ministry in Moscow did not deny "
     "the reports.", []),
])
def test_denials_read_from_the_cue(tmp_path, text, expected):
    assert denials(analyzed_ledger(tmp_path, {"a": (text, "2024-06-01")})) == expected


PANTSIR_DEPLOYED = ("Russia has deployed Pantsir-S1 systems at the Bamako airport, Western officials said.",
                    "2024-06-01")

DENIALS = [
    ("deployment-rejected", CONFLICT, PANTSIR_DEPLOYED,
     ("Once photographs showed Pantsir-S1 systems deployed at the airport, the ministry in Moscow rejected the "
      "reports as false.", "2024-06-02")),
    # near misses: a denial left unsaid, a denial of another claim, a denial months after
    ("not-denied-quiet", QUIET, PANTSIR_DEPLOYED,
     ("Once photographs showed Pantsir-S1 systems deployed at the airport, the ministry in Moscow did not deny "
      "the reports.", "2024-06-02")),
    ("other-claim-quiet", QUIET, PANTSIR_DEPLOYED,
     ("Once photographs showed Pantsir-S1 systems deployed at the airport, the ministry in Moscow rejected claims "
      "of a blockade.", "2024-06-02")),
    ("months-later-quiet", QUIET, PANTSIR_DEPLOYED,
     ("Once photographs showed Pantsir-S1 systems deployed at the airport, the ministry in Moscow rejected the "
      "reports as false.", "2024-11-20")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in DENIALS])
def test_cue_denial_against_a_report(tmp_path, expected, one, other):
    rows = rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
    assert bool(rows) == (expected == CONFLICT), rows


TEN_HELD = ("Starting today we have ten Su-30 jets in our fleet, the Kazakh defence minister said.", "2024-03-05")

HOLDINGS = [
    # no change between the two totals: two counts of one fleet
    ("no-change", CONFLICT,
     ("The Kazakh air force now operates six Su-30 jets, its commander told reporters.", "2024-03-05"), TEN_HELD),
    # a change told years before the totals does not explain them
    ("change-years-before", CONFLICT,
     ("The first four Su-30 jets arrived in Kazakhstan in May 2019. The Kazakh air force now operates six Su-30 "
      "jets.", "2024-03-05"),
     ("The Kazakh air force has ten Su-30 jets in service today, the minister said.", "2024-03-05")),
    # a hand-over told with one total: the other may be after it
    ("hand-over-quiet", QUIET,
     ("Belarus handed over four Su-30 fighter jets to the Kazakh air force on Monday. The Kazakh air force now "
      "operates six Su-30 jets.", "2024-03-05"), TEN_HELD),
    # further units arrived, told with the other total
    ("four-more-quiet", QUIET,
     ("The Kazakh air force now operates six Su-30 jets, its commander told reporters.", "2024-03-05"),
     ("Four more Su-30 jets arrived in Kazakhstan on Monday, and the air force now has ten Su-30 jets, "
      "the minister said.", "2024-03-05")),
    # a loss told with one total
    ("loss-quiet", QUIET,
     ("Two Su-30 jets were destroyed at the Taldykorgan base on Monday; the Kazakh air force now has four Su-30 "
      "jets left.", "2024-03-05"),
     ("The Kazakh air force has six Su-30 jets in service today, the minister said.", "2024-03-05")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in HOLDINGS])
def test_holdings_around_a_change(tmp_path, expected, one, other):
    rows = [row for row in rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
            if row[0] == "number"]
    assert bool(rows) == (expected == CONFLICT), rows
