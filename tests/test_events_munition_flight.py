"""Rounds in flight are not deliveries (events): a missile or drone that "reached the Odesa
region", "flew into the Lviv region" or "flew towards Kyiv" is over the attacked country on its
way to a target, not arrived there as a delivery. Rounds are told by the subject's noun
("missiles", "several of the drones") or by the system's kind (a cruise missile, a loitering
munition: the kinds delivered shipment after shipment). A battery, a launcher or a jet reaching
a region, and rounds reaching a country, keep their arrival. Sentences written for these tests,
run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses_of(nlp, text, subject):
    return sorted(event["status"] for event in nlp(text)._.events if event["subject"] == subject)


# fmt: off
@pytest.mark.parametrize("text,subject,expected", [
    # rounds over an area of the attacked country, by their noun
    ("Overnight Russia fired Kalibr cruise missiles from the Black Sea, the air force said. "
     "Several of the missiles reached the Odesa region.", "Kalibr", ["USED"]),
    ("Two Kh-101 missiles flew into the Lviv region, the air force said.", "Kh-101", []),
    ("Shahed drones reached the Kharkiv region shortly after midnight, officials said.", "Shahed-136", []),
    # heading towards a place, by the noun or by the system's kind
    ("Kalibr missiles flew towards Kyiv, the air force said.", "Kalibr", []),
    ("Russia fired Kalibr cruise missiles from the sea overnight, the navy said. "
     "Later the Calibres headed towards Vinnytsia.", "Kalibr", ["USED"]),
    ("Russia fired Kalibr cruise missiles from the sea overnight, the navy said. "
     "By dawn the Calibres had reached the Poltava region.", "Kalibr", ["USED"]),
    ("Storm Shadow missiles reached the Kherson region on Tuesday, Russian officials said.", "Storm Shadow", []),
])
def test_rounds_in_flight_are_not_arrivals(nlp, text, subject, expected):
    assert statuses_of(nlp, text, subject) == expected


@pytest.mark.parametrize("text,subject,expected", [
    # near misses: units reaching a region are there
    ("The Patriot battery reached the Lviv region on Monday.", "Patriot", ["ARRIVED"]),
    ("HIMARS launchers reached the Kherson region on Tuesday, the general said.", "HIMARS", ["ARRIVED"]),
    # near misses: rounds delivered to a country, jets flown to a country
    ("The first Storm Shadow missiles reached Ukraine in May, officials said.", "Storm Shadow", ["ARRIVED"]),
    ("The F-16 jets flew to Romania on Friday.", "F-16", ["ARRIVED"]),
])
def test_units_and_deliveries_keep_their_arrival(nlp, text, subject, expected):
    assert statuses_of(nlp, text, subject) == expected
