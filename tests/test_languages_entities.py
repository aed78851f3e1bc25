"""Rule-based entities for Ukrainian (and Russian where the parse names nothing): places from
the gazetteer, institutions from a list, persons after titles or beside speech verbs. The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from claimledger.languages import entities  # noqa: F401  (registers the components)
from claimledger.languages.morph import blank_pipeline


@pytest.fixture(scope="module")
def pipelines():
    built = {}
    for lang in ("ru", "uk"):
        nlp = blank_pipeline(lang)
        nlp.add_pipe(f"claimledger_entities_{lang}")
        built[lang] = nlp
    return built


def ents(nlp, text):
    doc = nlp(text)
    for ent in doc.ents:
        assert text[ent.start_char:ent.end_char] == ent.text   # spans into the original text
    return [(ent.text, ent.label_) for ent in doc.ents]


# fmt: off
@pytest.mark.parametrize("lang, text, expected", [
    ("uk", "Міністр оборони Рустем Умєров заявив, що техніка вже в Ніжині.",
     [("Рустем Умєров", "PERSON"), ("Ніжині", "GPE")]),
    ("uk", "«Колона вже на місці», — сказав Сирський журналістам.", [("Сирський", "PERSON")]),
    ("uk", "Удари по Чернігівській області тривали всю ніч.", [("Чернігівській області", "GPE")]),
    ("uk", "Речниця Повітряних сил Оксана Левченко підтвердила удар по Сумщині.",
     [("Повітряних сил", "ORG"), ("Оксана Левченко", "PERSON"), ("Сумщині", "GPE")]),
    ("uk", "Пентагон і Міноборони України не коментують поставки до Польщі.",
     [("Пентагон", "ORG"), ("Міноборони України", "ORG"), ("Польщі", "GPE")]),
    ("uk", "Ракети впали в Криму, повідомив генерал Іван Петренко.",
     [("Криму", "LOC"), ("Іван Петренко", "PERSON")]),
    ("ru", "Эшелон прибыл в Барановичи, сообщил министр Андрей Котов.",
     [("Барановичи", "GPE"), ("Андрей Котов", "PERSON")]),
])
# fmt: on
def test_rule_entities(pipelines, lang, text, expected):
    assert ents(pipelines[lang], text) == expected


# fmt: off
@pytest.mark.parametrize("lang, text", [
    ("uk", "Журналісти повідомили про нові поставки."),      # a capitalised opener, not a name
    ("uk", "Експерт наголосив, що ракети нові."),            # a title is not a name
    ("uk", "Нагадаємо, що колони рухались уночі."),
])
# fmt: on
def test_rule_entities_leave_ordinary_words(pipelines, lang, text):
    assert [label for _, label in ents(pipelines[lang], text) if label == "PERSON"] == []


def test_entities_already_on_the_doc_are_kept(pipelines):
    nlp = pipelines["uk"]
    doc = nlp.make_doc("Президент Петро Іваненко прибув до Києва.")
    doc.ents = [doc.char_span(10, 24, label="ORG")]      # another component's entity wins
    doc = nlp.get_pipe("claimledger_entities_uk")(doc)
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Петро Іваненко", "ORG"), ("Києва", "GPE")]


# fmt: off
@pytest.mark.parametrize("lang, text, name", [
    ("uk", "Він подякував міністрові Олегові Іваненкові.", "Олег Іваненко"),
    ("uk", "Зустріч з генералом Тарасом Мельником тривала годину.", "Тарас Мельник"),
    ("uk", "Зустріч з міністром Ганною Коваль тривала годину.", "Ганною Коваль"),   # not certain: kept
    ("uk", "Міністр Ірина Кравець заявила про поставки.", "Ірина Кравець"),
    ("ru", "Встреча с министром Андреем Котовым прошла в среду.", "Андрей Котов"),
])
# fmt: on
def test_rule_persons_are_named_in_the_nominative_where_certain(pipelines, lang, text, name):
    doc = pipelines[lang](text)
    people = [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
    assert [doc._.names.get(person, person) for person in people] == [name]
