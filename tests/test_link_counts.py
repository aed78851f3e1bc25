"""A plural name counted by a number ("about 2,000 'Shaheds'", "31 Abrams") is a count in the unit
its kind counts in, compared with the counts of the same event that name the unit ("2,400 Shahed
drones"): extract (quantities) and the number kind (link), on sentences written for these tests."""
import pytest
from conftest import opened_ledger

DOCS = {
    "drones": ("Russia has ordered 2,400 Shahed drones from Iran in all, the president said.", "2024-03-01"),
    "named": ("According to our data, Russia has ordered about 2,000 'Shaheds' from Iran, the leader said.",
              "2024-03-10"),
    "tanks": ("Ukraine has received 31 Abrams from the United States, the minister said.", "2024-03-01"),
    "person": ("Shahed said the 12 Patriot batteries were enough.", "2024-03-01"),
    # counts of a loss: the system's own name does not count as a word between number and noun
    "three-lost": ("Pakistan said its air force had shot down three Rafale jets on Tuesday night.", "2024-05-07"),
    "one-lost": ("A source said that one Indian Navy Rafale fighter jet had been shot down in the night.", "2024-05-07"),
    # a part of a stated whole counts what its own verb did to it, not the whole's launch
    "fired": ("Kyiv said Russia had fired at least 24 KN-23 missiles at Ukrainian cities since December 30.", "2024-02-16"),
    "examined": ("Investigators say they have studied fragments of 21 of about 50 KN-23 missiles fired by "
                 "Russia since December.", "2024-05-10"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("counts"), DOCS) as db:
        yield db


@pytest.mark.parametrize("doc_id,value,unit", [("named", 2000.0, "drones"), ("tanks", 31.0, "tanks")])
def test_a_counted_plural_name_is_a_count_in_its_kinds_unit(ledger, doc_id, value, unit):
    assert (value, unit) in ledger.execute("SELECT value, unit FROM quantities WHERE doc_id = ?", (doc_id,)).fetchall()


def test_two_counts_of_one_order_are_one_number_conflict(ledger):
    rows = ledger.execute("SELECT id, note FROM contradictions WHERE kind = 'number' AND within_document = 0 "
                          "AND subject = 'Shahed-136'").fetchall()
    assert len(rows) == 1 and "2,000 drones" in rows[0][1] and "2,400 drones" in rows[0][1]
    docs = {doc for (doc,) in ledger.execute("SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?",
                                             (rows[0][0],))}
    assert docs == {"drones", "named"}


def test_a_count_with_a_long_name_before_its_noun_is_read(ledger):
    assert (1.0, "aircraft") in ledger.execute("SELECT value, unit FROM quantities WHERE doc_id = 'one-lost'").fetchall()


def test_counts_of_one_loss_are_compared_under_the_loss(ledger):
    facts = ledger.execute("SELECT doc_id, status FROM subject_facts WHERE subject = 'Rafale'").fetchall()
    assert ("one-lost", "DESTROYED") in facts and ("three-lost", "DESTROYED") in facts
    notes = [note for (note,) in ledger.execute("SELECT note FROM contradictions WHERE kind = 'number'")]
    assert any("1 aircraft against 3 aircraft (DESTROYED)" in note for note in notes)


def test_a_part_of_a_stated_whole_is_not_a_count_of_the_wholes_event(ledger):
    notes = [note for (note,) in ledger.execute("SELECT note FROM contradictions WHERE subject = 'KN-23'")]
    assert not any("21 missiles" in note for note in notes)
