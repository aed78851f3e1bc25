"""Deliveries under way, bounded (link, date kind): a count of part of a whole delivered is
evidence about the places its arrivals name and for a year after its report, not about every
place and every later year. Before, one such report anywhere in a ledger (an arrival it left
unplaced, or a count years old) silenced two dates of an unrelated arrival."""
from types import SimpleNamespace

from conftest import ledger_contradictions

from claimledger.link.kinds.date import deliveries_in_progress
from claimledger.schema import TOTAL_SCOPE

CHILE_ARRIVALS = {
    "first-four-friday": ("The first four F-16 jets arrived in Chile on Friday 5 December 2025, the air force said.",
                          "2025-12-06"),
    "four-saturday": ("Four F-16 jets arrived in Chile on Saturday 6 December, the ministry said.", "2025-12-07"),
}
SAME_PLACE_LONG_BEFORE = {"two-of-24-chile-2024": ("Chile has so far received two of its 24 F-16 jets, officials said.",
                                                   "2024-06-01")}
SAME_PLACE_WEEKS_BEFORE = {"two-of-24-chile-2025": ("Chile has so far received two of its 24 F-16 jets, officials said.",
                                                    "2025-11-01")}


def date_rows(tmp_path, docs):
    return ledger_contradictions(tmp_path, docs, "date", "F-16")


def test_a_count_of_deliveries_long_before_does_not_silence_two_dates_of_an_arrival(tmp_path):
    rows = date_rows(tmp_path, {**SAME_PLACE_LONG_BEFORE, **CHILE_ARRIVALS})
    assert [docs for _, docs in rows] == [{"first-four-friday", "four-saturday"}]


def test_a_count_of_deliveries_weeks_before_still_makes_a_later_arrival_one_of_the_rest(tmp_path):
    assert date_rows(tmp_path, {**SAME_PLACE_WEEKS_BEFORE, **CHILE_ARRIVALS}) == []


def bucket_of(arrival_places: list[str | None]):
    """A subject's records: one report counting two of its 18 units arrived, with an arrival claim
    at each of ``arrival_places``."""
    facts = [SimpleNamespace(doc_id="count", attribute="quantity:aircraft:", scope=None, status="ARRIVED", low=2.0),
             SimpleNamespace(doc_id="count", attribute="quantity:aircraft:", scope=TOTAL_SCOPE, status=None, low=18.0)]
    claims = [SimpleNamespace(doc_id="count", status="ARRIVED", location=place) for place in arrival_places]
    return SimpleNamespace(facts=facts, claims=claims, infos={"count": SimpleNamespace(dct="2024-07-23")})


def test_an_unplaced_arrival_beside_a_placed_one_keeps_the_deliveries_at_that_place():
    [(_, places)] = deliveries_in_progress(bucket_of(["Slovakia", None]))
    assert places == {"slovakia"}


def test_a_report_naming_no_place_for_its_arrivals_meets_any_place():
    [(_, places)] = deliveries_in_progress(bucket_of([None]))
    assert places == {None}
