"""A first loss is dated once: its claims carry the day (or time of day) their sentence gives
after the verb of loss, a report whose lead tells the loss as the first marks its losses first,
a definite noun of a kind ("the ballistic missile") is the one subject of that kind the report
names, and two first losses are compared in hours when both give a time of day. Extract (link
records) and the date kind (link), on sentences written for these tests."""
import pytest
from conftest import opened_ledger

from claimledger.timex_calendar import hours_range

DOCS = {
    # the night of the 4th against the early hours of the 4th: a conflict in hours
    "night": ("Ukraine's air defence shot down a Russian Kinzhal missile for the first time this week, the "
              "Air Force said. A spokesman said on Saturday that the Kinzhal was shot down on Thursday night "
              "over Kyiv.", "2023-05-08"),
    "clock": ("Ukraine's Air Force admitted that it shot down a Kinzhal for the first time. A Patriot battery "
              "was used to destroy the ballistic missile above the capital that a MiG-31 had launched at 2:30 a.m. "
              "on May 4.", "2023-05-06"),
    # one night told twice (the evening of the 10th and 1 a.m. on the 11th) agrees
    "evening": ("Ukraine shot down a Zircon missile for the first time, the Air Force said. The Zircon was "
                "destroyed on Monday night over Kyiv.", "2024-02-14"),
    "one-am": ("Ukraine destroyed a Zircon missile for the first time, officials said. The Zircon was shot "
               "down at 1 a.m. on February 13 over Kyiv.", "2024-02-14"),
    # a day named after a verb of reporting dates the report, not the loss
    "said-day": ("Ukraine shot down a Tochka-U missile, the ministry said on Monday.", "2023-06-06"),
    # not a first loss: no conflict however the days differ
    "plain-1": ("A Kh-22 missile was shot down on 3 June over Odesa.", "2023-06-05"),
    "plain-2": ("A Kh-22 missile was shot down on 9 June over Odesa.", "2023-06-10"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("first-losses"), DOCS) as db:
        yield db


def losses(db, doc_id):
    return db.execute("SELECT subject, date, first_time FROM status_claims "
                      "WHERE doc_id = ? AND status = 'DESTROYED' AND kind = 'reached' ORDER BY start",
                      (doc_id,)).fetchall()


def date_docs(db, subject):
    rows = db.execute("SELECT id FROM contradictions WHERE kind = 'date' AND subject = ?", (subject,)).fetchall()
    return [{doc for (doc,) in db.execute("SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?",
                                          (row_id,))} for (row_id,) in rows]


def test_hours_of_a_time_of_day():
    start, end = hours_range("2023-05-04TNI")
    assert (start.isoformat(), end.isoformat()) == ("2023-05-04T20:00:00", "2023-05-05T06:00:00")
    assert hours_range("2023-05-04T02:30")[0].isoformat() == "2023-05-04T02:30:00"
    assert hours_range("2023-05-04") is None and hours_range(None) is None


def test_a_loss_is_dated_after_its_verb_and_first_by_the_lead(ledger):
    assert ("Kinzhal", "2023-05-04TNI", 1) in losses(ledger, "night")
    assert losses(ledger, "said-day") == [("Tochka-U", None, 0)]
    assert [row[1] for row in losses(ledger, "plain-1")] == ["2023-06-03"]


def test_the_definite_kind_noun_is_the_one_subject_of_that_kind(ledger):
    # "the ballistic missile", beside the Patriot and the MiG-31 of other kinds
    assert ("Kinzhal", "2023-05-04T02:30", 1) in losses(ledger, "clock")
    assert not any(row[0] in ("Patriot", "MiG-31") for row in losses(ledger, "clock"))


def test_two_times_of_one_first_loss_are_a_date_conflict(ledger):
    assert any({"night", "clock"} <= docs for docs in date_docs(ledger, "Kinzhal"))


def test_one_night_told_twice_agrees(ledger):
    assert date_docs(ledger, "Zircon") == []


def test_losses_not_called_first_are_not_compared(ledger):
    assert date_docs(ledger, "Kh-22") == []
