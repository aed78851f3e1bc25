"""Words and regular-expression fragments the timex rules are built from (data, not logic).

Month and weekday names are matched case-sensitively (``(?-i:...)``) so that "may" the
modal and "march" the verb stay out; everything else is matched case-insensitively.
"""
from __future__ import annotations

from claimledger.lexicon import lexicon

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
SEASONS = lexicon().seasons["words"]   # claimledger/lexicon/seasons.json
# TIMEX3 part-of-day codes
PARTS_OF_DAY = {"morning": "MO", "dawn": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "single": 1, "dozen": 12,
}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}
# Quantities that leave the number unspecified: "several days" -> PXD.
VAGUE_QUANTITIES = {"several", "a few", "few", "a couple of", "many", "some", "the"}
# TIMEX3 duration unit for each unit word, and whether it belongs after the "T".
UNIT_CODES = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "fortnight": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("DE", False),
    "century": ("CE", False),
}
UNIT_MULTIPLIERS = {"fortnight": ("week", 2), "decade": ("year", 10), "century": ("year", 100)}
# Frequency adverbs and adjectives (SET)
FREQUENCY_WORDS = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "fortnightly": "P2W", "monthly": "P1M", "quarterly": "P1Q", "annually": "P1Y",
    "annual": "P1Y", "yearly": "P1Y", "biannually": "P6M",
}
# Fixed-date holidays, month and day, as written: names are matched case-sensitively, so
# that a lower-case "victory day" in a headline pun stays out.
HOLIDAYS = {
    "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Christmas": (12, 25),
    "New Year's Eve": (12, 31), "New Year's Day": (1, 1), "Victory Day": (5, 9),
}
FUZZY_VALUES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "the time being": "PRESENT_REF",
    "the moment": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "most recently": "PAST_REF",
    "recent": "PAST_REF", "the past": "PAST_REF",
    "soon": "FUTURE_REF", "very soon": "FUTURE_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the medium term": "FUTURE_REF", "the longer term": "FUTURE_REF",
}
# Plural nouns that follow a year-like number when it is a count ("2000 troops").
COUNT_NOUN_TAGS = {"NNS", "NNPS"}
# Words after a number that make it a measure, not a year ("2000 km")
MEASURE_WORDS = {"percent", "%", "per", "km", "m", "kg", "t", "mm", "cm", "mi", "nm", "ft", "lb",
                 "lbs", "kt", "mt", "mph", "kmh", "hp", "kw", "mw", "sq", "x", "times"}
# Entity labels under which a year-like number is a count or an amount, not a year.
NON_YEAR_ENTITY_LABELS = {"MONEY", "QUANTITY", "PERCENT"}
# Words after which a bare "May" or "March" is the month.
MONTH_CUE_WORDS = {"in", "since", "by", "until", "till", "last", "next", "this", "early",
                   "late", "mid", "of", "from", "to", "through", "during", "between", "and",
                   "or", "before", "after", "end", "beginning", "start", "middle", "on",
                   "each", "every", "that"}


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

MONTH_FULL = rf"(?-i:(?P<month>{alternation(_FULL_MONTHS)}))(?![\w])"
# A month name, or an abbreviation with an optional full stop ("Dec.", "Sept")
MONTH_ANY = (rf"(?-i:(?P<month>{alternation(_FULL_MONTHS)}|(?:{alternation(_ABBREVIATED_MONTHS)})"
             r"(?:\.|(?![\w]))))")
WEEKDAY = rf"(?-i:(?P<weekday>{alternation(name.capitalize() for name in WEEKDAYS)}))"
DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:.,]\d|\w)"
YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\d\w])"
NUMBER = (rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?:{_NUMBER_WORD})(?:[\s-](?:{_NUMBER_WORD}))?"
          r"|a\s+dozen|a\s+hundred)")
QUANTITY = (rf"(?:{NUMBER}(?:\s+and\s+a\s+half)?|an?(?:\s+and\s+a\s+half)?|half\s+an?|several|"
            r"a\s+few|few|a\s+couple\s+of|many)")
UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)"
UNIT_PLURAL = r"(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)"
# Words between the number and the unit that keep the meaning ("six straight days")
UNIT_ADJECTIVE = (r"(?:(?:consecutive|straight|successive|full|whole|more|additional|further|"
                  r"long|trading|calendar|business|working|fiscal|financial)\s+)?")
# Approximators that TimeML keeps inside the extent ("almost seven years")
APPROXIMATOR = (r"(?:(?:almost|nearly|approximately|roughly|some|a\s+mere|only|"
                r"barely|close\s+to)\s+)?")
# Position inside a period, kept inside the extent ("early December", "the end of 2025")
POSITION = (r"(?:(?P<position>early|late|mid|middle|(?:the\s+)?(?:very\s+)?(?:end|beginning|start|"
            r"middle|turn|close)\s+of(?:\s+the)?|(?:earlier|later)(?=\s+(?:this|next|last)\b))"
            r"(?:\s*-\s*|\s+))?")
ORDINAL_CENTURY = r"(?P<century>\d{1,2}(?:st|nd|rd|th)|" + alternation(ORDINAL_WORDS) + ")"
