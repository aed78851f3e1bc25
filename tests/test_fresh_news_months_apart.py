"""Two reports months apart that each tell a fresh start of a status are two occurrences (a
battery deployed for a drill in spring and again in autumn), not two dates of one start; a report
that dates the start long before its own day, or reports dated close together, still conflict."""
from __future__ import annotations

import pytest
from conftest import analyzed_ledger, rows_between

SPRING = ("Air defence crews deployed a NASAMS battery near the port of Gdynia last week, "
          "the regional paper reported on Tuesday.", "2024-04-09")

# fmt: off
@pytest.mark.parametrize("later, expected", [
    # fresh news six months on: a second deployment
    (("A NASAMS battery was deployed near the port of Gdynia on Monday, officials said.",
      "2024-10-15"), False),
    # fresh news three weeks on: two dates of one deployment
    (("A NASAMS battery was deployed near the port of Gdynia on Monday, officials said.",
      "2024-04-30"), True),
    # months on, but the start it dates lies long before its own day: it meets the spring report
    (("The NASAMS battery was deployed near the port of Gdynia on 20 June, the ministry said.",
      "2024-10-15"), True),
])
# fmt: on
def test_fresh_news_months_apart(tmp_path, later, expected):
    ledger = analyzed_ledger(tmp_path, {"spring": SPRING, "later": later})
    rows = [kind for kind, _ in rows_between(ledger, "spring", "later") if kind == "date"]
    assert bool(rows) is expected, rows


def test_an_undated_restatement_of_the_fresh_start_is_that_start(tmp_path):
    spring = ("Air defence crews deployed a NASAMS battery near the port of Gdynia last week, the regional "
              "paper reported on Tuesday. The NASAMS battery was set up beside the container terminal.",
              "2024-04-09")
    autumn = ("A NASAMS battery was deployed near the port of Gdynia on Monday, officials said.", "2024-10-15")
    ledger = analyzed_ledger(tmp_path, {"spring": spring, "later": autumn})
    assert not [kind for kind, _ in rows_between(ledger, "spring", "later") if kind == "date"]


def test_an_arrival_is_no_recurring_status(tmp_path):
    """A first arrival dated in January and an arrival told in April are two dates of one arrival
    (or a further batch, which the batch rules judge): the fresh-news rule reads deployments only."""
    january = ("The first NASAMS reached Ukraine on 20 January, the ministry said.", "2024-02-01")
    april = ("NASAMS reached Ukraine on 15 April, officials said.", "2024-04-20")
    ledger = analyzed_ledger(tmp_path, {"january": january, "april": april})
    assert [kind for kind, _ in rows_between(ledger, "january", "april") if kind == "date"]


def test_a_first_arrival_after_the_system_was_there_is_a_date_conflict(tmp_path):
    """"first arrived in early 2026" against a report that had it there in 2024: the first arrival
    cannot come after it, so the years between do not make it a further batch."""
    earlier = ("Russia has moved Bastion launchers into the Kuril Islands, the defence ministry confirmed on Saturday.",
               "2024-10-05")
    first = ("The Bastion launchers first arrived in the Kuril Islands in early 2026, Japanese officials said.",
             "2026-02-11")
    later = ("Bastion launchers arrived in the Kuril Islands in early 2026, Japanese officials said.", "2026-02-11")
    ledger = analyzed_ledger(tmp_path, {"earlier": earlier, "first": first, "later": later})
    assert [kind for kind, _ in rows_between(ledger, "earlier", "first")] == ["date"]
    assert rows_between(ledger, "earlier", "later") == []   # a further batch, years on
