"""One subject whose linking raises is kept to itself: its tables roll back alone, its documents
stay unlinked for the next run, every other subject is linked, and the run after the fault is
gone leaves the tables of a clean full relink."""
import json

import pytest
from typer.testing import CliRunner

from claimledger.link import LinkedLedger, relink, update_for_documents
from claimledger.link import update
from claimledger.store import Ledger
from test_link_incremental import fixture_extractions, table_dump

FAILING = "iskanderm"   # the subject key of the date-conflict fixture's three reports
FAILING_DOCS = ["date-fleet", "date-local", "date-month"]
OTHERS = ("Oreshnik", "S-500")


def failing(monkeypatch, module, name, when=lambda *args: True):
    """Make module.name write as usual, then raise when ``when(*args)`` (its writes roll back)."""
    original = getattr(module, name)

    def wrapped(*args):
        result = original(*args)
        if when(*args):
            raise ValueError("an odd record")
        return result
    monkeypatch.setattr(module, name, wrapped)


def fail_on(monkeypatch, key):
    failing(monkeypatch, update, "relink_subject", lambda db, subject_key, names: subject_key == key)


def stored_fixture(ledger):
    """The fixture's extractions stored, not linked; returned."""
    extractions = fixture_extractions()
    for extraction in extractions:
        ledger.add_extraction(extraction)
    return extractions


def views(ledger) -> dict:
    linked = LinkedLedger(ledger)
    return {subject: (linked.timeline(subject), linked.find_contradictions(subject=subject))
            for subject in OTHERS}


@pytest.fixture(scope="module")
def clean():
    with Ledger(":memory:") as ledger:
        stored_fixture(ledger)
        relink(ledger)
        return table_dump(ledger), views(ledger)


def linked_ids(ledger) -> set[str]:
    return {row[0] for row in ledger.db.execute("SELECT doc_id FROM linked_documents")}


@pytest.mark.parametrize("runs", [1, 3])
def test_a_failing_subject_leaves_the_others_linked_and_is_retried(clean, monkeypatch, runs):
    full, others = clean
    extractions = fixture_extractions()
    with Ledger(":memory:") as ledger:
        with monkeypatch.context() as patch:
            fail_on(patch, FAILING)
            failures = []
            for start in range(runs):
                batch = extractions[start::runs]
                for extraction in batch:
                    ledger.add_extraction(extraction)
                failures += update_for_documents(ledger, [e.document.id for e in batch]).failures
            assert {(f.kind, f.key) for f in failures} == {("subject", FAILING)}
            assert sorted({d for f in failures for d in f.doc_ids}) == FAILING_DOCS
            assert "ValueError: an odd record" in failures[-1].error
            assert views(ledger) == others
            assert ledger.db.execute("SELECT count(*) FROM linked_events WHERE subject_key = ?",
                                     (FAILING,)).fetchone()[0] == 0
            assert linked_ids(ledger) == {e.document.id for e in extractions} - set(FAILING_DOCS)
        summary = update_for_documents(ledger, [])   # the fault is gone: the next run retries
        assert summary.failures == [] and summary.documents == len(FAILING_DOCS)
        assert table_dump(ledger) == full


def test_a_failing_subject_keeps_its_tables_of_the_run_before(clean, monkeypatch):
    full, _ = clean
    with Ledger(":memory:") as ledger:
        stored_fixture(ledger)
        relink(ledger)
        fail_on(monkeypatch, FAILING)
        summary = relink(ledger)
        assert [f.key for f in summary.failures] == [FAILING]
        events = ledger.db.execute("SELECT count(*) FROM linked_events WHERE subject_key = ?", (FAILING,))
        assert events.fetchone()[0] == 0   # relink cleared them; they wait for the retry
        monkeypatch.undo()
        update_for_documents(ledger, [])
        assert table_dump(ledger) == full


def test_analyze_reports_the_subject_and_its_documents(tmp_path, monkeypatch):
    from claimledger.cli import app

    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(row) + "\n" for row in [
        {"id": "one", "dct": "2025-01-10", "lang": "en",
         "text": "Russia deployed the Oreshnik in Belarus on 8 January, the ministry said."},
        {"id": "two", "dct": "2025-01-11", "lang": "en",
         "text": "Patriot batteries arrived in Poland on Friday, officials said."}]), encoding="utf-8")
    fail_on(monkeypatch, "oreshnik")
    result = CliRunner().invoke(app, ["analyze", str(docs), "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 1
    assert "subject 'oreshnik' not linked (ValueError: an odd record)" in result.output
    assert "left unlinked for the next run: 1 document (one)" in result.output
    monkeypatch.undo()
    result = CliRunner().invoke(app, ["analyze", str(docs), "--db", str(tmp_path / "l.db")])
    assert result.exit_code == 0 and "not linked" not in result.output
    with Ledger(tmp_path / "l.db") as ledger:
        assert update.unlinked_documents(ledger.db) == []
        assert LinkedLedger(ledger).timeline("Oreshnik")


def test_relink_names_the_failing_subject_and_exits_1(tmp_path, monkeypatch):
    from claimledger.cli import app

    path = tmp_path / "l.db"
    with Ledger(path) as ledger:
        stored_fixture(ledger)
    fail_on(monkeypatch, FAILING)
    result = CliRunner().invoke(app, ["relink", "--db", str(path)])
    assert result.exit_code == 1
    assert f"link failed: subject '{FAILING}' not linked" in result.output
    assert "3 documents (date-fleet, date-local, date-month)" in result.output


def test_a_failing_place_struck_is_kept_to_itself(tmp_path, monkeypatch):
    from conftest import analyzed_ledger

    from claimledger.pipeline import analyze

    docs = {"lutsk": ("A Russian Kh-101 missile struck the children's hospital in Lutsk on Monday, the governor "
                      "said.", "2025-03-04"),
            "pokrovsk": ("A Russian missile hit the central market in Pokrovsk on Monday, the governor said.",
                         "2025-04-01")}
    (tmp_path / "clean").mkdir()
    clean = analyzed_ledger(tmp_path / "clean", docs)
    original = update.relink_place

    def relink_place(db, key):
        original(db, key)
        if "lutsk" in key:
            raise ValueError("an odd incident")
    monkeypatch.setattr(update, "relink_place", relink_place)
    (tmp_path / "faulty").mkdir()
    path = tmp_path / "clean" / "docs.jsonl"
    summary = analyze([path], db_path=tmp_path / "faulty" / "ledger.db")
    assert [(f.kind, f.doc_ids) for f in summary.link_failures] == [("place", ["lutsk"])]
    monkeypatch.undo()
    with Ledger(tmp_path / "faulty" / "ledger.db") as faulty, Ledger(clean) as reference:
        assert update.unlinked_documents(faulty.db) == ["lutsk"]
        assert update_for_documents(faulty, []).failures == []
        assert table_dump(faulty) == table_dump(reference)


def person_buckets(ledger) -> set[str]:
    return {row[0] for row in ledger.db.execute("SELECT bucket FROM name_forms WHERE label = 'PERSON'")}


@pytest.mark.parametrize("part, expected_kind", [
    ("resolve_bucket", "person names"),
    ("update_quotes_of_chunk", "quotations"),
])
def test_a_failing_name_bucket_or_quotation_chunk_is_kept_to_itself(clean, monkeypatch, part, expected_kind):
    full, others = clean
    with Ledger(":memory:") as ledger:
        extractions = stored_fixture(ledger)
        with monkeypatch.context() as patch:
            when = (lambda db, label, bucket: label == "PERSON") if part == "resolve_bucket" else (lambda *args: True)
            failing(patch, update, part, when)
            summary = update_for_documents(ledger, [e.document.id for e in extractions])
            assert summary.failures and {f.kind for f in summary.failures} == {expected_kind}
            pending = {d for f in summary.failures for d in f.doc_ids}
            assert pending and linked_ids(ledger) == {e.document.id for e in extractions} - pending
            assert views(ledger) == others   # the subjects are linked all the same
            if part == "resolve_bucket":
                assert person_buckets(ledger)   # the rows are stored; the identities wait
                assert ledger.db.execute("SELECT count(*) FROM identities WHERE label = 'PERSON'").fetchone()[0] == 0
        assert update_for_documents(ledger, []).failures == []
        assert table_dump(ledger) == full


def test_failing_translation_pairs_leave_the_run_unlinked_and_the_rest_written(clean, monkeypatch):
    from claimledger.link import translations

    full, others = clean
    with Ledger(":memory:") as ledger:
        extractions = stored_fixture(ledger)
        with monkeypatch.context() as patch:
            failing(patch, translations, "update_translations")
            summary = update_for_documents(ledger, [e.document.id for e in extractions])
            assert [f.kind for f in summary.failures] == ["translations"]
            assert "translations not linked (ValueError: an odd record)" in str(summary.failures[0])
            assert linked_ids(ledger) == set()
            assert views(ledger) == others
        assert update_for_documents(ledger, []).failures == []
        assert table_dump(ledger) == full
