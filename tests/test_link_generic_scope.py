"""A denial of weapons in general ("Iran has not provided weaponry to Russia") added to a ledger
relinks only the subjects it can answer: those its supplier makes (the subject list's origin)
and those reported in a sentence naming the supplier; the tables equal a full relink."""
import json
import sqlite3

from conftest import analyzed_ledger

from claimledger.link import relink
from claimledger.link.documents import subject_key
from claimledger.store import Ledger
from claimledger.store.link_tables import LINK_TABLES

DOCS = {
    # Iran makes the Fath-360; the S-200 is reported in a sentence naming Iran; the others not
    "ir-fired": ("Russia fired Iranian-made Fath-360 missiles at Odesa on Tuesday, Kyiv said.", "2025-03-05"),
    "sk-donated": ("Slovakia has donated its S-200 air defence system to Ukraine, the prime minister said.",
                   "2025-03-03"),
    "de-donated": ("Germany has donated its Gepard systems to Ukraine, the chancellor said. Iran was not "
                   "mentioned.", "2025-03-04"),
    "nk-used": ("Ukraine examined the wreckage of North Korean KN-23 missiles that Russia fired in February. "
                "Iranian officials said the S-200 had reached Iran.", "2025-03-02"),
}
DENIAL = {"ir-denial": ("Iran has not provided weaponry to Russia, the foreign minister said.", "2025-03-06")}


def dump(db) -> dict[str, list[tuple]]:
    return {table: sorted((tuple(row) for row in db.execute(f"SELECT * FROM {table}")), key=repr)
            for table in LINK_TABLES}


def test_a_generic_denial_relinks_only_the_subjects_it_can_answer(tmp_path, monkeypatch):
    from claimledger.link import update

    path = analyzed_ledger(tmp_path, DOCS)
    relinked = []
    original = update.relink_subject
    monkeypatch.setattr(update, "relink_subject", lambda db, key, names: (relinked.append(key), original(db, key, names)))
    denial = tmp_path / "denial.jsonl"
    denial.write_text("".join(json.dumps({"id": doc_id, "text": text, "dct": dct, "lang": "en",
                                          "source": {"outlet": "Outlet denial"}}) + "\n"
                              for doc_id, (text, dct) in DENIAL.items()), encoding="utf-8")
    from claimledger.pipeline import analyze
    analyze([denial], db_path=path)
    monkeypatch.undo()
    # the denial's own subject, the Iranian-made Fath-360, and the S-200 named beside Iranian
    # officials; not the Gepard (Iran named in another sentence) nor the KN-23 of North Korea
    assert set(relinked) == {subject_key("arms:iran"), subject_key("Fath-360"), subject_key("S-200")}
    with sqlite3.connect(path) as db:
        answered = db.execute("SELECT note FROM contradictions WHERE kind = 'status' AND subject = 'Fath-360'").fetchall()
        incremental = dump(db)
    assert answered, "the denial answers the Fath-360 report"
    with Ledger(path) as ledger:
        relink(ledger)
    with sqlite3.connect(path) as db:
        assert dump(db) == incremental


def test_documents_linked_before_the_country_index_are_indexed_by_the_next_run(tmp_path):
    from claimledger.link import update_for_documents

    path = analyzed_ledger(tmp_path, DOCS)
    with sqlite3.connect(path) as db:
        indexed = dump(db)["document_countries"]
        # a ledger migrated to 0011: the index empty, every linked document waiting for it
        db.execute("DELETE FROM document_countries")
        db.execute("INSERT INTO countries_unindexed SELECT doc_id FROM linked_documents")
    assert indexed, "the documents name countries"
    with Ledger(path) as ledger:
        update_for_documents(ledger, [])
    with sqlite3.connect(path) as db:
        assert dump(db)["document_countries"] == indexed
        assert not db.execute("SELECT * FROM countries_unindexed").fetchall()
