"""Speaker and frame rules for ways of attributing read on outlets the corpora do not hold
(seventh round), on sentences written for these tests: each rule has a case it changes and
a near miss that it must leave alone."""
import pytest

from conftest import model_paragraph_quotes_pipeline
from conftest import speaker_of_quote_starting as speaker_of


@pytest.fixture(scope="module")
def nlp():
    return model_paragraph_quotes_pipeline()


# Rank abbreviations: their full stop ends no sentence

@pytest.mark.parametrize("text, content, expected", [
    ("“The ship is ready,” said Cmdr. Jane Roe, spokeswoman for the fleet.", "The ship", "Jane Roe"),
    ("“The ship is ready,” Capt. Tom Vale told a local station. “We sail at dawn.”",
     "We sail", "Tom Vale"),
    ("“The drills went well,” said Lt. Col. Ana Brisk.", "The drills", "Ana Brisk"),
    ("“The line held,” said Sgt. Omar Dale.", "The line", "Omar Dale"),
])
def test_a_rank_abbreviation_before_a_name(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_a_rank_abbreviation_keeps_its_sentence_whole(nlp):
    doc = nlp("“We are ready,” said Cmdr. Jane Roe of the fleet.")
    assert len(list(doc.sents)) == 1


def test_an_abbreviation_at_a_line_end_still_ends_the_line(nlp):
    doc = nlp("The crew thanked the Capt.\nThe ship sailed at noon.")
    assert [s.text.strip() for s in doc.sents][-1] == "The ship sailed at noon."


def test_an_office_tagged_as_a_name_gives_way_to_the_named_holder(nlp):
    text = "“This is our first deployment,” said Commanding Officer, Cmdr. Jeff Banner."
    assert speaker_of(nlp, text, "This is") == "Jeff Banner"


def test_a_name_in_apposition_to_a_person_is_not_taken(nlp):
    text = "“The convoy left,” said Anna Kolb, a friend of Maria Rees."
    assert speaker_of(nlp, text, "The convoy") == "Anna Kolb"


# A rank noun with a clause set off by commas takes up the one named

def test_the_general_with_a_relative_clause_set_off(nlp):
    text = ("“It matters to Europe,” said Brigadier General Ross Hale. “It shows we stand "
            "together,” added the general, who commands the division.")
    assert speaker_of(nlp, text, "It shows") == "Ross Hale"


def test_the_general_with_a_restrictive_clause_is_not_taken_up(nlp):
    text = ("“It matters to Europe,” said Brigadier General Ross Hale. “It shows we stand "
            "together,” said the general who commands the navy.")
    assert speaker_of(nlp, text, "It shows") != "Ross Hale"


# Frames

def test_an_agency_quotes_a_person(nlp):
    text = "Tom Reyes leads the agency. Reuters quotes Reyes, “I am very confident in the system.”"
    assert speaker_of(nlp, text, "I am very") == "Tom Reyes"


def test_an_agency_quoting_a_report_keeps_the_agency(nlp):
    text = "The agency quoted a report by the ministry, “The convoy left at noon.”"
    assert speaker_of(nlp, text, "The convoy") == "The agency"


@pytest.mark.parametrize("text, expected", [
    ("According to the information given by an army official, 13 militants were killed.",
     "an army official"),
    ("According to figures provided by the Defence Ministry, 40 drones were shot down.",
     "Defence Ministry"),
])
def test_information_given_by_a_source(nlp, text, expected):
    assert speaker_of(nlp, text, "1" if "13" in text else "40") == expected


def test_information_without_a_giver_stays_as_written(nlp):
    text = "According to the information, 13 militants were killed."
    assert speaker_of(nlp, text, "13") == "the information"


@pytest.mark.parametrize("text, content, expected", [
    ("Dean went on the radio and opened by saying he would never judge a stranger.",
     "he would", "Dean"),
    ("Mira Holt responded on Wednesday by saying the refusal was a manufactured issue.",
     "the refusal", "Mira Holt"),
    ("The governor refused to name units, aside from saying the brigade had moved.",
     "the brigade", "The governor"),
])
def test_saying_after_a_preposition(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_saying_as_a_noun_phrase_object_is_no_report(nlp):
    doc = nlp("The old saying about generals was printed on the wall.")
    assert not doc._.quotes


# Names

def test_a_first_surname_takes_up_the_full_name(nlp):
    text = ("Present were Major General Alberto Ruiz Cuervo and Major General Sam Obi. "
            "General Ruiz said he did not wish to speculate.")
    assert speaker_of(nlp, text, "he did not") == "Alberto Ruiz Cuervo"


def test_a_first_surname_of_two_full_names_is_left_alone(nlp):
    text = ("Present were Major General Alberto Ruiz Cuervo and Colonel Pedro Ruiz Lopez. "
            "General Ruiz said he did not wish to speculate.")
    assert speaker_of(nlp, text, "he did not") == "Ruiz"


def test_a_family_name_written_first_takes_up_the_full_name(nlp):
    text = ("The drill will focus on sea defence, said Ren Guoqiang, spokesperson with the "
            "ministry. The exercise does not target any third party, Ren said.")
    assert speaker_of(nlp, text, "The exercise does not") == "Ren Guoqiang"


def test_a_given_name_written_alone_is_not_taken_for_a_family_name(nlp):
    # not as a family name written first; as the given name of the one full name it begins
    # (a later rule), it takes that full name
    text = ("The drill will focus on sea defence, said Kevin Morrow, a retired officer. "
            "“I love this town,” Kevin said.")
    assert speaker_of(nlp, text, "I love") == "Kevin Morrow"


def test_an_initial_joined_to_the_surname_takes_up_the_full_name(nlp):
    text = ("Defence Minister Tomas Varnas met his colleagues on Friday. “We look forward to "
            "it,” T.Varnas said.")
    assert speaker_of(nlp, text, "We look") == "Tomas Varnas"


def test_an_initial_of_another_given_name_is_not_taken_up(nlp):
    text = ("Defence Minister Tomas Varnas met his colleagues on Friday. “We look forward to "
            "it,” R. Varnas said.")
    assert speaker_of(nlp, text, "We look") != "Tomas Varnas"


def test_a_verb_of_doing_after_by_is_no_report(nlp):
    doc = nlp("The minister responded by using the example of the port to prove that the "
              "blockade is not the solution.")
    assert not doc._.quotes
