"""Dates as outlets write them: a part of a month ("at the end of July", "in early August",
"at the end of last month") is compared by the days it covers, two stretches with no reporting
slack, so arrivals at the end of July and in early August are two dates; a day inside the part
is not; and the report's own day ("today") dates the report, never an onset. Extract (link
records) and the date kind (link), on sentences written for these tests."""
import pytest
from conftest import opened_ledger

from claimledger.timex_calendar import DateRange, part_range, timex_range

DOCS = {
    "end-july": ("The first Leopard 1 tanks arrived in Ukraine at the end of July, the minister said.", "2023-08-20"),
    "early-aug": ("The first Leopard 1 tanks arrived in Ukraine in early August, a source said.", "2023-08-21"),
    # a relative part: the end of last month, against a day inside it (no conflict)
    "last-month": ("The first Gepard systems arrived in Ukraine at the end of last month, officials said.",
                   "2023-09-05"),
    "inside": ("The first Gepard systems arrived in Ukraine on August 25, the ministry said.", "2023-09-06"),
    # the report's own day is no onset
    "today": ("The first Marder vehicles arrived in Ukraine today, the ministry said.", "2023-04-20"),
    "april-2": ("The first Marder vehicles arrived in Ukraine on April 2, the agency reported.", "2023-04-21"),
    # the parts in Russian and Ukrainian
    "ru-late": ("В конце июля Германия передала Украине комплекс IRIS-T.", "2023-08-20"),
    "uk-late": ("Німеччина передала Україні два комплекси IRIS-T наприкінці 2022 року.", "2023-01-20"),
    # deliveries under way ("three of its 12") make a later arrival one of the rest
    "first-jan": ("The first SAMP/T systems arrived in Ukraine on January 20, the ministry said.", "2024-02-01"),
    "three-of": ("Germany has by now handed over three of its 12 SAMP/T systems to Ukraine.", "2024-03-01"),
    "two-apr": ("SAMP/T systems arrived in Ukraine on April 15, officials said.", "2024-04-20"),
    "nasams-jan": ("The first NASAMS arrived in Ukraine on January 20, the ministry said.", "2024-02-01"),
    "nasams-apr": ("NASAMS arrived in Ukraine on April 15, officials said.", "2024-04-20"),
    # a first use is dated once: two dates that do not meet are a conflict; a later use is not a first
    "first-day": ("Ukraine used ATACMS missiles for the first time on October 17, officials said.", "2023-10-18"),
    "first-part": ("Ukrainian forces fired ATACMS missiles for the first time at the end of last month, a "
                   "newspaper reported.", "2023-11-02"),
    "again": ("Ukraine used ATACMS missiles again on October 24, officials said.", "2023-10-25"),
    "first-same": ("Ukraine used Storm Shadow missiles for the first time on May 18, officials said.", "2023-05-19"),
    "first-near": ("Storm Shadow missiles were used for the first time in mid-May, a newspaper reported.",
                   "2023-05-25"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("date-parts"), DOCS) as db:
        yield db


def claims(db, doc_id):
    return db.execute("SELECT subject, status, date, date_role, date_part FROM status_claims "
                      "WHERE doc_id = ? AND kind = 'reached'", (doc_id,)).fetchall()


def date_docs(db, subject):
    rows = db.execute("SELECT id FROM contradictions WHERE kind = 'date' AND subject = ?", (subject,)).fetchall()
    return [{doc for (doc,) in db.execute("SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?",
                                          (row_id,))} for (row_id,) in rows]


def test_part_ranges():
    july = timex_range("2023-07")
    assert part_range(july, "late") == DateRange(*[d.start for d in (timex_range("2023-07-21"), timex_range("2023-07-31"))])
    assert part_range(timex_range("2024-02"), "late").end.isoformat() == "2024-02-29"
    assert part_range(timex_range("2024"), "early").as_list() == ["2024-01-01", "2024-04-30"]
    assert part_range(timex_range("2024-07-03"), "late") == timex_range("2024-07-03")   # a day is kept


def test_parts_are_read_from_the_timex(ledger):
    assert ("Leopard 1", "ARRIVED", "2023-07", "onset", "late") in claims(ledger, "end-july")
    assert ("Leopard 1", "ARRIVED", "2023-08", "onset", "early") in claims(ledger, "early-aug")
    assert ("Gepard", "ARRIVED", "2023-08", "onset", "late") in claims(ledger, "last-month")
    assert [row[4] for row in claims(ledger, "ru-late")] == ["late"]
    assert [row[4] for row in claims(ledger, "uk-late")] == ["late"]


def test_the_end_of_one_month_and_the_start_of_the_next_are_two_dates(ledger):
    assert any({"end-july", "early-aug"} <= docs for docs in date_docs(ledger, "Leopard 1"))


def test_a_day_inside_the_part_agrees(ledger):
    assert date_docs(ledger, "Gepard") == []


def test_the_report_day_is_never_an_onset(ledger):
    assert [row[3] for row in claims(ledger, "today")] == ["report"]
    assert date_docs(ledger, "Marder") == []


def test_two_dates_of_a_first_use_are_a_date_conflict(ledger):
    rows = date_docs(ledger, "ATACMS")
    assert any({"first-day", "first-part"} <= docs for docs in rows)
    assert not any("again" in docs for docs in rows)   # a later use is no first use


def test_a_first_use_inside_the_part_agrees(ledger):
    assert date_docs(ledger, "Storm Shadow") == []


def test_an_arrival_after_a_report_of_deliveries_under_way_is_one_of_the_rest(ledger):
    assert date_docs(ledger, "SAMP/T") == []
    assert any({"nasams-jan", "nasams-apr"} <= docs for docs in date_docs(ledger, "NASAMS"))
