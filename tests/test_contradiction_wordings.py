"""The records behind the paraphrase grid's contradictions, one rule at a time (extract): denials
in more wordings, a harm short of a loss, a loss's place, a first use by its adverb, counts of
a first batch, of losses and of interceptions, and a time word closing a reported clause."""
import pytest
from conftest import opened_ledger

DOCS = {
    # denials
    "never-received": ("Belarus has never received Su-30 fighters from Russia, the minister said.", "2024-02-12"),
    "request-received": ("Belarus has not received any request for Su-30 fighters, the minister said.", "2024-02-12"),
    "retracted": ("The army retracted its claim that the CV90 vehicles had arrived at the front.", "2024-02-12"),
    "dismissed-as": ("Berlin dismissed as baseless the reports that Taurus missiles had been delivered.", "2024-02-12"),
    "not-a-single-sent": ("Not a single Su-30 fighter has been sent to Belarus, the minister said.", "2024-02-12"),
    "not-one-shipped": ("Not one Su-30 fighter was shipped to Belarus last year, the minister said.", "2024-02-12"),
    "none-of-handed": ("None of the Su-30 fighters were handed over to Belarus, the minister said.", "2024-02-12"),
    "no-fewer-than": ("No fewer than 12 Su-30 fighters were handed to Belarus last year, the minister said.",
                      "2024-02-12"),
    "not-more-than": ("Not more than 12 Su-30 fighters were shipped to Belarus last year, the minister said.",
                      "2024-02-12"),
    "not-one-but-two": ("Russia shipped not one but two Su-30 fighters to Belarus last year, the minister said.",
                        "2024-02-12"),
    "no-more-sent": ("No more Su-30 fighters were sent to Belarus after the spring, the minister said.", "2024-02-12"),
    "no-truth-in": ("There is no truth in claims that Su-30 fighters were delivered to Belarus.", "2024-02-12"),
    "no-decision-sent": ("No decision on Su-30 fighters has been sent to the parliament yet.", "2024-02-12"),
    "no-compensation": ("Belarus has not received compensation for the delay in the delivery of its Su-30 "
                        "fighters.", "2024-02-12"),
    # a delivery still ahead by its receiver
    "yet-to-receive": ("Belarus has yet to receive the Su-30 fighters, a source said.", "2024-02-12"),
    "receive-a-delivery": ("Belarus will receive one more delivery of modern Su-30 fighters in the spring, a "
                           "source said.", "2024-02-12"),
    "receive-something-else": ("Belarus will not receive any money for the long delay in the delivery of the "
                               "Su-30 fighters.", "2024-02-12"),
    "still-waiting": ("Belarus is still waiting for the Su-30 fighters, a source said.", "2024-02-12"),
    "waiting-for-talks": ("Belarus is waiting for the outcome of talks on the Su-30 fighters.", "2024-02-12"),
    # a harm short of a loss
    "none-damaged": ("No Gepard vehicle was damaged in the shelling, the brigade said.", "2024-02-12"),
    "only-damaged": ("The Gepard vehicle was merely damaged and is back in service, the brigade said.", "2024-02-12"),
    "did-not-damage": ("The drone attack did not damage the Gepard system, the brigade said.", "2024-02-12"),
    "damaged": ("The Gepard vehicle was damaged in the shelling, the brigade said.", "2024-02-12"),
    # an aircraft's loss by "hit" or "crashed"
    "craft-hit": ("A Su-25 jet was hit by friendly fire over the Azov Sea on Friday, the navy said.", "2024-02-12"),
    "craft-crashed": ("The Su-25 crashed into the sea shortly after take-off, the navy said.", "2024-02-12"),
    "craft-not-hit": ("No Su-25 jet was hit during the attack on the base, the navy said.", "2024-02-12"),
    "tank-hit": ("A drone hit the Gepard vehicle near Pokrovsk, the brigade said.", "2024-02-12"),
    "craft-hits-target": ("The Su-25 hit a fuel depot near the coast, the navy said.", "2024-02-12"),
    # a loss's place
    "loss-near-town": ("Russian drones destroyed a Gepard vehicle near Pokrovsk on Sunday.", "2024-02-12"),
    "loss-ministry-town": ("Russian drones destroyed a Gepard vehicle, the ministry in Moscow said.", "2024-02-12"),
    # a first use by its adverb
    "first-fired": ("Ukraine first fired Storm Shadow missiles on May 12, officials said.", "2024-05-20"),
    "the-first-fired": ("The first fired Storm Shadow missiles hit a depot on May 12, officials said.", "2024-05-20"),
    # counts
    "first-batch-after": ("Ukraine received 4 Gripen jets in the first batch, officials said.", "2024-06-02"),
    "second-batch-after": ("Ukraine received 4 Gripen jets in the second batch, officials said.", "2024-06-02"),
    "intercepted-count": ("Air defences intercepted nine Kalibr missiles over Odesa on Friday night, the navy said.",
                          "2024-06-09"),
    "downed-count": ("Air defences shot down 25 Shahed-136 drones overnight, the air force said.", "2024-06-09"),
    "out-of-whole-fired": ("Air defences downed only four out of the ten total Kalibr missiles that were fired at "
                           "Odesa, the navy said.", "2024-06-09"),
    "of-whole-launched": ("Air defences shot down seven of the eleven Kalibr missiles launched at Odesa overnight, "
                          "the navy said.", "2024-06-09"),
    "out-of-bare-whole": ("The navy said its crews destroyed three out of nine Kalibr missiles.", "2024-06-09"),
    "whole-after-anaphor": ("Kalibr missiles hit Odesa at dawn. Air defences intercepted only two of the six missiles "
                            "that Russia fired, the navy said.", "2024-06-09"),
    "ordered-count": ("Belarus ordered 12 Su-30 fighters from Russia, the ministry said.", "2024-06-09"),
    "destroyed-count-day": ("Russian forces destroyed three Gepard vehicles near Pokrovsk on Thursday, Moscow said.",
                            "2024-06-09"),
    "first-lot-then-more": ("Belarus received the first lot of Su-30 fighters on Monday. Additional units are "
                            "expected in the autumn, officials said.", "2024-06-09"),
    # a time word closing a reported clause
    "time-before-speech": ("The CV90 vehicles arrived in Ukraine yesterday, the ministry said.", "2024-06-09"),
    "time-after-speech": ("The CV90 vehicles arrived in Ukraine, the ministry said yesterday.", "2024-06-09"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("wordings"), DOCS) as db:
        yield db


def claims(db, doc_id, status=None):
    rows = db.execute("SELECT subject, status, kind, location FROM status_claims WHERE doc_id = ? ORDER BY start",
                      (doc_id,)).fetchall()
    return [row for row in rows if status is None or row[1] == status]


def counts(db, doc_id):
    return db.execute("SELECT subject, attribute, low, scope, status, date FROM subject_facts "
                      "WHERE doc_id = ? AND attribute LIKE 'quantity:%'", (doc_id,)).fetchall()


@pytest.mark.parametrize("doc_id,subject,status", [("never-received", "Su-30", "ARRIVED"),
                                                   ("retracted", "CV90", "ARRIVED"),
                                                   ("not-a-single-sent", "Su-30", "ARRIVED"),
                                                   ("no-truth-in", "Su-30", "ARRIVED"),
                                                   ("dismissed-as", "Taurus KEPD 350", "ARRIVED")])
def test_a_denial_in_other_words_is_a_denied_claim(ledger, doc_id, subject, status):
    assert (subject, status) in [(row[0], row[1]) for row in claims(ledger, doc_id) if row[2] == "denied"]


@pytest.mark.parametrize("doc_id", ["request-received", "no-decision-sent", "no-compensation"])
def test_a_request_a_decision_or_money_not_moved_denies_no_delivery(ledger, doc_id):
    assert [row for row in claims(ledger, doc_id) if row[2] == "denied"] == []


@pytest.mark.parametrize("doc_id", ["yet-to-receive", "receive-a-delivery", "still-waiting"])
def test_receiving_or_awaiting_the_system_or_its_delivery_is_a_delivery_still_ahead(ledger, doc_id):
    assert ("Su-30", "ARRIVED", "pending", None) in claims(ledger, doc_id)


@pytest.mark.parametrize("doc_id", ["request-received", "receive-something-else", "waiting-for-talks"])
def test_receiving_something_else_is_no_delivery_ahead(ledger, doc_id):
    assert [row for row in claims(ledger, doc_id) if row[2] == "pending"] == []


@pytest.mark.parametrize("doc_id", ["none-damaged", "only-damaged", "did-not-damage"])
def test_a_harm_short_of_a_loss_denies_the_loss(ledger, doc_id):
    assert claims(ledger, doc_id, "DESTROYED") == [("Gepard", "DESTROYED", "denied", None)]


def test_a_plain_damage_says_nothing_of_a_loss(ledger):
    assert claims(ledger, "damaged", "DESTROYED") == []


def test_a_loss_takes_the_place_named_after_it(ledger):
    assert claims(ledger, "loss-near-town", "DESTROYED") == [("Gepard", "DESTROYED", "reached", "Pokrovsk")]


def test_the_town_of_a_reporting_body_is_no_place_of_the_loss(ledger):
    assert claims(ledger, "loss-ministry-town", "DESTROYED") == [("Gepard", "DESTROYED", "reached", None)]


def first_uses(db, doc_id):
    return db.execute("SELECT first_time FROM status_claims WHERE doc_id = ? AND status = 'USED'", (doc_id,)).fetchall()


def test_first_before_a_verb_of_use_marks_a_first_use(ledger):
    assert first_uses(ledger, "first-fired") == [(1,)]


def test_first_as_an_adjective_after_the_marks_none(ledger):
    assert (1,) not in first_uses(ledger, "the-first-fired")


def test_a_count_in_the_first_batch_is_of_the_first_batch(ledger):
    assert [(row[2], row[3]) for row in counts(ledger, "first-batch-after")] == [(4.0, "first")]


def test_a_count_in_the_second_batch_is_a_further_one(ledger):
    assert [(row[2], row[3]) for row in counts(ledger, "second-batch-after")] == [(4.0, "increment")]


@pytest.mark.parametrize("doc_id,low", [("intercepted-count", 9.0), ("downed-count", 25.0)])
def test_counts_intercepted_or_shot_down_are_losses(ledger, doc_id, low):
    assert [(row[2], row[4]) for row in counts(ledger, doc_id)] == [(low, "DESTROYED")]


def test_a_count_noun_after_a_name_the_parser_took_for_the_head(ledger):
    assert [(row[1], row[2]) for row in counts(ledger, "ordered-count")] == [("quantity:aircraft:", 12.0)]


def test_a_count_of_losses_is_of_the_losses_day(ledger):
    assert [(row[2], row[4], row[5]) for row in counts(ledger, "destroyed-count-day")] == [
        (3.0, "DESTROYED", "2024-06-06")]


def arrival_dates(db, doc_id):
    return db.execute("SELECT date FROM status_claims WHERE doc_id = ? AND status = 'ARRIVED' AND kind = 'reached'",
                      (doc_id,)).fetchall()


def test_a_time_word_before_the_speech_verb_dates_the_clause(ledger):
    assert arrival_dates(ledger, "time-before-speech") == [("2024-06-08",)]


def test_a_time_word_after_the_speech_verb_dates_the_report(ledger):
    assert arrival_dates(ledger, "time-after-speech") == [(None,)]


def events_of(db, doc_id):
    return db.execute("SELECT subject, status FROM events WHERE doc_id = ?", (doc_id,)).fetchall()


@pytest.mark.parametrize("doc_id", ["not-a-single-sent", "not-one-shipped", "none-of-handed", "no-more-sent"])
def test_a_transfer_negated_through_its_subject_gives_no_event(ledger, doc_id):
    assert events_of(ledger, doc_id) == []


@pytest.mark.parametrize("doc_id", ["no-fewer-than", "not-more-than", "not-one-but-two"])
def test_a_negation_bounding_or_correcting_a_count_keeps_the_event(ledger, doc_id):
    assert events_of(ledger, doc_id) == [("Su-30", "ARRIVED")]


def test_a_first_lot_is_the_first_unit_beside_further_ones(ledger):
    assert ledger.execute("SELECT another_unit FROM status_claims WHERE doc_id = 'first-lot-then-more' "
                          "AND status = 'ARRIVED' AND kind = 'reached'").fetchall() == [(0,)]


@pytest.mark.parametrize("doc_id,part,whole", [("out-of-whole-fired", 4.0, (10.0, "total", "USED")),
                                               ("of-whole-launched", 7.0, (11.0, "total", "USED")),
                                               ("out-of-bare-whole", 3.0, (9.0, "total", None)),
                                               ("whole-after-anaphor", 2.0, (6.0, "total", "USED"))])
def test_a_part_downed_of_a_whole_fired_counts_both(ledger, doc_id, part, whole):
    """The part is the loss; the whole is what its own verb did to it ("fired"), else no status."""
    found = sorted((row[2], row[3], row[4]) for row in counts(ledger, doc_id))
    assert found == sorted([(part, None, "DESTROYED"), whole])


@pytest.mark.parametrize("doc_id,kind", [("craft-hit", "reached"), ("craft-crashed", "reached"),
                                         ("craft-not-hit", "denied")])
def test_an_aircraft_hit_or_crashed_is_lost(ledger, doc_id, kind):
    assert [(row[0], row[2]) for row in claims(ledger, doc_id, "DESTROYED")] == [("Su-25", kind)]


@pytest.mark.parametrize("doc_id", ["tank-hit", "craft-hits-target"])
def test_a_hit_vehicle_or_a_hitting_aircraft_is_no_loss(ledger, doc_id):
    assert claims(ledger, doc_id, "DESTROYED") == []
