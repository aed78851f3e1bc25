""""The spokesperson", "the spokesman" said after a spokesperson was introduced with "a" takes
that one up, with the phrase written after the noun ("a spokesperson for the defence
ministry"); a named spokesman keeps his name, and a description's words that are not its own
phrase ("also on the call") stay out of it."""
import pytest

from conftest import model_paragraph_quotes_pipeline
from conftest import speaker_of_quote_starting as speaker_of


@pytest.fixture(scope="module")
def nlp():
    return model_paragraph_quotes_pipeline()


@pytest.mark.parametrize("text, content, expected", [
    ("A spokeswoman for the Latvian navy said the corvette had sailed at dawn. The ship will "
     "stay at sea for a week, the spokeswoman said.", "The ship will", "A spokeswoman for the Latvian navy"),
    ("A spokesman at the border guard said two drones had crossed overnight. “We found both of "
     "them,” the spokesman said.", "We found", "A spokesman at the border guard"),
])
def test_the_spokesperson_takes_up_the_one_introduced(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


@pytest.mark.parametrize("text, content, expected", [
    # a named spokesman is the person
    ("Army spokesman Colonel Ivo Kask said the battery was ready. The crews are trained, the "
     "spokesman added.", "The crews are", "Ivo Kask"),
    # words after the noun that are not its own phrase stay out
    ("A senior administration official also on the call described the night. “It was close,” "
     "the official said.", "It was close", "A senior administration official"),
])
def test_the_spokesperson_near_misses(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected
