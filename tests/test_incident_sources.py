"""Incident accounts keyed by who asserts them: a report telling both accounts of one strike
stands on both sides, each source's account apart (a within-document tension, and across
documents the positions of the sources); a sentence that only rejects denies the account of
the sentence before. Sentences written for these tests."""
import sqlite3

import pytest
from conftest import analyzed_ledger

DOCS = {
    # one report telling both accounts of one hospital strike
    "both-accounts": ("Kyiv said a Russian Kh-101 missile hit the children's hospital in Lutsk on Monday. "
                      "Moscow claimed a stray Ukrainian air-defence missile hit the hospital.", "2025-03-04"),
    # another outlet carrying Kyiv's account only
    "kyiv-only": ("A Russian Kh-101 missile struck the children's hospital in Lutsk on Monday, killing four people, "
                  "the regional governor said.", "2025-03-04"),
    # a syndicated copy of it (same text): counted once
    "kyiv-only-copy": ("A Russian Kh-101 missile struck the children's hospital in Lutsk on Monday, killing four "
                       "people, the regional governor said.", "2025-03-04"),
    # near miss: one source quoted twice in one report
    "quoted-twice": ("A Russian missile hit the bakery in Dubno on Monday, the governor said. \"Russian missiles "
                     "hit the bakery in Dubno again,\" he said.", "2025-03-04"),
    # near miss: two strikes on two hospitals in two towns, told by two sides
    "two-hospitals": ("Kyiv said a Russian missile hit a hospital in Kovel on Monday. Moscow said Ukrainian "
                      "shelling hit a hospital in Horlivka.", "2025-03-04"),
    # near miss: a salvo of two weapons at two things struck, each told by its own source
    "salvo-two-sources": ("The Ukrainian air force said Russia fired Kalibr missiles at the port in Mykolaiv on "
                          "Monday. Onyx missiles hit a grain terminal in Mykolaiv, the regional governor said.",
                          "2025-03-04"),
    # a report published two weeks later, undated, naming the thing struck at the town
    "market-first": ("A Russian missile hit the central market in Pokrovsk on Monday, killing six people, the "
                     "governor said.", "2025-04-01"),
    "market-later": ("Investigators said a stray Ukrainian air-defence missile hit the central market in Pokrovsk.",
                     "2025-04-14"),
    # near misses: a bare town struck, and another thing struck, reported as late and undated
    "town-later": ("Ukrainian shelling hit Myrnohrad, local officials said.", "2025-04-14"),
    "town-first": ("A Russian missile hit the central market in Myrnohrad on Monday, the governor said.",
                   "2025-04-01"),
    "school-later": ("Investigators said a stray Ukrainian air-defence missile hit a school in Dobropillia.",
                     "2025-04-14"),
    "school-first": ("A Russian missile hit the central market in Dobropillia on Monday, the governor said.",
                     "2025-04-01"),
    # a within-document tension: a fall of a weapon is a strike; the fall of a town is none
    "fall-of-a-missile": ("Ukrainian President Volodymyr Zelensky accused Russia of striking the children's hospital "
                          "in Uman on Monday. The Russian defence ministry said the destruction was due to the fall "
                          "of a Ukrainian air defence missile.", "2025-03-04"),
    "fall-of-a-town": ("After the fall of Bakhmut, residents left Chasiv Yar.", "2025-03-04"),
    # a rejection in the next sentence
    "denied-next": ("Ukrainian officials said a Russian missile hit the school in Sarny on Monday. Moscow denied it.",
                    "2025-03-04"),
    "fake-next": ("The Ukrainian air force said Russian drones hit the fuel depot in Lviv on Monday. \"It is a fake,\" "
                  "Russian foreign ministry spokeswoman Maria Zakharova said.", "2025-03-04"),
    "lie-stressed": ("Kyiv said Russian missiles hit the rail bridge in Lutsk on Monday. \"That is a lie,\" the "
                     "Russian defence ministry stressed.", "2025-03-04"),   # any speech verb, not only "said"
    # one hospital strike: the ministry's account also tells its own strikes on other things that day,
    # which are no part of this strike's account
    "hospital-ministry": ("The Russian defence ministry said its missiles struck an arms depot in Rivne on "
                          "Monday. It said a stray Ukrainian air-defence missile hit the children's hospital in Rivne.",
                          "2025-05-06"),
    # a sentence naming only a thing too common to tell strikes apart stays in the account
    "school-ministry": ("The ministry said it does not attack civilian targets in Ostroh. It said a stray Ukrainian "
                        "air-defence missile hit the school in Ostroh on Monday.", "2025-05-06"),
    "school-kyiv": ("A Russian Kh-101 missile hit the school in Ostroh on Monday, officials said.", "2025-05-06"),
    "hospital-kyiv": ("A Russian Kh-101 missile hit the children's hospital in Rivne on Monday, Ukrainian officials "
                      "said.", "2025-05-06"),
    # near miss: another outlet's report of another thing struck there that day
    "power-plant": ("Russian missiles hit a power plant in Rivne on Monday, the governor said.", "2025-05-06"),
    # near miss: a rejection of nothing told before it
    "denied-alone": ("Moscow denied it. The weather in Rivne was cold on Monday.", "2025-03-04"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    db = sqlite3.connect(analyzed_ledger(tmp_path_factory.mktemp("incident-sources"), DOCS))
    try:
        yield db
    finally:
        db.close()


def mentions(db, doc_id):
    return db.execute("SELECT stance, side, source_side, place_key FROM incidents WHERE doc_id = ? ORDER BY start",
                      (doc_id,)).fetchall()


def rows(db):
    out = []
    for row_id, note, within in db.execute(
            "SELECT id, note, within_document FROM contradictions WHERE kind = 'incident' ORDER BY note"):
        sides = {}
        for position, doc_id in db.execute(
                "SELECT p.position, s.doc_id FROM contradiction_sides s JOIN contradiction_positions p "
                "ON p.contradiction_id = s.contradiction_id AND p.side = s.side WHERE s.contradiction_id = ?",
                (row_id,)):
            sides.setdefault(position, set()).add(doc_id)
        out.append((note, bool(within), sides))
    return out


def test_each_mention_carries_the_side_of_its_source(ledger):
    assert mentions(ledger, "both-accounts") == [("asserted", "Russia", "Ukraine", "lutsk"),
                                                 ("asserted", "Ukraine", "Russia", "lutsk")]


def test_both_accounts_of_one_strike_stand_apart_against_another_outlet(ledger):
    found = [row for row in rows(ledger) if row[0].startswith("Lutsk")]
    assert len(found) == 1
    note, within, sides = found[0]
    assert not within
    assert sides["fired by Russia"] >= {"both-accounts", "kyiv-only"}
    assert sides["fired by Ukraine"] == {"both-accounts"}
    assert "kyiv-only-copy" not in sides["fired by Russia"] | sides["fired by Ukraine"]


def test_one_source_quoted_twice_is_one_account(ledger):
    assert not [row for row in rows(ledger) if row[0].startswith("Dubno")]


def test_a_salvo_told_by_two_sources_for_two_things_struck_is_no_tension(ledger):
    assert not [row for row in rows(ledger) if row[0].startswith("Mykolaiv")]


def test_two_hospitals_in_two_towns_are_no_conflict(ledger):
    assert not [row for row in rows(ledger) if row[0].startswith(("Kovel", "Horlivka"))]


@pytest.mark.parametrize("doc_id,denier", [("denied-next", "Russia"), ("fake-next", "Russia"), ("lie-stressed", "Russia")])
def test_a_rejection_in_the_next_sentence_denies_the_account_before(ledger, doc_id, denier):
    found = mentions(ledger, doc_id)
    assert [(stance, side, source) for stance, side, source, _ in found][-1] == ("rejected", found[0][1], denier)
    assert found[-1][3] == found[0][3]


@pytest.mark.parametrize("town", ["Sarny", "Lviv"])
def test_a_rejection_in_the_next_sentence_is_a_tension_within_its_document(ledger, town):
    found = [row for row in rows(ledger) if row[0].startswith(town)]
    assert len(found) == 1 and found[0][1]
    assert set(found[0][2]) == {"fired by Russia", "not fired by Russia"}


def test_a_rejection_of_nothing_before_it_is_no_mention(ledger):
    assert mentions(ledger, "denied-alone") == []


def test_a_later_undated_report_of_the_thing_struck_meets_its_incident(ledger):
    found = [row for row in rows(ledger) if row[0].startswith("Pokrovsk")]
    assert len(found) == 1
    assert found[0][2]["fired by Russia"] == {"market-first"} and found[0][2]["fired by Ukraine"] == {"market-later"}


@pytest.mark.parametrize("town", ["Myrnohrad", "Dobropillia"])
def test_a_later_undated_report_of_a_bare_town_or_another_thing_struck_stays_apart(ledger, town):
    assert not [row for row in rows(ledger) if row[0].startswith(town)]


def test_two_sources_of_one_report_give_a_tension_within_it(ledger):
    assert [(stance, side, source) for stance, side, source, _ in mentions(ledger, "fall-of-a-missile")] == [
        ("asserted", "Russia", "Ukraine"), ("asserted", "Ukraine", "Russia")]
    found = [row for row in rows(ledger) if row[0].startswith("Uman")]
    assert len(found) == 1 and found[0][1]
    assert found[0][2] == {"fired by Russia": {"fall-of-a-missile"}, "fired by Ukraine": {"fall-of-a-missile"}}
    assert mentions(ledger, "fall-of-a-town") == []


def test_a_denial_stands_only_against_the_side_it_denies():
    from claimledger.link.kinds.incident import clash

    assert clash({"~Russia"}, {"Russia"})
    assert not clash({"~Russia"}, {"Ukraine"})
    assert not clash({"~Russia"}, {"~Ukraine"})
    assert clash({"Russia"}, {"Ukraine"})
    assert not clash({"Russia", "Ukraine"}, {"Ukraine"})


def test_an_account_holds_only_the_sentences_of_its_strike(ledger):
    found = [row for row in rows(ledger) if row[0].startswith("Rivne")]
    assert len(found) == 1
    note, within, sides = found[0]
    assert not within
    assert sides == {"fired by Russia": {"hospital-kyiv"}, "fired by Ukraine": {"hospital-ministry"}}
    starts = [start for (start,) in ledger.execute(
        "SELECT s.start FROM contradiction_sides s JOIN contradictions c ON c.id = s.contradiction_id "
        "WHERE c.kind = 'incident' AND s.doc_id = 'hospital-ministry'")]
    assert starts and all(start > 0 for start in starts)   # not "its missiles struck an arms depot"


def test_a_sentence_naming_a_common_thing_struck_stays_in_the_account(ledger):
    found = [row for row in rows(ledger) if row[0].startswith("Ostroh")]
    assert len(found) == 1
    sides = found[0][2]
    assert sides["fired by Ukraine"] == {"school-ministry"} and "school-kyiv" in sides["fired by Russia"]
