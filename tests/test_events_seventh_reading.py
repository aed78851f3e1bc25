"""Event readings that a seventh set of unseen reports got wrong, each rule with near misses that
keep their old reading: a plural description that refers back ("these aircraft") takes up every
system of the coordination it reaches first; "the missiles" takes up a mention whose noun they
are beside ("Patriot missile batteries") as it takes up one whose noun they are ("a Scud
missile"), the latest first; "a second battery" or "another launcher" is one more unit of the
system named before; the noun that opens a sentence before an aside set off by dashes is the
subject of the verb after the aside. Sentences written for these tests, run through the whole
extraction pipeline."""
import pytest
from conftest import full_nlp as nlp  # noqa: F401  (the module's pipeline fixture)


def events_of(nlp, text, status):
    return sorted(event["subject"] for event in nlp(text)._.events if event["status"] == status)


# fmt: off
@pytest.mark.parametrize("text,expected", [
    # a plural description takes up both systems of the coordination before it
    ("Two drone types – the Bayraktar TB2 and the Bayraktar Akinci – were delivered to the armed forces of "
     "Niger on Friday. “We are proud that these aircraft are joining our fleet,” the minister said.",
     ["Bayraktar Akinci", "Bayraktar TB2"]),
    # near miss: a kind that fits one of the two keeps that one ("the tanks", not the howitzers)
    ("Kenya received K2 tanks and K9 howitzers in March. The tanks were deployed to the northern "
     "border in April.", ["K2"]),
    # near miss: two systems not coordinated, the latest is taken up as before
    ("Niger's army received the Bayraktar TB2 in May. A Bayraktar Akinci followed in June. "
     "“These aircraft are joining our fleet,” the minister said.", ["Bayraktar Akinci"]),
])
def test_a_plural_description_takes_up_a_coordinated_pair(nlp, text, expected):
    assert events_of(nlp, text, "DEPLOYED") == expected


@pytest.mark.parametrize("text,subject,absent", [
    # "the missiles" takes up the latest mention they stand beside, the batteries, not the Scud
    ("A single Scud missile fell near the border in 2014. Spain sent Turkey two Patriot missile batteries "
     "that year. Madrid said it will withdraw the missiles in the autumn.", "Patriot", "Scud"),
    # near miss: the latest mention whose noun they are is still taken up
    ("Spain sent Turkey two Patriot missile batteries in 2013. Syria later moved a Scud missile to the "
     "border, and Damascus said it will withdraw the missiles in the autumn.", "Scud", "Patriot"),
])
def test_the_missiles_take_up_a_noun_beside_a_name(nlp, text, subject, absent):
    planned = events_of(nlp, text, "PLANNED")
    assert subject in planned and absent not in planned


@pytest.mark.parametrize("text,expected", [
    # "a second battery": one more of the system named before
    ("Israel handed the first of two Iron Dome batteries to the US Army on Tuesday. A second battery "
     "is scheduled to be delivered in December.", ["Iron Dome"]),
    ("Norway delivered a NASAMS launcher to Kyiv in May. Another launcher is scheduled to be delivered "
     "in June.", ["NASAMS"]),
    # near miss: a second thing that is no unit of a system is none
    ("Israel handed the first of two Iron Dome batteries to the US Army on Tuesday. A second radar "
     "is scheduled to be delivered in December.", []),
])
def test_a_second_unit_is_one_more_of_the_system(nlp, text, expected):
    assert events_of(nlp, text, "PLANNED") == expected


@pytest.mark.parametrize("text,expected", [
    # the noun before an aside set off by dashes is the subject of the verb after it
    ("Poland ordered two Patriot batteries in 2018. The batteries—each battery can be made up of eight "
     "launchers—were deployed near Warsaw in 2023.", ["Patriot"]),
    # near miss: people before the aside are no system
    ("Poland ordered two Patriot batteries in 2018. The soldiers—most of them conscripts—were "
     "deployed near Warsaw in 2023.", []),
])
def test_a_subject_before_an_aside_in_dashes(nlp, text, expected):
    assert events_of(nlp, text, "DEPLOYED") == expected
