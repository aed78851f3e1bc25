"""The donor of a delivery: extract records the supplier a text names for a transfer claim or
count (extract/donors.py), and the status, date and number kinds do not compare two claims
whose donors are both known and differ ("Before that, France supplied 12 of these howitzers" and
"Denmark is sending its Caesar" are two deliveries). Sentences written for these tests."""
import pytest
from conftest import opened_ledger

from claimledger.extract import Pipelines, extract_documents
from claimledger.schema import Document

SENTENCES = {
    # the subject of a verb of giving, its passive agent, the verb it completes
    "Denmark is sending its French-produced Caesar howitzers to Ukraine.": "Denmark",
    "Earlier, the French provided 12 Caesar howitzers to Ukraine.": "France",
    "The Danish cabinet has decided to give all 19 Caesars to Ukraine.": "Denmark",
    "Germany will deliver two more Patriot systems to Ukraine by the end of the year.": "Germany",
    "Caesar howitzers were delivered to Ukraine by France in June.": "France",
    "Iran denies supplying Shahed-136 drones to Russia.": "Iran",
    # "from X", a possessive, a country adjective, "X-supplied"
    "Ukraine received 18 Leopard 2 tanks from Germany.": "Germany",
    "Germany's Patriot battery arrived in Ukraine on Monday.": "Germany",
    "Dutch F-16s arrived in Ukraine on Tuesday.": "Netherlands",
    "US-supplied HIMARS arrived in Ukraine in June.": "United States",
    "Russian S-400 systems arrived in Turkey in July.": "Russia",
    # the giver before the adjective: "from X", a relative clause of giving
    "American F-16s from Norway arrived in Ukraine on Tuesday.": "Norway",
    "The American F-16s that Norway sent arrived in Ukraine.": "Norway",
    # none: the receiver's possessive, the maker ("US-made"), a pronoun, two givers
    "Russian-made S-400 systems arrived in Turkey in July.": None,
    "Germany and France delivered Caesar howitzers to Ukraine.": None,
    "Patriot batteries from the US, the Netherlands, and Spain have reached Ukraine.": None,
    "Ukraine's first F-16s arrived on Tuesday.": None,
    "The US-made Patriot systems arrived in Ukraine on Monday.": None,
    "They delivered the Caesar howitzers to Ukraine in June.": None,
}

OTHER_LANGUAGES = {
    ("ru", "Франция передала Украине 12 гаубиц Caesar."): ("France", "Украина"),
    ("uk", "Німеччина передала Україні ще одну систему Patriot."): ("Germany", "Україна"),
    ("uk", "Україна отримала 4 танки Leopard 2 від Польщі."): ("Poland", "Україна"),
    ("ru", "Германия поставит Украине зенитные комплексы IRIS-T."): ("Germany", "Украина"),
}


@pytest.fixture(scope="module")
def pipelines():
    return Pipelines()


def claims_of(pipelines, text, lang="en"):
    extraction = next(extract_documents(pipelines, [Document(id="d", text=text, dct="2024-01-10", lang=lang)]))
    return extraction


@pytest.mark.parametrize("text", list(SENTENCES))
def test_donor_of_transfer_claim(pipelines, text):
    claims = [claim for claim in claims_of(pipelines, text).status_claims
              if claim.status in ("PLANNED", "IN_TRANSIT", "ARRIVED")]
    assert claims, text
    assert {claim.donor for claim in claims} == {SENTENCES[text]}


def test_donor_of_count_and_not_the_place(pipelines):
    extraction = claims_of(pipelines, "Denmark has decided to donate all 19 Caesar howitzers.")
    assert [fact.donor for fact in extraction.subject_facts if fact.attribute.startswith("quantity:")] == ["Denmark"]
    # the giver of "decided to donate" is not where the howitzers go
    assert all(claim.location != "Denmark" for claim in extraction.status_claims)
    assert {claim.donor for claim in extraction.status_claims} == {"Denmark"}


@pytest.mark.parametrize("lang,text", list(OTHER_LANGUAGES))
def test_donor_in_russian_and_ukrainian(pipelines, lang, text):
    donor, place = OTHER_LANGUAGES[lang, text]
    claims = claims_of(pipelines, text, lang).status_claims
    assert claims
    assert {claim.donor for claim in claims} == {donor}
    assert {claim.location for claim in claims} == {place}   # the giver is never the place


DOCS = {
    # status: the French delivery done in June against deliveries under way in the autumn
    "fr-done": ("France has delivered 12 Caesar howitzers to Ukraine, the ministry said.", "2022-06-16"),
    "dk-sending": ("Denmark is sending its Caesar howitzers to Ukraine, the minister said.", "2022-09-19"),
    "fr-sending": ("France is sending its Caesar howitzers to Ukraine, the minister said.", "2022-09-20"),
    "nobody-sending": ("Caesar howitzers are being sent to Ukraine, officials said.", "2022-09-21"),
    # number: counts of one day's deliveries
    "pl-14": ("Poland has delivered 14 Leopard 2 tanks to Ukraine, the minister said.", "2023-02-24"),
    "de-18": ("Germany has delivered 18 Leopard 2 tanks to Ukraine, the ministry said.", "2023-02-25"),
    "de-12": ("Germany has delivered 12 Leopard 2 tanks to Ukraine, a newspaper said.", "2023-02-26"),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    with opened_ledger(tmp_path_factory.mktemp("donors"), DOCS) as connection:
        yield connection


def rows_between(ledger, kind, subject):
    """The sets of documents on the two sides of each conflict of a kind and subject."""
    out = []
    for (cx,) in ledger.execute("SELECT id FROM contradictions WHERE kind = ? AND subject = ? AND within_document = 0",
                                (kind, subject)):
        sides = {}
        for side, doc_id in ledger.execute("SELECT side, doc_id FROM contradiction_sides WHERE contradiction_id = ?", (cx,)):
            sides.setdefault(side, set()).add(doc_id)
        out.append(sides)
    return out


def test_stored_donors(ledger):
    donors = dict(ledger.execute("SELECT doc_id, donor FROM status_claims WHERE subject = 'Caesar'"))
    assert donors == {"fr-done": "France", "dk-sending": "Denmark", "fr-sending": "France", "nobody-sending": None}


def test_status_of_one_donor_conflicts_and_another_stays_quiet(ledger):
    rows = rows_between(ledger, "status", "Caesar")
    assert rows
    in_rows = set().union(*(docs for row in rows for docs in row.values()))
    assert {"fr-done", "fr-sending"} <= in_rows        # one donor: a conflict, as before
    assert "nobody-sending" in in_rows                 # an unknown donor compares as before
    assert "dk-sending" not in in_rows                 # another donor's delivery: quiet


def test_counts_of_different_donors_are_not_compared(ledger):
    rows = rows_between(ledger, "number", "Leopard 2")
    assert rows
    for row in rows:
        docs = set().union(*row.values())
        assert "pl-14" not in docs                     # Poland's 14 against Germany's 18 or 12: no conflict
        assert docs == {"de-18", "de-12"}              # Germany's 18 against Germany's 12: one
