"""The word lists of the Russian and Ukrainian quote rules, one data file per language.

``lexicon/ru/speech_verbs.json`` lists Russian verbs by their pymorphy3 lemma;
``lexicon/uk/speech_verbs.json`` lists Ukrainian inflected forms, since no Ukrainian
dictionary is installed. ``Tables`` answers the questions the rules ask of a word.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from claimledger.languages.morph import DICTIONARY_LANGUAGES, lemma
from claimledger.languages.speakers import Word, best_parse
from claimledger.languages.tables import language_table


@dataclass(frozen=True)
class Tables:
    """One language's word lists (``lexicon/<lang>/speech_verbs.json``)."""

    lang: str
    speech_verbs: frozenset
    gerund_forms: frozenset
    impersonal: tuple
    according_nouns: frozenset
    according_words: tuple
    as_words: frozenset
    complementizers: tuple
    this_words: tuple
    quoting_nouns: frozenset
    quoting_verbs: frozenset
    pronouns: frozenset
    skip_words: frozenset
    prepositions: frozenset
    media_nouns: frozenset
    role_words: frozenset
    institution_words: frozenset
    interlocutor_words: frozenset
    time_words: tuple
    place_stems: tuple
    adjective_endings: tuple = ()
    abbreviations: tuple = ()      # (short form, written-out form), lower case
    document_cues: frozenset = frozenset()    # "говорится" (в заявлении X)
    document_nouns: frozenset = frozenset()   # "заявлении", "повідомленні"

    def is_speech_verb(self, word: Word) -> bool:
        if self.lang in DICTIONARY_LANGUAGES:
            if lemma(word.text, self.lang) not in self.speech_verbs:
                return False
            tag = best_parse(word.text).tag
            # "Напомним, что", "Отметим": the author's own voice, no report
            return tag.POS in ("VERB", "GRND", "PRTS", "ADJS") and tag.person != "1per"
        return word.lower in self.speech_verbs or word.lower in self.gerund_forms

    def is_quoting_verb(self, word: Word) -> bool:
        """ "приводит слова X": a verb that cites a quotation only beside one."""
        key = lemma(word.text, self.lang) if self.lang in DICTIONARY_LANGUAGES else word.lower
        return key in self.quoting_verbs

    def is_gerund(self, word: Word) -> bool:
        if word.lower in self.gerund_forms:
            return True
        return self.lang in DICTIONARY_LANGUAGES and best_parse(word.text).tag.POS == "GRND"

    def is_plural_verb(self, word: Word) -> bool:
        if self.lang in DICTIONARY_LANGUAGES:
            return best_parse(word.text).tag.number == "plur"
        return word.lower.endswith(("ли", "ють", "ять"))

    def is_adverb(self, word: Word) -> bool:
        """ "Позднее", "официально": an adverb never names a speaker (Russian, by its parse)."""
        return self.lang in DICTIONARY_LANGUAGES and best_parse(word.text).tag.POS == "ADVB"

    def is_adjective(self, word: Word) -> bool:
        """ "Генерального штабу": an adjective opens a phrase, it is no surname."""
        if self.lang in DICTIONARY_LANGUAGES:
            return best_parse(word.text).tag.POS in ("ADJF", "PRTF")
        return word.lower.endswith(self.adjective_endings)

    def is_institution(self, word: Word) -> bool:
        key = lemma(word.text, self.lang) if self.lang in DICTIONARY_LANGUAGES else word.lower
        return key in self.institution_words or key.split("-")[0] in self.institution_stems

    @functools.cached_property
    def institution_stems(self) -> frozenset:
        return frozenset(word.split("-")[0] for word in self.institution_words)

    def is_time_word(self, word: Word) -> bool:
        if word.text.isdigit():
            return True
        if self.lang in DICTIONARY_LANGUAGES:
            return lemma(word.text, self.lang) in self.time_words
        return word.lower.startswith(self.time_words)


@functools.lru_cache(maxsize=None)
def load_tables(lang: str) -> Tables:
    """The word lists of ``lang`` ("ru" or "uk"), read once."""
    data = language_table(lang, "speech_verbs")
    phrases = lambda key: tuple(tuple(p) for p in data.get(key, ()))  # noqa: E731
    words = lambda key: frozenset(data.get(key, ()))  # noqa: E731
    return Tables(lang=lang, speech_verbs=words("speech_verbs"), gerund_forms=words("gerund_forms"),
                  impersonal=phrases("impersonal"), according_nouns=words("according_nouns"),
                  according_words=phrases("according_words"), as_words=words("as_words"),
                  complementizers=phrases("complementizers"), this_words=phrases("this_words"),
                  quoting_nouns=words("quoting_nouns"), quoting_verbs=words("quoting_verbs"), pronouns=words("pronouns"),
                  skip_words=words("skip_words"), prepositions=words("prepositions"),
                  media_nouns=words("media_nouns"), role_words=words("role_words"),
                  institution_words=words("institution_words"),
                  interlocutor_words=words("interlocutor_words"), time_words=tuple(data.get("time_words", ())),
                  place_stems=tuple(data.get("place_stems", ())),
                  adjective_endings=tuple(data.get("adjective_endings", ())),
                  abbreviations=tuple(data.get("abbreviations", {}).items()),
                  document_cues=words("document_cues"), document_nouns=words("document_nouns"))
