"""TIMEX3 values and timeline dates in words a reader expects: ``2025-W44-WE`` is "weekend of
1–2 Nov 2025", ``2025-12`` is "December 2025". The value itself stays machine-readable in the
page (a title attribute); this module only names it. Calendar arithmetic is
``claimledger.timex_calendar``'s, so the words cover exactly the days the link stage compares.
"""
from __future__ import annotations

import datetime as dt
import re

from markupsafe import Markup, escape

from claimledger.lexicon import lexicon
from claimledger.timex_calendar import TIME_OF_DAY, VALUE_PATTERNS, parse_dct as _day, timex_value_to_range

SEASON_NAMES = lexicon().seasons["names"]
HALF_NAMES = {"1": "first half", "2": "second half"}
# TIMEX3 parts of a day in words: the first word the lexicon reads as each ("morning", not "dawn")
DAY_PART_NAMES = {code: word for word, code in reversed(lexicon().timex["parts_of_day"].items())}
# fuzzy references (ISO-TimeML) and duration units, as words
REFERENCE_NAMES = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "DE": "decade"}
DURATION = re.compile(r"^PT?(\d+|X)(DE|[YMWDH])$")
# a calendar TIMEX3 value or a fuzzy reference inside running text, such as the link stage's
# notes and positions ("ARRIVED dated PRESENT_REF")
VALUE_IN_TEXT = re.compile(r"\b(?:\d{4}-(?:\d{2}-\d{2}(?:T(?:\d{2}:\d{2}|[A-Z]{2}))?|W\d{2}(?:-WE)?|\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI)|"
                           + "|".join(REFERENCE_NAMES) + r")\b")
# a value, or two days as a stretch ("2022-11-09 to 2022-11-16": the incident kind's notes)
STRETCH_IN_TEXT = re.compile(r"\b(?P<first>\d{4}-\d{2}-\d{2}) to (?P<last>\d{4}-\d{2}-\d{2})\b|" + VALUE_IN_TEXT.pattern)


def day_text(value: str | None) -> str:
    """``2025-12-19`` as "19 Dec 2025"; anything that is not one day comes back unchanged."""
    day = _day(value)
    return f"{day.day} {day:%b %Y}" if day else (value or "")


def range_text(start: str | None, end: str | None) -> str:
    """Two ISO days as one stretch, sharing what they share: "1–2 Nov 2025",
    "27 Oct – 2 Nov 2025", "29 Dec 2025 – 4 Jan 2026"."""
    first, last = _day(start), _day(end)
    if not first or not last:
        return day_text(start or end)
    if first == last:
        return day_text(start)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{day_text(start)} – {day_text(end)}"


def timex_text(value: str | None) -> str:
    """A TIMEX3 value in words; a value this module cannot name comes back as it is.

    >>> timex_text("2025-W44-WE")
    'weekend of 1–2 Nov 2025'
    >>> timex_text("2025-12")
    'December 2025'
    """
    if not value:
        return ""
    value = value.strip()
    if value in REFERENCE_NAMES:
        return REFERENCE_NAMES[value]
    if found := DURATION.match(value):
        count, unit = found.groups()
        name = DURATION_UNITS[unit]
        return f"some {name}s" if count == "X" else f"{int(count)} {name}{'s' if count != '1' else ''}"
    span = timex_value_to_range(value)
    kind, found = next(((kind, match) for kind, pattern in VALUE_PATTERNS.items() if (match := pattern.match(value))),
                       (None, None))
    if span is None or found is None:
        return value
    if kind == "day":
        return day_time_text(value, day_text(span[0]))
    if kind == "month":
        return f"{_day(span[0]):%B %Y}"
    if kind == "year":
        return found.group(1)
    if kind == "decade":
        return f"the {found.group(1)}0s"
    if kind == "century":
        return f"the {found.group(1)}00s"
    if kind == "week":
        return f"{'weekend' if found.group(3) else 'week'} of {range_text(*span)}"
    if kind == "quarter":
        return f"Q{found.group(2)} {found.group(1)} ({_day(span[0]):%b}–{_day(span[1]):%b})"
    if kind == "half":
        return f"{HALF_NAMES[found.group(2)]} of {found.group(1)}"
    if _day(span[0]).year != _day(span[1]).year:   # winter runs into the next year
        return f"{SEASON_NAMES[found.group(2)]} {found.group(1)}–{str(int(found.group(1)) + 1)[-2:]}"
    return f"{SEASON_NAMES[found.group(2)]} {found.group(1)}"   # season


def day_time_text(value: str, day: str) -> str:
    """A day with the time of day its value gives: "4 May 2023, 02:30", "night of 4 May 2023"."""
    found = TIME_OF_DAY.fullmatch(value)
    if found is None:
        return day
    if found.group(2):
        return f"{day}, {found.group(2)}:{found.group(3)}"
    part = DAY_PART_NAMES.get(found.group(4))
    return f"{part} of {day}" if part else day


def dates_in_words(text: str | None) -> Markup:
    """Text with each calendar value in it ("as of 2025-12-20") named in words, the value kept in
    a title attribute; everything else escaped."""
    parts, position = [], 0
    for found in STRETCH_IN_TEXT.finditer(text or ""):
        words = timex_text(found.group())
        if found.group("last"):   # "2023-01-14 to 2023-01-14" is one day; "2022-11-09 to 2022-11-16" one stretch
            words = range_text(found.group("first"), found.group("last"))
        if words == found.group():
            continue
        parts.append(escape(text[position:found.start()]))
        parts.append(Markup('<span class="date" title="{}">{}</span>').format(found.group(), words))
        position = found.end()
    parts.append(escape((text or "")[position:]))
    return Markup("").join(parts)


def entry_date_text(entry: dict) -> str:
    """A timeline entry's date (docs/link.md) as a reader says it: "17 Dec 2025" (on a day),
    "December 2025" (within), "by end of 2025" (a deadline), "by 19 Dec 2025" (undated: it held
    by the first report's day), or "undated"."""
    start, end = entry["date_range"]
    kind = entry.get("date_kind")
    if kind == "reported_by":
        return f"by {day_text(end)}" if end else "undated"
    if kind == "by":
        return f"by {timex_text(entry['date']) if entry.get('date') else day_text(end)}"
    if entry.get("date") in REFERENCE_NAMES and (start or end):   # "now" is the report's now, not the reader's
        return f"{timex_text(entry['date'])} (as of {range_text(start, end)})"
    if entry.get("date"):
        return timex_text(entry["date"])
    return range_text(start, end) if start or end else "undated"


def entry_date_title(entry: dict) -> str:
    """The machine-readable date behind entry_date_text: the TIMEX3 value and its days."""
    start, end = entry["date_range"]
    days = f"{start or '…'} to {end or '…'}" if start != end else (start or "")
    parts = [entry.get("date") or "", days, (entry.get("date_kind") or "").replace("_", " ")]
    return "; ".join(part for part in parts if part)


