"""The link commands: tables by default, JSON with --json, exports, and a clear error."""
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from claimledger.cli_link import register
from claimledger.link import update_for_documents
from claimledger.link.corpus import corpus_from_dict

FIXTURES = Path(__file__).parent / "data" / "link"


@pytest.fixture(scope="module")
def app():
    app = typer.Typer()
    register(app)

    @app.callback()
    def main():
        """Test host for the link commands."""
    return app


@pytest.fixture
def ledger_db(tmp_path):
    """A ledger on disk holding the progression and status-conflict fixtures."""
    store = pytest.importorskip("claimledger.store")
    path = tmp_path / "ledger.db"
    with store.Ledger(path) as ledger:
        for name in ("progression", "status_conflict"):
            data = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
            for extraction in corpus_from_dict(data).extractions:
                ledger.add_extraction(extraction)
        update_for_documents(ledger, [])   # links every stored document not yet linked
    return path


def invoke(app, *args):
    return CliRunner().invoke(app, [str(arg) for arg in args])


def test_cli_timeline_json_schema(app, ledger_db):
    result = invoke(app, "timeline", "Oreshnik", "--db", ledger_db, "--json")
    assert result.exit_code == 0, result.output
    entries = json.loads(result.stdout)
    assert [entry["status"] for entry in entries][:2] == ["REQUESTED", "IN_TRANSIT"]
    assert set(entries[0]) >= {"subject", "status", "date", "date_range", "sources", "corroboration"}
    assert set(entries[0]["sources"][0]) >= {"doc_id", "outlet", "url", "span"}


def test_cli_timeline_table(app, ledger_db):
    result = invoke(app, "timeline", "oreshnik", "--db", ledger_db)
    assert result.exit_code == 0
    assert "Timeline: Oreshnik" in result.stdout and "IN_TRANSIT" in result.stdout


def test_cli_contradictions_json_schema(app, ledger_db):
    result = invoke(app, "contradictions", "--db", ledger_db, "--json")
    found = json.loads(result.stdout)
    assert {item["kind"] for item in found} == {"status"}
    assert set(found[0]) == {"id", "kind", "subject", "note", "within_document", "rank", "positions", "sides", "claims",
                             "place", "subjects"}
    assert found[0]["place"] is None and found[0]["subjects"] == [found[0]["subject"]]   # a place only for an incident
    assert [set(side) for side in found[0]["sides"]] == [{"position", "reading", "sources", "earliest", "claims"}] * 2
    assert set(found[0]["claims"][0]) >= {"doc_id", "title", "outlet", "url", "dct", "span", "sentence"}


@pytest.mark.parametrize("option,value,count", [
    ("--subject", "oreshnik", 2), ("--subject", "Tomahawk", 0), ("--kind", "date", 0),
    ("--outlet", "Rail Times", 1), ("--min-sources", 2, 0), ("--since", "2026-02-11", 2), ("--since", "2027-01-01", 0),
])
def test_cli_contradictions_filters(app, ledger_db, option, value, count):
    result = invoke(app, "contradictions", "--db", ledger_db, "--json", option, value)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == count


def test_cli_relink_gives_the_same_contradictions(app, ledger_db):
    before = json.loads(invoke(app, "contradictions", "--db", ledger_db, "--json").stdout)
    result = invoke(app, "relink", "--db", ledger_db)
    assert result.exit_code == 0, result.output
    assert json.loads(invoke(app, "contradictions", "--db", ledger_db, "--json").stdout) == before


def test_cli_contradictions_csv(app, ledger_db, tmp_path):
    target = tmp_path / "contradictions.csv"
    result = invoke(app, "contradictions", "--db", ledger_db, "--csv", target)
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8").splitlines()[0].startswith("id,kind,subject,note,within_document,rank,position_a")


def test_cli_sources_json(app, ledger_db):
    result = invoke(app, "sources", "--db", ledger_db, "--json")
    rows = json.loads(result.stdout)
    assert {row["scope"] for row in rows} == {"outlet"}
    assert "Capital News" in {row["key"] for row in rows}


def test_cli_timelinejs_export(app, ledger_db, tmp_path):
    target = tmp_path / "timeline.json"
    invoke(app, "timeline", "Oreshnik", "--db", ledger_db, "--timelinejs", target)
    assert json.loads(target.read_text(encoding="utf-8"))["events"][0]["start_date"] == {
        "year": 2024, "month": 12, "day": 6}


def test_cli_graph_export(app, ledger_db, tmp_path):
    target = tmp_path / "ledger.graphml"
    result = invoke(app, "graph", "--db", ledger_db, "--out", target)
    assert result.exit_code == 0 and target.read_text(encoding="utf-8").startswith("<?xml")


def test_cli_missing_ledger_is_one_error_line(app, tmp_path):
    missing = tmp_path / "none.db"
    result = invoke(app, "contradictions", "--db", missing)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: {missing}: no such ledger; run 'claimledger analyze' first or pass --db FILE"
    assert not missing.exists()


@pytest.mark.parametrize("command", ["timeline", "contradictions", "sources", "graph", "relink"])
def test_cli_link_commands_documented(command):
    docs = (Path(__file__).parent.parent / "docs" / "link.md").read_text(encoding="utf-8")
    assert f"claimledger {command}" in docs


def test_cli_contradictions_table_shows_every_speaker_of_one_quotation(app, tmp_path):
    store = pytest.importorskip("claimledger.store")
    path = tmp_path / "quotes.db"
    with store.Ledger(path) as ledger:
        data = json.loads((FIXTURES / "attribution_many.json").read_text(encoding="utf-8"))
        for extraction in corpus_from_dict(data).extractions:
            ledger.add_extraction(extraction)
        update_for_documents(ledger, [])
    result = invoke(app, "contradictions", "--db", path, "--kind", "attribution")
    assert result.exit_code == 0, result.output
    assert "Contradictions between reports (1)" in result.stdout
    assert all(name in result.stdout for name in ("Viktor Khrenin", "Hanna Ivanova", "Alexander Volfovich"))


def test_cli_timeline_at_80_columns_shows_every_source_id_whole(app, ledger_db):
    entries = json.loads(invoke(app, "timeline", "Oreshnik", "--db", ledger_db, "--json").stdout)
    result = CliRunner().invoke(app, ["timeline", "Oreshnik", "--db", str(ledger_db)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    cells = {cell.strip() for line in result.stdout.splitlines() for cell in line.split("│")}
    for entry in entries:
        assert {source["doc_id"] for source in entry["sources"]} <= cells


def test_cli_timeline_names_each_source_by_outlet_and_label(app, ledger_db):
    entries = json.loads(invoke(app, "timeline", "Oreshnik", "--db", ledger_db, "--json").stdout)
    result = CliRunner().invoke(app, ["timeline", "Oreshnik", "--db", str(ledger_db)], env={"COLUMNS": "220"})
    assert result.exit_code == 0, result.output
    sources = [source for entry in entries for source in entry["sources"]]
    assert any(source["outlet"] for source in sources), "the fixture ledger names outlets"
    for source in sources:   # an untitled document is named by the start of its text
        assert source["label"] and source["label"] != source["doc_id"]
        named = f"{source['outlet']} · {source['label'][:20]}" if source["outlet"] else source["label"][:20]
        assert named in result.stdout


def test_cli_timeline_filters_as_the_web_ui(app, ledger_db):
    def statuses(*options):
        result = invoke(app, "timeline", "Oreshnik", "--db", ledger_db, "--json", *options)
        assert result.exit_code == 0, result.output
        return [(entry["status"], entry["location"]) for entry in json.loads(result.stdout)]

    every = statuses()
    assert len({status for status, _ in every}) > 1
    first = every[0][0]
    assert statuses("--status", first.lower()) == [row for row in every if row[0] == first]
    place = next(location for _, location in every if location)
    assert statuses("--location", place.upper()) == [row for row in every if row[1] == place]
    assert statuses("--location", "Nowhere-on-the-map") == []


def test_cli_timeline_rejects_a_filter_that_is_not_a_day(app, ledger_db):
    result = invoke(app, "timeline", "Oreshnik", "--db", ledger_db, "--since", "2025-13-01")
    assert result.exit_code == 2 and "since must be a day" in result.output
