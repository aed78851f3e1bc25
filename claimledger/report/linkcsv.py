"""CSV of linked events and of contradictions: one row each, spans as ``start:end``."""
from __future__ import annotations

import csv
import io
from pathlib import Path

EVENT_COLUMNS = ("event_id", "subject", "status", "date", "date_start", "date_end", "date_kind",
                 "location", "corroboration", "earliest_doc_id", "earliest_dct", "doc_ids", "outlets")
CONTRADICTION_COLUMNS = ("id", "kind", "subject", "note", "within_document", "rank",
                         "position_a", "sources_a", "earliest_a", "doc_id_a", "span_a", "sentence_a",
                         "position_b", "sources_b", "earliest_b", "doc_id_b", "span_b", "sentence_b",
                         "more_claims", "more_positions",
                         # for a reader: the place and weapons of an incident, each side's position in words
                         # and its first report by outlet, title and original address
                         "place", "subjects", "reading_a", "outlet_a", "title_a", "url_a",
                         "reading_b", "outlet_b", "title_b", "url_b")


def event_rows(linked) -> list[dict]:
    rows = []
    for event in linked.events:
        sources = event.sources(linked.corpus)
        start, end = event.time.range.as_list()
        rows.append({
            "event_id": event.id, "subject": event.subject, "status": event.status,
            "date": event.date or "", "date_start": start or "", "date_end": end or "",
            "date_kind": event.time.kind, "location": event.location or "",
            "corroboration": event.corroboration, "earliest_doc_id": event.earliest_doc_id or "",
            "earliest_dct": event.earliest_dct or "",
            "doc_ids": ";".join(dict.fromkeys(source["doc_id"] for source in sources)),
            "outlets": ";".join(dict.fromkeys(source["outlet"] for source in sources if source["outlet"])),
        })
    return rows


def span_text(span) -> str:
    return f"{span[0]}:{span[1]}"


def contradiction_rows(contradictions) -> list[dict]:
    rows = []
    for item in contradictions:
        item = item if isinstance(item, dict) else item.as_dict()
        side_a, side_b, *other_sides = item["sides"]   # one quotation may have more than two speakers
        first, second = side_a["claims"][0], side_b["claims"][0]
        more = side_a["claims"][1:] + side_b["claims"][1:] + [claim for side in other_sides for claim in side["claims"]]
        rows.append({
            "id": item["id"], "kind": item["kind"], "subject": item["subject"] or "", "note": item["note"],
            "within_document": int(item["within_document"]), "rank": item["rank"],
            "position_a": side_a["position"], "sources_a": side_a["sources"], "earliest_a": side_a["earliest"] or "",
            "doc_id_a": first["doc_id"], "span_a": span_text(first["span"]), "sentence_a": first["sentence"],
            "position_b": side_b["position"], "sources_b": side_b["sources"], "earliest_b": side_b["earliest"] or "",
            "doc_id_b": second["doc_id"], "span_b": span_text(second["span"]), "sentence_b": second["sentence"],
            "more_claims": ";".join(f"{claim['doc_id']}@{span_text(claim['span'])}" for claim in more),
            "more_positions": ";".join(f"{side['position']} ({side['sources']})" for side in other_sides),
            "place": item.get("place") or "", "subjects": "; ".join(item.get("subjects") or []),
            **{f"{field}_{letter}": value for letter, side, claim in (("a", side_a, first), ("b", side_b, second))
               for field, value in (("reading", side.get("reading") or side["position"]),
                                    ("outlet", claim.get("outlet") or ""),
                                    ("title", claim.get("title") or claim.get("label") or ""),
                                    ("url", claim.get("url") or ""))},
        })
    return rows


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")   # a spreadsheet runs a cell beginning so as a formula


def cell_text(value):
    """A text cell a spreadsheet reads as text: one that would start a formula (a report's
    sentence "=HYPERLINK(...)") gets a leading apostrophe; numbers and other text stay."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def rows_to_csv(rows: list[dict], columns: tuple[str, ...]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: cell_text(value) for key, value in row.items()} for row in rows)
    return buffer.getvalue()


def write_events_csv(path: Path | str, linked) -> None:
    Path(path).write_text(rows_to_csv(event_rows(linked), EVENT_COLUMNS), encoding="utf-8")


def write_contradictions_csv(path: Path | str, contradictions) -> None:
    Path(path).write_text(rows_to_csv(contradiction_rows(contradictions), CONTRADICTION_COLUMNS),
                          encoding="utf-8")
