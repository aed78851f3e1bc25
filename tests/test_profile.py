"""Sourcing profiles and filler detection on sentences written for these tests."""
import pytest

from claimledger.extract.link_records import add_link_records
from claimledger.extract.filler import filler_score, is_filler, is_framed_filler
from claimledger.link import Corpus, link_corpus
from claimledger.schema import Claim, Document, Extraction


@pytest.mark.parametrize("sentence", [
    "As uncertainty grows, the future of regional stability remains unclear.",
    "One thing is clear: the stakes have rarely been this high for everyone involved.",
    "All eyes are on what comes next as tensions continue to simmer.",
    "The implications of this move could prove far-reaching.",
])
def test_filler_detects_padding(sentence):
    assert is_filler(sentence)


@pytest.mark.parametrize("sentence", [
    "The convoy crossed the border at 04:00 with twelve launchers.",
    "Trucks carrying the launchers were filmed near the airfield on Tuesday morning.",
    "Engineers poured concrete pads for the launchers behind the depot fence.",
    "Yes.",
])
def test_filler_keeps_factual_sentences(sentence):
    assert not is_filler(sentence)


def test_filler_never_flags_an_anchored_sentence():
    assert not is_filler("As uncertainty grows, the future of regional stability remains unclear.", anchored=True)


def test_filler_framed_by_a_leading_clause_with_the_anchors():
    sentence = "As the Zircon convoy moves west, the world watches closely."
    assert is_framed_filler(sentence, [7])


@pytest.mark.parametrize("sentence,offsets", [
    ("As the Zircon convoy moves west, the world watches closely.", [7, 40]),   # anchor in main clause
    ("As the Zircon convoy moves west, troops closed the border road.", [7]),  # no stock phrase
    ("The Zircon convoy moves west, and the world watches closely.", [4]),     # no leading clause
])
def test_filler_not_framed(sentence, offsets):
    assert not is_framed_filler(sentence, offsets)


def test_filler_score_rises_with_stock_phrases():
    assert filler_score("Time will tell, and the world watches closely.") > filler_score("The world turns.")


@pytest.fixture(scope="module")
def profiles():
    text = ("The minister said the brigade moved. Analysts suggest it matters. "
            "It is a big step. As uncertainty grows, the future of regional stability remains unclear.")
    claims = [Claim(doc_id="p1", span=(0, 36), source_type="named_person", modality="reported"),
              Claim(doc_id="p1", span=(37, 66), source_type="vague", modality="hedged"),
              Claim(doc_id="p1", span=(67, 84), source_type="none", modality="asserted")]
    extraction = Extraction(document=Document(id="p1", text=text, dct="2026-01-01", outlet="Rewrite Hub"),
                            claims=claims)
    other = Extraction(document=Document(id="p2", text="The brigade moved.", dct="2026-01-02"))
    linked = link_corpus(Corpus(extractions=[add_link_records(extraction), add_link_records(other)],
                                sources={"p1": [{"outlet": "Rewrite Hub", "url": None, "dct": "2026-01-01"},
                                                {"outlet": "Mirror Site", "url": None, "dct": "2026-01-01"}]}))
    return linked.document_profiles, linked.outlet_profiles


def test_profile_shares_by_source_type(profiles):
    document = profiles[0][0].as_dict()
    assert (document["named"], document["vague"], document["unsourced"]) == (1, 1, 1)
    assert document["named_share"] == pytest.approx(0.333, abs=1e-3)


def test_profile_lists_filler_with_span(profiles):
    filler = profiles[0][0].filler
    assert [item["span"][0] for item in filler] == [84]


def test_profile_per_outlet_counts_every_carrier(profiles):
    outlets = {profile.key: profile for profile in profiles[1]}
    assert set(outlets) == {"Mirror Site", "Rewrite Hub", "(p2)"}
    assert outlets["Rewrite Hub"].claims == 3
