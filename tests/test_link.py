"""Event linking and corroboration on multi-document fixtures (tests/data/link/)."""
import json
from pathlib import Path

import pytest

from claimledger.link import Corpus, link_corpus
from claimledger.link.corpus import corpus_as_dict, corpus_from_dict

FIXTURES = Path(__file__).parent / "data" / "link"


def load_fixture(name: str) -> Corpus:
    return corpus_from_dict(json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def arrival():
    return link_corpus(load_fixture("corroboration"))


def test_link_three_outlets_with_a_copy_give_one_event(arrival):
    assert [(event.subject, event.status) for event in arrival.events] == [("Oreshnik", "ARRIVED")]


def test_link_copy_counts_with_its_original(arrival):
    dated = [r.doc_id for r in arrival.events[0].reports if r.date]
    assert sorted(dated) == ["arrival-herald", "arrival-reprint", "arrival-wire"]
    assert arrival.corpus.corroboration(dated) == 2


def test_link_document_without_outlet_is_its_own_source(arrival):
    # herald (+ its reprint), wire, and the outlet-less blog post
    assert arrival.events[0].corroboration == 3


def test_link_place_spellings_fold(arrival):
    assert {report.location for report in arrival.events[0].reports} == {"Belarus", "Беларусь"}


def test_link_sources_carry_outlet_url_span_and_copy(arrival):
    sources = {source["doc_id"]: source for source in arrival.timeline("Oreshnik")[0]["sources"]}
    assert sources["arrival-wire"]["outlet"] == "Wire Agency"
    assert sources["arrival-reprint"]["copy_of"] == "arrival-herald"
    assert sources["arrival-herald"]["span"][0] == 0


def test_link_different_statuses_stay_apart():
    linked = link_corpus(load_fixture("progression"))
    assert [event.status for event in linked.events] == ["REQUESTED", "IN_TRANSIT", "DEPLOYED", "COMBAT_DUTY"]


def test_link_undated_report_joins_event_begun_before_it():
    linked = link_corpus(load_fixture("progression"))
    deployed = next(event for event in linked.events if event.status == "DEPLOYED")
    assert {report.doc_id for report in deployed.reports} == {"prog-deployed", "prog-undated"}


def test_link_dates_two_weeks_apart_are_two_events():
    linked = link_corpus(load_fixture("date_conflict"))
    assert sorted(event.date for event in linked.events) == ["2026-03-02", "2026-03-18"]


def test_link_exact_duplicate_outlets_count_once():
    corpus = load_fixture("corroboration")
    corpus.sources["arrival-wire"] = [{"outlet": "Wire Agency", "url": None, "dct": "2025-12-18"},
                                      {"outlet": "Second Site", "url": None, "dct": "2025-12-18"}]
    assert corpus.corroboration(["arrival-wire"]) == 1


def test_corpus_dict_round_trip():
    corpus = load_fixture("status_conflict")
    again = corpus_from_dict(json.loads(json.dumps(corpus_as_dict(corpus))))
    assert [e.document.id for e in again.extractions] == [e.document.id for e in corpus.extractions]
    assert again.extractions[0].events == corpus.extractions[0].events
