"""Event rules from the eighth round on outlets the corpora do not hold: a status stated inside a
relative clause whose pronoun the parser hangs on the clause's reporting verb ("the missile
which Britain confirmed it would send"), and a future operation of a system ("will operate the
Su-35"), on sentences written for them."""
import pytest

from claimledger.extract import events as events_module
from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


def run(nlp, text):
    return [(event["subject"], event["status"], event.get("location")) for event in events_of(nlp, text)]


@pytest.mark.parametrize("text,expected", [
    ("The Storm Shadow missile, which Britain confirmed it would send to Ukraine, flies far.",
     [("Storm Shadow", "PLANNED", "Ukraine")]),
    ("Britain sent Storm Shadow missiles. The minister would not talk about the use of the missile "
     "which Britain confirmed it would send to Ukraine.",
     [("Storm Shadow", "ARRIVED", "Ukraine"), ("Storm Shadow", "PLANNED", "Ukraine")]),
    # near misses: the reported clause has an object of its own, or reports nothing of a delivery
    ("The Storm Shadow missile, which the UK confirmed it would not supply to Ukraine, has a long range.", []),
    ("The Storm Shadow missile, which the UK confirmed is accurate, has a long range.", []),
])
def test_status_reported_inside_a_relative_clause(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Algeria will be the second African state that will operate the Su-35 jet.", [("Su-35", "PLANNED", "Algeria")]),
    ("Poland will operate the K2 tanks from next year.", [("K2", "PLANNED", "Poland")]),
    # a present operation is possession (ARRIVED, tests/test_events_tenth.py)
    ("Poland operates the K2 tanks.", [("K2", "ARRIVED", "Poland")]),
    # near misses: a negated or conditional one, no object, a passive
    ("Poland will not operate the K2 tanks.", []),
    ("If approved, Poland will operate the K2 tanks.", []),
    ("Poland will operate in the region with K2 tanks.", []),
    ("The K2 tanks will be operated by Poland.", []),
])
def test_a_future_operation_is_a_plan(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The foreign minister told when the SAMP/T battery was set up in Ukraine", []),
    ("The minister did not say when the Abrams tanks would arrive in Ukraine.", []),
    ("The president did not say how many tanks had come, nor how many weeks it would need for the "
     "Abrams tanks to be deployed at the front.", []),
    # near misses: a temporal clause, a question word inside the stated clause, a relative clause
    ("The minister said the SAMP/T system was deployed in Ukraine when the attacks began.",
     [("SAMP/T", "DEPLOYED", "Ukraine")]),
    ("The minister said that when the Abrams tanks arrived in Ukraine, they were repainted.",
     [("Abrams", "ARRIVED", "Ukraine")]),
    ("The Abrams tanks, which arrived in Ukraine when the offensive began, are in use.",
     [("Abrams", "ARRIVED", "Ukraine")]),
])
def test_a_status_in_an_indirect_question_is_none(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The decision was made this summer to instead send the first portion of the F-16 jets to the U.S.",
     [("F-16", "PLANNED", "U.S.")]),
    ("The request was made to supply ATACMS missiles to Ukraine.", [("ATACMS", "REQUESTED", "Ukraine")]),
    # near misses: no decision, a negated or a rejected one
    ("The decision was not made to send Leopard 2 tanks to Ukraine.", []),
    ("No decision was made to send Leopard 2 tanks to Ukraine.", []),
    ("The decision was rejected to send Leopard 2 tanks to Ukraine.", []),
])
def test_an_extraposed_infinitive_of_a_plan_noun(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Leopard 2 tanks bound for Ukraine arrived in Poland on Monday.", [("Leopard 2", "IN_TRANSIT", "Ukraine")]),
    ("The Leopard 2 tanks arrived in Poland, bound for Ukraine.", [("Leopard 2", "IN_TRANSIT", "Ukraine")]),
    ("A cargo ship with more than 60 Bradley vehicles destined for Ukraine arrived in Germany.",
     [("Bradley", "IN_TRANSIT", "Ukraine")]),
    # near misses: no destination named, "bound to" as likelihood
    ("The Leopard 2 tanks arrived in Ukraine.", [("Leopard 2", "ARRIVED", "Ukraine")]),
    ("The Leopard 2 tanks, which are bound to impress, arrived in Ukraine.", [("Leopard 2", "ARRIVED", "Ukraine")]),
])
def test_an_arrival_on_the_way_to_a_destination_is_a_transit(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("World Figures\n\nTaipei, June 3 – Taiwan to Receive HIMARS Early: Ministry of National "
     "Defense\n\nThe ministry spoke on Friday.", [("HIMARS", "PLANNED", "Taiwan")]),
])
def test_an_infinitive_on_a_title_line_below_the_first_is_a_plan(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("line,expected", [
    ("Taipei, June 3 – Taiwan to Receive HIMARS Early: Ministry of National Defense", True),
    ("Taipei, May 10 – Taiwan will receive the HIMARS ahead of schedule, the ministry said.", False),
    ("Taiwan will receive the HIMARS ahead of schedule according to the ministry", False),
])
def test_title_line(nlp, line, expected):
    doc = nlp.make_doc("Header\n\n" + line + "\n\nBody text here.")
    token = next(token for token in doc if token.text == "HIMARS")
    assert events_module.is_title_line(token) is expected


@pytest.mark.parametrize("text,expected", [
    ("The Leopard 2 tanks, delivered to Ukraine in March, are now at the front.", [("Leopard 2", "ARRIVED", "Ukraine")]),
    # near misses: no commas (the participle names the tanks), no place it went to
    ("The Leopard 2 tanks delivered to Ukraine in March are now at the front.", []),
    ("The Leopard 2 tanks, built in Germany, are now at the front.", []),
    ("The Leopard 2 tanks, painted in green, are heavy.", []),
])
def test_a_participle_set_off_by_commas_states_its_status(nlp, text, expected):
    assert run(nlp, text) == expected
