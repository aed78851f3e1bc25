"""Descriptions and counts that carry a status's subject, a second round: a name set right
after a description is its own, an uncounted "other" description sets the named systems apart,
"several" counts back as a number does (never forward onto a name below), and a missile
defence description has a kind; each rule beside near misses (two systems of one kind, a class
statement, a description of a system the list lacks, a hypothetical)."""
import pytest

from conftest import events_of
from conftest import event_pairs as found
from conftest import events_nlp as nlp  # noqa: F401  (the module's pipeline fixture)



def found_in(nlp, text, part):
    """The (subject, status) pairs of the events whose span holds ``part``."""
    start = text.index(part)
    return {(event["subject"], event["status"]) for event in events_of(nlp, text)
            if event["span"][0] <= start < event["span"][1]}


# --- a name right after the description -----------------------------------------------------

def test_a_name_right_after_a_description_is_its_own(nlp):
    text = ("Romania took delivery of twelve Leopard 2 tanks last week. "
            "About twenty infantry fighting vehicles Marder also arrived at Constanta on Friday.")
    events = found_in(nlp, text, "About twenty")
    assert ("Marder", "ARRIVED") in events
    assert ("Leopard 2", "ARRIVED") not in events


def test_a_name_of_another_kind_after_the_noun_is_not_taken(nlp):
    # near miss: the word after the noun names a system of another kind; the tanks stay Leopards
    text = ("Romania took delivery of twelve Leopard 2 tanks last week. "
            "On Friday the tanks Bradley crews had trained beside reached Constanta.")
    assert ("Bradley", "ARRIVED") not in found_in(nlp, text, "On Friday")


def test_a_class_statement_with_a_name_after_its_noun_is_no_event(nlp):
    # near miss: a class statement names no status
    text = "Infantry fighting vehicles Marder are lighter and cheaper than main battle tanks."
    assert found(nlp, text) == set()


# --- "other" with no count ------------------------------------------------------------------

def test_other_systems_are_not_the_one_named(nlp):
    text = ("Athens said its NASAMS battery is already in service near Larissa. "
            "The other air defence systems pledged by its allies are on their way.")
    assert ("NASAMS", "IN_TRANSIT") not in found_in(nlp, text, "The other air")


def test_the_other_four_units_are_the_rest_of_a_counted_whole(nlp):
    # near miss: a count makes "other" the rest of the systems counted before
    text = ("Madrid ordered five Patriot batteries in 2023. The first battery reached Valencia in May, "
            "and the other four batteries will arrive by December.")
    assert ("Patriot", "PLANNED") in found(nlp, text)


def test_another_launcher_is_one_more_of_the_same(nlp):
    # near miss: "another" adds one more of the system named, it does not set it apart
    text = "Warsaw received its first HIMARS launcher in May. Another launcher arrived at Torun in June."
    assert ("HIMARS", "ARRIVED") in found_in(nlp, text, "Another launcher")


# --- "several" ------------------------------------------------------------------------------

def test_several_counts_the_system_named_before(nlp):
    text = ("Kyiv has fired French SCALP missiles at targets in Crimea for the first time, officials said. "
            "Several missiles were launched at a depot near Dzhankoi on Sunday.")
    assert ("Storm Shadow", "USED") in found_in(nlp, text, "Several missiles")


def test_several_missiles_of_an_attacker_do_not_take_up_a_defence_named_below(nlp):
    # near miss: the missiles are of a system the list does not name here
    text = ("Russia launched several missiles at Kharkiv overnight, officials said. "
            "Kyiv says its Patriot batteries are in place near the city.")
    assert ("Patriot", "USED") not in found(nlp, text)


def test_several_in_a_hypothetical_is_no_event(nlp):
    # near miss: a condition states no status
    text = ("Ankara bought Hisar-O batteries in 2021 and S-400 systems in 2019. "
            "If several systems were moved to the coast, Athens would protest.")
    events = found_in(nlp, text, "If several")
    assert ("S-400", "DEPLOYED") not in events and ("S-400", "IN_TRANSIT") not in events


# --- a missile defence description has a kind ----------------------------------------------

def test_a_lead_missile_defence_description_takes_the_system_named_below(nlp):
    text = ("Bulgaria received one anti-missile defence system bought from Washington.\n\n"
            "Officials said the first of two Patriot units had arrived at Sofia.")
    assert ("Patriot", "ARRIVED") in found_in(nlp, text, "Bulgaria received")


def test_a_missile_defence_description_skips_a_howitzer_named_later(nlp):
    # near miss: two systems named before, only one of the description's kind
    text = ("Finland received IRIS-T SLM in May and K9 howitzers in June. "
            "The missile defence system was deployed near Turku in July.")
    events = found_in(nlp, text, "The missile defence")
    assert ("IRIS-T SLM", "DEPLOYED") in events
    assert ("K9", "DEPLOYED") not in events


def test_several_missiles_after_a_system_named_with_another_noun_are_not_it(nlp):
    # near miss: the interceptor was named as a system; the missiles counted are the attacker's
    text = ("The Arrow system was used in combat for the first time on Sunday. "
            "Several anti-aircraft missiles were launched from Lebanon after the raid.")
    assert ("Arrow", "USED") not in found_in(nlp, text, "Several anti-aircraft")


def test_a_headline_description_beside_an_unnamed_system_below_is_not_the_name(nlp):
    # near miss: below, the name is coordinated with systems the list lacks, so the headline's
    # description holds more than the one name
    text = ("Washington pulls its missile defense systems out of Kuwait\n\n"
            "The Pentagon is withdrawing its defense systems and Patriot batteries from Kuwait, officials said.")
    assert ("Patriot", "WITHDRAWN") not in found_in(nlp, text, "Washington pulls")
