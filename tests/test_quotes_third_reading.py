"""Quotes and speakers read off a third set of real reports without gold: a transcript label
gives the name after its titles ("MR. HOLT" is Dana Holt) and holds the paragraphs of its turn
below it; a label may carry a rank before a two-word name; an acronym spelled out in brackets
names its body even where the tagger read it as a person; a name that opens the one longer
name the document gives takes up that name (a second surname); a ranked name closing an
office's phrase holds the office; a title line giving a named person's words in a finite
clause is a quote; "according to X" keeps the participle and "while" clauses of its account,
opens after "But", and "according to what X told Y" is X's; a lower-case word before a media
noun is no outlet's name."""
import pytest
from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
LABEL_TITLES = [
    ("Press Secretary Dana Holt took questions on the frigates.\n\nMS. HOLT: The two frigates "
     "left Souda Bay on Friday.\n\nQ Will they stop in Malta?\n\nMS. HOLT: No port call is "
     "planned for this leg.\n",
     [("The two frigates left Souda Bay on Friday.", "Dana Holt"),
      ("No port call is planned for this leg.", "Dana Holt")]),
    # the document writes the name only in the label: the name as the label writes it
    ("Briefing on the tanker escorts\n\nCHIEF OF STAFF RENNER: The escorts begin next week.\n"
     "\nREPORTER: How many ships take part?\n\nCHIEF OF STAFF RENNER: Four ships, all from "
     "the northern fleet.\n",
     [("The escorts begin next week.", "RENNER"),
      ("How many ships take part?", "REPORTER"),
      ("Four ships, all from the northern fleet.", "RENNER")]),
]
TURN_PARAGRAPHS = [
    ("Press Secretary Dana Holt took questions.\n\nMS. HOLT: The two frigates left Souda Bay "
     "on Friday.\n\nBoth will return to port before the winter storms set in.\n\nAnna.\n\nQ "
     "Will they stop in Malta?\n\nMS. HOLT: No port call is planned for this leg.\n",
     [("The two frigates left Souda Bay on Friday.", "Dana Holt"),
      ("Both will return to port before the winter storms set in.", "Dana Holt"),
      ("No port call is planned for this leg.", "Dana Holt")]),
    # one labelled line is no transcript: the paragraph below is the author's
    ("Press Secretary Dana Holt took questions.\n\nMS. HOLT: The two frigates left Souda Bay "
     "on Friday.\n\nBoth ships belong to the squadron that arrived in the spring.\n",
     [("The two frigates left Souda Bay on Friday.", "Dana Holt")]),
]
ACRONYMS = [
    ("The northern approaches stay under watch. This was stated by the United States Northern "
     "Command (NORTHCOM) in a notice on Tuesday. In a post on X, NORTHCOM stated that its "
     "crews are ready to act.",
     [("The northern approaches stay under watch", "United States Northern Command"),
      ("its crews are ready to act", "United States Northern Command")]),
    # an acronym the document never spells out stays as written
    ("In a post on X, NORTHCOM stated that its crews are ready to act.",
     [("its crews are ready to act", "NORTHCOM")]),
]
SECOND_SURNAMES = [
    ("Bruno Rodríguez Warns Of Naval Build-up\nForeign Minister Bruno Rodríguez Parrilla "
     "wrote on Tuesday about the ships. \"The warships put the whole region at risk,\" "
     "Rodríguez said.",
     [("The warships put the whole region at risk,", "Bruno Rodríguez Parrilla")]),
]
RANKED_CLOSINGS = [
    ("Navy spokesperson for the Western Command Captain Maria Lopez said the patrol boats "
     "left the harbour.",
     [("the patrol boats left the harbour", "Maria Lopez")]),
    # an office's phrase naming whom the speaker serves: kept as written
    ("The spokesman for President Joe Biden said the patrol boats left the harbour.",
     [("the patrol boats left the harbour", "The spokesman for President Joe Biden")]),
]
TITLE_LINES = [
    ("Lindqvist: Patrol boats reached the island on Monday\n\nSTOCKHOLM — Navy chief Erik "
     "Lindqvist spoke to reporters at the harbour on Tuesday.",
     [("Patrol boats reached the island on Monday", "Erik Lindqvist")]),
    # an announcement with no tensed verb stays a headline
    ("Lindqvist: Sweden to send patrol boats to the island\n\nSTOCKHOLM — Navy chief Erik "
     "Lindqvist spoke to reporters at the harbour on Tuesday.", []),
]
ACCORDING_TO = [
    ("According to the ministry, the gunners tracked nine drones, downing seven of them, "
     "while the other two crashed in a field.",
     [("the gunners tracked nine drones, downing seven of them, while the other two crashed "
       "in a field", "the ministry")]),
    # the author's comment on the account is not the source's
    ("According to the president, the first launchers have been set up, signaling a quick "
     "build-up on the border.",
     [("the first launchers have been set up", "the president")]),
    # a report by a verb of speech still ends where its speaker's next act begins
    ("The ministry said the gunners tracked nine drones, adding that more were expected.",
     [("the gunners tracked nine drones", "The ministry"), ("more were expected", "The ministry")]),
    ("But according to Defence Secretary Jane Roe, who on Monday gave the first official word "
     "of the test, the rocket flew 2,000 kilometres.",
     [("the rocket flew 2,000 kilometres", "Jane Roe")]),
    ("Earlier this week, according to what an official in the Defence Ministry told Reuters, "
     "the two sides met in the capital.",
     [("the two sides met in the capital", "an official in the Defence Ministry")]),
    # the outlet named as the source itself is the source
    ("Earlier this week, according to Reuters, the two sides met in the capital.",
     [("the two sides met in the capital", "Reuters")]),
]
SPEECH_VERBS = [
    ("The ministry reaffirmed that the armed forces remain fully ready to meet any threat.",
     [("the armed forces remain fully ready to meet any threat", "The ministry")]),
    ("A security manager paraphrased the rule this way: \"The list of sites must be kept "
     "secret.\"",
     [("The list of sites must be kept secret.", "A security manager")]),
    # a feeling expressed is no report of speech
    ("In March, the island had expressed confidence that the first jets would land this year.",
     []),
]
MEDIA_NOUNS = [
    ("The army has sent more ships to the reef, reported the state news agency.",
     [("The army has sent more ships to the reef", "state news agency")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", LABEL_TITLES + TURN_PARAGRAPHS + ACRONYMS + SECOND_SURNAMES
                         + RANKED_CLOSINGS + TITLE_LINES + ACCORDING_TO + SPEECH_VERBS
                         + MEDIA_NOUNS)
def test_quotes_of_the_third_reading(nlp, text, expected):
    check_quotes(nlp, text, expected)
