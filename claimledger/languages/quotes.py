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
(Russian verbs by lemma, Ukrainian by inflected form), read by ``quote_lexicon``. The words
naming a speaker are found by ``speaker_phrases`` and turned into a speaker, in the
nominative and in the fullest form the document gives, by ``quote_speakers``.
Sets ``doc._.quotes`` and ``doc._.names`` like the English ``claimledger_quotes``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.extract.quote_marks import QuotedStretch
from claimledger.extract.text_cache import doc_text
from claimledger.languages.morph import DICTIONARY_LANGUAGES
from claimledger.languages.quote_marks import find_quoted_stretches
from claimledger.languages.quote_lexicon import Tables, load_tables
from claimledger.languages.quote_speakers import (Candidate, SpeakerNames, expand_institutions, person_entities,
                                                  write_out_institutions)
from claimledger.languages.speaker_phrases import (CLAUSE_ENDS, CONJUNCTIONS, DASHES, MAX_NAME_WORDS,
                                                   MAX_SPEAKER_WORDS, cut_phrase, first_phrase, name_run, skip_outlet,
                                                   speaker_after, speaker_before)
from claimledger.languages.speakers import Word, nominative_institution_uk, split_words
from claimledger.schema import QuoteKind, SourceType

TRAILING_LINK = re.compile(r"\s+https?://\S+\s*$")
# a full stop, then a capital: a sentence break the tokenizer may miss ("Iris-T. Передача"),
# not after an initial ("А. Постников")
SENTENCE_BREAK = re.compile(r"(?<=\w[.!?…])(?<![\s.][А-ЯЁІЇЄҐA-Z][.])\s+(?=[А-ЯЁІЇЄҐA-Z])")
# an agency's dateline label opening a sentence ("ИНТЕРФАКС-СИБИРЬ - …", "УКРІНФОРМ – …"): a
# word in capitals joined by a hyphen, or of seven letters or more (an acronym such as "НАТО –"
# opening a copular sentence is shorter), then a spaced dash
DATELINE_LABEL = re.compile(r"(?:[А-ЯЁІЇЄҐA-Z]{2,}-[А-ЯЁІЇЄҐA-Z]{2,}|[А-ЯЁІЇЄҐA-Z]{7,})\s+[-–—]\s+"
                            r"(?=[А-ЯЁІЇЄҐA-Z«\"„“])")
MAX_HEADLINE_SOURCE_WORDS = 8
MAX_HEADLINE_LABEL = 3        # words before a headline's colon ("Минобороны Белоруссии: …")
MAX_CUE_DISTANCE = 25         # words between a speech verb and its "что"
MIN_MIXED_UNQUOTED_WORDS = 2  # a content clause with fewer words outside its quotation is direct
MAX_CONTINUATION_GAP = 250    # characters between a quotation and one that continues it
MIN_CONTINUATION_WORDS = 4
MAX_PLURAL_SOURCE_GAP = 6     # words between a plural cue and its "в X"
MAX_LABEL_WORDS = 6           # "Министр Иван Сидоров:" before a quotation on the next line
# words joining a second report to a content clause
REPORT_LINKS = frozenset({"и", "а", "но", "і", "й", "та", "але"})


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
    label = DATELINE_LABEL.match(text, start, end)
    if label:
        start = label.end()
    return start, end


# Speakers in the words around a cue

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
        # only the previous quotation's own attribution may stand between them
        attribution_only = sum(gap.count(mark) for mark in ".!?…") <= 1
        return (len(gap) <= MAX_CONTINUATION_GAP and attribution_only and (not before or before[-1] in ".!?…\n")
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
        if i < len(after) and after[i].lower in self.tables.document_cues:
            return (after[i].start, after[i].end), self._document_source(after[i + 1:])
        for j in range(i, min(i + 3, len(after))):
            if after[j].text in CLAUSE_ENDS or after[j].text == ",":
                break
            if self.tables.is_speech_verb(after[j]) or self.tables.is_quoting_verb(after[j]):
                rest = after[j + 1:]
                if self.tables.is_quoting_verb(after[j]):
                    rest = skip_outlet(rest, self.tables)
                mention = speaker_after(rest, self.tables)
                if mention is None:
                    mention = speaker_before(after[i:j], self.tables)
                return (after[j].start, after[j].end), mention
        return None

    def _document_source(self, words: list[Word]) -> list[Word] | None:
        """ "говорится в заявлении Минобороны": the author of the document, when named."""
        end = next((k for k, w in enumerate(words) if w.text in CLAUSE_ENDS or w.text == "," or w.text in DASHES),
                   len(words))
        words = words[:end]
        for k, word in enumerate(words[:4]):
            if word.lower in self.tables.document_nouns:
                phrase = [w for w in cut_phrase(words[k + 1:], self.tables)
                          if w.text not in CLAUSE_ENDS and w.text != ","]
                return phrase or None
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
            run = name_run(before, self.tables)
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
                phrase = cut_phrase(words[i + 1:], self.tables)
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
            # a one-word complementizer follows a comma ("заявил, что"); "о том, что" need not
            if complementizer is None or i == 0 or (len(complementizer) == 1 and words[i - 1].text != ","):
                continue
            cue_index = self._cue_left(words, i)
            if cue_index is None:
                continue
            content_start = words[i + len(complementizer) - 1].end
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
            first = first_phrase(words[:cue_index])
            if first and first[0].lower in self.tables.pronouns:
                return first[:1]
            for k in range(1, cue_index):
                if words[k].is_capitalised and not words[k + 1].is_capitalised:
                    run = name_run(words[:k + 1], self.tables)
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
            if i == 0 or (words[i - 1].text in (",", "(") and comma is not None and comma > i):
                # "По словам X, …", "Саме тому, за його словами, …": what follows the source
                if comma is None:
                    return None
                content_start, content_end = words[comma].end, self._content_end(words, comma + 1, end)
            else:   # "…, по словам X."
                content_start, content_end = words[0].start, words[i].start
            span = _strip_end(self.text, content_start, content_end)
            if span[1] - span[0] < 3:
                return None
            candidate = self._clause_candidate(span, cue, mention, False)
            candidate.oblique = True   # "по словам Котовой": the source is in an oblique case
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
        if words[i].lower in tables.as_words and i + 1 < len(words) and (
                tables.is_speech_verb(words[i + 1]) or tables.is_quoting_verb(words[i + 1])):
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
            if v < len(words) and words[v].lower in self.tables.document_cues:
                # "…, говорится в сообщении Минобороны."
                span = _strip_end(self.text, words[0].start, words[k].start)
                if len(split_words(self.text, *span)) < 3:
                    return None
                mention = self._document_source(words[v + 1:])
                return [self._clause_candidate(span, (words[v].start, words[v].end), mention, mention is None)]
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
            if self.tables.is_plural_verb(cue):
                # "сообщили РИА Новости в пресс-службе X": the office, not the agency told
                at = next((m for m, w in enumerate(rest[:MAX_PLURAL_SOURCE_GAP]) if w.lower in ("в", "во", "у")), None)
                mention = (self._institution_in(rest[at:]) if at is not None else None) or mention
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
            if self._topic_label(words[:colon]):
                return None
            span = _strip_end(self.text, words[colon + 1].start, end)
            return [self._clause_candidate(span, None, words[:colon], False)]
        return None

    def _topic_label(self, label: list[Word]) -> bool:
        """ "Нічна атака: Сили оборони …": words before a headline's colon with no name after the
        first, no role and no office name its topic, not a speaker ("Повітряні сили: …",
        "Міністр оборони: …", "Минобороны Белоруссии: …" name one)."""
        return len(label) > 1 \
            and all(not w.is_capitalised and not w.is_upper for w in label[1:]) \
            and not any(self.tables.is_institution(w) or w.lower in self.tables.role_words
                        for w in label)

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


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


# Speakers

def find_quotes(doc: Doc, lang: str) -> tuple[list[dict], dict]:
    """The quotes of a Russian or Ukrainian Doc as plain dicts, and the names seen."""
    text = doc_text(doc)
    tables = load_tables(lang)
    rules = QuoteRules(text, doc, tables)
    quotes = rules.find()
    speakers = SpeakerNames(text, tables, rules.stretches, person_entities(doc))
    speakers.resolve(quotes, rules.attributions)
    expand_institutions(quotes)
    write_out_institutions(quotes, text, tables)
    out = []
    for quote in quotes:
        mention = quote.mention if quote.mention and quote.mention[0].text else None
        out.append({"span": [quote.start, quote.end], "kind": quote.kind, "speaker": quote.speaker,
                    "speaker_span": [mention[0].start, mention[-1].end] if mention else None,
                    "cue": list(quote.cue) if quote.cue else None, "speaker_role": None, "speaker_org": None,
                    "source_type": quote.source_type or SourceType.NONE.value})
    return out, speakers.surface


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
