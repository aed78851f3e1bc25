"""The English press's name for a Russian or Ukrainian place name, so one place keys alike in
every script: "Нежин", "Ніжині" and "Nizhyn"; "Черниговская область", "Чернігівщини" and
"Chernihiv region".

The gazetteer (lexicon/places.json) decides first, then the region rule (an adjective stem
with a region word, or the "-щина" noun), then, for a place it lacks, a transliteration of
the nominative by the fixed table of lexicon/transliteration.json.
"""
from __future__ import annotations

import functools
import re

from claimledger.lexicon import lexicon, read

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})

PLACES = {form: name for form, name in lexicon().places["cyrillic_places"].items()
          if not form.startswith("_")}
PLACE_PATTERNS = tuple((re.compile(pattern), name)
                       for name, pattern in lexicon().places["cyrillic_place_patterns"].items()
                       if not name.startswith("_"))
REGIONS = lexicon().places["cyrillic_regions"]
REGION_WORDS = frozenset(REGIONS["region_words"])
REGION_NOUN = re.compile(REGIONS["regional_noun"])
REGION_STEMS = tuple(sorted(((stem, name) for name, stems in REGIONS["stems"].items() for stem in stems),
                            key=lambda item: -len(item[0])))
ADJECTIVE_ENDINGS = frozenset(REGIONS["adjective_endings"])
TRANSLITERATION = read("transliteration.json")
LATIN_VARIANTS = {variant: name for name, variants in lexicon().places["latin_place_variants"].items()
                  if not name.startswith("_") for variant in variants}
PLURAL_TOWN_ENDINGS = {ending: plural for ending, plural in lexicon().places["plural_town_endings"].items()
                       if not ending.startswith("_")}


@functools.lru_cache(maxsize=65536)
def english_place_name(name: str) -> str | None:
    """The English press's name for a Cyrillic place name in any case; None for a name in
    another script."""
    if not CYRILLIC.search(name):
        return None
    words = WORD.findall(name.lower().translate(APOSTROPHES))
    if not words:
        return None
    forms = dictionary_forms(words)
    return (next((found for form in forms if (found := gazetteer_name(form))), None)
            or region_name(words) or transliterate(forms[-1]))


def latin_place_variants() -> dict[str, str]:
    """Latin spellings of a place -> the gazetteer's name for it ("Kiev" -> "Kyiv", "Elenovka" ->
    "Olenivka"): older and Russian-based transliterations, as data (lexicon/places.json)."""
    return LATIN_VARIANTS


def dictionary_forms(words: list[str]) -> list[str]:
    """The phrase as written, its Russian dictionary form, a place reading of each word
    ("барановичах" is a town, not a patronymic) and the Russian nominative, in that order."""
    from claimledger.languages.morph import lemma
    from claimledger.languages.names import nominative_phrase

    phrase = " ".join(words)
    forms = [phrase, " ".join(lemma(word, "ru") for word in words),
             " ".join(place_reading(word) for word in words)]
    if not ukrainian(phrase):
        forms.append(nominative_phrase(phrase))
    else:
        forms.append(phrase)   # no Ukrainian dictionary: the form as written is the best we have
    return forms


@functools.lru_cache(maxsize=65536)
def place_reading(word: str) -> str:
    """The dictionary form of a word's place-name reading (pymorphy3's Geox), else the word.
    A singular "баранович" (a tagger's lemma of "Барановичах") reads as the town "барановичи"."""
    from claimledger.languages.morph import analyzer

    def town(form: str) -> str | None:
        return next((parse.normal_form for parse in analyzer("ru").parse(form)
                     if "Geox" in parse.tag.grammemes), None)

    found = town(word)
    if found is None:
        plural = next((word[:-len(end)] + full for end, full in PLURAL_TOWN_ENDINGS.items() if word.endswith(end)), None)
        found = town(plural) if plural else None
    return found or word


@functools.lru_cache(maxsize=65536)
def gazetteer_name(form: str) -> str | None:
    if form in PLACES:
        return PLACES[form]
    return next((name for pattern, name in PLACE_PATTERNS if pattern.fullmatch(form)), None)


def region_name(words: list[str]) -> str | None:
    """'<name> Oblast' for "Черниговская область", "Чернігівської області", "Сумщина"."""
    if len(words) == 2 and words[1] in REGION_WORDS:
        stem = region_stem(words[0], ADJECTIVE_ENDINGS)
        return f"{stem} Oblast" if stem else None
    if len(words) == 1 and (found := REGION_NOUN.fullmatch(words[0])):
        name = next((name for stem, name in REGION_STEMS if strip_adjective_suffix(stem) == found["stem"]), None)
        return f"{name} Oblast" if name else None
    return None


def region_stem(word: str, endings: frozenset[str]) -> str | None:
    for stem, name in REGION_STEMS:
        if word.startswith(stem) and word[len(stem):] in endings:
            return name
    return None


def strip_adjective_suffix(stem: str) -> str:
    """"чернігівськ" -> "чернігів", "сумск" -> "сум": the base the "-щина" noun is built on."""
    return re.sub(r"(ськ|ск|цьк|цк|зьк)$", "", stem)


def ukrainian(text: str) -> bool:
    return any(letter in text for letter in TRANSLITERATION["ukrainian_letters"]) \
        or any(cluster in text for cluster in TRANSLITERATION["ukrainian_clusters"])


def transliterate(phrase: str) -> str:
    """A lower-case Cyrillic phrase in Latin letters by the table of its language, each word
    capitalised: "ніжин" -> "Nizhyn", "воронеж" -> "Voronezh"."""
    table = TRANSLITERATION["uk" if ukrainian(phrase) else "ru"]
    return " ".join("-".join(transliterate_word(part, table).capitalize() for part in word.split("-"))
                    for word in phrase.split())


def transliterate_word(word: str, table: dict) -> str:
    letters, initial = table["letters"], table.get("initial", {})
    final, after_vowel = table.get("final", {}), table.get("after_vowel", {})
    longest = max(map(len, [*letters, *final]))
    out, i = [], 0
    while i < len(word):
        for size in range(longest, 0, -1):
            chunk = word[i:i + size]
            if len(chunk) < size:
                continue
            if i + size == len(word) and chunk in final:
                out.append(final[chunk])
            elif i == 0 and chunk in initial:
                out.append(initial[chunk])
            elif i > 0 and word[i - 1] in "аеёиоуыэюяіїє" and chunk in after_vowel:
                out.append(after_vowel[chunk])
            elif chunk in letters:
                out.append(letters[chunk])
            else:
                continue
            i += size
            break
        else:
            out.append(word[i])
            i += 1
    return "".join(out)


__all__ = ["english_place_name", "gazetteer_name", "place_reading", "region_name", "transliterate"]
