"""A status told in the text's voice and then reported in the next sentence by a speech verb
whose object points back ("X said this in an interview", "X announced this on Tuesday, the
broadcaster reports"): X asserts it. A negated report ("did not confirm this"), a next
sentence on something else, and a status that names its own source keep their reading."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def first_source(nlp, text):
    events = nlp(text)._.events
    assert events, text
    return events[0]["source"]


# fmt: off
@pytest.mark.parametrize("text,source", [
    ("Two more IRIS-T launchers will be deployed in the east within a month. "
     "Defence Minister Karin Lunde said this in a radio interview on Sunday.", "Karin Lunde"),
    ("Denmark will hand over its last F-16 jets to Ukraine in the spring.\n"
     "Prime Minister Anders Holm announced this on Tuesday, the DR broadcaster reports.", "Anders Holm"),
    ("The Gripen jets have already landed in Hungary. "
     "Colonel Attila Farkas, the base commander, confirmed it to reporters.", "Attila Farkas"),
])
def test_the_next_sentence_names_who_asserts_it(nlp, text, source):
    assert first_source(nlp, text) == source


@pytest.mark.parametrize("text,source", [
    # a report that is denied or withheld asserts nothing
    ("Two more IRIS-T launchers will be deployed in the east within a month. "
     "The ministry did not confirm this on Monday.", None),
    # the next sentence reports something else
    ("The Patriot battery arrived at the airport on Friday. "
     "Later, the airport's director said the runway would reopen.", None),
    # the clause names its own source
    ("The HIMARS launchers have arrived in Latvia, the army said. "
     "Defence Minister Ivars Liepa confirmed this on Monday.", "the army"),
])
def test_no_pointing_report_or_a_source_of_its_own_keeps_its_reading(nlp, text, source):
    assert first_source(nlp, text) == source
