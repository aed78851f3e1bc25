"""The second pass at extraction speed: each shortcut finds what the plain way finds.

The trigger finders are tried only where their word tables let them fire, Doc.ents is kept
per Doc, sentence lines and brackets are looked for where the text holds them, and clipped
acronyms are read off the lexical flags. Each test sets a shortcut beside the plain way, on
sentences written for these tests.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Span

from claimledger.extract import events, quotes, speakers
from claimledger.extract.text_cache import doc_ents
from claimledger.extract.token_filters import capitals_word_positions, newline_positions

from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

GENDER_OF_SHE = speakers.PRONOUN_GENDER["she"]
TEXTS = [
    "The frigate Almirante Cochrane reached Peru on Monday after a refit.\n"
    "Two Gripen jets made a refuelling stop in Malta (on the way to Cyprus) and then flew on.",
    "The battalion was equipped with new Caesar howitzers last spring.\n\n"
    "Chile has been operating the F-16 since 2006, and Peru chose the K2 tank in March.",
    "Norway is the second foreign user of the NASAMS. The Leopard tanks left Gdynia by rail;\n"
    "the corvettes returned to Kiel, a spokesman for NORTHCOM said.",
    "A request for HIMARS launchers was sent to Washington. Romania signed a contract for 54\n"
    "Abrams tanks, which will be delivered by ship, and committed to a second batch.",
    "The Patriot batteries were spotted near Rzeszow (a town in the southeast) on Friday.\n"
    "Deliveries of the CV90 are expected to be delayed until 2028, the ministry said.",
]


@pytest.fixture(scope="module")
def docs(nlp):  # noqa: F811
    return [nlp(text) for text in TEXTS]


def trigger_keys(triggers):
    return [(trigger.status, trigger.anchor.i, tuple(head.i for head in trigger.argument_heads))
            for trigger in triggers]


def test_the_finder_index_gives_what_every_finder_gives(docs, monkeypatch):
    indexed = [trigger_keys(events.find_triggers(token)) for doc in docs for token in doc]
    monkeypatch.setattr(events, "finders_for", lambda lemma: (events.STATUS_FINDERS, events.PLAN_FINDERS))
    every = [trigger_keys(events.find_triggers(token)) for doc in docs for token in doc]
    assert indexed == every
    assert sum(bool(keys) for keys in every) >= 10   # the sentences do state statuses


def test_a_bounded_finder_fires_only_on_its_words(docs):
    fired = set()
    for finder, words in events.finder_words().items():
        for token in (token for doc in docs for token in doc):
            if finder(token) is not None:
                assert events.lemma_of(token) in words, (finder.__name__, token.text)
                fired.add(finder.__name__)
    assert len(fired) >= 8   # the sentences reach several bounded finders


def test_the_index_keeps_the_finders_order():
    for status_finders, plan_finders in events.finder_index().values():
        assert [events.STATUS_FINDERS.index(finder) for finder in status_finders] \
            == sorted(events.STATUS_FINDERS.index(finder) for finder in status_finders)
        assert [events.PLAN_FINDERS.index(finder) for finder in plan_finders] \
            == sorted(events.PLAN_FINDERS.index(finder) for finder in plan_finders)
    assert events.finders_for("unlisted-lemma") == events.finder_index()[None]


def test_doc_ents_as_doc_ents(docs):
    for doc in docs:
        kept = doc_ents(doc)
        assert [(ent.start, ent.end, ent.label_) for ent in kept] \
            == [(ent.start, ent.end, ent.label_) for ent in doc.ents]
        assert doc_ents(doc) is kept   # nothing changed: the same tuple


def test_doc_ents_read_again_after_the_entities_change(nlp):  # noqa: F811
    doc = nlp("Admiral Ines Larrain visited Punta Arenas with the NASAMS crews.")
    before = doc_ents(doc)
    doc.ents = [Span(doc, 5, 6, label="ORG")]
    after = doc_ents(doc)
    assert after is not before
    assert [(ent.start, ent.end, ent.label_) for ent in after] == [(5, 6, "ORG")]


def test_capitals_word_positions_as_a_loop(docs):
    for doc in docs:
        for length in (2, 5):
            assert capitals_word_positions(doc, length) == [
                token.i for token in doc if len(token.text) >= length and token.is_upper and token.is_alpha]


def test_newline_positions_as_a_loop(docs):
    for doc in docs:
        assert newline_positions(doc) == [token.i for token in doc if "\n" in token.text]


def plain_sentence_lines(sent):
    """The sentence's lines found by reading every token."""
    lines, start = [], sent.start
    for token in sent:
        if events.is_line_end(token):
            if token.i > start:
                lines.append((start, token.i))
            start = token.i + 1
    if start < sent.end:
        lines.append((start, sent.end))
    return lines


def test_sentence_lines_as_a_loop(docs):
    split = 0
    for doc in docs:
        for sent in doc.sents:
            lines = [(line.start, line.end) for line in events.sentence_lines(sent)]
            assert lines == plain_sentence_lines(sent)
            split += len(lines) > 1
    assert split   # some sentence runs over a line end


def plain_opening_bracket(token):
    for word in reversed(token.doc[token.sent.start:token.i]):
        if word.text == ")":
            return None
        if word.text == "(":
            return word.i
    return None


def test_opening_bracket_as_a_loop(docs):
    found = [events.opening_bracket(token) for doc in docs for token in doc]
    assert found == [plain_opening_bracket(token) for doc in docs for token in doc]
    assert any(index is not None for index in found)


def plain_clip_to_line(doc, start, end, anchor):
    for i in range(anchor.i - 1, start - 1, -1):
        if "\n" in doc[i].text and not quotes._wraps(doc, doc[i]):
            start = i + 1
            break
    for i in range(anchor.i + 1, end):
        if "\n" in doc[i].text and not quotes._wraps(doc, doc[i]):
            end = i
            break
    return start, end


def test_clip_to_line_as_a_loop(docs):
    clipped = 0
    for doc in docs:
        for anchor in doc:
            for start, end in ((0, len(doc)), (anchor.sent.start, anchor.sent.end), (anchor.i, anchor.i + 1)):
                found = quotes.clip_to_line(doc, start, end, anchor)
                assert found == plain_clip_to_line(doc, start, end, anchor)
                clipped += found != (start, end)
    assert clipped   # some ranges do run over a line end


def test_gender_read_from_pronouns_after_the_name(nlp):  # noqa: F811
    doc = nlp("Colonel Ayelen Quispe inspected the new radar near Arequipa.\n"
              "She told reporters the unit would be ready by June.\n\n"
              "The radar was built in Lima, where its makers said it was tested.")
    genders = speakers.SpeakerResolver(doc).genders
    assert [gender for name, gender in genders.items() if name.endswith("Quispe")] == [GENDER_OF_SHE]


def test_gender_not_read_from_a_pronoun_two_sentences_on(nlp):  # noqa: F811
    doc = nlp("Colonel Quilla Quispe inspected the new radar near Arequipa.\n"
              "The radar was built in Lima last year.\n"
              "She told reporters the unit would be ready by June.")
    genders = speakers.SpeakerResolver(doc).genders
    assert not [name for name in genders if name.endswith("Quispe")]
