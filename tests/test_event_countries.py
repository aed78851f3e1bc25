"""The country an event's place lies in: an event keeps the place its text names (a base, a
town, a state) and gets the country that place is in, which the evaluation format gives for
every status but a use or a loss (those keep the target or site as named). Sentences written
for these tests, run through the whole extraction pipeline."""
import pytest

from claimledger.extract import build_pipeline
from claimledger.schema import Event


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def events_of(nlp, text):
    return [(event["subject"], event["status"], event["location"], event["country"])
            for event in nlp(text)._.events]


# fmt: off
SITE_COUNTRIES = [
    # a locating preposition on the site
    ("Three Rafale jets touched down at Souda Air Base in Greece on Thursday.",
     ("Rafale", "ARRIVED", None, "Greece")),
    # a state after "in": the state's country
    ("The first F-35A squadron has arrived at Mountain Home Air Force Base in Idaho.",
     ("F-35", "ARRIVED", None, "United States")),
    # a possessive place before the site
    ("Four more F-35s arrived at Utah's Hill Air Force Base last week.",
     ("F-35", "ARRIVED", None, "United States")),
    # a country after a comma
    ("Two MQ-9 Reaper drones were relocated to Lielvarde Air Base, Latvia, in May.",
     ("MQ-9 Reaper", "ARRIVED", None, "Latvia")),
    # a town the gazetteer knows, in a report that names no country
    ("The two Gripen fighters landed at the military airport near Kosice on Monday.",
     ("Gripen", "ARRIVED", "Kosice", "Slovakia")),
    ("A Patriot battery is now deployed near Kalamata.",
     ("Patriot", "DEPLOYED", "Kalamata", "Greece")),
    # a capital names its country
    ("The NASAMS battery is now stationed near Vilnius.",
     ("NASAMS", "DEPLOYED", None, "Lithuania")),
    # a country name in another spelling is the country in one spelling
    ("The Patriot systems arrived in the USA for repairs last month.",
     ("Patriot", "ARRIVED", "USA", "United States")),
]

# a border is the edge of a place: another place of the clause says where the system is
BORDER_PLACES = [
    ("Moscow has stationed Iskander launchers in Belarus close to the Lithuanian frontier.",
     ("Iskander", "DEPLOYED", "Belarus")),
    ("Two Patriot batteries were stationed in Slovakia near the Ukrainian border last spring.",
     ("Patriot", "DEPLOYED", "Slovakia")),
    # near miss: a border alone still names its country
    ("The F-16s landed at an airfield near the Romanian border on Friday.",
     ("F-16", "ARRIVED", "Romania")),
]

NO_COUNTRY = [
    # a sea lies in no country
    ("Two Kalibr-armed corvettes are deployed in the Black Sea.",
     ("Kalibr", "DEPLOYED", "Black Sea", None)),
]
# fmt: on


@pytest.mark.parametrize("text, expected", SITE_COUNTRIES)
def test_a_site_lies_in_the_country_its_report_gives(nlp, text, expected):
    subject, status, place, country = expected
    found = [event for event in events_of(nlp, text) if event[:2] == (subject, status)]
    assert found, events_of(nlp, text)
    assert found[0][3] == country
    if place is not None:
        assert found[0][2] == place


@pytest.mark.parametrize("text, expected", NO_COUNTRY)
def test_a_place_in_no_country_has_none(nlp, text, expected):
    assert expected in events_of(nlp, text)


def test_an_unknown_site_lies_in_the_country_the_report_names():
    nlp = build_pipeline()
    text = ("Bulgaria has taken delivery of two more F-16 Block 70 jets. The aircraft landed at "
            "Graf Ignatievo Air Base on Friday, the Bulgarian defence ministry said.")
    landed = [event for event in events_of(nlp, text) if event[2] == "Graf Ignatievo"]
    assert landed and landed[0][3] == "Bulgaria"


@pytest.mark.parametrize("status, expected", [
    ("DEPLOYED", "United States"), ("ARRIVED", "United States"), ("PLANNED", "United States"),
    ("USED", "Hill"), ("DESTROYED", "Hill"),
])
def test_the_evaluation_format_places_all_but_uses_and_losses_in_their_country(status, expected):
    event = Event(doc_id="d", subject="F-35", status=status, span=(0, 1), location="Hill",
                  country="United States")
    assert event.evaluation_location() == expected


def test_an_event_with_no_country_keeps_its_place_in_the_evaluation_format():
    event = Event(doc_id="d", subject="Kalibr", status="DEPLOYED", span=(0, 1), location="Black Sea")
    assert event.evaluation_location() == "Black Sea"


@pytest.mark.parametrize("text, expected", BORDER_PLACES)
def test_a_border_yields_to_the_place_the_clause_names(nlp, text, expected):
    subject, status, country = expected
    found = [event for event in events_of(nlp, text) if event[:2] == (subject, status)]
    assert found, events_of(nlp, text)
    assert found[0][3] == country
