"""Arrivals and losses whose subject or status the records lost or mistook (extract): "reached the
country" as an arrival, a subject phrase the parser cut at a parenthesis, a system named only as
the standard of a comparison, which is not the one lost, a headline's "X shot down over Y" as the
loss of X (not its use), and a transfer whose "process" is said to take weeks, which is still
ahead."""
import pytest
from conftest import opened_ledger

DOCS = {
    # "the country" as the place reached
    "reached-country": ("The Gripen jets reached the country on Monday, the ministry said.", "2025-03-04"),
    "reached-nation": ("Six Caesar howitzers reached the nation by rail on 2 March, the army said.", "2025-03-04"),
    "can-reach-country": ("The Kalibr missiles can reach the country within minutes, the army said.", "2025-03-04"),
    "reached-agreement": ("The two governments reached an agreement on the Gripen jets on Monday.", "2025-03-04"),
    "country-then-town": ("The jets bring a new capability to Chile.\nThe first four F-16 jets reached the country on "
                          "3 March, landing at the air base in Antofagasta.", "2025-03-04"),
    # a subject phrase cut at a parenthesis
    "cut-at-bracket": ("Poland has waited long for its new jets.\nThe Polish Air Force’s (Siły Powietrzne – SP) "
                       "second pair of FA-50PL (Fighting Eagle) Lot 2s arrived in Poland on 3 March, touching "
                       "down at the Minsk Mazowiecki base.", "2025-03-04"),
    "cut-and-reached": ("Poland has waited long for its new jets.\nThe Polish Air Force’s (Siły Powietrzne – SP) "
                        "second pair of FA-50PL (Fighting Eagle) Lot 2s reached the country on 3 March, touching "
                        "down at the Minsk Mazowiecki base.", "2025-03-04"),
    "bracket-then-article": ("Poland has waited long for its new jets (FA-50PL).\nThe crews arrived in Poland on "
                             "3 March.", "2025-03-04"),
    # the standard of a comparison
    "heavier-than": ("The tanker, which is heavier than a Su-30, was shot down near the coast.", "2025-03-04"),
    "slower-than": ("The decoy, far slower than the Shahed-136, was downed over the bay on Friday.", "2025-03-04"),
    "plain-loss": ("The Su-30 was shot down near the coast, the navy said.", "2025-03-04"),
    # a headline's passive with no auxiliary
    "headline-downed-over": ("Russian Su-30 fighter shot down over the Black Sea\n\nThe navy said the crew ejected.",
                             "2025-03-04"),
    "headline-downed-says": ("Belarusian Su-25 jet shot down, says border guard\n\nNo other details were given.",
                             "2025-03-04"),
    "headline-downed-by": ("Su-30 fighter downed by a Ukrainian Stinger missile near Kherson\n\nThe navy said so.", "2025-03-04"),
    "active-with-object": ("The Su-30 shot down a drone over the Black Sea, the navy said.", "2025-03-04"),
    "active-with-count": ("Patriot batteries shot down over 20 drones above Kyiv on Friday, the air force said.",
                          "2025-03-04"),
    # a process said to take time
    "process-could-take": ("The process of transferring the IRIS-T launchers to Kyiv could take several weeks, "
                           "the minister said.", "2025-03-04"),
    "process-will-take": ("The process of delivering the Leopard 2 tanks to Ukraine will take months, the "
                          "minister said.", "2025-03-04"),
    "in-the-process": ("Ukraine is in the process of receiving the Leopard 2 tanks, the minister said.", "2025-03-04"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("cut-compared"), DOCS) as db:
        yield db


def claims(db, doc_id):
    return db.execute("SELECT subject, status, kind, date FROM status_claims WHERE doc_id = ? ORDER BY start",
                      (doc_id,)).fetchall()


@pytest.mark.parametrize("doc_id,subject,date", [("reached-country", "Gripen", "2025-03-03"),
                                                 ("reached-nation", "Caesar", "2025-03-02")])
def test_reaching_the_country_is_an_arrival(ledger, doc_id, subject, date):
    assert (subject, "ARRIVED", "reached", date) in claims(ledger, doc_id)


@pytest.mark.parametrize("doc_id", ["can-reach-country", "reached-agreement"])
def test_a_range_or_an_agreement_reached_is_no_arrival(ledger, doc_id):
    assert not [row for row in claims(ledger, doc_id) if row[1] == "ARRIVED"]


@pytest.mark.parametrize("doc_id", ["cut-at-bracket", "cut-and-reached"])
def test_a_subject_cut_at_a_parenthesis_is_the_fragments_system(ledger, doc_id):
    assert ("FA-50", "ARRIVED", "reached", "2025-03-03") in claims(ledger, doc_id)


def test_a_clause_with_its_own_article_keeps_its_own_subject(ledger):
    assert not [row for row in claims(ledger, "bracket-then-article") if row[0] == "FA-50"]


@pytest.mark.parametrize("doc_id,subject", [("heavier-than", "Su-30"), ("slower-than", "Shahed-136")])
def test_the_standard_of_a_comparison_is_not_lost(ledger, doc_id, subject):
    assert not [row for row in claims(ledger, doc_id) if row[0] == subject and row[1] == "DESTROYED"]


def test_a_plain_loss_still_counts(ledger):
    assert ("Su-30", "DESTROYED", "reached") in [row[:3] for row in claims(ledger, "plain-loss")]


def test_a_process_that_could_take_weeks_is_no_arrival(ledger):
    assert not [row for row in claims(ledger, "process-could-take") if row[1] in ("ARRIVED", "IN_TRANSIT")]


def test_a_process_that_will_take_months_is_a_plan(ledger):
    assert [row[:2] for row in claims(ledger, "process-will-take")] == [("Leopard 2", "PLANNED")]


def test_a_receiver_in_the_process_still_has_it_under_way(ledger):
    assert ("Leopard 2", "IN_TRANSIT") in [row[:2] for row in claims(ledger, "in-the-process")]


@pytest.mark.parametrize("doc_id,subject", [("headline-downed-over", "Su-30"), ("headline-downed-says", "Su-25"),
                                            ("headline-downed-by", "Su-30")])
def test_a_headline_shot_down_is_the_subjects_loss_not_its_use(ledger, doc_id, subject):
    found = [row[:2] for row in claims(ledger, doc_id) if row[0] == subject]
    assert (subject, "DESTROYED") in found and (subject, "USED") not in found


def test_the_shooter_of_a_headline_passive_is_used(ledger):
    assert ("Stinger", "USED") in [row[:2] for row in claims(ledger, "headline-downed-by")]


@pytest.mark.parametrize("doc_id,subject", [("active-with-object", "Su-30"), ("active-with-count", "Patriot")])
def test_a_shooter_that_names_what_it_shot_is_used_not_lost(ledger, doc_id, subject):
    found = [row[:2] for row in claims(ledger, doc_id) if row[0] == subject]
    assert (subject, "USED") in found and (subject, "DESTROYED") not in found


def test_the_country_reached_is_the_one_named_before_as_a_destination(ledger):
    assert ("F-16", "ARRIVED", "reached", "2025-03-03") in claims(ledger, "country-then-town")
    assert db_location(ledger, "country-then-town", "F-16") == "Chile"


def db_location(db, doc_id, subject):
    return db.execute("SELECT location FROM status_claims WHERE doc_id = ? AND subject = ? AND status = 'ARRIVED'",
                      (doc_id, subject)).fetchone()[0]


@pytest.mark.parametrize("text,country", [
    ("Berlin sent the Marder vehicles to Ukraine in May. They arrived in the country a week later.", "Ukraine"),
    ("The Marder vehicles left Germany in May. They arrived in the country a week later.", None),
    ("Kyiv got the Marder vehicles from Germany in May. They arrived in the country a week later.", None),
])
def test_the_country_takes_up_a_place_or_destination_not_an_origin(text, country):
    from claimledger.extract import load_model
    from claimledger.extract.events import country_named_before
    doc = load_model()(text)
    noun = next(token for token in doc if token.lower_ == "country")
    assert country_named_before(noun) == country
