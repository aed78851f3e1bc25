"""Deliveries under way are a place's (link, date kind): a count of part of a whole delivered to
one country says nothing of another country's arrival, whose two dates still conflict; at the
same place, a later arrival is one of the rest."""
import pytest
from conftest import ledger_contradictions

CHILE_ARRIVALS = {
    "first-four-friday": ("The first four F-16 jets arrived in Chile on Friday 5 December 2025, the air force said.",
                          "2025-12-06"),
    "four-saturday": ("Four F-16 jets arrived in Chile on Saturday 6 December, the ministry said.", "2025-12-07"),
}
ELSEWHERE = {"two-of-18-romania": ("The Netherlands has delivered two of its 18 F-16 jets to the training centre in "
                                   "Romania, officials said.", "2024-11-20")}
SAME_PLACE = {"two-of-24-chile": ("Chile has so far received two of its 24 F-16 jets, officials said.", "2025-11-01")}


def date_rows(tmp_path, docs):
    return ledger_contradictions(tmp_path, docs, "date", "F-16")


def test_deliveries_under_way_elsewhere_leave_two_dates_of_one_arrival_in_conflict(tmp_path):
    rows = date_rows(tmp_path, {**ELSEWHERE, **CHILE_ARRIVALS})
    assert [docs for _, docs in rows] == [{"first-four-friday", "four-saturday"}]


def test_deliveries_under_way_at_the_place_make_a_later_arrival_one_of_the_rest(tmp_path):
    assert date_rows(tmp_path, {**SAME_PLACE, **CHILE_ARRIVALS}) == []
