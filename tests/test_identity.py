"""Entity resolution across documents: transliteration variants merge, namesakes do not."""
import pytest

from claimledger.extract.link_records import add_link_records

from claimledger.link.identity import (build_identities, given_names_compatible, org_key,
                                       place_key, surnames_compatible)
from claimledger.schema import Document, Entity, Extraction


def extraction_with(doc_id: str, text: str, names: list[tuple[str, str]]) -> Extraction:
    """A one-document extraction whose entities are the given (surface, label) pairs, in order."""
    entities, cursor = [], 0
    for surface, label in names:
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        entities.append(Entity(doc_id=doc_id, span=(start, cursor), label=label, text=surface, name=surface))
    return add_link_records(Extraction(document=Document(id=doc_id, text=text, dct="2025-12-19"), entities=entities))


@pytest.fixture(scope="module")
def people():
    return build_identities([
        extraction_with("d1", "Belarusian President Alexander Lukashenko spoke in Minsk.",
                        [("Alexander Lukashenko", "PERSON")]),
        extraction_with("d2", "Belarusian leader Aliaksandr Lukashenka met the press.",
                        [("Aliaksandr Lukashenka", "PERSON")]),
        extraction_with("d3", "Президент Лукашенко заявил об этом.", [("Лукашенко", "PERSON")]),
        extraction_with("d4", "Defence Minister Victor Khrenin said so.", [("Victor Khrenin", "PERSON")]),
        extraction_with("d5", "Belarusian Defence Minister Viktor Khrenin agreed.", [("Viktor Khrenin", "PERSON")]),
        extraction_with("d6", "Ukrainian journalist Anna Kovalenko wrote it.", [("Anna Kovalenko", "PERSON")]),
        extraction_with("d7", "Ukrainian general Dmytro Kovalenko denied it.", [("Dmytro Kovalenko", "PERSON")]),
        extraction_with("d8", "A Kovalenko was quoted by the paper.", [("Kovalenko", "PERSON")]),
    ])


@pytest.mark.parametrize("left,right", [
    ("Alexander Lukashenko", "Aliaksandr Lukashenka"),
    ("Alexander Lukashenko", "Лукашенко"),
    ("Victor Khrenin", "Viktor Khrenin"),
])
def test_identity_merges_transliteration_variants(people, left, right):
    assert people.resolve(left, label="PERSON") is people.resolve(right, label="PERSON")


def test_identity_keeps_namesakes_apart(people):
    anna = people.resolve("Anna Kovalenko", label="PERSON")
    dmytro = people.resolve("Dmytro Kovalenko", label="PERSON")
    assert anna is not None and dmytro is not None and anna is not dmytro


def test_identity_bare_surname_with_two_candidates_is_not_merged(people):
    bare = people.resolve("Kovalenko", label="PERSON")
    assert bare is not None and "Anna Kovalenko" not in bare.aliases and "Dmytro Kovalenko" not in bare.aliases


def test_identity_resolves_role_description(people):
    assert people.resolve("the Belarusian leader", label="PERSON") is people.resolve("Alexander Lukashenko")


def test_identity_description_with_no_fitting_role_is_unresolved(people):
    assert people.resolve_description("the Polish president") is None


@pytest.mark.parametrize("left,right,expected", [
    ("victor", "viktor", True),
    ("alexander", "aliaksandr", True),
    ("a", "alexander", True),
    ("maria", "marina", False),
    ("anna", "dmytro", False),
])
def test_given_names_compatible(left, right, expected):
    assert given_names_compatible(left, right) is expected


@pytest.mark.parametrize("left,right,expected", [
    ("lukashenko", "lukashenka", True),
    ("khrenin", "khrenin", True),
    ("petrov", "popov", False),
])
def test_surnames_compatible(left, right, expected):
    assert surnames_compatible(left, right) is expected


@pytest.mark.parametrize("name", ["the Belarusian Defense Ministry", "Ministry of Defence of Belarus",
                                  "Belarus’ Ministry of Defense"])
def test_org_key_folds_word_order_spelling_and_demonym(name):
    assert org_key(name) == org_key("Belarus' Ministry of Defense")


def test_org_key_keeps_countries_apart():
    assert org_key("Russian Defence Ministry") != org_key("Belarusian Defence Ministry")


@pytest.mark.parametrize("name", ["Belarus", "Беларусь", "the Republic of Belarus", "Belarusian"])
def test_place_key_folds_variants(name):
    assert place_key(name) == "belarus"


def test_identity_merges_organization_spellings():
    index = build_identities([
        extraction_with("o1", "Belarus' Ministry of Defense said.", [("Belarus' Ministry of Defense", "ORG")]),
        extraction_with("o2", "The Belarusian Defense Ministry said.", [("Belarusian Defense Ministry", "ORG")]),
        extraction_with("o3", "The Russian Defence Ministry said.", [("Russian Defence Ministry", "ORG")]),
    ])
    belarus = index.resolve("Ministry of Defence of Belarus", label="ORG")
    assert belarus is index.resolve("Belarusian Defense Ministry", label="ORG")
    assert belarus is not index.resolve("Russian Defence Ministry", label="ORG")


def test_identity_links_a_ukrainian_name_with_a_soft_sign_to_its_english_spelling():
    """Ukrainian "-ський" names keep one word in ASCII (anyascii's "zelens'kyi" split in two)."""
    people = build_identities([
        extraction_with("u1", "Командувач Тарас Гончарський повідомив про удар.",
                        [("Тарас Гончарський", "PERSON")]),
        extraction_with("e1", "Commander Taras Honcharsky reported the strike.", [("Taras Honcharsky", "PERSON")]),
    ])
    assert people.resolve("Тарас Гончарський", label="PERSON") is people.resolve("Taras Honcharsky", label="PERSON")
