"""Language per document: metadata first, then the text (orthography for Cyrillic, py3langid)."""
import json

import pytest

from claimledger.ingest import IngestOptions, read_path
from claimledger.languages.detect import choose_language, identify, normalise_code, orthography_language

RUSSIAN = "Вчера в порту выгрузили ещё два зенитных комплекса, сообщил журналистам представитель штаба."
UKRAINIAN = "Учора в порту розвантажили ще два зенітні комплекси, повідомив журналістам речник штабу."
BELARUSIAN = "Учора ў порце разгрузілі яшчэ два зенітныя комплексы, паведаміў журналістам прадстаўнік штаба."
ENGLISH = "Two more air defence systems were unloaded at the port yesterday, a staff spokesman told reporters."
GERMAN = "Gestern wurden im Hafen zwei weitere Flugabwehrsysteme entladen, sagte ein Sprecher des Stabes den Journalisten."
POLISH = "Wczoraj w porcie rozładowano jeszcze dwa systemy obrony przeciwlotniczej, powiedział dziennikarzom rzecznik sztabu."


@pytest.mark.parametrize("text, code", [
    (RUSSIAN, "ru"), (UKRAINIAN, "uk"), (BELARUSIAN, "be"), (ENGLISH, "en"), (GERMAN, "de"), (POLISH, "pl"),
])
def test_identify_tells_the_languages_apart(text, code):
    assert identify(text) == code


@pytest.mark.parametrize("text, code", [
    ("Ракети вже в дорозі 🚀", "uk"),      # і/ї/є/ґ only in Ukrainian
    ("Ракеты уже в пути 🚀", "ru"),        # ы only in Russian
    ("Ракеты ўжо ў дарозе", "be"),         # ў only in Belarusian
])
def test_short_cyrillic_posts_are_told_apart_by_their_letters(text, code):
    assert identify(text) == code


def test_a_russian_text_quoting_a_ukrainian_name_stays_russian():
    letters = [ch for ch in "Военные заявили, что объект в Києві был поражён ещё ночью. Это подтвердили." if ch.isalpha()]
    assert orthography_language(letters) == "ru"


def test_short_or_unclear_latin_text_is_english():
    assert identify("Patriot batteries arrived in Rzeszow.") == "en"
    assert identify("12:40 — 🚀🚀") == "en"
    assert identify("Strike reported near the bridge") == "en"
    assert identify("4 May 2021 - 09:10") == "en"


@pytest.mark.parametrize("text,code", [
    ("Eilmeldung: Raketen nach Kaliningrad verlegt", "de"),
    ("Urgent : des missiles livrés à Kiev", "fr"),
    ("Pilne: rakiety dotarły do Rzeszowa", "pl"),
    ("Última hora: llegan misiles a Polonia", "es"),
    ("Son dakika: füzeler sınıra ulaştı", "tr"),
])
def test_short_latin_posts_in_another_language_are_not_english(text, code):
    assert identify(text) == code


def test_metadata_first_unless_the_script_contradicts_it():
    assert choose_language(ENGLISH, stated="en-GB") == "en"
    assert choose_language(GERMAN, stated="de_DE") == "de"
    assert choose_language(RUSSIAN, stated="en") == "ru"     # a template's lang="en" on a Russian page
    assert choose_language(ENGLISH, stated="ru") == "en"


def test_forced_language_wins_and_auto_does_not_force():
    assert choose_language(ENGLISH, stated="en", forced="uk") == "uk"
    assert choose_language(RUSSIAN, forced="auto") == "ru"


@pytest.mark.parametrize("value, code", [("ru-RU", "ru"), ("UK", "uk"), ("pt_BR", "pt"), ("", None),
                                         ("not a code", None), (None, None)])
def test_normalise_code(value, code):
    assert normalise_code(value) == code


def test_eval_jsonl_without_lang_is_identified_and_with_lang_kept(tmp_path):
    path = tmp_path / "docs.jsonl"
    rows = [{"id": "a", "text": UKRAINIAN}, {"id": "b", "text": GERMAN, "lang": "de"},
            {"id": "c", "text": RUSSIAN, "lang": "ru"}]
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    assert [document.lang for document in read_path(path)] == ["uk", "de", "ru"]
    assert [document.lang for document in read_path(path, options=IngestOptions(lang="ru"))] == ["ru"] * 3


def test_html_lang_attribute_is_the_metadata(tmp_path):
    body = "".join(f"<p>{sentence}</p>" for sentence in (RUSSIAN, RUSSIAN.replace("два", "три"), RUSSIAN.replace("Вчера", "Сегодня")))
    page = tmp_path / "page.html"
    page.write_text(f'<html lang="ru-RU"><head><meta charset="utf-8"><title>Порт</title></head>'
                    f"<body><article>{body}</article></body></html>", encoding="utf-8")
    [document] = [item for item in read_path(page) if hasattr(item, "lang")]
    assert document.lang == "ru"


def test_plain_text_without_metadata_is_identified(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(UKRAINIAN + "\n", encoding="utf-8")
    [document] = read_path(path)
    assert document.lang == "uk"


@pytest.mark.parametrize("head, code", [
    ('<html lang="uk"><head></head>', "uk"),
    ('<html><head><meta property="og:locale" content="ru_RU"></head>', "ru_RU"),
    ('<html><head><meta http-equiv="Content-Language" content="de"></head>', "de"),
    ("<html><head></head>", None),
])
def test_page_language_reads_the_declared_language(head, code):
    from claimledger.ingest.html import page_language, parse_page

    tree, _ = parse_page(f"{head}<body><p>text</p></body></html>".encode())
    assert page_language(tree) == code


LONG_GERMAN = ("Die Bundeswehr hat nach Angaben des Verteidigungsministeriums weitere Flugabwehrsysteme "
               "nach Polen verlegt. Die Einheiten sollen den Luftraum über dem Flughafen sichern, sagte "
               "ein Sprecher am Dienstag in Berlin. Die Verlegung sei mit den Verbündeten abgestimmt worden.")


def test_metadata_loses_to_a_long_text_plainly_in_another_language():
    assert choose_language(LONG_GERMAN, stated="en") == "de"        # a site template's lang="en"
    assert choose_language(LONG_GERMAN[:60], stated="en") == "en"   # too short to overrule it
    assert choose_language(LONG_GERMAN, stated="de") == "de"
