"""A country's land named by a possessive pronoun ("on its soil", "to its territory") is the
land of the country the clause or its speech verb is about; a pronoun with no country subject
up the tree names no place. Sentences written for these tests, run through the whole pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def placed(nlp, text):
    return sorted((event["subject"], event["status"], event["location"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Latvia wants more NASAMS launchers on its soil, the defence minister said.",
     [("NASAMS", "REQUESTED", "Latvia")]),
    ("Norway said the F-35 jets would be stationed on its territory from next year.",
     [("F-35", "PLANNED", "Norway")]),
    ("Finland has asked Washington to station F-35 jets on its territory.",
     [("F-35", "REQUESTED", "Finland")]),
    # no country subject: the pronoun names no place of its own
    ("The crews said the Patriot batteries had arrived on their territory.",
     [("Patriot", "ARRIVED", None)]),
])
def test_own_land_is_the_subject_country(nlp, text, expected):
    assert placed(nlp, text) == expected
# fmt: on
