"""Speakers and spans read off real reports that had no gold, each rule on short reports
written for it, with a near miss beside it: an armed body reporting with a weak verb, a
clause the parser hung before "quoted X as saying", a name closing an office's phrase,
datelines with an agency or a place the tagger took for a person, "the same source", "it"
after a text that spoke, a description taken up by the person it describes, a name that
modifies a place, an office named with its holder in the next sentence, a name suffix
set off by a comma, "but according to X," opening the second clause, and ", saying" after
a claim's clause going on from the main clause's subject."""
import pytest
from conftest import check_quotes, speaker_of_quote_starting
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
ARMED_BODIES = [
    ("The Finnish air force reported on Friday that its radars had tracked two gliders over "
     "the gulf.",
     [("its radars had tracked two gliders over the gulf", "Finnish air force")]),
    # a force that is no body: "the force of the storm" suggests nothing aloud
    ("The sheer force of the storm suggested that the pier had been weakened for years.", []),
]

QUOTED_AS = [
    ("Two of the four radar masts had already been shipped, the Baltic news service quoted a "
     "port official as saying.",
     [("Two of the four radar masts had already been shipped", "a port official")]),
    # a clause led by "when" is a time, not the content
    ("When the masts had been shipped, the news service quoted a port official as saying that "
     "the crews were ready.",
     [("the crews were ready", "a port official")]),
]

OFFICES = [
    ("The Spokeswoman for NATO Allied Air Command, Major Liis Tamm, stated that the jets would "
     "stay.",
     [("the jets would stay", "Liis Tamm")]),
    ("The radars will reach the island next week, the Special Envoy for Arctic Affairs, Foreign "
     "Ministry's deputy department director, Olav Berg, said.",
     [("The radars will reach the island next week", "Olav Berg")]),
    ("The governor of the Kherson region said that four drones were shot down overnight.",
     [("four drones were shot down overnight", "The governor of the Kherson region")]),
    # the holder set off after the office itself keeps the existing reading
    ("The governor of the region, Oleh Kiper, said that four drones were shot down overnight.",
     [("four drones were shot down overnight", "Oleh Kiper")]),
    ("The new frigates will be delivered next spring, Norway's defence minister has said. The "
     "contract will be signed in Oslo, Defence Minister Ola Dahl said on Tuesday.",
     [("The new frigates will be delivered next spring", "Ola Dahl"),
      ("The contract will be signed in Oslo", "Ola Dahl")]),
    # another portfolio in the next sentence: another person, the office stays as written
    ("The new frigates will be delivered next spring, Norway's defence minister has said. The "
     "contract will be signed in Oslo, Foreign Minister Espen Lie said on Tuesday.",
     [("The new frigates will be delivered next spring", "Norway's defence minister"),
      ("The contract will be signed in Oslo", "Espen Lie")]),
    ("The navy will lease two more patrol planes, Admiral John Reyes, Jr. said on Monday.",
     [("The navy will lease two more patrol planes", "John Reyes")]),
]

ACCORDING_TO = [
    ("No date has been given for the handover, but according to the navy, two of the corvettes "
     "are already in port.",
     [("two of the corvettes are already in port", "the navy")]),
    # the phrase closing the first clause keeps it, and the clause joined after it
    ("The corvettes are already in port, according to the navy, but no date has been given for "
     "the handover.",
     [("The corvettes are already in port", "the navy"),
      ("no date has been given for the handover", "the navy")]),
]

PARTICIPLES = [
    ("Latvia has hit back at Russia over its assertion that deployment of the rocket launchers "
     "in the east would have 'destabilising effects' on the region, saying that weapons placed "
     "on its own soil are of no concern to Moscow.",
     [("weapons placed on its own soil are of no concern to Moscow", "Latvia")]),
    # a content clause under a verb, as before: the verb's subject goes on
    ("The ministry denied reports that the radar was hit, saying that it was intact.",
     [("it was intact", "The ministry")]),
]

DATELINES = [
    ("TARTU (BNS): Estonia moved two radar units to the islands, navy officer Karl Mets said "
     "on Monday.",
     [("Estonia moved two radar units to the islands", "Karl Mets")]),
    ("Drones struck the capital again\n\nKYIV: On Thursday, Ukrainian officials reported blasts "
     "in the capital, Kyiv, saying three office buildings were hit near the river.",
     [("three office buildings were hit near the river", "Ukrainian officials")]),
    # the label of a person the report names in full is a transcript line, narrated or not
    ("The minister Hanna Lind spoke to reporters.\n\nLIND: The radars will stay on the coast "
     "until the spring thaw, and the crews know it.",
     [("The radars will stay on the coast until the spring thaw, and the crews know it.",
       "Hanna Lind")]),
    # a bracket after a name that is no dateline stays out of the content's way
    ("NATO (the alliance) said on Monday that the radars would stay.",
     [("the radars would stay", "NATO")]),
]

TAKEN_UP = [
    ("Two drones were downed over the bay, according to the coast guard. A third fell into the "
     "sea, according to the same source.",
     [("Two drones were downed over the bay", "coast guard"),
      ("A third fell into the sea", "coast guard")]),
    # "the same" before a noun of people who are no source named before: as written
    ("Two drones were downed over the bay, according to the coast guard. A third fell into the "
     "sea, according to the same fishermen.",
     [("Two drones were downed over the bay", "coast guard"),
      ("A third fell into the sea", "the same fishermen")]),
    ("A defence ministry statement said the move answers “a clear need”. It said that two more "
     "radars would follow in May.",
     [("the move answers “a clear need”", "A defence ministry statement"),
      ("two more radars would follow in May", "A defence ministry statement")]),
    # a body that spoke before the pronoun keeps it
    ("The ministry said that the radars arrived in May. It said that the crews were ready.",
     [("the radars arrived in May", "The ministry"), ("the crews were ready", "The ministry")]),
    ("Jonas Vik, a naval analyst, said that the corvettes are well armed. The analyst added "
     "that the crews are new.",
     [("the corvettes are well armed", "Jonas Vik"), ("the crews are new", "Jonas Vik")]),
    # an analyst introduced without a name stays unnamed
    ("A naval analyst said that the corvettes are well armed. The analyst added that the crews "
     "are new.",
     [("the corvettes are well armed", "A naval analyst"),
      ("the crews are new", "A naval analyst")]),
]
# fmt: on


@pytest.mark.parametrize("text, expected", ARMED_BODIES + QUOTED_AS + OFFICES + ACCORDING_TO
                         + PARTICIPLES + DATELINES + TAKEN_UP)
def test_quotes_read_on_fresh_reports(nlp, text, expected):
    check_quotes(nlp, text, expected)


def test_name_after_another_office_in_the_phrase_is_that_office_holder(nlp):
    # the name closes "the Minister of Defence of Latvia", not the spokesman's phrase
    text = ("The Spokesman for the Minister of Defence of Latvia, Artis Berzins, stated that the "
            "jets would stay.")
    assert speaker_of_quote_starting(nlp, text, "the jets would stay") != "Artis Berzins"


def _parsed(words, heads, deps, tags):
    """A sentence with the parse given (the parser's reading varies with the context)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags,
               sent_starts=[True] + [False] * (len(words) - 1))


HALF_SHIPPED = ["Half", "of", "the", "jets", "had", "been", "shipped", ",", "Interfax", "quoted",
                "a", "source", "as", "saying", "."]
HALF_HEADS = [6, 0, 3, 1, 6, 6, 9, 9, 9, 9, 11, 9, 9, 12, 9]
HALF_DEPS = ["nsubjpass", "prep", "det", "pobj", "aux", "auxpass", "advcl", "punct", "nsubj",
             "ROOT", "det", "dobj", "prep", "pcomp", "punct"]
HALF_TAGS = ["NN", "IN", "DT", "NNS", "VBD", "VBN", "VBN", ",", "NNP", "VBD", "DT", "NN", "IN",
             "VBG", "."]


def test_clause_hung_as_an_adverbial_before_quoted_as_saying():
    from claimledger.extract.quotes import _clause_read_as_adverbial

    doc = _parsed(HALF_SHIPPED, HALF_HEADS, HALF_DEPS, HALF_TAGS)
    assert [t.text for t in _clause_read_as_adverbial(doc[9])] == ["shipped"]


def test_clause_led_by_when_is_no_content_of_quoted_as_saying():
    from claimledger.extract.quotes import _clause_read_as_adverbial

    words = ["When"] + HALF_SHIPPED
    heads = [7] + [h + 1 for h in HALF_HEADS]
    doc = _parsed(words, heads, ["advmod"] + HALF_DEPS, ["WRB"] + HALF_TAGS)
    assert _clause_read_as_adverbial(doc[10]) == []
