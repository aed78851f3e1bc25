"""Quotes and speakers read off a fourth set of real reports without gold: a new statement
("a statement said") speaks for the body its own content or the sentence before it names, a
statement a body was made to read is that body's, an announcement on a broadcaster is the
broadcaster's; "..., it adds." reports; a capital article inside a sentence stays with a
one-word outlet ("The Wire"), and no person takes "the"; an office set before a name with a
comma, which the parser made a second subject, is the name's, so a title line's office
("Joint Chiefs Chairman Says") takes up its holder, and "Putin's spokesman" the spokesman named
before; a person named only in another source's report is no pronoun's antecedent; "reported,
citing X, that"; a name deep in an opening participle's phrase speaks; title lines with a
colon before "says" or a dropped auxiliary; "A:" answers a briefing's labelled speaker; "the
daily" is the outlet named before; "the officer who did not want to be named" is the officer
met before; a claim noun owns the clause after it; hyphenated titles stay out of names; "Navy
and Army officials" share their noun."""
import pytest
from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
STATEMENTS = [
    ("Chile will send two frigates to the strait in March, an official statement said on Friday.",
     [("Chile will send two frigates to the strait in March", "Chile")]),
    # a person in the content issues no statement: the statement as written
    ("Admiral Soto will inspect the fleet in March, a statement said on Friday.",
     [("Admiral Soto will inspect the fleet in March", "a statement")]),
    ("The coast guard closed the harbour to fishermen. A statement read: \"We are watching "
     "the storm closely.\"",
     [("We are watching the storm closely.", "coast guard")]),
    ("The anchor was made to read a statement by the army. The statement says that the curfew "
     "will last a week.",
     [("the curfew will last a week", "army")]),
    ("An announcement on the state broadcaster RTN says that the airports will stay shut.",
     [("the airports will stay shut", "RTN")]),
]
IT_ADDS = [
    ("The navy issued a notice on Monday. Two more patrol boats have been sent north, it adds.",
     [("Two more patrol boats have been sent north", "The navy")]),
    # "it seems" reports nothing
    ("The radar works well, it seems.", []),
]
OUTLET_ARTICLES = [
    ("According to The Wire, the battalion left its barracks on Sunday.",
     [("the battalion left its barracks on Sunday", "The Wire")]),
    # an institution at a sentence's start drops its article
    ("The Pentagon said the battalion left its barracks on Sunday.",
     [("the battalion left its barracks on Sunday", "Pentagon")]),
    ("According to The Wire, General Tomas Reyes confirmed that the brigade had moved. "
     "\"Nothing will change on the border,\" he said.",
     [("General Tomas Reyes confirmed that the brigade had moved", "The Wire"),
      ("Nothing will change on the border,", "Tomas Reyes")]),
]
OFFICES = [
    ("Joint Chiefs Chairman Says Carriers Will Stay\nThe chairman of the Joint Chiefs, Admiral "
     "Ada Marsh said on Monday that the carriers would stay in the gulf.",
     [("Carriers Will Stay", "Ada Marsh"),
      ("the carriers would stay in the gulf", "Ada Marsh")]),
    # no holder named: the office as written
    ("Joint Chiefs Chairman Says Carriers Will Stay\nThe carriers would stay in the gulf, the "
     "admiralty said on Monday.",
     [("Carriers Will Stay", "Joint Chiefs Chairman"),
      ("The carriers would stay in the gulf", "the admiralty")]),
    ("Ivan Petrov, the spokesman for the Kremlin, said the talks were over. Later, Putin's "
     "spokesman added that no troops would move.",
     [("the talks were over", "Ivan Petrov"), ("no troops would move", "Ivan Petrov")]),
    ("Putin's spokesman added that no troops would move.",
     [("no troops would move", "Putin's spokesman")]),
    ("Coast Guard Director-General Ravi Menon said that the cutters had returned to port.",
     [("the cutters had returned to port", "Ravi Menon")]),
]
PRONOUNS = [
    ("General Marco Ruiz spoke to the troops at the base. \"You will be home by summer,\" Ruiz "
     "said. Local media reported that President Carl Mendes had ordered a pullout.\n\"Nobody "
     "here has told me otherwise,\" he said.",
     [("You will be home by summer,", "Marco Ruiz"),
      ("President Carl Mendes had ordered a pullout", "Local media"),
      ("Nobody here has told me otherwise,", "Marco Ruiz")]),
    # no one else spoke: the person of the report
    ("Local media reported that President Carl Mendes had ordered a pullout. \"Nobody here has "
     "told me otherwise,\" he said.",
     [("President Carl Mendes had ordered a pullout", "Local media"),
      ("Nobody here has told me otherwise,", "Carl Mendes")]),
]
REPORTS = [
    ("The Gazette reported, citing two officials, that the base would close in June.",
     [("the base would close in June", "Gazette")]),
    ("The Gazette reported the closure on Monday, citing two officials.", []),
    ("Speaking to sailors on New Year's Day, Admiral Tom Hale, the commander of the fleet, said "
     "the ships would stay in port.",
     [("the ships would stay in port", "Tom Hale")]),
    ("The Evening Post, a regional daily, covered the visit. The daily has published that the "
     "base would close in June.",
     [("the base would close in June", "Evening Post")]),
    # "Daily" as a word of the outlet's own name
    ("Fleet Daily, the official paper of the navy, warned on Monday that the move could bring "
     "reprisals.",
     [("the move could bring reprisals", "Fleet Daily")]),
    ("A senior police officer told the radio that the roads were closed. The officer who did "
     "not wish to be named said that the curfew would start at nine.",
     [("the roads were closed", "A senior police officer"),
      ("the curfew would start at nine", "A senior police officer")]),
    # a relative clause that picks out an officer: another one
    ("A senior police officer told the radio that the roads were closed. The officer who "
     "commands the unit said that the curfew would start at nine.",
     [("the roads were closed", "A senior police officer"),
      ("the curfew would start at nine", "The officer")]),
    # a report the parser hung on a noun of its content as a relative clause
    ("Minister Olga Berg rejects the rumours that the fleet has sailed, spread in Riga, the "
     "weekly Delta reports.",
     [("Minister Olga Berg rejects the rumours that the fleet has sailed, spread in Riga",
       "Delta")]),
    ("The army issued a statement denying claims spreading online that troops had crossed the "
     "river.", []),
    ("The army issued a statement denying that troops had crossed the river.",
     [("troops had crossed the river", "The army")]),
]
JOINT_SOURCES = [
    ("The brigade was relieved of its orders this weekend, Navy and Army officials said today.",
     [("The brigade was relieved of its orders this weekend", "Navy and Army officials")]),
    # two bodies by name speak together, each by its name
    ("Russia and Belarus said the drills would end on Sunday.",
     [("the drills would end on Sunday", "Russia and Belarus")]),
]
TITLE_LINES = [
    ("Lisbon says no extra frigates sent to Madeira\nLISBON, May 3: The government on Friday "
     "denied the reports.",
     [("no extra frigates sent to Madeira", "Lisbon")]),
    ("Coastal patrols doubled after the storm: says coast guard\nThe coast guard on Friday said "
     "patrols had doubled.",
     [("Coastal patrols doubled after the storm", "coast guard"),
      ("patrols had doubled", "The coast guard on Friday")]),
]
ANSWERS = [
    ("Mr. Lane: Good afternoon, everyone, and thanks for coming today.\n\nQ: Will the ships stay "
     "in the gulf?\n\nA: They stay there until June at the latest.",
     [("Good afternoon, everyone, and thanks for coming today.", "Lane"),
      ("They stay there until June at the latest.", "Lane")]),
    # no labelled speaker before it: an answer of no one named
    ("Q: Will the ships stay in the gulf?\n\nA: They stay there until June at the latest.", []),
]
# fmt: on


@pytest.mark.parametrize("text,expected", STATEMENTS + IT_ADDS + OUTLET_ARTICLES + OFFICES
                         + PRONOUNS + REPORTS + JOINT_SOURCES + TITLE_LINES + ANSWERS)
def test_quotes_of_the_fourth_reading(nlp, text, expected):
    check_quotes(nlp, text, expected)
