"""Quotes and speakers read off a seventh set of real reports: two curly single marks
written for a double one (‘‘...’’) open and close one quotation; "the agency quoted the
general as saying" gives the words to the one quoted, even after the quotation; "the
officer" takes up the person named with a military rank; a participle after a fronted
report ("..., an official said on Sunday dismissing the reports") leaves the content to
the report; a gapped passive ("were killed and 14 wounded") and a list of acts after a
comma ("tracked ..., fired ... and detained ...") stay in the content; a hyphenated surname
is found by its last part; a page label ("KEY WORDS:") is no speaker."""
import pytest
from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
CASES = [
    # two single marks for a double one, and the one quoted after the quotation
    ("Colonel Marta Ilves said on Monday that the ferry line was closed.\n\n"
     "‘‘We saw three patrol boats near the pier,’’ the regional news service quoted the "
     "colonel as saying. ‘‘They left before dawn.’’",
     [("the ferry line was closed", "Marta Ilves"),
      ("We saw three patrol boats near the pier,", "Marta Ilves"),
      ("They left before dawn.", "Marta Ilves")]),
    # near miss: a name quoted by the agency, in curly double marks, as before
    ("“We saw three patrol boats near the pier,” the regional news service quoted Colonel "
     "Marta Ilves as saying.",
     [("We saw three patrol boats near the pier,", "Marta Ilves")]),
    # "the officer" after a spokesperson who holds a rank
    ("The navy will send two frigates, said Rear Admiral Tomas Greer, the spokesperson of "
     "the fleet.\n\"The crews are ready,\" said the officer.",
     [("The navy will send two frigates", "Tomas Greer"),
      ("The crews are ready,", "Tomas Greer")]),
    # near miss: a spokesperson with no rank is no officer
    ("The navy will send two frigates, said Helen Varga, the spokesperson of the fleet.\n"
     "\"The crews are ready,\" said the officer.",
     [("The navy will send two frigates", "Helen Varga"),
      ("The crews are ready,", "the officer")]),
    # a participle after the report, the content before it
    ("The navy is not sending ships to the strait, a senior naval officer said on Monday "
     "dismissing the rumours.",
     [("The navy is not sending ships to the strait", "a senior naval officer")]),
    # near miss: a bare participle clause with no report stays no quote
    ("Patrol boats arrive in Split, more expected to follow next month.", []),
    # a passive with its auxiliary left out, after "and"
    ("The governor said six civilians were killed and 14 wounded in the shelling.",
     [("six civilians were killed and 14 wounded in the shelling", "The governor")]),
    ("The governor said six civilians were killed and hundreds injured since then in the "
     "shelling. Officials said the power plant was shut.",
     [("six civilians were killed and hundreds injured since then in the shelling",
       "The governor"),
      ("the power plant was shut", "Officials")]),
    # a list of the content's acts, closed by "and"
    ("She added that the coast guard tracked the trawler, fired warning shots and finally "
     "detained its crew, without naming the vessel.",
     [("the coast guard tracked the trawler, fired warning shots and finally detained its "
       "crew", "She")]),
    # near miss: a list that ends in a report of its own is no list of the content's acts
    ("She added that the coast guard tracked the trawler, warned its crew and said the "
     "waters were closed.",
     [("the coast guard tracked the trawler", "She")]),
]
NAMES = [
    # a hyphenated surname found by its last part through "he"
    ("Armenian analyst Sergei Ter-Avakian stated that the depot was sold. Ter-Avakian is "
     "certain about it. He said that the trucks were sent north.",
     [("the depot was sold", "Sergei Ter-Avakian"),
      ("the trucks were sent north", "Sergei Ter-Avakian")]),
    # near miss: a surname of its own stays that person's
    ("Anna Holm-Berg said the port was closed. Berg said the roads were open.",
     [("the port was closed", "Anna Holm-Berg"), ("the roads were open", "Berg")]),
]
NOT_SPEAKERS = [
    ("A defence ministry spokesperson said the frigates were sent to warn the ship.\n\n"
     "KEY WORDS: Baltic Sea",
     [("the frigates were sent to warn the ship", "A defence ministry spokesperson")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES + NAMES + NOT_SPEAKERS)
def test_seventh_reading(nlp, text, expected):
    check_quotes(nlp, text, expected)
