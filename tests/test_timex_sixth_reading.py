"""Time expressions of a sixth reading of fresh reports: a digest's stamp with a full stop
after a full month name ("June. 3, 2021"), a release's dateline with its month in capitals,
live-blog stamps alone on their line or before their writer's name, the military "06:45
hours", a briefing's date and clock time joined by a double hyphen, "earlier" before a
weekday inside the extent, "the" before a day-month date that belongs to the noun after it,
and a transcript's own date line as the day its speakers' "today" means.

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
    # a full month name with a stop, in a digest's stamp, is the stamp's month
    ("Navy tests new drone\n\nJune. 3, 2021 09:15 AM EDT\n\nThe craft flew for an hour.",
     [("June. 3, 2021 09:15 AM EDT", "TIME", "2021-06-03T09:15"), ("an hour", "DURATION", "PT1H")]),
    ("Listed on July. 22, 2019, the order named two brigades.", [("July. 22, 2019", "DATE", "2019-07-22")]),
    # near misses: a stop that ends a sentence keeps the month and the year apart
    ("The brigade left in May. 2022 was a hard year for it.", [("May", "DATE", "2025-05"), ("2022", "DATE", "2022")]),
    ("The abbreviation keeps its stop: Aug. 4, 2020.", [("Aug. 4, 2020", "DATE", "2020-08-04")]),
])
# fmt: on
def test_a_full_month_name_with_a_stop_in_a_stamp(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("OSLO - 2 FEBRUARY 2024\nThe navy took over the corvette.", [("2 FEBRUARY 2024", "DATE", "2024-02-02")]),
    ("GDYNIA - 11 SEPTEMBER 2023 A tanker docked beside the frigate.", [("11 SEPTEMBER 2023", "DATE", "2023-09-11")]),
    # near misses: capitals without a day or a year are no date here
    ("THE DRILL WAS HELD IN SEPTEMBER BY THE FLEET.", []),
    ("Squad 2 MARCH went ahead of the column.", []),
])
# fmt: on
def test_a_datelines_month_in_capitals(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # a stamp alone on its line, or before the writer's name, stamps an entry
    ("14:52\nThe second convoy has crossed the river.", [("14:52", "TIME", "2025-12-19T14:52")]),
    ("Updates below\n\n    8:05\n\n    Crews reached the depot.", [("8:05", "TIME", "2025-12-19T08:05")]),
    ("Latest\n\n21:05 , Maria Lopez\n\nThe ministry confirmed the transfer.", [("21:05", "TIME", "2025-12-19T21:05")]),
    # near misses: a video's counter, a ratio inside a line, a stamp run into lower-case words
    ("Watch the clip\n0:00\n\nThe minister spoke for a minute.", [("a minute", "DURATION", "PT1M")]),
    ("The vote went 3:10 against the plan.", []),
    ("21:05 the ministry confirmed the transfer.", []),
])
# fmt: on
def test_a_live_blogs_stamp_alone_on_its_line(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The convoy is due at roughly 06:45 hours, the staff said.", [("06:45 hours", "TIME", "2025-12-19T06:45")]),
    ("We will close the range at approximately 21:00 hours.", [("21:00 hours", "TIME", "2025-12-19T21:00")]),
    # near misses: a one-digit hour before "hours" is a length, no clock; plain hours stay a span
    ("The crossing took 2:30 hours in heavy seas.", [("2:30 hours", "DURATION", "PT2H30M")]),
    ("The crossing took 30 hours in heavy seas.", [("30 hours", "DURATION", "PT30H")]),
])
# fmt: on
def test_a_military_clock_time_with_hours(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Tuesday, June 4, 2002 -- 1:05 p.m. EDT\n\nGood afternoon.",
     [("Tuesday, June 4, 2002 -- 1:05 p.m. EDT", "TIME", "2002-06-04T13:05")]),
    # near misses: a double hyphen before words, and a clock time on another line
    ("June 4, 2002 -- the range closed at dusk.", [("June 4, 2002", "DATE", "2002-06-04")]),
    ("June 4, 2002\n\n1:05 p.m. the convoy left.", [("June 4, 2002", "DATE", "2002-06-04"), ("1:05 p.m.", "TIME", "2002-06-04T13:05")]),
])
# fmt: on
def test_a_briefings_date_and_clock_joined_by_a_double_hyphen(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The rocket was fired earlier Sunday, the navy said.", [("earlier Sunday", "DATE", "2025-12-14")]),
    ("Guards fired warning shots earlier Tuesday near the gate.", [("earlier Tuesday", "DATE", "2025-12-16")]),
    # near misses: "earlier on" before the weekday, "earlier" set off by a comma or before a
    # lower-case word
    ("Earlier on Tuesday, guards fired warning shots.", [("Tuesday", "DATE", "2025-12-16")]),
    ("The rocket was fired earlier, Sunday's report said.", [("Sunday", "DATE", "2025-12-14")]),
    ("The rocket flew earlier than the drone on Sunday.", [("Sunday", "DATE", "2025-12-14")]),
])
# fmt: on
def test_earlier_before_a_weekday_is_inside_the_extent(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Talks stalled before the 9 June cut-off for the deal.", [("9 June", "DATE", "2025-06-09")]),
    ("Crews worked to meet the 28 February 2026 handover date.", [("28 February 2026", "DATE", "2026-02-28")]),
    # near misses: an ordinal day or "of" keeps its determiner
    ("The ships left on the 9th June, a sailor said.", [("the 9th June", "DATE", "2025-06-09")]),
    ("The ships left on the 9 of June, a sailor said.", [("the 9 of June", "DATE", "2025-06-09")]),
])
# fmt: on
def test_the_before_a_day_month_date_is_the_nouns(english, text, expected):
    assert read(english, text) == expected


BRIEFING = ("Friday, December 19, 2025\n\nTranscript\nBriefing on the Border Mission\n{date}\n\n"
            "MODERATOR: Thanks for joining today's call.")


# fmt: off
@pytest.mark.parametrize("heading,date_line,expected", [
    # a transcript posted a day after the briefing: its "today" is the briefing's
    ("Transcript", "Dec. 18, 2025", "2025-12-18"),
    ("News Transcript", "December 17, 2025", "2025-12-17"),
    # near misses: no transcript heading, a date line more than a week old, a date inside a line
    ("Summary", "Dec. 18, 2025", "2025-12-19"),
    ("Transcript", "Dec. 2, 2025", "2025-12-19"),
    ("Transcript", "Held on Dec. 18, 2025 in the hall", "2025-12-19"),
])
# fmt: on
def test_a_transcripts_date_line_is_the_day_of_its_speech(english, heading, date_line, expected):
    text = BRIEFING.replace("Transcript", heading).replace("{date}", date_line)
    found = read(english, text)
    assert found[-1] == ("today", "DATE", expected)
