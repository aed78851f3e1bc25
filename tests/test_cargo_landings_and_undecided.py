"""A plane or ship that lands or docks with a system on board delivers it: the system arrives,
it is not fired (a missile "landing" somewhere is its use only when the missile itself comes
down); ships dock as aircraft land. And a gerund about a decision said not to exist
("no decision has been taken on sending ...") is neither done nor planned. Sentences written for
these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses(nlp, text):
    return sorted((event["subject"], event["status"], event["country"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("A cargo plane carrying the first NASAMS missiles landed in Vilnius on Tuesday.",
     [("NASAMS", "ARRIVED", "Lithuania")]),
    ("A freighter loaded with HIMARS launchers docked in Kaohsiung on Friday.", [("HIMARS", "ARRIVED", "Taiwan")]),
    ("The Arleigh Burke-class destroyer docked in Souda Bay on Sunday.", [("Arleigh Burke-class destroyer", "ARRIVED", "Greece")]),
])
def test_a_load_that_lands_or_docks_arrives(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # no place and no time: a docking anywhere
    ("The freighter docked without incident.", []),
])
def test_near_misses(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("No decision has been taken on sending ATACMS missiles to Kyiv, the spokesman said.", []),
    ("No decision was made about deploying Patriot batteries to Romania.", []),
    # a decision taken is a plan
    ("A decision on sending ATACMS missiles to Kyiv was taken on Monday.", [("ATACMS", "PLANNED", "Ukraine")]),
])
def test_an_undecided_status_is_none(nlp, text, expected):
    assert statuses(nlp, text) == expected
