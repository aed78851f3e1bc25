"""Quote precision on outlets the rules were not written from: frames that hold no reported
speech, on sentences written for these tests. Each rule has a case it changes and a near miss
it must leave alone."""
import pytest

from conftest import paragraph_quotes_pipeline


@pytest.fixture(scope="module")
def nlp():
    return paragraph_quotes_pipeline()


def spans(nlp, text):
    doc = nlp(text)
    return [(doc.text[q["span"][0]:q["span"][1]], q["kind"], q["speaker"]) for q in doc._.quotes]


def texts(nlp, text):
    return [s for s, _, _ in spans(nlp, text)]


# A clause opened by a wh-adverb is an adverbial, not what was said

def test_when_clause_after_an_accusation_is_no_content(nlp):
    text = ("The senator accused Harlan on Thursday of misspeaking when she disputed a "
            "newspaper story about the planned deployments.")
    assert not any(s.startswith("when she disputed") for s in texts(nlp, text))


def test_clause_after_a_reporting_verb_stays(nlp):
    text = "The minister said after the meeting he would not accept the delay."
    assert any("he would not accept the delay" in s for s in texts(nlp, text))


# A verb led by "so", "because", ... links clauses in the author's voice

def test_clause_before_so_x_can_expect_is_no_quote(nlp):
    text = ("Norland has stepped up the production of shells, so Ostland can expect quick "
            "delivery of additional howitzers.")
    assert texts(nlp, text) == []


def test_clause_before_a_postposed_report_stays(nlp):
    text = "Norland has stepped up the production of shells, the minister said on Friday."
    assert any(s.startswith("Norland has stepped up") for s in texts(nlp, text))


# Naming verbs stay as they were: the attribution corpus counts "called X ‘Y’" with its object

def test_calls_without_marks_stays_a_naming(nlp):
    # kept: the attribution corpus counts a naming without marks as its source's content
    text = "The minister called the plan a disaster for the region."
    assert texts(nlp, text) == ["the plan a disaster for the region"]


# Refusals: an act, nothing said

def test_refusing_to_give_an_answer_is_no_quote(nlp):
    text = "“We have not decided,” Rood said, refusing to give a direct answer."
    assert texts(nlp, text) == ["We have not decided,"]


def test_pledging_to_withdraw_stays(nlp):
    text = "The president pledged to withdraw the troops by the end of the year."
    assert any(s.startswith("to withdraw the troops") or s.startswith("withdraw the troops")
               for s in texts(nlp, text))


def test_said_that_with_a_quoted_fragment_stays_mixed(nlp):
    text = "Roux said that the withdrawal was a “flagrant violation” of the accords."
    assert [(s, k) for s, k, _ in spans(nlp, text)] == [
        ("the withdrawal was a “flagrant violation” of the accords", "mixed")]


# A quoted phrase in a clause that completes a noun ("the allegation that ...")

def test_quoted_phrase_in_a_noun_complement_is_no_quote(nlp):
    text = ("Ostland rejected Norland’s allegation that the Ostland Army has pursued a "
            "“forward policy” along the border.")
    assert texts(nlp, text) == []


def test_quoted_phrase_after_a_source_verb_stays(nlp):
    text = "Officials blasted the media as “dishonest” on Monday."
    assert any("dishonest" in s for s in texts(nlp, text))


# A dateline before a colon is a place, not a transcript label

def test_dateline_with_a_colon_is_no_speaker(nlp):
    text = ("Ambala: The five fighter jets touched down at Ambala airbase after covering "
            "nearly 7,000 km.")
    assert texts(nlp, text) == []


def test_transcript_label_stays(nlp):
    text = ("GREG JENNETT:\nCan I take you back to the incident?\nRICHARD MARLES:\n"
            "I think the important point is that the aircraft was on a routine patrol.")
    assert any(s.startswith("I think the important point") for s in texts(nlp, text))


# "According to X, ..., Y added": Y's report holds X's account (a nested report, one quote)

def test_according_to_inside_a_postposed_report_is_one_quote(nlp):
    text = "According to preliminary data, there were no casualties at the depot, Harlan added."
    assert spans(nlp, text) == [
        ("According to preliminary data, there were no casualties at the depot", "indirect", "Harlan")]


def test_according_to_with_a_report_inside_its_content_stays(nlp):
    text = "According to the ministry, Ostland said it would station the launchers near Dorn."
    assert ("Ostland said it would station the launchers near Dorn", "indirect", "ministry") in [
        (s, k, sp.removeprefix("the ") if sp else sp) for s, k, sp in spans(nlp, text)]


# "said in a Telegram message that air defense forces were operating": a "that" the parser
# made the object of the clause after a message noun opens the content

def test_that_read_as_an_object_after_a_message_noun_opens_content(nlp):
    text = "Mayor Olen Varga said in a Telegram message that air defense forces were operating."
    assert texts(nlp, text) == ["air defense forces were operating"]


def test_that_read_as_an_object_is_no_part_of_the_content(nlp):
    text = "Varga said on Telegram that air defense forces were operating."
    assert texts(nlp, text) == ["air defense forces were operating"]


def test_relative_that_after_a_message_noun_stays_a_relative(nlp):
    text = "Varga said in a statement that the ministry issued on Monday."
    assert texts(nlp, text) == []


# An opening mark the content never closes is no part of its span

def test_opening_mark_left_open_is_left_out(nlp):
    text = ('Patriot battery in Dorn: embassy: "A battery of Patriot missiles arrived Sunday at the base, '
            'the embassy in Dorn said Monday.')
    assert texts(nlp, text) == ["A battery of Patriot missiles arrived Sunday at the base"]


def test_opening_mark_closed_inside_the_span_stays(nlp):
    text = 'The minister said the deployment was "a great example" for the region.'
    assert texts(nlp, text) == ['the deployment was "a great example" for the region']


# Ninth round: agency and regional copy (sentences written for these tests)

def test_according_to_source_with_appositive_keeps_it_out_of_the_content(nlp):
    text = ("According to Lin Wen, spokesperson of the navy, the frigate completed its first "
            "live-fire drill.")
    assert texts(nlp, text) == ["the frigate completed its first live-fire drill"]


def test_according_to_source_with_relative_clause_keeps_it_out(nlp):
    text = ("According to a military source, who spoke on condition of anonymity, two "
            "batteries were moved to the coast.")
    assert texts(nlp, text) == ["two batteries were moved to the coast"]


def test_comma_inside_the_content_after_according_to_stays(nlp):
    # near miss: the clause after the first comma is the content's own, not the source's
    text = "According to the ministry, the jets, which arrived on Monday, were delivered."
    assert texts(nlp, text) == ["the jets, which arrived on Monday, were delivered"]


def test_a_request_for_anonymity_is_no_quote(nlp):
    text = "An official, who asked not to be named, said the tanks left the depot."
    assert texts(nlp, text) == ["the tanks left the depot"]
    text = "A second source asked to remain anonymous."
    assert texts(nlp, text) == []


def test_a_request_to_act_stays_a_quote(nlp):
    # near miss: an infinitive of another verb is what was asked for
    text = "The ministry asked to receive four more launchers before winter."
    assert texts(nlp, text) == ["to receive four more launchers before winter"]


def test_day_of_saying_after_the_verb_is_left_out(nlp):
    text = "The defense minister said Tuesday his country is ready for all possibilities."
    assert texts(nlp, text) == ["his country is ready for all possibilities"]
    text = "The ministry announced on Wednesday the country has bought two batteries."
    assert texts(nlp, text) == ["the country has bought two batteries"]


def test_a_day_that_is_the_content_stays(nlp):
    # near misses: the day is the content's subject, or its possessor
    assert texts(nlp, "The minister said Monday was the deadline for the jets.") == [
        "Monday was the deadline for the jets"]
    assert texts(nlp, "The minister said today's deliveries were late.") == [
        "today's deliveries were late"]


def test_a_capital_dateline_with_a_colon_is_no_speaker(nlp):
    text = ("KARACHI: The navy inducted a frigate and ten helicopters at the dockyard here "
            "on Monday.\n\nThe admiral said the ships would guard the coast.")
    assert texts(nlp, text) == ["the ships would guard the coast"]


def test_transcript_label_speaking_in_first_person_stays(nlp):
    # near miss: a label over first-person speech is a speaker
    text = "MARLES: We will send the jets next week, as we promised.\nQ: When?"
    assert ("We will send the jets next week, as we promised.", "direct", "MARLES") in spans(nlp, text) \
        or "We will send the jets next week, as we promised." in texts(nlp, text)


def test_a_hyphen_inside_a_word_is_no_dateline_dash(nlp):
    text = ("The minister described INS Kestrel as one of the most powerful indigenously-built "
            "warships of the fleet.")
    assert texts(nlp, text) == [
        "INS Kestrel as one of the most powerful indigenously-built warships of the fleet"]
    # near miss: a dateline's spaced dash still closes the dateline
    assert texts(nlp, "KYIV - The ministry said the jets had landed.") == ["the jets had landed"]
