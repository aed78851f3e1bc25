"""Event rules from the fourteenth round, on sentences written for them (hits and near misses):
an impersonal passive with an infinitive of its own ("it is envisaged to deploy X") states a
plan; an infinitive on a noun of judgment after an expletive "it" ("it is time to deploy X")
states none; a system delivered or handed over to a military formation ("to the 3rd Air
Defence Regiment") or received by one ("the brigade received the tanks") is allotted to units,
DEPLOYED (corpus notes en_c call 2)."""
import pytest

from conftest import event_statuses as statuses
from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


@pytest.mark.parametrize("text,expected", [
    ("It is envisaged to deploy Patriot batteries in Poland.", [("Patriot", "PLANNED")]),
    ("It is supposed to deliver the HIMARS launchers to Ukraine by May.", [("HIMARS", "PLANNED")]),
    ("It is required to deploy the NASAMS systems near the capital.", [("NASAMS", "PLANNED")]),
    ("It is planned to deploy the S-400 systems in Kaliningrad next year.", [("S-400", "PLANNED")]),
    ("It was decided in March to deliver the Leopard 2 tanks to Ukraine.", [("Leopard 2", "PLANNED")]),
    # near misses: a negation, a question, a condition, a report of a past status, a verb
    # that says what "it" (named before) does, a plan stated by a that-clause
    ("It is not planned to deploy the Patriot batteries in Poland.", []),
    ("Is it planned to deploy the S-400 systems in Kaliningrad?", []),
    ("If it is decided to send the Taurus missiles, Ukraine will use them.", []),
    ("It is said to have delivered the HIMARS launchers to Ukraine.", [("HIMARS", "ARRIVED")]),
    ("It is believed to operate the S-400 systems in Crimea.", []),
    ("It is planned that the S-400 systems will be deployed in Kaliningrad.", [("S-400", "PLANNED")]),
])
def test_an_impersonal_passive_states_a_plan(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("It is time to deploy the Patriot batteries in Poland.", []),
    ("It is high time to send the Taurus missiles to Ukraine.", []),
    ("It was time to deploy the Patriot batteries in Poland, the minister said.", []),
    ("It is necessary to deploy the S-400 in Kaliningrad.", []),
    # near misses: the first to do a thing is no judgment; a plan stays a plan
    ("The Dutch army will be the first to deploy the Patriot batteries.", [("Patriot", "PLANNED")]),
    ("It is the right time, and Germany will send the Taurus missiles.", [("Taurus KEPD 350", "PLANNED")]),
])
def test_a_judged_occasion_is_no_plan(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Patriot batteries were delivered to the 3rd Air Defence Regiment.", [("Patriot", "DEPLOYED")]),
    ("The Leopard 2 tanks were handed over to the 33rd Mechanized Brigade.", [("Leopard 2", "DEPLOYED")]),
    ("Poland handed over the Leopard 2 tanks to the brigade in Swietoszow.", [("Leopard 2", "DEPLOYED")]),
    ("The Bayraktar TB2 drones were delivered to the Land Forces Command.", [("Bayraktar TB2", "DEPLOYED")]),
    ("The brigade received the Leopard 2 tanks on Monday.", [("Leopard 2", "DEPLOYED")]),
    ("The 47th Brigade got its first Abrams tanks last week.", [("Abrams", "DEPLOYED")]),
    ("The Su-35 jets have been received by one of the squadrons.", [("Su-35", "DEPLOYED")]),
    # near misses: a country or "the military" as the receiver (ARRIVED), a delivery under way,
    # a delivery to come, a purchase by a formation, a crew (no formation), a formation in a
    # clause of its own
    ("The Leopard 2 tanks were handed over to Ukraine.", [("Leopard 2", "ARRIVED")]),
    ("The Patriot batteries were delivered to the military.", [("Patriot", "ARRIVED")]),
    ("The Leopard 2 tanks are being delivered to the brigades.", [("Leopard 2", "IN_TRANSIT")]),
    ("The K2 tanks will be delivered to the 20th Mechanized Brigade next year.", [("K2", "PLANNED")]),
    ("Ukraine received the Leopard 2 tanks on Monday.", [("Leopard 2", "ARRIVED")]),
    ("The brigade is receiving the Leopard 2 tanks in batches.", [("Leopard 2", "IN_TRANSIT")]),
    ("The brigade bought the Leopard 2 tanks in 2019.", [("Leopard 2", "PLANNED")]),
    ("The crew received the Patriot battery on Monday.", [("Patriot", "ARRIVED")]),
    ("The Patriot batteries were handed over to Ukraine under the command of the air force.",
     [("Patriot", "ARRIVED")]),
    # "will operate them": the launchers, as "will operate the launchers" is a plan
    ("The HIMARS launchers were delivered to Poland, where the regiment will operate them.",
     [("HIMARS", "ARRIVED"), ("HIMARS", "PLANNED")]),
])
def test_a_delivery_to_a_formation_is_an_allotment(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a purchase participle set off by commas with a date of its own beside an arrival states
    # two events: the purchase (PLANNED, seed notes R3, en_b call 1) and the arrival
    ("The HIMARS launchers, purchased from the United States in 2019, arrived in Poland on Monday.",
     [("HIMARS", "PLANNED"), ("HIMARS", "ARRIVED")]),
    ("The K9 howitzers, ordered in 2022, reached the port of Gdynia last week.",
     [("K9", "PLANNED"), ("K9", "ARRIVED")]),
    ("The K2 tanks, which Poland bought in 2022, arrived in Gdynia on Tuesday.",
     [("K2", "PLANNED"), ("K2", "ARRIVED")]),
    # near misses: a participle that only describes the system (no date, or no commas) gives
    # no event of its own (en_g call 1)
    ("The NASAMS systems, bought by Lithuania, arrived in Vilnius on Monday.", [("NASAMS", "ARRIVED")]),
    ("The F-35 jets purchased in 2019 arrived at Lask air base.", [("F-35", "ARRIVED")]),
])
def test_a_dated_purchase_participle_beside_an_arrival(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected
