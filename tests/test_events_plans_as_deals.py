"""Plans stated through equipment and buyers: a platform that will be, or is to be, fitted
with a system plans its delivery (PLANNED), where a platform that is fitted with it only
describes itself; a country named as a buyer of a system has a purchase (PLANNED), where a
negated buyer states nothing."""
import pytest

from conftest import event_statuses as statuses
from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


@pytest.mark.parametrize("text,expected", [
    ("The two new corvettes will be armed with Harpoon missiles from 2028.", [("Harpoon", "PLANNED")]),
    ("Its next frigates are to be equipped with the Naval Strike Missile.", [("Naval Strike Missile", "PLANNED")]),
    ("Lithuania is becoming the newest buyer of the HIMARS launcher.", [("HIMARS", "PLANNED")]),
    ("Croatia became the third purchaser of the Rafale jet in Europe.", [("Rafale", "PLANNED")]),
])
def test_fitting_ahead_and_buyers_are_plans(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Their older frigates are armed with Harpoon missiles.",
    "The corvettes would be armed with Harpoon missiles if funds were found.",
    "The corvettes will not be armed with Harpoon missiles after all.",
    "Lithuania is not a buyer of the HIMARS launcher.",
])
def test_near_misses_of_fitting_and_buying(nlp, text):
    assert not any(status == "PLANNED" for _, status in statuses(events_of(nlp, text)))


@pytest.mark.parametrize("text,expected", [
    ("The two new contracts are for IRIS-T launchers.", [("IRIS-T SLM", "PLANNED")]),
    ("The second deal covers 36 K9 howitzers and their ammunition.", [("K9", "PLANNED")]),
    ("This year's budget includes orders for 18 HIMARS launchers.", [("HIMARS", "PLANNED")]),
    ("The two governments reconfirmed the Rafale jet deal on Monday.", [("Rafale", "PLANNED")]),
])
def test_what_a_paper_is_for_covers_or_renews_is_planned(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Both of the new contracts are for spare parts of the IRIS-T launchers.",
    "The second deal might cover 36 K9 howitzers.",
    "This year's budget includes training for HIMARS crews.",
    "Neither of the contracts is for IRIS-T launchers.",
])
def test_near_misses_of_paper_scope(nlp, text):
    assert not any(status == "PLANNED" for _, status in statuses(events_of(nlp, text)))


def test_a_paper_for_a_system_named_by_its_abbreviation(nlp):
    text = "Officials said the new contracts are for Advanced Surface Missile Systems (NASAMS) and radars."
    assert statuses(events_of(nlp, text)) == [("NASAMS", "PLANNED")]


@pytest.mark.parametrize("text,expected", [
    ("A follow-on contract for 20 more Leopard 2 tanks is expected to be signed in spring.", [("Leopard 2", "PLANNED")]),
    ("The IRIS-T launcher deal is set to be concluded before the summit.", [("IRIS-T SLM", "PLANNED")]),
    ("Romania is looking to acquire a second batch of K9 howitzers.", [("K9", "PLANNED")]),
])
def test_a_paper_expected_to_be_signed_and_a_country_looking_to_buy(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "A follow-on contract for 20 more Leopard 2 tanks is not expected to be signed in spring.",
    "A follow-on contract for 20 more Leopard 2 tanks is unlikely to be signed soon.",
    "Romania's Leopard 2 tanks look to be in poor shape after the winter.",
])
def test_near_misses_of_expected_papers_and_looking(nlp, text):
    assert not any(status == "PLANNED" for _, status in statuses(events_of(nlp, text)))


@pytest.mark.parametrize("text", [
    "Norway took over its first six K9 howitzers in March. Another consignment is due early next year.",
    "Norway took over its first six K9 howitzers in March. A further batch is expected next summer.",
])
def test_a_further_consignment_awaited_at_a_bare_time_is_planned(nlp, text):
    assert ("K9", "PLANNED") in statuses(events_of(nlp, text))


@pytest.mark.parametrize("text", [
    "Norway took over its first six K9 howitzers in March. A further batch is not expected this year.",
    "Norway took over its first six K9 howitzers in March. A further batch of spare parts is due next year.",
    "Norway took over its first six K9 howitzers in March. A ruling is expected early next year.",
])
def test_near_misses_of_further_consignments(nlp, text):
    assert ("K9", "PLANNED") not in statuses(events_of(nlp, text))


def test_more_units_after_a_question_is_no_further_consignment(nlp):
    text = "He was asked about the K9 howitzers and whether there are plans to buy more units."
    assert ("K9", "PLANNED") not in statuses(events_of(nlp, text))


@pytest.mark.parametrize("text", [
    "The contract for the Leopard 2 tanks is now official, a spokesman said.",
    "Officials say the Rafale jet deal is a done deal after months of talks.",
])
def test_a_paper_called_settled_is_planned(nlp, text):
    assert statuses(events_of(nlp, text))[-1][1] == "PLANNED"


@pytest.mark.parametrize("text", [
    "The contract for the Leopard 2 tanks is not yet official.",
    "Officials say the Rafale jet deal is far from a done deal.",
    "Critics say the Rafale jet deal is a poor deal for taxpayers.",
])
def test_near_misses_of_settled_papers(nlp, text):
    assert not any(status == "PLANNED" for _, status in statuses(events_of(nlp, text)))
