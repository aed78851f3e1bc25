"""Conflicts between two reports in wordings outlets use, each pair written for these tests,
with near misses that stay quiet. The rules they check:

- a status still ahead because it has not happened keeps the place its verb names ("have yet to
  arrive in Austria"), so it answers only reports of that place (``pending_place`` in
  ``extract/link_records.py``); a plan keeps none;
- Ukrainian "h" and Russian "g" spell one letter, so "Serhiy Naiev" and "Sergei Nayev" are one
  person (``spelling_skeleton`` in ``link/identity.py``);
- a status told as done with a hedge ("allegedly delivered") stands against its denial and
  against another date (``STATED_MODALITIES`` in ``link/bucket.py``);
- a denied deployment or loss keeps the place its verb names, a site or a town ("denied that
  ... had been stationed at the Tiyas air base"); a reported loss takes a known town the tagger
  missed ("shot down a Russian Su-25 over Avdiivka", ``known_loss_place``);
- a denial names combat duty by its words ("were operational", "put on combat duty");
- a deployment denied at a named place ("there are no Gripen jets in Ukraine") answers an
  arrival there;
- a country's adjective before a system's ambiguous name ("Dutch Patriot launchers") is no
  given name;
- an office set after a name between commas ("Rustem Umerov, a spokesman for the ministry,") is
  the person's role;
- a count dated only by its report's day ("has sent six tanks, the ministry said on Friday") is
  of its report's days;
- "have not entered service" is a deployment still ahead.
"""
from __future__ import annotations

import sqlite3

import pytest
from conftest import QUIET, analyzed_ledger, assert_pair_reading, rows_between


SKYRANGER_IN_AUSTRIA = ("Austria has received its first Skyranger anti-aircraft vehicles, the Austrian army said "
                        "on Monday.", "2025-11-17")
SU30_DENIED = ("Myanmar's military government denied on Thursday that any Su-30 fighter jets had been delivered "
               "to the country.", "2025-02-20")
BUK_AT_HMEIMIM = ("Russian Buk-M3 launchers have been stationed at the Hmeimim air base in Syria, a Syrian news "
                  "site reported.", "2025-07-07")
SU25_OVER_AVDIIVKA = ("Ukrainian paratroopers shot down a Russian Su-25 over Avdiivka on Thursday, the brigade "
                      "said.", "2025-08-01")
GRIPEN_ARRIVED = ("Swedish Gripen fighter jets arrived in Ukraine on Sunday, a Ukrainian member of parliament "
                  "said.", "2025-09-15")
UMEROV_MINISTER = ("Rustem Umerov, the country's defence minister, said the Bradley vehicles had reached the "
                   "front.", "2025-04-14")
LEOPARDS_SIX = ("Spain has sent six Leopard 2 tanks to Ukraine, the Spanish ministry said on Friday.", "2025-06-13")
K9_IN_SERVICE = ("Poland's new K9 howitzers entered service with an artillery regiment on Tuesday, the Polish "
                 "army said.", "2025-05-21")

PAIRS = [
    # a status still ahead at a place
    ("not-yet-there", "status", SKYRANGER_IN_AUSTRIA,
     ("Skyranger anti-aircraft vehicles have yet to arrive in Austria, an Austrian lawmaker said on "
      "Wednesday.", "2025-11-19")),
    ("not-yet-in-another-country-quiet", QUIET, SKYRANGER_IN_AUSTRIA,
     ("Skyranger anti-aircraft vehicles have yet to arrive in Hungary, a Hungarian lawmaker said on "
      "Wednesday.", "2025-11-19")),
    # a hedged delivery against its denial
    ("alleged-delivery-denied", "status",
     ("Russia allegedly delivered six Su-30 fighter jets to Myanmar last month, an exile news site "
      "reported.", "2025-02-18"), SU30_DENIED),
    ("possible-future-delivery-quiet", QUIET,
     ("Russia could deliver Su-30 fighter jets to Myanmar next year, an exile news site reported.", "2025-02-18"),
     SU30_DENIED),
    # a hedged date against a firm one
    ("believed-date-against-firm-date", "date",
     ("The first Rafale jets for Croatia are believed to have landed at Pleso on 2 April, a Croatian "
      "daily wrote.", "2025-04-10"),
     ("The first Rafale jets for Croatia landed at Pleso on 25 April, the Croatian defence ministry "
      "said.", "2025-04-26")),
    # a denied stationing at a named base
    ("stationing-denied-at-the-base", "status", BUK_AT_HMEIMIM,
     ("The Russian defence ministry denied that Buk-M3 launchers had been stationed at the Hmeimim air base.",
      "2025-07-09")),
    ("stationing-denied-at-another-base-quiet", QUIET, BUK_AT_HMEIMIM,
     ("The Russian defence ministry denied that Buk-M3 launchers had been stationed at the Tiyas air base.",
      "2025-07-09")),
    # a loss at a known town the tagger may miss
    ("loss-denied-at-its-town", "status", SU25_OVER_AVDIIVKA,
     ("Russia's defence ministry denied that a Su-25 had been shot down over Avdiivka.", "2025-08-02")),
    ("loss-denied-at-another-town-quiet", QUIET, SU25_OVER_AVDIIVKA,
     ("Russia's defence ministry denied that a Su-25 had been shot down over Pokrovsk.", "2025-08-02")),
    # combat duty denied by its words
    ("operational-denied", "status",
     ("Russian Bastion missile complexes deployed in Syria are now on combat duty, a Russian newspaper "
      "wrote.", "2025-01-08"),
     ("Syria's army denied that Bastion missile complexes in Syria were operational.", "2025-01-10")),
    # an absence at a named place against an arrival there
    ("none-there-against-arrived", "status", GRIPEN_ARRIVED,
     ("There are no Gripen jets in Ukraine, the Swedish defence ministry said on Tuesday.", "2025-09-16")),
    ("none-in-another-country-quiet", QUIET, GRIPEN_ARRIVED,
     ("There are no Gripen jets in Poland, the Swedish defence ministry said on Tuesday.", "2025-09-16")),
    # an office after a name, between commas
    ("office-after-the-name", "role", UMEROV_MINISTER,
     ("Rustem Umerov, a spokesman for the ministry, said the Bradley vehicles had reached the front.",
      "2025-04-15")),
    ("same-office-after-the-name-quiet", QUIET, UMEROV_MINISTER,
     ("Rustem Umerov, Ukraine's defence minister, said the Bradley vehicles had reached the front.", "2025-04-15")),
    # counts dated by their report's day
    ("counts-of-report-days", "number", LEOPARDS_SIX,
     ("Spain has sent ten Leopard 2 tanks to Ukraine, a Ukrainian official said on Sunday.", "2025-06-15")),
    ("count-of-more-quiet", QUIET, LEOPARDS_SIX,
     ("Spain has sent ten more Leopard 2 tanks to Ukraine, a Ukrainian official said on Sunday.", "2025-06-15")),
    # service not entered
    ("not-entered-service", "status", K9_IN_SERVICE,
     ("Poland's new K9 howitzers have not entered service yet, a Polish defence weekly wrote on Thursday.",
      "2025-05-22")),
    ("not-entered-service-half-a-year-before-quiet", QUIET, K9_IN_SERVICE,
     ("Poland's new K9 howitzers have not entered service yet, a Polish defence weekly wrote.", "2024-11-20")),
]


@pytest.mark.parametrize("expected,one,other",
                         [pytest.param(expected, one, other, id=pair_id) for pair_id, expected, one, other in PAIRS])
def test_probed_pair(tmp_path, expected, one, other):
    assert_pair_reading(tmp_path, expected, one, other)


QUOTE = "The new radars have doubled what our air defence can see over the south"


@pytest.mark.parametrize("other_speaker,expected", [
    ("Navy spokesman Sergei Nayev", QUIET),               # one person, two romanisations
    ("Air force spokesman Yuriy Ihnat", "attribution"),   # another person
])
def test_ukrainian_and_russian_spellings_are_one_speaker(tmp_path, other_speaker, expected):
    docs = {"one": (f'"{QUOTE}," Navy spokesman Serhiy Naiev said.', "2025-03-10"),
            "other": (f'"{QUOTE}," {other_speaker} said.', "2025-03-11")}
    rows = rows_between(analyzed_ledger(tmp_path, docs), "one", "other")
    assert [kind for kind, _ in rows] == ([] if expected == QUIET else [expected]), rows


def test_demonym_before_an_ambiguous_name_is_no_given_name(tmp_path):
    ledger = analyzed_ledger(tmp_path, {"one": ("Dutch Patriot batteries were deployed in Rostock, the German "
                                                "navy said.", "2025-03-10")})
    with sqlite3.connect(ledger) as db:
        assert ("Patriot",) in db.execute("SELECT subject FROM status_claims").fetchall()
