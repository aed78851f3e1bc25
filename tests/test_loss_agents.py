"""Who brought a loss about: the agent of a reported loss is read from the parse (the country of
the verb's subject or passive agent, a pronoun read back, friendly fire as the holder's own side),
and one loss given to two sides by reports of the same days is an ``agent`` conflict. Extract
(``extract/agents.py``) and the agent kind (link), on sentences written for these tests."""
import pytest
from conftest import opened_ledger

DOCS = {
    "by-ukraine": ("The Ukrainian Air Force destroyed a Russian Su-34 bomber over Donetsk on Friday.", "2024-03-01"),
    "friendly": ("The Su-34 was shot down by friendly fire from Russian air defences, a Russian blogger wrote.",
                 "2024-03-02"),
    "pronoun": ("The Ukrainian defence ministry said its air force had destroyed an Su-34 near Avdiivka.", "2024-03-02"),
    "passive-by": ("A Ukrainian F-16 was downed by a Russian S-400 missile, Moscow claimed.", "2024-08-27"),
    "reporter": ("The Russian embassy in Washington said its forces had destroyed eight Leopard 2 tanks.",
                 "2023-06-06"),
    "own-side": ("The F-16 was shot down by a Ukrainian Patriot in a friendly fire incident, a lawmaker said.",
                 "2024-08-29"),
    # a loss named by its kind in a story of one system
    "kind-noun": ("Russia accidentally shot down its own spy plane over the Sea of Azov, bloggers claimed. "
                  "The A-50 crashed near Kuban.", "2024-02-24"),
    "ukraine-a50": ("The Ukrainian Air Force destroyed another A-50 on Friday, the defence ministry said.",
                    "2024-02-23"),
    "other-party": ("Ukraine shot down a Russian jet near Kharkiv, officials said. The F-16 pilots flew "
                    "several missions.", "2024-02-23"),
    "modal": ("Ukraine could shoot down the plane, an analyst said. The A-50 flew over Azov.", "2024-02-23"),
    # look-alikes: the loser is no agent; a loss weeks later is another loss; a loss with no agent
    "lost": ("Ukraine lost an F-16 during a Russian attack, the general staff said.", "2024-08-29"),
    "later": ("Russian air defences shot down a Su-34 over Belgorod, Ukrainian officials said.", "2024-04-20"),
    "no-agent": ("An Su-34 was destroyed near Donetsk, the report said.", "2024-03-01"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("loss-agents"), DOCS) as db:
        yield db


def agents(db, doc_id):
    return db.execute("SELECT subject, value FROM subject_facts WHERE doc_id = ? AND attribute = 'agent'",
                      (doc_id,)).fetchall()


def agent_rows(db, subject):
    rows = db.execute("SELECT id, note FROM contradictions WHERE kind = 'agent' AND subject = ?", (subject,)).fetchall()
    return [(note, {doc for (doc,) in db.execute(
        "SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ?", (row_id,))})
        for row_id, note in rows]


@pytest.mark.parametrize("doc_id,agent", [
    ("by-ukraine", ("Su-34", "Ukraine")),
    ("friendly", ("Su-34", "Russia")),
    ("pronoun", ("Su-34", "Ukraine")),
    ("passive-by", ("F-16", "Russia")),
    ("own-side", ("F-16", "Ukraine")),
    ("reporter", ("Leopard 2", "Russia")),
    ("kind-noun", ("A-50", "Russia")),
])
def test_the_agent_of_a_loss_is_read(ledger, doc_id, agent):
    assert agent in agents(ledger, doc_id)


@pytest.mark.parametrize("doc_id", ["lost", "no-agent", "other-party", "modal"])
def test_no_agent_where_none_is_said(ledger, doc_id):
    assert agents(ledger, doc_id) == []


def test_one_loss_given_to_two_sides_is_a_conflict(ledger):
    rows = agent_rows(ledger, "Su-34")
    assert any({"by-ukraine", "friendly"} <= docs for _, docs in rows)
    assert any({"passive-by", "own-side"} <= docs for _, docs in agent_rows(ledger, "F-16"))


def test_a_loss_weeks_later_is_another_loss(ledger):
    assert not any("later" in docs for _, docs in agent_rows(ledger, "Su-34"))


def losses(db, doc_id):
    return db.execute("SELECT subject FROM status_claims WHERE doc_id = ? AND status = 'DESTROYED' AND kind = 'reached'",
                      (doc_id,)).fetchall()


def test_a_loss_named_by_its_kind_is_the_story_system_s(ledger):
    assert ("A-50",) in losses(ledger, "kind-noun")
    assert losses(ledger, "other-party") == [] and losses(ledger, "modal") == []
    assert any({"kind-noun", "ukraine-a50"} <= docs for _, docs in agent_rows(ledger, "A-50"))
