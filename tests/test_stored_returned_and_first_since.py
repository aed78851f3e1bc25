"""Readings of where a system is kept and whether it is back: a system stored in a country is
deployed there, while an infinitive after a question word ("where to store them") weighs an
option; a system that returns to a named country not its owner's is there again (an arrival),
while one that returns home is not; and "for the first time since 2008" dates the last time the
like happened, not the event; a call to withdraw a system asks for none. Sentences written for
these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def placed(nlp, text):
    return sorted((event["subject"], event["status"], event["location"]) for event in nlp(text)._.events)


def dated(nlp, text):
    return sorted((event["subject"], event["status"], event["date"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Two Patriot launchers are stored at an air base in eastern Slovakia.", [("Patriot", "DEPLOYED", "Slovakia")]),
    ("The NASAMS launchers will be stored in Latvia until the crews finish training.", [("NASAMS", "PLANNED", "Latvia")]),
    # an option weighed, and advice on one, state no event; a decision on one is a plan
    # (the purchase is a plan of its own)
    ("The BrahMos launchers were bought, but no one had worked out where to keep or store them.",
     [("BrahMos", "PLANNED", None)]),
    ("The engineers gave advice on how to store the NASAMS launchers in Latvia.", []),
    # the place is the nation of the army the report names (it names no country as a place)
    ("The Latvian army is deciding where to store the NASAMS launchers.", [("NASAMS", "PLANNED", "Latvia")]),
])
def test_stored_is_kept_there_and_an_option_is_none(nlp, text, expected):
    assert placed(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Two Dutch Patriot batteries returned to Slovakia in the spring.", [("Patriot", "ARRIVED", "Slovakia")]),
    ("American F-16 jets have returned to Norway after a long absence.", [("F-16", "ARRIVED", "Norway")]),
    # home again, back in service, and a crew that returns: no arrival
    ("The German Patriot batteries returned to Germany in May.", []),
    ("The F-16 jets returned to service after repairs.", []),
    ("The pilots returned to Norway after training on the F-16 jets.", []),
    # coming back from a place stays a withdrawal from it
    ("The Patriot batteries returned from Slovakia in May.", [("Patriot", "WITHDRAWN", "Slovakia")]),
])
def test_a_system_back_in_another_country_is_there_again(nlp, text, expected):
    assert placed(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("For the first time since 2011, NASAMS launchers arrived in Latvia.", [("NASAMS", "ARRIVED", None)]),
    ("Chinese J-10 jets landed in Serbia, the first such deployment since 1999.", [("J-10", "ARRIVED", None)]),
    ("It was the biggest delivery of Leopard 2 tanks since 1995, when Chile received them.",
     [("Leopard 2", "ARRIVED", "1995")]),
    # "since" without a rank dates the status that holds
    ("NASAMS launchers have been deployed in Latvia since 2011.", [("NASAMS", "DEPLOYED", "2011")]),
])
def test_the_first_time_since_dates_the_last_time(nlp, text, expected):
    assert dated(nlp, text) == expected
# fmt: on


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # a call for a removal asks for no system
    ("Opposition deputies urged the cabinet to withdraw the NASAMS launchers from Latvia.", []),
    ("The study calls on the air force to remove every B61 bomb from its bases abroad.", []),
    # a call for a system stays a request
    ("Riga urged Oslo to supply more NASAMS launchers.", [("NASAMS", "REQUESTED")]),
])
def test_a_call_for_a_removal_is_no_request(nlp, text, expected):
    assert sorted((event["subject"], event["status"]) for event in nlp(text)._.events) == expected
# fmt: on
