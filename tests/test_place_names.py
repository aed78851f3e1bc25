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
    ("Баранович", "Baranovichi"),      # a tagger's singular lemma of "Барановичах"
    ("Ивацевичах", "Ivatsevichi"),     # outside the gazetteer: the town reading, transliterated
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


def report(doc_id: str, text: str, location: str, lang: str) -> dict:
    """One document with one ARRIVED report of Patriot on 12 January 2026 at ``location``."""
    return {"document": {"id": doc_id, "text": text, "dct": "2026-01-14", "lang": lang, "outlet": doc_id},
            "entities": [], "quotes": [], "timexes": [], "claims": [], "quantities": [],
            "subjects": [{"span": [text.index("Patriot"), text.index("Patriot") + 7], "subject": "Patriot",
                          "kind": None, "text": "Patriot"}],
            "events": [{"span": [0, len(text)], "subject": "Patriot", "status": "ARRIVED",
                        "date": "2026-01-12", "location": location, "source": None}]}


def test_a_region_in_three_scripts_is_one_linked_event():
    from claimledger.link import link_corpus
    from claimledger.link.corpus import corpus_from_dict

    corpus = corpus_from_dict({"extractions": [
        report("uk-doc", "Дві батареї Patriot прибули до Чернігівської області 12 січня.", "Чернігівська область", "uk"),
        report("en-doc", "Two Patriot batteries arrived in the Chernihiv region on January 12.", "Chernihiv region", "en"),
        report("ru-doc", "Две батареи Patriot прибыли в Сумскую область 12 января.", "Сумская область", "ru"),
    ]})
    events = link_corpus(corpus).events
    assert sorted(sorted(report.doc_id for report in event.reports) for event in events) == [
        ["en-doc", "uk-doc"], ["ru-doc"]]
