"""A status said to hold "now" (or "currently", "at present") is the state on the report's day,
not a start on that day: it cannot begin later than another report's earlier start."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

ON_DUTY = ("The Bastion coastal batteries entered combat duty in Crimea on 3 March, the fleet said on Monday.",
           "2026-03-09")


# fmt: off
@pytest.mark.parametrize("text", [
    "Six Bastion launchers are now deployed in Crimea, the governor said on Friday.",
    "Six Bastion launchers are currently stationed in Crimea, the governor said on Friday.",
])
# fmt: on
def test_a_state_now_is_no_later_start(tmp_path, text):
    ledger = analyzed_ledger(tmp_path, {"duty": ON_DUTY, "now": (text, "2026-03-13")})
    assert [kind for kind, _ in rows_between(ledger, "duty", "now") if kind in ("status", "date")] == []
    with sqlite3.connect(ledger) as db:
        roles = [role for (role,) in db.execute("SELECT date_role FROM status_claims WHERE doc_id = 'now'")]
    assert "onset" not in roles


def test_a_start_told_later_still_conflicts(tmp_path):
    """Near miss: a deployment dated after the duty began is a start, and a later one."""
    later = ("Six Bastion launchers were deployed in Crimea on 12 March, the governor said on Friday.", "2026-03-13")
    ledger = analyzed_ledger(tmp_path, {"duty": ON_DUTY, "later": later})
    assert [kind for kind, _ in rows_between(ledger, "duty", "later") if kind == "status"]
