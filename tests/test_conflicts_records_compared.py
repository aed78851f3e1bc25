"""Onsets told in other words, compared: report pairs written for these tests, analysed into one
ledger, with near misses that stay quiet.

A first use told as a combat or operational debut ("made its combat debut on Tuesday", "debuted in
combat near Kherson"), a first sight of combat ("first saw combat over Kharkiv"), or an activation
against incoming fire ("was activated for the first time in response to drones") is a dated first
use (``link_records.debut_claims``, the words in ``first_use_told`` of the cues), which the date
kind compares with another report's first use. A debut at a fair, a unit stood up, a plan to debut
and the day a debut was confirmed are no dated first use. A unit "stood up" is put on duty
(``stand up`` among the events' particle verbs), so two dates of it are a date conflict. A
presence told as a first sighting ("were first spotted in", "first appeared in") is a first
onset (``first_onset`` of the cues), which no earlier report can leave as a further batch.

The owner of the weapon that struck is a firing side (``incidents.owner_side``, ``owner_lemmas``
of the incident cues): "the rocket that hit the station belonged to Ukraine's army" against "a
Russian rocket hit the station". Not the owner of the thing struck ("struck a depot that belonged
to"), not an owner that is no country, not the owner of an interceptor that stopped a weapon.
"""
from __future__ import annotations

import sqlite3

import pytest
from conftest import QUIET, analyzed_ledger, assert_pair_reading

FLAMINGO_DEBUT = ("Ukraine's Flamingo cruise missile made its combat debut on Tuesday in a strike on a plant "
                  "in Bryansk, the general staff said.", "2025-08-20")
ARROW_DEBUT = ("Israel's Arrow 3 interceptor made its operational debut on Tuesday over the Red Sea, "
               "destroying a missile fired from Yemen.", "2023-11-01")
IRON_BEAM_FIRST = ("The Iron Beam shot down a drone for the first time on Tuesday near the border, the army said.",
                   "2025-03-12")
TYPHON_ACTIVATED = ("The Typhon battery was activated in Germany in November 2026, the army said.", "2026-11-20")

PAIRS = [
    # conflicts: one first use, two days
    ("date", FLAMINGO_DEBUT,
     ("Ukraine fired the Flamingo for the first time on Saturday, hitting a depot in Bryansk, a military blogger wrote.",
      "2025-08-17")),
    ("date", ARROW_DEBUT,
     ("The Arrow 3 intercepted a missile for the first time on Thursday over the Red Sea, the army said.", "2023-11-10")),
    ("date",
     ("The Gripen fighters first saw combat over Kharkiv on 4 April, the air force said.", "2026-04-10"),
     ("The Gripen jets were used in combat for the first time over Kharkiv on 19 April, officials said.", "2026-04-22")),
    ("date",
     ("The Iron Beam laser was activated for the first time on Saturday in response to drones launched from Lebanon.",
      "2025-03-16"), IRON_BEAM_FIRST),
    ("date",
     ("The Taurus missile made its combat debut on Monday against a bridge near Kherson, officials in Kyiv said.",
      "2026-02-03"),
     ("The Taurus debuted in combat on Thursday, striking a depot near Kherson, a ministry source said.", "2026-02-13")),
    # conflicts: one unit put on duty, two months
    ("date", ("The Typhon battery was stood up in Germany in March 2026, the army said.", "2026-04-01"),
     TYPHON_ACTIVATED),
    # near misses
    (QUIET, FLAMINGO_DEBUT,   # the same first use in two wordings
     ("The Flamingo was used for the first time on Tuesday against Bryansk, officials said.", "2025-08-20")),
    (QUIET,   # a first use at another place
     ("The K9 howitzer made its combat debut in South Korea on 23 November 2010, shelling Yeonpyeong.", "2023-05-02"),
     ("The K9 howitzer was first used in Ukraine on 20 April 2023, the general staff said.", "2023-05-03")),
    (QUIET,   # a plan against a fact
     ("The Flamingo missile is expected to make its combat debut next month, the general staff said.", "2025-07-10"),
     FLAMINGO_DEBUT),
    (QUIET,   # the day the debut was confirmed against the day of the debut
     ("The army confirmed on Friday that the Arrow 3 interceptor had made its operational debut over the Red Sea.",
      "2023-11-04"), ARROW_DEBUT),
    (QUIET,   # a debut at a fair is no use
     ("The Lancet loitering munition debuted at the Army-2019 forum near Moscow in June 2019.", "2019-07-01"),
     ("Russia first used the Lancet in Syria in November 2020, according to analysts.", "2021-01-12")),
    (QUIET,   # a battalion activated is stood up, not fired
     ("The Iron Beam battalion was activated for the first time on Saturday at a base in the south, the ministry said.",
      "2025-03-16"), IRON_BEAM_FIRST),
    (QUIET,   # a unit to be stood up later is a plan
     ("The Typhon battery is to be stood up in Germany in 2028, the army said.", "2026-04-01"), TYPHON_ACTIVATED),
]


OWNER_PAIRS = [
    ("incident",
     ("The missile that shot down the airliner over Donetsk on Thursday belonged to Russia's armed forces, "
      "investigators said.", "2024-03-08"),
     ("The missile that downed the airliner over Donetsk on Thursday belonged to the Ukrainian army, "
      "the Russian ministry said.", "2024-03-09")),
    ("incident",
     ("The drone that struck the market in Kherson on Monday belonged to the Russian army, the governor said.",
      "2024-05-07"),
     ("Ukrainian forces struck the market in Kherson on Monday with a drone, the Russian ministry said.", "2024-05-07")),
    ("incident",
     ("The rocket that hit the railway station in Kramatorsk on Friday belonged to Ukraine's army, Moscow said.",
      "2022-04-09"),
     ("A Russian rocket hit the railway station in Kramatorsk on Friday, killing dozens, officials said.", "2022-04-09")),
    ("incident",
     ("The Buk launcher that fired at the helicopter near Luhansk on Sunday belonged to Russia, the monitors said.",
      "2023-06-12"),
     ("The Buk launcher that fired at the helicopter near Luhansk on Sunday belonged to Ukraine's air defence, "
      "separatists said.", "2023-06-12")),
    ("incident",
     ("The shell that hit the hospital in Donetsk on Tuesday belonged to the Ukrainian army, local officials said.",
      "2024-01-17"),
     ("Russian artillery hit the hospital in Donetsk on Tuesday, the Ukrainian army said.", "2024-01-17")),
    (QUIET,   # the owner of the thing struck, not of the weapon
     ("A drone struck a depot in Kherson on Monday that belonged to the Ukrainian army, the governor said.",
      "2024-05-07"),
     ("Russian drones struck the depot in Kherson on Monday, the governor said.", "2024-05-07")),
    (QUIET,   # an owner that is no country
     ("The truck that carried the rockets to Kherson on Monday belonged to a local farmer, police said.", "2024-05-07"),
     ("Russian rockets hit Kherson on Monday, the governor said.", "2024-05-07")),
    (QUIET,   # another strike: another town
     ("The drone that struck the market in Kherson on Monday belonged to the Russian army, the governor said.",
      "2024-05-07"),
     ("The drone that struck the market in Donetsk on Monday belonged to the Ukrainian army, the mayor said.",
      "2024-05-07")),
    (QUIET,   # an interceptor's owner is no side of the strike it stopped
     ("The Patriot missile that intercepted the drone over Kyiv on Sunday belonged to Ukraine's air force.",
      "2024-06-10"),
     ("Russia attacked Kyiv with drones on Sunday, the city said.", "2024-06-10")),
]

SIGHTING_PAIRS = [
    ("status",   # first seen a year and more after a deployment there: not a further batch
     ("The Patriot batteries first appeared in Poland in May 2024, local media said.", "2024-06-01"),
     ("Patriot batteries were deployed in Poland in January 2023, NATO said.", "2024-06-03")),
    (QUIET,   # the same first sighting in two wordings
     ("The Iskander-M launchers were first seen in Belarus in March 2026, satellite images showed.", "2026-05-02"),
     ("The Iskander-M launchers first appeared in Belarus in March 2026, analysts said.", "2026-05-03")),
    (QUIET,   # a first sighting elsewhere
     ("The Iskander-M launchers were first seen in Belarus in March 2026, satellite images showed.", "2026-05-02"),
     ("The Iskander-M first arrived in Armenia in 2016, the ministry said.", "2026-05-03")),
]


@pytest.mark.parametrize("expected,one,other", OWNER_PAIRS)
def test_the_owner_of_the_weapon_is_a_side(tmp_path, expected, one, other):
    assert_pair_reading(tmp_path, expected, one, other)


@pytest.mark.parametrize("expected,one,other", SIGHTING_PAIRS)
def test_a_first_sighting_is_a_first_onset(tmp_path, expected, one, other):
    assert_pair_reading(tmp_path, expected, one, other)


def test_an_owner_that_struck_its_own_country_keeps_the_place(tmp_path):
    # the side is the country struck, so it is dropped as ever; the place stays
    ledger = analyzed_ledger(tmp_path, {"one": (
        "The missile that downed the airliner over Georgia on Friday belonged to the Georgian army, Moscow said.",
        "2024-08-10")})
    with sqlite3.connect(ledger) as db:
        assert db.execute("SELECT place_key, side FROM incidents").fetchall() == [("georgia", None)]


@pytest.mark.parametrize("expected,one,other", PAIRS)
def test_onsets_told_in_other_words(tmp_path, expected, one, other):
    assert_pair_reading(tmp_path, expected, one, other)


def first_uses(tmp_path, text: str, dct: str) -> list[tuple]:
    ledger = analyzed_ledger(tmp_path, {"one": (text, dct)})
    with sqlite3.connect(ledger) as db:
        return db.execute("SELECT subject, date, date_role FROM status_claims "
                          "WHERE status = 'USED' AND first_time = 1").fetchall()


def test_a_debut_on_the_report_day_is_dated(tmp_path):
    # a weekday that is the report's own day dates the first use, not the report
    assert ("Arrow 3", "2024-02-05", "onset") in first_uses(
        tmp_path, "The Arrow 3 made its combat debut Monday over the desert, destroying a missile.", "2024-02-05")


@pytest.mark.parametrize("text", [
    "The Taurus is to make its combat debut this spring, the ministry said.",
    "The Taurus debuted at the Paris air show in June 2023.",
    "The Taurus battalion was activated on Monday at a base near Munich.",
])
def test_no_first_use_without_one(tmp_path, text):
    assert first_uses(tmp_path, text, "2024-02-05") == []


@pytest.mark.xfail(strict=True, reason="'the Lancet' alone names no subject (a journal's name too), so its first use is no claim")
def test_a_first_use_with_its_place_after_the_system(tmp_path):
    assert_pair_reading(tmp_path, "date",
                        ("The Lancet loitering munition debuted in combat near Kherson on 2 March 2022, "
                         "Russian state media reported.", "2022-06-10"),
                        ("Russia first used the Lancet in Ukraine on 20 May 2022, according to analysts.", "2022-06-12"))
