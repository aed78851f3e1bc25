"""Event readings that unseen reports got wrong, each rule with a near miss that keeps its old
reading: a bomber described in a report's lead before it is named is the bomber named below it;
what a noun is capable of carrying or firing is neither the noun nor a use. Sentences written
for these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)
from conftest import sorted_statuses as statuses


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # a counted description of bombers in the lead takes the name the report gives below
    ("Three long-range bombers touched down in Iran on Sunday. The air force said the Tu-160 bombers "
     "would leave within a week.", [("Tu-160", "ARRIVED")]),
    ("Four heavy bombers landed in Australia overnight. The B-52 crews had trained for the flight "
     "since March.", [("B-52", "ARRIVED")]),
    # near miss: bombers with no name in the report stay unread
    ("Three long-range bombers touched down in Iran on Sunday. The air force said the crews would "
     "rest for a week.", []),
])
def test_a_lead_description_of_bombers_takes_the_name_below(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # what the noun can carry is not the subject: the noun's own name, or the bombers named below
    ("Two Su-34 jets capable of carrying Kh-31 missiles reached Belarus on Friday.", [("Su-34", "ARRIVED")]),
    ("Two heavy bombers capable of carrying nuclear weapons touched down in Algeria. The Tu-160 "
     "crews later posed for photographs.", [("Tu-160", "ARRIVED")]),
    # nor a use: a ship able to fire a missile has fired none
    ("Three corvettes capable of firing Kalibr missiles sailed into Tartus on Monday.", []),
    # near misses: a ship that fired the missiles used them, and missiles capable of hitting ships
    # are still the subject of their own arrival
    ("Three corvettes fired Kalibr missiles at Odesa on Monday.", [("Kalibr", "USED")]),
    ("Kalibr missiles capable of hitting moving ships arrived in Syria last week.", [("Kalibr", "ARRIVED")]),
])
def test_a_capability_names_no_subject_and_no_use(nlp, text, expected):
    assert statuses(nlp, text) == expected
# fmt: on
