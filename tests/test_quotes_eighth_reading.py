"""Quotes and speakers read off an eighth set of real reports: an unnamed office holder who
reports first ("..., the country's defence minister said") is the person the next sentences
first name as a speaker, when that one follows at once with a bare name, repeats three
content nouns of the report or (after "a") is written with a noun of the description; a
country or a capital tagged as a person's name ("Reuters | Kyiv | Updated") is none; a
title-case headline's "Says" reports what follows it; "the agency paraphrased X as saying"
gives the words to X; "ALERT:" is a page label."""
import pytest
from spacy.tokens import Span

from claimledger.extract.speakers import person_span
from conftest import check_quotes, found_quotes
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

# fmt: off
NAMED_AFTER = [
    # a bare name in the very next sentence
    ("Lithuania will move two artillery battalions to the eastern border, the country's "
     "defence minister said on Friday.\nRasa Vilkaite said the units would arrive in March.",
     [("Lithuania will move two artillery battalions to the eastern border", "Rasa Vilkaite"),
      ("the units would arrive in March", "Rasa Vilkaite")]),
    # near miss: a titled newcomer who reports something else is another person
    ("Lithuania will move two artillery battalions to the eastern border, the country's "
     "defence minister said on Friday.\nOpposition leader Rasa Vilkaite said the plan was "
     "too costly.",
     [("Lithuania will move two artillery battalions to the eastern border",
       "the country's defence minister"),
      ("the plan was too costly", "Rasa Vilkaite")]),
    # the person who says the same again two sentences later
    ("The first two patrol submarines will reach the naval base in June, a senior government "
     "official said on Monday.\nThe boats are being fitted out in Kiel.\nThe first two patrol "
     "submarines will be handed over in June, Marek Zalewski, head of the procurement office, "
     "said.",
     [("The first two patrol submarines will reach the naval base in June", "Marek Zalewski"),
      ("The first two patrol submarines will be handed over in June", "Marek Zalewski")]),
    # near miss: the person named next reports on another matter
    ("The first two patrol submarines will reach the naval base in June, a senior government "
     "official said on Monday.\nMarek Zalewski, head of the procurement office, said the "
     "tender for the radars was delayed.",
     [("The first two patrol submarines will reach the naval base in June",
       "a senior government official"),
      ("the tender for the radars was delayed", "Marek Zalewski")]),
    # near miss: an official of another country than the one named next
    ("Two frigates will sail to the strait next week, a US official said.\nNorwegian defence "
     "minister Ola Berg said two frigates will sail to the strait next week.",
     [("Two frigates will sail to the strait next week", "a US official"),
      ("two frigates will sail to the strait next week", "Ola Berg")]),
    # near miss: a source kept anonymous stays so
    ("The first two patrol submarines will reach the naval base in June, a senior government "
     "official said on condition of anonymity.\nThe first two patrol submarines will be "
     "handed over in June, Marek Zalewski, head of the procurement office, said.",
     [("The first two patrol submarines will reach the naval base in June",
       "a senior government official"),
      ("The first two patrol submarines will be handed over in June", "Marek Zalewski")]),
]
PARAPHRASED = [
    ("“The crossing stays closed until Monday,” the agency paraphrased a border guard officer "
     "as saying.",
     [("The crossing stays closed until Monday,", "a border guard officer")]),
    # near miss: the verb of quoting, as before
    ("“The crossing stays closed until Monday,” the agency quoted a border guard officer as "
     "saying.",
     [("The crossing stays closed until Monday,", "a border guard officer")]),
]
LABELS = [
    ("ALERT: Frigates Sail North\n\nThe navy said two frigates sailed north on Sunday.",
     [("two frigates sailed north on Sunday", "The navy")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", NAMED_AFTER + PARAPHRASED + LABELS)
def test_eighth_reading(nlp, text, expected):
    check_quotes(nlp, text, expected)


@pytest.mark.parametrize("text,expected", [
    ("Oslo Says Frigates Will Stay In Port Until Spring\n\nThe fleet has four frigates.",
     ("Frigates Will Stay In Port Until Spring", "Oslo")),
    ("Latvia Denies Sending Tanks, Says Only Trucks Crossed\n\nThe fleet has four frigates.",
     ("Only Trucks Crossed", "Latvia")),
])
def test_title_case_headline_says(nlp, text, expected):
    assert expected in found_quotes(nlp, text)


def test_title_case_headline_without_says_reports_nothing(nlp):
    # near miss: a title-case verb that takes an object reports no words
    text = "Latvia Denies Sending Tanks To The Border\n\nThe fleet has four frigates."
    assert found_quotes(nlp, text) == []


def test_sentence_case_headline_as_before(nlp):
    # near miss: a headline in sentence case keeps the parse's reading
    text = "Latvia says only trucks crossed the border\n\nThe fleet has four frigates."
    assert ("only trucks crossed the border", "Latvia") in found_quotes(nlp, text)


def _tagged(nlp, text, spans):
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label="PERSON") for start, end in spans]
    return doc


def test_capital_tagged_as_person_is_none(nlp):
    doc = _tagged(nlp, "Reuters | Kyiv | Updated", [(2, 3)])
    assert person_span(doc.ents[0]) is None


def test_surname_like_a_capital_stays_a_person(nlp):
    # near miss: a person the text names in full whose surname is a capital's name
    doc = _tagged(nlp, "Anna Paris spoke . Paris said so", [(0, 2), (4, 5)])
    assert person_span(doc.ents[1]) is not None
