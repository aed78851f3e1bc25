"""A wish to give a system away, an offer and talks about a system are no requests to receive
it; a system given back to its supplier leaves its holder (WITHDRAWN, or a plan of it, at the
holder's country); an ordinal of losses ("the third F-16 loss") is a running total of them that
the number kind compares. Extract and link, on sentences written for these tests."""
import pytest
from conftest import number_rows, opened_ledger

DOCS = {
    # a seller's wish: the seller's intent, never a request
    "seller-wish": ("Cairo wants to sell its Su-35 fighters to Algiers, two officials said.", "2025-03-02"),
    "withdraw-wish": ("Germany wants to pull its Eurofighter jets out of Romania before winter.", "2025-03-02"),
    # an offer and talks: no status at all
    "offer": ("Cairo is offering to sell its Su-35 fighters to Algiers, two officials said.", "2025-03-02"),
    "talks": ("Ankara wants talks with Moscow on giving back the S-400 batteries it bought.", "2025-03-02"),
    "talks-sought": ("Turkey sought negotiations with Russia on the S-400 systems last week.", "2025-03-02"),
    # near misses: requests to receive stay requests
    "buyer-wish": ("Algeria wants to buy the Su-35 fighters that Egypt no longer flies.", "2025-03-02"),
    "asked-for": ("Warsaw asked Washington for two more Patriot batteries this spring.", "2025-03-02"),
    "wants-more": ("Kyiv wants more F-16 jets from its Western partners.", "2025-03-02"),
    "after-talks": ("Warsaw asked for more Patriot batteries after the talks in Brussels.", "2025-03-02"),
    "addressee": ("Algeria asked Egypt to sell it the Su-35 fighters.", "2025-03-02"),
    # a return to the supplier
    "returned": ("Turkey returned its S-400 batteries to Russia in October.", "2025-11-02"),
    "plans-return": ("Ankara plans to return the S-400 batteries to Moscow next year.", "2025-11-02"),
    "will-return": ("Turkey will return its S-400 systems to Russia, a Turkish official said.", "2025-11-02"),
    "sent-back": ("Algeria sent the Su-35 fighters back to Russia in May.", "2025-06-02"),
    # near misses: a return from a place, a crew's return, a return to service
    "back-from": ("The Patriot batteries returned from Saudi Arabia in June.", "2025-07-02"),
    "crew": ("The crews returned to Sweden after their training on the Gripen.", "2025-07-02"),
    "delivered": ("Russia sent the S-400 batteries to Turkey in July.", "2025-08-02"),
    "moving-home": ("The Army is moving a Patriot battery back to Texas from Kuwait.", "2025-08-02"),
    # ordinals of losses: a running total on the loss's day
    "ordinal-loss": ("Moscow said its fighters shot down a Ukrainian F-16 on 9 April, the third F-16 loss "
                     "for Kyiv.", "2025-04-10"),
    "lost-so-far": ("Ukraine has lost two F-16 jets so far, its air force said.", "2025-04-12"),
    "ordinal-object": ("Romania lost its second MiG-21 on 4 March near Constanta.", "2025-03-05"),
    "ordinal-passive": ("The fifth Su-25 was shot down over Avdiivka on 2 February.", "2025-02-03"),
    # near misses: ordinals of batches, units and strikes count no loss
    "second-batch": ("The second batch of Leopard 2 tanks reached Kyiv in April.", "2025-04-20"),
    "second-squadron": ("A second Rafale squadron was formed at the base in May.", "2025-05-20"),
    "second-strike": ("The second HIMARS strike of the week hit a fuel depot.", "2025-05-20"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("wishes-returns"), DOCS) as db:
        yield db


def claims(db, doc_id):
    return db.execute("SELECT subject, status, location FROM status_claims WHERE doc_id = ? AND kind = 'reached' "
                      "ORDER BY start", (doc_id,)).fetchall()


def statuses(db, doc_id):
    return {status for _subject, status, _location in claims(db, doc_id)}


@pytest.mark.parametrize("doc_id", ["seller-wish", "withdraw-wish", "offer", "talks", "talks-sought"])
def test_a_wish_to_give_an_offer_or_talks_request_nothing(ledger, doc_id):
    assert "REQUESTED" not in statuses(ledger, doc_id)


def test_a_wish_to_give_away_is_the_holders_intent(ledger):
    assert statuses(ledger, "seller-wish") == {"PLANNED"}
    assert statuses(ledger, "withdraw-wish") == {"PLANNED"}


@pytest.mark.parametrize("doc_id", ["buyer-wish", "asked-for", "wants-more", "addressee", "after-talks"])
def test_a_request_to_receive_stays_a_request(ledger, doc_id):
    assert "REQUESTED" in statuses(ledger, doc_id)


def test_a_system_given_back_leaves_its_holder(ledger):
    assert ("S-400", "WITHDRAWN", "Turkey") in claims(ledger, "returned")
    assert ("Su-35", "WITHDRAWN", "Algeria") in claims(ledger, "sent-back")
    assert "ARRIVED" not in statuses(ledger, "sent-back")


def test_a_planned_return_is_planned_at_the_holder(ledger):
    assert claims(ledger, "plans-return") == [("S-400", "PLANNED", "Turkey")]
    assert claims(ledger, "will-return") == [("S-400", "PLANNED", "Turkey")]


def test_other_returns_and_deliveries_stay_as_they_were(ledger):
    assert claims(ledger, "back-from") == [("Patriot", "WITHDRAWN", "Saudi Arabia")]
    assert claims(ledger, "crew") == []
    assert "WITHDRAWN" not in statuses(ledger, "delivered")
    assert claims(ledger, "moving-home") == [("Patriot", "IN_TRANSIT", "Texas")]


def loss_counts(db, doc_id):
    return db.execute("SELECT subject, attribute, low, scope, status, date FROM subject_facts WHERE doc_id = ? "
                      "AND attribute LIKE 'quantity:%' ORDER BY start", (doc_id,)).fetchall()


def test_an_ordinal_of_losses_is_a_running_total_on_the_day_of_the_loss(ledger):
    assert loss_counts(ledger, "ordinal-loss") == [
        ("F-16", "quantity:aircraft:", 3.0, "total", "DESTROYED", "2025-04-09")]
    assert loss_counts(ledger, "ordinal-object") == [
        ("MiG-21", "quantity:aircraft:", 2.0, "total", "DESTROYED", "2025-03-04")]
    assert loss_counts(ledger, "ordinal-passive") == [
        ("Su-25", "quantity:aircraft:", 5.0, "total", "DESTROYED", "2025-02-02")]


@pytest.mark.parametrize("doc_id", ["second-batch", "second-squadron", "second-strike"])
def test_an_ordinal_of_batches_units_or_strikes_counts_no_loss(ledger, doc_id):
    assert all(row[4] != "DESTROYED" for row in loss_counts(ledger, doc_id))


def test_the_number_kind_compares_an_ordinal_with_a_total_of_its_days(ledger):
    assert [docs for _note, docs in number_rows(ledger, "F-16")] == [{"ordinal-loss", "lost-so-far"}]
