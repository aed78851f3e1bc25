"""Quote spans and the frames that attribute them: reporting clauses set after their content
(with the subject after the verb, or one the parser could not join), headline reports over a
byline line, "according to X" set inside a subject and "as per X", a second "and that"
clause, cue verbs the lemmatizer misreads; and frames that attribute nothing (intentions
under "it became known that", planned transfers, "expect to know how many", "what X is
calling"). Sentences written for these tests."""
import pytest
from conftest import quotes_pipeline


@pytest.fixture(scope="module")
def nlp():
    return quotes_pipeline()


def found(doc):
    """(content, speaker) of each quote."""
    return [(doc.text[q["span"][0]:q["span"][1]], q["speaker"]) for q in doc._.quotes]


def spans(doc):
    return [doc.text[q["span"][0]:q["span"][1]] for q in doc._.quotes]


# A reporting verb after its content, its subject after it ("..., announced the premier")

@pytest.mark.parametrize("text, content, speaker", [
    ("In the last two days Norway has decided to send 12 launchers, announced the Norwegian "
     "premier, Ola Berg, at a press conference in Oslo.",
     "In the last two days Norway has decided to send 12 launchers", "Ola Berg"),
    ("The new package includes two radar stations, mortars, and rounds to fire from them, stated the "
     "Minister of Defence, Anna Lind, at a briefing in Riga.",
     "The new package includes two radar stations, mortars, and rounds to fire from them", "Anna Lind"),
])
def test_inverted_reporting_clause(nlp, text, content, speaker):
    doc = nlp(text)
    assert (content, speaker) in found(doc)


@pytest.mark.parametrize("text, absent", [
    # the noun after the verb is what was announced, not who announced it
    ("The army moved its launchers, announced the withdrawal and left the port.", "The army"),
    # the person told is no subject
    ("The launchers reached the port, told the minister and left.", "The launchers"),
])
def test_verb_object_is_no_inverted_subject(nlp, text, absent):
    doc = nlp(text)
    assert not any(span.startswith(absent) for span in spans(doc))


# A postposed attribution the parser could not join to its content

@pytest.mark.parametrize("text, content, speaker", [
    ("The navy has sped up its delivery of patrol boats bought by Chile, including four "
     "hulls that arrived on Feb. 3, the Ministry of Defense (MOD) said, easing the "
     "shortage.",
     "The navy has sped up its delivery of patrol boats bought by Chile, including four "
     "hulls that arrived on Feb. 3", "Ministry of Defense"),
    ("The drill in the north proves the brigade’s skill to quickly move and fire long-range "
     "rockets, Col. Peter Hale, commander of the rocket battalion, said in Monday’s "
     "statement.",
     "The drill in the north proves the brigade’s skill to quickly move and fire long-range "
     "rockets", "Peter Hale"),
])
def test_attribution_after_content_by_surface(nlp, text, content, speaker):
    doc = nlp(text)
    assert (content, speaker) in found(doc)


def test_plain_postposed_report_is_unchanged(nlp):
    doc = nlp("The tanks arrived in Poland, Germany and France, officials said.")
    assert found(doc) == [("The tanks arrived in Poland, Germany and France", "officials")]


# Fronted content keeps a participle or apposition after its comma

@pytest.mark.parametrize("text, content", [
    ("The radars have been used well in Finland, offering early warning and jamming "
     "resistance, the ministry said.",
     "The radars have been used well in Finland, offering early warning and jamming "
     "resistance"),
    ("Two launchers reached the base on Monday, a sign of faster deliveries, the army said.",
     "Two launchers reached the base on Monday, a sign of faster deliveries"),
])
def test_fronted_content_is_kept_whole(nlp, text, content):
    assert content in spans(nlp(text))


def test_content_after_the_verb_still_stops_at_the_author_remark(nlp):
    doc = nlp("The ministry said the radars had arrived, marking a new stage of the program.")
    assert spans(doc) == ["the radars had arrived"]


# A headline report over the byline line; a bracketed ticker kept

@pytest.mark.parametrize("text, content", [
    ("Russia strikes port of Odesa with drones, officials say\n"
     "Reuters | Updated: 12-04-2024 10:20 IST | Created: 12-04-2024 10:20 IST\n"
     "Russia struck the port overnight.",
     "Russia strikes port of Odesa with drones"),
    ("Army receives new howitzers, ministry says\nAP | Updated: 03-05-2023 08:00 IST\n"
     "The howitzers arrived on Monday.",
     "Army receives new howitzers"),
])
def test_headline_report_over_byline(nlp, text, content):
    assert content in spans(nlp(text))


def test_closing_bracket_stays_with_its_opening(nlp):
    doc = nlp("Italy is to send two radar systems made by Leonardo (LDO.MI), the Corriere daily "
              "reported on Monday.")
    assert ("Italy is to send two radar systems made by Leonardo (LDO.MI)",
            "Corriere") in found(doc)   # the outlet's name without its description


# "according to X" inside the subject; "as per X"

@pytest.mark.parametrize("text, content", [
    ("The new K9 howitzers, according to the defence minister Jan Novak, are as good as the "
     "German guns the army already has.",
     "The new K9 howitzers, according to the defence minister Jan Novak, are as good as the "
     "German guns the army already has"),
    ("The coastal batteries, according to the navy, will be ready by the summer.",
     "The coastal batteries, according to the navy, will be ready by the summer"),
])
def test_according_to_inside_the_subject(nlp, text, content):
    assert content in spans(nlp(text))


def test_according_to_after_the_clause_is_unchanged(nlp):
    doc = nlp("The coastal batteries will be ready by the summer, according to the navy.")
    assert spans(doc) == ["The coastal batteries will be ready by the summer"]


@pytest.mark.parametrize("text, content, speaker", [
    ("As per the ministry, the radars will be placed near the capital, with one on the coast.",
     "the radars will be placed near the capital, with one on the coast", "the ministry"),
    ("The launchers arrived in May.\nAs per Reuters, two more will follow in June.",
     "two more will follow in June", "Reuters"),
])
def test_as_per_a_source(nlp, text, content, speaker):
    assert (content, speaker) in found(nlp(text))


def test_as_per_a_document_is_no_attribution(nlp):
    doc = nlp("As per the contract, the tanks will arrive in May.")
    assert spans(doc) == []


# A second "and that" clause; "denounce" and "hope" as cues

def test_second_that_clause_after_a_quotation(nlp):
    doc = nlp("Kovalenko stated in the same post that “the air defence destroyed two drones” and "
              "that a single drone “has struck a depot.”")
    assert spans(doc) == ["the air defence destroyed two drones",
                          "a single drone “has struck a depot.”"]


@pytest.mark.parametrize("text", [
    "The minister said that the tanks had arrived and that the crews were ready.",
    "Kovalenko also said the strikes were “limited” and that the depot was not hit.",
])
def test_second_that_clause_stays_in_one_quote(nlp, text):
    assert len(nlp(text)._.quotes) == 1


@pytest.mark.parametrize("text, content", [
    ("The regional authorities have denounced that a new missile strike hit the port.",
     "a new missile strike hit the port"),
    ("The premier hopes that the first four jets will arrive before the summer.",
     "the first four jets will arrive before the summer"),
    ("The minister hoped that the radars would be ready in May.",
     "the radars would be ready in May"),
])
def test_denounce_and_hope_report(nlp, text, content):
    assert content in spans(nlp(text))


def test_denounce_with_an_object_is_no_quote(nlp):
    assert spans(nlp("The ministry denounced the strike on the port.")) == []


# Frames that attribute nothing

@pytest.mark.parametrize("text", [
    "On 5 March, it became known that Canada intends to provide Latvia with four launchers, "
    "and Norway plans to transfer two radars.",
    "It was reported that Spain plans to send two batteries.",
    "Belgium plans to provide Ukraine with two jets for spare parts this year.",
    "Chile wants to buy coastal defence batteries from the US.",
])
def test_planned_transfers_are_not_quotes(nlp, text):
    assert spans(nlp(text)) == []


def test_political_pledge_is_still_an_intention_quote(nlp):
    assert spans(nlp("The minister pledged to withdraw the troops.")) == ["to withdraw the troops"]


@pytest.mark.parametrize("text", [
    "Now they expect to know how many tanks will be handed to Latvia.",
    "The minister wants to know whether the tanks arrived.",
])
def test_wish_to_learn_is_no_quote(nlp, text):
    assert spans(nlp(text)) == []


def test_knowing_the_answer_still_reports(nlp):
    assert spans(nlp("The minister knows how many tanks arrived.")) == ["how many tanks arrived"]


@pytest.mark.parametrize("text", [
    "Russia attacked its neighbour in what Moscow officials are still calling a “special military operation”.",
    "The troops crossed the border in what Moscow is calling a “peace mission”.",
])
def test_standing_label_is_no_quote(nlp, text):
    assert spans(nlp(text)) == []


def test_naming_in_a_report_is_still_a_quote(nlp):
    doc = nlp("Lund condemned what he called a “reckless violation” of the truce terms.")
    assert spans(doc) == ["what he called a “reckless violation” of the truce terms"]


@pytest.mark.parametrize("text", [
    "Mr Berg has often pressed the president for the rockets to defend the ports.",
    "Latvia has been asking for months for longer-range rockets but its allies have not agreed.",
    "Kyiv urged allies to send tanks.",
])
def test_requests_for_a_system_are_not_quotes(nlp, text):
    assert spans(nlp(text)) == []


def test_call_for_a_policy_is_still_a_quote(nlp):
    doc = nlp("The senator has urged Congress to pass the bill before the election.")
    assert spans(doc) == ["Congress to pass the bill before the election"]
