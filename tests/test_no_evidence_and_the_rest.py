"""An absence of evidence of a status ("no indication that Russia had moved the warheads") is a
denial of it, weaker than a denial verb (modality hedged); and "the rest will be delivered" after a
first batch is another unit, not the first batch still ahead."""
from __future__ import annotations

import sqlite3

import pytest
from conftest import analyzed_ledger, rows_between

REPORT = ("The first Kinzhal missiles have been delivered to Belarus, the defence ministry in Minsk said on Monday.",
          "2026-05-04")


def denials(ledger) -> list[tuple[str, str, str]]:
    with sqlite3.connect(ledger) as db:
        return db.execute("SELECT subject, status, modality FROM status_claims WHERE kind = 'denied'").fetchall()


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("Officials in Washington said they had seen no indication that Russia had moved any Kinzhal missiles "
     "to Belarus.", [("Kinzhal", "ARRIVED", "hedged")]),
    ("There is no evidence that Kinzhal missiles were delivered to Belarus, a NATO official said.",
     [("Kinzhal", "ARRIVED", "hedged")]),
    ("The alliance has not seen any sign of Kinzhal missiles being deployed in Belarus, its spokesman said.",
     [("Kinzhal", "DEPLOYED", "hedged")]),
    # near misses: evidence found, or a negation elsewhere
    ("There is clear evidence that Kinzhal missiles were delivered to Belarus, a NATO official said.", []),
    ("Officials said there was an indication that Russia had moved Kinzhal missiles to Belarus.", []),
    ("No one doubts the evidence that the Kinzhal missiles were delivered to Belarus, the official said.", []),
])
# fmt: on
def test_no_evidence_of_a_status_is_a_hedged_denial(tmp_path, text, expected):
    ledger = analyzed_ledger(tmp_path, {"doc": (text, "2026-05-06")})
    assert denials(ledger) == expected


def test_no_evidence_answers_the_report(tmp_path):
    text = "Officials in Washington said they had seen no indication that Russia had moved any Kinzhal missiles to Belarus."
    ledger = analyzed_ledger(tmp_path, {"report": REPORT, "doubt": (text, "2026-05-06")})
    assert [kind for kind, _ in rows_between(ledger, "report", "doubt")] == ["status"]


# fmt: off
@pytest.mark.parametrize("text, tension", [
    ("The first two Kinzhal missiles reached Belarus on Monday. The rest will be delivered by the end of the "
     "summer, the ministry said.", False),
    ("The first two Kinzhal missiles reached Belarus on Monday. The remainder of the missiles are due in "
     "July, the ministry said.", False),
    # near miss: the same missiles said still ahead in one text are a tension
    ("The Kinzhal missiles reached Belarus on Monday. The Kinzhal missiles have not yet arrived in Belarus, "
     "the ministry said.", True),
])
# fmt: on
def test_the_rest_is_another_unit(tmp_path, text, tension):
    ledger = analyzed_ledger(tmp_path, {"doc": (text, "2026-05-06")})
    with sqlite3.connect(ledger) as db:
        rows = db.execute("SELECT count(*) FROM contradictions WHERE kind = 'status'").fetchone()[0]
    assert bool(rows) is tension
