"""Time expressions of a seventh reading of fresh reports: a briefing transcript's dotted
fiscal year ("F.Y. '27"), "the end of the decade", "the year ahead", "a matter of weeks" as
one span, a capital "Now" that begins a place's name inside a sentence, and a month-day that
names a past event before an event noun ("the Sept. 11 attacks").

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
    ("The F.Y. '27 request adds two tanker squadrons.", [("F.Y. '27", "DATE", "FY2027")]),
    ("Funding rose over the F.Y. 2024 level, the general said.", [("F.Y. 2024", "DATE", "FY2024")]),
    ("Compared with F.Y.'23, the cut is small.", [("F.Y.'23", "DATE", "FY2023")]),
    # near misses: the undotted forms keep their reading; lower-case initials or a clipped year
    # run into a word are no fiscal year
    ("The FY27 request adds two tanker squadrons.", [("FY27", "DATE", "FY2027")]),
    ("The memo, f.y. 27 in the files, lists two squadrons.", []),
    ("Unit F.Y. '27th moved north.", []),
])
# fmt: on
def test_a_dotted_fiscal_year(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The army hopes to field 300 launchers by the end of the decade.",
     [("the end of the decade", "DATE", "202")]),
    ("The last corvettes retire at the turn of the decade, officials said.",
     [("the turn of the decade", "DATE", "202")]),
    # the decade of the year narrated last
    ("The fleet was rebuilt in 1993 and grew again by the end of the decade.",
     [("1993", "DATE", "1993"), ("the end of the decade", "DATE", "199")]),
    # near misses: "this decade" keeps its reading; a span of decades stays a duration
    ("The navy plans six more hulls this decade.", [("this decade", "DATE", "202")]),
    ("The base has stood for decades.", [("decades", "DURATION", "PXDE")]),
])
# fmt: on
def test_the_end_of_the_decade(english, text, expected):
    assert read(english, text) == expected


def test_the_end_of_the_decade_without_a_report_date(english):
    assert read(english, "Four brigades are to convert by the end of the decade.", dct=None) == [
        ("the end of the decade", "DATE", "XXX")]


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Analysts expect more air-defence orders in the year ahead.", [("the year ahead", "DATE", "2026")]),
    ("The Year Ahead: what the navies will buy", [("The Year Ahead", "DATE", "2026")]),
    ("Crews will train on the new radar in the month ahead.", [("the month ahead", "DATE", "2026-01")]),
    # near misses: "ahead of" relates the year to an event; the plural stays a span
    ("Spending rose in the year ahead of the vote.", []),
    ("Deliveries will pick up in the years ahead.", [("the years ahead", "DURATION", "PXY")]),
])
# fmt: on
def test_the_year_ahead(english, text, expected):
    assert read(english, text) == expected


def test_the_year_ahead_without_a_report_date(english):
    assert read(english, "Shipyards brace for the year ahead.", dct=None) == [
        ("the year ahead", "DATE", "XXXX")]


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The second battery could be in place within a matter of weeks.", [("a matter of weeks", "DURATION", "PXW")]),
    ("The repairs took a matter of days, the yard said.", [("a matter of days", "DURATION", "PXD")]),
    # near misses: without "a matter of" the bare plural is the span; "a matter of hours
    # of training" still reads the span only
    ("The repairs took weeks, the yard said.", [("weeks", "DURATION", "PXW")]),
    ("It is a matter of principle, not of months.", [("months", "DURATION", "PXM")]),
])
# fmt: on
def test_a_matter_of_weeks(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Marines patrolled the market in Now Zad on a hot morning.", []),
    ("The convoy reached Now Shahr, the commander said.", []),
    # near misses: "Now" starting a sentence or a title-case headline, and a lower-case "now",
    # stay the present
    ("Now Kyiv has two more batteries.", [("Now", "DATE", "PRESENT_REF")]),
    ("Germany Is Now Sending Tanks", [("Now", "DATE", "PRESENT_REF")]),
    ("The brigade is now in Riga.", [("now", "DATE", "PRESENT_REF")]),
    ("Yes, Now Zad was quiet, he said, and now Lashkar Gah is too.", [("now", "DATE", "PRESENT_REF")]),
])
# fmt: on
def test_a_capital_now_that_begins_a_name(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The garrison was set up after the Sept. 11 attacks.", [("Sept. 11", "DATE", "2001-09-11")]),
    ("Two of the September 11 hijackers had trained abroad.", [("September 11", "DATE", "2001-09-11")]),
    ("Bases multiplied in the post-9/11 era, the study found.", [("9/11", "DATE", "2001-09-11")]),
    ("The 9/11 Commission urged a new command.", [("9/11", "DATE", "2001-09-11")]),
    # near misses: the same day without an event noun is this year's; another day before
    # "attacks" is read as before
    ("On September 11, the brigade moved to the coast.", [("September 11", "DATE", "2025-09-11")]),
    ("The March 11 attacks on the depot were repelled.", [("March 11", "DATE", "2025-03-11")]),
    ("The 11/9 attacks were never confirmed.", []),
])
# fmt: on
def test_a_month_day_that_names_a_past_event(english, text, expected):
    assert read(english, text) == expected


def test_an_event_day_without_a_report_date(english):
    assert read(english, "Troops were sent after the Sept 11 attacks.", dct=None) == [
        ("Sept 11", "DATE", "2001-09-11")]
