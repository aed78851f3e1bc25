"""Uses and strikes as fresh reports tell them: an interceptor that is the subject or the
agent of "shot down" ("taken down by a Patriot", the particle read as an adverb), a missile or
a loitering munition said shot down or intercepted (fired by the other side; an aircraft or a
reconnaissance drone downed is a loss, no use), a strike named by its weapon as the means of a
harm done ("killed in an Iskander strike", "hit by a Neptune missile attack"), and a report
of a weapon test ("the missile test", "tests involved the ...") whose unplaced launches are the
test. Near misses keep their old reading: a test, a drill, a capability, a harm still possible.
Sentences written for these tests, run through the whole extraction pipeline."""
import pytest


def uses(nlp, text):
    return sorted({event["subject"] for event in nlp(text)._.events if event["status"] == "USED"})


@pytest.fixture(scope="module")
def nlp():
    from claimledger.extract import build_pipeline
    return build_pipeline()


@pytest.mark.parametrize("text, expected", [
    ("The navy said two NASAMS batteries shot down four cruise missiles near the port on Sunday.", ["NASAMS"]),
    ("According to the garrison, “Tor-M2 and Buk-M3 systems shot down six drones and hit one more.”",
     ["Buk-M3", "Tor-M2"]),
    ("The regional governor said the drone had been taken down by an IRIS-T SLM battery.", ["IRIS-T SLM"]),
])
def test_an_interceptor_that_downs_is_used(nlp, text, expected):
    assert uses(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The mayor said a Kh-101 missile had been shot down over the southern districts on Saturday.", ["Kh-101"]),
    ("Our gunners shot down the Zircon, the colonel told reporters.", ["Zircon"]),
    ("Air defences downed most of the targets launched overnight, including four Kalibr missiles.", ["Kalibr"]),
])
def test_a_missile_shot_down_was_fired(nlp, text, expected):
    assert uses(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Rebels shot down an MQ-9 Reaper off the coast on Tuesday.",            # an aircraft lost
    "Separatists said they had shot down a Su-25 near the village.",       # a jet lost
    "The Orlan-10 was shot down over the river, the brigade said.",        # a scout drone lost
])
def test_an_aircraft_or_scout_drone_downed_is_no_use(nlp, text):
    assert uses(nlp, text) == []


def test_a_launch_and_its_interception_are_one_use(nlp):
    text = "Russia fired twelve Kalibr missiles at Mykolaiv, and air defences intercepted nine Kalibr missiles."
    events = [event for event in nlp(text)._.events if event["status"] == "USED"]
    assert [event["subject"] for event in events] == ["Kalibr"]


@pytest.mark.parametrize("text, expected", [
    ("Two officers killed in Neptune missile strike on a naval base", ["Neptune"]),
    ("The depot was hit by a Storm Shadow missile attack on Wednesday, the governor said.", ["Storm Shadow"]),
    ("Sunday's Iskander missile strike on the airfield destroyed and damaged several jets, the army said.",
     ["Iskander"]),
])
def test_a_strike_named_by_its_weapon_as_the_means_of_a_harm(nlp, text, expected):
    assert uses(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Officers could be killed in an ATACMS strike, the general warned.",      # a harm still possible
    "The bridge was damaged in a storm on Monday.",                          # no weapon named
    "Crews will be trained in Storm Shadow strike planning next year.",      # no harm done
])
def test_a_harm_not_done_by_a_named_strike(nlp, text):
    assert uses(nlp, text) == []


@pytest.mark.parametrize("text", [
    "The missile test showed the reach of the new weapon. Pyongyang fired a Hwasong-15 in February.",
    "Tests in the spring involved the solid-fuel Hwasong-18. The North fired it again in July.",
    "The first trial of the Sarmat was a success. The missile was launched from Plesetsk.",
])
def test_a_report_of_a_weapon_test(nlp, text):
    assert uses(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("The missile test showed its reach. The army fired a Hwasong-15 at Seoul in February.",
     ["Hwasong-15"]),
    ("The stress test of the grid failed. Russia fired an Iskander in February.", ["Iskander"]),
])
def test_a_strike_on_a_place_or_a_test_of_something_else_keeps_its_use(nlp, text, expected):
    assert uses(nlp, text) == expected


def test_the_downing_of_a_use_told_just_before_is_that_use(nlp):
    text = ("Kyiv said its troops had fired Neptune missiles at a depot near Kherson. "
            "Moscow said its air defences had shot down four Neptune missiles over the region.")
    assert [event["subject"] for event in nlp(text)._.events if event["status"] == "USED"] == ["Neptune"]


def test_a_downing_told_on_its_own_is_a_use(nlp):
    text = "The governor said air defences had shot down four Neptune missiles over the bay."
    assert uses(nlp, text) == ["Neptune"]


def test_an_interceptor_named_tells_the_clause_use(nlp):
    text = "A NASAMS battery shot down a Kh-101 over the western districts."
    assert uses(nlp, text) == ["NASAMS"]
