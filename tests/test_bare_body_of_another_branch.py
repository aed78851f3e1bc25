"""A bare "the ministry" or "the army" that no body of its own kind was named for does not take
up a body of the other branch of the state named before it: "..., the ministry said" after
"the Latvian air force" stays the ministry, while "the ministry" after "the Ministry of
Defence" is that ministry. Sentences written for these tests, through the whole pipeline."""
from claimledger.extract import build_pipeline, extract_documents
from claimledger.extract.speakers import is_other_kind_of_body
from claimledger.schema import Document
import pytest


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def speakers(nlp, text):
    extraction = next(extract_documents(nlp, [Document(id="d", text=text, dct="2025-03-03", lang="en")]))
    return [quote.speaker for quote in extraction.quotes]


def test_the_ministry_is_not_the_air_force_named_before(nlp):
    text = "Sweden has finished handing two Gripen jets to the Latvian air force, the ministry said."
    assert speakers(nlp, text) == ["the ministry"]


def test_the_ministry_takes_up_the_ministry(nlp):
    text = ("The Swedish Ministry of Defence said two Gripen jets were handed over. "
            "The ministry added that two more would follow in May.")
    assert speakers(nlp, text) == ["Swedish Ministry of Defence", "Swedish Ministry of Defence"]


def test_branches_of_the_state():
    assert is_other_kind_of_body("ministry", "the Ukrainian air force")
    assert is_other_kind_of_body("army", "Ministry of Defence")
    assert not is_other_kind_of_body("ministry", "Ministry of Defence")
    assert not is_other_kind_of_body("service", "the Ukrainian air force")   # a word of any body
    assert not is_other_kind_of_body("army", "the Latvian armed forces")
