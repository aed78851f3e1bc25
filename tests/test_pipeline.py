"""analyze: ingest -> deduplicate -> extract -> store, end to end on small folders."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from claimledger import batch
from claimledger.cli import app
from claimledger.pipeline import analyze
from claimledger.store import Ledger

STORY = ("The defence ministry said on Tuesday that a second battery of S-400 air defence systems "
         "had been deployed near the western border after weeks of preparation. Officials added that "
         "the crews had completed their training at a range in the south of the country and that more "
         "equipment would follow in the spring, according to a statement published by the ministry.")


def write_story(folder: Path, name: str, text: str, *, date: str, outlet: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"---\ndate: {date}\noutlet: {outlet}\n---\n{text}\n", encoding="utf-8")


@pytest.fixture(params=[1, 64], ids=["chunks-of-1", "chunks-of-64"])
def run(request):
    """analyze with chunks of one document (each stored before the next is read) or of many."""
    def run(folder: Path, db: Path):
        return analyze([folder], db_path=db, chunk_size=request.param)
    return run


def test_analyze_stores_exact_duplicate_once_with_both_sources(tmp_path, run):
    write_story(tmp_path / "in", "a.txt", STORY, date="2025-03-04", outlet="Wire A")
    write_story(tmp_path / "in", "b.txt", STORY, date="2025-03-05", outlet="Paper B")
    summary = run(tmp_path / "in", tmp_path / "l.db")
    assert (summary.added, summary.duplicates) == (1, 1)
    with Ledger(tmp_path / "l.db") as ledger:
        (sources,) = ledger.sources().values()
        assert {source["outlet"] for source in sources} == {"Wire A", "Paper B"}


def test_analyze_records_syndicated_copy_of_the_original(tmp_path, run):
    write_story(tmp_path / "in", "a.txt", STORY, date="2025-03-04", outlet="Wire A")
    write_story(tmp_path / "in", "b.txt", STORY + " Reporting by Paper B staff.", date="2025-03-05", outlet="Paper B")
    summary = run(tmp_path / "in", tmp_path / "l.db")
    assert (summary.added, summary.near_copies) == (2, 1)
    with Ledger(tmp_path / "l.db") as ledger:
        copies = ledger.copies()
        (copy_id, original_id), = copies.items()
        assert ledger.document(original_id).outlet == "Wire A"


def test_analyze_earlier_copy_becomes_the_original(tmp_path, run):
    write_story(tmp_path / "in", "a.txt", STORY, date="2025-03-06", outlet="Late Paper")
    write_story(tmp_path / "in", "b.txt", STORY + " Reporting by Early Wire staff.", date="2025-03-01", outlet="Early Wire")
    run(tmp_path / "in", tmp_path / "l.db")
    with Ledger(tmp_path / "l.db") as ledger:
        (copy_id, original_id), = ledger.copies().items()
        assert ledger.document(original_id).outlet == "Early Wire"
        assert ledger.document(copy_id).outlet == "Late Paper"


def test_analyze_second_run_adds_nothing_and_keeps_copies(tmp_path, run):
    write_story(tmp_path / "in", "a.txt", STORY, date="2025-03-04", outlet="Wire A")
    write_story(tmp_path / "in", "b.txt", STORY + " Reporting by Paper B staff.", date="2025-03-05", outlet="Paper B")
    run(tmp_path / "in", tmp_path / "l.db")
    with Ledger(tmp_path / "l.db") as ledger:
        before = (ledger.counts(), ledger.copies())
    again = run(tmp_path / "in", tmp_path / "l.db")
    assert (again.added, again.unchanged) == (0, 2)
    with Ledger(tmp_path / "l.db") as ledger:
        assert (ledger.counts(), ledger.copies()) == before


def test_analyze_bad_file_is_skipped_and_the_rest_stored(tmp_path):
    write_story(tmp_path / "in", "a.txt", STORY, date="2025-03-04", outlet="Wire A")
    (tmp_path / "in" / "broken.jsonl").write_text('{"id": "x", "text": \n', encoding="utf-8")
    reported = []
    summary = analyze([tmp_path / "in"], db_path=tmp_path / "l.db", report=reported.append)
    assert summary.added == 1
    assert len(summary.skipped) == 1 and reported == summary.skipped
    assert "broken.jsonl:1" in str(summary.skipped[0])


def test_analyze_dct_option_overrides_metadata(tmp_path):
    from claimledger.ingest import IngestOptions
    write_story(tmp_path / "in", "a.txt", STORY, date="2025-03-04", outlet="Wire A")
    analyze([tmp_path / "in"], db_path=tmp_path / "l.db", options=IngestOptions(dct="2024-01-02"))
    with Ledger(tmp_path / "l.db") as ledger:
        (extraction,) = ledger.extractions()
        assert extraction.document.dct == "2024-01-02"


MARKER = "UNREADABLE"


def fail_on_marker(doc):
    if MARKER in doc.text:
        raise ValueError(f"cannot process a text containing {MARKER}")
    return doc


@pytest.fixture
def failing_pipeline(monkeypatch):
    """analyze's pipeline in this process fails on any text with the marker."""
    if "test_pipeline_fail_on_marker" not in spacy.registry.factories:
        spacy.Language.component("test_pipeline_fail_on_marker", func=fail_on_marker)
    nlp = spacy.blank("en")
    nlp.add_pipe("test_pipeline_fail_on_marker")
    monkeypatch.setitem(batch._WORKER_PIPELINES, None, nlp)


def write_three_with_a_failing_one(folder: Path) -> None:
    write_story(folder, "a.txt", STORY, date="2025-03-04", outlet="Wire A")
    write_story(folder, "b.txt", f"A report the pipeline cannot process: {MARKER}.", date="2025-03-04", outlet="B")
    write_story(folder, "c.txt", "An unrelated report on a naval exercise in the Baltic Sea.", date="2025-03-05", outlet="C")


@pytest.mark.parametrize("chunk_size", [1, 64])
def test_analyze_failing_document_is_skipped_and_the_rest_stored(tmp_path, failing_pipeline, chunk_size):
    write_three_with_a_failing_one(tmp_path / "in")
    reported = []
    summary = analyze([tmp_path / "in"], db_path=tmp_path / "l.db", chunk_size=chunk_size, report=reported.append)
    assert summary.added == 2 and reported == summary.skipped
    (error,) = summary.skipped
    assert str(error).startswith(f"{tmp_path / 'in' / 'b.txt'} [doc-")
    assert f"extraction failed (ValueError: cannot process a text containing {MARKER}); skipped" in str(error)
    with Ledger(tmp_path / "l.db") as ledger:
        assert {ledger.document(doc_id).outlet for doc_id in ledger.sources()} == {"Wire A", "C"}
        (row,) = ledger.errors()
        assert row["path"] == str(tmp_path / "in" / "b.txt") and "extraction failed" in row["reason"]


def test_analyze_cli_failing_document_is_one_line_and_exit_1(tmp_path, failing_pipeline):
    write_three_with_a_failing_one(tmp_path / "in")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(tmp_path / "l.db"), "--json"])
    assert result.exit_code == 1
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("skipped: ")]
    assert line.startswith(f"skipped: {tmp_path / 'in' / 'b.txt'} [doc-") and "extraction failed" in line
    assert json.loads(result.stdout)["added"] == 2


def ledger_rows(db: Path) -> dict[str, list]:
    """Every row of every table that analyze writes, without the time of writing."""
    with sqlite3.connect(db) as connection:
        connection.row_factory = sqlite3.Row
        tables = ["documents", "document_sources", "entities", "subject_mentions", "quotes", "timexes",
                  "events", "claims", "quantities", "errors"]
        rows = {}
        for table in tables:
            found = [{key: row[key] for key in row.keys() if key not in ("ingested_at", "last_seen")}
                     for row in connection.execute(f"SELECT * FROM {table}")]
            rows[table] = sorted(json.dumps(row, sort_keys=True) for row in found)
    return rows


def write_mixed_folder(folder: Path) -> None:
    """Originals, an exact duplicate, a later and an earlier near copy, and a bad file."""
    write_story(folder, "a.txt", STORY, date="2025-03-04", outlet="Wire A")
    write_story(folder, "b.txt", STORY, date="2025-03-05", outlet="Paper B")
    write_story(folder, "c.txt", STORY + " Reporting by Paper C staff.", date="2025-03-06", outlet="Paper C")
    write_story(folder, "d.txt", STORY + " Reporting by Early Wire staff.", date="2025-03-01", outlet="Early Wire")
    for path in sorted((Path(__file__).resolve().parent.parent / "examples").glob("seed_*.txt")):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "x", "text": \n', encoding="utf-8")


def test_analyze_on_a_dask_cluster_stores_the_same_ledger(tmp_path):
    distributed = pytest.importorskip("distributed")
    write_mixed_folder(tmp_path / "in")
    local = analyze([tmp_path / "in"], db_path=tmp_path / "local.db", chunk_size=1)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        remote = analyze([tmp_path / "in"], db_path=tmp_path / "cluster.db", chunk_size=1,
                         scheduler=cluster.scheduler_address)
    assert remote.as_dict() == local.as_dict()
    assert (local.added, local.duplicates, local.near_copies, len(local.skipped)) == (5, 1, 2, 1)
    assert ledger_rows(tmp_path / "cluster.db") == ledger_rows(tmp_path / "local.db")


def write_corpus(path: Path, count: int) -> None:
    """Distinct short reports in the evaluation format."""
    places = ["Minsk", "Brest", "Grodno", "Vitebsk", "Gomel", "Mogilev", "Pinsk", "Orsha"]
    with open(path, "w", encoding="utf-8") as sink:
        for number in range(count):
            text = (f"The ministry said on {number % 28 + 1} March that battery number {number} had arrived "
                    f"near {places[number % len(places)]} after a march of {number * 7 + 11} kilometres. "
                    f"Officials in {places[(number * 3) % len(places)]} declined to comment on report {number}.")
            sink.write(json.dumps({"id": f"kill-{number:03d}", "text": text, "dct": "2025-03-30"}) + "\n")


def stored_documents(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as connection:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:   # not created yet, or busy
        return 0


def test_analyze_killed_mid_run_completes_on_rerun_storing_each_document_once(tmp_path):
    count = 60
    write_corpus(tmp_path / "in.jsonl", count)
    command = [sys.executable, "-m", "claimledger", "analyze", str(tmp_path / "in.jsonl"),
               "--db", str(tmp_path / "l.db"), "--chunk-size", "4"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300   # a bound on waiting, not a speed check
        while stored_documents(tmp_path / "l.db") < 4 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    stored_when_killed = stored_documents(tmp_path / "l.db")
    assert 4 <= stored_when_killed < count
    again = analyze([tmp_path / "in.jsonl"], db_path=tmp_path / "l.db", chunk_size=4)
    assert (again.added, again.unchanged) == (count - stored_when_killed, stored_when_killed)
    analyze([tmp_path / "in.jsonl"], db_path=tmp_path / "once.db", chunk_size=4)
    assert ledger_rows(tmp_path / "l.db") == ledger_rows(tmp_path / "once.db")
    with sqlite3.connect(tmp_path / "l.db") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("chunk_size", [1, 64])
def test_analyze_same_id_with_another_text_is_skipped(tmp_path, chunk_size):
    lines = [{"id": "report-1", "text": STORY, "dct": "2025-03-04"},
             {"id": "report-1", "text": "A different report on a naval exercise.", "dct": "2025-03-05"}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    summary = analyze([tmp_path / "in.jsonl"], db_path=tmp_path / "l.db", chunk_size=chunk_size)
    assert summary.added == 1
    (error,) = summary.skipped
    assert str(error) == f"{tmp_path / 'in.jsonl'}:2: duplicate document id 'report-1' with a different text"
    with Ledger(tmp_path / "l.db") as ledger:
        assert ledger.document("report-1").text == STORY
