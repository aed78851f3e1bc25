"""Quotes and speakers read off an eleventh set of real reports: a body's proper name of
several words takes the country that owns it where the text wrote one before ("the Joint
Chiefs of Staff" after "Chile's Joint Chiefs of Staff"), though not a service's possessive
between them; a description taken up by a body's head word ("the ministry") takes the wider
form of the body named before it, not another spelling of it."""
import pytest

from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
COUNTRY_OWNED_NAME = [
    ("Two patrol boats left port on Friday, Chile's Joint Chiefs of Staff said.\n"
     "The boats headed south towards the strait, the Joint Chiefs of Staff said.",
     [("Two patrol boats left port on Friday", "Chile's Joint Chiefs of Staff"),
      ("The boats headed south towards the strait", "Chile's Joint Chiefs of Staff")]),
    # the owner written in lower case with the words, as the text gave them
    ("A rocket was launched from the coast, according to Peru's joint command staff.\n"
     "The rocket fell into the sea, the Joint Command Staff said.",
     [("A rocket was launched from the coast", "Peru's joint command staff"),
      ("The rocket fell into the sea", "Peru's joint command staff")]),
    # near miss: a service between the country and the name owns the body, not its name
    ("A drone was seen over the port, according to the Chilean navy's Joint Command Staff.\n"
     "The drone flew north, the Joint Command Staff said.",
     [("A drone was seen over the port", "Joint Command Staff"),
      ("The drone flew north", "Joint Command Staff")]),
    # near miss: a country owns other words of a name; the name stays as written
    ("Peru's Joint Logistics Staff sent two barges north on Monday.\n"
     "The drills will go on until May, the Joint Command Staff said.",
     [("The drills will go on until May", "Joint Command Staff")]),
]
WIDER_FORM_TAKEN_UP = [
    ("Three frigates sailed past the islands, Norway's Ministry of Defence said.\n"
     "The frigates left the area on Sunday, the Defence Ministry said on Monday.\n"
     "They held gunnery drills to the west, the ministry said.",
     [("Three frigates sailed past the islands", "Norway's Ministry of Defence"),
      ("The frigates left the area on Sunday", "Norway's Ministry of Defence"),
      ("They held gunnery drills to the west", "Norway's Ministry of Defence")]),
    # near miss: another spelling of the same body is no wider form; "the ministry" keeps
    # the form named nearest before it
    ("Six warplanes crossed the line, the Finnish defence ministry said.\n"
     "Finland's defence ministry said on Sunday that two more had been tracked.\n"
     "The planes turned back before noon, the ministry said.",
     [("Six warplanes crossed the line", "Finnish defence ministry"),
      ("two more had been tracked", "Finnish defence ministry"),
      ("The planes turned back before noon", "Finland's defence ministry")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", COUNTRY_OWNED_NAME + WIDER_FORM_TAKEN_UP)
def test_eleventh_reading(nlp, text, expected):
    check_quotes(nlp, text, expected)
