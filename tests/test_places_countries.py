"""Countries named by their adjective beyond Europe and the Middle East ("the Kenyan army",
"Nigerian soil"), and the names that only end in a country's name ("New Mexico", "South
Sudan"), which are not that country. Sentences written for these tests, run through the whole
extraction pipeline."""
import pytest
from conftest import check_events, speaker_of_quote_starting

from claimledger.extract import build_pipeline
from claimledger.places import COUNTRIES, DEMONYMS


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


# fmt: off
ADJECTIVE_PLACES = [
    ('The Kenyan army has taken delivery of six Bayraktar TB2 drones.',
     [('Bayraktar TB2', 'ARRIVED', 'Kenya')]),
    ('The Nigerian navy has received two Bayraktar TB2 drones, officials said.',
     [('Bayraktar TB2', 'ARRIVED', 'Nigeria')]),
    ('Four Caesar howitzers are now stationed on Moroccan soil.',
     [('Caesar', 'DEPLOYED', 'Morocco')]),
    ('The Indonesian air force took delivery of its first Rafale jets on Tuesday.',
     [('Rafale', 'ARRIVED', 'Indonesia')]),
]

NAMES_ENDING_IN_A_COUNTRY = [
    ("A squadron of F-16s will move to New Mexico's Kirtland Air Force Base next spring.",
     [('F-16', 'PLANNED', 'Kirtland')]),
]
# fmt: on


@pytest.mark.parametrize("text, expected", ADJECTIVE_PLACES)
def test_a_country_adjective_places_the_event(nlp, text, expected):
    check_events(nlp, text, expected)


@pytest.mark.parametrize("text, expected", NAMES_ENDING_IN_A_COUNTRY)
def test_a_name_ending_in_a_country_is_not_the_country(nlp, text, expected):
    check_events(nlp, text, expected)


def test_every_adjective_names_a_known_country():
    assert all(country in COUNTRIES for country in DEMONYMS.values())
    for word in ("kenyan", "nigerian", "mexican", "indonesian", "brazilian", "thai"):
        assert word in DEMONYMS


def test_ranks_before_a_retired_mark_are_no_office_holder(nlp):
    text = ("The drones will secure our borders, says Kenyan minister of defence.\n\n"
            "Minister of Defence of Kenya Brig Gen (Rtd) Amos Wekesa attended the handover in "
            "Nairobi on Friday.\n\n"
            "Brig Gen (retd) Wekesa thanked the suppliers for their support.")
    assert speaker_of_quote_starting(nlp, text, "The drones") == "Amos Wekesa"
