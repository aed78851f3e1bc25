"""TIMEX3 values and timeline dates in words (claimledger.report.dates_display)."""
import pytest

from claimledger.report.dates_display import (dates_in_words, entry_date_text, entry_date_title, range_text,
                                              timex_text)


# fmt: off
@pytest.mark.parametrize("value, text", [
    ("2025-12-19", "19 Dec 2025"),
    ("2025-12-19T21:45", "19 Dec 2025, 21:45"),
    ("2025-12-19TNI", "night of 19 Dec 2025"),
    ("2025-12-19TMO", "morning of 19 Dec 2025"),
    ("2025-12-19TDT", "19 Dec 2025"),
    ("2025-12", "December 2025"),
    ("2025", "2025"),
    ("2025-W44-WE", "weekend of 1–2 Nov 2025"),
    ("2025-W44", "week of 27 Oct – 2 Nov 2025"),
    ("2025-W01", "week of 30 Dec 2024 – 5 Jan 2025"),
    ("2025-SP", "spring 2025"),
    ("2025-WI", "winter 2025–26"),
    ("2026-Q1", "Q1 2026 (Jan–Mar)"),
    ("2026-H2", "second half of 2026"),
    ("199", "the 1990s"),
    ("PAST_REF", "in the past"),
    ("P3D", "3 days"),
    ("PXM", "some months"),
    ("XXXX-12-17", "XXXX-12-17"),     # no place on the calendar: shown as it is
    ("2025-13", "2025-13"),
    (None, ""),
])
# fmt: on
def test_timex_text_names_the_value(value, text):
    assert timex_text(value) == text


@pytest.mark.parametrize("start, end, text", [
    ("2025-11-01", "2025-11-02", "1–2 Nov 2025"),
    ("2025-10-27", "2025-11-02", "27 Oct – 2 Nov 2025"),
    ("2025-12-29", "2026-01-04", "29 Dec 2025 – 4 Jan 2026"),
    ("2025-12-17", "2025-12-17", "17 Dec 2025"),
])
def test_range_text_shares_month_and_year(start, end, text):
    assert range_text(start, end) == text


def entry(date, start, end, kind):
    return {"date": date, "date_range": [start, end], "date_kind": kind}


@pytest.mark.parametrize("item, text", [
    (entry("2025-12-17", "2025-12-17", "2025-12-17", "on"), "17 Dec 2025"),
    (entry("2025-W44-WE", "2025-11-01", "2025-11-02", "within"), "weekend of 1–2 Nov 2025"),
    (entry(None, None, "2025-12-19", "reported_by"), "by 19 Dec 2025"),
    (entry("2025", None, "2025-12-31", "by"), "by 2025"),
    (entry(None, None, None, "reported_by"), "undated"),
    (entry("PRESENT_REF", "2019-06-03", "2019-06-03", "on"), "now (as of 3 Jun 2019)"),
])
def test_entry_date_text_follows_date_kind(item, text):
    assert entry_date_text(item) == text


def test_entry_date_title_keeps_the_timex_value_and_days():
    title = entry_date_title(entry("2025-W44-WE", "2025-11-01", "2025-11-02", "within"))
    assert title == "2025-W44-WE; 2025-11-01 to 2025-11-02; within"


@pytest.mark.parametrize("text, html", [
    ("IN_TRANSIT as of 2026-02-12, but", 'IN_TRANSIT as of <span class="date" title="2026-02-12">12 Feb 2026</span>, but'),
    ("began 2025-W44-WE <b>", 'began <span class="date" title="2025-W44-WE">weekend of 1–2 Nov 2025</span> &lt;b&gt;'),
    ("2,000-2,500 km", "2,000-2,500 km"),
    ("version 2025-13", "version 2025-13"),
    ("DEPLOYED dated PRESENT_REF (Latvia)", 'DEPLOYED dated <span class="date" title="PRESENT_REF">now</span> (Latvia)'),
    ("PRESENT_REFERENCE", "PRESENT_REFERENCE"),
    ("USED first, dated 2025-12-19TEV", 'USED first, dated <span class="date" title="2025-12-19TEV">evening of 19 Dec 2025</span>'),
])
def test_dates_in_words_names_values_and_escapes_the_rest(text, html):
    assert str(dates_in_words(text)) == html
