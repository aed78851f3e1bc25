"""Arrivals, returns and departures as an eleventh set of fresh reports tells them: a headline
whose verb the tagger reads as a noun after a designation ("B-52s return to ...",
"F-22 Deploys to ...", title-case "Land"), a return to a post for a new deployment ("returned
to the air base for a three-month deployment"), and a ship leaving a port the model does not
know as a place for a named destination. Near misses keep their old reading: a homecoming, a
return with no deployment ahead, a headline with no place, a crew that leaves. Sentences
written for these tests, run through the whole extraction pipeline."""
import pytest


def statuses(nlp, text):
    return sorted({(event["subject"], event["status"]) for event in nlp(text)._.events})


@pytest.fixture(scope="module")
def nlp():
    from claimledger.extract import build_pipeline
    return build_pipeline()


@pytest.mark.parametrize("text, expected", [
    ("B-52s return to Norway for Bomber Task Force mission\nThe crews flew in from Texas on Monday.",
     [("B-52", "ARRIVED")]),
    ("F-22 Deploys to Poland\nThe jets will fly patrols for three months.",
     [("F-22", "DEPLOYED")]),
    ("Eurofighter Typhoons Land in Estonia for Air Policing Mission\nThe Spanish pilots were greeted.",
     [("Eurofighter Typhoon", "ARRIVED")]),
    ("Chinook helicopters return home from Mali\nThe last crews were welcomed by their families.",
     [("CH-47 Chinook", "WITHDRAWN")]),
])
def test_a_headline_verb_misread_as_a_noun_is_the_lines_verb(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "B-52s return\nThe crews flew in from Texas on Monday.",   # no place, no way home
])
def test_a_headline_without_a_placed_verb_states_nothing(nlp, text):
    assert statuses(nlp, text) == []


def test_a_title_case_noun_spelt_like_a_verb_is_no_landing(nlp):
    # "Land" inside a noun phrase ("a land deal") is no arrival
    assert ("F-16", "ARRIVED") not in statuses(nlp, "F-16 Land Deal Signed\nThe contract covers twelve jets.")


@pytest.mark.parametrize("text, expected", [
    ("A pair of B-52 bombers has returned to Andersen Air Force Base to start a bomber task force deployment.",
     [("B-52", "ARRIVED")]),
    ("The F-35 jets returned to Amendola Air Base for a three-month deployment.",
     [("F-35", "ARRIVED")]),
])
def test_a_return_to_a_post_for_a_deployment_is_an_arrival(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The F-22 jets returned to Tyndall Air Force Base to resume training.",   # home again, no deployment
    "The B-52s returned to Barksdale Air Force Base after the exercise.",
])
def test_a_return_to_a_base_with_no_deployment_ahead_is_no_arrival(nlp, text):
    assert all(status != "ARRIVED" for _, status in statuses(nlp, text))


@pytest.mark.parametrize("text, expected", [
    ("The Kongo-class destroyer Kirishima departed Sasebo for Hawaii on Tuesday.",
     [("Kongo-class destroyer", "IN_TRANSIT")]),
    ("The Nimitz-class aircraft carrier left Bremerton for a scheduled deployment to the Arabian Sea.",
     [("Nimitz-class aircraft carrier", "IN_TRANSIT")]),
])
def test_a_ship_leaving_an_unknown_port_for_a_place_is_in_transit(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The commander of the Kongo-class destroyer departed Sasebo for Hawaii on Tuesday.",   # a person
    "The Kongo-class destroyer departed Sasebo after a short visit.",   # no destination
])
def test_a_departure_without_a_ship_going_somewhere_is_not_in_transit(nlp, text):
    assert all(status != "IN_TRANSIT" for _, status in statuses(nlp, text))
