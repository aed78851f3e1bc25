"""Planned statuses read on fresh real reports: papers said to hold, rotations of units,
offers, commitments, absolute schedules and counted consignments, each beside near misses
(a wish, a conditional, a negated plan, a plan already fulfilled) that keep their reading."""
import pytest

from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


def found(nlp, text):
    return {(event["subject"], event["status"]) for event in events_of(nlp, text)}


def statuses(nlp, text, subject):
    return sorted(event["status"] for event in events_of(nlp, text) if event["subject"] == subject)


# --- a paper naming its systems that a verb says holds ------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("Chilean Archer howitzer contract enters into force", "Archer"),
    ("The agreement for 24 Rafale jets took effect on Monday, the ministry said.", "Rafale"),
    ("Embraer said the deal it signed with Lisbon for the supply of 12 Gripen fighters has come into effect.",
     "Gripen"),
    ("The order for 30 Archer howitzers was unveiled by the procurement agency.", "Archer"),
    ("The manufacturer has booked the order for 16 Caesar guns this quarter.", "Caesar"),
])
def test_paper_said_to_hold_is_planned(nlp, text, subject):
    assert (subject, "PLANNED") in found(nlp, text)


@pytest.mark.parametrize("text, subject", [
    ("The new Archer howitzer contract came as a surprise to analysts.", "Archer"),  # no effect noun
    ("The contract for 16 Caesar guns was cancelled last month.", "Caesar"),     # a plan given up
    ("The deal for 24 Rafale jets has not come into effect.", "Rafale"),         # negated
    ("If the deal for 12 Gripen fighters takes effect, deliveries begin in 2030.", "Gripen"),  # a conditional
])
def test_paper_not_said_to_hold_keeps_reading(nlp, text, subject):
    assert (subject, "PLANNED") not in found(nlp, text)


def test_announced_order_takes_no_day_of_the_announcement(nlp):
    events = events_of(nlp, "The order for 30 Archer howitzers was announced by the agency on Tuesday.",
                       timexes=[("Tuesday", "DATE", "2025-05-27")])
    planned = [event for event in events if event["subject"] == "Archer" and event["status"] == "PLANNED"]
    assert planned and planned[0]["date"] is None


# --- rotations: a system taking another unit's place ---------------------------------------

@pytest.mark.parametrize("text, subject, other", [
    ("Hungarian Gripens will replace Czech Gripens at Keflavik in the spring.", "Gripen", None),
    ("Dutch F-35s will replace Italian Eurofighter jets at Amari next month.", "F-35", "Eurofighter Typhoon"),
    ("Four Romanian F-16s will relieve a Portuguese F-16 deployment at Siauliai.", "F-16", None),
    ("Danish F-16s will take over from a Belgian deployment at Malbork in April.", "F-16", None),
])
def test_rotation_ahead_is_planned_for_the_incoming_system(nlp, text, subject, other):
    events = found(nlp, text)
    assert (subject, "PLANNED") in events
    if other is not None:
        assert not any(name == other for name, _ in events)   # what is replaced is not the subject


def test_rotation_done_is_deployed(nlp):
    assert (("Rafale", "DEPLOYED") in found(
        nlp, "French Rafale jets replaced Spanish Eurofighter jets at Siauliai in January."))


@pytest.mark.parametrize("text, subject", [
    ("The army plans to buy 40 Caesar guns to replace its ageing howitzers.", "Caesar"),   # a purpose, no rotation
    ("The ministry would like Polish F-16s to replace the MiG-29 jets at Malbork.", "F-16"),  # a wish
    ("Czech Gripens will not replace the Hungarian jets at Keflavik this year.", "Gripen"),  # negated
])
def test_no_rotation_plan_where_none_is_stated(nlp, text, subject):
    assert statuses(nlp, text, subject).count("PLANNED") <= (1 if "plans to buy" in text else 0)


# --- offers, commitments, absolute schedules, projections --------------------------------

def test_offer_to_give_is_no_event(nlp):
    assert ("Rafale", "PLANNED") not in found(nlp, "Paris is willing to provide more Rafale jets to Cairo.")
    assert ("K2", "PLANNED") not in found(nlp, "Seoul was eager to sell further K2 tanks to Oslo.")


def test_decided_transfer_beside_an_offer_stays_planned(nlp):
    assert ("Rafale", "PLANNED") in found(nlp, "Paris will provide 12 more Rafale jets to Cairo.")


def test_commitment_infinitive_is_planned(nlp):
    events = found(nlp, "Twelve F-16 jets were promised to Kyiv, with Oslo committing to provide six of them.")
    assert ("F-16", "PLANNED") in events and ("F-16", "ARRIVED") not in events
    assert ("K9", "PLANNED") in found(nlp, "Hanwha has committed to deliver 18 K9 howitzers to Estonia by May.")


def test_absolute_schedule_is_planned(nlp):
    events = found(nlp, "Sweden will follow, with its batch of Archer howitzers anticipated to arrive in the autumn.")
    assert ("Archer", "PLANNED") in events and ("Archer", "ARRIVED") not in events


def test_projected_arrival_is_planned(nlp):
    events = found(nlp, "The last four Apache helicopters are projected to arrive in Morocco by June.")
    assert ("AH-64 Apache", "PLANNED") in events and ("AH-64 Apache", "ARRIVED") not in events


def test_projection_already_met_keeps_its_arrival(nlp):
    events = found(nlp, "The last four Apache helicopters arrived in Morocco in June, as projected.")
    assert ("AH-64 Apache", "ARRIVED") in events and ("AH-64 Apache", "PLANNED") not in events


# --- counted consignments and ordinals after a named system ------------------------------

def test_counted_consignment_refers_back(nlp):
    text = "Six NASAMS launchers from the first order have been delivered. A second batch of three will arrive in 2026."
    assert statuses(nlp, text, "NASAMS") == ["ARRIVED", "PLANNED"]


def test_counted_consignment_without_a_number_names_nothing(nlp):
    text = "Six NASAMS launchers have been delivered. A second batch of spare parts will arrive in 2026."
    assert statuses(nlp, text, "NASAMS") == ["ARRIVED"]


def test_ordinal_with_an_indefinite_article_refers_back(nlp):
    text = "Two Archer howitzers reached Kyiv last week. A third will follow by the end of the month."
    assert "ARRIVED" in statuses(nlp, text, "Archer")
    events = events_of(nlp, "Two Archer howitzers reached Kyiv last week. A third arrived on Sunday.")
    assert sorted(event["status"] for event in events if event["subject"] == "Archer") == ["ARRIVED", "ARRIVED"]


def test_receiver_eager_to_receive_keeps_its_plan(nlp):
    assert ("Leopard 2", "PLANNED") in found(nlp, "The brigade is eager to receive the Leopard 2 tanks in May.")
