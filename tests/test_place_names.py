"""Russian and Ukrainian place names key as the English press's name: gazetteer, regions and
the transliteration fallback. The sentences and names here are written for these tests."""
from __future__ import annotations

import pytest

from claimledger.languages.place_names import english_place_name, transliterate
from claimledger.link.identity import place_key


# fmt: off
@pytest.mark.parametrize("cyrillic, english", [
    ("Черниговская область", "Chernihiv region"),
    ("Черниговской области", "Chernihiv Oblast"),
    ("Чернігівська область", "Chernihiv Oblast"),
    ("Чернігівської області", "Chernihiv province"),
    ("Чернігівщина", "Chernihiv Oblast"),
    ("Черниговщине", "Chernihiv region"),
    ("Курской области", "Kursk region"),
    ("Барановичах", "Baranovichi"),
    ("Барановичі", "Baranovichi"),
    ("Нежине", "Nizhyn"),
    ("Ніжині", "Nizhyn"),
    ("Бердянськ", "Berdyansk"),
    ("Бердянске", "Berdiansk"),
    ("Купянск", "Kupyansk"),
    ("Харкові", "Kharkiv"),
    ("Индии", "India"),
    ("Туреччини", "Turkey"),
])
# fmt: on
def test_cyrillic_places_key_as_the_english_name(cyrillic, english):
    assert place_key(cyrillic) == place_key(english)


def test_different_regions_keep_different_keys():
    assert place_key("Сумская область") != place_key("Черниговская область")
    assert place_key("Сумщина") == place_key("Sumy Oblast")
    assert place_key("Kursk region") != place_key("Kursk")


# fmt: off
@pytest.mark.parametrize("cyrillic, latin", [
    ("воронеж", "Voronezh"),          # Russian table
    ("ярославль", "Yaroslavl"),
    ("новочеркасск", "Novocherkassk"),
    ("ніжин", "Nizhyn"),              # Ukrainian table: и -> y
    ("гнівань", "Hnivan"),            # г -> h
    ("яворів", "Yavoriv"),            # initial я -> ya
    ("ірпінь", "Irpin"),
    ("яготин", "Yagotin"),            # no letter marks it Ukrainian: read by the Russian table
    ("знам'янка", "Znamianka"),
])
# fmt: on
def test_transliteration_spells_as_the_english_press(cyrillic, latin):
    assert transliterate(cyrillic) == latin


def test_a_place_outside_the_gazetteer_keys_by_transliteration():
    assert english_place_name("Яворові") is not None
    assert english_place_name("Гнівані") == "Hnivani"    # no Ukrainian dictionary: the form as written
    assert place_key("Ірпінь") == place_key("Irpin")
    assert place_key("Новочеркасске") == place_key("Novocherkassk")


def test_latin_names_are_left_to_the_english_folding():
    assert english_place_name("Chernihiv") is None
    assert place_key("Belarusian") == place_key("Беларуси") == "belarus"
