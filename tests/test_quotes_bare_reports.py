"""Two clauses a reporting or evidence verb heads that hold no content: a bare report of a
source after a statement ("..., writes «Ukrainska Pravda»") and a verb whose subject is its
own object ("find themselves in a tight spot"); near misses keep their quotes."""
import pytest

from conftest import paragraph_quotes_pipeline


@pytest.fixture(scope="module")
def nlp():
    return paragraph_quotes_pipeline()


def quote_texts(nlp, text):
    doc = nlp(text)
    return [doc.text[q["span"][0]:q["span"][1]] for q in doc._.quotes]


@pytest.mark.parametrize("text", [
    "The system should be operational within two months. Foreign Minister Antonio Tajani stated "
    "this in an interview with Rai TV, writes «Ukrainska Pravda».",
    "The brigade received its first tanks. General Oleh Petrenko said this on Monday, reports «Ukrinform».",
])
def test_bare_report_of_a_source_is_no_content(nlp, text):
    assert not any("Pravda" in quote or "Ukrinform" in quote for quote in quote_texts(nlp, text))


def test_report_with_content_keeps_its_quote(nlp):
    text = "Tajani said on Monday that the batteries would be deployed in the east, writes «Ukrainska Pravda»."
    assert any(quote.startswith("the batteries would be deployed") for quote in quote_texts(nlp, text))


@pytest.mark.parametrize("text", [
    "After a long winter, the garrison troops now find themselves in a tight spot, "
    "holding off enemy units pushing in from the north.",
    "The air force found itself without spare parts for its MiG-29 jets.",
])
def test_subject_finding_itself_is_no_report(nlp, text):
    assert quote_texts(nlp, text) == []


def test_report_of_a_finding_itself_keeps_the_outer_quote(nlp):
    text = "The general said the army found itself short of shells in the spring."
    assert quote_texts(nlp, text) == ["the army found itself short of shells in the spring"]


def test_finding_with_a_content_clause_still_reports(nlp):
    text = "The Pentagon inspector general found that the HIMARS launchers had been used as agreed."
    assert quote_texts(nlp, text) == ["the HIMARS launchers had been used as agreed"]
