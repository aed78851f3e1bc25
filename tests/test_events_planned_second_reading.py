"""Planned statuses read on a second set of fresh real reports: approvals made as a
determination, aims, arrivals a programme foresees, and requests placed for systems, each
beside near misses (a wish, a conditional, a negated plan, a plan already fulfilled) that
keep their reading."""
import pytest

from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


def found(nlp, text):
    return {(event["subject"], event["status"]) for event in events_of(nlp, text)}


# --- an approval made as a determination ---------------------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("Washington has made a determination for a sale of Rafale jets to Peru.", "Rafale"),
    ("The ministry has made a determination for the purchase of 40 K9 howitzers.", "K9"),
])
def test_determination_for_a_sale_is_planned(nlp, text, subject):
    assert (subject, "PLANNED") in found(nlp, text)


@pytest.mark.parametrize("text, subject", [
    ("Washington has not made a determination for the sale of Rafale jets to Peru.", "Rafale"),   # negated
    ("If Lima makes a determination for the purchase of K9 howitzers, talks follow.", "K9"),     # a conditional
])
def test_determination_not_made_keeps_reading(nlp, text, subject):
    assert (subject, "PLANNED") not in found(nlp, text)


# --- a status gerund under "aimed at" -------------------------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("The step is aimed at redeploying the NASAMS batteries to the Arctic.", "NASAMS"),
    ("Oslo's move was aimed at moving its Patriot units to the north.", "Patriot"),
])
def test_aimed_at_status_is_planned(nlp, text, subject):
    statuses = {status for name, status in found(nlp, text) if name == subject}
    assert statuses == {"PLANNED"}


def test_aimed_gun_keeps_no_plan(nlp):
    # a weapon aimed at a town is no plan of a status
    assert ("Caesar", "PLANNED") not in found(nlp, "The Caesar guns deployed near Avdiivka were aimed at the town.")


# --- an arrival a programme foresees --------------------------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("The plan will see 40 Gripen jets arrive at Kallax over two years.", "Gripen"),
    ("The upgrade will see a squadron of F-35 jets arrive at Amendola.", "F-35"),
])
def test_foreseen_arrival_is_planned(nlp, text, subject):
    statuses = {status for name, status in found(nlp, text) if name == subject}
    assert statuses == {"PLANNED"}


@pytest.mark.parametrize("text, subject, status", [
    ("Farmers saw four HIMARS launchers arrive at the depot.", "HIMARS", "ARRIVED"),     # a sighting, done
    ("Last spring saw the first Gripen jets arrive at Kallax.", "Gripen", "ARRIVED"),   # fulfilled
])
def test_seen_arrival_keeps_reading(nlp, text, subject, status):
    assert (subject, status) in found(nlp, text)
    assert (subject, "PLANNED") not in found(nlp, text)


def test_hypothetical_foreseen_arrival_is_no_plan(nlp):
    # "would see": a hypothesis, never read as a plan
    assert ("Gripen", "PLANNED") not in found(nlp, "Such a deal would see 40 Gripen jets arrive at Kallax.")


# --- a request placed for systems -----------------------------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("The Government of Chile placed a request for 10 F-16 aircraft last year.", "F-16"),
    ("Vilnius sent an appeal for two NASAMS batteries in March.", "NASAMS"),
])
def test_request_placed_is_requested_not_deployed(nlp, text, subject):
    statuses = {status for name, status in found(nlp, text) if name == subject}
    assert "DEPLOYED" not in statuses and "ARRIVED" not in statuses


def test_placed_system_keeps_deployed(nlp):
    assert ("Patriot", "DEPLOYED") in found(nlp, "The army placed two Patriot batteries near the port in May.")


# --- a bare count or "all" standing for systems a report has named -------------------------

@pytest.mark.parametrize("text, subject", [
    ("Oslo ordered 12 K9 howitzers. All are scheduled for handover by the end of 2027.", "K9"),
    ("Spain bought six NASAMS launchers. Two are due in Valencia by March.", "NASAMS"),
])
def test_counted_schedule_is_a_second_plan(nlp, text, subject):
    planned = [event for event in events_of(nlp, text) if event["subject"] == subject and event["status"] == "PLANNED"]
    assert len(planned) == 2


def test_counted_troops_take_no_system(nlp):
    # a count of people in a report naming no system yet is no plan of one
    assert not events_of(nlp, "About 300 airmen are due in Lask by March.")


# --- a status noun whose start a schedule sets ----------------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("Deliveries of the 24 Gripen jets are to begin in 2027.", "Gripen"),
    ("The deployment of the NASAMS batteries is expected to start in June.", "NASAMS"),
])
def test_scheduled_start_of_a_status_noun_is_planned(nlp, text, subject):
    assert (subject, "PLANNED") in found(nlp, text)


@pytest.mark.parametrize("text, subject", [
    ("Deliveries of the 24 Gripen jets are not to begin before 2031.", "Gripen"),              # negated
    ("If deliveries of the Gripen jets are to begin in 2027, the plant must grow.", "Gripen"),  # a conditional
])
def test_unscheduled_start_keeps_no_plan(nlp, text, subject):
    assert (subject, "PLANNED") not in found(nlp, text)


def test_started_deliveries_are_no_plan(nlp):
    # fulfilled: the deliveries began
    assert ("Gripen", "PLANNED") not in found(nlp, "Deliveries of the Gripen jets began in 2023.")


# --- a message a relative clause sends --------------------------------------------------------

def test_message_sent_is_no_plan_of_a_system(nlp):
    text = "Washington will ship Abrams tanks to Vilnius. It is a clear signal, the message it will send to Minsk."
    planned = [event for event in events_of(nlp, text) if event["subject"] == "Abrams" and event["status"] == "PLANNED"]
    assert len(planned) == 1


def test_systems_a_relative_clause_sends_keep_their_status(nlp):
    text = "Vilnius asked for Abrams tanks. The Abrams tanks that Washington sent in May arrived in June."
    assert ("Abrams", "ARRIVED") in found(nlp, text)
