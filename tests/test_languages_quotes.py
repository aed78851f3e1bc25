"""Quotes and speakers in Russian and Ukrainian (claimledger.languages.quotes).

Every sentence here is written for these tests; none comes from a benchmark.
"""
import pytest

import claimledger.languages.quotes  # noqa: F401  (registers the factories)
from claimledger.languages.morph import blank_pipeline
from claimledger.languages.quote_marks import find_quoted_stretches
from claimledger.languages.speakers import nominative_name


@pytest.fixture(scope="module")
def quotes_of():
    pipelines = {}

    def run(text: str, lang: str) -> list[tuple[str, str, str | None]]:
        if lang not in pipelines:
            nlp = blank_pipeline(lang)
            nlp.add_pipe(f"claimledger_quotes_{lang}")
            pipelines[lang] = nlp
        doc = pipelines[lang](text)
        return [(q["kind"], text[q["span"][0]:q["span"][1]], q["speaker"]) for q in doc._.quotes]

    return run


# fmt: off
RUSSIAN = [
    ("«Колонна техники уже пересекла границу», — заявил министр обороны Иван Сидоров.",
     [("direct", "Колонна техники уже пересекла границу", "Иван Сидоров")]),
    ("Глава ведомства Пётр Орлов прибыл в Минск. \"Мы готовы к переговорам\", - сказал он.",
     [("direct", "Мы готовы к переговорам", "Пётр Орлов")]),
    ("Министр иностранных дел Анна Котова заявила, что поставки начнутся в марте.",
     [("indirect", "поставки начнутся в марте", "Анна Котова")]),
    ("Анна Котова прибыла в Брест. По словам Котовой, решение уже принято.",
     [("indirect", "решение уже принято", "Анна Котова")]),
    ("Как сообщает агентство «Вести», колонна прибыла ночью.",
     [("indirect", "колонна прибыла ночью", "Вести")]),
    ("Колонна прибыла на полигон, сообщили в пресс-службе Западного военного округа.",
     [("indirect", "Колонна прибыла на полигон", "пресс-служба Западного военного округа")]),
    ("Генерал Сергей Волков подчеркнул, что новый комплекс «полностью готов к работе в любых условиях».",
     [("mixed", "новый комплекс «полностью готов к работе в любых условиях»", "Сергей Волков")]),
    ("Депутат Олег Белов отметил, что «учения пройдут по плану».",
     [("direct", "учения пройдут по плану", "Олег Белов")]),
    ("Александр Лукашенко посетил полигон. Позже Лукашенко заявил, что испытания прошли успешно.",
     [("indirect", "испытания прошли успешно", "Александр Лукашенко")]),
    ("Испытания завершены досрочно, сообщает Минобороны.",
     [("indirect", "Испытания завершены досрочно", "Минобороны")]),
    ("Стало известно, что испытания перенесли на осень.",
     [("indirect", "испытания перенесли на осень", None)]),
    ("По мнению некоторых военных экспертов, переброска займёт месяц.",
     [("indirect", "переброска займёт месяц", "некоторые военные эксперты")]),
]
UKRAINIAN = [
    ("«Перша партія вже в дорозі», — заявив речник Повітряних сил Юрій Ковальчук.",
     [("direct", "Перша партія вже в дорозі", "Юрій Ковальчук")]),
    ("Міністр оборони Олена Бойко повідомила, що системи прибудуть до кінця року.",
     [("indirect", "системи прибудуть до кінця року", "Олена Бойко")]),
    ("Олена Бойко відвідала полігон. За словами Бойко, навчання екіпажів триває.",
     [("indirect", "навчання екіпажів триває", "Олена Бойко")]),
    ("Як повідомляє видання «Вісті», техніка вже на місці.",
     [("indirect", "техніка вже на місці", "Вісті")]),
    ("За словами Тараса Мельника, колона вже перетнула кордон.",
     [("indirect", "колона вже перетнула кордон", "Тарас Мельник")]),
    ("Генерал Тарас Мельник відвідав частину.\n– Ми отримали все, що просили, – наголосив він.",
     [("direct", "Ми отримали все, що просили,", "Тарас Мельник")]),
    ("Зазначається, що навчання триватимуть тиждень.",
     [("indirect", "навчання триватимуть тиждень", None)]),
]
NOT_QUOTES = [
    ("Зенитный комплекс «Тор» прибыл в часть.", "ru"),
    ("Он также сообщил о планах по модернизации армии.", "ru"),
    ("Об этом заявил министр обороны Иван Сидоров.", "ru"),
    ("Про це заявив міністр Тарас Мельник.", "uk"),
    ("Комплекс \"Бук\" повернувся до частини.", "uk"),
]
# fmt: on


@pytest.mark.parametrize("text, expected", RUSSIAN)
def test_quotes_ru_kind_span_and_speaker(quotes_of, text, expected):
    assert quotes_of(text, "ru") == expected


@pytest.mark.parametrize("text, expected", UKRAINIAN)
def test_quotes_uk_kind_span_and_speaker(quotes_of, text, expected):
    assert quotes_of(text, "uk") == expected


@pytest.mark.parametrize("text, lang", NOT_QUOTES)
def test_quotes_names_and_noun_complements_are_not_quotes(quotes_of, text, lang):
    assert quotes_of(text, lang) == []


def test_quotes_nested_quotation_is_one_quote(quotes_of):
    text = "«Он сказал: „Всё идёт по плану“, и я ему верю», — отметил депутат Олег Белов."
    assert quotes_of(text, "ru") == [
        ("direct", "Он сказал: „Всё идёт по плану“, и я ему верю", "Олег Белов")]


def test_quotes_split_by_their_own_attribution(quotes_of):
    text = "\"Техника уже в пути, – написал Олег Белов в соцсети. – Остальное прибудет позже\"."
    assert quotes_of(text, "ru") == [
        ("direct", "Техника уже в пути,", "Олег Белов"),
        ("direct", "Остальное прибудет позже", "Олег Белов")]


def test_quotes_headline_with_dash_source(quotes_of):
    text = "Колонна прибыла в Брест — Минобороны\n\nПодробности позже."
    assert quotes_of(text, "ru") == [("indirect", "Колонна прибыла в Брест", "Минобороны")]


def test_quote_marks_pair_lapki_inside_yolochki():
    text = "«Слово „Тор“ здесь» и «ещё»"
    stretches = find_quoted_stretches(text)
    assert [text[s.start:s.end] for s in stretches] == ["Слово „Тор“ здесь", "ещё"]


def test_quote_marks_ignore_ukrainian_apostrophes():
    text = "У п'ятницю з’явилися «нові дані»."
    assert [text[s.start:s.end] for s in find_quoted_stretches(text)] == ["нові дані"]


# fmt: off
MORE_RUSSIAN = [
    ("Штаб округа Белоруссии: техника вернулась в пункты дислокации",
     [("indirect", "техника вернулась в пункты дислокации", "Штаб округа Белоруссии")]),
    ("Депутат Олег Белов в эфире телеканала заявил, что ответ будет зеркальным.",
     [("indirect", "ответ будет зеркальным", "Олег Белов")]),
    ("Позднее в Министерстве обороны Литвы заявили, что усилят охрану границы.",
     [("indirect", "усилят охрану границы", "Министерство обороны Литвы")]),
    ("Генерал Олег Белов вернулся в часть. «Мы ждём приказа», — цитирует агентство генерала.",
     [("direct", "Мы ждём приказа", "Олег Белов")]),
]
# fmt: on


@pytest.mark.parametrize("text, expected", MORE_RUSSIAN)
def test_quotes_ru_headline_adjuncts_and_institutions(quotes_of, text, expected):
    assert quotes_of(text, "ru") == expected


def test_quotes_uk_institution_in_the_locative(quotes_of):
    assert quotes_of("У Генштабі ЗСУ наголосили, що ворог накопичує ракети.", "uk") == [
        ("indirect", "ворог накопичує ракети", "Генштаб ЗСУ")]


def test_quotes_ru_person_entities_give_the_fullest_name():
    from spacy.tokens import Span
    nlp = blank_pipeline("ru")
    text = "Посол Индии Бала Венкатеш Варма прибыл в Москву. Варма заявил, что контракт подписан."
    doc = nlp(text)
    quotes = nlp.add_pipe("claimledger_quotes_ru")
    without = quotes(nlp(text))._.quotes[0]["speaker"]
    start = text.index("Бала")
    doc.ents = [Span(doc, doc.char_span(start, start + len("Бала Венкатеш Варма")).start,
                     doc.char_span(start, start + len("Бала Венкатеш Варма")).end, label="PERSON")]
    assert without == "Венкатеш Варма"
    assert quotes(doc)._.quotes[0]["speaker"] == "Бала Венкатеш Варма"


# fmt: off
MORE_UKRAINIAN = [
    ("Речниця Катерина Коваль прибула до Львова. \"Ми робимо все можливе\", – сказала Коваль журналістам.",
     [("direct", "Ми робимо все можливе", "Катерина Коваль")]),
    ("Як зазначили в Міністерстві оборони, перші установки вже на полігоні.",
     [("indirect", "перші установки вже на полігоні", "Міністерство оборони")]),
    ("Командувач Микола Олещук повідомив у Telegram: \"Сили ППО знищили 12 ракет\".",
     [("direct", "Сили ППО знищили 12 ракет", "Микола Олещук")]),
    ("Олещук на брифінгу сказав, що роботу завершено.",
     [("indirect", "роботу завершено", "Олещук")]),
]
# fmt: on


@pytest.mark.parametrize("text, expected", MORE_UKRAINIAN)
def test_quotes_uk_surnames_institutions_and_adjuncts(quotes_of, text, expected):
    assert quotes_of(text, "uk") == expected


@pytest.mark.parametrize("text, speaker", [
    ("Представители Министерства обороны России провели брифинг. "
     "Колонна прибыла на полигон, сообщает Минобороны России.", "Министерство обороны России"),
    ("Колонна прибыла на полигон, сообщает Минобороны России.", "Минобороны России"),
])
def test_quotes_ru_abbreviation_written_out_only_when_the_text_does(quotes_of, text, speaker):
    assert [q[2] for q in quotes_of(text, "ru")] == [speaker]


def test_quotes_second_report_in_one_sentence(quotes_of):
    text = "Министр Иван Сидоров отметил, что учения прошли успешно, и добавил, что следующие пройдут весной."
    assert quotes_of(text, "ru") == [("indirect", "учения прошли успешно", "Иван Сидоров"),
                                     ("indirect", "следующие пройдут весной", "Иван Сидоров")]


def test_quotes_label_line_before_a_quotation(quotes_of):
    assert quotes_of("Министр Иван Сидоров:\n«Мы готовы ко всему».", "ru") == [
        ("direct", "Мы готовы ко всему", "Иван Сидоров")]


@pytest.mark.parametrize("text, expected", [
    ("«Первая партия прибудет в понедельник», — заявил Олег Белов. «Остальные машины придут позже».",
     [("direct", "Первая партия прибудет в понедельник", "Олег Белов"),
      ("direct", "Остальные машины придут позже", "Олег Белов")]),
    ("«Первая партия прибудет в понедельник», — заявил Олег Белов. «Новый большой зенитный комплекс» прибыл.",
     [("direct", "Первая партия прибудет в понедельник", "Олег Белов")]),
])
def test_quotes_unattributed_sentence_continues_the_last_quotation(quotes_of, text, expected):
    assert quotes_of(text, "ru") == expected


def test_quotes_speech_signed_after_a_dash_is_direct(quotes_of):
    text = "Генерал Тарас Мельник прибув до частини. Ми не відступимо, - заявив Мельник журналістам."
    assert quotes_of(text, "uk") == [("direct", "Ми не відступимо", "Тарас Мельник")]


def test_quotes_title_takes_the_person_the_document_titles_so(quotes_of):
    text = ("Президент Олег Коваль провів нараду. "
            "Як наголосив речник Тарас Мельник, ворог змінив тактику. "
            "Президент зазначив, що рішення ухвалять найближчим часом.")
    assert [q[2] for q in quotes_of(text, "uk")] == ["Тарас Мельник", "Олег Коваль"]


@pytest.mark.parametrize("text, expected", [
    ("В Кремле заявили, что не комментируют военные поставки.",
     [("indirect", "не комментируют военные поставки", "Кремль")]),
    ("Генерал Андрей Орлов прибыл в часть. «Мы готовы», — сказал А. Орлов журналистам.",
     [("direct", "Мы готовы", "Андрей Орлов")]),
    ("🔥 Пентагон сообщил, что новые ракеты отправлены в Европу https://example.org/post/1",
     [("indirect", "новые ракеты отправлены в Европу", "Пентагон")]),
])
def test_quotes_ru_initials_prepositions_symbols_and_links(quotes_of, text, expected):
    assert quotes_of(text, "ru") == expected


@pytest.mark.parametrize("text, lang", [
    ("Напомним, что первые комплексы прибыли в марте.", "ru"),
    ("Нагадаємо, що перші комплекси прибули в березні.", "uk"),
])
def test_quotes_the_authors_reminder_is_not_a_quote(quotes_of, text, lang):
    assert quotes_of(text, lang) == []


@pytest.mark.parametrize("text, expected", [
    ("«Удары будут продолжены», — говорится в заявлении Минобороны России. Колонна ушла.",
     [("direct", "Удары будут продолжены", "Минобороны России")]),
    ("Колонна прибыла в район учений, сообщили РИА Новости в пресс-службе Западного военного округа.",
     [("indirect", "Колонна прибыла в район учений", "пресс-служба Западного военного округа")]),
    ("Эксперт Олег Белов опасается, что сроки сорвут.",
     [("indirect", "сроки сорвут", "Олег Белов")]),
])
def test_quotes_ru_documents_plural_offices_and_cognition(quotes_of, text, expected):
    assert quotes_of(text, "ru") == expected


def test_quotes_uk_document_without_author_has_no_speaker(quotes_of):
    assert quotes_of("Колона техніки прибула в район навчань, йдеться у повідомленні.", "uk") == [
        ("indirect", "Колона техніки прибула в район навчань", None)]


def test_quotes_factories_load_through_entry_points_without_importing_claimledger():
    import subprocess
    import sys
    code = ("import spacy; nlp = spacy.blank('uk'); nlp.add_pipe('sentencizer'); "
            "nlp.add_pipe('claimledger_quotes_uk'); "
            "doc = nlp('Олег Коваль заявив, що колона вже прибула.'); print(doc._.quotes[0]['speaker'])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "Олег Коваль"


def test_quotes_no_continuation_across_another_sentence(quotes_of):
    text = "«Мы готовы к диалогу», — сказал Олег Белов. В Киеве ответили иначе. «Это провокация и обман»."
    assert quotes_of(text, "ru") == [("direct", "Мы готовы к диалогу", "Олег Белов")]


# fmt: off
@pytest.mark.parametrize("words, expected", [
    (["Дмитра", "Кулеби"], "Дмитро Кулеба"),            # a first name in -о; a masculine surname in -а
    (["Петра", "Порошенка"], "Петро Порошенко"),        # a surname in -енко
    (["Ольги", "Стефанішиної"], "Ольга Стефанішина"),   # feminine, adjectival surname
    (["Дмитром", "Кулебою"], "Дмитро Кулеба"),          # instrumental
    (["Ігоря", "Клименка"], "Ігор Клименко"),           # no soft sign after a final р
    (["Марка", "Рютте"], "Марк Рютте"),                 # Mark, not Marko: only listed stems take -о
    (["Олександра", "Сирського"], "Олександр Сирський"),
])
# fmt: on
def test_ukrainian_names_in_an_oblique_case_get_their_nominative(words, expected):
    assert nominative_name(words, "uk") == expected


# An agency's dateline label before the content is no part of it

@pytest.mark.parametrize("text,lang,expected", [
    ("Омск. 6 октября. ИНТЕРФАКС-СИБИРЬ - Полк получил новые радары, сообщает пресс-служба округа.",
     "ru", "Полк получил новые радары"),
    ("Львів. 3 березня. УКРІНФОРМ – Бригада отримала нові радари, повідомив командувач Олег Білий.",
     "uk", "Бригада отримала нові радари"),
])
def test_quotes_dateline_label_is_not_content(quotes_of, text, lang, expected):
    assert [span for _, span, _ in quotes_of(text, lang)] == [expected]


def test_quotes_short_acronym_before_a_dash_stays_content(quotes_of):
    text = "НАТО - агрессивный блок у наших границ, заявил депутат Олег Белов."
    assert [span for _, span, _ in quotes_of(text, "ru")] == ["НАТО - агрессивный блок у наших границ"]


# A headline's colon label that names a topic is no speaker; a role or an office is

@pytest.mark.parametrize("text,lang,expected", [
    ("Нічна атака: Сили оборони збили двадцять дронів\n\nТекст повідомлення.", "uk", []),
    ("Главное за ночь: ПВО сбила дроны над Брянском\n\nТекст сообщения.", "ru", []),
    ("Міністр оборони: колона прибула до Львова\n\nТекст повідомлення.", "uk",
     [("indirect", "колона прибула до Львова", "Міністр оборони")]),
    ("Пресс-служба округа: колонна прибыла в Брест\n\nТекст сообщения.", "ru",
     [("indirect", "колонна прибыла в Брест", "Пресс-служба округа")]),
])
def test_quotes_headline_topic_label_is_no_speaker(quotes_of, text, lang, expected):
    assert quotes_of(text, lang) == expected
