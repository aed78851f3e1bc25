"""Speakers of Russian and Ukrainian quotes: from the words that name one to a speaker.

A person takes the fullest name the document gives, in the nominative; a pronoun the last
person who spoke; a title the person the document titles so, else the last person who
spoke; an institution its fullest or written-out form. See docs/evaluation.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from claimledger.extract.quote_marks import QuotedStretch
from claimledger.languages.morph import DICTIONARY_LANGUAGES, lemma
from claimledger.languages.quote_lexicon import Tables
from claimledger.languages.speaker_phrases import (CLAUSE_ENDS, CONJUNCTIONS, MAX_NAME_WORDS, heads_source,
                                                   is_pronoun, name_run, name_words)
from claimledger.languages.speakers import (NameIndex, Word, is_animate_noun, is_place_word, nominative_phrase,
                                            same_stem, split_words)
from claimledger.schema import SourceType

MAX_TITLE_GAP = 7             # words between a title and the name it titles
PERSON_LABELS = frozenset({"PERSON", "PER"})


@dataclass
class Candidate:
    """A quote under construction: content span, kind, cue, and the words naming its speaker."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int] | None = None
    mention: list[Word] | None = None      # the words that name the speaker, as written
    impersonal: bool = False               # "стало известно, что": no speaker
    oblique: bool = False                  # the mention is in an oblique case ("по словам X")
    speaker: str | None = None
    source_type: str | None = None


# Sentences


class SpeakerNames:
    """Resolve each quote's mention to a speaker: fullest name, nominative, antecedent."""

    def __init__(self, text: str, tables: Tables, stretches: list[QuotedStretch],
                 entity_names: list[tuple[int, list[str]]] = ()):
        self.text = text
        self.tables = tables
        inside = [(s.outer_start, s.outer_end) for s in stretches]
        names = []
        self.positions: list[tuple[int, list[str]]] = []
        self.titles: list[tuple[str, int, list[str]]] = []   # (title word, where, the name it titles)
        words = split_words(text)
        for i in range(len(words)):
            if words[i].is_capitalised and (i + 1 == len(words) or not words[i + 1].is_capitalised):
                run = name_run(words[max(0, i - MAX_NAME_WORDS + 1):i + 1], tables)
                if run and not any(a < run[0].start < b for a, b in inside):
                    names.append(name_words(run))
                    self.positions.append((run[0].start, name_words(run)))
                    first = next(k for k in range(i, -1, -1) if words[k] is run[0])
                    self._note_titles(words[max(0, first - MAX_TITLE_GAP):first], run)
        # person entities of a parsed Doc, when it has them, add the names the rules cut short
        for start, entity in entity_names:
            if not any(a < start < b for a, b in inside):
                names.append(entity)
                self.positions.append((start, entity))
        self.positions.sort(key=lambda item: item[0])
        self.index = NameIndex(names, tables.lang)
        self.surface: dict[str, str] = {}

    def _note_titles(self, before: list[Word], run: list[Word]) -> None:
        """ "президент Володимир Зеленський": the title words before a name, in its clause."""
        for word in reversed(before):
            if word.text in CLAUSE_ENDS or word.text in ",:;" or word.text in "«»\"":
                break
            if heads_source(word, self.tables):
                self.titles.append((word.lower, run[0].start, name_words(run)))

    def titled(self, title: Word, position: int) -> list[str] | None:
        """The name the document gives a title ("Президент" -> Зеленський), nearest before."""
        key = title.lower
        matches = [(where, name) for word, where, name in self.titles if same_stem(word, key)
                   or (self.tables.lang in DICTIONARY_LANGUAGES and lemma(word, "ru") == lemma(key, "ru"))]
        if not matches:
            return None
        before = [item for item in matches if item[0] < position]
        return (before or matches)[-1 if before else 0][1]

    def resolve(self, quotes: list[Candidate], attributions: list[tuple[int, list[Word]]]) -> None:
        events = sorted([(q.start if q.cue is None else min(q.cue[0], q.start), "quote", q) for q in quotes]
                        + [(at, "attribution", mention) for at, mention in attributions],
                        key=lambda item: item[0])
        previous: tuple[str, str] | None = None    # (speaker, source type) of the last report
        self.person = None                          # the last person who spoke
        for _, what, item in events:
            if what == "attribution":
                resolved = self.name(item, previous)
                if resolved[0]:
                    previous = self._remember(resolved)
                continue
            quote = item
            if quote.impersonal or not quote.mention or not quote.mention[0].text:
                quote.speaker, quote.source_type = None, SourceType.NONE.value
                if quote.mention and not quote.mention[0].text and previous:
                    quote.speaker, quote.source_type = previous
                continue
            quote.speaker, quote.source_type = self.name(quote.mention, previous, oblique=quote.oblique)
            if quote.speaker:
                previous = self._remember((quote.speaker, quote.source_type))

    def _remember(self, resolved: tuple[str, str]) -> tuple[str, str]:
        if resolved[1] == SourceType.PERSON.value:
            self.person = resolved
        return resolved

    def name(self, mention: list[Word], previous, *, oblique: bool = False) -> tuple[str | None, str]:
        tables = self.tables
        texts = [w.text for w in mention if w.text not in ",."]
        if not texts:
            return None, SourceType.NONE.value
        if is_pronoun(mention, tables) or (len(texts) >= 1 and texts[0].lower() in tables.pronouns):
            # a singular pronoun stands for the last person who spoke, else the last source
            if self.person or previous:
                return self.person or previous
            named = self.last_name_before(mention[0].start)
            return (named, SourceType.PERSON.value) if named else (texts[0], SourceType.VAGUE.value)
        joined = [k for k, w in enumerate(mention) if w.lower in CONJUNCTIONS]
        if joined and name_run(mention[:joined[0]], tables) and name_run(mention, tables):
            first = self.index.fullest(name_words(name_run(mention[:joined[0]], tables)))
            second = self.index.fullest(name_words(name_run(mention, tables)))
            return f"{first} {mention[joined[0]].text} {second}", SourceType.PERSON.value
        run = name_run(mention, tables)
        if run:
            fullest = self.index.fullest(name_words(run), oblique=oblique)
            self.surface[" ".join(texts)] = fullest
            return fullest, SourceType.PERSON.value
        head = mention[0]
        if len(mention) == 1 and head.is_capitalised and head.is_cyrillic and not is_place_word(
                head, tables.lang, tables.place_stems) and head.lower not in tables.institution_words \
                and not is_animate_noun(head.text, tables.lang, tables.role_words):
            fullest = self.index.fullest([head.text], oblique=oblique)
            if " " in fullest:
                self.surface[head.text] = fullest
                return fullest, SourceType.PERSON.value
        if head.lower in tables.media_nouns and len(mention) > 1:
            return " ".join(w.text for w in mention[1:] if w.text not in "«»\"„“”").strip(), \
                SourceType.INSTITUTION.value
        if self._is_singular_role(mention):
            titled = self.titled(mention[0], mention[0].start)
            if titled:   # the person the document gives this title
                if self.person and same_stem(self.person[0].split()[-1], titled[-1]):
                    return self.person
                return self.index.fullest(titled), SourceType.PERSON.value
            # a person's title stands for the last person who spoke; "собеседник" may be an office
            accepted = (SourceType.PERSON.value, SourceType.INSTITUTION.value) \
                if mention[0].lower in tables.interlocutor_words else (SourceType.PERSON.value,)
            if previous and previous[1] in accepted:
                return previous
            named = self.last_name_before(mention[0].start)
            if named:
                return named, SourceType.PERSON.value
        phrase = _unwrap(_phrase_text(self.text, mention))
        if tables.lang in DICTIONARY_LANGUAGES:
            nominative = nominative_phrase(phrase.split(" "), tables.lang)
            phrase = nominative if len(nominative.split()) == len(phrase.split(" ")) else phrase
        institutional = any(w.is_capitalised or w.is_upper for w in mention) or \
            mention[0].lower.split("-")[0] in {w.split("-")[0] for w in tables.institution_words}
        return phrase, SourceType.INSTITUTION.value if institutional else SourceType.VAGUE.value

    def last_name_before(self, position: int) -> str | None:
        """The fullest form of the last person named before ``position`` (outside quotations)."""
        before = [words for start, words in self.positions if start < position]
        return self.index.fullest(before[-1]) if before else None

    def _is_singular_role(self, mention: list[Word]) -> bool:
        head = mention[0]
        if head.lower in self.tables.role_words or (len(mention) == 1 and head.lower in self.tables.media_nouns):
            return True
        return is_animate_noun(head.text, self.tables.lang, self.tables.role_words)


def _unwrap(phrase: str) -> str:
    """ "Утро.ру" -> Утро.ру: a name wholly inside one pair of quotation marks loses them."""
    if len(phrase) > 2 and phrase[0] in "«\"„“" and phrase[-1] in "»\"“”" \
            and not any(ch in "«»\"„“”" for ch in phrase[1:-1]):
        return phrase[1:-1]
    return phrase


def _phrase_text(text: str, mention: list[Word]) -> str:
    """The mention as written, with spaces as in the text, one line."""
    # the first word as the mention gives it: it may be put in the nominative already
    return " ".join((mention[0].text + text[mention[0].end:mention[-1].end]).split())


def expand_institutions(quotes: list[Candidate]) -> None:
    """An institution named in part takes the fullest form another quote gives it
    ("Минобороны" -> "Минобороны России")."""
    names = {q.speaker for q in quotes if q.speaker and q.source_type == SourceType.INSTITUTION.value}
    for quote in quotes:
        if quote.source_type != SourceType.INSTITUTION.value or not quote.speaker:
            continue
        longer = [n for n in names if n != quote.speaker
                  and re.search(rf"(?<!\w){re.escape(quote.speaker.lower())}(?!\w)", n.lower())]
        if longer:
            quote.speaker = max(longer, key=len)


def _written_out(speaker: str, text: str, tables: Tables) -> str | None:
    """ "Минобороны России" -> "Министерство обороны России" when the text writes it out
    (in any case); None when it does not."""
    words = speaker.split()
    for short, full in tables.abbreviations:
        if words[0].lower() != short:
            continue
        stems = [_stem_pattern(word) for word in full.split() + words[1:]]
        found = re.search(r"(?<!\w)" + r"\s+".join(stems) + r"(?!\w)", text, flags=re.IGNORECASE)
        if found:
            written = found.group().split()
            return nominative_phrase(written, tables.lang) if tables.lang in DICTIONARY_LANGUAGES \
                else " ".join(written)
    return None


def _stem_pattern(word: str) -> str:
    keep = max(3, len(word) - 2) if len(word) > 4 else len(word)
    return re.escape(word[:keep]) + r"\w*"


def write_out_institutions(quotes: list[Candidate], text: str, tables: Tables) -> None:
    for quote in quotes:
        if quote.speaker and quote.source_type == SourceType.INSTITUTION.value:
            quote.speaker = _written_out(quote.speaker, text, tables) or quote.speaker


def person_entities(doc: Doc) -> list[tuple[int, list[str]]]:
    """(start, words) of each person entity of ``doc`` of two words or more (none on a blank Doc)."""
    found = []
    for ent in doc.ents:
        words = [w.text for w in split_words(ent.text) if w.text != "."]
        if ent.label_ in PERSON_LABELS and 2 <= len(words) <= MAX_NAME_WORDS:
            found.append((ent.start_char, words))
    return found
