"""Wordings outlets use for departures, for reports called false and for a system named with a
unit word: "the jets departed from Poland" is a withdrawal as "left Poland" is; a report that
is called false ("reports that the launchers had arrived were false") asserts nothing; "Patriot
units" and "the Rafale detachment" name the system as "batteries" and "jets" do. Each rule has a
near miss that keeps its old reading. Sentences written for these tests, run through the whole
extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def events(nlp, text):
    return sorted((event["subject"], event["status"], event["location"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The two Eurofighter Typhoon jets departed from Poland on Monday morning.",
     [("Eurofighter Typhoon", "WITHDRAWN", "Poland")]),
    ("The six F-16 fighters have left from Amari Air Base.",
     [("F-16", "WITHDRAWN", "Amari")]),
])
def test_departing_from_a_place_withdraws_from_it(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # bound for a destination: a departure, in transit there
    ("Three Gripen jets departed from Sweden for Ukraine late on Tuesday.", [("Gripen", "IN_TRANSIT", "Ukraine")]),
    # crews leaving are no system leaving
    ("The pilots of the F-35 jets departed from Norway after the course.", []),
    ("The pilots of the F-35 jets left Norway after the course.", []),
    # no place left: no status
    ("The Rafale jets departed on time despite the fog.", []),
])
def test_departure_near_misses(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Reports that S-400 batteries had arrived in Algeria were false, the ministry said on Friday.",
    "The report that Taurus missiles were shipped to Kyiv is baseless, a Berlin spokesman said.",
    "Claims that Patriot batteries have been stationed in Moldova are untrue.",
])
def test_a_report_called_false_asserts_nothing(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Reports that S-400 batteries had arrived in Algeria were accurate, the ministry said.",
     [("S-400", "ARRIVED", "Algeria")]),
    # the falsity word is about something else than the report
    ("The S-400 batteries arrived in Algeria, and rumours of a delay were false.",
     [("S-400", "ARRIVED", "Algeria")]),
])
def test_a_report_not_called_false_keeps_its_status(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Berlin has pulled its Patriot units out of Slovakia.", [("Patriot", "WITHDRAWN", "Slovakia")]),
    ("The Rafale detachment left Lithuania at the end of its tour.", [("Rafale", "WITHDRAWN", "Lithuania")]),
    ("A detachment of Typhoon jets landed in Romania on Thursday.", [("Eurofighter Typhoon", "ARRIVED", "Romania")]),
])
def test_a_unit_word_names_the_system(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The patriot unit of volunteers marched through the old town.",
    "The Archer family sold two units of the firm last spring.",
])
def test_a_unit_word_alone_does_not_make_a_weapon(nlp, text):
    assert events(nlp, text) == []
