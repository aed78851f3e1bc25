"""Quote spans in long-form prose: a quotation the parse ends inside its marks, and other
structures of feature and political reporting. Sentences written for these tests."""
import pytest
from conftest import quotes_pipeline


@pytest.fixture(scope="module")
def nlp():
    return quotes_pipeline()


def found(doc):
    """(content, kind, speaker) of each quote."""
    return [(doc.text[q["span"][0]:q["span"][1]], q["kind"], q["speaker"]) for q in doc._.quotes]


# A mixed quote runs to the closing mark of the quotation it opens, even where the parse
# ends its clause at a comma inside the marks

@pytest.mark.parametrize("text, content", [
    ('Sam Wilson, of Dover, said he had served in the navy "for the nation\'s rights, knowing '
     'that at home we had none."',
     'he had served in the navy "for the nation\'s rights, knowing that at home we had none."'),
    ("The mayor said the port remains a \u201cbig difference in funding and staff,\u201d when it "
     "comes to how many ships dock there.",
     "the port remains a \u201cbig difference in funding and staff,\u201d"),
    ("Sam Wilson said he had served ''for the nation's rights, knowing that at home we had "
     "none.''",
     "he had served ''for the nation's rights, knowing that at home we had none.''"),
])
def test_mixed_quote_runs_to_its_closing_mark(nlp, text, content):
    assert content in [c for c, kind, _ in found(nlp(text)) if kind == "mixed"]


def test_quotation_closed_on_a_later_line_is_not_joined(nlp):
    doc = nlp('The minister said the fleet was "ready for duty\n\nThe crews, meanwhile, rested."')
    assert all("\n" not in content for content, _, _ in found(doc))


# "that" as the determiner of the content's subject stays in the span

@pytest.mark.parametrize("text, content", [
    ("Rep. John Doe said that claim smacked of hypocrisy.", "that claim smacked of hypocrisy"),
    ("She said that decision was made in May.", "that decision was made in May"),
])
def test_that_determining_the_subject_stays(nlp, text, content):
    assert [c for c, _, _ in found(nlp(text))] == [content]


@pytest.mark.parametrize("text, content", [
    ("He said that information was lacking.", "information was lacking"),
    ("The ministry said that the plan would fail.", "the plan would fail"),
    ("Officials said that support will continue.", "support will continue"),
])
def test_complementizer_that_still_goes(nlp, text, content):
    assert [c for c, _, _ in found(nlp(text))] == [content]


# A quotation whose last sentence the parse joined to the words after its closing mark
# keeps its report; the source set before an apposition is the name

def test_clause_straddling_a_closing_mark_leaves_the_quotation(nlp):
    doc = nlp("Retired Adm. Lena Ortiz said the convoy was \u201clate\u201d when she was asked on "
              "Tuesday evening about the harbour, \u201cthe piers have been turned to scrap.\u201d"
              "\n\n\u201cShe's completely correct. There's a deep rift between this ministry "
              "and honestly the air force and our marines,\u201d Ortiz, a senior Brandt adviser, "
              "said Friday evening on Radio Nord\u2019s \u201cMorning Watch.\u201d")
    quotes = found(doc)
    assert ("She's completely correct. There's a deep rift between this ministry and honestly "
            "the air force and our marines,", "direct", "Lena Ortiz") in quotes
    assert not any(content.startswith("There's") for content, _, _ in quotes)


def test_named_source_before_an_apposition(nlp):
    doc = nlp("\u201cThe depot is full,\u201d Ortiz, a senior Brandt adviser, said on Radio "
              "Nord\u2019s \u201cMorning Watch.\u201d")
    assert found(doc)[0][2] == "Ortiz"


# A source phrase ends before its own relative clause; "the Kentucky Republican" takes up
# the politician named before it

def test_source_phrase_stops_before_its_relative_clause(nlp):
    doc = nlp("The report cited several anonymous U.S. officials who said the navy was "
              "considering the deployment of up to 14,000 sailors, dozens of ships, and "
              "additional equipment.")
    assert [s for _, _, s in found(doc)] == ["several anonymous U.S. officials"]


@pytest.mark.parametrize("text, speaker", [
    ("The bill won't pass without changes, Sen. Rand Paul said on Wednesday. The Kentucky "
     "Republican said he is talking to its authors.", "Rand Paul"),
    ("Rep. Adam Schiff said the agency erred. The California Democrat said the report was "
     "wrong.", "Adam Schiff"),
])
def test_party_member_description_takes_up_the_politician(nlp, text, speaker):
    assert [s for _, _, s in found(nlp(text))] == [speaker, speaker]


def test_party_member_without_anyone_named_stays_as_written(nlp):
    assert [s for _, _, s in found(nlp("The Republican said the vote would fail."))] == ["Republican"]


# A base-form conjunct joined to the reporting verb continues the content; a subjectless
# conjunct in the report's tense is the speaker's next act, with the speaker's subject

def test_base_form_conjunct_continues_the_content(nlp):
    doc = nlp("During a broadcast of \u201cThe Evening Hour,\u201d the former defence minister "
              "and current opposition party leader said she hoped to talk \u201cplainly to new "
              "recruits\u201d and let them hear that \u201cthis army will not abandon them.\u201d")
    assert [(c, k) for c, k, _ in found(doc)] == [
        ("she hoped to talk \u201cplainly to new recruits\u201d and let them hear that "
         "\u201cthis army will not abandon them.\u201d", "mixed")]


def test_next_act_of_the_speaker_keeps_the_speaker(nlp):
    doc = nlp("The minister said the army would stay and asked for more funds.")
    assert [s for _, _, s in found(doc)] == ["The minister", "The minister"]


def test_time_of_the_report_is_no_part_of_the_source(nlp):
    doc = nlp("Markov this week also said he would think about appointing Gen. Ivan Petrov to "
              "the staff.")
    assert [s for _, _, s in found(doc)] == ["Markov"]


@pytest.mark.parametrize("text, content", [
    ("The general lamented that the brigade had lost half its tanks.",
     "the brigade had lost half its tanks"),
    ("He confessed that the launchers had never arrived.", "the launchers had never arrived"),
])
def test_verbs_of_the_manner_of_speaking_report(nlp, text, content):
    assert [c for c, _, _ in found(nlp(text))] == [content]


# A speech verb the tagger read as a plural noun after a name ("Trump charges that ...")

@pytest.mark.parametrize("text, content, speaker", [
    ("Clinton now says she opposes the deal.\n\nSmith charges that countries that gain from the "
     "deal gave millions to the foundation.",
     "countries that gain from the deal gave millions to the foundation", "Smith"),
    ("Pence plans to release his returns soon.\n\nBut Smith claims that he should be the "
     "exception.", "he should be the exception", "Smith"),
])
def test_speech_verb_read_as_a_noun(nlp, text, content, speaker):
    assert (content, "indirect", speaker) in found(nlp(text))


def test_plural_noun_with_a_relative_clause_stays_a_noun(nlp):
    assert found(nlp("Trump claims that were disputed by experts spread online.")) == []


@pytest.mark.xfail(strict=True, reason=(
    "rule fitted to the parse of one copied sentence: on sentences of our own the parser hangs "
    "the report on the main clause, and only the main clause is taken"))
def test_report_hung_on_an_opening_clause_covers_the_sentence(nlp):
    doc = nlp("Though that handover went fairly smoothly, he said, removing the commander would "
              "be far more divisive and might bring fierce pressure from his allies.")
    assert [c for c, _, _ in found(doc)] == [
        "Though that handover went fairly smoothly, he said, removing the commander would be "
        "far more divisive and might bring fierce pressure from his allies"]


def test_a_word_of_one_quotation_is_no_source_of_another(nlp):
    doc = nlp("Mr. Hale brushed off the charge, taking the remark first as praise -- "
              "''That makes me careful'' -- and, when pressed after the hearing, insisting, "
              "''Naturally, I file every report.''")
    assert "That" not in [s for _, _, s in found(doc)]


def test_untagged_surname_subject_is_a_pronouns_antecedent(nlp):
    doc = nlp("Donald Smith spoke in Ohio. Clinton talked about reform. Smith responded by using "
              "the example of Chicago.\n\nHe said:\n\n\"We have a situation.\"")
    assert [s for _, _, s in found(doc)] == ["Donald Smith"]


def test_what_a_text_says_is_no_part_of_its_name(nlp):
    doc = nlp("Just hours after the president released a video stating that \u201cwe have won "
              "against the rebels,\u201d a group of senators released a letter.")
    assert [s for _, _, s in found(doc)] == ["a video"]


@pytest.mark.parametrize("text, speaker", [
    pytest.param(
        "Editor's note: Viktor Lang often incites hatred and is a habitual liar, rampant bigot, "
        "racist and crank who has repeatedly pledged to expel all migrants.", "Viktor Lang",
        marks=pytest.mark.xfail(strict=True, reason=(
            "rule fitted to the parse of one copied sentence: on sentences of our own with the "
            "same structure no report is found"))),
    ("The general is a veteran who said the war was lost.", "The general"),
    ("He met a veteran who said the war was lost.", "a veteran"),
])
def test_relative_clause_of_a_predicate_noun_speaks_for_the_subject(nlp, text, speaker):
    assert [s for _, _, s in found(nlp(text))] == [speaker]


def test_nickname_in_quotation_marks_does_not_hide_the_verb(nlp):
    doc = nlp("\"This is a big year for our county!\" Smith's niece, state Del. Marcia \"Cia\" "
              "Price (D-Norfolk), shouted to the crowd.")
    quotes = found(doc)
    assert quotes[0][0] == "This is a big year for our county!" and quotes[0][2] is not None


def test_quotation_goes_on_after_a_titled_source_and_its_verb(nlp):
    doc = nlp("The garrison is looking into the blast.\n\u201cI will simply give you this pledge: "
              "We will find the cause of this explosion,\u201d Narva garrison Chief Piet Saar "
              "said Tuesday. \u201cI want to reassure our town and I want to reassure each of "
              "you: We will find the cause.\u201d")
    assert [s for _, _, s in found(doc)] == ["Piet Saar", "Piet Saar"]


# A report in a subordinate clause that opens the sentence

@pytest.mark.parametrize("text, content, speaker", [
    ("While he admitted pay was a big factor he felt worn out serving under the previous "
     "commander, Ralf Olsen also mentioned several smaller things left him even more discouraged.",
     "pay was a big factor he felt worn out serving under the previous commander",
     "Ralf Olsen"),
    ("Although she said the troops were ready, Jane Doe delayed the move.",
     "the troops were ready", "Jane Doe"),
])
def test_report_in_an_opening_subordinate_clause(nlp, text, content, speaker):
    assert (content, "indirect", speaker) in found(nlp(text))


def test_after_saying_takes_the_passive_subject(nlp):
    doc = nlp("After saying his left knee was \u201cso stiff I could hardly climb the ladder,\u201d "
              "he was flown to the field hospital for scans.")
    assert [(k, s) for _, k, s in found(doc)] == [("mixed", "he")]


# A quoted title or nickname governed by a verb that neither speaks nor names is no quote

@pytest.mark.parametrize("text", [
    "Those were the weeks of Jane Rowe, who sat for a long chat last week on Ms. Dale's "
    "program, ''Statecraft.''",
    "Hale hit back at Brandt in turn, saddling him with the nickname \"Shifty Karl.\"",
    "The director makes this clear in her new documentary \u201c13th.\u201d",
])
def test_title_fragment_is_no_quote(nlp, text):
    assert found(nlp(text)) == []


def test_fragment_of_a_naming_verb_stays(nlp):
    assert [k for _, k, _ in found(nlp("Smith called Nato \u201cobsolete\u201d in January."))] == ["mixed"]


def test_the_secretary_general_takes_up_the_named_holder(nlp):
    doc = nlp("NATO Secretary-General Jens Stoltenberg said the alliance was ready.\n\n"
              "\"We are ready,\" the secretary-general said.")
    assert [s for _, _, s in found(doc)] == ["Jens Stoltenberg", "Jens Stoltenberg"]


# A chain of "he": the pronoun takes up the one the last main clause took up

def test_pronoun_takes_up_the_earlier_main_clause_pronoun(nlp):
    doc = nlp("The group was led by Sen. Lindsey Graham, a staunch ally of the president. However, "
              "on this move, he blasted the president, leveling the criticisms he used against "
              "former President Barack Obama when he withdrew forces from Iraq.\n\n\u201cI fear it "
              "will lead to devastating consequences,\u201d he said on social media.")
    assert [s for _, _, s in found(doc)] == ["Lindsey Graham"]


def test_pronoun_named_in_its_own_sentence_is_unchanged(nlp):
    doc = nlp("President Obama said the test was reckless.\n\nSecretary General Ban Ki-moon sharply condemned "
              "what he called a \u201creckless violation\u201d of the truce terms.")
    assert found(doc)[-1][2] == "Ban Ki-moon"


def test_the_nato_secretary_general_takes_up_the_named_holder(nlp):
    doc = nlp("NATO Secretary General Jens Stoltenberg calls on allies to give priority to Kyiv."
              "\n\n\"Kyiv needs even more,\" the NATO Secretary General said.")
    assert [s for _, _, s in found(doc)] == ["Jens Stoltenberg"]


# What something is called "as" is the quotation itself, with the verb's source

@pytest.mark.parametrize("text, content, speaker", [
    ("The Kremlin has long brushed off stories about the naval buildup as \"pure invention.\"",
     "pure invention.", "Kremlin"),
    ("Officials blasted the media as \u201cdishonest\u201d.", "dishonest", "Officials"),
])
def test_fragment_named_as_is_a_direct_quote(nlp, text, content, speaker):
    assert (content, "direct", speaker) in found(nlp(text))
