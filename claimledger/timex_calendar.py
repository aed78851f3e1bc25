"""Calendar arithmetic for TIMEX3 values: building them, and reading them back as date ranges.

Values follow ISO-TimeML: ``2025-12-06`` (day), ``2025-12`` (month), ``2025`` (year),
``199`` (decade), ``19`` (century), ``2025-W51`` (ISO week), ``2025-W51-WE`` (its weekend),
``2025-Q3`` (quarter), ``2025-H1`` (half year), ``2025-SU`` (season), ``X`` for an unknown digit.
"""
from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass

from claimledger.lexicon import lexicon

# Meteorological seasons (northern hemisphere): first month, and the number of months.
SEASON_MONTHS = {code: tuple(months) for code, months in lexicon().seasons["months"].items()}
SEASON_CODES = tuple(SEASON_MONTHS)
VALUE_PATTERNS = {
    "day": re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$"),
    "month": re.compile(r"^(\d{4})-(\d{2})$"),
    "year": re.compile(r"^(\d{4})$"),
    "decade": re.compile(r"^(\d{3})$"),
    "century": re.compile(r"^(\d{2})$"),
    "week": re.compile(r"^(\d{4})-W(\d{2})(-WE)?$"),
    "quarter": re.compile(r"^(\d{4})-Q([1-4])$"),
    "half": re.compile(r"^(\d{4})-H([12])$"),
    "season": re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"),
}


class Direction(enum.Enum):
    """Where an expression without a year or week points, as the sentence's tense implies."""

    PAST = "past"
    PRESENT = "present"   # no clear direction: take the nearest candidate
    FUTURE = "future"


def parse_dct(text: str | None) -> dt.date | None:
    """The document creation time as a date; None when absent or not ``YYYY-MM-DD``."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def day_value(day: dt.date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: dt.date, *, weekend: bool = False) -> str:
    """The ISO week containing ``day`` (``2025-W51``), or its weekend (``2025-W51-WE``)."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}" + ("-WE" if weekend else "")


def shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by ``months`` (negative for earlier)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def nearest_in_direction(candidates: list[tuple[dt.date, object]], anchor: dt.date,
                         direction: Direction):
    """The payload of the candidate nearest ``anchor`` on the side ``direction`` points to.

    ``candidates`` are (representative date, payload) pairs; a candidate on ``anchor`` itself
    counts for both sides. When no candidate lies on that side, the nearest one wins.
    """
    if direction is Direction.PAST:
        side = [item for item in candidates if item[0] <= anchor]
    elif direction is Direction.FUTURE:
        side = [item for item in candidates if item[0] >= anchor]
    else:
        side = []
    pool = side or candidates
    return min(pool, key=lambda item: (abs((item[0] - anchor).days), item[0] > anchor))[1]


def year_for_month_day(anchor: dt.date, month: int, day: int, direction: Direction) -> int:
    """The year that places month-day nearest ``anchor`` in ``direction``."""
    candidates = []
    for reach in (1, 4):     # February 29 may need the leap years further out
        for year in range(anchor.year - reach, anchor.year + reach + 1):
            if valid_day(year, month, day):
                candidates.append((dt.date(year, month, day), year))
        if candidates:
            break
    return nearest_in_direction(candidates, anchor, direction)


def year_for_period(anchor: dt.date, first_month: int, months: int, direction: Direction) -> int:
    """The year of a yearly period (a month, quarter, season) nearest ``anchor`` in ``direction``.

    A period counts as past once it has begun and as future until it has ended, so the
    period containing ``anchor`` suits every direction.
    """
    best = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        start = dt.date(year, first_month, 1)
        end_year, end_month = shift_month(year, first_month, months - 1)
        end = dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])
        if start <= anchor <= end:
            return year
        best.append((start if start > anchor else end, year))
    return nearest_in_direction(best, anchor, direction)


def weekday_date(anchor: dt.date, weekday: int, direction: Direction, *,
                 strict: bool = False) -> dt.date:
    """The date of ``weekday`` (Monday 0) nearest ``anchor`` in ``direction``.

    With ``strict`` the anchor's own day is excluded ("last Friday" said on a Friday).
    """
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if strict:
        back, ahead = back or 7, ahead or 7
    if direction is Direction.PAST:
        return anchor - dt.timedelta(days=back)
    if direction is Direction.FUTURE:
        return anchor + dt.timedelta(days=ahead)
    return anchor - dt.timedelta(days=back) if back <= ahead else anchor + dt.timedelta(days=ahead)


def timex_value_to_range(value: str | None) -> tuple[str, str] | None:
    """The first and last day (ISO dates, inclusive) a TIMEX3 DATE or TIME value covers.

    Args:
        value (str | None): a TIMEX3 value, e.g. ``"2025-12"``, ``"2025-W51"``, ``"199"``.

    Returns:
        (start, end) as ``YYYY-MM-DD`` strings, or None when the value has no fixed place
        on the calendar: underspecified (``XXXX-12-17``), fuzzy (``PAST_REF``), a duration
        (``P3D``), a set, or anything unparsed.

    >>> timex_value_to_range("2025-12")
    ('2025-12-01', '2025-12-31')
    >>> timex_value_to_range("2025-W51")
    ('2025-12-15', '2025-12-21')
    >>> timex_value_to_range("XXXX-12-17") is None
    True
    """
    if not value:
        return None
    value = value.strip()
    for kind, pattern in VALUE_PATTERNS.items():
        found = pattern.match(value)
        if found:
            span = _RANGE_BUILDERS[kind](*found.groups())
            return None if span is None else (span[0].isoformat(), span[1].isoformat())
    return None


def _month_range(year: int, first_month: int, months: int) -> tuple[dt.date, dt.date]:
    end_year, end_month = shift_month(year, first_month, months - 1)
    return (dt.date(year, first_month, 1),
            dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]))


def _day_range(year, month, day):
    year, month, day = int(year), int(month), int(day)
    if not valid_day(year, month, day):
        return None
    return dt.date(year, month, day), dt.date(year, month, day)


def _week_range(year, week, weekend):
    try:
        monday = dt.date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return None
    if weekend:
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
    return monday, monday + dt.timedelta(days=6)


def _checked_month_range(year, month):
    return _month_range(int(year), int(month), 1) if 1 <= int(month) <= 12 else None


_RANGE_BUILDERS = {
    "day": _day_range,
    "month": _checked_month_range,
    "year": lambda year: _month_range(int(year), 1, 12),
    "decade": lambda decade: (dt.date(max(int(decade) * 10, 1), 1, 1),
                              dt.date(int(decade) * 10 + 9, 12, 31)),
    "century": lambda century: (dt.date(max(int(century) * 100, 1), 1, 1),
                                dt.date(int(century) * 100 + 99, 12, 31)),
    "week": _week_range,
    "quarter": lambda year, quarter: _month_range(int(year), 3 * int(quarter) - 2, 3),
    "half": lambda year, half: _month_range(int(year), 6 * int(half) - 5, 6),
    "season": lambda year, code: _month_range(int(year), *SEASON_MONTHS[code]),
}


@dataclass(frozen=True)
class DateRange:
    """A closed stretch of days; ``start`` None means open to the past (the link stage's time)."""

    start: dt.date | None
    end: dt.date | None

    def overlaps(self, other: "DateRange", *, tolerance_days: int = 0) -> bool:
        return self.gap_days(other) <= tolerance_days

    def gap_days(self, other: "DateRange") -> int:
        """Days between the two ranges; 0 when they overlap or touch."""
        if self.end is not None and other.start is not None and self.end < other.start:
            return (other.start - self.end).days
        if other.end is not None and self.start is not None and other.end < self.start:
            return (self.start - other.end).days
        return 0

    def width_days(self) -> float:
        if self.start is None or self.end is None:
            return float("inf")
        return (self.end - self.start).days + 1

    def as_list(self) -> list[str | None]:
        return [self.start.isoformat() if self.start else None,
                self.end.isoformat() if self.end else None]


PRESENT_REF = "PRESENT_REF"   # "now", "currently", "at present": the report's own day


def timex_range(value: str | None, *, dct: str | None = None) -> DateRange | None:
    """The days a TIMEX3 value covers as a DateRange (``PRESENT_REF`` is the dct), or None.

    The one reader of TIMEX3 values as calendar stretches: ``timex_value_to_range`` does the
    parsing, so extract and link agree (``2025-W51-WE`` is that week's weekend).
    """
    if value and value.strip() == PRESENT_REF:
        return timex_range(dct) if dct and dct != PRESENT_REF else None
    found = timex_value_to_range(value)
    if found is None:
        return None
    return DateRange(dt.date.fromisoformat(found[0]), dt.date.fromisoformat(found[1]))


# TIMEX3 parts of a day as hours from the day's midnight: a night runs into the next morning
DAY_PART_HOURS = {"MO": (6, 12), "MI": (12, 12), "AF": (12, 18), "EV": (18, 24), "NI": (20, 30), "DT": (6, 18)}
TIME_OF_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})T(?:(\d{2}):(\d{2})|(MO|MI|AF|EV|NI|DT))")


def hours_range(value: str | None) -> tuple[dt.datetime, dt.datetime] | None:
    """The hours a TIMEX3 value of a time of day covers ("2023-05-04T02:30": that minute;
    "2023-05-04TNI", "Thursday night": 20:00 on the 4th to 06:00 on the 5th), or None for a value
    with no time of day."""
    found = TIME_OF_DAY.fullmatch(value or "")
    if found is None:
        return None
    day = dt.datetime.fromisoformat(found.group(1))
    if found.group(2) is not None:
        moment = day + dt.timedelta(hours=int(found.group(2)), minutes=int(found.group(3)))
        return moment, moment
    start, end = DAY_PART_HOURS[found.group(4)]
    return day + dt.timedelta(hours=start), day + dt.timedelta(hours=end)


def parse_day(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` string (a dct) as a date, or None."""
    found = timex_range(value)
    return found.end if found is not None and found.width_days() == 1 else None


PART_DAYS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}          # of a month
PART_MONTHS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}            # of a year


def part_range(found: DateRange, part: str | None) -> DateRange:
    """The days a part of a month or year covers ("the end of July": 21 to 31 July; "early 2024":
    January to April); any other range, or no part, is kept whole."""
    if part not in PART_DAYS or found.start is None or found.end is None:
        return found
    start, end = found.start, found.end
    if start.day == 1 and start.month == end.month and start.year == end.year and end.day >= 28:
        first, last = PART_DAYS[part]
        return DateRange(start.replace(day=first), end.replace(day=min(last, end.day)))
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        first, last = PART_MONTHS[part]
        return DateRange(dt.date(start.year, first, 1),
                         dt.date(start.year, last, calendar.monthrange(start.year, last)[1]))
    return found
