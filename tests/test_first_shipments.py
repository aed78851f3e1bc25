"""A shipment whose systems the next sentence names, a delivery put before an event the report
dates elsewhere, and a first batch dated after a delivery another report has held: extract
(link records) and the date kind (link), on sentences written for these tests."""
import pytest
from conftest import opened_ledger

DOCS = {
    # the delivery names only "drones"; the next sentence's shipment holds the systems
    "first-batch": ("Transport aircraft delivered the first batch of Iranian-made drones to Russia in "
                    "September. The shipment included Shahed-136 as well as Mohajer-6 models.", "2022-10-10"),
    # a delivery before the war, which the same text dates
    "before-war": ("Iran supplied Russia with Shahed-136 drones, the minister said. The drones were delivered "
                   "months before the war, he said. He denied any deliveries after the war began on "
                   "February 24, 2022.", "2022-11-05"),
    # near misses: a shipment sentence after a sentence that names its own system; an event the
    # text does not date; a later batch not called first
    "own-system": ("Germany delivered IRIS-T launchers to Ukraine in October. The delivery included "
                   "Gepard ammunition.", "2022-11-01"),
    "undated-war": ("The Gepard guns were delivered to Ukraine weeks before the counteroffensive, officials "
                    "said.", "2023-07-01"),
    "later-batch": ("Transport aircraft delivered a new batch of drones to Russia in December. The shipment "
                    "included Lancet-3 models.", "2023-01-10"),
    "lancet-early": ("Lancet-3 drones arrived in Russia months before the war, a report said. The war began on "
                     "February 24, 2022.", "2022-12-01"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("first-shipments"), DOCS) as db:
        yield db


def claims(db, doc_id):
    return db.execute("SELECT subject, status, date, date_role, location, first_time FROM status_claims "
                      "WHERE doc_id = ? AND kind = 'reached' ORDER BY start, subject", (doc_id,)).fetchall()


def date_docs(db, subject):
    rows = db.execute("SELECT id FROM contradictions WHERE kind IN ('date', 'status') AND subject = ?",
                      (subject,)).fetchall()
    return [{doc for (doc,) in db.execute("SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?",
                                          (row_id,))} for (row_id,) in rows]


def test_the_shipment_of_the_next_sentence_names_the_systems_delivered(ledger):
    rows = claims(ledger, "first-batch")
    assert ("Shahed-136", "ARRIVED", "2022-09", "onset", "Russia", 1) in rows
    assert ("Mohajer-6", "ARRIVED", "2022-09", "onset", "Russia", 1) in rows


def test_a_delivery_sentence_with_its_own_system_lends_none(ledger):
    assert not any(row[0] == "Gepard" for row in claims(ledger, "own-system"))


def test_before_an_event_the_text_dates(ledger):
    assert any(row[2:4] == ("2022-02-24", "before") for row in claims(ledger, "before-war"))
    assert not any(row[3] == "before" for row in claims(ledger, "undated-war"))


def test_a_first_batch_after_a_delivery_held_before_is_a_conflict(ledger):
    assert any({"first-batch", "before-war"} <= docs for docs in date_docs(ledger, "Shahed-136"))


def test_a_later_batch_not_called_first_is_a_further_batch(ledger):
    assert date_docs(ledger, "Lancet") == []


def test_the_later_batch_is_still_read(ledger):
    assert ("Lancet", "ARRIVED", "2022-12", "onset", "Russia", 0) in claims(ledger, "later-batch")
    assert any(row[3] == "before" for row in claims(ledger, "lancet-early"))
