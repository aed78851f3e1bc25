"""Wordings outlets use for statuses, probed with sentences written for these tests and run
through the whole extraction pipeline; each rule has a near miss that keeps its old reading.
- "departed from Poland" is a withdrawal as "left Poland" is; crews leaving are none;
- a report called false ("reports that the launchers had arrived were false") asserts nothing;
- "Patriot units", "the Rafale detachment" name the system as "batteries" and "jets" do;
- "withdrew its offer to send" takes back a word, and no system moves;
- "confirmed receipt of" is an arrival; "upon receipt of" is a time;
- "the deployment ... is under way" has begun;
- "the first of which arrived", "18 of which have arrived" are parts of the noun before;
- "redeployed from Japan to Guam" has also left Japan (a move within one country leaves none);
- "Taurus missiles to be sent to Ukraine, sources say": a passive infinitive on a system plans it;
- "appealed for F-16 jets to be delivered" asks for them."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def events(nlp, text):
    return sorted((event["subject"], event["status"], event["location"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The two Eurofighter Typhoon jets departed from Poland on Monday morning.",
     [("Eurofighter Typhoon", "WITHDRAWN", "Poland")]),
    ("The six F-16 fighters have left from Amari Air Base.",
     [("F-16", "WITHDRAWN", "Amari")]),
])
def test_departing_from_a_place_withdraws_from_it(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # bound for a destination: a departure, in transit there
    ("Three Gripen jets departed from Sweden for Ukraine late on Tuesday.", [("Gripen", "IN_TRANSIT", "Ukraine")]),
    # crews leaving are no system leaving
    ("The pilots of the F-35 jets departed from Norway after the course.", []),
    ("The pilots of the F-35 jets left Norway after the course.", []),
    # no place left: no status
    ("The Rafale jets departed on time despite the fog.", []),
])
def test_departure_near_misses(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Reports that S-400 batteries had arrived in Algeria were false, the ministry said on Friday.",
    "The report that Taurus missiles were shipped to Kyiv is baseless, a Berlin spokesman said.",
    "Claims that Patriot batteries have been stationed in Moldova are untrue.",
])
def test_a_report_called_false_asserts_nothing(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Reports that S-400 batteries had arrived in Algeria were accurate, the ministry said.",
     [("S-400", "ARRIVED", "Algeria")]),
    # the falsity word is about something else than the report
    ("The S-400 batteries arrived in Algeria, and rumours of a delay were false.",
     [("S-400", "ARRIVED", "Algeria")]),
])
def test_a_report_not_called_false_keeps_its_status(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Berlin has pulled its Patriot units out of Slovakia.", [("Patriot", "WITHDRAWN", "Slovakia")]),
    ("The Rafale detachment left Lithuania at the end of its tour.", [("Rafale", "WITHDRAWN", "Lithuania")]),
    ("A detachment of Typhoon jets landed in Romania on Thursday.", [("Eurofighter Typhoon", "ARRIVED", "Romania")]),
])
def test_a_unit_word_names_the_system(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The patriot unit of volunteers marched through the old town.",
    "The Archer family sold two units of the firm last spring.",
])
def test_a_unit_word_alone_does_not_make_a_weapon(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Oslo withdrew its offer to send NASAMS launchers to Kyiv after the election.",
    "Sofia has withdrawn its request for two more Patriot batteries.",
    "The cabinet withdrew its pledge of Leopard 1 tanks in March.",
])
def test_a_word_taken_back_moves_no_system(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    # the system itself is what is withdrawn
    ("Oslo withdrew its NASAMS launchers from Kyiv after the election.", [("NASAMS", "WITHDRAWN", "Ukraine")]),
])
def test_a_system_withdrawn_keeps_its_withdrawal(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Warsaw confirmed receipt of the last K9 howitzers on Monday.", [("K9", "ARRIVED", None)]),
    ("Riga acknowledged receipt of three more IRIS-T SLM launchers.", [("IRIS-T SLM", "ARRIVED", None)]),
])
def test_a_confirmed_receipt_is_an_arrival(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Warsaw has yet to confirm receipt of the last K9 howitzers.",
    # a status noun in a time phrase is when something else happens, not a status told
    "Upon receipt of the Gripen jets, the crews will start their training.",
    "Upon delivery of the Gripen jets, the crews will start their training.",
])
def test_receipt_unconfirmed_or_as_a_time_is_no_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("The deployment of NASAMS batteries to Estonia is under way.", [("NASAMS", "DEPLOYED", "Estonia")]),
    ("The deployment of Rafale jets to Cyprus is now in progress, the ministry said.", [("Rafale", "DEPLOYED", "Cyprus")]),
    ("The withdrawal of the Patriot batteries from Jordan is underway.", [("Patriot", "WITHDRAWN", "Jordan")]),
])
def test_a_status_noun_under_way_has_begun(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The deployment of NASAMS batteries to Estonia is under review.",
    "The deployment of NASAMS batteries to Estonia is under discussion.",
])
def test_a_status_noun_under_review_has_not_begun(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("The Caesar howitzers, the first of which reached Armenia in June, are now in service.",
     [("Caesar", "ARRIVED", "Armenia"), ("Caesar", "DEPLOYED", "Armenia")]),
    ("Warsaw ordered 48 Chunmoo launchers, 18 of which have arrived in Poland.",
     [("Chunmoo", "ARRIVED", "Poland"), ("Chunmoo", "PLANNED", "Poland")]),
])
def test_a_part_of_which_is_a_part_of_the_noun_before(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Warsaw ordered 48 Chunmoo launchers, none of which have arrived.", [("Chunmoo", "PLANNED", "Poland")]),
])
def test_a_part_of_which_negated_keeps_no_arrival(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Two Patriot batteries were relocated from Qatar to Bahrain in June.",
     [("Patriot", "ARRIVED", "Bahrain"), ("Patriot", "WITHDRAWN", "Qatar")]),
    ("Six F-16 jets were redeployed from Italy to Romania on Monday.",
     [("F-16", "DEPLOYED", "Romania"), ("F-16", "WITHDRAWN", "Italy")]),
])
def test_a_move_between_two_places_leaves_the_first(nlp, text, expected):
    assert sorted(events(nlp, text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # still on the way: not yet gone
    ("Two Patriot batteries are being relocated from Qatar to Bahrain.", [("Patriot", "IN_TRANSIT", "Bahrain")]),
    # no place left named
    ("Six F-16 jets were redeployed to Romania on Monday.", [("F-16", "DEPLOYED", "Romania")]),
    # a move within one country leaves no country
    ("The NASAMS battery was relocated from Klaipeda to Vilnius in May.", [("NASAMS", "ARRIVED", "Lithuania")]),
])
def test_a_move_without_a_place_left_keeps_its_reading(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Storm Shadow missiles to be sent to Kyiv, officials say", [("Storm Shadow", "PLANNED", "Ukraine")]),
    ("NASAMS batteries to be deployed in Estonia, minister says", [("NASAMS", "PLANNED", "Estonia")]),
    ("The Leopard 2 tanks to be delivered to Kyiv will come from Spanish stocks.", [("Leopard 2", "PLANNED", "Ukraine")]),
])
def test_a_passive_infinitive_on_a_system_plans_it(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a relative clause with a tense of its own states the status
    ("The Leopard 2 tanks that were delivered to Kyiv came from Spanish stocks.", [("Leopard 2", "ARRIVED", "Ukraine")]),
    # a use is never planned this way: what the weapon is for
    ("The Harpoon missiles to be fired from the ships are made in the US.", []),
])
def test_a_passive_infinitive_near_misses(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Riga asked for more Piorun launchers to be sent before the winter.", [("Piorun", "REQUESTED")]),
    ("The governor appealed for Patriot batteries to be delivered quickly.", [("Patriot", "REQUESTED")]),
])
def test_asking_for_a_system_to_be_sent_requests_it(nlp, text, expected):
    assert [(subject, status) for subject, status, _ in events(nlp, text)] == expected


@pytest.mark.parametrize("text,expected", [
    # the holder's own wish to give or pull out stays its intent
    ("Cairo wants to sell its Su-35 jets to Algiers.", [("Su-35", "PLANNED")]),
    ("Madrid wants its NASAMS launchers to be pulled out of Latvia.", [("NASAMS", "PLANNED")]),
])
def test_a_wish_to_give_stays_a_plan(nlp, text, expected):
    assert [(subject, status) for subject, status, _ in events(nlp, text)] == expected
