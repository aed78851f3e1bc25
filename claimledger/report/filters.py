"""The filters every list of the web UI (its query parameters) and the terminal's timeline (its
options) take: a date range, an outlet, a status, a location, and the order. One object parses them, says what each kind of row keeps,
and writes them back into links, so a page's links keep the filters the reader chose."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields, replace
from urllib.parse import urlencode

from claimledger.lexicon import lexicon

SORT_ORDERS = ("", "date", "-date")   # "": the page's own order (timeline order, rank, relevance)
STATUSES = tuple(lexicon().status_names)
# a place in a contradiction's reading: "ARRIVED reached (Belarus)", "DEPLOYED dated 2025-12-17 (Belarus)"
PLACE_IN_READING = re.compile(r"\(([^()]+)\)")


class FilterError(ValueError):
    """A filter parameter that is not a day, a known status or a known order."""


@dataclass(frozen=True)
class ViewFilter:
    """since/until (YYYY-MM-DD, inclusive), outlet (exact), status, location (case-insensitive), sort."""

    since: str = ""
    until: str = ""
    outlet: str = ""
    status: str = ""
    location: str = ""
    sort: str = ""

    @classmethod
    def parse(cls, **params: str | None) -> "ViewFilter":
        """Read query parameters; empty ones are no filter. RAISES FilterError with the value."""
        values = {name: (params.get(name) or "").strip() for name in (item.name for item in fields(cls))}
        for name in ("since", "until"):
            if values[name]:
                try:
                    dt.date.fromisoformat(values[name])
                except ValueError:
                    raise FilterError(f"{name} must be a day as YYYY-MM-DD, got {values[name]!r}") from None
        values["status"] = values["status"].upper()
        if values["status"] and values["status"] not in STATUSES:
            raise FilterError(f"status must be one of {', '.join(STATUSES)}, got {values['status']!r}")
        if values["sort"] not in SORT_ORDERS:
            raise FilterError(f"sort must be one of date, -date, got {values['sort']!r}")
        return cls(**values)

    @property
    def active(self) -> bool:
        return any((self.since, self.until, self.outlet, self.status, self.location))

    def params(self, **extra) -> dict[str, str]:
        """The filters that are set, plus ``extra`` parameters that are not empty."""
        chosen = {item.name: getattr(self, item.name) for item in fields(self) if getattr(self, item.name)}
        return {**chosen, **{name: value for name, value in extra.items() if value not in (None, "")}}

    def query(self, **changes) -> str:
        """The filters as a query string (with ``?``), after ``changes``; empty when none is set."""
        params = replace(self, **changes).params()
        return "?" + urlencode(params) if params else ""

    def keeps_day(self, day: str | None) -> bool:
        """A publication date inside since..until; an undated row passes only an open range."""
        if not (self.since or self.until):
            return True
        if not day:
            return False
        return (not self.since or day[:10] >= self.since) and (not self.until or day[:10] <= self.until)

    def keeps_outlet(self, outlet: str | None) -> bool:
        return not self.outlet or (outlet or "").casefold() == self.outlet.casefold()

    def keeps_card(self, card: dict) -> bool:
        """A document (or search hit): its publication date and outlet."""
        return self.keeps_day(card.get("dct")) and self.keeps_outlet(card.get("outlet"))

    def keeps_entry(self, entry: dict) -> bool:
        """A timeline entry: its status and location, its date range meeting since..until
        (open ends meet anything), and a report from the outlet."""
        if self.status and entry["status"] != self.status:
            return False
        if not self.keeps_location(entry.get("location")):
            return False
        start, end = entry["date_range"]
        if self.since and end and end < self.since:
            return False
        if self.until and start and start > self.until:
            return False
        return not self.outlet or any(self.keeps_outlet(source.get("outlet")) for source in entry["sources"])

    def keeps_location(self, location: str | None) -> bool:
        return not self.location or (location or "").casefold() == self.location.casefold()

    def keeps_events(self, events: list) -> bool:
        """A document (or search hit) by its events (``.status``, ``.location``): one of them has
        the status and the location chosen; any document when neither is chosen."""
        if not (self.status or self.location):
            return True
        return any((not self.status or event.status == self.status) and self.keeps_location(event.location)
                   for event in events)

    def keeps_contradiction(self, item: dict) -> bool:
        """A contradiction: one of its positions has the status, and its place or a side's
        reading names the location (the SQL filter took the rest)."""
        if self.status and not any(position.split(" ", 1)[0] == self.status for position in item["positions"]):
            return False
        places = [item.get("place"), *(place for side in item.get("sides", ())
                                       for place in PLACE_IN_READING.findall(side.get("reading") or ""))]
        return not self.location or any(self.keeps_location(place) for place in places if place)

    def sorted(self, rows: list[dict], date_of) -> list[dict]:
        """Rows by ``date_of(row)`` (undated last) when a date order is chosen, else as they came."""
        if not self.sort:
            return rows
        dated = [row for row in rows if date_of(row)]
        undated = [row for row in rows if not date_of(row)]
        return sorted(dated, key=date_of, reverse=self.sort == "-date") + undated
