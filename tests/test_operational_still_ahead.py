""""Operational" names combat duty after a still-ahead cue too: "is not yet operational" and "is
expected to be operational shortly" say the duty is still ahead, which a report of it holding
earlier contradicts and a later one does not."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

EARLY = ("The NASAMS battery sent to Lithuania is now fully operational, the defence minister said on Monday.",
         "2026-02-02")


def pending(ledger, doc_id):
    with sqlite3.connect(ledger) as db:
        return db.execute("SELECT status, modality FROM status_claims WHERE doc_id = ? AND kind = 'pending'",
                          (doc_id,)).fetchall()


# fmt: off
@pytest.mark.parametrize("text, modality", [
    ("The NASAMS battery in Lithuania is not yet operational, two officials said on Thursday.", "negated"),
    ("The NASAMS battery in Lithuania is expected to be operational within weeks, officials said on Thursday.",
     "planned"),
])
# fmt: on
def test_operational_still_ahead_against_an_earlier_report(tmp_path, text, modality):
    ledger = analyzed_ledger(tmp_path, {"early": EARLY, "later": (text, "2026-02-05")})
    assert pending(ledger, "later") == [("COMBAT_DUTY", modality)]
    assert [kind for kind, _ in rows_between(ledger, "early", "later")] == ["status"]


def test_still_ahead_before_the_report_of_it_holding_is_a_progression(tmp_path):
    before = ("The NASAMS battery in Lithuania is not yet operational, two officials said on Thursday.", "2026-01-29")
    ledger = analyzed_ledger(tmp_path, {"before": before, "early": EARLY})
    assert rows_between(ledger, "before", "early") == []


def test_remaining_operational_is_no_duty_ahead(tmp_path):
    ledger = analyzed_ledger(tmp_path, {"doc": ("The NASAMS battery will remain operational in Lithuania through "
                                                "the winter, the minister said.", "2026-02-05")})
    assert pending(ledger, "doc") == []


def test_a_declaration_still_ahead_is_a_report_ahead(tmp_path):
    """"is set to declare ... operational": the declaration is ahead, not the duty."""
    text = ("The first NASAMS launchers in Latvia are now operational, the army said. Riga is set to declare "
            "the NASAMS battery fully operational on Friday, the ministry added.")
    ledger = analyzed_ledger(tmp_path, {"doc": (text, "2026-02-05")})
    with sqlite3.connect(ledger) as db:
        assert db.execute("SELECT count(*) FROM contradictions").fetchone()[0] == 0
