"""The model's attribute ruler (tag -> POS and morphology, lemma exceptions) read through
look-up tables instead of a token Matcher.

spaCy's ``AttributeRuler`` matches each of its ~180 patterns against every token, which costs
about as much as the parser. Almost all of its patterns test one token's tag and lower-case
form for equality, so they are answered by dictionary look-ups; the few others (a regex, a
dependency label, two tokens) are checked where their first token's plain test holds, and
what none of that can read stays with a Matcher. Matches are applied in the ruler's
own order (pattern by pattern, later patterns winning), so every token gets the same
attributes as from the model's component: ``tests/test_attributes.py`` compares the two.
"""
from __future__ import annotations

import re
from collections import defaultdict
from itertools import product
from typing import Callable, Iterator

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.strings import StringStore, get_string_id
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.tokens._retokenize import normalize_token_attrs, set_token_attrs
from spacy.vocab import Vocab

COMPONENT = "claimledger_attributes"
MODEL_COMPONENT = "attribute_ruler"
TABLE_KEYS = ("LOWER", "TAG")   # token attributes the look-up tables answer
MAX_COMBINED = 200_000          # (form, tag) pairs whose merged attributes are kept


def plain_values(value) -> tuple | None:
    """The values an equality test or an "IN" list accepts; None for any other test."""
    if isinstance(value, (str, bool)):
        return (value,)
    if isinstance(value, dict) and set(value) == {"IN"}:
        return tuple(value["IN"])
    return None


def table_choices(token_pattern: dict) -> list[tuple[str | None, str | None]] | None:
    """The (lower, tag) pairs a one-token pattern matches, None for a tag or form left open;
    None when the pattern tests something the tables cannot answer (a regex, a dependency)."""
    if not token_pattern or set(token_pattern) - set(TABLE_KEYS):
        return None
    choices = []
    for key in TABLE_KEYS:
        values = (None,) if key not in token_pattern else plain_values(token_pattern[key])
        if values is None or not all(value is None or isinstance(value, str) for value in values):
            return None
        choices.append(values)
    return list(product(*choices))


# token attributes a sequence pattern may test, as the Matcher reads them
TOKEN_VALUES = {"LOWER": lambda token: token.lower_, "TAG": lambda token: token.tag_,
                "DEP": lambda token: token.dep_, "IS_SPACE": lambda token: token.is_space}
INDEX_KEYS = ("LOWER", "DEP", "TAG", "IS_SPACE")   # the first token's test to look a pattern up by
ARRAY_ATTRS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}   # the same, as Doc.to_array reads them


def value_id(value: str | bool) -> int:
    """A test's value as Doc.to_array gives it: a string's id, a flag as 0 or 1."""
    return int(value) if isinstance(value, bool) else get_string_id(value)


def value_test(value) -> Callable | None:
    """A predicate for one attribute's value as the Matcher reads it; None for what it cannot say."""
    if isinstance(value, (str, bool)):
        return lambda seen: seen == value
    if isinstance(value, dict) and len(value) == 1:
        (operator, argument), = value.items()
        if operator == "IN":
            choices = frozenset(argument)
            return lambda seen: seen in choices
        if operator == "NOT_IN":
            choices = frozenset(argument)
            return lambda seen: seen not in choices
        if operator == "REGEX":
            regex = re.compile(argument)
            return lambda seen: regex.search(seen) is not None
    return None


def index_values(token_pattern: dict) -> tuple[str, tuple] | None:
    """The attribute and values a sequence is looked up by: its first token's plain test."""
    for key in INDEX_KEYS:
        values = plain_values(token_pattern.get(key))
        if values is not None:
            return key, values
    return None


def compile_sequence(token_patterns: list[dict]) -> list[list[tuple[Callable, Callable]]] | None:
    """Per token, (attribute reader, value test) pairs; None for a pattern with anything else
    (an operator, another attribute), which the Matcher keeps."""
    compiled = []
    for token_pattern in token_patterns:
        tests = []
        for key, value in token_pattern.items():
            test = value_test(value)
            if key not in TOKEN_VALUES or test is None:
                return None
            tests.append((TOKEN_VALUES[key], test))
        compiled.append(tests)
    return compiled


class IndexedAttributeRuler:
    """Applies an attribute ruler's patterns: one-token form and tag tests by look-up, short
    sequences by their first token's plain test, anything else with a Matcher."""

    def __init__(self, vocab: Vocab, patterns: list[dict]):
        self.vocab = vocab
        self.attrs: list[dict] = []        # per pattern id, as set_token_attrs takes them
        self.by_lower_tag: dict[tuple[str | None, str | None], list[int]] = defaultdict(list)
        self.sequences: dict[tuple[str, object], list[tuple[int, list]]] = defaultdict(list)
        self.matcher = Matcher(vocab, validate=True)
        # the lower-case forms a Matcher pattern's first token may have, as tests; None once
        # a pattern opens with a test of anything else (then the Matcher runs on every Doc)
        self.matcher_openings: list[Callable] | None = []
        self.opens_a_match: dict[int, bool] = {}
        for pattern_id, entry in enumerate(patterns):
            self.attrs.append((normalize_token_attrs(vocab, entry["attrs"]), entry.get("index", 0)))
            for token_patterns in entry["patterns"]:
                keys = table_choices(token_patterns[0]) if len(token_patterns) == 1 else None
                if keys is not None:
                    for key in keys:
                        self.by_lower_tag[key].append(pattern_id)
                    continue
                compiled = compile_sequence(token_patterns)
                looked_up = index_values(token_patterns[0]) if compiled and token_patterns else None
                if looked_up is None:
                    self.matcher.add(str(pattern_id), [token_patterns])
                    self._add_matcher_opening(token_patterns)
                    continue
                attribute, values = looked_up
                for value in values:
                    self.sequences[(attribute, value)].append((pattern_id, compiled))
        self.by_lower_tag = dict(self.by_lower_tag)
        self.sequences = dict(self.sequences)
        self.sequence_keys = tuple(sorted({attribute for attribute, _ in self.sequences}))
        # the same, looked up by the value's id in the Doc's arrays (a string's hash, a flag's 0 or 1)
        self.sequence_ids = {(attribute, value_id(value)): entries
                             for (attribute, value), entries in self.sequences.items()}
        self.sequence_first_values = {key: frozenset(value for attribute, value in self.sequence_ids if attribute == key)
                                      for key in self.sequence_keys}
        self.combined: dict[tuple[int, int], tuple[tuple[int, ...], dict]] = {}

    def _add_matcher_opening(self, token_patterns: list[dict]) -> None:
        first = token_patterns[0] if token_patterns else {}
        test = value_test(first.get("LOWER")) if set(first) == {"LOWER"} else None
        if test is None or self.matcher_openings is None:
            self.matcher_openings = None
        else:
            self.matcher_openings.append(test)

    def may_hold_matcher_patterns(self, lower_ids: list[int]) -> bool:
        """Whether a Doc with these lower-case forms (string ids) may hold a match of the
        Matcher's patterns: most Docs have no form any of them opens with, and a set of the
        Doc's forms is tested far faster than the Matcher runs."""
        if self.matcher_openings is None:
            return True
        strings, known = self.vocab.strings, self.opens_a_match
        for lower_id in set(lower_ids):
            opens = known.get(lower_id)
            if opens is None:
                lower = strings[lower_id]
                opens = any(test(lower) for test in self.matcher_openings)
                if len(known) < MAX_COMBINED:
                    known[lower_id] = opens
            if opens:
                return True
        return False

    def sequence_matches(self, doc: Doc) -> Iterator[tuple[int, int, int]]:
        """(pattern id, start, end) of every sequence pattern that holds in the doc; a pattern is
        looked up by its first token's value, read off the Doc's arrays."""
        length = len(doc)
        if not length or not self.sequence_keys:
            return
        columns = doc.to_array([ARRAY_ATTRS[key] for key in self.sequence_keys]).reshape(length, -1).T.tolist()
        for i, attribute, value in self.sequence_starts(columns):
            for pattern_id, compiled in self.sequence_ids[(attribute, value)]:
                end = i + len(compiled)
                if end <= length and all(test(read(doc[i + offset]))
                                         for offset, tests in enumerate(compiled) for read, test in tests):
                    yield pattern_id, i, end

    def sequence_starts(self, columns: list[list[int]]) -> list[tuple[int, str, int]]:
        """(token, attribute, value id) of each token whose value of an attribute (one column
        per ``sequence_keys``) starts a sequence pattern, in token then attribute order; an
        attribute none of whose values in the Doc starts one costs a set test, not a loop."""
        starts = []
        for column_number, (attribute, column) in enumerate(zip(self.sequence_keys, columns)):
            first_values = self.sequence_first_values[attribute]
            if not first_values.isdisjoint(column):
                starts += [(i, column_number, value) for i, value in enumerate(column) if value in first_values]
        return [(i, self.sequence_keys[column_number], value) for i, column_number, value in sorted(starts)]

    def table_attrs(self, strings: StringStore, lower_id: int, tag_id: int) -> tuple[tuple[int, ...], dict]:
        """The table patterns a token of this form and tag (their string ids) matches, in order,
        and the attributes they set together (applied one after another, later patterns winning)."""
        key = (lower_id, tag_id)
        found = self.combined.get(key)
        if found is None:
            lower, tag = strings[lower_id], strings[tag_id]
            table = self.by_lower_tag
            pattern_ids = tuple(sorted({*table.get((lower, tag), ()), *table.get((lower, None), ()), *table.get((None, tag), ())}))
            merged: dict = {}
            for pattern_id in pattern_ids:
                merged.update(self.attrs[pattern_id][0])
            found = (pattern_ids, merged)
            if len(self.combined) < MAX_COMBINED:
                self.combined[key] = found
        return found

    def __call__(self, doc: Doc) -> Doc:
        matched: dict[int, list[tuple[int, int, int]]] = {}   # token -> (pattern id, start, end)
        rows = doc.to_array([LOWER, TAG]).tolist() if len(doc) else []
        found = list(self.sequence_matches(doc))
        if len(self.matcher) and self.may_hold_matcher_patterns([lower_id for lower_id, _ in rows]):
            found += [(int(self.vocab.strings[match_id]), start, end)
                      for match_id, start, end in self.matcher(doc, allow_missing=True)]
        for pattern_id, start, end in found:
            target = Span(doc, start, end)[self.attrs[pattern_id][1]].i
            matched.setdefault(target, []).append((pattern_id, start, end))
        strings = self.vocab.strings
        for position, (lower_id, tag_id) in enumerate(rows):
            pattern_ids, merged = self.table_attrs(strings, lower_id, tag_id)
            token = doc[position]
            others = matched.get(position)
            if not others:
                if merged:
                    set_token_attrs(token, merged)
                continue
            # the ruler's order: pattern by pattern, then by the match's start
            for pattern_id, _start, _end in sorted({(i, token.i, token.i + 1) for i in pattern_ids} | set(others)):
                set_token_attrs(token, self.attrs[pattern_id][0])
        return doc


@Language.factory(COMPONENT, default_config={"patterns": []})
def create_indexed_attribute_ruler(nlp: Language, name: str, patterns: list) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, patterns)


def index_attribute_ruler(nlp: Language) -> Language:
    """Replace the model's attribute ruler by the indexed one, with the same patterns."""
    if MODEL_COMPONENT in nlp.pipe_names:
        patterns = nlp.get_pipe(MODEL_COMPONENT).patterns
        nlp.replace_pipe(MODEL_COMPONENT, COMPONENT, config={"patterns": patterns})
        nlp.rename_pipe(MODEL_COMPONENT, COMPONENT)
    return nlp
