"""Event readings that unseen reports got wrong, each rule with a near miss that keeps its old
reading: a bomber described in a report's lead before it is named is the bomber named below it;
what a noun is capable of carrying or firing is neither the noun nor a use; a country deploying
along a neighbour's border keeps the system on its own side; a force named with its nation's
adjective receives a system in that nation; a strike against a kind of target named as the purpose
of a placement is no use; "the first" and a bare number bought refer to the system just named; "the occupied north of X" is in
X; a lead's description with two coordinated modifiers takes the name below it; the AW109 helicopter and Japan's
Type 03 Chu-SAM are tracked; the smaller states that buy drones and jets (Togo, Niger, Chad, ...)
are places. Sentences written
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


@pytest.mark.parametrize("text,expected", [
    # the purpose of a placement, against a kind of target: what the systems are there for
    ("The navy stationed Harpoon launchers on the northern coast to hit hostile landing ships.",
     [("Harpoon", "DEPLOYED")]),
    ("Two NASAMS batteries arrived in the capital to intercept incoming cruise missiles.",
     [("NASAMS", "ARRIVED")]),
    # near misses: a named target, a nation's targets, and a launch keep the use
    ("Moscow stationed Iskander launchers in Belarus to hit Ukraine.",
     [("Iskander", "DEPLOYED"), ("Iskander", "USED")]),
    ("The air force deployed J-10 jets to hit Indian positions.", [("J-10", "DEPLOYED"), ("J-10", "USED")]),
    ("The air force deployed J-10 jets to launch missiles.", [("J-10", "DEPLOYED"), ("J-10", "USED")]),
])
def test_a_purpose_against_a_kind_of_target_is_no_use(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an ordinal without its noun, and a number bought without its noun: the system just named
    ("Greece bought four Gowind corvettes and two Type 214 submarines. The first arrived in Greece "
     "in June.", [("Type 214", "ARRIVED"), ("Type 214", "PLANNED")]),
    ("Morocco tested the FREMM frigate last year. In March it ordered two from Italy.", [("FREMM", "PLANNED")]),
    # near misses: an ordinal with a noun of its own, or one that names people, refers to no system
    ("Greece bought two Type 214 submarines. The first crew arrived in Greece in June.",
     [("Type 214", "PLANNED")]),
    ("Greece bought two Type 214 submarines. The first of the sailors arrived in Greece in June.",
     [("Type 214", "PLANNED")]),
])
def test_an_ordinal_or_a_number_without_its_noun_refers_back(nlp, text, expected):
    assert statuses(nlp, text) == expected


def located(nlp, text):
    return [(event["subject"], event["status"], event["location"]) for event in nlp(text)._.events]


@pytest.mark.parametrize("text,expected", [
    # a deploying country or its force, and only a border's place: the country's own side
    ("Greece has stationed Patriot batteries along the Turkish border.", [("Patriot", "DEPLOYED", "Greece")]),
    ("The Finnish Army deployed K9 howitzers along Russia's border last spring.", [("K9", "DEPLOYED", "Finland")]),
    # near misses: no deploying country keeps the border's country; a place of its own wins
    ("K9 howitzers were deployed along the Russian border last spring.", [("K9", "DEPLOYED", "Russia")]),
    ("Greece has stationed Patriot batteries on Crete, far from the Turkish border.", [("Patriot", "DEPLOYED", "Greece")]),
])
def test_a_border_of_another_country_keeps_the_deployer_side(nlp, text, expected):
    assert located(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a direction of a place, with an adjective of its own, is in that place
    ("Moscow stationed Iskander launchers in the occupied east of Georgia.", [("Iskander", "DEPLOYED", "Georgia")]),
    ("Two Pantsir-S1 systems were moved to the mountainous west of Syria.", [("Pantsir-S1", "ARRIVED", "Syria")]),
    # near miss: a place beside a direction that is no part of it keeps the clause's place
    ("Moscow stationed Iskander launchers in Belarus, north of Ukraine.", [("Iskander", "DEPLOYED", "Belarus")]),
])
def test_a_direction_of_a_place_is_in_it(nlp, text, expected):
    assert located(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a lead's description whose first modifier is coordinated with a second
    ("Ankara flew a strike and surveillance drone to Libya on Sunday. The Bayraktar Akinci later "
     "landed at Al-Watiya.", [("Bayraktar Akinci", "ARRIVED"), ("Bayraktar Akinci", "ARRIVED")]),
])
def test_a_lead_description_with_coordinated_modifiers(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the parser may make the capitalised adjective a compound of the force's name
    ("The Romanian Army has taken delivery of 18 K9 howitzers.", [("K9", "ARRIVED", "Romania")]),
    ("The Philippine Navy has received two BrahMos batteries.", [("BrahMos", "ARRIVED", "Philippines")]),
    # near miss: a force with no nation named gives no place
    ("The Army has taken delivery of 18 K9 howitzers.", [("K9", "ARRIVED", None)]),
])
def test_a_national_force_receives_in_its_country(nlp, text, expected):
    assert located(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ankara shipped three Bayraktar TB2 drones to Togo in June.", [("Bayraktar TB2", "ARRIVED", "Togo")]),
    ("Four Akinci drones reached Niger last week.", [("Bayraktar Akinci", "ARRIVED", "Niger")]),
    ("Two L-39 jets landed in Chad on Friday.", [("L-39", "ARRIVED", "Chad")]),
    # near miss: a person's first name that is also a country's is no place
    ("Chad Morris said two L-39 jets landed in Mali on Friday.", [("L-39", "ARRIVED", "Mali")]),
])
def test_smaller_states_are_places(nlp, text, expected):
    assert located(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Two AgustaWestland AW109 helicopters reached the naval base in Ghana on Friday.", [("AW109", "ARRIVED")]),
    ("Japan moved Chu-SAM Kai launchers onto Ishigaki island in March.", [("Type 03 Chu-SAM", "ARRIVED")]),
    # near miss: a road numbered like the helicopter names no system
    ("Lorries were stuck on the A109 near the naval base on Friday.", []),
])
def test_new_systems_are_tracked(nlp, text, expected):
    assert statuses(nlp, text) == expected
# fmt: on
