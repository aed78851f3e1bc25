"""A delivery ahead whose contents follow as a bulleted list ("the shipments due this year will
include:") plans each system its lines name first; a list of what was delivered, a hypothetical
one, a list with no delivery noun before it and munitions "for" a system are left to the lines.
Sentences written for these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)
from conftest import sorted_statuses as statuses

LINES = ("\n- NASAMS launchers for the capital region.\n- Two batteries of IRIS-T SLM.\n"
         "- Spare parts and munitions for Patriot.\n")


# fmt: off
@pytest.mark.parametrize("opening,expected", [
    ("Officials in Riga said the deliveries due this autumn will include:",
     [("IRIS-T SLM", "PLANNED"), ("NASAMS", "PLANNED")]),
    # a list of what came, one that would come, and one with no delivery before it
    ("Officials in Riga said the deliveries last autumn included:", []),
    ("Officials in Riga said the deliveries would include:", []),
    ("Officials in Riga said the exercise will include:", []),
])
def test_a_listed_delivery_ahead(nlp, opening, expected):
    assert statuses(nlp, opening + LINES) == expected
# fmt: on
