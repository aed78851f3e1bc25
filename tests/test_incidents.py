"""Incidents: a strike's place, time, weapons, firing side and launch platforms are read in extract
(``extract/incidents.py``), and one strike given to different sides, weapons or platforms by two
reports is one ``incident`` conflict (link). Sentences written for these tests."""
import json
import sqlite3

import pytest
from conftest import analyzed_ledger

DOCS = {
    # one market strike at Velykyi Burluk: a Russian S-300 against a Ukrainian Buk
    "market-s300": ("A Russian S-300 missile hit the central market in the town of Kupiansk on Tuesday, "
                    "killing nine people, the regional governor said.", "2024-03-12"),
    "market-buk": ("Investigators said the missile that hit the market in Kupiansk was a Ukrainian Buk "
                   "interceptor that went astray. The strike killed nine people.", "2024-03-20"),
    # a report and its own correction: who fired at Zamość
    "border-first": ("Russian missiles crossed into Poland and struck a farm near Zamość, a senior official "
                     "said.", "2025-02-04"),
    "border-correction": ("The agency put out a correction to an earlier story which said a Russian missile struck "
                          "Polish territory on Monday. It later turned out that the Russian-made missile had most "
                          "likely been fired by Ukraine's air defences.", "2025-02-05"),
    # the launch aircraft of one strike
    "launch-su24": ("The ministry said Ukrainian aircraft struck a fuel depot in Berdiansk with Storm Shadow "
                    "missiles on Friday. It said an Su-24 that had launched the missiles was shot down.",
                    "2024-06-08"),
    "launch-su25": ("Storm Shadow missiles hit a fuel depot in Berdiansk on Friday, the ministry said. Its "
                    "spokesman added that an Su-25 that fired the missiles was shot down.", "2024-06-09"),
    # near misses: two strikes on two towns the same day, by two sides
    "odesa": ("Russian drones struck the port of Odesa overnight, officials said.", "2024-07-02"),
    "belgorod": ("Ukrainian drones struck an oil depot in Belgorod overnight, the governor said.", "2024-07-02"),
    # near miss: one weapon in two spellings at one place
    "spelling-latin": ("A Russian Kh-101 missile hit a power plant in Burshtyn on Sunday.", "2024-08-25"),
    "spelling-cyrillic": ("A Russian Х-101 cruise missile hit a power plant in Burshtyn on Sunday, the operator said.",
                          "2024-08-25"),
    # near miss: the same town, strikes weeks apart and by other sides
    "later": ("Ukrainian artillery shelled a warehouse in Kupiansk, Russian officials claimed.", "2024-05-30"),
    # shot down against cannot be shot down, for one building struck
    "shot-down": ("An adviser said the missile that fell on an apartment building in Zhytomyr on Saturday had been "
                  "shot down by Ukrainian air defences.", "2024-10-13"),
    "unstoppable": ("A Kh-32 missile hit an apartment building in Zhytomyr on Saturday. The air force said it has "
                    "no means capable of shooting down a missile of this kind.", "2024-10-13"),
    # near miss: a salvo over a town, most shot down, one of them hitting a school
    "salvo": ("Air defences shot down eleven of twelve drones over Zhytomyr on Saturday, and one drone hit a school.",
              "2024-10-13"),
    # one strike at one town in two spellings (an older transliteration against the current one)
    "spelled-kiev": ("Ukrainian air defence missiles fell on a heating plant in Kiev on Thursday, the defence "
                     "ministry in Moscow said.", "2024-11-21"),
    "spelled-kyiv": ("A Russian missile struck a heating plant in Kyiv on Thursday, the city administration said.",
                     "2024-11-21"),
    # a denied attack is no position
    "denied": ("The ministry denied that its forces had attacked the Nikopol market and said a Russian rocket hit it.",
               "2024-09-03"),
}


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory):
    return analyzed_ledger(tmp_path_factory.mktemp("incidents"), DOCS)


@pytest.fixture(scope="module")
def ledger(ledger_path):
    db = sqlite3.connect(ledger_path)
    try:
        yield db
    finally:
        db.close()


def mentions(db, doc_id):
    return [dict(zip(("place_key", "inherited", "side", "weapons", "platforms", "target", "date", "stance",
                      "intercepted"), row))
            for row in db.execute("SELECT place_key, place_inherited, side, weapons, platforms, target, date, stance, "
                                  "intercepted "
                                  "FROM incidents WHERE doc_id = ? ORDER BY start", (doc_id,))]


def incident_rows(db):
    rows = db.execute("SELECT id, note FROM contradictions WHERE kind = 'incident' AND within_document = 0").fetchall()
    return [(note, [sorted({doc for (doc,) in db.execute(
        "SELECT DISTINCT doc_id FROM contradiction_sides WHERE contradiction_id = ? AND side = ?", (row_id, side))})
        for (side,) in db.execute("SELECT DISTINCT side FROM contradiction_sides WHERE contradiction_id = ? "
                                  "ORDER BY side", (row_id,))])
            for row_id, note in rows]


def rows_holding(db, first, second):
    return [note for note, sides in incident_rows(db)
            if any(first in one and second in other for one in sides for other in sides if one is not other)]


def test_a_strike_gives_its_place_side_weapon_target_and_date(ledger):
    found = mentions(ledger, "market-s300")
    assert found[0]["place_key"] == "kupiansk"
    assert found[0]["side"] == "Russia"
    assert found[0]["weapons"] == "S-300"
    assert found[0]["target"] == "market"
    assert found[0]["date"] == "2024-03-12"


def test_a_sentence_naming_no_place_takes_the_place_before_it(ledger):
    found = mentions(ledger, "market-buk")
    assert [mention["place_key"] for mention in found] == ["kupiansk", "kupiansk"]
    assert found[-1]["inherited"] == 1


def test_a_firing_verbs_by_phrase_is_the_side_and_a_maker_is_not(ledger):
    found = mentions(ledger, "border-correction")
    assert [(mention["stance"], mention["side"]) for mention in found] == [
        ("superseded", "Russia"), ("corrected", "Ukraine")]


def test_the_aircraft_that_launched_are_platforms_not_weapons(ledger):
    found = mentions(ledger, "launch-su25")
    assert [mention["platforms"] for mention in found if mention["platforms"]] == ["Su-25"]
    assert all("Su-25" not in (mention["weapons"] or "") for mention in found)


def test_shot_down_and_not_to_be_shot_down_are_read(ledger):
    assert [mention["intercepted"] for mention in mentions(ledger, "shot-down")] == [1]
    assert 0 in [mention["intercepted"] for mention in mentions(ledger, "unstoppable")]


def test_shot_down_against_not_to_be_shot_down_for_one_building_conflict(ledger):
    rows = rows_holding(ledger, "shot-down", "unstoppable")
    assert len(rows) == 1 and "not intercepted" in rows[0]


def test_a_salvo_shot_down_over_the_town_is_no_conflict_with_another_target(ledger):
    assert rows_holding(ledger, "salvo", "unstoppable") == []


def test_a_denied_attack_gives_no_side(ledger):
    found = mentions(ledger, "denied")
    assert [mention["side"] for mention in found] == ["Russia"]


def test_two_weapons_for_one_market_strike_are_one_conflict(ledger):
    rows = rows_holding(ledger, "market-s300", "market-buk")
    assert len(rows) == 1
    assert "S-300" in rows[0] and "Buk" in rows[0]


def test_a_correction_stands_against_the_report_it_corrects(ledger):
    rows = rows_holding(ledger, "border-first", "border-correction")
    assert len(rows) == 1 and "fired by Russia" in rows[0] and "fired by Ukraine" in rows[0]


def test_two_launch_aircraft_for_one_strike_conflict(ledger):
    rows = rows_holding(ledger, "launch-su24", "launch-su25")
    assert len(rows) == 1 and "Su-24" in rows[0] and "Su-25" in rows[0]


@pytest.mark.parametrize("first,second", [("odesa", "belgorod"), ("spelling-latin", "spelling-cyrillic"),
                                          ("later", "market-s300"), ("later", "market-buk")])
def test_near_misses_stay_quiet(ledger, first, second):
    assert rows_holding(ledger, first, second) == []


def test_one_row_per_incident(ledger):
    notes = [note for note, _ in incident_rows(ledger)]
    assert len(notes) == len(set(notes)) == 5


def test_analyze_in_two_runs_gives_the_incident_rows_of_one(tmp_path):
    from claimledger.pipeline import analyze
    from claimledger.store import Ledger

    lines = [json.dumps({"id": doc_id, "text": text, "dct": dct, "lang": "en"}) for doc_id, (text, dct) in DOCS.items()]
    whole, first, second = tmp_path / "whole.jsonl", tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    whole.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first.write_text("\n".join(lines[1::2]) + "\n", encoding="utf-8")
    second.write_text("\n".join(lines[::2]) + "\n", encoding="utf-8")
    analyze([whole], db_path=tmp_path / "one.db")
    for half in (first, second):
        analyze([half], db_path=tmp_path / "two.db")

    def dump(path):
        with Ledger(path) as ledger:
            return sorted(tuple(row) for row in ledger.db.execute(
                "SELECT c.id, c.note, s.side, s.doc_id, s.start FROM contradictions c "
                "JOIN contradiction_sides s ON s.contradiction_id = c.id WHERE c.kind = 'incident'"))

    assert dump(tmp_path / "two.db") == dump(tmp_path / "one.db") != []


# a row is found by every subject its positions name, not only by its first (its ``subject``)

def market_row(db):
    (row_id, subject), = db.execute(
        "SELECT c.id, c.subject FROM contradictions c WHERE c.kind = 'incident' AND c.id IN "
        "(SELECT contradiction_id FROM contradiction_sides WHERE doc_id = 'market-s300')").fetchall()
    return row_id, subject


def test_a_row_is_found_by_each_weapon_its_positions_name(ledger_path, ledger):
    from claimledger.link.view import LinkedLedger
    from claimledger.store import Ledger

    row_id, subject = market_row(ledger)
    assert subject != "S-300"   # the other weapon comes first
    with Ledger(ledger_path) as opened:
        linked = LinkedLedger(opened)
        for name in ("S-300", "s300", subject):
            assert row_id in [item["id"] for item in linked.find_contradictions(subject=name)]
            assert linked.count_contradictions(subject=name, kind="incident") >= 1
        assert linked.find_contradictions(subject="Storm Shadow", kind="incident") != []
        assert row_id not in [item["id"] for item in linked.find_contradictions(subject="Storm Shadow")]


def test_the_subject_lookup_reads_the_index(ledger):
    from claimledger.store.link_tables import contradiction_filter

    where, args = contradiction_filter(subject_key_value="s300")
    plan = " ".join(row[-1] for row in ledger.execute(f"EXPLAIN QUERY PLAN SELECT * FROM contradictions{where}", args))
    assert "contradiction_subjects_key" in plan and "SCAN contradictions" not in plan


def test_cli_api_and_page_find_the_row_by_a_later_weapon(ledger_path, ledger):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from claimledger.cli import app
    from claimledger.serve import create_app

    row_id, _ = market_row(ledger)
    result = CliRunner().invoke(app, ["contradictions", "--db", str(ledger_path), "--subject", "S-300", "--json"])
    assert result.exit_code == 0, result.output
    assert row_id in [item["id"] for item in json.loads(result.output)]
    client = TestClient(create_app(ledger_path))
    assert row_id in [item["id"] for item in client.get("/api/contradictions", params={"subject": "S-300"}).json()]
    page = client.get("/contradictions", params={"subject": "S-300", "kind": "incident"}).text
    assert "Kupiansk" in page and "Contradictions of S-300" in page
    assert 'name="subject" value="S-300"' in page


# places are keyed by the gazetteer's name, whatever the spelling

@pytest.mark.parametrize("spellings,key", [
    (("Kiev", "Kyiv", "Киев", "Київ"), "kyiv"),
    (("Odessa", "Odesa", "Одесса"), "odesa"),
    (("Kharkov", "Kharkiv", "Харьков"), "kharkiv"),
    (("Nikolaev", "Mykolaiv", "Николаев", "Миколаєві"), "mykolaiv"),
    (("Elenovka", "Olenivka", "Еленовка", "Оленівка"), "olenivka"),
    (("Kiev region", "Kyiv Oblast", "Kiev oblast"), "kyiv oblast"),
])
def test_transliteration_variants_key_as_one_place(spellings, key):
    from claimledger.link.identity import place_key

    assert {place_key(name) for name in spellings} == {key}


def test_one_strike_in_two_spellings_of_its_town_is_one_conflict(ledger):
    assert [mention["place_key"] for mention in mentions(ledger, "spelled-kiev")] == ["kyiv"]
    rows = rows_holding(ledger, "spelled-kiev", "spelled-kyiv")
    assert len(rows) == 1 and "fired by Russia" in rows[0] and "fired by Ukraine" in rows[0]


# readings of single sentences (each its own document; no conflict among them is looked for)

READINGS = {
    "took-down": ("Air defence crews took down a Russian Kh-101 missile over Lutsk on Sunday.", "2024-05-05"),
    "brought-down": ("Gunners brought down two Shahed drones over Lutsk late on Sunday.", "2024-05-05"),
    "neutralised": ("The crew neutralised a Kh-101 cruise missile near Lutsk, the command said.", "2024-05-05"),
    "downed": ("Ukrainian forces downed a Russian Kh-101 missile near Lutsk.", "2024-05-05"),
    "took-names": ("Police took down the names of witnesses in Lutsk on Sunday.", "2024-05-05"),
    "neutralised-threat": ("Police neutralised the threat in Lutsk on Sunday.", "2024-05-05"),
    # people are not intercepted: a group, its fighters, a count of people
    "neutralised-group": ("Ukrainian forces neutralised Wagner near Lutsk on Sunday.", "2024-05-05"),
    "neutralised-fighters": ("The brigade neutralised 40 Wagner fighters near Lutsk on Sunday.", "2024-05-05"),
    "neutralised-count": ("The brigade said it had neutralised 40 mercenaries near Lutsk.", "2024-05-05"),
    "neutralised-drones": ("The brigade neutralised 12 of 15 drones over Lutsk on Sunday.", "2024-05-05"),
    "cannot-take-down": ("The air force said it cannot take down this type of missile, after a Kh-22 hit a hotel "
                         "in Lutsk.", "2024-05-05"),
    # an accusation told as a noun, rejected: a denied reading of the side it names
    "allegation-provocation": ("Allegations by Kyiv of a Russian missile attack on the depot in Rivne are a "
                               "provocation, the ministry said.", "2024-05-06"),
    "claims-untrue": ("Claims by the Ukrainian side that Russia carried out the strike on Rivne are a provocation "
                      "and absolutely untrue, the ministry said.", "2024-05-06"),
    "dismissed-claims": ("The ministry dismissed claims that Russian missiles hit the depot in Rivne.", "2024-05-06"),
    "called-a-lie": ("The ministry called reports of a Russian strike on the depot in Rivne a lie.", "2024-05-06"),
    "attack-a-provocation": ("The Russian attack on Rivne was a provocation, the mayor said.", "2024-05-06"),
    "reports-accurate": ("Reports of a Russian strike on Rivne are accurate, the mayor said.", "2024-05-06"),
    # hedged attribution with no verb of striking
    "may-have-been-done": ("A missile hit the depot in Rivne on Monday. Officials later conceded the damage may "
                           "have been done by a stray Ukrainian missile.", "2024-05-07"),
    "likely-caused": ("The fire at the depot in Rivne was likely caused by a Russian rocket, investigators said.",
                      "2024-05-07"),
    "caused-by-a-leak": ("The blast at the depot in Rivne was caused by a gas leak, officials said.", "2024-05-07"),
    "caused-by-a-strike": ("The damage at the depot in Rivne was done by a Russian strike.", "2024-05-07"),
    # sides from a verb of blame over a gerund and from a passive "carried out by"
    "accused-of-hitting": ("Officials accused Russia of hitting the bus depot in Rivne.", "2024-05-08"),
    "carried-out-by": ("The ministry claimed that the attack on Rivne was carried out by Ukraine's forces.",
                       "2024-05-08"),
    # the place struck as "the centre of the city of ..."
    "centre-of-the-city": ("Artillery struck the centre of the city of Rivne on Wednesday.", "2024-05-08"),
}


@pytest.fixture(scope="module")
def readings(tmp_path_factory):
    db = sqlite3.connect(analyzed_ledger(tmp_path_factory.mktemp("incident-readings"), READINGS))
    try:
        yield db
    finally:
        db.close()


@pytest.mark.parametrize("doc_id", ["took-down", "brought-down", "neutralised", "downed", "neutralised-drones"])
def test_take_bring_down_neutralise_and_down_are_interceptions(readings, doc_id):
    found = mentions(readings, doc_id)
    assert [(mention["intercepted"], mention["side"]) for mention in found] == [(1, None)]


@pytest.mark.parametrize("doc_id", ["took-names", "neutralised-threat", "neutralised-group", "neutralised-fighters",
                                    "neutralised-count"])
def test_taking_down_or_neutralising_what_is_no_weapon_is_no_interception(readings, doc_id):
    assert mentions(readings, doc_id) == []


def test_cannot_take_down_is_not_intercepted_and_leaves_the_strike_after_it_standing(readings):
    found = mentions(readings, "cannot-take-down")
    assert [(mention["intercepted"], mention["stance"], mention["weapons"]) for mention in found] == [
        (0, "asserted", "Kh-22")]


@pytest.mark.parametrize("doc_id", ["allegation-provocation", "claims-untrue", "dismissed-claims", "called-a-lie"])
def test_a_rejected_accusation_is_a_denied_reading_of_the_side_it_names(readings, doc_id):
    assert [(mention["stance"], mention["side"]) for mention in mentions(readings, doc_id)] == [("denied", "Russia")]


@pytest.mark.parametrize("doc_id", ["attack-a-provocation", "reports-accurate"])
def test_a_strike_called_a_provocation_or_an_accurate_report_is_asserted(readings, doc_id):
    assert [(mention["stance"], mention["side"]) for mention in mentions(readings, doc_id)] == [("asserted", "Russia")]


@pytest.mark.parametrize("doc_id,side", [("may-have-been-done", "Ukraine"), ("likely-caused", "Russia")])
def test_a_hedged_cause_is_a_hedged_reading_of_its_side(readings, doc_id, side):
    found = mentions(readings, doc_id)
    assert (found[-1]["stance"], found[-1]["side"], found[-1]["place_key"]) == ("hedged", side, "rivne")


def test_a_cause_that_is_no_weapon_is_no_strike_and_an_unhedged_one_is_asserted(readings):
    assert mentions(readings, "caused-by-a-leak") == []
    assert [(mention["stance"], mention["side"]) for mention in mentions(readings, "caused-by-a-strike")] == [
        ("asserted", "Russia")]


def test_a_hedged_reading_stands_against_another_side():
    from claimledger.link.documents import DocumentInfo
    from claimledger.link.kinds.incident import find
    from claimledger.schema import Incident

    def mention(doc_id, side, stance):
        return Incident(doc_id, (0, 5), place="Rivne", place_key="rivne", target="depot", date="2024-05-06",
                        side=side, stance=stance, sentence_span=(0, 40))

    infos = {doc_id: DocumentInfo(doc_id, "2024-05-07", doc_id, doc_id, doc_id) for doc_id in ("one", "two")}
    found = find("rivne", [mention("one", "Russia", "asserted"), mention("two", "Ukraine", "hedged")], infos)
    assert len(found) == 1 and "fired by Ukraine" in found[0].note


@pytest.mark.parametrize("doc_id,side", [("accused-of-hitting", "Russia"), ("carried-out-by", "Ukraine")])
def test_blame_over_a_gerund_and_a_passive_carried_out_by_give_the_side(readings, doc_id, side):
    assert [mention["side"] for mention in mentions(readings, doc_id)] == [side]


def test_the_centre_of_a_city_struck_is_the_city(readings):
    found = mentions(readings, "centre-of-the-city")
    assert [(mention["place_key"], mention["inherited"]) for mention in found] == [("rivne", 0)]


def test_a_subjects_strikes_are_read_through_the_index(ledger, ledger_path):
    """The strikes naming a subject cost what they are, not what the ledger holds."""
    from claimledger.link.view import LinkedLedger
    from claimledger.store.ledger import Ledger

    plan = " ".join(row[-1] for row in ledger.execute(
        "EXPLAIN QUERY PLAN SELECT * FROM incident_subjects s JOIN incidents i "
        "ON i.doc_id = s.doc_id AND i.start = s.start WHERE s.subject_key = ?", ("s300",)))
    assert "incident_subjects_key" in plan and "SCAN i" not in plan and "SCAN incidents" not in plan
    with Ledger.open_readonly(ledger_path) as stored:
        linked = LinkedLedger(stored)
        named = linked.strikes_naming("S-300")
        assert named and all("S-300" in f"{strike['weapons']};{strike['platforms']}" for strike in named)
        assert linked.strikes_naming("s 300") == named   # folded as every subject lookup is
        assert linked.strikes_naming("S-3000") == []
