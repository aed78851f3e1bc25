"""Event rules for phrasings of outlets the corpora do not hold (activity in the fighting,
landings, scheduled "should", passive strike targets, designations with numbers, generic
descriptions of vehicles and aircraft, a promise's receiver), on sentences written for them."""
import pytest

from conftest import events_of, events_pipeline
from conftest import event_statuses as statuses


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


def run(nlp, text, *, timexes=()):
    return events_of(nlp, text, timexes=timexes)


@pytest.mark.parametrize("text,expected", [
    ("The Bradley vehicles have reached Ukraine and are taking part in the fighting.",
     [("Bradley", "ARRIVED"), ("Bradley", "USED")]),
    ("Ukraine has formally begun missions using F-16 jets.", [("F-16", "USED")]),
    ("Ukrainian pilots conduct their first combat flights with F-16s.", [("F-16", "USED")]),
    ("The F-16s are now flying combat missions over the south.", [("F-16", "USED")]),
    ("The Leopard 2 tanks participated in the counteroffensive.", [("Leopard 2", "USED")]),
    ("The Abrams tanks were seen in battle just a few days ago.", [("Abrams", "USED")]),
    # near misses: training and test flights, a negation, a plan, a battle that is not a use
    ("Ukrainian pilots conduct training flights with F-16s in Romania.", []),
    ("The Bradley vehicles have not yet taken part in combat operations.", []),
    ("The F-16s will fly combat missions from next year.", [("F-16", "PLANNED")]),
    ("The Abrams tanks could take part in the coming battles.", []),
    ("The battle for Avdiivka showed why the Abrams tanks matter.", []),
])
def test_activity_in_the_fighting_is_a_use(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected,location", [
    ("The five Rafale fighter jets have safely landed at the air base in Ambala.", [("Rafale", "ARRIVED")], "Ambala"),
    ("The Gripen jets touched down at Kecskemet air base in Hungary.", [("Gripen", "ARRIVED")], None),
    ("The BrahMos missiles reached an air base in Manila on Sunday.", [("BrahMos", "ARRIVED")], None),
])
def test_landing_or_reaching_a_base_is_an_arrival(nlp, text, expected, location):
    events = run(nlp, text)
    assert statuses(events) == expected
    if location:
        assert events[0]["location"] == location


@pytest.mark.parametrize("text", [
    "The Rafale pilots landed a contract with Dassault.",     # no place: not an arrival
    "The Gripen jets could land at civilian airports.",      # a possibility
])
def test_landing_without_a_place_or_as_a_possibility_is_no_arrival(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("The rest of the Abrams tanks should be delivered in 2025.", [("Abrams", "PLANNED")]),
    ("The Marder vehicles should arrive in Ukraine by late May.", [("Marder", "PLANNED")]),
    # near misses: "should" without a time is advice or a possibility; a condition stays none
    ("The Abrams tanks should be delivered quickly.", []),
    ("Western allies say the Marder vehicles should arrive in Ukraine.", []),
])
def test_should_with_a_time_is_a_schedule(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_passive_strike_subject_is_the_target(nlp):
    events = run(nlp, "Kharkiv was hit by KAB bombs on Wednesday.")
    assert statuses(events) == [("KAB", "USED")] and events[0]["location"] == "Kharkiv"


@pytest.mark.parametrize("text,expected", [
    ("Russian terrorists have again hit Kharkiv with guided aerial bombs.", [("KAB", "USED")]),
    # a plain "guided bomb" or "glide bomb" is any air force's: no KAB unless the text names it
    ("Ukrainian jets used US-made JDAM-ER glide bombs against Russian positions.",
     [("JDAM", "USED")]),
    ("Israeli jets struck Gaza with guided bombs supplied by the United States.", []),
])
def test_only_named_guided_bombs_are_the_kab(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


def test_a_designation_number_is_no_date(nlp):
    text = "France delivered the first batch of Mirage 2000-5 fighter jets to Ukraine."
    events = run(nlp, text, timexes=[("2000", "DATE", "2000")])
    assert statuses(events) == [("Mirage 2000", "ARRIVED")] and events[0]["date"] is None


@pytest.mark.parametrize("text,expected", [
    ("The M2 Bradley vehicles have arrived. In total, Washington promised Ukraine 90 vehicles.",
     [("Bradley", "ARRIVED"), ("Bradley", "PLANNED")]),
    ("The F-16 jets arrived in July. The planes are now flying combat missions.",
     [("F-16", "ARRIVED"), ("F-16", "USED")]),
    ("Denmark will send F-16 jets. Denmark has decided to transfer 19 fighters.",
     [("F-16", "PLANNED"), ("F-16", "PLANNED")]),
    # near miss: a vehicle description does not take up an aircraft
    ("The F-16 jets arrived in July. Russia struck 40 vehicles near Bakhmut.", [("F-16", "ARRIVED")]),
])
def test_vehicles_and_planes_take_up_the_system_named(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "In total, the USA promised Ukraine 113 Bradley vehicles.",
    "The M2 Bradley vehicles are coming. The USA promised Ukraine 113 vehicles.",
])
def test_receiver_of_a_promise_is_the_place(nlp, text):
    events = run(nlp, text)
    assert [event["location"] for event in events if event["status"] == "PLANNED"] == ["Ukraine"]


@pytest.mark.parametrize("text,expected", [
    ("Ukraine announced the arrival of its first batch of French Mirage 2000 fighter jets.",
     [("Mirage 2000", "ARRIVED")]),
    ("Taiwan announces arrival of new NASAMS systems from the US by year end.", [("NASAMS", "PLANNED")]),
    # near misses: an announced transfer is not counted; a denied announcement states nothing
    ("Berlin first announced the transfer of Patriot batteries to Kyiv in January 2023.", []),
    ("Russia did not announce the arrival of Iskander missiles.", []),
])
def test_an_announced_arrival_is_an_arrival(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Mechanics would check the Gripen fighters again before they are used.", []),
    ("The F-16 jets will be sent to the front when they are delivered.", [("F-16", "PLANNED")]),
    # near miss: a past temporal clause states its use
    ("The Storm Shadow missiles were delivered before they were used against Crimea.",
     [("Storm Shadow", "ARRIVED"), ("Storm Shadow", "USED")]),
])
def test_a_use_in_a_temporal_clause_under_a_future_is_none(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected


@pytest.mark.parametrize("text,expected,location", [
    ("Marder IFVs from Berlin en route to Ukraine", [("Marder", "IN_TRANSIT")], "Ukraine"),
    ("The first two Gepards came from Germany this morning.", [("Gepard", "ARRIVED")], None),
    ("The Rafale jets touched down at Ambala airbase on Wednesday.", [("Rafale", "ARRIVED")], "Ambala"),
    ("The Su-35 jets arrived at the Hmeimim air base.", [("Su-35", "ARRIVED")], "Hmeimim"),
    # a base named by two words keeps both, not its qualifier ("Air", "Naval")
    ("The Patriot batteries were moved to Prince Sultan Air Base on Monday.", [("Patriot", "ARRIVED")],
     "Prince Sultan"),
    ("The Pentagon deployed a pair of Patriot batteries at Prince Sultan Air Base.", [("Patriot", "DEPLOYED")],
     "Prince Sultan"),
    ("Four Typhoon jets landed at Al Udeid Air Base on Monday.", [("Eurofighter Typhoon", "ARRIVED")], "Al Udeid"),
    ("The Patriot batteries were deployed at an Indian Air Force base.", [("Patriot", "DEPLOYED")], "India"),
    # near misses: a direction is no origin; an owner's adjective still names the country
    ("The Shahed drones came from the direction of the sea.", [], None),
    ("The Patriot batteries were deployed at a Turkish air base.", [("Patriot", "DEPLOYED")], "Turkey"),
])
def test_verbless_transit_arrival_from_a_country_and_named_bases(nlp, text, expected, location):
    events = run(nlp, text)
    assert statuses(events) == expected
    if location:
        assert events[0]["location"] == location


@pytest.mark.parametrize("text,expected", [
    ("The Abrams tanks arrived in Taiwan on Sunday. The rest should be delivered during 2025 and 2026.",
     [("Abrams", "ARRIVED"), ("Abrams", "PLANNED")]),
    # near miss: "the rest of" names what it is the rest of
    ("The Abrams tanks arrived in Taiwan on Sunday. The rest of the world should be watching in 2025.",
     [("Abrams", "ARRIVED")]),
])
def test_the_rest_is_the_remainder_of_the_system_named(nlp, text, expected):
    assert statuses(run(nlp, text)) == expected
