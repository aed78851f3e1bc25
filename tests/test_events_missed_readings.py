"""Status claims the extractor used to miss on unseen reports: a bare duty noun that a verb of
putting on duty takes ("the crews took up duty"), a consignment that holds the systems named
before ("the first batch of jets arrived"), a guard that met an attack ("the system defended
the city from a missile"), a status verb of a title-case headline that the tagger takes for a
name ("Norway Pulling NASAMS Batteries From Qatar"). Each comes with near misses that must stay without an event (a
negation, a modal of capability, a question, a habitual task, a consignment of something
else). Sentences written for these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)
from conftest import sorted_statuses as statuses


# fmt: off
SOME_EVENT = [
    # a bare "duty" taken up, taken over or gone on by the system's crews is combat duty
    ("The crews of the S-400 regiment took up duty outside Kursk on Tuesday.", [("S-400", "COMBAT_DUTY")]),
    ("S-400 crews went on duty near the border last week.", [("S-400", "COMBAT_DUTY")]),
    ("The S-400 crews will take up duty near Kursk next month.", [("S-400", "PLANNED")]),
    ("The S-400 battalion was moved to the island and took over duty there.",
     [("S-400", "ARRIVED"), ("S-400", "COMBAT_DUTY")]),
    # a determined consignment of the kind named before refers back to the system
    ("Rafale jets were handed over in June.\n\nThe first batch of jets arrived in India on Monday.",
     [("Rafale", "ARRIVED"), ("Rafale", "ARRIVED")]),
    ("The Abrams is a heavy tank built in Ohio.\n\nThe first batch of tanks was seen at a railway station in Lublin.",
     [("Abrams", "ARRIVED")]),
    ("Poland ordered Abrams tanks in 2022.\n\nThis shipment of main battle tanks reached Gdynia on Friday.",
     [("Abrams", "ARRIVED"), ("Abrams", "PLANNED")]),
    # a guard that met an attack, in the simple past, was used
    ("The Patriot battery defended the capital from a ballistic missile at dawn.", [("Patriot", "USED")]),
    ("IRIS-T systems protected the port against a drone attack overnight.", [("IRIS-T SLM", "USED")]),
    # a title-case headline's verb, read as a name between its actor and its object
    ("Norway Pulling NASAMS Batteries From Qatar\n\nThe batteries leave after three years.",
     [("NASAMS", "WITHDRAWN")]),
    ("Iran Deploys S-300 Batteries Around Fordow\n\nSatellite images show the launchers.", [("S-300", "DEPLOYED")]),
    ("Hungary Receives Three More Gripen Jets\n\nOn Tuesday a ceremony was held in Kecskemet.",
     [("Gripen", "ARRIVED")]),
    # a stop made at a named place on the way is a transit (the UAE named by its initials)
    ("Four Gripen jets left Sweden on Monday.\n\nThe jets made a refuelling stopover in the UAE.",
     [("Gripen", "IN_TRANSIT"), ("Gripen", "WITHDRAWN")]),
    ("The Gripen jets will make a stopover in Cyprus on the way.", [("Gripen", "PLANNED")]),
    # "the jets" after an escort named in a passive's agent takes up the escorted system
    ("The Rafale jets were escorted by two Su-30 jets over the border.\n\nCameras filmed the refuelling."
     "\n\nThe jets made a stopover in Cyprus.", [("Rafale", "IN_TRANSIT")]),
    # a preparation for operation readies a system present for its next stage
    ("Officials said the S-300 batteries had already been moved and were being prepared for operation.",
     [("S-300", "ARRIVED"), ("S-300", "PLANNED")]),
    # a system added to a moving clause's object by "in addition to" moves with it
    ("Egypt received Rafale jets from France in addition to the Mistral missiles.",
     [("Mistral", "ARRIVED"), ("Rafale", "ARRIVED")]),
    # what a sale or a contract includes is planned
    ("Congress cleared the arms sale to Kuwait.\n\nThe sale includes Patriot interceptors and NASAMS launchers.",
     [("NASAMS", "PLANNED"), ("Patriot", "PLANNED")]),
    ("The contract signed in Seoul included 48 K9 howitzers.", [("K9", "PLANNED")]),
]

NO_EVENT = [
    # a duty noun without a verb of taking it up, or a taking up denied or only possible
    "The S-400 crews did not take up duty on Tuesday.",
    "The crews of the S-400 regiment could take up duty in May if the radars arrive.",
    "Gunners of the S-400 regiment were off duty at the weekend.",
    # a consignment that is indefinite, or that holds something other than the kind named
    "The Abrams is a heavy tank built in Ohio.\n\nA batch of tanks was seen at a railway station in Lublin.",
    "The Abrams is a heavy tank built in Ohio.\n\nThe first batch of shells reached Gdynia on Friday.",
    # a guard's task, a capability, a question and a denial state no use
    "The Patriot battery defends the capital from ballistic missiles.",
    "The Patriot battery could protect the capital from ballistic missiles.",
    "Did the Patriot battery protect the capital from the drone attack?",
    "The Patriot battery did not defend the capital from the missile.",
    # people who guarded the system did not use it
    "Soldiers defended the Patriot battery from a drone attack.",
    # a title-case headline whose capitalised plural is a noun, a denial, a question
    "NASAMS Orders Backlog Grows At Kongsberg\n\nThe firm hires more staff.",
    "Iran Denies It Deploys S-300 Batteries\n\nThe ministry spoke on Monday.",
    "Is Iran Deploying S-300 Batteries Around Fordow?\n\nAnalysts are divided.",
    # the system beside the object, not the object ("talks on a purchase"), or a target struck
    "Turkey Hosts Talks On S-400 Purchase\n\nThe delegations meet in Ankara.",
    "Kremlin Targets HIMARS Supply Lines\n\nThe strikes went on all night.",
    # a stop denied, a stop made by people, a preparation only possible
    "The Gripen jets did not make a stopover in Cyprus.",
    "Reporters made a stopover in Cyprus to film the Gripen jets.",
    "The Rafale jets were escorted by two Su-30 jets over the border.\n\nThe jets might make a stopover in Cyprus.",
    "The S-300 batteries could be prepared for operation within a week.",
    # "in addition to" before a system with a status of its own, or before a quality
    "In addition to its long range, the Rafale is cheap to fly.",
    # a sale that could include a system, or that does not
    "The sale could include Patriot interceptors.",
    "The sale does not include Patriot interceptors.",
    # what the sale includes is something for the systems, not the systems
    "The sale includes training for Patriot crews.",
]
# fmt: on


@pytest.mark.parametrize("text,expected", SOME_EVENT)
def test_missed_status_is_read(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text", NO_EVENT)
def test_near_miss_states_no_status(nlp, text):
    assert statuses(nlp, text) == []
