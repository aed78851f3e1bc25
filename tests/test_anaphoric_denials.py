"""A denial whose object only points back ("Shoigu dismissed it", "rejected the claim", "This is
false") denies what the sentence before reports; a pointer that is no claim ("dismissed the
resignation"), an unsaid denial ("did not deny it") or a first sentence denies nothing. A verb of
calling whose object is called false ("called the reports ... fake", "described reports ... as
baseless") denies its object; "called ... accurate" and "did not call ... fake" deny nothing. Extract
(link records, ``anaphoric_denial``) and the status kind (link), on sentences written for these
tests."""
import pytest
from conftest import opened_ledger

DOCS = {
    "claim": ("Ukraine said on Tuesday its crews had shot down six Kinzhal missiles near the capital.", "2023-05-16"),
    "dismissed-it": ("Kyiv said its air defences had shot down six Kinzhal missiles in one night. "
                     "Russia's defence minister dismissed it, state media reported.", "2023-05-17"),
    "rejected-claim": ("Warsaw said it had delivered four MiG-29 jets to Ukraine. "
                       "Moscow rejected the Polish claim on Friday.", "2023-04-07"),
    "this-false": ("Officials said Iran had supplied Shahed-136 drones to Russia. "
                   "This is false, the Iranian foreign ministry said.", "2022-10-20"),
    # a verb of calling whose object is called false
    "called-fake": ("Moscow called the reports that Russia used KN-23 missiles against Kharkiv fake.", "2024-01-12"),
    "called-lie": ("Officials in Kyiv said Iran had delivered Fath-360 missiles to Russia. "
                   "Tehran called the claim a lie.", "2024-09-11"),
    "described-as": ("Tehran described reports of Shahed-136 deliveries to Russia as baseless.", "2022-10-20"),
    # look-alikes
    "called-true": ("Moscow called the reports that Russia used KN-23 missiles accurate.", "2024-01-12"),
    "not-called": ("Moscow did not call the reports that Russia used KN-23 missiles fake.", "2024-01-13"),
    "not-denied": ("Kyiv said its air defences had shot down a Kinzhal missile over the capital. "
                   "Moscow did not deny it.", "2023-05-18"),
    "other-object": ("The Kinzhal was shot down over Kyiv, the air force said. "
                     "The minister dismissed the resignation of his deputy.", "2023-05-18"),
    "first": ("Moscow denied it on Monday. Later, Ukraine said it had shot down a Kinzhal.", "2023-05-19"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("anaphoric-denials"), DOCS) as db:
        yield db


def denied(db, doc_id):
    return db.execute("SELECT subject, status FROM status_claims WHERE doc_id = ? AND kind = 'denied'",
                      (doc_id,)).fetchall()


@pytest.mark.parametrize("doc_id,claim", [
    ("dismissed-it", ("Kinzhal", "DESTROYED")),
    ("rejected-claim", ("MiG-29", "ARRIVED")),
    ("this-false", ("Shahed-136", "ARRIVED")),
    ("called-fake", ("KN-23", "USED")),
    ("called-lie", ("Fath-360", "ARRIVED")),
    ("described-as", ("Shahed-136", "ARRIVED")),
])
def test_a_pointer_denies_the_claim_before(ledger, doc_id, claim):
    assert claim in denied(ledger, doc_id)


@pytest.mark.parametrize("doc_id", ["not-denied", "other-object", "first", "called-true", "not-called"])
def test_look_alikes_deny_nothing(ledger, doc_id):
    assert denied(ledger, doc_id) == []


def test_the_denial_stands_against_the_claim_it_answers(ledger):
    rows = ledger.execute("SELECT id FROM contradictions WHERE kind = 'status' AND subject = 'Kinzhal' "
                          "AND within_document = 0").fetchall()
    sides = [{doc for (doc,) in ledger.execute("SELECT DISTINCT doc_id FROM contradiction_sides "
                                               "WHERE contradiction_id = ?", (row_id,))} for (row_id,) in rows]
    assert any({"claim", "dismissed-it"} <= docs for docs in sides)
