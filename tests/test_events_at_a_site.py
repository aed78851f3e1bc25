"""A system said to be, stay or remain "at" a site with a place: "remain at Rzeszow airport",
"are at Fetesti air base in Romania", "remains at the base in Japan". "At" a thing that is no
site ("at the heart of", "at the top of", "at the center of the dispute") places nothing.
Sentences written for these tests, run through the whole extraction pipeline."""
import pytest


def statuses(nlp, text):
    return [(event["subject"], event["status"], event["country"]) for event in nlp(text)._.events]


@pytest.fixture(scope="module")
def nlp():
    from claimledger.extract import build_pipeline
    return build_pipeline()


@pytest.mark.parametrize("text, expected", [
    ("Two Patriot batteries remain at Jasionka airport in Poland, a NATO officer said.",
     [("Patriot", "DEPLOYED", "Poland")]),
    ("Six Gripen fighters are at Kecskemet air base in Hungary for the exercise.",
     [("Gripen", "ARRIVED", "Hungary")]),
    ("The Typhon launchers stay at the base in Okinawa, the ministry said.",
     [("Typhon", "DEPLOYED", "Japan")]),
])
def test_a_system_at_a_site(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "NASAMS remain at the heart of the air defence plan, analysts said.",
    "The Typhon remains at the top of the list of grievances in Beijing.",
    "The Gripen deal was at the center of the talks in Prague.",
])
def test_at_no_site_places_nothing(nlp, text):
    assert statuses(nlp, text) == []
