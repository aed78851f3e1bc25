"""The indexed attribute ruler gives every token the attributes the model's own ruler gives."""
from pathlib import Path

import pytest

from claimledger.extract import load_model
from claimledger.extract.attributes import COMPONENT, MODEL_COMPONENT, index_attribute_ruler, table_choices

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# sentences for the patterns the look-up tables do not answer (a regex, a dependency, two tokens)
SENTENCES = [
    "There are six launchers at the base, and there's a radar too.",
    "Y'all ain't gonna believe it: let's say the battery got hit, c'mon.",
    "The minister gets briefed daily; he got the report and gotta act.",
    "  Two spaces, a tab\tand a line break\nin one sentence.",
    "“We’re ready,” said the commander, who’d arrived on 3 March.",
]


def token_attributes(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def models():
    return load_model(), index_attribute_ruler(load_model())


def test_indexed_ruler_replaces_the_models_in_place(models):
    model, indexed = models
    position = model.pipe_names.index(MODEL_COMPONENT)
    assert indexed.pipe_names[position] == COMPONENT and MODEL_COMPONENT not in indexed.pipe_names


def test_indexed_ruler_matches_the_model_on_every_token(models):
    model, indexed = models
    texts = SENTENCES + [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.rglob("*.txt"))]
    assert len(texts) > len(SENTENCES)
    for ours, theirs in zip(indexed.pipe(texts), model.pipe(texts)):
        assert token_attributes(ours) == token_attributes(theirs)


def test_table_choices_expand_in_lists_and_decline_other_tests():
    assert table_choices({"TAG": "VBZ", "LOWER": "gets"}) == [("gets", "VBZ")]
    assert table_choices({"TAG": {"IN": ["VBP", "VBZ"]}}) == [(None, "VBP"), (None, "VBZ")]
    assert table_choices({"LOWER": {"REGEX": "^n'?t$"}}) is None
    assert table_choices({"DEP": "expl"}) is None
    assert table_choices({}) is None


def test_sequence_starts_come_in_token_then_attribute_order(models):
    _, indexed = models
    ruler = indexed.get_pipe(COMPONENT)
    doc = indexed.make_doc("But there ain't a  radar, but a gun.")
    columns = [[ruler_value(key, token) for token in doc] for key in ruler.sequence_keys]
    starts = ruler.sequence_starts(columns)
    expected = [(i, key, column[i]) for i in range(len(doc))
                for key, column in zip(ruler.sequence_keys, columns) if (key, column[i]) in ruler.sequence_ids]
    assert starts == expected and starts


def ruler_value(key, token):
    """The token's value id of an attribute, read off the Token rather than the Doc's array."""
    return {"LOWER": token.lower, "TAG": token.tag, "DEP": token.dep, "IS_SPACE": int(token.is_space)}[key]


def test_the_matcher_runs_only_where_a_form_opens_one_of_its_patterns(models):
    _, indexed = models
    ruler = indexed.get_pipe(COMPONENT)
    assert ruler.matcher_openings, "the model's ruler keeps patterns the tables cannot answer"
    forms = lambda text: [token.lower for token in indexed.make_doc(text)]
    assert ruler.may_hold_matcher_patterns(forms("Y'all know the battery is nothin' new."))
    assert not ruler.may_hold_matcher_patterns(forms("The battery arrived at the base on Monday."))
