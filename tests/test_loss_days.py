"""The day of a loss told before its verb ("On Tuesday, ... after their jet was shot down"), the
day a denial of a loss names ("No jet was shot down on 9 May"), and the status kind setting a
dated denial against a report of that day however far apart the two were published. Extract
(link records) and link, on sentences written for these tests."""
import pytest
from conftest import opened_ledger

DOCS = {
    # a day before the verb of loss, as when the loss happened
    "fronted": ("On Tuesday, two airmen bailed out after their MiG-29 was shot down near the coast.", "2024-03-14"),
    # a stretch ("since") and a day of reporting are not the day of the loss
    "since": ("Since 3 March, Ukraine has lost four Leopard 2 tanks near the river.", "2024-03-20"),
    "said-first": ("On Monday the navy said it had downed a Su-25 over the bay.", "2024-03-20"),
    "quoted": ("The footage came out on Friday, 15 March, with a statement that read: “Our gunners "
               "destroyed a Krab howitzer near the village.”", "2024-03-18"),
    # a denial that names its day, twenty months after the report of that day's loss
    "claim-day": ("A Su-24 was shot down on 9 May 2022 over the lake.", "2022-05-11"),
    "denied-day": ("No Su-24 was shot down on 9 May 2022, the air force insisted.", "2024-01-10"),
    # a denial of another day, and a denial with no day, answer nothing that late
    "claim-other": ("A Su-30 was shot down on 9 May 2022 over the lake.", "2022-05-11"),
    "denied-other": ("No Su-30 was shot down on 20 May 2022, the air force insisted.", "2024-01-10"),
    "claim-undated": ("A Su-34 was shot down on 9 May 2022 over the lake.", "2022-05-11"),
    "denied-undated": ("The air force insisted that no Su-34 was ever shot down over the lake.", "2024-01-10"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("loss-days"), DOCS) as db:
        yield db


def loss_days(db, doc_id, kind="reached"):
    return db.execute("SELECT subject, date FROM status_claims WHERE doc_id = ? AND status = 'DESTROYED' "
                      "AND kind = ? ORDER BY start", (doc_id, kind)).fetchall()


def status_rows(db, subject):
    rows = db.execute("SELECT id FROM contradictions WHERE kind = 'status' AND subject = ?", (subject,)).fetchall()
    return [{doc for (doc,) in db.execute("SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?",
                                          (row_id,))} for (row_id,) in rows]


def test_a_day_before_the_verb_of_loss_dates_the_loss(ledger):
    assert loss_days(ledger, "fronted") == [("MiG-29", "2024-03-12")]


@pytest.mark.parametrize("doc_id", ["since", "said-first", "quoted"])
def test_a_stretch_or_a_day_of_reporting_gives_the_loss_no_day(ledger, doc_id):
    assert [day for _subject, day in loss_days(ledger, doc_id)] == [None]


def test_a_denied_loss_keeps_the_day_it_names(ledger):
    assert loss_days(ledger, "denied-day", "denied") == [("Su-24", "2022-05-09")]
    assert loss_days(ledger, "denied-undated", "denied") == [("Su-34", None)]


def test_a_dated_denial_answers_a_report_of_its_day_published_long_before(ledger):
    assert status_rows(ledger, "Su-24") == [{"claim-day", "denied-day"}]
    assert status_rows(ledger, "Su-30") == []     # another day
    assert status_rows(ledger, "Su-34") == []     # no day: only the month around the report counts
