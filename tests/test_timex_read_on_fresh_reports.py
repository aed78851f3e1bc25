"""Time expressions as fresh reports write them: relations ("this past week", "this Tuesday"
by tense, "last June 19"), a year written once for two months, "at present", "lately",
"in the fall", "on the eve", outlets called "the daily", and the tense of schedules, of
"would", of a participle wanted for an object and of a source under "according to".

Every case is read gated, ungated and without the window prefilter, which must agree.
The sentences are written for these tests.
"""
import pytest

from conftest import english_model as english  # noqa: F401  (the module's model fixture)
from conftest import timexes_read_three_ways

DCT = "2025-12-19"   # a Friday, ISO week 51


def read(english, text, dct=DCT):
    return timexes_read_three_ways(english, text, dct)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Two frigates left the harbour this past week.", [("this past week", "DATE", "2025-W50")]),
    ("The reservists went home this past weekend.", [("this past weekend", "DATE", "2025-W50-WE")]),
    ("The drones came back this past Tuesday.", [("this past Tuesday", "DATE", "2025-12-16")]),
    # "the past week" with its article stays a span of one week
    ("Shelling grew over the past week.", [("the past week", "DURATION", "P1W")]),
])
# fmt: on
def test_this_past_is_the_period_just_gone(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The general staff announced this Wednesday that the brigade had moved.",
     [("this Wednesday", "DATE", "2025-12-17")]),
    ("The envoys will sit down this Wednesday in Geneva.", [("this Wednesday", "DATE", "2025-12-24")]),
])
# fmt: on
def test_this_weekday_follows_the_tense(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The radars should reach the coast in April or May 2027.",
     [("April", "DATE", "2027-04"), ("May 2027", "DATE", "2027-05")]),
    ("Crews trained there between September and October 2023.",
     [("September", "DATE", "2023-09"), ("October 2023", "DATE", "2023-10")]),
    # a range over the new year starts in the year before its end
    ("The exercise lasted from December to January 2024, the navy said.",
     [("December", "DATE", "2023-12"), ("January 2024", "DATE", "2024-01")]),
    # near miss: a year after a comma and another clause is not shared
    ("The talks began in October, and in November 2023 the deal fell through.",
     [("October", "DATE", "2025-10"), ("November 2023", "DATE", "2023-11")]),
])
# fmt: on
def test_a_year_written_once_serves_both_months(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The corvette was handed over last August 12 at the naval yard.",
     [("last August 12", "DATE", "2025-08-12")]),
    ("The next drills are set for next February 2 off the coast.",
     [("next February 2", "DATE", "2026-02-02")]),
    ("The plan agreed on this March 30 still holds.", [("this March 30", "DATE", "2025-03-30")]),
])
# fmt: on
def test_a_relation_word_before_a_month_day(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("At present the battalion holds the ridge.", [("present", "DATE", "PRESENT_REF")]),
    ("The unit is, at present, under repair.", [("present", "DATE", "PRESENT_REF")]),
    ("Supply convoys have lately used the northern road.", [("lately", "DATE", "PAST_REF")]),
    # "present" and "future" as adjectives name no time
    ("The present commander took over in spring.", [("spring", "DATE", "2025-SP")]),
    ("The future corvette Kuznetsov was launched on Monday.", [("Monday", "DATE", "2025-12-15")]),
    ("The navy will need more ships in the future.", [("the future", "DATE", "FUTURE_REF")]),
])
# fmt: on
def test_present_lately_and_adjectives(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The business daily Kommersant wrote on Monday that the order grew.",
     [("Monday", "DATE", "2025-12-15")]),
    ("A report in the daily newspaper Trud named the unit.", []),
    ("The order was first reported by the Vedomosti daily on Tuesday.",
     [("Tuesday", "DATE", "2025-12-16")]),
    # a name, its description, then a word that reports
    ("Izvestia daily reported on Monday that the order grew.", [("Monday", "DATE", "2025-12-15")]),
    ("The colonel was cited by Novaya daily as saying the unit had left.", []),
    # a frequency all the same
    ("Drones strike the city daily, the mayor said.", [("daily", "SET", "P1D")]),
    ("Drones strike Odesa daily, the mayor said.", [("daily", "SET", "P1D")]),
    ("Ferries run daily Tuesday to Friday, the port said.",
     [("daily", "SET", "P1D"), ("Tuesday", "DATE", "2025-12-16"), ("Friday", "DATE", "2025-12-19")]),
])
# fmt: on
def test_the_daily_of_an_outlet_is_no_frequency(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Two more batteries are slated to arrive in the fall.", [("the fall", "DATE", "2026-FA")]),
    ("The brigade rotated out during the fall, officers said.", [("the fall", "DATE", "2025-FA")]),
    # the falling of a city or of prices
    ("Since the fall of the city the front has not moved.", []),
    ("Analysts blamed the weather for the fall in output.", []),
])
# fmt: on
def test_the_fall_after_a_preposition_of_time(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,dct,expected", [
    # a schedule read from its participle where the lemma is wrong ("slated")
    ("The howitzers are slated to reach the front in March.", DCT, [("March", "DATE", "2026-03")]),
    ("The howitzers are due to reach the front in March.", DCT, [("March", "DATE", "2026-03")]),
    # a past schedule does not look ahead
    ("The howitzers were due to reach the front in October.", DCT, [("October", "DATE", "2025-10")]),
    # "would" looks ahead from a past time as often as from the report's: the nearest day
    ("Asked on Thursday, the minister would not say where the jets were.", DCT,
     [("Thursday", "DATE", "2025-12-18")]),
    ("Officials said the jets would land on Monday.", DCT, [("Monday", "DATE", "2025-12-22")]),
    # the participle of the state wanted for an object looks ahead with its verb
    ("The aim is to have the bridge repaired by March 10.", DCT, [("March 10", "DATE", "2026-03-10")]),
    ("The ministry wants the shelters finished by February 1.", DCT, [("February 1", "DATE", "2026-02-01")]),
    ("The crews repaired the bridge damaged on March 10.", DCT, [("March 10", "DATE", "2025-03-10")]),
    # a source under "according to" has already spoken
    ("The missiles will be fielded next year, according to a November briefing.", DCT,
     [("next year", "DATE", "2026"), ("November", "DATE", "2025-11")]),
])
# fmt: on
def test_tense_of_schedules_would_participles_and_sources(english, text, dct, expected):
    assert read(english, text, dct) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The second battery enters service in the second half of February.",
     [("the second half of February", "DATE", "2026-02")]),
    ("The tanks were refitted in the first half of June 2024.",
     [("the first half of June 2024", "DATE", "2024-06")]),
    # a wire stamp whose date and clock time a bar divides
    ("Defence desk\n2025-12-18 | 21:40\nThe convoy crossed at dusk.",
     [("2025-12-18 | 21:40", "TIME", "2025-12-18T21:40")]),
])
# fmt: on
def test_half_of_a_month_and_a_piped_stamp(english, text, expected):
    assert read(english, text) == expected


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("On the eve, the governor said a column of trucks had left the depot.",
     [("the eve", "DATE", "2025-12-18")]),
    ("The brigade reached the river on June 4. On the eve, sappers had cleared the bank.",
     [("June 4", "DATE", "2025-06-04"), ("the eve", "DATE", "2025-06-03")]),
    # "the eve of" an event is anchored to it, not a day of its own
    ("Shelling rose on the eve of the ceasefire talks.", []),
])
# fmt: on
def test_on_the_eve_is_the_day_before(english, text, expected):
    assert read(english, text) == expected
