"""The entity cache keeps only the Docs read last (extract/text_cache.py). A Span refers to its
Doc, so a cache keyed weakly by Doc with Spans as values kept every Doc of a run alive: memory
grew with the number of documents analysed. A Doc read long ago must be freed."""
import gc
import weakref

from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)

from claimledger.extract.text_cache import RECENT_DOCS, doc_ents


def test_a_doc_read_long_ago_is_freed(nlp):
    first = nlp("Patriot batteries arrived in Poland on Monday, the ministry said.")
    doc_ents(first)
    freed = weakref.ref(first)
    del first
    for _ in range(RECENT_DOCS + 1):
        doc_ents(nlp("NASAMS launchers reached Kyiv on Tuesday, officials said."))
    gc.collect()
    assert freed() is None


def test_the_entities_of_a_doc_are_read_again_after_a_change(nlp):
    doc = nlp("Officials in Warsaw said the Patriot batteries had arrived.")
    before = doc_ents(doc)
    assert doc_ents(doc) is before   # unchanged columns: the kept tuple
    doc.ents = []
    assert doc_ents(doc) == ()
