"""Event readings that unseen reports got wrong, each rule with a near miss that keeps its old
reading: a force's abbreviation in brackets opening a line is no dateline; a report that names
no country as a place is placed in the nation whose armed force it names ("the Kenyan Air
Force", "the Bangladesh Army"), a site it does not know too, but never the nation of a force
that operated or owns the system; a dateline's date and the year ending an exercise's or a
show's name date nothing; a mission noun whose coordinated modifiers include a training word is
no use; a type "used by" a country in the simple present names an operator; a system used
"out of" a base is based there; a sentence whose only verb is a participle on its noun states
it; a ship class written with an en dash is its class; "North Cyprus" lies in Cyprus.
Sentences written for these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def places(nlp, text):
    """The place the evaluation format gives each event of ``text`` (its country, when one is
    found, for a status that is not a use)."""
    return [event.get("country") or event["location"] for event in nlp(text)._.events]


def statuses(nlp, text):
    return sorted((event["subject"], event["status"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,place", [
    # a body and its abbreviation open the line: the body receives, it is no dateline
    ("The Kenyan Air Force (KAF) has taken delivery of two AW109 helicopters.", "Kenya"),
    # near miss: a dateline with an agency in brackets before its dash is still the filing place
    ("Accra (Ghana News) — The air force has taken delivery of two AW109 helicopters.", None),
])
def test_a_bodys_abbreviation_is_no_dateline(nlp, text, place):
    assert places(nlp, text) == [place]


@pytest.mark.parametrize("text,expected", [
    # the force's nation places what the report names no country for, a site it lacks too
    ("The Kenyan Air Force received three AW109 helicopters on Tuesday. Engineers said the helicopters "
     "touched down at Laikipia Air Base shortly after noon.", ["Kenya", "Kenya"]),
    ("The Bangladesh Army has received six Bayraktar TB2 drones at a cantonment outside the city.",
     ["Bangladesh"]),
    # near miss: a force that once flew the helicopters is not where they are now
    ("Three AW109 helicopters once flown by the Italian Army touched down at a coastal base.", [None]),
])
def test_a_reports_force_names_its_nation(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize("text,absent,present", [
    # a dateline's date is the day the report was filed
    ("Rabat, June 4, 2025 – Morocco took delivery of its second batch of AH-64E Apache helicopters.",
     "2025-06-04", None),
    ("June 4, 2025: Ghana has received two AW109 helicopters.", "2025-06-04", None),
    # near miss: a date that opens the sentence after "On" dates it
    ("On June 4, 2025, Ghana received two AW109 helicopters.", None, "2025-06-04"),
])
def test_a_datelines_date_dates_nothing(nlp, text, absent, present):
    dates = [event["date"] for event in nlp(text)._.events]
    assert absent not in dates if absent else present in dates


@pytest.mark.parametrize("text,date", [
    # the year ends the exercise's or the show's name
    ("The F-35 jets arrived in Australia for Talisman Sabre 2023.", None),
    ("After a flyover at the Seoul International Aerospace and Defense Exhibition 2025, a B-52 bomber "
     "landed in South Korea.", None),
    # near miss: a year of its own dates the landing
    ("The F-35 jets arrived in Australia in 2023.", "2023"),
])
def test_the_year_of_an_exercises_name_dates_nothing(nlp, text, date):
    assert [event["date"] for event in nlp(text)._.events] == [date]


@pytest.mark.parametrize("text,expected", [
    # a training word coordinated with another modifier of the missions makes them no use
    ("The FA-50 jets conducted flypast and familiarisation flight missions over Cebu.", []),
    # near miss: combat words alone keep the use
    ("The FA-50 jets conducted strike and combat missions over Sulu.", [("FA-50", "USED")]),
])
def test_coordinated_training_modifiers_make_missions_no_use(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the simple present passive with a country for its agent names an operator of the type
    ("The JF-17 fighter is also used by Azerbaijan and is on offer to Iraq.", []),
    # near misses: a perfect and a dated past report uses
    ("JF-17 fighters have been used by Pakistan, the spokesman said.", [("JF-17", "USED")]),
    ("The JF-17 fighters were used by Pakistan on Wednesday.", [("JF-17", "USED")]),
])
def test_a_type_used_by_a_country_names_an_operator(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # used out of a base: based there
    ("The Italian Air Force has started using MQ-9 Reaper drones out of Amendola air base.",
     [("MQ-9 Reaper", "DEPLOYED")]),
    # near misses: a use against targets, and one fired from a base, stay uses
    ("Russia used Kalibr missiles out of the Sevastopol naval base against Odesa.", [("Kalibr", "USED")]),
    ("Ukraine used HIMARS launchers from a base near Kharkiv.", [("HIMARS", "USED")]),
])
def test_a_system_used_out_of_a_base_is_based_there(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the only verb is a participle the parser hung on the noun: the sentence states it
    ("Four B-52 bombers on Monday deployed to RAF Fairford in England.", [("B-52", "DEPLOYED")]),
    ("Two B-1B bombers deployed to Andersen air base on Guam on Sunday.", [("B-1", "DEPLOYED")]),
    # near misses: such a participle with no place, and a status verb's participle that is no
    # status ("assembled")
    ("Four B-52 bombers deployed on Monday.", []),
    ("Four B-52 bombers on Monday assembled at RAF Fairford in England.", []),
])
def test_a_verbless_sentences_participle_states_it(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Two Hobart–class destroyers arrived in Pearl Harbor on Monday.", [("Hobart-class destroyer", "ARRIVED")]),
    # near miss: the hyphen, as before
    ("Two Hobart-class destroyers arrived in Pearl Harbor on Monday.", [("Hobart-class destroyer", "ARRIVED")]),
])
def test_a_ship_class_with_an_en_dash(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,place", [
    ("A Bayraktar TB2 drone landed at an airport in North Cyprus on Monday.", "Cyprus"),
    # near miss: a country named as such
    ("A Bayraktar TB2 drone landed at an airport in Turkey on Monday.", "Turkey"),
])
def test_north_cyprus_lies_in_cyprus(nlp, text, place):
    assert places(nlp, text) == [place]
# fmt: on
