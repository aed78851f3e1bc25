"""Tests, trials and drills are no use: a shot that hits its mark "at a test range", a
"training and combat launch". A real strike keeps its event, also on a training ground (a
target). A gerund or an infinitive that is the subject of an estimate ("Putting the battery on
duty will take months") is a plan, or nothing when the estimate is general or weighed.
Sentences written for these tests, run through the whole extraction pipeline."""
import pytest


def statuses(nlp, text):
    return [(event["subject"], event["status"]) for event in nlp(text)._.events]


@pytest.fixture(scope="module")
def nlp():
    from claimledger.extract import build_pipeline
    return build_pipeline()


@pytest.mark.parametrize("text", [
    "The Kinzhal was launched by a MiG-31 and struck a mock bunker at a distant test range, officials said.",
    "A Tu-22M3 bomber performed a training and combat launch of a Kh-22 missile over the sea.",
    "A Su-57 made a test launch of a Kinzhal missile, and the missile hit its target, the ministry said.",
    "Moscow test-fired a Zircon from a frigate in the Barents Sea on Friday.",
    "During drills near Kaliningrad the brigade fired three Iskander missiles at mock targets.",
])
def test_a_test_or_a_drill_is_no_use(nlp, text):
    assert [status for status in statuses(nlp, text) if status[1] == "USED"] == []


@pytest.mark.parametrize("text, expected", [
    ("Russian forces fired two Iskander missiles at a training ground near Dnipro on Tuesday.",
     [("Iskander", "USED")]),
    ("A MiG-31 carried out a combat launch of a Kinzhal missile, and the missile hit a depot in Odesa.",
     [("Kinzhal", "USED")]),
    ("A MiG-31 carried out a combat launch of a Kinzhal missile against Odesa, the ministry said.",
     [("Kinzhal", "USED")]),
])
def test_a_strike_keeps_its_use(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putting the new S-400 regiment on combat duty will take months, a general said.",
     [("S-400", "PLANNED")]),
    ("To deploy the Patriot battery near Lviv would take another two years.", []),
    ("Deploying a NASAMS battery takes roughly an hour, according to the manual.", []),
])
def test_a_subject_clause_of_an_estimate(nlp, text, expected):
    assert statuses(nlp, text) == expected


def test_a_subject_clause_of_a_past_duration_keeps_its_status(nlp):
    text = "Putting the S-400 regiment on combat duty took three months, a general said."
    assert statuses(nlp, text) == [("S-400", "COMBAT_DUTY")]


@pytest.mark.parametrize("text", [
    "The Zircon can fly at nine times the speed of sound and strike ships 1,000 km away.",
    "The Kinzhal missile is meant to destroy ships and bunkers.",
    "Crews of the Su-34 have carried out 300 flights this year.",
])
def test_a_capability_a_purpose_or_plain_flying_is_no_event(nlp, text):
    assert statuses(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The Storm Shadow missiles are meant to be used against Russian depots in Crimea.",
     [("Storm Shadow", "PLANNED")]),
    ("Ukrainian crews have carried out 40 combat flights with the F-16 this week.",
     [("F-16", "USED")]),
    ("The Zircon can fly at nine times the speed of sound, and Russia has fired the Zircon at Kyiv.",
     [("Zircon", "USED")]),
])
def test_a_plan_a_combat_flight_or_a_joined_use_keeps_its_event(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Russia test-fired a Zircon missile on Monday, the ministry said. The Zircon hit its designated target, the ministry added.",
    "A Su-57 made a test launch of a Kinzhal missile last week. The Kinzhal was launched from an airfield in southern Russia.",
    "A MiG-31 crew performed a training launch of a Kinzhal over the Arctic. The Kinzhal was fired from a base near Murmansk.",
])
def test_a_later_shot_in_a_test_report_is_the_test(nlp, text):
    assert [status for status in statuses(nlp, text) if status[1] == "USED"] == []


def test_a_strike_on_a_named_place_in_a_test_report_is_a_use(nlp):
    text = "Russia test-fired a Zircon missile in 2020. On Friday Russia fired a Zircon missile at Kyiv, officials said."
    assert statuses(nlp, text) == [("Zircon", "USED")]
