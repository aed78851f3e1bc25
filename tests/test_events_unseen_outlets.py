"""Event rules from reports of outlets new to the corpus (en_j), on sentences written for them
(hits and near misses): a system accepted from its maker is received (ARRIVED); a unit stood up
with a system deploys it; what a decision leaves at a named place stays stationed there; a
reassigned or rebased system is moved; a launched formation, training received on a system, a
system that brings something else and a system brought into service move nothing; a system named
as another's ancestor is not what a later "the system" takes up; the count of soldiers deployed
names people, not a system mentioned before."""
import pytest

from conftest import event_statuses as statuses
from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


@pytest.mark.parametrize("text,expected", [
    ("The Norwegian navy has accepted its first NASAMS launcher from the manufacturer.", [("NASAMS", "ARRIVED")]),
    ("Chile accepted two more F-16 jets last week.", [("F-16", "ARRIVED")]),
    ("The Marine Corps established its first F-35B squadron at a base in Japan.", [("F-35", "DEPLOYED")]),
    ("Poland formed a new K2 tank battalion in Orzysz.", [("K2", "DEPLOYED")]),
    ("The ministry leaves three Patriot batteries at Amari Air Base in Estonia.", [("Patriot", "DEPLOYED")]),
    ("The army keeps two NASAMS batteries at Rygge Air Station.", [("NASAMS", "DEPLOYED")]),
    ("Most of the Leopard 2 tanks will be reassigned to a base in Lithuania.", [("Leopard 2", "PLANNED")]),
])
def test_a_system_received_stood_up_kept_or_moved(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Germany accepted the request for more IRIS-T launchers.",
    "The squadron was established in 1998 and later flew older jets.",
    "The crews leave the NASAMS launchers for maintenance.",
    "The Patriot batteries left Estonia in May.",
])
def test_near_misses_of_acceptance_formation_and_keeping(nlp, text):
    found = statuses(events_of(nlp, text))
    assert ("IRIS-T SLM", "ARRIVED") not in found and ("NASAMS", "DEPLOYED") not in found
    assert ("Patriot", "DEPLOYED") not in found


@pytest.mark.parametrize("text,expected", [
    ("HIMARS Regiment Launched in Estonia", []),
    ("The army launched a new Patriot battalion last year.", []),
    ("Pilots of the Egyptian air force have received training on the Rafale system in France.", []),
    ("The F-35 brings stealth and advanced sensors to the air force.", []),
    ("The Tor-M2 system was brought into service in 2012.", [("Tor-M2", "DEPLOYED")]),
    # near misses: a battalion that fires missiles, a country that receives the system, a
    # country that brings the system, a system brought to a place
    ("The battalion launched two ATACMS missiles at the bridge.", [("ATACMS", "USED")]),
    ("India has received the S-400 system from Russia.", [("S-400", "ARRIVED")]),
    ("Germany brings its Patriot batteries to Poland.", [("Patriot", "ARRIVED")]),
    ("The Tor-M2 systems were brought to Syria in 2015.", [("Tor-M2", "ARRIVED")]),
])
def test_what_moves_no_system(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The S-400 is a long-range system developed as an upgrade to the older S-300. "
     "The air defence complex was brought into service two years later.", [("S-400", "DEPLOYED")]),
    ("The Hongqi system is a variant of the HQ-9. The system was deployed near the coast in 2019.",
     [("HQ-9", "DEPLOYED")]),
    ("The S-300 was upgraded in 2010. The system was deployed near the port.", [("S-300", "DEPLOYED")]),
])
def test_an_ancestor_is_not_the_system_taken_up(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The brigade is bringing a THAAD battery with it. While the number of soldiers deployed has not "
     "been disclosed, the brigade is among the units sent abroad.", [("THAAD", "IN_TRANSIT")]),
    ("Two Patriot batteries reached Jordan last week. About 300 troops were deployed to operate them.",
     [("Patriot", "ARRIVED")]),
    # near misses: soldiers who deploy the system, a pronoun that takes up the system
    ("Soldiers deployed the Patriot battery near the border.", [("Patriot", "DEPLOYED")]),
    ("Two Patriot batteries reached Jordan last week. They were deployed near the border on Friday.",
     [("Patriot", "ARRIVED"), ("Patriot", "DEPLOYED")]),
])
def test_people_deployed_are_no_system(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("The first K2 tanks arrived at the base on Monday. \"We expect to get 12 by the end of the year,\" "
     "the colonel said.", [("K2", "ARRIVED"), ("K2", "PLANNED")]),
    ("The first F-16 jets landed in Denmark on Monday. Germany will send 12 more to the base next month.",
     [("F-16", "ARRIVED"), ("F-16", "PLANNED")]),
    # near misses: a number that is shot down, a number of other things
    ("Russia launched 40 Shahed drones overnight. The air force said it shot down 35.", [("Shahed-136", "USED")]),
    ("The ministry received 300 requests from the public. It will answer 20 by Friday.", []),
])
def test_a_number_without_its_noun_counts_the_system_named_before(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected
