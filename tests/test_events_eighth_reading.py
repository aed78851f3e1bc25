"""Event readings that an eighth set of unseen reports got wrong, each rule with near misses that
keep their old reading: a definite description ("the tanks") before any system of its kind is
named takes up the one system of that kind the report names after it; the name of a force
before a noun ("US Navy jets") is no name of a system of its own; a status noun that carries its
own date ("the arrival of the bombers on Sunday") is asserted to have happened; a status noun
put ahead ("the expected arrival") is planned whatever its verb; a determined detachment holds
the system it is "of". Sentences written for these tests, run through the whole extraction
pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses_of(nlp, text, subject):
    return sorted(event["status"] for event in nlp(text)._.events if event["subject"] == subject)


# a report that names the system only after three sentences that describe the scene
PORT_SCENE = ("Romania hosted a large logistics drill this week. Officials praised the port staff in "
              "the morning. Rail links to the north were tested as well. ")


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # a definite description before any system of its kind: the one of that kind named after it
    (PORT_SCENE + "The tanks, which arrived in Constanta on Friday, belong to a rotating brigade. "
     "The shipment counts 40 M1 Abrams tanks and 20 trucks.", ["ARRIVED"]),
    # near miss: two systems of the kind named after it, so no one of them is meant
    (PORT_SCENE + "The tanks, which arrived in Constanta on Friday, belong to a rotating brigade. "
     "The shipment counts 40 M1 Abrams tanks and 14 Leopard 2 tanks.", []),
    # near miss: a bare plural outside the lead describes no system
    (PORT_SCENE + "Tanks arrived in Constanta on Friday for a rotating brigade. "
     "The shipment counts 40 M1 Abrams tanks and 20 trucks.", []),
])
def test_a_definite_description_takes_up_the_one_system_named_after_it(nlp, text, expected):
    assert [status for status in statuses_of(nlp, text, "Abrams") if status == "ARRIVED"] == expected


@pytest.mark.parametrize("text,expected", [
    # a force's name before the noun: the headline describes the jets its report names
    ("US Navy jets arrive in Darwin\n\nSix F-35C jets landed at RAAF Base Darwin on Sunday.",
     ["ARRIVED", "ARRIVED"]),
    # the whole name of a force, a compound chain up to "Force"
    ("Six F-35C jets landed at RAAF Base Darwin on Sunday. Two of the Royal Australian Air Force "
     "aircraft arrived a day later.", ["ARRIVED", "ARRIVED"]),
    # near miss: a name before the noun that is no force's is a system of its own
    ("Vanguard jets arrive in Darwin\n\nSix F-35C jets landed at RAAF Base Darwin on Sunday.",
     ["ARRIVED"]),
])
def test_a_force_name_is_no_system_name(nlp, text, expected):
    assert statuses_of(nlp, text, "F-35") == expected


@pytest.mark.parametrize("text,expected", [
    # a status noun with its own date: the arrival happened
    ("Two B-1 bombers flew to Misawa. The arrival of the bombers at Misawa on Sunday drew protests "
     "from residents.", ["ARRIVED", "ARRIVED"]),
    # near miss: without a date the noun only presupposes the arrival
    ("Two B-1 bombers flew to Misawa. The arrival of the bombers at Misawa drew protests from "
     "residents.", ["ARRIVED"]),
    # near miss: a dated arrival that was delayed did not happen
    ("Two B-1 bombers will fly to Misawa. The arrival of the bombers on Sunday was delayed by "
     "a storm.", ["PLANNED", "PLANNED"]),
])
def test_a_dated_status_noun_happened(nlp, text, expected):
    assert statuses_of(nlp, text, "B-1") == expected


@pytest.mark.parametrize("text,expected", [
    # a status noun put ahead by its modifier is planned, whatever verb it has
    ("Chile ordered a NASAMS battery in May. The expected arrival of the battery will double the "
     "cover of the capital.", ["PLANNED", "PLANNED"]),
    # near miss: the same noun with no modifier that puts it ahead states nothing
    ("Chile ordered a NASAMS battery in May. The arrival of the battery will double the cover of "
     "the capital.", ["PLANNED"]),
])
def test_a_status_noun_put_ahead_is_planned(nlp, text, expected):
    assert statuses_of(nlp, text, "NASAMS") == expected


@pytest.mark.parametrize("text,expected", [
    # "the detachment of aircraft": the determined detachment holds the jets named before
    ("Norway sent F-16 jets to Lask. The detachment of aircraft landed there on Tuesday.",
     ["ARRIVED", "ARRIVED"]),
    # near miss: "a detachment of aircraft" introduces one of its own
    ("Norway sent F-16 jets to Lask. A detachment of aircraft landed there on Tuesday.",
     ["ARRIVED"]),
])
def test_a_detachment_holds_the_system_named_before(nlp, text, expected):
    assert statuses_of(nlp, text, "F-16") == expected
