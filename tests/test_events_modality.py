"""Modality and count of status events: a clause of its own in one sentence (an absolute
with-clause, a further quantity with a time of its own), a comparison with a plan ("as
promised") that states nothing, on sentences written for them (hits and near misses)."""
import pytest

from conftest import events_pipeline, locate


@pytest.fixture(scope="module")
def nlp():
    return events_pipeline()


def dated_events(nlp, text, timexes=(), dct="2025-03-01"):
    """(subject, status, date) of the events of ``text`` reported on ``dct``, with timexes
    given as (substring, value)."""
    doc = nlp.make_doc(text)
    doc._.dct = dct
    for name, component in nlp.pipeline:
        if name == "claimledger_events":
            doc._.timexes = [{"span": locate(text, part), "type": "DATE", "value": value} for part, value in timexes]
            doc._.quotes = []
        doc = component(doc)
    return sorted(((event["subject"], event["status"], event["date"]) for event in doc._.events),
                  key=lambda event: (event[0], event[1], event[2] or ""))


@pytest.mark.parametrize("text,timexes,expected", [
    # an absolute clause with a status of its own is an event of its own
    ("The ministry announced that Norway would hand over to Ukraine six NASAMS air defence "
     "systems, with three of them "
     "expected to arrive in the coming weeks.", [("the coming weeks", "FUTURE_REF")],
     [("NASAMS", "PLANNED", None), ("NASAMS", "PLANNED", "FUTURE_REF")]),
    ("The first Gripen jet is set to be handed over in 2019, with the whole order received by 2026.",
     [("2019", "2019"), ("2026", "2026")], [("Gripen", "PLANNED", "2019"), ("Gripen", "PLANNED", "2026")]),
    ("Spain will send six Leopard 2 tanks, with four more expected to arrive in June.", [("June", "2025-06")],
     [("Leopard 2", "PLANNED", None), ("Leopard 2", "PLANNED", "2025-06")]),
    # near misses: the argument of "equipped with", a participle that only places the systems
    # of a plan, a clause that names the target of a strike
    ("NASAMS will be deployed near Bergen, with one located in the north of the city and the other "
     "on the coast.", [], [("NASAMS", "PLANNED", None)]),
    ("Russia fired 20 Kalibr missiles at Kyiv, with air defences intercepting most of them.", [],
     [("Kalibr", "USED", None)]),
])
def test_an_absolute_clause_states_its_own_status(nlp, text, timexes, expected):
    assert dated_events(nlp, text, timexes) == expected


@pytest.mark.parametrize("text,timexes,expected", [
    ("Norway plans to provide Kyiv with three F-16 jets this year, with another three to follow "
     "next year.", [("this year", "2025"), ("next year", "2026")],
     [("F-16", "PLANNED", "2025"), ("F-16", "PLANNED", "2026")]),
    ("Kyiv received twelve Leopard 2 tanks last year, with another six to follow next year.",
     [("last year", "2024"), ("next year", "2026")],
     [("Leopard 2", "ARRIVED", "2024"), ("Leopard 2", "PLANNED", "2026")]),
    ("Next year another 6 F-16 jets will fly to Ukraine and in 2026 another 4.",
     [("Next year", "2025"), ("2026", "2026")], [("F-16", "PLANNED", "2025"), ("F-16", "PLANNED", "2026")]),
    ("Germany delivered ten Leopard 2 tanks in 2023 and another five in 2024.",
     [("2023", "2023"), ("2024", "2024")], [("Leopard 2", "ARRIVED", "2023"), ("Leopard 2", "ARRIVED", "2024")]),
    # near misses: a further quantity without a time of its own is the same stage; a status
    # verb of the absolute clause decides for itself
    ("Germany delivered ten Leopard 2 tanks and another five.", [], [("Leopard 2", "ARRIVED", None)]),
    ("The Netherlands sent 18 F-16 jets, with the remaining six used for training.", [],
     [("F-16", "ARRIVED", None)]),
])
def test_a_further_quantity_with_its_own_time_is_another_event(nlp, text, timexes, expected):
    assert dated_events(nlp, text, timexes) == expected


@pytest.mark.parametrize("text,expected", [
    ('The minister said the Leopard 2 tanks "made it into the hands of the Kyiv brigades as promised".', []),
    ("The F-16 jets arrived in Ukraine as planned.", [("F-16", "ARRIVED", None)]),
    ("The Patriot batteries were deployed as agreed.", [("Patriot", "DEPLOYED", None)]),
    # near misses: a plan with a subject of its own, and one the clause states
    ("As Germany promised, the Leopard 2 tanks will arrive in Ukraine.", [("Leopard 2", "PLANNED", None)]),
    ("As promised, Germany will deliver four Leopard 2 tanks.", [("Leopard 2", "PLANNED", None)]),
])
def test_a_comparison_with_a_plan_states_no_plan(nlp, text, expected):
    assert dated_events(nlp, text) == expected


@pytest.mark.parametrize("text,timexes,expected", [
    ("The first Leopard 2 tanks arrived last week and more will follow in April.",
     [("last week", "2025-W08"), ("April", "2025-04")],
     [("Leopard 2", "ARRIVED", "2025-W08"), ("Leopard 2", "PLANNED", "2025-04")]),
    # near miss: a verb of its own states its own status
    ("The first Leopard 2 tanks arrived last week and more are on their way.", [("last week", "2025-W08")],
     [("Leopard 2", "ARRIVED", "2025-W08"), ("Leopard 2", "IN_TRANSIT", None)]),
])
def test_more_to_follow_is_a_further_event(nlp, text, timexes, expected):
    assert dated_events(nlp, text, timexes) == expected


@pytest.mark.parametrize("text,timexes,expected", [
    ("18 TB2 drones were supplied within the scope of a contract signed with the Latvian army "
     "in 2021.", [("2021", "2021")], [("Bayraktar TB2", "ARRIVED", None), ("Bayraktar TB2", "PLANNED", "2021")]),
    ("The K9 howitzers arrived under a deal signed in 2022.", [("2022", "2022")],
     [("K9", "ARRIVED", None), ("K9", "PLANNED", "2022")]),
    # near misses: a paper given up; a paper named with no signing; a plan under a plan is one
    # plan, dated by its paper when it names no time of its own
    ("The contract for 24 TB2 drones signed in 2021 was cancelled.", [("2021", "2021")], []),
    ("The K9 howitzers arrived under the deal.", [], [("K9", "ARRIVED", None)]),
    ("The K9 howitzers will be delivered under a deal signed in 2022.", [("2022", "2022")], [("K9", "PLANNED", "2022")]),
])
def test_a_signed_paper_beside_a_status_is_a_plan(nlp, text, timexes, expected):
    assert dated_events(nlp, text, timexes) == expected


@pytest.mark.parametrize("text,expected", [
    ("The schedule calls for the delivery of 12 F-16 jets.", [("F-16", "PLANNED", None)]),
    ("The contract calls for the delivery of 12 F-16 jets.", [("F-16", "PLANNED", None)]),
    # near misses: a request by a country; a negation
    ("Ukraine called for the delivery of F-16 jets.", [("F-16", "REQUESTED", None)]),
    ("The schedule does not call for the delivery of F-16 jets.", []),
])
def test_a_paper_that_calls_for_a_status_plans_it(nlp, text, expected):
    assert dated_events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Abrams tanks are now in Ukraine and are preparing to strengthen our units.",
     [("Abrams", "ARRIVED", None), ("Abrams", "PLANNED", None)]),
    ("The Patriot battery is preparing to move to the front.", [("Patriot", "PLANNED", None)]),
    # near misses: a country preparing; a status of its own under the preparation
    ("Kyiv is preparing to defend the city with Patriot systems.", []),
    ("Ukraine is preparing to receive F-16 jets.", [("F-16", "PLANNED", None)]),
])
def test_a_system_preparing_to_act_is_a_plan(nlp, text, expected):
    assert dated_events(nlp, text) == expected


def test_a_signed_paper_under_a_plan_of_another_date_is_the_same_plan(nlp):
    text = ("On January 12, BAE Systems received a contract to provide 145 M777 howitzers to the Indian military "
            "under the US-Indian deal, signed in November 2016.")
    assert dated_events(nlp, text, [("January 12", "2017-01-12"), ("November 2016", "2016-11")]) == [
        ("M777", "PLANNED", "2017-01-12")]


@pytest.mark.parametrize("text,expected", [
    # a "would" that reports a "will": a plan
    ("Scholz said Germany would send Leopard 2 tanks to Ukraine.", [("Leopard 2", "PLANNED", None)]),
    ("The Leopard 2 tanks would arrive in Ukraine in May, the ministry said.", [("Leopard 2", "PLANNED", None)]),
    ("Taiwan had expressed confidence that the first F-16 jets would be delivered soon.", [("F-16", "PLANNED", None)]),
    ("According to the ministry, the F-16 jets would arrive soon.", [("F-16", "PLANNED", None)]),
    ("The minister would not discuss the Storm Shadow missiles which Britain confirmed it would send to Kyiv.",
     [("Storm Shadow", "PLANNED", None)]),
    # near misses: a "would" of the author's own, a hypothetical, a conditional
    ("Germany would send more Leopard 2 tanks.", []),
    ("Sending Taurus missiles would be an escalation.", []),
    ("Germany would send Taurus missiles if the US agreed.", []),
])
def test_would_plans_only_when_reported(nlp, text, expected):
    assert [event[:2] for event in dated_events(nlp, text)] == [event[:2] for event in expected]


@pytest.mark.parametrize("text", [
    "India hopes to induct the first 10 MQ-9B drones within two years of the contract being signed.",
    "India hopes to induct the first 10 MQ-9B drones under a contract signed in 2024.",
    "The K9 howitzers did not arrive under the deal signed in 2022.",
])
def test_a_signed_paper_under_a_wish_or_a_negation_is_no_plan(nlp, text):
    assert dated_events(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Germany sent engineers to Poland to install the Patriot systems.", [("Patriot", "PLANNED", None)]),
    ("Russia moved troops to Belarus to station Iskander-M launchers near the border.", [("Iskander", "PLANNED", None)]),
    # near misses: the status of the main clause with a purpose of its own; a use; a rank
    ("Germany deployed Patriot systems to protect Polish airspace.", [("Patriot", "DEPLOYED", None)]),
    ("Russia fired Kalibr missiles to hit the power grid.", [("Kalibr", "USED", None)]),
    ("Doha is now the third Gulf state, after Riyadh and Abu Dhabi, to field the THAAD system.",
     [("THAAD", "DEPLOYED", None)]),
])
def test_an_infinitive_of_purpose_is_a_plan(nlp, text, expected):
    assert dated_events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Algeria to become 2nd African country to operate Russia's Su-35 jet", [("Su-35", "PLANNED", None)]),
    ("Egypt will become the first Arab country to operate the Su-35.", [("Su-35", "PLANNED", None)]),
    # near misses: a past becoming states no plan; a skill
    ("Egypt became the first Arab country to operate the Su-35.", []),
    ("Egyptian pilots were trained to operate the Su-35.", []),
])
def test_a_headline_or_future_operator_is_a_plan(nlp, text, expected):
    assert dated_events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Wallace suggested the Storm Shadow missiles could help provide some of the same capability.", []),
    ("Germany could help Ukraine receive more Patriot systems.", []),
    # near misses: a future or a past of helping states the status
    ("Germany will help deliver Patriot systems to Ukraine.", [("Patriot", "PLANNED", None)]),
    ("The US helped deliver Patriot systems to Ukraine.", [("Patriot", "ARRIVED", None)]),
])
def test_a_bare_infinitive_under_a_possibility_is_none(nlp, text, expected):
    assert dated_events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "once" orders the main clause's status after another, which it does not state; "as soon as"
    # states both
    ("Once the F-35 jets arrive, Belgium will send its F-16 jets to Ukraine.", [("F-16", "PLANNED", None)]),
    ("The deliveries will augment the defences once the BrahMos systems are operationalised.", []),
    ("As soon as the F-35 jets arrive, Belgium will send its F-16 jets to Ukraine.",
     [("F-16", "PLANNED", None), ("F-35", "PLANNED", None)]),
    # near misses: conditions, an inverted condition, a hypothetical, a negation, a wish
    ("If approved, the F-16 jets will arrive in Ukraine next year.", []),
    ("Were the US to send ATACMS missiles, Russia would respond.", []),
    ("Should Germany decide to send Taurus missiles, they would arrive within weeks.", []),
    ("The Patriot systems will arrive only if Congress approves the package.", []),
    ("Germany might send more Leopard 2 tanks.", []),
    ("Berlin ruled out sending Taurus missiles.", []),
    ("Ukraine hopes to receive the first F-16 jets in spring.", []),
])
def test_a_time_clause_plans_and_a_condition_does_not(nlp, text, expected):
    assert dated_events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("He objects to sending Taurus missiles to Ukraine.", []),
    ("The Germans refrained from sending Taurus missiles.", []),
    # near miss: a gerund of a commitment plans
    ("The US has committed to sending a Patriot system.", [("Patriot", "PLANNED", None)]),
])
def test_a_gerund_refused_states_nothing(nlp, text, expected):
    assert dated_events(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The Dutch army will be the first to deploy its Patriot batteries.", [("Patriot", "PLANNED", None)]),
    ("The Dutch army will be the first to have its Patriot batteries in place.", [("Patriot", "PLANNED", None)]),
    # near miss: a past rank states the status
    ("The Dutch army was the first to deploy its Patriot batteries.", [("Patriot", "DEPLOYED", None)]),
])
def test_a_rank_to_come_is_a_plan(nlp, text, expected):
    assert dated_events(nlp, text) == expected
