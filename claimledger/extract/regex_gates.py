"""Gates derived from a regular expression: literals that every one of its matches needs.

A gate is a cheap necessary condition: "every match contains one of these words" (or a
digit). Text without the gate cannot hold a match, so the expensive pattern need not run
there. Gates are read from the pattern's own parse tree, never kept by hand, so a rule
that changes its words changes its gate with it.

    >>> gates_of(re.compile(r"(?P<q>\\d+)\\s+(?:days?|weeks?)\\s+ago\\b", re.IGNORECASE))
    (Gate(words=('ago',), folded=True, digit=False), Gate(words=('day', 'week'), folded=True, digit=False))

Positive look-aheads count (inside a window, what they read lies in the window); look-behinds
do not (they may read text before the window).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from re import _constants as sre     # the parse-tree opcodes of the standard library's engine
from re import _parser as sre_parse

# Beyond this many alternatives a finite set of strings stops being tracked.
MAX_STRINGS = 64
# How many gates a pattern keeps: each costs a look-up per window.
MAX_GATES = 2
# Character classes up to this size are expanded into their characters.
MAX_CLASS_SIZE = 12
# A gate beyond the first needs words at least this long (or to be a digit alone).
MIN_WORD_LENGTH = 2
DIGIT_PATTERN = re.compile(r"\d")
NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Lower-cased copies of the texts scanned last, so the gates of several patterns share one.
LOWERED_TEXTS = 8


@dataclass(frozen=True)
class Gate:
    """Every match contains one of ``words`` (lower-cased when ``folded``), or a digit when
    ``digit``: a necessary condition for the pattern it came from."""

    words: tuple[str, ...]
    folded: bool = False
    digit: bool = False
    pattern: re.Pattern = field(default=None, compare=False, repr=False)

    def held_by(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether ``text[start:end]`` meets the condition (the regex form, any text)."""
        end = len(text) if end is None else end
        return self.pattern.search(text, start, end) is not None

    @functools.cached_property
    def folds_like_ascii(self) -> bool:
        """Whether ``held_by_ascii`` agrees with ``held_by`` on any window that folds like
        ASCII: a gate that ignores case has its words lower-cased, and none of them holds a
        letter that IGNORECASE matches to an ASCII one ("ſ", "K"). A word in another script
        ("сбит") can be held by no such window, and the substring test says so too."""
        return not self.folded or all(word == word.lower() and not any(map(folds_into_ascii, word))
                                      for word in self.words)

    def held_by_ascii(self, window: str, lowered: str) -> bool:
        """The same test by substring look-ups, for a window that folds like ASCII
        (``folds_like_ascii``); ``lowered`` is ``window.lower()``. There both tests agree
        (tests/test_speed_invariance.py)."""
        haystack = lowered if self.folded else window
        for word in self.words:   # a plain loop: this runs for every gate of every window
            if word in haystack:
                return True
        return self.digit and DIGIT_PATTERN.search(window) is not None


def folds_into_ascii(char: str) -> bool:
    """Whether a character beyond ASCII has an ASCII letter among its case forms ("ſ", "ı",
    "İ", the Kelvin sign): IGNORECASE may match it to that letter."""
    return not char.isascii() and any(form.isascii() for form in char.lower() + char.upper())


def folds_like_ascii(text: str) -> bool:
    """Whether matching ``text`` case-insensitively is matching ``text.lower()`` exactly: the
    text is ASCII, or its other characters have no case (curly quotes, dashes, a degree sign).
    A cased one may match an ASCII letter under IGNORECASE ("ſ" an "s", "İ" an "i") or change
    length when lower-cased, so a substring look-up could miss what the pattern finds."""
    if text.isascii():
        return True
    others = "".join(NON_ASCII.findall(text))
    return others.lower() == others == others.upper()


@functools.cache
def text_gates(pattern: re.Pattern) -> tuple[Gate, ...]:
    """The gates of a pattern scanned over whole texts; none when a word of them does not fold
    like ASCII (the substring test could miss it)."""
    gates = gates_of(pattern)
    return gates if all(gate.folds_like_ascii for gate in gates) else ()


@functools.lru_cache(maxsize=LOWERED_TEXTS)
def lowered_text(text: str) -> str | None:
    """``text.lower()`` when the text folds like ASCII, else None."""
    return text.lower() if folds_like_ascii(text) else None


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when ``text`` lacks a gate of ``pattern``, so holds no match of it."""
    gates = text_gates(pattern)
    if not gates:
        return True
    lowered = lowered_text(text)
    return lowered is None or all(gate.held_by_ascii(text, lowered) for gate in gates)


def gated_finditer(pattern: re.Pattern, text: str):
    """``pattern.finditer(text)``, skipped on a text that lacks a word every match needs: most
    reports hold none of a rare cue's words, and the gate look-ups cost far less than the scan."""
    return pattern.finditer(text) if may_match(pattern, text) else iter(())


def make_gate(words, *, folded: bool, digit: bool) -> Gate:
    words = tuple(sorted(set(words)))
    alternatives = [re.escape(word) for word in sorted(words, key=len, reverse=True)]
    if digit:
        alternatives.append(r"\d")
    pattern = re.compile("|".join(alternatives), re.IGNORECASE if folded else 0)
    return Gate(words, folded, digit, pattern)


@dataclass(frozen=True)
class Strings:
    """A finite set of strings a piece of pattern matches exactly."""

    values: frozenset[str]
    folded: bool


@dataclass
class Info:
    """What a piece of pattern guarantees: its exact strings (when few), and necessary
    conditions as (words, folded, digit) triples."""

    exact: Strings | None = None
    conditions: list[tuple[frozenset[str], bool, bool]] = field(default_factory=list)


EMPTY = Strings(frozenset({""}), False)


def fold(strings: Strings) -> frozenset[str]:
    return frozenset(value.lower() for value in strings.values)


def product(left: Strings, right: Strings) -> Strings | None:
    """Every concatenation of a string of ``left`` with one of ``right``; None when too many."""
    if len(left.values) * len(right.values) > MAX_STRINGS:
        return None
    folded = left.folded or right.folded
    lefts = fold(left) if folded else left.values
    rights = fold(right) if folded else right.values
    return Strings(frozenset(a + b for a in lefts for b in rights), folded)


def union(parts: list[Strings]) -> Strings | None:
    folded = any(part.folded for part in parts)
    values = frozenset().union(*(fold(part) if folded else part.values for part in parts))
    return Strings(values, folded) if len(values) <= MAX_STRINGS else None


def shortest_words(words) -> frozenset[str]:
    """The words that hold no other word of the set: a longer one adds nothing to "one of
    them occurs"."""
    return frozenset(word for word in words
                     if not any(other != word and other in word for other in words))


def condition_of(strings: Strings):
    """The strings as a necessary condition: one of them occurs. None when one is empty."""
    if "" in strings.values:
        return None
    return shortest_words(strings.values), strings.folded, False


def implies(stronger, weaker) -> bool:
    """Whether meeting ``stronger`` always meets ``weaker`` (each of its words holds one of
    the weaker words), so that testing both gains nothing."""
    words, folded, digit = stronger
    weak_words, weak_folded, weak_digit = weaker
    if (folded and not weak_folded) or (digit and not weak_digit):
        return False
    return all(any(weak in (word.lower() if weak_folded else word) for weak in weak_words)
               for word in words)


def strength(condition) -> tuple[int, int]:
    """How selective a condition is: longer shortest word first, then fewer words."""
    words, _, digit = condition
    shortest = min([len(word) for word in words] + ([1] if digit else []))
    return shortest, -(len(words) + digit)


def analyse_sequence(items, folded: bool) -> Info:
    conditions = []
    run: Strings | None = EMPTY
    broken = False

    def flush():
        if run is not None:
            condition = condition_of(run)
            if condition is not None:
                conditions.append(condition)

    for op, argument in items:
        info = analyse_node(op, argument, folded)
        conditions.extend(info.conditions)
        joined = product(run, info.exact) if info.exact is not None and run is not None else None
        if joined is not None:
            run = joined
            continue
        broken = True
        flush()
        run = info.exact if info.exact is not None else EMPTY
    flush()
    return Info(None if broken else run, conditions)


def class_strings(items, folded: bool) -> Info:
    """A character class: its characters when few, else a digit condition for ``\\d``."""
    chars = []
    for op, argument in items:
        if op is sre.LITERAL:
            chars.append(chr(argument))
        elif op is sre.RANGE and argument[1] - argument[0] < MAX_CLASS_SIZE:
            chars.extend(chr(code) for code in range(argument[0], argument[1] + 1))
        elif op is sre.CATEGORY and argument is sre.CATEGORY_DIGIT and len(items) == 1:
            return Info(None, [(frozenset(), False, True)])
        else:
            return Info()
    if not chars or len(chars) > MAX_CLASS_SIZE:
        return Info()
    return Info(Strings(frozenset(chars), folded))


def analyse_repeat(low: int, high: int, item, folded: bool) -> Info:
    inner = analyse_sequence(item, folded)
    if low == 0:
        if high == 1 and inner.exact is not None:
            return Info(union([EMPTY, inner.exact]))
        return Info()
    conditions = list(inner.conditions)
    if inner.exact is not None:
        condition = condition_of(inner.exact)
        if condition is not None:
            conditions.append(condition)
    exact = inner.exact
    if exact is not None and low == high and low <= 3:
        for _ in range(low - 1):
            exact = product(exact, inner.exact) if exact is not None else None
        return Info(exact, conditions)
    return Info(None, conditions)


def analyse_branches(branches, folded: bool) -> Info:
    infos = [analyse_sequence(branch, folded) for branch in branches]
    exacts = [info.exact for info in infos]
    exact = union(exacts) if all(item is not None for item in exacts) else None
    # One of the branches matched: the union of each branch's best condition is necessary.
    words, any_folded, digit = set(), False, False
    for info in infos:
        candidates = list(info.conditions)
        if info.exact is not None and condition_of(info.exact) is not None:
            candidates.append(condition_of(info.exact))
        if not candidates:
            return Info(exact)
        best_words, best_folded, best_digit = max(candidates, key=strength)
        words |= best_words
        any_folded |= best_folded
        digit |= best_digit
    if any_folded:
        words = {word.lower() for word in words}
    condition = (shortest_words(words), any_folded, digit)
    return Info(exact, [condition])


def analyse_node(op, argument, folded: bool) -> Info:
    if op is sre.LITERAL:
        char = chr(argument)
        return Info(Strings(frozenset({char.lower() if folded else char}), folded))
    if op is sre.IN:
        return class_strings(argument, folded)
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, item = argument
        if add_flags & sre.SRE_FLAG_IGNORECASE:
            folded = True
        if del_flags & sre.SRE_FLAG_IGNORECASE:
            folded = False
        return analyse_sequence(item, folded)
    if op is sre.ATOMIC_GROUP:
        return analyse_sequence(argument, folded)
    if op is sre.BRANCH:
        return analyse_branches(argument[1], folded)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, item = argument
        return analyse_repeat(low, high, item, folded)
    if op is sre.AT or op is sre.ASSERT_NOT:
        return Info(EMPTY)         # zero width: the text on both sides stays adjacent
    if op is sre.ASSERT:
        direction, item = argument
        if direction < 0:
            return Info(EMPTY)     # a look-behind may read before the window
        return Info(None, analyse_sequence(item, folded).conditions)
    if op is sre.GROUPREF_EXISTS:
        _, yes, no = argument
        return analyse_branches([yes, no if no is not None else []], folded)
    return Info()                  # any character, a back-reference: nothing known


def gates_of(pattern: re.Pattern, *, limit: int = MAX_GATES) -> tuple[Gate, ...]:
    """The strongest necessary conditions of ``pattern`` (at most ``limit``), as Gates."""
    folded = bool(pattern.flags & re.IGNORECASE)
    info = analyse_sequence(sre_parse.parse(pattern.pattern, pattern.flags), folded)
    conditions = list(info.conditions)
    if info.exact is not None and condition_of(info.exact) is not None:
        conditions.append(condition_of(info.exact))
    unique = {}
    for words, is_folded, digit in conditions:
        if words or digit:
            unique.setdefault((words, is_folded, digit), None)
    best = []
    for condition in sorted(unique, key=strength, reverse=True):
        if best and strength(condition)[0] < MIN_WORD_LENGTH and not condition[0] == frozenset():
            continue   # one-letter words hit nearly every window: not worth a look-up
        if len(best) < limit and not any(implies(kept, condition) for kept in best):
            best.append(condition)
    return tuple(make_gate(words, folded=is_folded, digit=digit) for words, is_folded, digit in best)
