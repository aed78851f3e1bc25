"""Rounds delivered shipment after shipment (missiles, guided rockets, loitering munitions): an
arrival dated two months after another report had them arrived is a further shipment, not a
date conflict; a system (a Patriot battery) keeps the year's window. Sentences written for
these tests."""
import sqlite3

import pytest
from conftest import analyzed_ledger

from claimledger.link.kinds.common import further_batch_days

DOCS = {
    "atacms-2023": ("The first ATACMS missiles arrived in Ukraine on October 17, 2023, officials said.", "2023-10-18"),
    "atacms-2024": ("A new consignment of ATACMS missiles arrived in Ukraine in March 2024, officials said.", "2024-04-24"),
    "patriot-2023": ("The Patriot system arrived in Ukraine on April 19, 2023, the minister said.", "2023-04-20"),
    "patriot-late": ("The Patriot system arrived in Ukraine in September 2023, the minister said.", "2023-10-02"),
}


@pytest.fixture(scope="module")
def rows(tmp_path_factory):
    ledger_path = analyzed_ledger(tmp_path_factory.mktemp("shipments"), DOCS)
    db = sqlite3.connect(ledger_path)
    found = db.execute("SELECT subject, kind FROM contradictions WHERE within_document = 0").fetchall()
    db.close()
    return found


@pytest.mark.parametrize("subject,days", [("ATACMS", 60), ("Storm Shadow", 60), ("Shahed-136", 60),
                                          ("Patriot", 365), ("F-16", 365), ("Oreshnik", 365)])
def test_further_batch_days_by_kind(subject, days):
    assert further_batch_days(subject, 365) == days


def test_missiles_arriving_months_apart_are_two_shipments(rows):
    assert not [row for row in rows if row[0] == "ATACMS"]


def test_a_system_arriving_months_apart_is_still_a_date_conflict(rows):
    assert ("Patriot", "date") in rows
