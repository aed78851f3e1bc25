"""Sentences whose words look like a status but state none, or another one: a target hit
after a firing verb, a bargain's condition, a skill trained, an actor placing itself, a strike
"delivered", a decision to give. Sentences written for these tests, run through the whole
extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)
from conftest import sorted_statuses as statuses


# fmt: off
NO_EVENT = [
    # what a strike verb conjoined to a firing verb hits is its target
    "The destroyer accidentally fired on and struck an F/A-18 returning to the carrier.",
    "Air defences opened fire and hit the Su-34 over the city.",
    # a bargain's condition
    "Athens would hand over nothing in exchange for Washington stationing Patriot batteries on Crete.",
    "In return for receiving the Leopard 2 tanks, the army must retire its older vehicles.",
    # a gerund under "without" or "about" states nothing done
    "The general praised the crews without naming the kind of HIMARS equipment they handed over.",
    "The whole debate in Berlin is about sending Taurus missiles to Kyiv.",
    # a skill taught by a course
    "Washington announced a training course for Ukrainian crews to operate the NASAMS launchers.",
    # a second indirect question the parser joins to the first
    "The ministry did not disclose how many Patriot launchers it holds or where they have been deployed.",
    # the content of a denial is asserted by no one
    "Moscow denied that Iran will receive Su-35 fighters this month.",
    "The ministry flatly rejected that any Patriot batteries had arrived in Kyiv.",
    # a skill taught or learned is no use
    "Forty crews underwent training in operating the IRIS-T launchers in Germany.",
    "The gunners learned how to use the Caesar howitzers in France last spring.",
]

SOME_EVENT = [
    # a delivered strike is a use, not a delivery
    ("Russian troops delivered a strike with an Iskander missile on the depot.", [("Iskander", "USED")]),
    # a decision to give is a plan
    ("The Norwegian government has chosen to donate two NASAMS batteries to Kyiv.", [("NASAMS", "PLANNED")]),
    ("Madrid opted to send six Leopard 2 tanks to Ukraine.", [("Leopard 2", "PLANNED")]),
    # an actor placing itself places no system: the plan is the only status
    ("With plans to send more HIMARS launchers, Washington has positioned itself as the main supplier.",
     [("HIMARS", "PLANNED")]),
    # a sending into the enemy's land to strike is the attack; a purpose of striking is no use
    ("Moscow sent swarms of Shahed-136 drones into Ukraine to hit power stations overnight.",
     [("Shahed-136", "USED")]),
    ("Washington shipped ATACMS missiles to Ukraine to hit Russian airfields.", [("ATACMS", "ARRIVED")]),
    ("Russia used Lancet drones to hit two howitzers near the river.", [("Lancet", "USED")]),
    # an adverbial clause with its own subject lends none to the statuses under it
    ("The Iron Dome intercepted most of the rockets, while residents of Haifa were urged to seek shelter.",
     [("Iron Dome", "USED")]),
    # a generic description takes up the subject of the sentence before, not a system named
    # in its prepositional phrase
    ("Egypt showed off its new Rafale jets on Monday. The Rafale is a multirole fighter that will "
     "complement a fleet still reliant on ageing MiG-29 and F-16 aircraft. The planes were inducted "
     "at a ceremony near Cairo.", [("Rafale", "DEPLOYED")]),
    # a denial not made leaves the content standing
    ("Tehran did not deny that Iran will receive Su-35 fighters this month.", [("Su-35", "PLANNED")]),
    # the same words that still state a status
    ("Ukrainian crews used the IRIS-T launchers to down twelve drones.", [("IRIS-T SLM", "USED")]),
    ("Germany delivered two IRIS-T launchers to Ukraine on Monday.", [("IRIS-T SLM", "ARRIVED")]),
]
# fmt: on


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_status_event(nlp, text):
    assert statuses(nlp, text) == []


@pytest.mark.parametrize("text, expected", SOME_EVENT)
def test_the_status_the_words_state(nlp, text, expected):
    assert statuses(nlp, text) == sorted(expected)
