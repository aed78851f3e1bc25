"""A report that has a subject arrived and still arriving tells a progression: its transit is of
further units, so it is set against no other report's arrival (status kind, link)."""
import pytest
from conftest import contradiction_rows, opened_ledger

DOCS = {
    "first-arrival": ("The first Caesar howitzers arrived in Ukraine on Monday, the defence ministry said.",
                      "2024-03-06"),
    "arrived-and-arriving": ("The first Caesar howitzers have arrived in Ukraine, and more of the Caesar "
                             "howitzers are arriving there this week, officials said.", "2024-03-08"),
    "still-on-the-way": ("The Caesar howitzers promised to Ukraine are still on their way, officials said.",
                         "2024-03-08"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("progression"), DOCS) as db:
        yield db


def status_sides(db) -> list[set[str]]:
    return [docs for _note, docs in contradiction_rows(db, "status", "Caesar")]


def claims(db, doc_id):
    return db.execute("SELECT status, kind FROM status_claims WHERE doc_id = ? AND subject = 'Caesar' "
                      "ORDER BY start", (doc_id,)).fetchall()


def test_the_report_tells_both_statuses(ledger):
    assert {("ARRIVED", "reached"), ("IN_TRANSIT", "reached")} <= set(claims(ledger, "arrived-and-arriving"))


def test_a_report_with_the_subject_arrived_and_arriving_is_set_against_no_arrival(ledger):
    assert not any("arrived-and-arriving" in docs for docs in status_sides(ledger))


def test_a_report_with_the_subject_only_on_its_way_still_is(ledger):
    assert any(docs == {"first-arrival", "still-on-the-way"} for docs in status_sides(ledger))
