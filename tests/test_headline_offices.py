"""A headline attributed after a dash or colon to an office or a body, not a name ("... –
defence chief", "... – Defence Minister of Norway", "...: Defence Ministry"): the source of its
events is the person or body the report names holding that office, else the office's words.
A name after the mark keeps its reading, and a headline's own words are no attribution."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def headline_sources(nlp, text):
    headline_end = text.index("\n")
    return [(event["subject"], event["source"]) for event in nlp(text)._.events
            if event["span"][0] < headline_end]


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # a lower-case office: the official the report names with it
    ("CV90 vehicles already in Lithuania - defence chief\n\n"
     "Lithuania's Defence Minister Arvydas Kupris wrote on Sunday that the vehicles had come.",
     [("CV90", "Arvydas Kupris")]),
    # a body: its fullest name in the report
    ("Poland holds two Patriot batteries at Rzeszow airport – Defense Ministry\n\n"
     "The batteries remain there, the Polish Defense Ministry said in a statement on Monday.",
     [("Patriot", "Polish Defense Ministry")]),
    # an office the report never ties to a name: the office's own words, not its first word
    ("Leopard tanks on their way to Ukraine – Defence Minister of Norway\n\n"
     "The tanks left the port of Bergen at the weekend, officials said.",
     [("Leopard 2", "Defence Minister of Norway")]),
])
def test_an_office_after_the_dash_is_its_holder(nlp, text, expected):
    assert headline_sources(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a surname after the dash: the person the report names in full
    ("NASAMS launchers arrive in Ukraine – Umerov\n\n"
     "Defence Minister Rustem Umerov said on Friday that the launchers had arrived.",
     [("NASAMS", "Rustem Umerov")]),
    # no mark: the headline speaks in the text's own voice
    ("Two HIMARS launchers arrive in Romania\n\nThe launchers came by rail on Monday.",
     [("HIMARS", None)]),
])
def test_a_name_or_no_attribution_keeps_its_reading(nlp, text, expected):
    assert headline_sources(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the hyphen inside a word is no attribution mark
    ("Sweden to send four more IRIS-T systems to Ukraine\n\nThe systems will leave in May.",
     [("IRIS-T SLM", None)]),
    ("Spain to deliver 20 more long-range Storm Shadow missiles to Ukraine\n\nThey leave in May.",
     [("Storm Shadow", None)]),
    # a surname before the colon that the report names in full, though the tagger took it
    # for a common noun
    ("Kristersson: Sweden to send four more IRIS-T systems to Ukraine\n\n"
     "Prime Minister Ulf Kristersson said on Monday that the systems would leave within weeks.",
     [("IRIS-T SLM", "Ulf Kristersson")]),
    # a label before the colon is no one
    ("Analysis: Sweden to send four more IRIS-T systems to Ukraine\n\nThe systems will leave in May.",
     [("IRIS-T SLM", None)]),
])
def test_hyphens_and_colons_in_headlines(nlp, text, expected):
    assert headline_sources(nlp, text) == expected


def headline_places(nlp, text):
    return [(event["subject"], event["status"], event["location"]) for event in nlp(text)._.events]


@pytest.mark.parametrize("text,expected", [
    # a trailing label after a dash is no place; the place the parser hung under it is
    ("Storm Shadow missiles hit a Russian depot in Dzhankoi – Video",
     [("Storm Shadow", "USED", "Dzhankoi")]),
    ("NASAMS launchers deployed in Lithuania - video",
     [("NASAMS", "DEPLOYED", "Lithuania")]),
    ("NASAMS launchers deployed in Lithuania",
     [("NASAMS", "DEPLOYED", "Lithuania")]),
])
def test_a_headline_label_after_a_dash_is_no_place(nlp, text, expected):
    assert headline_places(nlp, text) == expected


@pytest.mark.parametrize("text,source", [
    # a speech verb whose object is the status noun: its subject tells it
    ("Finland announces arrival of new NASAMS launchers by year end", "Finland"),
    ("Estonia confirms the delivery of the first HIMARS launchers", "Estonia"),
    # a pronoun subject leaves the one meant to the sentences before
    ("They confirmed the delivery of the first HIMARS launchers.", None),
])
def test_who_tells_a_status_noun(nlp, text, source):
    assert [event["source"] for event in nlp(text)._.events] == [source]
