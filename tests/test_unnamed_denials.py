"""A denial that names no system ("We have not provided weapons to any side", "reports of air
defence deliveries are false") is a denial of the document's one tracked subject when the
document names exactly one, in its lead; and a refusal is compared by its date with the date
of the delivery or promise that answers it: weeks later is a reversal, not a conflict. Sentences
written for these tests."""
import pytest
from conftest import opened_ledger

DOCS = {
    # one subject in the lead: a denial of weapons is of it
    "weapons-report": ("Belgrade delivered Krasukha systems to Minsk last week, a Serbian outlet reported.",
                       "2024-05-02"),
    "weapons-denial": ("Serbia and the Krasukha story: the ministry responded on Friday. \"We have not provided "
                       "weapons to any side,\" the minister said.", "2024-05-04"),
    "false-report": ("Greece sent Osa-AKM systems to Armenia in April, a newspaper reported.", "2024-06-01"),
    "false-denial": ("Athens and the Osa-AKM: the government spoke on Monday. Reports of air defence deliveries are "
                     "false, the spokesman said.", "2024-06-03"),
    # two subjects: no subject for a denial of weapons
    "two-denial": ("The Buk-M3 and the Tor-M2 were on display in Minsk. \"We have not provided weapons to any "
                   "side,\" the minister said.", "2024-05-04"),
    "two-report": ("Belarus delivered Buk-M3 systems to Serbia, an outlet reported.", "2024-05-03"),
    # a refusal, a delivery three weeks later (a reversal) and one ten days later (a conflict)
    "refusal": ("The government has decided not to send Archer howitzers to Ukraine, the minister said.",
                "2024-01-10"),
    "soon": ("The first Archer howitzers have arrived in Ukraine, a source said.", "2024-01-19"),
    "reversal": ("Sweden has delivered Archer howitzers to Ukraine, the ministry said.", "2024-02-05"),
    # a delivery dated before the refusal stands against it, though reported weeks on
    "refusal-2": ("Norway will not provide NASAMS to Ukraine, the minister said on Tuesday.", "2024-03-12"),
    "before": ("The first NASAMS arrived in Ukraine on March 2, the ministry said in a review of the month.",
               "2024-04-02"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("unnamed-denials"), DOCS) as db:
        yield db


def denied(db, doc_id):
    return db.execute("SELECT subject, status, modality FROM status_claims WHERE doc_id = ? AND kind = 'denied'",
                      (doc_id,)).fetchall()


def status_docs(db, subject):
    rows = db.execute("SELECT id FROM contradictions WHERE kind = 'status' AND subject = ?", (subject,)).fetchall()
    return [{doc for (doc,) in db.execute("SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?",
                                          (row_id,))} for (row_id,) in rows]


def test_a_denial_of_weapons_is_of_the_one_subject_of_the_story(ledger):
    assert ("Krasukha", "ARRIVED", "negated") in denied(ledger, "weapons-denial")
    assert any({"weapons-report", "weapons-denial"} <= docs for docs in status_docs(ledger, "Krasukha"))


def test_reports_of_air_defence_deliveries_called_false_deny_the_one_subject(ledger):
    assert [row[0] for row in denied(ledger, "false-denial")] == ["Osa"]


def test_a_story_of_two_subjects_gives_a_denial_of_weapons_no_subject(ledger):
    assert denied(ledger, "two-denial") == []


def test_a_delivery_weeks_after_a_refusal_is_a_reversal(ledger):
    rows = status_docs(ledger, "Archer")
    assert any({"refusal", "soon"} <= docs for docs in rows)
    assert not any("reversal" in docs for docs in rows)


def test_a_delivery_dated_before_the_refusal_stands_against_it(ledger):
    assert any({"refusal-2", "before"} <= docs for docs in status_docs(ledger, "NASAMS"))
