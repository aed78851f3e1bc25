"""A report that a system has not arrived yet says what a denial of its arrival says: it stands
with no report the denial answers. A delivery announced as ahead ("will be delivered") is a
report the extractor reads as a plan, and a reached one still meets the denial."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

DENIAL = ("Ankara on Friday denied that any KF-21 jets had been delivered to Turkey.", "2026-03-13")


# fmt: off
@pytest.mark.parametrize("report, expected", [
    # not yet: the same position as the denial
    (("The KF-21 jets have not yet arrived in Turkey, a defence ministry spokesman said on Wednesday.", "2026-03-11"), False),
    (("The KF-21 jets are yet to arrive in Turkey, the ministry said on Wednesday.", "2026-03-11"), False),
    (("The KF-21 jets haven't arrived in Turkey yet, the ministry said on Wednesday.", "2026-03-11"), False),
    # near miss: an arrival reported as done is what the denial answers
    (("The first KF-21 jets arrived in Turkey on Tuesday, the ministry said on Wednesday.", "2026-03-11"), True),
])
# fmt: on
def test_not_yet_stands_with_the_denial(tmp_path, report, expected):
    ledger = analyzed_ledger(tmp_path, {"report": report, "denial": DENIAL})
    rows = [kind for kind, _ in rows_between(ledger, "report", "denial") if kind == "status"]
    assert bool(rows) is expected, rows


def test_a_status_not_reached_yet_is_stored_as_negated(tmp_path):
    ledger = analyzed_ledger(tmp_path, {
        "not-yet": ("The KF-21 jets have not yet arrived in Turkey, the ministry said.", "2026-03-11"),
        "ahead": ("The KF-21 jets are expected to arrive in Turkey next month, the ministry said.", "2026-03-11"),
    })
    with sqlite3.connect(ledger) as db:
        modalities = dict(db.execute("SELECT doc_id, modality FROM status_claims WHERE kind = 'pending'"))
    assert modalities == {"not-yet": "negated", "ahead": "planned"}
