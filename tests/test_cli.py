"""The command line: exit codes, one-line errors, and the commands that read the ledger."""
import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.store import Ledger

DATA = Path(__file__).parent / "data" / "cli"
runner = CliRunner()


@pytest.fixture(scope="module")
def eval_output(tmp_path_factory):
    out = tmp_path_factory.mktemp("extract") / "out.jsonl"
    result = runner.invoke(app, ["extract", str(DATA / "docs.jsonl"), "--out", str(out)])
    return result, out


def test_extract_skips_bad_line_with_exit_1_and_one_line_error(eval_output):
    result, _ = eval_output
    assert result.exit_code == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert skipped == [f"skipped: {DATA / 'docs.jsonl'}:3: invalid JSON (Expecting property name enclosed in double quotes at column 2)"]


def test_extract_writes_same_ids_texts_and_dcts(eval_output):
    _, out = eval_output
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    given = [json.loads(line) for line in (DATA / "docs.jsonl").read_text(encoding="utf-8").splitlines()[:2]]
    assert [(d["id"], d["text"], d["dct"]) for d in written] == [(d["id"], d["text"], d["dct"]) for d in given]
    assert all({"quotes", "timexes", "events"} <= set(d) for d in written)


def test_extract_missing_file_is_one_line_error():
    result = runner.invoke(app, ["extract", "no/such/file.jsonl"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("ledger") / "cli.db"
    result = runner.invoke(app, ["analyze", str(DATA / "docs.jsonl"), "--db", str(path), "--json"])
    assert isinstance(result.exception, (SystemExit, type(None))), repr(result.exception)
    assert result.exit_code == 1, result.output   # the bad line is skipped
    return path


def test_analyze_summary_counts_added_and_skipped(ledger_path):
    with Ledger(ledger_path) as ledger:
        assert ledger.counts()["documents"] == 2
        assert len(ledger.errors()) == 1


def test_analyze_second_run_adds_nothing(ledger_path):
    with Ledger(ledger_path) as ledger:
        before = ledger.counts()
    result = runner.invoke(app, ["analyze", str(DATA / "docs.jsonl"), "--db", str(ledger_path), "--json"])
    summary = json.loads(result.stdout)
    assert summary["added"] == 0 and summary["unchanged"] == 2
    with Ledger(ledger_path) as ledger:
        assert ledger.counts() == before


def test_analyze_rejects_bad_dct_option(tmp_path):
    result = runner.invoke(app, ["analyze", str(DATA), "--db", str(tmp_path / "x.db"), "--dct", "19/12/2025"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: --dct must be YYYY-MM-DD, got '19/12/2025'"


@pytest.mark.parametrize("fmt", ["jsonl", "eval"])
def test_export_json_formats_carry_every_document(ledger_path, fmt):
    result = runner.invoke(app, ["export", "--format", fmt, "--db", str(ledger_path)])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    ids = {line["document"]["id"] if fmt == "jsonl" else line["id"] for line in lines}
    assert ids == {"cli-1", "cli-2"}


def test_export_csv_has_header_and_spans(ledger_path):
    result = runner.invoke(app, ["export", "--format", "csv", "--kind", "entities", "--db", str(ledger_path)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows, "spaCy finds entities in the fixture"
    assert {"doc_id", "start", "end", "span_text"} <= set(rows[0])
    assert all(row["doc_id"] in {"cli-1", "cli-2"} for row in rows)


def test_export_unknown_format_is_an_error(ledger_path):
    result = runner.invoke(app, ["export", "--format", "xml", "--db", str(ledger_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == "Error: --format must be one of jsonl, csv, eval, got 'xml'"


def test_search_returns_document_with_snippet(ledger_path):
    result = runner.invoke(app, ["search", "Vilnius", "--db", str(ledger_path), "--json"])
    hits = json.loads(result.stdout)
    documents = [hit for hit in hits if hit["kind"] == "document"]
    assert [hit["doc_id"] for hit in documents] == ["cli-2"]
    assert "[Vilnius]" in documents[0]["snippet"]
    assert documents[0]["outlet"] == "Baltic Example"


def test_show_prints_document_and_fact_tables(ledger_path):
    result = runner.invoke(app, ["show", "cli-1", "--db", str(ledger_path)])
    assert result.exit_code == 0
    assert "S-400 battalion" in result.stdout
    assert "events" in result.stdout and "quotes" in result.stdout


def test_show_unknown_document_is_one_line_error(ledger_path):
    result = runner.invoke(app, ["show", "nope", "--db", str(ledger_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: no document 'nope' in {ledger_path}"


def test_every_command_has_help():
    for command in app.registered_commands:
        assert command.callback.__doc__, command.name


def test_readme_documents_every_command():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"claimledger {name}" in readme or f"`{name}`" in readme, name
