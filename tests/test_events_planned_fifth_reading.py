"""Planned statuses read on a fifth set of fresh real reports: a plan told through a noun (a
planned or pending purchase, delivery or withdrawal; orders of, a procurement of, a system's
order) and the systems a package lists after an "it" or in a passive without its holder; each
beside near misses (a wish, a conditional, a negated plan, a possibility, a plan undone, a plan
weighed, a plan already fulfilled, a system the list lacks) that keep their reading."""
import pytest

from conftest import event_pairs as found
from conftest import events_nlp as nlp  # noqa: F401  (the module's pipeline fixture)



# --- a plan told through a noun ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Hanoi and Delhi signed a memorandum backing the planned acquisition of Akash missile systems by Vietnam.",
     {("Akash", "PLANNED")}),
    ("The two ministers discussed the pending delivery of the last Su-30 squadrons to Algeria.",
     {("Su-30", "PLANNED")}),
    ("Lawmakers were briefed on the planned withdrawal of Patriot batteries from Jordan.",
     {("Patriot", "PLANNED")}),
    ("The framework deal took in orders of 96 Chunmoo launchers and 30 K2 tanks.",
     {("Chunmoo", "PLANNED"), ("K2", "PLANNED")}),
    ("Approval of the Gripen order came after years of talks in Bangkok.", {("Gripen", "PLANNED")}),
    ("Canberra will spend two billion dollars on the acquisition of 40 more F-35 jets.", {("F-35", "PLANNED")}),
])
def test_plan_told_through_a_noun(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a possibility, a plan undone, a negated or conditional verb, a wish
    "Analysts debated a possible purchase of the Akash by Vietnam.",
    "The ministry announced that the cancelled order for K2 tanks would not be revived.",
    "The two ministers did not discuss any planned delivery of Su-30 jets.",
    "Hanoi has expressed interest in the purchase of the Akash system.",
    "If parliament agrees, the planned acquisition of Chunmoo launchers could go ahead.",
    # a bare noun weighed, or judged rather than stated
    "Jakarta is still considering the purchase of Mistral systems.",
    "Delhi offered Manila credit for the purchase of the Akash system.",
    "The procurement of Rafale jets is a boost for the navy.",
    "Cairo's purchase of the Mistral systems angered its neighbours.",
    "Besides purchases of Mistral systems, Cairo has trained new crews.",
    # a plan of a system the list lacks
    "The talks covered the planned acquisition of Astra missiles.",
])
def test_noun_near_misses_keep_no_plan(nlp, text):
    assert ("PLANNED" not in {status for _, status in found(nlp, text)})


def test_fulfilled_plan_keeps_its_arrival(nlp):
    # the order already delivered: the delivery states it, no second plan from the noun
    assert found(nlp, "Hanwha delivered the order of K9 howitzers to Tallinn last week.") == {("K9", "ARRIVED")}


# --- package lists after an "it" or in a bare passive ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The new tranche for Kyiv includes medical supplies. It also includes Stinger missiles and Javelin launchers.",
     {("Stinger", "PLANNED"), ("Javelin", "PLANNED")}),
    ("The aid package for Ukraine covers fuel and trucks. TOW missiles and Stryker vehicles are also included.",
     {("TOW", "PLANNED"), ("Stryker", "PLANNED")}),
])
def test_package_list_held_by_it_or_passive(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # no package before: "it" and the passive hold for nothing planned
    "The museum opened last spring. It also includes Stinger missiles and Javelin launchers.",
    "The exhibition was large. TOW missiles and Stryker vehicles are also included.",
])
def test_list_without_a_package_keeps_no_plan(nlp, text):
    assert ("PLANNED" not in {status for _, status in found(nlp, text)})


# --- a headline's approved purchase ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Pentagon Approves Possible Sale of K9 Howitzers to Estonia", {("K9", "PLANNED")}),
    ("Washington Approves Possible Sale of Javelin Missiles to Kenya", {("Javelin", "PLANNED")}),
    # a sale rejected or weighed is no plan
    ("Senate Rejects Sale of K9 Howitzers to Estonia", set()),
    ("Cabinet Weighs Purchase of Chunmoo Launchers for Army", set()),
])
def test_headline_approved_purchase(nlp, text, expected):
    assert {pair for pair in found(nlp, text) if pair[1] == "PLANNED"} == expected
