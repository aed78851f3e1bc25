"""Time expressions of schedules and wire copy: fiscal years written out ("fiscal year
2024", "the 2023 fiscal year"), a year before a season ("its 2027 winter rotation"), a day
word restated by the date beside it ("today (24th August)"), and a phrasal verb that is no
schedule ("set off on July 19").

Every case is read gated, ungated and without the window prefilter, which must agree.
The sentences are written for these tests.
"""
import pytest

from conftest import english_model as english  # noqa: F401  (the module's model fixture)
from conftest import timexes_read_three_ways

DCT = "2025-12-19"   # a Friday


def read(english, text, dct=DCT):
    return timexes_read_three_ways(english, text, dct)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The agency received nine launchers in fiscal year 2024.", [("fiscal year 2024", "DATE", "FY2024")]),
    ("Production should double in fiscal 2027, the maker said.", [("fiscal 2027", "DATE", "FY2027")]),
    # the year first is a fiscal year, never a duration of two thousand years
    ("Deliveries slipped in the 2023 fiscal year that ended in September.",
     [("the 2023 fiscal year", "DATE", "FY2023"), ("September", "DATE", "2025-09")]),
    ("The FY-2026 request adds two batteries.", [("FY-2026", "DATE", "FY2026")]),
])
# fmt: on
def test_fiscal_years_written_out(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The aviation brigade goes out for its 2026 summer rotation.", [("2026 summer", "DATE", "2026-SU")]),
    ("Sappers cleared the bridges before the 2022 spring thaw.", [("the 2022 spring", "DATE", "2022-SP")]),
    # a year then a comma is a date of its own
    ("In 2024, winter came early to the passes.", [("2024", "DATE", "2024"), ("winter", "DATE", "2025-WI")]),
])
# fmt: on
def test_a_year_before_a_season_names_it(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The landing ship docked today (18th December) for a port call.",
     [("today", "DATE", "2025-12-18"), ("18th December", "DATE", "2025-12-18")]),
    ("Yesterday, 17 December 2025, the convoy crossed the river.",
     [("Yesterday", "DATE", "2025-12-17"), ("17 December 2025", "DATE", "2025-12-17")]),
    ("The frigate leaves tomorrow (21 December) for the next port.",
     [("tomorrow", "DATE", "2025-12-21"), ("21 December", "DATE", "2025-12-21")]),
    # a date far from the day word is another day, not the same one restated
    ("The decree signed today, 3 March 2021, was quoted again.",
     [("today", "DATE", "2025-12-19"), ("3 March 2021", "DATE", "2021-03-03")]),
    ("Today, the two battalions are back in their barracks.", [("Today", "DATE", "2025-12-19")]),
])
# fmt: on
def test_a_day_word_takes_the_date_written_beside_it(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # "set off" is a departure, not the scheduling "set": its date is behind
    ("More jets will follow within days, while the first group already set off on December 11.",
     [("days", "DURATION", "PXD"), ("December 11", "DATE", "2025-12-11")]),
    # the scheduling verb itself still looks ahead
    ("The ferry is set to sail on December 28.", [("December 28", "DATE", "2025-12-28")]),
])
# fmt: on
def test_a_phrasal_verb_is_no_schedule(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # carried three days late: the weekday counts from the dateline (a Monday)
    ("ODESA, Dec. 15 (Agency) -- The minesweeper reached the port on Monday.",
     [("Dec. 15", "DATE", "2025-12-15"), ("Monday", "DATE", "2025-12-15")]),
    ("ODESA, Dec. 15 (Agency) -- The first crews landed on Saturday.",
     [("Dec. 15", "DATE", "2025-12-15"), ("Saturday", "DATE", "2025-12-13")]),
    # a dateline weeks behind is an old story quoted: the report's date stays the anchor
    ("ODESA, Nov. 20 (Agency) -- The first crews landed on Tuesday.",
     [("Nov. 20", "DATE", "2025-11-20"), ("Tuesday", "DATE", "2025-12-16")]),
    # a date on a line of prose is no dateline
    ("The ship was seen on Dec. 15 near the port.\nIt sailed on Tuesday.",
     [("Dec. 15", "DATE", "2025-12-15"), ("Tuesday", "DATE", "2025-12-16")]),
    ("ODESA, Dec. 15 (Agency) -- The first crews landed on Tuesday.",
     [("Dec. 15", "DATE", "2025-12-15"), ("Tuesday", "DATE", "2025-12-09")]),
])
# fmt: on
def test_wire_copy_counts_from_its_dateline(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # the possessor of a planned event is ahead, though the arrival is told in the past
    ("The frigate docked on Tuesday ahead of Saturday's planned parade.",
     [("Tuesday", "DATE", "2025-12-16"), ("Saturday", "DATE", "2025-12-20")]),
    ("Engineers flew in for Monday's scheduled handover of the radar.", [("Monday", "DATE", "2025-12-22")]),
    ("The staff published Sunday's upcoming drills in full.", [("Sunday", "DATE", "2025-12-21")]),
    # without a planning word the day follows the verb
    ("The gunners rested after Wednesday's firing.", [("Wednesday", "DATE", "2025-12-17")]),
])
# fmt: on
def test_a_day_owning_a_planned_event_lies_ahead(english, text, expected):
    assert read(english, text) == expected
