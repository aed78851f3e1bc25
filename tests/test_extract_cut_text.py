"""Text cut off mid-sentence, as pooled or scraped copy often is, is read without an error: the
rest of the document keeps its facts (one broken clause never loses a whole document)."""
import pytest

from claimledger.extract import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.parametrize("cut", [
    "Several diplomats admit that Ms.",
    "Some officials concede that Mr.",
    "The ministry said that",
    "According to",
    "“We will",
])
def test_a_clause_cut_before_its_content_loses_nothing_after_it(nlp, cut):
    doc = nlp(f"{cut}\n\nThe Patriot battery arrived in Poland on Monday, the ministry said.")
    assert ("Patriot", "ARRIVED") in {(event["subject"], event["status"]) for event in doc._.events}
