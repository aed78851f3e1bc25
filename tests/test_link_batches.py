"""Deliveries come in batches: a request after units arrived asks for more, and arrivals a year
apart are two deliveries, not one dated twice. Close dates of one arrival still conflict."""
import pytest

from claimledger.extract.link_records import another_unit_pattern
from claimledger.link.bucket import SubjectBucket
from claimledger.link.documents import DocumentInfo
from claimledger.link.events import link_events
from claimledger.link.kinds import date, status
from claimledger.schema import StatusClaim


def info(doc_id, dct):
    return DocumentInfo(doc_id, dct, f"outlet {doc_id}", doc_id, f"outlet:{doc_id}")


def bucket_of(claims, dcts):
    infos = {doc_id: info(doc_id, dct) for doc_id, dct in dcts.items()}
    return SubjectBucket("nasams", "NASAMS", claims, [], infos, link_events(claims, infos))


def arrival(doc_id, day, start=0):
    return StatusClaim(doc_id, (start, start + 40), "NASAMS", "ARRIVED", date=day, date_role="onset", location="Ukraine")


def test_dated_request_after_an_arrival_is_no_status_conflict():
    claims = [arrival("first-delivery", "2024-02-01"),
              StatusClaim("new-request", (0, 40), "NASAMS", "REQUESTED", date="2024-09-10", date_role="onset",
                          location="Ukraine")]
    bucket = bucket_of(claims, {"first-delivery": "2024-02-02", "new-request": "2024-09-11"})
    assert status.find(bucket) == []


def test_transit_reported_after_an_arrival_still_conflicts():
    claims = [arrival("first-delivery", "2024-02-01"),
              StatusClaim("late-transit", (0, 40), "NASAMS", "IN_TRANSIT", date="2024-03-10", date_role="holding",
                          location="Ukraine")]
    bucket = bucket_of(claims, {"first-delivery": "2024-02-02", "late-transit": "2024-03-11"})
    assert [trigger.kind for trigger in status.find(bucket)] == ["status"]


def test_arrivals_a_year_apart_are_two_deliveries():
    claims = [arrival("spring", "2023-04-03"), arrival("next-year", "2024-06-20")]
    bucket = bucket_of(claims, {"spring": "2023-04-04", "next-year": "2024-06-21"})
    assert date.find(bucket) == []


def test_one_arrival_dated_three_weeks_apart_conflicts():
    claims = [arrival("early-date", "2023-04-03"), arrival("late-date", "2023-04-24")]
    bucket = bucket_of(claims, {"early-date": "2023-04-25", "late-date": "2023-04-26"})
    assert {trigger.kind for trigger in date.find(bucket)} == {"date"}


@pytest.mark.parametrize("lang, text, further", [
    ("ru", "Германия передала Украине ещё одну систему IRIS-T SLM.", True),
    ("ru", "Вторая батарея комплекса прибыла в регион.", True),
    ("ru", "Комплекс впервые применили второй раз за неделю.", False),
    ("uk", "Німеччина передала Україні ще одну систему IRIS-T SLM.", True),
    ("uk", "Прибула нова партія ракет.", True),
    ("uk", "Комплекс прибув до України.", False),
    ("en", "A second battery arrived.", True),
])
def test_further_unit_cue_is_read_in_the_documents_language(lang, text, further):
    assert bool(another_unit_pattern(lang).search(text)) is further


def plan(doc_id, day=None, start=0):
    return StatusClaim(doc_id, (start, start + 40), "NASAMS", "PLANNED", date=day,
                       date_role="onset" if day else None, location="Ukraine", modality="planned")


def linked_docs(claims, dcts):
    infos = {doc_id: info(doc_id, dct) for doc_id, dct in dcts.items()}
    return sorted(sorted(report.doc_id for report in event.reports) for event in link_events(claims, infos))


def test_plan_reported_before_its_target_joins_the_dated_plan():
    # "to be delivered in July" (dated) and, in April, "will deliver the systems" (undated)
    claims = [plan("dated-plan", "2024-07"), plan("april-plan")]
    assert linked_docs(claims, {"dated-plan": "2024-06-12", "april-plan": "2024-04-10"}) == [
        ["april-plan", "dated-plan"]]


def test_undated_plan_joins_the_nearest_target_ahead():
    claims = [plan("first-plan", "2024-03"), plan("second-plan", "2024-11"), plan("undated-plan")]
    dcts = {"first-plan": "2024-01-10", "second-plan": "2024-06-01", "undated-plan": "2024-05-20"}
    assert linked_docs(claims, dcts) == [["first-plan"], ["second-plan", "undated-plan"]]


def test_undated_plan_joins_the_target_stretch_that_holds_its_day():
    # "will be delivered this month" (October) and, on 12 October, an undated plan; a later
    # plan for November is not yet the one in force, and a plan for the year is wider
    claims = [plan("october-plan", "2022-10"), plan("november-plan", "2022-11"), plan("year-plan", "2022"),
              plan("undated-plan")]
    dcts = {"october-plan": "2022-10-01", "november-plan": "2022-10-05", "year-plan": "2022-02-01",
            "undated-plan": "2022-10-12"}
    assert ["october-plan", "undated-plan"] in linked_docs(claims, dcts)


def test_undated_plan_after_every_target_joins_the_latest():
    claims = [plan("first-plan", "2024-03"), plan("second-plan", "2024-05"), plan("late-report")]
    dcts = {"first-plan": "2024-01-10", "second-plan": "2024-02-01", "late-report": "2024-09-20"}
    assert linked_docs(claims, dcts) == [["first-plan"], ["late-report", "second-plan"]]


def test_undated_arrival_still_joins_only_an_arrival_begun_by_its_day():
    claims = [arrival("later-arrival", "2024-07-02"), arrival("undated-arrival", None)]
    claims[1] = StatusClaim("undated-arrival", (0, 40), "NASAMS", "ARRIVED", location="Ukraine")
    dcts = {"later-arrival": "2024-07-03", "undated-arrival": "2024-04-10"}
    assert linked_docs(claims, dcts) == [["later-arrival"], ["undated-arrival"]]


def test_one_sentence_with_two_dated_arrivals_gives_two_events_with_their_own_ids():
    """"Two arrive this month, another two next year": one sentence, one status, two times."""
    claims = [arrival("batches", "2024-02"), arrival("batches", "2025")]
    infos = {"batches": info("batches", "2024-02-03")}
    events = link_events(claims, infos)
    assert len(events) == 2 and len({event.id for event in events}) == 2
    assert [event.id for event in link_events(list(reversed(claims)), infos)] == [event.id for event in events]
