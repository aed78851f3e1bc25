"""Speakers and spans read off briefings and wire copy without gold: "he" after an unnamed
holder of a role who spoke after a person was named takes up that holder; the capitalised
words of an office between its title word and a fully tagged name stay out of the name;
"the official, who ..." set off by a comma is still the official met before; and a
participle joined to the content's perfect verb by "and" shares its auxiliary and object;
a transcript's label with a time stamp ("Name: (00:12)") opens the turn on the lines below;
a label's office in capitals ends where the name the document gives begins; "the head of
the Ministry of Defense" is the defence minister named before; "the Slovak president", with
no one named before, is the person the next sentence names without an office."""
import pytest
from conftest import check_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
UNNAMED_ROLES = [
    ("Minister Karl Lind announced the plan on Monday. The first four launchers reached the "
     "port, a navy spokesman said. He added that two more would follow in June.",
     [("The first four launchers reached the port", "a navy spokesman"),
      ("two more would follow in June", "a navy spokesman")]),
    # a person named after the spokesman is the one "he" takes up
    ("A navy spokesman said the first four launchers reached the port on Monday. Defence "
     "Minister Karl Lind later toured the quay. He said that two more would follow in June.",
     [("the first four launchers reached the port on Monday", "A navy spokesman"),
      ("two more would follow in June", "Karl Lind")]),
]

OFFICE_RUNS = [
    ("The depot received the trucks, said Chief Range Officer Tomas Novak.",
     [("The depot received the trucks", "Tomas Novak")]),
    # a name the tagger cut after the title keeps its untagged given name
    ('"The ship is ready," Secretary Jonas Petrauskas Jr. said.',
     [("The ship is ready,", "Jonas Petrauskas Jr")]),
]
SET_OFF_DESCRIPTIONS = [
    ('A harbour official said on Monday that the cranes had reached the quay. "The cranes are '
     'a relief," said the official, who did not want to be quoted by name.',
     [("the cranes had reached the quay", "A harbour official"),
      ("The cranes are a relief,", "A harbour official")]),
    # a restrictive relative picks out another official: kept as written
    ('A harbour official said on Monday that the cranes had reached the quay. "The cranes are '
     'a relief," said the official who runs the northern berths.',
     [("the cranes had reached the quay", "A harbour official"),
      ("The cranes are a relief,", "the official")]),
]

SHARED_AUXILIARIES = [
    ("The deputy noted that the ministry has not ordered and tested any new radars.",
     [("the ministry has not ordered and tested any new radars", "The deputy")]),
    # after a comma and "and", the speaker's own next act
    ("The envoy said the convoy has arrived, and declined to say more.",
     [("the convoy has arrived", "The envoy")]),
]
TRANSCRIPT_LABELS = [
    ("Coast guard spokesman Peter Hansen briefed reporters on Tuesday.\n\nPeter Hansen: "
     "(00:12)\nThe two patrol boats are already in the water. We expect the third in April.\n"
     "\nMark Olsen: (00:40)\nWill the crews train abroad?\n",
     [("The two patrol boats are already in the water. We expect the third in April.",
       "Peter Hansen"),
      ("Will the crews train abroad?", "Mark Olsen")]),
    # a label followed by words other than a time stamp is no turn of the transcript
    ("Coast guard spokesman Peter Hansen briefed reporters on Tuesday.\n\nPeter Hansen: "
     "(00:12) patrol boats in the water\n", []),
    ("Junior minister Tomas Brandt spoke to the channel.\n\nDEPUTY MINISTER FOR COASTAL "
     "AFFAIRS TOMAS BRANDT: The two patrol boats are already in the water.\n",
     [("The two patrol boats are already in the water.", "Tomas Brandt")]),
]
MINISTRY_HEADS = [
    ("Foreign Minister Ann Berg and Defence Minister Karl Lind visited the base on Monday. The "
     "head of the Ministry of Defense said that four radars had arrived.",
     [("four radars had arrived", "Karl Lind")]),
    # no one named holds that portfolio: kept as written
    ("Foreign Minister Ann Berg visited the base on Monday. The head of the Ministry of "
     "Defense said that four radars had arrived.",
     [("four radars had arrived", "The head of the Ministry of Defense")]),
]
HOLDERS_NAMED_NEXT = [
    ("The Slovak president said on Monday that the jets had landed. Peter Novak said the "
     "pilots were ready.",
     [("the jets had landed", "Peter Novak"), ("the pilots were ready", "Peter Novak")]),
    # the next sentence gives its person another office: the description stays as written
    ("The Slovak president said on Monday that the jets had landed. Peter Novak, the defence "
     "minister, said the pilots were ready.",
     [("the jets had landed", "The Slovak president"), ("the pilots were ready", "Peter Novak")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", UNNAMED_ROLES + OFFICE_RUNS + SET_OFF_DESCRIPTIONS + SHARED_AUXILIARIES
                         + TRANSCRIPT_LABELS + MINISTRY_HEADS + HOLDERS_NAMED_NEXT)
def test_speakers_of_unnamed_roles_and_office_runs(nlp, text, expected):
    check_quotes(nlp, text, expected)


def _parsed(words, heads, deps, tags):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
               sent_starts=[True] + [False] * (len(words) - 1))


DELAY_WORDS = ["Berg", "said", "the", "delay", "—", "and", "other", "faults", "—", "were",
               "still", "being", "studied", "."]
DELAY_HEADS = [1, 1, 3, 1, 3, 3, 7, 3, 1, 12, 12, 12, 1, 1]
DELAY_DEPS = ["nsubj", "ROOT", "det", "dobj", "punct", "cc", "amod", "conj", "punct", "aux",
              "advmod", "auxpass", "ccomp", "punct"]
DELAY_TAGS = ["NNP", "VBD", "DT", "NN", ":", "CC", "JJ", "NNS", ":", "VBD", "RB", "VBG", "VBN",
              "."]


def test_subject_set_off_by_dashes_read_as_the_object_opens_the_content():
    from claimledger.extract.quotes import _subject_hung_on_the_verb

    doc = _parsed(DELAY_WORDS, DELAY_HEADS, DELAY_DEPS, DELAY_TAGS)
    assert _subject_hung_on_the_verb(doc[1], doc[12]) == 2


def test_object_before_commas_is_left_to_the_parse():
    from claimledger.extract.quotes import _subject_hung_on_the_verb

    words = [w if w != "—" else "," for w in DELAY_WORDS]
    tags = [t if t != ":" else "," for t in DELAY_TAGS]
    doc = _parsed(words, DELAY_HEADS, DELAY_DEPS, tags)
    assert _subject_hung_on_the_verb(doc[1], doc[12]) is None
