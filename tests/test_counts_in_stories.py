"""Counts with no status event and counts of a plain noun: a holding ("Ukraine now has 20
Leopard 2 tanks", "a fleet of 12 F-16s") is compared with holdings of its days only; a first
batch with no event ("The first batch of Abrams will be six to eight tanks") with the first
batches of its days; a plain noun ("Ten of 31 promised tanks have arrived") counts the story's
one system of that kind when the sentence names none and its own verb is a delivery. Extract
(link records) and the number kind (link), on sentences written for these tests."""
import pytest
from conftest import number_rows, opened_ledger

DOCS = {
    # holdings against holdings
    "has-20": ("Ukraine now has 20 Leopard 2 tanks, the minister said.", "2023-05-01"),
    "has-35": ("Ukraine now has 35 Leopard 2 tanks in service, an analyst wrote.", "2023-05-02"),
    "fleet-12": ("Romania operates a fleet of 12 F-16s bought from Portugal.", "2023-06-01"),
    "fleet-17": ("Romania has 17 F-16 jets, the air force said.", "2023-06-02"),
    # a holding is never compared with a delivery count or a running total
    "sent-5": ("Germany has delivered 5 Leopard 2 tanks to Ukraine, the ministry said.", "2023-05-01"),
    # a first batch with no event against a first batch delivered
    "first-will": ("Abrams tanks for Ukraine: the first batch of Abrams will be six to eight tanks, officials said.",
                   "2023-09-10"),
    "first-came": ("The first batch of 31 Abrams tanks has arrived in Ukraine, Zelensky said.", "2023-09-12"),
    # a plain noun in a story of one system
    "plain": ("Deliveries of M1 Abrams tanks continue. Ten of 31 promised tanks have arrived in Ukraine, a source said.",
              "2024-01-10"),
    "named": ("Ukraine has received 14 Abrams tanks from the United States, the Pentagon said.", "2024-01-12"),
    # near misses: another party's tanks, an event of loss, two systems of one unit
    "russian": ("The Abrams crews fought near Avdiivka. They say four Russian tanks have arrived at the front.",
                "2024-01-11"),
    "lost": ("The Abrams brigade held the line. Crews destroyed four tanks, the brigade said.", "2024-01-11"),
    "two-kinds": ("The Leopard 1 and the Leopard 2 were on show. Ten tanks have arrived in Ukraine, officials said.",
                  "2023-05-01"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("counts-in-stories"), DOCS) as db:
        yield db


def facts(db, doc_id):
    return db.execute("SELECT subject, low, high, status, scope FROM subject_facts WHERE doc_id = ? "
                      "AND attribute LIKE 'quantity:%' ORDER BY start", (doc_id,)).fetchall()


def test_holdings_are_stored_with_their_scope(ledger):
    assert ("Leopard 2", 20.0, 20.0, None, "holding") in facts(ledger, "has-20")
    assert ("F-16", 12.0, 12.0, None, "holding") in facts(ledger, "fleet-12")


def test_holdings_are_compared_with_holdings_only(ledger):
    rows = number_rows(ledger, "Leopard 2")
    assert any({"has-20", "has-35"} <= docs for _, docs in rows)
    assert not any("sent-5" in docs for _, docs in rows)
    assert any({"fleet-12", "fleet-17"} <= docs for _, docs in number_rows(ledger, "F-16"))


def test_a_first_batch_with_no_event_meets_a_first_batch_delivered(ledger):
    assert ("Abrams", 6.0, 8.0, None, "first") in facts(ledger, "first-will")
    rows = number_rows(ledger, "Abrams")
    assert any({"first-will", "first-came"} <= docs and "first batch" in note for note, docs in rows)


def test_a_plain_noun_counts_the_one_system_of_the_story(ledger):
    assert ("Abrams", 10.0, 10.0, "ARRIVED", None) in facts(ledger, "plain")
    assert ("Abrams", 31.0, 31.0, None, "total") in facts(ledger, "plain")   # the 31 promised did not all arrive
    assert any({"plain", "named"} <= docs for _, docs in number_rows(ledger, "Abrams"))


@pytest.mark.parametrize("doc_id", ["russian", "lost", "two-kinds"])
def test_a_plain_noun_of_another_party_or_story_counts_nothing(ledger, doc_id):
    assert facts(ledger, doc_id) == []
