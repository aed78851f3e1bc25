"""Exports of the ledger: JSON Lines (everything), CSV (one fact kind a file), the evaluation format.

Every row carries its document id and character span, so each fact can be
traced back to the text it came from.
"""
from __future__ import annotations

import csv
import dataclasses
import json
from typing import Iterable, TextIO

from claimledger.schema import Extraction, span_fields
from claimledger.store.ledger import FACT_TABLES

FORMATS = ("jsonl", "csv", "eval")
CSV_KINDS = Extraction.FACT_KINDS


def write_jsonl(extractions: Iterable[Extraction], sink: TextIO, *, copies: dict | None = None,
                sources: dict | None = None) -> int:
    """One line per document: its metadata, sources and every fact."""
    count = 0
    for extraction in extractions:
        document = extraction.document
        line = {"document": document.as_dict(),
                "copy_of": (copies or {}).get(document.id),
                "sources": (sources or {}).get(document.id, [])}
        for kind in Extraction.FACT_KINDS:
            line[kind] = [record.as_dict() for record in getattr(extraction, kind)]
        sink.write(json.dumps(line, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_eval(extractions: Iterable[Extraction], sink: TextIO) -> int:
    """The evaluation exchange format (eval/FORMAT.md), one document a line."""
    count = 0
    for extraction in extractions:
        sink.write(json.dumps(extraction.as_eval_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def csv_row(record, text: str) -> dict:
    """A fact as flat CSV cells: spans as start/end, plus the text they cover."""
    row = {}
    spans = span_fields(type(record))
    for key, value in record.as_dict().items():
        if key in spans:
            prefix = "" if key == "span" else key + "_"
            row[prefix + "start"], row[prefix + "end"] = value if value else ("", "")
        else:
            row[key] = "" if value is None else value
    row["span_text"] = text[record.span[0]:record.span[1]]
    return row


def csv_columns(kind: str) -> list[str]:
    columns = []
    record_class = FACT_TABLES[kind][1]
    spans = span_fields(record_class)
    for field in dataclasses.fields(record_class):
        if field.name == "span":
            columns += ["start", "end"]
        elif field.name in spans:
            columns += [f"{field.name}_start", f"{field.name}_end"]
        else:
            columns.append(field.name)
    return columns + ["span_text"]


def write_csv(extractions: Iterable[Extraction], sink: TextIO, *, kind: str = "events") -> int:
    """One row per fact of one kind (events, quotes, timexes, ...)."""
    if kind not in CSV_KINDS:
        raise ValueError(f"unknown fact kind {kind!r}; choose from {', '.join(CSV_KINDS)}")
    writer = csv.DictWriter(sink, fieldnames=csv_columns(kind), lineterminator="\n")
    writer.writeheader()
    count = 0
    for extraction in extractions:
        for record in getattr(extraction, kind):
            writer.writerow(csv_row(record, extraction.document.text))
            count += 1
    return count
