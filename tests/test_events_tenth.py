"""Event rules from the tenth round: a status told by what a force does with a system or by
its service, not by a movement verb ("activates its first THAAD battery", "are safeguarding
the Baltic airspace", "are being equipped with", "took over the batteries", "joined the
fleet", "has been operating ... since", "became the first foreign operator of"), on sentences
written for them (hits and near misses)."""
import pytest

from conftest import events_nlp as nlp  # noqa: F401  (the module's pipeline fixture)
from conftest import statuses_of as run


@pytest.mark.parametrize("text,expected", [
    ("Saudi Arabia activates its first THAAD battery.", [("THAAD", "COMBAT_DUTY")]),
    ("The US Army has activated its second THAAD battery at Fort Bliss.", [("THAAD", "COMBAT_DUTY")]),
    # near misses: what is activated is not the system; a hypothetical; a plan
    ("The S-400 regiment activated its radar during the exercise.", []),
    ("Saudi Arabia could activate its first THAAD battery.", []),
    ("Germany's missile shield is set to be greatly reinforced as the first parts of the new Arrow 3 "
     "system are activated, the minister said.", [("Arrow 3", "PLANNED")]),
])
def test_activating_a_system_puts_it_on_duty(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Hungarian Gripen jets are safeguarding the Baltic airspace.", [("Gripen", "COMBAT_DUTY")]),
    ("The Gripen jets patrol the Baltic skies.", [("Gripen", "COMBAT_DUTY")]),
    ("The F-35 jets protect the skies over Poland.", [("F-35", "COMBAT_DUTY")]),
    ("Hungarian Gripen jets began guarding the Baltic airspace in April.", [("Gripen", "COMBAT_DUTY")]),
    ("Four F-35 jets will protect the skies over Poland.", [("F-35", "PLANNED")]),
    ("The Patriot systems continue to protect the skies over Rzeszow.", [("Patriot", "COMBAT_DUTY")]),
    # near misses: a negation, a hypothetical, a purpose, people as the actor, no airspace
    ("The F-16 jets are not guarding the Baltic airspace.", []),
    ("Russia tested the S-500 system, which could protect the skies over Moscow.", []),
    ("Germany deployed Patriot systems to protect the skies over Poland.", [("Patriot", "DEPLOYED")]),
    ("Pilots patrol the skies over Poland in F-16 jets.", []),
    ("The F-16 jets protect civilians.", []),
])
def test_guarding_an_airspace_is_duty(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russian troops are being equipped with S-500 systems.", [("S-500", "IN_TRANSIT")]),
    ("Russia is equipping its troops with S-500 systems.", [("S-500", "IN_TRANSIT")]),
    ("The brigade has been equipped with S-500 systems.", [("S-500", "ARRIVED")]),
    ("The units are equipped with S-400 systems.", [("S-400", "ARRIVED")]),
    ("The brigade will be equipped with S-400 systems next year.", [("S-400", "PLANNED")]),
    ("The Ukrainian troops are armed with Javelin missiles.", [("Javelin", "ARRIVED")]),
    # near misses: no system; a system described by what it carries
    ("The troops are equipped with radios.", []),
    ("The J-10C aircraft is equipped with PL-15 missiles.", []),
    ("The Su-35 jets are armed with Kh-31 missiles.", []),
])
def test_a_force_equipped_with_a_system(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The unit took over the NASAMS batteries in June.", [("NASAMS", "ARRIVED")]),
    ("The Rafale jets joined the fleet in September.", [("Rafale", "DEPLOYED")]),
    ("5 Rafale jets join Indian Air Force fleet", [("Rafale", "DEPLOYED")]),
    ("The Rafale jets were added to the fleet in September.", [("Rafale", "DEPLOYED")]),
    ("The F-35 jets entered the inventory of the Danish air force.", [("F-35", "DEPLOYED")]),
    # near misses: a system taking over a mission; a city taken; joining an alliance; a person
    # joining; joining as the aim of a flight
    ("Seven F-15 jets took over the Baltic Air Policing mission from Poland.", []),
    ("Russian forces took over the city of Bakhmut.", []),
    ("Sweden joined NATO in 2024.", []),
    ("The Rafale jets were added to the list in September.", []),
    ("Russian Kh-101 missiles entered Polish airspace.", []),
    ("The pilot joined the squadron in May.", []),
    ("The Rafale jets flew 7,000 km to join the fleet.", []),
])
def test_taking_over_and_joining_the_fleet(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Iran has been operating the S-300 system since 2016.", [("S-300", "ARRIVED")]),
    ("Ukraine operates the Bradley fighting vehicles.", [("Bradley", "ARRIVED")]),
    ("Egypt became the first foreign operator of the Su-35.", [("Su-35", "ARRIVED")]),
    ("Egypt is expected to become the first foreign operator of the Su-35.", [("Su-35", "PLANNED")]),
    # near misses: a hypothetical, a negation, no system, people operating, a training aim, a
    # bare past
    ("Egypt could operate the Su-35.", []),
    ("Ukraine does not operate the F-16.", []),
    ("The ministry operates a hotline.", []),
    ("Ukrainian pilots operate the F-16 jets.", []),
    ("The US military has been training Ukrainian crews to operate the Bradley fighting vehicle.", []),
    ("The Navy operated the Harpoon missiles for decades.", []),
])
def test_operating_a_system_is_having_it(nlp, text, expected):
    assert run(nlp, text) == expected
