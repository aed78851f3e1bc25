"""Each document goes to its language's pipeline: English unchanged, Russian and Ukrainian
through their own, any other language stored with an empty extraction."""
import json

import pytest

from claimledger.batch import _worker_pipelines
from claimledger.extract import Pipelines, build_pipeline, extract_each
from claimledger.languages.pipelines import PIPELINES, has_pipeline
from claimledger.pipeline import analyze
from claimledger.schema import Document

ENGLISH = 'The S-400 battery arrived in Minsk on Friday, the ministry said. "We are ready," spokesman Ivan Petrov told reporters.'
RUSSIAN = "Министр обороны Сергей Петров заявил в Смоленске, что новые комплексы уже прибыли."
UKRAINIAN = "Міністр оборони Сергій Петренко заявив у Львові, що нові комплекси вже прибули."
GERMAN = ('Das Verteidigungsministerium sagte am Freitag, die Batterie sei in Minsk angekommen. '
          '"Wir sind bereit", sagte der Sprecher Ivan Petrov den Journalisten.')


@pytest.fixture(scope="module")
def pipelines():
    return _worker_pipelines(None)


def test_registry_names_the_languages_with_pipelines():
    assert {"ru", "uk"} <= set(PIPELINES)
    assert has_pipeline("en") and has_pipeline("ru") and not has_pipeline("de")


def test_each_language_gets_its_own_pipeline():
    assert build_pipeline(lang="uk").lang == "uk"
    assert "claimledger_parse_ru" in build_pipeline(lang="ru").pipe_names


def test_documents_are_routed_by_language_in_order(pipelines):
    documents = [Document(id="en", text=ENGLISH, lang="en"), Document(id="de", text=GERMAN, lang="de"),
                 Document(id="ru", text=RUSSIAN, lang="ru"), Document(id="uk", text=UKRAINIAN, lang="uk"),
                 Document(id="en2", text=ENGLISH, lang="en")]
    results = list(extract_each(pipelines, documents))
    assert [result.document.id for result in results] == ["en", "de", "ru", "uk", "en2"]
    english, german, russian, ukrainian, english_again = results
    assert english.quotes and english.entities
    assert english_again.counts() == english.counts()
    # no English rules on German text, nor invented quotes or names
    assert german.counts() == {kind: 0 for kind in german.counts()}
    # Ukrainian names come from its own rules (exact spans), not the English model's
    assert [(entity.text, entity.label) for entity in ukrainian.entities] == [
        ("Сергій Петренко", "PERSON"), ("Львові", "GPE")]
    assert pipelines.for_language("uk").lang == "uk" and pipelines.for_language("ru").lang == "ru"
    people = [entity for entity in russian.entities if entity.label == "PERSON"]
    assert [entity.text for entity in people] == ["Сергей Петров"]
    for entity in russian.entities:
        assert RUSSIAN[entity.span[0]:entity.span[1]] == entity.text


def test_a_single_pipeline_given_serves_its_language_and_the_rest_are_built():
    english = build_pipeline()
    pipelines = Pipelines(given=english)
    assert pipelines.for_language("en") is english
    assert pipelines.for_language("xx") is None


def test_analyze_stores_languages_and_counts_them(tmp_path):
    inputs = tmp_path / "docs.jsonl"
    rows = [{"id": "en", "text": ENGLISH}, {"id": "ru", "text": RUSSIAN}, {"id": "uk", "text": UKRAINIAN},
            {"id": "de", "text": GERMAN}]
    inputs.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    db = tmp_path / "ledger.db"
    summary = analyze([inputs], db_path=db)
    assert summary.languages == {"en": 1, "ru": 1, "uk": 1, "de": 1}
    import sqlite3
    with sqlite3.connect(db) as connection:
        stored = dict(connection.execute("SELECT id, lang FROM documents"))
    assert stored == {"en": "en", "ru": "ru", "uk": "uk", "de": "de"}


def _write_posts(folder):
    folder.mkdir()
    (folder / "ru.txt").write_text(RUSSIAN + "\n", encoding="utf-8")
    (folder / "de.txt").write_text(GERMAN + "\n", encoding="utf-8")
    return folder


def test_cli_analyze_lists_languages_and_marks_those_not_extracted(tmp_path):
    from typer.testing import CliRunner

    from claimledger.cli import app

    folder = _write_posts(tmp_path / "in")
    result = CliRunner().invoke(app, ["analyze", str(folder), "--db", str(tmp_path / "a.db"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["languages"] == {"ru": 1, "de": 1}
    table = CliRunner().invoke(app, ["analyze", str(folder), "--db", str(tmp_path / "b.db")])
    assert "language de (stored, not extracted)" in table.stdout and "language ru " in table.stdout


def test_cli_lang_forces_one_language_and_refuses_a_bad_code(tmp_path):
    from typer.testing import CliRunner

    from claimledger.cli import app

    folder = _write_posts(tmp_path / "in")
    result = CliRunner().invoke(app, ["analyze", str(folder), "--db", str(tmp_path / "a.db"), "--lang", "RU", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["languages"] == {"ru": 2}
    bad = CliRunner().invoke(app, ["analyze", str(folder), "--db", str(tmp_path / "b.db"), "--lang", "russian!"])
    assert bad.exit_code == 2 and "--lang must be" in bad.output
