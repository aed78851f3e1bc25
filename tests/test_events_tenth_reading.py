"""Event readings that a tenth set of unseen reports got wrong, each rule with near misses that
keep their old reading: a participle clause without a subject of its own ("..., sending four
jets to Lithuania") shares the plan or future of its main clause; a gerund of means under an expected or
possible outcome ("by deploying them, the balance is expected to shift") is no event; "take out" is
said of what is taken out, never of its subject; a simple present passive whose agent is a
group of states ("is also used by a number of countries") names operators of a type, no use;
a country after "with" ("the border with China") is a neighbour or rival, not the report's
place, and a tie between two countries goes to the one whose armed force the report names.
Sentences written for these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses_of(nlp, text, subject):
    return sorted(event["status"] for event in nlp(text)._.events if event["subject"] == subject)


def locations_of(nlp, text, subject):
    return sorted(event["location"] or "" for event in nlp(text)._.events if event["subject"] == subject)


# fmt: off
@pytest.mark.parametrize("text,subject,expected", [
    # the main clause is planned or future: so is the participle's sending
    ("Denmark is set to make its first deployment to the Baltic, sending four F-35 jets to Lithuania.",
     "F-35", ["PLANNED"]),
    ("Norway will strengthen its presence in Iceland, sending two NASAMS batteries to Keflavik.",
     "NASAMS", ["PLANNED"]),
    ("Norway plans to strengthen its presence in Iceland, sending two NASAMS batteries to Keflavik.",
     "NASAMS", ["PLANNED"]),
    # near misses: a main clause told as done keeps the arrival
    ("Norway strengthened its presence in Iceland last week, sending two NASAMS batteries to Keflavik.",
     "NASAMS", ["ARRIVED"]),
    ("Denmark made its first deployment to the Baltic in May, sending four F-35 jets to Lithuania.",
     "F-35", ["ARRIVED"]),
])
def test_a_participle_shares_its_main_clause_plan(nlp, text, subject, expected):
    assert statuses_of(nlp, text, subject) == expected


@pytest.mark.parametrize("text,subject,expected", [
    # the means of an expected or possible outcome: weighed, not told as done
    ("By sending Leopard 2 tanks to Latvia, Canada could deter an attack, a senator said.", "Leopard 2", []),
    ("By stationing HIMARS launchers on the coast, the balance in the strait is expected to change.",
     "HIMARS", []),
    # near misses: a future means is the plan the sentence states; a means told as done
    ("The army will answer by stationing HIMARS launchers on the coast.", "HIMARS", ["PLANNED"]),
    ("Canada answered by sending Leopard 2 tanks to Latvia.", "Leopard 2", ["ARRIVED"]),
])
def test_a_gerund_of_means_is_presupposed(nlp, text, subject, expected):
    assert statuses_of(nlp, text, subject) == expected


@pytest.mark.parametrize("text,expected", [
    # what "takes out" is its object: the battery that shot the drones down leaves nowhere
    ("The Patriot battery near the port took out two drones on Sunday.", []),
    # near miss: a battery taken out of a country is withdrawn
    ("The army took out its Patriot batteries from Qatar in May.", ["WITHDRAWN"]),
])
def test_take_out_is_said_of_its_object(nlp, text, expected):
    assert statuses_of(nlp, text, "Patriot") == expected


@pytest.mark.parametrize("text,expected", [
    # operators of a type, named as a group of states or armies
    ("The K9 howitzer is used by a handful of Asian nations as well.", []),
    ("The K9 is used by several armies.", []),
    # near miss: a use against a target is a use
    ("K9 howitzers are used by Ukrainian units against Russian positions.", ["USED"]),
])
def test_a_group_of_operators_is_no_use(nlp, text, expected):
    assert statuses_of(nlp, text, "K9") == expected


@pytest.mark.parametrize("text,expected", [
    # the rival after "with" is not where the squadron is
    ("A third squadron of S-400 systems will become operational within weeks along the northern "
     "border with China. India has trained more crews.", ["India"]),
    # a tie of two countries: the nation whose air force the report names
    ("The Indian Air Force (IAF) expects a third squadron of S-400 systems to become operational "
     "within weeks along the northern border with China. China has added airstrips near the line, "
     "while India has trained more crews.", ["India"]),
    # near miss: a country the report names as a place more often than any other keeps it
    ("A third squadron of S-400 systems will become operational within weeks along the northern "
     "border with China. China has added airstrips near the line, and China has moved more jets "
     "to Tibet.", ["China"]),
])
def test_a_country_after_with_is_a_rival(nlp, text, expected):
    assert locations_of(nlp, text, "S-400") == expected


@pytest.mark.parametrize("text,subject,expected", [
    # a guarding verb without an object shares its coordinated verb's airspace
    ("Four Typhoon fighters will patrol and defend the Baltic airspace from Siauliai.",
     "Eurofighter Typhoon", ["PLANNED"]),
    ("Two Gripen jets patrol and protect the Baltic airspace.", "Gripen", ["COMBAT_DUTY"]),
    # near miss: people guarding are no system on duty
    ("The Gripen pilots will patrol and defend the Baltic airspace.", "Gripen", []),
    # "operative" is "operational": a service ahead is a plan
    ("The Bayraktar TB2 drones bought last year will become operative within a month.",
     "Bayraktar TB2", ["PLANNED"]),
])
def test_duty_ahead(nlp, text, subject, expected):
    assert statuses_of(nlp, text, subject) == expected
