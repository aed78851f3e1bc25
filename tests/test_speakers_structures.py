"""Structural speaker rules that hold for any outlet (who controls an infinitive, a quotation
set off after a name, a quotation going on past the author's quoted phrase, a surname the
tagger read as a place), on sentences written for these tests: each rule has a case it
changes and a near miss it must leave alone."""
import pytest

from conftest import model_paragraph_quotes_pipeline
from conftest import speaker_of_quote_starting as speaker_of


@pytest.fixture(scope="module")
def nlp():
    return model_paragraph_quotes_pipeline()


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


# A bracketed party tag after a name is not the subject the parser took it for

def test_bracketed_tag_after_a_name_is_not_the_speaker(nlp):
    text = ("Rep. Dana Welk (R-OK), a member of the budget committee, made the following "
            "statement on the new base:\n\n\"The runway will be ready by the spring.\"")
    assert speaker_of(nlp, text, "The runway will") == "Dana Welk"


def test_bracketed_acronym_after_a_body_keeps_the_body(nlp):
    text = "The Ministry of Defence (MoD) said the runway would be ready by the spring."
    assert speaker_of(nlp, text, "the runway would") != "MoD"


# A paragraph of quotation after "X issued a statement ..." is X's statement

def test_quotation_after_an_issued_statement(nlp):
    text = ("Governor Alan Pryce issued a statement expressing his condolences to the "
            "families this morning.\n\n"
            "“Our hearts go out to the crews who were lost at sea.”")
    assert speaker_of(nlp, text, "Our hearts go out") == "Alan Pryce"


def test_quotation_after_a_closed_report_is_not_carried(nlp):
    text = ("Governor Alan Pryce visited the port this morning.\n\n"
            "“Our hearts go out to the crews who were lost at sea.”")
    assert speaker_of(nlp, text, "Our hearts go out") is None


# "X ruled out reports that ... and said": X says it, not the subject of the reports

def test_speech_verb_joined_to_a_content_clause_by_the_parser(nlp):
    text = ("Deputy Minister Omar Haddad on Wednesday ruled out reports that the pipelines "
            "were damaged and said, ‘No incident has happened at the terminal.’")
    assert speaker_of(nlp, text, "No incident has") == "Omar Haddad"


def test_two_reports_of_one_speaker_keep_their_subject(nlp):
    text = "The general said that the convoy had arrived and said that it was ready."
    assert speaker_of(nlp, text, "it was ready") == "The general"


# A name labelling a quotation keeps its name past a bracketed tag or a "with" phrase

@pytest.mark.parametrize("text, content, expected", [
    ("Senator Ruth Vance (R-Elm Grove) on the defence bill: “This is the vote of the year.”",
     "This is the vote", "Ruth Vance"),
    ("Captain Omar Diaz with the Harbor Police Department: “Our crews worked through the "
     "night.”", "Our crews worked", "Omar Diaz"),
])
def test_name_label_past_a_tag_or_a_with_phrase(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_label_naming_a_body_keeps_the_body(nlp):
    text = "Statement from the Harbor Police Department: “Our crews worked through the night.”"
    assert speaker_of(nlp, text, "Our crews worked") != "Statement"


# A statement announced by a sentence longer than the window before its colon

def test_long_sentence_announcing_a_statement(nlp):
    text = ("Representative Lena Ortiz (TX-09) released the following statement on her "
            "appointment as Ranking Member of the House Subcommittee on Readiness and "
            "Logistics of the Armed Services Committee:\n\n"
            "“I am grateful to my colleagues for their trust and I will get to work.”")
    assert speaker_of(nlp, text, "I am grateful") == "Lena Ortiz"


# A closing mark that opens its paragraph before a word is a mistyped opening mark

def test_closing_mark_opening_a_paragraph_opens_the_quotation(nlp):
    text = ("Voices of the town.\n\n”Mr. Brandt embodies the worst of the old politics. He has "
            "no plan.” ― Sonya Herrera\n“During the debate he said nothing new.”― Pamela Ortiz")
    assert speaker_of(nlp, text, "Mr. Brandt embodies") == "Sonya Herrera"


def test_closing_mark_at_a_line_start_before_a_space_still_closes():
    from claimledger.extract.quote_marks import find_quoted_stretches
    text = "“We will stay until the work is done,\n” she said."
    stretches = find_quoted_stretches(text)
    assert [text[s.start:s.end] for s in stretches] == ["We will stay until the work is done,"]


# "X said, going on to say that ...": X goes on, whatever clause the participle hangs on

def test_participle_after_a_speech_verb_keeps_its_speaker(nlp):
    text = ('"The dock issue again is insane," Hugo Brant said, going on to say that the navy '
            'has spent "hundreds of days fixing the docks and all that stuff, to have that fight '
            'again, young sailors do not want to see that."')
    doc = nlp(text)
    found = [q for q in doc._.quotes if "the navy" in doc.text[q["span"][0]:q["span"][1]]]
    assert found and found[0]["speaker"] == "Hugo Brant"


# A paragraph of quotation after "X wrote of / spoke about Y." gives X's words

def test_quotation_after_a_speech_verb_naming_its_topic(nlp):
    text = ("Chief Kristen Zeller thanked the crews.\n\n"
            "She wrote of the bravery displayed by the officers who stormed the building.\n\n"
            "\"Every time an officer was hit, another went in. No one retreated.\"")
    assert speaker_of(nlp, text, "Every time an officer") == "Kristen Zeller"


# Pronouns inside a quotation tell nothing of the speaker's sex

def test_pronoun_inside_a_quotation_does_not_set_the_speakers_sex(nlp):
    text = ("Harbor Chief Robin Ashe posted a message on Tuesday.\n\n"
            "\"I said his name one time for the press, and I will not say it again,\" "
            "Ashe wrote.\n\n"
            "She continued, \"The officers put their own lives at risk to save others.\"")
    assert speaker_of(nlp, text, "The officers put") == "Robin Ashe"


# A quotation right after a speech verb, no mark between, is what the verb's subject says

def test_quotation_as_the_object_of_a_speech_verb(nlp):
    text = ("Protesters in the square chanted \"What curfew?\" and kept going until 2 a.m. "
            "on Friday.")
    doc = nlp(text)
    found = [q for q in doc._.quotes if doc.text[q["span"][0]:q["span"][1]] == "What curfew?"]
    assert found and found[0]["speaker"] == "Protesters in the square"


def test_word_taken_up_after_a_speech_verb_is_no_quotation(nlp):
    doc = nlp("The minister said \"no\" to the plan on Friday.")
    assert all(doc.text[q["span"][0]:q["span"][1]] != "no" for q in doc._.quotes)


# "“Hopefully,” he said, “...”": the first word of a split quotation is no scare-quoted name

def test_first_word_of_a_split_quotation_is_a_quote(nlp):
    doc = nlp("''Hopefully,'' Mayor Ruth Okafor said, ''the new pier will bring the ferries "
              "back.''")
    spans = {doc.text[q["span"][0]:q["span"][1]]: q["speaker"] for q in doc._.quotes}
    assert spans.get("Hopefully,") == "Ruth Okafor"


def test_title_set_off_before_its_author_stays_a_title(nlp):
    doc = nlp("In his 2011 memoir, ''Hold the Northern Line,'' Mr. Kerr suggested training "
              "early.")
    assert all(not doc.text[q["span"][0]:q["span"][1]].startswith("Hold the Northern")
               for q in doc._.quotes)


# '“...?” X demanded.': a name and a bare verb after a question attribute it, whatever the verb

def test_bare_verb_after_a_question_attributes_it(nlp):
    text = ("“Every time you say that,” Senator Jon Reyes said, “you give them ammunition.”\n\n"
            "“Why isn’t this clear proof that the bank is too big to manage?” Senator Dale "
            "Viter demanded.")
    assert speaker_of(nlp, text, "Why isn’t this") == "Dale Viter"


def test_clause_after_a_question_is_not_its_attribution(nlp):
    text = ("“Every time you say that,” Senator Jon Reyes said, “you give them ammunition.”\n\n"
            "“Is the depot safe?” The question remained open.")
    assert speaker_of(nlp, text, "Is the depot safe") != "The question"


# One short remark on the speaker between two quotations does not stop the speaker

def test_quotation_goes_on_past_a_remark_on_the_speaker(nlp):
    text = ("\"We have had problems with intrusions in the past,\" Premier Lina Voss said "
            "after the summit. She did not suggest retaliation. \"Our goal is not to start a "
            "cycle of escalation.\"")
    assert speaker_of(nlp, text, "Our goal is not") == "Lina Voss"


def test_quotation_after_a_sentence_about_others_is_not_carried(nlp):
    text = ("\"We have had problems,\" Premier Lina Voss said. She was interrupted by the "
            "protesters. \"We want justice now!\"")
    assert speaker_of(nlp, text, "We want justice") != "Lina Voss"


# In its own sentence, a pronoun takes the one person of its sex over one of unknown sex

def test_pronoun_in_its_sentence_takes_the_person_of_its_sex(nlp):
    text = ("Governor Sam Kettering called Senator Maria Delgado a disgrace after she blamed "
            "the shootings on \"bias\" in the police.\n\n"
            "Mrs. Delgado has not replied.")
    doc = nlp(text)
    found = [q for q in doc._.quotes if "the shootings" in doc.text[q["span"][0]:q["span"][1]]]
    assert found and found[0]["speaker"] == "Maria Delgado"


# "In recent days, advisers say, the president has grown tired": the subject may hang on an
# auxiliary the parser made of "grown"

def test_reporting_clause_set_in_before_an_auxiliary_subject(nlp):
    text = ("In recent days, advisers to Mr. Ortega say, the president has grown weary "
            "of the tone his rivals have taken.")
    assert speaker_of(nlp, text, "the president has grown") == "advisers to Mr. Ortega"
