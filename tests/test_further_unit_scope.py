"""A further unit ("the remaining 40 missiles") belongs to the subjects of its own sentence, not
to every system of the report; the buyer of a passive ("weapons bought by Poland") is where the
systems go, and a country that speeds up its shipment is not. Extract (link records, places),
on sentences written for these tests."""
import pytest
from conftest import opened_ledger

DOCS = {
    "two-systems": ("The United States has sped up the shipment of weapons bought by Poland. Twelve HIMARS launchers "
                    "were received on 2 October. The first 30 ATACMS missiles arrived in November, and the "
                    "remaining 40 missiles are due in the spring.", "2024-12-02"),
    # a further unit in a sentence that tells no claim may be of any subject of the report
    "unnamed-unit": ("A second battery is to follow next year. The NASAMS battery reached Vilnius on 4 May.",
                     "2024-05-06"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("further-units"), DOCS) as db:
        yield db


def arrivals(db, doc_id, subject):
    return db.execute("SELECT date, location, another_unit FROM status_claims WHERE doc_id = ? AND subject = ? "
                      "AND status = 'ARRIVED' AND kind = 'reached' ORDER BY start", (doc_id, subject)).fetchall()


def test_a_further_batch_of_missiles_leaves_the_launchers_alone(ledger):
    assert arrivals(ledger, "two-systems", "HIMARS") == [("2024-10-02", "Poland", 0)]
    assert {another for _date, _place, another in arrivals(ledger, "two-systems", "ATACMS")} == {1}


def test_a_further_unit_of_no_named_subject_still_marks_the_report(ledger):
    assert [another for _date, _place, another in arrivals(ledger, "unnamed-unit", "NASAMS")] == [1]
