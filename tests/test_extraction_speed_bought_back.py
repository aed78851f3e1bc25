"""The shortcuts of the round that bought extraction speed back find what the plain scans find.

Each test sets a fast path beside the loop over every token it replaces, on sentences
written for these tests (other names and places than the reports read elsewhere).
"""
from __future__ import annotations

import pytest
from spacy.attrs import LEMMA, LOWER

from claimledger.extract import events, incidents
from claimledger.extract.event_countries import DEMONYM_WORDS
from claimledger.extract.token_filters import column_ids, lemma_positions, lower_positions

from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

TEXTS = [
    "The navy test-fired a cruise missile on Tuesday; the trial launch ended over the sea.\n"
    "A second test of the Zircon followed, and the crews said they had installed two radars.",
    "Shipments due later this year will include:\n- two NASAMS launchers\n- one radar\n"
    "Estonian and Latvian troops watched as Finnish engineers unloaded them.",
    "Drones struck a fuel depot near Sumy overnight; air defences shot down eleven of them.\n"
    "The pilots said the jets had been moved to Rzeszow before the attack.",
    "",
]


@pytest.fixture(scope="module")
def docs(nlp):  # noqa: F811
    return [nlp(text) for text in TEXTS]


def test_column_ids_match_the_tokens(docs):
    for doc in docs:
        lemmas, lemma_set = column_ids(doc, LEMMA)
        lowers, lower_set = column_ids(doc, LOWER)
        assert list(lemmas) == [token.lemma for token in doc]
        assert list(lowers) == [token.lower for token in doc]
        assert lemma_set == set(lemmas) and lower_set == set(lowers)


def test_column_ids_read_again_after_a_lemma_changes(nlp):  # noqa: F811
    doc = nlp("The engineers mounted a radar near the harbour.")
    assert lemma_positions(doc, frozenset({"mount"})) == [2]
    before, _ = column_ids(doc, LEMMA)
    doc[2].lemma_ = "emplace"   # a later component repairing a lemma
    after, after_set = column_ids(doc, LEMMA)
    assert after != before and after[2] == doc.vocab.strings["emplace"] and after[2] in after_set
    assert lemma_positions(doc, frozenset({"emplace"})) == [2]
    assert lemma_positions(doc, frozenset({"mount"})) == []


def test_lower_positions_as_a_loop(docs):
    for doc in docs:
        assert lower_positions(doc, DEMONYM_WORDS) == [t.i for t in doc if t.lower_ in DEMONYM_WORDS]
        assert lower_positions(doc, events.COLON) == [t.i for t in doc if t.text == ":"]


@pytest.mark.parametrize("words", [events.TEST_NOUNS, events.REFERENT_NOUNS, events.TRIGGER_WORD_SET])
def test_repaired_lemma_positions_as_lemma_of(docs, words):
    for doc in docs:
        assert events.repaired_lemma_positions(doc, words) == [t.i for t in doc if events.lemma_of(t) in words]


def test_repaired_lemmas_hold_each_slip():
    slip, repaired = next(iter(events.LEMMA_REPAIRS.items()))
    read_as = events.model_lemmas_read_as(frozenset({repaired}))
    assert slip in read_as
    assert repaired in read_as or repaired in events.LEMMA_REPAIRS


def test_test_launch_candidates_cover_the_loop(docs):
    for doc in docs:
        asked = [t.i for t in doc if events.lemma_of(t) in events.TEST_NOUNS or t.lower_ == "test"]
        assert events.test_launch_candidates(doc) == asked
    assert events.names_a_test_launch(docs[0])
    assert not events.names_a_test_launch(docs[2])


def test_strike_tokens_from_candidates_as_from_every_token(docs):
    for doc in docs:
        candidates = lemma_positions(doc, incidents.strike_words())
        for sentence in doc.sents:
            assert incidents.strike_tokens(sentence, candidates) == incidents.strike_tokens(sentence)
    assert any(incidents.strike_tokens(sentence) for sentence in docs[2].sents)


def test_referent_positions_hold_every_noun_the_scan_may_take(docs):
    for doc in docs:
        context = events.DocContext(doc)
        assert context.referent_noun_positions == [
            t.i for t in doc if events.lemma_of(t) in events.PERSON_NOUNS | events.ANAPHOR_NOUNS]
