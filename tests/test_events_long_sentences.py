"""Event rules for long sentences and statuses carried across sentences (en_l), on sentences
written for them (hits and near misses): an absolute participle or a "followed by" batch
schedules further systems; a landing with a particle or a time of its own arrives; a welcomed
system is received; a capitalised status noun opening a sentence is still a noun; a part counted
from a noun that refers back takes up its system; a moving clause's along-with phrase adds the
system it names; "should" schedules an end; a perfect progressive of operating from a base is
present; an arrival at a stop on the way and a use under a future start are no events."""
import pytest

from conftest import event_statuses as statuses


@pytest.fixture(scope="module")
def nlp():
    from claimledger.extract import build_pipeline
    return build_pipeline()


def full_events(nlp, text, dct="2025-06-04"):
    from claimledger.extract.records import prepare_doc
    from claimledger.schema import Document
    return nlp(prepare_doc(nlp, Document(id="t", text=text, dct=dct)))._.events


def dated(events):
    return [(event["subject"], event["status"], event["date"]) for event in events]


@pytest.mark.parametrize("text,expected", [
    ("Norway's second NASAMS battery should arrive in Bodo in August, with three more batteries expected in 2027.",
     [("NASAMS", "PLANNED", "2025-08"), ("NASAMS", "PLANNED", "2027")]),
    ("Six Rafale jets will be handed over in 2026, with the remaining four expected by 2028.",
     [("Rafale", "PLANNED", "2026"), ("Rafale", "PLANNED", "2028")]),
    ("Chile will get 12 K9 howitzers. The first four guns are expected in October, followed by four more in 2026.",
     [("K9", "PLANNED", None), ("K9", "PLANNED", "2025-10"), ("K9", "PLANNED", "2026")]),
])
def test_an_absolute_participle_or_a_following_batch_schedules_more(nlp, text, expected):
    assert dated(full_events(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Four Caesar guns reached Lyon, with the rest of the convoy expected to wait at the border.",
    "The Leopard 2 tanks are expected to arrive, followed by a long silence from the ministry.",
])
def test_near_misses_of_scheduled_batches(nlp, text):
    found = statuses(full_events(nlp, text))
    assert found.count(("Leopard 2", "PLANNED")) <= 1 and ("Caesar", "PLANNED") not in found


@pytest.mark.parametrize("text,expected", [
    ("Two Gripen jets were bought last spring. They touched down near the lake on a grey morning.",
     [("Gripen", "PLANNED"), ("Gripen", "ARRIVED")]),
    ("Chile ordered four F-16 jets. The first two jets flew in from Texas with a tanker.",
     [("F-16", "PLANNED"), ("F-16", "ARRIVED")]),
    ("Poland bought six Apache helicopters. The two helicopters landed on the new runway.",
     [("AH-64 Apache", "PLANNED"), ("AH-64 Apache", "ARRIVED")]),
    ("Greece ordered six Rafale jets. The jets landed safely on Tuesday evening.",
     [("Rafale", "PLANNED"), ("Rafale", "ARRIVED")]),
])
def test_a_landing_with_a_particle_a_surface_or_a_time_arrives(nlp, text, expected):
    assert statuses(full_events(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Greece ordered six Rafale jets. The pilot landed safely after the drill.",
    "Greece ordered six Rafale jets. The talks landed on the minister's desk.",
    "Greece ordered six Rafale jets. Two Rafale jets flew in to escort the airliner.",
])
def test_a_landing_without_place_time_or_aircraft_arrives_nowhere(nlp, text):
    assert statuses(full_events(nlp, text)) == [("Rafale", "PLANNED")]


@pytest.mark.parametrize("text,expected", [
    ("Crews at Rygge welcomed the first upgraded Norwegian NASAMS launcher to the base.", [("NASAMS", "ARRIVED")]),
    ("Andoya welcomes first of five P-8 Poseidon patrol planes", [("P-8 Poseidon", "ARRIVED")]),
    ("Kyiv welcomed the decision to send more IRIS-T SLM launchers.", [("IRIS-T SLM", "PLANNED")]),
    ("Vilnius welcomed the NASAMS announcement from Oslo.", []),
])
def test_a_welcomed_system_is_received_a_welcomed_decision_is_not(nlp, text, expected):
    assert statuses(full_events(nlp, text)) == expected


def test_a_capitalised_status_noun_opening_a_sentence_takes_up_the_system(nlp):
    text = "Peru signed a deal for ten K2 tanks last year.\nDelivery will begin in 2027."
    assert dated(full_events(nlp, text)) == [("K2", "PLANNED", "2024"), ("K2", "PLANNED", "2027")]


@pytest.mark.parametrize("text,expected", [
    ("Italy sent SAMP/T batteries to Kuwait in May. Rome dispatched the first two of the three batteries to the Gulf by ship.",
     [("SAMP/T", "ARRIVED"), ("SAMP/T", "ARRIVED")]),
    ("Nigeria bought Bayraktar TB2 drones. Abuja deployed four of the UAVs to the northeast.",
     [("Bayraktar TB2", "PLANNED"), ("Bayraktar TB2", "DEPLOYED")]),
])
def test_a_part_counted_from_a_noun_that_refers_back(nlp, text, expected):
    assert statuses(full_events(nlp, text)) == expected


def test_a_part_of_people_takes_up_no_system(nlp):
    text = "Italy sent SAMP/T batteries to Kuwait in May. Rome dispatched two of the three officers to the Gulf."
    assert statuses(full_events(nlp, text)) == [("SAMP/T", "ARRIVED")]


@pytest.mark.parametrize("text,expected", [
    ("Madrid shipped NASAMS launchers to Latvia along with two Patriot batteries.",
     [("NASAMS", "ARRIVED"), ("Patriot", "ARRIVED")]),
    ("The Caesar guns arrived in Tallinn together with six Krab howitzers.",
     [("Caesar", "ARRIVED"), ("Krab", "ARRIVED")]),
    # near miss: what goes along with the system is no system
    ("The Caesar guns arrived in Tallinn along with their crews.", [("Caesar", "ARRIVED")]),
])
def test_an_along_with_phrase_adds_its_system_to_a_moving_clause(nlp, text, expected):
    assert statuses(full_events(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Canada deployed NASAMS batteries to Latvia. The deployment in Latvia should end in March.",
     [("NASAMS", "DEPLOYED"), ("NASAMS", "PLANNED")]),
    # near miss: without a time, "should" is a possibility
    ("Canada deployed NASAMS batteries to Latvia. The deployment in Latvia should end soon, critics say.",
     [("NASAMS", "DEPLOYED")]),
])
def test_should_with_a_time_schedules_an_end(nlp, text, expected):
    assert statuses(full_events(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Two MQ-9 Reaper drones arrived in Greece in May. The drones have been operating out of Italy since 2019.",
     [("MQ-9 Reaper", "ARRIVED"), ("MQ-9 Reaper", "DEPLOYED")]),
    # near miss: a past perfect is no longer now
    ("Two MQ-9 Reaper drones arrived in Greece in May. The drones had been operating out of Niger until 2019.",
     [("MQ-9 Reaper", "ARRIVED")]),
])
def test_a_perfect_progressive_of_operating_from_a_base(nlp, text, expected):
    assert statuses(full_events(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Rafale jets reached Greece on Monday. Their ferry flight included a stop at Souda Bay in Crete, where they arrived on Sunday.",
     [("Rafale", "ARRIVED")]),
    # near miss: an arrival at the destination, told in a relative clause, stays one
    ("The Rafale jets flew to Tanagra air base, where they arrived on Sunday.", [("Rafale", "ARRIVED"), ("Rafale", "ARRIVED")]),
])
def test_an_arrival_at_a_stop_on_the_way_is_no_arrival(nlp, text, expected):
    assert statuses(full_events(nlp, text)) == expected


def test_a_use_under_a_future_start_is_no_event(nlp):
    text = "Sweden sold Gripen jets to Peru. Swedish instructors will help Peru to start flying and using the jets."
    assert statuses(full_events(nlp, text)) == [("Gripen", "PLANNED")]


@pytest.mark.parametrize("text,expected", [
    ("Thailand bought six Gripen jets. The first one then continued to Thailand via India.",
     [("Gripen", "PLANNED"), ("Gripen", "IN_TRANSIT")]),
    # near misses: continuing to act is the infinitive's status, not a journey; a drone going
    # on towards a city is in flight
    ("Sweden will continue to train pilots on the Gripen.", []),
    ("Russia fired Shahed-136 drones at Ukraine at night. The drones continued to Kyiv from the south.",
     [("Shahed-136", "USED")]),
])
def test_a_journey_continued_towards_a_place_is_a_transit(nlp, text, expected):
    assert statuses(full_events(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Norway ordered 14 P-8 Poseidon planes. Five more P-8 Poseidon planes will join them to form a second squadron.",
     [("P-8 Poseidon", "PLANNED"), ("P-8 Poseidon", "PLANNED")]),
    # near miss: joining others to train is no unit made up
    ("Norway ordered 14 P-8 Poseidon planes. Five crews will join them to train in Florida.",
     [("P-8 Poseidon", "PLANNED")]),
])
def test_systems_joining_others_to_form_a_unit_enter_service(nlp, text, expected):
    assert statuses(full_events(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Norway's second NASAMS battery is expected to arrive in the autumn.", "Norway"),
    ("Romania's first F-35 jets will reach the base next year.", "Romania"),
    # near miss: a place of the clause's own comes first
    ("Norway's second NASAMS battery is expected in Lithuania in the autumn.", "Lithuania"),
])
def test_a_holder_country_places_a_clause_that_names_no_place(nlp, text, expected):
    assert [event["location"] for event in full_events(nlp, text)] == [expected]
