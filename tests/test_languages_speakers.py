"""Names in the nominative and forms of one name (claimledger.languages.speakers)."""
import pytest

from claimledger.languages.speakers import (NameIndex, nominative_institution_uk, nominative_name,
                                            nominative_phrase, same_stem)


@pytest.mark.parametrize("a, b, same", [
    ("Лукашенко", "Лукашенка", True), ("Зеленський", "Зеленського", True), ("Шольц", "Шольцом", True),
    ("Андрій", "Андрія", True), ("Рогов", "Рогозин", False), ("Иван", "Иванов", False),
])
def test_same_stem_pairs_forms_of_one_name(a, b, same):
    assert same_stem(a, b) is same


@pytest.mark.parametrize("words, lang, expected", [
    (["Дмитрия", "Пескова"], "ru", "Дмитрий Песков"),
    (["Анита", "Ананд"], "ru", "Анита Ананд"),
    (["Костянтина", "Криволапа"], "uk", "Костянтин Криволап"),
    (["Андрія", "Зеленського"], "uk", "Андрій Зеленський"),
])
def test_nominative_name(words, lang, expected):
    assert nominative_name(words, lang) == expected


def test_nominative_phrase_agrees_in_number():
    assert nominative_phrase(["некоторых", "военных", "экспертов"], "ru") == "некоторые военные эксперты"
    assert nominative_phrase(["пресс-службе", "Западного", "военного", "округа"], "ru") == \
        "пресс-служба Западного военного округа"


def test_name_index_fullest_prefers_the_full_name_and_the_nominative():
    index = NameIndex([["Тараса", "Мельника"], ["Тарас", "Мельник"], ["Олена", "Бойко"]], "uk")
    assert index.fullest(["Мельник"]) == "Тарас Мельник"
    assert index.fullest(["Бойко"]) == "Олена Бойко"
    assert index.fullest(["Коваль"]) == "Коваль"


@pytest.mark.parametrize("word, expected", [
    ("Генштабі", "Генштаб"), ("Міністерстві", "Міністерство"), ("Кремлі", "Кремль"), ("Офісі", "Офіс"),
])
def test_nominative_institution_uk(word, expected):
    assert nominative_institution_uk(word) == expected
