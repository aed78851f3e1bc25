"""TIMEX3 values as calendar date ranges, so reports of different precision compare.

``"2025-12"`` is the whole month and overlaps ``"2025-12-17"``; a value that names
no calendar stretch (``PAST_REF``, a duration) gives no range.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
YEAR = re.compile(r"^(\d{4})$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$")
QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
HALF = re.compile(r"^(\d{4})-H([12])$")
SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
DECADE = re.compile(r"^(\d{3})X?$")
# Northern-hemisphere seasons as (first month, last month); winter runs into the next year.
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


@dataclass(frozen=True)
class DateRange:
    """A closed stretch of days; ``start`` None means open to the past."""

    start: date | None
    end: date | None

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


def month_range(year: int, first: int, last: int) -> DateRange:
    """Months ``first..last`` of ``year``; months past 12 run into the next year."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    end_day = calendar.monthrange(end_year, end_month)[1]
    return DateRange(date(year, first, 1), date(end_year, end_month, end_day))


def timex_range(value: str | None, *, dct: str | None = None) -> DateRange | None:
    """The days a TIMEX3 DATE value covers, or None when it names no calendar stretch.

    value (str | None): a TIMEX3 value such as ``2025-12-17``, ``2025-12``, ``2025-W51``.
    dct (str | None): the document date, used for ``PRESENT_REF``.
    RETURNS (DateRange | None): the covered days.
    """
    if not value:
        return None
    value = value.strip()
    try:
        return _calendar_range(value, dct)
    except ValueError:
        return None   # an impossible date such as 2025-02-30 is no date


def _calendar_range(value: str, dct: str | None) -> DateRange | None:
    if value == "PRESENT_REF":
        return timex_range(dct) if dct and dct != "PRESENT_REF" else None
    if match := DAY.match(value):
        day = date(*map(int, match.groups()))
        return DateRange(day, day)
    if match := MONTH.match(value):
        year, month = map(int, match.groups())
        return month_range(year, month, month)
    if match := YEAR.match(value):
        year = int(match.group(1))
        return DateRange(date(year, 1, 1), date(year, 12, 31))
    if match := WEEK.match(value):
        year, week = map(int, match.groups())
        monday = date.fromisocalendar(year, week, 1)
        return DateRange(monday, monday + timedelta(days=6))
    if match := QUARTER.match(value):
        year, quarter = int(match.group(1)), int(match.group(2))
        return month_range(year, 3 * quarter - 2, 3 * quarter)
    if match := HALF.match(value):
        year, half = int(match.group(1)), int(match.group(2))
        return month_range(year, 6 * half - 5, 6 * half)
    if match := SEASON.match(value):
        first, last = SEASON_MONTHS[match.group(2)]
        return month_range(int(match.group(1)), first, last)
    if match := DECADE.match(value):
        start = int(match.group(1)) * 10
        return DateRange(date(start, 1, 1), date(start + 9, 12, 31))
    return None


def parse_day(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` string (a dct) as a date, or None."""
    found = timex_range(value)
    return found.end if found is not None and found.width_days() == 1 else None
