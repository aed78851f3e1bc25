"""Positions of the tokens with a given word, read off a Doc's attribute arrays.

A component that looks at a few words only need not build a Token for every token of the
Doc: the arrays give each token's string ids, and a small cache per word list remembers
which lemma ids lower-case to one of its words.
"""
from __future__ import annotations

from spacy.attrs import DEP, LEMMA, LIKE_NUM, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

# word list -> {lemma id: whether the lemma, lower-cased, is in the list}
_LEMMA_VERDICTS: dict[frozenset[str], dict[int, bool]] = {}


def lemma_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lemma, lower-cased, is one of ``words``, in order."""
    if len(doc) == 0:
        return []
    verdicts = _LEMMA_VERDICTS.setdefault(words, {})
    strings = doc.vocab.strings
    positions = []
    for i, lemma in enumerate(doc.to_array(LEMMA).tolist()):
        verdict = verdicts.get(lemma)
        if verdict is None:
            verdict = verdicts[lemma] = strings[lemma].lower() in words
        if verdict:
            positions.append(i)
    return positions


def lower_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-cased text is one of ``words``, in order."""
    if len(doc) == 0:
        return []
    ids = {get_string_id(word) for word in words}
    return [i for i, lower in enumerate(doc.to_array(LOWER).tolist()) if lower in ids]


def number_positions(doc: Doc) -> list[int]:
    """Indices of the tokens that look like a number ("18", "1,500", "ten"), in order."""
    if len(doc) == 0:
        return []
    return doc.to_array(LIKE_NUM).nonzero()[0].tolist()


def dep_positions(doc: Doc, label: str) -> list[int]:
    """Indices of the tokens with the dependency label ``label`` ("ROOT"), in order."""
    if len(doc) == 0:
        return []
    return (doc.to_array(DEP) == get_string_id(label)).nonzero()[0].tolist()
