"""The bundled examples hold a Russian and a Ukrainian report: the quick start shows them
stored with their language and on the same Oreshnik timeline entries as English reports."""
import json
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("examples") / "examples.db"
    result = CliRunner().invoke(app, ["analyze", str(EXAMPLES), "--db", str(path)])
    assert result.exit_code in (0, 1), result.output   # 1: the folder's README is reported
    return path


def test_examples_are_stored_with_their_language(examples_db):
    with sqlite3.connect(examples_db) as db:
        languages = dict(db.execute("SELECT lang, COUNT(*) FROM documents GROUP BY lang"))
    assert languages["ru"] == 1 and languages["uk"] == 1
    assert set(languages) == {"en", "ru", "uk"}


def test_oreshnik_combat_duty_holds_reports_in_three_languages(examples_db):
    result = CliRunner().invoke(app, ["timeline", "Oreshnik", "--db", str(examples_db), "--json"])
    assert result.exit_code == 0, result.output
    entries = json.loads(result.output)
    entries = entries.get("entries", entries) if isinstance(entries, dict) else entries
    with sqlite3.connect(examples_db) as db:
        language = dict(db.execute("SELECT id, lang FROM documents"))
    combat_duty = [entry for entry in entries if entry["status"] == "COMBAT_DUTY"]
    assert combat_duty
    held = {language[source["doc_id"]] for entry in combat_duty for source in entry["sources"]}
    assert held == {"en", "ru", "uk"}
