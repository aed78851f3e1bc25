"""Speaker rules read on fresh pages of outlets the corpora do not hold (twelfth round),
on sentences written for these tests: each rule has cases it changes and near misses
that it must leave alone."""
import pytest

from conftest import model_paragraph_quotes_pipeline
from conftest import speaker_of_quote_starting as speaker_of


@pytest.fixture(scope="module")
def nlp():
    return model_paragraph_quotes_pipeline()


# A description written in the words of a named holder's office is that holder

OFFICE = ("Director General Coastal Guard Public Affairs (DG CGPA) Rear Admiral Tomas Verlaine "
          "said on Monday that the patrols would continue. ")


@pytest.mark.parametrize("text, content", [
    (OFFICE + "The DG CGPA added that two boats had been seized.", "two boats"),
    (OFFICE + "The CGPA Director-General said the fleet was ready.", "the fleet"),
    (OFFICE + "CGPA chief stated that the coast was calm.", "the coast"),
    ("Admiral Rosa Pell, commander of the Northern Maritime Group, told reporters that the "
     "frigates had sailed. The commander of the Northern Maritime Group said the crews were "
     "rested.", "the crews"),
])
def test_a_description_in_the_words_of_an_office(nlp, text, content):
    expected = "Rosa Pell" if "Rosa" in text else "Tomas Verlaine"
    assert speaker_of(nlp, text, content) == expected


@pytest.mark.parametrize("text, content, expected", [
    # another body's chief is not the holder
    (OFFICE + "The army chief said the border was quiet.", "the border", "The army chief"),
    # an official of the body is not its head
    (OFFICE + "An official at the CGPA said the boats were old.", "the boats",
     "An official at the CGPA"),
    # a spokesman is not the body's director
    (OFFICE + "The CGPA spokesman said the port was shut.", "the port", "The CGPA spokesman"),
    # the chairman of another committee
    ("Admiral Rosa Pell, commander of the Northern Maritime Group, told reporters that the "
     "frigates had sailed. The chairman of the Senate committee said the bill was late.",
     "the bill", "The chairman of the Senate committee"),
])
def test_a_description_of_another_office_is_left_alone(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


# "the spokesman" kept as written stays the same unnamed spokesman

def test_an_unnamed_spokesman_stays_unnamed(nlp):
    text = ("“Our navy struck the ship in the gulf,” the spokesman said in a televised "
            "appearance on the Al Dawn broadcaster. According to the spokesman's post, the "
            "movement hit a cargo ship. The spokesman said the movement “will strike again.”")
    assert speaker_of(nlp, text, "the movement hit").lower() == "the spokesman"
    assert speaker_of(nlp, text, "the movement “will").lower() == "the spokesman"


def test_a_spokesman_named_before_is_still_taken_up(nlp):
    text = ("Navy spokesman Carl Brandt said the ship had sailed. "
            "The spokesman said the crew “is ready.”")
    assert speaker_of(nlp, text, "the crew") == "Carl Brandt"


# "the statement" takes up the statement the text introduced with its issuer

def test_the_statement_takes_up_a_statement_signed_by_its_issuer(nlp):
    text = ("The village guard said the raid began at dawn. A statement signed by "
            "Brigadier Mark Obi, Director of Information, said troops were deployed. "
            "“All citizens are asked to stay calm,” the statement reads.")
    assert speaker_of(nlp, text, "All citizens") == "Mark Obi"


def test_the_statement_without_an_introduced_issuer_keeps_the_last_source(nlp):
    text = ("The ministry said troops were deployed to the valley. "
            "“All citizens are asked to stay calm,” the statement reads.")
    assert speaker_of(nlp, text, "All citizens") == "The ministry"


def test_a_semicolon_may_introduce_a_quotation_after_a_speech_verb(nlp):
    text = ("A statement by Brigadier Mark Obi said troops were deployed. "
            "The statement went further to state that; “The troops are ready to move.”")
    assert speaker_of(nlp, text, "The troops are ready") == "Mark Obi"


def test_a_semicolon_after_a_noun_introduces_nothing(nlp):
    text = "Brigadier Mark Obi visited the base; “The troops are ready to move.”"
    doc = nlp(text)
    assert all(q["speaker"] != "Mark Obi" for q in doc._.quotes)


# A body owned by a two-word country keeps the country's whole name

@pytest.mark.parametrize("text, content, expected", [
    ("The Joint Staff said the drill began at noon. North Korea fired a missile, according "
     "to South Korea’s Joint Chiefs of Staff. South Korea’s Joint Chiefs of Staff said the "
     "navy carried out a drill.", "the navy", "South Korea’s Joint Chiefs of Staff"),
    ("North Korea fired a missile early on Monday, according to the Joint Chiefs of Staff. "
     "South Korea’s Joint Chiefs of Staff said the navy carried out a drill.",
     "North Korea fired", "South Korea’s Joint Chiefs of Staff"),
])
def test_a_two_word_country_owns_its_body(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_a_longer_name_with_more_than_a_country_is_another_body(nlp):
    text = ("North Korea fired a missile early on Monday, according to the Joint Chiefs of "
            "Staff. The Pacific Fleet Joint Chiefs of Staff said the navy carried out a drill.")
    assert speaker_of(nlp, text, "North Korea fired") == "Joint Chiefs of Staff"


# A source's phrase ends before a participle with its own content clause, and before the
# text it spoke in

@pytest.mark.parametrize("text, content, expected", [
    ("The army has faulted a report alleging that rebels have captured six towns.",
     "rebels have", "a report"),
    ("The commander dismissed reports indicating that the army had withdrawn from the towns.",
     "the army had", "reports"),
    ("The navy's media wing in a press release said that the boats would be seized.",
     "the boats", "The navy's media wing"),
])
def test_the_phrase_ends_before_its_own_clause_or_text(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


@pytest.mark.parametrize("text, content, expected", [
    # a place the source is in stays in its phrase
    ("Officials in the capital said the town was calm.", "the town", "Officials in the capital"),
    # a participle with no clause of its own stays too
    ("Analysts tracking the region said the build-up was slow.", "the build-up",
     "Analysts tracking the region"),
])
def test_the_phrase_keeps_its_other_modifiers(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


# Content clauses the parser hid: a subject hung on the day after "said", a "that" read as
# the object of "told"

@pytest.mark.parametrize("text, content, expected", [
    ("Captain Rui Sal said Tuesday the navy's new frigate with a helicopter onboard arrived "
     "in the area last week.", "the navy's new frigate", "Rui Sal"),
    ("Minister Ona Rask will sign the pact. She told reporters on Thursday that with this "
     "agreement Lithuania supports “a free and democratic Ukraine.”", "with this agreement",
     "Ona Rask"),
])
def test_a_hidden_content_clause_is_found(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


@pytest.mark.parametrize("text", [
    "Captain Rui Sal said Tuesday that was enough.",
    "Minister Ona Rask told reporters that on Thursday.",
])
def test_a_that_or_a_day_with_no_clause_reports_nothing_new(nlp, text):
    doc = nlp(text)
    assert not any(doc.text[q["span"][0]:q["span"][1]].startswith(("the navy", "with"))
                   for q in doc._.quotes)
    assert len(doc._.quotes) <= 1


# A clause joined by "but" in the present goes on with present content

def _span_starting(nlp, text, content):
    doc = nlp(text)
    return [doc.text[q["span"][0]:q["span"][1]] for q in doc._.quotes
            if doc.text[q["span"][0]:q["span"][1]].startswith(content)]


def test_a_present_clause_after_but_goes_on_with_present_content(nlp):
    text = ("General Omar Vale spoke on Monday. He said war is not the answer to any problem "
            "but our wish for peace should not be read as weakness.")
    assert _span_starting(nlp, text, "war is")[0].endswith("read as weakness")


@pytest.mark.parametrize("text", [
    # a past modal after the report may be the author's
    "General Omar Vale spoke on Monday. He said the army is ready but the talks would fail.",
    # the narrative's past is the author's
    "General Omar Vale spoke on Monday. He said the army is ready but the talks failed.",
])
def test_a_past_clause_after_but_stays_outside(nlp, text):
    assert _span_starting(nlp, text, "the army")[0] == "the army is ready"


# A bare subject and reporting verb after a comma closes the sentence: it relays the
# report and is no content of its own

def test_a_closing_attribution_is_no_content(nlp):
    text = ("The strike was carried out with a new missile, Omar Sade said, adding that the "
            "missile hit its target, the Dawn news agency reported.")
    doc = nlp(text)
    spans = [doc.text[q["span"][0]:q["span"][1]] for q in doc._.quotes]
    assert "the missile hit its target" in spans
    assert not any(span.startswith("the Dawn news agency") for span in spans)


def test_a_reported_clause_with_content_of_its_own_stays(nlp):
    text = "Omar Sade said the Dawn news agency reported that the missile hit its target."
    doc = nlp(text)
    spans = [doc.text[q["span"][0]:q["span"][1]] for q in doc._.quotes]
    assert any("the missile hit its target" in span for span in spans)


# "it" takes up the body that was the subject of the sentence before; "they" the plural
# source of the paragraph before, when that source spoke

def test_it_takes_up_the_body_that_led_the_sentence_before(nlp):
    text = ("The Zarvian government has denied any deployment of fighters from the Iron "
            "Company.\n\nThe government “formally denies these accusations” of “an alleged "
            "deployment,” it said in a statement released late Friday.")
    # cited without the article, as a government described by its nation is
    assert speaker_of(nlp, text, "The government") == "Zarvian government"


def test_it_after_a_person_led_sentence_keeps_the_named_body(nlp):
    text = ("The Iron Company sent fighters to the north. Minister Ana Vell has denied the "
            "deployment.\n\n“No fighters are here,” it said in a statement.")
    assert speaker_of(nlp, text, "No fighters") != "Ana Vell"


def test_they_takes_up_the_source_of_the_paragraph_before(nlp):
    text = ("Nations fighting the insurgency, including Canada and Norway, said they “strongly "
            "condemn the deployment.”\n\n“We call on the company to leave the region,” they said.")
    assert speaker_of(nlp, text, "We call").startswith("Nations fighting the insurgency")


def test_they_past_a_paragraph_does_not_take_up_a_subject_that_did_not_speak(nlp):
    text = ("Nations fighting the insurgency sent more troops to the north.\n\n"
            "“We call on the company to leave the region,” they said.")
    assert speaker_of(nlp, text, "We call") == "they"
