"""A status in a that-clause under a verb of asking or ordering, with the clause's verb bare (the
mandative subjunctive: "asked that the jets be sent", "demanded that the allies deploy"), is
asked for (REQUESTED) or ordered (PLANNED), not stated; a call for a removal asks for no system.
The same verbs with a clause of their own tense ("insisted that the jets were delivered") or a
question ("asked whether") keep their reading. And a status someone "has yet to confirm" is not
asserted. Sentences written for these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses(nlp, text):
    return sorted((event["subject"], event["status"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Lithuania has asked that two more NASAMS batteries be sent to Vilnius.", [("NASAMS", "REQUESTED")]),
    ("The senators demanded that the Pentagon deploy HIMARS launchers in Romania.", [("HIMARS", "REQUESTED")]),
    ("Latvian officials urged that the Patriot systems be deployed in Riga through the winter.", [("Patriot", "REQUESTED")]),
    ("The opposition insisted that the Leopard 2 tanks be handed over before spring.", [("Leopard 2", "REQUESTED")]),
    # with a plural subject, a present under a past request is the subjunctive too
    ("Warsaw requested that the allies station more F-35 jets at its bases.", [("F-35", "REQUESTED")]),
])
def test_a_bare_clause_under_a_request_asks(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The defence minister ordered that the Iskander launchers be moved closer to the border.", [("Iskander", "PLANNED")]),
    ("The cabinet decreed that the Caesar howitzers be delivered to Armenia by June.", [("Caesar", "PLANNED")]),
])
def test_a_bare_clause_under_an_order_plans(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Beijing has again demanded that the Typhon launcher be removed from Luzon.",
    "Protesters asked that the B61 bombs be withdrawn from the air base.",
])
def test_a_demanded_removal_gives_no_event(nlp, text):
    assert statuses(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    # a tense of its own: the clause is asserted by the one who insists
    ("The ministry insisted that the Leopard 2 tanks were handed over in March.", [("Leopard 2", "ARRIVED")]),
    # a question asks, it states nothing
    ("Reporters asked whether the NASAMS batteries had been sent to Vilnius.", []),
    # an infinitive under a request keeps its reading
    ("Vilnius asked Oslo to send two more NASAMS batteries.", [("NASAMS", "REQUESTED")]),
])
def test_near_misses_keep_their_reading(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("London has yet to confirm that the Storm Shadow missiles reached Ukraine.", []),
    ("Officials are yet to confirm that HIMARS launchers are stationed in Romania.", []),
    # confirmed, and a pending arrival itself, keep their readings
    ("London confirmed that the Storm Shadow missiles reached Ukraine.", [("Storm Shadow", "ARRIVED")]),
    ("The HIMARS launchers have yet to arrive in Romania.", []),
])
def test_what_is_yet_to_be_confirmed_is_not_stated(nlp, text, expected):
    assert statuses(nlp, text) == expected
