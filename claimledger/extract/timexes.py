"""claimledger_timexes: temporal expressions, normalized to TIMEX3 against the publication date.

Rules (``timex_rules``; for a Russian or Ukrainian Doc ``timex_rules_ru_uk``, picked by
``doc.lang_``) are regular expressions, each paired with a normalizer and its own examples,
run only in windows of text around temporal words, and only where a window holds the gates
derived from the rule's pattern (``regex_gates``). Overlapping candidates are
settled longest first; the survivors are normalized in text order, so "the day before" can
lean on the date mentioned last. The tense of the governing verb (tagger and parser output)
picks the year of "December 17" and the week of "Friday". A byline's date and clock time
are one TIME. Without a publication date, the date of the text's own dateline or byline
stands in; without either, values that need one stay underspecified (``XXXX-12-17``,
``XXXX-XX-XX``); the machine's clock is never read.

Extents follow TimeML/TempEval-3: signals ("on", "since", "for", "in") are left out,
determiners and position words are kept ("The day before", "early December").

    >>> nlp.add_pipe("claimledger_timexes")
    >>> doc = nlp.make_doc("On Friday, officials said the launcher arrived on December 17.")
    >>> doc._.dct = "2025-12-19"
    >>> nlp(doc)._.timexes[0]
    {'span': [3, 9], 'type': 'DATE', 'value': '2025-12-19'}
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract import extensions  # noqa: F401  (registers Doc._.timexes, Doc._.dct)
from claimledger.extract.text_cache import doc_text
from claimledger.timex_calendar import parse_dct, timex_value_to_range
from claimledger.extract.regex_gates import Gate, folds_like_ascii, gates_of
from claimledger.extract.timex_lexicon import PARTS_OF_DAY, WEEKDAYS
from claimledger.extract.timex_rules import (CASED_TRIGGERS, DIGIT_TRIGGER, NOT_TIMEX,
                                             RULES, TRIGGER_WORDS, WINDOW_AFTER,
                                             WINDOW_BEFORE, WORD, Context, Rule, inside_quotation)
from claimledger.extract import timex_rules_ru_uk
from claimledger.lexicon import lexicon

__all__ = ["TimexTagger", "create_timexes", "create_timexes_ru", "create_timexes_uk",
           "find_timexes", "timex_value_to_range"]

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


def english_triggers(text: str) -> list[tuple[int, int]]:
    """Where the English words and digit shapes that every English timex holds occur."""
    hits = [found.span() for found in WORD.finditer(text)
            if found.group() in CASED_TRIGGERS or found.group().lower() in TRIGGER_WORDS]
    hits += [found.span() for found in DIGIT_TRIGGER.finditer(text)]
    return hits


@dataclass(frozen=True)
class RuleSet:
    """One language's rules and what the engine derives from them: the gates, each rule's
    gate mask, where windows open, what is never a timex, and how tense is read."""

    rules: tuple[Rule, ...]
    find_triggers: Callable[[str], list[tuple[int, int]]]
    not_timex: re.Pattern
    window_before: int = WINDOW_BEFORE
    window_after: int = WINDOW_AFTER
    # (context, span) -> Direction; None: the English tagger- and parser-based reading
    tense: Callable | None = None

    @functools.cached_property
    def gates(self) -> tuple[Gate, ...]:
        """Every distinct gate of the rules, one bit each."""
        return tuple(dict.fromkeys(gate for rule in self.rules for gate in rule.gates))

    @functools.cached_property
    def gate_masks(self) -> tuple[int, ...]:
        """For each rule, the bits of its gates."""
        return tuple(sum(1 << self.gates.index(gate) for gate in set(rule.gates))
                     for rule in self.rules)

    @functools.cached_property
    def not_timex_gates(self) -> tuple[Gate, ...]:
        return gates_of(self.not_timex)


def trigger_windows(text: str, rule_set: RuleSet | None = None) -> list[tuple[int, int]]:
    """Stretches of text around the words every timex contains, merged where they meet.

    The rules run only inside these windows: most of a report holds no temporal word, and
    scanning it with every rule would cost more than the rest of the component.
    """
    rule_set = rule_set or ENGLISH
    windows: list[tuple[int, int]] = []
    before, after = rule_set.window_before, rule_set.window_after
    for start, end in sorted(rule_set.find_triggers(text)):
        start, end = max(0, start - before), min(len(text), end + after)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def find_candidates(text: str, *, use_gates: bool = True, use_windows: bool = True,
                    rule_set: RuleSet | None = None) -> list[Candidate]:
    """Every rule match, before overlaps are settled.

    ``use_windows`` scans only the trigger windows, ``use_gates`` skips a window that lacks a
    rule's gates; both only save time, and the output is the same without them.
    ``rule_set`` is the language's (default: English).
    """
    rule_set = rule_set or ENGLISH
    windows = trigger_windows(text, rule_set) if use_windows else [(0, len(text))]
    blocked = [found.span() for start, end in windows
               if not use_gates or holds_gates(rule_set.not_timex_gates, text, start, end)
               for found in rule_set.not_timex.finditer(text, start, end)]
    candidates = []
    held_gates = [window_gates(text, start, end, rule_set.gates) if use_gates else -1
                  for start, end in windows]
    for priority, (rule, needed) in enumerate(zip(rule_set.rules, rule_set.gate_masks)):
        for (window_start, window_end), held in zip(windows, held_gates):
            if needed & ~held:
                continue   # the window lacks a gate of the rule, so holds no match of it
            for match in rule.pattern.finditer(text, window_start, window_end):
                start, end = extent(match)
                if start == end or any(s < end and start < e for s, e in blocked):
                    continue
                candidates.append(Candidate(start, end, priority, rule, match))
    return candidates


ENGLISH = RuleSet(RULES, english_triggers, NOT_TIMEX)
# Every distinct gate of the English rules, one bit each; a rule's mask holds the bits of its gates.
GATES = ENGLISH.gates
RULE_GATE_MASKS = ENGLISH.gate_masks


@functools.cache
def rule_set_for(lang: str) -> RuleSet:
    """The rules for a Doc's language: Russian and Ukrainian have their own word tables
    (``timex_rules_ru_uk``); any other language is read with the English rules."""
    if lang not in timex_rules_ru_uk.LANGUAGES:
        return ENGLISH
    words = timex_rules_ru_uk.words_for(lang)
    return RuleSet(timex_rules_ru_uk.rules_for(lang), words.trigger_spans, words.not_timex,
                   window_before=timex_rules_ru_uk.WINDOW, window_after=timex_rules_ru_uk.WINDOW,
                   tense=timex_rules_ru_uk.tense_for(lang))


def window_gates(text: str, start: int, end: int, gates: tuple[Gate, ...] = GATES) -> int:
    """The gates the window ``text[start:end]`` holds, as a bit mask over ``gates``.

    A window that folds like ASCII (ASCII, or with caseless others such as curly quotes) is
    tested with substring look-ups on its text (lower-cased for gates that ignore case),
    which agree with the gate patterns there; any other window is searched with the
    patterns themselves, whose case folding reaches beyond ASCII.
    """
    window = text[start:end]
    is_ascii = window.isascii()
    plain = is_ascii or folds_like_ascii(window)
    lowered = window.lower() if plain else window
    held = 0
    for bit, gate in enumerate(gates):
        if plain and (is_ascii or gate.folds_like_ascii):
            found = gate.held_by_ascii(window, lowered)
        else:
            found = gate.held_by(text, start, end)
        if found:
            held |= 1 << bit
    return held


def holds_gates(gates: tuple[Gate, ...], text: str, start: int, end: int) -> bool:
    """Whether the window ``text[start:end]`` holds every one of ``gates``."""
    return window_gates(text, start, end, gates) == (1 << len(gates)) - 1


def select_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """Longest first (then rule order), dropping any candidate that overlaps a kept one."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start - c.end, c.priority, c.start)):
        if all(candidate.end <= other.start or other.end <= candidate.start for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: c.start)


def find_timexes(doc: Doc, dct: str | None, *, use_tense: bool = True, use_gates: bool = True,
                 use_windows: bool = True, lang: str | None = None) -> list[dict]:
    """The timexes of a Doc as plain dicts (span, type, value), sorted by start.

    Without a publication date, the date of the text's own byline or dateline stands in.
    ``use_gates`` and ``use_windows`` only save time (see ``find_candidates``). The rules are
    those of ``lang``, by default of the Doc's own language.
    """
    options = {"use_tense": use_tense, "use_gates": use_gates, "use_windows": use_windows,
               "rule_set": rule_set_for(lang or doc.lang_)}
    anchor = parse_dct(dct)
    if anchor is None:
        undated = read_timexes(doc, None, **options)
        anchor = text_date(doc, undated)
        if anchor is None:
            return undated
        entries = entry_dates(doc, undated)
        if 1 < len({day for _, day in entries}) <= ENTRY_MAX_DATES:
            return read_entries(doc, anchor, entries, options)
    timexes = read_timexes(doc, anchor, **options)
    dateline = text_date(doc, timexes, datelines_only=True)
    if dateline is not None and 0 < (anchor - dateline).days <= DATELINE_MAX_LAG_DAYS:
        # wire copy carried days later ("ORENBURG, Sept. 10 (Xinhua) --" posted on the 13th):
        # its "on Monday" counts from the dateline
        return read_timexes(doc, dateline, **options)
    spoken = transcript_date(doc, timexes)
    if spoken is not None and 0 < (anchor - spoken).days <= DATELINE_MAX_LAG_DAYS:
        # a transcript posted days after the briefing: its speakers' "today" is the briefing's
        return read_timexes(doc, spoken, **options)
    return timexes


def read_timexes(doc: Doc, dct, *, use_tense: bool, use_gates: bool, use_windows: bool,
                 rule_set: RuleSet) -> list[dict]:
    context = Context(doc, dct, use_tense=use_tense, tense=rule_set.tense)
    candidates = find_candidates(context.text, use_gates=use_gates, use_windows=use_windows,
                                 rule_set=rule_set)
    # A first reading settles which candidates are timexes at all ("May" the modal is not),
    # so that a rejected long candidate does not hide a shorter valid one beneath it; the
    # days it finds outside quotations are the times that quoted speech was given.
    readings = [(candidate, normalize_candidate(candidate, context)) for candidate in candidates]
    valid = [candidate for candidate, normalized in readings if normalized is not None]
    context.speech_days = [(candidate.start, normalized[1]) for candidate, normalized in readings
                           if normalized is not None and DAY_VALUE.fullmatch(normalized[1])
                           and not inside_quotation(context.text, candidate.start)]
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
    return with_appositive_days(
        with_weekdays(join_dates_and_clocks(with_parts_of_day(results, context.text),
                                            context.text), context.text), context.text)


DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
CLOCK_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)(?P<clock>T\d{2}:\d{2}(?::\d{2})?Z?)$")
# What may stand between a date and its clock time in a byline: "7.12.2024, 15:55",
# a forum's "Nov, 3 2006 @ 07:12 PM",
# "Monday, 25 March 2024 | 16:50", "07:38 GMT 19.12.2025", a briefing's "June 4, 2002 -- 1:05 p.m."
DATE_CLOCK_GAP = re.compile(r"[ \t]*(?:,|\||--|[-–—]|at|,[ \t]*at|@)?[ \t]*")
CLOCK_DATE_GAP = re.compile(r"[ \t]*(?:,|\|)?[ \t]*")   # "05:06 PM | 2 Feb, 2024"
# "about 2:30 a.m. on May 4" (a clock time of the day named after it) (never one TIMEX3)
CLOCK_ON_DATE_GAP = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
# A byline's date states its year ("16:15 UTC, June 1st" is a time and a date)
YEAR_DIGITS = re.compile(r"\d{4}")


# "the night of September 14, 2023", "dawn on Thursday": the part of day names a time of that day
PART_OF_DATE = re.compile(r"(?:\b(?:the|that)\s+(?=\w+\s+of\s))?\b(?P<part>morning|afternoon|evening|night|dawn)"
                          r"\s+(?:of|on)\s+$", re.IGNORECASE)
PART_LOOKBEHIND = 24


def with_parts_of_day(results: list[dict], text: str) -> list[dict]:
    """A day's date (a weekday's too) after "the night of", "dawn on" ... becomes the TIME of that
    part of the day."""
    for timex in results:
        start = timex["span"][0]
        if timex["type"] != "DATE" or not DAY_VALUE.fullmatch(timex["value"]):
            continue
        found = PART_OF_DATE.search(text, max(0, start - PART_LOOKBEHIND), start)
        if found is not None:
            timex.update(span=[found.start(), timex["span"][1]], type="TIME",
                         value=f"{timex['value']}T{PARTS_OF_DAY[found['part'].lower()]}")
    return results


def join_dates_and_clocks(results: list[dict], text: str) -> list[dict]:
    """A full date and a clock time side by side on one line are one TIME (a byline); a
    date without its year stays apart but gives the clock time its day, and so does a date the
    clock time is said to be on ("at 2:30 a.m. on May 4": 2:30 on 4 May, two TIMEX3s)."""
    joined: list[dict] = []
    for timex in results:
        previous = joined[-1] if joined else None
        if previous is not None:
            gap = text[previous["span"][1]:timex["span"][0]]
            pair = None
            if previous["type"] == "DATE" and timex["type"] == "TIME" \
                    and DATE_CLOCK_GAP.fullmatch(gap):
                pair = (previous, timex)
            elif previous["type"] == "TIME" and timex["type"] == "DATE" \
                    and CLOCK_DATE_GAP.fullmatch(gap):
                pair = (timex, previous)
            elif previous["type"] == "TIME" and timex["type"] == "DATE" and CLOCK_ON_DATE_GAP.fullmatch(gap):
                clock = CLOCK_VALUE.match(previous["value"])
                if clock is not None and DAY_VALUE.fullmatch(timex["value"]):
                    previous["value"] = timex["value"] + clock["clock"]   # its day, kept apart
            clock = CLOCK_VALUE.match(pair[1]["value"]) if pair is not None else None
            if clock is not None and DAY_VALUE.fullmatch(pair[0]["value"]):
                value = pair[0]["value"] + clock["clock"]
                weekday_start = weekday_named_before(text, pair[0])
                if YEAR_DIGITS.search(text, *pair[0]["span"]) or weekday_start is not None:
                    start = previous["span"][0] if weekday_start is None else weekday_start
                    joined[-1] = {"span": [start, timex["span"][1]], "type": "TIME", "value": value}
                    continue
                pair[1]["value"] = value    # "16:15 UTC, June 1st": the clock's own day
        joined.append(timex)
    return joined


_WEEKDAY_NAMES = {**WEEKDAYS, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                  "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_WEEKDAY_WORD = "|".join(sorted((name.capitalize() for name in _WEEKDAY_NAMES), key=len,
                                reverse=True))
# A weekday, maybe abbreviated, before a byline's date ("Sat 5 May 2012, 9:18 PM") or after
# it ("1/11/2016, Tuesday")
WEEKDAY_BEFORE = re.compile(rf"(?<![\w-])(?P<weekday>{_WEEKDAY_WORD})\.?,?[ \t]+$")
WEEKDAY_AFTER = re.compile(rf"[ \t]*,[ \t]*(?P<weekday>{_WEEKDAY_WORD})(?![\w-])")
WEEKDAY_LOOKBEHIND = 12


def weekday_named_before(text: str, timex: dict) -> int | None:
    """Where a weekday written just before a date and naming that date's own weekday starts
    ("Mon Nov 7, 5:03 PM": a byline whose date leaves out the year), else None."""
    day = parse_dct(timex["value"][:10])
    start = timex["span"][0]
    before = WEEKDAY_BEFORE.search(text, max(0, start - WEEKDAY_LOOKBEHIND), start)
    if day is None or before is None or _WEEKDAY_NAMES[before["weekday"].lower()] != day.weekday():
        return None
    return before.start()


def with_weekdays(results: list[dict], text: str) -> list[dict]:
    """A weekday written beside a date that states its year, and naming that date's own
    weekday, is part of the date ("Sat 5 May 2012, 9:18 PM", "13:32 1/11/2016, Tuesday"): the
    extent grows over it, and a separate timex of the weekday alone is dropped."""
    dropped: set[int] = set()
    for index, timex in enumerate(results):
        if index in dropped or timex["type"] not in ("DATE", "TIME") \
                or not DAY_VALUE.match(timex["value"]) \
                or not YEAR_DIGITS.search(text, *timex["span"]):
            continue
        day = parse_dct(timex["value"][:10])
        if day is None:
            continue
        start, end = timex["span"]
        before = WEEKDAY_BEFORE.search(text, max(0, start - WEEKDAY_LOOKBEHIND), start)
        if before is not None and _WEEKDAY_NAMES[before["weekday"].lower()] == day.weekday():
            timex["span"] = [before.start(), end]
            if index > 0 and results[index - 1]["span"][0] >= before.start():
                dropped.add(index - 1)
        after = WEEKDAY_AFTER.match(text, end)
        if after is not None and _WEEKDAY_NAMES[after["weekday"].lower()] == day.weekday():
            timex["span"] = [timex["span"][0], after.end()]
            if index + 1 < len(results) and results[index + 1]["span"][0] < after.end():
                dropped.add(index + 1)
    return [timex for index, timex in enumerate(results) if index not in dropped]


# "arrived today (24th August)", "Yesterday, 3 May 2024, the ...": the date written beside a
# day word says which day it is, where the report's date (often stamped a day late) would not
DAY_WORD = re.compile(r"today|yesterday|tomorrow", re.IGNORECASE)
APPOSITION_GAP = re.compile(r"[ \t]*[(,][ \t]*")
APPOSITION_MAX_DAYS = 3     # a date further off is another day, not the same one restated
UNKNOWN_DAY = "XXXX-XX-XX"   # a day word's value without a report date
NAMED_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d{2}-\d{2}")


def with_appositive_days(results: list[dict], text: str) -> list[dict]:
    """A day word followed by a date in brackets or between commas takes that date's value;
    without a report date ("today, May 2" of an undated page), the date's value whatever it
    holds."""
    for day_word, date in zip(results, results[1:]):
        if not (day_word["type"] == date["type"] == "DATE"
                and DAY_WORD.fullmatch(text, *day_word["span"])
                and APPOSITION_GAP.fullmatch(text, day_word["span"][1], date["span"][0])):
            continue
        if day_word["value"] == UNKNOWN_DAY and NAMED_DAY_VALUE.fullmatch(date["value"]):
            day_word["value"] = date["value"]
            continue
        if not (DAY_VALUE.fullmatch(day_word["value"]) and DAY_VALUE.fullmatch(date["value"])):
            continue
        gap = parse_dct(date["value"]) - parse_dct(day_word["value"])
        if abs(gap.days) <= APPOSITION_MAX_DAYS:
            day_word["value"] = date["value"]
    return results


# A dateline opens a line with a place in capitals: "KYIV, March 3, 2024 (Reuters) -"
DATELINE_PLACE = re.compile(r"[A-Z][A-Z .'’-]+,(?:\s+[A-Z][a-z]+,)?\s*$")
BYLINE_MAX_WORDS = 6
# A dateline further behind the publication date is an old story quoted, not copy carried late
DATELINE_MAX_LAG_DAYS = 7
# The lower-case words a byline holds besides names: "Published on 7.12.2024 at 15:55"
BYLINE_WORDS = frozenset(lexicon().timex["byline_words"])
LETTER_WORD = re.compile(r"[^\W\d_]+")


def text_date(doc: Doc, timexes: list[dict], *, datelines_only: bool = False):
    """The date a text gives itself: the first full date in a dateline or (unless
    ``datelines_only``) alone on a byline line (with at most a few other words: "Published",
    a weekday, an author); None if none."""
    text = doc_text(doc)
    for timex in timexes:
        start, end = timex["span"]
        if not DAY_VALUE.match(timex["value"]):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        rest = text[line_start:start] + " " + text[end:line_end]
        words = LETTER_WORD.findall(rest)
        if DATELINE_PLACE.fullmatch(text[line_start:start]) or (
                not datelines_only and len(words) <= BYLINE_MAX_WORDS
                and all(word[0].isupper() or word.lower() in BYLINE_WORDS for word in words)):
            return parse_dct(timex["value"][:10])
    return None


# An undated page listing entries under date lines of their own ("    May 22, 2016  ") reads
# each entry from its date; past this many dates, all from the first (it bounds the work)
ENTRY_MAX_DATES = 8
LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def entry_dates(doc: Doc, timexes: list[dict]) -> list[tuple[int, object]]:
    """(start, date) of every full date that stands alone on its line, bullets and stops
    aside, in text order: the dates heading the entries of a listing."""
    text = doc_text(doc)
    found = []
    for timex in timexes:
        if not DAY_VALUE.fullmatch(timex["value"]):
            continue
        start, end = timex["span"]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if not (LETTER_OR_DIGIT.search(text, line_start, start)
                or LETTER_OR_DIGIT.search(text, end, line_end)):
            found.append((start, parse_dct(timex["value"])))
    return found


def read_entries(doc: Doc, first_anchor, entries: list[tuple[int, object]],
                 options: dict) -> list[dict]:
    """The timexes of a listing: those before its first entry read from the page's own date,
    each entry's from the date over it (one reading for each date)."""
    readings: dict = {}
    bounds = [(0, first_anchor), *entries, (len(doc_text(doc)) + 1, None)]
    timexes = []
    for (start, day), (next_start, _) in zip(bounds, bounds[1:]):
        if day not in readings:
            readings[day] = read_timexes(doc, day, **options)
        timexes.extend(t for t in readings[day] if start <= t["span"][0] < next_start)
    return timexes


# A heading line over a transcript ("Transcript", "News Transcript") near the top of a page
TRANSCRIPT_HEADING = re.compile(
    r"^[ \t]*(?:" + "|".join(r"\s+".join(map(re.escape, heading.split()))
                            for heading in lexicon().timex["transcript_headings"]) + r")[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
TRANSCRIPT_HEADING_REACH = 600     # how far into a page its transcript heading may stand
TRANSCRIPT_DATE_REACH = 400        # how far below the heading the transcript's date line may be
DATE_LINE_REST = re.compile(r"[ \t.]*")


def transcript_date(doc: Doc, timexes: list[dict]):
    """The day a transcript gives itself: the first full date alone on its line below a
    transcript heading near the top of the page; None if there is none."""
    text = doc_text(doc)
    heading = TRANSCRIPT_HEADING.search(text, 0, TRANSCRIPT_HEADING_REACH)
    if heading is None:
        return None
    for timex in timexes:
        start, end = timex["span"]
        if start < heading.end() or not DAY_VALUE.fullmatch(timex["value"]):
            continue
        if start > heading.end() + TRANSCRIPT_DATE_REACH:
            return None
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if not text[line_start:start].strip() and DATE_LINE_REST.fullmatch(text, end, line_end):
            return parse_dct(timex["value"])
    return None


def normalize_candidate(candidate: Candidate, context: Context):
    context.start, context.end = candidate.start, candidate.end
    return candidate.rule.normalize(candidate.match, context)


class TimexTagger:
    """Finds temporal expressions and sets ``doc._.timexes`` (TIMEX3, against ``doc._.dct``).

    Each timex is ``{"span": [start, end], "type": "DATE"|"TIME"|"DURATION"|"SET",
    "value": "..."}``, sorted by start.
    """

    def __init__(self, nlp: Language, name: str = "claimledger_timexes", *,
                 use_tense: bool = True, lang: str | None = None):
        """
        Args:
            nlp (Language): the pipeline (unused; part of the factory signature).
            name (str): the component name.
            use_tense (bool): let the governing verb's tense pick the year of a month-day
                and the week of a weekday; off, the nearest one is taken.
            lang (str | None): read every Doc with this language's rules; None: with the
                rules of the Doc's own language (``doc.lang_``).
        """
        self.name = name
        self.use_tense = use_tense
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = find_timexes(doc, doc._.dct, use_tense=self.use_tense, lang=self.lang)
        return doc


@Language.factory("claimledger_timexes", default_config=DEFAULT_CONFIG,
                  assigns=["doc._.timexes"], requires=["token.tag", "token.dep"])
def create_timexes(nlp: Language, name: str, use_tense: bool) -> TimexTagger:
    return TimexTagger(nlp, name, use_tense=use_tense)


# The Russian and Ukrainian rules need sentences only (no tagger or parser): a rule-level
# pipeline adds these after its sentencizer.
@Language.factory("claimledger_timexes_ru", default_config=DEFAULT_CONFIG,
                  assigns=["doc._.timexes"], requires=["token.is_sent_start"])
def create_timexes_ru(nlp: Language, name: str, use_tense: bool) -> TimexTagger:
    return TimexTagger(nlp, name, use_tense=use_tense, lang="ru")


@Language.factory("claimledger_timexes_uk", default_config=DEFAULT_CONFIG,
                  assigns=["doc._.timexes"], requires=["token.is_sent_start"])
def create_timexes_uk(nlp: Language, name: str, use_tense: bool) -> TimexTagger:
    return TimexTagger(nlp, name, use_tense=use_tense, lang="uk")
