"""The cached lemmatizer gives every token the lemma the model's own lemmatizer gives."""
from pathlib import Path

import pytest

from claimledger.extract import load_model
from claimledger.extract.attributes import index_attribute_ruler
from claimledger.extract.lemmas import COMPONENT, MODEL_COMPONENT, cache_lemmatizer

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# forms the rules change, base forms they keep, the ruler's own lemma exceptions, no POS
SENTENCES = [
    "The batteries were deployed; two launchers have arrived and more are arriving.",
    "She'd said the systems weren't ready, but they're better armed than the older ones.",
    "Officials hopes, bases, analyses and criteria: the wolves' dens were fewer.",
    "  \n\t ",
    "“We’re ready,” said the commander, who’d arrived on 3 March; y'all ain't seen it.",
]


def lemmas(doc):
    return [(t.text, t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def models():
    return load_model(), cache_lemmatizer(index_attribute_ruler(load_model()))


def test_cached_lemmatizer_takes_the_models_place(models):
    model, cached = models
    position = model.pipe_names.index(MODEL_COMPONENT)
    assert cached.pipe_names[position] == COMPONENT and MODEL_COMPONENT not in cached.pipe_names


def test_cached_lemmatizer_matches_the_model_on_every_token(models):
    model, cached = models
    texts = SENTENCES + [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.rglob("*.txt"))]
    assert len(texts) > len(SENTENCES)
    # twice: the second pass is answered from the cache
    for _ in range(2):
        for ours, theirs in zip(cached.pipe(texts), model.pipe(texts)):
            assert lemmas(ours) == lemmas(theirs)
    assert cached.get_pipe(COMPONENT).cache


def test_a_lemma_set_before_the_lemmatizer_is_kept(models):
    _, cached = models
    doc = cached.make_doc("They ain't here")
    for name, component in cached.pipeline:
        if name == COMPONENT:
            doc[0].lemma_ = "preset"
        doc = component(doc)
    assert doc[0].lemma_ == "preset" and doc[-1].lemma_ == "here"
