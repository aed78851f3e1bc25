"""Exports of the link stage: TimelineJS, GraphML, CSV."""
import csv
import io
import json
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET

from claimledger.link import link_corpus
from claimledger.link.corpus import corpus_from_dict
from claimledger.report.graphml import ledger_graph, write_graphml
from claimledger.report.linkcsv import (CONTRADICTION_COLUMNS, EVENT_COLUMNS, contradiction_rows,
                                        event_rows, rows_to_csv)
from claimledger.report.timelinejs import timeline_to_timelinejs, timelinejs_date

FIXTURES = Path(__file__).parent / "data" / "link"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def linked_fixture(name, **changes):
    data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    for item in data["extractions"]:
        item["document"].update(changes)
    return link_corpus(corpus_from_dict(data))


@pytest.mark.parametrize("value,expected", [
    ("2025-12-17", {"year": 2025, "month": 12, "day": 17}),
    ("2025-12", {"year": 2025, "month": 12}),
    (None, None),
])
def test_timelinejs_date(value, expected):
    assert timelinejs_date(value) == expected


def test_timelinejs_events_in_order_with_headlines():
    linked = linked_fixture("progression")
    document = timeline_to_timelinejs("Oreshnik", linked.timeline("Oreshnik"))
    assert [event["text"]["headline"] for event in document["events"]][:2] == [
        "Oreshnik requested", "Oreshnik in transit"]


def test_timelinejs_escapes_document_text():
    linked = linked_fixture("progression", outlet="<script>alert(1)</script>")
    document = timeline_to_timelinejs("Oreshnik", linked.timeline("Oreshnik"))
    text = document["events"][0]["text"]["text"]
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_timelinejs_reported_by_entry_uses_dct():
    linked = linked_fixture("status_conflict")
    document = timeline_to_timelinejs("Oreshnik", linked.timeline("Oreshnik"))
    assert document["events"][0]["start_date"] == {"year": 2026, "month": 2, "day": 10}
    assert "reported by" in document["events"][0]["text"]["headline"]


def test_graphml_is_valid_and_escaped(tmp_path):
    linked = linked_fixture("attribution_conflict", title="<b>&\"quoted\"</b>")
    target = tmp_path / "graph.graphml"
    write_graphml(target, linked)
    root = SafeET.parse(str(target)).getroot()
    labels = [data.text for data in root.iter(f"{GRAPHML}data")]
    assert "<b>&\"quoted\"</b>" in labels


@pytest.mark.parametrize("relation", ["said", "mentions"])
def test_graphml_has_speech_edges(relation):
    graph = ledger_graph(linked_fixture("attribution_conflict"))
    assert relation in {edge[2] for edge in graph.edges}


def test_graphml_reads_the_link_tables_not_the_extractions(monkeypatch):
    linked = linked_fixture("attribution_conflict")
    linked.__dict__.pop("corpus", None)

    def no_extractions(*_args, **_kwargs):
        raise AssertionError("graph loaded the extractions")
    monkeypatch.setattr("claimledger.store.ledger.Ledger.extraction", no_extractions)
    monkeypatch.setattr("claimledger.store.ledger.Ledger.load_corpus", no_extractions)
    graph = ledger_graph(linked)
    stored = {row[0] for row in linked.db.execute("SELECT id FROM identities")}
    speakers = {source: set() for source, _, relation in graph.edges if relation == "said"}
    for source, target, relation in graph.edges:
        if relation == "said":
            speakers[source].add(target.split(":")[1])
    assert speakers and set(speakers) <= stored
    # Victor and Viktor Khrenin are one stored identity, speaking in both documents
    assert {"attr-khrenin", "attr-variant"} in speakers.values()


@pytest.mark.parametrize("relation", ["supports", "about"])
def test_graphml_has_event_edges(relation):
    graph = ledger_graph(linked_fixture("corroboration"))
    assert relation in {edge[2] for edge in graph.edges}


def test_csv_events_row():
    rows = list(csv.DictReader(io.StringIO(rows_to_csv(event_rows(linked_fixture("corroboration")), EVENT_COLUMNS))))
    assert rows[0]["status"] == "ARRIVED" and rows[0]["corroboration"] == "3"
    assert rows[0]["outlets"] == "Minsk Herald;Wire Agency;Reprint Daily"


def test_csv_contradictions_row():
    linked = linked_fixture("date_conflict")
    text = rows_to_csv(contradiction_rows(linked.contradictions), CONTRADICTION_COLUMNS)
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["kind"] == "date"
    assert {(row["doc_id_a"], row["span_a"]), (row["doc_id_b"], row["span_b"])} == {("date-fleet", "0:79"),
                                                                                     ("date-local", "0:88")}


def test_csv_contradictions_row_lists_every_speaker_of_one_quotation():
    linked = linked_fixture("attribution_many")
    row = next(csv.DictReader(io.StringIO(rows_to_csv(contradiction_rows(linked.contradictions), CONTRADICTION_COLUMNS))))
    assert (row["position_a"], row["position_b"], row["more_positions"]) == (
        "Viktor Khrenin", "Hanna Ivanova", "Alexander Volfovich (1)")
    assert row["more_claims"].split(";")[-1] == "many-volfovich@27:96"
