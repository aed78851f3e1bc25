"""Sentences whose words look like a status but state none, or another one: a schedule whose
participle the tagger lemmatises wrongly, a selection to receive, a presence for a purpose, a
name given, an occasion hosted, a crew that flies the jets, a sending back on a deployment, a status noun's benefit, a purpose
of a design, a comparison with every time, a skill mastered, flights beside a training, a name offered as a question's alternative, a conjoined clause with its own subject, an escort,
a two-word kind. Each comes with a near miss that keeps its event. Sentences written for these
tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)
from conftest import sorted_statuses as statuses


# fmt: off
NO_EVENT = [
    # a verb that names its object with a predicate ("call for" is a request only without one)
    "At the launch of the HIMARS battery the minister called it a proud day for the gunners.",
    # what is hosted is the occasion named by the object, not the system modifying it
    "The garrison celebrated the day by hosting an F-16 arrival ceremony.",
    # a passive "fly" with a crew as its agent and no destination says who operates the jets
    "The Rafale jets will be flown and serviced by pilots of the new squadron.",
    # a status noun's benefit is weighed; the noun is no system on a mission
    "The permanent stationing of the THAAD battery on the island will provide reliable protection.",
    # a design's purpose, on a reduced participle as on a passive
    "It belongs to a scheme designed to send F-16 jets to distant airfields at short notice.",
    # a comparison with every time states no status
    "The Abrams is the finest tank that the army has ever fielded.",
    "Crews praised the most capable fighter jet that the air force has ever fielded, the F-16.",
    # a skill mastered is no use
    "The gunners are steadily mastering their skills in firing the Caesar howitzers.",
    # a name offered as one alternative of a question does not resolve a description
    "Russian forces struck the port of Odesa with a ballistic missile on Sunday morning.\n\nInvestigators will "
    "find out whether an Iskander-M missile or an S-300 interceptor hit the pier, the spokesman said.",
]

SOME_EVENT = [
    # the tagger's "slat" for "slated" is the schedule word
    ("Twelve Leopard 2 tanks are slated to reach Poland in the autumn.", [("Leopard 2", "PLANNED")]),
    ("Twelve Leopard 2 tanks reached Poland in the autumn.", [("Leopard 2", "ARRIVED")]),
    # a selection to receive is a decision about what will come
    ("Spangdahlem was selected to receive the first F-35A jets of the wing.", [("F-35", "PLANNED")]),
    ("Spangdahlem received the first F-35A jets of the wing.", [("F-35", "ARRIVED")]),
    # a presence for a purpose under a future: the receipt is ahead
    ("The defence minister will be at the airfield on Friday to receive the Rafale jets.", [("Rafale", "PLANNED")]),
    ("The defence minister was at the airfield on Friday when the Rafale jets arrived.", [("Rafale", "ARRIVED")]),
    # near misses of the name given and the occasion hosted
    ("The minister called for more HIMARS launchers for the gunners.", [("HIMARS", "REQUESTED")]),
    ("The garrison has hosted F-16 jets since 2022.", [("F-16", "DEPLOYED")]),
    # a passive "fly" with a destination still moves the jets
    ("The Rafale jets will be flown to Ambala next week.", [("Rafale", "PLANNED")]),
    # the system itself on a mission ahead
    ("The THAAD battery will provide reliable protection for the island.", [("THAAD", "PLANNED")]),
    # the same verb without the design participle
    ("The scheme will send F-16 jets to distant airfields at short notice.", [("F-16", "PLANNED")]),
    # a fielding with a place and no comparison
    ("The army has fielded the Abrams tank in Poland.", [("Abrams", "DEPLOYED")]),
    # a conjoined clause with its own subject does not take up the first clause's system
    ("The Patriot battery was first deployed to Guam, but now the navy wants to offer stronger "
     "protection to the island.", [("Patriot", "DEPLOYED")]),
    ("The Patriot battery was first deployed to Guam and is now on combat duty there.",
     [("Patriot", "COMBAT_DUTY"), ("Patriot", "DEPLOYED")]),
    # a verb the parser joins to the noun before it keeps that noun's system
    ("Leopard 2 tanks from Poland, Norway, and Spain have reached Ukraine.", [("Leopard 2", "ARRIVED")]),
    # the escort named in a passive's agent ranks after the subject it escorts
    ("The Rafale jets were escorted by two Su-30MKI fighters over the border. It will be inducted "
     "into the fleet in August.", [("Rafale", "PLANNED")]),
    ("The tankers were escorted by two Su-30MKI fighters over the border. They will be inducted "
     "into the fleet in August.", [("Su-30", "PLANNED")]),
    # near misses of the skill and of the question: a firing, and a name the report asserts
    ("The gunners fired the Caesar howitzers at Russian positions.", [("Caesar", "USED")]),
    ("Russian forces struck the port of Odesa with a ballistic missile on Sunday morning.\n\nThe navy "
     "said it was an Iskander-M missile.", [("Iskander", "USED")]),
    # flights named beside training are a training, no use; combat flights are one
    ("Three B-2 bombers arrived in Guam on Friday to conduct local sorties and regional training.",
     [("B-2", "ARRIVED")]),
    ("The B-2 bombers conducted combat sorties over Libya on Monday.", [("B-2", "USED")]),
    # a sending back on a deployment returns the systems to a post, not to their supplier
    ("The air force sends B-52 bombers back to Qatar on a short deployment.", [("B-52", "ARRIVED")]),
    ("Kyiv sent the faulty B-52 bombers back to the United States.", [("B-52", "WITHDRAWN")]),
    # a two-word kind ("air defense") fits only systems of that kind
    ("Poland will place fresh air defense systems along its frontier with Belarus\n\nIn addition, HIMARS "
     "launchers will be installed in the province of Lublin.", [("HIMARS", "PLANNED")]),
    ("Poland will place fresh rocket systems along its frontier with Belarus\n\nIn addition, HIMARS "
     "launchers will be installed in the province of Lublin.", [("HIMARS", "PLANNED"), ("HIMARS", "PLANNED")]),
]
# fmt: on


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_status_is_read(nlp, text):
    assert statuses(nlp, text) == []


@pytest.mark.parametrize("text,expected", SOME_EVENT)
def test_status_is_read(nlp, text, expected):
    assert statuses(nlp, text) == expected
