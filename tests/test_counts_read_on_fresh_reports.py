"""Counts as fresh reports write them, read by extract (quantities, link records) and compared by
the number kind (docs/link.md, "number"): a range after "between" or written with a dash before a
long counted phrase, the particle of "hand over" that bounds nothing, a price with its letter
("£2m"), a calibre that counts nothing, a phrase that counts two systems together, a counted
noun that points back by "such", a definite noun set beside its number or a definite batch in a
sentence naming its system, a part "of which" hung on its verb, a first batch still planned, and
running totals read past a phrase of place. Each rule has a near
miss that keeps its old reading; every sentence was written for these tests."""
import pytest
from conftest import number_rows, opened_ledger

DOCS = {
    # a range: "between X and Y", and "X-Y" before a long counted phrase
    "between": ("Norway hopes to obtain between 60 and 80 Gripen fighter jets under the accord, the minister said.",
                "2025-11-01"),
    "dashed": ("The accord covers 60-80 newly built Gripen E fighter jets for Norway, the minister said.",
               "2025-11-01"),
    "two-counts": ("Norway received 12 Gripen fighter jets and 18 trainers last year, the minister said.",
                   "2025-11-01"),
    # the particle of "hand over" against a bound
    "hand-over": ("Berlin handed over 12 more Leopard 2 tanks to Kyiv on Monday, the ministry said.", "2023-06-05"),
    "more-than": ("Berlin has sent more than 12 Leopard 2 tanks to Kyiv, the ministry said.", "2023-06-05"),
    # a price with its letter, and a number with a spaced "m" that stays a length
    "price": ("Each Taurus missile costs about £2m, the committee heard.", "2024-02-01"),
    "mast": ("The radar of the Patriot sits on a mast of 4 m, the engineer said.", "2024-02-01"),
    # a calibre counts no howitzers; the howitzers counted beside it are read
    "calibre": ("Lisbon will pay for the Caesar self-propelled 155 mm howitzers, the minister said.", "2024-04-01"),
    "howitzers": ("Lisbon has delivered 30 Caesar howitzers to Kyiv, the minister said.", "2024-04-02"),
    # a phrase that counts two systems together, and one that counts one
    "two-systems": ("The air arm flies about 90 Rafale and Mirage 2000 jets in all, the general said.", "2024-05-01"),
    "one-system": ("The air arm flies about 90 Rafale jets in all, the general said.", "2024-05-01"),
    # a counted noun that points back: "such", and a definite noun beside its number
    "such": ("Kyiv is seeking Gripen fighter jets from Sweden. Officials plan to buy no fewer than 70 such jets, "
             "the minister said.", "2025-11-03"),
    "such-unnamed": ("Kyiv is seeking new fighter jets. Officials plan to buy no fewer than 70 such jets, the minister "
                     "said.", "2025-11-03"),
    "beside": ("Six F-35 jets landed at the airfield in Guam on Friday. The jets, eight in total, flew in from "
               "Japan, the command said.", "2025-09-14"),
    # plans of one buyer in the same days: a count outside the range conflicts, one inside it does not
    "plan-range": ("Kyiv plans to buy between 60 and 80 Gripen fighter jets, the ministry said.", "2025-11-05"),
    "plan-out": ("Kyiv plans to buy 120 Gripen fighter jets, the ministry said.", "2025-11-06"),
    "plan-in": ("Kyiv plans to buy 70 Gripen fighter jets, the ministry said.", "2025-11-06"),
    # "of which" the parser hangs on the verb: the part is of the drones, not of a system named before
    "of-which": ("Kyiv has relied on its F-16 jets against cruise missiles. Moscow kept up its raids, sending 90 "
                 "drones in one night, of which 61 had been shot down and 20 had been jammed.", "2025-05-16"),
    # a definite batch in a sentence that names its system, and one in a story of two aircraft
    "batch": ("Tehran has bought 36 Su-35 aircraft, with the first batch of 10 jets due in 2026, the report said.",
              "2025-09-20"),
    "batch-two": ("Tehran has bought Su-35 aircraft and Yak-130 trainers, with the first batch of 10 jets due in "
                  "2026.", "2025-09-20"),
    # a running total after a phrase of place, not set against one shipment of its days
    "total-june": ("Madrid has delivered 20 Leopard 2 tanks to Kyiv so far, the ministry said.", "2024-06-01"),
    "shipment": ("Madrid sent 6 Leopard 2 tanks to Kyiv on Monday, the ministry said.", "2024-06-03"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("counts-fresh"), DOCS) as db:
        yield db


def facts(db, doc_id):
    return db.execute("SELECT subject, attribute, low, high, qualifier, scope FROM subject_facts "
                      "WHERE doc_id = ? AND attribute LIKE 'quantity:%' ORDER BY start", (doc_id,)).fetchall()


def quantities(db, doc_id):
    return db.execute("SELECT value, unit FROM quantities WHERE doc_id = ? ORDER BY start", (doc_id,)).fetchall()


@pytest.mark.parametrize("doc_id", ["between", "dashed"])
def test_a_range_before_a_counted_phrase_is_read_whole(ledger, doc_id):
    assert ("Gripen", "quantity:aircraft:", 60.0, 80.0, "range", None) in facts(ledger, doc_id)


def test_two_numbers_joined_by_and_without_between_are_two_counts(ledger):
    assert ("Gripen", "quantity:aircraft:", 12.0, 12.0, None, None) in facts(ledger, "two-counts")


def test_the_particle_of_hand_over_bounds_nothing(ledger):
    assert facts(ledger, "hand-over") == [("Leopard 2", "quantity:tanks:", 12.0, 12.0, None, "increment")]
    assert facts(ledger, "more-than") == [("Leopard 2", "quantity:tanks:", 12.0, None, "over", None)]


def test_a_price_takes_its_letter(ledger):
    assert (2_000_000.0, "GBP") in quantities(ledger, "price")
    assert (4.0, "m") in quantities(ledger, "mast")


def test_a_calibre_counts_nothing(ledger):
    assert (155.0, "mm") in quantities(ledger, "calibre")
    assert not [fact for fact in facts(ledger, "calibre") if fact[1] == "quantity:howitzers:"]
    assert ("Caesar", "quantity:howitzers:", 30.0, 30.0, None, None) in facts(ledger, "howitzers")


def test_a_phrase_counting_two_systems_counts_neither(ledger):
    assert facts(ledger, "two-systems") == []
    assert [fact[0] for fact in facts(ledger, "one-system")] == ["Rafale"]


def test_a_counted_noun_that_points_back_counts_the_system_named_before(ledger):
    assert ("Gripen", "quantity:aircraft:", 70.0, None, "over", None) in facts(ledger, "such")
    assert ("F-35", "quantity:aircraft:", 8.0, 8.0, None, "total") in facts(ledger, "beside")


def test_a_pointing_noun_with_nothing_named_before_counts_nothing(ledger):
    assert facts(ledger, "such-unnamed") == []


def test_a_plan_outside_a_stated_range_conflicts_and_one_inside_stays_quiet(ledger):
    rows = number_rows(ledger, "Gripen")
    assert any({"plan-range", "plan-out"} <= docs for _, docs in rows)
    # the 70 stands on the side of the range it falls in, against the 120 only
    sides = ledger.execute("SELECT doc_id, side FROM contradiction_sides WHERE doc_id LIKE 'plan-%'").fetchall()
    position = dict(sides)
    assert position["plan-in"] == position["plan-range"] != position["plan-out"]


def test_a_part_of_which_hung_on_its_verb_is_no_count_of_the_system_named_before(ledger):
    assert not [fact for fact in facts(ledger, "of-which") if fact[1] == "quantity:aircraft:"]


def test_a_definite_batch_counts_the_system_its_sentence_names(ledger):
    assert ("Su-35", "quantity:aircraft:", 10.0, 10.0, None, "first") in facts(ledger, "batch")
    assert facts(ledger, "batch-two") == []


def test_a_planned_first_batch_is_no_second_count_of_the_plan(ledger):
    assert number_rows(ledger, "Su-35") == []


def test_a_running_total_read_past_a_phrase_of_place(ledger):
    assert ("Leopard 2", "quantity:tanks:", 20.0, 20.0, None, "total") in facts(ledger, "total-june")


def test_a_running_total_is_not_set_against_one_shipment(ledger):
    assert number_rows(ledger, "Leopard 2") == []
