"""Number facts for the link stage: the counted noun must name the subject, and each fact keeps
its bound, scope and event context, so only like numbers are compared (link/kinds/number.py)."""
import pytest

from claimledger.extract import build_pipeline, extract_documents
from claimledger.schema import Document


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def number_facts(nlp, text, dct="2026-04-04"):
    [extraction] = list(extract_documents(nlp, [Document(id="d", text=text, dct=dct)]))
    return [fact for fact in extraction.subject_facts if fact.attribute.startswith("quantity:")]


def test_counted_fact_keeps_noun_status_and_date(nlp):
    [fact] = number_facts(nlp, "Germany delivered three Patriot launchers to Ukraine on April 2, 2026.")
    assert (fact.subject, fact.attribute, fact.status, fact.date, fact.low, fact.high) == (
        "Patriot", "quantity:launchers:", "ARRIVED", "2026-04-02", 3, 3)


def test_no_more_than_is_an_upper_bound(nlp):
    [fact] = number_facts(nlp, "Norway delivered no more than 10 NASAMS launchers to Ukraine on May 5, 2026.")
    assert (fact.qualifier, fact.low, fact.high) == ("up to", 0, 10)


@pytest.mark.parametrize("text,scope", [
    ("Ukraine has received 31 Abrams tanks so far, the ministry said.", "total"),
    ("Ukraine has received a total of 31 Abrams tanks, the ministry said.", "total"),
    ("The United States delivered another 10 Abrams tanks to Ukraine on August 1, 2026.", "increment"),
    ("Romania has asked for an additional four Patriot batteries.", "increment"),
    ("The United States delivered 10 Abrams tanks to Ukraine on August 1, 2026.", None),
    ("Ukraine received the first 10 Abrams tanks on August 1, 2026.", "first"),
    ("The first batch of 12 Abrams tanks arrived in Ukraine on August 1, 2026.", "first"),
])
def test_scope_of_a_count(nlp, text, scope):
    [fact] = number_facts(nlp, text)
    assert fact.scope == scope


def test_a_count_beside_the_subject_is_not_its_count(nlp):
    # the radars are Sentinel radars sent beside a Patriot battery, not Patriot systems
    text = "The Pentagon will send four radar systems and a Patriot battery to Saudi Arabia."
    assert number_facts(nlp, text) == []


def test_a_range_of_counts_is_one_interval(nlp):
    [fact] = number_facts(nlp, "Norway and Ukraine signed a memorandum to buy 100 to 150 Gripen E jets.")
    assert (fact.qualifier, fact.low, fact.high) == ("range", 100, 150)


def test_the_first_batch_is_compared_with_plain_counts_of_its_days():
    from claimledger.link.kinds.number import count_scope
    from claimledger.schema import SubjectFact

    def fact(scope):
        return SubjectFact("d", (0, 1), "F-16", "quantity:aircraft:", low=6, high=6, scope=scope)
    assert count_scope(fact("first")) == count_scope(fact(None)) == ""
    assert count_scope(fact("increment")) == "increment" and count_scope(fact("total")) == "total"
