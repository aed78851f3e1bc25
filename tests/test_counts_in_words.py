"""Counts as outlets write them: number words and ranges of words ("six to eight tanks", "two or
three launchers", "a dozen launchers"), a part of a stated whole ("ten of the 31 Abrams tanks"),
and a count whose noun is left out ("Of the 24 Caesar howitzers pledged, 18 have already been
delivered"; "Poland has sent 18, the ministry said"), each under the scope rules of the number
kind (docs/link.md "number"): extract (quantities, link records) and the number kind (link), on
sentences written for these tests."""
import pytest
from conftest import number_rows, opened_ledger

DOCS = {
    # a range of words against a part of a stated whole
    "range-words": ("Ukraine has received six to eight Abrams tanks from the United States, the minister said.",
                    "2024-03-01"),
    "part-of": ("Ukraine has received ten of the 31 Abrams tanks promised by Washington, officials said.",
                "2024-03-03"),
    # "two or three" and "a dozen"
    "or-range": ("Kyiv has received two or three HIMARS launchers, the air force said.", "2024-05-01"),
    "dozen": ("Kyiv has received a dozen HIMARS launchers, the minister said.", "2024-05-02"),
    # a noun left out: an "of" phrase on the same verb, the sentence before
    "of-whole": ("Of the 24 Caesar howitzers pledged, 18 have already been delivered, the ministry said.",
                 "2023-01-31"),
    "whole": ("Ukraine has received 24 Caesar howitzers from France, the agency reported.", "2023-01-25"),
    "before": ("Ukraine has received Krab howitzers from Poland. Poland has sent 18, the ministry said.",
               "2023-02-01"),
    "krab": ("Ukraine has received 54 Krab howitzers from Poland, the agency reported.", "2023-02-02"),
    # a plain noun counted where the clause's subject names the system, and one where it does not
    "clause-subject": ("The first batch of Abrams sent to Ukraine was six to eight tanks, officials said.",
                       "2023-07-28"),
    "crews": ("The Abrams crews destroyed four tanks near Avdiivka, the brigade said.", "2024-03-01"),
    # "N of which": the part counted of the whole named before, and the whole a running total
    "of-which": ("The United States has sent more than 20 M270 launchers to Ukraine, 12 of which have by now "
                 "been delivered.", "2022-07-20"),
    "m270": ("Ukraine has received 16 M270 launchers, officials said.", "2022-07-22"),
    # near misses that must stay quiet
    "video": ("Though Britain said it would be shipping 14 Challenger 2 tanks to Ukraine, only two are seen in the "
              "footage.", "2023-03-28"),
    "pledge": ("Britain has pledged to send 14 Challenger 2 tanks to Ukraine.", "2023-03-28"),
    "so-far": ("Ukraine has received Leopard 2 tanks from Germany. Germany has sent 18 so far, the ministry said.",
               "2023-03-28"),
    "leopard": ("Ukraine has received 14 Leopard 2 tanks from Germany, the agency reported.", "2023-03-29"),
    "modal": ("Ukraine has received 40 Marder vehicles. Germany will send 20, the minister said.", "2023-04-01"),
    "modal-other": ("Ukraine has received 40 Marder vehicles, officials said.", "2023-04-02"),
    # "no more than" is a bound, not one more batch
    "no-more-than": ("No more than 12 HIMARS launchers will reach Romania this year, the minister said.", "2024-05-03"),
    "superlative": ("The Patriot is one of the most advanced systems in the world, the general said.",
                    "2023-04-01"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("counts-in-words"), DOCS) as db:
        yield db


def facts(db, doc_id):
    return db.execute("SELECT subject, attribute, low, high, scope, status FROM subject_facts "
                      "WHERE doc_id = ? AND attribute LIKE 'quantity:%' ORDER BY start", (doc_id,)).fetchall()


@pytest.mark.parametrize("doc_id,fact", [
    ("range-words", ("Abrams", "quantity:tanks:", 6.0, 8.0, None, "ARRIVED")),
    ("part-of", ("Abrams", "quantity:tanks:", 10.0, 10.0, None, "ARRIVED")),
    ("or-range", ("HIMARS", "quantity:launchers:", 2.0, 3.0, None, "ARRIVED")),
    ("dozen", ("HIMARS", "quantity:launchers:", 12.0, 12.0, None, "ARRIVED")),
    ("of-whole", ("Caesar", "quantity:howitzers:", 18.0, 18.0, None, "ARRIVED")),
    ("before", ("Krab", "quantity:howitzers:", 18.0, 18.0, None, "ARRIVED")),
    ("of-which", ("M270 MLRS", "quantity:launchers:", 12.0, 12.0, None, "ARRIVED")),
    ("of-which", ("M270 MLRS", "quantity:launchers:", 20.0, None, "total", "ARRIVED")),   # "more than 20": a bound
    ("no-more-than", ("HIMARS", "quantity:launchers:", 0.0, 12.0, None, "PLANNED")),      # a bound, no further batch
])
def test_counts_in_words_ranges_parts_and_left_out_nouns_are_read(ledger, doc_id, fact):
    assert fact in facts(ledger, doc_id)


def test_a_count_whose_clause_subject_names_the_system_is_of_it(ledger):
    assert [fact[:5] for fact in facts(ledger, "clause-subject")] == [("Abrams", "quantity:tanks:", 6.0, 8.0, "first")]   # its subject is a first batch
    assert facts(ledger, "crews") == []   # the tanks the Abrams crews destroyed are not Abrams


def test_the_whole_of_a_part_is_a_total_not_what_the_part_did(ledger):
    # the 31 promised and the 24 pledged did not arrive: only the part did
    assert ("Abrams", "quantity:tanks:", 31.0, 31.0, "total", None) in facts(ledger, "part-of")
    assert ("Caesar", "quantity:howitzers:", 24.0, 24.0, "total", None) in facts(ledger, "of-whole")


@pytest.mark.parametrize("subject,docs", [
    ("Abrams", {"range-words", "part-of"}),
    ("HIMARS", {"or-range", "dozen"}),
    ("Caesar", {"of-whole", "whole"}),
    ("Krab", {"before", "krab"}),
    ("M270 MLRS", {"of-which", "m270"}),
])
def test_counts_written_by_outlets_are_compared(ledger, subject, docs):
    assert any(row_docs == docs for _, row_docs in number_rows(ledger, subject))


@pytest.mark.parametrize("subject", ["Challenger 2", "Leopard 2", "Marder", "Patriot"])
def test_near_misses_stay_quiet(ledger, subject):
    # another clause's count ("would send 14 ..., just three appear"), a running total ("18 so
    # far"), a count under a modal ("will send 20"), a superlative ("one of the most advanced")
    assert number_rows(ledger, subject) == []


def test_a_superlative_is_no_count(ledger):
    assert facts(ledger, "superlative") == []


@pytest.mark.parametrize("unit, value, qualifier, label", [
    ("launchers", 1, None, "launcher"), ("batteries", 1, None, "battery"), ("aircraft", 1, None, "aircraft"),
    ("complexes", 1, None, "complex"), ("troops", 1, None, "troops"),
    ("launchers", 2, None, "launchers"), ("launchers", 1, "up to", "launchers"), ("km", 1, None, "km"),
])
def test_one_counted_thing_is_labelled_in_the_singular(unit, value, qualifier, label):
    from claimledger.extract.link_records import unit_as_counted

    assert unit_as_counted(unit, value, qualifier) == label
