"""Time expressions of budgets, ranges, live blogs and chronologies: a fiscal year written
"FY '26", the end of a range of numbers ("18-19 months"), a quantity
with a hyphenated half, "years ago" without a number, a duration as an adjective
("yearlong"), a month of "the same year" as the date before it, a live blog's "22h54 :"
stamp, and "soon" as the relation of "soon after".

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
    ("The corps wants four more radars in FY '27.", [("FY '27", "DATE", "FY2027")]),
    ("Funding for FY’25 ran out before the tests.", [("FY’25", "DATE", "FY2025")]),
    # a fiscal year named by its place reads as the year, as TimeBank writes it
    ("The brigade got its launchers this fiscal year.", [("this fiscal year", "DATE", "2025")]),
    ("Spending fell last calendar year.", [("last calendar year", "DATE", "2024")]),
])
# fmt: on
def test_fiscal_years_by_short_year_and_by_place(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The overhaul should take 10-12 weeks, the yard said.",
     [("10", "DURATION", "P10W"), ("12 weeks", "DURATION", "P12W")]),
    ("Shipping the guns takes 2–3 months by sea.", [("2", "DURATION", "P2M"), ("3 months", "DURATION", "P3M")]),
    # after a year the dash starts the year's short end ("2024-30"), not a count of years
    ("The plan for 2024-30 years of service was shelved.",
     [("2024", "DATE", "2024"), ("30", "DATE", "2030"), ("years", "DURATION", "PXY")]),
])
# fmt: on
def test_a_range_of_numbers_ends_in_a_duration(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The sale stalled for three-and-a-half years.", [("three-and-a-half years", "DURATION", "P3.5Y")]),
    ("The pilots trained for one and a half months.", [("one and a half months", "DURATION", "P1.5M")]),
])
# fmt: on
def test_a_hyphenated_half_belongs_to_the_quantity(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The navy ordered the corvettes years ago.", [("years ago", "DATE", "PAST_REF")]),
    ("Crews first saw the drones weeks ago, a pilot said.", [("weeks ago", "DATE", "PAST_REF")]),
    # with a number it is still a date counted back
    ("The navy ordered the corvettes two years ago.", [("two years ago", "DATE", "2023")]),
    ("Aid arrived a couple of weeks ago.", [("a couple of weeks ago", "DATE", "PAST_REF")]),
    # a byline's "minutes ago" stamps the page, it is not told as a past time
    ("By the desk \u2022 14 minutes ago \u2022 2 minute read", [("14 minutes", "DURATION", "PT14M"), ("2 minute", "DURATION", "PT2M")]),
])
# fmt: on
def test_units_ago_without_a_number(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The gunners are back from a yearlong rotation.", [("yearlong", "DURATION", "P1Y")]),
    ("A week-long drill tested the new radars.", [("week-long", "DURATION", "P1W")]),
    # a plural does not say how many: left alone
    ("After a months-long delay the frigate sailed.", []),
    # "long" as a word of its own is no part of the unit
    ("The delay was months long.", [("months", "DURATION", "PXM")]),
])
# fmt: on
def test_a_duration_as_an_adjective(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The radars were ordered in March 2021. They came in May of the same year.",
     [("March 2021", "DATE", "2021-03"), ("May", "DATE", "2021-05"), ("the same year", "DATE", "2021")]),
    # without a date before it, the month reads as usual
    ("The radars came in May of the same year.", [("May", "DATE", "2025-05"), ("the same year", "DATE", "2025")]),
])
# fmt: on
def test_a_month_of_the_same_year_takes_the_year_narrated(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Live updates\n\n21h05 : Air defence was working over the port.\n\n20h40 : Sirens sounded.",
     [("21h05", "TIME", "2025-12-19T21:05"), ("20h40", "TIME", "2025-12-19T20:40")]),
    ("The convoy left at 6h15, the mayor said.", [("6h15", "TIME", "2025-12-19T06:15")]),
    # a clock opening a line before a spaced colon stamps an entry too
    ("08:30 : The ministry confirmed the strike.", [("08:30", "TIME", "2025-12-19T08:30")]),
    # a stamp needs its preposition or its line: a bare "5h30" in prose is left alone
    ("The engine ran 5h30 on the stand.", []),
])
# fmt: on
def test_a_live_blog_stamp_with_an_h(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The order came soon after the talks.", []),
    ("Repairs began soon afterwards.", []),
    ("The launchers will be delivered soon.", [("soon", "DATE", "FUTURE_REF")]),
])
# fmt: on
def test_soon_after_is_a_relation(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Deliveries tripled against the preceding three years.", [("the preceding three years", "DURATION", "P3Y")]),
    ("Drivers trained at odd hours and on weekends.", []),
])
# fmt: on
def test_preceding_years_and_hours_of_the_day(english, text, expected):
    assert read(english, text) == expected
