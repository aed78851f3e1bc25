"""Two link rules on stored records, each on reports written for these tests with near misses
that stay quiet:

- a running total ("has so far delivered 18", "to date") told lower within ``TOTAL_FALL_DAYS``
  of a higher one was never so high: the two conflict; a later, larger total is one that grew
  (``link/kinds/number.py``); "so far" between the auxiliary and the verb marks a total
  (``scope_of`` in ``extract/link_records.py``);
- a system said to be still at a place a month after its withdrawal was told conflicts with it
  even when the withdrawal is dated by its month ("withdrawn in June", told on 1 July, against
  "remain deployed" on 10 July) (``still_there`` in ``link/kinds/status.py``).
"""
from __future__ import annotations

import pytest
from conftest import analyzed_ledger, rows_between

CONFLICT, QUIET = "conflict", "quiet"

TOTAL_18 = ("Poland has so far delivered 18 Krab howitzers to Ukraine, the government said on Monday.", "2025-02-10")

TOTALS = [
    ("fell-two-days-later", CONFLICT, TOTAL_18,
     ("Poland has so far delivered 12 Krab howitzers to Ukraine, the ministry said on Wednesday.", "2025-02-12")),
    ("grew-a-week-later-quiet", QUIET, TOTAL_18,
     ("Poland has so far delivered 24 Krab howitzers to Ukraine, the ministry said on Monday.", "2025-02-17")),
    ("fell-months-later-quiet", QUIET, TOTAL_18,
     ("Poland has so far delivered 12 Krab howitzers to Ukraine, the ministry said.", "2025-09-15")),
]



WITHDRAWN_IN_JUNE = ("The two NASAMS launchers were withdrawn from Latvia in June, the Latvian defence ministry "
                     "said.", "2025-07-01")

STAYS = [
    ("still-there-nine-days-after", CONFLICT, WITHDRAWN_IN_JUNE,
     ("Two NASAMS launchers remain deployed in Latvia, a NATO official said on Thursday.", "2025-07-10")),
    ("still-there-months-after-quiet", QUIET, WITHDRAWN_IN_JUNE,
     ("Two NASAMS launchers remain deployed in Latvia, a NATO official said on Thursday.", "2025-11-20")),
    ("elsewhere-quiet", QUIET, WITHDRAWN_IN_JUNE,
     ("Two NASAMS launchers remain deployed in Estonia, a NATO official said on Thursday.", "2025-07-10")),
]


PAIRS = [("number", *pair) for pair in TOTALS] + [("status", *pair) for pair in STAYS]


@pytest.mark.parametrize("kind,expected,one,other", [pytest.param(kind, expected, one, other, id=pair_id)
                                                      for kind, pair_id, expected, one, other in PAIRS])
def test_a_pair_of_reports(tmp_path, kind, expected, one, other):
    """A running total does not fall; a system is not still where it was withdrawn from."""
    rows = [row for row in rows_between(analyzed_ledger(tmp_path, {"one": one, "other": other}), "one", "other")
            if row[0] == kind]
    assert bool(rows) == (expected == CONFLICT), rows
