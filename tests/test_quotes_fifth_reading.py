"""Quotes and speakers read off a fifth set of real reports without gold: a description the
next sentence names (by an office written before the name, a bare appositive, or as the one
who "made the comments") is that person; "he added" goes on with the last speaker past someone
named in between who did not speak; "the diplomat" and "the politician" take up the last
person named with an office of that kind; "it stressed that" reports for the body before it; a
question put to the speaker ("when asked whether") is no quote of theirs, nor an intention
guessed under "might"; a report an outlet passes on after a speaker ("..., X said, the agency
reported") leaves X's content to X; a statement whose words name its body ("a navy
statement", not "a press statement") speaks as written, not for the body before it; a
statement's issuer is the subject that "made" it, or those it
was "made by", also where the parser hung the statement on the content's last noun; a new
statement after an outlet's report is not the outlet's; a one-word body keeps the proper
possessor it is written with ("The X Spokesperson's Unit"), and a body's name followed by a
lower-case word ("Union forces") is no fuller name of it; "Moreover, they warned, ..." reports
the rest of its sentence where the parser made the verb the root."""
import pytest
from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
NAMED_NEXT = [
    ("The navy will send two more corvettes to the strait, its new chief said on Monday. "
     "\"We have to be seen there,\" said Navy chief Admiral Tomas Brenner at the pier.",
     [("The navy will send two more corvettes to the strait", "Tomas Brenner"),
      ("We have to be seen there,", "Tomas Brenner")]),
    ("The drills will go on as planned, a ministry spokesperson said on Friday. \"The drills "
     "follow the usual calendar,\" Lena Okafor, spokesperson for the ministry, said at a briefing.",
     [("The drills will go on as planned", "Lena Okafor"),
      ("The drills follow the usual calendar,", "Lena Okafor")]),
    # another office in the next sentence: the description as written
    ("The drills will go on as planned, a ministry spokesperson said on Friday. \"The drills "
     "follow the usual calendar,\" Lena Okafor, director of the academy, said at a briefing.",
     [("The drills will go on as planned", "a ministry spokesperson"),
      ("The drills follow the usual calendar,", "Lena Okafor")]),
    ("The council will not send monitors before the vote, the council's chair said on Tuesday. "
     "Ambassador Pieter Dekker made the comments after a closed meeting.",
     [("The council will not send monitors before the vote", "Pieter Dekker")]),
    # the next sentence's person only attends: the description as written
    ("The council will not send monitors before the vote, the council's chair said on Tuesday. "
     "Ambassador Pieter Dekker attended the closed meeting.",
     [("The council will not send monitors before the vote", "the council's chair")]),
]
GOING_ON = [
    ("Karl Jensen said the frigates would sail in May. Foreign Minister Olaf Berg is expected "
     "to join the talks.\nHe added that the crews had finished their training.",
     [("the frigates would sail in May", "Karl Jensen"),
      ("the crews had finished their training", "Karl Jensen")]),
    # a verb that does not go on with the speaker: the person named last
    ("Karl Jensen said the frigates would sail in May. Foreign Minister Olaf Berg is expected "
     "to join the talks.\nHe warned that the crews had not finished their training.",
     [("the frigates would sail in May", "Karl Jensen"),
      ("the crews had not finished their training", "Olaf Berg")]),
]
KINDS_OF_OFFICE = [
    ("Ambassador Ruth Kamau met the press in the capital. The diplomat said the embassy would "
     "stay open.",
     [("the embassy would stay open", "Ruth Kamau")]),
    ("Harbour Mayor Ivo Petric met the fishermen on Monday. The politician said the patrol "
     "boats had chased his boat away.",
     [("the patrol boats had chased his boat away", "Ivo Petric")]),
    # no one named with such an office: as written
    ("Colonel Ivo Petric met the fishermen on Monday. The politician said the patrol boats "
     "had chased his boat away.",
     [("the patrol boats had chased his boat away", "The politician")]),
]
BODIES = [
    ("The Regional Security Board noted the delays with regret.\nIt stressed that the border "
     "posts would reopen only after the audit.",
     [("the border posts would reopen only after the audit", "Regional Security Board")]),
]
NOT_THEIR_WORDS = [
    ("Defence Minister Ana Ruiz spoke to reporters when asked whether the radars had been moved "
     "north.", []),
    # asked by the speaker: the question is theirs
    ("Defence Minister Ana Ruiz asked whether the radars had been moved north.",
     [("whether the radars had been moved north", "Ana Ruiz")]),
    # a question the speaker raises is theirs, asked or not
    ("\"We have to know the past,\" Ana Ruiz said, explaining why the old forts matter.",
     [("We have to know the past,", "Ana Ruiz"), ("why the old forts matter", "Ana Ruiz")]),
    ("The allies fear that the junta might want to close the airport.", []),
    ("The junta wants to close the airport, its spokesman said.",
     [("The junta wants to close the airport", "its spokesman")]),
]
STATEMENTS = [
    # the parser set the statement beside the content's last noun: still the subject
    ("\"The patrol boats fired two warning shots\" near the reef off the northern coast of "
     "the islands, a navy statement said. Fishermen said the boats left.",
     [("\"The patrol boats fired two warning shots\" near the reef off the northern coast of "
       "the islands", "a navy statement"),
      ("the boats left", "Fishermen")]),
    # a press statement names no body
    ("The border stays closed, a press statement said on Monday.",
     [("The border stays closed", "a press statement")]),
    ("According to Kyodo, the Joint Staff made a statement on the flights. According to the "
     "statement, four bombers crossed the strait.",
     [("the Joint Staff made a statement on the flights", "Kyodo"),
      ("four bombers crossed the strait", "Joint Staff")]),
    # a new statement after an outlet's report: not the outlet's
    ("The frigate left port early, according to Reuters. The captain met the mayor and "
     "\"discussed the patrols\", according to a statement after the visit.",
     [("The frigate left port early", "Reuters"),
      ("The captain met the mayor and \"discussed the patrols\"",
       "a statement after the visit")]),
    ("In a statement made by local officials, the curfew was lifted. The statement stressed "
     "that the roads would reopen.",
     [("the roads would reopen", "local officials")]),
]
BODY_NAMES = [
    ("The Navy Press Officer's Bureau said the drills had ended.",
     [("the drills had ended", "Navy Press Officer's Bureau")]),
    # an acronym names its body alone
    ("The South's JCS said the flights had stopped.",
     [("the flights had stopped", "JCS")]),
    # "Eastern Alliance forces" are the alliance's troops, no fuller name of it
    ("The Eastern Alliance said its troops would stay in the valley until spring. The Eastern "
     "Alliance forces lost two trucks in the pass.",
     [("its troops would stay in the valley until spring", "Eastern Alliance")]),
]
SET_IN = [
    # the parser made the set-in verb the root; "they" after a paragraph break goes on with
    # those who "cautioned" before it
    ("Defence analysts cautioned that the new base would take years to build.\nMoreover, "
     "they warned, several of the proposed sites, like the one near the harbour, sit on soft "
     "ground.",
     [("the new base would take years to build", "Defence analysts"),
      ("several of the proposed sites, like the one near the harbour, sit on soft ground",
       "Defence analysts")]),
    # too few words after the comma to be a report
    ("In the end, he said, nothing.", []),
]
PASSED_ON = [
    ("The board will not approve new bases unless the talks resume, the board's chairman said "
     "Friday, the agency reported.",
     [("The board will not approve new bases unless the talks resume", "the board's chairman")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", NAMED_NEXT + GOING_ON + KINDS_OF_OFFICE + BODIES
                         + NOT_THEIR_WORDS + STATEMENTS + BODY_NAMES + SET_IN + PASSED_ON)
def test_quotes_of_the_fifth_reading(nlp, text, expected):
    check_quotes(nlp, text, expected)
