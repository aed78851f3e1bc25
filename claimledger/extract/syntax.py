"""Small tests on a parsed token that several extractors ask the same way."""
from __future__ import annotations

from spacy.tokens import Span, Token


def has_to(verb: Token) -> bool:
    """An infinitive: the verb carries the marker "to" ("to supply", "plans to send")."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def entity_of(token: Token) -> Span | None:
    """The named entity a word stands in, found from the words' IOB tags (``doc.ents`` rebuilds
    its spans on each access), or None."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def passive_agent(verb: Token) -> Token | None:
    """The "by X" agent of a passive verb: the object of its "by"."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None
