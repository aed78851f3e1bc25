"""The timex rules for Russian and Ukrainian: the English engine's rows, built from word tables.

Russian and Ukrainian inflect month, weekday and unit names ("декабрь", "декабря",
"декабре"; "грудень", "грудня", "грудні"), so a rule matches any listed form and looks its
meaning up in the language's table (``claimledger/lexicon/<lang>/timex.json``). The rule
shapes are shared: one ``rule_table(words)`` serves both languages, and a language differs
only in its table. Values follow the English rules' TIMEX3 conventions, computed with the
same calendar helpers.

Without a parser the tense comes from the finite verb nearest the expression in its
sentence: the Doc's morphology where it has one, else the Russian dictionary (pymorphy3),
else the past-tense endings of the table (Ukrainian "-в/-ла/-ли/-ло").

    >>> nlp = blank_pipeline("ru"); nlp.add_pipe("claimledger_timexes")
    >>> doc = nlp.make_doc("В прошлую пятницу комплекс прибыл в Минск.")
    >>> doc._.dct = "2025-12-19"
    >>> nlp(doc)._.timexes
    [{'span': [2, 16], 'type': 'DATE', 'value': '2025-12-12'}]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Span

from claimledger.extract.timex_rules import (RULE_TABLE as ENGLISH_RULE_TABLE, Example, Rule,
                                             duration_value, follows_full_date,
                                             is_entry_timestamp, season_year, shift_value, weekend,
                                             year_value)
from claimledger.extract.regex_gates import gates_of
from claimledger.languages.tables import language_table
from claimledger.timex_calendar import (Direction, day_value, month_value,
                                        valid_day, weekday_date, year_for_month_day,
                                        year_for_period)

LANGUAGES = ("ru", "uk")
APOSTROPHES = "'’ʼ"
LEFT = r"(?<![\w'’ʼ-])"
RIGHT = r"(?![\w'’ʼ-])"
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:-?(?:го|е|ого))?(?![\d:.,]\d|\w)"
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\d\w]|[-–]\d)"
# "в 2023-м году", "у 2023-му році": a year written as an ordinal
ORDINAL_SUFFIX = r"(?:-(?:м|го|й|му|ом)(?!\w))?"
# Characters kept around a trigger word: wider than English, as the words are longer
# ("в течение минимум двух лет", "на початку серпня 2025 року")
WINDOW = 80
LEAP_YEAR = 2000
# English rules whose digits read the same in any language
SHARED_RULES = ("iso_date", "dotted_date")


def plain(word: str) -> str:
    """A word as the tables list it: lower-case, one apostrophe."""
    word = word.lower()
    for mark in APOSTROPHES[1:]:
        word = word.replace(mark, "'")
    return word


def form_pattern(form: str, endings: str) -> str:
    """The regex for one listed form: a stem ending in '*' takes the adjective endings."""
    stem = form.rstrip("*")
    text = re.escape(stem).replace(r"\ ", " ").replace("'", f"[{APOSTROPHES}]").replace(" ", r"\s+")
    return text + (f"(?:{endings})" if form.endswith("*") else "")


def forms(words, endings: str = "") -> str:
    """A regex alternation of listed forms, longest first so that prefixes do not win."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(form_pattern(word, endings) for word in ordered)


def abbreviated(words) -> str:
    """An alternation of year words, where a short one is an abbreviation with its full stop
    ("г.", "гг.", "р.")."""
    return "|".join(rf"{re.escape(word)}\." if len(word) <= 2 else rf"{re.escape(word)}{RIGHT}"
                    for word in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Words:
    """One language's word table, with the look-ups and regex fragments the rules use."""

    lang: str
    table: dict

    def __getitem__(self, key):
        return self.table[key]

    @functools.cached_property
    def endings(self) -> str:
        return "|".join(sorted(self["adjective_endings"], key=len, reverse=True))

    def alternation(self, words) -> str:
        return forms(words, self.endings)

    @functools.cached_property
    def month_of(self) -> dict[str, int]:
        months = {form: int(number) for number, names in self["months"].items() for form in names}
        months.update({form: int(number) for number, names in self["month_abbreviations"].items()
                       for form in names})
        return months

    @functools.cached_property
    def weekday_of(self) -> dict[str, int]:
        return {form: int(number) - 1 for number, names in self["weekdays"].items()
                for form in names}

    @functools.cached_property
    def relation_stems(self) -> list[tuple[str, str, bool]]:
        """(form, relation, is a stem), longest form first."""
        entries = [(form.rstrip("*"), relation, form.endswith("*"))
                   for relation, words in self["relations"].items() for form in words]
        return sorted(entries, key=lambda entry: len(entry[0]), reverse=True)

    def relation(self, word: str) -> str:
        """last, next, this, coming or past for a relation word ("прошлую" -> last)."""
        word = plain(word)
        for form, relation, is_stem in self.relation_stems:
            if word == form or (is_stem and word.startswith(form)
                                and word[len(form):] in self["adjective_endings"]):
                return relation
        return ""

    def is_plural(self, word: str) -> bool:
        """Whether a relation adjective is plural ("ближайшие", "найближчими")."""
        word = plain(word)
        return any(word.endswith(ending) for ending in self["plural_endings"])

    def stem_value(self, table: dict, word: str):
        """The value of ``word`` in a table whose keys may be stems ending in '*'."""
        word = plain(word)
        if word in table:
            return table[word]
        for form, value in table.items():
            if form.endswith("*") and word.startswith(form[:-1]) \
                    and word[len(form) - 1:] in self["adjective_endings"]:
                return value
        return None

    def number(self, text: str) -> float | None:
        """The number a count states ("трёх" -> 3, "2,5" -> 2.5); None when vague."""
        text = plain(text)
        digits = text.replace(",", ".")
        if re.fullmatch(r"\d+(?:\.\d+)?", digits):
            return float(digits)
        return self["numbers"].get(text)

    @functools.cached_property
    def fragments(self) -> dict[str, str]:
        """The regex pieces the rule shapes are written with."""
        alt = self.alternation
        months = alt(form for names in self["months"].values() for form in names)
        abbreviations = alt(form for names in self["month_abbreviations"].values() for form in names)
        year_words = abbreviated(self["year_words"])
        year_units = [form for form, unit in self["units"].items() if unit == "year"]
        relations = alt(form for words in self["relations"].values() for form in words)
        return {
            "MONTH": rf"(?P<month>{months}){RIGHT}",
            "MONTH_ANY": rf"(?:(?P<month>{months}){RIGHT}|(?P<abbr>{abbreviations})(?:\.|{RIGHT}))",
            "WEEKDAY": rf"(?P<weekday>{alt(self.weekday_of)}){RIGHT}",
            "YEAR_WORD": rf"(?:\s*(?P<yw>{year_words}))?",
            "REL": rf"(?P<rel>{relations}){RIGHT}",
            "OF_YEAR": rf"(?:\s+(?P<ofrel>{relations})\s+(?:{alt(year_units)}){RIGHT})?",
            "POSITION": rf"(?:(?P<position>{alt(self['positions'])})\s+)?",
            "UNIT": rf"(?P<unit>{alt(self['units'])}){RIGHT}",
            "NUMBER": rf"(?P<q>\d+(?:[.,]\d+)?|(?:{alt(self['numbers'])}){RIGHT})",
            "SEASON": rf"(?P<season>{alt(self['seasons'])}){RIGHT}",
            "PART": rf"(?P<part>{alt(self['parts_of_day'])}){RIGHT}",
            "DAY_WORD": rf"(?P<dayword>{alt(self['day_words'])}){RIGHT}",
        }

    @functools.cached_property
    def trigger(self) -> re.Pattern:
        """Every rule's match holds one of these words or digit shapes (the trigger windows)."""
        words = [*self.month_of, *self.weekday_of, *self["day_words"], *self["anchored_days"],
                 *self["parts_of_day"], *self["units"], *self["seasons"], *self["fuzzy"],
                 *self["frequency"], *self["same_day"], *self["next_day"], *self["weekend"],
                 *self["half_units"]]
        return re.compile(rf"{LEFT}(?:{self.alternation(words)})(?![\w'’ʼ-]{{2}})|\d{{4}}|\d:\d|\d\.\d\d(?![\d.])",
                          re.IGNORECASE)

    @functools.cached_property
    def ago_after(self) -> re.Pattern:
        """The word of "ago" right after an expression ("півдня тому")."""
        return re.compile(rf"\s+(?:{self.alternation(self['ago'])}){RIGHT}", re.IGNORECASE)

    @functools.cached_property
    def full_date_end(self) -> re.Pattern:
        """A year and its year word just before a byline's clock time: "7 декабря 2024 года, 15:55"."""
        year_words = "|".join(re.escape(word) + (r"\." if len(word) == 1 else "")
                              for word in sorted(self["year_words"], key=len, reverse=True))
        return re.compile(rf"(?:1[5-9]\d\d|20\d\d)\s*(?:{year_words})[ \t]*(?:,|\||[-–—])?[ \t]*$",
                          re.IGNORECASE)

    def trigger_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the trigger words and digit shapes occur in ``text``."""
        return [found.span() for found in self.trigger.finditer(text)]

    @functools.cached_property
    def not_timex(self) -> re.Pattern:
        return re.compile(rf"{LEFT}(?:{self.alternation(self['not_timex'])}){RIGHT}", re.IGNORECASE)


# Tense

PAST_TENSES = {"Past": Direction.PAST, "past": Direction.PAST}
FUTURE_TENSES = {"Fut": Direction.FUTURE, "futr": Direction.FUTURE}
PRESENT_TENSES = {"Pres": Direction.PRESENT, "pres": Direction.PRESENT}
TENSES = {**PAST_TENSES, **FUTURE_TENSES, **PRESENT_TENSES}


@functools.lru_cache(maxsize=65_536)
def dictionary_tense(word: str, lang: str) -> Direction | None:
    """The tense of a finite verb by the language's dictionary (Russian), else None."""
    from claimledger.languages.morph import DICTIONARY_LANGUAGES, analyzer

    if lang not in DICTIONARY_LANGUAGES:
        return None
    parses = analyzer(lang).parse(word)
    if parses[0].tag.POS != "VERB":
        return None
    # "пришли" reads first as an imperative: the first reading with a tense decides
    tenses = [parse.tag.tense for parse in parses if parse.tag.POS == "VERB" and parse.tag.tense]
    return TENSES.get(tenses[0]) if tenses else None


def token_tense(token, words: Words, has_morph: bool) -> Direction | None:
    """The direction a word's own tense gives, or None for a word that is not a finite verb."""
    word = plain(token.text)
    tense = words["tense"]
    if word in tense["future_words"]:
        return Direction.FUTURE
    if has_morph and token.morph.get("Tense"):
        if token.morph.get("VerbForm") not in ([], ["Fin"]):
            return None
        return TENSES.get(token.morph.get("Tense")[0])
    if not token.is_alpha or not token.is_lower or len(word) < 4 or word in tense["not_verbs"]:
        return None
    if words.lang == "ru":
        return dictionary_tense(word, words.lang)
    if any(word.endswith(ending) for ending in tense.get("future_endings", ())):
        return Direction.FUTURE
    if any(word.endswith(ending) for ending in tense["past_endings"]):
        return Direction.PAST
    if any(word.endswith(ending) for ending in tense.get("present_endings", ())):
        return Direction.PRESENT    # or a perfective future: either way, the nearest date
    return None


def direction_near(span: Span, words: Words, annotations: frozenset[str]) -> Direction:
    """The direction from the finite verb nearest the span in its sentence; present if none."""
    doc = span.doc
    sentence = span.sent if "SENT_START" in annotations else doc[:]
    has_morph = "MORPH" in annotations
    order = sorted(range(sentence.start, sentence.end),
                   key=lambda i: min(abs(i - span.start), abs(i - (span.end - 1))))
    for i in order:
        if span.start <= i < span.end:
            continue
        direction = token_tense(doc[i], words, has_morph)
        if direction is not None:
            return direction
    return Direction.PRESENT


def make_tense(words: Words) -> Callable:
    """The Context's direction for this language: signal words first, then the nearest verb."""
    signals = words["signals"]

    def tense(context, span: Span) -> Direction:
        signal = plain(context.word_before())
        if signal in signals["past"]:
            return Direction.PAST
        annotations = context.annotations | ({"MORPH"} if context.has_morphology else set())
        direction = direction_near(span, words, annotations)
        if signal in signals["until"]:
            # "прибыли до 30 января" in a past clause is a date passed; otherwise one ahead
            return Direction.PAST if direction is Direction.PAST else Direction.FUTURE
        if direction is Direction.PRESENT and signal in signals["deadline"]:
            return Direction.FUTURE     # "к 17 декабря": a deadline lies ahead
        if direction is Direction.PRESENT and signal in signals["since"]:
            return Direction.PAST       # "с 17 декабря" with no verb saying ahead: since
        return direction

    return tense


# Normalizers: (words, match, context) -> (type, value) | None

def month_of(words: Words, match) -> int:
    """The month a match names, in full ("декабря") or abbreviated ("дек.")."""
    name = match["month"]
    if name is None and "abbr" in match.re.groupindex:
        name = match["abbr"]
    return words.month_of[plain(name)]


def relative_year(words: Words, match, context) -> int | None:
    """The year "прошлого года" / "цього року" names, or None when the match has none."""
    if not match["ofrel"] or context.dct is None:
        return None
    offset = {"last": -1, "this": 0, "next": 1}.get(words.relation(match["ofrel"]))
    return None if offset is None else context.dct.year + offset


def month_day_value(words: Words, match, context) -> str | None:
    month, day = month_of(words, match), int(match["day"])
    if not valid_day(LEAP_YEAR, month, day):
        return None
    if context.dct is None:
        return f"XXXX-{month:02d}-{day:02d}"
    year = relative_year(words, match, context) if "ofrel" in match.re.groupindex else None
    if year is None:
        year = year_for_month_day(context.dct, month, day, context.direction())
    if not valid_day(year, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def normalize_full_date(words, match, context):
    year, month, day = int(match["year"]), month_of(words, match), int(match["day"])
    return ("DATE", f"{year:04d}-{month:02d}-{day:02d}") if valid_day(year, month, day) else None


def normalize_month_day(words, match, context):
    value = month_day_value(words, match, context)
    return None if value is None else ("DATE", value)


def normalize_part_month_day(words, match, context):
    """утром 17 апреля, ніч проти 24 січня: a part of a named day."""
    value = month_day_value(words, match, context)
    part = words["parts_of_day"][plain(match["part"])] if match["part"] else "NI"
    return None if value is None else ("TIME", f"{value}T{part}")


# A clock time with two digits of minutes ("10:11", "20:00")
CLOCK = r"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])"


def normalize_day_clock(words, match, context):
    """ "1 октября, 10:11", "близько 20:00 9 квітня": a clock time and the day it falls on,
    one TIME."""
    value = month_day_value(words, match, context)
    return None if value is None else ("TIME", f"{value}T{int(match['h']):02d}:{match['mi']}")


def normalize_month_year(words, match, context):
    return "DATE", month_value(int(match["year"]), month_of(words, match))


def normalize_month(words, match, context):
    name = plain(match["month"])
    if name in words["ambiguous_months"] and not (match["position"] or match["rel"]):
        if plain(context.word_before(match.start("month"))) not in words["month_cues"]:
            return None
    month = month_of(words, match)
    if context.dct is None:
        return "DATE", f"XXXX-{month:02d}"
    dct = context.dct
    relation = words.relation(match["rel"]) if match["rel"] else ""
    year = relative_year(words, match, context)
    if year is None and relation == "last":
        year = dct.year if month < dct.month else dct.year - 1
    elif year is None and relation in ("next", "coming"):
        year = dct.year if month > dct.month else dct.year + 1
    elif year is None and relation == "this":
        year = dct.year
    elif year is None:
        year = year_for_period(dct, month, 1, context.direction())
    return "DATE", month_value(year, month)


def normalize_year(words, match, context):
    """A four-digit year with a year word, a position or a cue before it, not a count."""
    cue = plain(context.word_before(match.start("year")))
    if not (match["yw"] or match["position"] or cue in words["year_cues"]):
        return None
    return "DATE", year_value(int(match["year"]))


def normalize_decade(words, match, context):
    return "DATE", match["cent"] + match["dec"]


def normalize_season(words, match, context):
    code = words["seasons"][plain(match["season"])]
    if match["year"]:
        return "DATE", f"{match['year']}-{code}"
    if context.dct is None:
        return "DATE", f"XXXX-{code}"
    year = relative_year(words, match, context)
    if year is not None:
        return "DATE", f"{year:04d}-{code}"
    relation = words.relation(match["rel"]) if match["rel"] else ""
    return "DATE", f"{season_year(code, relation, context):04d}-{code}"


def normalize_positioned_unit(words, match, context):
    """к концу года, до кінця цього місяця: the unit holding the anchor or the dct."""
    unit = words["units"][plain(match["unit"])]
    if unit not in ("week", "month", "quarter", "year"):
        return None
    if match["rel"]:
        offset = {"last": -1, "this": 0, "next": 1, "coming": 1}.get(words.relation(match["rel"]))
        if offset is None:
            return None
        return "DATE", shift_value(context.dct, unit, offset)
    return "DATE", context.shift_from_anchor(unit, 0)


def normalize_relative_unit(words, match, context):
    """на прошлой неделе, в этом году, минулого тижня; ближайшие дни (a duration)."""
    relation = words.relation(match["rel"])
    unit = words["units"][plain(match["unit"])]
    amount = words.number(match["q"]) if match["q"] else None
    if match["q"] or words.is_plural(match["rel"]):
        return "DURATION", duration_value(amount, unit)
    if relation == "past":
        # "за последний год" is a span; "в последний день учений" a day of an event
        return ("DURATION", duration_value(1, unit)) if unit != "day" else None
    if unit not in ("day", "week", "month", "quarter", "year", "decade", "century"):
        return None
    offset = {"last": -1, "this": 0, "next": 1, "coming": 1}[relation]
    return "DATE", shift_value(context.dct, unit, offset)


def weekday_value(words, match, context) -> str:
    weekday = words.weekday_of[plain(match["weekday"])]
    relation = words.relation(match["rel"]) if match["rel"] else ""
    if context.dct is None:
        return f"XXXX-WXX-{weekday + 1}"
    if relation in ("last", "past"):
        day = weekday_date(context.dct, weekday, Direction.PAST, strict=True)
    elif relation in ("next", "coming"):
        day = weekday_date(context.dct, weekday, Direction.FUTURE, strict=True)
    elif relation == "this":
        day = weekday_date(context.dct, weekday, Direction.FUTURE)
    else:
        day = weekday_date(context.dct, weekday, context.direction())
    return day_value(day)


def normalize_weekday(words, match, context):
    return "DATE", weekday_value(words, match, context)


def normalize_part_of_day(words, match, context):
    """сегодня ночью, минулої ночі, в пятницу вечером: a part of a day (TIME)."""
    part = words["parts_of_day"][plain(match["part"])]
    if match["weekday"]:
        return "TIME", f"{weekday_value(words, match, context)}T{part}"
    if match["dayword"]:
        offset = words["day_words"][plain(match["dayword"])]
    else:
        relation = words.relation(match["rel"])
        # "минувшей ночью" in a morning report: the night just ended, of the report's day
        offset = {"last": 0 if part == "NI" else -1, "this": 0, "next": 1}.get(relation)
        if offset is None:
            return None
    return "TIME", f"{shift_value(context.dct, 'day', offset)}T{part}"


def normalize_bare_part(words, match, context):
    """ "ночью уничтожили", "вночі атакував": a part of the day its sentence names ("Учора
    вдень та вночі"), else of the report's day (the night just ended, as "минувшей ночью")."""
    day = context.shift_from_anchor("day", 0, same_sentence=True)
    return "TIME", f"{day}T{words['parts_of_day'][plain(match['part'])]}"


def normalize_day_word(words, match, context):
    offset = words["day_words"][plain(match["dayword"])]
    speech_day = context.speech_day()
    anchor = speech_day if speech_day is not None else context.dct
    return "DATE", shift_value(anchor, "day", offset)


def normalize_anchored_day(words, match, context):
    """накануне, на следующий день, того ж дня: counted from the date mentioned last."""
    phrase = " ".join(plain(match.group()).split())
    if phrase in words["anchored_days"]:
        offset = words["anchored_days"][phrase]
    else:
        offset = 1 if phrase in words["next_day"] else 0
    return "DATE", context.shift_from_anchor("day", offset)


def normalize_ago(words, match, context):
    unit = words["units"][plain(match["unit"])]
    amount = words.number(match["q"]) if match["q"] else 1
    if amount is None:
        return "DATE", "PAST_REF"
    if amount != int(amount) or unit in ("hour", "minute", "second"):
        return None
    if unit == "week":
        unit, amount = "day", amount * 7
    return "DATE", shift_value(context.dct, unit, -int(amount))


def normalize_weekend(words, match, context):
    """на выходных, минулих вихідних: the weekend before, of or after the dct's week."""
    return weekend(words.relation(match["rel"]) if match["rel"] else "", context)


def normalize_clock_hours(words, match, context):
    """в 4 часа утра, о 9 годині вечора: an hour and the part of the day it falls in."""
    hour = int(match["h"])
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + words["hour_parts"][plain(match["hourpart"])]
    day = context.shift_from_anchor("day", 0, same_sentence=True)
    return "TIME", f"{day}T{hour:02d}:00"


def normalize_half_unit(words, match, context):
    half = plain(match["half"])
    leads = words["half_unit_leads"].get(half)
    if leads is not None and plain(context.word_before(match.start("half"))) not in leads \
            and not words.ago_after.match(match.string, match.end("half")):
        return None     # "Сил оборони півдня": the south, not half a day
    return "DURATION", words["half_units"][half]


def normalize_duration(words, match, context):
    unit = words["units"][plain(match["unit"])]
    amount = words.number(match["q"])
    if amount is not None and unit == "year" and 1500 <= amount <= 2099:
        return None     # "2024 год": a year, not a span
    return "DURATION", duration_value(amount, unit)


def normalize_bare_duration(words, match, context):
    return "DURATION", duration_value(1, words["units"][plain(match["unit"])])


def normalize_every(words, match, context):
    if match["weekday"]:
        return "SET", f"XXXX-WXX-{words.weekday_of[plain(match['weekday'])] + 1}"
    amount = words.number(match["q"]) if match["q"] else 1
    if amount is None:
        return None
    return "SET", duration_value(amount, words["units"][plain(match["unit"])])


def normalize_frequency(words, match, context):
    return "SET", words.stem_value(words["frequency"], match["word"])


def normalize_fuzzy(words, match, context):
    return "DATE", words["fuzzy"][" ".join(plain(match["tx"]).split())]


def opens_entry(match) -> bool:
    """ "00:32. Силами ПВО ...", "04:42 — Сбит ...": a clock time opening a line, then a full
    stop or a dash, stamps an entry of a live feed."""
    line = match.string[:match.start("h")].rsplit("\n", 1)[-1]
    return not line.strip() and ENTRY_STAMP_END.match(match.string, match.end()) is not None


# After a line-opening clock time: a full stop or a dash, then the entry's text
ENTRY_STAMP_END = re.compile(r"(?:\.|\s*[-–—])\s+\S")
# Every entry stamp of a feed: a clock time opening a line, then a full stop or a dash
FEED_STAMP = re.compile(r"(?m)^[ \t]*([01]?\d|2[0-3]):([0-5]\d)(?=(?:\.|\s*[-–—])\s+\S)")


def before_feed_midnight(match) -> bool:
    """Whether an entry stamp comes before its feed crossed midnight: the feed's stamps rise
    but for one drop ("22:10", "00:47", "04:37"), and this stamp stands above the drop, so it
    is on the day before the entries below it. A feed that runs newest first only falls."""
    stamps = [(m.start(), int(m.group(1)) * 60 + int(m.group(2)))
              for m in FEED_STAMP.finditer(match.string)]
    steps = [b[1] - a[1] for a, b in zip(stamps, stamps[1:])]
    drops = [k for k, step in enumerate(steps) if step < 0]
    if len(drops) != 1 or not any(step > 0 for step in steps):
        return False
    return match.start("h") <= stamps[drops[0]][0]


def normalize_clock(words, match, context):
    if match["sep"] == "." and (len(match["h"]) < 2 or not (match["mi"] == "00" or int(match["mi"]) > 12)
                                or plain(context.word_before(match.start("h"))) not in words["clock_cues"]):
        return None     # "10.05" a day and month, "3.45" a number: a dotted time is "с 20.00"
    if not (match["tz"] or plain(context.word_before(match.start("h"))) in words["clock_cues"]
            or is_entry_timestamp(match) or opens_entry(match) or follows_full_date(match)
            or words.full_date_end.search(match.string, 0, match.start("h"))):
        return None     # a score or a ratio
    zone = "Z" if (match["tz"] or "").lower() in ("utc", "gmt") else ""
    day = context.shift_from_anchor("day", 0, same_sentence=True)
    if context.dct is not None and opens_entry(match) and before_feed_midnight(match):
        day = shift_value(context.dct, "day", -1)
    return "TIME", f"{day}T{int(match['h']):02d}:{match['mi']}{zone}"


def rule_table(words: Words) -> tuple:
    """The rule rows for one language: (name, pattern, normalizer), most specific first."""
    f = words.fragments
    alt = words.alternation
    weekday_lead = rf"(?:{f['WEEKDAY']},?\s+)?"
    night_of = alt(words["night_of"])
    bind = functools.partial
    shared = {name: (pattern, normalize) for name, pattern, normalize, _ in ENGLISH_RULE_TABLE
              if name in SHARED_RULES}
    return (
        *((name, *shared[name]) for name in SHARED_RULES),
        ("day_month_year", rf"{LEFT}{weekday_lead}{DAY}\s+{f['MONTH_ANY']}\s*{YEAR}{f['YEAR_WORD']}",
         bind(normalize_full_date, words)),
        ("part_of_named_day", rf"{LEFT}(?:{f['PART']}|(?P<night>{night_of}))\s+{weekday_lead}{DAY}\s+{f['MONTH_ANY']}{f['OF_YEAR']}",
         bind(normalize_part_month_day, words)),
        ("day_month_clock", rf"{LEFT}{DAY}\s+{f['MONTH_ANY']},?\s+(?:(?:{alt(words['clock_cues'])})\s+)?{CLOCK}",
         bind(normalize_day_clock, words)),
        ("clock_day_month", rf"{LEFT}{CLOCK}\s+{DAY}\s+{f['MONTH_ANY']}{f['OF_YEAR']}(?!\s*\d)",
         bind(normalize_day_clock, words)),
        ("day_month", rf"{LEFT}(?:{f['DAY_WORD']},\s+|{weekday_lead}){DAY}\s+{f['MONTH_ANY']}{f['OF_YEAR']}(?!\s*\d)",
         bind(normalize_month_day, words)),
        ("month_year", rf"{LEFT}{f['POSITION']}{f['MONTH']}\s+{YEAR}{f['YEAR_WORD']}",
         bind(normalize_month_year, words)),
        ("month", rf"{LEFT}{f['POSITION']}(?:{f['REL']}\s+)?{f['MONTH']}{f['OF_YEAR']}",
         bind(normalize_month, words)),
        ("decade", rf"{LEFT}(?P<cent>1[5-9]|20)(?P<dec>\d)0-?(?:х|е|ті|их|ых)?\s+(?:{abbreviated(words['decade_words'])})",
         bind(normalize_decade, words)),
        ("year", rf"{LEFT}(?<![\d.,]){f['POSITION']}{YEAR}{ORDINAL_SUFFIX}{f['YEAR_WORD']}",
         bind(normalize_year, words)),
        ("season", rf"{LEFT}{f['POSITION']}(?:{f['REL']}\s+)?{f['SEASON']}(?:\s+{YEAR}{f['YEAR_WORD']}|{f['OF_YEAR']})",
         bind(normalize_season, words)),
        ("positioned_unit", rf"{LEFT}(?P<position>{alt(words['positions'])})\s+(?:{f['REL']}\s+)?{f['UNIT']}",
         bind(normalize_positioned_unit, words)),
        ("relative_unit", rf"{LEFT}{f['REL']}\s+(?:{f['NUMBER']}\s+)?{f['UNIT']}",
         bind(normalize_relative_unit, words)),
        ("part_of_day", rf"{LEFT}(?:{f['DAY_WORD']}|{f['REL']}|{f['WEEKDAY']})\s+{f['PART']}",
         bind(normalize_part_of_day, words)),
        ("part_of_day_dated", rf"{LEFT}{f['DAY_WORD']}\s+{f['PART']},\s+{DAY}\s+{f['MONTH_ANY']}(?!\s*\d)",
         bind(normalize_part_month_day, words)),
        ("part_before_weekday", rf"{LEFT}{f['PART']}\s+(?:{alt(words['weekday_prepositions'])})\s+(?:{f['REL']}\s+)?{f['WEEKDAY']}",
         bind(normalize_part_of_day, words)),
        ("bare_part", rf"{LEFT}(?P<part>{alt(words['bare_parts'])}){RIGHT}",
         bind(normalize_bare_part, words)),
        ("weekday", rf"{LEFT}(?:{f['REL']}\s+)?{f['WEEKDAY']}",
         bind(normalize_weekday, words)),
        ("weekend", rf"{LEFT}(?:{f['REL']}\s+)?(?:{alt(words['weekend'])}){RIGHT}",
         bind(normalize_weekend, words)),
        ("day_word", rf"{LEFT}{f['DAY_WORD']}", bind(normalize_day_word, words)),
        ("anchored_day", rf"{LEFT}(?:{alt([*words['anchored_days'], *words['same_day'], *words['next_day']])}){RIGHT}",
         bind(normalize_anchored_day, words)),
        ("ago", rf"{LEFT}(?:{f['NUMBER']}\s+)?{f['UNIT']}\s+(?:{alt(words['ago'])}){RIGHT}",
         bind(normalize_ago, words)),
        ("every", rf"{LEFT}(?:{alt(words['every'])})\s+(?:(?:{f['NUMBER']}\s+)?{f['UNIT']}|{f['WEEKDAY']})",
         bind(normalize_every, words)),
        ("frequency", rf"{LEFT}(?P<word>{alt(words['frequency'])}){RIGHT}",
         bind(normalize_frequency, words)),
        ("duration", rf"{LEFT}{f['NUMBER']}\s+{f['UNIT']}", bind(normalize_duration, words)),
        ("bare_duration", rf"{LEFT}(?P<unit>{alt(words['bare_durations'])}){RIGHT}",
         bind(normalize_bare_duration, words)),
        ("clock_hours", rf"{LEFT}(?P<h>1[0-2]|0?[1-9])\s+(?:{alt(words['hours'])})\s+(?P<hourpart>{alt(words['hour_parts'])}){RIGHT}",
         bind(normalize_clock_hours, words)),
        ("half_unit", rf"{LEFT}(?P<half>{alt(words['half_units'])}){RIGHT}",
         bind(normalize_half_unit, words)),
        ("clock", rf"{LEFT}(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<mi>[0-5]\d)(?![\d:]|[.,]\d)(?:\s*\(?(?P<tz>{alt(words['clock_zones'])})\)?{RIGHT})?",
         bind(normalize_clock, words)),
        ("fuzzy", rf"{LEFT}(?P<tx>{alt(words['fuzzy'])}){RIGHT}", bind(normalize_fuzzy, words)),
    )


@functools.cache
def words_for(lang: str) -> Words:
    """The word table of ``lang`` (claimledger/lexicon/<lang>/timex.json), read once."""
    return Words(lang, language_table(lang, "timex"))


def examples_of(words: Words, name: str) -> tuple[Example, ...]:
    return tuple(Example(*example) for example in words["examples"].get(name, ()))


@functools.cache
def rules_for(lang: str) -> tuple[Rule, ...]:
    """The compiled rules of ``lang``, each with its derived gates and its own examples."""
    words = words_for(lang)
    rules = []
    for name, pattern, normalize in rule_table(words):
        compiled = re.compile(pattern, re.IGNORECASE)
        rules.append(Rule(name, compiled, normalize, gates_of(compiled), examples_of(words, name)))
    return tuple(rules)


def tense_for(lang: str) -> Callable:
    return make_tense(words_for(lang))


__all__ = ["LANGUAGES", "Words", "rules_for", "tense_for", "words_for"]
