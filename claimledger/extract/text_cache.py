"""Doc.text and Doc.ents computed once per Doc and shared by every component.

spaCy rebuilds Doc.text from the tokens on each access; the text of a Doc never changes
(retokenizing keeps it), so one copy per Doc serves the whole pipeline. Doc.ents is rebuilt
on each access too, a Span per entity; the entities do change (the subject component
overrides some), so the kept tuple is given again only while the entity columns hold the
same values. The text cache holds Docs weakly: an entry goes when its Doc does. The entities
cannot be held that way (a Span refers to its Doc, so a weakly keyed entry would keep its own
key alive and every Doc of a batch run with it), so they are kept for the few Docs read last:
a component reads one Doc's entities many times in a row.
"""
from __future__ import annotations

import weakref
from collections import OrderedDict

from spacy.attrs import ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE
from spacy.tokens import Doc, Span

_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()
# id(Doc) -> (the Doc, its entity columns' bytes when read, the entities then), latest last
_ENTS: "OrderedDict[int, tuple[Doc, bytes, tuple[Span, ...]]]" = OrderedDict()
RECENT_DOCS = 8
# every token attribute that Doc.ents reads
ENT_COLUMNS = [ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (tokenizing keeps it whole: doc.text == text)."""
    _TEXTS[doc] = text


def doc_text(doc: Doc) -> str:
    """doc.text, computed on the first call for a Doc."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def span_text(span: Span) -> str:
    """span.text, sliced from the cached text of its Doc rather than rebuilt from tokens."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """doc.ents, built again only when an entity has changed since the last call for the Doc.
    The Spans are shared between callers: read them, never set their labels."""
    columns = doc.to_array(ENT_COLUMNS).tobytes() if len(doc) else b""
    kept = _ENTS.get(id(doc))
    if kept is not None and kept[0] is doc and kept[1] == columns:
        _ENTS.move_to_end(id(doc))
        return kept[2]
    ents = doc.ents
    _ENTS[id(doc)] = (doc, columns, ents)
    _ENTS.move_to_end(id(doc))
    while len(_ENTS) > RECENT_DOCS:
        _ENTS.popitem(last=False)
    return ents
