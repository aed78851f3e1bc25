"""Positions of the tokens with a given word, read off a Doc's attribute arrays.

A component that looks at a few words only need not build a Token for every token of the
Doc: the arrays give each token's string ids, and a small cache per word list remembers
which lemma ids lower-case to one of its words. A Doc that holds none of the words is
told by set operations on its ids, without a Python loop over its tokens.
"""
from __future__ import annotations

import functools
import weakref

from spacy.attrs import DEP, IS_ALPHA, IS_SPACE, IS_UPPER, LEMMA, LENGTH, LIKE_NUM, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

# word list -> (the lemma ids judged so far, those whose lemma, lower-cased, is in the list)
_LEMMA_HITS: dict[frozenset[str], tuple[set[int], set[int]]] = {}
# word lists whose string ids are kept (a list of a document's own names is asked for once)
LOWER_ID_LISTS = 256


# attribute -> Doc -> (the column's bytes when read, its ids token by token, their set); the
# components ask for the same column a few dozen times a Doc, and most of a call's cost was
# turning the array into Python ints again
_COLUMNS: dict[int, "weakref.WeakKeyDictionary[Doc, tuple[bytes, tuple[int, ...], frozenset[int]]]"] = {
    LEMMA: weakref.WeakKeyDictionary(), LOWER: weakref.WeakKeyDictionary()}


def column_ids(doc: Doc, attr: int) -> tuple[tuple[int, ...], frozenset[int]]:
    """The Doc's string ids of ``attr`` (LEMMA or LOWER), token by token and as a set.

    Kept per Doc and given again while the column holds the same bytes: a component that
    changes lemmas (the quote stage repairs a few) makes the next call read the new ones.
    """
    column = doc.to_array(attr)
    raw = column.tobytes()
    kept = _COLUMNS[attr].get(doc)
    if kept is not None and kept[0] == raw:
        return kept[1], kept[2]
    ids = tuple(column.tolist())
    _COLUMNS[attr][doc] = (raw, ids, frozenset(ids))
    return ids, _COLUMNS[attr][doc][2]


def matching_lemma_ids(doc: Doc, lemma_ids: set[int] | frozenset[int], words: frozenset[str]) -> set[int]:
    """The ids among ``lemma_ids`` whose lemma, lower-cased, is one of ``words``; each lemma id
    is looked up once per word list, and the rest is set arithmetic."""
    seen, hits = _LEMMA_HITS.setdefault(words, (set(), set()))
    unseen = lemma_ids - seen
    if unseen:
        strings = doc.vocab.strings
        hits.update(lemma for lemma in unseen if strings[lemma].lower() in words)
        seen |= unseen
    return lemma_ids & hits


def lemma_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lemma, lower-cased, is one of ``words``, in order."""
    if len(doc) == 0:
        return []
    lemmas, lemma_set = column_ids(doc, LEMMA)
    hits = matching_lemma_ids(doc, lemma_set, words)
    if not hits:
        return []   # most word lists: no token of the Doc, found without a loop over tokens
    return [i for i, lemma in enumerate(lemmas) if lemma in hits]


@functools.lru_cache(maxsize=LOWER_ID_LISTS)
def string_ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids of ``words``."""
    return frozenset(get_string_id(word) for word in words)


def lower_positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """Indices of the tokens whose lower-cased text is one of ``words``, in order."""
    if len(doc) == 0:
        return []
    ids = string_ids(words)
    lowers, lower_set = column_ids(doc, LOWER)
    if ids.isdisjoint(lower_set):
        return []
    return [i for i, lower in enumerate(lowers) if lower in ids]


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


# Doc -> the indices of its tokens that hold a line break; the tokens of a Doc never change
_NEWLINES: "weakref.WeakKeyDictionary[Doc, list[int]]" = weakref.WeakKeyDictionary()


def newline_positions(doc: Doc) -> list[int]:
    """Indices of the tokens that hold a line break, in order, found once per Doc: the
    tokenizer keeps every run of whitespace but a single space as a token of its own, so
    only the whitespace tokens need be read."""
    found = _NEWLINES.get(doc)
    if found is None:
        spaces = doc.to_array(IS_SPACE).nonzero()[0].tolist() if len(doc) else []
        found = _NEWLINES[doc] = [i for i in spaces if "\n" in doc[i].text]
    return found


def capitals_word_positions(doc: Doc, min_length: int) -> list[int]:
    """Indices of the tokens written in capital letters only ("CENTCOM") and at least
    ``min_length`` characters long, in order: read off the lexical flags, not token by token."""
    if len(doc) == 0:
        return []
    flags = doc.to_array([IS_UPPER, IS_ALPHA, LENGTH])
    return ((flags[:, 0] != 0) & (flags[:, 1] != 0) & (flags[:, 2] >= min_length)).nonzero()[0].tolist()
