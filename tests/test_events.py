"""Tests for claimledger_events, on sentences written for them.

Timexes and quotes are set by hand (as the timex and quote components would set them), so
these tests exercise only the event rules.
"""
import json

import pytest

from conftest import events_of as run
from conftest import events_pipeline, locate
from conftest import event_statuses as statuses


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


@pytest.mark.parametrize("text,expected", [
    # REQUESTED
    ("Minsk formally requested the placement of Iskander-M launchers in Belarus.", ("Iskander", "REQUESTED")),
    ("Lukashenko asked Putin to deploy the Oreshnik in Belarus.", ("Oreshnik", "REQUESTED")),
    ("Warsaw has asked for two more Patriot batteries.", ("Patriot", "REQUESTED")),
    ("Minsk wants the Iskander-M to be placed on its western border.", ("Iskander", "REQUESTED")),
    # PLANNED
    ("The Iskander-M will be deployed in Belarus next year.", ("Iskander", "PLANNED")),
    ("Russia plans to deploy S-400 systems near the border.", ("S-400", "PLANNED")),
    ("Russia threatened to deploy Iskander-M missiles in Kaliningrad.", ("Iskander", "PLANNED")),
    ("Moscow intends to deploy the Oreshnik in Venezuela.", ("Oreshnik", "PLANNED")),
    ("The Iskanders are to be stationed in Kaliningrad.", ("Iskander", "PLANNED")),
    # IN_TRANSIT
    ("The S-400 is being moved to Crimea.", ("S-400", "IN_TRANSIT")),
    ("Officials said the Kinzhal missiles were en route to Syria.", ("Kinzhal", "IN_TRANSIT")),
    ("A convoy of Tor-M2 vehicles is on its way to the front.", ("Tor-M2", "IN_TRANSIT")),
    ("The NASAMS units make their way to Kyiv by rail.", ("NASAMS", "IN_TRANSIT")),
    # ARRIVED
    ("The first HIMARS launchers have arrived in Romania.", ("HIMARS", "ARRIVED")),
    ("The THAAD battery is already in Israel.", ("THAAD", "ARRIVED")),
    ("Two IRIS-T SLM systems were delivered to Ukraine in May.", ("IRIS-T SLM", "ARRIVED")),
    ("The first Abrams tanks have reached Ukrainian soil.", ("Abrams", "ARRIVED")),
    ("Iskander-M launchers were spotted near Brest on Sunday.", ("Iskander", "ARRIVED")),
    # DEPLOYED
    ("Russia has deployed Iskander-M launchers to Kaliningrad.", ("Iskander", "DEPLOYED")),
    ("The Typhon launcher was stationed in the Philippines.", ("Typhon", "DEPLOYED")),
    ("Serbia has begun the deployment of the Pantsir-S1 near Belgrade.", ("Pantsir-S1", "DEPLOYED")),
    ("Positions for the Oreshnik have been established near Minsk.", ("Oreshnik", "DEPLOYED")),
    ("The Typhon system remains in the Philippines.", ("Typhon", "DEPLOYED")),
    # COMBAT_DUTY
    ("The Yars regiment went on combat duty in Irkutsk.", ("Yars", "COMBAT_DUTY")),
    ("The S-500 has entered combat readiness.", ("S-500", "COMBAT_DUTY")),
    ("The Patriot battery near Rzeszow is on standby.", ("Patriot", "COMBAT_DUTY")),
    ("The new Sarmat missile took up combat duty in December.", ("Sarmat", "COMBAT_DUTY")),
    ("The Avangard glide vehicle entered service in 2019.", ("Avangard", "DEPLOYED")),
    ("According to the ministry, the NASAMS batteries are fully operational.", ("NASAMS", "COMBAT_DUTY")),
    # USED
    ("Russia fired an Oreshnik at Dnipro on Thursday.", ("Oreshnik", "USED")),
    ("Russian forces struck the city with Kinzhal missiles.", ("Kinzhal", "USED")),
    ("Ukraine launched ATACMS at an airfield in Crimea.", ("ATACMS", "USED")),
    ("The power plant was struck by Kinzhal missiles.", ("Kinzhal", "USED")),
    ("Russian forces used Lancet drones to hit Leopard 2 tanks.", ("Lancet", "USED")),
    # WITHDRAWN
    ("The Patriot batteries were withdrawn from Saudi Arabia.", ("Patriot", "WITHDRAWN")),
    ("Washington pulled the THAAD battery out of the region.", ("THAAD", "WITHDRAWN")),
    ("The Patriot battery is no longer deployed in Rzeszow.", ("Patriot", "WITHDRAWN")),
    ("The S-400 is no longer in Crimea.", ("S-400", "WITHDRAWN")),
    # transfers between countries
    ("Germany will hand over two more IRIS-T SLM systems to Ukraine.", ("IRIS-T SLM", "PLANNED")),
    ("Ukraine has received additional NASAMS launchers.", ("NASAMS", "ARRIVED")),
    ("The Patriot battery is in place near the airport.", ("Patriot", "DEPLOYED")),
    ("Crews fired live rounds from HIMARS launchers at the range.", ("HIMARS", "USED")),
])
def test_status_of_tracked_subject(nlp, text, expected):
    assert statuses(run(nlp, text)) == [expected]


@pytest.mark.parametrize("text,expected", [
    ("Moscow tested the Sarmat missile in May. The missile has been deployed in Orenburg.",
     [("Sarmat", "DEPLOYED")]),
    ("Kyiv praised the NASAMS last year. This system is now on combat duty.",
     [("NASAMS", "COMBAT_DUTY")]),
    ("The Oreshnik was shown in Minsk. Officials said it had arrived in Belarus.",
     [("Oreshnik", "ARRIVED")]),
    ("Reports mention the Buk-M3. The first regiment armed with the system is on standby.",
     [("Buk-M3", "COMBAT_DUTY")]),
    # the anaphor's kind skips a more recent subject of another kind
    ("The Iskander-M was tested. Leopard 2 tanks were shown. The missile was deployed in Belarus.",
     [("Iskander", "DEPLOYED")]),
])
def test_anaphor_refers_to_latest_subject(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Its deployment in Belarus worries Lithuania.",
    "The deployment of the Oreshnik in Belarus is a signal to NATO.",
    "Analysts discussed the presence of S-400 systems in Crimea.",
    "The placement of the Iskander-M on Belarusian soil alarms Warsaw.",
])
def test_nominalisation_is_not_an_event(nlp, text):
    assert run(nlp, "The Oreshnik was shown. " + text) == []


@pytest.mark.parametrize("text", [
    "The Oreshnik is getting ready to take up combat duty.",
    "The Sarmat is preparing to go on combat duty.",
    "The crews are training to put the Yars on combat duty.",
])
def test_status_announced_as_future_is_not_that_status(nlp, text):
    assert "COMBAT_DUTY" not in [event["status"] for event in run(nlp, text)]


@pytest.mark.parametrize("text", [
    "Poland has not deployed the Patriot yet.",
    "If the Oreshnik is deployed in Belarus, Warsaw will respond.",
    "The Kremlin denied that the Iskander-M had been moved to Belarus.",
    "The Oreshnik can strike targets across Europe.",
    "The Oreshnik can reach targets across Europe.",
    "The Oreshnik was seen as a threat by analysts.",
    "A model of the Oreshnik was placed on the desk.",
    "The German government has refused to supply Taurus missiles to Ukraine.",
    "No Oreshnik missiles have been stationed outside Russia.",
])
def test_negated_conditional_capability_and_depiction_are_not_events(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text", [
    "An Italian official said they were talking about 30 Storm Shadow missiles being shipped.",
    "Macron floated the idea of sending SCALP missiles to Ukraine.",
    "London proposed supplying Storm Shadow missiles to Ukraine.",
    "Norway offered to supply Kyiv with more of its NASAMS launchers.",
    "Officials talked about deploying the Oreshnik in Belarus.",
    "Ministers discussed sending Storm Shadow missiles to Ukraine.",
    "A commentator called Paris's delivery of SCALP to Kyiv a grave danger.",
])
def test_talk_proposals_and_offers_are_not_events(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("The government decided to send Storm Shadow missiles to Ukraine.", [("Storm Shadow", "PLANNED")]),
    ("Putin ordered the deployment of the Oreshnik to Belarus.", [("Oreshnik", "PLANNED")]),
    ("Kyiv called for the delivery of Storm Shadow missiles.", [("Storm Shadow", "REQUESTED")]),
])
def test_decisions_and_orders_stay_planned_beside_talk(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_participle_clause_is_about_the_main_clause_subject(nlp):
    # the task force is stationed, not the missiles it commands
    text = "Stationed in Mainz-Kastel since 2021, the task force would command the Tomahawk missiles."
    assert run(nlp, text) == []
    assert ("Oreshnik", "DEPLOYED") in statuses(run(nlp, "Deployed to Belarus in December, the Oreshnik is now on combat duty."))


def test_conjoined_predicates_give_one_event_each(nlp):
    text = ("Lukashenko said the Oreshnik had been deployed to Belarus since May 3 "
            "and had already entered combat readiness.")
    events = run(nlp, text, timexes=[("May 3", "DATE", "2025-05-03")])
    assert statuses(events) == [("Oreshnik", "DEPLOYED"), ("Oreshnik", "COMBAT_DUTY")]
    # the date belongs to the first conjunct only
    assert [event["date"] for event in events] == ["2025-05-03", None]


def test_relative_clause_status_refers_to_modified_noun(nlp):
    text = "The Oreshnik, which was deployed in Belarus in December, is road-mobile."
    assert statuses(run(nlp, text)) == [("Oreshnik", "DEPLOYED")]


def test_mislabelled_mention_attached_to_verb_is_found(nlp):
    assert statuses(run(nlp, "Iran has supplied Shahed-136 drones to Russia.")) == [
        ("Shahed-136", "ARRIVED")]


@pytest.mark.parametrize("text,expected", [
    ("Russia deployed S-400 and Pantsir-S1 systems to Kaliningrad.",
     [("S-400", "DEPLOYED"), ("Pantsir-S1", "DEPLOYED")]),
    ("The Iskander-M launchers and the Tor-M2 have arrived in Belarus.",
     [("Iskander", "ARRIVED"), ("Tor-M2", "ARRIVED")]),
    ("Iskander-M launchers, which can carry Kalibr missiles, were deployed.",
     [("Iskander", "DEPLOYED")]),
])
def test_coordinated_subjects_each_get_the_status(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_same_status_restated_in_one_sentence_is_one_event(nlp):
    text = "The Oreshnik has arrived, located on Belarusian territory."
    assert statuses(run(nlp, text)) == [("Oreshnik", "ARRIVED")]


@pytest.mark.parametrize("text,location", [
    ("The Oreshnik is being readied on Belarusian soil.", "Belarus"),
    ("The Iskander-M has been stationed on Polish territory.", "Poland"),
    ("The S-400 has been deployed on the territory of Serbia.", "Serbia"),
    ("The S-400 was sent to Turkey.", "Turkey"),
    ("The first Abrams tanks have reached Ukrainian soil.", "Ukraine"),
    ("The Yars launchers were moved to field positions in the Irkutsk region.", "Irkutsk"),
    ("Belarus has begun the deployment of the S-500.", "Belarus"),
    ("The Patriot batteries were withdrawn from Saudi Arabia.", "Saudi Arabia"),
    ("Washington has pulled its Patriot systems out of Saudi Arabia.", "Saudi Arabia"),
    ("The ATACMS were fired at Belgorod on Tuesday.", "Belgorod"),
])
def test_location_of_event(nlp, text, location):
    assert run(nlp, text)[0]["location"] == location


def test_location_carried_from_earlier_event_of_same_subject(nlp):
    text = "The S-500 has been deployed in Belarus. Its first regiment is already on standby."
    events = run(nlp, text)
    assert [event["location"] for event in events] == ["Belarus", "Belarus"]


def test_origin_is_not_the_location_of_an_arrival(nlp):
    assert run(nlp, "The NASAMS from Norway arrived.")[0]["location"] is None


def test_place_inside_a_relative_clause_is_not_the_clause_location(nlp):
    text = "The Zircon missiles were placed aboard a frigate, which sails in the Atlantic."
    assert run(nlp, text)[0]["location"] is None


def test_host_is_raised_subject_of_governing_verb(nlp):
    events = run(nlp, "Belarus is expected to receive the Oreshnik.")
    assert (events[0]["status"], events[0]["location"]) == ("PLANNED", "Belarus")


def test_clause_without_a_place_takes_the_subjects_place_in_the_document(nlp):
    text = "The NASAMS arrived in Ukraine. Norway will deliver more NASAMS launchers next year."
    assert [event["location"] for event in run(nlp, text)] == ["Ukraine", "Ukraine"]


def test_clause_without_a_place_takes_the_most_named_country(nlp):
    text = ("Poland signed a contract for Patriot batteries. Poland's army needs them. "
            "The first Patriot systems were shown in Poland, and Germany built the rest.")
    events = run(nlp, text)
    # "needs them": the batteries, asked for where the army is
    assert [(event["status"], event["location"]) for event in events] == [("PLANNED", "Poland"),
                                                                           ("REQUESTED", "Poland")]


def test_delivery_to_a_capital_is_placed_in_its_country(nlp):
    events = run(nlp, "Berlin has handed over three Patriot systems to Kyiv.")
    assert [(event["status"], event["location"]) for event in events] == [("ARRIVED", "Ukraine")]


@pytest.mark.parametrize("text,expected", [
    ("Sweden exported four Gripen jets to Hungary last year.", [("ARRIVED", "Hungary")]),
    ("Seoul will export two more KM-SAM batteries to Iraq.", [("PLANNED", "Iraq")]),
    ("Sweden is not allowed to export Gripen jets to Hungary.", []),
])
def test_an_export_is_a_delivery(nlp, text, expected):
    events = run(nlp, text)
    assert [(event["status"], event["location"]) for event in events] == expected


@pytest.mark.parametrize("text,location", [
    ("Russia fired an Oreshnik at Dnipro.", "Dnipro"),
    ("Ukraine used ATACMS to strike airfields in Luhansk.", "Luhansk"),
    ("Russia targeted Kyiv with two Zircon missiles.", "Kyiv"),
    ("The Kinzhal was launched from Belarus.", None),
])
def test_use_is_placed_at_its_target_not_its_launch_area(nlp, text, location):
    assert run(nlp, text)[0]["location"] == location


def test_transit_location_is_destination(nlp):
    events = run(nlp, "The Iskander-M launchers from Kaliningrad are being moved to Belarus.")
    assert events[0]["location"] == "Belarus"


@pytest.mark.parametrize("text,timex,value", [
    ("The Yars went on combat duty on March 4.", ("March 4", "DATE", "2025-03-04"), "2025-03-04"),
    ("On June 2, the minister confirmed that the Kinzhal was en route to Syria.",
     ("June 2", "DATE", "2025-06-02"), "2025-06-02"),
    ("Minsk sent a letter on May 5, 2024, when it requested the placement of the Oreshnik.",
     ("May 5, 2024", "DATE", "2024-05-05"), "2024-05-05"),
    ("Yesterday, officials said the THAAD battery had arrived in Israel.",
     ("Yesterday", "DATE", "2025-10-01"), "2025-10-01"),
])
def test_date_from_attached_timex(nlp, text, timex, value):
    assert run(nlp, text, timexes=[timex])[0]["date"] == value


def test_status_dated_after_publication_is_planned(nlp):
    doc_events = run_with_dct(nlp, "Russia delivers the S-400 to India in 2026.", "2025-10-01",
                              [("2026", "DATE", "2026")])
    assert statuses(doc_events) == [("S-400", "PLANNED")]


def run_with_dct(nlp, text, dct, timexes):
    doc = nlp.make_doc(text)
    doc._.dct = dct
    for name, component in nlp.pipeline:
        if name == "claimledger_events":
            doc._.timexes = [{"span": locate(text, part), "type": kind, "value": value}
                             for part, kind, value in timexes]
        doc = component(doc)
    return doc._.events


def test_host_country_is_the_receiver_not_the_supplier(nlp):
    assert run(nlp, "Ukraine has received NASAMS launchers.")[0]["location"] == "Ukraine"
    assert run(nlp, "Russia sent more S-400 batteries.")[0]["location"] is None


def test_duration_is_not_a_date(nlp):
    events = run(nlp, "The Oreshnik has been deployed in Belarus for weeks.",
                 timexes=[("weeks", "DURATION", "PXW")])
    assert events[0]["date"] is None


def test_source_from_enclosing_quote(nlp):
    text = "‘The Tor-M2 has arrived in Belarus,’ the minister said."
    events = run(nlp, text, quotes=[("The Tor-M2 has arrived in Belarus,", "Viktor Khrenin")])
    assert events[0]["source"] == "Viktor Khrenin"


@pytest.mark.parametrize("text,source", [
    ("Defence Minister Viktor Khrenin said that the Oreshnik had arrived in Belarus.", "Viktor Khrenin"),
    ("According to Alexander Lukashenko, the Oreshnik is on combat duty.", "Alexander Lukashenko"),
    ("The Oreshnik is on combat duty, according to official statements.", "official statements"),
    ("Alexander Lukashenko spoke in Minsk. Lukashenko confirmed the Oreshnik had arrived.",
     "Alexander Lukashenko"),
    ("The Oreshnik has arrived in Belarus.", None),
    ("The Oreshnik, Viktor Khrenin said, has arrived in Belarus.", "Viktor Khrenin"),
    ("Viktor Khrenin spoke to reporters. He said the Oreshnik had arrived in Belarus.", "Viktor Khrenin"),
])
def test_source_without_quote_annotation(nlp, text, source):
    assert run(nlp, text)[-1]["source"] == source


def test_event_span_is_the_sentence(nlp):
    text = "The war goes on. The Oreshnik has arrived in Belarus. Nothing else."
    start = text.index("The Oreshnik")
    assert run(nlp, text)[0]["span"] == [start, text.index(" Nothing")]


def test_no_subject_no_event(nlp):
    assert run(nlp, "The troops have been deployed to the border.") == []


def test_events_and_subject_spans_survive_docbin(nlp):
    from spacy.tokens import DocBin

    doc = nlp("The Oreshnik has arrived in Belarus.")
    doc._.timexes, doc._.quotes = [], []
    doc = nlp.get_pipe("claimledger_events")(doc)
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(nlp.vocab))[0]
    # msgpack turns lists into tuples; the content is what must survive
    assert json.loads(json.dumps(restored._.events)) == json.loads(json.dumps(doc._.events))
    assert [(s.text, s.label_, s.kb_id_) for s in restored.spans["subjects"]] == [
        ("Oreshnik", "Oreshnik", "intermediate-range ballistic missile")]


def test_event_span_keeps_a_hard_wrapped_sentence_whole(nlp):
    text = "Officials said the Oreshnik missile\ncomplex has arrived in Belarus."
    assert run(nlp, text)[0]["span"] == [0, len(text)]


def test_event_span_stops_at_a_line_break(nlp):
    text = "Patriot battery for Rzeszow\nA second Patriot battery has arrived in Poland."
    assert run(nlp, text)[-1]["span"] == [text.index("A second"), len(text)]


@pytest.mark.parametrize("text, expected", [
    # interception and destruction use the weapon that does it, not the one hit
    ("NASAMS batteries intercepted two Shahed-136 drones over Odesa.", [("NASAMS", "USED")]),
    ("The drones were intercepted by IRIS-T SLM systems near Kyiv.", [("IRIS-T SLM", "USED")]),
    ("HIMARS rockets destroyed a Tor-M2 launcher near Kherson.", [("HIMARS", "USED")]),
    # a missile shot down was fired: its use, by the side it was fired at
    ("Air defences shot down a Kinzhal over Kyiv.", [("Kinzhal", "USED")]),
    # leaving a place is a withdrawal
    ("The F-16 jets left Romania after the exercise.", [("F-16", "WITHDRAWN")]),
    # showing up at a place is arriving there
    ("Tor-M2 launchers have appeared near Mariupol.", [("Tor-M2", "ARRIVED")]),
    ("Tor-M2 launchers appeared in a propaganda video.", []),
    # a participle asserted by a perception verb
    ("Satellite photos show S-400 launchers deployed outside Kerch.", [("S-400", "DEPLOYED")]),
    # a means shares its verb's future
    ("Minsk will answer by stationing Iskander-M launchers at Brest.", [("Iskander", "PLANNED")]),
    ("Lukashenko said Minsk would answer by stationing Iskander-M launchers at Brest.", [("Iskander", "PLANNED")]),
    ("Minsk would answer by stationing Iskander-M launchers at Brest.", []),   # a hypothetical "would"
    # a duty predicate with a place is combat duty, not an arrival
    ("The Patriot battery is operational in Romania.", [("Patriot", "COMBAT_DUTY")]),
])
def test_general_status_phrasings(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_left_place_is_the_location_of_a_withdrawal(nlp):
    (event,) = run(nlp, "The F-16 jets left Romania after the exercise.")
    assert event["location"] == "Romania"


def test_sighting_place_may_sit_inside_the_phrase(nlp):
    (event,) = run(nlp, "The Iskander-M launchers were spotted at a rail yard near Brest.")
    assert (event["status"], event["location"]) == ("ARRIVED", "Brest")


def test_mention_in_a_relative_clause_is_not_the_subject(nlp):
    events = run(nlp, "The Typhon launcher, which carries SM-6 and Tomahawk missiles, was deployed to Japan.")
    assert statuses(events) == [("Typhon", "DEPLOYED")]


def test_anaphor_prefers_the_subject_named_with_the_same_noun(nlp):
    text = ("Spain withdrew two Patriot batteries from Turkey and sent a NASAMS unit home. "
            "The batteries have been pulled out.")
    events = run(nlp, text)
    assert statuses(events)[-1] == ("Patriot", "WITHDRAWN")


def test_possessive_of_an_owner_is_not_the_system(nlp):
    text = "Russia moved Pantsir-S1 systems to Crimea. Its air defences shot down two drones."
    assert statuses(run(nlp, text)) == [("Pantsir-S1", "ARRIVED")]


@pytest.mark.parametrize("text, location", [
    ("Vilnius has asked Washington for more HIMARS launchers.", "Lithuania"),
    ("Russia moved Iskander-M launchers to Belarus's border with Poland.", "Belarus"),
])
def test_capital_agent_and_border_give_the_country(nlp, text, location):
    (event,) = run(nlp, text)
    assert event["location"] == location


@pytest.mark.parametrize("text, expected", [
    ("The Bradley vehicles were flown to Rzeszow overnight.", [("Bradley", "ARRIVED")]),
    ("Two F-16 jets flew patrols over the Baltic Sea.", []),
    ("Iran test-fired a Fateh-110 missile near Semnan.", []),
    ("The navy fired a Harpoon missile during an exercise near Crete.", []),
])
def test_air_transport_and_tests_are_not_uses(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_partitive_pronoun_takes_up_the_subject(nlp):
    text = "Oslo will send four NASAMS launchers to Kyiv. The first of them is already on its way."
    assert statuses(run(nlp, text))[-1] == ("NASAMS", "IN_TRANSIT")


def test_pronoun_agent_of_a_reported_clause_is_the_reporting_country(nlp):
    (event,) = run(nlp, "Finland said on Monday it had received its first F-35 jets.")
    assert event["location"] == "Finland"


def test_date_of_the_speech_verb_of_the_enclosing_quote(nlp):
    text = "The army has finished stationing its Patriot batteries at Rzeszow, the ministry said on Friday."
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "claimledger_events":
            doc._.timexes = [{"span": locate(text, "Friday"), "type": "DATE", "value": "2026-05-08"}]
            doc._.quotes = [{"span": locate(text, "The army has finished stationing its Patriot batteries at Rzeszow"),
                             "kind": "indirect", "speaker": "the ministry", "speaker_span": None,
                             "cue": locate(text, "said")}]
        doc = component(doc)
    (event,) = doc._.events
    assert (event["status"], event["date"]) == ("DEPLOYED", "2026-05-08")


# --- the 2026-12-04 conventions: plans, negations, event nouns, duty, use, places, sources ---

@pytest.mark.parametrize("text,expected", [
    # preparation for a next stage is a plan, stated beside the presence
    ("The Pantsir-S1 has arrived and is being readied for combat deployment.",
     [("Pantsir-S1", "ARRIVED"), ("Pantsir-S1", "PLANNED")]),
    ("The Yars regiment is undergoing final preparations for combat duty.", [("Yars", "PLANNED")]),
    ("The S-500 is in Crimea and is getting ready to take up combat duty.",
     [("S-500", "ARRIVED"), ("S-500", "PLANNED")]),
    # schedules, expectations, headline infinitives
    ("The HIMARS launchers are scheduled to arrive in Taiwan next year.", [("HIMARS", "PLANNED")]),
    ("Latvia expects to receive the NASAMS batteries in 2027.", [("NASAMS", "PLANNED")]),
    ("Norway to send NASAMS launchers to Ukraine", [("NASAMS", "PLANNED")]),
    ("Greece will join France in supplying SCALP missiles to Kyiv.", [("Storm Shadow", "PLANNED")]),
    # purchases, contracts, letters
    ("Romania signed a contract to buy more Patriot batteries.", [("Patriot", "PLANNED")]),
    ("Lithuania signed a letter of request for eight HIMARS launchers.", [("HIMARS", "REQUESTED")]),
    ("Peru signed a letter of intent to purchase Gripen fighters.", [("Gripen", "PLANNED")]),
    ("Greece has purchased more Harpoon missiles.", [("Harpoon", "PLANNED")]),
    ("Latvia wants to buy Harpoon missiles from the United States.", [("Harpoon", "REQUESTED")]),
    ("We need at least five more NASAMS batteries.", [("NASAMS", "REQUESTED")]),
    # event nouns
    ("The delivery of the IRIS-T SLM was scheduled for March.", [("IRIS-T SLM", "PLANNED")]),
    ("The allies agreed on the deployment of Tomahawk missiles in Germany.", [("Tomahawk", "PLANNED")]),
    ("Officials confirmed the first known use of the Zircon in combat.", [("Zircon", "USED")]),
    ("Kyiv will take delivery of the F-16 jets in June.", [("F-16", "PLANNED")]),
    # starting duty, continuing states
    ("The S-400 battalion began guarding the airspace over the city.", [("S-400", "COMBAT_DUTY")]),
    ("The NASAMS battery reached full operational capacity in May.", [("NASAMS", "COMBAT_DUTY")]),
    ("Romania has had the Patriot systems since 2023.", [("Patriot", "ARRIVED")]),
    ("The Zircon is in service with the Northern Fleet.", [("Zircon", "DEPLOYED")]),
    ("The Zircon is on combat service with the fleet.", [("Zircon", "COMBAT_DUTY")]),
    # use
    ("Russia targeted Odesa with two Kinzhal missiles.", [("Kinzhal", "USED")]),
    ("Moscow used Kh-101 missiles to strike the power grid.", [("Kh-101", "USED")]),
])
def test_conventions_of_2026_12_04(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Spain has not sent Patriot missiles to Ukraine.",
    "Berlin refused to deliver Taurus missiles to Kyiv.",
    "The Patriot systems could be moved to Poland.",
    "If Washington agrees, Seoul would deploy more THAAD batteries.",
    "No decision has been made to deploy the THAAD batteries.",
    "Russia has not received any requests for delivering S-400 systems.",
    "Washington tried to prevent Ankara from purchasing the S-400.",
    "The S-400 deal strained ties with Washington.",
    "The Zircon can strike ships at long range.",
    "Washington would consider providing Kyiv with ATACMS missiles.",
    "Rome remains reluctant to send SAMP/T batteries to Kyiv.",
    "Their use of Storm Shadow missiles will allow deeper strikes.",
    "Moscow showed the Kinzhal at a parade. Losses have led it to target power plants.",
])
def test_hypotheticals_negations_and_capabilities_get_no_event(nlp, text):
    assert run(nlp, text) == []


def test_status_noun_without_a_system_refers_to_the_system_named_before(nlp):
    text = "Taiwan ordered 66 F-16 jets in 2019. The first delivery was scheduled for 2024."
    assert statuses(run(nlp, text)) == [("F-16", "PLANNED"), ("F-16", "PLANNED")]


def test_generic_description_far_from_the_name_takes_the_only_system_of_its_kind(nlp):
    text = ("Sweden makes Gripen fighters for Ukraine. Talks lasted a year. Prices rose. "
            "Critics objected. Lawyers checked the terms. The jets will be handed over in 2027.")
    assert statuses(run(nlp, text)) == [("Gripen", "PLANNED")]


def test_subjects_listed_with_including_each_get_the_event(nlp):
    text = "Berlin agreed on the deployment of long-range weapons, including SM-6, Tomahawk and others."
    assert sorted(statuses(run(nlp, text))) == [("SM-6", "PLANNED"), ("Tomahawk", "PLANNED")]


def test_plan_date_is_the_time_the_plan_names_not_the_report_time(nlp):
    text = "On Monday, the minister said the NASAMS would be delivered in March."
    events = run(nlp, text, timexes=[("Monday", "DATE", "2026-11-30"), ("March", "DATE", "2027-03")])
    assert [(event["status"], event["date"]) for event in events] == [("PLANNED", "2027-03")]
    text = "On Monday, the minister said the NASAMS would be delivered soon."
    events = run(nlp, text, timexes=[("Monday", "DATE", "2026-11-30")])
    assert [(event["status"], event["date"]) for event in events] == [("PLANNED", None)]


def test_dateline_is_not_the_location(nlp):
    events = run(nlp, "WARSAW (Reuters) — The first Abrams tanks have arrived, officials said.")
    assert [(event["status"], event["location"]) for event in events] == [("ARRIVED", None)]


def test_headline_dash_attribution_is_the_source(nlp):
    (event,) = run(nlp, "Patriot systems arrive in Ukraine – Zelensky")
    assert event["source"] == "Zelensky"


def test_source_drops_the_leading_article(nlp):
    (event,) = run(nlp, "The Pentagon said the Patriot battery had arrived in Poland.")
    assert event["source"] == "Pentagon"


def test_every_item_of_a_listed_argument_gets_the_event(nlp):
    text = "Next year, 12 sets of HIMARS, 30 ATACMS and 500 rockets are scheduled to arrive."
    assert sorted(statuses(run(nlp, text))) == [("ATACMS", "PLANNED"), ("HIMARS", "PLANNED")]


def test_generic_description_in_a_noun_clause_is_not_the_object(nlp):
    text = ("Taiwan ordered 66 F-16 jets. The ministry received news that the deliveries of "
            "the jets would be completed in 2026.")
    assert statuses(run(nlp, text)) == [("F-16", "PLANNED"), ("F-16", "PLANNED")]


def test_delivery_to_a_region_of_a_country_is_placed_in_the_country(nlp):
    (event,) = run(nlp, "The Army deployed its Dark Eagle battery to Australia's Northern Territory.")
    assert event["location"] == "Australia"


def test_status_noun_naming_another_thing_does_not_take_the_antecedent(nlp):
    text = "The Dark Eagle arrived in Darwin. Officers will plan the deployment of new drones."
    assert statuses(run(nlp, text)) == [("Dark Eagle", "ARRIVED")]


@pytest.mark.parametrize("text,expected", [
    ("The IRIS-T SLM launchers are already here.", [("IRIS-T SLM", "ARRIVED")]),
    ("The NASAMS batteries are coming.", [("NASAMS", "IN_TRANSIT")]),
    ("The NASAMS comes with its own radar.", []),
    ("Kyiv has pressed Washington for ATACMS missiles.", [("ATACMS", "REQUESTED")]),
])
def test_presence_arrival_and_requests_said_plainly(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("clause,date", [
    ("the Tor-M2 has arrived in Belarus", "2026-05-08"),   # holds when reported
    ("troops moved the Tor-M2 to Belarus", None),          # a past action, not dated by the report
    ("Russia had fired Kinzhal missiles at Lviv", None),   # a use
])
def test_report_date_dates_only_a_status_holding_when_reported(nlp, clause, date):
    text = f"The ministry said on Friday that {clause}."
    (event,) = run(nlp, text, timexes=[("Friday", "DATE", "2026-05-08")])
    assert event["date"] == date


def test_name_after_a_title_is_the_source(nlp):
    text = "Minister of National Defense Tomasz Błaszczyk said that the Patriot systems have arrived in Poland."
    (event,) = run(nlp, text)
    assert event["source"] == "Tomasz Błaszczyk"   # a name the model does not tag


def test_a_tracked_system_is_never_the_source(nlp):
    text = "IRIS-T SLM systems arrive in Ukraine, NASAMS expected next"
    events = run(nlp, text, quotes=[("IRIS-T SLM systems arrive in Ukraine", "NASAMS")])
    assert [event["source"] for event in events] == [None]


@pytest.mark.parametrize("text,expected", [
    ("Second Batch of Abrams Tanks Delivered to Taiwan", [("Abrams", "ARRIVED")]),
    ("The Abrams tanks delivered to Taiwan are old.", []),
])
def test_headline_participle_is_a_predicate_only_in_a_headline(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_counted_description_refers_to_the_system_named_before(nlp):
    text = "Taiwan ordered F-16 jets in 2019. Twelve jets arrived at Chiayi in March."
    assert statuses(run(nlp, text)) == [("F-16", "PLANNED"), ("F-16", "ARRIVED")]


@pytest.mark.parametrize("text,expected", [
    ("Analysts found proof that Russia hit Odesa with Kinzhal missiles.", [("Kinzhal", "USED")]),
    ("Moscow named Zircon missiles. The wreckage was evidence that Russia struck Kharkiv with these missiles.",
     [("Zircon", "USED")]),
    ("There are rumours that Russia has deployed Iskander-M launchers near Narva.", []),
    ("Kyiv dismissed claims that the F-16 jets had arrived in Lviv.", []),
    ("He raised the possibility that the Tomahawk missiles would be stationed in Wiesbaden.", []),
])
def test_that_clause_of_a_noun_is_asserted_unless_the_noun_hedges_it(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The deliveries of the NASAMS launchers were carried out in two stages.", [("NASAMS", "ARRIVED")]),
    ("The deployment of the Patriot batteries took place near Gdańsk.", [("Patriot", "DEPLOYED")]),
    ("Officials promised that the deliveries of the IRIS-T systems will be carried out by June.",
     [("IRIS-T SLM", "PLANNED")]),
    ("The delivery of the ATACMS missiles was not carried out.", []),
])
def test_status_noun_carried_out_or_taking_place_is_asserted(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia targeted the power plant with Kalibr missiles.", [("Kalibr", "USED")]),
    ("Russian bombers attacked the airfield with Kh-101 missiles.", [("Kh-101", "USED")]),
    ("Ukrainian gunners hit the Buk launcher near Donetsk.", []),   # the target, not the weapon
])
def test_weapon_of_a_strike_is_found_where_the_parser_hangs_it(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Hegseth directed the Army to deploy Dark Eagle launchers to Australia.", [("Dark Eagle", "PLANNED")]),
    ("The general instructed the brigade to move its S-300 launchers to Latakia.", [("S-300", "PLANNED")]),
    ("The ministry tasked the regiment to station Pantsir systems near Tartus.", [("Pantsir-S1", "PLANNED")]),
    ("The ministry tasked the regiment with deploying Pantsir systems near Tartus.", [("Pantsir-S1", "PLANNED")]),
])
def test_directive_to_place_a_system_is_planned(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Romania bought Patriot batteries. Next year it will receive the SAMP-less Skyshield system.",
     [("Patriot", "PLANNED")]),
    ("Poland ordered Patriot batteries. It will receive the Narew system in September.", [("Patriot", "PLANNED")]),
    ("Poland ordered Patriot batteries. It will receive the new air defence system in September.",
     [("Patriot", "PLANNED"), ("Patriot", "PLANNED")]),
])
def test_description_with_a_name_of_its_own_is_another_system(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Oslo unveiled a plan to supply NASAMS launchers to Kyiv.", [("NASAMS", "PLANNED")]),
    ("The decision to station Tomahawk missiles in Wiesbaden was made in July.", [("Tomahawk", "PLANNED")]),
    ("Vilnius sent a formal request to deploy Patriot batteries near Kaunas.", [("Patriot", "REQUESTED")]),
    ("Canberra gave an order to move the Dark Eagle launchers to Darwin.", [("Dark Eagle", "PLANNED")]),
    ("Oslo is weighing a plan to supply NASAMS launchers to Kyiv.", []),
    ("Stockholm scrapped its plan to send Gripen fighters to Ukraine.", []),
    ("Oslo put on hold its plans to ship F-16 jets to Kyiv.", []),
    ("Oslo put its plans to ship F-16 jets to Kyiv on hold.", []),
    ("There is no decision to place Iskander-M launchers in Armenia.", []),
])
def test_plan_or_request_noun_states_its_infinitive(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_description_named_in_capitals_is_another_system(nlp):
    text = "Kyiv received NASAMS in May. Ukraine would take delivery of the IRIS-T batteries in December."
    assert statuses(run(nlp, text)) == [("NASAMS", "ARRIVED")]


@pytest.mark.parametrize("text,expected", [
    ("Kyiv sent a request for ATACMS missiles.", [("ATACMS", "REQUESTED")]),
    ("Riga made a plea for more NASAMS launchers.", [("NASAMS", "REQUESTED")]),
    ("Washington rejected the request for ATACMS missiles.", []),
    ("Berlin sent a letter about the Taurus missiles.", []),
])
def test_a_sent_request_is_a_request_not_a_delivery(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Seoul did not comment on reports that Hyunmoo missiles and ATACMS rockets were used.",
     [("Hyunmoo", "USED"), ("ATACMS", "USED")]),
    ("Kyiv did not confirm reports that ATACMS missiles were used.", []),
    ("Moscow denied reports that Kalibr missiles were moved to Tartus.", []),
    ("The Army gave no indication that the Dark Eagle was fired in Australia.", []),
])
def test_reported_clause_is_denied_only_by_the_verb_over_its_noun(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "An ATACMS missile is fired during a joint drill of American and Japanese troops.",
    "A Kinzhal was launched in a demonstration over the Baltic.",
])
def test_training_and_demonstration_are_not_uses(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Bucharest bought Patriot systems in 2017. Today Romania has them in place.",
     [("Patriot", "PLANNED"), ("Patriot", "DEPLOYED")]),
    ("Warsaw bought HIMARS launchers in 2019. Poland has had them since May.",
     [("HIMARS", "PLANNED"), ("HIMARS", "ARRIVED")]),
    ("Warsaw bought HIMARS launchers in 2019. The crews thanked them for the training.", [("HIMARS", "PLANNED")]),
])
def test_held_object_pronoun_is_the_system_held(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Odesa has been hit since the start of the year by several kinds of missiles, including the Kh-22.",
     [("Kh-22", "USED")]),
    ("The Buk launcher was hit near the town by Ukrainian gunners.", []),   # the target
])
def test_weapon_of_a_passive_strike_is_found_where_the_parser_hangs_it(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Rome to send more air defence missiles to Kyiv\n\nItaly will supply Aster interceptors for the SAMP/T, "
     "officials said.", [("SAMP/T", "PLANNED")]),
    ("Oslo to deliver 20 more long-range rockets to Ukraine\n\nLast year Norway sent ATACMS missiles to Kyiv.",
     [("ATACMS", "PLANNED"), ("ATACMS", "ARRIVED")]),
    ("Russia fires missiles at Kyiv\n\nRussia launched Kinzhal and Kalibr missiles overnight.",
     [("Kinzhal", "USED"), ("Kalibr", "USED")]),   # two systems below: the headline's is unknown
])
def test_headline_description_names_the_one_system_of_its_kind_below(nlp, text, expected):
    assert sorted(statuses(run(nlp, text))) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    ("There is interest in the sale of the S-300 and officials are often asked whether Athens has changed its view.", []),
    ("Reporters asked Erdogan about the S-400 deliveries.", []),
    ("Officials asked how many NASAMS launchers Kyiv still had.", []),
    ("Kyiv asked Washington for more ATACMS missiles.", [("ATACMS", "REQUESTED")]),
])
def test_a_question_is_not_a_request(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_one_status_with_two_dates_in_a_sentence_is_two_events(nlp):
    text = "Manila expects to receive four HIMARS launchers in 2026 and to complete the purchase by 2028."
    events = run(nlp, text, timexes=[("2026", "DATE", "2026"), ("2028", "DATE", "2028")])
    assert [(event["status"], event["date"]) for event in events] == [("PLANNED", "2026"), ("PLANNED", "2028")]


def test_one_status_restated_with_one_date_stays_one_event(nlp):
    text = "Manila expects to receive four HIMARS launchers in 2026 and to field them at once."
    events = run(nlp, text, timexes=[("2026", "DATE", "2026")])
    assert [(event["status"], event["date"]) for event in events] == [("PLANNED", "2026")]


def test_event_words_name_only_known_statuses():
    """Every status the English event tables give is one statuses.json defines."""
    from claimledger.lexicon import lexicon

    known = set(lexicon().status_names)
    words = lexicon().events
    tables = ("verb_statuses", "particle_verbs", "noun_statuses", "document_nouns", "letter_kinds", "state_verbs")
    named = {status for table in tables for status in words[table].values()}
    assert named - known == set()
    assert {"ARRIVED", "DEPLOYED", "USED", "PLANNED"} <= named


# --- issue 8: general rules, each on sentences written for it ------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Norway gave Ukraine four NASAMS launchers.", [("NASAMS", "ARRIVED", "Ukraine")]),
    ("Canada will give Latvia two NASAMS batteries.", [("NASAMS", "PLANNED", "Latvia")]),
])
def test_giving_a_system_places_it_with_the_receiver(nlp, text, expected):
    assert [(e["subject"], e["status"], e["location"]) for e in run(nlp, text)] == expected


def test_giving_permission_gives_no_system(nlp):
    assert run(nlp, "Washington gave permission for the transfer of F-16 jets.") == []


def test_main_verb_parsed_as_participle_still_states_the_status(nlp):
    text = "A cargo plane delivered on Monday another batch of S-400 components to a Turkish air base."
    assert [(e["subject"], e["status"], e["location"]) for e in run(nlp, text)] == [
        ("S-400", "ARRIVED", "Turkey")]


def test_reduced_relative_participle_states_nothing(nlp):
    assert run(nlp, "The Harpoon missiles ordered by Taiwan are costly.") == []


@pytest.mark.parametrize("text,expected", [
    ("Egypt bought S-300 systems in 2020. The first batch arrived in Cairo in May.",
     [("S-300", "PLANNED"), ("S-300", "ARRIVED")]),
    ("Greece ordered F-16 jets. The second squadron was deployed in Crete.",
     [("F-16", "PLANNED"), ("F-16", "DEPLOYED")]),
])
def test_unit_or_consignment_noun_refers_to_the_system_named_before(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_consignment_that_names_its_content_is_not_the_system(nlp):
    text = "Poland received NASAMS launchers. The shipment of artillery shells arrived in Rzeszow."
    assert statuses(run(nlp, text)) == [("NASAMS", "ARRIVED")]


def test_coordinated_verbs_share_their_object(nlp):
    text = "So far Egypt has received and deployed four S-300 batteries."
    assert statuses(run(nlp, text)) == [("S-300", "ARRIVED"), ("S-300", "DEPLOYED")]


@pytest.mark.parametrize("text,status", [
    ("Romania is shipping Patriot launchers to Moldova.", "IN_TRANSIT"),
    ("Spain began sending NASAMS launchers to Ukraine.", "IN_TRANSIT"),
    ("Spain supplied NASAMS launchers to Ukraine, giving Kyiv a shield against drones.", "ARRIVED"),
])
def test_only_a_progressive_is_in_transit(nlp, text, status):
    assert [event["status"] for event in run(nlp, text)] == [status]


@pytest.mark.parametrize("text,location", [
    ("The Indian Air Force deployed its second S-400 squadron in Rajasthan.", "Rajasthan"),
    ("Russia fired Kalibr missiles against Mykolaiv on Friday.", "Mykolaiv"),
    ("Russia used Kinzhal missiles in its war against Ukraine, striking a depot near Lviv.", "Lviv"),
    ("The Pantsir-S1 battery began guarding the skies over Sevastopol.", "Sevastopol"),
    ("Kyiv fired Storm Shadow missiles at a Russian airbase in Crimea.", "Crimea"),
])
def test_location_from_the_clause(nlp, text, location):
    assert [event["location"] for event in run(nlp, text)] == [location]


def test_attacked_airbase_is_not_placed_in_its_owners_country(nlp):
    text = "Ukraine used ATACMS missiles, hitting two Russian airbases."
    assert [event["location"] for event in run(nlp, text)] != ["Russia"]


@pytest.mark.parametrize("text,expected", [
    ("The S-400 regiment is expected to be operationalised by March.", ("S-400", "PLANNED")),
    ("The first Rafale-carried Harpoon battery was inducted into the navy in 2021.", ("Harpoon", "DEPLOYED")),
])
def test_service_entry_verbs(nlp, text, expected):
    assert expected in statuses(run(nlp, text))


def test_place_of_a_where_clause_is_the_location(nlp):
    text = "Syria, where Moscow said it was deploying S-300 batteries, protested."
    assert [(e["subject"], e["location"]) for e in run(nlp, text)] == [("S-300", "Syria")]


def test_granted_request_is_a_plan_placed_with_the_requester(nlp):
    text = "Washington has approved a request from Romania to buy seven Patriot launchers."
    assert [(e["subject"], e["status"], e["location"]) for e in run(nlp, text)] == [
        ("Patriot", "PLANNED", "Romania")]


def test_request_not_yet_granted_stays_requested(nlp):
    text = "Estonia submitted a request to buy HIMARS launchers."
    assert statuses(run(nlp, text)) == [("HIMARS", "REQUESTED")]


def test_reduced_relative_parsed_as_clausal_subject_gives_its_noun_to_the_main_verb(nlp):
    text = "The NASAMS battery shipped to Latvia in March will remain in Riga, officials said."
    assert statuses(run(nlp, text)) == [("NASAMS", "PLANNED")]


@pytest.mark.parametrize("text,location", [
    ("Russia used Kalibr missiles to strike the Ukrainian city of Odesa.", "Odesa"),
    ("Russia fired Kinzhal missiles at the Ukrainian capital overnight.", "Kyiv"),
])
def test_use_is_placed_at_the_place_it_struck(nlp, text, location):
    assert [event["location"] for event in run(nlp, text)] == [location]


def test_use_without_a_place_does_not_take_the_attackers_country(nlp):
    text = ("Kh-101 missiles were launched by Russia's Tu-95 bombers from the area of Engels in Russia, "
            "the air force of Ukraine said.")
    assert [(e["subject"], e["location"]) for e in run(nlp, text)] == [("Kh-101", "Ukraine")]


def test_use_without_a_place_does_not_take_where_a_system_is_stationed(nlp):
    text = ("Iskander launchers were stationed near Brest, Belarus said. "
            "Iskander missiles were fired at night, the air force of Ukraine said.")
    assert [(e["status"], e["location"]) for e in run(nlp, text)] == [("DEPLOYED", "Brest"), ("USED", "Ukraine")]


def test_use_without_a_place_does_not_take_the_weapons_owner(nlp):
    text = "Russia's Kalibr missiles were fired at night, the air force of Ukraine said."
    assert [(e["subject"], e["location"]) for e in run(nlp, text)] == [("Kalibr", "Ukraine")]


def test_such_systems_refers_to_the_system_named_before(nlp):
    text = "Armenia never fired its Iskander missiles. Moscow supplied such systems to Yerevan in 2016."
    assert ("Iskander", "ARRIVED") in statuses(run(nlp, text))


def test_headline_attribution_to_an_untagged_surname_takes_the_full_name(nlp):
    text = ("Spain to send Patriot launchers to Ukraine: Robles\n"
            "Defence Minister Margarita Robles said on Monday that Spain would send the launchers.")
    assert run(nlp, text)[0]["source"] == "Margarita Robles"


def test_headline_label_is_not_a_source(nlp):
    text = "Exclusive: Spain to send Patriot launchers to Ukraine\nThe launchers are old."
    assert run(nlp, text)[0]["source"] is None


def test_dateline_in_a_sentence_is_not_the_location(nlp):
    text = ("Spain to deliver Patriot launchers to Ukraine\n"
            "MADRID, Spain, May 3 — Spain will deliver Patriot launchers, the minister said.")
    assert {event["location"] for event in run(nlp, text)} == {"Ukraine"}


@pytest.mark.parametrize("source,expected", [
    ("the Ministry of National Defense", "Ministry of National Defense"),
    ("the U.S. Army", "U.S. Army"),
    ("the Ukrainian army", "the Ukrainian army"),
])
def test_source_keeps_the_article_of_a_description_only(nlp, source, expected):
    text = f"HIMARS launchers have arrived in Ukraine, according to {source}."
    assert run(nlp, text)[0]["source"] == expected


def test_headline_with_a_label_still_states_its_plan(nlp):
    text = "Exclusive: Spain to send Patriot launchers to Ukraine\nThe launchers are old."
    assert statuses(run(nlp, text)) == [("Patriot", "PLANNED")]


@pytest.mark.parametrize("text,location", [
    ("The first NASAMS launchers were delivered to the Latvian army on Monday.", "Latvia"),
    ("The HIMARS launchers reached the Port of Taipei on Sunday.", "Taiwan"),
    ("The S-400 components were delivered to a Turkish air base.", "Turkey"),
])
def test_receivers_and_facilities_place_a_delivery_in_their_country(nlp, text, location):
    assert [event["location"] for event in run(nlp, text)] == [location]


@pytest.mark.parametrize("text,cue,source", [
    ("Norway plans to deploy NASAMS launchers in the north.", "plans", None),
    ("Norway announced that it will deploy NASAMS launchers in the north.", "announced", "Norway"),
])
def test_plan_or_request_verb_is_not_an_assertion_of_its_own_content(nlp, text, cue, source):
    content = text[text.index(cue) + len(cue) + 1:-1]
    doc = nlp.make_doc(text)
    start = text.index(content)
    quotes = [{"span": [start, start + len(content)], "kind": "indirect", "speaker": "Norway",
               "speaker_span": [0, 6], "cue": [text.index(cue), text.index(cue) + len(cue)]}]
    for name, component in nlp.pipeline:
        if name == "claimledger_events":
            doc._.timexes, doc._.quotes = [], quotes
        doc = component(doc)
    assert [event["source"] for event in doc._.events] == [source]


def test_phase_of_a_status_noun_carries_its_schedule(nlp):
    text = "The start of Gripen deliveries to Thailand has been postponed until the third quarter of 2026."
    events = run(nlp, text, timexes=[("the third quarter of 2026", "DATE", "2026-Q3")])
    assert [(e["subject"], e["status"], e["location"], e["date"]) for e in events] == [
        ("Gripen", "PLANNED", "Thailand", "2026-Q3")]


def test_purchase_for_another_country_is_placed_there(nlp):
    assert [event["location"] for event in run(nlp, "Norway has ordered two NASAMS systems for Ukraine.")] == ["Ukraine"]


def test_destination_of_a_delivery_outweighs_a_subject_for_the_document_country(nlp):
    text = ("Washington sped up its delivery of HIMARS launchers to Taiwan. "
            "The remaining launchers are scheduled to arrive next year.")
    assert {event["location"] for event in run(nlp, text)} == {"Taiwan"}


def test_preparing_a_system_for_a_next_stage_is_a_plan(nlp):
    text = "The general staff ordered the army to prepare Tor-M2 launchers for deployment near Minsk."
    assert statuses(run(nlp, text)) == [("Tor-M2", "PLANNED")]


def test_second_conjunct_status_noun_takes_the_first_conjuncts_verb(nlp):
    text = "The president told the ministry to begin the production and deployment of the Sarmat."
    assert statuses(run(nlp, text)) == [("Sarmat", "PLANNED")]


def test_use_against_a_countrys_asset_is_placed_in_that_country(nlp):
    text = "Russia used Kalibr missiles to strike Moldova's power grid."
    assert [event["location"] for event in run(nlp, text)] == ["Moldova"]


def test_a_capital_as_agent_stands_for_its_country(nlp):
    assert [event["location"] for event in run(nlp, "Athens has received the first F-35 jets.")] == ["Greece"]


def test_request_for_a_system_hung_on_the_object(nlp):
    text = "Kyiv has repeatedly pressed the German chancellor for the Taurus missiles to hit bridges."
    assert statuses(run(nlp, text)) == [("Taurus KEPD 350", "REQUESTED")]


def test_version_of_a_system_refers_to_it(nlp):
    text = "Poland bought HIMARS launchers in 2023. The version that Poland received is heavier."
    assert statuses(run(nlp, text)) == [("HIMARS", "PLANNED"), ("HIMARS", "ARRIVED")]


@pytest.mark.parametrize("text", [
    "Egypt signed a contract on the delivery of S-300 systems in 2014.",
    "Egypt paid for the S-300 systems in 2014.",
])
def test_contract_and_payment_are_plans_of_the_buyer(nlp, text):
    assert statuses(run(nlp, text)) == [("S-300", "PLANNED")]


@pytest.mark.parametrize("text", [
    "Should Madrid decide to send NASAMS launchers, Moscow would respond.",
    "Had Kyiv received the ATACMS earlier, the offensive would have gone better.",
])
def test_inverted_condition_is_no_event(nlp, text):
    assert run(nlp, text) == []


def test_request_is_dated_by_the_verb_that_makes_it(nlp):
    text = "Estonia on Monday, March 3, 2025, formally asked NATO to deploy Patriot batteries on its border."
    events = run(nlp, text, timexes=[("Monday, March 3, 2025", "DATE", "2025-03-03")])
    assert [(e["status"], e["date"]) for e in events] == [("REQUESTED", "2025-03-03")]


def test_causative_have_with_a_participle_states_the_status(nlp):
    text = "In 2014, Qatar had U.S. Patriot missiles stationed in the country."
    assert statuses(run(nlp, text)) == [("Patriot", "DEPLOYED")]


def test_set_up_is_a_deployment_and_a_place_drops_its_article(nlp):
    text = "The Patriot batteries are being set up in the Middle East."
    assert [(e["status"], e["location"]) for e in run(nlp, text)] == [("DEPLOYED", "Middle East")]


def test_this_type_of_missile_refers_to_the_system_named_before(nlp):
    text = "Russia fired KN-23 missiles at Kharkiv in January. Later it used this type of missile against Kyiv."
    assert [(e["status"], e["location"]) for e in run(nlp, text)] == [("USED", "Kharkiv"), ("USED", "Kyiv")]


def test_a_new_type_of_another_weapon_is_not_the_system(nlp):
    text = "Taiwan received 38 Abrams tanks on Sunday. A new type of drone was also delivered."
    assert statuses(run(nlp, text)) == [("Abrams", "ARRIVED")]


def test_allotted_to_a_unit_is_deployed(nlp):
    text = "Poland received HIMARS launchers in May. The launchers were allotted to the 18th Division."
    assert statuses(run(nlp, text)) == [("HIMARS", "ARRIVED"), ("HIMARS", "DEPLOYED")]


def test_giving_takes_its_own_object_not_a_pronoun_or_another_clauses(nlp):
    text = "Kyiv has used NASAMS with great effect, and we will continue to give them what they need."
    assert statuses(run(nlp, text)) == [("NASAMS", "USED")]


def test_coordinated_progressive_with_its_own_auxiliary_is_in_transit(nlp):
    text = "The Army has withdrawn two Patriot batteries from Qatar and is moving a THAAD unit back to Texas."
    assert ("THAAD", "IN_TRANSIT") in statuses(run(nlp, text))


def test_use_is_dated_by_its_strike_clause(nlp):
    text = "Russia has used Kalibr missiles to attack Odesa since the start of the year."
    events = run(nlp, text, timexes=[("the start of the year", "DATE", "2025")])
    assert [(e["status"], e["location"], e["date"]) for e in events] == [("USED", "Odesa", "2025")]


@pytest.mark.parametrize("text,expected", [
    ("Germany delivered IRIS-T launchers in May. Denmark also sent F-16 jets. "
     "The anti-aircraft system was deployed near Lviv.", ("IRIS-T SLM", "DEPLOYED")),
    ("Russia fired Kalibr missiles and Iskander missiles at Odesa on Monday. "
     "On Tuesday the cruise missiles were launched again.", ("Kalibr", "USED")),
])
def test_description_with_a_kind_takes_the_latest_system_of_that_kind(nlp, text, expected):
    assert statuses(run(nlp, text))[-1] == expected


def test_status_noun_takes_up_every_system_listed_with_the_latest(nlp):
    text = "Norway will station NASAMS and HIMARS launchers in Finnmark. The deployment will begin in 2027."
    assert statuses(run(nlp, text)) == [("NASAMS", "PLANNED"), ("HIMARS", "PLANNED"),
                                        ("HIMARS", "PLANNED"), ("NASAMS", "PLANNED")]


@pytest.mark.parametrize("text,expected", [
    ("The SAMP/T battery is now deployed and operational in Romania.",
     [("SAMP/T", "DEPLOYED"), ("SAMP/T", "COMBAT_DUTY")]),
    ("The SAMP/T launchers were travelling through Poland on Friday.", [("SAMP/T", "IN_TRANSIT")]),
])
def test_deployed_and_operational_and_travelling(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_deployed_a_number_of_times_is_a_use(nlp):
    text = "Russia has deployed Kinzhal missiles three times in Ukraine, the minister said."
    assert statuses(run(nlp, text)) == [("Kinzhal", "USED")]


def test_pronoun_speaker_takes_the_speaker_named_before(nlp):
    text = ("Russia struck Odesa, Defence Ministry spokesman Igor Konashenkov said. "
            "Kalibr missiles hit the port, he said.")
    quotes = (("Russia struck Odesa", "Defence Ministry spokesman Igor Konashenkov"),
              ("Kalibr missiles hit the port", "he"))
    assert [event["source"] for event in run(nlp, text, quotes=quotes)] == ["Igor Konashenkov"]


def test_duty_phrase_hung_on_the_object_of_put(nlp):
    text = "Russia has put the Yars missiles - nicknamed Satan III - on combat duty."
    assert statuses(run(nlp, text)) == [("Yars", "COMBAT_DUTY")]


def test_use_is_placed_by_a_targeting_clause_on_its_object(nlp):
    text = "The enemy again used missiles of the Kalibr system targeting energy facilities in the Odesa region."
    assert [event["location"] for event in run(nlp, text)] == ["Odesa"]


def test_bare_participle_before_the_main_verb_describes_its_noun(nlp):
    text = "The Kalibrs fired in the spring, she said, “never went off, or perhaps a fifth of them did.”"
    assert run(nlp, text) == []


def test_coordinated_assertions_with_and_both_stand(nlp):
    text = "Russia launched Kalibr missiles at Odesa and did not stop until dawn."
    assert statuses(run(nlp, text)) == [("Kalibr", "USED")]


@pytest.mark.parametrize("text,subjects,place", [
    ("IRIS-T, Skynex systems already in Ukraine - air force spokesman", ["IRIS-T SLM", "Skynex"], "Ukraine"),
    ("Two HIMARS launchers already on Romanian soil", ["HIMARS"], "Romania"),
    ("NASAMS now in Lithuania, says defence ministry", ["NASAMS"], "Lithuania"),
])
def test_headline_without_a_verb_states_presence(nlp, text, subjects, place):
    events = run(nlp, text)
    assert [(event["subject"], event["status"], event["location"]) for event in events] == \
        [(subject, "ARRIVED", place) for subject in subjects]


@pytest.mark.parametrize("text", [
    "The missiles are now in short supply, officials said.",
    "Ukraine already in talks on Patriot deliveries, says Kuleba",
    "Taurus now on the table, Merz says",
])
def test_presence_adverb_without_a_place_states_nothing(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("The first four launchers arrived in March, with the remaining eight HIMARS scheduled to arrive in June.",
     [("HIMARS", "ARRIVED"), ("HIMARS", "PLANNED")]),
    ("Ten Leopard 2 tanks arrived on Monday, with two more Leopard 2 tanks expected to arrive by Friday.",
     [("Leopard 2", "ARRIVED"), ("Leopard 2", "PLANNED")]),
])
def test_a_schedule_participle_makes_its_noun_the_subject(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_a_participle_that_only_names_states_nothing(nlp):
    assert run(nlp, "The systems ordered by Taiwan in 2019 include 66 F-16 jets.") == []


@pytest.mark.parametrize("text,expected", [
    ("Six more Caesar howitzers are due to be delivered next month.", ("Caesar", "PLANNED")),
    ("Poland took delivery of the first K2 tanks from South Korea.", ("K2", "ARRIVED")),
    ("North Korea launched a Hwasong-19 missile on Thursday.", ("Hwasong-19", "USED")),
    ("Germany will deploy Eurofighter Typhoon jets to Poland.", ("Eurofighter Typhoon", "PLANNED")),
    ("Russia struck Kharkiv with FAB-1500 bombs overnight.", ("FAB-1500", "USED")),
])
def test_events_on_systems_of_the_extended_list(nlp, text, expected):
    assert expected in statuses(run(nlp, text))


@pytest.mark.parametrize("text,expected", [
    ("MiG-31K jets carrying Kinzhal missiles struck targets in western Ukraine.", [("Kinzhal", "USED")]),
    ("Su-34 jets equipped with FAB-1500 bombs attacked Kharkiv.", [("FAB-1500", "USED")]),
    ("MiG-31K jets carrying Kinzhal missiles arrived in Kaliningrad.", [("Kinzhal", "ARRIVED")]),
    ("MiG-31 fighters arrived in Belarus on Monday.", [("MiG-31", "ARRIVED")]),
])
def test_a_carrier_bearing_a_tracked_weapon_gives_the_weapon(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


# --- event recall on real reports: general rules, each on sentences written for it -----------

@pytest.mark.parametrize("text,expected", [
    # an arrival under way is IN_TRANSIT
    ("The NASAMS launchers are arriving in Ukraine this week.", [("NASAMS", "IN_TRANSIT")]),
    ("Gepard systems began to arrive in Ukraine.", [("Gepard", "IN_TRANSIT")]),
    ("Kyiv continues to receive IRIS-T launchers.", [("IRIS-T SLM", "IN_TRANSIT")]),
    # near misses: a finished arrival stays ARRIVED; a deployment begun stays DEPLOYED
    ("The NASAMS launchers arrived in Ukraine on Monday.", [("NASAMS", "ARRIVED")]),
    ("Russia began to deploy Iskander launchers in Belarus.", [("Iskander", "DEPLOYED")]),
])
def test_arrival_under_way_is_in_transit(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ukraine expects 12 Gepard systems.", [("Gepard", "PLANNED")]),
    ("Manila anticipates the BrahMos delivery.", [("BrahMos", "PLANNED")]),
    ("The plan envisages the deployment of Patriot batteries in Rzeszow.", [("Patriot", "PLANNED")]),
    ("Analysts predicted Iskander strikes on Kharkiv.", []),
    # near misses: an expected use names no plan; a clause of its own states its own status
    ("Analysts expect Iskander strikes on Kharkiv.", []),
    ("Kyiv does not expect any Gepard systems.", []),
])
def test_an_awaited_system_is_planned(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Five Gepard systems are now at the disposal of the army.", [("Gepard", "DEPLOYED")]),
    ("Two German Gepard systems already at army disposal – Reznikov", [("Gepard", "DEPLOYED")]),
    # near miss: being at a place that is not a disposal is no allotment
    ("The Gepard crews were already at the airport.", []),
])
def test_at_the_disposal_of_units_is_deployed(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Philippines is acquiring the BrahMos systems from India.", [("BrahMos", "PLANNED")]),
    ("Lithuania has bought two NASAMS launchers that will be handed to Ukraine.", [("NASAMS", "PLANNED")] * 2),
    ("Riga has bought three NASAMS launchers that will be handed to Ukraine.", [("NASAMS", "PLANNED")] * 2),
    ("The framework agreement provides for the purchase of 180 K2 tanks.", [("K2", "PLANNED")]),
    # near misses: an acquisition done is a receipt; a ranked infinitive presupposes it
    ("Armenia acquired Iskander missiles in 2016.", [("Iskander", "ARRIVED")]),
    ("Vietnam was the first country to acquire the BrahMos.", []),
    ("Indonesia became the second nation to receive BrahMos missiles.", []),
])
def test_purchases_under_way_are_planned(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The F-35 jets are delayed.", [("F-35", "PLANNED")]),
    ("Lockheed Martin postponed the F-16 deliveries to Taiwan.", [("F-16", "PLANNED")]),
    # near miss: a delay denied
    ("The F-35 jets are not delayed.", []),
])
def test_a_delay_keeps_a_schedule(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Kyiv hopes to receive more Patriot systems.", []),
    ("Looking forward to receiving IRIS-T launchers.", []),
    ("The schedule depends on Norway receiving its new F-35 jets first.", []),
    ("Everything hinges on Poland receiving the Patriot batteries.", []),
    # near miss: a plan is still a plan
    ("Kyiv plans to receive more Patriot systems.", [("Patriot", "PLANNED")]),
])
def test_wishes_and_conditions_state_no_status(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The F-35s are running late, and as soon as the new jets arrive, the F-16s will be handed to Kyiv.",
     {("F-35", "PLANNED"), ("F-16", "PLANNED")}),
    ("The Patriot batteries are in Germany, and when they arrive, they will be deployed near Rzeszow.",
     {("Patriot", "ARRIVED"), ("Patriot", "PLANNED")}),
    # near misses: a past temporal clause states its arrival; a condition states nothing
    ("The F-35s were late, and as soon as they arrived, the F-16s were sent to Ukraine.",
     {("F-35", "ARRIVED"), ("F-16", "ARRIVED")}),
    ("The F-35s are behind schedule, but if they arrive, the F-16s will go to Kyiv.", set()),
])
def test_a_temporal_clause_shares_the_future_of_its_main_clause(nlp, text, expected):
    assert set(statuses(run(nlp, text))) == expected


@pytest.mark.parametrize("text,expected", [
    ("The deployment of two S-300 battalions continues in Crimea.", [("S-300", "DEPLOYED")]),
    ("The transfer of Leopard 2 tanks to Ukraine continues.", [("Leopard 2", "IN_TRANSIT")]),
    # near miss: a nominal mention with another predicate is no event
    ("The deployment of two S-300 battalions worries Kyiv.", []),
])
def test_a_status_noun_that_continues_holds(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia attacked Odesa with Shahed-136/131 drones overnight.", [("Shahed-136", "USED")]),
    ("Bombers launched Kh-101/555 cruise missiles at Kyiv.", [("Kh-101", "USED")]),
    # near miss: a slash inside an address names nothing
    ("Details are at example.org/F-16/100 on the site.", []),
])
def test_a_designation_with_a_siblings_number_after_a_slash_names_the_first(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_a_headline_run_into_the_first_sentence_keeps_its_own_event(nlp):
    text = "Spain to send Patriot launchers to Ukraine\nSpain will send Patriot launchers to Ukraine, Madrid said."
    events = run(nlp, text)
    assert statuses(events) == [("Patriot", "PLANNED"), ("Patriot", "PLANNED")]
    assert len({tuple(event["span"]) for event in events}) == 2


@pytest.mark.parametrize("text,expected", [
    ("Germany received the Arrow 3 system in December. The first system elements are now operational.",
     [("Arrow 3", "ARRIVED"), ("Arrow 3", "COMBAT_DUTY")]),
    ("Poland bought Patriot systems in 2018. The missile batteries are on combat duty near Warsaw.",
     [("Patriot", "PLANNED"), ("Patriot", "COMBAT_DUTY")]),
    # near miss: units described by another kind are not the system
    ("Poland bought Patriot systems in 2018. The tank batteries are on combat duty near Warsaw.",
     [("Patriot", "PLANNED")]),
])
def test_units_described_by_the_systems_kind_refer_back(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Arrow 3 system reached its base. The air arm is set to declare initial operational "
     "capability for the system on Friday.", [("Arrow 3", "ARRIVED"), ("Arrow 3", "PLANNED")]),
    ("The Navy declared initial operational capability for the NSM launchers.", [("Naval Strike Missile", "COMBAT_DUTY")]),
    # near miss: declaring something else
    ("The Navy declared the NSM launchers a priority.", []),
])
def test_declaring_operational_capability_is_combat_duty(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Turkey is set to begin receiving the S-400 systems in July.", [("S-400", "PLANNED")]),
    ("India plans to start receiving more S-400 systems next year.", [("S-400", "PLANNED")]),
    ("Relations soured, with India set to begin receiving the S-400 systems next month.", [("S-400", "PLANNED")]),
    # near misses: a start under way is IN_TRANSIT; a refused start is nothing
    ("India began receiving the S-400 systems in December.", [("S-400", "IN_TRANSIT")]),
    ("India refused to begin receiving the S-400 systems.", []),
])
def test_a_planned_start_is_planned(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The report named the KN-23. Russia fired ballistic missiles at Kharkiv on Monday.", [("KN-23", "USED")]),
    ("Analysts have long watched the Kalibr arsenal. On Monday, Russian ships launched cruise missiles at Odesa.",
     [("Kalibr", "USED")]),
    # near misses: a bare "missiles" names no kind; no system named; the target of an interceptor
    ("The report named the KN-23. Russia fired missiles at Kharkiv on Monday.", []),
    ("Russia fired ballistic missiles at Kharkiv on Monday.", []),
    ("Germany bought the Arrow 3 system. It will detect and intercept incoming ballistic missiles.",
     [("Arrow 3", "PLANNED")]),
])
def test_a_bare_description_of_a_specific_kind_refers_back(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Video shows the wreckage of a Russian Zircon missile shot down over Odesa – photos", []),
    # near misses: the interceptor that shoots one down is used, and so is a strike's agent
    ("The Patriot battery shot down a Kinzhal over Kyiv.", [("Patriot", "USED")]),
    ("Kyiv was struck by Kinzhal missiles overnight.", [("Kinzhal", "USED")]),
])
def test_what_is_shot_down_is_a_target_not_a_weapon_used(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Germany bought the Arrow 3 system from Israel. It is the largest order in its history. Officials "
     "were pleased. Crews trained for months. Radars were tested. The contract for the system was signed "
     "two years ago.", [("Arrow 3", "PLANNED"), ("Arrow 3", "PLANNED")]),
    # near miss: two systems named before, so "the system" is left unresolved
    ("Germany bought the Arrow 3 system and IRIS-T launchers. It is the largest order in its history. "
     "Officials were pleased. Crews trained for months. Radars were tested. The contract for the system "
     "was signed two years ago.", [("Arrow 3", "PLANNED"), ("IRIS-T SLM", "PLANNED")]),
])
def test_a_generic_description_far_back_means_the_one_system_named(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia has neither deployed nor moved Iskander launchers to Belarus.", []),
    ("North Korea sent KN-23 missiles to Russia. Moscow has neither admitted nor denied its use "
     "of the weapons.", [("KN-23", "ARRIVED")]),
    # near miss: plain coordination asserts both
    ("Russia has deployed and moved Iskander launchers to Belarus.", [("Iskander", "DEPLOYED"), ("Iskander", "ARRIVED")]),
])
def test_neither_nor_negates_both_conjuncts(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russia is holding three vessels in the Caspian Sea with up to 20 Kalibr cruise missiles.", [("Kalibr", "DEPLOYED")]),
    ("Russia keeps Iskander launchers in Kaliningrad.", [("Iskander", "DEPLOYED")]),
    # near misses: talks held, a passive "held", a kept thing with no place
    ("Russia held talks on Iskander launchers in Minsk.", []),
    ("The talks on the Iskander launchers were held in Minsk.", []),
    ("Russia keeps Iskander launchers ready.", []),
])
def test_keeping_a_system_at_a_named_place_is_deployed(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # the purchase and the provision the relative clause states are two events (mention level)
    ("Vilnius has purchased two NASAMS launchers that will be provided to Ukraine.", [("NASAMS", "PLANNED")] * 2),
    ("Russia moved S-400 systems that were deployed near Moscow to Crimea.", [("S-400", "ARRIVED"), ("S-400", "DEPLOYED")]),
    # near misses: one clause, one status, however many predicates
    ("The Oreshnik has arrived in Belarus, located on Belarusian territory.", [("Oreshnik", "ARRIVED")]),
])
def test_a_relative_clause_states_its_own_status(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Washington said it had cleared Kyiv to use its ATACMS on sites within Russia.", []),
    ("The US allowed Kyiv to use ATACMS missiles against Russia.", []),
    ("Britain has given Ukraine permission to use Storm Shadow missiles inside Russia.", []),
    ("Ukraine received permission to strike Russia with Storm Shadow missiles.", []),
    # near misses: a use, and a delivery, still are
    ("Ukraine used Storm Shadow missiles against targets in Russia.", [("Storm Shadow", "USED")]),
    ("Britain has given Ukraine Storm Shadow missiles.", [("Storm Shadow", "ARRIVED")]),
])
def test_a_permission_is_no_use_and_no_delivery(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("More than 70 Ukrainian servicemen have arrived in Denmark for F-16 training.", []),
    ("The first crews arrived in Germany for training on the Leopard 2 tank.", []),
    # near miss: a system that arrives for a purpose still arrives
    ("The F-16 jets arrived in Romania for pilot training.", [("F-16", "ARRIVED")]),
])
def test_people_arriving_for_training_on_a_system_are_no_arrival_of_it(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Germany pledged 18 Leopard 2 tanks to Ukraine.", [("Leopard 2", "PLANNED")]),
    ("In total, the USA promised Ukraine 113 Bradley vehicles.", [("Bradley", "PLANNED")]),
    # near miss: what was promised and then came has arrived
    ("The promised Patriot systems arrived in Kyiv.", [("Patriot", "ARRIVED")]),
])
def test_a_promised_system_is_planned(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # an addressee is no place; a receiver counts like a destination
    ("The army fired Storm Shadow missiles for the first time on a bridge. The president sent his thanks to "
     "Britain and his gratitude to France. Ukraine received the first missiles in May.", "Ukraine"),
    ("Kyiv's forces used Storm Shadow missiles for the first time. Britain was thanked. The ministry said that "
     "the equipment sent to Ukraine had proved itself.", "Ukraine"),
])
def test_the_document_country_of_a_use_is_the_receiver_not_an_addressee(nlp, text, expected):
    used = [event for event in run(nlp, text) if event["status"] == "USED"]
    assert used and all(event["location"] == expected for event in used)


@pytest.mark.parametrize("text,expected", [
    # a departure for a destination is in transit there, not a withdrawal from the supplier
    ("The first Gripen jets for Ukraine left Sweden on Monday.", [("Gripen", "IN_TRANSIT", "Ukraine")]),
    ("The HIMARS launchers left Lithuania after the exercise.", [("HIMARS", "WITHDRAWN", "Lithuania")]),
    # the receiver, not the supplier's place inside the object's phrase
    ("Taiwan will receive F-16V jets from Lockheed Martin in South Carolina next year.",
     [("F-16", "PLANNED", "Taiwan")]),
])
def test_a_supplier_or_origin_is_not_the_place(nlp, text, expected):
    assert [(event["subject"], event["status"], event["location"]) for event in run(nlp, text)] == expected


@pytest.mark.parametrize("text,timexes,expected", [
    # the day it was said, hung on the clause by the parser, is not the plan's target
    ("The Netherlands said in January it would deliver F-16 jets to Ukraine in the spring.",
     [("January", "DATE", "2024-01"), ("the spring", "DATE", "2024-SP")], "2024-SP"),
    ("Germany said in January it would deliver Leopard 2 tanks to Ukraine.",
     [("January", "DATE", "2024-01")], None),
])
def test_a_plan_is_dated_by_its_target_not_by_when_it_was_said(nlp, text, timexes, expected):
    assert [event["date"] for event in run(nlp, text, timexes=timexes)] == [expected]
