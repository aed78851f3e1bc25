"""Speaker rules read on fresh pages of outlets the corpora do not hold (twelfth round),
on sentences written for these tests: each rule has cases it changes and near misses
that it must leave alone."""
import pytest

from conftest import speaker_of_quote_starting as speaker_of


@pytest.fixture(scope="module")
def nlp():
    from claimledger.extract import load_model, paragraphs, quotes  # noqa: F401  (factories)
    nlp = load_model()
    nlp.add_pipe("claimledger_paragraphs", before="parser")
    nlp.add_pipe("claimledger_quotes")
    return nlp


# A description written in the words of a named holder's office is that holder

OFFICE = ("Director General Coastal Guard Public Affairs (DG CGPA) Rear Admiral Tomas Verlaine "
          "said on Monday that the patrols would continue. ")


@pytest.mark.parametrize("text, content", [
    (OFFICE + "The DG CGPA added that two boats had been seized.", "two boats"),
    (OFFICE + "The CGPA Director-General said the fleet was ready.", "the fleet"),
    (OFFICE + "CGPA chief stated that the coast was calm.", "the coast"),
    ("Admiral Rosa Pell, commander of the Northern Maritime Group, told reporters that the "
     "frigates had sailed. The commander of the Northern Maritime Group said the crews were "
     "rested.", "the crews"),
])
def test_a_description_in_the_words_of_an_office(nlp, text, content):
    expected = "Rosa Pell" if "Rosa" in text else "Tomas Verlaine"
    assert speaker_of(nlp, text, content) == expected


@pytest.mark.parametrize("text, content, expected", [
    # another body's chief is not the holder
    (OFFICE + "The army chief said the border was quiet.", "the border", "The army chief"),
    # an official of the body is not its head
    (OFFICE + "An official at the CGPA said the boats were old.", "the boats",
     "An official at the CGPA"),
    # a spokesman is not the body's director
    (OFFICE + "The CGPA spokesman said the port was shut.", "the port", "The CGPA spokesman"),
    # the chairman of another committee
    ("Admiral Rosa Pell, commander of the Northern Maritime Group, told reporters that the "
     "frigates had sailed. The chairman of the Senate committee said the bill was late.",
     "the bill", "The chairman of the Senate committee"),
])
def test_a_description_of_another_office_is_left_alone(nlp, text, content, expected):
    assert speaker_of(nlp, text, content) == expected
