"""A transfer finished, told by a verb of ending and a gerund ("has finished moving them",
"completed delivering"), has arrived, as "completed the transfer of" has; one begun or in
progress is still in transit, one ahead is a plan, and one not finished is none. Sentences
written for these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses(nlp, text):
    return sorted((event["subject"], event["status"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Sweden has finished sending the Archer howitzers to Ukraine.", [("Archer", "ARRIVED")]),
    ("Norway completed shipping the NASAMS launchers to Lithuania in April.", [("NASAMS", "ARRIVED")]),
    # near misses: begun, in progress, ahead, not finished
    ("Sweden began sending the Archer howitzers to Ukraine in May.", [("Archer", "IN_TRANSIT")]),
    ("Sweden is sending the Archer howitzers to Ukraine.", [("Archer", "IN_TRANSIT")]),
    ("Sweden will finish sending the Archer howitzers to Ukraine by June.", [("Archer", "PLANNED")]),
    ("Sweden has not finished sending the Archer howitzers to Ukraine.", []),
])
def test_a_finished_transfer_has_arrived(nlp, text, expected):
    assert statuses(nlp, text) == expected
