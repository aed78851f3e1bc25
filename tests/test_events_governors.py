"""What governs a status word decides it: an infinitive after the object of a verb of asking
or directing ("lobbied leaders to supply F-16s") is what is asked for, however the parser hangs
it; a likelihood of use is a prediction, not a plan; a gerund weighed under "would" or a modal
is no act; and a report's lead may describe the system it names only below."""
import pytest

from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


def statuses(nlp, text):
    return [(event["subject"], event["status"]) for event in events_of(nlp, text)]


@pytest.mark.parametrize("text,expected", [
    ("Zelensky has lobbied Western leaders to supply fighter jets, particularly F-16s, to Ukraine.",
     [("F-16", "REQUESTED")]),
    ("The minister has petitioned the allies to transfer Gripen jets.",
     [("Gripen", "REQUESTED")]),
    ("The minister ordered the brigade to deploy its HIMARS launchers near the border.",
     [("HIMARS", "PLANNED")]),
])
def test_infinitive_after_the_object_of_asking_or_directing(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,unexpected", [
    # a purpose infinitive under a verb of moving is no request
    ("Germany sent engineers to Poland to install the Patriot batteries.", "REQUESTED"),
])
def test_purpose_infinitive_is_not_a_request(nlp, text, unexpected):
    assert unexpected not in [status for _, status in statuses(nlp, text)]


@pytest.mark.parametrize("text,expected", [
    # predictions of another actor's use: no event; the receipt stays
    ("Belarus has received Fath-360 missiles and is likely to use them against Poland soon, officials said.",
     [("Fath-360", "ARRIVED")]),
    ("The Houthis are unlikely to use the Shahed-136 drones before the summer.", []),
    # a likely arrival stays a scheduled status
    ("The first Gripen jets are likely to arrive in Bangkok in March.", [("Gripen", "PLANNED")]),
])
def test_likelihood_of_use_is_a_prediction(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Washington warned Tehran that sending Fath-360 missiles to Belarus would be a dramatic escalation.", []),
    ("Delivering more F-16 jets to Kyiv could take months.", []),
    # a gerund under a plain past verb reports what was done
    ("Sending the Patriot batteries to Kyiv took three weeks.", [("Patriot", "IN_TRANSIT")]),
])
def test_gerund_subject_under_a_modal_is_weighed_not_done(nlp, text, expected):
    got = statuses(nlp, text)
    if expected:
        assert [subject for subject, _ in got] == [subject for subject, _ in expected]
    else:
        assert got == []


@pytest.mark.parametrize("text,expected", [
    ("Belarus received ballistic missiles from Iran, US officials said on Tuesday. "
     "The shipment included Fath-360 missiles, they said.", [("Fath-360", "ARRIVED")]),
    ("Russia launched 20 drones overnight at Ukraine's western regions, the air force said. "
     "All of the Iranian-made Shahed drones were shot down, it added.", [("Shahed-136", "USED")]),
])
def test_lead_description_names_the_system_below(nlp, text, expected):
    assert statuses(nlp, text)[:1] == expected


def test_lead_description_with_two_systems_of_its_kind_names_none(nlp):
    text = ("Russia launched 20 drones overnight at Ukraine's western regions, the air force said. "
            "Most were Shahed drones; a few were Lancet drones, it added.")
    assert statuses(nlp, text)[:1] != [("Shahed-136", "USED")]


@pytest.mark.parametrize("text,expected", [
    ("Iran has trained dozens of Russian soldiers to use the Fath-360 missiles, officials said.", []),
    ("Instructors taught Ukrainian crews to operate the Patriot batteries in Germany.", []),
    # the use itself, not the training for it
    ("Russian soldiers used the Fath-360 missiles against Kharkiv, officials said.", [("Fath-360", "USED")]),
])
def test_training_to_use_is_no_use(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Taipei, June 3 – Taiwan to Receive HIMARS Early: Ministry of National Defense\n\n"
     "The army will get the launchers next year.", ("HIMARS", "PLANNED")),
    ("Taiwan to Receive HIMARS Early\n\nThe army will get the launchers next year.",
     ("HIMARS", "PLANNED")),
])
def test_headline_infinitive_behind_a_dateline_is_a_plan(nlp, text, expected):
    assert statuses(nlp, text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("The government has given the air force a green light to procure the Gripen E fighter.",
     [("Gripen", "PLANNED")]),
    ("The army will procure 12 HIMARS launchers.", [("HIMARS", "PLANNED")]),
    ("Warsaw and Hanwha signed a framework contract for the supply of 150 Chunmoo launchers.",
     [("Chunmoo", "PLANNED")]),
    ("Seoul and Warsaw reached a deal for 180 K2 tanks on Friday.", [("K2", "PLANNED")]),
])
def test_procurement_and_contracts_entered_are_plans(nlp, text, expected):
    assert statuses(nlp, text) == expected


def test_entering_a_country_is_no_contract(nlp):
    assert ("K2", "PLANNED") not in statuses(nlp, "The first K2 tanks entered Poland on Friday under the contract.")


@pytest.mark.parametrize("text,expected", [
    ("Hanwha Defense has confirmed the delivery of 24 K9 howitzers to Poland.", [("K9", "ARRIVED")]),
    ("The ministry confirmed the arrival of the first Challenger 2 tanks.", [("Challenger 2", "ARRIVED")]),
    # a deadline ahead makes the confirmed delivery a plan
    ("Hanwha confirmed the delivery of 24 K9 howitzers to Poland by the end of 2025.", [("K9", "PLANNED")]),
    # a confirmed decision to transfer is not counted as a delivery
    ("Berlin confirmed the transfer of two Patriot batteries.", []),
])
def test_confirmed_arrival_or_delivery_is_done(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The K9 is designed to deliver rapid effects at long range.", []),
    ("The Patriot was built to intercept ballistic missiles.", []),
    # a plan is still a plan
    ("The K9 howitzers are intended to be delivered to Poland in 2026.", [("K9", "PLANNED")]),
])
def test_what_a_system_is_designed_to_do_is_no_event(nlp, text, expected):
    assert statuses(nlp, text) == expected
