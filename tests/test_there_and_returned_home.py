"""A system that "returned home" has been withdrawn, from the place its report named last; and
"there" on a status verb is the place the report named last for the system, a departure's place
too ("withdrawn from Qatar ... had been stationed there"), not its holder's country. Crews that
return home and a place named in the clause itself keep their readings. Sentences written for
these tests, run through the whole extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def placed(nlp, text):
    return [(event["subject"], event["status"], event["country"]) for event in nlp(text)._.events]


# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Spain has withdrawn its NASAMS battery from Latvia. The battery, which had been stationed there since "
     "2022, returned home on Monday.",
     [("NASAMS", "WITHDRAWN", "Latvia"), ("NASAMS", "DEPLOYED", "Latvia"), ("NASAMS", "WITHDRAWN", "Latvia")]),
    ("Norway sent NASAMS launchers to Lithuania in May. The launchers are deployed there now.",
     [("NASAMS", "ARRIVED", "Lithuania"), ("NASAMS", "DEPLOYED", "Lithuania")]),
    # near misses: crews coming home, and a place of the clause's own
    ("The crews returned home after training on the NASAMS launchers.", []),
    ("Spain has withdrawn its NASAMS battery from Latvia. The battery is now stationed in Estonia.",
     [("NASAMS", "WITHDRAWN", "Latvia"), ("NASAMS", "DEPLOYED", "Estonia")]),
])
def test_there_and_home(nlp, text, expected):
    assert placed(nlp, text) == expected
