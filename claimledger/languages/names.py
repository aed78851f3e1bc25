"""Names in the nominative, so one person is one name whatever case the sentence put it in.

"Александра Лукашенко" -> "Александр Лукашенко", "Ирины Васильевой" -> "Ирина Васильева":
each word of a Russian person's name that the tagger did not read as nominative is put into
the nominative by pymorphy3, reading it as a first name, surname or patronymic of the
gender the tagger saw. Indeclinable surnames (Лукашенко, Шойгу) and unknown words stay.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from claimledger.languages.morph import analyzer

NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
GENDERS = {"Masc": "masc", "Fem": "femn"}


def nominative_name(span: Span) -> str:
    """A Russian person's name (a span of the parsed Doc) in the nominative."""
    words = []
    for token in span:
        if token.is_space:
            continue
        case = token.morph.get("Case")
        gender = (token.morph.get("Gender") or [None])[0]
        words.append(token.text if case == ["Nom"] else nominative_word(token.text, GENDERS.get(gender)))
    return " ".join(words)


@lru_cache(maxsize=65_536)
def nominative_word(word: str, gender: str | None = None) -> str:
    """One word of a name in the nominative, capitalised as it was written."""
    if not word.isalpha():
        return word
    readings = [parse for parse in analyzer("ru").parse(word) if NAME_GRAMMEMES & parse.tag.grammemes]
    if gender:
        readings = [parse for parse in readings if gender in parse.tag.grammemes] or readings
    for parse in readings:
        if "Fixd" in parse.tag.grammemes:
            return word
        inflected = parse.inflect({"nomn", "sing"})
        if inflected is not None:
            return _cased_like(inflected.word, word)
    return word


@lru_cache(maxsize=65_536)
def nominative_phrase(phrase: str) -> str:
    """A lower-case Russian phrase with each word in the nominative, keeping its gender and
    number, so adjectives still agree ("северной кореи" -> "северная корея")."""
    words = []
    for word in phrase.split():
        parse = analyzer("ru").parse(word)[0]
        inflected = parse.inflect({"nomn"}) if "nomn" not in parse.tag.grammemes else None
        words.append(inflected.word if inflected is not None else word)
    return " ".join(words)


def fullest_names(names: list[str]) -> dict[str, str]:
    """Each name -> the fullest name in the list ending in the same surname, when only one
    does ("Соколов" -> "Андрей Соколов"); names with no such fuller form map to themselves."""
    fuller: dict[str, set[str]] = {}
    for name in names:
        if " " in name:
            fuller.setdefault(name.split()[-1], set()).add(name)
    result = {}
    for name in names:
        candidates = fuller.get(name.split()[-1], set()) if " " not in name else set()
        result[name] = next(iter(candidates)) if len(candidates) == 1 else name
    return result


def _cased_like(word: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if original[:1].isupper() else word
