"""Time expressions of a fifth reading of fresh reports: a weekday inside a newspaper's name
("the Sunday Times"), a relative year written once after a pair of months, a forum's post stamp
("Mar, 9 2004 @ 11:15 AM"), a transcript's clock offsets glued to the next word, "couple of"
without its article, a unit with "combined" or "cumulative", "right now", an undated page's day
word beside its date and its months in the year the paragraph narrated, and "late" or "early"
before a weekday inside the extent.

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
    # a weekday before a paper's title word is the paper's name
    ("The plan was first printed in the Sunday Telegraph, aides said.", []),
    ("Officials told the Sunday Mirror that two frigates would sail.", []),
    # near misses: a weekday before a name that is no title word, or before a lower-case word
    ("The frigates sailed on Sunday Moscow said.", [("Sunday", "DATE", "2025-12-14")]),
    ("The brigade moved on Sunday times of day unknown.", [("Sunday", "DATE", "2025-12-14")]),
])
# fmt: on
def test_a_weekday_in_a_newspapers_name_is_no_date(english, text, expected):
    assert read(english, text) == expected


def test_a_quotation_attributed_to_a_sunday_paper_anchors_no_day(english):
    text = 'Ministry sources said yesterday that the convoy had left, the Sunday Herald reported.'
    assert read(english, text) == [("yesterday", "DATE", "2025-12-18")]


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # the relative year written after the pair is the first month's year too
    ("The border stand-off began in March-April last year, the envoy said.",
     [("March", "DATE", "2024-03"), ("April last year", "DATE", "2024-04")]),
    ("Drills are planned for October-November next year.",
     [("October", "DATE", "2026-10"), ("November next year", "DATE", "2026-11")]),
    # a pair across the new year keeps the first month a year before its partner
    ("The convoys ran in December-January last year.",
     [("December", "DATE", "2023-12"), ("January last year", "DATE", "2024-01")]),
    # near misses: a pair without a relative year reads as before, and so does a written year
    ("The tanks will move in the May-June window.", [("June", "DATE", "2026-06")]),
    ("The jets will land in May or June 2027.", [("May", "DATE", "2027-05"), ("June 2027", "DATE", "2027-06")]),
])
# fmt: on
def test_a_relative_year_after_a_pair_of_months(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # a forum's stamp: a month, a comma, the day, the year, an at sign and a clock
    ("posted on Feb, 17 2004 @ 10:42 AM\nthe tanks came back", [("Feb, 17 2004 @ 10:42 AM", "TIME", "2004-02-17T10:42")]),
    ("Oct, 2 2011\nThe unit was stood down.", [("Oct, 2 2011", "DATE", "2011-10-02")]),
    # near misses: a full month's name and a comma before a number count nothing of a date
    ("In October, 12 2019 recruits left for the front.", [("October", "DATE", "2025-10")]),
    # nor does an abbreviated month before a count with no year
    ("By Oct, 12 jets had landed at the base.", []),
])
# fmt: on
def test_a_forum_post_stamp(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # a caption offset glued to the next word is no clock time
    ("The briefing ran long at\n02:41the reporters filed out.", []),
    ("The briefing ran long at\n02:41 the reporters filed out.", [("02:41", "TIME", "2025-12-19T02:41")]),
    # near misses: a meridiem or an hour sign glued to the clock keeps it
    ("The convoy left at 21:15pm from the depot.", [("21:15", "TIME", "2025-12-19T21:15")]),
    ("The convoy left at 21:15h from the depot.", [("21:15", "TIME", "2025-12-19T21:15")]),
])
# fmt: on
def test_a_clock_glued_to_a_word(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Hearings follow over the next couple of months.", [("the next couple of months", "DURATION", "PXM")]),
    ("The engineers stayed couple of days longer.", [("couple of days", "DURATION", "PXD")]),
    ("The battalion has served 31 combined months in the south.", [("31 combined months", "DURATION", "P31M")]),
    ("The crews logged nine cumulative years at sea.", [("nine cumulative years", "DURATION", "P9Y")]),
    ("Right now, the radars are switched off.", [("Right now", "DATE", "PRESENT_REF")]),
    # near misses: "a couple of" reads as before; "right" alone is nothing
    ("The repairs took a couple of weeks.", [("a couple of weeks", "DURATION", "PXW")]),
    ("The right flank held.", []),
])
# fmt: on
def test_quantities_and_present_phrases(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # without a report date, a day word takes the date written beside it
    ("The Army confirmed today, Aug. 21, that a brigade will deploy.",
     [("today", "DATE", "XXXX-08-21"), ("Aug. 21", "DATE", "XXXX-08-21")]),
    # and a month takes the year its paragraph narrated last
    ("Throughout 2011 the regiment retrained, and it sailed in November for the gulf.",
     [("2011", "DATE", "2011"), ("November", "DATE", "2011-11")]),
    # near misses: a day word with no date beside it, a month in a paragraph without a year
    ("The Army confirmed today, and Aug. 21 was set for the move.",
     [("today", "DATE", "XXXX-XX-XX"), ("Aug. 21", "DATE", "XXXX-08-21")]),
    ("The regiment retrained in 2011.\n\nIt sailed in November for the gulf.",
     [("2011", "DATE", "2011"), ("November", "DATE", "XXXX-11")]),
])
# fmt: on
def test_an_undated_page_reads_its_own_dates(english, text, expected):
    assert read(english, text, dct=None) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The strike came late Wednesday night near the depot.", [("late Wednesday night", "TIME", "2025-12-17TNI")]),
    ("The frigate docked late on Tuesday, officials said.", [("late on Tuesday", "DATE", "2025-12-16")]),
    ("The envoy landed early Monday in the capital.", [("early Monday", "DATE", "2025-12-15")]),
    # near misses: "late" that ends a sentence, or qualifies a person, stays outside
    ("It was too late. Monday brought no news.", [("Monday", "DATE", "2025-12-15")]),
    ("The late General spoke on Monday.", [("Monday", "DATE", "2025-12-15")]),
])
# fmt: on
def test_late_or_early_before_a_weekday(english, text, expected):
    assert read(english, text) == expected
