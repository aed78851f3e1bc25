"""Headlines whose present verb the tagger reads as a noun after a plural designation ("F-35s
land in Poland", "ATACMS arrive in Ukraine"): with the system named before it and a place after
a locating preposition, the word is the line's verb. A sentence with a closing stop, a verb
with no place and a true noun keep their readings. Lines written for these tests, run through
the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses(nlp, text):
    return sorted((event["subject"], event["status"], event["country"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("First F-16s arrive in Romania", [("F-16", "ARRIVED", "Romania")]),
    ("Four F-35s land in Lithuania", [("F-35", "ARRIVED", "Lithuania")]),
    ("ATACMS arrive in Moldova", [("ATACMS", "ARRIVED", "Moldova")]),
])
def test_a_headline_verb_read_as_a_noun(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("F-16s arrive", []),                       # no place
    ("F-16 arrivals in Romania", []),           # a true noun
])
def test_near_misses(nlp, text, expected):
    assert statuses(nlp, text) == expected
