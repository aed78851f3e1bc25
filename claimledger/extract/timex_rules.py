"""The timex rules: where each kind of temporal expression is, and how to read its value.

Each rule pairs a regular expression (built from ``timex_lexicon``) with a normalizer
``(match, context) -> (type, value) | None``; None rejects the match ("May" the modal).
Normalizers read the publication date, the tense and the dates mentioned earlier from a
``Context``; the engine in ``timexes.py`` runs the rules and settles overlaps.

Each rule is a row of ``RULE_TABLE``: name, pattern, normalizer and examples (a sentence,
the timex it holds, its value). Its gates are derived from the compiled pattern
(``regex_gates.gates_of``), never kept by hand; tests/test_speed_invariance.py runs every
rule's examples gated, ungated and without trigger windows and asserts the same output.
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Doc

from claimledger.timex_calendar import (Direction, day_value, month_value, shift_month,
                                                timex_value_to_range, valid_day, week_value,
                                                weekday_date, year_for_month_day,
                                                year_for_period)
from claimledger.extract.timex_lexicon import (
    APPROXIMATOR, COUNT_NOUN_TAGS, DAY, FREQUENCY_WORDS, FULL_MONTH_NAMES, FUZZY_VALUES, HOLIDAYS, MEASURE_WORDS,
    MONTH_ANY, MONTH_CAPITALS, MONTH_CUE_WORDS, MONTH_FULL, MONTHS, NON_YEAR_ENTITY_LABELS, NUMBER, NUMBER_WORDS,
    ORDINAL_CENTURY, ORDINAL_WORDS, PARTS_OF_DAY, POSITION, QUANTITY, SEASONS, UNIT,
    UNIT_ADJECTIVE, UNIT_CODES, UNIT_MULTIPLIERS, UNIT_PLURAL, VAGUE_QUANTITIES, WEEKDAY,
    WEEKDAYS, YEAR, alternation)
from claimledger.extract.regex_gates import Gate, gates_of
from claimledger.extract.text_cache import doc_text
from claimledger.extract.timex_tense import direction_at
from claimledger.lexicon import lexicon

# Signals before a date that fix its direction: "since May" looks back, "until Friday" ahead
PAST_SIGNALS = frozenset(lexicon().timex["past_signals"])
SUBJECT_PRONOUNS = frozenset(lexicon().grammar["subject_pronouns"])
UNTIL_SIGNALS = frozenset(lexicon().timex["until_signals"])
# "over the next year": a stretch from now, not the year after a narrated date
SPAN_SIGNALS = frozenset(lexicon().timex["span_signals"])
# "by Monday": a deadline lies ahead unless the verb puts it in the past
DEADLINE_SIGNALS = {"by"}
# "ahead of Saturday's parade", "in time for Christmas": the day comes after the narrated one
FORWARD_PHRASE_BEFORE = re.compile(
    r"\b(?:" + "|".join(r"\s+".join(map(re.escape, phrase.split()))
                        for phrase in lexicon().timex["forward_phrases"]) + r")\s+$",
    re.IGNORECASE)
FORWARD_LOOKBEHIND = 30
# "the Iron Falcon 2019 exercise": a year between a name and one of these is part of the name
EXERCISE_NOUN_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(r"\s+".join(map(re.escape, noun.split()))
                           for noun in lexicon().timex["exercise_nouns"]) + r")\b",
    re.IGNORECASE)
# "the Sept. 11 attacks", "the 9/11 hijackers": a month-day before one of these nouns names a
# past event, whose year the lexicon gives ("MM-DD": year)
EVENT_DAYS = lexicon().timex["event_days"]
EVENT_DAY_NOUN_AFTER = re.compile(
    r"[ \t]+(?:" + "|".join(map(re.escape, lexicon().timex["event_day_nouns"])) + r")\b", re.IGNORECASE)
# "the Sunday Times", "the Sunday Telegraph": a weekday before one of these names a paper
NEWSPAPER_TITLE_WORDS = frozenset(lexicon().timex["newspaper_title_words"])
# Countries' names: "Russia Today", "India Today" before a capitalized day word name an outlet
COUNTRY_NAMES = frozenset(name for name in (*lexicon().places["country_names"],
                                            *lexicon().places["demonyms"].values())
                          if " " not in name)
# Entities whose words are a name, not a time ("USA Today", "The Daily Show")
NAME_ENTITY_LABELS = {"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "PERSON"}
GRANULARITY_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4}
# Roughly how many years one unit spans, to keep shifted dates inside the calendar
SHIFT_UNIT_YEARS = {"day": 1 / 365, "week": 1 / 52, "weekend": 1 / 52, "month": 1 / 12,
                    "quarter": 1 / 4, "year": 1, "decade": 10, "century": 100}
# the dash after a live-blog entry's time stamp, or the spaced colon of French-style copy
LINE_STAMP_DASH = re.compile(r"[ \t]*(?:[—–]|-{1,2})[ \t]|[ \t]+:[ \t]")
# the end of a line a live-blog stamp stands alone on, or the comma before its writer's name
LINE_STAMP_END = re.compile(r"[ \t]*(?:\n|$)|[ \t]*,[ \t]+(?-i:[A-Z])")
# A month-day or month without its year: an anchor that keeps the year unknown
UNKNOWN_YEAR_VALUE = re.compile(r"^XXXX-(?P<month>\d{2})(?:-(?P<day>\d{2}))?$")
LEAP_YEAR = 2000   # stands in for an unknown year, so that February 29 exists
# Before plural units, words that make them a phase of something, not a span of time
NOT_SPAN_ADJECTIVES = frozenset(lexicon().timex["not_span_adjectives"])
PERIOD_OF = re.compile(r"\s+of\s+(?:the|his|her|its|their|this|that|a|an)\b", re.IGNORECASE)
# Words before a bare "14/03" that make it a date
SLASH_DATE_CUES = frozenset(lexicon().timex["slash_date_cues"])
UNDERSPECIFIED = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX",
                  "quarter": "XXXX-QX", "weekend": "XXXX-WXX-WE", "decade": "XXX",
                  "century": "XX"}


@dataclass
class Rule:
    """One kind of temporal expression: where it is, and how to read its value.

    ``normalize(match, context)`` returns (type, value) or None to reject the match.
    The extent is the whole match, or the group named ``tx`` when the pattern has one.
    """

    name: str
    pattern: re.Pattern
    normalize: Callable
    # Derived from the pattern: every match holds each gate, so a window lacking one is
    # not scanned.
    gates: tuple[Gate, ...] = ()
    examples: tuple = ()


def granularity_of(value: str) -> str | None:
    """day, week, month, quarter, season or year for a calendar value; None otherwise."""
    if re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return "day"
    if re.match(r"^\d{4}-W\d{2}", value):
        return "week"
    if re.match(r"^\d{4}-\d{2}$", value):
        return "month"
    if re.match(r"^\d{4}-Q\d$", value):
        return "quarter"
    if re.match(r"^\d{4}-(SP|SU|FA|WI|H\d)$", value):
        return "season"
    if re.match(r"^\d{4}$", value):
        return "year"
    return None


class Context:
    """What normalizers may consult: the publication date, tense, and the dates mentioned."""

    def __init__(self, doc: Doc, dct: dt.date | None, *, use_tense: bool = True,
                 tense: Callable | None = None):
        self.doc = doc
        self.text = doc_text(doc)
        self.dct = dct
        self.use_tense = use_tense
        # (context, span) -> Direction for a language read without the English tagger's tags
        self.tense = tense
        # granularity -> (date, start offset of its mention, whether its year is known):
        # the last date mentioned at each granularity
        self.anchors: dict[str, tuple[dt.date, int, bool]] = {}
        # (start, value) of the days the text names outside quotations: when quoted speech
        # was given
        self.speech_days: list[tuple[int, str]] = []
        self.start = 0
        self.end = 0

    @functools.cached_property
    def annotations(self) -> frozenset[str]:
        """What the Doc carries; looked up once, as each look-up walks every token."""
        return frozenset(name for name in ("TAG", "DEP", "SENT_START")
                         if self.doc.has_annotation(name))

    @functools.cached_property
    def has_morphology(self) -> bool:
        """Whether the Doc carries morphological features (a parsed Russian Doc does)."""
        return self.doc.has_annotation("MORPH")

    def direction(self) -> Direction:
        """The tense direction at the expression being normalized."""
        if not self.use_tense:
            return Direction.PRESENT
        span = self.doc.char_span(self.start, self.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return Direction.PRESENT
        if self.tense is not None:
            return self.tense(self, span)
        if self.looks_forward():
            return Direction.FUTURE
        signal = self.word_before()
        if signal in PAST_SIGNALS:
            return Direction.PAST
        if signal in UNTIL_SIGNALS:
            return Direction.FUTURE
        direction = direction_at(span, self.annotations)
        if signal in DEADLINE_SIGNALS and direction is Direction.PRESENT:
            return Direction.FUTURE
        return direction

    def looks_forward(self) -> bool:
        """ "ahead of Saturday's ceremony": the day comes after the narrated event, unless the
        text named that day before (then it is the day already told: "gathered Friday ...
        ahead of Friday's meeting")."""
        if not FORWARD_PHRASE_BEFORE.search(self.text, max(0, self.start - FORWARD_LOOKBEHIND), self.start):
            return False
        return self.text.find(self.text[self.start:self.end], 0, self.start) < 0

    def word_before(self, start: int | None = None) -> str:
        """The lower-cased word just before ``start`` (default: the expression's start)."""
        start = self.start if start is None else start
        words = re.findall(r"[\w']+", self.text[max(0, start - 30):start])
        return words[-1].lower() if words else ""

    def remember(self, value: str, start: int) -> None:
        """Note a calendar value mentioned at ``start`` as an anchor for anaphoric expressions.

        A month-day without a known year (``XXXX-09-26``, no publication date) still anchors
        "the day before", whose value then keeps the year unknown (``XXXX-09-25``).
        """
        unknown_year = UNKNOWN_YEAR_VALUE.match(value)
        if unknown_year:
            month, day = int(unknown_year["month"]), int(unknown_year["day"] or 1)
            if valid_day(LEAP_YEAR, month, day):
                granularity = "day" if unknown_year["day"] else "month"
                self.anchors[granularity] = (dt.date(LEAP_YEAR, month, day), start, False)
            return
        granularity = granularity_of(value)
        if granularity is None:
            return
        days = timex_value_to_range(value[:10] if granularity == "day" else value)
        if days:
            self.anchors[granularity] = (dt.date.fromisoformat(days[0]), start, True)

    def find_anchor(self, granularity: str, *, same_sentence: bool = False,
                    same_paragraph: bool = False):
        """(date, year known) an anaphoric expression counts from: the last date mentioned at
        least as fine as ``granularity`` (in the same sentence or paragraph when asked), else
        the dct."""
        rank = GRANULARITY_RANK.get(granularity, GRANULARITY_RANK["year"])
        fine_enough = [anchor for name, anchor in self.anchors.items()
                       if GRANULARITY_RANK[name] <= rank]
        if same_sentence and fine_enough:
            span = self.doc.char_span(self.start, self.end, alignment_mode="expand")
            if span is not None and len(span) and "SENT_START" in self.annotations:
                sentence_start = span.sent.start_char
                fine_enough = [anchor for anchor in fine_enough if anchor[1] >= sentence_start]
        if same_paragraph:
            paragraph_start = self.text.rfind("\n", 0, self.start) + 1
            fine_enough = [anchor for anchor in fine_enough if anchor[1] >= paragraph_start]
        if fine_enough:
            date, _, year_known = max(fine_enough, key=lambda anchor: anchor[1])
            return date, year_known
        return self.dct, True

    def shift_from_anchor(self, unit: str, amount: int, *, same_sentence: bool = False,
                          same_paragraph: bool = False) -> str:
        """The value ``amount`` units (day, week, month, ...) from the anchor of that unit."""
        anchor_unit = "week" if unit == "weekend" else unit
        anchor, year_known = self.find_anchor(anchor_unit, same_sentence=same_sentence,
                                              same_paragraph=same_paragraph)
        value = shift_value(anchor, unit, amount)
        if year_known or value is None:
            return value
        if unit in ("day", "month"):
            return "XXXX" + value[4:]
        return UNDERSPECIFIED.get(unit, "XXXX-XX-XX")

    def speech_day(self) -> dt.date | None:
        """The day the quotation around the expression was spoken, when its paragraph names
        one outside the quotation ("she said on Tuesday"); None outside quotations."""
        if not inside_quotation(self.text, self.start):
            return None
        line_start = self.text.rfind("\n", 0, self.start) + 1
        line_end = self.text.find("\n", self.start)
        line_end = len(self.text) if line_end < 0 else line_end
        days = [(abs(start - self.start), value) for start, value in self.speech_days
                if line_start <= start < line_end]
        return dt.date.fromisoformat(min(days)[1][:10]) if days else None

    def tokens(self):
        span = self.doc.char_span(self.start, self.end, alignment_mode="expand")
        return span if span is not None else self.doc[0:0]


# Value helpers

def number_value(text: str) -> float | None:
    """The number a quantity phrase states; None when vague ("several", "a few")."""
    text = " ".join(text.lower().replace("-", " ").split())
    if text in VAGUE_QUANTITIES:
        return None
    half = 0.5 if text.endswith("and a half") else 0
    text = text.removesuffix("and a half").strip()
    if text.startswith("half a") or text.startswith("half an"):
        return 0.5
    digits = text.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", digits):
        return float(digits) + half
    total = 0
    for word in text.split():
        if word not in NUMBER_WORDS:
            return None
        value = NUMBER_WORDS[word]
        total = total * value if value in (100, 12) and total else total + value
    return total + half if total else None


def unit_of(word: str) -> str:
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") else word


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: P3D, PT2H, P10Y (a decade), P2DE (two decades), PXM (months), P2.5Y."""
    if unit == "half":
        unit = "year"
    if unit == "decade" and amount is not None and amount >= 2 and amount == int(amount):
        return f"P{int(amount)}DE"      # counted decades keep their unit: "six decades"
    if amount is not None and unit in UNIT_MULTIPLIERS:
        unit, factor = UNIT_MULTIPLIERS[unit]
        amount *= factor
    if amount is not None and amount < 1 and unit in ("year", "hour", "day"):
        smaller = {"year": ("month", 12), "hour": ("minute", 60), "day": ("hour", 24)}[unit]
        unit, amount = smaller[0], amount * smaller[1]
    code, is_time = UNIT_CODES[unit]
    if amount is None:
        number = "X"
    else:
        number = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return "P" + ("T" if is_time else "") + number + code


def month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def year_value(year: int | None) -> str:
    return f"{year:04d}" if year is not None else "XXXX"


def shift_value(anchor: dt.date | None, unit: str, amount: int) -> str | None:
    """The value ``amount`` units from ``anchor`` at the unit's granularity (day, week, ...).

    Underspecified when there is no anchor, or when the shift leaves years 1 to 9999
    ("a million years ago").
    """
    years_away = abs(amount) * SHIFT_UNIT_YEARS.get(unit, 1)
    if anchor is None or not (1 <= anchor.year - years_away and anchor.year + years_away <= 9999):
        return UNDERSPECIFIED.get(unit, "XXXX-XX-XX")
    if unit == "day":
        return day_value(anchor + dt.timedelta(days=amount))
    if unit in ("week", "weekend"):
        return week_value(anchor + dt.timedelta(weeks=amount), weekend=unit == "weekend")
    if unit == "month":
        return month_value(*shift_month(anchor.year, anchor.month, amount))
    if unit == "quarter":
        year, month = shift_month(anchor.year, anchor.month, 3 * amount)
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if unit == "year":
        return year_value(anchor.year + amount)
    if unit == "decade":
        return f"{(anchor.year + 10 * amount) // 10:03d}"
    if unit == "century":
        return f"{(anchor.year + 100 * amount) // 100:02d}"
    return None


# Normalizers: (match, context) -> (type, value) | None

def normalize_iso_date(match, context):
    year, month, day = (int(match[name]) for name in ("y", "m", "d"))
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


def normalize_dotted_date(match, context):
    """06.12.2024, 06-12-2024: day first, as in Russian, Ukrainian and most European writing
    (month first only where the day would be impossible)."""
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if month > 12:
        month, day = day, month
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


def normalize_slash_date(match, context):
    first, second, year = int(match["a"]), int(match["b"]), int(match["y"])
    if year < 100:
        year += 2000 if year <= 40 else 1900
    month, day = (first, second) if first <= 12 else (second, first)   # US order unless impossible
    if second <= 12 and first != second and context.dct is not None \
            and valid_day(year, second, first) and dt.date(year, second, first) == context.dct:
        month, day = second, first    # a byline's "1/11/2016" of a report of 1 November 2016
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


def normalize_full_date(match, context):
    year, month, day = int(match["year"]), month_number(match["month"]), int(match["day"])
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


# How far from the publication date a weekday may move a month-day's year
MAX_WEEKDAY_YEAR_DAYS = 300


def year_of_weekday(dct: dt.date, month: int, day: int, weekday_name: str | None,
                    year: int) -> int:
    """ "Friday, Aug. 1": when the tense's year does not put the date on its weekday and the
    year before or after does, that year (the nearer to the publication date)."""
    if not weekday_name:
        return year
    weekday = WEEKDAYS[weekday_name.lower()]
    def on_weekday(y):
        return valid_day(y, month, day) and dt.date(y, month, day).weekday() == weekday
    if on_weekday(year):
        return year
    fits = [y for y in (dct.year - 1, dct.year, dct.year + 1) if on_weekday(y)
            and abs((dt.date(y, month, day) - dct).days) <= MAX_WEEKDAY_YEAR_DAYS]
    return min(fits, key=lambda y: abs((dt.date(y, month, day) - dct).days)) if fits else year


# Days of the month written as ordinal words: "the sixth of May", "the twenty-first of June"
_DAY_ORDINALS = {name: number for name, number in ORDINAL_WORDS.items() if " " not in name}
ORDINAL_DAYS = {**{name.replace("-", " "): number for name, number in _DAY_ORDINALS.items()},
                **{f"twenty {name}": 20 + number for name, number in _DAY_ORDINALS.items()
                   if number < 10},
                "thirtieth": 30, "thirty first": 31}
_ORDINAL_DAY = "|".join(sorted((name.replace(" ", r"[\s-]") for name in ORDINAL_DAYS), key=len,
                               reverse=True))


# A month's name or abbreviation, capitalised, as a stamp or a range writes it ("Dec", "March")
_MONTH_WORD = rf"(?-i:{alternation(name.capitalize() for name in MONTHS)})"
# The first date of a range and its link, before the range's end: "from July 22 to July 28",
# "Aug. 4 to 8", "March 3-5"
RANGE_START_BEFORE = re.compile(
    rf"{_MONTH_WORD}\.?\s*\d{{1,2}}(?:st|nd|rd|th)?"
    r"\s*(?:to|through|until|till|-|–)\s*$")
RANGE_LOOKBEHIND = 24


def range_start(context, start: int) -> dt.date | None:
    """The date that opens the range a month-day (or a bare day) closes, if it has its year."""
    if RANGE_START_BEFORE.search(context.text, max(0, start - RANGE_LOOKBEHIND), start) is None:
        return None
    anchor = context.anchors.get("day")
    if anchor is None or not anchor[2] or anchor[1] < start - RANGE_LOOKBEHIND:
        return None
    return anchor[0]


def year_after(first: dt.date, month: int, day: int) -> int:
    """The year of a range's end: that of its start, or the next when the end comes earlier."""
    return first.year if (month, day) >= (first.month, first.day) else first.year + 1


def normalize_month_day(match, context):
    month, day = month_number(match["month"]), int(match["day"])
    if not valid_day(2000, month, day):
        return None
    event_date = event_day(month, day, context.text, match.end())
    if event_date is not None:
        return "DATE", event_date
    if context.dct is None:
        year = year_near_narrated_day(context, month, day)
        return "DATE", f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
    first = range_start(context, match.start())
    if first is not None and not match["ofyear"]:
        year = year_after(first, month, day)
        return ("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None
    relation = (match["rel"] or "").lower() if "rel" in match.re.groupindex else ""
    if match["ofyear"]:
        year = context.dct.year + {"this": 0, "last": -1, "next": 1}[match["ofyear"].lower()]
    elif relation == "this":
        year = context.dct.year
    elif relation:
        direction = Direction.PAST if relation == "last" else Direction.FUTURE
        year = year_for_month_day(context.dct, month, day, direction)
    else:
        year = year_for_month_day(context.dct, month, day, context.direction())
        if "weekday" in match.re.groupindex:
            year = year_of_weekday(context.dct, month, day, match["weekday"], year)
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}"


def normalize_short_year_date(match, context):
    """ "23 Sep 23": a day, an abbreviated month and the year's last two digits (a service's
    press release); the century is the one that keeps the year from running past next year."""
    month, day, short = month_number(match["month"]), int(match["day"]), int(match["yy"])
    now = context.dct.year if context.dct is not None else dt.date.today().year
    year = 2000 + short if 2000 + short <= now + 1 else 1900 + short
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


def normalize_ordinal_day(match, context):
    """ "the sixth of May 1976": a day written as an ordinal word."""
    month = month_number(match["month"])
    day = ORDINAL_DAYS[" ".join(match["ordday"].lower().replace("-", " ").split())]
    if match["year"]:
        year = int(match["year"])
    elif context.dct is None:
        return ("DATE", f"XXXX-{month:02d}-{day:02d}") if valid_day(2000, month, day) else None
    else:
        year = year_for_month_day(context.dct, month, day, context.direction())
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


def normalize_range_start_day(match, context):
    """ "on 30 and 31 August": the bare day that opens a range, in the month after it."""
    month, day, last_day = month_number(match["month"]), int(match["day"]), int(match["d2"])
    if day >= last_day or not valid_day(2000, month, day):
        return None
    if match["year"]:
        year = int(match["year"])
    elif context.dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    else:
        year = year_for_month_day(context.dct, month, last_day, context.direction())
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


def normalize_range_end_day(match, context):
    """ "Aug. 4 to 8": the bare day that ends a range, in the month of its start."""
    month, first_day, day = month_number(match["month"]), int(match["d1"]), int(match["day"])
    if day <= first_day or not valid_day(2000, month, day):
        return None
    if context.dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    first = range_start(context, match.start("tx"))
    if first is not None and (first.month, first.day) == (month, first_day):
        year = first.year
    else:
        year = year_for_month_day(context.dct, month, day, context.direction())
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


def normalize_night_adverb(match, context):
    """ "shot down overnight", "At night, ...": the night that ended on the report's day,
    as "last night" in a morning report."""
    if context.dct is None:
        return "TIME", "XXXX-XX-XXTNI"
    return "TIME", f"{shift_value(context.dct, 'day', 0)}TNI"


def normalize_part_of_named_day(match, context):
    """ "Monday evening, Aug. 11", "10 a.m. Saturday, Feb. 27": a part of the day or a clock
    time on a weekday that the date after it names; the date gives the day."""
    dated = normalize_month_day(match, context)
    if dated is None:
        return None
    if match["part"]:
        return "TIME", f"{dated[1]}T{PARTS_OF_DAY[match['part'].lower()]}"
    if not match["h"]:
        return dated     # "Friday, Aug. 1": the date alone
    hour = int(match["h"])
    minute = int(match["mi"]) if match["mi"] else 0
    if not 1 <= hour <= 12 or minute > 59:
        return None
    return "TIME", f"{dated[1]}T{to_24_hour(hour, match['ampm']):02d}:{minute:02d}"


def normalize_month_year(match, context):
    return "DATE", month_value(int(match["year"]), month_number(match["month"]))


def normalize_month(match, context):
    name = match["month"]
    if context.text[match.start() - 1:match.start()] in ("-", "–"):
        first = month_before_hyphen(context.text, match.start() - 1)
        if first is None:
            return None     # "pre-June", "Trump-May": the month of a pair only ("May-June")
        return second_month_of_pair(month_number(first), month_number(name), context,
                                    match["yearrel"])
    if name in ("May", "March") and not (match["position"] or match["rel"] or match["yearrel"]):
        if context.word_before(match.start("month")) not in MONTH_CUE_WORDS:
            return None
    month = month_number(name)
    relation = (match["rel"] or "").lower()
    if context.dct is None and not match["year2"]:
        year = paragraph_year(context) or (None if relation or match["yearrel"] or match["ofyear"]
                                           else year_near_narrated_day(context, month, 1))
        return "DATE", month_value(year, month) if year else f"XXXX-{month:02d}"
    dct = context.dct
    if match["year2"]:
        # a range "from November to February 2025" starts in the year before its end
        year = int(match["year2"]) - (month > month_number(match["month2"]))
    elif match["year2rel"]:
        # "in April-May last year": the pair's relative year is the first month's too
        year = dct.year + YEAR_RELATION_SHIFT[match["year2rel"].lower()] \
            - (month > month_number(match["month2"]))
    elif match["ofyear"] and match["ofyear"].lower().endswith("same"):
        year = anchored_year(context) or year_for_period(dct, month, 1, context.direction())
    elif match["ofyear"] or match["yearrel"]:
        year = dct.year + YEAR_RELATION_SHIFT[(match["ofyear"] or match["yearrel"]).lower()]
    elif relation == "last":
        year = dct.year if month < dct.month else dct.year - 1
    elif relation == "next":
        year = dct.year if month > dct.month else dct.year + 1
    elif relation == "this":
        year = dct.year
    else:
        year = year_for_period(dct, month, 1, context.direction())
    return "DATE", month_value(year, month)


# "last year" is the year before the report's, "next year" the one after
YEAR_RELATION_SHIFT = dict(lexicon().timex["year_relation_shifts"])


def month_before_hyphen(text: str, hyphen: int) -> str | None:
    """The month's name that ends just before ``hyphen`` ("September-October"), else None."""
    words = re.findall(r"[A-Za-z]+$", text[max(0, hyphen - 12):hyphen])
    return words[0] if words and words[0] in FULL_MONTH_NAMES else None


def second_month_of_pair(first: int, second: int, context, year_relation: str | None = None):
    """The second month of "November-December": the year that puts it right after the first,
    whose year the tense gives, or a relative year written after the pair ("April-May last
    year")."""
    if context.dct is None:
        return "DATE", f"XXXX-{second:02d}"
    if year_relation:
        year = context.dct.year + YEAR_RELATION_SHIFT[year_relation.lower()] - (second < first)
    else:
        year = year_for_period(context.dct, first, 1, context.direction())
    return "DATE", month_value(year + (second < first), second)


def paragraph_year(context) -> int | None:
    """Without a report date, the year its paragraph narrated last ("Throughout 2014 ... in
    March"), None when the paragraph names none."""
    value = context.shift_from_anchor("year", 0, same_paragraph=True)
    return int(value) if value and value.isdigit() else None


def year_near_narrated_day(context, month: int, day: int) -> int | None:
    """Without a report date, the year of a month or month-day told in the past tense after a
    full date ("free to read until Aug 30, 2024 ... told reporters on July 20"): the one that
    puts it nearest that date. None when the day mentioned last has no known year, when the
    tense is not past, or inside brackets, where a source's date is cited ("(Wire, June 12)")."""
    date, _, year_known = context.anchors.get("day", (None, 0, False))
    if not year_known or inside_brackets(context.text, context.start) \
            or context.direction() is not Direction.PAST:
        return None
    return year_for_month_day(date, month, day, Direction.PRESENT)


def inside_brackets(text: str, start: int) -> bool:
    """Whether an opening parenthesis before ``start`` on its line is still open there."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind("(", line_start, start)
    return opening >= 0 and text.find(")", opening, start) < 0


def anchored_year(context) -> int | None:
    """The year of the date narrated last ("in June of the same year"), None when unknown."""
    value = context.shift_from_anchor("year", 0)
    return int(value) if value and value.isdigit() else None


def normalize_year(match, context):
    """A four-digit year, unless the number counts or measures ("2000 troops", "2000 km")."""
    tokens = context.tokens()
    if tokens:
        last = tokens[-1]
        if last.ent_type_ in NON_YEAR_ENTITY_LABELS:
            return None
        following = last.nbor(1) if last.i + 1 < len(last.doc) else None
        if following is not None and following.tag_ in COUNT_NOUN_TAGS and following.dep_ != "appos":
            return None
        if following is not None and following.lower_ in MEASURE_WORDS:
            return None
    year = int(match["year"])
    if year < 1800 and context.word_before(match.start("year")) not in ("in", "since", "of", "by"):
        return None
    if names_an_exercise(match, context):
        return None
    return "DATE", year_value(year)


def names_an_exercise(match, context) -> bool:
    """Whether the year ends an exercise's name: after a proper noun that is no month or
    weekday, before "exercise", "drills", "war games" ("the Iron Falcon 2019 exercise")."""
    if EXERCISE_NOUN_AFTER.match(context.text, match.end("year")) is None:
        return False
    tokens = context.tokens()
    if not tokens or tokens[0].i == 0:
        return False
    before = tokens[0].nbor(-1)
    return (before.pos_ == "PROPN" and before.text[:1].isupper()
            and before.lower_ not in MONTHS and before.lower_ not in WEEKDAYS)


def normalize_year_suffix(match, context):
    first = int(match["first"])
    second = int(match["first"][:2] + match["yy"])
    return ("DATE", year_value(second)) if first < second < first + 100 else None


def normalize_short_year(match, context):
    if context.word_before() not in MONTH_CUE_WORDS | {"the", "class", "season"}:
        return None
    short = int(match["yy"])
    reference = context.dct.year if context.dct else 2000
    year = 2000 + short if 2000 + short <= reference + 5 else 1900 + short
    return "DATE", year_value(year)


def normalize_decade(match, context):
    if match["cent"]:
        return "DATE", match["cent"] + match["dec"]
    digit = int(match["short"])
    return "DATE", ("200" if digit == 0 else "19" + str(digit))


def normalize_century(match, context):
    text = match["century"].lower()
    number = int(re.sub(r"\D", "", text)) if text[0].isdigit() else ORDINAL_WORDS[text]
    return "DATE", f"{number - 1:02d}"


def period_year(match, context, first_month: int, months: int) -> int | None:
    """The year of a quarter, half or season: stated, relative (this/last/next), or by tense."""
    if match["pyear"]:
        return int(match["pyear"])
    relative = (match["prel"] or "").lower()
    if context.dct is None:
        return None
    if relative in ("this", "current", "the"):
        return context.dct.year
    if relative == "last":
        return context.dct.year - 1
    if relative == "next":
        return context.dct.year + 1
    return year_for_period(context.dct, first_month, months, context.direction())


def normalize_quarter(match, context):
    ordinal = match["ord"].lower()
    if ordinal in ("last", "past", "previous") and not (match["pyear"] or match["prel"]):
        return "DATE", shift_value(context.dct, "quarter", -1)
    quarter = 4 if ordinal in ("final", "last") else (
        ORDINAL_WORDS.get(ordinal) or int(re.sub(r"\D", "", ordinal)))
    if not 1 <= quarter <= 4:
        return None
    year = period_year(match, context, 3 * quarter - 2, 3)
    return "DATE", f"{year_value(year)}-Q{quarter}"


def normalize_half(match, context):
    half = 1 if match["ord"].lower() == "first" else 2
    year = period_year(match, context, 6 * half - 5, 6)
    return "DATE", f"{year_value(year)}-H{half}"


def normalize_half_of_month(match, context):
    """ "the second half of April": TIMEX3 has no half of a month, so the month, as for
    "early March"."""
    month = month_number(match["month"])
    if match["year"]:
        return "DATE", month_value(int(match["year"]), month)
    if context.dct is None:
        return "DATE", f"XXXX-{month:02d}"
    return "DATE", month_value(year_for_period(context.dct, month, 1, context.direction()), month)


def normalize_season(match, context):
    name = match["season"].lower()
    relation = (match["rel"] or "").lower()
    year = match["syear"] or match["syear_first"]
    if name == "fall" and not (relation or year or match["position"]
                               or is_fall_season(match, context)):
        return None
    if match["the"] and match["position"]:
        return None     # "early the summer" is not English; "early summer" is found without it
    code = SEASONS[name]
    if year:
        return "DATE", f"{year}-{code}"
    if context.dct is None:
        return "DATE", f"XXXX-{code}"
    return "DATE", f"{season_year(code, relation, context):04d}-{code}"


# "in the fall" is the season; "the fall of the city", "the fall in prices" a falling
FALL_SEASON_PREPS = frozenset(lexicon().timex["fall_season_preps"])
FALL_NOUN_FOLLOWERS = frozenset(lexicon().timex["fall_noun_followers"])


def is_fall_season(match, context) -> bool:
    """Whether "the fall" after a preposition of time names the season."""
    if not match["the"] or context.word_before(match.start()) not in FALL_SEASON_PREPS:
        return False
    after = WORD_AFTER.match(context.text, match.end())
    return after is None or after.group(1).lower() not in FALL_NOUN_FOLLOWERS


SEASON_FIRST_MONTHS = {code: months[0] for code, months in lexicon().seasons["months"].items()}
SEASON_DIRECTIONS = {word: Direction(direction) for word, direction in lexicon().timex["season_directions"].items()}


def season_year(code: str, relation: str, context) -> int:
    """The year of a season ("SU") named with a relation ("this", "last", "next" ... or "")
    against the dct; English and the Russian/Ukrainian rules share it."""
    first = SEASON_FIRST_MONTHS[code]
    direction = SEASON_DIRECTIONS.get(relation)
    if relation == "this":
        return year_for_period(context.dct, first, 3, Direction.PRESENT)
    if direction is None:
        return year_for_period(context.dct, first, 3, context.direction())
    year = year_for_period(context.dct, first, 3, direction)
    season_range = timex_value_to_range(f"{year:04d}-{code}")
    if season_range and season_range[0] <= context.dct.isoformat() <= season_range[1]:
        year += -1 if direction is Direction.PAST else 1   # "last summer" said in summer
    return year


def normalize_relative_unit(match, context):
    """this/last/next/the past/the coming + week, month, year, decade, ... (DATE or DURATION);
    "this fiscal year" reads as the year, as TimeBank writes it (a named "fiscal 2024" is FY2024)."""
    relation = relation_word(match["rel"])
    if relation == "this past":
        relation = "last"   # "this past week": the one just gone, not a span
    unit = match["unit"].lower()
    has_article = bool(match["det"])
    if unit in ("decade", "century") and (has_article or relation in ("past", "next", "coming")) \
            and relation not in ("this", "current", "same"):
        return "DURATION", duration_value(1, unit)
    if relation == "past" and has_article:
        return "DURATION", duration_value(1, unit)
    if relation in ("this", "current", "present"):
        return "DATE", shift_value(context.dct, unit, 0)
    if relation in ("last", "past"):
        return "DATE", shift_value(context.dct, unit, -1)
    if relation == "next" and has_article and unit in ("week", "month", "year") \
            and context.word_before(match.start()) not in SPAN_SIGNALS:
        # "the next year" counts from the date narrated last ("in August 2016 ..., and the
        # next year"), like "the following year"; without one, from the publication date.
        return "DATE", context.shift_from_anchor(unit, 1, same_paragraph=True)
    if relation in ("next", "coming"):
        return "DATE", shift_value(context.dct, unit, 1)
    offset = {"previous": -1, "preceding": -1, "prior": -1, "following": 1, "same": 0}[relation]
    return "DATE", context.shift_from_anchor(unit, offset)


def normalize_unit_ahead(match, context):
    """ "the year ahead", "the month ahead": the unit after the report's, as "the coming year"
    reads."""
    return "DATE", shift_value(context.dct, match["unit"].lower(), 1)


def normalize_positioned_unit(match, context):
    """early/the end of + the year, this month ...: the unit containing the anchor or dct."""
    unit = match["unit"].lower()
    if match["this"]:
        return "DATE", shift_value(context.dct, unit, 0)
    if unit == "decade":
        return "DATE", decade_of(context.shift_from_anchor("year", 0))
    return "DATE", context.shift_from_anchor(unit, 0)


def decade_of(year: str) -> str:
    """ "the end of the decade": the decade of the year narrated last, or of the report's year
    (its first three digits); unknown when that year is."""
    return year[:3] if year[:4].isdigit() else "XXX"


def normalize_anchored_day(match, context):
    """The day before, the next day, that day, ...: counted from the date mentioned last."""
    unit = (match["unit"] or match["unit2"]).lower()
    relation = (match["which"] or match["ba"] or "same").lower()
    offset = {"next": 1, "following": 1, "after": 1, "later": 1, "previous": -1,
              "preceding": -1, "prior": -1, "before": -1, "earlier": -1, "same": 0}[relation]
    return "DATE", context.shift_from_anchor(unit, offset)


def follows_a_country_name(match, context) -> bool:
    """ "Russia Today", "India Today": a capitalized day word right after a country's name
    names an outlet."""
    if not match["word"][:1].isupper():
        return False
    before = re.search(r"([\w.]+)[ \t]+$", context.text[max(0, match.start("word") - 20):match.start("word")])
    return before is not None and before.group(1) in COUNTRY_NAMES


def inside_name(context) -> bool:
    """Whether the expression is part of a longer name ("USA Today", "NBC Nightly News")."""
    for token in context.tokens():
        if token.ent_type_ in NAME_ENTITY_LABELS:
            entity = next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)
            if entity is not None and len(entity) > 1:
                return True
    return False


def normalize_day_word(match, context):
    if inside_name(context) or follows_a_country_name(match, context):
        return None
    word = " ".join(match["word"].lower().split())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    # "yesterday" in a quotation counts from when it was said, where the text says so
    speech_day = context.speech_day()
    anchor = speech_day if speech_day is not None else context.dct
    if word == "tonight":
        base = day_value(anchor) if anchor else "XXXX-XX-XX"
        return "TIME", base + "TNI"
    return "DATE", shift_value(anchor, "day", offset)


# Opening and closing quotation marks; a straight double quote does both.
OPENING_QUOTES = "“«„"
CLOSING_QUOTES = "”»"


def inside_quotation(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a quotation opened earlier on its line."""
    line = text[text.rfind("\n", 0, position) + 1:position]
    depth = sum(line.count(mark) for mark in OPENING_QUOTES) - sum(
        line.count(mark) for mark in CLOSING_QUOTES)
    return depth > 0 or line.count('"') % 2 == 1


def normalize_ago(match, context):
    amount = number_value(match["q"])
    unit = unit_of(match["unit"])
    if amount is None:
        return "DATE", "PAST_REF"
    if amount != int(amount):
        return None
    if unit in ("hour", "minute", "second"):
        return None
    if unit in ("week", "fortnight"):
        unit, amount = "day", amount * (7 if unit == "week" else 14)
    return "DATE", shift_value(context.dct, unit, -int(amount))


def normalize_later(match, context):
    amount = number_value(match["q"])
    unit = unit_of(match["unit"])
    if amount is None or amount != int(amount) or unit not in GRANULARITY_RANK:
        return None
    sign = 1 if match["dir"].lower() == "later" else -1
    return "DATE", context.shift_from_anchor(unit, sign * int(amount))


def normalize_duration(match, context):
    unit = unit_of(match["unit"])
    amount = number_value(match["q"]) if match["q"] else None
    if amount is not None and match.groupdict().get("half"):   # "a year and a half"
        amount += 0.5
    if unit == "second" and match["q"] and match["q"].lower() in ("a", "an"):
        return None     # "a second term": the ordinal, not the unit
    if unit == "quarter" and match["q"] and number_value(match["q"]) == 1 and not match["unit"].endswith("s"):
        return None     # "a quarter of the budget"
    return "DURATION", duration_value(amount, unit)


def normalize_duration_range_start(match, context):
    amount = number_value(match["q"])
    return ("DURATION", duration_value(amount, unit_of(match["unit"]))) if amount else None


def normalize_long_adjective(match, context):
    """yearlong, year-long: one unit."""
    return "DURATION", duration_value(1, unit_of(match["unit"]))


def normalize_bare_ago(match, context):
    before = context.word_before(match.start())
    if before.isdigit() or before in NUMBER_WORDS or before in VAGUE_WORDS_BEFORE_UNITS:
        return None     # "32 days ago", "a couple of weeks ago": the counted rule's
    return "DATE", "PAST_REF"


# the last word of a vague quantity before its unit ("a few", "a couple of", "several")
VAGUE_WORDS_BEFORE_UNITS = frozenset(phrase.split()[-1] for phrase in VAGUE_QUANTITIES)


def normalize_relative_units(match, context):
    """the past two years, the next few months, recent weeks, the previous decades."""
    amount = number_value(match["q"]) if match["q"] else None
    return "DURATION", duration_value(amount, unit_of(match["unit"]))


def normalize_bare_units(match, context):
    if is_name_word(match.group("unit"), match.start("unit"), context):
        return None     # "Weeks said": a surname, not a span of weeks
    if context.word_before(match.start("unit")) in NOT_SPAN_ADJECTIVES or (
            match.group().lower().startswith("the") and PERIOD_OF.match(context.text, match.end())):
        return None     # "the early hours of July 27", "the final days of the war": a phase
    return "DURATION", duration_value(None, unit_of(match["unit"]))


def is_name_word(word: str, start: int, context) -> bool:
    """Whether a capitalized word inside a sentence is a name: not the sentence's first
    word, and in a line that is not written in title case."""
    if not word[:1].isupper() or word.isupper():
        return False
    if any(entity.label_ == "PERSON" and word in entity.text.split()
           for entity in context.doc.ents):
        return True     # the surname of a person the text names
    line_start = context.text.rfind("\n", 0, start) + 1
    before = context.text[line_start:start].rstrip(" \t\"'“‘(")
    if not before or before[-1] in ".!?:;—–-":
        return False    # the sentence or line starts here
    line_end = context.text.find("\n", start)
    line = context.text[line_start:line_end if line_end >= 0 else len(context.text)]
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    capitalized = sum(1 for item in words if item[0].isupper())
    return capitalized * 2 <= len(words)


def normalize_units_range(match, context):
    """the next 10 to 15 years, the past two or three weeks: one duration of unknown length."""
    return "DURATION", duration_value(None, unit_of(match["unit"]))


def normalize_units_pair(match, context):
    """the coming days and weeks: one duration, in the longer unit."""
    units = sorted((unit_of(match["unit"]), unit_of(match["unit2"])),
                   key=lambda unit: SHIFT_UNIT_YEARS.get(unit, 0))
    return "DURATION", duration_value(None, units[-1])


def normalize_months_of_year(match, context):
    """the first three months of the year (a quarter), the last six months of 2024 (a half)."""
    count = 3 if match["count"].lower() in ("three", "3") else 6
    last = match["ord"].lower() in ("last", "final")
    year = period_year(match, context, 13 - count if last else 1, count)
    if count == 3:
        return "DATE", f"{year_value(year)}-Q{4 if last else 1}"
    return "DATE", f"{year_value(year)}-H{2 if last else 1}"


def event_day(month: int, day: int, text: str, end: int) -> str | None:
    """The date of the past event a month-day names before an event noun ("the Sept. 11
    attacks": 2001-09-11); None for any other month-day or without the noun."""
    year = EVENT_DAYS.get(f"{month:02d}-{day:02d}")
    if year is None or not EVENT_DAY_NOUN_AFTER.match(text, end):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def normalize_day_month_slash(match, context):
    """14/03: day and month as Ukrainian, Russian and most European writing orders them
    (month first only where the day would be impossible), after a word that marks a date;
    "9/11" before an event noun is the event's day, written month first."""
    event_date = event_day(int(match["a"]), int(match["b"]), context.text, match.end())
    if event_date is not None:
        return "DATE", event_date
    if context.word_before(match.start()) not in SLASH_DATE_CUES and not in_brackets(match):
        return None     # a score, a ratio or a fraction
    first, second = int(match["a"]), int(match["b"])
    day, month = (first, second) if second <= 12 else (second, first)
    if not valid_day(LEAP_YEAR, month, day):
        return None
    if context.dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    year = year_for_month_day(context.dct, month, day, context.direction())
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}"


def in_brackets(match) -> bool:
    text = match.string
    return text[match.start() - 1:match.start()] == "(" and text[match.end():match.end() + 1] == ")"


def normalize_adjective_duration(match, context):
    word = match["q"].lower()
    amount = 1 if word == "single" else number_value(word)
    if amount is None:
        return None
    return "DURATION", duration_value(amount, match["unit"].lower())


def weekday_value(match, context) -> str:
    weekday = WEEKDAYS[match["weekday"].lower()]
    relation = relation_word(match["rel"]) if "rel" in match.re.groupindex else ""
    if context.dct is None:
        return f"XXXX-WXX-{weekday + 1}"
    if relation in ("last", "past", "previous", "this past"):
        day = weekday_date(context.dct, weekday, Direction.PAST, strict=True)
    elif relation in ("next", "coming"):
        day = weekday_date(context.dct, weekday, Direction.FUTURE, strict=True)
    elif relation == "this":
        # "will meet this Tuesday" is the coming one; "confirmed this Tuesday" the day of
        # this week already gone
        past = context.direction() is Direction.PAST
        day = weekday_date(context.dct, weekday, Direction.PAST if past else Direction.FUTURE)
    else:
        day = weekday_date(context.dct, weekday, context.direction())
    return day_value(day)


def relation_word(word: str | None) -> str:
    """A relation word lower-cased with its spaces made single ("this  past" -> "this past")."""
    return " ".join((word or "").lower().split())


def names_a_newspaper(match, context) -> bool:
    """A weekday before a capitalized title word names a paper: "the Sunday Times"."""
    after = re.match(r"[ \t]+([A-Z][a-z]+)\b", context.text[match.end():match.end() + 16])
    return after is not None and after[1] in NEWSPAPER_TITLE_WORDS


def normalize_weekday(match, context):
    if names_a_newspaper(match, context):
        return None
    if match["plural"]:
        return "SET", f"XXXX-WXX-{WEEKDAYS[match['weekday'].lower()] + 1}"
    return "DATE", weekday_value(match, context)


def normalize_weekend(match, context):
    return weekend(match["rel"] or "", context)


def weekend(relation: str, context):
    """The weekend a relation word ("last", "next", "this" or none) points at from the dct;
    the English and the Russian/Ukrainian rules share it."""
    relation = relation_word(relation)
    if context.dct is None:
        return "DATE", UNDERSPECIFIED["weekend"]
    if relation in ("last", "past", "this past"):
        offset = -1
    elif relation in ("next", "coming"):
        offset = 1
    elif relation == "this" or context.dct.weekday() >= 5:
        offset = 0
    else:
        offset = -1 if context.direction() is Direction.PAST else 0
    return "DATE", shift_value(context.dct, "weekend", offset)


def normalize_part_of_day(match, context):
    part = PARTS_OF_DAY[match["part"].lower()]
    lead = match["lead"].lower()
    if match["weekday"]:
        base = weekday_value(match, context)
    else:
        offset = {"this": 0, "today": 0, "yesterday": -1, "last": -1, "tomorrow": 1}[lead]
        base = shift_value(context.dct, "day", offset)
    return "TIME", f"{base}T{part}"


def clock_date(match, context) -> str:
    """The day a clock time falls on: the day it names, else the publication date."""
    if match["weekday"]:
        return weekday_value(match, context)
    word = (match["dayword"] or "").lower()
    if word:
        return shift_value(context.dct, "day", {"yesterday": -1, "tomorrow": 1}.get(word, 0))
    return context.shift_from_anchor("day", 0, same_sentence=True)


def to_24_hour(hour: int, meridiem: str) -> int:
    """A 12-hour clock's hour (1 to 12) on the 24-hour clock: "12 a.m." is 0, "9 p.m." 21."""
    return hour % 12 + (12 if meridiem.lower().startswith("p") else 0)


def normalize_clock(match, context):
    hour = int(match["h"])
    minute = int(match["mi"]) if match["mi"] else 0
    meridiem = (match["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = to_24_hour(hour, meridiem)
    elif match.groupdict().get("hours"):
        if not military_hours(match):    # "2:30 hours" is a length of time, not a clock time
            return "DURATION", f"PT{hour}H" + (f"{minute}M" if minute else "")
    elif not match["tz"] and context.word_before(match.start("h")) not in (
            "at", "by", "around", "until", "from", "after", "before", "since", "to", "till") \
            and not is_entry_timestamp(match) and not follows_full_date(match) \
            and not precedes_full_date(match):
        return None
    if hour > 23 or minute > 59:
        return None
    groups = match.groupdict()
    if groups.get("late") and hour <= 12:
        return None     # "9:18 PM" is the 12-hour clock's
    offset = groups.get("offset")
    zone = "Z" if (match["tz"] or "").upper() in ("UTC", "GMT", "Z") and not offset else ""
    clock = f"{hour:02d}:{minute:02d}"   # TIMEX3 writes "9 p.m." as T21:00
    if groups.get("s"):
        clock += f":{groups['s']}"
    return "TIME", f"{clock_date(match, context)}T{clock}{zone}"


def military_hours(match) -> bool:
    """ "17:30 hours": a two-digit hour and "hours" after it are the military way to write a
    clock time ("2:30 hours" is a length of time)."""
    return bool(match.groupdict().get("hours")) and len(match["h"]) == 2


def is_entry_timestamp(match) -> bool:
    """ "09:40 — Ukraine's air force said ...": a clock time opening a line and followed by
    a dash stamps a live-blog entry, and so does one alone on its line or before its writer's
    name ("21:05 , Jane Roe"); a bare "3:10" elsewhere may be a score or a ratio, and a lone
    "0:00" is a video player's counter."""
    line = match.string[:match.start("h")].rsplit("\n", 1)[-1]
    if line.strip():
        return False
    if LINE_STAMP_DASH.match(match.string, match.end()) is not None:
        return True
    return LINE_STAMP_END.match(match.string, match.end()) is not None \
        and (int(match["h"]), int(match["mi"])) != (0, 0)


# The end of a full date, then the gap before its clock time: "7.12.2024, 15:55"
FULL_DATE_END = re.compile(r"(?:1[5-9]\d\d|20\d\d|\d{4}[-/]\d\d?[-/]\d\d?)[ \t]*(?:,|\||[-–—])?[ \t]*(?:at[ \t]+)?$")
# A wire stamp's month and day alone before its clock time on a line: "Dec 17, 10:05"
# enough to hold "2025-12-18 | at " whole
FULL_DATE_LOOKBEHIND = 20
STAMP_DAY = re.compile(rf"[ \t]*{_MONTH_WORD}\.?[ \t]+\d{{1,2}},[ \t]*")


def follows_full_date(match) -> bool:
    """Whether a clock time comes right after a date with its year (a byline's time stamp),
    or after the month and day that alone open a wire stamp's line."""
    before = match.string[max(0, match.start("h") - FULL_DATE_LOOKBEHIND):match.start("h")]
    if FULL_DATE_END.search(before) is not None and bool(before.strip()):
        return True
    start = match.start("h")
    before = match.string[max(0, start - 20):start]
    if "\n" not in before and start > 20:
        return False
    return STAMP_DAY.fullmatch(before.rsplit("\n", 1)[-1]) is not None


# A numeric date with its year right after a clock time: "18:09 25.07.2022"
# or in words: "11:21, November 29, 2023", "09:05, 3 March 2024"
FULL_DATE_START = re.compile(
    r"[ \t]*(?:,|\|)?[ \t]*(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}-\d\d-\d\d"
    rf"|{_MONTH_WORD}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH_WORD}\.?,?[ \t]+\d{{4}})(?!\d)")


def precedes_full_date(match) -> bool:
    """Whether a clock time stands right before a date with its year (a time stamp)."""
    return FULL_DATE_START.match(match.string, match.end()) is not None


def normalize_named_clock(match, context):
    clock = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[match["word"].lower()]
    return "TIME", f"{shift_value(context.dct, 'day', 0)}T{clock}"


def normalize_every(match, context):
    word = match["unit"].lower()
    step = 2 if match["other"] else 1
    if match["q"]:
        amount = number_value(match["q"])
        if amount is None:
            return None
        step *= amount
    if word in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[word]}"
    if word in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}"
    if word in SEASONS:
        return "SET", f"XXXX-{SEASONS[word]}"
    return "SET", duration_value(step, unit_of(word))


def normalize_frequency_word(match, context):
    word = match["word"]
    if word[0].isupper() and match.start() > 0 and context.text[match.start() - 2:match.start()].strip() \
            not in ("", ".", "!", "?", "\"", "“", "‘"):
        return None     # "the Daily Telegraph"
    if inside_name(context):
        return None
    if names_an_outlet(match, context):
        return None
    return "SET", FREQUENCY_WORDS[word.lower()]


# "daily", "weekly": also nouns of the press (the sources lexicon's media descriptions)
MEDIA_DESCRIPTIONS = frozenset(lexicon().sources["media_descriptions"])
REPORTING_VERBS = frozenset(lexicon().speech_verbs["reporting"])
# "the Vedomosti daily": the article of a paper's name before its description
NAMED_OUTLET_BEFORE = re.compile(r"\bthe\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}$", re.IGNORECASE)
WORD_AFTER = re.compile(r"[ \t]+([\w'’]+)")
NAMED_OUTLET_LOOKBEHIND = 60


def names_an_outlet(match, context) -> bool:
    """Whether a frequency word is the noun of a newspaper: "the daily newspaper Trud",
    "the daily Izvestia", "the Vedomosti daily" (but "flights run daily Monday to Friday")."""
    word = match["word"].lower()
    if word not in MEDIA_DESCRIPTIONS:
        return False
    after = WORD_AFTER.match(context.text, match.end())
    if after is not None:
        following = after.group(1)
        if following.lower() in MEDIA_DESCRIPTIONS:
            return True
        if following[0].isupper() and following.lower() not in WEEKDAYS and following.lower() not in MONTHS:
            return True
    before = context.text[max(0, match.start() - NAMED_OUTLET_LOOKBEHIND):match.start()]
    return NAMED_OUTLET_BEFORE.search(before) is not None or reports_after_a_name(context)


def reports_after_a_name(context) -> bool:
    """ "Izvestia daily reported", "cited by Novaya daily as saying": after a name inside the
    sentence, a word that reports (the speech verbs lexicon) makes the pair an outlet."""
    tokens = context.tokens()
    if not tokens or tokens[0].i == 0:
        return False
    doc, name = tokens.doc, tokens.doc[tokens[0].i - 1]
    if not name.text[:1].isupper() or (name.is_sent_start and name.pos_ != "PROPN"):
        return False
    following = doc[tokens[-1].i + 1:tokens[-1].i + 3]
    if len(following) and following[0].lower_ == "as":
        following = following[1:]
    return len(following) > 0 and following[0].lemma_.lower() in REPORTING_VERBS


def normalize_rate(match, context):
    tokens = context.tokens()
    if not tokens or tokens[0].i == 0:
        return None
    before = tokens.doc[tokens[0].i - 1]
    if match["lead"] is None and not (before.like_num or before.tag_ in ("NNS", "CD")
                                      or before.lower_ in ("times", "once", "twice")):
        return None
    return "SET", duration_value(1, match["unit"].lower())


def normalize_holiday(match, context):
    month, day = HOLIDAYS[" ".join(match["holiday"].replace("’", "'").split())]
    if match["hyear"]:
        return "DATE", f"{match['hyear']}-{month:02d}-{day:02d}"
    if modifies_following_noun(context):
        return None     # "Christmas sales", "the Victory Day parade": a kind, not a day
    if context.dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    year = year_for_month_day(context.dct, month, day, context.direction())
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}"


FUTURE_OF = re.compile(r"\s+of\b", re.IGNORECASE)


def modifies_following_noun(context) -> bool:
    tokens = context.tokens()
    if not tokens:
        return False
    last = tokens[-1]
    return last.dep_ in MODIFIER_DEPS and last.head.i >= tokens.end


MODIFIER_DEPS = {"compound", "nmod", "amod"}


def normalize_fuzzy(match, context):
    if inside_name(context) or capital_now_in_a_name(match, context.text):
        return None
    if match["tx"].lower().startswith("the ") and FUTURE_OF.match(context.text, match.end()):
        return None     # "the future of the alliance": a subject, not a time
    phrase = " ".join(match["tx"].lower().split())
    if phrase in SOON_PHRASES and word_after(context.text, match.end()) in RELATION_WORDS_AFTER_SOON:
        return None     # "soon after the strike": a relation to an event, like "as soon as"
    if phrase in ("the present", "the past", "the future") and modifies_noun_after(context, match.end()):
        return None     # "the present administration", "the future frigate": an adjective
    return "DATE", FUZZY_VALUES[phrase]


# a capital "Now" inside a sentence before another capital word: a place's name ("in Now Zad")
NOW_IN_A_NAME = re.compile(r"(?:(?<![\w'’-])[a-z][\w'’-]*|,)[ \t]+$")
CAPITAL_WORD_AFTER = re.compile(r"[ \t]+(?-i:[A-Z])[a-z]")


def capital_now_in_a_name(match, text: str) -> bool:
    """ "the bazaar in Now Zad": "Now" capitalized after a lower-case word or a comma and
    before a capitalized word is a name's first word, not the present; at a sentence's or a
    headline's start ("Now Troops Move In") it stays a time."""
    if match["tx"] != "Now":
        return False
    start, end = match.start("tx"), match.end("tx")
    return (NOW_IN_A_NAME.search(text[max(0, start - 30):start]) is not None
            and CAPITAL_WORD_AFTER.match(text, end) is not None)


SOON_PHRASES = ("soon", "very soon")
RELATION_WORDS_AFTER_SOON = frozenset(lexicon().timex["relation_words_after_soon"])


def word_after(text: str, end: int) -> str:
    """The lower-cased word that follows ``end`` ("" at the end of the text)."""
    found = re.match(r"\s*([A-Za-z]+)", text[end:end + 40])
    return found.group(1).lower() if found else ""


def normalize_at_present(match, context):
    return "DATE", FUZZY_VALUES["the present"]


# nouns after "the present" that still name a time ("to the present day")
PRESENT_TIME_NOUNS = frozenset(lexicon().timex["present_time_nouns"])


def modifies_noun_after(context, end: int) -> bool:
    """Whether the expression's last word is an adjective of a noun after it ("the present
    administration", "the present and future needs")."""
    span = context.doc.char_span(context.start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    word = span[-1]
    return word.pos_ == "ADJ" and word.dep_ in ("amod", "conj") and word.head.i > word.i \
        and word.head.pos_ in ("NOUN", "PROPN") and word.head.lower_ not in PRESENT_TIME_NOUNS


def normalize_later_today(match, context):
    if "today" in match.group().lower():
        return "DATE", shift_value(context.dct, "day", 0)
    return "DATE", context.shift_from_anchor("day", 0)


def normalize_within_unit(match, context):
    return "DATE", shift_value(context.dct, match["unit"].lower(), 0)


def normalize_the_day(match, context):
    return "DATE", context.shift_from_anchor("day", 0)


def normalize_quarter_number(match, context):
    """Q3 2025, 2025-Q3, H1 2025: quarters and halves written as codes."""
    kind = (match["kind"] or match["kind2"]).upper()
    number = int(match["q"] or match["q2"])
    if kind == "H" and number > 2:
        return None
    return "DATE", f"{match['qy'] or match['qy2']}-{kind}{number}"


def normalize_week_of_month(match, context):
    """The first/last week of March (2025): the ISO week, counted by its Thursday."""
    month = month_number(match["month"])
    if match["year"]:
        year = int(match["year"])
    elif context.dct is not None:
        year = year_for_period(context.dct, month, 1, context.direction())
    else:
        return "DATE", "XXXX-WXX"
    # As in ISO 8601, a week belongs to the month that holds its Thursday.
    first_thursday = 1 + (3 - calendar.weekday(year, month, 1)) % 7
    ordinal = match["ord"].lower()
    if ordinal in ("last", "final"):
        day = first_thursday + 7 * ((calendar.monthrange(year, month)[1] - first_thursday) // 7)
    else:
        day = first_thursday + 7 * (ORDINAL_WORDS[ordinal] - 1)
    return "DATE", week_value(dt.date(year, month, day))


def normalize_fiscal_year(match, context):
    """FY2026, FY26, F.Y. '26, fiscal year 2026, the 2026 fiscal year: a fiscal year, whose months
    depend on who keeps the books."""
    year = match["fy"] or match["fy_dotted"] or match["fyear"] or match["fyear_first"]
    return "DATE", "FY" + (year if len(year) == 4 else "20" + year)


def normalize_anchored(match, context):
    if match["unit3"]:
        return "DATE", context.shift_from_anchor("day", 0)
    if match["ba"] and introduces_clause(context, match.end("ba")):
        return None     # left to "the_day_before_clause"
    return normalize_anchored_day(match, context)


def normalize_bare_ordinal_day(match, context):
    """A day of the month without the month's name ("on 24th"): the report's month, unless the
    tense puts the day in the month before (past, later day) or after (future, earlier day)."""
    day = int(match["day"])
    dct = context.dct
    if dct is None:
        return "DATE", f"XXXX-XX-{day:02d}"
    year, month = dct.year, dct.month
    direction = context.direction()
    if direction is Direction.PAST and day > dct.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    elif direction is Direction.FUTURE and day < dct.day:
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    if not valid_day(year, month, day):
        return None
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}"


def normalize_eve(match, context):
    """ "On the eve, the ministry said ...": the day before the date narrated last (or the
    report's), as agency copy translates the Russian for "the day before"."""
    return "DATE", context.shift_from_anchor("day", -1)


def introduces_clause(context, end: int) -> bool:
    """Whether the word ending at ``end`` ("before", "after") opens a clause, not a noun phrase:
    "the day before he was arrested" against "the day before the vote"."""
    tokens = context.doc.char_span(end - 1, end, alignment_mode="expand")
    if tokens is None or len(tokens) == 0:
        return False
    word = tokens[-1]
    following = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return word.dep_ == "mark" or (following is not None and following.lower_ in SUBJECT_PRONOUNS)


def normalize_day_before_clause(match, context):
    """The day before an event the text narrates in a clause: its date is the event's,
    which the text does not give here."""
    if not introduces_clause(context, match.end("ba")):
        return None
    return "DATE", UNDERSPECIFIED[match["unit"].lower()]


_PERIOD_YEAR = r"(?:\s+of)?\s+(?:(?:year\s+)?(?P<pyear>1[5-9]\d\d|20\d\d)(?!\d)|(?P<prel>this|last|next|current|the)\s+(?:fiscal\s+|financial\s+)?year)"
_HOLIDAY_NAMES = alternation(name.replace("'", "['’]") for name in HOLIDAYS)
_TIME_ZONE = r"(?P<tz>UTC|GMT|Z\b|(?:local|Moscow|Kyiv|Kiev|Minsk|Warsaw)\s+time|[ECMP][SD]T\b|BST\b|IST\b|CET|CEST|EET|EEST|MSK)"
# A time zone after a clock time, maybe with an offset, maybe in brackets: "(GMT +8)"
_ZONE_SUFFIX = (rf"(?:\s*(?P<paren>\()?\s*{_TIME_ZONE}(?P<offset>\s*[+-]\s*\d{{1,2}}(?::?\d\d)?)?"
                r"(?(paren)\s*\)))?")
_CLOCK_DAY = (rf"(?:,?\s+(?:{WEEKDAY}|(?P<dayword>today|yesterday|tomorrow)))?")
_WORD_EDGE = r"(?<![\w-])"
# "late Thursday night", "early on Monday": the position in the day is inside the extent
# "the 6th of March", "the 6th March": a determiner of the day itself; in "the 31 August
# deadline" it is the noun's, and stays out
_THE_BEFORE_DAY = r"(?:the\s+(?=\d{1,2}(?:st|nd|rd|th)|\d{1,2}\s+of\b))?"
# "late on Monday", "earlier Sunday" (with "on", "earlier" is an adverb outside: "Earlier on
# Tuesday")
_LATE_OR_EARLY = r"(?:(?:(?:late|early)(?:\s+on)?|earlier)\s+(?=(?-i:[A-Z])))?"
# a transcript's "00:43that": a clock glued to the word after it is an offset, not a time
_NOT_GLUED_TO_WORD = r"(?!(?-i:(?!(?:hrs?|h|am|pm)\b)[a-z]))"
# after a hyphen or dash between numbers, where a range ends ("18-19 months")
_RANGE_END_EDGE = r"(?:(?<![\w-])|(?<=\d[-–])(?<!\d{4}[-–]))"
# "June 16 of last year": the year comes as a relative phrase
_OF_YEAR = r"(?:\s+(?:of\s+)?(?P<ofyear>this|last|next)\s+year\b)?"
# Words that may follow an adverb ("overnight in the south", "overnight, officials said"),
# where a noun would make it an adjective ("an overnight attack")
_FUNCTION_WORDS = (r"(?:in|on|at|to|into|from|and|with|during|as|the|a|an|after|before|when|while|"
                   r"near|over|across|along|against|by|for|of|but|or|that|which|amid|were|was|"
                   r"is|are|had|has|have|been|said|says|according)")
# The second month of a pair or range and the year they share: "May or June 2027"
_SHARED_YEAR = (rf"(?=(?:\s+(?:or|and|to|through|until|till)\s+|\s*[-–]\s*)"
                rf"(?-i:(?P<month2>{alternation(FULL_MONTH_NAMES)}))\s+(?:(?P<year2>1[5-9]\d\d|20\d\d)(?![\d\w])"
                rf"|(?P<year2rel>this|last|next)\s+year\b))")
# "this past week", "this past Friday": the one just gone
_THIS_PAST = r"this\s+past"
_RANGE_WORDS = r"(?:past|last|previous|next|coming|following|first|upcoming)"


@dataclass(frozen=True)
class Example:
    """A sentence a rule must read, the timex it holds, and its value (publication date
    ``EXAMPLE_DCT``): the rule's own test case, run gated, ungated and unwindowed."""

    text: str
    timex: str
    value: str


EXAMPLE_DCT = "2025-12-19"   # a Friday, ISO week 51


def rule(name: str, pattern: str, normalize: Callable, *examples: tuple[str, str, str]):
    return name, pattern, normalize, tuple(Example(*example) for example in examples)


# The rules, most specific first: on equal extents, the earlier rule wins. Each carries the
# examples it must read; the sentences are written for these rules.
RULE_TABLE = (
    rule("iso_date", r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])", normalize_iso_date,
         ("The decree, numbered 214 and dated 2025-03-14, was published.", "2025-03-14", "2025-03-14")),
    rule("dotted_date", r"(?<![\w/.-])(?P<d>\d{1,2})(?P<sep>[.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\w/-]|\.\d)", normalize_dotted_date,
         ("The order of 14.03.2025 moved the brigade.", "14.03.2025", "2025-03-14"),
         ("The decree of 14-03-2025 moved the brigade.", "14-03-2025", "2025-03-14")),
    rule("year_first_date", r"(?<![\w/.])(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\w/])", normalize_iso_date,
         ("A notice dated 2025/03/14 closed the airspace.", "2025/03/14", "2025-03-14")),
    rule("slash_date", r"(?<![\w/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?![\w/])", normalize_slash_date,
         ("The memo dated 3/14/2025 was leaked.", "3/14/2025", "2025-03-14"),
         ("Updated: 12/19/2025\nThe minister spoke.", "12/19/2025", "2025-12-19")),
    rule("day_month_slash", r"(?<![\w/.:])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,]\d|\s+of\b)", normalize_day_month_slash,
         ("The ministry confirmed on 14/03 that the radar was working.", "14/03", "2025-03-14"),
         ("Two launchers were seen near the port (02/11).", "02/11", "2025-11-02")),
    # a digest's stamp puts a full stop after a full month name too: "May. 16, 2022"
    rule("month_day_year", rf"(?:{WEEKDAY},?[ \t]+)?{MONTH_ANY}\.?\s*{DAY}(?:,\s*|\s+){YEAR}", normalize_full_date,
         ("The frigate sailed on March 14, 2025, from Kiel.", "March 14, 2025", "2025-03-14"),
         ("Posted June. 3, 2021 the list named two brigades.", "June. 3, 2021", "2021-06-03")),
    # a forum's post stamp puts a comma after the month: "Nov, 3 2006 @ 07:12 PM"
    rule("month_comma_day_year", rf"{_WORD_EDGE}(?-i:(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)),[ \t]*{DAY}[ \t]+{YEAR}", normalize_full_date,
         ("A post of Mar, 9 2004 said the brigade had left.", "Mar, 9 2004", "2004-03-09")),
    rule("day_month_year", rf"(?:{WEEKDAY},?[ \t]+)?{_THE_BEFORE_DAY}{DAY}(?:\s+of)?\s+{MONTH_ANY},?\s+{YEAR}", normalize_full_date,
         ("The frigate sailed on 14 March 2025 from Kiel.", "14 March 2025", "2025-03-14")),
    # a release's dateline in capitals: "LONDON - 14 MARCH 2025"
    rule("day_month_year_capitals", rf"{_WORD_EDGE}{DAY}\s+{MONTH_CAPITALS},?\s+{YEAR}", normalize_full_date,
         ("OSLO - 2 FEBRUARY 2024 The navy took the corvette over.", "2 FEBRUARY 2024", "2024-02-02")),
    rule("holiday", rf"{_WORD_EDGE}(?-i:(?P<holiday>{_HOLIDAY_NAMES}))(?:,?\s+(?P<hyear>1[5-9]\d\d|20\d\d))?\b", normalize_holiday,
         ("Sirens sounded across the city on Christmas Day.", "Christmas Day", "2024-12-25"),
         ("Veterans marched on Victory Day 2025 in the rain.", "Victory Day 2025", "2025-05-09")),
    # a number after the day is a year or a list ("March 14, 15 and 16"), unless it is a
    # clock time: a wire story's stamp "Feb 7, 8:41 AM EST" holds the day and then the time
    rule("month_day", rf"(?:{WEEKDAY},?[ \t]+)?(?:{_WORD_EDGE}(?P<rel>last|this|next)[ \t]+)?{MONTH_ANY}\s*{DAY}(?!\s*,?\s*\d(?!\d?[:.][0-5]\d)(?!\d?\s+(?!(?:and|or|to|through)\b)[A-Za-z])){_OF_YEAR}", normalize_month_day,
         ("The radar was switched off on March 14.", "March 14", "2025-03-14"),
         # "last June 19": the June 19 gone by, as some regional outlets write it
         ("The ceremony was first slated last June 19 at the pier.", "last June 19", "2025-06-19"),
         ("The frigate sails next January 5 from the base.", "next January 5", "2026-01-05"),
         # a range's end keeps to the year of its start, whatever the verb's tense
         ("The games, slated from December 19 to December 28, were opened by the minister.", "December 28", "2025-12-28"),
         ("Dec 2, 8:41 AM EST\nThe brigade left its base.", "Dec 2", "2025-12-02"),
         # a count after the day's comma opens the next clause ("On September 18, 18 troops
         # were killed"); a list of days does not ("March 14, 15 and 16")
         ("On September 18, 18 soldiers were killed at the base.", "September 18", "2025-09-18")),
    # the bare day that ends a range opened by a month and day ("from Aug. 4 to 8"); not
    # a clock time, an amount or a list ("March 14, 15 and 16" stays with "month_day")
    rule("range_end_day", rf"{MONTH_ANY}\s*(?P<d1>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:to|through|until|till|-|–)\s*(?P<tx>(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?![\w:/]|[.,]\d|\s*(?:[ap]\.?m\b|%|percent\b|per\s+cent))",
         normalize_range_end_day,
         ("The envoy toured India from Aug. 4 to 8.", "8", "2025-08-08"),
         ("The drills ran from December 1-5 near the border.", "5", "2025-12-05")),
    # the bare day that opens a range closed by a day and its month ("on 30 and 31 August")
    rule("range_start_day", rf"{_WORD_EDGE}(?P<tx>(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)\s*(?:and|to|-|–|&)\s*(?P<d2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_ANY}(?:,?\s+{YEAR})?",
         normalize_range_start_day,
         ("He visited the Northern Command on 17 and 18 December.", "17", "2025-12-17"),
         ("The talks ran from 2 to 4 March 2024 in Minsk.", "2", "2024-03-02")),
    rule("day_month_short_year", rf"{_WORD_EDGE}{DAY}\s+(?-i:(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.?\s+(?P<yy>\d\d)(?![\w:/]|[.,]\d|\s*(?:%|percent\b))",
         normalize_short_year_date,
         ("The corvette was commissioned at Istanbul on 23 Sep 23.", "23 Sep 23", "2023-09-23"),
         ("The patrol vessel was commissioned on 25 Jul 24 in Galati.", "25 Jul 24", "2024-07-25")),
    rule("ordinal_day_of_month", rf"{_WORD_EDGE}the\s+(?P<ordday>{_ORDINAL_DAY})\s+of\s+{MONTH_FULL}(?:,?\s+{YEAR})?",
         normalize_ordinal_day,
         ("The decision taken on the sixth of May 1976 founded the army.", "the sixth of May 1976", "1976-05-06"),
         ("The parade was held on the twenty-first of June.", "the twenty-first of June", "2025-06-21")),
    rule("day_month", rf"{_WORD_EDGE}(?:{WEEKDAY},?[ \t]+)?{_THE_BEFORE_DAY}{DAY}(?:\s+of)?\s+{MONTH_ANY}{_OF_YEAR}", normalize_month_day,
         ("The radar was switched off on 14 March.", "14 March", "2025-03-14"),
         # a weekday before the date is part of it, as before "March 14" and "14 March 2025"
         ("The footage was released on Thursday, 6th March, with a statement.", "Thursday, 6th March", "2025-03-06"),
         ("Talks stalled before the 9 June cut-off for the deal.", "9 June", "2025-06-09")),
    rule("month_year", rf"{POSITION}{MONTH_ANY},?\s+(?:of\s+)?{YEAR}", normalize_month_year,
         ("The crews finished training in March 2025.", "March 2025", "2025-03")),
    rule("month", rf"(?:{_WORD_EDGE}|(?<=[a-z][-–])){POSITION}(?:(?P<rel>last|next|this)\s+)?{MONTH_FULL}(?:\s+(?P<yearrel>this|last|next)\s+year\b|(?=\s+of\s+(?P<ofyear>this|last|next|the\s+same)\s+year\b)|{_SHARED_YEAR})?", normalize_month,
         ("The crews finished training in October.", "October", "2025-10"),
         # the year written once for two months: "in May or June 2027"
         ("The jets will land in May or June 2027.", "May", "2027-05"),
         ("The drills ran from November to February 2025.", "November", "2024-11"),
         ("The contract was signed in March last year.", "March last year", "2024-03"),
         # the second month of a hyphenated pair: "the May-June window"
         ("The tanks will move in the May-June window.", "June", "2026-06")),
    rule("quarter_number", r"(?<![\w-])(?:(?P<kind>[QH])(?P<q>[1-4])\s*(?P<qy>1[5-9]\d\d|20\d\d)|(?P<qy2>1[5-9]\d\d|20\d\d)-(?P<kind2>[QH])(?P<q2>[1-4]))(?![\w])",
         normalize_quarter_number,
         ("Deliveries resume in Q2 2026, the maker said.", "Q2 2026", "2026-Q2")),
    rule("week_of_month", rf"{_WORD_EDGE}the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+{MONTH_FULL}(?:,?\s+{YEAR})?",
         normalize_week_of_month,
         ("The drills take place in the second week of March 2026.", "the second week of March 2026", "2026-W11")),
    # written out, the year after "fiscal (year)" or before "fiscal year"; never a duration
    # of two thousand years
    rule("fiscal_year", r"(?<![\w-])(?:FY\s?[-'’]?(?P<fy>\d{4}|\d{2})|(?-i:F\.\s?Y\.)\s?['’]?(?P<fy_dotted>\d{4}|\d{2})(?![\w'’])|fiscal(?:\s+year)?\s+(?P<fyear>1[5-9]\d\d|20\d\d)|(?:the\s+)?(?P<fyear_first>1[5-9]\d\d|20\d\d)\s+fiscal\s+year)(?![\w])",
         normalize_fiscal_year,
         ("The FY2027 request funds three more batteries.", "FY2027", "FY2027"),
         ("Only two radars were handed over in fiscal year 2024.", "fiscal year 2024", "FY2024"),
         ("The army hopes to field the launchers in fiscal 2027.", "fiscal 2027", "FY2027"),
         ("Four interceptors arrived in the 2023 fiscal year, the agency said.", "the 2023 fiscal year", "FY2023"),
         # a briefing transcript's "F.Y. '27", the dots and the clipped year of speech
         ("The F.Y. '27 request buys six more radars.", "F.Y. '27", "FY2027")),
    rule("quarter", rf"{_WORD_EDGE}{POSITION}(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last|past|previous)[\s-]+(?:(?:fiscal|financial|calendar)\s+)?quarter(?!s)(?:{_PERIOD_YEAR})?",
         normalize_quarter,
         ("Output doubled in the first quarter of 2025.", "the first quarter of 2025", "2025-Q1")),
    rule("months_of_year", rf"{_WORD_EDGE}the\s+(?P<ord>first|last|final)\s+(?P<count>three|six|3|6)\s+months(?:{_PERIOD_YEAR})",
         normalize_months_of_year,
         ("Grid strikes doubled across the first three months of the year, per Kyiv.", "the first three months of the year", "2025-Q1"),
         ("Exports fell in the first six months of 2024.", "the first six months of 2024", "2024-H1")),
    rule("half_of_month", rf"{_WORD_EDGE}the\s+(?:first|second|latter)\s+half\s+of\s+{MONTH_FULL}(?:,?\s+{YEAR})?",
         normalize_half_of_month,
         ("The battery goes into service in the second half of January.", "the second half of January", "2026-01"),
         ("The works ran through the first half of May 2024.", "the first half of May 2024", "2024-05")),
    rule("half", rf"{_WORD_EDGE}the\s+(?P<ord>first|second)\s+half(?:{_PERIOD_YEAR})", normalize_half,
         ("More jets are due in the first half of 2026.", "the first half of 2026", "2026-H1")),
    rule("season", rf"{_WORD_EDGE}{POSITION}(?:(?P<rel>last|this|next|past|coming)\s+|(?P<the>the)\s+)?(?:(?P<syear_first>1[5-9]\d\d|20\d\d)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<syear>1[5-9]\d\d|20\d\d))?(?![\w-])",
         normalize_season,
         ("The radars were installed last spring.", "last spring", "2025-SP"),
         ("The tanks were shipped in the summer.", "the summer", "2025-SU"),
         ("More launchers are due to arrive in the fall.", "the fall", "2026-FA"),
         # the year before the season names it as well ("its 2024 winter rotation")
         ("The battalion returns for its 2027 winter rotation.", "2027 winter", "2027-WI"),
         ("Crews were trained during the 2023 fall exercises.", "the 2023 fall", "2023-FA")),
    rule("century", rf"{_WORD_EDGE}{ORDINAL_CENTURY}[\s-]+(?-i:[Cc])entury(?!\w)", normalize_century,
         ("Trench warfare returned in the 21st century.", "21st century", "20")),
    rule("decade", rf"{_WORD_EDGE}{POSITION}(?:(?P<cent>1[5-9]|20)(?P<dec>\d)0['’]?s|(?:(?<=the\s)|(?<=and\s)|(?<=early\s)|(?<=late\s)|(?<=mid-)|['’‘])(?P<short>\d)0['’]?s)(?!\w)",
         normalize_decade,
         ("The depot was built in the 1970s.", "1970s", "197"),
         # an opening curly quote typed for the apostrophe of a short decade
         ("They fought with weapons from the ‘80s.", "‘80s", "198")),
    rule("year_suffix", r"(?<=(?P<first>\d{4})[-–/])(?P<yy>\d\d)(?![\w-])", normalize_year_suffix,
         ("The 2023-24 winter campaign hit the grid.", "24", "2024")),
    rule("short_year", r"(?<![\w'’])['’](?P<yy>\d\d)(?![\w'’])", normalize_short_year,
         ("Since '22 the plant has doubled its output.", "'22", "2022")),
    rule("year", rf"(?<![\w$€£.,/#])(?<![A-Za-z]-){POSITION}{YEAR}(?![.,]\d|\s*%|/\w)", normalize_year,
         ("The plant opened in 2019 near Lviv.", "2019", "2019")),
    rule("every", rf"{_WORD_EDGE}(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<q>{NUMBER})\s+)?(?P<unit>{UNIT}|morning|afternoon|evening|night|spring|summer|autumn|winter|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?!\w)",
         normalize_every,
         ("Patrol aircraft take off every two hours.", "every two hours", "PT2H")),
    rule("rate", rf"{_WORD_EDGE}(?P<lead>(?:once|twice|thrice|{NUMBER}\s+times)\s+)?(?:a|an|per|each)\s+(?P<unit>day|week|month|year|hour)(?![\w-])",
         normalize_rate,
         ("The plant builds four missiles a month.", "a month", "P1M")),
    rule("frequency", rf"{_WORD_EDGE}(?P<word>{alternation(FREQUENCY_WORDS)})(?![\w-])", normalize_frequency_word,
         ("Reconnaissance flights run daily along the border.", "daily", "P1D"),
         ("Patrols sail weekly Monday to Friday.", "weekly", "P1W")),
    rule("ago", rf"{_WORD_EDGE}{APPROXIMATOR}(?P<q>{QUANTITY})\s+{UNIT_ADJECTIVE}(?P<unit>{UNIT})\s+ago\b", normalize_ago,
         ("The depot burned two weeks ago.", "two weeks ago", "2025-12-05")),
    rule("later", rf"{_WORD_EDGE}(?P<q>{QUANTITY})\s+(?P<unit>{UNIT})\s+(?P<dir>later|earlier)\b(?!\s+than)", normalize_later,
         ("The first battery came on March 3; the second came two days later.", "two days later", "2025-03-05")),
    rule("anchored_day", rf"{_WORD_EDGE}(?:(?:the|that)\s+(?:(?P<which>next(?=\s+day)|following|previous|preceding|prior|same)\s+(?P<unit>day|week|month|year)|(?P<unit2>day|week|month|year)\s+(?P<ba>before|after|earlier|later|previous|prior)(?!\s+(?:yesterday|tomorrow)))|that\s+(?P<unit3>day))(?![\w-])",
         normalize_anchored,
         ("The convoy reached the border on March 3 and crossed it the following day.", "the following day", "2025-03-04")),
    # "on the eve" alone is a day; "on the eve of the talks" is anchored to an event
    # "on 24th." with no month: a day of the report's month, or of the month before or after
    rule("bare_ordinal_day", rf"{_WORD_EDGE}on\s+(?:the\s+)?(?P<tx>(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))(?=[ \t]*(?:[.,;:!?)]|$))", normalize_bare_ordinal_day,
         ("The depot burned on 14th.", "14th", "2025-12-14"),
         ("The crews will rotate on the 28th, the colonel said.", "28th", "2025-12-28"),
         ("The column left on 21st.", "21st", "2025-11-21")),
    rule("eve", rf"{_WORD_EDGE}on\s+(?P<tx>the\s+eve)(?![\w-])(?!\s+of\b)", normalize_eve,
         ("On the eve, the ministry said two launchers had been moved.", "the eve", "2025-12-18"),
         ("The frigate docked on March 3. On the eve, its escort had left.", "the eve", "2025-03-02")),
    rule("the_day_before_clause", rf"{_WORD_EDGE}(?P<tx>(?:the|that)\s+(?P<unit>day|week|month|year))\s+(?P<ba>before|after)(?![\w-])",
         normalize_day_before_clause,
         ("The ship left port the day before it was due to sail.", "the day", "XXXX-XX-XX")),
    rule("day_word", rf"{_WORD_EDGE}(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)(?![\w-])",
         normalize_day_word,
         ("The minister visited the base yesterday.", "yesterday", "2025-12-18")),
    rule("later_today", rf"{_WORD_EDGE}(?:(?:earlier|later)\s+today|(?:earlier|later|early|late)\s+in\s+the\s+day)(?![\w-])", normalize_later_today,
         ("The president will speak later today.", "later today", "2025-12-19"),
         ("Drones hit the port on Tuesday. Earlier in the day, sirens sounded.", "Earlier in the day", "2025-12-16")),
    rule("the_day", r"(?:\b(?:end|ends|ended|ending|close|closes|closed|closing|finish|finished|start|started|open|opened|late\s+in|later\s+in|early\s+in)\s+)(?P<tx>the\s+day)(?![\w-])",
         normalize_the_day,
         ("The crews started the day with a drill.", "the day", "2025-12-19")),
    # "completed within the year": the current year, not a span of one
    rule("within_unit", rf"{_WORD_EDGE}within\s+(?P<tx>the\s+(?P<unit>year|month|week))(?![\w-]|\s+(?:of|after|before|since)\b)",
         normalize_within_unit,
         ("The upgrade will be completed within the year, the air force said.", "the year", "2025")),
    rule("positioned_unit", rf"{_WORD_EDGE}(?P<position>(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn)\s+of)\s+(?:the\s+|(?P<this>this)\s+)?(?P<unit>year|month|week|day|decade)(?![\w-])",
         normalize_positioned_unit,
         ("The radar will be ready by the end of the year.", "the end of the year", "2025"),
         ("The navy wants twelve hulls afloat by the end of the decade.", "the end of the decade", "202")),
    rule("unit_end", rf"{_WORD_EDGE}(?:the\s+|(?P<this>this)\s+)?(?P<unit>year|month)[-\s]end(?![\w-])",
         normalize_positioned_unit,
         ("The contracts are to be signed by year end, the ministry said.", "year end", "2025"),
         ("Deliveries slipped past this year-end deadline.", "this year-end", "2025")),
    rule("relative_unit", rf"{_WORD_EDGE}{POSITION}(?P<det>the\s+)?(?P<rel>{_THIS_PAST}|this|last|next|past|previous|coming|current|present|following|preceding|same)\s+(?:(?:fiscal|financial|calendar)\s+)?(?P<unit>week|month|year|decade|century|quarter)(?![\w-])",
         normalize_relative_unit,
         ("The crews were trained last month.", "last month", "2025-11"),
         ("The frigate was due to sail this past week.", "this past week", "2025-W50"),
         ("The deal was signed in August 2016, and the next year the first jets landed.", "the next year", "2017")),
    # "the year ahead": the next one, like "the coming year"; "the year ahead of the vote"
    # is a relation to an event, and "in the years ahead" is the plural rule's span
    rule("unit_ahead", rf"{_WORD_EDGE}the\s+(?P<unit>year|month|week)\s+ahead(?![\w-])(?!\s+of\b)",
         normalize_unit_ahead,
         ("Analysts expect more launchers in the year ahead.", "the year ahead", "2026")),
    rule("weekend", rf"{_WORD_EDGE}(?:(?P<rel>{_THIS_PAST}|this|last|next|past|coming)|the)\s+weekend(?![\w-])", normalize_weekend,
         ("The launchers moved over the weekend.", "the weekend", "2025-W50-WE"),
         ("The crews returned to base this past weekend.", "this past weekend", "2025-W50-WE")),
    rule("relative_units_range", rf"{_WORD_EDGE}(?:the\s+)?{_RANGE_WORDS}\s+(?P<q>{NUMBER})\s*(?:to|or|-|–)\s*(?P<q2>{NUMBER})\s+{UNIT_ADJECTIVE}(?P<unit>{UNIT_PLURAL})(?![\w-])",
         normalize_units_range,
         ("The loan covers the next five to seven years.", "the next five to seven years", "PXY")),
    rule("relative_units_pair", rf"{_WORD_EDGE}(?:the\s+)?(?:{_RANGE_WORDS}|recent)\s+(?P<unit>{UNIT_PLURAL})\s+(?:and|or)\s+(?P<unit2>{UNIT_PLURAL})(?![\w-])",
         normalize_units_pair,
         ("More shells will arrive in the coming days and weeks.", "the coming days and weeks", "PXW")),
    rule("relative_units", rf"{_WORD_EDGE}(?P<det>the\s+)?(?:(?:past|last|previous|preceding|next|coming|following|recent|upcoming)\s+)(?:(?P<q>{QUANTITY})\s+)?{UNIT_ADJECTIVE}(?P<unit>{UNIT_PLURAL})(?![\w-])",
         normalize_relative_units,
         ("Strikes intensified over the past three weeks.", "the past three weeks", "P3W"),
         ("Output doubled against the preceding two years.", "the preceding two years", "P2Y")),
    rule("relative_units_number", rf"{_WORD_EDGE}(?P<det>the\s+)(?:(?:past|last|previous|next|coming|following|first)\s+)(?P<q>{QUANTITY})\s+{UNIT_ADJECTIVE}(?P<unit>{UNIT})(?![\w-])",
         normalize_relative_units,
         ("Losses peaked during the first two weeks.", "the first two weeks", "P2W")),
    # "within a matter of weeks": the phrase is the span's, as "a few weeks" is
    rule("matter_of", rf"{_WORD_EDGE}a\s+matter\s+of\s+(?P<unit>{UNIT_PLURAL})(?![\w-])", normalize_bare_units,
         ("The frigate could sail within a matter of weeks.", "a matter of weeks", "PXW")),
    rule("to_come", rf"{_WORD_EDGE}(?:the\s+)?(?P<unit>{UNIT_PLURAL})\s+(?:to\s+come|ahead)\b(?!\s+of\b)", normalize_bare_units,
         ("More strikes are expected in the weeks to come.", "the weeks to come", "PXW"),
         ("The plant will grow in the years ahead, the minister said.", "the years ahead", "PXY")),
    rule("duration_range_start", rf"{_WORD_EDGE}(?P<q>{NUMBER})(?=\s*(?:and|to|or|-|–)\s*(?:{NUMBER})\s+(?P<unit>{UNIT_PLURAL})\b(?!\s+old\b))",
         normalize_duration_range_start,
         ("Repairs will take two to three weeks.", "two", "P2W")),
    rule("clock_military", rf"{_WORD_EDGE}(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:{_TIME_ZONE}|hours?\b|hrs\b)(?P<ampm>){_CLOCK_DAY}",
         normalize_clock,
         ("The convoy left at 0400 hours.", "0400 hours", "2025-12-19T04:00")),
    rule("duration", rf"{_RANGE_END_EDGE}(?:the\s+)?{APPROXIMATOR}(?P<q>{QUANTITY})\s+{UNIT_ADJECTIVE}(?P<unit>{UNIT})(?P<half>\s+and\s+a\s+half)?(?![\w-]|\s+(?:old|older|of\s+age|(?:and|or)\s+(?:older|younger))\b)",
         normalize_duration,
         ("The siege of the town lasted three months.", "three months", "P3M"),
         ("Deliveries will take a year and a half.", "a year and a half", "P1.5Y"),
         ("The refit will take 14-16 weeks.", "16 weeks", "P16W"),
         ("The tender ran for two-and-a-half months.", "two-and-a-half months", "P2.5M")),
    # "a yearlong deployment", "a week-long drill": one unit as an adjective (a plural
    # "months-long" is left alone: how many is not said)
    rule("long_adjective", rf"{_WORD_EDGE}(?P<unit>{alternation(UNIT_CODES)})-?long(?![\w-])",
         normalize_long_adjective,
         ("The battery came home from a yearlong tour.", "yearlong", "P1Y")),
    rule("adjective_duration", rf"{_WORD_EDGE}(?P<q>\d+|single|{alternation(w for w in NUMBER_WORDS if w not in ('a', 'an'))})-(?P<unit>second|minute|hour|day|week|month|year|decade|century)(?![\w-])",
         normalize_adjective_duration,
         ("Kyiv signed a ten-year security deal.", "ten-year", "P10Y")),
    # "years ago" without a number: some time back (a byline's "minutes ago" is a stamp)
    rule("bare_ago", rf"{_WORD_EDGE}(?P<unit>days|weeks|months|years|decades)\s+ago\b", normalize_bare_ago,
         ("The sale was agreed years ago.", "years ago", "PAST_REF")),
    rule("bare_units", rf"{_WORD_EDGE}(?:the\s+)?(?P<unit>{UNIT_PLURAL})(?![\w-]|\s+(?:old|older|of\s+age)\b)", normalize_bare_units,
         ("The repairs took months, the engineers said.", "months", "PXM")),
    rule("weekday", rf"{_WORD_EDGE}{_LATE_OR_EARLY}(?:(?P<rel>{_THIS_PAST}|last|next|this|coming|past|previous)\s+)?{WEEKDAY}(?P<plural>s)?(?![\w-])",
         normalize_weekday,
         ("The minister arrived on Tuesday.", "Tuesday", "2025-12-16"),
         ("The staff confirmed this Tuesday that the drone had been used.", "this Tuesday", "2025-12-16"),
         ("The radar went quiet this past Friday.", "this past Friday", "2025-12-12"),
         ("The factory delivers the shells by Wednesday.", "Wednesday", "2025-12-24")),
    rule("part_of_named_day", rf"{_WORD_EDGE}(?:(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am|pm|AM|PM),?\s+)?{WEEKDAY}(?:\s+(?P<part>morning|afternoon|evening|night))?,\s+{MONTH_ANY}\s*{DAY}(?!\s*,?\s*\d){_OF_YEAR}",
         normalize_part_of_named_day,
         ("A send-off is planned for Monday evening, Dec. 22, in the park.", "Monday evening, Dec. 22", "2025-12-22TEV"),
         ("The ceremony will be held at 10 a.m. Saturday, Dec. 27, in the hall.", "10 a.m. Saturday, Dec. 27", "2025-12-27T10:00")),
    rule("night_adverb", rf"{_WORD_EDGE}(?:overnight|at\s+night)(?![\w-])(?!\s+(?!{_FUNCTION_WORDS}\b)[a-z])",
         normalize_night_adverb,
         ("Eight drones were shot down overnight, the air force said.", "overnight", "2025-12-19TNI"),
         ("At night, the region came under attack.", "At night", "2025-12-19TNI")),
    rule("part_of_day", rf"{_WORD_EDGE}(?P<lead>this|today|yesterday|tomorrow|last|{_LATE_OR_EARLY}(?:(?P<rel>last|next|this)\s+)?{WEEKDAY})\s+(?P<part>morning|afternoon|evening|night)(?![\w-])",
         normalize_part_of_day,
         ("Drones struck the port on Tuesday night.", "Tuesday night", "2025-12-16TNI")),
    rule("clock_12h", rf"{_WORD_EDGE}(?P<h>\d{{1,2}})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am|pm|AM|PM)(?!\w){_ZONE_SUFFIX}{_CLOCK_DAY}",
         normalize_clock,
         ("The alert sounded at 3:40 a.m. and ended an hour later.", "3:40 a.m.", "2025-12-19T03:40")),
    # seconds of a wire stamp ("2018-11-14 15:55:45"), and the meridiem some bylines put
    # after an hour past noon ("19:27 PM"; an hour of 12 or less is the 12-hour rule's)
    rule("clock_24h", rf"{_WORD_EDGE}(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?(?![\d:]){_NOT_GLUED_TO_WORD}(?:[ \t]+(?P<hours>hours)(?![\w-]))?(?:[ \t]?(?P<late>(?-i:PM|AM))(?!\w))?{_ZONE_SUFFIX}(?P<ampm>){_CLOCK_DAY}",
         normalize_clock,
         ("The alert sounded at 03:40 over the capital.", "03:40", "2025-12-19T03:40"),
         ("The blast came at 15:55:45 near the port.", "15:55:45", "2025-12-19T15:55:45"),
         ("The drills ended at 19:27 PM, the ministry said.", "19:27 PM", "2025-12-19T19:27"),
         ("The convoy is due at roughly 06:45 hours, the staff said.", "06:45 hours", "2025-12-19T06:45")),
    # a live blog's "22h54": the hour, an "h", the minutes
    rule("clock_h", rf"{_WORD_EDGE}(?P<h>[01]?\d|2[0-3])(?-i:h)(?P<mi>[0-5]\d)(?![\w:])(?P<tz>)(?P<ampm>){_CLOCK_DAY}",
         normalize_clock,
         ("22h54 : Sirens sounded over the port.", "22h54", "2025-12-19T22:54")),
    rule("named_clock", rf"{_WORD_EDGE}(?P<word>noon|midday|midnight)(?![\w-])", normalize_named_clock,
         ("The deadline passed at midnight.", "midnight", "2025-12-19T24:00")),
    # "at present": the time of "the present", its preposition a signal outside the extent
    rule("at_present", rf"{_WORD_EDGE}at\s+(?P<tx>present)(?![\w-])", normalize_at_present,
         ("At present, two batteries guard the port.", "present", "PRESENT_REF")),
    rule("fuzzy", rf"{_WORD_EDGE}(?P<tx>{alternation(FUZZY_VALUES)})(?![\w-])", normalize_fuzzy,
         ("The system is now in service with two brigades.", "now", "PRESENT_REF"),
         ("Lately the drones have flown at night.", "Lately", "PAST_REF"),
         # "the present administration" is not a time; "the present" alone is
         ("The fleet has grown from the past to the present.", "the present", "PRESENT_REF")),
)


def compile_rules() -> tuple[Rule, ...]:
    """The rule table compiled (case-insensitive unless a group says not), each rule with
    the gates its pattern implies (``regex_gates``)."""
    rules = []
    for name, pattern, normalize, examples in RULE_TABLE:
        compiled = re.compile(pattern, re.IGNORECASE)
        rules.append(Rule(name, compiled, normalize, gates_of(compiled), examples))
    return tuple(rules)


RULES = compile_rules()
WORD = re.compile(r"[A-Za-z]+")
# Every rule's match contains one of these words, or one of the digit shapes below
# (each rule's examples are tested with and without the windows they open).
TRIGGER_WORDS = {
    *WEEKDAYS, *SEASONS, *PARTS_OF_DAY, *FREQUENCY_WORDS, *UNIT_CODES, "seconds", "minutes",
    "hours", "days", "weeks", "months", "quarters", "years", "decades", "centuries",
    "fortnights", "weekend", "today", "tonight", "yesterday", "tomorrow", "noon", "midnight",
    "midday", "fy", "overnight", "eve", *(unit + "long" for unit in UNIT_CODES), *(word for name in HOLIDAYS for word in name.lower().split()
                                   if word not in ("new", "year's")),
    *(word for phrase in FUZZY_VALUES for word in phrase.split()
      if word not in ("the", "more", "most", "very", "near", "short", "long", "medium", "longer", "right",
                      "distant", "foreseeable", "time", "these"))}
CASED_TRIGGERS = {name.capitalize() for name in MONTHS}
DIGIT_TRIGGER = re.compile(r"\d{4}|\d[:/]\d|\dh[0-5]\d|\d\s*[ap]\.?m\b|\d0['’]?s\b|['’]\d\d|\bQ[1-4]\b"
                           r"|\bon\s+(?:the\s+)?\d\d?(?:st|nd|rd|th)\b", re.IGNORECASE)
WINDOW_BEFORE = 60   # characters kept before a trigger ("the very beginning of the", "almost two and a half")
WINDOW_AFTER = 60    # and after it ("quarter of this fiscal year", "10:30 a.m. (GMT +8), Saturday")
# Phrases that look temporal but are not timexes (discourse connectives, conjunctions).
NOT_TIMEX = re.compile(
    r"\bas\s+soon\s+as\b|\b(?:summer|daylight\s+saving)\s+time\b|\bsoon-to|\b(?:at\s+)?the\s+same\s+time\b|\bmost\s+recent\b|\bnow-\w",
    re.IGNORECASE)
NOT_TIMEX_GATES = gates_of(NOT_TIMEX)
