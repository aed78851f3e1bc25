"""General remedies from the fifteenth conflict round, on report pairs written for these tests,
with near misses that stay quiet.

A count of a plain noun in a sentence that names no system ("the guard said it launched 12
missiles", "Ukraine's air defence shot down 23 drones", "Kyiv downed four jets") is of the story's one
system of that unit, named in the headline, the lead or the sentence before, when its own verb
states a use or a loss, as it already was for an arrival (``link_records.story_subject``). A loss
counts only with no agent or an agent naming a party ("Ukraine's air defence"): one that names none
("Their crews destroyed four tanks" in a tank's story) may be the system's own side, and counts
nothing; a document with two systems of the unit binds the count to
neither; a count of another noun ("eleven soldiers") is no count of the system.

A multiplier after a number word multiplies it ("two dozen jets" are 24, not 2), also where the
parser hangs a partitive's "of" on the multiplier ("three dozen of the jets" are 36, not 12;
``quantities.multiplied_partitive``).
"""
from __future__ import annotations

import sqlite3

import pytest
from conftest import QUIET, analyzed_ledger, assert_pair_reading

PAIRS = [
    # conflicts: the count names no system, the sentence before does
    ("number",
     ("The Revolutionary Guard fired Fateh-110 missiles at the Harir base on Sunday. "
      "The guard said it launched 12 missiles in the attack.", "2024-01-14"),
     ("Iran fired 20 Fateh-110 missiles at the Harir base on Sunday, US officials said.", "2024-01-14")),
    ("number",
     ("Shahed drones attacked Odesa overnight. Ukraine's air defence shot down 23 drones, the air force said.", "2024-05-06"),
     ("Air defence shot down 31 Shahed drones over Odesa overnight, the governor said.", "2024-05-06")),
    ("number",
     ("The Su-34 bombers struck Vovchansk on Friday. Ukraine shot down four jets, its air force said.", "2024-03-01"),
     ("Ukraine shot down two Su-34 bombers near Vovchansk on Friday, the air force said.", "2024-03-01")),
    # near misses
    ("quiet",   # two systems of the unit: the count is of neither
     ("Su-35 and Su-30 jets flew over the strait on Monday. Ten jets were counted by the navy.", "2024-06-03"),
     ("Twelve Su-35 jets flew over the strait on Monday, the navy said.", "2024-06-03")),
    ("quiet",   # a count of another noun
     ("Fateh-110 missiles struck the Harir base on Sunday. Eleven soldiers were hurt, officials said.", "2024-01-14"),
     ("Iran fired 20 Fateh-110 missiles at the Harir base on Sunday, US officials said.", "2024-01-14")),
    ("quiet",   # another strike, two months later
     ("The Revolutionary Guard fired Fateh-110 missiles at the Harir base on Sunday. "
      "The guard said it launched 12 missiles in the attack.", "2024-01-14"),
     ("Iran fired 20 Fateh-110 missiles at Erbil on Saturday, US officials said.", "2024-03-16")),
    ("quiet",   # the system's own crews did the destroying: the tanks are the other side's
     ("Ukraine's Abrams tanks reached the front in May. Their crews destroyed four tanks near Avdiivka on Friday.",
      "2024-06-01"),
     ("Russian drones destroyed two Abrams tanks near Avdiivka on Friday, the ministry said.", "2024-06-01")),
    ("quiet",   # the story's system is counted in another unit (a battery, not missiles)
     ("A Patriot battery guarded Kyiv overnight. Russia fired 12 missiles at the city, officials said.", "2024-06-01"),
     ("Russia fired 20 Kinzhal missiles at Kyiv overnight, officials said.", "2024-06-01")),
    ("quiet",   # the same count told both ways
     ("Shahed drones attacked Odesa overnight. Ukraine's air defence shot down 23 drones, the air force said.", "2024-05-06"),
     ("Air defence shot down 23 Shahed drones over Odesa overnight, the governor said.", "2024-05-06")),
]


@pytest.mark.parametrize("expected,one,other", PAIRS)
def test_a_count_bound_to_the_story_system(tmp_path, expected, one, other):
    assert_pair_reading(tmp_path, expected if expected != "quiet" else QUIET, one, other)


@pytest.mark.xfail(strict=True, reason="'hit' and 'landed' are no verbs a count's status is read from")
@pytest.mark.parametrize("one,other", [
    (("Ukraine's navy struck the Saky base with Neptune missiles overnight. Seven missiles hit the base, "
      "the navy said.", "2023-09-02"),
     ("Ukraine fired three Neptune missiles at the Saky base overnight, Russian officials said.", "2023-09-02")),
    (("Poland's first AH-64 Apache helicopters arrived at Inowroclaw on Monday. Eight helicopters landed at the "
      "base, the ministry said.", "2025-03-10"),
     ("Twelve AH-64 Apache helicopters landed at Inowroclaw on Monday, the ministry said.", "2025-03-10")),
])
def test_counts_whose_verb_gives_no_status_are_still_unbound(tmp_path, one, other):
    assert_pair_reading(tmp_path, "number", one, other)


DOZEN_PAIRS = [
    ("number",
     ("Serbia received two dozen Rafale jets at Batajnica on Friday, the ministry said.", "2025-09-05"),
     ("Serbia received 12 Rafale jets at Batajnica on Friday, officials said.", "2025-09-05")),
    ("quiet",   # the same count in words and in figures
     ("Serbia received two dozen Rafale jets at Batajnica on Friday, the ministry said.", "2025-09-05"),
     ("Serbia received 24 Rafale jets at Batajnica on Friday, officials said.", "2025-09-05")),
]


@pytest.mark.parametrize("expected,one,other", DOZEN_PAIRS)
def test_a_number_times_a_dozen(tmp_path, expected, one, other):
    assert_pair_reading(tmp_path, expected if expected != "quiet" else QUIET, one, other)


def aircraft_counts(path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [value for (value,) in db.execute(
            "SELECT value FROM subject_facts WHERE attribute LIKE 'quantity:aircraft:%' ORDER BY value")]


@pytest.mark.parametrize("text,expected", [
    ("Algeria received three dozen of the Su-57 jets on Monday, officials said.", ["36 aircraft"]),
    ("Hungary has two dozen Gripen fighters in service.", ["24 aircraft"]),
    ("Algeria received a dozen Su-57 jets on Monday.", ["12 aircraft"]),
])
def test_the_value_of_a_number_and_a_dozen(tmp_path, text, expected):
    assert aircraft_counts(analyzed_ledger(tmp_path, {"a": (text, "2025-02-10")})) == expected
