"""Quotes and speakers read off a sixth set of real reports without gold: a speaker named in
a subordinate clause ("His words came after X said ...") breaks a chain of "he" as a
main-clause subject does; a capitalized surname the tagger read as a common noun is a source
when the document names that person in full; a name hung in apposition on the last noun of
an opening clause ("While ..., Envoy X, said") is the verb's subject; an agentless participle
on a noun ("also known as the ‘...’") names the noun, no one's words; "the army" after a
military that spoke takes up that military, not an army the text names only later; a
rank's short form ("Gen. X") names the office of "a senior general"; a definite office with
its body's words before it ("the defense ministry spokesperson") takes up the one holder of
that office who spoke before; "the military" takes up the armed body that spoke before it; a
minister named only inside another's report is no antecedent of "the minister"; "citing" a
reason after a request for anonymity reports nothing; a person "also known as" another name
keeps the name the document gives in full."""
import pytest
from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
CHAINS = [
    ("Tensions grew after rebel commander Viktor Orlov said the bridges were mined.\n\n"
     "Thomas Becker said the brigade had reached the mountain pass.\n\n"
     "\"We will hold it through the winter,\" he said.\n\n"
     "His words came a day after Orlov said that the rebels were gathering near the river.\n\n"
     "\"They will try to cross at night,\" he said on a radio show.",
     [("the bridges were mined", "Viktor Orlov"),
      ("the brigade had reached the mountain pass", "Thomas Becker"),
      ("We will hold it through the winter,", "Thomas Becker"),
      ("the rebels were gathering near the river", "Viktor Orlov"),
      ("They will try to cross at night,", "Viktor Orlov")]),
    # no one spoke in between: "he" goes on with the chain
    ("Tensions grew after rebel commander Viktor Orlov said the bridges were mined.\n\n"
     "Thomas Becker said the brigade had reached the mountain pass.\n\n"
     "\"We will hold it through the winter,\" he said.\n\n"
     "The rebels were gathering near the river a day later.\n\n"
     "\"They will try to cross at night,\" he said on a radio show.",
     [("the bridges were mined", "Viktor Orlov"),
      ("the brigade had reached the mountain pass", "Thomas Becker"),
      ("We will hold it through the winter,", "Thomas Becker"),
      ("They will try to cross at night,", "Thomas Becker")]),
]
SUBJECTS = [
    ("Rep. Anna Kowal, who chairs the panel, said the base should stay open. Kowal "
     "underscored that the runway must be rebuilt before the jets arrive.",
     [("the base should stay open", "Anna Kowal"),
      ("the runway must be rebuilt before the jets arrive", "Anna Kowal")]),
    # a capitalized word that is no one's surname: a weak verb needs a source
    ("Rep. Anna Kowal said the base should stay open. Rains underscored that the runway "
     "must be rebuilt.",
     [("the base should stay open", "Anna Kowal")]),
    ("While the talks did not settle every dispute, Kenya's envoy Peter Omondi, said the "
     "meeting had produced progress on border patrols.",
     [("the meeting had produced progress on border patrols", "Peter Omondi")]),
    # the name inside the opening clause, a subject of its own before the verb
    ("While the talks did not settle every dispute with Peter Omondi, the delegates said the "
     "meeting had produced progress.",
     [("the meeting had produced progress", "the delegates")]),
]
NAMINGS = [
    ("The Joint Training Command in Bavaria (JTC), also known as the ‘grey wolves’, will "
     "move to the coast in spring.",
     []),
    # a "by" agent names who called it so
    ("The plan, described by the senator as “reckless”, was dropped in June.",
     [("reckless", "the senator")]),
]
BODIES = [
    ("Norway's military said on Monday it had moved extra forces to the north.\n\n"
     "The army said its \"units improved their readiness for several scenarios.\"\n\n"
     "On Friday, the rebels handed two drones to the Swedish army, local sources said.",
     [("it had moved extra forces to the north", "Norway's military"),
      ("units improved their readiness for several scenarios.", "Norway's military"),
      ("On Friday, the rebels handed two drones to the Swedish army", "local sources")]),
    # no armed body spoke before: the army the text names
    ("The army said its units were ready for several scenarios.\n\n"
     "On Friday, the rebels handed two drones to the Swedish army, local sources said.",
     [("its units were ready for several scenarios", "Swedish army"),
      ("On Friday, the rebels handed two drones to the Swedish army", "local sources")]),
]
OFFICES = [
    ("Venezuela has moved most of its armored units to the western border, a senior general "
     "said Tuesday.\n\n\"Nearly all of the units are in place,\" Gen. Rafael Moreno Diaz told "
     "reporters in Caracas.",
     [("Venezuela has moved most of its armored units to the western border",
       "Rafael Moreno Diaz"),
      ("Nearly all of the units are in place,", "Rafael Moreno Diaz")]),
    # another rank: the description as written
    ("Venezuela has moved most of its armored units to the western border, a senior colonel "
     "said Tuesday.\n\n\"Nearly all of the units are in place,\" Gen. Rafael Moreno Diaz told "
     "reporters in Caracas.",
     [("Venezuela has moved most of its armored units to the western border",
       "a senior colonel"),
      ("Nearly all of the units are in place,", "Rafael Moreno Diaz")]),
    ("Nairobi, May 3 - The Spokesperson of the Ministry of Defense of Kenya, Colonel Joseph "
     "Mwangi Kariuki, stated that the troops had reached the border.\n\n\"We are preparing "
     "the units for the second phase,\" said the defense ministry spokesperson.",
     [("the troops had reached the border", "Joseph Mwangi Kariuki"),
      ("We are preparing the units for the second phase,", "Joseph Mwangi Kariuki")]),
    # no spokesperson spoke before: the description as written
    ("Nairobi, May 3 - Defence Minister Aden Duale stated that the troops had reached the "
     "border.\n\n\"We are preparing the units for the second phase,\" said the foreign "
     "ministry spokesperson.",
     [("the troops had reached the border", "Aden Duale"),
      ("We are preparing the units for the second phase,", "the foreign ministry spokesperson")]),
]
MILITARY_AND_MINISTERS = [
    ("The Danish military said on Wednesday that its jets had flown over the island. The "
     "exercise was held “as part of routine readiness drills,” the military said.",
     [("its jets had flown over the island", "Danish military"),
      ("The exercise was held “as part of routine readiness drills,”", "Danish military")]),
    # no armed body spoke before: the description as written
    ("Troops crossed the river at dawn. The exercise was held “as part of routine readiness "
     "drills,” the military said.",
     [("The exercise was held “as part of routine readiness drills,”", "the military")]),
    ("Defence Minister Kamal Aziz said the troops would leave shortly. The minister said Prime "
     "Minister Tariq Hamid had approved the plan. The senators pressed him after the minister "
     "said he could not give operational details.",
     [("the troops would leave shortly", "Kamal Aziz"),
      ("Prime Minister Tariq Hamid had approved the plan", "Kamal Aziz"),
      ("he could not give operational details", "Kamal Aziz")]),
    # the prime minister as the one the report is about: the minister taken up
    ("Prime Minister Tariq Hamid met the envoys on Monday. The minister said the troops would "
     "leave shortly.",
     [("the troops would leave shortly", "Tariq Hamid")]),
]
ALIASES = [
    ("Hassan Mahad Farah, a spokesman for the district council, said troops had arrived in the "
     "town. Farah, also known as Abu Hamza, spoke by phone on Monday and claimed that about "
     "800 soldiers had been sent.",
     [("troops had arrived in the town", "Hassan Mahad Farah"),
      ("about 800 soldiers had been sent", "Hassan Mahad Farah")]),
]
REASONS = [
    ("Another officer said the convoy had turned back. He did not want to be named, "
     "citing the delicacy of the negotiations.",
     [("the convoy had turned back", "Another officer")]),
    # no request for anonymity: what the minister put forward
    ("The minister defended the deal, citing a threat to the northern ports.",
     [("a threat to the northern ports", "The minister")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CHAINS + SUBJECTS + NAMINGS + BODIES + OFFICES
                         + MILITARY_AND_MINISTERS + ALIASES + REASONS)
def test_quotes_of_the_sixth_reading(nlp, text, expected):
    check_quotes(nlp, text, expected)
