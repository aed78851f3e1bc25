"""A stance against an act is not the act (events): "balked at delivering", "its opposition to
sending", "the veto on supplying", "resistance to deploying". The gerund under a refusal's
preposition, or under a stance noun (also when the parser hangs the preposition on the verb
whose object the stance is: "lifted its veto on sending"), states no status: the act was
refused, and lifting the refusal names no date or place of the act. A plan, a decision or a
skill with the same preposition keeps its reading. Sentences written for these tests, run
through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses_of(nlp, text, subject):
    return sorted(event["status"] for event in nlp(text)._.events if event["subject"] == subject)


# fmt: off
@pytest.mark.parametrize("text,subject", [
    ("Rome balked at delivering Storm Shadow missiles to Kyiv.", "Storm Shadow"),
    ("Paris had dropped its objection to sending Rafale jets to Croatia in March 2021.", "Rafale"),
    ("The premier ended his opposition to supplying Leopard 2 tanks to Ukraine on Tuesday.", "Leopard 2"),
    ("Ottawa lifted its ban on exporting NASAMS launchers to Kyiv.", "NASAMS"),
    ("Seoul kept its moratorium on shipping K9 howitzers to Ukraine.", "K9"),
    ("The minister long resisted deploying Patriot batteries to Slovakia.", "Patriot"),
    ("The minister resisted sending Patriot batteries to Slovakia.", "Patriot"),
])
def test_a_refused_act_is_no_status(nlp, text, subject):
    assert statuses_of(nlp, text, subject) == []


@pytest.mark.parametrize("text,subject,expected", [
    # near misses: the act itself, a decision on it, a skill in it
    ("Paris sent Rafale jets to Croatia in March 2021.", "Rafale", ["ARRIVED"]),
    ("Kyiv thanked Berlin for its decision on sending Leopard 2 tanks to Ukraine.", "Leopard 2", ["PLANNED"]),
    ("Despite resistance to the plan, Patriot batteries arrived in Slovakia in March.", "Patriot", ["ARRIVED"]),
])
def test_the_act_itself_keeps_its_reading(nlp, text, subject, expected):
    assert statuses_of(nlp, text, subject) == expected
