"""Quotes and speakers read off a ninth set of real reports: a name set off by a comma before
the description the parser made the subject ("X, the military's media wing said", "quoted
General X, the command's chief saying") is the speaker; proper words after lower-case
offices name a person, whatever the tagger read; a given name the tagger cut off after an
office word belongs to the name ("Alliance chief [Anders] Toft Mikkelsen"); a naming participle
after a report ("..., calling it “...”") goes with the reporter; an acronym of clipped words
("SOUTHCOM") names the body written in full; a noun of a body's people after its name
("Israeli army forces") is no fuller name of it; a person's spokesman is the spokesman named
in the next sentence; a caption word run into an article is dropped; a report closed by
"..., X told reporters" that the parser joined to the content's verb is X's; a quotation
left open at a paragraph's end after a report in other words is the next paragraph's
speaker's."""
import pytest

from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
SET_OFF_NAME = [
    ("The convoy was stopped at the bridge, the Joint Staff Public Affairs, the military's "
     "media wing said in the statement.",
     [("The convoy was stopped at the bridge", "Joint Staff Public Affairs")]),
    ("The statement also quoted General Mark Ellison, USEUCOM commander saying: \"We stand "
     "ready to help our allies.\"",
     [("We stand ready to help our allies.", "Mark Ellison")]),
    ("However, critics have pointed to other motives behind the plan, with Tom Lacey, the "
     "chief editor and director of WarWatch.org telling Radio Nine in a Sunday interview that "
     "“this shows that the government wants a wider war.”",
     [("this shows that the government wants a wider war.", "Tom Lacey")]),
    # near miss: "with" before a name ends a phrase of the clause before the speaker
    ("While the talks did not settle every dispute with Peter Omondi, the delegates said the "
     "meeting had produced progress.",
     [("the meeting had produced progress", "the delegates")]),
    # near miss: a name inside a clause of its own is not the description's
    ("After meeting Defence Minister Jan Nowak, the army chief said the brigade would stay.",
     [("the brigade would stay", "the army chief")]),
    # near miss: a place set off before the official is no speaker
    ("A drone was shot down by a battery over Basra, Iraq, the defence official says in a "
     "briefing.",
     [("A drone was shot down by a battery over Basra, Iraq", "the defence official")]),
]
PERSON_AFTER_OFFICES = [
    ("\"I'm sure they do not want to stay long,\" US historian and political commentator "
     "Nadia Oberholt said.",
     [("I'm sure they do not want to stay long,", "Nadia Oberholt")]),
    # near miss: an outlet after its description keeps its own name
    ("\"The talks will resume in May,\" the broadcaster Radio Nordsee said.",
     [("The talks will resume in May,", "Radio Nordsee")]),
]
GIVEN_NAME_CUT = [
    ("Alliance chief Anders Toft Mikkelsen said on Monday that Moscow had moved two more "
     "brigades to the frontier.",
     [("Moscow had moved two more brigades to the frontier", "Anders Toft Mikkelsen")]),
    ("NATO Secretary-General Anders Toft Mikkelsen said in Vilnius that two brigades had been "
     "moved.",
     [("two brigades had been moved", "Anders Toft Mikkelsen")]),
    # near miss: proper words of an office before a tagged name stay outside it
    ("Chief Patrol Agent Rodney Scott said the wall was finished.",
     [("the wall was finished", "Rodney Scott")]),
]
NAMING_AFTER_REPORT = [
    ("The army said the rebels had shelled the town, calling it \"a war crime\".",
     [("the rebels had shelled the town", "The army"), ("a war crime", "The army")]),
    # near miss: a naming participle inside what an agency reports stays in the content
    ("Moscow moved two brigades to the frontier, calling it \"an exercise\", the agency "
     "reported.",
     [("Moscow moved two brigades to the frontier, calling it \"an exercise\"", "the agency")]),
]
CLIPPED_ACRONYM = [
    ("The U.S. Southern Command said its ships intercepted a vessel near Aruba.\nIn a post on "
     "X, SOUTHCOM said the boat carried weapons.",
     [("its ships intercepted a vessel near Aruba", "U.S. Southern Command"),
      ("the boat carried weapons", "U.S. Southern Command")]),
    # near miss: initials of no body named in full are kept as written
    ("The U.S. Southern Command said its ships intercepted a vessel near Aruba.\nIn a post on "
     "X, NATO said the boat carried weapons.",
     [("its ships intercepted a vessel near Aruba", "U.S. Southern Command"),
      ("the boat carried weapons", "NATO")]),
]
MEMBERS_OF_A_BODY = [
    ("\"Jets destroyed two launchers near the river,\" the Israeli army said.\nIt added that "
     "the launchers \"posed a threat to Israeli army forces.\"",
     [("Jets destroyed two launchers near the river,", "Israeli army"),
      ("the launchers \"posed a threat to Israeli army forces.\"", "Israeli army")]),
    ("Brazilian Navy forces struck two camps near the border, a statement says.",
     [("Brazilian Navy forces struck two camps near the border", "Brazilian Navy")]),
    # near miss: a nation's forces name no body before them
    ("Ukrainian forces shelled the depot, a statement says.",
     [("Ukrainian forces shelled the depot", "Ukrainian forces")]),
]
SPOKESMAN_NAMED_NEXT = [
    ("President Pedro Alves's spokesman said the troops had been recalled weeks ago.\n\"We are "
     "not massing any forces,\" spokesman Joao Mendes said.",
     [("the troops had been recalled weeks ago", "Joao Mendes"),
      ("We are not massing any forces,", "Joao Mendes")]),
    # near miss: an office's spokesman with no person owning it waits for "made the remarks"
    ("The president's spokesman said the troops had been recalled weeks ago.\n\"We are not "
     "massing any forces,\" spokesman Joao Mendes said.",
     [("the troops had been recalled weeks ago", "The president's spokesman"),
      ("We are not massing any forces,", "Joao Mendes")]),
]
WORD_RUN_INTO_ARTICLE = [
    ("Coastal-photosThe Naval Staff says two corvettes left the port on Monday.",
     [("two corvettes left the port on Monday", "Naval Staff")]),
    ("The Naval Staff says two corvettes left the port on Monday.",
     [("two corvettes left the port on Monday", "Naval Staff")]),
]
TOLD_REPORTERS = [
    ("The cabinet intends to build two radar stations on the northern islands, Defence "
     "Minister Ken Sato told reporters on Tuesday.",
     [("The cabinet intends to build two radar stations on the northern islands", "Ken Sato")]),
    # near miss: a report the parser read whole keeps its reading
    ("The brigade will stay in the north, the minister told lawmakers, adding that it would "
     "train there.",
     [("The brigade will stay in the north", "the minister"),
      ("it would train there", "the minister")]),
]
OPEN_PARAGRAPH = [
    ("Two destroyers have reached the gulf, the navy said on Friday.\n“We have moved ships "
     "into the area that will change their plans.\n“We have two groups there, each with four "
     "escorts,” Commander Ana Ruiz told reporters.",
     [("Two destroyers have reached the gulf", "the navy"),
      ("We have moved ships into the area that will change their plans.", "Ana Ruiz"),
      ("We have two groups there, each with four escorts,", "Ana Ruiz")]),
    # near miss: carried on from a quotation, it stays that speaker's
    ("“We have moved ships into the area,” Commander Ana Ruiz said.\n“They will change their "
     "plans.\n“We have two groups there,” she added.",
     [("We have moved ships into the area,", "Ana Ruiz"),
      ("They will change their plans.", "Ana Ruiz"),
      ("We have two groups there,", "Ana Ruiz")]),
]
NATION_BEFORE_BODY = [
    ("The South African Joint Operations Command said that the rebels \"fired on the patrol "
     "near the river,\" the agency said.",
     [("the rebels \"fired on the patrol near the river,\"",
       "South African Joint Operations Command")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", SET_OFF_NAME + PERSON_AFTER_OFFICES + GIVEN_NAME_CUT
                         + NAMING_AFTER_REPORT + CLIPPED_ACRONYM + MEMBERS_OF_A_BODY
                         + SPOKESMAN_NAMED_NEXT + WORD_RUN_INTO_ARTICLE + TOLD_REPORTERS
                         + OPEN_PARAGRAPH + NATION_BEFORE_BODY)
def test_ninth_reading(nlp, text, expected):
    check_quotes(nlp, text, expected)
