"""A system that guards a named place now holds that duty there: the simple present with a
counted or definite subject ("Two NASAMS launchers guard the airport at Riga"), and the place
guarded is the event's place. A task ("protects cities against drones"), a generic subject and
people guarding are no duty. Sentences written for these tests, run through the whole pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def placed(nlp, text):
    return sorted((event["subject"], event["status"], event["location"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Two NASAMS launchers guard the airport at Riga.", [("NASAMS", "COMBAT_DUTY", "Latvia")]),
    ("The Dutch Patriot batteries now protect Warsaw.", [("Patriot", "COMBAT_DUTY", "Poland")]),
    ("Since the spring, IRIS-T launchers have been guarding Lviv.", [("IRIS-T SLM", "COMBAT_DUTY", "Lviv")]),
    # a task, any system of a kind, and soldiers guarding are none
    ("The NASAMS system protects cities against cruise missiles.", []),
    ("A Patriot battery guards any airport better than a gun.", []),
    ("Soldiers guard the Patriot batteries near Bratislava.", []),
])
def test_guarding_a_named_place_is_duty_there(nlp, text, expected):
    assert placed(nlp, text) == expected
# fmt: on
