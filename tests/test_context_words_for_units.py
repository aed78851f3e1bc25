"""A name that needs a context word ("Patriot", "Caesar") is a system beside "unit(s)",
"supplied", "delivery" or "deliveries" too, as reports of fire units and of deliveries write it;
a name with none of the context words stays a name. Sentences written for these tests, run
through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses(nlp, text):
    return sorted((event["subject"], event["status"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Three Patriot units arrived in Lithuania on Monday.", [("Patriot", "ARRIVED")]),
    ("The Spanish army has started stationing Patriot units near the port.", [("Patriot", "DEPLOYED")]),
    ("The first Caesar deliveries to Armenia began in March.", [("Caesar", "IN_TRANSIT")]),
    # near misses: the names as names
    ("Caesar delivered a speech to the Senate on Monday.", []),
    ("Patriot arrived in Boston for the playoff game.", []),
])
def test_units_and_deliveries_are_context(nlp, text, expected):
    assert statuses(nlp, text) == expected
