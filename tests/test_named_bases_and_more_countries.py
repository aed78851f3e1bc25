"""Bases the town gazetteer lacks, and countries the place lists lacked. A base, range or port
the lexicon names (``military_sites`` in lexicon/places.json) lies in its country however the
report names it ("Incirlik Air Base", "RAF Lakenheath", "Camp Lemonnier"), also in a report that
names no country; and the countries reports write by names the lists did not have ("Jordan",
"Türkiye", "Czechia", "Niger") are countries. Sentences written for these tests, run through
the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

from claimledger.extract.event_countries import canonical_country, military_site_country
from claimledger.link.towns import same_or_within


def countries(nlp, text):
    return [(event["subject"], event["status"], event["country"]) for event in nlp(text)._.events]


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Six F-16 jets were deployed to Incirlik Air Base last spring.", [("F-16", "DEPLOYED", "Turkey")]),
    ("The B61 bombs arrived at RAF Lakenheath in the autumn.", [("B61", "ARRIVED", "United Kingdom")]),
    ("Four MQ-9 Reaper drones landed at NAS Sigonella on Friday.", [("MQ-9 Reaper", "ARRIVED", "Italy")]),
    ("Two NASAMS launchers are stationed at Amari Air Base.", [("NASAMS", "DEPLOYED", "Estonia")]),
    ("F-15 jets were sent to Nevatim Air Base over the weekend.", [("F-15", "ARRIVED", "Israel")]),
])
def test_a_named_base_lies_in_its_country(nlp, text, expected):
    assert countries(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Two Patriot batteries were deployed in Jordan in March.", [("Patriot", "DEPLOYED", "Jordan")]),
    ("The S-400 systems arrived in Türkiye in July.", [("S-400", "ARRIVED", "Turkey")]),
    ("The Czechia-bought Leopard 2 tanks arrived in Czechia on Monday.", [("Leopard 2", "ARRIVED", "Czech Republic")]),
])
def test_countries_by_their_other_names(nlp, text, expected):
    assert countries(nlp, text) == expected


def test_site_names_read_with_and_without_their_site_words():
    assert military_site_country("RAF Lakenheath") == "United Kingdom"
    assert military_site_country("Camp Lemonnier") == "Djibouti"
    assert military_site_country("the Incirlik Air Base") == "Turkey"
    # near misses: a town the gazetteer knows and an unknown base are not the table's
    assert military_site_country("Rzeszow") is None
    assert military_site_country("Nowhere Air Base") is None


def test_country_names_and_linking():
    assert canonical_country("Jordan") == "Jordan"
    assert canonical_country("Turkiye") == "Turkey"
    assert canonical_country("Guam") == "Guam"
    assert same_or_within("incirlik", "turkey")
    assert not same_or_within("incirlik", "greece")
