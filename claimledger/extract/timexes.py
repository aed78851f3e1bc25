"""claimledger_timexes: temporal expressions, normalized to TIMEX3 against the publication date.

Rules (``timex_rules``) are regular expressions, each paired with a normalizer, run only in
windows of text around temporal words. Overlapping candidates are settled longest first; the survivors
are normalized in text order, so "the day before" can lean on the date mentioned last.
The tense of the governing verb (tagger and parser output) picks the year of "December 17"
and the week of "Friday". Without a publication date, values that need one stay
underspecified (``XXXX-12-17``, ``XXXX-XX-XX``); the machine's clock is never read.

Extents follow TimeML/TempEval-3: signals ("on", "since", "for", "in") are left out,
determiners and position words are kept ("The day before", "early December").

    >>> nlp.add_pipe("claimledger_timexes")
    >>> doc = nlp.make_doc("On Friday, officials said the launcher arrived on December 17.")
    >>> doc._.dct = "2025-12-19"
    >>> nlp(doc)._.timexes[0]
    {'span': [3, 9], 'type': 'DATE', 'value': '2025-12-19'}
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract import extensions  # noqa: F401  (registers Doc._.timexes, Doc._.dct)
from claimledger.timex_calendar import parse_dct, timex_value_to_range
from claimledger.extract.timex_rules import (CASED_TRIGGERS, DIGIT_TRIGGER, GATE_WORDS, NOT_TIMEX,
                                             RULES, TRIGGER_WORDS, WINDOW_AFTER, WINDOW_BEFORE,
                                             WORD, Context, Rule, gate_words)

__all__ = ["TimexTagger", "create_timexes", "find_timexes", "timex_value_to_range"]

DEFAULT_CONFIG = {"use_tense": True}


@dataclass
class Candidate:
    start: int
    end: int
    priority: int
    rule: Rule
    match: re.Match


def extent(match: re.Match) -> tuple[int, int]:
    if "tx" in match.re.groupindex and match["tx"] is not None:
        return match.span("tx")
    return match.span()


def trigger_windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around the words every timex contains, merged where they meet.

    The rules run only inside these windows: most of a report holds no temporal word, and
    scanning it with every rule would cost more than the rest of the component.
    """
    windows: list[tuple[int, int]] = []
    hits = [found.span() for found in WORD.finditer(text)
            if found.group() in CASED_TRIGGERS or found.group().lower() in TRIGGER_WORDS]
    hits += [found.span() for found in DIGIT_TRIGGER.finditer(text)]
    for start, end in sorted(hits):
        start, end = max(0, start - WINDOW_BEFORE), min(len(text), end + WINDOW_AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def find_candidates(text: str) -> list[Candidate]:
    """Every rule match, before overlaps are settled."""
    windows = trigger_windows(text)
    blocked = [found.span() for start, end in windows
               if holds_gate(NOT_TIMEX_GATE, text, start, end)
               for found in NOT_TIMEX.finditer(text, start, end)]
    candidates = []
    held_gates = [window_gates(text, start, end) for start, end in windows]
    for priority, (rule, needed) in enumerate(zip(RULES, RULE_GATE_MASKS)):
        for (window_start, window_end), held in zip(windows, held_gates):
            if needed & ~held:
                continue   # the window lacks a gate of the rule, so holds no match of it
            for match in rule.pattern.finditer(text, window_start, window_end):
                start, end = extent(match)
                if start == end or any(s < end and start < e for s, e in blocked):
                    continue
                candidates.append(Candidate(start, end, priority, rule, match))
    return candidates


# Every alternative of NOT_TIMEX holds one of these words (tests/test_speed_invariance.py).
NOT_TIMEX_GATE = re.compile("soon|time|recent|now", re.IGNORECASE)
# Every distinct gate of the rules, one bit each; a rule's mask holds the bits of its gates.
GATES = tuple(dict.fromkeys(gate for rule in RULES for gate in rule.gates))
RULE_GATE_MASKS = tuple(sum(1 << GATES.index(gate) for gate in set(rule.gates)) for rule in RULES)
WORDS_OF_GATE = {**GATE_WORDS, NOT_TIMEX_GATE: gate_words(NOT_TIMEX_GATE)}


def window_gates(text: str, start: int, end: int, gates: tuple[re.Pattern, ...] = GATES) -> int:
    """The gates the window ``text[start:end]`` holds, as a bit mask over ``gates``.

    An ASCII window is tested with substring look-ups on its text (lower-cased for gates
    that ignore case), which agree with the gate patterns on ASCII text; any other window
    is searched with the patterns themselves, whose case folding reaches beyond ASCII.
    """
    window = text[start:end]
    is_ascii = window.isascii()
    lower = window.lower() if is_ascii else window
    held = 0
    for bit, gate in enumerate(gates):
        words = WORDS_OF_GATE[gate]
        if words is None or not is_ascii:
            found = gate.search(text, start, end) is not None
        else:
            haystack = lower if gate.flags & re.IGNORECASE else window
            found = any(word in haystack for word in words)
        if found:
            held |= 1 << bit
    return held


def holds_gate(gate: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether the window ``text[start:end]`` holds one gate (as ``window_gates`` tests it)."""
    return bool(window_gates(text, start, end, (gate,)))


def select_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first (then rule order), dropping any candidate that overlaps a kept one."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if all(candidate.end <= other.start or other.end <= candidate.start for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def find_timexes(doc: Doc, dct: str | None, *, use_tense: bool = True) -> list[dict]:
    """The timexes of a Doc as plain dicts (span, type, value), sorted by start."""
    context = Context(doc, parse_dct(dct), use_tense=use_tense)
    # A first reading settles which candidates are timexes at all ("May" the modal is not),
    # so that a rejected long candidate does not hide a shorter valid one beneath it.
    valid = [candidate for candidate in find_candidates(context.text)
             if normalize_candidate(candidate, context) is not None]
    context.anchors.clear()
    results = []
    for candidate in select_candidates(valid):
        normalized = normalize_candidate(candidate, context)
        if normalized is None:
            continue
        timex_type, value = normalized
        results.append({"span": [candidate.start, candidate.end], "type": timex_type,
                        "value": value})
        if timex_type in ("DATE", "TIME"):
            context.remember(value, candidate.start)
    return results


def normalize_candidate(candidate: Candidate, context: Context):
    context.start, context.end = candidate.start, candidate.end
    return candidate.rule.normalize(candidate.match, context)


class TimexTagger:
    """Finds temporal expressions and sets ``doc._.timexes`` (TIMEX3, against ``doc._.dct``).

    Each timex is ``{"span": [start, end], "type": "DATE"|"TIME"|"DURATION"|"SET",
    "value": "..."}``, sorted by start.
    """

    def __init__(self, nlp: Language, name: str = "claimledger_timexes", *,
                 use_tense: bool = True):
        """
        Args:
            nlp (Language): the pipeline (unused; part of the factory signature).
            name (str): the component name.
            use_tense (bool): let the governing verb's tense pick the year of a month-day
                and the week of a weekday; off, the nearest one is taken.
        """
        self.name = name
        self.use_tense = use_tense

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = find_timexes(doc, doc._.dct, use_tense=self.use_tense)
        return doc


@Language.factory("claimledger_timexes", default_config=DEFAULT_CONFIG,
                  assigns=["doc._.timexes"], requires=["token.tag", "token.dep"])
def create_timexes(nlp: Language, name: str, use_tense: bool) -> TimexTagger:
    return TimexTagger(nlp, name, use_tense=use_tense)
