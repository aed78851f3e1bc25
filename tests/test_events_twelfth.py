"""Event rules from the twelfth round, on sentences written for them (hits and near misses):
a list of countries after a destination or place preposition is one event a country ("exported
to Turkey, India and Poland"); a one-letter, one-digit designation written with a hyphen
counts before its whole kind ("K-9 self-propelled howitzer") and alone in a report that names
the system otherwise ("About 600 K-9s")."""
import pytest

from conftest import event_statuses as statuses
from conftest import events_of, events_pipeline


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


def places(nlp, text):
    return [(event["subject"], event["status"], event["location"]) for event in events_of(nlp, text)]


@pytest.mark.parametrize("text,expected", [
    ("About 600 K9 howitzers have been exported to Turkey, India, Poland and Norway.",
     [("K9", "ARRIVED", "Turkey"), ("K9", "ARRIVED", "India"), ("K9", "ARRIVED", "Poland"),
      ("K9", "ARRIVED", "Norway")]),
    ("The US deployed Patriot batteries to Poland and Romania.",
     [("Patriot", "DEPLOYED", "Poland"), ("Patriot", "DEPLOYED", "Romania")]),
    ("The Pentagon will deploy Patriot batteries in Poland, Lithuania and Romania next year.",
     [("Patriot", "PLANNED", "Poland"), ("Patriot", "PLANNED", "Lithuania"), ("Patriot", "PLANNED", "Romania")]),
    # near misses: talks, an origin list, a hypothetical, a negation, cities of one country,
    # a list with no second country
    ("Germany held talks with Poland and Romania about Patriot deliveries.", []),
    ("The HIMARS launchers were shipped from Germany and Poland to Ukraine.", [("HIMARS", "ARRIVED", "Ukraine")]),
    ("Leopard 2 tanks from Germany and Poland arrived in Ukraine.", [("Leopard 2", "ARRIVED", "Ukraine")]),
    ("Germany could send Patriot systems to Poland and Romania.", []),
    ("The US will not deploy THAAD to Japan and South Korea.", []),
    ("The HIMARS launchers arrived in Lviv and Kyiv.", [("HIMARS", "ARRIVED", "Lviv")]),
    ("The F-16 jets were delivered to Ukraine and its allies.", [("F-16", "ARRIVED", "Ukraine")]),
])
def test_a_list_of_countries_is_one_event_a_country(nlp, text, expected):
    assert places(nlp, text) == expected


def test_hyphenated_short_designation_counts_in_a_report_that_names_the_system(nlp):
    text = ("Vietnam will buy the K-9 self-propelled howitzer. The K9 is the best-selling gun of its "
            "kind. Some 500 K-9s have been exported to Egypt and Norway.")
    assert statuses(events_of(nlp, text)) == [("K9", "PLANNED"), ("K9", "ARRIVED"), ("K9", "ARRIVED")]


@pytest.mark.parametrize("text", [
    "Police K-9 units were deployed in Poland.",
    "About 600 K-9s have been sent to Turkey.",
])
def test_hyphenated_short_designation_alone_needs_the_system_named(nlp, text):
    assert events_of(nlp, text) == []


def test_a_lead_description_takes_the_system_named_next_among_several_of_its_kind(nlp):
    text = ("The army received its first operational laser air-defense system on Sunday, the ministry said. "
            "Dubbed Iron Beam, the system intercepts rockets. It will work beside Iron Dome and David's Sling.")
    assert statuses(events_of(nlp, text))[:1] == [("Iron Beam", "ARRIVED")]


def test_a_lead_description_with_two_of_its_kind_next_names_none(nlp):
    text = ("The army received its first operational laser air-defense system on Sunday, the ministry said. "
            "Dubbed Iron Beam, the system will work beside Iron Dome and David's Sling.")
    assert statuses(events_of(nlp, text)) == []


def test_a_lead_description_with_no_system_named_in_the_next_sentence_names_none(nlp):
    text = ("The army received its first operational laser air-defense system on Sunday, the ministry said. "
            "Officials praised the engineers. Iron Beam works beside Iron Dome and David's Sling.")
    assert statuses(events_of(nlp, text)) == []


@pytest.mark.parametrize("text,expected", [
    ("The Iron Beam system will be integrated into the air force of Israel.", [("Iron Beam", "PLANNED")]),
    ("The F-35 jets joined the Polish Air Force in 2024.", [("F-35", "DEPLOYED")]),
    # near misses: a network is no force; people join a force
    ("The Patriot batteries were integrated into the Polish air defence network.", []),
    ("Ukrainian pilots joined the air force to fly F-16 jets.", []),
])
def test_taken_into_a_force_is_in_service(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Qatar bought THAAD batteries in 2012, which became operational in 2017.",
     [("THAAD", "PLANNED"), ("THAAD", "COMBAT_DUTY")]),
    # near misses: the relative clause is about the time; a time clause
    ("Poland ordered Patriot batteries in 2018, which was a record year.", [("Patriot", "PLANNED")]),
    ("The Patriot batteries arrived in March, which is when the war began.", [("Patriot", "ARRIVED")]),
])
def test_a_relative_clause_hung_on_a_time_is_about_the_clause_object(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Ukraine will have F-16 jets next year.", [("F-16", "PLANNED")]),
    ("It is certain that Poland will have its much-delayed F-16s.", [("F-16", "PLANNED")]),
    # near misses: present possession, an obligation, a negation, a hypothetical, people
    ("Ukraine has F-16 jets.", []),
    ("Ukraine will have to wait for the F-16 jets.", []),
    ("Ukraine will not have F-16 jets this year.", []),
    ("Ukraine could have F-16 jets next year.", []),
    ("The pilots will have F-16 jets soon.", []),
])
def test_a_country_that_will_hold_a_system_expects_it(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("If a deal is struck, it would mark the first time the K9 howitzers are exported to Africa.", []),
    ("It could be the first time the K9 howitzers are exported to Africa.", []),
    # near misses: an occasion stated as fact
    ("It marked the first time the K9 howitzers were exported to Africa.", [("K9", "ARRIVED")]),
    ("This is the first time the F-16 jets have arrived in Ukraine.", [("F-16", "ARRIVED")]),
])
def test_the_occasion_a_conditional_names_is_hypothetical(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Finland, Norway and Poland are among the users of the K9 howitzer.",
     [("K9", "ARRIVED", "Finland"), ("K9", "ARRIVED", "Norway"), ("K9", "ARRIVED", "Poland")]),
    ("Other users of K9 howitzers include Turkey, Poland and India.",
     [("K9", "ARRIVED", "Turkey"), ("K9", "ARRIVED", "Poland"), ("K9", "ARRIVED", "India")]),
    ("Turkey, India and Poland have received K9 howitzers.",
     [("K9", "ARRIVED", "Turkey"), ("K9", "ARRIVED", "India"), ("K9", "ARRIVED", "Poland")]),
    ("Turkey, India and Poland plan to buy K9 howitzers.",
     [("K9", "PLANNED", "Turkey"), ("K9", "PLANNED", "India"), ("K9", "PLANNED", "Poland")]),
    ("The K9 howitzers have been ordered by Turkey, India and Poland.",
     [("K9", "PLANNED", "Turkey"), ("K9", "PLANNED", "India"), ("K9", "PLANNED", "Poland")]),
    # near misses: suppliers, talks, a possibility, users that are no places
    ("Denmark, Norway and Belgium will provide Ukraine with F-16 jets.", [("F-16", "PLANNED", "Ukraine")]),
    ("Turkey and India held talks about K9 howitzers.", []),
    ("Turkey and India could buy K9 howitzers.", []),
    ("The users of the K9 include several armies.", []),
])
def test_a_list_of_holder_countries_is_one_event_a_country(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Poland will sell three squadrons of Krab howitzers to Ukraine.", [("Krab", "PLANNED", "Ukraine")]),
    ("The K9 howitzers have been sold to Turkey, Norway and Estonia.",
     [("K9", "PLANNED", "Turkey"), ("K9", "PLANNED", "Norway"), ("K9", "PLANNED", "Estonia")]),
    # near misses: a refusal, a possibility, a negation, a product that sells
    ("Russia refused to sell S-400 systems to Iran.", []),
    ("Russia could sell S-400 systems to Iran.", []),
    ("Russia has not sold S-400 systems to Iran.", []),
    ("The K9 howitzer sold well in Europe.", []),
])
def test_a_sale_is_a_plan_of_delivery(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The deployment of the S-400 in Belarus is complete.", [("S-400", "DEPLOYED")]),
    ("Shipments of the Patriot interceptors have resumed.", [("Patriot", "IN_TRANSIT")]),
    ("The handover of the Gripen jets took place on Monday.", [("Gripen", "ARRIVED")]),
    # near misses: a negation, a question, a ceremony for people (one held for a handover
    # marks the handover: tests/test_events_fourth_reading.py)
    ("The deployment of the S-400 in Belarus is not complete.", []),
    ("Is the deployment of the S-400 in Belarus complete?", []),
    ("The ceremony for the Gripen pilots was held on Monday.", []),
])
def test_a_status_noun_said_done_resumed_or_taking_place(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Has the S-400 been deployed in Belarus?", []),
    ("Will the F-16 jets arrive in Ukraine this year?", []),
    ("Why were the F-16 jets delivered so late?", []),
    # near misses: statements, a question before a statement
    ("The S-400 has been deployed in Belarus.", [("S-400", "DEPLOYED")]),
    ("Where are the F-16 jets? They arrived in Ukraine in July.", [("F-16", "ARRIVED")]),
])
def test_a_direct_question_states_no_status(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


LONG_QUOTE = ('The Philippines received more BrahMos missile systems. Officials met on Monday. Sites were chosen. '
              'Teodoro spoke. "Those were ordered long ago. We prepared. We caught up. Now that they are arriving, '
              'we will do what is needed," he said.')


def test_they_in_a_quotation_about_the_one_system_named_refers_to_it(nlp):
    quoted = ('Those were ordered long ago. We prepared. We caught up. Now that they are arriving, '
              'we will do what is needed,')
    events = events_of(nlp, LONG_QUOTE, quotes=[(quoted, "Teodoro")])
    assert ("BrahMos", "IN_TRANSIT") in statuses(events)


def test_they_outside_a_quotation_far_from_the_name_refers_to_nothing(nlp):
    assert ("BrahMos", "IN_TRANSIT") not in statuses(events_of(nlp, LONG_QUOTE))


def test_they_in_a_quotation_after_two_systems_named_refers_to_nothing(nlp):
    text = LONG_QUOTE.replace("more BrahMos missile systems", "more BrahMos and HIMARS systems")
    quoted = ('Those were ordered long ago. We prepared. We caught up. Now that they are arriving, '
              'we will do what is needed,')
    assert not any(status == "IN_TRANSIT" for _, status in statuses(events_of(nlp, text, quotes=[(quoted, "T")])))


@pytest.mark.parametrize("text,expected", [
    ("According to officials, the deployment of the THAAD system aims to protect vital infrastructure.", []),
    ("The THAAD deployment is intended to deter Iran.", []),
    # near misses: the plan of the noun's own event, or of a stage of it
    ("The deployment of the THAAD system is planned for May.", [("THAAD", "PLANNED")]),
    ("The deployment of the THAAD system is planned to begin in May.", [("THAAD", "PLANNED")]),
    ("The delivery of the F-16 jets is expected to take place in May.", [("F-16", "PLANNED")]),
])
def test_a_status_noun_that_serves_a_purpose_is_no_plan(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Qatar signed a deal with a US firm to build parts for the THAAD system.", []),
    ("Poland signed a contract to produce Piorun missiles.", []),
    # near misses: papers that plan a transfer or a purchase
    ("Poland signed a contract to supply 32 F-35 jets to its army.", [("F-35", "PLANNED")]),
    ("India signed a contract with Russia to acquire S-400 systems.", [("S-400", "PLANNED")]),
    ("Poland signed a contract for 32 F-35 jets.", [("F-35", "PLANNED")]),
])
def test_a_paper_for_other_work_plans_no_delivery(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("It is important to deliver the Patriot systems to Ukraine.", []),
    ("It is necessary to deploy the S-400 in Crimea.", []),
    # near misses: a decision, a plan, a readiness
    ("It was decided to deploy the S-400 in Crimea.", [("S-400", "PLANNED")]),
    ("It is planned to deploy the S-400 in Crimea.", [("S-400", "PLANNED")]),
    ("Poland is ready to deploy the Patriot batteries.", [("Patriot", "PLANNED")]),
])
def test_an_infinitive_judged_by_an_adjective_is_no_plan(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a referential "it": a raising adjective, a passive or intransitive infinitive, an
    # adjective's own complement, a conjunct with its own subject
    ("The S-400 system was shipped from Russia. It is due to arrive in Turkey next month.",
     [("S-400", "ARRIVED"), ("S-400", "PLANNED")]),
    ("Poland ordered the K2 tank. It is certain to be delivered in December.",
     [("K2", "PLANNED"), ("K2", "PLANNED")]),
    ("The army has trained its crews. It is eager to receive the Abrams tanks.", [("Abrams", "PLANNED")]),
    ("It is important to strengthen air defence, and the first Patriot battery arrived in Poland on Monday.",
     [("Patriot", "ARRIVED")]),
    # still judgments: the infinitive on the copula, with its own object
    ("It is essential to deploy the S-400 system in Crimea.", []),
    ("She said it was vital to equip the units with the Patriot batteries.", []),
])
def test_a_referential_it_keeps_its_infinitive(nlp, text, expected):
    assert statuses(events_of(nlp, text)) == expected
