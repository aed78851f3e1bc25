"""More wordings outlets use for statuses, probed with sentences written for these tests and
run through the whole extraction pipeline; each rule has a near miss that keeps its old reading.
- "rotated into Estonia", "will rotate through a base in Latvia" place the system there;
  soldiers rotating move themselves;
- "reached the front", "reach front line": the front is a place reached;
- "sank a patrol boat", "was sunk by Neptune missiles" are uses; a drone that sank is lost;
- "the battery that Italy sent to guard the airport": a thing a relative pronoun stands for is
  what was sent, the infinitive what for;
- a headline's "X spotted near Y" places the system there;
- "have been guarding Odesa since June" holds the duty now;
- "the withdrawal got under way" has begun; "the fielding of" a system is its deployment;
- "left Denmark on Friday, bound for Ukraine" is on its way there;
- "are kept at a base in Lithuania", as "stored", places the system there;
- "arrived at Rukla": a listed base named alone after a preposition of place is the place (and
  lies in its country)."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses(nlp, text):
    return sorted({(event["subject"], event["status"]) for event in nlp(text)._.events})


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Four Danish F-16 jets rotated to Lithuania for the air policing mission.", [("F-16", "DEPLOYED")]),
    ("A Dutch Patriot battery has rotated into Slovakia, replacing the German one.", [("Patriot", "DEPLOYED")]),
    ("An M270 battery will rotate through a base in Latvia next spring, the minister said.", [("M270 MLRS", "PLANNED")]),
])
def test_rotating_into_a_place_deploys_there(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # people rotating move themselves, not the system
    ("The pilots of the Danish F-16 jets rotated to Lithuania in May.", []),
    ("The soldiers of the Patriot battery rotated out of Slovakia.", []),
    # the system rotating out still leaves
    ("The Gripen jets rotated out of Slovakia on Friday.", [("Gripen", "WITHDRAWN")]),
])
def test_rotation_near_misses(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The first CV90 vehicles have reached the front, the brigade said.",
    "The first Krab howitzers reached the frontline near Siversk on Monday.",
    "Marder vehicles reach front line\n\nThe brigade gave no further details.",
])
def test_the_front_is_a_place_reached(nlp, text):
    assert [status for _, status in statuses(nlp, text)] == ["ARRIVED"]


@pytest.mark.parametrize("text", [
    "The Marder vehicles can reach the front within a day.",   # a capability
    "The CV90 vehicles reached a line of trees at dawn.",      # a line is no front
    "The Krab crews are at the front.",                         # people, no system
    "The Leopard 2 tanks reached the front of the column.",     # the front of something else
])
def test_the_front_near_misses(nlp, text):
    assert statuses(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("A Sea Baby drone sank a Russian tugboat near Sevastopol on Tuesday.", [("Sea Baby", "USED")]),
    ("The landing ship was sunk by two Neptune missiles.", [("Neptune", "USED")]),
])
def test_sinking_a_ship_uses_the_weapon(nlp, text, expected):
    assert statuses(nlp, text) == expected


def test_a_drone_that_sank_is_no_use(nlp):
    assert statuses(nlp, "The Magura V5 drone sank in a storm off the coast.") == []


@pytest.mark.parametrize("text,expected", [
    ("The Patriot battery that the Dutch sent to shield Mielec airport is now operational.",
     [("Patriot", "ARRIVED"), ("Patriot", "COMBAT_DUTY")]),
    ("The Crotale launchers which Paris shipped to cover the port were unloaded in May.",
     [("Crotale", "ARRIVED")]),
])
def test_a_thing_sent_to_guard_is_what_was_sent(nlp, text, expected):
    assert statuses(nlp, text) == expected


def test_people_asked_to_send_are_no_system_sent(nlp):
    found = statuses(nlp, "The partners that Kyiv urged to send Mistral launchers met in Ramstein.")
    assert ("Mistral", "ARRIVED") not in found


def test_a_headline_sighting_places_the_system(nlp):
    text = "Tor-M2 launchers spotted near Grodno\n\nThe images were posted on Sunday."
    assert statuses(nlp, text) == [("Tor-M2", "ARRIVED")]


def test_a_participle_in_a_sentence_only_names_the_system(nlp):
    assert statuses(nlp, "The Tor-M2 launchers spotted near Grodno were decoys.") == []


@pytest.mark.parametrize("text", [
    "Two SAMP/T launchers have been guarding Odesa since the summer.",
    "Two SAMP/T launchers are guarding Odesa, the governor said.",
])
def test_guarding_a_place_in_the_progressive_holds_the_duty(nlp, text):
    assert statuses(nlp, text) == [("SAMP/T", "COMBAT_DUTY")]


def test_guarding_ahead_is_no_duty_now(nlp):
    assert statuses(nlp, "Two SAMP/T launchers will be guarding Mielec airport.") == []


@pytest.mark.parametrize("text,expected", [
    ("The withdrawal of the Patriot batteries from Jordan got under way on Monday.", [("Patriot", "WITHDRAWN")]),
    ("The fielding of the Dark Eagle battery was completed in October.", [("Dark Eagle", "DEPLOYED")]),
])
def test_a_status_noun_begun_or_done(nlp, text, expected):
    assert statuses(nlp, text) == expected


def test_a_status_noun_under_review_is_still_none(nlp):
    assert statuses(nlp, "The withdrawal of the Patriot batteries from Jordan is under review.") == []


@pytest.mark.parametrize("text,expected", [
    ("The Leopard 1 tanks left Denmark on Friday, bound for Ukraine.", [("Leopard 1", "IN_TRANSIT")]),
    # no destination: a withdrawal from the place left
    ("The Leopard 1 tanks left Estonia on Friday after the exercise.", [("Leopard 1", "WITHDRAWN")]),
])
def test_leaving_bound_for_a_place_is_on_the_way(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("US nuclear bombs are kept in Italy, the report says.", [("Nonstrategic nuclear weapons", "DEPLOYED")]),
    ("The Leopard 2 tanks were kept at a base in Lithuania after the exercise.", [("Leopard 2", "DEPLOYED")]),
])
def test_kept_at_a_place_is_stationed_there(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Kyiv kept its Patriot batteries in reserve.",
    "Warsaw kept the location of its Patriot batteries secret.",
])
def test_kept_with_no_place_is_no_status(nlp, text):
    assert statuses(nlp, text) == []


def events(nlp, text):
    return sorted((event["subject"], event["status"], event["location"]) for event in nlp(text)._.events)


@pytest.mark.parametrize("text,expected", [
    ("The British M270 battery arrived at Rukla on Thursday.", [("M270 MLRS", "ARRIVED", "Rukla")]),
    ("Two Dutch F-35 jets have rotated into Siauliai.", [("F-35", "DEPLOYED", "Siauliai")]),
    ("The Chunmoo launchers will stay at Orzysz until May.", [("Chunmoo", "PLANNED", "Orzysz")]),
])
def test_a_listed_base_named_alone_is_the_place(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a person's name that a base shares is no base
    ("According to Morris, the F-16 jets arrived in Poland.", [("F-16", "ARRIVED", "Poland")]),
    ("The Patriot batteries were handed to Edwards, a contractor.", [("Patriot", "ARRIVED", None)]),
])
def test_a_base_name_not_after_a_place_preposition_is_no_base(nlp, text, expected):
    assert events(nlp, text) == expected
