"""Russian and Ukrainian timexes: the English engine with each language's word table.

Each rule is run on its own examples (claimledger/lexicon/<lang>/timex.json) gated, ungated
and without trigger windows; the sentences here and there are written for these tests.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from claimledger.extract import timexes
from claimledger.extract.timex_rules import EXAMPLE_DCT
from claimledger.extract.timex_rules_ru_uk import LANGUAGES, rules_for, words_for
from claimledger.languages.morph import blank_pipeline

EXAMPLES = [pytest.param(lang, rule, example, id=f"{lang}-{rule.name}-{number}")
            for lang in LANGUAGES for rule in rules_for(lang)
            for number, example in enumerate(rule.examples)]


@pytest.fixture(scope="module")
def pipelines():
    """A rule-level pipeline per language, with the timex component last."""
    built = {}
    for lang in LANGUAGES:
        nlp = blank_pipeline(lang)
        nlp.add_pipe("claimledger_timexes")
        built[lang] = nlp
    return built


def tag(nlp, text, dct=EXAMPLE_DCT):
    """(text, type, value) of every timex found in ``text``."""
    doc = nlp.make_doc(text)
    doc._.dct = dct
    doc = nlp(doc)
    return [(text[t["span"][0]:t["span"][1]], t["type"], t["value"]) for t in doc._.timexes]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_has_examples(lang):
    assert [rule.name for rule in rules_for(lang) if not rule.examples] == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_rule_has_a_gate(lang):
    assert [rule.name for rule in rules_for(lang) if not rule.gates] == []


@pytest.mark.parametrize("lang, rule, example", EXAMPLES)
def test_rule_reads_its_own_example(lang, rule, example):
    spans = [timexes.extent(match) for match in rule.pattern.finditer(example.text)]
    assert example.timex in [example.text[start:end] for start, end in spans]


@pytest.mark.parametrize("lang, rule, example", EXAMPLES)
def test_rule_example_gated_ungated_and_unwindowed_agree(pipelines, lang, rule, example):
    doc = pipelines[lang](example.text)
    gated = timexes.find_timexes(doc, EXAMPLE_DCT)
    assert gated == timexes.find_timexes(doc, EXAMPLE_DCT, use_gates=False)
    assert gated == timexes.find_timexes(doc, EXAMPLE_DCT, use_gates=False, use_windows=False)
    found = [(example.text[t["span"][0]:t["span"][1]], t["value"]) for t in gated]
    assert (example.timex, example.value) in found


@pytest.mark.parametrize("lang, rule, example", EXAMPLES)
def test_rule_example_holds_its_gates(lang, rule, example):
    for match in rule.pattern.finditer(example.text):
        for gate in rule.gates:
            assert gate.held_by(example.text, match.start()), (rule.name, match.group())


def word_entries():
    tables = ("months", "month_abbreviations", "weekdays")
    entries = []
    for lang in LANGUAGES:
        words = words_for(lang)
        for table in tables:
            entries += [pytest.param(lang, form, id=f"{lang}-{table}-{form}")
                        for forms in words[table].values() for form in forms]
        for table in ("day_words", "parts_of_day", "units", "seasons", "fuzzy", "frequency"):
            entries += [pytest.param(lang, form, id=f"{lang}-{table}-{form}") for form in words[table]]
    return entries


@pytest.mark.parametrize("lang, entry", word_entries())
def test_every_word_of_the_tables_opens_a_window(lang, entry):
    text = f"Об этом сказали: {entry} было важно."
    start = text.index(entry)
    windows = timexes.trigger_windows(text, timexes.rule_set_for(lang))
    assert any(s <= start and start + len(entry) <= e for s, e in windows)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_language_factory_needs_only_sentences(lang):
    nlp = blank_pipeline(lang)
    nlp.add_pipe(f"claimledger_timexes_{lang}")
    assert nlp.analyze_pipes()["problems"] == {"sentencizer": [], "claimledger_lemmas": [],
                                               f"claimledger_timexes_{lang}": []}


def test_language_factory_reads_its_language_whatever_the_vocabulary():
    nlp = blank_pipeline("xx")
    nlp.add_pipe("claimledger_timexes_uk")
    doc = nlp.make_doc("Колона прибула 17 грудня.")
    doc._.dct = EXAMPLE_DCT
    assert nlp(doc)._.timexes == [{"span": [15, 24], "type": "DATE", "value": "2025-12-17"}]


def test_english_documents_keep_the_english_rules():
    assert timexes.rule_set_for("en") is timexes.ENGLISH
    assert timexes.rule_set_for("ru").rules == rules_for("ru")


# fmt: off
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Первый дивизион прибыл 17 декабря.", ("17 декабря", "DATE", "2025-12-17")),
    ("ru", "Второй дивизион прибудет 17 декабря.", ("17 декабря", "DATE", "2026-12-17")),
    ("ru", "Второй дивизион будет размещён 17 декабря.", ("17 декабря", "DATE", "2026-12-17")),
    ("ru", "Колонна вышла в пятницу.", ("пятницу", "DATE", "2025-12-19")),
    ("ru", "Полк перебросили в мае.", ("мае", "DATE", "2025-05")),
    ("ru", "Учения пройдут в мае.", ("мае", "DATE", "2026-05")),
    ("ru", "С 3 марта комплексы несут дежурство.", ("3 марта", "DATE", "2025-03-03")),
    ("uk", "Перший дивізіон прибув 17 грудня.", ("17 грудня", "DATE", "2025-12-17")),
    ("uk", "Другий дивізіон прибуде до 17 грудня.", ("17 грудня", "DATE", "2026-12-17")),
    ("uk", "Засідання відбудеться 14 лютого.", ("14 лютого", "DATE", "2026-02-14")),
    ("uk", "Полк перекинули в травні.", ("травні", "DATE", "2025-05")),
    ("uk", "Навчання будуть у травні.", ("травні", "DATE", "2026-05")),
    ("uk", "З лютого тривають обстріли.", ("лютого", "DATE", "2025-02")),
    ("ru", "Эшелоны пришли на выходных.", ("выходных", "DATE", "2025-W50-WE")),
    ("ru", "В эти выходные пройдут учения.", ("эти выходные", "DATE", "2025-W51-WE")),
])
# fmt: on
def test_timexes_tense_picks_the_year_without_a_parser(pipelines, lang, text, expected):
    assert expected in tag(pipelines[lang], text)


# fmt: off
@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "В этом году завод выпустил шесть установок.", ("этом году", "DATE", "2025")),
    ("ru", "В следующем году армия получит новые ракеты.", ("следующем году", "DATE", "2026")),
    ("ru", "К концу года полк получит второй комплекс.", ("концу года", "DATE", "2025")),
    ("ru", "Испытания продлятся три года.", ("три года", "DURATION", "P3Y")),
    ("ru", "В ближайшие несколько недель придут танки.", ("ближайшие несколько недель", "DURATION", "PXW")),
    ("ru", "2024 год стал для завода рекордным.", ("2024 год", "DATE", "2024")),
    ("ru", "Осенью прошлого года колонна прошла.", ("Осенью прошлого года", "DATE", "2024-FA")),
    ("ru", "Новость от 7 декабря 2024 года, 15:55", ("7 декабря 2024 года, 15:55", "TIME", "2024-12-07T15:55")),
    ("ru", "Москва. 20 февраля. INTERFAX.RU - Министр выступил в Минске.", ("20 февраля", "DATE", "2026-02-20")),
    ("ru", "За последний год завод удвоил выпуск.", ("последний год", "DURATION", "P1Y")),
    ("uk", "Цього року завод випустив шість установок.", ("Цього року", "DATE", "2025")),
    ("uk", "Наступного року армія отримає нові ракети.", ("Наступного року", "DATE", "2026")),
    ("uk", "Випробування триватимуть три роки.", ("три роки", "DURATION", "P3Y")),
    ("uk", "Ще дві системи прибудуть до кінця осені.", ("кінця осені", "DATE", "2026-FA")),
    ("uk", "Вибухи лунали вчора ввечері.", ("вчора ввечері", "TIME", "2025-12-18TEV")),
    ("uk", "Колону помітили 20.02.2025 біля кордону.", ("20.02.2025", "DATE", "2025-02-20")),
    ("uk", "Новина від 7 грудня 2024 р., 15:55", ("7 грудня 2024 р., 15:55", "TIME", "2024-12-07T15:55")),
])
# fmt: on
def test_timexes_phrases(pipelines, lang, text, expected):
    assert expected in tag(pipelines[lang], text)


# fmt: off
@pytest.mark.parametrize("lang, text", [
    ("ru", "Среда обитания птиц изменилась."),
    ("ru", "Более 2000 дронов было сбито над морем."),
    ("ru", "Счёт матча 2:1 в пользу хозяев."),
    ("ru", "Март — имя героя повести."),
    ("ru", "В последний день учений пуски прекратились."),
    ("uk", "Лютий ворог атакував місто."),
    ("uk", "Понад 2000 дронів збили над морем."),
    ("uk", "Рахунок матчу 2:1 на користь господарів."),
])
# fmt: on
def test_timexes_negatives_not_tagged(pipelines, lang, text):
    assert tag(pipelines[lang], text) == []


@pytest.mark.parametrize("lang, text, expected", [
    ("ru", "Комплекс прибыл 17 декабря.", ("17 декабря", "DATE", "XXXX-12-17")),
    ("uk", "Комплекс прибув у п'ятницю.", ("п'ятницю", "DATE", "XXXX-WXX-5")),
])
def test_timexes_without_dct_stay_underspecified(pipelines, lang, text, expected):
    assert tag(pipelines[lang], text, dct=None) == [expected]


def test_timexes_read_the_tense_from_the_docs_morphology(pipelines):
    """A parsed Doc's own morphology decides before the dictionary: here a past tense that
    the dictionary would read as a future."""
    nlp = pipelines["ru"]
    words = ["Дивизион", "прибудет", "17", "декабря", "."]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, True, False, False],
              sent_starts=[True, False, False, False, False])
    doc[1].set_morph("Tense=Past|VerbForm=Fin")
    doc._.dct = EXAMPLE_DCT
    assert [t["value"] for t in nlp.get_pipe("claimledger_timexes")(doc)._.timexes] == ["2025-12-17"]


def test_timexes_apostrophe_variants_read_alike(pipelines):
    values = {tag(pipelines["uk"], f"Колона прибула минулої п{mark}ятниці.")[0][2]
              for mark in "'’ʼ"}
    assert values == {"2025-12-12"}


# fmt: off
UNTIL_IN_A_PAST_CLAUSE = [
    ("uk", "Ешелони з технікою прибули до 30 січня.", ("30 січня", "DATE", "2026-01-30")),
    ("uk", "Навчання тривали до 28 січня, повідомив штаб.", ("28 січня", "DATE", "2026-01-28")),
    ("ru", "Колонны доставили технику до 30 января.", ("30 января", "DATE", "2026-01-30")),
    ("ru", "Полк оставался на полигоне до 28 января.", ("28 января", "DATE", "2026-01-28")),
    ("uk", "Техніка прибуде до 30 січня.", ("30 січня", "DATE", "2027-01-30")),
    ("ru", "Комплексы доставят до 30 января.", ("30 января", "DATE", "2027-01-30")),
]
# fmt: on


@pytest.mark.parametrize("lang, text, expected", UNTIL_IN_A_PAST_CLAUSE)
@pytest.mark.parametrize("use_gates", [True, False], ids=["gated", "ungated"])
def test_timexes_until_a_date_follows_the_clause_tense(pipelines, lang, text, expected, use_gates):
    """"до" + a date: passed in a past-tense clause, ahead otherwise (report of 3 February)."""
    dct = "2026-02-03"
    doc = pipelines[lang](text)
    found = [(text[t["span"][0]:t["span"][1]], t["type"], t["value"])
             for t in timexes.find_timexes(doc, dct, use_gates=use_gates)]
    assert expected in found


# Outlets' feeds and stamps: near misses the new rules must leave alone
# fmt: off
@pytest.mark.parametrize("lang,text,expected", [
    # "півдня" after a noun is "of the south", not half a day; after "майже" it is a span
    ("uk", "Підрозділи Сил оборони півдня збили 20 дронів.", []),
    ("uk", "Колона простояла на кордоні півдня тому.", [("півдня", "DURATION", "PT12H")]),
    # a dotted "10.05" is a day and month, and a dotted time needs its cue word
    ("ru", "Отчёт за 10.05 опубликован.", []),
    ("ru", "Курс вырос до 3.45 рубля.", []),
    ("ru", "Индекс составил 20.45 пункта.", []),
    # a clock time opening a line without a stop or a dash after it is no stamp
    ("ru", "Счёт матча\n2:15 в пользу хозяев.", []),
    # a clock time and a day joined, with the day's year when it has one
    ("uk", "О 20:00 9 грудня 2024 року знищено дві ракети.",
     [("20:00 9 грудня 2024 року", "TIME", "2024-12-09T20:00")]),
    # a part of the day before a weekday with its relation word
    ("ru", "Вечером в прошлую субботу над Москвой сбили дрон.",
     [("Вечером в прошлую субботу", "TIME", "2025-12-13TEV")]),
])
# fmt: on
def test_timexes_feed_stamps_and_near_misses(pipelines, lang, text, expected):
    assert tag(pipelines[lang], text) == expected


# A part of the day standing alone takes the day its sentence names, else the report's day
# fmt: off
@pytest.mark.parametrize("lang,text,expected", [
    ("uk", "Учора вдень та вночі ворог атакував область дронами.",
     [("Учора вдень", "TIME", "2025-12-18TAF"), ("вночі", "TIME", "2025-12-18TNI")]),
    ("ru", "Ночью над регионом сбили два беспилотника.", [("Ночью", "TIME", "2025-12-19TNI")]),
    # the genitive form needs its head word: "с середины ночи" is no part of a day by itself
    ("ru", "Обстрел шёл с середины ночи.", []),
])
# fmt: on
def test_timexes_part_of_the_day_standing_alone(pipelines, lang, text, expected):
    assert tag(pipelines[lang], text) == expected


# A feed whose stamps rise but for one drop crossed midnight: the stamps above the drop are
# on the day before; a feed that runs newest first only falls and keeps the report's day
# fmt: off
@pytest.mark.parametrize("text,expected", [
    ("Собянин:\n22:10. ПВО отразила атаку двух БПЛА.\n00:47. Сбит ещё один БПЛА.\n04:37. Уничтожены два БПЛА.",
     [("22:10", "TIME", "2025-12-18T22:10"), ("00:47", "TIME", "2025-12-19T00:47"),
      ("04:37", "TIME", "2025-12-19T04:37")]),
    ("Собянин:\n04:37. Уничтожены два БПЛА.\n00:47. Сбит ещё один БПЛА.\n00:12. Сбит БПЛА.",
     [("04:37", "TIME", "2025-12-19T04:37"), ("00:47", "TIME", "2025-12-19T00:47"),
      ("00:12", "TIME", "2025-12-19T00:12")]),
])
# fmt: on
def test_timexes_feed_across_midnight(pipelines, text, expected):
    assert tag(pipelines["ru"], text) == expected
