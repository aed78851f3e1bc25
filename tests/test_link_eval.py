"""benchmarks/link_eval.py: gold same-event groups and conflicts derived from gold events, and
their scoring against a ledger's link tables, on small hand-written fixtures."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from claimledger.store import Ledger

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("link_eval", ROOT / "benchmarks" / "link_eval.py")
link_eval = importlib.util.module_from_spec(spec)
sys.modules["link_eval"] = link_eval   # its dataclasses look their module up while being built
spec.loader.exec_module(link_eval)

ALIASES = {"iskander": "iskander", "iskanderm": "iskander"}


def event(subject, status, location=None, date=None):
    return {"subject": subject, "status": status, "location": location, "date": date, "source": None, "span": [0, 1]}


def document(doc_id, dct, *events, lang="en"):
    return {"id": doc_id, "dct": dct, "lang": lang, "text": "x", "events": list(events)}


def reports_of(*documents):
    return link_eval.gold_reports(list(documents), ALIASES)


# ----- keys ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name, key", [("Украина", "ukraine"), ("Україна", "ukraine"), ("Ukraine", "ukraine"),
                                       ("the Philippines", "philippines"), ("Kyiv", "kyiv"), ("  ", None),
                                       (None, None)])
def test_place_key_folds_case_and_script(name, key):
    assert link_eval.place_key(name) == key


def test_place_key_keeps_a_town_apart_from_its_country():
    assert link_eval.place_key("Київ") == "kyiv" != link_eval.place_key("Україна")


@pytest.mark.parametrize("name", ["Iskander-M", "ISKANDER", "Iskander M"])
def test_subject_key_goes_through_the_alias_table(name):
    assert link_eval.subject_key(name, ALIASES) == "iskander"


def test_alias_table_maps_every_variant_to_its_canonical_key(tmp_path):
    path = tmp_path / "aliases.json"
    path.write_text(json.dumps({"S-400": ["S-400 Triumf"]}), encoding="utf-8")
    assert link_eval.alias_table(path) == {"s400": "s400", "s400triumf": "s400"}


# ----- gold reports -------------------------------------------------------------------------

def test_gold_report_without_a_place_takes_the_subjects_only_place():
    reports = reports_of(document("a", "2025-03-01", event("Patriot", "ARRIVED", "Ukraine")),
                         document("b", "2025-03-02", event("Patriot", "ARRIVED")))
    assert [report.place for report in reports] == ["ukraine", "ukraine"]


def test_gold_report_without_a_place_stays_unplaced_when_the_subject_has_two():
    reports = reports_of(document("a", "2025-03-01", event("Patriot", "ARRIVED", "Ukraine"),
                                  event("Patriot", "ARRIVED", "Poland")),
                         document("b", "2025-03-02", event("Patriot", "ARRIVED")))
    assert reports[-1].place is None


def test_gold_report_time_is_the_gold_date_else_the_dct():
    dated, undated, fuzzy = reports_of(document("a", "2025-03-10", event("Patriot", "ARRIVED", "Ukraine", "2025-02"),
                                                event("Patriot", "ARRIVED", "Ukraine"),
                                                event("Patriot", "ARRIVED", "Ukraine", "PAST_REF")))
    assert (dated.time.as_list(), dated.dated) == (["2025-02-01", "2025-02-28"], True)
    assert (undated.time.as_list(), undated.dated) == (["2025-03-10", "2025-03-10"], False)
    assert (fuzzy.time.as_list(), fuzzy.dated) == (["2025-03-10", "2025-03-10"], False)


# ----- same-event groups --------------------------------------------------------------------

def groups_of(*documents):
    return {(group.subject, group.status, group.place, tuple(sorted(group.doc_ids)))
            for group in link_eval.same_event_groups(reports_of(*documents))}


def test_groups_chain_reports_within_three_days():
    found = groups_of(document("a", "2025-03-01", event("Patriot", "ARRIVED", "Ukraine")),
                      document("b", "2025-03-04", event("Patriot", "ARRIVED", "Ukraine")),
                      document("c", "2025-03-07", event("Patriot", "ARRIVED", "Ukraine")),
                      document("d", "2025-03-11", event("Patriot", "ARRIVED", "Ukraine")))
    assert found == {("patriot", "ARRIVED", "ukraine", ("a", "b", "c"))}


def test_groups_keep_statuses_places_and_subjects_apart():
    found = groups_of(document("a", "2025-03-01", event("Patriot", "ARRIVED", "Ukraine"),
                               event("Iskander-M", "DEPLOYED", "Armenia")),
                      document("b", "2025-03-01", event("Patriot", "PLANNED", "Ukraine"),
                               event("Iskander", "DEPLOYED", "Armenia")),
                      document("c", "2025-03-01", event("Patriot", "ARRIVED", "Kyiv")))
    assert found == {("iskander", "DEPLOYED", "armenia", ("a", "b"))}


def test_groups_take_a_dated_report_by_its_date_not_its_dct():
    found = groups_of(document("a", "2025-03-20", event("Patriot", "ARRIVED", "Ukraine", "2025-03-02")),
                      document("b", "2025-03-03", event("Patriot", "ARRIVED", "Ukraine")),
                      document("c", "2025-03-20", event("Patriot", "ARRIVED", "Ukraine")))
    assert found == {("patriot", "ARRIVED", "ukraine", ("a", "b"))}


def test_groups_leave_out_a_date_wider_than_a_month():
    found = groups_of(document("a", "2025-03-01", event("Zircon", "USED", "Kyiv")),
                      document("b", "2025-04-01", event("Zircon", "USED", "Kyiv", "2025")),
                      document("c", "2025-05-01", event("Zircon", "USED", "Kyiv")),
                      document("d", "2025-05-02", event("Zircon", "USED", "Kyiv", "2025-05")))
    assert found == {("zircon", "USED", "kyiv", ("c", "d"))}


def test_groups_need_two_documents():
    assert groups_of(document("a", "2025-03-01", event("Patriot", "ARRIVED", "Ukraine"),
                              event("Patriot", "ARRIVED", "Ukraine"))) == set()


# ----- gold conflicts -----------------------------------------------------------------------

def conflicts_of(*documents, story_days=None):
    return {(conflict.kind, conflict.subject, conflict.place, conflict.status,
             tuple(sorted(tuple(sorted(pair)) for pair in conflict.pairs)))
            for conflict in link_eval.gold_conflicts(reports_of(*documents), story_days=story_days)}


def test_date_conflict_needs_two_explicit_dates_more_than_three_days_apart():
    found = conflicts_of(document("a", "2025-03-20", event("Patriot", "ARRIVED", "Ukraine", "2025-03-02")),
                         document("b", "2025-03-20", event("Patriot", "ARRIVED", "Ukraine", "2025-03-05")),
                         document("c", "2025-03-20", event("Patriot", "ARRIVED", "Ukraine", "2025-03-10")),
                         document("d", "2025-03-30", event("Patriot", "ARRIVED", "Ukraine")))
    assert found == {("date", "patriot", "ukraine", "ARRIVED", (("a", "c"), ("b", "c")))}


@pytest.mark.parametrize("status", ["USED", "PLANNED", "IN_TRANSIT"])
def test_date_conflict_leaves_out_statuses_that_recur_or_last(status):
    assert conflicts_of(document("a", "2025-03-20", event("Patriot", status, "Ukraine", "2025-03-02")),
                        document("b", "2025-03-20", event("Patriot", status, "Ukraine", "2025-03-12"))) == set()


def test_date_conflict_is_between_documents_only():
    assert conflicts_of(document("a", "2025-03-20", event("Patriot", "ARRIVED", "Ukraine", "2025-03-02"),
                                 event("Patriot", "ARRIVED", "Ukraine", "2025-03-12"))) == set()


def test_status_conflict_is_a_plan_dated_after_another_documents_arrival():
    found = conflicts_of(document("a", "2025-03-01", event("Patriot", "ARRIVED", "Ukraine")),
                         document("b", "2025-03-10", event("Patriot", "PLANNED", "Ukraine")),
                         document("c", "2025-02-20", event("Patriot", "REQUESTED", "Ukraine")),
                         document("d", "2025-03-02", event("Patriot", "PLANNED", "Ukraine")))
    assert found == {("status", "patriot", "ukraine", None, (("a", "b"),))}


def test_status_conflict_needs_the_same_place():
    assert conflicts_of(document("a", "2025-03-01", event("Patriot", "ARRIVED", "Ukraine")),
                        document("b", "2025-03-10", event("Patriot", "PLANNED", "Poland"))) == set()


def test_one_story_leaves_out_documents_far_apart_and_plans_beside_an_arrival():
    documents = [document("a", "2025-03-01", event("Patriot", "ARRIVED", "Ukraine")),
                 document("b", "2025-03-10", event("Patriot", "PLANNED", "Ukraine")),
                 document("c", "2025-06-10", event("Patriot", "PLANNED", "Ukraine")),
                 document("d", "2025-03-12", event("Patriot", "PLANNED", "Ukraine"),
                          event("Patriot", "ARRIVED", "Ukraine", "2025-03-01"))]
    assert conflicts_of(*documents, story_days=30) == {("status", "patriot", "ukraine", None, (("a", "b"), ("b", "d")))}
    assert conflicts_of(*documents) == {("status", "patriot", "ukraine", None, (("a", "b"), ("a", "c"), ("a", "d"),
                                                                                  ("b", "d"), ("c", "d")))}


# ----- scoring ------------------------------------------------------------------------------

LinkedEvent, Row = link_eval.LinkedEvent, link_eval.ContradictionRow
Group, GoldConflict = link_eval.Group, link_eval.GoldConflict


def test_score_groups_counts_pairs_and_whole_groups():
    groups = [Group("patriot", "ARRIVED", "ukraine", frozenset("abc")),
              Group("patriot", "PLANNED", "ukraine", frozenset("de"))]
    events = [LinkedEvent("patriot", "ARRIVED", frozenset("ab")), LinkedEvent("patriot", "ARRIVED", frozenset("bc")),
              LinkedEvent("patriot", "ARRIVED", frozenset("de"))]   # d and e linked, but under another status
    result = link_eval.score_groups(groups, events)
    assert (result["pairs_recalled"], result["pairs"], result["groups_recalled"], result["groups"]) == (2, 4, 0, 2)
    assert result["pair_recall"] == 0.5 and result["group_recall"] == 0.0


def test_score_groups_recalls_a_group_inside_one_larger_event():
    result = link_eval.score_groups([Group("patriot", "ARRIVED", "ukraine", frozenset("ab"))],
                                    [LinkedEvent("patriot", "ARRIVED", frozenset("abz"))])
    assert (result["group_recall"], result["pair_recall"]) == (1.0, 1.0)


def test_extracted_groups_keep_the_documents_with_a_report_of_that_subject_and_status():
    groups = [Group("patriot", "ARRIVED", "ukraine", frozenset("abc")),
              Group("patriot", "PLANNED", "ukraine", frozenset("de"))]
    events = [LinkedEvent("patriot", "ARRIVED", frozenset("a")), LinkedEvent("patriot", "ARRIVED", frozenset("cx")),
              LinkedEvent("patriot", "PLANNED", frozenset("d"))]
    assert link_eval.extracted_groups(groups, events) == [Group("patriot", "ARRIVED", "ukraine", frozenset("ac"))]


def conflict(*pairs, subject="patriot"):
    return GoldConflict("status", subject, "ukraine", None, {frozenset(pair) for pair in pairs})


def row(row_id, *sides, kind="status", subject="patriot", within=False):
    return Row(row_id, kind, subject, within, tuple(frozenset(side) for side in sides))


def test_score_conflicts_finds_a_conflict_with_its_documents_on_two_sides():
    result = link_eval.score_conflicts([conflict("ab"), conflict("cd")],
                                       [row("r1", "a", "bx"), row("r2", "xb", "ay"), row("r3", "cd", "x")])
    assert (result["found"], result["gold_conflicts"], result["rows_supported"], result["rows_scored"]) == (1, 2, 2, 3)
    assert result["conflict_recall"] == 0.5 and result["precision"] == 0.667
    assert result["rows_per_found_conflict"] == 2.0 and result["rows_per_gold_conflict"] == 1.5
    assert result["unsupported_rows"] == ["r3"]


def test_score_conflicts_needs_the_subject_and_leaves_other_rows_unscored():
    result = link_eval.score_conflicts([conflict("ab")],
                                       [row("r1", "a", "b", subject="s400"), row("r2", "a", "b", within=True),
                                        row("r3", "a", "b", kind="attribution", subject=None)])
    assert (result["found"], result["rows_scored"]) == (0, 1)
    assert result["rows_by_kind"] == {"attribution": 1, "status": 1, "status (within document)": 1}


# ----- the ledger ---------------------------------------------------------------------------

def write_ledger(path: Path) -> None:
    with Ledger(path) as ledger:
        db = ledger.db
        for doc_id in "abc":
            db.execute("INSERT INTO documents (id, content_hash, text, dct, ingested_at) VALUES (?, ?, 'x', "
                       "'2025-03-01', '2025-03-01')", (doc_id, doc_id))
        db.execute("INSERT INTO linked_events VALUES ('ev-1', 'patriot', 'Patriot', 'ARRIVED', 'Ukraine', NULL, "
                   "NULL, '2025-03-01', 'reported_by', '1', 2, 'a', '2025-03-01')")
        db.executemany("INSERT INTO event_reports VALUES ('ev-1', 'patriot', ?, ?, 0, 1, NULL, NULL, NULL, NULL, NULL)",
                       [(0, "a"), (1, "b")])
        db.execute("INSERT INTO contradictions VALUES ('cx-1', 'status', 'patriot', 'Patriot', 'PLANNED', "
                   "'ARRIVED', 'note', 0, 1, 1, '2025-03-01', '2025-03-01', '2025-03-01', 0, 3.0)")
        db.executemany("INSERT INTO contradiction_sides VALUES ('cx-1', ?, ?, 0, 1, NULL, NULL, NULL)",
                       [("a", "c"), ("b", "a")])


def test_main_scores_an_existing_ledger(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    documents = [document("a", "2025-03-01", event("Patriot", "ARRIVED", "Ukraine")),
                 document("b", "2025-03-02", event("Patriot", "ARRIVED", "Ukraine")),
                 document("c", "2025-03-09", event("Patriot", "PLANNED", "Ukraine"))]
    gold.write_text("".join(json.dumps(item) + "\n" for item in documents), encoding="utf-8")
    write_ledger(tmp_path / "ledger.db")
    assert link_eval.main([str(gold), "--db", str(tmp_path / "ledger.db"), "--aliases", "", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["missing_documents"] == [] and result["groups"]["group_recall"] == 1.0
    assert (result["conflicts"]["found"], result["conflicts"]["gold_conflicts"]) == (1, 1)
    assert result["conflicts"]["precision"] == 1.0
