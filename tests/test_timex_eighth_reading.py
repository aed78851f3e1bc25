"""Time expressions of an eighth reading of fresh reports: an undated page listing entries
under date lines of their own, counted decades and "for over" a length, and an undated
text's month-days told after a full date.

Every case is read gated, ungated and without the window prefilter, which must agree; each rule
has near misses that keep their old reading. The sentences are written for these tests.
"""
import pytest

from conftest import english_model as english  # noqa: F401  (the module's model fixture)
from conftest import timexes_read_three_ways

DCT = "2025-12-19"   # a Friday


def read(english, text, dct=DCT):
    return timexes_read_three_ways(english, text, dct)


LISTING = ("Convoy notes\n\n  \u2022 March 3, 2021\n\nA supply column reached the harbor on Monday.\n\n"
           "  \u2022 July 14, 2019\n\nIn January, the patrol boats had sailed north.\n")


def test_each_entry_of_an_undated_listing_reads_from_its_own_date(english):
    assert read(english, LISTING, dct=None) == [
        ("March 3, 2021", "DATE", "2021-03-03"), ("Monday", "DATE", "2021-03-01"),
        ("July 14, 2019", "DATE", "2019-07-14"), ("January", "DATE", "2019-01")]


def test_a_listing_with_a_report_date_reads_from_the_report_date(english):
    # near miss: the rule is for pages without a date of their own
    assert read(english, LISTING, dct="2022-01-12")[:2] == [
        ("March 3, 2021", "DATE", "2021-03-03"), ("Monday", "DATE", "2022-01-10")]


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # near miss: a full date inside a running line heads no entry
    ("Convoy notes\n\nThe column left on March 3, 2021, crews said.\n\nIt reached the harbor on "
     "Monday.\n\nA second one left on July 14, 2019, officers said.\n",
     [("March 3, 2021", "DATE", "2021-03-03"), ("Monday", "DATE", "XXXX-WXX-1"),
      ("July 14, 2019", "DATE", "2019-07-14")]),
    # near miss: one date line (twice the same date) dates the whole page, as before
    ("Convoy notes\n\n  March 3, 2021\n\nThe column reached the harbor on Monday.\n\n"
     "  March 3, 2021\n\nIn January, the boats had sailed north.\n",
     [("March 3, 2021", "DATE", "2021-03-03"), ("Monday", "DATE", "2021-03-01"),
      ("March 3, 2021", "DATE", "2021-03-03"), ("January", "DATE", "2021-01")]),
])
# fmt: on
def test_listing_near_misses(english, text, expected):
    assert read(english, text, dct=None) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The corvettes patrolled the strait for over three decades.",
     [("over three decades", "DURATION", "P3DE")]),
    ("For over two weeks the ferry stayed in port.", [("over two weeks", "DURATION", "P2W")]),
    ("The treaty held for two decades before it lapsed.", [("two decades", "DURATION", "P2DE")]),
    ("Over the past four decades the base has grown.", [("the past four decades", "DURATION", "P4DE")]),
    # near misses: one decade stays ten years; "over" not after "for" is a preposition
    ("The yard has built hulls for over a decade.", [("over a decade", "DURATION", "P10Y")]),
    ("The refit took a decade and a half.", [("a decade and a half", "DURATION", "P15Y")]),
    ("Over five years the fleet doubled in size.", [("five years", "DURATION", "P5Y")]),
    ("The radar's range: over 30 hours of endurance.", [("30 hours", "DURATION", "PT30H")]),
])
# fmt: on
def test_counted_decades_and_a_bounded_length(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The pass was valid until Feb 2, 2023. The ministry said on January 28 that the tanks had left.",
     [("Feb 2, 2023", "DATE", "2023-02-02"), ("January 28", "DATE", "2023-01-28")]),
    ("A photo dated Oct. 3, 2022 shows the launcher. Crews had moved it there on Sept. 29.",
     [("Oct. 3, 2022", "DATE", "2022-10-03"), ("Sept. 29", "DATE", "2022-09-29")]),
    ("Work on the pier ended on March 5, 2020. It had begun in late February.",
     [("March 5, 2020", "DATE", "2020-03-05"), ("late February", "DATE", "2020-02")]),
    # near misses: another tense, a bracketed citation, or no full date before keep the year open
    ("A photo dated Oct. 3, 2022 shows the launcher. Crews will move it on Sept. 29.",
     [("Oct. 3, 2022", "DATE", "2022-10-03"), ("Sept. 29", "DATE", "XXXX-09-29")]),
    ("The dock opened on June 28, 2022, and the first hull followed (Harbor Gazette, June 12).",
     [("June 28, 2022", "DATE", "2022-06-28"), ("June 12", "DATE", "XXXX-06-12")]),
    ("Crews had moved the launcher on Sept. 29, officials said.",
     [("Sept. 29", "DATE", "XXXX-09-29")]),
])
# fmt: on
def test_an_undated_month_day_told_after_a_full_date(english, text, expected):
    assert read(english, text, dct=None) == expected


def test_a_dated_month_day_keeps_the_report_year(english):
    # near miss: with a report date the tense picks the year against it, as before
    assert read(english, "A photo dated Oct. 3, 2022 shows the launcher. Crews had moved it on Sept. 29.",
                dct="2025-12-19") == [("Oct. 3, 2022", "DATE", "2022-10-03"), ("Sept. 29", "DATE", "2025-09-29")]
