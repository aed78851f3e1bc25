"""Date ranges from TIMEX3 values, and per-subject timelines."""
import json
from datetime import date
from pathlib import Path

import pytest

from claimledger.link import link_corpus
from claimledger.link.corpus import corpus_from_dict
from claimledger.timex_calendar import DateRange, timex_range

FIXTURES = Path(__file__).parent / "data" / "link"


@pytest.fixture(scope="module")
def progression():
    data = json.loads((FIXTURES / "progression.json").read_text(encoding="utf-8"))
    return link_corpus(corpus_from_dict(data))


# fmt: off
@pytest.mark.parametrize("value,start,end", [
    ("2025-12-17", date(2025, 12, 17), date(2025, 12, 17)),
    ("2025-12",    date(2025, 12, 1),  date(2025, 12, 31)),
    ("2025",       date(2025, 1, 1),   date(2025, 12, 31)),
    ("2025-W51",   date(2025, 12, 15), date(2025, 12, 21)),
    ("2025-Q3",    date(2025, 7, 1),   date(2025, 9, 30)),
    ("2025-WI",    date(2025, 12, 1),  date(2026, 2, 28)),
    ("2025-12-17T10:00", date(2025, 12, 17), date(2025, 12, 17)),
])
# fmt: on
def test_timex_range_covers_the_named_days(value, start, end):
    assert timex_range(value) == DateRange(start, end)


@pytest.mark.parametrize("value", [None, "", "PAST_REF", "FUTURE_REF", "P3D", "XXXX-12-17", "2025-02-30"])
def test_timex_range_none_for_no_calendar_stretch(value):
    assert timex_range(value) is None


def test_timex_range_present_ref_is_the_dct():
    assert timex_range("PRESENT_REF", dct="2025-09-30") == DateRange(date(2025, 9, 30), date(2025, 9, 30))


def test_month_overlaps_day_within_it():
    assert timex_range("2025-12").overlaps(timex_range("2025-12-17"))


def test_days_apart_beyond_tolerance_do_not_overlap():
    assert not timex_range("2025-12-01").overlaps(timex_range("2025-12-17"), tolerance_days=3)


def test_timeline_orders_status_changes(progression):
    assert [entry["status"] for entry in progression.timeline("Oreshnik")] == [
        "REQUESTED", "IN_TRANSIT", "DEPLOYED", "COMBAT_DUTY"]


def test_timeline_subject_lookup_ignores_case(progression):
    assert len(progression.timeline("oreshnik")) == 4


def test_timeline_entry_shape(progression):
    entry = progression.timeline("Oreshnik")[1]
    assert entry["date"] == "2025-09-25" and entry["date_range"] == ["2025-09-25", "2025-09-25"]
    assert entry["sources"][0]["doc_id"] == "prog-transit" and entry["corroboration"] == 1
    assert entry["earliest_report"] == {"doc_id": "prog-transit", "dct": "2025-09-26", "outlet": "Border Post",
                                        "label": "The Oreshnik is already on its way to Belarus, the president said "
                                                 "on Thursday. The rail …"}


def test_timeline_undated_event_is_reported_by_its_dct():
    data = json.loads((FIXTURES / "status_conflict.json").read_text(encoding="utf-8"))
    entries = link_corpus(corpus_from_dict(data)).timeline("Oreshnik")
    transit = next(entry for entry in entries if entry["status"] == "IN_TRANSIT")
    assert transit["date"] is None and transit["date_kind"] == "reported_by"
    assert transit["date_range"] == [None, "2026-02-12"]


def test_timeline_unknown_subject_is_empty(progression):
    assert progression.timeline("Tomahawk") == []
