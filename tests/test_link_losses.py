"""A loss one report gives and another denies: DESTROYED status claims (extract, link records)
and the status kind's denial rule set against them (link), on sentences written for these tests."""
import pytest
from conftest import opened_ledger

DOCS = {
    # a loss, by its object or its passive subject
    "object": ("Russia's defence ministry said its forces destroyed four HIMARS launchers near Kramatorsk.",
               "2024-05-01"),
    "passive": ("Two Patriot launchers were destroyed in the overnight strike, the ministry said.", "2024-05-02"),
    "weapon": ("A Kinzhal missile destroyed the Patriot radar outside the city, Moscow claimed.", "2024-05-02"),
    "agent": ("The F-16 was shot down by a Patriot missile, the air force said.", "2024-05-03"),
    # a loss said not to be
    "not-destroyed": ("The Patriot system was not destroyed in the attack, a US official said.", "2024-05-03"),
    "not-a-single": ("Not a single HIMARS has been lost since the summer, the minister told reporters.",
                     "2024-05-20"),
    "none-of": ("None of the S-400 systems have been targeted or destroyed, the spokesman said.",
                "2024-05-04"),
    "not-lost": ("Ukraine has not lost any HIMARS so far, the minister said.", "2024-09-01"),
    # no loss
    "intent": ("Russia wants to destroy the Patriot systems and is capable of destroying HIMARS launchers.",
               "2024-05-05"),
    "clause": ("Iskander strikes went on until the war was lost, the historian wrote.", "2024-05-05"),
    "s400-report": ("Pakistan said its jets destroyed an S-400 system at the air base on Saturday.", "2024-05-04"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("losses"), DOCS) as db:
        yield db


def losses(db, doc_id):
    return sorted(db.execute("SELECT subject, kind FROM status_claims WHERE doc_id = ? AND status = 'DESTROYED'",
                             (doc_id,)).fetchall())


def loss_rows(db):
    rows = db.execute("SELECT id, subject, note FROM contradictions WHERE kind = 'status' AND note LIKE '%DESTROYED%'"
                      ).fetchall()
    return [(subject, note, {doc for (doc,) in db.execute(
        "SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?", (row_id,))})
        for row_id, subject, note in rows]


@pytest.mark.parametrize("doc_id,subject", [("object", "HIMARS"), ("passive", "Patriot"), ("weapon", "Patriot"),
                                            ("agent", "F-16"), ("s400-report", "S-400")])
def test_a_loss_is_a_destroyed_claim_of_what_was_lost(ledger, doc_id, subject):
    assert losses(ledger, doc_id) == [(subject, "reached")]


@pytest.mark.parametrize("doc_id,subject", [("not-destroyed", "Patriot"), ("not-a-single", "HIMARS"),
                                            ("none-of", "S-400"), ("not-lost", "HIMARS")])
def test_a_negated_loss_is_a_denied_destroyed_claim(ledger, doc_id, subject):
    assert losses(ledger, doc_id) == [(subject, "denied")]


@pytest.mark.parametrize("doc_id", ["intent", "clause"])
def test_an_intent_a_capability_or_another_noun_is_no_loss(ledger, doc_id):
    assert losses(ledger, doc_id) == []


def test_a_loss_and_its_denial_within_a_month_are_one_status_conflict(ledger):
    rows = {subject: docs for subject, _note, docs in loss_rows(ledger)}
    assert rows["HIMARS"] == {"object", "not-a-single"}    # the September denial is of another story
    assert rows["S-400"] == {"s400-report", "none-of"}
    assert rows["Patriot"] == {"passive", "weapon", "not-destroyed"}
    assert set(rows) == {"HIMARS", "S-400", "Patriot"}     # two reports of losses are no conflict
