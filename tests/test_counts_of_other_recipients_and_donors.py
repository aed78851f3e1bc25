"""Counts of one system for two countries, or from two donors, are two deliveries, not one
count told two ways: a count stands with the place its sentence's claim gives the system, and a
donor named by a participle's agent ("tanks donated by Portugal") is the count's donor. The
same delivery counted differently stays a conflict."""
from __future__ import annotations

from conftest import analyzed_ledger, rows_between


def number_rows(tmp_path, first, second):
    ledger = analyzed_ledger(tmp_path, {"first": first, "second": second})
    return [note for kind, note in rows_between(ledger, "first", "second") if kind == "number"]


def test_counts_for_two_countries_are_not_compared(tmp_path):
    assert not number_rows(
        tmp_path,
        ("Washington will send 40 Abrams tanks to Romania, the Pentagon said.", "2026-01-10"),
        ("Warsaw has signed a contract for 96 Abrams tanks for the Polish army.", "2026-01-12"))


def test_counts_from_two_donors_are_not_compared(tmp_path):
    assert not number_rows(
        tmp_path,
        ("Four Leopard 2 tanks donated by Spain reached Ukraine on Monday.", "2026-01-10"),
        ("Fourteen Leopard 2 tanks supplied by Norway reached Ukraine on Monday.", "2026-01-10"))


def test_one_delivery_counted_two_ways_is_a_conflict(tmp_path):
    assert number_rows(
        tmp_path,
        ("Washington will send 40 Abrams tanks to Romania, the Pentagon said.", "2026-01-10"),
        ("Washington will send 60 Abrams tanks to Romania, officials said.", "2026-01-12"))
