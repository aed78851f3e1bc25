"""A wait that is over states the act (events): "it took a year for the tanks to arrive", "it
had taken weeks for the launchers to be delivered". An infinitive with its own subject under a
duration verb in the past tells what came about once the time had passed, not a plan; the same
wait told in the future or as a hypothetical ("it will take months for the jets to arrive",
"it would take a year") is still ahead and keeps its old reading. Sentences written for these
tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses_of(nlp, text, subject):
    return sorted(event["status"] for event in nlp(text)._.events if event["subject"] == subject)


# fmt: off
@pytest.mark.parametrize("text,subject,expected", [
    ("It took a year for the K2 tanks to arrive in Gdynia.", "K2", ["ARRIVED"]),
    ("It had taken weeks for the HIMARS launchers to be delivered to Ukraine.", "HIMARS", ["ARRIVED"]),
    ("It took eleven months for the first Rafale jets to land in Greece.", "Rafale", ["ARRIVED"]),
])
def test_a_wait_that_is_over_states_the_act(nlp, text, subject, expected):
    assert statuses_of(nlp, text, subject) == expected


@pytest.mark.parametrize("text,subject,expected", [
    # near misses: the wait still ahead, or weighed
    ("It will take months for the first F-16 jets to arrive in Romania.", "F-16", ["PLANNED"]),
    ("Officials said it will take a year for the K2 tanks to reach Gdynia.", "K2", ["PLANNED"]),
])
def test_a_wait_ahead_keeps_its_reading(nlp, text, subject, expected):
    assert statuses_of(nlp, text, subject) == expected
