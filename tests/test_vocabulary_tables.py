"""Word lists that several readers share are each one lexicon table, read where they are used."""
import pytest

from claimledger.extract import load_model, plans, quotes, sourcing, speakers, timex_tense
from claimledger.lexicon import lexicon


def test_the_verbs_that_give_a_text_are_one_pair_of_tables():
    words = lexicon().speech_verbs
    assert speakers.ISSUING_VERBS == frozenset(words["text_issuing"])
    assert speakers.GIVING_VERBS == frozenset(words["text_issuing"]) | frozenset(words["text_giving"])
    assert quotes.GIVING_VERBS is speakers.GIVING_VERBS   # "made the following comment:" reads the same list
    assert {"make", "release", "provide"} <= quotes.GIVING_VERBS


def test_the_giving_verbs_of_an_approval_have_their_own_name():
    rules = lexicon().events["plan_rules"]
    assert "giving_verbs" not in rules
    assert plans.APPROVAL_GIVING_VERBS == frozenset(rules["approval_giving_verbs"])


def test_the_plain_future_is_the_future_auxiliaries_less_the_conditional_ones():
    events = lexicon().events
    plain = frozenset(events["future_aux"]) - frozenset(events["conditional_aux"])
    assert sourcing.FUTURE_AUX == plain == timex_tense.FUTURE_AUXILIARIES
    assert "would" not in plain and {"will", "'ll", "’ll", "ll"} <= plain


@pytest.fixture(scope="module")
def timex_nlp():
    model = load_model()
    model.add_pipe("claimledger_timexes")
    return model


@pytest.mark.parametrize("text", [
    "The minister said: “We’ll deliver the first launchers on Friday.”",
    "The minister said: \"We'll deliver the first launchers on Friday.\"",
])
def test_a_weekday_under_either_apostrophe_of_the_future_lies_ahead(timex_nlp, text):
    doc = timex_nlp.make_doc(text)
    doc._.dct = "2025-01-08"   # a Wednesday
    doc = timex_nlp(doc)
    assert [t["value"] for t in doc._.timexes] == ["2025-01-10"]
