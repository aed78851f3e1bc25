"""The viewer commands (report, serve, export, timeline, contradictions, sources, graph, search,
show): they never write, refuse a file that is not a ledger, and show hostile text from the
ledger without it acting on the terminal or the page."""
import dataclasses
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.link import update_for_documents
from claimledger.link.corpus import corpus_from_dict
from claimledger.report.timelinejs import timeline_to_timelinejs
from claimledger.serve import create_app
from claimledger.store import Ledger

LINK_FIXTURES = Path(__file__).parent / "data" / "link"
LONG_ID_PREFIX = "doc-bdae95f3c1"   # ids as long as ingested ones (20 characters), to check they are never cut
MARKUP_OUTLET = "[link=https://evil.example]Reuters[/link]"
HOSTILE_OUTLETS = ("[/]", MARKUP_OUTLET, "Wire \x1b]8;;https://evil.example\x1b\\Reuters\x1b]8;;\x1b\\",
                   "Gazette \u202eevil\u202c")
HOSTILE_TAIL = "\nTailword: \x1b[2J\x1b]0;pwned\x07 [bold]x[/] \u202eoverride\u202c \x9b31m end."
# what must never reach a terminal from the ledger
RAW_SEQUENCES = ("\x1b[2J", "\x1b]0;", "\x1b]2;", "\x1b]8;", "\x07", "\x9b", "\u202e", "\u202c")
WIDE = {"COLUMNS": "220"}


def file_state(path: Path) -> tuple:
    """The file's bytes hash and the names beside it: what a viewer must leave unchanged."""
    return hashlib.sha256(path.read_bytes()).hexdigest(), sorted(os.listdir(path.parent))


def hostile(extraction, number: int):
    """The extraction with markup, control sequences and bidi overrides in its outlet, title,
    url and after its text (spans are unchanged)."""
    document = dataclasses.replace(
        extraction.document, outlet=HOSTILE_OUTLETS[number % len(HOSTILE_OUTLETS)],
        title=f"[/] title {number} \x1b]2;title\x07", url="javascript:alert(1)",
        text=extraction.document.text + HOSTILE_TAIL, content_hash=None)
    return dataclasses.replace(extraction, document=document)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("hostile") / "ledger.db"
    number = 0
    with Ledger(path) as ledger:
        for name in ("progression", "status_conflict"):
            text = (LINK_FIXTURES / f"{name}.json").read_text(encoding="utf-8")
            text = text.replace('"prog-', f'"{LONG_ID_PREFIX}-').replace('"status-', f'"{LONG_ID_PREFIX}-s-')
            for extraction in corpus_from_dict(json.loads(text)).extractions:
                ledger.add_extraction(hostile(extraction, number))
                number += 1
        update_for_documents(ledger, [])   # what analyze does after storing: fill the link tables
    return path


def invoke(*args, env=WIDE):
    return CliRunner().invoke(app, [str(arg) for arg in args], env=env)


def document_id(db: Path, number: int = 0) -> str:
    """The id of the number-th document added (its outlet is HOSTILE_OUTLETS[number])."""
    with Ledger.open_readonly(db) as ledger:
        return ledger.db.execute("SELECT id FROM documents ORDER BY rowid").fetchall()[number][0]


def first_id(db: Path) -> str:
    return document_id(db, 0)


# hostile text


VIEWS = [
    ("timeline", "Oreshnik"), ("contradictions",), ("sources",), ("sources", "--by-document", "--filler"),
    ("search", "Tailword"), ("search", "override"), ("show", None),
]


@pytest.mark.parametrize("command", VIEWS, ids=lambda command: " ".join(filter(None, command)))
def test_view_shows_hostile_text_inert(hostile_db, command):
    args = [part if part is not None else first_id(hostile_db) for part in command]
    result = invoke(*args, "--db", hostile_db)
    assert result.exit_code == 0, result.output
    assert result.output.strip()
    for sequence in RAW_SEQUENCES:
        assert sequence not in result.output, (sequence, result.output)


@pytest.mark.parametrize("command", [("timeline", "Oreshnik"), ("sources",), ("search", "Tailword"), ("show", None)],
                         ids=lambda command: command[0])
def test_view_prints_markup_in_data_as_text(hostile_db, command):
    args = [part if part is not None else document_id(hostile_db, 1) for part in command]
    result = invoke(*args, "--db", hostile_db)
    assert result.exit_code == 0, result.output
    assert MARKUP_OUTLET in result.output


def test_show_makes_controls_visible(hostile_db):
    result = invoke("show", first_id(hostile_db), "--db", hostile_db)
    assert "Tailword: <U+001B>[2J<U+001B>]0;pwned<U+0007> [bold]x[/] <U+202E>override<U+202C> <U+009B>31m end." \
        in result.output


@pytest.mark.parametrize("command", [("timeline", "Oreshnik", "--json"), ("search", "Tailword", "--json")],
                         ids=lambda command: command[0])
def test_view_json_escapes_controls_and_keeps_the_value(hostile_db, command):
    result = invoke(*command, "--db", hostile_db)
    assert result.exit_code == 0, result.output
    for sequence in RAW_SEQUENCES:
        assert sequence not in result.output
    outlets = {source["outlet"] for entry in json.loads(result.output) for source in entry.get("sources", [entry])}
    assert outlets & set(HOSTILE_OUTLETS) - {"[/]", MARKUP_OUTLET}


def test_timeline_at_80_columns_keeps_ids_whole(hostile_db):
    entries = json.loads(invoke("timeline", "Oreshnik", "--db", hostile_db, "--json").output)
    result = invoke("timeline", "Oreshnik", "--db", hostile_db, env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    rows = [line for line in result.output.splitlines() if line.startswith("│")]
    assert rows and all(len(line) <= 80 and line.endswith("│") for line in rows)   # nothing cropped
    for entry in entries:
        assert entry["earliest_report"]["doc_id"] in result.output


def test_report_and_serve_show_bidi_overrides_visibly(hostile_db, tmp_path):
    out = tmp_path / "report.html"
    assert invoke("report", "--db", hostile_db, "--out", out).exit_code == 0
    page = TestClient(create_app(hostile_db)).get("/documents/" + first_id(hostile_db)).text
    for html in (out.read_text(encoding="utf-8"), page):
        assert "\u202e" not in html and "\u202c" not in html
        assert "&lt;U+202E&gt;override&lt;U+202C&gt;" in html


def test_timelinejs_export_never_links_a_javascript_url(hostile_db, tmp_path):
    target = tmp_path / "timeline.json"
    assert invoke("timeline", "Oreshnik", "--db", hostile_db, "--timelinejs", target).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "javascript:" not in text
    assert "evil.example" in text   # the outlet name is kept, as text


@pytest.mark.parametrize("url, linked", [("javascript:alert(1)", False), (" JavaScript:x", False),
                                         ("data:text/html,x", False), ("https://example.org/a", True)])
def test_timelinejs_links_only_http(url, linked):
    entry = {"subject": "Oreshnik", "status": "DEPLOYED", "date_range": ["2025-12-17", "2025-12-17"],
             "date_kind": "on", "corroboration": 1,
             "sources": [{"doc_id": "d1", "outlet": "Wire", "url": url, "sentence": "It was deployed."}]}
    text = timeline_to_timelinejs("Oreshnik", [entry])["events"][0]["text"]["text"]
    assert ("<a href=" in text) is linked


# never writing; refusing what is not a ledger


def viewer_commands(db: Path, out_dir: Path) -> list[list]:
    return [["report", "--db", db, "--out", out_dir / "r.html"], ["export", "--db", db],
            ["timeline", "Oreshnik", "--db", db], ["contradictions", "--db", db], ["sources", "--db", db],
            ["graph", "--db", db, "--out", out_dir / "g.graphml"], ["search", "Oreshnik", "--db", db],
            ["show", "x", "--db", db], ["serve", "--db", db]]


def unrelated_sqlite(path: Path, *, wal: bool) -> Path:
    db = sqlite3.connect(path)
    if wal:
        db.execute("PRAGMA journal_mode = WAL")
    db.execute("CREATE TABLE notes (body TEXT)")
    db.execute("INSERT INTO notes VALUES ('mine')")
    db.commit()
    db.close()
    return path


def empty_file(path: Path) -> None:
    path.write_bytes(b"")


def csv_file(path: Path) -> None:
    path.write_text("id,text\n1,hello\n", encoding="utf-8")


NOT_A_LEDGER_SQLITE = "an SQLite database but not a claimledger ledger (no schema_migrations table of claimledger)"
# fmt: off
NOT_LEDGERS = {
    "sqlite":     (lambda path: unrelated_sqlite(path, wal=False), NOT_A_LEDGER_SQLITE),
    "sqlite-wal": (lambda path: unrelated_sqlite(path, wal=True), NOT_A_LEDGER_SQLITE),
    "empty":      (empty_file, "an empty file, not a claimledger ledger"),
    "text":       (csv_file, "not an SQLite database, not a claimledger ledger"),
}
COMMAND_NAMES = ["report", "export", "timeline", "contradictions", "sources", "graph", "search", "show", "serve"]
# fmt: on


@pytest.mark.parametrize("kind", NOT_LEDGERS)
@pytest.mark.parametrize("position", range(len(COMMAND_NAMES)), ids=COMMAND_NAMES)
def test_viewer_refuses_a_file_that_is_not_a_ledger_and_leaves_it_unchanged(tmp_path, kind, position):
    make, reason = NOT_LEDGERS[kind]
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "other.db"
    make(path)
    before = file_state(path)
    result = invoke(*viewer_commands(path, tmp_path)[position])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == f"Error: {path}: cannot open the ledger: {reason}"
    assert file_state(path) == before


@pytest.mark.parametrize("position", range(len(COMMAND_NAMES)), ids=COMMAND_NAMES)
def test_viewer_on_a_missing_path_creates_nothing(tmp_path, position):
    path = tmp_path / "data" / "none.db"
    path.parent.mkdir()
    result = invoke(*viewer_commands(path, tmp_path)[position])
    assert result.exit_code == 2
    assert result.output.strip() == f"Error: {path}: no such ledger; run 'claimledger analyze' first or pass --db FILE"
    assert os.listdir(path.parent) == []


def test_viewers_leave_the_ledger_file_byte_identical(hostile_db, tmp_path):
    copy = tmp_path / "data" / "ledger.db"
    copy.parent.mkdir()
    shutil.copyfile(hostile_db, copy)
    digest = hashlib.sha256(copy.read_bytes()).hexdigest()
    for command in viewer_commands(copy, tmp_path)[:-1]:
        invoke(*command)
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest


def test_readonly_ledger_refuses_writes(hostile_db):
    with Ledger.open_readonly(hostile_db) as ledger:
        with pytest.raises(sqlite3.OperationalError, match="readonly|read-only"):
            ledger.db.execute("DELETE FROM documents")


def test_ledger_at_an_older_schema_says_to_upgrade(hostile_db, tmp_path, monkeypatch):
    from claimledger.store import migrations
    path = tmp_path / "old.db"
    shutil.copyfile(hostile_db, path)
    before = file_state(path)
    shipped = migrations.available_migrations()
    monkeypatch.setattr(migrations, "available_migrations", lambda: [*shipped, (99, "later", "SELECT 1;")])
    monkeypatch.setattr("claimledger.store.readonly.available_migrations", migrations.available_migrations)
    result = invoke("sources", "--db", path)
    assert result.exit_code == 2
    assert result.output.strip() == (f"Error: {path}: ledger schema version {shipped[-1][0]} is older than this "
                                     "claimledger's (99); run 'claimledger analyze' or relink on it to upgrade")
    assert file_state(path) == before


def test_ledger_at_a_newer_schema_is_refused(hostile_db, tmp_path):
    path = tmp_path / "new.db"
    shutil.copyfile(hostile_db, path)
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")
    db.close()
    result = invoke("contradictions", "--db", path)
    assert result.exit_code == 2
    assert "ledger schema version 999 is newer than this claimledger knows" in result.output


def readonly_media_command(folder: Path, args: list[str]) -> list[str]:
    """The claimledger command run with folder read-only: chmod for a user, a read-only bind
    mount (in a private mount namespace) for root, who ignores file modes."""
    command = [sys.executable, "-m", "claimledger", *args]
    if os.geteuid() != 0:
        return command
    quoted = " ".join(f"'{part}'" for part in command)
    return ["unshare", "-m", "sh", "-c",
            f"mount --bind '{folder}' '{folder}' && mount -o remount,bind,ro '{folder}' && exec {quoted}"]


def test_ledger_on_readonly_media_can_be_shown(hostile_db, tmp_path):
    folder = tmp_path / "media"
    folder.mkdir()
    path = folder / "ledger.db"
    shutil.copyfile(hostile_db, path)
    before = file_state(path)
    path.chmod(0o444)
    folder.chmod(0o555)
    if os.geteuid() == 0 and (shutil.which("unshare") is None or subprocess.run(
            ["unshare", "-m", "true"], capture_output=True).returncode != 0):
        pytest.skip("root without a private mount namespace: cannot make a read-only folder")
    try:
        result = subprocess.run(readonly_media_command(folder, ["search", "Tailword", "--db", str(path), "--json"]),
                                capture_output=True, text=True, timeout=120)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 0, result.stderr
    assert {hit["doc_id"] for hit in json.loads(result.stdout)} >= {first_id(hostile_db)}
    assert file_state(path) == before


def test_viewer_reads_what_a_running_writer_has_committed(tmp_path):
    from claimledger.schema import Document, Extraction
    path = tmp_path / "live.db"
    with Ledger(path) as writer:   # still open: its commits are in the -wal file, not yet in the ledger
        writer.add_extraction(Extraction(Document(id="doc-live", text="Fresh report on the Oreshnik.")))
        result = invoke("search", "Fresh", "--db", path, "--json")
        assert result.exit_code == 0, result.output
        assert [hit["doc_id"] for hit in json.loads(result.output)] == ["doc-live"]


@pytest.mark.parametrize("kind", ["sqlite", "sqlite-wal", "text"])
def test_analyze_refuses_to_turn_a_file_that_is_not_a_ledger_into_one(tmp_path, kind):
    make, _ = NOT_LEDGERS[kind]
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "other.db"
    make(path)
    before = file_state(path)
    report = tmp_path / "report.txt"
    report.write_text("Officials said the battery arrived on Monday.\n", encoding="utf-8")
    result = invoke("analyze", report, "--db", path)
    assert result.exit_code == 2, result.output
    assert "not a claimledger ledger" in result.output
    assert file_state(path) == before


def test_analyze_makes_a_ledger_of_an_empty_file(tmp_path):
    path = tmp_path / "new.db"
    path.write_bytes(b"")
    report = tmp_path / "report.txt"
    report.write_text("Officials said the battery arrived on Monday.\n", encoding="utf-8")
    result = invoke("analyze", report, "--db", path)
    assert result.exit_code == 0, result.output
    assert invoke("show", "x", "--db", path).exit_code != 0   # a ledger now: 'x' is just not in it
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
