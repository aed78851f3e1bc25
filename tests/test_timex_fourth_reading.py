"""Time expressions of a fourth reading of fresh reports: stamps written clock first with a pipe
or with a weekday before a date that leaves out its year, a year inside an exercise's name, an
outlet named "<Country> Today", a quarter with its position and "of year 2021", the second month
of a hyphenated pair, a bare ordinal day ("on 24th"), a day "ahead of" an event, "the very near
future", and bounds ("more than", "less than") inside a duration's extent.

Every case is read gated, ungated and without the window prefilter, which must agree; each rule
has near misses that keep their old reading. The sentences are written for these tests.
"""
import pytest

from conftest import english_model as english  # noqa: F401  (the module's model fixture)
from conftest import timexes_read_three_ways

DCT = "2025-12-19"   # a Friday


def read(english, text, dct=DCT):
    return timexes_read_three_ways(english, text, dct)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # a weekday that names the date's own day makes a yearless date and its clock one byline
    ("Thu Dec 18, 6:15 PM ET\n\nThe battery arrived.", [("Thu Dec 18, 6:15 PM", "TIME", "2025-12-18T18:15")]),
    # near miss: a weekday that is not that date's day joins nothing
    ("Wed Dec 18, 6:15 PM ET\n\nThe battery arrived.",
     [("Dec 18", "DATE", "2025-12-18"), ("6:15 PM", "TIME", "2025-12-18T18:15")]),
    # a clock first, a pipe, then the date
    ("11:20 AM | 17 Dec, 2025\nThe battery arrived.", [("11:20 AM | 17 Dec, 2025", "TIME", "2025-12-17T11:20")]),
    # near miss: on two lines they stay apart
    ("11:20 AM\n17 Dec, 2025\nThe battery arrived.",
     [("11:20 AM", "TIME", "2025-12-19T11:20"), ("17 Dec, 2025", "DATE", "2025-12-17")]),
])
# fmt: on
def test_stamps_with_a_pipe_or_a_weekday_before_a_yearless_date(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The Iron Falcon 2019 exercise ended with a parade.", []),
    # near misses: a year after a determiner, or before another noun, is the year
    ("During the 2019 exercise, two jets crashed.", [("2019", "DATE", "2019")]),
    ("The Iron Falcon brigade left in 2019.", [("2019", "DATE", "2019")]),
])
# fmt: on
def test_a_year_inside_an_exercise_name(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The claim was first aired by India Today and later denied.", []),
    ("Related stories\n\nPakistan Today\n- Warships sail", []),
    # near misses: a day word in lower case, or opening a sentence, is the day
    ("Troops reached India today.", [("today", "DATE", "2025-12-19")]),
    ("The radar reached India. Today the crews test it.", [("Today", "DATE", "2025-12-19")]),
])
# fmt: on
def test_an_outlet_named_after_a_country(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The radars are due by the end of the third quarter of year 2026.",
     [("the end of the third quarter of year 2026", "DATE", "2026-Q3")]),
    ("Two frigates come before the start of the first quarter of 2027.",
     [("the start of the first quarter of 2027", "DATE", "2027-Q1")]),
    # near miss: a quarter without a position keeps its extent
    ("The radars are due in the second quarter.", [("the second quarter", "DATE", "2026-Q2")]),
])
# fmt: on
def test_a_quarter_with_its_position_and_year(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The convoy should sail in the November-December window.",
     [("November", "DATE", "2026-11"), ("December", "DATE", "2026-12")]),
    ("The drills ran in a September-October window.",
     [("September", "DATE", "2025-09"), ("October", "DATE", "2025-10")]),
    # over the new year the second month is the next year's
    ("The crews rotated in a December-January swap.", [("December", "DATE", "2025-12"), ("January", "DATE", "2026-01")]),
    # near misses: a month's name after another word and a hyphen is no month
    ("A pre-June audit found gaps, and the Trump-May meeting came later.", []),
])
# fmt: on
def test_the_second_month_of_a_hyphenated_pair(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The depot was hit on 14th.", [("14th", "DATE", "2025-12-14")]),
    ("The unit returns on the 27th.", [("27th", "DATE", "2025-12-27")]),
    # a later day under a past verb is last month's
    ("The column left on 23rd, the governor said.", [("23rd", "DATE", "2025-11-23")]),
    # near misses: an ordinal before a noun is a street or a floor; a month after it makes a date
    ("The tanks were parked on 5th Avenue and on the 3rd floor.", []),
    ("The depot was hit on 12th December.", [("12th December", "DATE", "2025-12-12")]),
])
# fmt: on
def test_a_bare_ordinal_day(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The crews arrived Monday ahead of Saturday's handover.",
     [("Monday", "DATE", "2025-12-15"), ("Saturday", "DATE", "2025-12-20")]),
    ("Engineers flew in on Tuesday in time for Sunday's launch.",
     [("Tuesday", "DATE", "2025-12-16"), ("Sunday", "DATE", "2025-12-21")]),
    # near miss: a day the text named before is the day already told
    ("The ministers met Saturday. Ahead of Saturday's talks, the envoys had met.",
     [("Saturday", "DATE", "2025-12-13"), ("Saturday", "DATE", "2025-12-13")]),
    # near miss: "before" is no forward phrase; the past verb decides
    ("The crews arrived Monday before Saturday's handover.",
     [("Monday", "DATE", "2025-12-15"), ("Saturday", "DATE", "2025-12-13")]),
])
# fmt: on
def test_a_day_ahead_of_an_event(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The launchers will be sent in the very near future.", [("the very near future", "DATE", "FUTURE_REF")]),
    ("The frigate stayed for more than three weeks and the jets for less than a year.",
     [("more than three weeks", "DURATION", "P3W"), ("less than a year", "DURATION", "P1Y")]),
    # near miss: "over" stays outside, a preposition as often as a bound (only after "for"
    # can it bound nothing but the length: the eighth reading's rule)
    ("The frigate stayed there over two years.", [("two years", "DURATION", "P2Y")]),
])
# fmt: on
def test_the_very_near_future_and_bounds_of_a_duration(english, text, expected):
    assert read(english, text) == expected
