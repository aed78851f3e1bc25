"""A denial that names a country answers the reports placed in it, whether they say the country
or a town in it: one conflict, not one per place; reports placed in another country stay apart."""
from __future__ import annotations

from conftest import analyzed_ledger, rows_between

REPORT = ("The first NASAMS launchers have arrived in Latvia and were stored at a base near Daugavpils, "
          "the minister said on Monday.", "2026-02-02")
DENIAL = ("Oslo said on Wednesday that no NASAMS launchers had been delivered to Latvia.", "2026-02-04")


def test_a_country_and_its_town_are_one_question(tmp_path):
    ledger = analyzed_ledger(tmp_path, {"report": REPORT, "denial": DENIAL})
    rows = [note for kind, note in rows_between(ledger, "report", "denial") if kind == "status"]
    assert len(rows) == 1, rows
    assert "(Latvia)" in rows[0]


def test_a_report_in_another_country_is_not_answered(tmp_path):
    elsewhere = ("The first NASAMS launchers have arrived at a base near Tartu, the minister said on Monday.",
                 "2026-02-02")
    ledger = analyzed_ledger(tmp_path, {"report": elsewhere, "denial": DENIAL})
    assert not [kind for kind, _ in rows_between(ledger, "report", "denial") if kind == "status"]
