"""analyze: ingest -> deduplicate -> extract -> store, end to end on small folders."""
from pathlib import Path

from claimledger.pipeline import analyze
from claimledger.store import Ledger

STORY = ("The defence ministry said on Tuesday that a second battery of S-400 air defence systems "
         "had been deployed near the western border after weeks of preparation. Officials added that "
         "the crews had completed their training at a range in the south of the country and that more "
         "equipment would follow in the spring, according to a statement published by the ministry.")


def write_story(folder: Path, name: str, text: str, *, date: str, outlet: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"---\ndate: {date}\noutlet: {outlet}\n---\n{text}\n", encoding="utf-8")


def run(folder: Path, db: Path):
    return analyze([folder], db_path=db)


def test_analyze_stores_exact_duplicate_once_with_both_sources(tmp_path):
    write_story(tmp_path / "in", "a.txt", STORY, date="2025-03-04", outlet="Wire A")
    write_story(tmp_path / "in", "b.txt", STORY, date="2025-03-05", outlet="Paper B")
    summary = run(tmp_path / "in", tmp_path / "l.db")
    assert (summary.added, summary.duplicates) == (1, 1)
    with Ledger(tmp_path / "l.db") as ledger:
        (sources,) = ledger.sources().values()
        assert {source["outlet"] for source in sources} == {"Wire A", "Paper B"}


def test_analyze_records_syndicated_copy_of_the_original(tmp_path):
    write_story(tmp_path / "in", "a.txt", STORY, date="2025-03-04", outlet="Wire A")
    write_story(tmp_path / "in", "b.txt", STORY + " Reporting by Paper B staff.", date="2025-03-05", outlet="Paper B")
    summary = run(tmp_path / "in", tmp_path / "l.db")
    assert (summary.added, summary.near_copies) == (2, 1)
    with Ledger(tmp_path / "l.db") as ledger:
        copies = ledger.copies()
        (copy_id, original_id), = copies.items()
        assert ledger.document(original_id).outlet == "Wire A"


def test_analyze_earlier_copy_becomes_the_original(tmp_path):
    write_story(tmp_path / "in", "a.txt", STORY, date="2025-03-06", outlet="Late Paper")
    write_story(tmp_path / "in", "b.txt", STORY + " Reporting by Early Wire staff.", date="2025-03-01", outlet="Early Wire")
    run(tmp_path / "in", tmp_path / "l.db")
    with Ledger(tmp_path / "l.db") as ledger:
        (copy_id, original_id), = ledger.copies().items()
        assert ledger.document(original_id).outlet == "Early Wire"
        assert ledger.document(copy_id).outlet == "Late Paper"


def test_analyze_second_run_adds_nothing_and_keeps_copies(tmp_path):
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
