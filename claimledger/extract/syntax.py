"""Small tests on a parsed token that several extractors ask the same way."""
from __future__ import annotations

from spacy.tokens import Token


def has_to(verb: Token) -> bool:
    """An infinitive: the verb carries the marker "to" ("to supply", "plans to send")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
