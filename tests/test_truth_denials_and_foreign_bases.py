"""Two readings that lost real conflicts between outlets: a claim said to hold no truth ("there is
no truth to these claims", "I do not think there is any truth in the assertions made by the deputy")
is a denial of the claim it points back to, up to three sentences back; and where a system is
placed when a report names a base abroad ("a Russian air base in Tajikistan"), when it left a
country before ("left Norway", then "arrived a week later"), or when a conjoined verb names its
destination ("were flown by ... and escorted to Thailand"); and a number set beside its noun with a
phrase of totals ("the launchers, eight in total, reached ...") is a count. Every sentence is
written for these tests."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger


def claims(tmp_path, text: str, dct: str = "2025-04-10") -> list[tuple]:
    db = sqlite3.connect(analyzed_ledger(tmp_path, {"a": (text, dct)}))
    try:
        return db.execute("SELECT subject, status, kind, location FROM status_claims ORDER BY start").fetchall()
    finally:
        db.close()


def denials(rows: list[tuple]) -> list[tuple]:
    return [(subject, status) for subject, status, kind, _ in rows if kind == "denied"]


def places(rows: list[tuple], status: str) -> list[str | None]:
    return [location for _, claim_status, kind, location in rows if claim_status == status and kind != "denied"]


@pytest.mark.parametrize("text", [
    "There is no truth to reports that Egypt has received Su-35 fighters, a spokesman said on Thursday.",
    # the claim the maker made, three sentences back, past two that report no status
    "A deputy told a radio station that Egypt had received Su-35 fighters in March. Few observers "
    "were persuaded. \"I do not think there is any truth in the assertions made by the deputy,\" a "
    "researcher said.",
    "Egypt took delivery of Su-35 fighters in March, a lawmaker said. \"There is not any truth to "
    "these assertions,\" the ministry's spokesman replied.",
])
def test_a_claim_without_truth_is_denied(tmp_path, text):
    assert ("Su-35", "ARRIVED") in denials(claims(tmp_path, text))


@pytest.mark.parametrize("text", [
    "There is some truth in reports that Egypt has received Su-35 fighters, a researcher said.",
    "The truth is that Egypt received Su-35 fighters in March, a researcher said.",
    # the pointer finds no status within three sentences before it
    "A deputy said Egypt had received Su-35 fighters in March. The ministry met on Monday. Talks "
    "went on. Officials were busy. There is no truth to these claims, a spokesman said.",
])
def test_truth_granted_or_out_of_reach_denies_nothing(tmp_path, text):
    assert denials(claims(tmp_path, text)) == []


def test_a_denied_truth_stands_against_another_outlets_report(tmp_path):
    db = sqlite3.connect(analyzed_ledger(tmp_path, {
        "report": ("Russia has delivered Su-35 fighters to Egypt, a deputy told a radio station on Monday.",
                   "2025-04-07"),
        "answer": ("A deputy claimed on Monday that Su-35 fighters had been delivered to Egypt. Analysts doubt "
                   "it. \"I do not think there is any truth in the assertions made by the deputy,\" a "
                   "researcher said.", "2025-04-09"),
    }))
    try:
        rows = db.execute("SELECT c.kind, s.doc_id FROM contradictions c JOIN contradiction_sides s "
                          "ON s.contradiction_id = c.id WHERE c.within_document = 0").fetchall()
    finally:
        db.close()
    assert ("status", "report") in rows and ("status", "answer") in rows


@pytest.mark.parametrize("text, status, place", [
    ("The Su-34 bombers touched down at a Russian air base in Tajikistan on Tuesday.", "ARRIVED", "Tajikistan"),
    ("The F-35 jets landed at an American air base in Qatar.", "ARRIVED", "Qatar"),
    # a base named by its owner alone is the owner's
    ("The Su-34 bombers touched down at a Russian air base on Tuesday.", "ARRIVED", "Russia"),
])
def test_a_base_abroad_is_where_its_phrase_places_it(tmp_path, text, status, place):
    assert places(claims(tmp_path, text, "2024-03-01"), status) == [place]


def test_the_country_a_batch_left_is_not_where_it_arrived(tmp_path):
    rows = claims(tmp_path, "Lithuania received its first NASAMS launchers in April. A second batch "
                            "of NASAMS launchers left Norway on 3 May. The batch arrived a week later, "
                            "the army said.", "2024-06-01")
    assert places(rows, "WITHDRAWN") == ["Norway"]
    assert places(rows, "ARRIVED") == ["Lithuania", "Lithuania"]


def test_a_conjoined_verb_names_the_destination(tmp_path):
    rows = claims(tmp_path, "Two Gripen jets departed Sweden on Monday. The Gripen jets were delivered "
                            "by Swedish pilots and escorted to Thailand by tanker aircraft.", "2024-03-01")
    assert places(rows, "ARRIVED") == ["Thailand"]


def test_a_conjunct_with_its_own_subject_lends_no_place(tmp_path):
    rows = claims(tmp_path, "Hungary received its first Gripen jets in 2006. The Gripen jets were "
                            "delivered by Swedish pilots on Monday, and the instructors were sent to "
                            "Thailand.", "2024-03-01")
    assert places(rows, "ARRIVED") == ["Hungary", "Hungary"]


def counts(tmp_path, text: str) -> list[tuple]:
    db = sqlite3.connect(analyzed_ledger(tmp_path, {"a": (text, "2024-06-10")}))
    try:
        return db.execute("SELECT subject, value, status, scope FROM subject_facts "
                          "WHERE attribute LIKE 'quantity:%'").fetchall()
    finally:
        db.close()


def test_a_number_set_beside_its_noun_with_in_total_counts_it(tmp_path):
    # "the launchers, eight in total, reached ...": the whole of what reached Romania
    assert counts(tmp_path, "The HIMARS launchers, eight in total, reached Romania on Friday.") == [
        ("HIMARS", "8 launchers", "ARRIVED", "total")]


def test_a_number_set_beside_its_noun_without_a_total_counts_nothing(tmp_path):
    assert counts(tmp_path, "The HIMARS launchers, eight of them new, reached Romania on Friday.") == []
