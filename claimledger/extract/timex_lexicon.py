"""Words and regular-expression fragments the timex rules are built from (data, not logic).

Month and weekday names are matched case-sensitively (``(?-i:...)``) so that "may" the
modal and "march" the verb stay out; everything else is matched case-insensitively.
"""
from __future__ import annotations

import re

from claimledger.lexicon import lexicon

MONTHS = dict(lexicon().timex["months"])
WEEKDAYS = dict(lexicon().timex["weekdays"])
WEEKDAY_WORDS = frozenset(word.casefold() for word in WEEKDAYS)
SEASONS = lexicon().seasons["words"]   # claimledger/lexicon/seasons.json
# TIMEX3 part-of-day codes
PARTS_OF_DAY = dict(lexicon().timex["parts_of_day"])
NUMBER_WORDS = dict(lexicon().timex["number_words"])
ORDINAL_WORDS = dict(lexicon().timex["ordinal_words"])
# Quantities that leave the number unspecified: "several days" -> PXD.
VAGUE_QUANTITIES = frozenset(lexicon().timex["vague_quantities"])
# TIMEX3 duration unit for each unit word, and whether it belongs after the "T".
UNIT_CODES = {word: tuple(value) for word, value in lexicon().timex["unit_codes"].items()}
UNIT_MULTIPLIERS = {word: tuple(value) for word, value in lexicon().timex["unit_multipliers"].items()}
# Frequency adverbs and adjectives (SET)
FREQUENCY_WORDS = dict(lexicon().timex["frequency_words"])
# Fixed-date holidays, month and day, as written: names are matched case-sensitively, so
# that a lower-case "victory day" in a headline pun stays out.
HOLIDAYS = {word: tuple(value) for word, value in lexicon().timex["holidays"].items()}
FUZZY_VALUES = dict(lexicon().timex["fuzzy_values"])
# Plural nouns that follow a year-like number when it is a count ("2000 troops").
COUNT_NOUN_TAGS = {"NNS", "NNPS"}
# Words after a number that make it a measure, not a year ("2000 km")
MEASURE_WORDS = frozenset(lexicon().timex["measure_words"])
# Entity labels under which a year-like number is a count or an amount, not a year.
NON_YEAR_ENTITY_LABELS = {"MONEY", "QUANTITY", "PERCENT"}
# Words after which a bare "May" or "March" is the month.
MONTH_CUE_WORDS = frozenset(lexicon().timex["month_cue_words"])


def alternation(words, *, escape_space: bool = True) -> str:
    """A regex alternation of ``words``, longest first so prefixes do not win."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(word.replace(" ", r"\s+") if escape_space else word for word in ordered)


_FULL_MONTHS = [name.capitalize() for name, number in MONTHS.items() if len(name) > 4 or name in
                ("may", "june", "july")]
_ABBREVIATED_MONTHS = [name.capitalize() for name in MONTHS if len(name) <= 4 and name not in
                       ("may", "june", "july")]
_NUMBER_WORD = alternation([word for word in NUMBER_WORDS if word not in ("a", "an", "single",
                                                                          "dozen")])

FULL_MONTH_NAMES = tuple(_FULL_MONTHS)
# A full month name in capitals, as a release's dateline writes it ("14 MARCH 2025")
MONTH_CAPITALS = rf"(?-i:(?P<month>{alternation(name.upper() for name in _FULL_MONTHS)}))(?![\w])"
MONTH_FULL = rf"(?-i:(?P<month>{alternation(_FULL_MONTHS)}))(?![\w])"
# A month name, or an abbreviation with an optional full stop ("Dec.", "Sept")
MONTH_ANY = (rf"(?-i:(?P<month>{alternation(_FULL_MONTHS)}|(?:{alternation(_ABBREVIATED_MONTHS)})"
             r"(?:\.|(?![\w]))))")
WEEKDAY = rf"(?-i:(?P<weekday>{alternation(name.capitalize() for name in WEEKDAYS)}))"
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\d\w])"
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_NUMBER_WORD})(?:[\s-](?:{_NUMBER_WORD}))?"
          r"|a\s+dozen|a\s+hundred)")
# "two and a half", "two-and-a-half"
_AND_A_HALF = r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half"
QUANTITY = (rf"(?:{NUMBER}(?:{_AND_A_HALF})?|an?(?:\s+and\s+a\s+half)?|half\s+an?|several|"
            r"a\s+few|few|(?:a\s+)?couple\s+of|many)")
UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
UNIT_PLURAL = r"(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)"
# Words between the number and the unit that keep the meaning ("six straight days")
UNIT_ADJECTIVE = (r"(?:(?:consecutive|straight|successive|full|whole|more|additional|further|"
                  r"long|trading|calendar|business|working|fiscal|financial|combined|cumulative)\s+)?")
# Approximators and bounds that TimeML keeps inside the extent ("almost seven years",
# "more than a month"; "over" stays out, a preposition as often as a bound, except after
# "for", where it can only bound the length: "for over two decades")
APPROXIMATOR = (r"(?:(?:almost|nearly|approximately|roughly|some|a\s+mere|only|"
                r"barely|close\s+to|more\s+than|less\s+than|(?<=\b[Ff]or\s)over)\s+)?")
# Position inside a period, kept inside the extent ("early December", "the end of 2025")
POSITION = (r"(?:(?P<position>early|late|mid|middle|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|"
            r"middle|turn|close)\s+of(?:\s+the)?|(?:earlier|later)(?=\s+(?:this|next|last)\b))"
            r"(?:\s*-\s*|\s+))?")
ORDINAL_CENTURY = r"(?P<century>\d{1,2}(?:st|nd|rd|th)|" + alternation(ORDINAL_WORDS) + ")"


def names_its_day(text: str) -> bool:
    """A timex that names its day: digits ("19 April", "April 19") or a weekday ("Saturday")."""
    return any(character.isdigit() for character in text) or any(
        word in WEEKDAY_WORDS for word in re.findall(r"\w+", text.casefold()))
