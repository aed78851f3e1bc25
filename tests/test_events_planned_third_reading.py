"""Planned statuses read on a third set of fresh real reports: systems an aid package or a
paper lists, systems committed, chosen, contracted for or assigned to a unit, and weapons a
system will replace, each beside near misses (a wish, a conditional, a negated plan, a plan
already fulfilled) that keep their reading."""
import pytest

from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


def found(nlp, text):
    return {(event["subject"], event["status"]) for event in events_of(nlp, text)}


# --- what an aid package or a planning paper lists ------------------------------------------

@pytest.mark.parametrize("text, subjects", [
    ("The new tranche includes two NASAMS launchers and related spare parts.", {"NASAMS"}),
    ("The package contains six IRIS-T SLM batteries, Javelin missiles and trucks.", {"IRIS-T SLM", "Javelin"}),
    ("The items in this package include: fuel for Bradley vehicles; 40 Stryker carriers; Stinger systems.",
     {"Stryker", "Stinger"}),
    ("Oslo unveiled a fresh round of aid, which included three HIMARS launchers.", {"HIMARS"}),
    ("The sale also includes eight spare engines, radars and Hellfire missiles.", {"Hellfire"}),
])
def test_listed_in_a_package_is_planned(nlp, text, subjects):
    planned = {name for name, status in found(nlp, text) if status == "PLANNED"}
    assert subjects <= planned


def test_held_for_a_system_is_not_the_system(nlp):
    # munitions for a system are not the system itself
    events = found(nlp, "The package includes 40 Stryker carriers and interceptors for Patriot batteries.")
    assert ("Patriot", "PLANNED") not in events
    assert ("Stryker", "PLANNED") in events


@pytest.mark.parametrize("text, subject", [
    ("If the package includes NASAMS launchers, Moscow will respond.", "NASAMS"),   # a conditional
    ("The package does not include any Stryker carriers.", "Stryker"),               # negated
    ("The training package includes courses for F-16 pilots.", "F-16"),             # people, not the jets
    ("The attack package will include three F-35 jets.", "F-35"),                    # aircraft sent to strike
])
def test_package_near_misses_keep_reading(nlp, text, subject):
    assert (subject, "PLANNED") not in found(nlp, text)


# --- committed, chosen, contracted for -------------------------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("Paris has committed twelve Caesar howitzers to Kyiv.", "Caesar"),
    ("Two NASAMS batteries were committed to Ukraine last month.", "NASAMS"),
    ("Budapest has chosen the Gripen after a long contest.", "Gripen"),
    ("The Rafale jet was selected by Jakarta in 2021.", "Rafale"),
    ("The procurement office contracted Hanwha for 30 more K9 howitzers.", "K9"),
])
def test_committed_chosen_contracted_is_planned(nlp, text, subject):
    assert (subject, "PLANNED") in found(nlp, text)


@pytest.mark.parametrize("text, subject", [
    ("The unit committed war crimes with Iskander missiles.", "Iskander"),           # no transfer
    ("The Iskander brigade committed to the assault near Izium.", "Iskander"),       # a unit to a fight
    ("Lisbon has not committed any Leopard 2 tanks to Kyiv.", "Leopard 2"),          # negated
    ("If Bern chooses the Rafale, talks on offsets follow.", "Rafale"),              # a conditional
    ("The squadron selected F-16 pilots for the course.", "F-16"),                   # people named after it
    ("Oslo contracted Kongsberg for maintenance of the NASAMS batteries.", "NASAMS"),  # work on a system
])
def test_committed_chosen_contracted_near_misses(nlp, text, subject):
    assert (subject, "PLANNED") not in found(nlp, text)


# --- assigned to a unit or a base ------------------------------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("Two of the jets are F-35A models and will be assigned to the 48th Fighter Wing.", "F-35"),
    ("Six new F-16 jets will be assigned to the fighter wing at Aviano.", "F-16"),
])
def test_assigned_ahead_is_planned(nlp, text, subject):
    assert (subject, "PLANNED") in found(nlp, text)


def test_assigned_before_is_deployed(nlp):
    # a plan already fulfilled: the jets are there
    events = found(nlp, "Four F-16 jets were assigned to the 31st Fighter Wing at Aviano in 2018.")
    assert ("F-16", "DEPLOYED") in events and ("F-16", "PLANNED") not in events


@pytest.mark.parametrize("text, subject", [
    ("The F-35 was assigned the job of escorting the bombers.", "F-35"),    # a task, no place
    ("Two F-16 jets could be assigned to the wing at Aviano.", "F-16"),     # a possibility
])
def test_assigned_near_misses(nlp, text, subject):
    statuses = {status for name, status in found(nlp, text) if name == subject}
    assert not statuses & {"PLANNED", "DEPLOYED"}


# --- a system replacing weapons the text does not track --------------------------------------

@pytest.mark.parametrize("text, subject", [
    ("By 2030 the Gripen will replace all of Thailand's old Northrop aircraft.", "Gripen"),
    ("The Rafale jets will replace the ageing Jaguar fleet at Ambala.", "Rafale"),
])
def test_replacing_weapons_is_planned(nlp, text, subject):
    assert (subject, "PLANNED") in found(nlp, text)


@pytest.mark.parametrize("text, subject", [
    ("The Rafale jets could replace the ageing Jaguar fleet at Ambala.", "Rafale"),   # a possibility
    ("The Gripen jets will not replace the old Draken aircraft.", "Gripen"),          # negated
])
def test_replacing_near_misses(nlp, text, subject):
    assert (subject, "PLANNED") not in found(nlp, text)


def test_replaced_before_is_deployed(nlp):
    # a replacement already made places the system, no plan
    events = found(nlp, "The Gripen replaced the old Draken aircraft at Ronneby in 2004.")
    assert ("Gripen", "DEPLOYED") in events and ("Gripen", "PLANNED") not in events


# --- a force fitted out, "with" hung on the force ---------------------------------------------

def test_force_to_be_equipped_is_planned(nlp):
    assert ("Caesar", "PLANNED") in found(nlp, "Vilnius plans to equip its army with Caesar guns.")


def test_force_equipped_before_has_them(nlp):
    events = found(nlp, "The brigade was equipped with Caesar guns in 2021.")
    assert ("Caesar", "ARRIVED") in events and ("Caesar", "PLANNED") not in events
