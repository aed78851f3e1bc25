"""One SpeakerResolver per document: the quote stage builds it, the sourcing stage takes it as built."""
import pytest

from claimledger.extract import build_pipeline, speakers
from claimledger.extract.sourcing import LazyResolver

TEXT = ("Defence Minister Anna Kowalska said the battery had arrived. "
        "\"It is ready,\" she told reporters. According to the ministry, two more will follow.")


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_the_pipeline_builds_one_resolver_per_document(nlp, monkeypatch):
    built = []
    original = speakers.SpeakerResolver.__init__

    def counting(self, *args, **kwargs):
        built.append(args[0])
        original(self, *args, **kwargs)

    monkeypatch.setattr(speakers.SpeakerResolver, "__init__", counting)
    doc = nlp(TEXT)
    assert any(claim["source"] for claim in doc._.claims)   # sourcing resolved a source
    assert len(built) == 1 and built[0] is doc


def test_the_sourcing_stage_resolves_as_with_a_resolver_of_its_own(nlp):
    doc = nlp(TEXT)
    fresh = speakers.SpeakerResolver(doc)
    speakers.build_resolver(doc)   # what the quote stage keeps, as built
    shared = LazyResolver(doc)
    assert shared._resolver is not None and shared._resolver.doc is doc
    for token in doc:
        assert shared.resolve(token) == fresh.resolve(token)
    assert speakers.built_resolver(doc) is None   # handed over once


def test_a_copy_keeps_its_notes_to_itself(nlp):
    doc = nlp(TEXT)
    built = speakers.SpeakerResolver(doc)
    mentions, sources = list(built.mentions), list(built.sources)
    reader = built.copy()
    reader.note(0, "Someone Else")
    reader.note_source(0, speakers.Speaker("the ministry", None, "institution"), "ministry")
    assert built.mentions == mentions and built.sources == sources
    assert reader.index is built.index   # what was read from the Doc is shared


def test_a_resolver_kept_for_another_doc_is_not_handed_over(nlp):
    first, second = nlp.make_doc("One."), nlp.make_doc("Two.")
    speakers.build_resolver(first)
    assert speakers.built_resolver(second) is None
    assert speakers.built_resolver(first) is None   # the slot was emptied
