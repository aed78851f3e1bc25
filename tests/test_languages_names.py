"""Russian names in the nominative, and Russian, Ukrainian and English names of one person
or place resolved to one identity."""
import pytest

from claimledger.extract import Pipelines, extract_each
from claimledger.extract.link_records import add_link_records
from claimledger.languages.names import fullest_names, nominative_word
from claimledger.link.identity import build_identities, name_rows, place_key
from claimledger.schema import Document, Entity, Extraction


@pytest.mark.parametrize("word, gender, nominative", [
    ("Александра", "masc", "Александр"), ("Ирины", "femn", "Ирина"), ("Васильевой", "femn", "Васильева"),
    ("Пескова", "masc", "Песков"), ("Лукашенко", None, "Лукашенко"), ("Шойгу", None, "Шойгу"),
    ("ПЕТРОВА", "masc", "ПЕТРОВ"), ("Смит", None, "Смит"),
])
def test_nominative_word(word, gender, nominative):
    assert nominative_word(word, gender) == nominative


def test_fullest_names_only_when_one_fuller_name_fits():
    assert fullest_names(["Андрей Соколов", "Соколов", "Петров"]) == {
        "Андрей Соколов": "Андрей Соколов", "Соколов": "Андрей Соколов", "Петров": "Петров"}
    assert fullest_names(["Анна Коваленко", "Дмитрий Коваленко", "Коваленко"])["Коваленко"] == "Коваленко"


def test_russian_entities_carry_the_nominative_name():
    text = "Позицию Андрея Соколова поддержала Ирина Васильева. Соколов не ответил."
    [extraction] = extract_each(Pipelines(), [Document(id="ru", text=text, lang="ru")])
    names = {entity.text: entity.name for entity in extraction.entities if entity.label == "PERSON"}
    assert names == {"Андрея Соколова": "Андрей Соколов", "Ирина Васильева": "Ирина Васильева",
                     "Соколов": "Андрей Соколов"}


@pytest.mark.parametrize("name", ["Belarus", "Беларусь", "Белоруссия", "Белоруссии", "Білорусь", "Білорусі",
                                  "Республике Беларусь", "Belarusian"])
def test_place_key_folds_russian_ukrainian_and_english_forms(name):
    assert place_key(name) == "belarus"


@pytest.mark.parametrize("left, right", [("Москве", "Moscow"), ("Києві", "Kyiv"), ("Киева", "Kyiv"),
                                         ("Минск", "Minsk"), ("України", "Ukraine")])
def test_place_key_cities_and_countries(left, right):
    assert place_key(left) == place_key(right)


def _extraction(doc_id: str, text: str, surface: str, name: str, label: str = "PERSON") -> Extraction:
    start = text.index(surface)
    entity = Entity(doc_id=doc_id, span=(start, start + len(surface)), label=label, text=surface, name=name)
    return add_link_records(Extraction(document=Document(id=doc_id, text=text, dct="2026-01-10"), entities=[entity]))


def test_one_identity_across_russian_ukrainian_and_english_reports():
    english = _extraction("en", "Belarusian President Alexander Lukashenko spoke in Minsk.", "Alexander Lukashenko",
                          "Alexander Lukashenko")
    [russian] = extract_each(Pipelines(), [Document(id="ru", text="Выступление Александра Лукашенко транслировали.",
                                                    lang="ru", dct="2026-01-10")])
    ukrainian = _extraction("uk", "Заяву Лукашенка оприлюднили вчора.", "Лукашенка", "Лукашенка")
    places = [_extraction("p1", "Войска прибыли в Белоруссию.", "Белоруссию", "Белоруссию", "GPE"),
              _extraction("p2", "Війська прибули до Білорусі.", "Білорусі", "Білорусі", "GPE"),
              _extraction("p3", "Troops arrived in Belarus.", "Belarus", "Belarus", "GPE")]
    rows = [row for extraction in [english, russian, ukrainian, *places] for row in name_rows(extraction)]
    identities = build_identities(rows)
    lukashenko = identities.resolve("Alexander Lukashenko", label="PERSON")
    assert lukashenko is not None
    assert identities.resolve("Александр Лукашенко", label="PERSON") is lukashenko
    assert identities.resolve("Лукашенка", label="PERSON") is lukashenko
    belarus = identities.resolve("Belarus", label="PLACE")
    assert belarus is not None
    assert identities.resolve("Белоруссию", label="PLACE") is belarus
    assert identities.resolve("Білорусі", label="PLACE") is belarus


@pytest.mark.parametrize("left, right", [("Северной Кореи", "North Korea"), ("Российской Федерации", "Russia"),
                                         ("Турции", "Turkey"), ("Угорщині", "Hungary")])
def test_place_key_phrases_in_any_case(left, right):
    assert place_key(left) == place_key(right)
