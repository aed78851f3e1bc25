"""Doc.text computed once per Doc and shared by every component.

spaCy rebuilds Doc.text from the tokens on each access; the text of a Doc never changes
(retokenizing keeps it), so one copy per Doc serves the whole pipeline. The cache holds
Docs weakly: an entry goes when its Doc does.
"""
from __future__ import annotations

import weakref

from spacy.tokens import Doc, Span

_TEXTS: "weakref.WeakKeyDictionary[Doc, str]" = weakref.WeakKeyDictionary()


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
