"""Tracked subjects and status events in Russian and Ukrainian, on rule-level pipelines.

Every sentence here is written for these tests.
"""
import functools

import pytest

from claimledger.errors import LexiconError
from claimledger.languages import events as language_events  # noqa: F401  (registers factories)
from claimledger.languages import subjects as language_subjects  # noqa: F401
from claimledger.languages.morph import blank_pipeline
from claimledger.languages.tables import language_table


@functools.cache
def pipeline(lang):
    nlp = blank_pipeline(lang)
    nlp.add_pipe(f"claimledger_subjects_{lang}")
    nlp.add_pipe(f"claimledger_events_{lang}")
    return nlp


def subjects(lang, text):
    doc = pipeline(lang)(text)
    return [(span.text, span.label_) for span in doc.spans["subjects"]]


def statuses(lang, text):
    return [(event["subject"], event["status"]) for event in pipeline(lang)(text)._.events]


# --- subjects ---------------------------------------------------------------------------

# fmt: off
@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Удар Орешником пришёлся на завод.", ("Орешником", "Oreshnik")),
    ("ru", "Колонна «Искандеров» прошла через город.", ("Искандеров", "Iskander")),
    ("ru", "Батарея С-400 «Триумф» стоит под городом.", ("С-400", "S-400")),
    ("ru", "Туда отправили несколько Хаймарсов.", ("Хаймарсов", "HIMARS")),
    ("ru", "Пэтриотами прикрыли аэродром.", ("Пэтриотами", "Patriot")),
    ("ru", "Взлетели два Ту-95МС.", ("Ту-95МС", "Tu-95")),
    ("uk", "Удар Іскандером пошкодив склад.", ("Іскандером", "Iskander")),
    ("uk", "Кілька Калібрів випустили з моря.", ("Калібрів", "Kalibr")),
    ("uk", "Про запуск Кинджала повідомили вранці.", ("Кинджала", "Kinzhal")),
    ("uk", "Зенітний комплекс «Тор» прикриває місто.", ("Тор", "Tor-M2")),
])
# fmt: on
def test_subjects_match_case_forms_to_the_english_canonical_name(lang, text, expected):
    assert expected in subjects(lang, text)


def test_subjects_a_case_sensitive_alias_needs_its_capital():
    assert subjects("ru", "Он достал кинжал из ножен.") == []


def test_subjects_an_ambiguous_alias_needs_context():
    assert subjects("uk", "Тор прийшов у гості.") == []


def test_subjects_a_latin_name_ending_in_an_initial_keeps_the_next_sentence():
    text = "Армия получила IRIS-T. Затем прибыла вторая батарея."
    doc = pipeline("ru")(text)
    assert [span.label_ for span in doc.spans["subjects"]] == ["IRIS-T SLM"]
    assert [text[slice(*event["span"])] for event in doc._.events] == [
        "Армия получила IRIS-T.", "Затем прибыла вторая батарея."]


# --- statuses ---------------------------------------------------------------------------

# fmt: off
@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Комплексы «Искандер-М» разместили у границы.", ("Iskander", "DEPLOYED")),
    ("ru", "Полк С-400 заступил на боевое дежурство.", ("S-400", "COMBAT_DUTY")),
    ("ru", "Первые HIMARS прибыли в порт.", ("HIMARS", "ARRIVED")),
    ("ru", "Германия отправила IRIS-T по железной дороге.", ("IRIS-T SLM", "IN_TRANSIT")),
    ("ru", "Армия нанесла удар «Калибрами» по складу.", ("Kalibr", "USED")),
    ("ru", "Ночью противник применил Кинжал.", ("Kinzhal", "USED")),
    ("ru", "Норвегия передаст NASAMS весной.", ("NASAMS", "PLANNED")),
    ("ru", "Комплексы С-400 будут размещены на севере.", ("S-400", "PLANNED")),
    ("ru", "Министерство планирует разместить комплексы Patriot у аэропорта.", ("Patriot", "PLANNED")),
    ("ru", "Правительство попросило поставить ATACMS.", ("ATACMS", "REQUESTED")),
    ("ru", "Министр подтвердил передачу танков Abrams.", ("Abrams", "ARRIVED")),
    ("ru", "Поставки F-16 уже начались.", ("F-16", "IN_TRANSIT")),
    ("uk", "Комплекс Patriot розмістили біля міста.", ("Patriot", "DEPLOYED")),
    ("uk", "Дивізіон С-300 заступив на бойове чергування.", ("S-300", "COMBAT_DUTY")),
    ("uk", "Перші F-16 прибули до країни.", ("F-16", "ARRIVED")),
    ("uk", "Ворог застосував ракету «Циркон».", ("Zircon", "USED")),
    ("uk", "Окупанти завдали удару Іскандером по місту.", ("Iskander", "USED")),
    ("uk", "Данія передасть F-16 восени.", ("F-16", "PLANNED")),
    ("uk", "Країна отримає ще два NASAMS.", ("NASAMS", "PLANNED")),
    ("uk", "Уряд попросив надати HIMARS.", ("HIMARS", "REQUESTED")),
])
# fmt: on
def test_events_state_a_status(lang, text, expected):
    assert statuses(lang, text) == [expected]


# fmt: off
@pytest.mark.parametrize("lang,text", [
    ("ru", "Комплексы С-400 не разместили у границы."),           # negation
    ("ru", "Армия может применить Кинжал."),                      # possibility
    ("ru", "Если решение примут, ATACMS передадут сразу."),       # condition
    ("ru", "Размещение С-400 вызвало споры."),                    # a bare nominalisation
    ("ru", "Экипаж применил Кинжал на учениях."),                 # an exercise is not a use
    ("ru", "Страна, которая получила С-400, довольна."),          # presupposed in a past relative
    ("uk", "Комплекс Patriot не прибув до країни."),
    ("uk", "Вони можуть застосувати «Циркон»."),
    ("uk", "Якщо погода дозволить, F-16 прибудуть."),
])
# fmt: on
def test_events_none_for_what_is_not_asserted(lang, text):
    assert statuses(lang, text) == []


def test_events_a_generic_noun_refers_to_the_subject_named_before():
    text = "Вчера в порт пришёл транспорт с HIMARS. Комплексы прибыли без повреждений."
    assert statuses("ru", text) == [("HIMARS", "ARRIVED")]


def test_events_a_nominalisation_refers_back_when_asserted():
    text = "Армия получила первые IRIS-T. Передача состоялась в четверг."
    assert statuses("ru", text) == [("IRIS-T SLM", "ARRIVED"), ("IRIS-T SLM", "ARRIVED")]


def test_events_a_headline_line_is_its_own_statement():
    text = "Канада передаст Leopard 2\n\nКанада передаст Украине танки Leopard 2."
    assert statuses("ru", text) == [("Leopard 2", "PLANNED"), ("Leopard 2", "PLANNED")]


def test_events_use_is_placed_where_it_struck_not_with_its_user():
    event = pipeline("ru")("Россия применила «Искандер» по Харькову.")._.events[0]
    assert event["location"] == "Харьков"


def test_events_recipient_in_the_dative_is_the_place():
    event = pipeline("ru")("Германия передала Украине IRIS-T.")._.events[0]
    assert event["location"] == "Украина"


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Норвегия передала NASAMS вооруженным силам Польши, сообщил министр обороны Германии.", "Польша"),
    ("uk", "Канада передала NASAMS Збройним силам Польщі, повідомив міністр оборони Німеччини.", "Польща"),
])
def test_events_a_country_whose_forces_receive_is_the_place(lang, text, expected):
    event = pipeline(lang)(text)._.events[0]
    assert event["location"] == expected


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "США поставили Румынии ракеты ATACMS.", "Румыния"),
    ("ru", "Норвегия отправила комплекс NASAMS, сообщил министр.", None),
    ("uk", "Німеччина передала Польщі комплекс NASAMS.", "Польща"),
    ("uk", "Німеччина передала комплекс NASAMS.", None),
])
def test_events_a_giver_is_not_the_place(lang, text, expected):
    event = pipeline(lang)(text)._.events[0]
    assert event["location"] == expected


def test_events_a_possessor_is_still_not_the_place():
    event = pipeline("ru")("Министр обороны Германии сообщил, что NASAMS прибыли в Польшу.")._.events[0]
    assert event["location"] == "Польша"


def test_events_an_origin_is_not_the_place():
    event = pipeline("uk")("Танки Leopard 2 прибули з Польщі до Києва.")._.events[0]
    assert event["location"] == "Київ"


def test_events_date_only_from_a_timex_in_the_clause():
    nlp = pipeline("ru")
    doc = nlp.make_doc("Во вторник прибыли HIMARS, сообщили в среду.")
    doc._.timexes = [{"span": [3, 10], "type": "DATE", "value": "2024-05-07"},
                     {"span": [36, 41], "type": "DATE", "value": "2024-05-08"}]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert doc._.events[0]["date"] == "2024-05-07"
    assert nlp("Прибыли HIMARS.")._.events[0]["date"] is None


def test_events_source_is_the_speaker_of_the_enclosing_quote():
    nlp = pipeline("uk")
    text = "«Комплекс Patriot вже прибув», – сказав Іван Петренко."
    doc = nlp.make_doc(text)
    doc._.quotes = [{"span": [1, 27], "kind": "direct", "speaker": "Іван Петренко",
                     "speaker_span": [40, 53]}]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert (doc._.events[0]["source"], doc._.events[0]["source_span"]) == ("Іван Петренко", [40, 53])
    assert nlp(text)._.events[0]["source"] is None


def test_events_span_is_the_statement():
    text = "Первая фраза. Комплекс Patriot развернули у города."
    event = pipeline("ru")(text)._.events[0]
    assert text[event["span"][0]:event["span"][1]] == "Комплекс Patriot развернули у города."


def test_events_tables_use_only_known_statuses():
    from claimledger.lexicon import lexicon
    for lang in ("ru", "uk"):
        assert {rule["status"] for rule in language_table(lang, "events")["triggers"]} \
            <= set(lexicon().status_names)


def test_language_table_missing_names_the_file():
    with pytest.raises(LexiconError, match="lexicon/xx/events.json"):
        language_table("xx", "events")


def test_events_the_first_word_gate_changes_nothing():
    """The gate is derived from the triggers: with a gate that lets every token through, the
    rules find the same events on their own examples."""
    import re

    from claimledger.languages.events import EventTables, StatusEventExtractor, verb_forms

    text = ("Полк С-400 заступил на боевое дежурство. Норвегия передаст NASAMS весной. "
            "Армия нанесла удар «Калибрами» по складу. Поставки F-16 уже начались.")
    tables = EventTables.from_dict(language_table("ru", "events"))
    open_tables = EventTables.from_dict(language_table("ru", "events"))
    open_tables.__dict__["first_words"] = re.compile(r".*")
    nlp = pipeline("ru")
    found = []
    for candidate in (tables, open_tables):
        doc = nlp.make_doc(text)
        for name, component in nlp.pipeline:
            if name != "claimledger_events_ru":
                doc = component(doc)
        doc = StatusEventExtractor(nlp, "events", tables=candidate, forms=verb_forms("ru", candidate))(doc)
        found.append([(e["subject"], e["status"]) for e in doc._.events])
    assert found[0] == found[1] == [("S-400", "COMBAT_DUTY"), ("NASAMS", "PLANNED"),
                                    ("Kalibr", "USED"), ("F-16", "IN_TRANSIT")]


def test_events_a_parsed_place_outside_the_table_is_used():
    from spacy.tokens import Span

    nlp = pipeline("ru")
    doc = nlp.make_doc("Комплексы Patriot разместили в Житомире.")
    doc.ents = [Span(doc, 4, 5, label="GPE")]
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert doc._.events[0]["location"] == "Житомир"


def test_events_table_with_an_unknown_status_is_refused():
    from claimledger.languages.events import EventTables

    data = dict(language_table("ru", "events"))
    data["triggers"] = [{"words": ["прибыть"], "status": "LANDED"}]
    with pytest.raises(LexiconError, match="LANDED"):
        EventTables.from_dict(data)


# fmt: off
@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Расчёт запустил «Искандер» по аэродрому.", ("Iskander", "USED")),
    ("ru", "Конгресс одобрил поставку ATACMS.", ("ATACMS", "PLANNED")),
    ("ru", "Министр подтвердил получение HIMARS войсками.", ("HIMARS", "ARRIVED")),
    ("uk", "Росіяни запустили «Кинджал» по аеродрому.", ("Kinzhal", "USED")),
    ("uk", "Уряд схвалив постачання ATACMS.", ("ATACMS", "PLANNED")),
])
# fmt: on
def test_events_launches_approvals_and_receipts(lang, text, expected):
    assert statuses(lang, text) == [expected]


# fmt: off
@pytest.mark.parametrize("lang,text", [
    ("ru", "Комплексы С-400 планируется разместить на юге."),
    ("ru", "Батареи Patriot будут переданы осенью."),
    ("uk", "Німеччина передаватиме IRIS-T щомісяця."),
    ("uk", "Союзники надішлють ATACMS навесні."),
])
# fmt: on
def test_events_future_and_scheduled_forms_are_planned(lang, text):
    assert [status for _, status in statuses(lang, text)] == ["PLANNED"]


# fmt: off
@pytest.mark.parametrize("lang,text", [
    ("ru", "Министр поручил разместить батарею С-400 у границы."),
    ("ru", "Командующий приказал перебросить комплексы Patriot к аэродрому."),
    ("uk", "Президент доручив розмістити NASAMS біля кордону."),
    ("uk", "Генерал наказав перекинути IRIS-T до столиці."),
])
# fmt: on
def test_events_an_order_to_deploy_is_planned(lang, text):
    assert [status for _, status in statuses(lang, text)] == ["PLANNED"]


def test_events_a_negated_future_is_no_event():
    assert statuses("ru", "Батареи Patriot не будут переданы осенью.") == []


@pytest.mark.parametrize("lang,text,speaker", [
    ("ru", "Комплексы Patriot прибыли в порт. Об этом сообщил министр обороны Иван Петров.",
     "Иван Петров"),
    ("uk", "Комплекси Patriot прибули до порту. Про це в етері повідомив міністр Петро Іваненко.",
     "Петро Іваненко"),
])
def test_events_source_named_by_the_next_sentence(lang, text, speaker):
    event = pipeline(lang)(text)._.events[0]
    assert (event["source"], text[slice(*event["source_span"])]) == (speaker, speaker)


def test_events_a_plain_next_sentence_names_no_source():
    text = "Комплексы Patriot прибыли в порт. Министр обороны Иван Петров сообщил о визите."
    assert pipeline("ru")(text)._.events[0]["source"] is None


# fmt: off
@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Зенитные комплексы NASAMS уже в Литве.", [("NASAMS", "ARRIVED")]),
    ("ru", "Батарея Patriot находится под Жешувом с весны.", [("Patriot", "ARRIVED")]),
    ("uk", "Системи IRIS-T вже в Україні.", [("IRIS-T SLM", "ARRIVED")]),
    ("uk", "Батарея Patriot знаходиться біля кордону.", [("Patriot", "ARRIVED")]),
    ("ru", "Комплексы NASAMS уже в конце года могут прибыть.", []),   # a time after "уже в", then a possibility
    ("uk", "Уже в березні HIMARS можуть передати.", []),
    ("ru", "Комплексы NASAMS уже в марте.", []),                        # a month, not a place
    ("uk", "Системи IRIS-T вже у березні.", []),
])
# fmt: on
def test_events_presence_is_arrival_only_before_a_place(lang, text, expected):
    assert statuses(lang, text) == expected


# fmt: off
@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Франция передаст Украине шесть гаубиц «Цезарь».", ("Цезарь", "Caesar")),
    ("ru", "Войска применили РСЗО «Град» и «Ураган».", ("Ураган", "Uragan")),
    ("ru", "Войска применили РСЗО «Град» по городу.", ("Град", "BM-21 Grad")),
    ("ru", "Расчёт ЗРК «Оса» сбил беспилотник.", ("Оса", "Osa")),
    ("ru", "Бомбардировщики сбросили ФАБ-500 на позиции.", ("ФАБ-500", "FAB-500")),
    ("ru", "Взлетели истребители МиГ-31К.", ("МиГ-31К.", "MiG-31")),
    ("ru", "Противник выпустил ракеты Х-59 и Х-31П.", ("Х-31П.", "Kh-31")),
    ("ru", "Комплекс «Бастион» нанёс удар.", ("Бастион", "Bastion")),
    ("ru", "Танки Т-72Б3 вошли в село.", ("Т-72Б3", "T-72")),
    ("uk", "Сили оборони отримали САУ «Богдана».", ("Богдана", "Bohdana")),
    ("uk", "Ворог атакував керованими авіабомбами КАБ.", ("КАБ", "KAB")),
    ("uk", "Ракетний комплекс «Нептун» уразив корабель.", ("Нептун", "Neptune")),
    ("uk", "Винищувачі МіГ-29 збили ракети.", ("МіГ-29", "MiG-29")),
    ("uk", "Україна отримала танки Leopard 1A5.", ("Leopard 1A5", "Leopard 1")),
])
# fmt: on
def test_subjects_new_families_in_russian_and_ukrainian(lang, text, expected):
    assert expected in subjects(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Утром выпал град."),
    ("ru", "Оса ужалила ребёнка."),
    ("ru", "Смерч прошёл над полем."),
    ("uk", "Богдана прийшла до школи."),
    ("uk", "Нептун видно в телескоп."),
])
def test_subjects_new_ambiguous_names_need_context(lang, text):
    assert subjects(lang, text) == []


# fmt: off
@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Передача обещанных Германией систем Patriot состоялась во вторник.", [("Patriot", "ARRIVED")]),
    ("ru", "Запрошенные Польшей системы Patriot прибыли в Жешув.", [("Patriot", "ARRIVED")]),
    ("ru", "Передача заказанных Индией систем С-400 состоялась в декабре.", [("S-400", "ARRIVED")]),
    # near misses: the plan or the request stated by a verb still governs
    ("ru", "Германия пообещала передать Украине системы Patriot.", [("Patriot", "PLANNED")]),
    ("ru", "Польша запросила системы Patriot.", [("Patriot", "REQUESTED")]),
])
# fmt: on
def test_events_a_participle_describing_a_noun_governs_no_status(lang, text, expected):
    assert statuses(lang, text) == expected
