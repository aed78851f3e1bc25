""""In operation", "entered operation", "put into operation": a system operating is on duty, as
"operational" is; an operation with a determiner, an adjective or a name ("in the operation",
"Operation Sindoor") is a military operation and names no status. Sentences written for these
tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def statuses(nlp, text):
    return sorted((event["subject"], event["status"]) for event in nlp(text)._.events)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("The NASAMS battery near Vilnius is now in operation.", [("NASAMS", "COMBAT_DUTY")]),
    ("The SAMP/T system entered operation in Romania in March.", [("SAMP/T", "COMBAT_DUTY")]),
    ("The army put the Skyranger guns into operation last month.", [("Skyranger", "COMBAT_DUTY")]),
    # near misses: military operations
    ("The Skyranger guns were used in the operation near the border.", [("Skyranger", "USED")]),
    ("HIMARS launchers were used in a joint operation near Kherson.", [("HIMARS", "USED")]),
])
def test_in_operation(nlp, text, expected):
    assert statuses(nlp, text) == expected
