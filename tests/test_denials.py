"""A status one report gives and another denies: denied status claims (extract) and the status
kind's denial rule (link), on sentences written for these tests."""
import pytest
from conftest import opened_ledger

from claimledger.extract.subjects import alias_forms

DOCS = {
    # the frames of a denial
    "verb": ("The Kremlin denied on Monday that Russia had received any Shahed-136 drones from Iran.", "2024-05-01"),
    "false": ("Reports of the supposed withdrawal of U.S.-made Abrams tanks from the front are false, "
              "the brigade said.", "2024-05-01"),
    "false-claim": ("The envoy said Washington was spreading false information when claiming that Russia fired "
                    "KN-23 missiles at Kyiv.", "2024-05-01"),
    "negated": ("Iran has NOT delivered Fateh-110 missiles to Russia, the minister wrote.", "2024-05-01"),
    "not-yet": ("Iran has not yet delivered any Fateh-110 missiles to Russia.", "2024-05-01"),
    "unsaid": ("The Kremlin has neither admitted nor denied its use of KN-23 missiles. Moscow did not deny "
               "receiving any Shahed-136 drones from Iran.", "2024-05-01"),
    # a report and its denial, in one story and months apart
    "report": ("Russia has received a first shipment of Shahed-136 drones from Iran, Ukrainian intelligence said.",
               "2024-04-28"),
    "old-report": ("Russia has received Shahed-136 drones from Iran, Ukrainian intelligence said.", "2024-01-10"),
    "both": ("Ukraine says Russia has received Tor-M2 systems. Moscow denied receiving any Tor-M2 systems.",
             "2024-05-01"),
    "withdrawn": ("Ukraine has sidelined the Abrams tanks in its fight against Russia, US officials say.",
                  "2024-04-30"),
    "spaced": ("Iran will receive the first Su 35 fighters next week, the agency said.", "2024-05-01"),
    # a report still ahead is not the status still ahead
    "unconfirmed": ("Kyiv has still not formally confirmed the arrival in Ukraine of the F-16 jets.", "2024-08-01"),
    "not-arrived": ("The F-16 jets have not yet arrived in Ukraine, officials said.", "2024-08-01"),
    # a denial that names the kind, not the system: the one system of that kind the text names
    "kind-denial": ("Washington says Fateh-110 missiles reached Russia in August. \"Iran has NOT sent any "
                    "ballistic missiles to Russia,\" the minister wrote.", "2024-09-11"),
    "kind-report": ("Tehran has finally provided Moscow with Fateh-110 close-range ballistic missiles (CRBMs).",
                    "2024-09-20"),
    "two-kinds": ("Russia fired KN-23 and Kinzhal missiles. Moscow has not delivered ballistic missiles to "
                  "anyone, the envoy said.", "2024-09-11"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("denials"), DOCS) as db:
        yield db


def claims(db, doc_id, kind=None):
    rows = db.execute("SELECT subject, status, kind, modality FROM status_claims WHERE doc_id = ? ORDER BY start",
                      (doc_id,)).fetchall()
    return [row for row in rows if kind is None or row[2] == kind]


def status_rows(db):
    rows = db.execute("SELECT id, note, within_document FROM contradictions WHERE kind = 'status'").fetchall()
    sides = {row_id: {doc for (doc,) in db.execute(
        "SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?", (row_id,))}
        for row_id, _, _ in rows}
    return [(note, bool(within), sides[row_id]) for row_id, note, within in rows]


@pytest.mark.parametrize("doc_id,subject,status", [
    ("verb", "Shahed-136", "ARRIVED"),
    ("false", "Abrams", "WITHDRAWN"),
    ("false-claim", "KN-23", "USED"),
    ("negated", "Fateh-110", "ARRIVED"),
])
def test_denial_frames_give_a_denied_claim(ledger, doc_id, subject, status):
    assert (subject, status, "denied", "negated") in claims(ledger, doc_id, "denied")


@pytest.mark.parametrize("doc_id", ["not-yet", "unsaid"])
def test_no_denial_in_not_yet_neither_denied_nor_did_not_deny(ledger, doc_id):
    assert claims(ledger, doc_id, "denied") == []


def test_a_report_and_its_denial_in_one_story_are_one_status_conflict(ledger):
    rows = [row for row in status_rows(ledger) if "Shahed-136" in row[0] and "denied" in row[0]]
    assert len(rows) == 1
    note, within, docs = rows[0]
    assert not within and docs == {"report", "verb"}   # the January report is of another story


def test_a_text_telling_a_report_and_its_denial_is_no_conflict(ledger):
    assert not [row for row in status_rows(ledger) if "Tor-M2" in row[0]]


def test_withdrawal_denied_against_a_withdrawal_reported(ledger):
    assert ("Abrams", "WITHDRAWN", "reached", "reported") in claims(ledger, "withdrawn") or \
        ("Abrams", "WITHDRAWN", "reached", "asserted") in claims(ledger, "withdrawn")
    assert any(docs == {"withdrawn", "false"} for note, _, docs in status_rows(ledger) if "WITHDRAWN" in note)


def test_spaced_designation_is_the_subject(ledger):
    assert any(subject == "Su-35" for subject, *_ in claims(ledger, "spaced"))


@pytest.mark.parametrize("alias,spaced", [("Su-35", "Su 35"), ("KN-23", "KN 23"), ("F-16", None), ("S-400", None)])
def test_alias_forms_spell_a_designation_with_a_space(alias, spaced):
    forms = alias_forms(alias)
    assert (spaced in forms) if spaced else not any(" " in form for form in forms)


def test_a_report_still_ahead_is_not_the_status_still_ahead(ledger):
    assert claims(ledger, "unconfirmed", "pending") == []
    assert ("F-16", "ARRIVED", "pending", "negated") in claims(ledger, "not-arrived", "pending")


def test_a_denial_naming_the_kind_denies_the_one_system_of_that_kind(ledger):
    assert ("Fateh-110", "ARRIVED", "denied", "negated") in claims(ledger, "kind-denial", "denied")
    assert claims(ledger, "two-kinds", "denied") == []   # two ballistic missiles named: which one is unsaid


def test_a_mention_the_tagger_hangs_on_the_preposition_is_the_delivered_system(ledger):
    assert ("Fateh-110", "ARRIVED", "reached", "asserted") in claims(ledger, "kind-report")
    assert any(docs >= {"kind-report", "kind-denial"} for note, _, docs in status_rows(ledger) if "Fateh-110" in note)
