"""Structural speaker rules that hold for any outlet (who controls an infinitive, a quotation
set off after a name, a quotation going on past the author's quoted phrase, a surname the
tagger read as a place), on sentences written for these tests: each rule has a case it
changes and a near miss it must leave alone."""
import pytest

from conftest import speaker_of_quote_starting as speaker_of


@pytest.fixture(scope="module")
def nlp():
    from claimledger.extract import load_model, paragraphs, quotes  # noqa: F401  (factories)
    nlp = load_model()
    nlp.add_pipe("claimledger_paragraphs", before="parser")
    nlp.add_pipe("claimledger_quotes")
    return nlp


# An object that controls the infinitive: "forced X to admit that ..." is X's admission

@pytest.mark.parametrize("text, content, expected", [
    ("Senator Ruth Calder forced Martin Osgood, who runs the shipyard, to admit that the "
     "frigate was two years late.", "the frigate was", "Martin Osgood"),
    ("The committee pressed Admiral Hugh Tenby to acknowledge that the radars had failed.",
     "the radars had", "Hugh Tenby"),
])
def test_the_object_speaks_the_infinitive(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


@pytest.mark.parametrize("text, content, expected", [
    ("Minister Carla Brandt promised the crews to announce that the pay rise was coming.",
     "the pay rise", "Carla Brandt"),
    ("Colonel Ian Moss wanted to say that the base was safe.", "the base was", "Ian Moss"),
])
def test_a_subject_keeps_its_infinitive(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


# A quotation set off by dashes right after a name is that person's

def test_quotation_set_off_after_a_name(nlp):
    text = ("Several veterans backed the plan, among them the retired general Paul Varga -- "
            "“We cannot leave the border without radars” -- and two former ministers.")
    assert speaker_of(nlp, text, "We cannot leave") == "Paul Varga"


def test_phrase_set_off_after_a_name_is_no_quotation_of_hers(nlp):
    doc = nlp("The crews met Anna Lind -- “a tireless engineer” -- at the depot on Monday.")
    assert all(q["speaker"] != "Anna Lind" for q in doc._.quotes)


# A quoted phrase of the author's inside an attribution breaks no quotation

def test_quotation_goes_on_past_a_quoted_phrase(nlp):
    text = ("“This is not acceptable,” Lena Park said. “You cut the crews to the bone” to "
            "save money, she said, pointing to the plan to “right-size” the fleet. "
            "“You blamed the sailors for it” on television.")
    assert speaker_of(nlp, text, "You blamed the sailors") == "Lena Park"


def test_quotation_after_another_clause_is_not_carried(nlp):
    text = ("“This is not acceptable,” Lena Park said. The navy later cut the fleet to "
            "“right-size” it, and the ministers left. “You blamed the sailors for it.”")
    assert speaker_of(nlp, text, "You blamed the sailors") != "Lena Park"


# A surname the tagger read as a location is still a subject a pronoun takes up

def test_surname_read_as_a_location_is_a_subject(nlp):
    text = ("Representative Adam Velde said the hack was serious.\n\n"
            "President Joan Harte declined to threaten Moscow. “We will wait,” Harte said.\n\n"
            "Velde called on the government to act.\n\n"
            "“We know two states were hacked,” he said.")
    found = speaker_of(nlp, text, "We know two states")
    assert found == "Adam Velde"
