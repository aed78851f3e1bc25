"""claimledger_events_ru, claimledger_events_uk: status events of tracked subjects in Russian
and Ukrainian, by rules over tokens, sentences and lemmas.

The same records as the English ``claimledger_events`` (``doc._.events``: subject, status,
span, location, date, source), written against what ``blank_pipeline(lang)`` gives, so they
need no parse. Every word the rules react to is data: ``lexicon/<lang>/events.json``.

A status is stated by a trigger (a verb or phrase: "разместить", "заступить на боевое
дежурство", "нанести удар"; or a nominalisation that a governing verb asserts: "подтвердил
передачу", "поставки начались"). Its clause decides what it states: a future form, a future
auxiliary or a plan word makes it PLANNED, a request word REQUESTED; a negation, a possibility
or condition, a presupposing relative clause or (for a use) an exercise cancels it. Place:
a place named in the clause, else in the sentence, else (for anything but a use) the
document's most named place. Date: only a DATE or TIME timex in the clause (``doc._.timexes``,
when a timex component ran). Source: the speaker of the quote around the trigger
(``doc._.quotes``, when a quote component ran), else the speaker a next sentence names
("Об этом сообщил X").
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.errors import LexiconError
from claimledger.extract.extensions import SUBJECTS_KEY
from claimledger.languages.morph import DICTIONARY_LANGUAGES, analyzer
from claimledger.languages.tables import language_table
from claimledger.lexicon import lexicon
from claimledger.schema import Status

PLANNED, REQUESTED, USED = Status.PLANNED.value, Status.REQUESTED.value, Status.USED.value
# quotation marks are no clause break: Russian and Ukrainian quote every system name («Искандер»)
CLAUSE_PUNCT = {",", ";", ":", "—", "–", "(", ")"}
# "IRIS-T." is one token (an initial's abbreviation), so the sentencizer sees no stop after it
HYPHENATED_INITIAL = re.compile(r"^[A-ZА-ЯІЇЄ]\.$")
NEGATION_REACH = 2     # tokens before a trigger (or its auxiliary) a negation may stand
AUXILIARY_REACH = 3    # tokens before a trigger a future auxiliary may stand
ANAPHOR_REACH = 2      # sentences back that a generic noun ("комплекс") may refer
LEAD_UNITS = 2         # headline and lead: a generic noun there may name what comes below
DATE_TYPES = {"DATE", "TIME"}
PLACE_PREPOSITIONS = {"в", "во", "на", "до", "у", "к", "по"}
PLACE_LABELS = {"GPE", "LOC"}   # entity labels of places, when a model set doc.ents
PREPOSITION_REACH = 3  # modifiers between a preposition and the place it governs


@dataclass(frozen=True)
class TriggerRule:
    """Words (patterns on lemmas) that state ``status`` when they occur in order."""

    words: tuple[re.Pattern, ...]
    status: str
    noun: bool = False
    needs_name: bool = False   # the subject must be named in the sentence, not referred to
    presence: bool = False     # words side by side and a place name next ("уже в Украине")


@dataclass(frozen=True, eq=False)
class EventTables:
    """A language's event word tables (``lexicon/<lang>/events.json``), compiled."""

    gap: int
    triggers: tuple[TriggerRule, ...]
    governors: tuple[tuple[re.Pattern, str | None], ...]
    future_auxiliaries: re.Pattern
    plan_words: re.Pattern
    request_words: re.Pattern
    cancel_words: re.Pattern
    negations: re.Pattern
    relative_words: re.Pattern
    exercise_words: re.Pattern
    anaphors: re.Pattern
    origin_prepositions: re.Pattern
    clause_words: re.Pattern
    past_forms: re.Pattern
    location_nouns: re.Pattern
    recipient_nouns: re.Pattern
    condition_words: re.Pattern
    places: tuple[tuple[re.Pattern, str], ...]
    future_forms: re.Pattern | None = None
    back_reference: tuple[re.Pattern, ...] = ()
    speech_verbs: re.Pattern = re.compile("(?!)")
    giving_verbs: re.Pattern = re.compile("(?!)")   # their subject gives, it is no place ("Германия передала")

    @functools.cached_property
    def first_words(self) -> re.Pattern:
        """Every word a trigger can start with, as one pattern: a token that is none of them
        starts no trigger (derived from the triggers, so it cannot drift from them)."""
        return re.compile("|".join(f"(?:{rule.words[0].pattern})" for rule in self.triggers))

    @functools.cached_property
    def place_pattern(self) -> re.Pattern:
        """Every place's forms in one pattern, a group per place (``g0``, ``g1`` ...)."""
        return re.compile("|".join(f"(?P<g{number}>{pattern.pattern})"
                                   for number, (pattern, _) in enumerate(self.places)))

    def place_named(self, word: str) -> str | None:
        """The place whose forms include ``word`` (a lemma or a lower-cased form), or None."""
        found = self.place_pattern.fullmatch(word)
        return self.places[int(found.lastgroup[1:])][1] if found else None

    @classmethod
    def from_dict(cls, data: dict) -> EventTables:
        statuses = set(lexicon().status_names) | {None}   # one vocabulary: statuses.json
        unknown = {entry["status"] for entry in data["triggers"]} | set(data["governors"].values())
        if unknown - statuses:
            raise LexiconError(f"an events table names unknown statuses {sorted(unknown - statuses)}; "
                               f"the statuses are those of claimledger/lexicon/statuses.json")
        triggers = []
        for entry in data["triggers"]:
            triggers.append(TriggerRule(tuple(map(re.compile, entry["words"])), entry["status"],
                                        bool(entry.get("noun", False)),
                                        bool(entry.get("needs_name", False)),
                                        bool(entry.get("presence", False))))
        words = {key: re.compile(data[key]) for key in (
            "future_auxiliaries", "plan_words", "request_words", "cancel_words", "negations",
            "relative_words", "exercise_words", "anaphors", "origin_prepositions", "clause_words",
            "past_forms", "location_nouns", "recipient_nouns", "condition_words")}
        return cls(gap=int(data["gap"]), triggers=tuple(triggers),
                   governors=tuple((re.compile(pattern), status)
                                   for pattern, status in data["governors"].items()),
                   places=tuple((re.compile(pattern), name)
                                for name, pattern in data["places"].items()),
                   future_forms=re.compile(data["future_forms"]) if "future_forms" in data else None,
                   back_reference=tuple(map(re.compile, data.get("back_reference", ()))),
                   speech_verbs=re.compile(data.get("speech_verbs", "(?!)")),
                   giving_verbs=re.compile(data.get("giving_verbs", "(?!)")),
                   **words)


def is_word(pattern: re.Pattern, token: Token) -> bool:
    """True when the token's lemma or its own lower-cased form is one of the pattern's words
    (the form for words whose lemma hides them: "будет" is "быть")."""
    return pattern.fullmatch(token.lemma_ or token.lower_) is not None \
        or pattern.fullmatch(token.lower_) is not None


@dataclass(frozen=True)
class TriggerMatch:
    rule: TriggerRule
    tokens: tuple[Token, ...]

    @property
    def anchor(self) -> Token:
        return self.tokens[0]


class PlainForms:
    """What a language without a dictionary can tell of a verb form from its ending: the past
    (``past_forms``) and a future that shows in the ending (``future_forms``: Ukrainian
    "передаватиме"); perfective futures ("передасть") are listed as PLANNED triggers."""

    def __init__(self, past_forms: re.Pattern, future_forms: re.Pattern | None = None):
        self.past_forms = past_forms
        self.future_forms = future_forms

    def is_future(self, token: Token) -> bool:
        return self.future_forms is not None and self.future_forms.fullmatch(token.lower_) is not None

    def is_past(self, token: Token) -> bool:
        return self.past_forms.fullmatch(token.lower_) is not None

    def cases(self, token: Token) -> set[str]:
        """The grammatical cases a noun form may be in ("gent", "datv", ...); empty if unknown."""
        return set()

    def is_noun(self, token: Token) -> bool:
        return False

    def is_attributive(self, token: Token) -> bool:
        return False


class DictionaryForms(PlainForms):
    """Verb forms read from pymorphy3's analysis of the word."""

    def __init__(self, lang: str, past_forms: re.Pattern):
        super().__init__(past_forms)
        self.lang = lang

    def tag(self, token: Token):
        return readings(token.text, self.lang)[0].tag

    def is_future(self, token: Token) -> bool:
        """ "передаст", "получит", "будет": a perfective or "быть" in the future tense."""
        return "futr" in self.tag(token)

    def is_past(self, token: Token) -> bool:
        return "past" in self.tag(token)

    def is_noun(self, token: Token) -> bool:
        return self.tag(token).POS == "NOUN"

    def cases(self, token: Token) -> set[str]:
        parses = readings(token.text, self.lang)
        return {parse.tag.case for parse in parses
                if parse.normal_form == parses[0].normal_form and parse.tag.case}

    def is_attributive(self, token: Token) -> bool:
        """ "поставленных Киеву ЗРК": a full participle before its noun describes, it does not
        state; after a comma ("страной, получившей ...") it is a clause of its own."""
        if "PRTF" not in self.tag(token):
            return False
        return token.i == 0 or token.doc[token.i - 1].text != ","


@functools.lru_cache(maxsize=65_536)
def readings(word: str, lang: str) -> tuple:
    """pymorphy3's readings of a word, likeliest first, read once per word."""
    return tuple(analyzer(lang).parse(word))


def verb_forms(lang: str, tables: EventTables) -> PlainForms:
    if lang in DICTIONARY_LANGUAGES:
        return DictionaryForms(lang, tables.past_forms)
    return PlainForms(tables.past_forms, tables.future_forms)


class StatusEventExtractor:
    """Find status events of tracked subjects in a Russian or Ukrainian Doc.

    nlp = blank_pipeline("ru"); nlp.add_pipe("claimledger_subjects_ru")
    nlp.add_pipe("claimledger_events_ru")
    doc = nlp("Комплекс «Искандер» заступил на боевое дежурство в Белоруссии.")
    doc._.events  # [{"subject": "Iskander", "status": "COMBAT_DUTY", "location": "Белоруссия", ...}]
    """

    def __init__(self, nlp: Language, name: str, *, tables: EventTables, forms: PlainForms):
        """tables: the language's word tables; forms: what the language's morphology tells of
        a verb form (future, attributive participle)."""
        self.name = name
        self.tables = tables
        self.forms = forms

    def __call__(self, doc: Doc) -> Doc:
        mentions = sorted(doc.spans[SUBJECTS_KEY], key=lambda span: span.start) \
            if SUBJECTS_KEY in doc.spans else []
        if not mentions:
            doc._.events = []
            return doc
        default_place = self.main_place(doc)
        events, recent = [], []   # recent: (unit number, subject) of the latest mention
        previous_events: list[dict] = []
        for number, unit in enumerate(statement_units(doc)):
            unit_events: list[dict] = []
            unit_mentions = [m for m in mentions if unit.start <= m.start < unit.end]
            antecedent = recent[-1][1] if recent and number - recent[-1][0] <= ANAPHOR_REACH else None
            cataphora = not recent and number < LEAD_UNITS
            if cataphora:
                antecedent = mentions[0].label_   # a headline's "две системы" names them below
            seen = set()
            for match in self.find_triggers(unit):
                clause = clause_of(match.anchor, unit, self.tables)
                status = self.decide_status(match, clause, unit)
                if status is None:
                    continue
                for subject in self.subjects_of(match, clause, unit_mentions, antecedent,
                                                cataphora=cataphora):
                    if (subject, status) in seen:
                        continue
                    seen.add((subject, status))
                    unit_events.append(self.event(doc, unit, clause, match, subject, status,
                                                  default_place))
            speaker = self.back_attribution(unit)
            if speaker is not None:   # "Об этом сообщил X": X asserts what was just said
                for event in previous_events:
                    if event["source"] is None:
                        event["source"], event["source_span"] = speaker
            events.extend(unit_events)
            previous_events = unit_events
            if unit_mentions:
                recent.append((number, unit_mentions[-1].label_))
            elif seen:   # "Передача состоялась ...": the subject it referred to stays salient
                recent.append((number, next(iter(seen))[0]))
        doc._.events = events
        return doc

    # --- source named after the statement --------------------------------------------------

    def back_attribution(self, unit: Span) -> tuple[str, list[int]] | None:
        """The speaker of "Об этом сообщил глава ведомства Иван Петров." / "Про це заявив ...":
        a sentence that opens with a reference back and holds a speech verb names who said the
        sentence before. The speaker is the last run of two or three capitalised words (a
        person's name in the nominative, as the inverted subject); None if there is none."""
        words = [token for token in unit if not token.is_punct]
        reference = self.tables.back_reference
        if len(words) < len(reference) + 2 or not all(
                is_word(pattern, token) for pattern, token in zip(reference, words)):
            return None
        if not any(is_word(self.tables.speech_verbs, token) for token in words):
            return None
        runs, run = [], []
        for token in list(unit) + [None]:
            if token is not None and token.is_alpha and token.is_title and not self.place_name(token):
                run.append(token)
                continue
            if 2 <= len(run) <= 3:
                runs.append(run)
            run = []
        if not runs:
            return None
        name = unit.doc[runs[-1][0].i:runs[-1][-1].i + 1]
        return name.text, [name.start_char, name.end_char]

    # --- triggers -------------------------------------------------------------------------

    def find_triggers(self, unit: Span) -> Iterator[TriggerMatch]:
        used: set[int] = set()
        for token in unit:
            if token.i in used or token.is_punct or token.is_space \
                    or not is_word(self.tables.first_words, token):
                continue
            for rule in self.tables.triggers:
                tokens = self.match_rule(rule, token, unit)
                if tokens:
                    used.update(t.i for t in tokens)
                    yield TriggerMatch(rule, tokens)
                    break

    def match_rule(self, rule: TriggerRule, token: Token, unit: Span) -> tuple[Token, ...] | None:
        if not is_word(rule.words[0], token):
            return None
        tokens, at = [token], token.i
        gap = 0 if rule.presence else self.tables.gap
        for pattern in rule.words[1:]:
            for i in range(at + 1, min(at + 2 + gap, unit.end)):
                if is_word(pattern, unit.doc[i]):
                    tokens.append(unit.doc[i])
                    at = i
                    break
            else:
                return None
        if rule.presence and (at + 1 >= unit.end or self.place_name(unit.doc[at + 1]) is None):
            return None   # "уже в конце марта" is a time, not a place
        return tuple(tokens)

    # --- status ---------------------------------------------------------------------------

    def decide_status(self, match: TriggerMatch, clause: Span, unit: Span) -> str | None:
        tables, anchor = self.tables, match.anchor
        words = [token for token in clause if token.i not in {t.i for t in match.tokens}]
        before = [token for token in words if token.i < anchor.i]
        if self.negated(anchor, clause) or any(is_word(tables.cancel_words, t) for t in words):
            return None
        if any(is_word(tables.condition_words, t) for t in unit if t.i < anchor.i):
            return None   # "Если решение примут, ATACMS передадут": the whole sentence hangs on it
        if self.forms.is_attributive(anchor) or (
                self.forms.is_past(anchor) and any(is_word(tables.relative_words, t) for t in before)):
            # "системы, которые уже получили": presupposed; "комплексы, которые возвращаются
            # в строй" states a change that is under way
            return None
        status = match.rule.status
        future = self.forms.is_future(anchor) or self.has_auxiliary(anchor, clause)
        if match.rule.noun:
            # "обещанных Германией систем": a participle describing a noun governs no status
            governor = next(((token, outcome) for token in words
                             for pattern, outcome in tables.governors if is_word(pattern, token)
                             and not self.forms.is_attributive(token)), None)
            if governor is None:
                return None   # "его размещение в ...": a bare nominalisation presupposes
            token, outcome = governor
            if self.negated(token, clause):
                return None
            status = outcome or status
            future = future or self.forms.is_future(token) or self.has_auxiliary(token, clause)
            # "поставка должна состояться": the words around a noun govern it wherever they stand
            before = words
        if status == USED and any(is_word(tables.exercise_words, t) for t in unit):
            return None
        if status == REQUESTED:
            return status
        if any(is_word(tables.request_words, t) and not self.forms.is_attributive(t) for t in before):
            return REQUESTED
        if future or any(is_word(tables.plan_words, t) and not self.forms.is_attributive(t) for t in before):
            return PLANNED
        return status

    def negated(self, anchor: Token, clause: Span) -> bool:
        start = max(clause.start, anchor.i - NEGATION_REACH)
        return any(is_word(self.tables.negations, t) for t in anchor.doc[start:anchor.i])

    def has_auxiliary(self, anchor: Token, clause: Span) -> bool:
        start = max(clause.start, anchor.i - AUXILIARY_REACH)
        return any(is_word(self.tables.future_auxiliaries, t) for t in anchor.doc[start:anchor.i])

    # --- subject --------------------------------------------------------------------------

    def subjects_of(self, match: TriggerMatch, clause: Span, mentions: list[Span],
                    antecedent: str | None, *, cataphora: bool = False) -> list[str]:
        """The subjects the trigger is about: those named in its clause, else the one named
        nearest in the sentence, else the antecedent of a generic noun ("комплекс")."""
        usable = [m for m in mentions if not (match.rule.status == USED and self.is_target(m))]
        in_clause = [m for m in usable if clause.start <= m.start < clause.end]
        if in_clause:
            return list(dict.fromkeys(m.label_ for m in in_clause))
        if usable:
            nearest = min(usable, key=lambda m: abs(m.start - match.anchor.i))
            return [nearest.label_]
        if antecedent is None or mentions or match.rule.needs_name:
            return []
        # a nominalisation ("Передача состоялась"), a phrase ("ведут боевое дежурство") or a
        # generic noun ("комплекс") speaks of the system named before
        if (match.rule.noun or len(match.rule.words) > 1) and not cataphora \
                or any(is_word(self.tables.anaphors, t) for t in clause):
            return [antecedent]
        return []

    def is_target(self, mention: Span) -> bool:
        """"удар по Patriot": the subject after "по" is what was hit, not what was used."""
        doc = mention.doc
        return any(doc[i].lower_ == "по" for i in range(max(0, mention.start - 2), mention.start))

    # --- event ----------------------------------------------------------------------------

    def event(self, doc: Doc, unit: Span, clause: Span, match: TriggerMatch, subject: str,
              status: str, default_place: str | None) -> dict:
        location = self.place_in(clause, status) or self.place_in(unit, status)
        if location is None and status != USED:
            location = default_place
        return {"subject": subject, "status": status,
                "span": [unit.start_char, unit.end_char],
                "location": location,
                "date": clause_date(doc, clause),
                **quote_source(doc, match.anchor)}

    def place_in(self, span: Span, status: str) -> str | None:
        """The place a status holds at: after a preposition first ("в Киеве", "по Києву"),
        then a recipient in the dative ("Украине"), then any other mention; never an origin
        ("из Канады"), a possessor ("ВС России"), a giver ("Германия передала") or, for a use, the
        user ("Россия применила")."""
        candidates = []
        for token in span:
            name = self.place_name(token)
            if name is None or (status != USED and self.is_giver(token)):
                continue   # "Германия передала": the giver, even after a date's preposition ("В конце июля")
            preposition = self.preposition_of(token, span)
            if preposition is not None and is_word(self.tables.origin_prepositions, preposition):
                continue
            if preposition is not None and preposition.lower_ in PLACE_PREPOSITIONS:
                candidates.append((0, token.i, name))
                continue
            if status == USED:
                continue   # "Россия применила": the user
            previous = token.doc[token.i - 1] if token.i > span.start else None
            cases = self.forms.cases(token)
            after_noun = previous is not None and self.forms.is_noun(previous) \
                and not is_word(self.tables.location_nouns, previous)
            if "gent" in cases and after_noun:
                if is_word(self.tables.recipient_nouns, previous):
                    candidates.append((1, token.i, name))   # "передачу силам Украины": the recipient
                continue   # "президент России", "ВС РФ": a possessor, not a place
            candidates.append((1 if "datv" in cases else 2, token.i, name))
        return min(candidates)[2] if candidates else None

    def is_giver(self, token: Token) -> bool:
        """The subject of a verb of giving ("Германия передала Украине", "США поставили"): where
        the system comes from, not where it goes: the verb's subject in the parse, or (with no
        parse, as for Ukrainian, or one that missed it) a place right before such a verb
        ("Німеччина передала"), in the nominative when the forms tell cases."""
        if token.dep_ == "nsubj" and is_word(self.tables.giving_verbs, token.head):
            return True
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        cases = self.forms.cases(token)
        return (following is not None and is_word(self.tables.giving_verbs, following)
                and (not cases or "nomn" in cases))

    def preposition_of(self, token: Token, span: Span) -> Token | None:
        """The preposition of the phrase a place ends: "в Киеве", "во временно оккупированном
        Джанкое", "по пригороду Бердянска" (through modifiers and a location noun)."""
        doc = token.doc
        for i in range(token.i - 1, max(span.start, token.i - 1 - PREPOSITION_REACH) - 1, -1):
            word = doc[i]
            if not word.is_alpha or self.place_name(word):
                return None
            if word.lower_ in PLACE_PREPOSITIONS or is_word(self.tables.origin_prepositions, word):
                return word
        return None

    def place_name(self, token: Token) -> str | None:
        if not token.is_alpha or not token.text[:1].isupper():
            return None
        name = self.tables.place_named(token.lemma_ or token.lower_) \
            or self.tables.place_named(token.lower_)
        if name is not None:
            return name
        if token.ent_type_ in PLACE_LABELS and is_single_word_entity(token):
            # a parsed Doc's one-word place outside the table: its lemma is the nominative
            return (token.lemma_ or token.text).capitalize()
        return None

    def main_place(self, doc: Doc) -> str | None:
        """The place the document names most often, the default for a status it places nowhere."""
        counts = Counter(name for token in doc if (name := self.place_name(token))
                         and self.forms.cases(token) != {"ablt"}   # "обещанных Германией": an agent
                         and not self.is_giver(token)
                         and not is_word(self.tables.origin_prepositions,
                                         self.preposition_of(token, doc[:]) or token))
        return counts.most_common(1)[0][0] if counts else None


def is_single_word_entity(token: Token) -> bool:
    doc = token.doc
    return token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")


def statement_units(doc: Doc) -> Iterator[Span]:
    """Sentences cut at line breaks too: a headline without a final stop is its own statement."""
    sentences = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
    for sent in sentences:
        start = sent.start
        for token in sent:
            if "\n" in token.text or "\n" in token.whitespace_ or ends_with_initial(token):
                end = token.i if "\n" in token.text else token.i + 1
                if end > start:
                    yield trimmed(doc[start:end])
                start = token.i + 1
        if start < sent.end:
            yield trimmed(doc[start:sent.end])


def ends_with_initial(token: Token) -> bool:
    """ "... систему Iris-T. Передача ...": a hyphenated name's last letter and the stop."""
    doc = token.doc
    return (HYPHENATED_INITIAL.match(token.text) is not None and token.i > 0
            and doc[token.i - 1].text == "-" and token.i + 1 < len(doc)
            and doc[token.i + 1].text[:1].isupper())


def trimmed(span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and span.doc[start].is_space:
        start += 1
    while end > start and span.doc[end - 1].is_space:
        end -= 1
    return span.doc[start:end]


def clause_of(anchor: Token, unit: Span, tables: EventTables) -> Span:
    """The stretch of the unit around ``anchor`` between clause punctuation or clause words."""
    doc = anchor.doc

    def is_break(token: Token) -> bool:
        return token.text in CLAUSE_PUNCT or is_word(tables.clause_words, token)

    start = anchor.i
    while start > unit.start and not is_break(doc[start - 1]):
        start -= 1
    if start > unit.start and doc[start - 1].text not in CLAUSE_PUNCT:
        start -= 1   # a clause word ("что", "які") opens the clause it starts
    end = anchor.i + 1
    while end < unit.end and not is_break(doc[end]):
        end += 1
    return doc[start:end]


def clause_date(doc: Doc, clause: Span) -> str | None:
    """The value of the first DATE or TIME timex inside the clause, at day granularity
    ("2024-04-17TMO" -> "2024-04-17"); None when no timex component ran."""
    for timex in doc._.timexes or ():
        start, end = timex["span"]
        if clause.start_char <= start and end <= clause.end_char and timex.get("type") in DATE_TYPES \
                and timex.get("value"):
            return timex["value"].split("T")[0] if re.match(r"\d{4}-\d{2}-\d{2}T", timex["value"]) \
                else timex["value"]
    return None


def quote_source(doc: Doc, anchor: Token) -> dict:
    """The speaker of the innermost quote around ``anchor``, or no source (the text's own voice)."""
    around = [quote for quote in doc._.quotes or ()
              if quote["span"][0] <= anchor.idx < quote["span"][1] and quote.get("speaker")]
    if not around:
        return {"source": None, "source_span": None}
    quote = min(around, key=lambda q: q["span"][1] - q["span"][0])
    speaker_span = quote.get("speaker_span")
    return {"source": quote["speaker"], "source_span": list(speaker_span) if speaker_span else None}


def create_status_events(nlp: Language, name: str):
    """The event extractor for ``nlp.lang``; place it after the subjects, timexes and quotes."""
    tables = EventTables.from_dict(language_table(nlp.lang, "events"))
    return StatusEventExtractor(
        nlp, name, tables=tables, forms=verb_forms(nlp.lang, tables))


for _lang in ("ru", "uk"):
    Language.factory(
        f"claimledger_events_{_lang}",
        assigns=["doc._.events"],
        requires=["doc.sents", "token.lemma", "doc.spans"],
        func=create_status_events,
    )
