"""Descriptions, pronouns and counts that carry a status's subject: which tracked system they
take up. A bare count with no name nearby counts the one system the report has named, a lead's description takes the systems of its kind named within reach of the
first sentence naming one, and a count above one makes a description plural; each rule beside
near misses (two systems of one kind, a class statement, a system the list lacks)."""
import pytest

from conftest import events_of
from conftest import event_pairs as found
from conftest import events_nlp as nlp  # noqa: F401  (the module's pipeline fixture)



def found_in(nlp, text, part):
    """The (subject, status) pairs of the events whose span holds ``part``."""
    start = text.index(part)
    return {(event["subject"], event["status"]) for event in events_of(nlp, text)
            if event["span"][0] <= start < event["span"][1]}


# --- a fitting name near the reference before a headline's ----------------------------------

HEADLINE_OTHER_TANK = ("Britain's Challenger 2 tanks reach the front\n\n"
                       "Weeks after Berlin agreed to supply 18 Leopard 2 tanks, the tanks rolled into Lviv.")


def test_the_sentences_own_name_beats_the_headlines(nlp):
    events = found_in(nlp, HEADLINE_OTHER_TANK, "the tanks rolled")
    assert ("Leopard 2", "ARRIVED") in events
    assert ("Challenger 2", "ARRIVED") not in events


def test_a_name_in_the_sentence_before_beats_one_further_back(nlp):
    text = ("Spain has sent six Leopard 2 tanks to Ukraine. A month later Lisbon promised three Challenger 2 "
            "tanks to Kyiv, its defence ministry said. The tanks will reach Odesa in May.")
    events = found_in(nlp, text, "The tanks will")
    assert ("Challenger 2", "PLANNED") in events
    assert ("Leopard 2", "PLANNED") not in events


def test_the_same_noun_still_picks_between_two_systems_of_one_sentence(nlp):
    # near miss: both names are near; "the batteries" is the one the batteries were said of
    text = ("Bucharest received two Patriot batteries and a THAAD radar unit in March. "
            "The batteries were set up near Constanta in April.")
    events = found_in(nlp, text, "The batteries")
    assert ("Patriot", "DEPLOYED") in events
    assert ("THAAD", "DEPLOYED") not in events


def test_a_counted_name_past_its_number_holds_its_noun(nlp):
    # the parser hangs "Leopard" beside the number, not on "tanks" as a compound
    text = ("Oslo pledged eight Leopard 2 tanks and four Challenger 2 tanks to Kyiv in February. "
            "In June a ship unloaded 8 Leopard 2 tanks, and the tanks were sent on by rail.")
    assert ("Leopard 2", "IN_TRANSIT") in found_in(nlp, text, "the tanks were sent") or \
        ("Leopard 2", "ARRIVED") in found_in(nlp, text, "In June")
    assert ("Challenger 2", "IN_TRANSIT") not in found_in(nlp, text, "the tanks were sent")


# --- a bare count with no name nearby ---------------------------------------------------------

def test_a_count_after_a_nameless_sentence_takes_the_one_system_named(nlp):
    text = ("Egypt ordered 24 Rafale jets in 2021. The deal covered 24 aircraft, 12 of which have "
            "been handed over. Of the remaining twelve, 6 will arrive in March.")
    assert ("Rafale", "PLANNED") in found_in(nlp, text, "6 will arrive")


def test_a_count_with_two_systems_named_takes_neither(nlp):
    # near miss: two systems named so far; the bare count may be either
    # (a count with "of the rest" takes the latest, as "the rest" alone does)
    text = ("Cairo ordered 24 Rafale jets and 12 Su-35 fighters in 2021. Payments were delayed twice, "
            "officials in Cairo said. Six will arrive in March.")
    events = found_in(nlp, text, "Six will arrive")
    assert not events


def test_a_count_with_no_system_named_takes_none(nlp):
    # near miss: nothing tracked named before; "3 will arrive" counts nothing known
    text = ("The air force chief spoke in Bengaluru on Friday. The contract was for 10 trainers. "
            "Of those left, 3 will arrive in May.")
    assert not found_in(nlp, text, "3 will arrive")


def test_a_count_out_of_a_count_counts_the_system_named(nlp):
    text = "Greece ordered 24 Rafale jets in 2021. Only 20 of the 24 have landed at Tanagra."
    assert ("Rafale", "ARRIVED") in found_in(nlp, text, "Only 20")


def test_a_count_out_of_people_is_no_system(nlp):
    # near miss: the count is out of people, not out of a bare number
    text = "Greece ordered 24 Rafale jets in 2021. Only 20 of the 24 pilots have landed at Tanagra."
    assert ("Rafale", "ARRIVED") not in found_in(nlp, text, "Only 20")


# --- class statements and systems the list lacks ---------------------------------------------

def test_a_class_statement_is_no_use_of_the_named_missile(nlp):
    text = "Russia fired Kalibr missiles at Mykolaiv on Monday. Cruise missiles are hard to intercept, analysts said."
    assert not found_in(nlp, text, "Cruise missiles are")


def test_a_description_of_a_system_off_the_list_takes_up_nothing(nlp):
    text = ("Poland has fielded Patriot batteries since 2023. Its own short-range system, the Narew, "
            "will reach the first units in 2026.")
    assert ("Patriot", "PLANNED") not in found_in(nlp, text, "will reach")


# --- a lead's description and the first sentence that names its kind -------------------------

def test_a_lead_description_takes_the_system_of_the_first_naming_sentence(nlp):
    text = ("Spain has handed over cruise missiles to Ukraine, the minister said.\n\n"
            "\"Storm Shadow is a formidable weapon,\" he told reporters.\n\n"
            "The minister spoke at a factory near Bristol. Its workers assemble the missile there. "
            "Madrid has bought such missiles since 2001. Its air force keeps them at Moron.\n\n"
            "He added that Berlin should send its Taurus missiles as well.")
    events = found_in(nlp, text, "Spain has handed")
    assert ("Storm Shadow", "ARRIVED") in events
    assert ("Taurus KEPD 350", "ARRIVED") not in events


def test_a_lead_description_takes_every_system_its_first_naming_sentence_lists(nlp):
    # near miss: the first naming sentence lists two of the kind; both are meant
    text = ("Moscow to supply combat aircraft to Tehran\n\n"
            "Its deputy minister said Russia is to hand Tehran Su-35 fighters as well as Mi-28 helicopters.")
    events = found_in(nlp, text, "Moscow to supply")
    assert {("Su-35", "PLANNED"), ("Mi-28", "PLANNED")} <= events


# --- a counted description of two coordinated systems -----------------------------------------

def test_a_counted_description_takes_up_both_coordinated_systems(nlp):
    text = "Egypt received Rafale jets and Su-35 fighters in May. The 30 aircraft were flown to Cairo West in June."
    events = found_in(nlp, text, "The 30 aircraft")
    assert {("Rafale", "ARRIVED"), ("Su-35", "ARRIVED")} <= events


def test_a_counted_description_after_two_separate_names_takes_the_latest(nlp):
    # near miss: no coordination of the two names; the description stays with the latest
    text = "Egypt received Rafale jets in March and Su-35 fighters in May. 12 aircraft were flown to Cairo West in June."
    assert found_in(nlp, text, "12 aircraft") == {("Su-35", "ARRIVED")}


def test_a_description_in_a_quote_takes_the_subject_of_the_sentence_not_a_phrase(nlp):
    # "these jets" reaches back past the sentence before: the system the sentence is about,
    # not one named inside its prepositional phrase, even when that one holds the noun
    text = ("The J-10C is a medium-weight jet, said analysts who expect it to strengthen a force reliant on "
            "Chinese JF-17 Thunder jets and old US F-16s. The aircraft were handed over at a parade. "
            "\"We thank China for providing these jets in record time,\" the premier said.")
    events = found_in(nlp, text, "We thank China")
    assert ("J-10", "ARRIVED") in events
    assert ("JF-17", "ARRIVED") not in events


def test_a_lead_description_takes_a_system_named_a_few_sentences_on(nlp):
    # near miss of the first-naming rule: the second supplier's system follows within reach
    text = ("Kyiv expects France and Italy to send modern air-defence systems before winter, the minister said.\n"
            "\"Paris has decided to hand us a Crotale system. Our crews are training now. It will arrive soon,\" "
            "he said.\nHe added that Rome would supply the SAMP/T system in December.")
    events = found_in(nlp, text, "Kyiv expects")
    assert {("Crotale", "PLANNED"), ("SAMP/T", "PLANNED")} <= events
