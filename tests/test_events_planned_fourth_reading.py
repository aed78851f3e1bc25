"""Planned statuses read on a fourth set of fresh real reports: an initial operating capability
ahead, a paper whose participle says what it covers, a package's apposition, a paper won,
secured or made, a list hung on the verb after its object, systems intended for a receiver and
a subject list split at its comma; each beside near misses (a wish, a possibility, a negated
plan, a plan already fulfilled, a purpose, work on a system, a paper still sought) that keep
their reading."""
import pytest

from conftest import event_pairs as found
from conftest import events_nlp as nlp  # noqa: F401  (the module's pipeline fixture)



# --- an initial operating capability -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Type 12 missile will reach initial operating capability in 2028.", {("Type 12", "PLANNED")}),
    ("The Boxer vehicles are on course to achieve Initial Operating Capability in 2026.", {("Boxer", "PLANNED")}),
    # already reached: the operational status itself, no plan
    ("The CAMM battery reached initial operating capability in May.", {("CAMM", "COMBAT_DUTY")}),
    ("The CAMM launchers reached full operating capacity last year.", {("CAMM", "COMBAT_DUTY")}),
    # a possibility and a negation keep no event
    ("The NASAMS unit could reach initial operating capability next year.", set()),
    ("The NASAMS unit has not reached initial operating capability.", set()),
])
def test_operating_capability(nlp, text, expected):
    assert found(nlp, text) == expected


# --- what a paper covers, what a package lists by apposition --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A contract covering a third batch of Gripen fighters came into force on Tuesday.", {("Gripen", "PLANNED")}),
    ("The new aid package includes air defence systems, notably NASAMS launchers.", {("NASAMS", "PLANNED")}),
    # work on a system is no purchase of it; a paper not in force and people are no plan
    ("A deal covering maintenance of the Gripen fleet came into force on Tuesday.", set()),
    ("The contract covering the Gripen fighters has not come into force.", set()),
    ("The training package includes courses, notably for F-16 pilots.", set()),
])
def test_covered_and_apposed_systems(nlp, text, expected):
    assert found(nlp, text) == expected


# --- a paper won, secured or made; a list after the verb's object ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("Rheinmetall has won a contract to supply 40 Skyranger systems to Austria.", {("Skyranger", "PLANNED")}),
    ("Saab secured a deal for 12 Gripen jets.", {("Gripen", "PLANNED")}),
    ("The two sides made an agreement on the delivery of CAMM launchers.", {("CAMM", "PLANNED")}),
    ("Seoul signed a deal with Warsaw to supply arms and vehicles, including 48 K9 howitzers.", {("K9", "PLANNED")}),
    # a paper still sought, one not won, one for work on a system: no plan
    ("Rheinmetall hopes to win a contract to supply Skyranger systems.", set()),
    ("Rheinmetall has not won a contract to supply Skyranger systems.", set()),
    ("Lockheed secured a contract to service the F-16 fleet.", set()),
    # a negated transfer keeps no event, whatever its list holds
    ("Warsaw will not receive arms and vehicles, including K9 howitzers.", set()),
])
def test_gained_papers_and_listed_items(nlp, text, expected):
    assert found(nlp, text) == expected


# --- systems set aside for a receiver --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Four of the NASAMS launchers are intended for Lithuania.", {("NASAMS", "PLANNED")}),
    ("The CAMM missiles are earmarked for the Polish Army.", {("CAMM", "PLANNED")}),
    # a purpose, a reduced participle that only names them, a negation
    ("The Stinger missiles are intended for air defence.", set()),
    ("The Gripen jets destined for Bangkok will be built in Sweden.", set()),
    ("The Patriot batteries were not intended for Ukraine.", set()),
])
def test_destined_for_a_receiver(nlp, text, expected):
    assert found(nlp, text) == expected


# --- wishes and wants --------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # interest in buying is a wish; a participle wanted is asked for, not delivered
    ("Manila has expressed interest in acquiring Gripen jets.", set()),
    ("Kyiv wants the Leopard 2 tanks delivered before spring.", {("Leopard 2", "REQUESTED")}),
    # near miss: a delivery reported keeps its reading
    ("Kyiv said the Leopard 2 tanks were delivered before spring.", {("Leopard 2", "ARRIVED")}),
])
def test_wishes_and_wants(nlp, text, expected):
    assert found(nlp, text) == expected


# --- a subject list split at its comma ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Three Caesar guns, two Archer howitzers and a Krab will arrive in May.",
     {("Caesar", "PLANNED"), ("Archer", "PLANNED"), ("Krab", "PLANNED")}),
    # a parenthetical speaker is no item; a possibility keeps no event
    ("The Caesar guns, officials said, will arrive in May.", {("Caesar", "PLANNED")}),
    ("Three Caesar guns, two Archer howitzers and a Krab could arrive in May.", set()),
])
def test_split_subject_list(nlp, text, expected):
    assert found(nlp, text) == expected
