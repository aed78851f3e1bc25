"""Knight Lab TimelineJS JSON for one subject's timeline.

The shape is TimelineJS3's: ``{"title": {...}, "events": [{"start_date": {"year",
"month", "day"}, "end_date": {...}, "text": {"headline", "text"}, "group"}]}``. An
undated ("reported by") entry is placed at its dct with "reported by" in the headline.
TimelineJS renders ``text`` as HTML, so every value taken from a document is escaped
(bidirectional overrides shown as ``<U+XXXX>``), and a source is linked only when its url is
http(s), the rule of the report and the web UI.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

from claimledger.lexicon import lexicon
from claimledger.report.safe_text import html_bidi_safe, safe_url

STATUS_HEADLINES = {status.name: status.headline for status in lexicon().statuses}


def escape_text(value: str) -> str:
    """value as HTML text or attribute value: markup escaped, bidi overrides made visible."""
    return html.escape(html_bidi_safe(value), quote=True)


def timelinejs_date(value: str | None) -> dict | None:
    """{"year", "month", "day"} from an ISO date, keeping only the parts it has."""
    if not value:
        return None
    parts = value.split("-")
    out = {"year": int(parts[0])}
    if len(parts) > 1:
        out["month"] = int(parts[1])
    if len(parts) > 2:
        out["day"] = int(parts[2][:2])
    return out


def entry_event(entry: dict) -> dict | None:
    """One TimelineJS event from one timeline entry, or None when it has no date at all."""
    start, end = entry["date_range"]
    reported_by = entry["date_kind"] == "reported_by"
    start_date = timelinejs_date(end if reported_by else start)
    if start_date is None:
        return None
    status = STATUS_HEADLINES.get(entry["status"], entry["status"].lower())
    headline = f"{entry['subject']} {status}" + (" (reported by this date)" if reported_by else "")
    lines = []
    for source in entry["sources"]:
        outlet = escape_text(source.get("outlet") or source["doc_id"])
        url = safe_url(source.get("url"))
        link = f'<a href="{escape_text(url)}">{outlet}</a>' if url else outlet
        sentence = escape_text(source.get("sentence") or "")
        lines.append(f"<p>{link}: {sentence}</p>")
    text = f"<p>Independent sources: {entry['corroboration']}</p>" + "".join(lines)
    event = {"start_date": start_date, "text": {"headline": escape_text(headline), "text": text},
             "group": entry["status"]}
    if not reported_by and end and end != start:
        event["end_date"] = timelinejs_date(end)
    return event


def timeline_to_timelinejs(subject: str, entries: list[dict]) -> dict:
    """The TimelineJS document for a subject's timeline entries."""
    events = [event for event in map(entry_event, entries) if event is not None]
    return {"title": {"text": {"headline": escape_text(subject),
                               "text": "Status reports, with their sources (claimledger)."}},
            "events": events}


def write_timelinejs(path: Path | str, subject: str, entries: list[dict]) -> None:
    Path(path).write_text(json.dumps(timeline_to_timelinejs(subject, entries), ensure_ascii=False, indent=1),
                          encoding="utf-8")
