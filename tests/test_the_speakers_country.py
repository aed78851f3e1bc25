""""His country", "their country" and "the country" in a reported clause: the country the
speaker speaks for, read from the country adjective or possessive of the phrase of the nearest
speech verb's subject ("Ukrainian President ...", "Poland's defence minister"), never from a
country subject nearer the noun (the giver, in "Russia began delivering to his country"); for
"the country", when no country was named before as a place. Sentences written for these
tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def countries(nlp, text):
    return [(event["subject"], event["status"], event["country"]) for event in nlp(text)._.events]


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The Moldovan president said her country had received two Gepard guns.", [("Gepard", "ARRIVED", "Moldova")]),
    ("Latvia's prime minister said his country would buy HIMARS launchers next year.", [("HIMARS", "PLANNED", "Latvia")]),
    ("Romanian officials told reporters their country had taken delivery of a Patriot battery.",
     [("Patriot", "ARRIVED", "Romania")]),
    ("Slovak officials said the MiG-29 jets had already left the country.", [("MiG-29", "WITHDRAWN", "Slovakia")]),
    # a country subject nearer the pronoun still decides
    ("The Czech minister said Slovakia would station the MiG-29 jets on its own territory.",
     [("MiG-29", "PLANNED", "Slovakia")]),
    # the giver between the speaker and the pronoun is not the speaker's country
    ("The Armenian minister said France had begun delivering to his country the Caesar howitzers.",
     [("Caesar", "IN_TRANSIT", "Armenia")]),
    # no country in the speaker's phrase: no place
    ("The president said his country had received two Gepard guns.", [("Gepard", "ARRIVED", None)]),
])
def test_the_speakers_country(nlp, text, expected):
    assert countries(nlp, text) == expected
