"""Speakers of Russian and Ukrainian quotes: names found in a text, put in the nominative
and resolved to the fullest form the document gives.

Russian words are inflected with pymorphy3; Ukrainian has no dictionary here, so its
oblique name endings are undone by a small table (``UK_NAME_ENDINGS``), and a mention is
matched to a document's names by stem (``same_stem``), which needs no case at all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimledger.languages.morph import DICTIONARY_LANGUAGES, analyzer
from claimledger.languages.tables import language_table

WORD = re.compile(r"\w+(?:[-‐’'`.]\w+)*|[^\w\s]")
# letters an inflectional ending is made of, in either language
ENDING_LETTERS = set("аяуюоеёіиыйьмгхїє")
MAX_ENDING = 3
# Ukrainian oblique endings of names and their nominative, longest first: feminine and
# adjectival forms ("Ольги Стефанішиної", "Юлії", "Кулебою") before the masculine ones
UK_NAME_ENDINGS = (
    ("ського", "ський"), ("цького", "цький"), ("ському", "ський"), ("цькому", "цький"),
    ("ським", "ський"), ("цьким", "цький"), ("ської", "ська"), ("цької", "цька"),
    ("ською", "ська"), ("цькою", "цька"), ("ієві", "ій"),
    ("ої", "а"), ("ою", "а"), ("єю", "я"), ("ії", "ія"), ("ієм", "ій"), ("ія", "ій"), ("ію", "ій"),
    ("ові", ""), ("ом", ""), ("ем", "ь"), ("я", "ь"), ("и", "а"), ("а", ""), ("у", ""),
)
OBLIQUE_CASES = ("gent", "datv", "accs", "ablt", "loct")


@dataclass(frozen=True)
class Word:
    """A word or punctuation mark of a text, with its character offsets."""

    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalised(self) -> bool:
        first = self.text[0]
        return first.isalpha() and first.isupper() and (len(self.text) == 1 or not self.text.isupper())

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and any(ch.isalpha() for ch in self.text)

    @property
    def is_cyrillic(self) -> bool:
        return any("\u0400" <= ch <= "\u04ff" for ch in self.text)


def split_words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """Words and single punctuation marks of text[start:end], offsets into text."""
    end = len(text) if end is None else end
    return [Word(m.start() + start, m.end() + start, m.group()) for m in WORD.finditer(text[start:end])]


def same_stem(a: str, b: str) -> bool:
    """Two forms of one name: Лукашенко/Лукашенка, Зеленський/Зеленського, Шольц/Шольцом."""
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    for cut in range(0, 3):   # Зеленський/Зеленського share "Зеленськ"
        stem = short[:len(short) - cut]
        if cut and (short[len(short) - cut] not in ENDING_LETTERS or len(stem) < 3):
            break
        extra = long[len(stem):]
        if long.startswith(stem) and len(extra) <= MAX_ENDING and all(ch in ENDING_LETTERS for ch in extra):
            return True
    return False


@lru_cache(maxsize=262_144)
def _parses(word: str) -> tuple:
    """pymorphy3's readings of a Russian word, likeliest first (cached: names recur)."""
    return tuple(analyzer("ru").parse(word))


def best_parse(word: str):
    """The likeliest pymorphy3 reading of a Russian word."""
    return _parses(word)[0]


def is_place_word(word: Word, lang: str, place_stems=()) -> bool:
    """A country or institution in an oblique case inside a title ("министр обороны Канады")."""
    if lang in DICTIONARY_LANGUAGES:
        best = _parses(word.text)[0]
        return bool({"Geox", "Orgn"} & best.tag.grammemes) and "nomn" not in best.tag.grammemes
    return word.lower.startswith(tuple(place_stems))


def is_oblique_noun(word: str, lang: str) -> bool:
    """A Russian noun in an oblique case that is no name ("Офиса", "Президента" in a title)."""
    if lang not in DICTIONARY_LANGUAGES:
        return False
    best = _parses(word)[0]
    return best.tag.POS == "NOUN" and best.tag.case in OBLIQUE_CASES \
        and not {"Name", "Surn", "Patr"} & best.tag.grammemes


def nominative_name(words: list[str], lang: str, *, oblique: bool = True) -> str:
    """A person's name in the nominative: Дмитрия Пескова -> Дмитрий Песков.

    Russian: the last word decides the case of the whole name ("Анита Ананд" stays, since
    Ананд can be a nominative). Ukrainian: the ending table is applied only when the
    caller knows the name is in an oblique case (``oblique``, e.g. after "за словами").
    """
    if lang in DICTIONARY_LANGUAGES:
        case = _name_case(words[-1])
        if case is None:
            return " ".join(words)
        return " ".join(_nominative_ru_name(word, case) for word in words)
    if not oblique:
        return " ".join(words)
    return " ".join(_nominative_uk_name(word) for word in words)


def _name_case(word: str) -> str | None:
    """The oblique case a surname is in, or None when it can be a nominative."""
    parses = _parses(word)
    if any(p.tag.case == "nomn" for p in parses):
        return None
    best = parses[0]
    return best.tag.case if best.tag.case in OBLIQUE_CASES else None


def _nominative_ru_name(word: str, case: str) -> str:
    if len(word) <= 2:
        return word
    parses = [p for p in _parses(word) if p.tag.case == case and p.tag.number == "sing"]
    named = [p for p in parses if {"Name", "Surn", "Patr"} & p.tag.grammemes]
    best = (named or parses or [None])[0]
    if best is None:
        return word
    form = best.inflect({"nomn", "sing"})
    return _like(word, form.word) if form else word


def _nominative_uk_name(word: str) -> str:
    lower = word.lower()
    for ending, nominative in UK_NAME_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            stem = word[:len(word) - len(ending)]
            # a stem that is no name takes its -о back ("Муженк" -> "Муженко", "Дмитр" -> "Дмитро")
            if not nominative:
                return restored_stem(stem, language_table("uk", "entities").get("stem_endings", {}))
            # Ukrainian writes no soft sign after a final р: "Ігоря" -> "Ігор", not "Ігорь"
            return stem if nominative == "ь" and stem.endswith(("р", "Р")) else stem + nominative
    return word


def restored_stem(stem: str, endings: dict[str, str]) -> str:
    """A name stem with its nominative ending back, by a language's ``stem_endings``
    (``lexicon/<lang>/entities.json``): "Іваненк" -> "Іваненко", "Дмитр" -> "Дмитро"."""
    return next((stem[:-len(end)] + full for end, full in endings.items() if stem.endswith(end)), stem)


UK_LOCATIVE_ENDINGS = (("стві", "ство"), ("лі", "ль"), ("ці", "ця"))


def nominative_institution_uk(word: str) -> str:
    """The nominative of a Ukrainian institution named in the locative ("у Генштабі")."""
    lower = word.lower()
    for ending, nominative in UK_LOCATIVE_ENDINGS:
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            return word[:len(word) - len(ending)] + nominative
    if lower.endswith("і") and len(lower) > 4 and lower[-2] not in "аеєиіїоуюяь":
        return word[:-1]
    return word


def nominative_phrase(words: list[str], lang: str) -> str:
    """A source phrase in the nominative (Russian): "некоторых китайских экспертов" ->
    "некоторые китайские эксперты"; the words after its head noun stay as written."""
    if lang not in DICTIONARY_LANGUAGES or not words:
        return " ".join(words)
    out, number = [], None
    for position, word in enumerate(words):
        if word.isupper() or not word.replace("-", "").isalpha():
            out.append(word)
            continue
        parses = _parses(word)
        noun = next((p for p in parses if p.tag.POS == "NOUN"), None)
        adjective = next((p for p in parses if p.tag.POS in ("ADJF", "PRTF")), None)
        best = parses[0]
        if best.tag.POS in ("ADJF", "PRTF") and adjective is not None:
            form = adjective.inflect({"nomn", adjective.tag.number or "sing"} - {None})
            out.append(_like(word, form.word) if form else word)
            continue
        if noun is not None and best.tag.POS == "NOUN":
            number = noun.tag.number or "sing"
            form = noun.inflect({"nomn", number}) if noun.tag.case != "nomn" else None
            out.append(_like(word, form.word) if form else word)
            out.extend(words[position + 1:])
            return _agree(out, number)
        out.append(word)
    return " ".join(out)


def _agree(words: list[str], number: str | None) -> str:
    """Put adjectives before the head in the head's number (некоторый -> некоторые)."""
    if number != "plur":
        return " ".join(words)
    agreed = []
    for word in words:
        adjective = next((p for p in _parses(word) if p.tag.POS in ("ADJF", "PRTF")), None)
        if adjective is not None and adjective.tag.number == "sing" and adjective.tag.case == "nomn":
            form = adjective.inflect({"nomn", "plur"})
            agreed.append(_like(word, form.word) if form else word)
        else:
            agreed.append(word)
    return " ".join(agreed)


def _like(original: str, form: str) -> str:
    """``form`` with the capitalisation of ``original``."""
    if original.isupper() and len(original) > 1:
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def is_animate_noun(word: str, lang: str, role_words=()) -> bool:
    """A person noun (министр, эксперт, очільник), singular: a role that stands for a named holder."""
    if word.lower() in role_words:
        return True
    if lang in DICTIONARY_LANGUAGES:
        best = _parses(word)[0]
        return best.tag.POS == "NOUN" and "anim" in best.tag.grammemes and best.tag.number == "sing" \
            and not {"Name", "Surn", "Patr"} & best.tag.grammemes
    return False


class NameIndex:
    """The person names of one document, each in its fullest nominative form."""

    def __init__(self, names: list[list[str]], lang: str):
        self.lang = lang
        self.names = [nominative_name(words, lang, oblique=False).split() for words in names]

    def fullest(self, words: list[str], *, oblique: bool = False) -> str:
        """The fullest name of the document that ``words`` (a name or a surname) is a form of.

        Of several forms of that length the shortest is taken: a nominative is seldom longer
        than its oblique forms (Мельник, Мельника).
        """
        last = words[-1]
        candidates = [name for name in self.names if same_stem(name[-1], last)
                      and (len(words) == 1 or _first_matches(words[0], name))]
        own = nominative_name(words, self.lang, oblique=oblique)
        if not candidates:
            return own
        most = max(len(name) for name in candidates)
        if most < len(words):
            return own
        longest = [" ".join(name) for name in candidates if len(name) == most]
        spelled = [name for name in longest if all(len(word) > 1 for word in name.split())]
        longest = spelled or longest   # "Александр Постников" over "А. Постников"
        if oblique and self.lang not in DICTIONARY_LANGUAGES:
            written = " ".join(words)
            others = [name for name in longest if name != written]   # a nominative among them
            if not others:
                return own
            longest = others
        best = min(longest, key=len)
        if not oblique and self.lang not in DICTIONARY_LANGUAGES and best.split()[-1] != last:
            # "Криволап" names the speaker where the document's full form is oblique
            # ("за словами Костянтина Криволапа"): undo its endings
            return nominative_name(best.split(), self.lang, oblique=True)
        return best


def _first_matches(first: str, name: list[str]) -> bool:
    if len(name) < 2:
        return False
    if len(first) <= 2:  # an initial: А. Постников
        return name[0][:1].lower() == first[:1].lower()
    return same_stem(name[0], first)
