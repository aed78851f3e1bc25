"""Event precision on fresh reports: sentence shapes that gave false events on reports no rule
was written from (a commitment read as a delivery, a direct object the parser hung on the
wrong verb, a missile's debris read as its use), as near misses beside the true shapes kept."""
import pytest

from conftest import event_statuses as statuses
from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


def run(nlp, text):
    return statuses(events_of(nlp, text))


@pytest.mark.parametrize("text,expected", [
    # near misses: a commitment to a transfer is a plan, not a delivery
    ("Additionally, the US has committed to sending a MIM-104 Patriot air defence system.",
     [("Patriot", "PLANNED")]),
    ("Berlin is committed to providing Patriot systems to Ukraine.", [("Patriot", "PLANNED")]),
    ("Germany agreed to sending two IRIS-T systems to Ukraine.", [("IRIS-T SLM", "PLANNED")]),
    # kept: a delivery, and a verb that commits to nothing
    ("Germany has delivered a Patriot air defense system to Ukraine.", [("Patriot", "ARRIVED")]),
    ("The US has sent a Patriot battery to Ukraine.", [("Patriot", "ARRIVED")]),
])
def test_a_commitment_to_a_transfer_is_a_plan(nlp, text, expected):
    assert run(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # near miss: the list after the purpose clause is what it hit, not what was deployed
    ('In retaliation, Russia deployed "high-precision, long-range weapons" to hit a Ukrainian military '
     'intelligence command center, Neptune missile production sites, and U.S.-made Patriot air defense '
     'systems.', []),
    # kept: the system deployed, and used for the strike its purpose clause names
    ("Russia deployed Iskander missiles to strike a command center.",
     [("Iskander", "DEPLOYED"), ("Iskander", "USED")]),
    ("The US deployed HIMARS launchers to Jordan.", [("HIMARS", "DEPLOYED")]),
])
def test_a_second_object_after_a_clause_is_that_clauses(nlp, text, expected):
    assert sorted(run(nlp, text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # near misses: what falls of a downed missile hits; the missile was not used on it
    ("Russia fired a Kinzhal missile at Kyiv. Klichko said the missile fragments hit residential buildings.",
     [("Kinzhal", "USED")]),
    ("Debris of a Kinzhal missile hit a school in Kyiv.", []),
    # kept: the missile itself hits
    ("Russia fired a Kinzhal missile at Kyiv. Klichko said the missile hit residential buildings.",
     [("Kinzhal", "USED"), ("Kinzhal", "USED")]),
    ("A Kinzhal missile hit a school in Kyiv.", [("Kinzhal", "USED")]),
])
def test_debris_hitting_is_no_use(nlp, text, expected):
    assert run(nlp, text) == expected
