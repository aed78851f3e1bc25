"""A count of a delivery said to be complete is the whole: "completes delivery of 13 jets" is a
running total, never compared with a single batch ("four of the 13" delivered a month before),
and compared with another whole. Extract (link records, ``completed_whole``) and the number kind
(link), on sentences written for these tests."""
import pytest
from conftest import number_rows, opened_ledger

DOCS = {
    "batch-4": ("Norway on March 3 handed over four of the six F-16 jets it has pledged to Ukraine.", "2025-03-03"),
    "done-6": ("Norway completes delivery of 6 F-16 fighter jets to Ukraine, the ministry said.", "2025-03-20"),
    "done-7": ("Norway has completed the delivery of seven F-16 jets to Ukraine, a source said.", "2025-03-21"),
    "whole-passive": ("The transfer of 31 Abrams tanks to Ukraine was completed, officials said.", "2023-10-17"),
    "noun-of": ("The completion of the delivery of 14 Leopard 2 tanks was announced in Kyiv.", "2023-06-01"),
    # look-alikes: a plain delivery, completion of something that is no transfer
    "plain": ("Belgium sent 6 F-16 jets to Kyiv in February, a Belgian officer told reporters.", "2025-03-25"),
    "training": ("Denmark completed the training of 12 F-16 pilots, the ministry said.", "2025-03-20"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("completed-counts"), DOCS) as db:
        yield db


def scopes(db, doc_id):
    return db.execute("SELECT subject, low, scope FROM subject_facts WHERE doc_id = ? AND attribute LIKE 'quantity:%' "
                      "ORDER BY start", (doc_id,)).fetchall()


def test_a_completed_delivery_counts_the_whole(ledger):
    assert ("F-16", 6.0, "total") in scopes(ledger, "done-6")
    assert ("F-16", 7.0, "total") in scopes(ledger, "done-7")
    assert ("Abrams", 31.0, "total") in scopes(ledger, "whole-passive")
    assert ("Leopard 2", 14.0, "total") in scopes(ledger, "noun-of")


def test_look_alikes_keep_their_scope(ledger):
    assert ("F-16", 6.0, None) in scopes(ledger, "plain")
    assert all(scope != "total" for _, _, scope in scopes(ledger, "training"))


def test_a_completed_whole_is_not_set_against_a_batch_but_against_another_whole(ledger):
    rows = number_rows(ledger, "F-16")
    assert not any({"batch-4", "done-6"} <= docs for _, docs in rows)
    assert any({"done-6", "done-7"} <= docs for _, docs in rows)
