"""Denials by structure and refusals: a denial verb or a falsity predicate read by the clause it
governs in the parse, however many words lie between ("denied reports that the Russian-made
S-400 systems stationed at the base had been hit"), and a stated decision not to deliver ("has
decided not to send", "would not provide") as a denied future delivery, set against a report
of the delivery done, under way or promised within the denial window, not against one months
later. Extract (link records) and the status kind (link), on sentences written for these tests."""
import pytest
from conftest import opened_ledger

DOCS = {
    # denials whose clause lies far from the verb
    "hit-denied": ("India's air force denied reports that the Russian-made S-400 systems stationed at the Adampur "
                   "air base in Punjab had been hit by Pakistani missiles.", "2025-05-10"),
    "hit-said": ("Pakistan said its JF-17 jets destroyed an S-400 system at Adampur on Saturday.", "2025-05-10"),
    "false-far": ("Claims made on Tuesday by officials in Washington that Russia had fired KN-23 missiles at "
                  "Kharkiv last month are false, the envoy said.", "2024-01-11"),
    "not-true": ("It is not true that Iran supplied Shahed-136 drones to Russia, the minister said.", "2024-05-01"),
    # near misses: no denial
    "did-not-deny": ("Moscow did not deny reports that Iran had supplied the Russian army with Shahed-136 drones.",
                     "2024-05-01"),
    "neither": ("The ministry neither confirmed nor denied that Russia had received Kh-101 missiles.", "2024-05-01"),
    "declined": ("The ministry declined to deny that the Tor-M2 systems had been moved to Belarus.", "2024-05-01"),
    "is-true": ("Reports that Russia deployed Iskander missiles to Belarus are true, the minister said.",
                "2024-05-01"),
    "other-clause": ("The ministry denied the accusation on Monday, while Pakistan said the Patriot battery had "
                     "been destroyed.", "2024-05-01"),
    # a claim whose evidence is said to show something else
    "shows-else": ("A drone clip Moscow posted to back a claim its gunners knocked out several Ukrainian tanks in "
                   "fact showed a burning lorry, investigators found. Ukraine received its Challenger 2 tanks from "
                   "Britain last year.", "2024-05-01"),
    "confirmed": ("A clip posted to back a claim that the army blew up a Leopard 1 tank was actually confirmed "
                  "by investigators.", "2024-05-01"),
    # refusals
    "refusal": ("The president has decided that he would not send ATACMS to Ukraine, his adviser said.",
                "2023-09-21"),
    "promise": ("Biden told Zelensky the US will provide a small number of ATACMS, officials said.", "2023-09-22"),
    "decided": ("The German government has decided not to send Taurus missiles to Ukraine.", "2024-02-01"),
    "arrived": ("The first Taurus missiles have arrived in Ukraine, a source said.", "2024-02-10"),
    "months-later": ("Germany has delivered Taurus missiles to Ukraine, the ministry said.", "2024-07-10"),
    "refused": ("Spain refused to supply Patriot batteries to Ukraine.", "2024-03-01"),
    "ruled-out": ("Scholz ruled out sending Storm Shadow missiles to Ukraine.", "2024-03-01"),
    "no-plans": ("Washington has no plans to send Gripen jets to Kyiv, the spokesman said.", "2024-03-01"),
    "not-going": ("Italy is not going to send SAMP/T systems, the minister said.", "2024-03-01"),
    "never": ("Iran has never, at any point in the war, supplied Mohajer-6 drones to Russia.", "2024-03-01"),
    "not-yet": ("Iran has not yet, as far as is known, supplied Fateh-110 missiles to Russia.", "2024-03-01"),
    # a refusal names its recipient: a delivery elsewhere is another deal
    "iran-refusal": ("Russia has refused to sell Iran its Su-57 fighters, Bloomberg reported.", "2024-06-07"),
    "turkey-report": ("The first Su-57 fighters have arrived in Turkey, Erdogan said.", "2024-06-12"),
    # near misses: no refusal
    "until": ("Germany will not send the Leopard 2 tanks until the summer.", "2024-03-01"),
    "not-say": ("The chancellor would not say whether Germany will send the Leopard 1 tanks.", "2024-03-01"),
    "rule-out": ("Scholz did not rule out sending IRIS-T systems.", "2024-03-01"),
    "details": ("The ministry will not provide details on the NASAMS deliveries.", "2024-03-01"),
    "not-only": ("France will not only send Caesar howitzers but also train the crews.", "2024-03-01"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("parsed-denials"), DOCS) as db:
        yield db


def denied(db, doc_id):
    return db.execute("SELECT subject, status, modality FROM status_claims WHERE doc_id = ? AND kind = 'denied'",
                      (doc_id,)).fetchall()


def status_rows(db, subject):
    rows = db.execute("SELECT id, note FROM contradictions WHERE kind = 'status' AND subject = ?",
                      (subject,)).fetchall()
    return [(note, {doc for (doc,) in db.execute(
        "SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?", (row_id,))})
        for row_id, note in rows]


@pytest.mark.parametrize("doc_id,claim", [
    ("hit-denied", ("S-400", "DESTROYED", "negated")),
    ("false-far", ("KN-23", "USED", "negated")),
    ("not-true", ("Shahed-136", "ARRIVED", "negated")),
    ("refusal", ("ATACMS", "ARRIVED", "planned")),
    ("decided", ("Taurus KEPD 350", "ARRIVED", "planned")),
    ("refused", ("Patriot", "ARRIVED", "planned")),
    ("ruled-out", ("Storm Shadow", "ARRIVED", "planned")),
    ("no-plans", ("Gripen", "ARRIVED", "planned")),
    ("not-going", ("SAMP/T", "ARRIVED", "planned")),
    ("never", ("Mohajer-6", "ARRIVED", "negated")),   # a past delivery denied, however far "never" stands
    ("shows-else", ("Challenger 2", "DESTROYED", "negated")),   # the one tank the text names
])
def test_denials_and_refusals_are_read_by_structure(ledger, doc_id, claim):
    assert claim in denied(ledger, doc_id)


def test_the_denied_status_is_the_clause_head_not_a_modifier(ledger):
    assert ("S-400", "DEPLOYED", "negated") not in denied(ledger, "hit-denied")   # "stationed" modifies the systems


@pytest.mark.parametrize("doc_id", ["did-not-deny", "neither", "declined", "is-true", "other-clause",
                                    "until", "not-say", "rule-out", "details", "not-only", "not-yet", "confirmed"])
def test_near_misses_deny_nothing(ledger, doc_id):
    assert denied(ledger, doc_id) == []


def test_a_loss_denied_far_from_its_verb_stands_against_the_loss(ledger):
    assert any(docs == {"hit-denied", "hit-said"} for _, docs in status_rows(ledger, "S-400"))


def test_a_refusal_stands_against_a_promise_of_the_same_days(ledger):
    rows = status_rows(ledger, "ATACMS")
    assert any(docs == {"refusal", "promise"} and "refused" in note for note, docs in rows)


def test_a_refusal_stands_against_a_delivery_within_the_window_not_months_later(ledger):
    rows = status_rows(ledger, "Taurus KEPD 350")
    assert any({"decided", "arrived"} <= docs for _, docs in rows)
    assert not any("months-later" in docs for _, docs in rows)   # a change of policy five months on


def test_a_refusal_to_one_country_does_not_answer_a_delivery_to_another(ledger):
    assert ("Su-57", "ARRIVED", "planned") in denied(ledger, "iran-refusal")
    assert status_rows(ledger, "Su-57") == []
