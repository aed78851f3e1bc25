"""A body named with its country's possessive keeps it, whatever word ends the body's name
("Ukraine's Air Force" as "Poland's Defence Ministry"); a common noun after a possessive
names no body."""
import pytest

from conftest import model_paragraph_quotes_pipeline
from conftest import speaker_of_quote_starting as speaker_of


@pytest.fixture(scope="module")
def nlp():
    return model_paragraph_quotes_pipeline()


@pytest.mark.parametrize("text, content, expected", [
    ("Russia launched 20 drones overnight at western regions, Ukraine's Air Force said on Friday.",
     "Russia launched", "Ukraine's Air Force"),
    ("Russia launched 20 drones overnight at western regions, Poland's Defence Ministry said on Friday.",
     "Russia launched", "Poland's Defence Ministry"),
    ("Russia launched 20 drones overnight at western regions, Ukraine's Air Force said on Friday.\n\n"
     "Air defence units shot down 18 of the drones, the Air Force said in a statement.",
     "Air defence units", "Ukraine's Air Force"),
])
def test_country_possessive_stays_with_the_body(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_possessive_before_a_common_noun_is_no_body(nlp):
    text = "The strike hit a depot, Ukraine's foreign minister Dmytro Kuleba said on Friday."
    assert speaker_of(nlp, text, "The strike hit") == "Dmytro Kuleba"
