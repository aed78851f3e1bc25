"""A dateline written in title case ("New Delhi:") opening a text is where the report was filed, not
who received the system, even when the parser takes it for the subject of the first verb; and a
definite plural that points back ("three of the missiles") counts the system named before even
where a claim of that system is read at the number. Extract (events and link records), on
sentences written for these tests."""
import pytest
from conftest import events_of as run
from conftest import events_pipeline, opened_ledger


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


@pytest.mark.parametrize("text,expected", [
    ("New Delhi: A naval base in Jakarta on Monday received the first shipment of Harpoon missiles.", "Indonesia"),
    ("Abu Dhabi: An army depot in Baku on Tuesday received the first batch of HQ-9 missiles.", "Azerbaijan"),
])
def test_a_title_case_dateline_is_not_the_receiver(nlp, text, expected):
    assert {event["location"] for event in run(nlp, text) if event["status"] == "ARRIVED"} == {expected}


def test_a_receiving_subject_after_a_dateline_still_counts(nlp):
    text = "Cairo: Indonesia received the first shipment of Harpoon missiles on Monday."
    assert {event["location"] for event in run(nlp, text) if event["status"] == "ARRIVED"} == {"Indonesia"}


DOCS = {
    "salvo": ("The army fired Hyunmoo-2 missiles at a depot overnight, the ministry said. "
              "Air defences shot down three of the missiles and damaged a fourth.", "2025-03-04"),
    "two-types": ("The army launched Hyunmoo-2 and Hyunmoo-3 missiles at a depot overnight. "
                  "Air defences shot down three of the missiles.", "2025-03-04"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("dateline-receivers"), DOCS) as db:
        yield db


def counts(db, doc_id):
    return db.execute("SELECT subject, low, status FROM subject_facts WHERE doc_id = ? "
                      "AND attribute LIKE 'quantity:%' ORDER BY start", (doc_id,)).fetchall()


def test_a_definite_plural_counts_the_system_named_before(ledger):
    assert ("Hyunmoo-2", 3.0, "DESTROYED") in counts(ledger, "salvo")


def test_a_definite_plural_with_two_systems_before_counts_neither_by_pointing_back(ledger):
    assert not any(subject == "Hyunmoo-2" and low == 3.0 for subject, low, _ in counts(ledger, "two-types"))
