"""A measure in a "with" phrase the parser hangs on the verb ("the bombers can carry cruise
missiles with a 2,500 km range") is of the verb's object, named before the phrase: of the tracked system
the object names, and of no tracked system when it names none (not of the carrier that is the
clause's subject). Sentences written for these tests, through the whole extraction pipeline."""
import pytest

from claimledger.extract import build_pipeline, extract_documents
from claimledger.schema import Document


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def ranges(nlp, text):
    extraction = next(extract_documents(nlp, [Document(id="d", text=text, dct="2025-03-03", lang="en")]))
    return sorted((fact.subject, fact.value) for fact in extraction.subject_facts if fact.attribute.endswith(":range"))


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # an untracked object: the carrier's range is not told
    ("The Tu-95 bombers can carry cruise missiles with a range of 2,500 km.", []),
    # a tracked object: its own range
    ("The MiG-31 jets carry Kinzhal missiles with a range of 2,000 km.", [("Kinzhal", "2,000 km")]),
    # near misses: a relative clause and a copula keep the subject's range
    ("The Tu-95 bombers, which have a range of 15,000 km, took off.", [("Tu-95", "15,000 km")]),
    ("The Kinzhal is a missile with a range of 2,000 km.", [("Kinzhal", "2,000 km")]),
])
def test_the_measure_of_what_is_carried(nlp, text, expected):
    assert ranges(nlp, text) == expected
