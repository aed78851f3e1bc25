"""Tests for extract/plans.py: plans the general event rules read as facts, approved
purchases, wishes and the buyer's place, on sentences written for them."""
import pytest

from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


def run(nlp, text, timexes=()):
    """Process ``text``; timexes are (substring, value) pairs of DATE timexes."""
    return events_of(nlp, text, timexes=[(part, "DATE", value) for part, value in timexes])


def found(nlp, text):
    return {(event["subject"], event["status"]) for event in run(nlp, text)}


@pytest.mark.parametrize("text, expected", [
    ("Lockheed Martin won a contract to build and deliver 20 F-16 jets to Bulgaria.", ("F-16", "PLANNED")),
    ("Raytheon received a contract from the Army to provide 12 Patriot launchers to Romania.",
     ("Patriot", "PLANNED")),
    ("Norway and Poland signed a letter of intent for a deal to supply 30 K9 howitzers to Poland.",
     ("K9", "PLANNED")),
    ("Officials said it would take two years for the Abrams tanks to arrive in Australia.", ("Abrams", "PLANNED")),
    ("The ministry said Seoul agreed to prioritize shipping the K2 tanks to Warsaw.", ("K2", "PLANNED")),
])
def test_infinitive_of_a_plan_is_planned(nlp, text, expected):
    events = found(nlp, text)
    assert expected in events
    assert (expected[0], "ARRIVED") not in events and (expected[0], "IN_TRANSIT") not in events


def test_approved_procurement_is_planned(nlp):
    assert ("Akash", "PLANNED") in found(
        nlp, "The Defence Acquisition Council approved the procurement of three regiments of Akash systems.")
    assert ("Akash", "PLANNED") in found(nlp, "The council has cleared the purchase of Akash missiles.")


def test_procurement_not_approved_is_no_plan(nlp):
    # a procurement the verb only discusses is neither approved nor planned
    assert found(nlp, "The council discussed the procurement of three regiments of Akash systems.") == set()


def test_approval_to_send_is_planned(nlp):
    events = run(nlp, "Berlin is granting approval for Finland to send its Leopard 2 tanks to Kyiv.")
    assert [(e["subject"], e["status"], e["location"]) for e in events] == [("Leopard 2", "PLANNED", "Ukraine")]


def test_permission_to_use_is_no_plan(nlp):
    assert found(nlp, "Berlin has given Kyiv permission to use the Taurus missiles against targets in Russia.") == set()


def test_wish_is_no_event(nlp):
    assert found(nlp, "Germany would like to deliver more IRIS-T SLM systems to Ukraine.") == set()


def test_stated_intention_stays_planned(nlp):
    assert found(nlp, "Germany will deliver more IRIS-T SLM systems to Ukraine.") == {("IRIS-T SLM", "PLANNED")}


def test_time_taken_is_done(nlp):
    events = found(nlp, "The Abrams tanks took two months to arrive in Poland.")
    assert ("Abrams", "PLANNED") not in events


def test_progress_stays_in_transit(nlp):
    assert ("HIMARS", "IN_TRANSIT") in found(nlp, "Taiwan has started receiving HIMARS launchers.")


def test_buyer_is_the_place_of_a_purchase(nlp):
    events = run(nlp, "The Slovak government has approved a plan to acquire 152 CV90 vehicles amid the war in Ukraine.")
    assert [(e["subject"], e["status"], e["location"]) for e in events] == [("CV90", "PLANNED", "Slovakia")]


def test_destination_beats_the_buyer(nlp):
    events = run(nlp, "The Pentagon decided to purchase NASAMS for Ukraine.")
    assert [(e["subject"], e["status"], e["location"]) for e in events] == [("NASAMS", "PLANNED", "Ukraine")]


def test_delivered_order_holds_the_systems(nlp):
    events = run(nlp, "Russia will deliver an order of S-400 systems to India within the agreed timeframe.")
    assert [(e["subject"], e["status"], e["location"]) for e in events] == [("S-400", "PLANNED", "India")]
    assert found(nlp, "Germany delivered the first batch of Leopard 2 tanks to Ukraine.") == {("Leopard 2", "ARRIVED")}


def test_order_sent_to_a_unit_is_a_message(nlp):
    assert found(nlp, "The general sent an order to the S-400 regiment.") == set()


def test_delivery_under_a_contract_stays_arrived(nlp):
    assert ("Patriot", "ARRIVED") in found(
        nlp, "Poland received the first Patriot launchers under the contract signed in 2018.")


def dated(nlp, text, timexes):
    return [(e["subject"], e["status"], e["date"]) for e in run(nlp, text, timexes)]


def test_day_a_plan_was_made_is_not_its_date(nlp):
    assert dated(nlp, "Poland signed a contract on Wednesday to buy 210 Chunmoo launchers.",
                 [("Wednesday", "2022-10-19")]) == [("Chunmoo", "PLANNED", None)]
    assert dated(nlp, "Germany agreed on Wednesday to deliver 14 Leopard 2 tanks to Ukraine.",
                 [("Wednesday", "2023-01-25")]) == [("Leopard 2", "PLANNED", None)]


def test_target_day_is_kept(nlp):
    assert dated(nlp, "The Rafale jets will arrive in India on July 29.",
                 [("July 29", "2020-07-29")]) == [("Rafale", "PLANNED", "2020-07-29")]
    assert dated(nlp, "Germany agreed to deliver 14 Leopard 2 tanks to Ukraine by March 30.",
                 [("March 30", "2023-03-30")]) == [("Leopard 2", "PLANNED", "2023-03-30")]


def test_plan_dated_from_its_start_not_a_superseded_time(nlp):
    assert dated(nlp, "The Army is set to receive 29 HIMARS, starting in 2026, one year earlier than the original "
                      "delivery date of 2027.", [("2026", "2026"), ("2027", "2027")]) == [("HIMARS", "PLANNED", "2026")]
    assert dated(nlp, "The first F-16 deliveries to Taiwan were postponed from the second quarter of 2025 until "
                      "the first quarter of 2026.",
                 [("the second quarter of 2025", "2025-Q2"), ("the first quarter of 2026", "2026-Q1")]) \
        == [("F-16", "PLANNED", "2026-Q1")]


def test_plan_date_without_a_comparison_is_kept(nlp):
    assert dated(nlp, "The HIMARS launchers are expected to arrive in Taiwan in 2026.",
                 [("2026", "2026")]) == [("HIMARS", "PLANNED", "2026")]


def test_from_a_time_with_a_destination_is_kept(nlp):
    assert dated(nlp, "From 2024, the F-16 jets will be handed over in lots of three or four to Taiwan.",
                 [("2024", "2024")]) == [("F-16", "PLANNED", "2024")]


def test_plan_given_up_is_no_event(nlp):
    assert found(nlp, "In 2023 Taiwan opted to forgo an earlier plan to acquire M109 howitzers.") == set()
    assert found(nlp, "Taiwan bought 18 more launchers following the cancellation of its plan to acquire 40 M109 "
                      "howitzers.") == set()


def test_plan_kept_is_planned(nlp):
    assert found(nlp, "In 2023 Taiwan announced an earlier plan to acquire M109 howitzers.") == {("M109", "PLANNED")}


def test_possible_start_is_no_event(nlp):
    assert found(nlp, "There are many hurdles before the Gripen jets might start to arrive in Ukraine.") == set()
    assert ("Gripen", "IN_TRANSIT") in found(nlp, "The Gripen jets have started to arrive in Ukraine.")


def test_scheduled_start_dates_the_plan(nlp):
    assert dated(nlp, "Deliveries of the M777 howitzers are scheduled to begin in June 2017.",
                 [("June 2017", "2017-06")]) == [("M777", "PLANNED", "2017-06")]


def test_receiver_country_is_the_place_of_a_plan(nlp):
    events = run(nlp, "BAE will provide 145 M777 howitzers to the Indian Army.")
    assert [(e["subject"], e["status"], e["location"]) for e in events] == [("M777", "PLANNED", "India")]


@pytest.mark.parametrize("text, expected", [
    ("The first Patriot battery is due in Poland in March.", ("Patriot", "PLANNED", "Poland")),
    ("The F-35 jets are slated for delivery in 2027.", ("F-35", "PLANNED", None)),
    ("The first four Rafale jets are expected in India by July.", ("Rafale", "PLANNED", "India")),
    ("The government gave the green light for the purchase of 48 FA-50 jets.", ("FA-50", "PLANNED", None)),
    ("The Netherlands is in line to receive 24 F-35 jets.", ("F-35", "PLANNED", "Netherlands")),
    ("Taiwan is on track to receive the HIMARS launchers.", ("HIMARS", "PLANNED", "Taiwan")),
])
def test_scheduled_and_approved_systems_are_planned(nlp, text, expected):
    assert [(e["subject"], e["status"], e["location"]) for e in run(nlp, text)] == [expected]


@pytest.mark.parametrize("text", [
    "The S-400 is expected to be effective.",
    "Zircon missiles are expected by analysts to be used.",
    "The Kinzhal missiles were expected in the attack.",
])
def test_expectation_without_place_time_or_status_is_no_plan(nlp, text):
    assert found(nlp, text) == set()


def test_transfer_and_presence_stay(nlp):
    assert found(nlp, "Germany gave Ukraine 14 Leopard 2 tanks.") == {("Leopard 2", "ARRIVED")}
    assert found(nlp, "The Patriot batteries are in Poland to protect the airport.") == {("Patriot", "ARRIVED")}


def test_deal_worth_a_sum_to_acquire_is_a_plan_of_the_buyer(nlp):
    events = run(nlp, "The Polish government signed a deal worth some $4.75 billion to acquire 250 Abrams tanks.")
    assert [(e["subject"], e["status"], e["location"]) for e in events] == [("Abrams", "PLANNED", "Poland")]
    events = run(nlp, "Poland's Ministry of National Defence placed a second order, valued at about $1.4 billion, "
                      "to buy 116 used Abrams tanks from Washington.")
    assert [(e["subject"], e["status"], e["location"]) for e in events] == [("Abrams", "PLANNED", "Poland")]


def test_second_hand_is_no_use(nlp):
    assert ("Abrams", "USED") not in found(nlp, "Romania approved the purchase of 54 used Abrams tanks.")
    assert found(nlp, "Russia used 54 Kinzhal missiles against Kyiv.") == {("Kinzhal", "USED")}


def test_gerund_of_a_delay_or_goal_is_planned(nlp):
    assert found(nlp, "The Army anticipates another delay in fielding the Dark Eagle.") == {("Dark Eagle", "PLANNED")}
    assert found(nlp, "The Army has begun fielding the Dark Eagle.") == {("Dark Eagle", "DEPLOYED")}


def test_doubted_status_is_no_event(nlp):
    assert found(nlp, "It is unlikely that the Army will achieve its goal for fielding the Dark Eagle this year.") == set()
    assert found(nlp, "It is likely that the Army will deploy the Dark Eagle in 2026.") == {("Dark Eagle", "PLANNED")}


def test_green_light_withheld_is_no_plan(nlp):
    assert found(nlp, "The government did not give the green light for the purchase of 48 FA-50 jets.") == set()
