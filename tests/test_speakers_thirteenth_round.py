"""Speaker rules read on fresh pages of wire copy, ministry releases, think-tank notes and live
pages (thirteenth round), on sentences written for these tests: each rule has a case it
changes and a near miss that it must leave alone."""
import pytest

from conftest import model_paragraph_quotes_pipeline
from conftest import speaker_of_quote_starting as speaker_of


@pytest.fixture(scope="module")
def nlp():
    return model_paragraph_quotes_pipeline()


# A bare given name takes up the one full name it begins

@pytest.mark.parametrize("text, content, expected", [
    ("Two spouses, Marta Kovel and Irene Dusan, watched the ship leave. “I am proud of him,” "
     "Marta said.", "I am proud", "Marta Kovel"),
    ("Two spouses, Marta Kovel and Irene Dusan, watched the ship leave. Irene added, “We will "
     "wait for them.”", "We will", "Irene Dusan"),
])
def test_a_given_name_takes_up_the_full_name_it_begins(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


@pytest.mark.parametrize("text, content, expected", [
    # two full names begin with it: left as written
    ("Marta Kovel and Marta Dusan watched the ship leave. “I am proud of him,” Marta said.",
     "I am proud", "Marta"),
    # a surname still goes to its own full name
    ("Marta Kovel and Pavel Dusan watched the ship leave. “I am proud of him,” Dusan said.",
     "I am proud", "Pavel Dusan"),
])
def test_a_given_name_near_misses(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected
