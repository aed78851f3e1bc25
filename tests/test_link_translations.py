"""A translation of a report counts once in corroboration; independent reports of one event in
two languages count twice; same-language copies are unchanged (link/translations.py)."""
import pytest

from claimledger.schema import Document

RU_REPORT = (
    "Министр обороны Белоруссии Виктор Хренин заявил 9 марта, что в Белоруссию прибыли 4 пусковые установки "
    "комплекса «Искандер-М» для бригады в Барановичах. По словам Хренина, 120 военнослужащих прошли подготовку в течение 6 недель. "
    "«Первые 2 дивизиона заступят на боевое дежурство 1 апреля», — сказал министр. "
    "Ещё 3 установки ожидаются в Гродно в мае 2026 года.")
EN_TRANSLATION = (
    "Belarusian Defence Minister Viktor Khrenin said on March 9 that 4 Iskander-M launchers had arrived in "
    "Belarus for the brigade at Baranovichi. According to Khrenin, 120 servicemen completed training over 6 weeks. "
    "\"The first 2 battalions will take up combat duty on April 1,\" the minister said. "
    "A further 3 launchers are expected in Grodno in May 2026.")
EN_INDEPENDENT = (
    "Iskander-M launchers have arrived in Belarus, the defence ministry in Minsk confirmed on Monday. "
    "Satellite images from March 8 showed at least 7 vehicles near the base at Baranovichi. "
    "Analysts said 300 troops could operate the system by summer. Viktor Khrenin did not comment on the images.")
UK_REPORT = (
    "Міністерство оборони України повідомило 2 лютого, що до Львова прибули 2 батареї Patriot. "
    "За даними відомства, 450 ракет доставлено до 30 січня. "
    "«Ще 5 пускових установок надійдуть у березні 2026 року», — заявив речник Дмитро Коваленко.")
EN_UK_TRANSLATION = (
    "Ukraine's Defence Ministry said on February 2 that 2 Patriot batteries had arrived in Lviv. "
    "According to the ministry, 450 missiles were delivered by January 30. "
    "\"A further 5 launchers will arrive in March 2026,\" said spokesman Dmytro Kovalenko.")

DOCUMENTS = [
    Document(id="ru-report", text=RU_REPORT, lang="ru", dct="2026-03-10", outlet="Vestnik Polesya"),
    Document(id="en-translation", text=EN_TRANSLATION, lang="en", dct="2026-03-11", outlet="North Wire"),
    Document(id="en-independent", text=EN_INDEPENDENT, lang="en", dct="2026-03-10", outlet="Example Daily"),
    Document(id="uk-report", text=UK_REPORT, lang="uk", dct="2026-02-03", outlet="Lviv Herald"),
    Document(id="en-uk-translation", text=EN_UK_TRANSLATION, lang="en", dct="2026-02-04", outlet="Kyiv Wire"),
]


@pytest.fixture(scope="module")
def extractions():
    from claimledger.batch import _worker_pipelines
    from claimledger.extract import extract_each

    return {result.document.id: result for result in extract_each(_worker_pipelines(None), DOCUMENTS)}


def linked_ledger(extractions, doc_ids, *, runs=1, copies=None):
    from claimledger.link import update_for_documents
    from claimledger.store import Ledger

    ledger = Ledger(":memory:")
    for start in range(runs):
        batch = doc_ids[start::runs]
        for doc_id in batch:
            ledger.add_extraction(extractions[doc_id])
            if doc_id in (copies or {}):
                ledger.db.execute("UPDATE documents SET copy_of = ? WHERE id = ?", (copies[doc_id], doc_id))
        update_for_documents(ledger, batch)
    return ledger


def translation_rows(ledger):
    return sorted(tuple(row) for row in ledger.db.execute("SELECT doc_id, original FROM translations"))


def arrival_events(ledger, subject):
    from claimledger.link.documents import subject_key
    from claimledger.store.link_tables import timeline

    return [entry for entry in timeline(ledger.db, subject_key(subject)) if entry["status"] == "ARRIVED"]


def arrival(ledger, subject):
    (event,) = arrival_events(ledger, subject)
    return event


# fmt: off
@pytest.mark.parametrize("text, values", [
    ("1,500 дронов и 1 500 ракет", ["1500", "1500"]),
    ("2,5 тысячи и 2.5 thousand", ["2.5", "2.5"]),
    ("4 launchers, 120 troops", ["4", "120"]),
])
# fmt: on
def test_number_values_fold_thousands_and_decimals(text, values):
    from claimledger.link.translations import number_values

    assert number_values(text) == values


def test_numbers_component_marks_digits_outside_timexes():
    from claimledger.extract import build_pipeline

    doc = build_pipeline(lang="ru")("20 февраля 2025 года прибыли 12 установок и 1 500 военных.")
    assert [span.text for span in doc.spans["numbers"]] == ["12", "1 500"]


def test_translation_is_marked_against_the_earlier_report(extractions):
    ledger = linked_ledger(extractions, [document.id for document in DOCUMENTS])
    assert translation_rows(ledger) == [("en-translation", "ru-report"), ("en-uk-translation", "uk-report")]


def test_translation_counts_once_and_an_independent_report_twice(extractions):
    ledger = linked_ledger(extractions, ["ru-report", "en-translation", "en-independent"])
    event = arrival(ledger, "Iskander")
    assert {source["doc_id"] for source in event["sources"]} == {"ru-report", "en-translation", "en-independent"}
    assert event["corroboration"] == 2
    carried = next(source for source in event["sources"] if source["doc_id"] == "en-translation")
    assert carried["translation_of"] == {"doc_id": "ru-report", "lang": "ru"}


def test_ukrainian_report_and_its_english_translation_are_one_source(extractions):
    ledger = linked_ledger(extractions, ["uk-report", "en-uk-translation"])
    event = next(entry for entry in arrival_events(ledger, "Patriot") if len(entry["sources"]) > 1)
    assert {source["doc_id"] for source in event["sources"]} == {"uk-report", "en-uk-translation"}
    assert event["corroboration"] == 1


def test_independent_reports_in_two_languages_are_not_translations(extractions):
    ledger = linked_ledger(extractions, ["ru-report", "en-independent"])
    assert translation_rows(ledger) == []
    assert arrival(ledger, "Iskander")["corroboration"] == 2


def test_same_language_copy_is_no_translation(extractions):
    ledger = linked_ledger(extractions, ["ru-report", "en-independent", "en-translation"],
                           copies={"en-translation": "en-independent"})
    assert translation_rows(ledger) == []
    assert "translation_of" not in next(source for source in arrival(ledger, "Iskander")["sources"]
                                        if source["doc_id"] == "en-independent")


@pytest.mark.parametrize("order", [
    ["en-translation", "en-uk-translation", "ru-report", "en-independent", "uk-report"],
    ["uk-report", "en-independent", "en-translation", "ru-report", "en-uk-translation"],
])
@pytest.mark.parametrize("runs", [2, 5])
def test_incremental_runs_equal_full_relink(extractions, order, runs):
    from claimledger.link import relink
    from claimledger.store.link_tables import LINK_TABLES

    def dump(ledger):
        return {table: sorted(map(tuple, ledger.db.execute(f"SELECT * FROM {table}")), key=repr) for table in LINK_TABLES}

    ledger = linked_ledger(extractions, order, runs=runs)
    incremental = dump(ledger)
    relink(ledger)
    assert incremental == dump(ledger)
    assert incremental["translations"]
