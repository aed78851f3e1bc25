"""The model's rule lemmatizer, answered from a cache keyed on what the rules read.

spaCy's rule lemmatizer reads a token's form, part of speech and morphology, and nothing
else; yet it walks the Doc token by token and caches only the lemmas its rules compute, so
every singular noun or base-form verb is re-derived. Here a Doc's (form, POS, morphology)
triples are read in one array, each triple is lemmatized by the model's own component the
first time it is seen, and the lemmas are written back in one array: every token gets the
lemma the model's component gives (``tests/test_lemmas.py`` compares the two).
"""
from __future__ import annotations

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.tokens import Doc

COMPONENT = "claimledger_lemmatizer"
MODEL_COMPONENT = "lemmatizer"
MAX_CACHED = 300_000   # (form, POS, morphology) triples kept; past that, computed each time


class CachedLemmatizer:
    """Lemmas of the model's lemmatizer, one computation per distinct (form, POS, morphology)."""

    def __init__(self, lemmatizer):
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.cache: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        # a lemma set before (the attribute ruler's exceptions) stays, as overwrite=False keeps it
        keep = not self.lemmatizer.overwrite
        for position, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if keep and lemma:
                continue
            lemmas[position] = self.lemma_id(doc, position, (orth, pos, morph))
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    def lemma_id(self, doc: Doc, position: int, key: tuple[int, int, int]) -> int:
        found = self.cache.get(key)
        if found is None:
            found = self.strings.add(self.lemmatizer.lemmatize(doc[position])[0])
            if len(self.cache) < MAX_CACHED:
                self.cache[key] = found
        return found


@Language.factory(COMPONENT)
def create_cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    return CachedLemmatizer(nlp.get_pipe(MODEL_COMPONENT))


def cache_lemmatizer(nlp: Language) -> Language:
    """Put the cached lemmatizer in the model's lemmatizer's place; the model's component,
    taken out of the pipeline, stays inside it to compute each new triple."""
    if MODEL_COMPONENT not in nlp.pipe_names or nlp.get_pipe(MODEL_COMPONENT).mode != "rule":
        return nlp   # a lookup or custom mode may read more than the three attributes
    nlp.add_pipe(COMPONENT, after=MODEL_COMPONENT)
    nlp.remove_pipe(MODEL_COMPONENT)
    return nlp
