"""Event readings that a ninth set of unseen reports got wrong, each rule with near misses that
keep their old reading: a status a hedging adverb qualifies ("was probably fired") or the content
of a verb of guessing ("it is speculated that ... intends to buy") is a guess, no event; a
status noun whose possessor is a system noun of another kind ("the frigate's deployment") is no
status of the latest system named; a journey told as done ("have made their way to") is an
arrival, one still told as going ("are making their way") a transit; a place in a reason phrase
("in response to jets bought by India") is not where the systems are. Sentences written for
these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses_of(nlp, text, subject):
    return sorted(event["status"] for event in nlp(text)._.events if event["subject"] == subject)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # a hedging adverb on the status verb: a guess
    ("A Taurus missile was probably fired at the dam by Kyiv's jets, officials said.", []),
    ("Footage suggests a Taurus missile was likely fired at the dam from a jet.", []),
    ("The Taurus missiles were possibly launched from Su-24 bombers over the sea.", []),
    # near miss: the same report without the hedge states the use
    ("A Taurus missile was fired at the dam by Kyiv's jets, officials said.", ["USED"]),
    # near miss: a hedge on another clause leaves the status clause alone
    ("Kyiv probably wanted a quick result, and a Taurus missile was fired at the dam on Monday.", ["USED"]),
])
def test_a_hedged_use_is_a_guess(nlp, text, expected):
    assert statuses_of(nlp, text, "Taurus KEPD 350") == expected


@pytest.mark.parametrize("text,expected", [
    # the content of a verb of guessing, through the plan's infinitive
    ("Few terms are public, but it is speculated that Norway intends to buy 30 Leopard 2 tanks.", []),
    ("Analysts speculate that Norway will buy 30 Leopard 2 tanks next spring.", []),
    # near miss: a report of the same plan by a speech verb stays a plan
    ("Few terms are public, but officials say that Norway intends to buy 30 Leopard 2 tanks.", ["PLANNED"]),
    ("Norway intends to buy 30 Leopard 2 tanks, the ministry confirmed.", ["PLANNED"]),
])
def test_a_speculated_plan_is_a_guess(nlp, text, expected):
    assert statuses_of(nlp, text, "Leopard 2") == expected


@pytest.mark.parametrize("text,expected", [
    # a possessor of another kind owns the status noun
    ("Japan expects to receive its Tomahawk missiles by March. The destroyer's deployment to "
     "California is slated to last a year.", ["PLANNED"]),
    ("Seoul will buy more Tomahawk missiles next year. The frigate's deployment to Guam ended in May.",
     ["PLANNED"]),
    # near miss: a possessive pronoun still takes up the missiles
    ("Japan expects to receive its Tomahawk missiles by March. Their deployment to Okinawa is "
     "slated for next year.", ["PLANNED", "PLANNED"]),
    # near miss: a possessor of the missiles' own kind takes them up too
    ("Japan expects to receive its Tomahawk missiles by March. The missiles' deployment to Okinawa "
     "is slated for next year.", ["PLANNED", "PLANNED"]),
])
def test_a_status_noun_belongs_to_its_possessor(nlp, text, expected):
    assert statuses_of(nlp, text, "Tomahawk") == expected


@pytest.mark.parametrize("text,expected", [
    # a journey told as done is an arrival
    ("The first twelve K9 howitzers have made their way to the Estonian army.", ["ARRIVED"]),
    ("The first twelve K9 howitzers made their way to the Estonian army last week.", ["ARRIVED"]),
    # near miss: a journey still told as going is a transit
    ("The first twelve K9 howitzers are making their way to the Estonian army.", ["IN_TRANSIT"]),
    ("The K9 howitzers will make their way to Tapa by rail next week.", ["PLANNED"]),
])
def test_a_journey_told_as_done_is_an_arrival(nlp, text, expected):
    assert statuses_of(nlp, text, "K9") == expected


def locations_of(nlp, text, subject):
    return [event["location"] for event in nlp(text)._.events if event["subject"] == subject]


@pytest.mark.parametrize("text,expected", [
    # a place in a reason phrase is another occasion's
    ("The air force acquired the J-10C jets in response to Rafales bought by India.", [None]),
    ("The air force acquired the J-10C jets in retaliation for strikes on Kashmir.", [None]),
    # near miss: the destination of the clause itself stays, the reason phrase beside it
    ("The air force flew the J-10C jets to India in response to the crisis.", ["India"]),
])
def test_a_place_in_a_reason_phrase_is_not_the_systems(nlp, text, expected):
    assert locations_of(nlp, text, "J-10") == expected
