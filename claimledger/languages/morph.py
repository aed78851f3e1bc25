"""Lemmas for languages whose spaCy pipeline has none of its own.

Russian lemmas come from pymorphy3's dictionary. Ukrainian has no dictionary in
the default install (pymorphy3's Ukrainian dictionary is GPLv3), so its rules
match inflected forms themselves and its lemma is the lower-cased word.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

DICTIONARY_LANGUAGES = ("ru",)


@lru_cache(maxsize=None)
def analyzer(lang: str):
    """The pymorphy3 analyzer for ``lang`` (loaded once per process, about 0.1 s)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=262_144)
def lemma(word: str, lang: str) -> str:
    """The dictionary form of ``word`` in ``lang``, lower-cased ("Орешника" -> "орешник")."""
    if lang in DICTIONARY_LANGUAGES and any(ch.isalpha() for ch in word):
        return analyzer(lang).parse(word)[0].normal_form
    return word.lower()


@Language.factory("claimledger_lemmas")
def create_lemmas(nlp: Language, name: str):
    lang = nlp.lang

    def set_lemmas(doc: Doc) -> Doc:
        for token in doc:
            if not token.lemma_:
                token.lemma_ = lemma(token.text, lang)
        return doc

    return set_lemmas


def blank_pipeline(lang: str) -> Language:
    """A rule-level pipeline for ``lang``: tokens, sentences and lemmas, no statistical model.

    Rule components for a language are written against what this gives, so they also
    run on a richer Doc (a parsed Russian one) unchanged.
    """
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimledger_lemmas")
    return nlp
