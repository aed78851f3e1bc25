"""Quotes and speakers read off a tenth set of real reports: a bare "the report" takes up an
outlet cited as reporting, though its name carries no outlet word ("..., KTV reported.
According to the report, ..."); a passive "were reported" with neither agent nor clause is
content before "according to X"; a country or capital in capitals labelled once over
narration is a dateline wherever the story opens; a web address is no speaker; a government
or mission named by common nouns is cited without its article; after a negated content, a
verb joined by "but" with no subject of its own is the content's other half; a report closed
by its verb that the parser hung on the sentence's first clause takes that clause too;
"intimated that" reports; "CS" is a title before a name."""
import pytest

from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
REPORT_TAKEN_UP = [
    ("Engineers began laying a road near the pass, KTV reported on Tuesday. According to the "
     "report, two more brigades will follow by spring.",
     [("Engineers began laying a road near the pass", "KTV"),
      ("two more brigades will follow by spring", "KTV")]),
    # near miss: a body's own report stays the body's
    ("The ministry published its annual report on Monday. The report said 40 tanks were "
     "repaired.",
     [("40 tanks were repaired", "The ministry")]),
]
PASSIVE_REPORTED = [
    ("The freighter was not struck by the drone and no casualties or damage were reported, "
     "according to the coast guard.",
     [("The freighter was not struck by the drone and no casualties or damage were reported",
       "coast guard")]),
    ("No damage has been reported, according to the port authority, which runs the harbour.",
     [("No damage has been reported", "the port authority")]),
    # near miss: a report with its own agent is reported at second hand, no content
    ("The talks were reported by state television, according to the embassy.", []),
]
DATELINE_AND_LINK = [
    ("Border talks stall as both sides add troops\n"
     "Officials on each side say more units are on the way, and the standoff shows no sign "
     "of ending soon.\n"
     "A soldier keeps watch at a mountain post on the frontier road in the north, in a "
     "picture taken last month (File photo | Agency)\n"
     "A soldier keeps watch at a mountain post on the frontier road in the north, in a "
     "picture taken last month (File photo | Agency)\n\n"
     "HANOI: More troops and border guards have been moved to the northern frontier where "
     "the two armies have faced each other since early spring.",
     [("more units are on the way", "Officials on each side")]),
    # near miss: labels of people in a transcript stay speakers
    ("JONES: We will send the ships next week.\nSMITH: That is good news for the region.",
     [("We will send the ships next week.", "JONES"),
      ("That is good news for the region.", "SMITH")]),
    ("Secure sites use HTTPS.\n\nA padlock ( padlock ) or https:// means you have safely "
     "connected to the .org portal. Share private details only on safe sites.", []),
]
BODY_WITHOUT_ARTICLE = [
    ("The Chadian government said in a statement that no foreign fighters had entered the "
     "country.",
     [("no foreign fighters had entered the country", "Chadian government")]),
    ("The UN mission in South Sudan said its patrol had been stopped at a checkpoint.",
     [("its patrol had been stopped at a checkpoint", "UN mission in South Sudan")]),
    # near miss: an administration named after a city keeps its article, as cited
    ("The Kyiv administration said the shelter would open on Monday.",
     [("the shelter would open on Monday", "The Kyiv administration")]),
]
NOT_THIS_BUT_THAT = [
    ("The council said on Friday that the frigate did not fire, but shadowed the trawlers "
     "for an hour.",
     [("the frigate did not fire, but shadowed the trawlers for an hour", "The council")]),
    # near misses: a refusal or a further report after "but" stays the speaker's
    ("The ministry said the jets had not arrived, but declined to give a date.",
     [("the jets had not arrived", "The ministry")]),
    ("Police said the suspect did not resist, but added that he was armed.",
     [("the suspect did not resist", "Police"), ("he was armed", "Police")]),
]
OPENING_CLAUSE = [
    ("Rebels fired rockets at the base, but two were shot down and the third fell short, the "
     "army has said.",
     [("Rebels fired rockets at the base, but two were shot down and the third fell short",
       "the army")]),
    # near miss: a clause with its own report keeps it
    ("The army said rebels fired rockets, but two were shot down, a spokesman added.",
     [("rebels fired rockets", "The army"), ("two were shot down", "a spokesman")]),
]
SMALLER = [
    ("The police chief further intimated that the premier had welcomed the team at the base.",
     [("the premier had welcomed the team at the base", "The police chief")]),
    ("Foreign Affairs Cabinet Secretary Jane Wanjiru has said the country will send 500 "
     "officers. In a statement, CS Wanjiru said the officers will train local police.",
     [("the country will send 500 officers", "Jane Wanjiru"),
      ("the officers will train local police", "Jane Wanjiru")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", REPORT_TAKEN_UP + PASSIVE_REPORTED + DATELINE_AND_LINK
                         + BODY_WITHOUT_ARTICLE + NOT_THIS_BUT_THAT + OPENING_CLAUSE + SMALLER)
def test_tenth_reading(nlp, text, expected):
    check_quotes(nlp, text, expected)
