"""Filler sentences: sentences that hold nothing checkable (no entity, number, date or
tracked subject, no quotation) and whose words are stock phrases or abstract vocabulary,
the stuff padded rewrites are made of. The lexicons are general fragments
(claimledger/lexicon/filler.json), not sentences. Extract marks ``Sentence.filler``;
the link stage only counts.
"""
from __future__ import annotations

import re

from claimledger.lexicon import lexicon

STOCK_PHRASES = tuple(lexicon().filler["stock_phrases"])
ABSTRACT_WORDS = frozenset(lexicon().filler["abstract_words"])
STOCK_PHRASE_WEIGHT = 0.35   # one stock phrase counts as this share of abstract words
FILLER_MIN_SCORE = 0.3       # share of stock/abstract content that makes an anchor-free sentence filler
FILLER_MIN_WORDS = 4
WORD_PATTERN = re.compile(r"[A-Za-z][A-Za-z’'-]*")
NUMBER_PATTERN = re.compile(r"\d")
# A leading adverbial clause ("As the convoy moves west, ...") only frames the main clause.
LEADING_CLAUSE = re.compile(r"^(?:As|While|With|Amid|Although|Though|Even as|Now that|Whether)\b[^,;:]*,\s*")
# Function words are neither content nor abstract: they do not dilute the score.
FUNCTION_WORDS = frozenset("""a an the of to in on at by for with from as and or but is are was were be been
being has have had it its this that these those which who whom what as while yet so than then there
their they them he she his her we our you your i not no nor also more most very can will would could
should may might must do does did into over under about across amid among""".split())


def filler_score(sentence: str) -> float:
    """Share of a sentence's content words that are abstract, plus weight for stock phrases."""
    lower = sentence.lower()
    words = [word.strip("’'-") for word in WORD_PATTERN.findall(lower)]
    content = [word for word in words if word and word not in FUNCTION_WORDS]
    if not content:
        return 0.0
    abstract = sum(1 for word in content if word in ABSTRACT_WORDS) / len(content)
    stock = sum(1 for phrase in STOCK_PHRASES if phrase in lower)
    return abstract + STOCK_PHRASE_WEIGHT * stock


def is_filler(sentence: str, *, anchored: bool = False) -> bool:
    """True for a sentence that states nothing checkable and reads as padding.

    sentence (str): the sentence text.
    anchored (bool): the sentence holds an entity, date, quotation or tracked subject.
    """
    if anchored or NUMBER_PATTERN.search(sentence) or len(WORD_PATTERN.findall(sentence)) < FILLER_MIN_WORDS:
        return False
    if re.search(r"[‘“\"]", sentence):
        return False
    return filler_score(sentence) >= FILLER_MIN_SCORE


def is_framed_filler(sentence: str, anchor_offsets: list[int]) -> bool:
    """A stock-phrase main clause behind a leading clause that holds every anchor:
    "As the convoy moves west, the world watches closely."

    sentence (str): the sentence text.
    anchor_offsets (list[int]): where its entities, dates and subjects start, relative to it.
    """
    lead = LEADING_CLAUSE.match(sentence)
    if lead is None or any(offset >= lead.end() for offset in anchor_offsets):
        return False
    rest = sentence[lead.end():]
    return any(phrase in rest.lower() for phrase in STOCK_PHRASES) and is_filler(rest)
