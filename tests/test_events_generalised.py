"""Event rules written for classes of wording rather than single sentences, each tried on
several wordings and near misses: a system's share in blunting, foiling or intercepting an
attack is its use; a ship or a column entering a port or a town arrives; a ship class is
named after its first ship; a chopper, a destroyer, a frigate or an attack submarine refers
back to the system of that kind; getting to a place is arriving there, passing through one a
transit; an acquisition in the passive, an effort or a bid to acquire, a pronoun to be
accepted and the systems a copula lists after "to be delivered" are plans; an upgrade
received and capabilities brought move no system; operating from a base or a ship is being
stationed there."""
import pytest

from conftest import event_statuses as statuses


@pytest.fixture(scope="module")
def nlp():
    from claimledger.extract import build_pipeline
    return build_pipeline()


def full_events(nlp, text, dct="2025-06-04"):
    from claimledger.extract.records import prepare_doc
    from claimledger.schema import Document
    return nlp(prepare_doc(nlp, Document(id="t", text=text, dct=dct)))._.events


def found(nlp, text):
    return statuses(full_events(nlp, text))


@pytest.mark.parametrize("text,expected", [
    ("The NASAMS batteries were crucial in thwarting the night raid on the capital.", ("NASAMS", "USED")),
    ("Patriot batteries played a decisive role in intercepting the barrage over Kyiv.", ("Patriot", "USED")),
    ("Air defences, among them the Akash missile system, were instrumental in blunting a later wave of drones.",
     ("Akash", "USED")),
    ("The Iron Dome batteries were vital in foiling the rocket salvo from the north.", ("Iron Dome", "USED")),
])
def test_a_share_in_blunting_or_intercepting_an_attack_is_a_use(nlp, text, expected):
    assert expected in found(nlp, text)


def test_a_role_in_training_is_no_use(nlp):
    assert ("IRIS-T SLM", "USED") not in found(nlp, "The IRIS-T SLM crews were key in training new operators.")


@pytest.mark.parametrize("text,expected", [
    ("Two Kilo-class submarines pulled into the port of Tartus on Friday.", ("Kilo-class submarine", "ARRIVED")),
    ("A column of Leopard 2 tanks rolled into the town of Orikhiv at dawn.", ("Leopard 2", "ARRIVED")),
    ("The Arleigh Burke-class destroyer sailed into Souda Bay after a week at sea.",
     ("Arleigh Burke-class destroyer", "ARRIVED")),
])
def test_entering_a_port_or_a_town_is_an_arrival(nlp, text, expected):
    assert expected in found(nlp, text)


def test_pulled_out_still_withdraws(nlp):
    assert found(nlp, "The Patriot batteries were pulled out of Jordan in June.") == [("Patriot", "WITHDRAWN")]


@pytest.mark.parametrize("text,expected", [
    ("HMAS Hobart arrived in Pearl Harbor on Monday for the exercise.", ("Hobart-class destroyer", "ARRIVED")),
    ("USS Arleigh Burke pulled into Rota over the weekend.", ("Arleigh Burke-class destroyer", "ARRIVED")),
    ("JS Kongo was deployed to the Sea of Japan last week.", ("Kongo-class destroyer", "DEPLOYED")),
])
def test_a_class_is_named_after_its_first_ship(nlp, text, expected):
    assert expected in found(nlp, text)


def test_the_admiral_is_no_ship(nlp):
    assert found(nlp, "Admiral Arleigh Burke arrived in Washington in 1955.") == []


@pytest.mark.parametrize("text,expected", [
    ("Greece bought three FREMM frigates. The first frigate arrived in Piraeus in May.",
     [("FREMM", "PLANNED"), ("FREMM", "ARRIVED")]),
    ("Egypt ordered 12 AH-64 Apache helicopters. The first four choppers landed at Cairo West on Sunday.",
     [("AH-64 Apache", "PLANNED"), ("AH-64 Apache", "ARRIVED")]),
    ("Japan bought a further Atago-class destroyer. The destroyer reached Maizuru on Tuesday.",
     [("Atago-class destroyer", "PLANNED"), ("Atago-class destroyer", "ARRIVED")]),
])
def test_a_kind_noun_refers_back_to_the_system_of_that_kind(nlp, text, expected):
    assert found(nlp, text) == expected


def test_the_submarine_is_not_its_missile(nlp):
    text = "The Bulava was launched from the White Sea. The submarine returned to Severodvinsk on Friday."
    assert ("Bulava", "WITHDRAWN") not in found(nlp, text) and ("Bulava", "ARRIVED") not in found(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("Only two of the Rafale jets made it to India on schedule.", ("Rafale", "ARRIVED")),
    ("The third Gripen making it into Hungary closed the order.", ("Gripen", "ARRIVED")),
])
def test_getting_to_a_place_is_arriving(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The F-16 made it to the final round of the Philippine tender.",
    "The two Gripen jets that made it to their first stop at Souda Bay waited there for fuel.",
])
def test_near_misses_of_getting_somewhere(nlp, text):
    assert ("F-16", "ARRIVED") not in found(nlp, text) and ("Gripen", "ARRIVED") not in found(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("Four Caesar howitzers passed through Poland on their way to Ukraine.", ("Caesar", "IN_TRANSIT", "Ukraine")),
    ("The two Gripen jets have transited through Germany on delivery to Hungary.", ("Gripen", "IN_TRANSIT", "Hungary")),
])
def test_passing_through_a_place_is_a_transit_to_where_it_is_bound(nlp, text, expected):
    assert expected in [(event["subject"], event["status"], event["location"]) for event in full_events(nlp, text)]


@pytest.mark.parametrize("text", [
    "Twelve K9 howitzers were acquired by Estonia from South Korea.",
    "Two Patriot batteries have been acquired by Switzerland for its air force.",
    "Manila renewed its bid to acquire more BrahMos batteries.",
    "Kuwait stepped up its efforts to acquire Eurofighter Typhoon jets.",
])
def test_acquisitions_by_a_buyer_and_efforts_to_acquire_are_plans(nlp, text):
    assert [status for _, status in found(nlp, text)] == ["PLANNED"]


def test_an_active_acquisition_in_a_named_year_stays_a_receipt(nlp):
    assert found(nlp, "Armenia acquired the Iskander missile system in 2016.") == [("Iskander", "ARRIVED")]


def test_a_pronoun_to_be_accepted_is_a_plan(nlp):
    text = "Two T129 ATAK helicopters have landed at Clark; they will be accepted by the air force after test flights."
    assert ("T129 ATAK", "PLANNED") in found(nlp, text)


def test_an_offer_accepted_moves_nothing(nlp):
    text = "Kyiv welcomed the offer of F-16 jets, and it was accepted by parliament."
    assert ("F-16", "ARRIVED") not in found(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("The new platforms to be delivered are the NASAMS and the IRIS-T SLM.",
     [("NASAMS", "PLANNED"), ("IRIS-T SLM", "PLANNED")]),
    ("The new aircraft to be commissioned are two Wing Loong II drones.", [("Wing Loong", "PLANNED")]),
])
def test_what_a_copula_lists_after_to_be_delivered_is_planned(nlp, text, expected):
    assert found(nlp, text) == expected


def test_weapons_to_be_used_name_no_use(nlp):
    assert ("HIMARS", "USED") not in found(nlp, "The weapons to be used remain secret, but the HIMARS is ready.")


@pytest.mark.parametrize("text", [
    "The destroyer received the Aegis Combat System Baseline 10 upgrade last year.",
    "The Eurofighter Typhoon brings new capabilities to the Qatari air force.",
])
def test_an_upgrade_received_or_capabilities_brought_move_no_system(nlp, text):
    assert [status for _, status in found(nlp, text)] == []


def test_a_system_itself_received_still_arrives(nlp):
    assert found(nlp, "Poland received its first Patriot batteries in March.") == [("Patriot", "ARRIVED")]


@pytest.mark.parametrize("text,expected", [
    ("The TB3 drones began regular operations from the TCG Anadolu.", ("Bayraktar TB3", "DEPLOYED")),
    ("The MQ-9 Reaper detachment started operations out of Campia Turzii in May.", ("MQ-9 Reaper", "DEPLOYED")),
    ("Ukrainian F-16 jets began combat operations from a base near Lviv.", ("F-16", "USED")),
])
def test_operating_from_a_base_is_stationing_combat_operations_are_uses(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("The four Rafale jets became part of the fleet at Tanagra in January.", ("Rafale", "DEPLOYED")),
    ("USS Arleigh Burke pulled into Rota as it formally becomes part of the forward-based naval force.",
     ("Arleigh Burke-class destroyer", "DEPLOYED")),
])
def test_becoming_part_of_a_fleet_or_a_force_is_joining_it(nlp, text, expected):
    assert expected in found(nlp, text)


def test_becoming_part_of_a_debate_is_no_status(nlp):
    assert found(nlp, "The Rafale became part of a heated debate in parliament.") == []


@pytest.mark.parametrize("text", [
    "Two of the six Turkish helicopters bought for the air force arrived on Wednesday morning. "
    "The two T129 ATAK helicopters were unloaded at Clark.",
    "The six Turkish helicopters bought for the navy arrived on Wednesday morning. "
    "The T129 ATAK helicopters were then unloaded at Clark.",
])
def test_a_reduced_participle_read_as_the_main_verb_leaves_the_arrival_its_subject(nlp, text):
    events = full_events(nlp, text, dct="2022-03-10")
    assert ("T129 ATAK", "ARRIVED", "2022-03-09TMO") in [(e["subject"], e["status"], e["date"]) for e in events]


@pytest.mark.parametrize("text,expected", [
    ("USS Arleigh Burke will support those patrol missions while cruising the Mediterranean.",
     ("Arleigh Burke-class destroyer", "PLANNED")),
    ("The Eurofighter Typhoon will provide vital security support for the summit in Doha.",
     ("Eurofighter Typhoon", "PLANNED")),
    ("The Gripen jets will play a key role in policing Baltic airspace next year.", ("Gripen", "PLANNED")),
    ("The BrahMos batteries will provide coastal defence capabilities along the western shore.", ("BrahMos", "PLANNED")),
])
def test_a_mission_ahead_is_a_plan(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text", [
    "The F-35 would play a key role in any war with its neighbours.",
    "The HIMARS provides fire support to the brigade every day.",
])
def test_a_mission_now_or_conditional_is_no_plan(nlp, text):
    assert [status for _, status in found(nlp, text) if status == "PLANNED"] == []
