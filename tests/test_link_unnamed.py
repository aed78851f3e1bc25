"""What reports leave unnamed or put indirectly, read into link records and compared: a denial of
weapons in general (no system named) answered by reports of a system from that supplier to that
recipient; a count held ("now has 20", "had six of the jets") or counted beside another
("about 60 Leopard tanks and 12 Challenger 2 tanks"); a date fronted on the verb of a report;
"currently" as a state held; an arrival begun; the first unit in a text about a further one; a
strike made with a system and debris identified as one, as its use; an attack called false.
Extract (link records) and the status, number and date kinds (link), on sentences written for
these tests, each hit beside a look-alike that must stay quiet."""
import pytest
from conftest import opened_ledger

DOCS = {
    # a denial of weapons in general, against a system from that supplier to that recipient
    "nk-denial": ("A senior North Korean official again denied on Monday that her country had "
                  "shipped any weapons to Russia.", "2024-05-17"),
    "nk-used": ("Ukraine examined the wreckage of 21 of the 50 North Korean KN-23 missiles that Russia fired "
                "over two months.", "2024-05-08"),
    # another supplier's system, and the same supplier's system for another recipient: quiet
    "ir-used": ("Russia launched Iranian-made Shahed-238 drones at Kyiv overnight, the air force said.",
                "2024-05-10"),
    "nk-iran": ("North Korea sent KN-24 missiles to Iran last week, officials in Seoul said.", "2024-05-20"),
    # a negated past transfer of weaponry, against the supplier's missiles fired by the recipient
    "ir-denial": ("Iran has not provided weaponry to Russia, the foreign minister said.", "2025-03-01"),
    "ir-fired": ("Russia fired Iranian-made Fath-360 missiles at Odesa on Tuesday, Kyiv said.", "2025-03-05"),
    # a donor named in the report's sentence is the supplier; another donor's system is not answered
    "sk-denial": ("Slovakia has not supplied any weapons to Ukraine, the defence minister said.", "2022-04-05"),
    "sk-donated": ("Slovakia has donated its S-200 air defence system to Ukraine, the prime minister said.",
                   "2022-04-08"),
    "de-donated": ("Germany has donated its Gepard systems to Ukraine, the chancellor said.", "2022-04-08"),
    # no denial: "did not deny"; a denial months away from any report
    "nk-unsaid": ("Pyongyang did not deny that North Korea had supplied weapons to Belarus.", "2023-01-10"),
    "nk-late": ("North Korea denied that it had sent any weapons to Russia.", "2024-10-30"),

    # a count held, and a count of a definite plural named by its kind's unit
    "jets-six": ("An F-16 fighter jet crashed on Monday. Kyiv has not given the size of its fleet. A source "
                 "told The Times that Ukraine had six of the jets.", "2024-08-29"),
    "jets-ten": ("The magazine reported that Ukraine had by then received ten F-16 fighter jets from partners.",
                 "2024-09-06"),
    "jets-two-kinds": ("A Gripen and a Mirage 2000 flew over Kyiv. Ukraine had four of the jets.", "2024-09-06"),
    "holds": ("Ukraine now has 20 Leopard 1 tanks, the minister said.", "2023-05-01"),
    "will-hold": ("Ukraine will have 30 Leopard 1 tanks by the summer, the minister said.", "2023-05-02"),
    "beside": ("Ukraine has so far received roughly 60 German-made Leopard tanks and 12 British Challenger 2 tanks, "
               "the deputy said.", "2023-10-17"),

    # a fronted date on a report verb is the report's day; a fronted date on the status is its onset
    "fronted-report": ("On August 4, the head of state confirmed that Kyiv had received the first F-35 jets.",
                       "2024-09-06"),
    "fronted-onset": ("On August 4, the first Gripen jets arrived in Ukraine, officials confirmed that training "
                      "was over.", "2024-08-10"),
    "currently": ("He confirmed that these 31 Abrams tanks are currently in Ukraine.", "2023-10-17"),
    "fronted-long-report": ("Last week, the chair of the parliament's committee on security, defence and "
                            "intelligence told a German weekly, that Ukraine had received twelve Challenger 2 "
                            "tanks.", "2023-10-17"),
    "fronted-long-onset": ("Last week, twelve Challenger 2 tanks reached Ukraine by rail, the chair of the "
                           "committee told a German weekly that the crews were ready.", "2023-10-17"),

    # an arrival begun has its first units there; an arrival under way does not
    "begun": ("News agency ANI reported that the S-400 system had begun to arrive in India.", "2021-11-16"),
    "first-unit": ("Russia starts delivery of a second S-400 squadron to India. The first S-400 squadron "
                   "arrived in India in December 2021.", "2022-04-15"),
    "arriving": ("The S-500 systems are arriving in Syria, the ministry said.", "2021-11-16"),

    # a strike made with a system; debris identified as one; an attack with it called false
    "struck-with": ("The ministry said that Ukraine struck a prison in the occupied territory with U.S.-made "
                    "HIMARS rockets.", "2022-07-29"),
    "attack-false": ("The adviser said that Ukraine's attack on a prison with a US-made HIMARS rocket is false.",
                     "2022-07-29"),
    "struck-a-launcher": ("Russia struck an M270 MLRS launcher with an Iskander missile near Kharkiv.",
                          "2022-08-01"),
    "could-strike": ("Ukraine could strike Crimea with ATACMS missiles, the analyst said.", "2022-08-01"),
    "debris": ("The institute analyzed missile debris from the bombardment of Kharkiv and found it matches "
               "North Korea's Hwasong-11 missiles.", "2024-01-11"),
    "no-match": ("Experts said the fragments found in Kyiv do not match the Kinzhal missile.", "2024-01-11"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("unnamed"), DOCS) as db:
        yield db


def claims(db, doc_id, kind=None):
    query = "SELECT subject, status, kind, date_role, another_unit FROM status_claims WHERE doc_id = ?"
    rows = db.execute(query, (doc_id,)).fetchall()
    return [row for row in rows if kind is None or row[2] == kind]


def counts(db, doc_id):
    return db.execute("SELECT subject, low, status FROM subject_facts WHERE doc_id = ? AND attribute LIKE "
                      "'quantity:%'", (doc_id,)).fetchall()


def rows_between(db, first, second):
    """Contradiction rows with one document on one side and the other on another."""
    out = []
    for row_id, kind in db.execute("SELECT id, kind FROM contradictions WHERE within_document = 0"):
        sides = {}
        for side, doc_id in db.execute("SELECT side, doc_id FROM contradiction_sides WHERE contradiction_id = ?",
                                       (row_id,)):
            sides.setdefault(side, set()).add(doc_id)
        if any(first in one and second in other for one in sides.values() for other in sides.values()
               if one is not other):
            out.append(kind)
    return out


def test_a_denial_of_weapons_in_general_is_kept_for_its_supplier_and_recipient(ledger):
    assert [row[:3] for row in claims(ledger, "nk-denial", "denied")] == [("arms:north korea", "ARRIVED", "denied")]
    assert [row[:3] for row in claims(ledger, "ir-denial", "denied")] == [("arms:iran", "ARRIVED", "denied")]
    assert claims(ledger, "nk-unsaid", "denied") == []


@pytest.mark.parametrize("denial, report", [("nk-denial", "nk-used"), ("ir-denial", "ir-fired"),
                                            ("sk-denial", "sk-donated")])
def test_a_denial_of_weapons_in_general_answers_the_suppliers_system(ledger, denial, report):
    assert rows_between(ledger, report, denial) == ["status"]


@pytest.mark.parametrize("denial, report", [
    ("nk-denial", "ir-used"),    # another supplier's drones
    ("nk-denial", "nk-iran"),    # the supplier's missiles, for another recipient
    ("ir-denial", "ir-used"),    # the supplier's drones, ten months before the denial
    ("nk-late", "nk-used"),      # a denial five months after the report
    ("sk-denial", "de-donated"),  # another donor's system, the same recipient
])
def test_a_denial_of_weapons_in_general_leaves_other_reports_alone(ledger, denial, report):
    assert rows_between(ledger, report, denial) == []


def test_counts_held_and_counts_of_a_definite_plural(ledger):
    assert counts(ledger, "jets-six") == [("F-16", 6.0, "ARRIVED")]
    assert counts(ledger, "jets-two-kinds") == []   # two aircraft named before: whose jets?
    # a holding now ("now has 20") is compared with holdings only: no delivery status
    assert counts(ledger, "holds") == [("Leopard 1", 20.0, None)]
    # a country that will hold a system expects it: the count of a plan, not of a holding
    assert counts(ledger, "will-hold") == [("Leopard 1", 30.0, "PLANNED")]
    assert ("Challenger 2", 12.0, "ARRIVED") in counts(ledger, "beside")
    assert rows_between(ledger, "jets-six", "jets-ten") == ["number"]


def test_a_fronted_date_on_a_report_verb_is_the_day_of_the_report(ledger):
    assert ("F-35", "ARRIVED", "reached", "report", 0) in claims(ledger, "fronted-report")
    assert ("Gripen", "ARRIVED", "reached", "onset", 0) in claims(ledger, "fronted-onset")
    assert ("Abrams", "ARRIVED", "reached", "holding", 0) in claims(ledger, "currently")
    # past a long title with commas, and an object of the verb, while the system is named after "that"
    assert ("Challenger 2", "ARRIVED", "reached", "report", 0) in claims(ledger, "fronted-long-report")
    assert ("Challenger 2", "ARRIVED", "reached", "onset", 0) in claims(ledger, "fronted-long-onset")


def test_an_arrival_begun_has_its_first_units_there(ledger):
    assert {row[1] for row in claims(ledger, "begun")} == {"IN_TRANSIT", "ARRIVED"}
    assert {row[1] for row in claims(ledger, "arriving")} == {"IN_TRANSIT"}
    assert rows_between(ledger, "begun", "first-unit") == ["date"]


def test_the_first_unit_in_a_text_about_a_further_one(ledger):
    marks = {row[0:2] + (row[4],) for row in claims(ledger, "first-unit") if row[1] == "ARRIVED"}
    assert marks == {("S-400", "ARRIVED", 0)}
    assert all(row[4] == 1 for row in claims(ledger, "first-unit") if row[1] == "IN_TRANSIT")


def test_a_strike_made_with_a_system_is_its_use(ledger):
    assert ("HIMARS", "USED", "reached") in [row[:3] for row in claims(ledger, "struck-with")]
    assert ("HIMARS", "USED", "denied") in [row[:3] for row in claims(ledger, "attack-false")]
    used = {row[0] for row in claims(ledger, "struck-a-launcher") if row[1] == "USED"}
    assert used == {"Iskander"}   # the weapon, not the launcher it hit
    factual = ledger.execute("SELECT count(*) FROM status_claims WHERE doc_id = 'could-strike' AND status = 'USED' "
                             "AND modality IN ('asserted', 'reported')").fetchone()[0]
    assert factual == 0   # a strike that could be made is no use
    assert rows_between(ledger, "struck-with", "attack-false") == ["status"]


def test_debris_identified_as_a_system_is_its_use(ledger):
    assert ("KN-23", "USED", "reached") in [row[:3] for row in claims(ledger, "debris")]
    assert [row for row in claims(ledger, "no-match") if row[1] == "USED"] == []
