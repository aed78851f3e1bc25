"""The dates of one status's start are one conflict per place, and reports with no date of
their own stand on one side of it (link, date kind). A report that only says the jets "have
arrived" tells that they were there by its day; it is filed under the latest linked arrival
begun by its day, so two such reports published weeks apart fall under two arrivals, but they
never face each other as two dates. Arrivals in two
countries are two stories, never two sides of one row."""
import sqlite3

from conftest import analyzed_ledger

DATED = {
    "croatia-july": ("Rafale jets arrived in Croatia in July 2023, the ministry said.", "2023-08-20"),
    "croatia-late-august": ("Rafale jets arrived in Croatia in late August 2023, the air force said.", "2023-09-04"),
    "croatia-november": ("Rafale jets arrived in Croatia in November 2023, a newspaper reported.", "2023-12-01"),
}
UNDATED = {
    "croatia-confirmed": ("The Rafale jets have arrived in Croatia, the defence minister confirmed.", "2023-08-01"),
    "croatia-reached": ("The Rafale jets have reached Croatia, a spokesman said.", "2023-09-10"),
}
ANOTHER_PLACE = {
    "greece-january": ("Rafale jets arrived in Greece in January 2022, the ministry said.", "2022-02-01"),
    "greece-june": ("Rafale jets arrived in Greece in June 2022, the air force said.", "2022-07-01"),
}


def date_row_sides(tmp_path, docs) -> list[list[set[str]]]:
    """The documents on each side of every date contradiction about the Rafale."""
    db = sqlite3.connect(analyzed_ledger(tmp_path, docs))
    try:
        rows = [row_id for (row_id,) in db.execute(
            "SELECT id FROM contradictions WHERE kind = 'date' AND subject = 'Rafale'")]
        return [[{doc for (doc,) in db.execute("SELECT DISTINCT doc_id FROM contradiction_sides "
                                                "WHERE contradiction_id = ? AND side = ?", (row_id, side))}
                 for (side,) in db.execute("SELECT DISTINCT side FROM contradiction_sides "
                                           "WHERE contradiction_id = ? ORDER BY side", (row_id,))]
                for row_id in rows]
    finally:
        db.close()


def test_two_undated_reports_stand_on_one_side(tmp_path):
    rows = date_row_sides(tmp_path, {**DATED, **UNDATED})
    assert rows, "the two dates of the arrival in Croatia are a conflict"
    for sides in rows:
        holding = [side for side in sides if side & set(UNDATED)]
        assert len(holding) <= 1, sides


def test_arrivals_in_two_countries_are_two_rows(tmp_path):
    rows = date_row_sides(tmp_path, {**DATED, **ANOTHER_PLACE})
    places = [{doc.split("-")[0] for side in sides for doc in side} for sides in rows]
    assert sorted(map(sorted, places)) == [["croatia"], ["greece"]]
