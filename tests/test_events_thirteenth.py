"""Event rules from the thirteenth round, on sentences written for them (hits and near misses):
a request its addressee received is a request about the system it names or, naming none, the
system the report is about; a status inside an if-clause, marked on the verb whose infinitive
it is, is no event; a part of a named place is that place ("the north-eastern part of Poland")."""
import pytest

from conftest import event_statuses as statuses
from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


ASKED = "Kyiv asked Berlin for Taurus cruise missiles. "


def second_sentence(nlp, text):
    """The events of the sentence after ASKED."""
    return statuses(event for event in events_of(nlp, ASKED + text) if event["span"][0] >= len(ASKED))


@pytest.mark.parametrize("text,expected", [
    ("The request from Kyiv was received by Berlin several days ago.", [("Taurus KEPD 350", "REQUESTED")]),
    ("A request for Taurus deliveries came to Berlin in recent days.", [("Taurus KEPD 350", "REQUESTED")]),
    ("Berlin received the request last week.", [("Taurus KEPD 350", "REQUESTED")]),
    # near misses: a negation, a condition, a question, a request for comment, a telephone
    # call, a request turned down
    ("No request has been received by Berlin.", []),
    ("Berlin has not received a request.", []),
    ("If a request is received, Berlin will consider it.", []),
    ("Has Berlin received a request?", []),
    ("A request for comment was received by the ministry.", []),
    ("The call came from Kyiv on Monday.", []),
    ("The request was rejected.", []),
])
def test_a_received_request_is_a_request(nlp, text, expected):
    assert second_sentence(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("If Berlin agrees to supply the Taurus missiles, it would follow London.", []),
    ("If Berlin decides to send Taurus missiles and trains the crews, Kyiv will strike deeper.", []),
    ("Unless Berlin is ready to deliver the Taurus missiles, talks will stall.", []),
    ("If it delivers the missiles, Berlin would follow London, the first capital to supply Kyiv"
     " with Storm Shadow missiles.", []),
    # near misses: the same verbs asserted, with no condition or with it on another clause
    ("Berlin agreed to supply the Taurus missiles.", [("Taurus KEPD 350", "PLANNED")]),
    ("Berlin agreed to supply Taurus missiles, and if the tests succeed it will send more.",
     [("Taurus KEPD 350", "PLANNED")]),
])
def test_a_status_inside_an_if_clause_is_no_event(nlp, text, expected):
    assert second_sentence(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("He said the K2 tanks and K9 howitzers would reach the north-eastern part of Poland in a few days.",
     [("K2", "PLANNED", "Poland"), ("K9", "PLANNED", "Poland")]),
    ("The K2 tanks reached the outskirts of Warsaw.", [("K2", "ARRIVED", "Poland")]),
    # near misses: a capability, a part of no place, a hypothetical
    ("The missiles can reach any part of Poland.", []),
    ("The K2 tanks are part of the package.", []),
    ("The K2 tanks could reach the eastern part of Poland in days.", []),
])
def test_a_part_of_a_place_is_the_place(nlp, text, expected):
    assert [(e["subject"], e["status"], e["location"]) for e in events_of(nlp, text)] == expected


RECEIVED = "Poland has received twelve K2 tanks and 18 K9 howitzers from Seoul. The ministry wrote about it. "


@pytest.mark.parametrize("text,expected", [
    ("The equipment was unloaded at the port of Gdynia on Monday evening.", [("K2", "ARRIVED"), ("K9", "ARRIVED")]),
    ("The equipment will be sent to the brigades in the north-east.", [("K2", "PLANNED"), ("K9", "PLANNED")]),
    # near misses: equipment in general, equipment said to be another's, a negation
    ("Poland needs more military equipment.", []),
    ("The equipment of the brigade was unloaded at Gdynia.", []),
    ("The equipment was not unloaded.", []),
])
def test_the_equipment_takes_up_every_system_named_before(nlp, text, expected):
    assert statuses(event for event in events_of(nlp, RECEIVED + text)
                    if event["span"][0] >= len(RECEIVED)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The RAF now has a total of 15 F-35Bs in service at RAF Marham.", [("F-35", "DEPLOYED")]),
    ("The Iskander-M system currently in service can hit targets at 500 kilometers.", [("Iskander", "DEPLOYED")]),
    ("Poland has 20 HIMARS launchers on combat duty.", [("HIMARS", "COMBAT_DUTY")]),
    ("The RAF will have 15 F-35Bs in service by 2025.", [("F-35", "PLANNED")]),
    # near misses: a possibility, a negation, "no", a lapsed status, a topic of a question
    ("The RAF could have 15 F-35Bs in service by 2025.", []),
    ("Britain does not have F-35Bs in service.", []),
    ("The RAF has no F-35Bs in service.", []),
    ("The F-16 jets no longer in service were scrapped.", []),
    ("Reporters asked about the BrahMos missile in Philippine service.", []),
])
def test_a_status_phrase_after_the_system_noun(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Abrams tanks were transported by heavy haulers to a training center near Hukou.", [("Abrams", "IN_TRANSIT")]),
    ("The Abrams tanks were shipped by rail to Poland.", [("Abrams", "IN_TRANSIT")]),
    # near misses: a delivery by air is a delivery; a movement without its means; a "by" agent
    ("The Abrams tanks were delivered by air to Poland.", [("Abrams", "ARRIVED")]),
    ("The task force transported the Abrams tanks to Australia.", [("Abrams", "ARRIVED")]),
    ("The Abrams tanks were moved by the army to Poland.", [("Abrams", "ARRIVED")]),
])
def test_a_movement_by_its_means_is_in_transit(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Patriot batteries, delivered in May, protect Kyiv.", [("Patriot", "ARRIVED")]),
    ("Kyiv is protected by the Patriot batteries, delivered in 2023.", [("Patriot", "ARRIVED")]),
    # near misses: no commas (the participle only names the batteries), a verb of no status,
    # a relative clause of possibility
    ("The Patriot batteries delivered in May protect Kyiv.", []),
    ("The Patriot batteries, designed in the 1980s, protect Kyiv.", []),
    ("The Patriot batteries, which may be delivered soon, protect Kyiv.", []),
])
def test_a_participle_set_off_with_its_date_states_the_status(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ukraine turns to Germany with official request for provision of Taurus cruise missiles", [("Taurus KEPD 350", "REQUESTED")]),
    ("Kyiv approached Berlin with a request for Taurus missiles.", [("Taurus KEPD 350", "REQUESTED")]),
    # near miss: a negation
    ("Kyiv did not approach Berlin with a request for Taurus missiles.", []),
])
def test_a_verb_with_a_request_for_the_system(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Lockheed Martin is days away from sending Eglin the first F-35 jets.", [("F-35", "PLANNED")]),
    ("Poland is weeks away from receiving its first Patriot batteries.", [("Patriot", "PLANNED")]),
    # near misses: far from it, not weeks away, a movement away from a place
    ("Poland is far from receiving Patriot batteries.", []),
    ("Poland is still far away from receiving Patriot batteries.", []),
    ("Poland is not months away from receiving Patriot batteries.", []),
])
def test_a_status_some_time_away_is_a_plan(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Patriot batteries returned from Saudi Arabia.", [("Patriot", "WITHDRAWN")]),
    ("Another HIMARS battalion returned in October from a nine-month deployment to the region.",
     [("HIMARS", "WITHDRAWN")]),
    ("The Patriot batteries will return from Saudi Arabia next year.", [("Patriot", "PLANNED")]),
    # a system given back to a named place leaves its holder
    ("Germany returned the Patriot batteries to the United States.", [("Patriot", "WITHDRAWN")]),
    # near misses: back from a mission, a negation
    ("The F-16 jets returned from a combat mission.", []),
    ("The Patriot batteries did not return from Saudi Arabia.", []),
])
def test_a_return_from_a_place_or_a_deployment_is_a_withdrawal(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Greece ordered 24 Rafale jets. The first six arrived on Wednesday.", [("Rafale", "ARRIVED")]),
    ("India ordered five S-400 squadrons. Three have been delivered so far.", [("S-400", "ARRIVED")]),
    # near misses: the system named further back, a number of other things, a possibility
    ("Greece ordered 24 Rafale jets. The deal was signed in Athens. Officials met in Paris."
     " The first six arrived on Wednesday.", []),
    ("Greece ordered 24 Rafale jets. Six of the pilots arrived on Wednesday.", []),
    ("Greece ordered 24 Rafale jets. Six could arrive on Wednesday.", []),
])
def test_a_number_without_its_noun_counts_what_was_just_named(nlp, text, expected):
    first = text.index(". ") + 2
    assert statuses(event for event in events_of(nlp, text) if event["span"][0] >= first) == expected


@pytest.mark.parametrize("text,expected", [
    ("Leopard 2 tanks took part in the assault.", [("Leopard 2", "USED")]),
    ("Ukrainian forces conducted a raid with Bradley vehicles.", [("Bradley", "USED")]),
    # near miss: a possibility
    ("Leopard 2 tanks could take part in a counterattack.", []),
])
def test_an_assault_or_a_raid_is_a_use(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The HIMARS, which fires GPS-guided rockets, has a range of 300 kilometers.", []),
    ("An An-124 is transporting another batch of Bayraktar TB2 strike unmanned aerial vehicles to Poland.",
     [("Bayraktar TB2", "IN_TRANSIT")]),
    # near misses: an actor's habitual strikes, a past firing, a strike with its subject
    ("Russia, which fires Kalibr missiles at Ukrainian cities every night, denies the strikes.", [("Kalibr", "USED")]),
    ("The HIMARS, which fired six rockets at the bridge, was destroyed.", [("HIMARS", "USED")]),
    ("Witnesses saw the TB2 strike the convoy near Kherson.", [("Bayraktar TB2", "USED")]),
])
def test_what_a_weapon_does_and_a_strike_drone_are_no_uses(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Poland gets first Abrams tanks\nThe tanks were unloaded in Gdynia on Monday.",
     [("Abrams", "ARRIVED"), ("Abrams", "ARRIVED")]),
    # near misses: a deal's terms in the body, a bargain of pronouns
    ("Poland gets 48 K9 howitzers under the deal.", []),
    ("We get the tanks, and you get the F-16s.", []),
])
def test_a_headline_country_that_gets_a_system_has_it(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("A ship carrying Patriot launchers sailed from Rotterdam on Monday.", [("Patriot", "IN_TRANSIT")]),
    # near misses: a carrier that is itself a tracked system, no cargo named, a possibility
    ("Tu-95 bombers with Kh-101 missiles took off from Engels.", []),
    ("The plane took off from Turkey with the delegation.", []),
    ("A ship carrying Patriot launchers could sail from Rotterdam next week.", []),
])
def test_a_carrier_leaving_with_a_system_puts_it_in_transit(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("THAAD battery components will continue to arrive in Israel over the coming days.", [("THAAD", "IN_TRANSIT")]),
    ("Patriot systems will continue to be delivered to Ukraine.", [("Patriot", "IN_TRANSIT")]),
    # near misses: a possibility, a negation, a condition
    ("Patriot systems could continue to arrive in Ukraine.", []),
    ("Patriot systems will not continue to arrive in Ukraine.", []),
    ("If talks fail, Patriot systems will continue to arrive in Ukraine.", []),
])
def test_deliveries_that_will_go_on_are_under_way(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected
