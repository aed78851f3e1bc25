"""``reextract``: every stored document extracted again with this version's rules and subject
list, its facts replaced and the link tables rebuilt; equal to a fresh analysis of the same
inputs, a no-op when nothing changed, and a failed document keeps its old facts."""
import sqlite3

import pytest
from typer.testing import CliRunner

from claimledger import batch
from claimledger.cli import app
from claimledger.errors import InputError, LedgerError
from claimledger.pipeline import analyze, reextract
from claimledger.store.link_tables import LINK_TABLES
from claimledger.store.ledger import FACT_TABLES

REPORTS = {
    "arrival.txt": "Six Vezha-7 launchers arrived in Poland on Monday, the defence ministry said.\n",
    "duty.txt": "The Patriot batteries in Poland went on combat duty on 3 March, officials said.\n",
}
SUBJECTS = ("version: 1\nsubjects:\n  - name: Vezha-7\n    kind: air defence system\n"
            "    aliases: [Vezha-7]\n")
TABLES = tuple(table for table, _ in FACT_TABLES.values()) + LINK_TABLES


def dump(db_path) -> dict[str, list]:
    with sqlite3.connect(db_path) as db:
        return {table: sorted(map(repr, db.execute(f"SELECT * FROM {table}"))) for table in TABLES}


@pytest.fixture()
def inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    (tmp_path / "extra.yaml").write_text(SUBJECTS, encoding="utf-8")
    return folder


def subjects_of(db_path) -> set[str]:
    with sqlite3.connect(db_path) as db:
        return {row[0] for row in db.execute("SELECT subject FROM events")}


def test_a_changed_subject_list_reaches_stored_documents(tmp_path, inputs):
    ledger = tmp_path / "l.db"
    analyze([inputs], db_path=ledger)
    assert "Vezha-7" not in subjects_of(ledger)
    summary = reextract(db_path=ledger, subjects_file=tmp_path / "extra.yaml")
    assert summary.documents == 2 and not summary.failed
    assert "Vezha-7" in subjects_of(ledger)
    fresh = tmp_path / "fresh.db"
    analyze([inputs], db_path=fresh, subjects_file=tmp_path / "extra.yaml")
    assert dump(ledger) == dump(fresh)


def test_nothing_changed_leaves_every_table_as_it_was(tmp_path, inputs):
    ledger = tmp_path / "l.db"
    analyze([inputs], db_path=ledger)
    before = dump(ledger)
    reextract(db_path=ledger)
    assert dump(ledger) == before


def test_a_failed_document_keeps_its_old_facts(tmp_path, inputs, monkeypatch):
    ledger = tmp_path / "l.db"
    analyze([inputs], db_path=ledger)
    before = dump(ledger)
    extract = batch.extract_local

    def failing_on_arrival(documents, **options):
        for document, result in zip(documents, extract(documents, **options)):
            yield InputError(document.source_path or document.id, "extraction failed") \
                if "Vezha" in document.text else result
    monkeypatch.setattr(batch, "extract_local", failing_on_arrival)
    reported = []
    summary = reextract(db_path=ledger, subjects_file=tmp_path / "extra.yaml", report=reported.append)
    assert summary.documents == 1 and len(summary.failed) == 1 and reported
    assert "Vezha-7" not in subjects_of(ledger)
    assert dump(ledger)["events"] == before["events"]
    with sqlite3.connect(ledger) as db:   # every document is linked again
        assert db.execute("SELECT count(*) FROM linked_documents").fetchone()[0] == 2


def test_no_ledger_is_an_error_not_a_new_file(tmp_path):
    with pytest.raises(LedgerError):
        reextract(db_path=tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_the_command_prints_what_it_did(tmp_path, inputs):
    ledger = tmp_path / "l.db"
    analyze([inputs], db_path=ledger)
    result = CliRunner().invoke(app, ["reextract", "--db", str(ledger), "--json"])
    assert result.exit_code == 0, result.output
    assert '"documents": 2' in result.output


def test_a_stored_timex_says_whether_it_names_its_day(tmp_path, inputs):
    # the link stage's date rules read this flag, not the timex's words
    (inputs / "late.txt").write_text("The Vezha-7 launchers left Poland yesterday, a day after "
                                     "a visit on Saturday, 8 March.\n", encoding="utf-8")
    ledger = tmp_path / "l.db"
    analyze([inputs], db_path=ledger)
    with sqlite3.connect(ledger) as db:
        flags = dict(db.execute("SELECT text, names_day FROM timexes"))
    assert flags["yesterday"] == 0 and flags["Monday"] == 1 and flags["3 March"] == 1
