"""Weapons "deployed" against a place or in an attack were used there, as air force tallies
write it ("the enemy deployed 40 drones against Ukraine overnight"); deployed against a threat or
to a place they were stationed. Sentences written for these tests, run through the pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def placed(nlp, text):
    return sorted((event["subject"], event["status"], event["location"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("During the night the enemy deployed 63 Shahed-136 drones against Ukraine.",
     [("Shahed-136", "USED", "Ukraine")]),
    ("Moscow deployed six Kinzhal missiles in a strike on Lviv, officials said.",
     [("Kinzhal", "USED", "Lviv")]),
    # against a threat, or to a place: stationed
    ("Warsaw deployed two Patriot batteries against possible missile attacks.", [("Patriot", "DEPLOYED", "Poland")]),
    ("Moscow deployed Kinzhal missiles to the Kaliningrad exclave in 2018.", [("Kinzhal", "DEPLOYED", "Kaliningrad")]),
])
def test_deployed_against_a_place_is_a_use(nlp, text, expected):
    assert placed(nlp, text) == expected
# fmt: on
