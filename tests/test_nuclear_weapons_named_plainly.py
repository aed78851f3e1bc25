"""Nuclear weapons as the press names them: most reports of nuclear weapons moved, stored or
asked for abroad say plain "nuclear weapons", "nuclear warheads" or "nukes", and those are the
nonstrategic weapons the shipped list tracks (a model the reports name, the B61, is an entry of
its own); the strategic arms treaties count are an entry of
their own, and a payload, a programme or a treaty's title states no event. Sentences written for
these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)
from conftest import sorted_statuses as statuses

NSNW = "Nonstrategic nuclear weapons"
STRATEGIC = "Strategic nuclear weapons"


def placed(nlp, text):
    return sorted((event["subject"], event["status"], event["location"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Washington has shipped nuclear weapons to Romania, according to two officials.",
     [(NSNW, "ARRIVED", "Romania")]),
    ("The first nuclear warheads reached the Romanian air base in March.",
     [(NSNW, "ARRIVED", "Romania")]),
    ("About forty American nuclear bombs are stored at the air base in Greece.",
     [(NSNW, "DEPLOYED", "Greece")]),
    ("Spain has asked the United States to station nuclear weapons on its territory.",
     [(NSNW, "REQUESTED", "Spain")]),
    ("The last US nukes were withdrawn from Portugal in 1998.",
     [(NSNW, "WITHDRAWN", "Portugal")]),
    ("Hungary has received nuclear munitions from its ally, the minister said.",
     [(NSNW, "ARRIVED", "Hungary")]),
    # a model the reports name is its own entry
    ("Several B61-12 gravity bombs reached an air base in Greece last spring.",
     [("B61", "ARRIVED", "Greece")]),
])
def test_plain_nuclear_weapons_are_the_nonstrategic_entry(nlp, text, expected):
    assert placed(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the strategic arms keep their own name, the longer nonstrategic names theirs
    ("Moscow has deployed most of its strategic nuclear warheads at sea.", [(STRATEGIC, "DEPLOYED")]),
    ("The alliance moved non-strategic nuclear weapons to Greece.", [(NSNW, "ARRIVED")]),
    # a payload, a programme, a wish denied and a treaty's title state no event
    ("The new missile can carry nuclear warheads over long distances.", []),
    ("Analysts say the country is years away from building nuclear weapons.", []),
    ("The ministers met to review the Treaty on the Non-Proliferation of Nuclear Weapons.", []),
])
def test_strategic_arms_payloads_and_titles(nlp, text, expected):
    assert statuses(nlp, text) == expected
# fmt: on
