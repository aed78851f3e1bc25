"""Speaker rules of the eighth round, read on outlets the corpora do not hold, on sentences
written for these tests: each rule has a case it changes and a near miss it must leave alone."""
import pytest

from conftest import model_paragraph_quotes_pipeline
from conftest import speaker_of_quote_starting as speaker_of


@pytest.fixture(scope="module")
def nlp():
    return model_paragraph_quotes_pipeline()


# An acronym the document spells out names that body, whatever the tagger reads it as

@pytest.mark.parametrize("text, content, expected", [
    ("The clips were released by the Russian Ministry of Defence (MoD) on Friday.\n\n"
     "The Russian MoD added: “Our crews destroyed two radar stations near the river.”",
     "Our crews", "Russian Ministry of Defence"),
    ("The pictures came from the Finnish Ministry of Defence (MoD) on Monday.\n\n"
     "The MoD said: “The new launchers reached the brigade in the spring.”",
     "The new launchers", "Finnish Ministry of Defence"),
])
def test_a_spelled_out_acronym_names_its_body(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_an_acronym_the_document_never_spells_out_stays_as_written(nlp):
    text = ("The pictures were posted on Monday.\n\n"
            "The Finnish MoD said: “The new launchers reached the brigade in the spring.”")
    assert speaker_of(nlp, text, "The new launchers") != "Finnish Ministry of Defence"


# "The Defence Secretary" takes up the person the document gives that office

@pytest.mark.parametrize("text, content, expected", [
    ("Radars handed over to Estonia, Halvorsen confirms\n\n"
     "Watch: Defence Secretary on the new radars\n\n"
     "The radars have reached Estonia, the Defence Secretary confirmed.\n\n"
     "Tom Halvorsen declined to say where they would be placed.",
     "The radars have", "Tom Halvorsen"),
])
def test_a_definite_office_takes_up_its_holder_named_before(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected


def test_a_definite_office_is_not_a_person_of_another_office(nlp):
    text = ("Prime Minister Tom Halvorsen visited the base on Monday.\n\n"
            "The radars have reached Estonia, the Defence Secretary confirmed.")
    assert speaker_of(nlp, text, "The radars have") != "Tom Halvorsen"


def test_a_definite_office_named_first_takes_the_next_sentences_subject(nlp):
    text = ("The radars have reached Estonia, the Defence Secretary confirmed.\n\n"
            "Tom Halvorsen declined to say where they would be placed.")
    assert speaker_of(nlp, text, "The radars have") == "Tom Halvorsen"


@pytest.mark.parametrize("text", [
    # the next sentence's subject has an office of his own
    "The radars have reached Estonia, the Defence Secretary confirmed.\n\n"
    "Army chief Tom Halvorsen declined to say where they would be placed.",
    # the next sentence's person is no subject
    "The radars have reached Estonia, the Defence Secretary confirmed.\n\n"
    "The decision angered Tom Halvorsen.",
])
def test_the_next_sentences_person_is_not_taken_when_he_is_no_fit(nlp, text):
    assert speaker_of(nlp, text, "The radars have") != "Tom Halvorsen"


# A dateline opening the reported clause stays out of its span

def span_starts(nlp, text):
    doc = nlp(text)
    return [doc.text[q["span"][0]:q["span"][1]][:20] for q in doc._.quotes]


@pytest.mark.parametrize("text, start", [
    ("RIGA. Mar 3 (BNS) – Latvia has moved two radar units to its eastern border, the "
     "Latvian army said.", "Latvia has moved two"),
    ("Vilnius: Amid the drills, the army has moved two radar units to the border, the "
     "Baltic Times has learnt.", "Amid the drills, the"),
])
def test_a_dateline_is_left_out_of_the_span(nlp, text, start):
    assert start in span_starts(nlp, text)


@pytest.mark.parametrize("text, start", [
    # a date that opens the sentence is no dateline without an agency before a dash
    ("On Mar 3 the army moved two radar units – its third move – to the border, the "
     "Latvian army said.", "On Mar 3 the army mov"[:20]),
    # a place before a colon inside the text, not at a line's start, stays
    ("He wrote the word Vilnius: the army has moved two radar units, the Latvian army said.",
     None),
])
def test_what_is_no_dateline_stays(nlp, text, start):
    starts = span_starts(nlp, text)
    if start is not None:
        assert start in starts
    else:
        assert not any(s.startswith("the army has moved") for s in starts)


def test_a_definite_office_of_a_named_country_is_not_the_holder_before(nlp):
    text = ("Defence Secretary Tom Halvorsen visited the base.\n\n"
            "The radars have reached Estonia, the Secretary of Latvia confirmed.")
    assert speaker_of(nlp, text, "The radars have") != "Tom Halvorsen"


# A country's description of a body named in full before takes that name

def test_a_country_description_takes_the_body_named_in_full(nlp):
    text = ("Ten tanks were handed over on Monday, the Russian Reconciliation Center reported.\n\n"
            "The Russian center said that more tanks would follow.")
    assert speaker_of(nlp, text, "more tanks") == "Russian Reconciliation Center"


@pytest.mark.parametrize("text", [
    # two such bodies: no telling which
    "Ten tanks were handed over, the Russian Reconciliation Center reported. The Russian "
    "Space Center was silent.\n\nThe Russian center said that more tanks would follow.",
    # the full name belongs to another country
    "Ten tanks were handed over, the Turkish Reconciliation Center reported.\n\n"
    "The Russian center said that more tanks would follow.",
])
def test_a_country_description_is_left_alone_when_no_single_body_fits(nlp, text):
    assert speaker_of(nlp, text, "more tanks") != "Russian Reconciliation Center"


# "It went on to say that ...": a report in the complement of the pronoun's verb

def test_it_with_a_report_in_its_verbs_complement_takes_the_body(nlp):
    text = ("The Norwegian Armed Forces said on Monday that two frigates had left port.\n\n"
            "It went on to say that a third frigate would follow in May.")
    assert speaker_of(nlp, text, "a third frigate") == "Norwegian Armed Forces"


def test_it_without_a_report_is_no_source(nlp):
    text = ("The Norwegian Armed Forces said on Monday that two frigates had left port.\n\n"
            "It went on to sea as planned, a spokesman said.")
    doc = nlp(text)
    assert all(q["speaker"] != "Norwegian Armed Forces" or "frigates had" in
               doc.text[q["span"][0]:q["span"][1]] for q in doc._.quotes)


# ", stating, “...”" set off after a clause's object goes on from the clause's subject

def test_a_participle_after_an_object_takes_the_clauses_subject(nlp):
    text = ("Tom Halvorsen spoke at the council. He stressed the government's resolve to "
            "guard the coast, stating, “Soon, new radars will be deployed on our shores.”")
    assert speaker_of(nlp, text, "Soon, new radars") == "Tom Halvorsen"


def test_a_participle_of_a_source_noun_keeps_that_noun(nlp):
    text = ("The army published a statement on Monday, saying that new radars were deployed "
            "on the shores.")
    assert "army" in speaker_of(nlp, text, "new radars").lower()
