"""Publication dates from metadata -> YYYY-MM-DD, without ever consulting the clock."""
from __future__ import annotations

import datetime as dt
import email.utils
import re
import time

PLAIN_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# Written-out forms seen in front matter and page metadata.
STRPTIME_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y",
                    "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%Y")
EARLIEST_YEAR = 1900
LATEST_YEAR = 2100


def to_iso_date(value) -> str | None:
    """A date, datetime, struct_time, unix time or date string -> 'YYYY-MM-DD', else None.

    Relative wording ("yesterday", "3 hours ago") is refused: resolving it would need
    the machine's clock, and a re-run would then give another date.
    """
    day = _to_date(value)
    if day is None or not EARLIEST_YEAR <= day.year <= LATEST_YEAR:
        return None
    return day.isoformat()


def _to_date(value) -> dt.date | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, (int, float)):
        return _from_unix(value)
    if isinstance(value, str):
        return _from_string(value.strip())
    return None


def _from_unix(seconds: float) -> dt.date | None:
    if not seconds >= 0:   # negative, or NaN: no export stamps a message before 1970
        return None
    try:
        return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


def _from_string(text: str) -> dt.date | None:
    if not text:
        return None
    match = PLAIN_DATE.match(text)
    if match:
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            return None
    if text.isdigit() and len(text) >= 9:
        return _from_unix(int(text))
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for pattern in STRPTIME_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None
