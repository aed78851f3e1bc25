"""claimledger_quotes_ru, claimledger_quotes_uk: reported speech in Russian and Ukrainian.

Rules over words and sentences only (what ``morph.blank_pipeline`` gives), so they run
on a blank Doc and on a parsed one alike:

* direct speech in «ёлочки», „лапки“, “curly” and "straight" marks, attributed by the
  cue after it ("«…», — заявил X") or before it ("X заявил: «…»"), dash dialogue lines
  ("– …, – зазначив X") and a quotation split by its own attribution;
* indirect speech: "X заявил, что …", "…, сообщили в пресс-центре X", "по словам X, …",
  "как сообщает X, …", impersonal "стало известно, что …" (speaker null), and a headline
  with a dash or a colon ("… — Минобороны", "Муженко: …");
* a content clause that is all quotation is direct, one holding a quoted fragment mixed.

Speech verbs and the other word lists are data: ``lexicon/<lang>/speech_verbs.json``
(Russian verbs by lemma, Ukrainian by inflected form). Speakers are put in the nominative
and resolved to the fullest name of the document (``languages.speakers``); a pronoun or a
role noun ("министр", "очільник Міноборони") takes the speaker of the report before it.
Sets ``doc._.quotes`` and ``doc._.names`` like the English ``claimledger_quotes``.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.extract.quote_marks import QuotedStretch
from claimledger.extract.text_cache import doc_text
from claimledger.languages.morph import DICTIONARY_LANGUAGES, lemma
from claimledger.languages.quote_marks import find_quoted_stretches
from claimledger.languages.speakers import (NameIndex, Word, best_parse, same_stem, is_animate_noun, is_oblique_noun, is_place_word,
                                            nominative_institution_uk,
                                            nominative_name, nominative_phrase, split_words)
from claimledger.lexicon import read
from claimledger.schema import QuoteKind, SourceType

DASHES = frozenset("-–—―")
TRAILING_LINK = re.compile(r"\s+https?://\S+\s*$")
# a full stop, then a capital: a sentence break the tokenizer may miss ("Iris-T. Передача"),
# not after an initial ("А. Постников")
SENTENCE_BREAK = re.compile(r"(?<=\w[.!?…])(?<![\s.][А-ЯЁІЇЄҐA-Z][.])\s+(?=[А-ЯЁІЇЄҐA-Z])")
CLAUSE_ENDS = frozenset(".!?…;")
MAX_SPEAKER_WORDS = 14        # words after a cue searched for its speaker
MAX_HEADLINE_SOURCE_WORDS = 8
MAX_HEADLINE_LABEL = 3        # words before a headline's colon ("Минобороны Белоруссии: …")
MAX_CUE_DISTANCE = 25         # words between a speech verb and its "что"
MIN_MIXED_UNQUOTED_WORDS = 2  # a content clause with fewer words outside its quotation is direct
MAX_NAME_WORDS = 4
MAX_CONTINUATION_GAP = 250    # characters between a quotation and one that continues it
MIN_CONTINUATION_WORDS = 4
MAX_TITLE_GAP = 7             # words between a title and the name it titles
MAX_LABEL_WORDS = 6           # "Министр Иван Сидоров:" before a quotation on the next line
CONJUNCTIONS = frozenset({"и", "і", "та", "й"})
PERSON_LABELS = frozenset({"PERSON", "PER"})
# words joining a second report to a content clause
REPORT_LINKS = frozenset({"и", "а", "но", "і", "й", "та", "але"})


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

    def is_speech_verb(self, word: Word) -> bool:
        if self.lang in DICTIONARY_LANGUAGES:
            if lemma(word.text, self.lang) not in self.speech_verbs:
                return False
            tag = best_parse(word.text).tag
            # "Напомним, что", "Отметим": the author's own voice, no report
            return tag.POS in ("VERB", "GRND", "PRTS") and tag.person != "1per"
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
    data = read(f"{lang}/speech_verbs.json")
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
                  abbreviations=tuple(data.get("abbreviations", {}).items()))


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

def sentence_bounds(text: str, doc: Doc, stretches: list[QuotedStretch]) -> list[tuple[int, int]]:
    """Sentences as (start, end): the Doc's sentences and line breaks, never inside a quotation."""
    starts = {0}
    if doc.has_annotation("SENT_START"):
        starts |= {sent.start_char for sent in doc.sents}
    starts |= {i + 1 for i, ch in enumerate(text) if ch == "\n"}
    starts |= {m.end() for m in SENTENCE_BREAK.finditer(text)}
    inside = [(s.outer_start, s.outer_end) for s in stretches]
    starts = sorted(b for b in starts if not any(a < b < e for a, e in inside))
    bounds = []
    for start, end in zip(starts, starts[1:] + [len(text)]):
        chunk = text[start:end]
        if chunk.strip():
            left = start + len(chunk) - len(chunk.lstrip())
            bounds.append((left, start + len(chunk.rstrip())))
    return bounds


def _matches(words: list[Word], i: int, phrase: tuple) -> bool:
    return i + len(phrase) <= len(words) and all(words[i + k].lower == part for k, part in enumerate(phrase))


def _strip_end(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, a final full stop or dash, and a trailing link, off a content span."""
    link = TRAILING_LINK.search(text, start, end)
    if link:
        end = link.start()
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".;—–-" or
                           (text[end - 1] == "," and end - 1 > start)):
        end -= 1
    # leading spaces, dashes and symbols ("⚡️Сполучені Штати …")
    while start < end and not (text[start].isalnum() or text[start] in "«\"„“(["):
        start += 1
    return start, end


# Speakers in the words around a cue

def _name_run(words: list[Word], tables: Tables) -> list[Word] | None:
    """The person name at the end of ``words`` (Сергей Чемезов, А. Постников), if any.

    Only Cyrillic words make a person's name here: a Latin run in Russian or Ukrainian
    text is an outlet or an organisation (Defense Express, The New York Times).
    """
    run: list[Word] = []
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        initial_stop = word.text == "." and run and k > 0 and len(words[k - 1].text) == 1 \
            and words[k - 1].text.isupper()
        # a single capital is an initial only before its full stop ("В Кремле" has none)
        lone_letter = len(word.text) == 1 and not (run and run[-1].text == ".")
        if (word.is_capitalised and not lone_letter) or initial_stop:
            run.append(word)
            continue
        break
    run.reverse()
    while run and not run[0].is_cyrillic:
        run = run[1:]
    while run and ((len(run[0].text) > 1 and run[0].lower in tables.skip_words) or is_place_word(run[0], tables.lang, tables.place_stems)
                   or run[0].lower in tables.role_words or run[0].lower in tables.media_nouns
                   or run[0].lower in tables.institution_words
                   or is_animate_noun(run[0].text, tables.lang, tables.role_words)
                   or (len(run) > 2 and is_oblique_noun(run[0].text, tables.lang))):
        run = run[1:]
    named = [w for w in run if w.text != "."]
    if len(named) < 2 or named[-1].is_upper or len(named) > MAX_NAME_WORDS \
            or not all(w.is_cyrillic for w in named):
        return None
    return run   # the full stops of initials stay, so the run can be read again


def _texts(run: list[Word]) -> list[str]:
    """The words of a name without the full stops of its initials."""
    return [w.text for w in run if w.text != "."]


def _drop_trailing_adjuncts(words: list[Word], tables: Tables) -> list[Word]:
    """ "Андрей Картаполов в эфире телеканала заявил": the phrase after the subject goes."""
    for k in range(len(words) - 1, 0, -1):
        if words[k].text in ",:;" or words[k].text in DASHES or words[k].text in "«»\"":
            break
        if words[k].lower in tables.prepositions and words[k].lower not in CONJUNCTIONS \
                and (_name_run(words[:k], tables) or words[k - 1].lower in tables.pronouns
                     or (k == 1 and words[0].is_capitalised and words[0].is_cyrillic)) \
                and all(not w.is_capitalised or not w.is_cyrillic for w in words[k + 1:]):
            return words[:k]
    return words


def _joined_names(words: list[Word], run: list[Word], tables: Tables) -> list[Word]:
    """ "Дмитрий Рогозин и член совета Владимир Рогов": both names, joined as written."""
    start = next(k for k, w in enumerate(words) if w is run[0])
    k = start - 1
    while k >= 0 and start - k <= 8 and not words[k].is_capitalised and words[k].lower not in CONJUNCTIONS:
        k -= 1
    if k < 1 or words[k].lower not in CONJUNCTIONS:
        return run
    first = _name_run(words[:k], tables)
    if not first:
        return run
    return first + [words[k]] + run


def _is_pronoun(words: list[Word], tables: Tables) -> bool:
    return len(words) == 1 and words[0].lower in tables.pronouns


def speaker_after(words: list[Word], tables: Tables) -> list[Word] | None:
    """The speaker named after a cue: "— заявил глава X Иван Петров в пятницу"."""
    words = words[:MAX_SPEAKER_WORDS]
    segment: list[Word] = []
    for word in words:
        initial = word.text == "." and segment and len(segment[-1].text) == 1 and segment[-1].text.isupper()
        if not initial and (word.text in CLAUSE_ENDS or word.text in ",:" or word.text in DASHES):
            break
        segment.append(word)
    if segment and segment[0].lower in tables.quoting_nouns:   # "приводит слова X"
        segment = segment[1:]
    if segment and segment[0].lower in tables.pronouns:
        return segment[:1]
    if len(segment) > 1 and segment[0].is_capitalised and segment[0].is_cyrillic and len(segment[0].text) > 1 \
            and not segment[1].is_capitalised and segment[1].text != "." and not _heads_source(segment[0], tables) \
            and not tables.is_adjective(segment[0]) \
            and not is_place_word(segment[0], tables.lang, tables.place_stems):
        return segment[:1]   # "сказала Коваль журналістам": a surname, then the addressee
    for end in range(len(segment), 1, -1):
        run = _name_run(segment[:end], tables)
        if run and (end == len(segment) or not segment[end].is_capitalised):
            return run
    phrase = _skip_leading(segment, tables)
    return _cut_phrase(phrase, tables) or None


def _skip_leading(words: list[Word], tables: Tables) -> list[Word]:
    """Drop time words, adverbs and prepositional phrases before a speaker."""
    i = 0
    while i < len(words):
        word = words[i]
        if tables.is_time_word(word) or word.lower in tables.skip_words - tables.prepositions \
                or tables.is_adverb(word) or not (word.text[0].isalnum() or word.text in "«\"„“"):
            i += 1
            continue
        if word.lower in tables.prepositions:
            j = i + 1
            while j < len(words) and not words[j].is_capitalised and not _heads_source(words[j], tables):
                j += 1
            if j < len(words) and words[j].is_capitalised and j + 1 < len(words) \
                    and not words[j].is_cyrillic:
                j += 1   # "у Facebook", "в Telegram"
            i = j
            continue
        break
    return words[i:]


def _heads_source(word: Word, tables: Tables) -> bool:
    return (word.lower in tables.role_words or word.lower in tables.media_nouns
            or word.lower in tables.institution_words or word.lower in tables.pronouns
            or is_animate_noun(word.text, tables.lang, tables.role_words))


def _cut_phrase(words: list[Word], tables: Tables) -> list[Word]:
    """A source phrase up to the first preposition or time word after its first word."""
    out: list[Word] = []
    straight, angle = 0, 0
    for word in words:
        if word.text == '"':
            straight += 1
        elif word.text in "«„":
            angle += 1
        elif word.text in "»“":
            angle = max(0, angle - 1)
        inside_quotes = straight % 2 == 1 or angle > 0
        if out and not inside_quotes and word.text not in '"»“' and (
                word.lower in tables.prepositions or tables.is_time_word(word)
                or word.lower in tables.skip_words - CONJUNCTIONS):
            break
        out.append(word)
    return out


def speaker_before(words: list[Word], tables: Tables) -> list[Word] | None:
    """The subject before a cue: "Глава «Ростеха» Сергей Чемезов рассказал", "Он отметил"."""
    words = list(words)
    coordinated = bool(words) and words[-1].lower in CONJUNCTIONS
    while words and (words[-1].lower in tables.skip_words or tables.is_time_word(words[-1])
                     or words[-1].text in ","):
        words.pop()
    # "в сентябре", "21 лютого", "У листопаді 2018 року" before the verb
    while len(words) >= 2 and words[-2].lower in tables.prepositions and tables.is_time_word(words[-1]):
        words = words[:-2]
        while words and (words[-1].lower in tables.skip_words or tables.is_time_word(words[-1])):
            words.pop()
    # "Резников, комментируя событие, заявил": the gerund phrase is not the subject
    while words and words[-1].text != ",":
        commas = [k for k, w in enumerate(words) if w.text == ","]
        if commas and commas[-1] + 1 < len(words) and tables.is_gerund(words[commas[-1] + 1]):
            words = words[:commas[-1]]
            continue
        break
    words = _drop_trailing_adjuncts(words, tables)
    if not words:
        return None
    if words[-1].lower in tables.pronouns:
        return words[-1:]
    run = _name_run(words, tables)
    if run:
        return _joined_names(words, run, tables)
    start = 0
    for i, word in enumerate(words):
        if word.text in ",:;" or word.text in DASHES:
            start = i + 1
    clause = words[start:]
    if coordinated:
        # "Зеленський подякував партнерам і наголосив": the subject of the first verb
        for k in range(len(clause) - 1):
            if clause[k].is_capitalised and not clause[k + 1].is_capitalised:
                run = _name_run(clause[:k + 1], tables)
                if run:
                    return run
    phrase = _skip_leading(clause, tables)
    return phrase or None


# Finding the quotes

class QuoteRules:
    """The rules of one language over one text."""

    def __init__(self, text: str, doc: Doc, tables: Tables):
        self.text = text
        self.tables = tables
        self.stretches = find_quoted_stretches(text)
        self.sentences = sentence_bounds(text, doc, self.stretches)
        self.attributions: list[tuple[int, list[Word]]] = []   # "Об этом сообщил X": speakers only

    def find(self) -> list[Candidate]:
        direct, used = self.direct_quotes()
        clauses = []
        for start, end in self.sentences:
            clauses.extend(self.sentence_quotes(start, end))
        quotes = direct + [c for c in clauses if not any(_overlap(c, d) for d in direct)]
        quotes += self.dialogue_lines(quotes)
        return sorted(quotes, key=lambda c: c.start)

    # direct speech in quotation marks

    def direct_quotes(self) -> tuple[list[Candidate], set]:
        quotes, used = [], set()
        for stretch in self.stretches:
            after = split_words(self.text, stretch.outer_end, min(len(self.text), stretch.outer_end + 300))
            found = self._cue_after(after)
            if found is None:
                found = self._cue_before(stretch)
            parts = self._split_inside(stretch)
            continues = False
            if found is None and len(parts) == 1:
                if not (quotes and self._continues(quotes[-1], stretch)):
                    continue
                continues = True
            cue, mention = found or (None, quotes[-1].mention if continues else None)
            for start, end, inner_cue, inner_mention in parts:
                quotes.append(Candidate(start, end, QuoteKind.DIRECT.value,
                                        cue=inner_cue or cue, mention=inner_mention or mention))
            used.add(stretch)
        return quotes, used

    def _continues(self, previous: Candidate, stretch: QuotedStretch) -> bool:
        """ «…», — заявил X. «…»: a quotation standing as its own sentence just after an
        attributed one continues it."""
        gap = self.text[previous.end:stretch.outer_start]
        before = self.text[:stretch.outer_start].rstrip()
        after = self.text[stretch.outer_end:stretch.outer_end + 1]
        ends_sentence = self.text[stretch.end - 1] in ".!?…" or after in ("", "\n") or after in ".!?…"
        return (len(gap) <= MAX_CONTINUATION_GAP and (not before or before[-1] in ".!?…\n")
                and ends_sentence
                and len(split_words(self.text, stretch.start, stretch.end)) >= MIN_CONTINUATION_WORDS)

    def _cue_after(self, after: list[Word]):
        """ «…», — заявил X / "…", - сказал он / «…» — приводит слова X ТАСС."""
        i = 0
        while i < len(after) and after[i].text in ",.!?…":
            i += 1
        if i >= len(after) or after[i].text not in DASHES:
            return None
        i += 1
        if i < len(after) and after[i].lower in ("по", "за") and False:
            return None
        for j in range(i, min(i + 3, len(after))):
            if after[j].text in CLAUSE_ENDS or after[j].text == ",":
                break
            if self.tables.is_speech_verb(after[j]) or self.tables.is_quoting_verb(after[j]):
                rest = after[j + 1:]
                if self.tables.is_quoting_verb(after[j]):
                    rest = _skip_outlet(rest, self.tables)
                mention = speaker_after(rest, self.tables)
                if mention is None:
                    mention = speaker_before(after[i:j], self.tables)
                return (after[j].start, after[j].end), mention
        return None

    def _cue_before(self, stretch: QuotedStretch):
        """X заявил: «…» / X заявил, что «…» is a content clause (read with the sentence)."""
        line_start = self.text.rfind("\n", 0, stretch.outer_start) + 1
        before = split_words(self.text, line_start, stretch.outer_start)
        if not before and line_start > 0:   # "Министр Иван Сидоров:" on the line above
            above = self.text.rfind("\n", 0, line_start - 1) + 1
            before = split_words(self.text, above, line_start - 1)
        if not before or before[-1].text != ":":
            return None
        before = before[:-1]
        sentence_start = 0
        for k, word in enumerate(before):
            if word.text in CLAUSE_ENDS:
                sentence_start = k + 1
        before = before[sentence_start:]
        for j in range(len(before) - 1, -1, -1):
            if self.tables.is_speech_verb(before[j]):
                rest = before[j + 1:]
                # "повідомив у Telegram:": a place of publication, not a speaker, after the verb
                adjunct = not rest or rest[0].lower in self.tables.prepositions or self.tables.is_time_word(rest[0])
                mention = (None if adjunct else speaker_after(rest, self.tables)) \
                    or speaker_before(before[:j], self.tables) or speaker_after(rest, self.tables)
                return (before[j].start, before[j].end), mention
        if len(before) <= MAX_LABEL_WORDS:   # a label: "Министр Иван Сидоров: «…»"
            run = _name_run(before, self.tables)
            if run:
                return None, run
        return None

    def _split_inside(self, stretch: QuotedStretch):
        """A quotation interrupted by its attribution: "…, – написал X. – …" is two quotes."""
        words = split_words(self.text, stretch.start, stretch.end)
        for k, word in enumerate(words):
            if word.text not in DASHES or k == 0 or k + 1 >= len(words):
                continue
            if not self.tables.is_speech_verb(words[k + 1]):
                continue
            resume = next((m for m in range(k + 2, len(words) - 1)
                           if words[m].text in DASHES and words[m - 1].text in ".,"), None)
            if resume is None:
                continue
            mention = speaker_after(words[k + 2:resume], self.tables)
            first = _strip_end(self.text, stretch.start, words[k].start)
            first = (first[0], words[k - 1].end)   # the comma before the dash stays in the quote
            second = _strip_end(self.text, words[resume].end, stretch.end)
            cue = (words[k + 1].start, words[k + 1].end)
            return [(first[0], first[1], cue, mention), (second[0], second[1], cue, mention)]
        return [(stretch.start, stretch.end, None, None)]

    # one sentence: content clauses, postposed cues, "по словам", headlines

    def sentence_quotes(self, start: int, end: int) -> list[Candidate]:
        words = split_words(self.text, start, end)
        if not words:
            return []
        for phrase in self.tables.this_words:   # "Об этом сообщил X": a speaker, no content here
            if _matches(words, 0, phrase):
                self._note_attribution(words[len(phrase):])
                return []
        words = self._outside_quotations(words)
        found = (self._according(words, end) or self._content_clause(words, end)
                 or self._signed(words) or self._postposed(words) or self._headline(words, start, end))
        return found or []

    def _outside_quotations(self, words: list[Word]) -> list[Word]:
        """The words with those inside a quotation masked, so no cue is read inside one."""
        masked = []
        long = [s for s in self.stretches if len(split_words(self.text, s.start, s.end)) > MAX_NAME_WORDS]
        for word in words:
            inside = any(s.start <= word.start < s.end for s in long)
            masked.append(Word(word.start, word.end, "\u2026q") if inside else word)
        return masked

    def _note_attribution(self, words: list[Word]):
        for j, word in enumerate(words):
            if self.tables.is_speech_verb(word):
                mention = None
                if self.tables.is_plural_verb(word):
                    mention = self._institution_in(words[j + 1:]) or self._institution_in(words[:j])
                if not mention:
                    mention = speaker_before(words[:j], self.tables) if j else None
                if not mention or not self._looks_like_source(mention):
                    mention = speaker_after(words[j + 1:], self.tables)
                if mention:
                    self.attributions.append((word.start, mention))
                return

    def _institution_in(self, words: list[Word]) -> list[Word] | None:
        """"сообщили в пресс-службе Минобороны": the source is the place the words come from."""
        for i, word in enumerate(words):
            if word.lower in ("в", "во", "у") and i + 1 < len(words) and \
                    (words[i + 1].is_capitalised or words[i + 1].is_upper or self.tables.is_institution(words[i + 1])):
                phrase = _cut_phrase(words[i + 1:], self.tables)
                phrase = [w for w in phrase if w.text not in CLAUSE_ENDS and w.text != ","]
                if phrase and self.tables.lang not in DICTIONARY_LANGUAGES:
                    # "у Генштабі ЗСУ" -> "Генштаб ЗСУ": the locative ending undone
                    head = phrase[0]
                    phrase = [Word(head.start, head.end, nominative_institution_uk(head.text))] + phrase[1:]
                return phrase or None
        return None

    def _content_clause(self, words: list[Word], end: int) -> list[Candidate] | None:
        """X заявил, что … / стало известно, что … / X сообщила о том, что …
        (several in a sentence: "X отметил, что …, и добавил, что …")."""
        found: list[Candidate] = []
        resume = 0
        for i, word in enumerate(words):
            if i < resume:
                continue
            complementizer = next((p for p in self.tables.complementizers if _matches(words, i, p)), None)
            if complementizer is None or i == 0 or words[i - 1].text != "," and complementizer[0] == words[i].lower \
                    and len(complementizer) == 1:
                continue
            cue_index = self._cue_left(words, i)
            if cue_index is None:
                continue
            content_start = words[i + len(complementizer) - 1].end
            if len(complementizer) > 1 and complementizer[0] != words[i].lower:
                continue
            impersonal = self._impersonal_at(words, cue_index)
            mention = None
            cue_word = words[cue_index]
            if not impersonal:
                if found and cue_index and words[cue_index - 1].lower in CONJUNCTIONS:
                    mention = found[-1].mention   # "…, и добавил, что": the same speaker
                else:
                    mention = self._subject_of(words, cue_index)
            content_end = self._content_end(words, i + len(complementizer), end)
            span = _strip_end(self.text, content_start, content_end)
            if span[1] - span[0] < 3:
                continue
            found.append(self._clause_candidate(span, (cue_word.start, cue_word.end), mention, impersonal))
            resume = next((k for k, w in enumerate(words) if w.start >= content_end), len(words))
        return found or None

    def _cue_left(self, words: list[Word], i: int) -> int | None:
        """The speech verb a "что" at ``i`` depends on: the nearest one before it in the sentence."""
        low = max(0, i - MAX_CUE_DISTANCE)
        for j in range(i - 1, low - 1, -1):
            if self.tables.is_speech_verb(words[j]) or self._impersonal_at(words, j):
                return j
            if words[j].text in "«»\"" or words[j].text in CLAUSE_ENDS:
                return None
        return None

    def _impersonal_at(self, words: list[Word], j: int) -> bool:
        for phrase in self.tables.impersonal:
            start = j - len(phrase) + 1
            if start >= 0 and _matches(words, start, phrase):
                return True
        return False

    def _subject_of(self, words: list[Word], cue_index: int) -> list[Word] | None:
        cue = words[cue_index]
        if self.tables.is_gerund(cue):
            # "…, отметил он, добавив, что" / "Він опублікував …, зазначивши, що": the clause's subject
            for j in range(cue_index - 1, -1, -1):
                if self.tables.is_speech_verb(words[j]) and not self.tables.is_gerund(words[j]):
                    return self._subject_of(words, j)
            first = _first_phrase(words[:cue_index])
            if first and first[0].lower in self.tables.pronouns:
                return first[:1]
            for k in range(1, cue_index):
                if words[k].is_capitalised and not words[k + 1].is_capitalised:
                    run = _name_run(words[:k + 1], self.tables)
                    if run:
                        return run
            return [Word(-1, -1, "")]
        before = words[:cue_index]
        clause_start = 0
        for k, word in enumerate(before):
            if word.text in CLAUSE_ENDS:
                clause_start = k + 1
        if self.tables.is_plural_verb(cue):
            place = self._institution_in(before[clause_start:])
            if place:
                return place
        mention = speaker_before(before[clause_start:], self.tables)
        if mention and self._looks_like_source(mention):
            if mention[0].lower in ("в", "во", "у"):
                return self._institution_in(mention)
            return mention
        after = speaker_after(words[cue_index + 1:], self.tables)
        if after:
            return after
        if self.tables.is_plural_verb(cue):
            return self._institution_in(before)
        return mention

    def _looks_like_source(self, mention: list[Word]) -> bool:
        return not (mention[0].lower in self.tables.prepositions and mention[0].lower not in ("в", "во", "у"))

    def _content_end(self, words: list[Word], from_index: int, end: int) -> int:
        """Where a content clause stops: before a postposed ", пишет X" or the sentence end."""
        for k in range(from_index, len(words) - 1):
            if words[k].text == "," and self.tables.is_speech_verb(words[k + 1]) \
                    and not self.tables.is_gerund(words[k + 1]):
                return words[k].start
            if words[k].text == "," and words[k + 1].lower in REPORT_LINKS and k + 2 < len(words) \
                    and any(self.tables.is_speech_verb(w) for w in words[k + 2:k + 4]):
                return words[k].start   # "…, и добавил, что …": a second report
        return end

    def _clause_candidate(self, span, cue, mention, impersonal) -> Candidate:
        start, end = span
        inside = [s for s in self.stretches if start <= s.outer_start and s.outer_end <= end + 1]
        kind = QuoteKind.INDIRECT.value
        if inside:
            unquoted = len(split_words(self.text, start, end)) - sum(
                len(split_words(self.text, s.outer_start, s.outer_end)) for s in inside)
            if len(inside) == 1 and unquoted < MIN_MIXED_UNQUOTED_WORDS:
                start, end = inside[0].start, inside[0].end
                kind = QuoteKind.DIRECT.value
            elif any(len(split_words(self.text, s.start, s.end)) > 2 for s in inside):
                kind = QuoteKind.MIXED.value
        return Candidate(start, end, kind, cue=cue, mention=mention, impersonal=impersonal)

    def _according(self, words: list[Word], end: int) -> list[Candidate] | None:
        """По словам X, … / …, по словам X / Как сообщает X, … / Согласно X, …"""
        for i in range(len(words)):
            found = self._according_at(words, i)
            if found is None:
                continue
            source_start, cue_end = found
            comma = next((k for k in range(source_start, len(words)) if words[k].text == ","), None)
            source_words = words[source_start:comma if comma is not None else len(words)]
            source_words = [w for w in source_words if w.text not in CLAUSE_ENDS]
            cue = (words[i].start, words[cue_end - 1].end)
            mention = self._according_source(words, i, source_start, source_words)
            oblique = True
            if i == 0 or words[i - 1].text in (",", "(") and comma is not None and comma > i:
                if comma is None:
                    return None
                content_start = words[comma].end
                content_end = self._content_end(words, comma + 1, end)
                if i > 0:   # "Саме тому, за його словами, …": the rest of the sentence
                    pass
            else:   # "…, по словам X."
                content_start, content_end = words[0].start, words[i - 1].start if words[i - 1].text == "," \
                    else words[i].start
            span = _strip_end(self.text, content_start, content_end)
            if span[1] - span[0] < 3:
                return None
            candidate = self._clause_candidate(span, cue, mention, False)
            candidate.oblique = oblique
            return [candidate]
        return None

    def _according_at(self, words: list[Word], i: int) -> tuple[int, int] | None:
        """(index of the source's first word, index after the cue) when a cue starts at ``i``."""
        tables = self.tables
        for phrase in tables.according_words:
            if not _matches(words, i, phrase):
                continue
            j = i + len(phrase)
            if phrase[0] in ("по", "за", "на"):
                # по словам X / по официальной информации / за його словами
                k = j
                while k < len(words) and k - j < 3 and words[k].lower not in tables.according_nouns:
                    if words[k].text in ",.":
                        break
                    k += 1
                if k < len(words) and words[k].lower in tables.according_nouns:
                    return (j if k > j else k + 1), k + 1
                continue
            return j, j
        if words[i].lower in tables.as_words and i + 1 < len(words) and tables.is_speech_verb(words[i + 1]):
            return i + 2, i + 2
        return None

    def _according_source(self, words, i, source_start, source_words) -> list[Word] | None:
        cue_nouns = [w for w in words[i:source_start + 1] if w.lower in self.tables.according_nouns]
        if source_words and source_words[-1].lower in self.tables.according_nouns:
            # "по официальной информации": the phrase is the source
            return source_words
        if source_words and source_words[0].lower in self.tables.pronouns:
            return source_words[:1]
        if source_words and source_words[0].lower in ("в", "во", "у"):   # "Как отметили в министерстве"
            return self._institution_in(source_words) or source_words
        if not source_words and cue_nouns:
            before = words[source_start - 1:source_start] if source_start else []
            return before if before and before[0].lower in self.tables.pronouns else None
        return speaker_after(source_words, self.tables) or source_words or None

    def _signed(self, words: list[Word]) -> list[Candidate] | None:
        """ "Ми не можемо цього допустити, - заявив Зеленський.": speech signed after a dash,
        without quotation marks, is direct."""
        for k in range(2, len(words) - 2):
            if words[k].text == "," and words[k + 1].text in DASHES and self.tables.is_speech_verb(words[k + 2]) \
                    and not self.tables.is_gerund(words[k + 2]):
                line_start = self.text.rfind("\n", 0, words[0].start) + 1
                if self.text[line_start:words[0].start + 1].lstrip()[:1] in DASHES \
                        or any(w.text in "«»\"„“”" for w in words[:k]):
                    return None   # a dialogue line or a quotation: read elsewhere
                mention = speaker_after(words[k + 3:], self.tables)
                if mention is None:
                    return None
                span = _strip_end(self.text, words[0].start, words[k].start)
                return [Candidate(span[0], span[1], QuoteKind.DIRECT.value,
                                  cue=(words[k + 2].start, words[k + 2].end), mention=mention)]
        return None

    def _postposed(self, words: list[Word]) -> list[Candidate] | None:
        """…, заявил X. / …, сообщили в пресс-центре X. / …, сообщает издание Y."""
        for k in range(1, len(words) - 1):
            if words[k].text != ",":
                continue
            v = k + 1
            this = next((p for p in self.tables.this_words if _matches(words, v, p)), None)
            if this:
                v += len(this)
            if v >= len(words) or not self.tables.is_speech_verb(words[v]) or self.tables.is_gerund(words[v]):
                continue
            cue = words[v]
            rest = words[v + 1:]
            if any(w.lower in ("что", "що") for w in rest[:MAX_SPEAKER_WORDS]):
                return None
            mention = speaker_after(rest, self.tables)
            lead = _skip_times(rest, self.tables)
            if self.tables.is_plural_verb(cue) and lead and lead[0].lower in ("в", "во", "у"):
                mention = self._institution_in(lead) or mention
            if mention is None:
                continue
            close = next((m for m in range(v + 1, len(words)) if words[m].text == ","), None)
            if k <= 3 and close is not None and len(words) - close > 4:
                # "Таким образом, отмечает издание, федеральное правительство …"
                span = _strip_end(self.text, words[close].end, words[-1].end)
                return [self._clause_candidate(span, (cue.start, cue.end), mention, False)]
            start = words[0].start
            span = _strip_end(self.text, start, words[k].start)
            if len(split_words(self.text, *span)) < 3:
                return None
            return [self._clause_candidate(span, (cue.start, cue.end), mention, False)]
        return None

    def _headline(self, words: list[Word], start: int, end: int) -> list[Candidate] | None:
        """A headline with its source after a dash ("… — Минобороны") or before a colon ("Муженко: …")."""
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        line_end = len(self.text) if line_end < 0 else line_end
        if start != line_start or end < len(self.text[:line_end].rstrip()) \
                or self.text[line_start:line_end].rstrip()[-1:] in ".!?…":
            return None
        dashes = [k for k, w in enumerate(words) if w.text in DASHES and k > 2
                  and self.text[w.start - 1:w.start].isspace()]
        if dashes:
            k = dashes[-1]
            source = [w for w in words[k + 1:] if w.text not in ","]
            if 0 < len(source) <= MAX_HEADLINE_SOURCE_WORDS and any(w.is_capitalised or w.is_upper for w in source) \
                    and not any(self.tables.is_speech_verb(w) for w in source):
                mention = speaker_after(source, self.tables) or source
                span = _strip_end(self.text, words[0].start, words[k].start)
                return [self._clause_candidate(span, None, mention, False)]
        colon = next((k for k, w in enumerate(words[:MAX_HEADLINE_LABEL + 1]) if w.text == ":"), None)
        if colon and len(words) > colon + 2 and words[0].is_capitalised or colon and words[0].is_upper:
            span = _strip_end(self.text, words[colon + 1].start, end)
            return [self._clause_candidate(span, None, words[:colon], False)]
        return None

    # dash dialogue lines without quotation marks

    def dialogue_lines(self, found: list[Candidate]) -> list[Candidate]:
        """ "– Перший … до перемоги, – зазначив X." A line opened by a dash, closed by its cue."""
        quotes = []
        position = 0
        for line in self.text.split("\n"):
            line_start = position
            position += len(line) + 1
            stripped = line.lstrip()
            if not stripped[:1] in DASHES:
                continue
            words = split_words(self.text, line_start, line_start + len(line))
            for k in range(2, len(words) - 1):
                if words[k].text in DASHES and words[k - 1].text in ",.!?…" \
                        and self.tables.is_speech_verb(words[k + 1]):
                    start = words[1].start
                    end = words[k - 1].end if words[k - 1].text == "," else words[k - 1].end
                    if any(_overlap(Candidate(start, end, ""), c) for c in found):
                        break
                    mention = speaker_after(words[k + 2:], self.tables)
                    quotes.append(Candidate(start, end, QuoteKind.DIRECT.value,
                                            cue=(words[k + 1].start, words[k + 1].end), mention=mention))
                    break
        return quotes


def _skip_outlet(words: list[Word], tables: Tables) -> list[Word]:
    """ "цитирует агентство генерала", "цитирует ТАСС министра": the outlet before the one quoted."""
    k = 0
    if k < len(words) and words[k].lower in tables.media_nouns:
        k += 1
    while k < len(words) and (words[k].is_upper or (k and words[k].is_capitalised and words[k - 1].is_upper)):
        k += 1
    if 0 < k < len(words) and not words[k].is_capitalised and words[k].text not in CLAUSE_ENDS \
            and words[k].text not in ",":
        return words[k:]
    return words


def _skip_times(words: list[Word], tables: Tables) -> list[Word]:
    i = 0
    while i < len(words) and (tables.is_time_word(words[i]) or words[i].text == ","):
        i += 1
    return words[i:]


def _first_phrase(words: list[Word]) -> list[Word]:
    """The words of a sentence before its first verb-like break (a comma)."""
    out = []
    for word in words:
        if word.text in ",:;" or word.text in DASHES:
            break
        out.append(word)
    return out[:3]


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


# Speakers

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
                run = _name_run(words[max(0, i - MAX_NAME_WORDS + 1):i + 1], tables)
                if run and not any(a < run[0].start < b for a, b in inside):
                    names.append(_texts(run))
                    self.positions.append((run[0].start, _texts(run)))
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
            if _heads_source(word, self.tables):
                self.titles.append((word.lower, run[0].start, _texts(run)))

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
        if _is_pronoun(mention, tables) or (len(texts) >= 1 and texts[0].lower() in tables.pronouns):
            # a singular pronoun stands for the last person who spoke, else the last source
            if self.person or previous:
                return self.person or previous
            named = self.last_name_before(mention[0].start)
            return (named, SourceType.PERSON.value) if named else (texts[0], SourceType.VAGUE.value)
        joined = [k for k, w in enumerate(mention) if w.lower in CONJUNCTIONS]
        if joined and _name_run(mention[:joined[0]], tables) and _name_run(mention, tables):
            first = self.index.fullest(_texts(_name_run(mention[:joined[0]], tables)))
            second = self.index.fullest(_texts(_name_run(mention, tables)))
            return f"{first} {mention[joined[0]].text} {second}", SourceType.PERSON.value
        run = _name_run(mention, tables)
        if run:
            fullest = self.index.fullest(_texts(run), oblique=oblique)
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


def _expand_institutions(quotes: list[Candidate]) -> None:
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


def _write_out_institutions(quotes: list[Candidate], text: str, tables: Tables) -> None:
    for quote in quotes:
        if quote.speaker and quote.source_type == SourceType.INSTITUTION.value:
            quote.speaker = _written_out(quote.speaker, text, tables) or quote.speaker


def find_quotes(doc: Doc, lang: str) -> tuple[list[dict], dict]:
    """The quotes of a Russian or Ukrainian Doc as plain dicts, and the names seen."""
    text = doc_text(doc)
    tables = load_tables(lang)
    rules = QuoteRules(text, doc, tables)
    quotes = rules.find()
    speakers = SpeakerNames(text, tables, rules.stretches, person_entities(doc))
    speakers.resolve(quotes, rules.attributions)
    _expand_institutions(quotes)
    _write_out_institutions(quotes, text, tables)
    out = []
    for quote in quotes:
        mention = quote.mention if quote.mention and quote.mention[0].text else None
        out.append({"span": [quote.start, quote.end], "kind": quote.kind, "speaker": quote.speaker,
                    "speaker_span": [mention[0].start, mention[-1].end] if mention else None,
                    "cue": list(quote.cue) if quote.cue else None, "speaker_role": None, "speaker_org": None,
                    "source_type": quote.source_type or SourceType.NONE.value})
    return out, speakers.surface


def person_entities(doc: Doc) -> list[tuple[int, list[str]]]:
    """(start, words) of each person entity of ``doc`` of two words or more (none on a blank Doc)."""
    found = []
    for ent in doc.ents:
        words = [w.text for w in split_words(ent.text) if w.text != "."]
        if ent.label_ in PERSON_LABELS and 2 <= len(words) <= MAX_NAME_WORDS:
            found.append((ent.start_char, words))
    return found


class CyrillicQuotes:
    """Find the quotes of a Russian or Ukrainian Doc.

    Usage: ``nlp.add_pipe("claimledger_quotes_ru")`` on ``morph.blank_pipeline("ru")``;
    sets ``doc._.quotes`` and ``doc._.names``.
    """

    def __init__(self, lang: str):
        self.lang = lang
        load_tables(lang)

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes, names = find_quotes(doc, self.lang)
        doc._.names = {**(doc._.names or {}), **names}
        return doc


@Language.factory("claimledger_quotes_ru", assigns=["doc._.quotes", "doc._.names"])
def create_quotes_ru(nlp: Language, name: str) -> CyrillicQuotes:
    return CyrillicQuotes("ru")


@Language.factory("claimledger_quotes_uk", assigns=["doc._.quotes", "doc._.names"])
def create_quotes_uk(nlp: Language, name: str) -> CyrillicQuotes:
    return CyrillicQuotes("uk")
