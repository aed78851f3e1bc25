"""The records the link stage compares, read from a document's text and its other records:
sentences (with the filler flag), subject references (names and "the complex"), status claims
(reached, still ahead, presupposed; with modality and what their date marks), person roles,
and comparable subject facts (range classes, measured numbers, time since an announcement).

This is the last place text is read: the link stage works on these records only
(docs/link.md). ``add_link_records(extraction, sentences)`` fills them in place;
``sentences`` are the parser's, or, for records made without a Doc, a plain splitter's.
"""
from __future__ import annotations

import dataclasses
import functools
import math
import re
from bisect import bisect_left, bisect_right

from anyascii import anyascii
from spacy.attrs import IDX

from claimledger.extract import events
from claimledger.extract.donors import fill_donors
from claimledger.extract.agents import kind_noun_losses, loss_agents, loss_holders
from claimledger.extract.absences import absence_claims
from claimledger.extract.cue_denials import cue_denials
from claimledger.extract.deal_values import priced_quantities
from claimledger.extract.parsed_losses import class_loss_denials, named_loss_denials
from claimledger.extract.incidents import incidents
from claimledger.extract.dated_deliveries import dated_delivery_claims
from claimledger.extract.told_losses import pointed_losses, told_losses
from claimledger.extract.filler import is_filler, is_framed_filler
from claimledger.errors import LexiconError
from claimledger.extract.regex_gates import gated_finditer
from claimledger.extract.quantities import (COUNT_NOUNS, MULTIPLIERS, WORD_NUMBERS, count_unit, elided_head, elided_slot,
                                            is_count_word, kind_unit, measured_subject, singular_unit)
from claimledger.extract.sourcing import claim_modality
from claimledger.places import COUNTRIES, COUNTRY_ALIASES
from claimledger.extract.token_filters import lemma_positions, lower_positions, number_positions
from claimledger.languages.tables import language_table
from claimledger.lexicon import lexicon
from claimledger.schema import (FIRST_SCOPE, HOLDING_SCOPE, INCREMENT_SCOPE, TOTAL_SCOPE, Extraction, PersonRole,
                                Sentence, StatusClaim, SubjectFact, SubjectReference)
from claimledger.timex_calendar import PRESENT_REF

CLASS_WINDOW_CHARS = 100      # a range class this close to the subject's name describes it
ROLE_CONTEXT_CHARS = 80       # how far before a name its role words may stand
REPORT_VERB_WINDOW = 3        # "confirmed on Tuesday": at most this many words between verb and date
FRONTED_REPORT_WORDS = 6      # "On March 2, the president confirmed that": words between date and verb
FRONTED_LONG_REPORT_WORDS = 16   # the same past a long title with commas
REPORT_OBJECT_WORDS = 4       # "told the German newspaper FAS that": words between the verb and "that"
WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)*", re.UNICODE)
SENTENCE_END = re.compile(r"(?<=[.!?])([’'\"”)]*)\s+(?=[\"“‘'A-Z0-9А-ЯЁ])|\n+")
ROLE_WORDS = frozenset(lexicon().roles["role_words"])
COURTESY_TITLES = frozenset(lexicon().roles["courtesy_titles"])   # "Mr", "Dr": neither a role nor a body
PAST_PARTICIPLE = re.compile(r"(?:ed|down|out|lost|\bhit|\bstruck)$", re.IGNORECASE)   # "destroyed", "shot down", "hit": not "destroying"
ABBREVIATIONS = tuple(lexicon().grammar["abbreviations"])
PERFECT_AUXILIARIES = frozenset(lexicon().grammar["perfect_auxiliaries"])


def words_pattern(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@functools.cache
def patterns() -> dict[str, re.Pattern]:
    """The cue expressions, compiled once from the lexicon."""
    vocabulary = lexicon()
    cues = vocabulary.cues
    pending_words = [(status.name, status.pending_words) for status in reversed(vocabulary.statuses)
                     if status.pending_words]
    verbs = "(?:" + words_pattern(vocabulary.speech_verbs["announcement"]) + ")"
    lags = vocabulary.lags
    measures = vocabulary.measures
    return {
        "pending_object_verb": re.compile(cues["pending_object_verbs"]["words"], re.IGNORECASE),
        # of the "pending" cues, those still ahead because they did not happen ("has not yet")
        "pending_not_happened": re.compile(cues["pending_not_happened"], re.IGNORECASE),
        "awaiting": re.compile(r"\b(?:" + cues["pending_object_verbs"]["awaiting"] + r")\b", re.IGNORECASE),
        "pending": re.compile(
            r"\b(?:" + "|".join(cues["pending"]) + r")\s+(?:[\w’'-]+\s+){0,4}?(?P<status>"
            + "|".join(f"(?P<{name}>{words})" for name, words in pending_words) + r")\b", re.IGNORECASE),
        # "has not formally confirmed that they arrived": the report is still ahead, not the status
        "report_of_status": re.compile(
            r"\b(?:" + words_pattern([*vocabulary.speech_verbs["announcement"], *cues["report_words"]]) + r")\b",
            re.IGNORECASE),
        "presupposition": re.compile(
            r"\b(?P<noun>" + words_pattern(vocabulary.presupposing_nouns)
            + r")\s+(?:of\s+(?:[\w‘’'-]+\s+){1,6}?)?(?:on|in)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE),
        "persistence": re.compile(r"\b(?:" + words_pattern(cues["persistence"]) + r")\b", re.IGNORECASE),
        "bounded_after": re.compile(r"[\w\s]{0,20}?\b(?:" + words_pattern(cues["bounded_after"]) + r")\b",
                                    re.IGNORECASE),
        "another_unit": re.compile(cues["another_unit"], re.IGNORECASE),
        "first_unit": re.compile(cues["first_unit"], re.IGNORECASE),
        "arrival_begun": re.compile(cues["arrival_begun"], re.IGNORECASE),
        "first_use": re.compile(cues["first_use"], re.IGNORECASE),
        "first_onset": re.compile(cues["first_onset"], re.IGNORECASE),
        "anaphora": re.compile(cues["anaphora"], re.IGNORECASE),
        "anaphora_owner": re.compile(cues["anaphora_owned"]["before"]),
        "holding": re.compile(r"\b(?:" + words_pattern(cues["holding"]) + r")\b", re.IGNORECASE),
        "still_there": re.compile(r"\b(?:" + words_pattern(cues["still_there"]) + r")\b", re.IGNORECASE),
        "onset": re.compile(r"\b(?:" + words_pattern(cues["onset"]) + r")\b", re.IGNORECASE),
        "deadline": re.compile(r"\b(?:" + words_pattern(cues["deadline"]) + r")\s+(?:the\s+)?$", re.IGNORECASE),
        "report_verb": re.compile(r"\b" + verbs + r"\s+(?:\S+\s+){0," + str(REPORT_VERB_WINDOW - 1) + r"}$",
                                  re.IGNORECASE),
        # "On March 2, the president confirmed that ...": a fronted date on the verb whose
        # that-clause tells the status (at most a comma right after the date, no clause between)
        "any_report_verb": re.compile(r"\b" + verbs + r"\b", re.IGNORECASE),
        "fronted_date": re.compile(r"\s*(?:(?:on|in|at|last|this|early|late|earlier)\s+)?(?:the\s+)?$", re.IGNORECASE),
        "fronted_report_verb": re.compile(r",?\s+(?:[^\s,;:.]+\s+){0," + str(FRONTED_REPORT_WORDS - 1) + r"}?"
                                          + verbs + r"\s+that\b", re.IGNORECASE),
        # the speaker may be a long title with commas of its own, the verb may have an object
        # ("Last week, the secretary of the committee on security, defence and intelligence told
        # a newspaper that ..."); read only when the system is named after the "that"
        "fronted_long_report_verb": re.compile(
            r",?\s+(?:[^\s;:.]+\s+){0," + str(FRONTED_LONG_REPORT_WORDS - 1) + r"}?" + verbs
            + r"(?:\s+[^\s;:.]+){0," + str(REPORT_OBJECT_WORDS) + r"}?,?\s+that\b", re.IGNORECASE),
        "planned": re.compile(r"\b(?:" + words_pattern(cues["planned"]) + r")\b", re.IGNORECASE),
        "hedged": re.compile(r"\b(?:" + words_pattern(cues["hedged"]) + r")\b", re.IGNORECASE),
        "lag_after": re.compile(
            r"\b(?:just |only |barely |a few |some )?(?P<unit>" + words_pattern(lags["after_units"])
            + r")\s+after\s+(?:[\w’'.-]+\s+){0,7}?" + verbs + r"\b", re.IGNORECASE),
        "lag_recent": re.compile(
            r"\b(?P<when>" + words_pattern(lags["recent_words"]) + r")\b[^.]{0,60}?\b" + verbs + r"\b",
            re.IGNORECASE),
        "range_class": re.compile(r"\b(" + words_pattern(measures["range_classes"]) + r")\b", re.IGNORECASE),
        "measure": re.compile(r"\b(" + "|".join(measures["measure_words"]) + r")\b", re.IGNORECASE),
        "qualifier": re.compile(r"\b(" + words_pattern(measures["qualifier_forms"]) + r")\s*$", re.IGNORECASE),
        **denial_patterns(cues["denial"]),
        **loss_patterns(cues["loss"]),
    }


def loss_patterns(loss: dict) -> dict[str, re.Pattern]:
    """The pieces of a loss claim: the verb, what makes it passive, and the negations."""
    return {
        "loss_verb": re.compile(r"(?<!\w)(?:" + loss["verbs"] + r")(?!\w)", re.IGNORECASE),
        # "the F-16 was hit", "the helicopter crashed": a loss only of an aircraft
        "craft_loss_verb": re.compile(r"(?<!\w)(?:" + loss["craft_verbs"] + r")(?!\w)", re.IGNORECASE),
        "craft_intransitive": re.compile(r"(?:" + loss["craft_intransitive"] + r")$", re.IGNORECASE),
        "loss_participle": re.compile(r"(?:" + loss["participles"] + r")$", re.IGNORECASE),
        "loss_passive": re.compile(r"(?<!\w)(?:" + loss["passive"] + r")(?!\w)", re.IGNORECASE),
        # another noun phrase or clause between a name and "was destroyed": "Iskander ... until the war was lost"
        "loss_clause": re.compile(r"(?<!\w)(?:" + loss["clause_words"] + r")(?!\w)", re.IGNORECASE),
        "loss_agent": re.compile(r"(?<!\w)(?:" + loss["agent_words"] + r")(?!\w)", re.IGNORECASE),
        # "Su-34 bomber shot down over Kursk": a headline's passive with no auxiliary
        "loss_reduced_after": re.compile(loss["reduced_passive_after"], re.IGNORECASE),
        # "larger than the F-16, was shot down": the name after "than" is what the lost one is compared with
        "loss_compared": re.compile(r"(?<!\w)(?:" + loss["compared_before_subject"] + r")\s+(?:(?:the|a|an)\s+)?$",
                                    re.IGNORECASE),
        # "was not destroyed", "have not been eliminated", "did not destroy", "не втратили"
        "loss_negated_verb": re.compile(r"(?<!\w)(?:" + loss["negation_before_verb"] + r")\s+(?:(?:been|be|yet)\s+)?$",
                                        re.IGNORECASE),
        # "destroyed a HIMARS launcher near Kherson": where the loss was
        "loss_place_gap": re.compile(r"^(?:[^\s,;:.]+\s+){0," + str(loss["place_words"]) + r"}?(?:" + loss["place_preps"]
                                     + r")\s+(?:the\s+)?$", re.IGNORECASE),
        # "shot down a Su-34 over Donetsk", where the tagger found no place: a known place's name
        "loss_place_word": re.compile(r"\s*(?:[^\s,;:.]+\s+){0," + str(loss["place_words"]) + r"}?(?:"
                                      + loss["place_preps"] + r")\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]+)",
                                      re.IGNORECASE),
        # "was only damaged", "was partly damaged": a harm short of a loss
        "lesser_verb": re.compile(r"(?<!\w)(?:" + loss["lesser_verbs"] + r")(?!\w)", re.IGNORECASE),
        "loss_limited_verb": re.compile(r"(?<!\w)(?:" + loss["limiting_before_verb"] + r")\s+(?:(?:been|be)\s+)?$",
                                        re.IGNORECASE),
        # "none of India's S-400 systems", "not a single HIMARS", "жодного HIMARS"
        "loss_negated_subject": re.compile(r"(?<!\w)(?:" + loss["negation_before_subject"]
                                           + r")\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE),
    }


def denial_patterns(denial: dict) -> dict[str, re.Pattern]:
    """The frames of a denial, each with a ``status`` group on the word that names the status."""
    status = r"(?P<status>" + words_pattern([word for words in denial["status_words"].values() for word in words]) + r")"
    word = r"(?:[^\s.;:!?]|\.(?=\S))+"   # "U.S.-supplied" is one word, a full stop ends the frame
    gap = r"(?:" + word + r"\s+){0,%d}?"
    falsity = r"(?:" + words_pattern(denial["falsity"]) + r")"
    claim_nouns = r"(?:" + words_pattern(denial["claim_nouns"]) + r")"
    return {
        # "Iran denies supplying drones", "denied claims that Moscow would supply", "refutes reported supplies"
        "denial_verb": re.compile(r"\b(?:" + words_pattern(denial["verbs"]) + r")(?P<after_verb>\s+)" + gap % 12
                                  + status + r"\b", re.IGNORECASE),
        # "neither denied nor confirmed", "did not deny", "declined to confirm or deny": no denial
        "denial_unsaid_before": re.compile(r"\b(?:" + denial["unsaid_before"] + r")\s+(?:\w+\s+)?$", re.IGNORECASE),
        "denial_unsaid_after": re.compile(r"(?:n?or)\b", re.IGNORECASE),
        # "reports of the alleged withdrawal of the tanks from the front lines are false"
        "denial_claim_false": re.compile(
            r"\b" + claim_nouns + r"\s+(?:of|about|on|that|regarding)\s+" + gap % 10 + status + r"\b"
            + r"(?:[^.;!?]|\.(?=\S)){0,160}?\b(?:(?:is|are|was|were|looks?|seems?)\s+(?:\w+\s+){0,2}?" + falsity + r"|"
            + r"(?:does|do)\s+not\s+correspond\s+to\s+reality)\b", re.IGNORECASE),
        # "spreading untrue claims when saying that the enemy fired foreign rockets"
        "denial_false_claim": re.compile(r"\b" + falsity + r"\s+" + claim_nouns + r"\b\s+" + gap % 8 + status + r"\b",
                                         re.IGNORECASE),
        # "Tehran has NOT sent ballistic missiles to Moscow" (not "has not yet delivered": still ahead)
        "denial_negated": re.compile(r"\b(?P<status>" + denial["negated_transfer"] + r")(?!\s+yet\b)", re.IGNORECASE),
        # "not a single launcher has been delivered", "none of the jets were sent"
        "denial_negated_subject": re.compile(r"\b(?P<status>" + denial["negated_subject_transfer"] + r")", re.IGNORECASE),
    }


# ----- sentences ------------------------------------------------------------------------

def split_sentences(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence by punctuation, for records made without a parser."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        end = match.end(1) if match.group(1) is not None else match.start()
        if text.endswith(ABBREVIATIONS, 0, match.start()):
            continue
        spans.append((start, end))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for span in spans if (trimmed := trim(text, span))]


def trim(text: str, span: tuple[int, int]) -> tuple[int, int] | None:
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


class Sentences:
    """A document's sentences, and which one holds a span."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text = text
        self.spans = sorted(span for span in spans if span[0] < span[1])
        self.starts = [span[0] for span in self.spans]

    def index(self, position: int) -> int | None:
        found = bisect_right(self.starts, position) - 1
        return found if found >= 0 and position < self.spans[found][1] + 1 else None

    def around(self, span) -> tuple[int, int]:
        """The sentence (or run of sentences) that contains ``span``."""
        first, last = self.index(span[0]), self.index(max(span[0], span[1] - 1))
        if first is None or last is None:
            return tuple(span)
        return (self.spans[first][0], self.spans[last][1])

    def slice(self, span) -> str:
        return self.text[span[0]:span[1]]


# ----- subject references ---------------------------------------------------------------

def subject_references(extraction: Extraction, sentences: Sentences, doc=None) -> list[SubjectReference]:
    """Names of the document's subjects wherever they occur, and anaphors ("the system") in a
    sentence that names none, resolved to the last subject named up to two sentences before;
    with the parsed ``doc``, a sentence the pattern leaves without one takes the argument that
    the event extractor reads as a reference ("the tanks", "they", "two of them"), resolved as
    it resolves it (by kind, past a system off the list or people)."""
    text, doc_id = extraction.document.text, extraction.document.id
    names = {mention.subject for mention in extraction.subjects}
    names |= {event.subject for event in extraction.events}
    names |= {quantity.subject for quantity in extraction.quantities if quantity.subject}
    found = {(mention.span[0], mention.span[1], mention.subject) for mention in extraction.subjects}
    for name in names:
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text, re.IGNORECASE):
            found.add((match.start(), match.end(), name))
    named = sorted(found)
    out = [SubjectReference(doc_id, (start, end), subject, text[start:end]) for start, end, subject in named]
    reach = lexicon().cues["anaphora_sentences"]
    starts = [item[0] for item in named]
    context = None   # the event extractor's view of the document, built when first needed
    parsed = doc is not None and extraction.document.lang in (None, "en")   # the English event rules
    for index, (start, end) in enumerate(sentences.spans):
        inside = named[bisect_left(starts, start):bisect_right(starts, end)]
        if any(e <= end for _, e, _ in inside):
            if parsed and inside[0][0] > start:
                # "It was shot down by a Patriot battery": a passive subject before the name
                context = context or events.DocContext(doc)
                out.extend(parsed_anaphors(doc, context, extraction, start, inside[0][0], deps={"nsubjpass"}))
            continue
        match = pointing_anaphor(text, start, end)
        if parsed:
            context = context or events.DocContext(doc)
            out.extend(ref for ref in parsed_anaphors(doc, context, extraction, start, end)
                       if match is None or not (ref.span[0] < match.end() and match.start() < ref.span[1]))
        if match is None:
            continue
        earliest = sentences.spans[max(0, index - reach)][0]
        before = bisect_right(starts, start) - 1
        subject = None
        if before >= 0 and named[before][0] >= earliest:
            subject = named[before][2]
        elif len({item[2] for item in named}) == 1:
            subject = named[0][2]   # one system in the whole text
        if subject is not None:
            out.append(SubjectReference(doc_id, match.span(), subject, match.group(0), anaphor=True))
    return sorted(out, key=lambda item: (item.span, item.subject))


def pointing_anaphor(text: str, start: int, end: int):
    """The first anaphor of a sentence (``start``..``end``) that may point back to a system; a
    possessive a country or an army owns ("the United States and its allies", "its war against
    Kyiv") is skipped."""
    owned = lexicon().cues["anaphora_owned"]
    for match in patterns()["anaphora"].finditer(text, start, end):
        if match.group(0).lower() in owned["pronouns"] and owned_possessive(text, start, end, match, owned):
            continue
        return match
    return None


def owned_possessive(text: str, start: int, end: int, match, owned: dict) -> bool:
    """A possessive a name just before it owns, or one of a noun only a country or an army has."""
    if patterns()["anaphora_owner"].search(text, start, match.start()):
        return True
    following = WORD.findall(text[match.end():end])[:owned["owner_noun_words"]]
    return any(word.lower() in owned["owner_nouns"] for word in following)


def parsed_anaphors(doc, context, extraction: Extraction, start: int, end: int, *,
                    deps=frozenset({"nsubj", "nsubjpass", "dobj"})) -> list[SubjectReference]:
    """The clause arguments (``deps``) of a stretch of a sentence (``start``..``end``) that
    refer back to a subject ("The tanks were hit", "shot them down"), as the event extractor
    (``context``: its DocContext) resolves them."""
    sentence = doc.char_span(start, end, alignment_mode="expand")
    if sentence is None:
        return []
    out = []
    for token in sentence:
        if token.dep_ not in deps:
            continue
        if not (token.lower_ in events.ANAPHOR_PRONOUNS or is_definite_description(token)
                or events.is_elliptical_number(token) or is_partitive_of_pronoun(token)):
            continue
        subject = events.subject_in(token, context)
        if subject is not None:
            phrase = doc[token.left_edge.i:token.i + 1]
            out.append(SubjectReference(extraction.document.id, (phrase.start_char, phrase.end_char), subject,
                                        phrase.text, anaphor=True))
    return out


def is_definite_description(token) -> bool:
    """"the tanks", "these jets", "Ukraine's new jets": a description that points back; a bare
    plural of a kind ("ballistic missiles") may be any of that kind, so it is left out."""
    return events.is_anaphoric_noun(token) and (events.has_holder_possessive(token) or any(
        child.dep_ in ("det", "poss", "predet") and child.lower_ in events.ANAPHOR_DETERMINERS
        for child in token.children))


def is_partitive_of_pronoun(token) -> bool:
    """"Two of them", "some of them": a part of what a pronoun refers to."""
    return any(prep.dep_ == "prep" and prep.lower_ == "of" and any(
        obj.dep_ == "pobj" and obj.lower_ in events.PARTITIVE_PRONOUNS for obj in prep.children)
        for prep in token.children)


class SubjectFinder:
    """Which subject a stretch of text is about, from the references."""

    def __init__(self, references: list[SubjectReference], sentences: Sentences):
        self.references = references
        self.sentences = sentences

    def subjects_in(self, span, *, named_only: bool = False) -> list[str]:
        """The subjects referred to inside ``span``, in text order; with ``named_only``, by name
        only (no anaphor: "the system")."""
        return list(dict.fromkeys(ref.subject for ref in self.references
                                  if span[0] <= ref.span[0] and ref.span[1] <= span[1]
                                  and not (named_only and ref.anaphor)))

    def subject_at(self, span) -> str | None:
        """The subject referred to nearest ``span`` within its sentence."""
        sentence = self.sentences.around(span)
        inside = [(abs(ref.span[0] - span[0]), ref.subject) for ref in self.references
                  if sentence[0] <= ref.span[0] and ref.span[1] <= sentence[1]]
        return min(inside)[1] if inside else None


# ----- status claims --------------------------------------------------------------------

def date_role(extraction: Extraction, event, sentence: tuple[int, int], sentence_text: str) -> str | None:
    """What an event's date marks: the day it was said, a deadline, a holding or an onset."""
    if not event.date:
        return None
    text = extraction.document.text
    timex = next((item for item in extraction.timexes
                  if item.value == event.date and sentence[0] <= item.span[0] < sentence[1]), None)
    if event.date == extraction.document.dct and (timex is None or not any(ch.isdigit() for ch in timex.text)):
        return "report"   # the report's own day ("today", a dateline) dates the report, never an onset
    if event.date == PRESENT_REF:
        return "holding"   # "are now deployed", "currently stationed": the state on the report's day
    if timex is not None:
        before = text[max(sentence[0], timex.span[0] - 60):timex.span[0]]
        if patterns()["report_verb"].search(before):
            return "report"
        if patterns()["fronted_date"].fullmatch(text, sentence[0], timex.span[0]) and (
                patterns()["fronted_report_verb"].match(text, timex.span[1], sentence[1])
                or reports_the_subject_after(extraction, event, timex, sentence)):
            return "report"
        if patterns()["deadline"].search(before):
            return "deadline"
    if patterns()["onset"].search(sentence_text) or not patterns()["holding"].search(sentence_text):
        return "onset"
    return "holding"


def reports_the_subject_after(extraction: Extraction, event, timex, sentence: tuple[int, int]) -> bool:
    """"Last week, <a long title> told a newspaper that Ukraine has received 12 Challenger
    tanks": a fronted date on a report verb far from it, whose that-clause names the system
    (not "On August 4, the Gripen jets arrived, officials confirmed that ...")."""
    found = patterns()["fronted_long_report_verb"].match(extraction.document.text, timex.span[1], sentence[1])
    if found is None:
        return False
    return not any(mention.subject == event.subject and timex.span[1] <= mention.span[0] < found.end()
                   for mention in extraction.subjects)


@functools.cache
def date_part_patterns() -> dict[str, re.Pattern]:
    """Part of a period -> the words that name it before or in a timex (``date_parts`` of the cues)."""
    parts = lexicon().cues["date_parts"]
    return {part: re.compile(r"\b(?:" + words_pattern(words) + r")(?:\b|-)", re.IGNORECASE)
            for part, words in parts.items() if not part.startswith("_")}


def date_part(extraction: Extraction, event, sentence: tuple[int, int]) -> str | None:
    """The part of its month or year an event's date names, from the words of its timex: "at the
    end of July", "late last month" (late), "in early August" (early), "mid-March" (mid)."""
    if not event.date:
        return None
    timex = next((item for item in extraction.timexes
                  if item.value == event.date and sentence[0] <= item.span[0] < sentence[1]), None)
    if timex is None:
        return None
    words = extraction.document.text[max(sentence[0], timex.span[0] - 12):timex.span[1]].lower()
    for part, pattern in date_part_patterns().items():
        if pattern.search(words):
            return part
    return None


def reached_claims(extraction: Extraction, sentences: Sentences) -> list[StatusClaim]:
    out = []
    for event in extraction.events:
        sentence = sentences.around(event.span)
        sentence_text = sentences.slice(sentence)
        modality, _ = claim_modality(extraction, sentence_text, event.span[0])
        role = date_role(extraction, event, sentence, sentence_text)
        if role == "deadline" and modality == "asserted":
            modality = "planned"   # "on combat duty by year's end" is a target, not a fact
        date = event.date
        if date is None and event.status in REACHED_BEFORE_STATUSES:
            date = before_anchor_date(extraction, sentence)
            role = "before" if date else role
        out.append(StatusClaim(extraction.document.id, tuple(event.span), event.subject, event.status,
                               kind="reached", modality=modality, date=date, date_role=role,
                               location=event.location, source=event.source, sentence_span=sentence,
                               date_part=date_part(extraction, event, sentence) if role == "onset" else None,
                               first_time=is_first_time(event, sentence_text),
                               country=event.country, still_there=is_still_there(extraction, event)))
        if event.status == "IN_TRANSIT" and patterns()["arrival_begun"].search(sentence_text):
            # "had begun to arrive in India": an arrival under way, and its first units there
            out.append(StatusClaim(extraction.document.id, tuple(event.span), event.subject, "ARRIVED",
                                   kind="reached", modality=modality, date=event.date,
                                   date_role="holding" if event.date else None, location=event.location,
                                   source=event.source, sentence_span=sentence, country=event.country))
    return out


PRESENT_STATUSES = lexicon().statuses_in("present")
# ARRIVED and the statuses past it: reaching one says when the system came
ONSET_RANKED = frozenset(status.name for status in lexicon().statuses if status.onset_implies_earlier)


def is_first_time(event, sentence_text: str) -> bool:
    """A use said to be the first ("for the first time"), or an arrival, deployment or duty said
    to be the first one ("first arrived in early 2018", "the first battery reached"): its date is
    the first onset, which no earlier report can leave as a further batch."""
    if event.status == "USED":
        return bool(patterns()["first_use"].search(sentence_text))
    return event.status in ONSET_RANKED and bool(patterns()["first_onset"].search(sentence_text)
                                                 or patterns()["first_unit"].search(sentence_text))


def is_still_there(extraction: Extraction, event) -> bool:
    """Whether an event says its system is at its place still, on the report's day: "the Typhon
    is still in Japan", "the batteries remain in Poland" (not "arrived in May"). Read in the
    event's own span, for a status that puts the system at a place."""
    return event.status in PRESENT_STATUSES and bool(patterns()["still_there"].search(extraction.document.text, event.span[0], event.span[1]))


REACHED_BEFORE_STATUSES = lexicon().statuses_in("reached_before")
BEFORE_EVENT = re.compile(r"\bbefore\s+the\s+(?:[\w-]+\s+){0,2}?(war|invasion|conflict)\b", re.IGNORECASE)
EVENT_BEGAN = r"\b{noun}\b[^.;]{{0,30}}?\b(?:ignited|began|started|broke\s+out|erupted|was\s+launched)\s+(?:on\s+)?$"


def before_anchor_date(extraction: Extraction, sentence: tuple[int, int]) -> str | None:
    """The day a status was held by when its sentence puts it before an event the document dates
    elsewhere: "the drones came months before the war" in a text that says "after
    the war began on February 24, 2022" (date role ``before``: held by the eve of that day). An
    event the document does not date gives none."""
    text = extraction.document.text
    found = BEFORE_EVENT.search(text, sentence[0], sentence[1])
    if found is None:
        return None
    began = re.compile(EVENT_BEGAN.format(noun=found.group(1).lower()), re.IGNORECASE)
    for timex in sorted(extraction.timexes, key=lambda item: item.span[0]):
        if timex.type == "DATE" and timex.value and DAY_VALUE.match(timex.value) \
                and began.search(text[max(0, timex.span[0] - 60):timex.span[0]]):
            return timex.value[:10]
    return None


def shipment_contents_claims(extraction: Extraction, sentences: Sentences, finder: SubjectFinder) -> list[StatusClaim]:
    """A delivery told of a shipment whose systems the next sentence names ("cargo planes
    brought Russia a first batch of Iranian drones in August. The shipment ... included
    Mohajer-6 as well as Shahed-series models."): the next sentence's
    definite shipment noun points back to the delivery, so each system it says the shipment held
    arrived as the delivering sentence tells (its date, its destination, a first batch). The
    delivering sentence names no tracked system of its own."""
    text, out = extraction.document.text, []
    named = [ref for ref in finder.references if not ref.anaphor]
    for index in range(1, len(sentences.spans)):
        start, end = sentences.spans[index]
        opening = SHIPMENT_CONTENTS.match(text, start, end)
        if opening is None:
            continue
        subjects = list(dict.fromkeys(ref.subject for ref in named if opening.end() <= ref.span[0] < end))
        before = sentences.spans[index - 1]
        if not subjects or any(before[0] <= ref.span[0] < before[1] for ref in finder.references):
            continue
        verb = DELIVERING.search(text, before[0], before[1])
        if verb is None:
            continue
        dates = [timex for timex in extraction.timexes if verb.end() <= timex.span[0] < before[1]
                 and timex.type == "DATE" and timex.value and timex.value[:4].isdigit()]
        place = DESTINATION.search(text, verb.end(), before[1])
        country = place and COUNTRY_NAMES.get(place.group(1).lower())
        modality, source = claim_modality(extraction, sentences.slice(before), verb.start())
        first = bool(patterns()["first_unit"].search(text, before[0], before[1]))
        for subject in subjects:
            out.append(StatusClaim(extraction.document.id, before, subject, "ARRIVED", kind="reached",
                                   modality=modality, date=dates[0].value if dates else None,
                                   date_role="onset" if dates else None, location=country, source=source,
                                   sentence_span=before, first_time=first))
    return out


SHIPMENT_CONTENTS = re.compile(r"\W*(?:the|this|that)\s+(?:first\s+|initial\s+|latest\s+)?"
                               r"(?:shipment|delivery|consignment|batch|installment|tranche|cargo)\b"
                               r"[^.;]*?\b(?:included|includes|include|consisted\s+of|consists\s+of|comprised|"
                               r"comprises|contained|contains)\b", re.IGNORECASE)
DELIVERING = re.compile(r"\b(?:delivered|shipped|sent|transferred|supplied|handed\s+over|flown|airlifted)\b",
                        re.IGNORECASE)
COUNTRY_NAMES = {**{name.lower(): name for name in COUNTRIES}, **COUNTRY_ALIASES}
DESTINATION = re.compile(r"\bto\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")


def pending_claims(extraction: Extraction, sentences: Sentences, finder: SubjectFinder, doc=None) -> list[StatusClaim]:
    """A status announced as still ahead: "getting ready to take up combat duty". One still ahead
    because it has not happened is at the place its verb names ("has not yet arrived in
    Lithuania"); a plan's place is where it is bound, and a plan keeps none."""
    text, out = extraction.document.text, []
    for match in gated_finditer(patterns()["pending"], text):
        if patterns()["persistence"].search(match.group(0)) or patterns()["bounded_after"].match(text, match.end()):
            continue   # "will remain deployed", "had not been deployed until May": not still ahead
        if patterns()["report_of_status"].search(text, match.start(), match.start("status")):
            continue   # "has not yet confirmed the arrival", "will announce the deployment": a report ahead
        status = next(status.name for status in lexicon().statuses
                      if status.pending_words and match.group(status.name))
        if status in TRANSFER_STATUSES and moves_words(text, match.end("status")):
            continue   # "has not received any request for the S-400": words, not the system, are what moves
        subject = (object_subject(finder, text, match.end("status"), status)
                   if patterns()["pending_object_verb"].fullmatch(match.group("status")) else finder.subject_at(match.span()))
        if subject is not None:
            sentence = sentences.around(match.span())
            # "has not yet arrived", "is yet to arrive": still ahead because it has not happened
            negated = patterns()["pending_not_happened"].search(text, match.start(), match.start("status"))
            out.append(StatusClaim(extraction.document.id, sentence, subject, status, kind="pending",
                                   modality="negated" if negated else "planned", sentence_span=sentence,
                                   location=pending_place(doc, extraction, match.end("status")) if negated else None))
    return out + awaited_claims(extraction, sentences, finder)


def pending_place(doc, extraction: Extraction, end: int) -> str | None:
    """The place a status still ahead is of: a place phrase of the verb its status words end with
    ("are yet to be deployed at the Engels air base", "has not yet arrived in Lithuania"), so it
    answers only reports of that place."""
    if doc is None or (extraction.document.lang or "en") != "en":
        return None
    verb = frame_verb(doc, end)
    return verb_place(verb) if verb is not None else None


def verb_place(verb) -> str | None:
    """The place a phrase of the verb names ("deployed at the Engels air base", "shot down over
    Kharkiv"), not where it came from."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in events.LOCATION_PREPS and prep.lower_ != "from":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (name := events.place_name(obj)):
                    return name
    return None


AWAITED_WORDS = 3   # "waiting for the first new Caesar howitzers"; not "for the outcome of talks on the F-16"


def awaited_claims(extraction: Extraction, sentences: Sentences, finder: SubjectFinder) -> list[StatusClaim]:
    """A receiver waiting for a system it names as the object ("Armenia is still waiting for the
    Caesar howitzers"): its delivery is still ahead."""
    text, out = extraction.document.text, []
    for match in gated_finditer(patterns()["awaiting"], text):
        subject = object_subject(finder, text, match.end(), "ARRIVED", AWAITED_WORDS)
        if subject is None or patterns()["loss_negated_verb"].search(text, max(0, match.start() - 12), match.start()):
            continue   # "is not waiting for": no delivery ahead said
        sentence = sentences.around(match.span())
        out.append(StatusClaim(extraction.document.id, sentence, subject, "ARRIVED", kind="pending",
                               modality="planned", sentence_span=sentence))
    return out


TRANSFER_STATUSES = lexicon().statuses_in("transfer")


def object_subject(finder: SubjectFinder, text: str, end: int, status: str | None = None,
                   reach: int | None = None) -> str | None:
    """The subject a verb that takes it as its object names right after it ("has yet to receive
    the Gripen jets"), at most ``object_words`` words on; none when something else is its object
    ("will not receive financial compensation for the delay in the delivery of the F-16"). An
    object that names the status itself ("will receive the first delivery of the Su-35 jets")
    holds the subject anywhere in the sentence, as that noun would alone. ``reach``: the words
    allowed before the subject, ``object_words`` unless given."""
    words = lexicon().cues["pending_object_verbs"]["object_words"]
    following = " ".join(text[end:].split()[:words])
    reach = words if reach is None else reach
    if status is not None and (words := pending_words_of().get(status)) and words.search(following):
        return finder.subject_at((end, end))
    for ref in finder.references:
        if ref.span[0] >= end:
            return ref.subject if len(text[end:ref.span[0]].split()) <= reach and not ref.anaphor else None
    return None


@functools.cache
def pending_words_of() -> dict[str, re.Pattern]:
    """Status -> the words that name it after a "still ahead" cue (``pending_words``)."""
    return {status.name: re.compile(r"\b(?:" + status.pending_words + r")\b", re.IGNORECASE)
            for status in lexicon().statuses if status.pending_words}


DENIAL_FRAMES = ("denial_verb", "denial_claim_false", "denial_false_claim", "denial_negated", "denial_negated_subject")
NEGATED_FRAMES = ("denial_negated", "denial_negated_subject")   # a transfer said not to have happened: ARRIVED denied


@functools.cache
def denied_status_of() -> dict[str, str]:
    """Status word of a denial (lower case) -> the status it names."""
    return {word.lower(): status for status, words in lexicon().cues["denial"]["status_words"].items()
            for word in words}


def denied_claims(extraction: Extraction, sentences: Sentences, finder: SubjectFinder, doc=None) -> list[StatusClaim]:
    """A status the text denies: "Iran denies supplying drones to Russia", "reports of the
    withdrawal of the tanks are false", "Iran has NOT delivered the missiles". One claim of kind
    ``denied`` (modality negated) per sentence, subject and status, with no date or place: the
    denial speaks to the report it answers, whenever and wherever that put the status. With the
    parse (``doc``), a denial verb or a falsity predicate is read by what it governs
    (``parsed_denials``), and the word-distance frame is kept for the denial verbs it did not
    read; a stated decision not to deliver is a denied future delivery (``parsed_refusals``)."""
    text, found = extraction.document.text, {}
    read_verbs: set[int] = set()
    if doc is not None:
        sole = sole_subject(extraction, sentences)
        for claim in (parsed_denials(doc, extraction, finder, read_verbs, sole)
                      + parsed_refusals(doc, extraction, finder, sole)):
            found.setdefault((claim.sentence_span, claim.subject, claim.status), claim)
    for frame in DENIAL_FRAMES:
        for match in gated_finditer(patterns()[frame], text):
            if frame == "denial_verb" and match.start() in read_verbs:
                continue   # read from the parse
            word = " ".join(match.group("status").lower().split())
            status = (negated_transfer_status(word) if frame in NEGATED_FRAMES
                      else denied_status_of().get(word))
            if status is None or (frame in NEGATED_FRAMES and words_not_moved(frame, text, match)):
                continue
            sentence = sentences.around(match.span("status"))
            if sentence[0] > match.start():
                continue   # a frame that runs across a sentence end denies nothing in this one
            if frame == "denial_verb" and (
                    patterns()["denial_unsaid_before"].search(text, max(sentence[0], match.start() - 30), match.start())
                    or patterns()["denial_unsaid_after"].match(text, match.end("after_verb"))):
                continue
            named = (object_subject(finder, text, match.end("status")) if frame == "denial_negated"
                     and patterns()["pending_object_verb"].fullmatch(WORD.findall(match.group("status"))[-1])
                     else finder.subject_at(match.span("status")))   # "has never received": its object
            subject = named or kind_subject(extraction, sentence, match.end("status"))
            if subject is None:
                continue
            verb = frame_verb(doc, match.end("status")) if doc is not None and frame in NEGATED_FRAMES else None
            if frame == "denial_negated_subject" and verb is not None and any(
                    child.dep_ == "advmod" and child.lower_ == "yet" for child in verb.children):
                continue   # "no batteries have arrived yet": still ahead, not denied
            place = frame_place(verb) if verb is not None else None
            found.setdefault((sentence, subject, status), StatusClaim(
                extraction.document.id, sentence, subject, status, kind="denied", modality="negated",
                location=place, sentence_span=sentence))
    return list(found.values())


def negated_transfer_status(words: str) -> str:
    """What a transfer said not to have happened denies: a deal when its verb is one of sale
    ("has never sold"), else a delivery ("has NOT delivered")."""
    last = WORD.findall(words)[-1:] or [""]
    return "PLANNED" if denied_status_of().get(last[0].lower()) == "PLANNED" else "ARRIVED"


def frame_verb(doc, end: int):
    """The verb a denial frame's status words end with."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span.root if span is not None else None


def frame_place(verb) -> str | None:
    """The country a negated transfer names as its end ("no launchers have been delivered to
    Latvia", "not a single jet has arrived in Ukraine"): where the denial says the system is not."""
    return recipient(verb) or next((entity_text(noun) for child in verb.children
                                    if child.dep_ == "prep" and child.lower_ in ("in", "into")
                                    for noun in child.children if noun.dep_ == "pobj" and noun.ent_type_ == "GPE"), None)


WORDS_NOUN_REACH = 3   # words after a negated transfer verb in which its object's noun stands


@functools.cache
def words_nouns() -> frozenset[str]:
    """Nouns of a request, a message, a plan or an account: what "has not received any requests
    for the S-400", "has not sent a proposal" or "did not provide further detail" says was not
    moved, instead of the system."""
    cues, sources = lexicon().cues, lexicon().sources
    return frozenset(cues["request_nouns"] + cues["message_nouns"] + cues["plan_nouns"]
                     + sources["given_account_nouns"] + sources["information_nouns"])


def words_not_moved(frame: str, text: str, match) -> bool:
    """Whether a negated transfer denies the move of a request, message or plan, not of the
    system: its object ("has not received any requests for the S-400") or, with the negation on
    its subject, that subject ("no decision on the Patriot has been sent to parliament")."""
    if frame == "denial_negated_subject":
        return any(word.lower() in words_nouns() for word in WORD.findall(match.group("status")))
    return moves_words(text, match.end())


def moves_words(text: str, end: int) -> bool:
    """Whether the object of a transfer verb ending at ``end`` is a request, message, plan or
    account ("has had no request from any buyer to supply the S-400", "will send a letter"):
    words moved, not the system, so neither a denial of its delivery nor a delivery ahead."""
    following = WORD.findall(text[end:end + 60])[:WORDS_NOUN_REACH]
    return any(word.lower().rstrip("s") in words_nouns() or word.lower() in words_nouns() for word in following)


LEAD_SENTENCES = 2   # the lead: a dateline may take the first sentence


def sole_subject(extraction: Extraction, sentences: Sentences) -> str | None:
    """The document's one tracked subject, when it names exactly one and names it in its headline
    or lead (its first sentences): what a denial naming no system ("We have not provided weapons
    to any side") can only be about. A document of two subjects has none."""
    names = {mention.subject for mention in extraction.subjects}
    if len(names) != 1:
        return None
    subject = names.pop()
    return subject if named_up_front(extraction, sentences, extraction.subjects) else None


def named_up_front(extraction: Extraction, sentences: Sentences, mentions) -> bool:
    """Some of ``mentions`` stands in the headline or the lead (the first ``LEAD_SENTENCES``):
    what makes a subject the story's, for ``sole_subject`` and ``story_subject`` alike."""
    title = (extraction.document.title or "").casefold()
    if any(mention.text and mention.text.casefold() in title for mention in mentions):
        return True
    lead = sentences.spans[:LEAD_SENTENCES]
    return bool(lead) and any(mention.span[0] < lead[-1][1] for mention in mentions)


# A denial or refusal that names no system ("We have not provided weapons to any side") is read
# in one order: a system its clause names (``clause_subject``, ``refused_subject``) first; else the
# document's sole subject when the phrase names only weapons (``sole_reading``); else, for a denied
# past delivery, the supplier and recipient (``generic_denial``); else nothing.


def names_generic(phrase, *, head_only: bool = False) -> bool:
    """A phrase that names weapons without naming a system: "weapons", "weaponry", "arms", "air
    defence" (``generic_nouns`` of the denial cues), anywhere in it; with ``head_only``, its own
    word only and no pair (what ``generic_denial`` reads: "exported any weapons")."""
    generic = lexicon().cues["denial"]["generic_nouns"]
    if head_only:
        return phrase.lower_ in generic["words"]
    for token in phrase.subtree:
        word = token.lower_
        if word in generic["words"] or (token.i > 0 and f"{token.nbor(-1).lower_} {word}" in generic["pairs"]):
            return True
    return False


def sole_reading(finder: SubjectFinder, phrase, sole: str | None, *, sentence_unnamed: bool = False) -> str | None:
    """The document's sole subject (``sole_subject``) as what a phrase naming only weapons denies
    ("reports of air defence deliveries are false" in a story of one system), else None. With
    ``sentence_unnamed`` (refusals), only when the phrase's sentence names no subject either: a
    refusal's object is read apart from its clause, a denial's clause was searched already."""
    if sole is None or not names_generic(phrase):
        return None
    if sentence_unnamed and finder.subjects_in((phrase.sent.start_char, phrase.sent.end_char)):
        return None
    return sole


def token_status(token) -> str | None:
    """The status a word of a denied clause names: a delivery, withdrawal, use or deployment
    word of the denial cues, or a word of loss ("hit", "destroyed": DESTROYED)."""
    structure = lexicon().cues["denial"]["structure"]
    word = token.lower_
    if word in ("handed", "hand") and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "over":
        return "ARRIVED"
    particles = structure["loss_particles"]   # "shot down", "blew up"
    if word in structure["loss_words"] or (word in particles and any(
            child.lower_ == particles[word] for child in token.children)):
        return "DESTROYED"
    if token.lemma_.lower() == LOSS_NOUN and token.pos_ == "NOUN" and any(child.dep_ == "compound" for child in token.children):
        return "DESTROYED"   # "reports of Su-34 losses were false": a loss noun with what was lost before it
    return denied_status_of().get(word)


def clause_subject(extraction: Extraction, finder: SubjectFinder, clause, status_token) -> str | None:
    """The subject a governed clause names, nearest its status word; else the one subject of the
    kind the clause names ("denied supplying ballistic missiles")."""
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    inside = [(abs(ref.span[0] - status_token.idx), ref.span[0], ref.subject) for ref in finder.references
              if start <= ref.span[0] and ref.span[1] <= end]
    if inside:
        return min(inside)[2]
    sentence = (clause.sent.start_char, clause.sent.end_char)
    return kind_subject(extraction, sentence, start) if start < end else None


def governed_status(head, clauses):
    """The status word nearest ``head`` in the tree among the given clauses, with its clause."""
    best = None
    for clause in clauses:
        frontier, depth, seen = [clause], 1, set()
        while frontier and (best is None or depth < best[0]):
            following = []
            for token in frontier:
                if token.i in seen:
                    continue
                seen.add(token.i)
                status = None if carries_claim(token) else token_status(token)
                if status is not None and (best is None or (depth, abs(token.i - head.i)) < best[:2]):
                    best = (depth, abs(token.i - head.i), token, status, clause)
                following.extend(token.children)
            frontier, depth = following, depth + 1
    return best


def carries_claim(token) -> bool:
    """A participle that tells how a claim came ("the information provided by the Turkish
    military", "reports sent to the ministry"): it moves the claim, not a system. A clause of
    the claim ("reports that Iran received the jets") has a subject of its own and is the claim."""
    return (token.dep_ == "acl" and token.tag_ == "VBN" and token.head.lower_ in lexicon().cues["denial"]["claim_nouns"]
            and not any(child.dep_ in ("nsubj", "nsubjpass", "mark") for child in token.children))


def denied_presence(clauses):
    """A claim of presence a denial governs when it names no status word: "reports about HQ-9
    missiles on Woody Island", "the claim that the launchers are in Belarus": a noun or "be" with an
    "in", "on" or "at" phrase naming a place, read as DEPLOYED (as ``governed_status`` gives it)."""
    from claimledger.extract.absences import PLACE_LABELS, PLACE_PREPS

    for clause in clauses:
        for token in clause.subtree:
            if token.pos_ not in ("NOUN", "PROPN") and token.lemma_.lower() != "be":
                continue
            if any(prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS
                   and any(obj.dep_ == "pobj" and obj.ent_type_ in PLACE_LABELS for obj in prep.children)
                   for prep in token.children):
                return 1, 0, token, "DEPLOYED", clause
    return None


def unsaid_denial(verb) -> bool:
    """"did not deny", "neither confirmed nor denied", "declined to deny", "refused to confirm or
    deny": a denial verb that denies nothing."""
    unsaying = set(lexicon().cues["denial"]["structure"]["unsaying_heads"])
    token = verb
    while True:
        if any(child.dep_ in ("neg", "preconj") or child.lower_ in ("nor", "neither") for child in token.children):
            return True
        if token.dep_ not in ("conj", "xcomp") or token.head is token:
            return token.lemma_.lower() in unsaying
        token = token.head
        if token.lemma_.lower() in unsaying:
            return True


def parsed_denials(doc, extraction: Extraction, finder: SubjectFinder, read_verbs: set[int],
                   sole: str | None = None) -> list[StatusClaim]:
    """Denials read from the parse: a denial verb ("denied", "rejected", "dismissed") and the
    clause it governs, its object, complement or passive subject ("denied reports that the
    Russian-made S-400 systems stationed at the base had been hit"), or a falsity predicate and
    its subject or that-clause ("Claims that Russia used KN-23 missiles against Kharkiv are
    false", "It is not true that Iran supplied the drones"). The status is the word of the clause
    nearest the denial in the tree, the subject the one the clause names nearest that word.
    ``read_verbs`` collects the denial verbs read (their character offsets); ``sole``: the
    document's one subject (``sole_subject``), what a clause naming only weapons denies."""
    structure = lexicon().cues["denial"]["structure"]
    verbs, falsity = set(structure["verb_lemmas"]), set(structure["falsity_words"])
    truths, copulas = set(structure["negated_truth"]), set(structure["copulas"])
    calling = set(lexicon().speech_verbs["naming"])   # "called the reports fake"
    out = []
    # the tokens any reading below can start from: a calling or denial verb, a falsity or truth word
    truth_nouns = frozenset(structure["truth_nouns"])
    starts = set(lemma_positions(doc, frozenset(calling | verbs))) | set(lower_positions(doc, frozenset(falsity | truths)))
    starts |= set(lower_positions(doc, truth_nouns))
    evidence_nouns = frozenset(structure["evidence_nouns"])
    starts |= set(lower_positions(doc, evidence_nouns))
    denial_nouns = frozenset(structure["denial_nouns"])
    starts |= set(lower_positions(doc, denial_nouns))
    starts |= set(lemma_positions(doc, frozenset(structure["unmatched_verbs"])))
    starts |= set(lemma_positions(doc, frozenset(structure["occurrence_verbs"])))
    # and the verbs a refuting adverb hangs on ("actually documented", "in fact shows")
    for i in lower_positions(doc, frozenset(structure["refuting_adverbs"])):
        adverb = doc[i]
        starts.add((adverb.head.head if adverb.dep_ == "pobj" else adverb.head).i)
    for token in (doc[i] for i in sorted(starts)):
        clauses, lookback = [], structure["anaphoric_lookback"]
        if (token.lemma_.lower() in calling and token.pos_ == "VERB" and not unsaid_denial(token)
                and any(word.lower_ in falsity and word.i != token.i
                        and not any(child.dep_ == "neg" for child in word.children) for word in token.subtree)):
            clauses = [child for child in token.children if child.dep_ == "dobj"]   # "called the reports ... fake"
            head = token
        elif token.lemma_.lower() in verbs and token.pos_ == "VERB":
            read_verbs.add(token.idx)
            if unsaid_denial(token):
                continue
            clauses = [child for child in token.children
                       if child.dep_ in ("dobj", "ccomp", "xcomp", "pcomp", "nsubjpass")
                       or (child.dep_ == "prep" and child.lower_ in ("of", "about", "that"))]
            clauses += shifted_objects(token, falsity)
            head = token
        elif token.lower_ in truth_nouns and token.pos_ == "NOUN":
            if not denies_truth(token, structure):
                continue
            clauses = truth_claims(token, structure)   # "no truth in the reports that ...": the reports
            head = token
        elif token.lower_ in evidence_nouns and token.pos_ == "NOUN":
            if not denies_truth(token, structure) and not seen_none(token):
                continue
            clauses, head = evidence_claims(token), token   # "no indication that Russia had moved ..."
        elif token.lower_ in denial_nouns and token.pos_ == "NOUN":
            if not asserted_denial_noun(token):
                continue
            clauses, head = denial_noun_claims(token), token   # "issued a denial that the battery had been deployed"
        elif token.dep_ == "amod" and token.lower_ in falsity and (false_claim := falsely_told(token)):
            clauses, head = false_claim, token.head   # "spreading the false claim that air defences shot down"
        elif token.dep_ in ("acomp", "attr", "amod") and (token.lower_ in falsity or token.lower_ in truths):
            predicate = token.head if token.dep_ == "amod" else token
            copula = predicate.head if predicate.dep_ in ("acomp", "attr") else None
            if copula is None or copula.lemma_.lower() not in copulas:
                continue
            negated = any(child.dep_ == "neg" for child in (*copula.children, *token.children))
            if negated != (token.lower_ in truths):
                continue   # "is not false", "is true": no denial
            clauses = [child for child in copula.children if child.dep_ in ("nsubj", "nsubjpass", "csubj", "ccomp")]
            clauses += [child for child in token.children if child.dep_ in ("ccomp", "prep")]
            head = copula
        elif (token.lower_ in falsity and token.pos_ == "VERB" and any(child.dep_ == "auxpass" for child in token.children)
              and not any(child.dep_ == "neg" for child in token.children)):
            # "reports about the missiles in Russia were fabricated": a falsity word as a passive verb
            clauses, head = [child for child in token.children if child.dep_ == "nsubjpass"], token
        elif token.pos_ == "VERB" and (unmatched := unmatched_claims(token, structure)):
            clauses, head = unmatched, token   # "the information about ... does not correspond to reality"
        elif token.pos_ == "VERB" and (pointer := unhappened_pointer(token, structure)):
            # "this did not happen": what the sentence right before reports, or nothing
            clauses, head, lookback = pointer, token, 1
        elif token.pos_ == "VERB" and (refuted := refuted_claims(token, structure)):
            clauses, head = refuted, token   # "a claim its military blew up tanks actually documented ... a tractor"
        if not clauses:
            continue
        found = (governed_status(head, clauses) or anaphoric_denial(clauses, structure, lookback)
                 or denied_presence(clauses))
        if found is None:
            continue
        _, _, word, status, clause = found
        subject = (clause_subject(extraction, finder, clause, word) or object_kind_subject(extraction, word)
                   or sole_reading(finder, clause, sole))
        if status == "DESTROYED" and subject is not None:
            subject, status = doer_or_loss(finder, word, subject)
        sentence = (token.sent.start_char, token.sent.end_char)
        if subject is None:
            # a sale of weapons denied is, as before, a denied delivery of them
            generic = generic_denial(extraction, word) if status in ("ARRIVED", "PLANNED") else None
            if generic is not None:
                out.append(generic)
            continue
        # no evidence of a status is a weaker denial than a denial of it
        modality = "hedged" if token.lower_ in evidence_nouns else "negated"
        # a denied delivery that names its recipient ("denied selling the missiles to Vietnam")
        # answers only reports of a delivery there, as a refusal does
        # and so does a denied deployment that names where ("denied that the battery had been deployed to Varna")
        # and so does a denied loss that names where ("denied that a jet had been shot down over Kharkiv")
        place = denial_place(word, status)
        out.append(StatusClaim(extraction.document.id, sentence, subject, status, kind="denied", modality=modality,
                               location=place, sentence_span=sentence))
    return out




PLACED_DENIALS = ("ARRIVED", "PLANNED", "DEPLOYED", "DESTROYED")   # a denial of these answers only reports of its place


def denial_place(word, status: str) -> str | None:
    """The place a denied status names, when its word is a verb: the recipient of a delivery or a
    sale, where a system was deployed or lost ("denied that a jet had been shot down over
    Kharkiv"), or the place a withdrawal left ("denied that the launchers had been pulled out of
    the air base"): a denial of that place answers only reports of it."""
    if word.pos_ != "VERB":
        return None
    if status == "WITHDRAWN":
        return left_place(word)
    return (frame_place(word) or verb_place(word)) if status in PLACED_DENIALS else None


def left_place(verb) -> str | None:
    """The place a verb of leaving names: "withdrawn from the base", "pulled out of Libya"."""
    preps = [child for child in verb.children if child.dep_ == "prep"]
    preps += [grand for prep in preps if prep.lower_ == "out" for grand in prep.children if grand.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ in ("from", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and (name := events.place_name(obj)):
                    return name
    return None


def asserted_denial_noun(noun) -> bool:
    """A denial noun that denies: not "no denial", and not under a verb that denies nothing
    ("did not issue a denial", "declined to issue a denial")."""
    if any(child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no") for child in noun.children):
        return False
    return not (noun.head is not noun and noun.head.pos_ in ("VERB", "AUX") and unsaid_denial(noun.head))


def denial_noun_claims(noun) -> list:
    """What a denial noun denies: its that-clause ("a denial that the jets had arrived") or its
    "of" or "about" phrase ("a denial of the delivery", "a denial of reports that ...")."""
    return [child for child in noun.children
            if (child.dep_ in ("acl", "ccomp") and any(grand.dep_ == "mark" for grand in child.children))
            or misread_content_clause(child) or (child.dep_ == "prep" and child.lower_ in ("of", "about"))]


def misread_content_clause(clause) -> bool:
    """A that-clause the parser took for a relative one with "that" as its object, though its
    verb is passive and takes none ("a denial that the launchers had been deployed")."""
    children = list(clause.children)
    return (clause.dep_ == "relcl" and any(child.dep_ == "nsubjpass" for child in children)
            and any(child.dep_ == "dobj" and child.lower_ == "that" for child in children))


def doer_or_loss(finder: SubjectFinder, word, subject: str) -> tuple[str, str]:
    """What a denied loss denies when its subject names who did it ("denied that a Turkish F-16
    shot down the Armenian jet"): the loss of a system the verb's object names, else the doer's
    use (USED); a passive verb or a subject that is not the doer keeps the loss (DESTROYED)."""
    if word.pos_ != "VERB" or any(child.dep_ == "auxpass" for child in word.children):
        return subject, "DESTROYED"
    doers = {name for child in word.children if child.dep_ == "nsubj"
             for name in finder.subjects_in(phrase_span(child), named_only=True)}   # "its army": no doer
    if subject not in doers:
        return subject, "DESTROYED"
    lost = [name for child in word.children if child.dep_ == "dobj"
            for name in finder.subjects_in(phrase_span(child)) if name not in doers]
    return (lost[0], "DESTROYED") if lost else (subject, "USED")


def phrase_span(token) -> tuple[int, int]:
    """The characters of a token's phrase (its subtree)."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def falsely_told(adjective) -> list:
    """The clause of a claim noun a falsity adjective qualifies ("the false claim that Russian air
    defences shot down the helicopter", "a baseless report of the delivery"); empty when the noun
    is no claim noun or the adjective is negated ("a not unfounded report")."""
    noun = adjective.head
    if (noun.lower_ not in lexicon().cues["denial"]["claim_nouns"]
            or any(child.dep_ == "neg" for child in adjective.children)):
        return []
    return [child for child in noun.children
            if child.dep_ in ("acl", "ccomp", "relcl") or (child.dep_ == "prep" and child.lower_ in ("of", "about", "that"))]


def unmatched_claims(verb, structure) -> list:
    """The subject of a negated verb that says a claim does not match the facts ("the information
    about the destruction of eight launchers does not correspond to reality", "these reports do
    not reflect the facts"): its object, or that of its "to" or "with", is a reality noun; empty
    otherwise, and for a verb of another lemma or not negated."""
    if (verb.lemma_.lower() not in structure["unmatched_verbs"]
            or not any(child.dep_ == "neg" for child in verb.children)):
        return []
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    objects += [grandchild for child in verb.children if child.dep_ == "prep" and child.lower_ in ("to", "with")
                for grandchild in child.children if grandchild.dep_ == "pobj"]
    if not any(obj.lower_ in structure["reality_nouns"] for obj in objects):
        return []
    return [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "csubj")]


def unhappened_pointer(verb, structure) -> list:
    """The subject of a negated verb of happening when it only points back ("this did not
    happen", "that never occurred"): a denial of what the sentence before reports. Empty for a
    subject that says more ("the delivery did not happen" is read by the status word itself)."""
    if (verb.lemma_.lower() not in structure["occurrence_verbs"]
            or not any(child.dep_ == "neg" for child in verb.children)):
        return []
    return [child for child in verb.children if child.dep_ == "nsubj"
            and child.lower_ in structure["anaphoric_objects"] and not list(child.children)]


def shifted_objects(verb, falsity: set[str]) -> list:
    """The object a denial verb's "as" complement took from it when the object comes last
    ("dismissed as fake the reports that ..."): the parser may hang it on the falsity word."""
    return [grandchild for child in verb.children if child.lower_ in falsity and child.i > verb.i
            for grandchild in child.children if grandchild.dep_ == "dobj"]


def refuted_claims(verb, structure) -> list:
    """The clauses of the claims a verb says its evidence does not bear out: the verb has a
    refuting adverb ("actually", "in fact", "in reality") and an object of its own, is no verb of
    confirming, is not negated, and its subject holds a claim noun with a clause ("a video ...
    meant to back a claim its army hit tanks actually showed a
    tractor destroyed"); empty otherwise."""
    adverbs = set(structure["refuting_adverbs"])
    if not any((child.dep_ == "advmod" and child.lower_ in adverbs)
               or (child.dep_ == "prep" and child.lower_ == "in"
                   and any(obj.dep_ == "pobj" and obj.lower_ in adverbs for obj in child.children))
               for child in verb.children):
        return []
    if verb.lemma_.lower() in structure["confirming_verbs"] or any(child.dep_ == "neg" for child in verb.children):
        return []
    if not any(child.dep_ in ("dobj", "attr") for child in verb.children):
        return []
    claim_nouns = set(lexicon().cues["denial"]["claim_nouns"])
    return [clause for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "csubj")
            for word in child.subtree if word.lower_ in claim_nouns and word.pos_ == "NOUN"
            for clause in word.children if clause.dep_ in ("relcl", "acl", "ccomp")]


def object_kind_subject(extraction: Extraction, word) -> str | None:
    """The one subject of the kind a status word's object names ("blew up some of Ukraine's
    tanks": the one tank the text names), by the kind nouns of the denial cues."""
    kinds = lexicon().cues["denial"]["kind_nouns"]
    for token in word.subtree:
        if token.i != word.i and token.lower_ in kinds and token.dep_ in ("dobj", "pobj", "nsubjpass"):
            named = {mention.subject for mention in extraction.subjects
                     if mention.kind and mention.kind.split()[-1].lower() in kinds[token.lower_]}
            return named.pop() if len(named) == 1 else None
    return None


def anaphoric_denial(clauses, structure, lookback: int):
    """What a denial whose object only points back denies ("Shoigu dismissed it", "denied the
    claim", "This is false", "the claims made by the lawmaker"): the status word nearest the root
    of the nearest sentence before that has one (``lookback`` sentences at most), with
    that sentence as its clause; None when an object says more than a pointer and its maker (a
    name, a clause of its own) or no sentence before reports a status."""
    pointers = set(structure["anaphoric_objects"])
    for clause in clauses:
        own = pointer_words(clause, structure)
        words = [token for token in own if not token.is_punct and token.dep_ not in ("det", "poss", "amod", "compound")]
        if (clause.lemma_.lower() not in pointers or len(words) > 1
                or any(token.ent_type_ and token.ent_type_ not in ("NORP", "GPE") for token in own)):
            return None
    doc, start = clauses[0].doc, clauses[0].sent.start
    for _ in range(lookback):
        if start == 0:
            return None
        before = doc[start - 1].sent
        found = governed_status(before.root, [before.root])
        if found is not None:
            return found
        start = before.start
    return None


def pointer_words(noun, structure) -> list:
    """A claim noun's words without the phrase naming who made the claim ("the claims made by
    the lawmaker", "the report by the agency"): what says whether it only points back."""
    makers = {child.i for child in noun.children
              if (child.dep_ == "acl" and child.lemma_.lower() in structure["maker_verbs"])
              or (child.dep_ == "prep" and child.lower_ in structure["maker_preps"])}
    left_out = {word.i for child in noun.children if child.i in makers for word in child.subtree}
    return [token for token in noun.subtree if token.i not in left_out]


def denies_truth(noun, structure) -> bool:
    """Whether a truth noun is said to be absent: "no truth", "is not any truth", or an
    existential under a negated verb of belief ("I don't believe there is any truth")."""
    if any(child.dep_ == "det" and child.lower_ == "no" for child in noun.children):
        return True
    copula = noun.head
    if copula.lemma_.lower() != "be" or noun.dep_ not in ("attr", "nsubj"):
        return False
    if any(child.dep_ == "neg" for child in copula.children):
        return True
    belief = copula.head
    return (copula.dep_ == "ccomp" and belief.lemma_.lower() in structure["belief_verbs"]
            and any(child.dep_ == "neg" for child in belief.children))


def seen_none(noun) -> bool:
    """An evidence noun as the object of a negated verb ("has not seen any evidence that",
    "did not find any sign of")."""
    return noun.dep_ in ("dobj", "attr") and any(child.dep_ == "neg" for child in noun.head.children)


def evidence_claims(noun) -> list:
    """What an evidence noun is denied of: its that-clause ("no indication that Russia had moved
    the warheads") or the object of its "of" ("no sign of the launchers being deployed")."""
    clauses = [child for child in noun.children if child.dep_ in ("acl", "ccomp", "relcl") and child.pos_ in ("VERB", "AUX")
               and any(word.lower_ == "that" and word.dep_ == "mark" for word in child.children)]
    return clauses + [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for obj in prep.children if obj.dep_ in ("pobj", "pcomp")]


def truth_claims(noun, structure) -> list:
    """The claims a truth noun is denied of: the objects of its truth phrases ("in the reports
    that ...", "to these assertions") that are claim nouns or pointers."""
    claim_nouns = set(lexicon().cues["denial"]["claim_nouns"]) | set(structure["anaphoric_objects"])
    return [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in structure["truth_preps"]
            for obj in prep.children if obj.dep_ == "pobj" and (obj.lower_ in claim_nouns or obj.lemma_.lower() in claim_nouns)]


def generic_denial(extraction: Extraction, verb) -> StatusClaim | None:
    """A denied delivery of weapons in general, naming no system: "denied that her country ...
    exported any weapons to Russia", "has not provided weaponry to Russia". The object is a
    generic noun (``generic_nouns`` of the denial cues); the supplier is the transfer verb's
    subject, a country, or a pronoun or "her country" standing for the country named nearest
    before it (else the one country the sentence names) besides the recipient. The claim's subject is ``GENERIC_SUBJECT`` + the supplier's
    place key, its place the recipient; the link stage sets it against reports of a system from
    that supplier (docs/link.md, "denials that name no system"). None without a supplier."""
    from claimledger.link.documents import GENERIC_SUBJECT
    from claimledger.link.identity import entity_country, place_key

    structure = lexicon().cues["denial"]["structure"]
    pronouns = set(structure["supplier_pronouns"])
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon().cues["refusal"]["transfer_lemmas"]:
        return None
    objects = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")]
    if not any(names_generic(obj, head_only=True) for obj in objects):
        return None
    to = recipient(verb)
    target = place_key(to) if to else None
    supplier = None
    for agent in (child for child in verb.children if child.dep_ == "nsubj"):
        named_country = entity_country(agent.ent_type_, entity_text(agent))
        if named_country is not None:
            supplier = named_country
        elif agent.lower_ in pronouns or agent.pos_ == "PRON":
            # the country the pronoun stands for: the nearest named before it ("Kim Jong Un's
            # sister denied that her country ..."), else the one the sentence names
            named = [ent for ent in verb.sent.ents if entity_country(ent.label_, ent.text) not in (None, target)]
            before = [ent for ent in named if ent.end <= agent.i]
            keys = {place_key(ent.text) for ent in named}
            supplier = place_key(before[-1].text) if before else (keys.pop() if len(keys) == 1 else None)
    if not supplier:
        return None
    sentence = (verb.sent.start_char, verb.sent.end_char)
    return StatusClaim(extraction.document.id, sentence, GENERIC_SUBJECT + supplier, "ARRIVED",
                       kind="denied", modality="negated", location=to, sentence_span=sentence)


PLAN_NOUNS = frozenset(lexicon().cues["refusal"]["plan_nouns"])   # "has no plans to send"
# "if it will not send": no decision; the events' condition marks and the refusal cues' own
CONDITION_MARKS = frozenset(lexicon().events["condition_marks"]) | frozenset(lexicon().cues["refusal"]["condition_marks"])


def parsed_refusals(doc, extraction: Extraction, finder: SubjectFinder, sole: str | None = None) -> list[StatusClaim]:
    """A stated decision not to deliver, a denied future delivery (kind ``denied``, modality
    ``planned``): a transfer verb negated under a modal ("will not provide ATACMS", "has
    determined he would not provide ATACMS") or under a verb of deciding ("has decided not to send
    the Taurus"), or the complement of a verb of refusing ("refused to supply Patriot
    batteries"), whose object or passive subject names the subject. Not a delay or a condition
    ("will not send them until", "not yet"), not "will not only send", not a refusal to speak
    ("would not say whether it will send")."""
    refusal = lexicon().cues["refusal"]
    transfers, modals = set(refusal["transfer_lemmas"]), set(lexicon().events["future_aux"])   # "will", "would", "'ll"
    deciding, refusing = set(refusal["deciding_lemmas"]), set(refusal["refusing_lemmas"])
    intending = frozenset(refusal["intending_lemmas"])
    stops = set(refusal["not_refusal_words"])
    out = []
    for i in lemma_positions(doc, frozenset(transfers)):
        token = doc[i]
        if token.pos_ != "VERB":
            continue
        children = list(token.children)
        if any(child.lower_ in stops or (child.dep_ == "mark" and child.lower_ in CONDITION_MARKS) for child in children):
            continue
        negated = any(child.dep_ == "neg" for child in children)
        modal = any(child.dep_ == "aux" and child.lower_ in modals for child in children)
        head = token.head
        head_negated = any(child.dep_ == "neg" for child in head.children) if head is not token else False
        head_word = head.lemma_.lower()
        refused = (not head_negated and not negated and (
            (token.dep_ == "xcomp" and head_word in refusing)
            # "ruled out sending", "has no plans to send", "no intention of supplying"
            or (head_word == "rule" and any(child.dep_ == "prt" and child.lower_ == "out" for child in head.children))
            or (head_word in PLAN_NOUNS and any(child.lower_ == "no" for child in head.children))
            or (head.dep_ == "pobj" and head.head.lemma_.lower() in PLAN_NOUNS
                and any(child.lower_ == "no" for child in head.head.children))))
        if head.dep_ == "prep" and head.head.lemma_.lower() in PLAN_NOUNS:   # "no intention of supplying"
            refused = refused or (not negated and any(child.lower_ == "no" for child in head.head.children))
        decided = negated and token.dep_ in ("xcomp", "ccomp") and head_word in deciding and not head_negated
        going = token.dep_ == "xcomp" and head_word == "go" and head_negated and head.tag_ == "VBG"   # "is not going to send"
        going = going or (not negated and intends_not(token, intending, stops))   # "is not considering sending"
        # "Iran has never supplied drones to Russia", however many words between: a denied delivery
        past = (negated and not modal and token.tag_ in ("VBD", "VBN")
                and not any(child.dep_ == "aux" and child.lower_ in ("will", "would", "shall") for child in children))
        if not (refused or decided or going or (negated and modal) or past):
            continue
        subject = None
        for obj in delivered_objects(token):
            # "We have not provided weapons to any side" in a story of one system: its sole subject
            subject = refused_subject(extraction, finder, obj) or sole_reading(finder, obj, sole, sentence_unnamed=True)
            if subject:
                break
        if subject is None:
            generic = generic_denial(extraction, token) if past and not (refused or decided or going) else None
            if generic is not None:   # "Tehran has not supplied arms to Moscow"
                out.append(generic)
            continue
        sentence = (token.sent.start_char, token.sent.end_char)
        denied_past = past and not (refused or decided or going)
        out.append(StatusClaim(extraction.document.id, sentence, subject,
                               negated_transfer_status(token.lower_) if denied_past else "ARRIVED", kind="denied",
                               modality="negated" if denied_past else "planned",
                               location=recipient(token), sentence_span=sentence))
    return out


def intends_not(verb, intending, stops) -> bool:
    """A transfer verb under a negated verb of intending: "is not considering sending", "does not
    plan to supply", "has no intention" aside (a plan noun). Not "has not decided to send" (no
    decision yet), not "not only considering", "not yet planning" (a stop word on the head)."""
    head = verb.head
    if head is verb or verb.dep_ not in ("xcomp", "ccomp") or head.lemma_.lower() not in intending:
        return False
    children = list(head.children)
    return (any(child.dep_ == "neg" for child in children)
            and not any(child.lower_ in stops or (child.dep_ == "mark" and child.lower_ in CONDITION_MARKS)
                        for child in children))


def delivered_objects(verb) -> list:
    """What a transfer verb hands over: its object or passive subject, or the "with" phrase of
    "supply Kyiv with Tomahawks", "provide Ukraine with ATACMS" (whose object is the recipient)."""
    out = [child for child in verb.children if child.dep_ in ("dobj", "nsubjpass")]
    return out + [obj for child in verb.children if child.dep_ == "prep" and child.lower_ == "with"
                  for obj in child.children if obj.dep_ == "pobj"]


def recipient(verb) -> str | None:
    """The country a refused delivery was for ("refused to sell Iran its S-400", "would not
    provide ATACMS to Ukraine", "would not supply Kyiv with Tomahawks"): a place entity as the
    verb's indirect object, after "to", or as its object beside a "with" phrase."""
    if any(child.dep_ == "prep" and child.lower_ == "with" for child in verb.children):
        for child in verb.children:
            if child.dep_ == "dobj" and child.ent_type_ == "GPE":
                return entity_text(child)
    for child in verb.children:
        if child.dep_ == "dative" and child.ent_type_ == "GPE":
            return entity_text(child)
        if child.dep_ in ("prep", "dative") and child.lower_ == "to":
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.ent_type_ == "GPE":
                    return entity_text(noun)
    return None


def entity_text(token) -> str:
    return next((ent.text for ent in token.doc.ents if ent.start <= token.i < ent.end), token.text)


def refused_subject(extraction: Extraction, finder: SubjectFinder, obj) -> str | None:
    """The subject an object of refused delivery names: the object is (in) the subject's name, or
    a counted noun or kind noun whose phrase names it ("ATACMS missiles", "the Taurus"), or a
    kind noun for the one subject of that kind the text names ("ballistic missiles")."""
    start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    refs = [ref for ref in finder.references if start <= ref.span[0] and ref.span[1] <= end]
    own = [ref for ref in refs if ref.span[0] <= obj.idx < ref.span[1]]
    if own:
        return own[0].subject
    noun = obj.lemma_.lower()
    if noun in COUNT_NOUNS or noun in lexicon().cues["denial"]["kind_nouns"] or obj.lower_ in lexicon().cues["denial"]["kind_nouns"]:
        named = [ref for ref in refs if ref.span[1] <= obj.idx + len(obj)]
        if named:
            return named[-1].subject
        return kind_subject(extraction, (obj.sent.start_char, obj.sent.end_char), obj.left_edge.idx)
    return None


def kind_subject(extraction: Extraction, sentence: tuple[int, int], start: int) -> str | None:
    """The subject a denial names by its kind ("Tehran has NOT sent ballistic missiles to Moscow"): the kind noun within a few words after the status word, when the document names
    exactly one subject of that kind (the last word of its kind in the subject list)."""
    denial = lexicon().cues["denial"]
    words = WORD.findall(extraction.document.text[start:sentence[1]])[:denial["kind_noun_words"]]
    kinds = next((denial["kind_nouns"][word.lower()] for word in words if word.lower() in denial["kind_nouns"]), None)
    if kinds is None:
        return None
    named = {mention.subject for mention in extraction.subjects
             if mention.kind and mention.kind.split()[-1].lower() in kinds}
    return named.pop() if len(named) == 1 else None


def loss_claims(extraction: Extraction, sentences: Sentences, finder: SubjectFinder) -> list[StatusClaim]:
    """A subject destroyed, shot down or lost, or said not to be: "destroyed four HIMARS
    launchers", "the Rafale was shot down", "the Patriot system was not destroyed", "none of the
    S-400 systems have been destroyed", "жодного HIMARS не втрачено". The subject is the verb's
    object (named at most ``object_words`` words after it, with no "by"/"with" before it: "shot
    down by a Patriot" names the weapon, not the loss) or its passive subject (named at most
    ``subject_words`` words before it, through "was"/"been" or a passive participle): "the
    Kinzhal has destroyed the Patriot" is the Patriot's loss, not the Kinzhal's. A negated loss is
    a claim of kind ``denied``, like a denial's, with no place, dated only by the day it names
    ("no jet was lost on 3 May"); a loss is ``reached``."""
    text, loss, found = extraction.document.text, lexicon().cues["loss"], {}
    if not finder.references:
        return []
    starts = [ref.span[0] for ref in finder.references]
    first_story = first_loss_story(text, sentences)
    crafts = aircraft_subjects(extraction)
    for match, craft_only in loss_verb_matches(text):
        sentence = sentences.around(match.span())
        if not sentence[0] <= match.start() < sentence[1]:
            continue
        negated = bool(patterns()["loss_negated_verb"].search(text, max(sentence[0], match.start() - 24), match.start()))
        if craft_only:
            refs = [ref for ref in loss_subjects(text, match, sentence, finder.references, starts, loss, craft=True)
                    if ref.subject in crafts]
        else:
            refs = loss_subjects(text, match, sentence, finder.references, starts, loss)
            definite = definite_kind_object(extraction, text, match, sentence)
            if definite:   # "destroy the ballistic missile ... that a MiG-31 launched": the object is the noun
                refs = [ref for ref in refs if ref.span[0] < match.start()] + definite
        for ref in refs:
            denied = negated or bool(patterns()["loss_negated_subject"].search(
                text, max(sentence[0], ref.span[0] - 40), ref.span[0]))
            place = loss_place(extraction, text, max(match.end(), ref.span[1]), sentence)
            if denied:   # dated and placed only when the sentence says which day's or place's loss it denies
                date = loss_date(extraction, text, match.span(), sentence)
                found.setdefault((sentence, ref.subject, "denied"), StatusClaim(
                    extraction.document.id, sentence, ref.subject, "DESTROYED", kind="denied", modality="negated",
                    sentence_span=sentence, date=date, date_role="onset" if date else None, location=place))
                continue
            span = (min(match.start(), ref.span[0]), max(match.end(), ref.span[1]))
            modality, source = claim_modality(extraction, sentences.slice(sentence), match.start())
            date = loss_date(extraction, text, match.span(), sentence)
            # a reported loss also takes a known place the tagger missed; a denial keeps to the
            # places found, since a placed denial stands apart from the unplaced reports it answers
            place = place or known_loss_place(text, max(match.end(), ref.span[1]), sentence)
            found.setdefault((sentence, ref.subject, "reached"), StatusClaim(
                extraction.document.id, span, ref.subject, "DESTROYED", kind="reached", modality=modality,
                source=source, sentence_span=sentence, date=date, date_role="onset" if date else None, location=place,
                first_time=first_story or bool(patterns()["first_use"].search(text, sentence[0], sentence[1]))))
    return list(found.values())


def loss_verb_matches(text: str):
    """The verbs of loss in a text, each with whether it is a loss only of an aircraft ("was hit",
    "crashed": a tank hit may fight on, an aircraft hit in flight is lost)."""
    for match in gated_finditer(patterns()["loss_verb"], text):
        yield match, False
    for match in gated_finditer(patterns()["craft_loss_verb"], text):
        yield match, True


def aircraft_subjects(extraction: Extraction) -> set[str]:
    """The subjects the text names whose kind is an aircraft's (``craft_kinds`` of the loss cues)."""
    kinds = tuple(lexicon().cues["loss"]["craft_kinds"])
    return {mention.subject for mention in extraction.subjects if (mention.kind or "").endswith(kinds)}


def lesser_harm_denials(extraction: Extraction, sentences: Sentences, finder: SubjectFinder) -> list[StatusClaim]:
    """A harm short of a loss that denies the loss: negated ("no Patriot launcher was damaged",
    "did not damage the radar") or limited ("the launcher was only damaged"). A claim of kind
    ``denied`` of DESTROYED, like a negated loss's; a plain "was damaged" says nothing of a loss."""
    text, loss, found = extraction.document.text, lexicon().cues["loss"], {}
    if not finder.references:
        return []
    starts = [ref.span[0] for ref in finder.references]
    crafts = aircraft_subjects(extraction)
    for match in gated_finditer(patterns()["lesser_verb"], text):
        sentence = sentences.around(match.span())
        # an aircraft "not hit" is read by the loss verbs themselves (a craft's hit is its loss)
        craft_verb = bool(patterns()["craft_loss_verb"].fullmatch(match.group(0)))
        if not sentence[0] <= match.start() < sentence[1]:
            continue
        before = max(sentence[0], match.start() - 24), match.start()
        said_short = (patterns()["loss_negated_verb"].search(text, *before)
                      or patterns()["loss_limited_verb"].search(text, *before))
        for ref in loss_subjects(text, match, sentence, finder.references, starts, loss):
            if craft_verb and ref.subject in crafts:
                continue
            if not (said_short or patterns()["loss_negated_subject"].search(text, max(sentence[0], ref.span[0] - 40),
                                                                            ref.span[0])):
                continue
            date = loss_date(extraction, text, match.span(), sentence)
            found.setdefault((sentence, ref.subject), StatusClaim(
                extraction.document.id, sentence, ref.subject, "DESTROYED", kind="denied", modality="negated",
                sentence_span=sentence, date=date, date_role="onset" if date else None,
                location=loss_place(extraction, text, max(match.end(), ref.span[1]), sentence)))
    return list(found.values())


PLACE_LABELS = ("GPE", "LOC", "FAC")


def loss_place(extraction: Extraction, text: str, after: int, sentence: tuple[int, int]) -> str | None:
    """Where a loss was: the first place named after the verb and what was lost, right after a
    preposition of place and a few words on ("destroyed a HIMARS launcher near Kherson"), with
    no comma or verb of reporting between ("destroyed a HIMARS, the ministry in Moscow said":
    the ministry's city, not the loss's)."""
    for entity in sorted(extraction.entities, key=lambda item: item.span[0]):
        if entity.label not in PLACE_LABELS or not after <= entity.span[0] < sentence[1]:
            continue
        gap = text[after:entity.span[0]]
        if patterns()["any_report_verb"].search(gap) or not patterns()["loss_place_gap"].match(gap.lstrip()):
            return None
        return entity.name or entity.text
    return None


def known_loss_place(text: str, after: int, sentence: tuple[int, int]) -> str | None:
    """A place the tagger did not find, right after a loss ("shot down a Su-34 over Donetsk"):
    a name of the places the event extractor knows, capitalised, with no verb of reporting between."""
    match = patterns()["loss_place_word"].match(text, after, sentence[1])
    if match is None or not match.group("place")[:1].isupper() or match.group("place") not in events.KNOWN_PLACES:
        return None
    return None if patterns()["any_report_verb"].search(text, after, match.start("place")) else match.group("place")


def first_loss_story(text: str, sentences: Sentences) -> bool:
    """A report whose lead (its first ``LEAD_SENTENCES`` sentences) tells a loss as the first
    ("Kyiv's air defence downed an enemy hypersonic missile for the first time") is the
    story of that first loss: the losses it dates further down are that one (a further one is
    marked as another unit, "a second", "another", and is not compared as the first)."""
    lead = sentences.spans[:LEAD_SENTENCES]
    if not lead:
        return False
    start, end = lead[0][0], lead[-1][1]
    return bool(patterns()["loss_verb"].search(text, start, end) and patterns()["first_use"].search(text, start, end))


DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def loss_date(extraction: Extraction, text: str, verb: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """The day (or time of day) of a loss: the first timex of a day or finer after the verb of
    loss in its sentence ("was shot down Thursday night", "used to destroy the missile ... at
    2:30 a.m. on May 4"); none when a verb of reporting comes first ("destroyed a HIMARS,
    the ministry said on Monday": the day of the report), nor a report's own day named without
    digits ("today"). With none after it, the day the sentence puts before the verb
    (``fronted_loss_date``)."""
    days = [timex for timex in extraction.timexes
            if sentence[0] <= timex.span[0] < sentence[1] and timex.type in ("DATE", "TIME")
            and timex.value and DAY_VALUE.match(timex.value)]
    after = [timex for timex in days if verb[1] <= timex.span[0]]
    if not after:
        return fronted_loss_date(extraction, text, verb, days, sentence[0])
    timex = min(after, key=lambda item: item.span[0])
    if patterns()["report_verb"].search(text[max(verb[1], timex.span[0] - 60):timex.span[0]]):
        return None
    return own_day(extraction, timex)


def fronted_loss_date(extraction: Extraction, text: str, verb: tuple[int, int], days: list,
                      sentence_start: int) -> str | None:
    """The day of a loss told before its verb: the nearest "on" date, or a bare one, before it
    in the sentence ("On Sunday, two pilots ejected after their jet was shot down", "was used on
    3 May, and a MiG-29 shot down the drone"), when no verb of reporting or opening quotation lies
    between ("on Monday the ministry said it had downed", "on Monday, with a statement: “... downed":
    the day of the report) and no word of a stretch comes before it ("since 24 February", "by May
    3": a span, not the day of the loss)."""
    before = [timex for timex in days if timex.span[1] <= verb[0]]
    if not before:
        return None
    timex = max(before, key=lambda item: item.span[0])
    if patterns()["any_report_verb"].search(text, timex.span[1], verb[0]) \
            or QUOTE_OPENING.search(text, timex.span[1], verb[0]):
        return None
    lead = text[sentence_start:timex.span[0]]
    if lead.strip() and not LOSS_DAY_PREP.search(lead):
        return None
    return own_day(extraction, timex)


# a statement quoted between the day and the verb ("on 6 April, with a statement: “... destroyed"):
# the day is the statement's, not the loss's
QUOTE_OPENING = re.compile(r"[:“\"«]")
# "on 3 May", "On Sunday": a day told as when something happened (not "since", "by", "until")
LOSS_DAY_PREP = re.compile(r"\bon\s+(?:the\s+)?$", re.IGNORECASE)


def own_day(extraction: Extraction, timex) -> str | None:
    """A timex's day, unless it is the report's own day named without digits ("today")."""
    if timex.value == extraction.document.dct and not any(ch.isdigit() for ch in timex.text):
        return None
    return timex.value


def definite_kind_object(extraction: Extraction, text: str, match, sentence: tuple[int, int]) -> list[SubjectReference]:
    """A loss whose object is a definite noun of a kind ("used to destroy the ballistic missile
    over the region"): a definite noun phrase points back to a thing already named, here the
    one subject of that kind the document names (``kind_subject``), whatever other systems of
    other kinds the sentence names (the Patriot that destroyed it, the aircraft that launched
    it), and before a name further on in the phrase ("the ballistic missile ... that a MiG-31
    launched"). An indefinite or counted noun ("shot down a missile", "20 missiles") names none."""
    found = DEFINITE_KIND.match(text, match.end(), sentence[1])
    if found is None:
        return []
    kind_nouns = lexicon().cues["denial"]["kind_nouns"]
    noun = next((word for word in WORD.finditer(text, found.start(1), found.end(1))
                 if word.group(0).lower() in kind_nouns), None)
    if noun is None:
        return []
    subject = kind_subject(extraction, sentence, noun.start())
    if subject is None:
        return []
    return [SubjectReference(extraction.document.id, noun.span(), subject, noun.group(0), anaphor=True)]


DEFINITE_KIND = re.compile(r"\s+the\s+([\w-]+(?:\s+[\w-]+){0,2})")   # "the", then up to three words


def loss_subjects(text: str, match, sentence, references, starts, loss, craft: bool = False) -> list[SubjectReference]:
    """The references a loss verb governs: its object after it, or its passive subject before it.
    An aircraft's verb of loss (``craft``) takes its subject before it also when intransitive
    ("the helicopter crashed"), and "hit" is its own participle ("the jet was hit")."""
    out = []
    intransitive = craft and bool(patterns()["craft_intransitive"].search(match.group(0)))
    after = bisect_left(starts, match.end())
    if after < len(references) and not intransitive:
        ref = references[after]
        gap = text[match.end():ref.span[0]]
        if (ref.span[1] <= sentence[1] and len(gap.split()) <= loss["object_words"] and ";" not in gap
                and not patterns()["loss_agent"].search(gap)):
            out.append(ref)
    before = bisect_left(starts, match.start()) - 1
    while before >= 0 and references[before].span[1] > match.start():
        before -= 1
    if before >= 0:
        ref = references[before]
        gap = text[ref.span[1]:match.start()]
        if (ref.span[0] >= sentence[0] and len(gap.split()) <= loss["subject_words"] and ";" not in gap
                and not patterns()["loss_clause"].search(gap) and not is_compared(text, ref, sentence)
                and (patterns()["loss_participle"].search(match.group(0)) or intransitive
                     or ((craft or PAST_PARTICIPLE.search(match.group(0))) and patterns()["loss_passive"].search(gap))
                     or is_reduced_passive(text, match, gap))):
            out.append(ref)
    return out


def is_reduced_passive(text: str, match, gap: str) -> bool:
    """"Russian Su-34 bomber shot down over Kursk": a past form of loss right after its subject's
    phrase (a gap of modifiers only, no verb or auxiliary), followed by a place, an agent, a comma
    or the line's end, not by an object."""
    if not PAST_PARTICIPLE.search(match.group(0)) or "\n" in gap:
        return False
    if any(word.lower() in PERFECT_AUXILIARIES for word in gap.split()):
        return False   # "Ukraine has shot down over Kursk ...": an active perfect
    return bool(patterns()["loss_reduced_after"].match(text, match.end()))


def is_compared(text: str, ref: SubjectReference, sentence: tuple[int, int]) -> bool:
    """"much larger than the F-16": the name is the standard of a comparison, not a subject of
    the clause."""
    return bool(patterns()["loss_compared"].search(text, max(sentence[0], ref.span[0] - 16), ref.span[0]))


def weapon_use_claims(doc, extraction: Extraction, finder: SubjectFinder) -> list[StatusClaim]:
    """A strike made with a system, as its use (USED): a verb or noun of attack whose "with",
    "from" or "by" phrase names the subject ("Ukraine struck a prison with U.S.-made HIMARS
    rockets", "A missile strike from the HIMARS was carried out on ...", "was hit by a Kinzhal").
    Not a negated or modal verb ("did not strike", "could strike with"), and not where the
    extractor already gives the subject's use in that sentence."""
    if doc is None:
        return []
    cues = lexicon().cues["weapon_use"]
    lemmas, preps = set(cues["lemmas"]), set(cues["preps"])
    used = {(event.subject, sentence) for event in extraction.events if event.status == "USED"
            for sentence in [finder.sentences.around(event.span)]}
    out, seen = [], set()
    for i in lemma_positions(doc, frozenset(lemmas)):
        token = doc[i]
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        verb = token if token.pos_ == "VERB" else token.head
        if not plain_verb(verb):
            continue
        for prep in instrument_preps(token, preps):
            objects = [child for child in prep.children if child.dep_ == "pobj"]
            for obj in objects:
                start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
                named = finder.subjects_in((start, end), named_only=True)
                if not named:
                    continue
                sentence = finder.sentences.around((token.idx, token.idx + len(token)))
                if (named[0], sentence) in used or (named[0], sentence) in seen:
                    continue
                seen.add((named[0], sentence))
                modality, source = claim_modality(extraction, finder.sentences.slice(sentence), token.idx)
                out.append(StatusClaim(extraction.document.id, sentence, named[0], "USED", kind="reached",
                                       modality=modality, source=source, sentence_span=sentence))
    return out


@functools.cache
def identified_use_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    cues = lexicon().cues["identified_use"]
    return tuple(re.compile(cues[key], re.IGNORECASE) for key in ("debris", "identifying", "negation"))


def identified_use_claims(extraction: Extraction, sentences: Sentences, finder: SubjectFinder) -> list[StatusClaim]:
    """Debris identified as a system, as its use (USED): "studied debris from a strike
    on Kharkiv and found it matches North Korea's KN-23 missiles", "the wreckage was
    identified as a Kh-101". A debris noun, an identifying verb after it and the subject named
    after that, with no negation between ("the fragments do not match the Kinzhal": none)."""
    text, out = extraction.document.text, []
    debris, identifying, negation = identified_use_patterns()
    used = {(event.subject, sentences.around(event.span)) for event in extraction.events if event.status == "USED"}
    for sentence in sentences.spans:
        found = debris.search(text, *sentence)
        verb = identifying.search(text, found.end(), sentence[1]) if found else None
        if verb is None:
            continue
        named = [ref for ref in finder.references if not ref.anaphor and verb.end() <= ref.span[0] < sentence[1]]
        if not named or negation.search(text, found.start(), named[0].span[0]) or (named[0].subject, sentence) in used:
            continue
        modality, source = claim_modality(extraction, text[sentence[0]:sentence[1]], found.start())
        out.append(StatusClaim(extraction.document.id, sentence, named[0].subject, "USED", kind="reached",
                               modality=modality, source=source, sentence_span=sentence))
    return out


@functools.cache
def first_use_told_patterns() -> tuple[re.Pattern, re.Pattern]:
    told = lexicon().cues["first_use_told"]
    return re.compile(told["debut"], re.IGNORECASE), re.compile(told["activation"], re.IGNORECASE)


def debut_claims(extraction: Extraction, sentences: Sentences, finder: SubjectFinder,
                 claims: list[StatusClaim]) -> list[StatusClaim]:
    """A first use told in other words (USED, first): "made its combat debut on Tuesday", "debuted
    in combat near Kherson", "first saw combat over Kharkiv on 4 April", and "was activated for the
    first time in response to rockets" (an activation against incoming fire is a use). The subject
    is the one named or referred to nearest the cue in its sentence, else that of a status the
    sentence already holds ("Israel activated an interceptor ...": the story's system). Dated by
    the day after the cue, or an "on" day before it, even the report's own day ("made its debut
    Monday" in a Monday report: a first use is dated by the day it names). A sentence whose own
    claim already dates a first use of the subject adds nothing."""
    debut, activation = first_use_told_patterns()
    text, out = extraction.document.text, []
    matches = [(match, True) for match in gated_finditer(debut, text)]
    matches += [(match, bool(patterns()["first_use"].search(text, *sentences.around(match.span()))))
                for match in gated_finditer(activation, text)]
    for match, first in matches:
        sentence = sentences.around(match.span())
        subject = finder.subject_at(match.span()) or status_subject_in(claims, sentence)
        if subject is None or dated_first_use(claims, subject, sentence):
            continue
        modality, source = claim_modality(extraction, text[sentence[0]:sentence[1]], match.start())
        if modality in ("planned", "negated"):
            continue
        date = debut_date(extraction, text, match.span(), sentence)
        place = loss_place(extraction, text, match.end(), sentence) or known_loss_place(text, match.end(), sentence)
        out.append(StatusClaim(extraction.document.id, match.span(), subject, "USED", kind="reached",
                               modality=modality, source=source, sentence_span=sentence, date=date,
                               date_role="onset" if date else None, location=place, first_time=first))
    return out


def status_subject_in(claims: list[StatusClaim], sentence: tuple[int, int]) -> str | None:
    """The subject of a status claim the sentence already holds (read by the events' rules)."""
    return next((claim.subject for claim in claims
                 if claim.kind == "reached" and (claim.sentence_span or claim.span) == sentence), None)


def dated_first_use(claims: list[StatusClaim], subject: str, sentence: tuple[int, int]) -> bool:
    return any(claim.subject == subject and claim.status == "USED" and claim.first_time and claim.date
               and claim.date_role == "onset" and (claim.sentence_span or claim.span) == sentence for claim in claims)


def debut_date(extraction: Extraction, text: str, cue: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    """The day, month or year of a first use told by ``cue``: the first timex after the cue in its
    sentence with no verb of reporting between ("debuted in combat, the ministry said on Friday":
    the report's day), else the nearest "on" day before it (``fronted_loss_date``)."""
    dates = [timex for timex in extraction.timexes
             if sentence[0] <= timex.span[0] < sentence[1] and timex.type in ("DATE", "TIME")
             and timex.value and timex.value[:4].isdigit()]
    after = [timex for timex in dates if cue[1] <= timex.span[0]]
    if not after:
        days = [timex for timex in dates if DAY_VALUE.match(timex.value) and timex.span[1] <= cue[0]]
        if days and reported_on(text, max(days, key=lambda item: item.span[0]), sentence):
            return None   # "confirmed on Friday that it had made its debut": the report's day
        return fronted_loss_date(extraction, text, cue, days, sentence[0])
    timex = min(after, key=lambda item: item.span[0])
    if patterns()["any_report_verb"].search(text, cue[1], timex.span[0]):
        return None
    return timex.value


def reported_on(text: str, timex, sentence: tuple[int, int]) -> bool:
    """Whether a verb of reporting comes right before a day ("the army confirmed on Friday")."""
    return bool(patterns()["report_verb"].search(text[max(sentence[0], timex.span[0] - 60):timex.span[0]]))


def instrument_preps(token, preps):
    """The "with", "from" or "by" phrases of an attack word: its own, or (as the parser often hangs
    them) those of its object's noun phrase or of its other phrases' nouns ("struck a prison in
    the territory with HIMARS rockets"), never one inside another clause."""
    out = [child for child in token.children if child.dep_ in ("prep", "agent") and child.lower_ in preps]
    frontier = [child for child in token.children if child.dep_ in ("dobj", "nsubjpass")]
    frontier += [grand for child in token.children if child.dep_ == "prep" and child.lower_ not in preps
                 for grand in child.children if grand.dep_ == "pobj"]
    while frontier:
        noun = frontier.pop()
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                out.append(child)
            elif child.dep_ == "prep":
                frontier.extend(grand for grand in child.children if grand.dep_ == "pobj")
    return out


def presupposed_claims(extraction: Extraction, sentences: Sentences, finder: SubjectFinder) -> list[StatusClaim]:
    """"The placement of X on Belarusian soil signals ..." takes the status as a present fact."""
    text, out = extraction.document.text, []
    hypothetical = set(lexicon().cues["hypothetical"])
    for match in gated_finditer(patterns()["presupposition"], text):
        sentence = sentences.around(match.span())
        # only what leads up to the noun phrase can make it hypothetical ("a possible placement",
        # "requested the placement"); "... could destabilize" after it does not
        words = set(re.findall(r"[a-z]+", text[sentence[0]:match.end()].lower()))
        if words & hypothetical or patterns()["pending"].search(text, sentence[0], sentence[1]):
            continue
        subject = finder.subject_at(match.span())
        if subject is not None:
            status = lexicon().presupposing_nouns[match.group("noun").lower()]
            out.append(StatusClaim(extraction.document.id, sentence, subject, status, kind="presupposed",
                                   modality="asserted", sentence_span=sentence))
    return out


# ----- person roles ---------------------------------------------------------------------

def context_roles(text: str, start: int) -> tuple[set[str], set[str], set[str]]:
    """Role words, nationalities and organisation words right before a name."""
    vocabulary = lexicon()
    demonyms = vocabulary.demonyms
    org_forms = vocabulary.org_word_forms
    window = text[max(0, start - ROLE_CONTEXT_CHARS):start]
    window = re.split(r"[.,;:!?\n(\"“”‘]\s", window)[-1]
    roles, nations, orgs = set(), set(), set()
    for word in reversed(WORD.findall(window)):
        lower = role_word(word)
        if lower in demonyms and word[:1].isupper():
            nations.add(demonyms[lower])
        elif lower in ROLE_WORDS:
            roles.add(lower)
        elif lower in COURTESY_TITLES:
            continue
        elif word[:1].isupper():
            orgs.add(org_forms.get(lower, lower))
        elif lower not in {"of", "the", "s"}:
            break
    return roles, nations, orgs


# ", the defence ministry's spokesman," or ", a spokesman for the army," right after a name
APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+([^,;:.()\"“”\n]{1,60}?)\s*(?=[,.;]|$)")
APPOSITIVE_WORDS = 6   # a longer phrase after a name's comma is a clause, not its office


def appositive_roles(text: str, end: int) -> tuple[set[str], set[str], set[str]]:
    """Role words, nationalities and organisation words of a description set after a name
    between commas ("Pal Jonson, the army's spokesman, said"): reports give an office there
    as often as before the name. Nothing unless the description holds a role word."""
    match = APPOSITIVE.match(text, end)
    if match is None:
        return set(), set(), set()
    words = WORD.findall(match.group(1))
    roles = {lower for word in words if (lower := role_word(word)) in ROLE_WORDS}
    if len(words) > APPOSITIVE_WORDS or not roles:
        return set(), set(), set()
    demonyms, org_forms = lexicon().demonyms, lexicon().org_word_forms
    capitalised = [role_word(word) for word in words if word[:1].isupper()]
    return (roles, {demonyms[word] for word in capitalised if word in demonyms},
            {org_forms.get(word, word) for word in capitalised
             if word not in demonyms and word not in ROLE_WORDS and word not in COURTESY_TITLES})


def role_word(word: str) -> str:
    """A word as the role words list it: lower case, ASCII, without a possessive."""
    return re.sub(r"'s?$", "", anyascii(word).lower().replace("’", "'"))


def person_roles(extraction: Extraction) -> list[PersonRole]:
    """The roles the text gives each named person: words before the name or in a description
    set after it, and the speaker's role and organisation that the speakers component found."""
    text, doc_id, out = extraction.document.text, extraction.document.id, []
    for entity in extraction.entities:
        if entity.label != "PERSON":
            continue
        roles, nations, orgs = context_roles(text, entity.span[0])
        if not roles:
            roles, nations, orgs = appositive_roles(text, entity.span[1])
        if roles or nations or orgs:
            out.append(PersonRole(doc_id, tuple(entity.span), entity.name or entity.text,
                                  role=" ".join(sorted(roles)) or None, nation=" ".join(sorted(nations)) or None,
                                  org=" ".join(sorted(orgs)) or None))
    for quote in extraction.quotes:
        if not quote.speaker or not quote.speaker_span:
            continue
        if quote.speaker_role or quote.speaker_org:
            out.append(PersonRole(doc_id, tuple(quote.speaker_span), quote.speaker, role=quote.speaker_role,
                                  org=quote.speaker_org))
        elif quote.source_type == "named_person":
            roles, nations, orgs = appositive_roles(text, quote.speaker_span[1])
            if roles:
                out.append(PersonRole(doc_id, tuple(quote.speaker_span), quote.speaker, role=" ".join(sorted(roles)),
                                      nation=" ".join(sorted(nations)) or None, org=" ".join(sorted(orgs)) or None))
    return out


# ----- subject facts --------------------------------------------------------------------

def range_classes(extraction: Extraction, sentences: Sentences, finder: SubjectFinder) -> list[SubjectFact]:
    text, out = extraction.document.text, []
    classes = lexicon().measures["range_classes"]
    for match in gated_finditer(patterns()["range_class"], text):
        sentence = sentences.around(match.span())
        if len(finder.subjects_in(sentence)) > 1:
            continue   # two systems in one sentence: the class may describe either
        if any(ref.span[0] <= match.start() and match.end() <= ref.span[1] for ref in finder.references):
            continue   # a word of the name itself ("Army Tactical Missile System") classes nothing
        near = [ref for ref in finder.references if not ref.anaphor
                and sentence[0] <= ref.span[0] and ref.span[1] <= sentence[1]
                and min(abs(ref.span[0] - match.end()), abs(match.start() - ref.span[1])) <= CLASS_WINDOW_CHARS]
        if near:
            term = match.group(1).lower()
            out.append(SubjectFact(extraction.document.id, sentence, near[0].subject, "range_class",
                                   value=classes[term], text=term))
    return out


def measure_of(text: str, sentence: tuple[int, int], span) -> str | None:
    """The measured attribute named nearest the number in its sentence (range, speed, ...)."""
    words = lexicon().measures["measure_words"]
    found = [(min(abs(match.start() + sentence[0] - span[0]), abs(match.start() + sentence[0] - span[1])),
              words[match.group(1).lower()])
             for match in patterns()["measure"].finditer(text[sentence[0]:sentence[1]])]
    return min(found)[1] if found else None


def qualifier_of(text: str, quantity, doc=None) -> str | None:
    forms = lexicon().measures["qualifier_forms"]
    if quantity.qualifier:
        return forms.get(quantity.qualifier.casefold(), quantity.qualifier.casefold())
    match = patterns()["qualifier"].search(text[max(0, quantity.span[0] - 25):quantity.span[0]])
    if match is None or particle_before(doc, quantity.span[0]):
        return None   # "handed over 12 more tanks": the particle of "hand over" bounds nothing
    return forms[match.group(1).lower()]


def particle_before(doc, start: int) -> bool:
    """The word right before a number is the particle of a verb ("handed over 12 tanks", "took
    over two bases"): the parser's particle, or the second word of a particle verb of the events
    lexicon after that verb's lemma."""
    if doc is None:
        return False
    first = token_ending_in(doc, start + 1)
    if first is None or first.i == 0:
        return False
    word = doc[first.i - 1]
    if word.dep_ == "prt":
        return True
    return word.i > 0 and (doc[word.i - 1].lemma_.lower(), word.lower_) in events.PARTICLE_VERBS


EXACT_TOLERANCE = 0.10         # a bare measure ("5,000 km") stands for +-10 %; a bare count is exact
ABOUT_TOLERANCE = 0.15         # "about", "around"
SCOPE_WINDOW_CHARS = 30        # how far before or after a number its scope words may stand
NUMBER_WORDS = {word: value for word, value in WORD_NUMBERS.items() if word not in ("dozens", "hundreds")}
NUMBER_FORMS = r"\d[\d,.]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
NUMBER = r"(" + NUMBER_FORMS + r")"
# "20 launchers to Ukraine, 12 of which ...": a part counted of this number, a few words on
PART_AFTER = re.compile(r"^(?:\s+(?:to|for|from|in)(?:\s+[\w’'-]+){1,2})?\s*,?\s*[\w,.]+\s+of\s+(?:which|them|these|those)\b",
                        re.IGNORECASE)
RANGE_BEFORE = re.compile(r"(?:between\s+)?\b" + NUMBER + r"\s*(?:to|and|or|-|–)\s*$", re.IGNORECASE)
RANGE_AFTER = re.compile(r"^\s*(?:to|or|-|–)\s*(?:\d|(?:" + NUMBER_FORMS + r")\b)|^\s*and\s*\d", re.IGNORECASE)
# "two or three batteries": a range read as one quantity from its first number
RANGE_INSIDE = re.compile(r"^(?:between\s+)?" + NUMBER + r"\s*(?:to|or|-|–)\s*" + NUMBER + r"\b", re.IGNORECASE)
# "between 100 and 150 jets", read from its first number: "and" makes a range only after "between"
RANGE_AND_INSIDE = re.compile(r"^" + NUMBER + r"\s+and\s+" + NUMBER + r"\b", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
# verbs whose object or predicate counts what their subject names ("the first batch was six tanks")
PREDICATE_VERBS = frozenset(lexicon().measures["count_predicate_verbs"])
# "The first batch of Abrams will be six to eight tanks": the single words of the first-batch scope cues
FIRST_WORDS = frozenset(cue for cue in lexicon().measures["scope_words"][FIRST_SCOPE]["before"] if " " not in cue)


@functools.cache
def count_verb_status() -> dict[str, str]:
    """Verb lemma -> the status it states of the count it governs (``count_verb_statuses`` of the
    measures lexicon): "send" ARRIVED, "destroy" DESTROYED, "fire" USED."""
    table = lexicon().measures["count_verb_statuses"]
    return {verb: status for status, verbs in table.items() if status != "_about" for verb in verbs}


@functools.cache
def holding_words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, nouns) of holding a count (``holding`` of the measures lexicon): "has 20 tanks",
    "a fleet of 12 F-16s"."""
    holding = lexicon().measures["holding"]
    return frozenset(holding["verbs"]), frozenset(holding["nouns"])


def past_count_status(verb) -> str | None:
    """The status a plain verb in the past states of the count it governs ("has sent 18": ARRIVED,
    "were destroyed": DESTROYED), else None: the one reading of a count's verb that
    ``count_verb_statuses``, ``noun_verb_statuses`` and ``verb_status`` share; they differ only in
    how they find the verb from the number."""
    if verb is None or verb.tag_ not in ("VBD", "VBN") or not plain_verb(verb):
        return None
    return count_verb_status().get(verb.lemma_.lower())


def number_value(word: str) -> float | None:
    word = word.lower().replace(",", "").rstrip(".")
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    try:
        return float(word)
    except ValueError:
        return None


def range_inside(text: str, after_between: bool = False) -> tuple[float, float] | None:
    """(low, high) of a quantity written as a range of two numbers ("two or three", "6-8", and
    "100 and 150" when "between" stands before it)."""
    match = RANGE_INSIDE.match(text) or (RANGE_AND_INSIDE.match(text) if after_between else None)
    if match is None:
        return None
    low, high = number_value(match.group(1)), number_value(match.group(2))
    return (low, high) if low is not None and high is not None and low < high else None


def quantity_interval(value: float, qualifier: str | None, *, counted: bool = False) -> tuple[float, float]:
    """The values a stated number admits: a bound is open on one side ("more than 10" meets
    12, "up to 5,000" meets 3,000), so two numbers conflict only if these do not meet."""
    if qualifier == "over":
        return (value, math.inf)
    if qualifier == "up to":
        return (0.0, value)
    if qualifier == "about":
        return (value * (1 - ABOUT_TOLERANCE), value * (1 + ABOUT_TOLERANCE))
    tolerance = 0.0 if counted else EXACT_TOLERANCE
    return (value * (1 - tolerance), value * (1 + tolerance))


def unit_as_counted(unit: str, value: float, qualifier: str | None) -> str:
    """The counted noun as a label writes it: "1 launcher", "1 battery", not "1 launchers"."""
    return singular_unit(unit) if value == 1 and not qualifier and is_counted(unit) else unit


def is_counted(unit: str) -> bool:
    """A count of things ("12 launchers", "$8 billion"), not a measure ("5,000 km")."""
    return unit not in lexicon().measures["measured_units"]


def scope_of(text: str, sentence: tuple[int, int], quantity) -> str | None:
    """"total" for a running or whole count ("29 in total", "so far", "all of 29"), "first" for
    the first batch ("the first 10 jets"), "increment" for one more batch ("a further 2", "48
    more launchers"), None for a plain number."""
    words = lexicon().measures["scope_words"]
    before = text[max(sentence[0], quantity.span[0] - SCOPE_WINDOW_CHARS):quantity.span[0]].lower()
    # "more than 20", "no more than 20", "not more than 20": a bound, not a further batch
    inside = re.sub(r"^(?:(?:no|not)\s+)?(?:more|fewer|less)\s+than\b", "", quantity.text.lower())
    after = text[quantity.span[1]:min(sentence[1], quantity.span[1] + SCOPE_WINDOW_CHARS)].lower()
    # "delivered 20 tanks to Kyiv so far": the scope words after a short phrase of place or donor
    beyond = beyond_place(text[quantity.span[1]:min(sentence[1], quantity.span[1] + 2 * SCOPE_WINDOW_CHARS)].lower())
    if PART_AFTER.match(text[quantity.span[1]:min(sentence[1], quantity.span[1] + 2 * SCOPE_WINDOW_CHARS)].lower()):
        return TOTAL_SCOPE   # "more than 20 launchers, 12 of which ...": the whole a part is counted of
    for scope in (TOTAL_SCOPE, FIRST_SCOPE, INCREMENT_SCOPE):   # keys of the lexicon's scope_words
        cues = words[scope]
        if (any(re.search(rf"\b{re.escape(cue)}\s*$", before) for cue in cues["before"])
                or any(re.search(rf"\b{re.escape(cue)}\b", inside) for cue in cues["inside"])
                or any(re.search(rf"^\W*{re.escape(cue)}\b", after) for cue in cues["after"])
                or any(re.search(rf"^\W*{re.escape(cue)}\b", rest) for rest in beyond
                       for cue in cues.get("after_place", ()))
                # "has so far delivered 18 tanks": the words between the auxiliary and the verb
                or any(re.search(rf"\b{re.escape(cue)}\s+[a-z]+\s*$", before) for cue in cues.get("before_verb", ()))):
            return scope
    return None


# "to Kyiv", "from Spain", "by the Netherlands": a phrase of one or two words between a count and its scope words
PLACE_BEFORE_SCOPE = tuple(re.compile(r"^\s+(?:to|for|from|by)(?:\s+the)?(?:\s+[\w’'-]+){%d}" % words) for words in (1, 2))


def beyond_place(after: str) -> list[str]:
    """The text after a count past a short phrase of place or donor, each way it may end."""
    return [after[match.end():] for pattern in PLACE_BEFORE_SCOPE if (match := pattern.match(after))]


def range_start(text: str, sentence: tuple[int, int], quantity) -> float | None:
    """The low end of "100 to 150 fighters" when ``quantity`` is its high end."""
    match = RANGE_BEFORE.search(text[max(sentence[0], quantity.span[0] - 25):quantity.span[0]])
    if match is None:
        return None
    return number_value(match.group(1))


def event_context(extraction: Extraction, sentence: tuple[int, int], subject: str, span,
                  losses=(), report_dated=frozenset()) -> tuple[str | None, str | None]:
    """The status and TIMEX3 value of the subject's event nearest the number in its sentence:
    "delivered 5 launchers on 3 March" counts a delivery on that day; with no event, a loss of
    the subject in the sentence ("three Rafale jets were shot down") counts the loss, on its day; a number
    with neither ("fired 11 missiles this year") counts nothing the link stage can line up. A
    loss whose own words hold the number ("air defences shot down 32 Shahed drones") counts it,
    before an event the extractor read from the same verb (the drones' use). An event dated by its
    report's day (``report_dated``: "has deployed four launchers, the army said on Monday") gives
    the count no date: the count is of its report's days, as an undated one is."""
    own = [loss for loss in losses if loss.subject == subject and loss.span[0] <= span[0] < loss.span[1]]
    near = [(abs(event.span[0] - span[0]), event.status,
             None if tuple(event.span) in report_dated else event.date) for event in extraction.events
            if event.subject == subject and sentence[0] <= event.span[0] < sentence[1]]
    if own:   # undated, it is of the day of the sentence's event ("downed 11 missiles launched on Monday")
        return own[0].status, own[0].date or (min(near)[2] if near else None)
    near = near or [(abs(loss.span[0] - span[0]), loss.status, loss.date) for loss in losses
                    if loss.subject == subject and loss.sentence_span == sentence]
    if not near:
        return None, None
    _, status, date = min(near, key=lambda item: item[0])
    return status, date


def names_subject(finder: SubjectFinder, subject: str, span) -> bool:
    """The counted noun phrase itself names the subject ("six Patriot batteries"), so the count
    is of it and not of something beside it ("four radar systems and a Patriot battery")."""
    return any(ref.subject == subject and not ref.anaphor and span[0] <= ref.span[0] and ref.span[1] <= span[1]
               for ref in finder.references)


def is_elided(quantity) -> bool:
    """A count whose noun the text left out ("18 have been delivered"): the extractor gave it the
    unit and subject of the noun named before it, and its text is the number alone."""
    return bool(quantity.subject) and all(word.lower() in NUMBER_WORDS or re.fullmatch(r"[\d,.]+", word)
                                          for word in quantity.text.split()[-1:])


def count_verb_statuses(doc) -> dict[int, str]:
    """Character offset of a bare number -> the status its verb states ("France has sent 18":
    ARRIVED; "18 were destroyed": DESTROYED), for counts whose noun is left out: such a count is
    of its own verb, not of another clause's event ("would send 14 ..., just three appear"). Not
    under a modal or a negation ("will send 18", "did not send"): those count nothing."""
    out = {}
    for token in (doc[i] for i in elided_number_positions(doc)):
        slot = elided_head(token)
        where = elided_slot(slot)
        if where == "verb" and slot.dep_ in ("nsubj", "nsubjpass", "dobj"):
            status = past_count_status(slot.head)
        elif where == "batch":   # "received a batch of 20", "The first delivery was a batch of 20"
            status = batch_status(slot.head.head)
        elif where == "total":   # "delivered six more jets, bringing the total to 36": the delivery's verb
            verb = slot.head.head
            status = past_count_status(verb.head) if verb.dep_ in ("advcl", "conj", "xcomp") else None
        else:
            status = None
        if status is not None:
            out[token.idx] = status
    return out


def elided_number_positions(doc) -> list[int]:
    """The numbers and the multipliers that start a count ("18", "a dozen of them"), in order."""
    return sorted(set(number_positions(doc)) | set(lower_positions(doc, MULTIPLIER_WORDS)))


MULTIPLIER_WORDS = frozenset(word for word in WORD_NUMBERS if word in MULTIPLIERS)


def batch_status(batch) -> str | None:
    """The status of the units a batch noun holds: the verb's whose object or passive subject it is
    ("received a batch of 20"), or a delivery's, when a noun of transfer is what the batch was
    ("The first delivery was a batch of 20")."""
    if batch.dep_ in ("dobj", "nsubjpass"):
        return past_count_status(batch.head)
    verb = batch.head
    if batch.dep_ != "attr" or verb.lemma_ != "be" or verb.tag_ != "VBD" or not plain_verb(verb):
        return None
    transfers = completion_words()[1]
    return "ARRIVED" if any(child.dep_ == "nsubj" and child.lemma_.lower() in transfers
                            for child in verb.children) else None


PRESENT_OR_PAST = frozenset({"VBZ", "VBP", "VBD"})


def noun_verb_statuses(doc) -> dict[int, str]:
    """Character offset of a number -> the status its verb gives the noun it counts, for counts
    with no event of their subject in the sentence: a holding verb ("now has 20 Leopard 2
    tanks", "had six of the jets": ARRIVED, as many as the holder received), or a delivery, loss or
    use verb in the past whose object (or a conjunct of it) is the counted noun ("has received
    about 60 Leopard tanks and 12 Challenger tanks": both ARRIVED). Not under a modal or a
    negation ("will have 20", "does not have 20")."""
    out = {}
    for token in (doc[i] for i in number_positions(doc)):
        noun = token.head if token.dep_ == "nummod" else token
        while noun.dep_ == "conj" and noun.head is not noun:
            noun = noun.head
        if noun.dep_ not in ("dobj", "nsubjpass"):
            continue
        verb = noun.head
        if not plain_verb(verb):
            continue
        if noun.dep_ == "dobj" and verb.lemma_.lower() in holding_words()[0] and verb.tag_ in PRESENT_OR_PAST:
            out[token.idx] = "ARRIVED"   # what the holder has: as many as it has received
        elif (status := past_count_status(verb)) is not None:
            out[token.idx] = status
    return out


def unit_subject(extraction: Extraction, unit: str, before: int | None = None, doc=None) -> str | None:
    """The one subject of the document whose kind counts in ``unit`` (tanks for a tank), or, with
    ``doc``, that the document names with that noun ("HIMARS launchers" for launchers), among the
    mentions ending by ``before`` when given; None when none or several: the one reading of a
    counted plain noun's system that ``anaphoric_subject`` and ``story_subject`` share."""
    named = {mention.subject for mention in extraction.subjects
             if (before is None or mention.span[1] <= before)
             and (kind_unit(mention.kind) == unit or (doc is not None and named_with_unit(doc, mention) == unit))}
    return named.pop() if len(named) == 1 else None


def named_with_unit(doc, mention) -> str | None:
    """The unit of the count noun a mention names its system with: its own last word ("K2 tanks")
    or the word right after it ("HIMARS launchers"); None for any other word."""
    last = token_ending_in(doc, mention.span[1])
    if last is None:
        return None
    for token in (last, doc[last.i + 1] if last.i + 1 < len(doc) else None):
        if token is not None and token.tag_ in ("NNS", "NNPS") and is_count_word(token):
            return count_unit(token)
    return None


def anaphoric_subject(extraction: Extraction, quantity) -> str | None:
    """The subject a count of a definite plural names by its unit ("six of the jets", with an
    F-16 named before): the one subject named earlier in the text whose kind counts in that unit."""
    before = extraction.document.text[max(0, quantity.span[0] - 8):quantity.span[0]]
    if not (re.search(r"\bof\s+the\s+\w", quantity.text, re.IGNORECASE)
            or re.search(r"\bof\s+the\s+$", before, re.IGNORECASE)   # the whole: "two of the eight missiles"
            or POINTING_PHRASE.search(quantity.text)):
        return None
    return unit_subject(extraction, quantity.unit, before=quantity.span[0])


def sentence_batch(extraction: Extraction, quantity, subject: str) -> bool:
    """A definite batch counted in a sentence that names its system ("Iran has bought 48 Su-35
    aircraft, with the first batch of 12 jets due in 2026"): the batch is of the one subject of the
    document whose kind counts in that unit, and ``subject`` (the sentence's) is it."""
    before = extraction.document.text[max(0, quantity.span[0] - 40):quantity.span[0]]
    return bool(batch_before().search(before)) and unit_subject(extraction, quantity.unit) == subject


@functools.cache
def batch_before():
    """"the first batch of 12 jets", "the next shipment of four launchers": a definite batch of the
    system spoken of, by the batch nouns of the scope words (the last word of their "in the first
    batch" phrases) after "the" and an ordinal of the timex lexicon or a first or further cue."""
    scopes = lexicon().measures["scope_words"]
    nouns = {phrase.split()[-1] for phrase in scopes[FIRST_SCOPE]["after"]}
    orders = ({word for word in lexicon().timex["ordinal_words"] if " " not in word}
              | {cue for scope in (FIRST_SCOPE, INCREMENT_SCOPE) for cue in scopes[scope]["before"] if " " not in cue})
    return re.compile(r"\bthe\s+(?:" + "|".join(sorted(map(re.escape, orders), key=len, reverse=True)) + r")\s+(?:"
                      + "|".join(sorted(map(re.escape, nouns))) + r")\s+of\s+$", re.IGNORECASE)


# a counted phrase that points back by its own words: a definite noun set beside its number ("The jets,
# ten in total, landed"), or "such" on the counted noun ("no fewer than 70 such jets")
POINTING_PHRASE = re.compile(r"^(?:the|these|those)\s+[\w-]+\s*,|\bsuch\s+[\w-]+$", re.IGNORECASE)


def phrase_subject(finder: SubjectFinder, span) -> str | None:
    """The one subject the counted phrase itself names ("12 UK-made Challenger tanks")."""
    named = finder.subjects_in(span, named_only=True)
    return named[0] if len(named) == 1 else None


def token_ending_in(doc, end: int):
    """The token whose text ends at or runs past the character offset ``end`` (start < end <=
    its end); None when ``end`` falls in the whitespace between tokens or outside the text."""
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    i = bisect_left(starts, end) - 1   # the last token starting before ``end``
    if i < 0 or end > starts[i] + len(doc[i]):
        return None
    return doc[i]


def clause_names_subject(doc, finder: SubjectFinder, extraction: Extraction, subject: str, quantity) -> bool:
    """A count of a plain noun whose clause's subject names the system: "The first batch of
    Abrams sent to Ukraine was six to eight tanks" (the noun the predicate of a copula or of
    "comprise", "include", "number", "total"), when the noun is the unit the subject's kind
    counts in (tanks for a tank), so "The Abrams crews destroyed four tanks" counts no Abrams."""
    if doc is None:
        return False
    noun = token_ending_in(doc, quantity.span[1])
    if noun is None or noun.dep_ not in ("attr", "dobj") or noun.head.lemma_.lower() not in PREDICATE_VERBS:
        return False
    kinds = {mention.kind for mention in extraction.subjects if mention.subject == subject and mention.kind}
    units = {kind_unit(kind) for kind in kinds}
    if quantity.unit not in units:
        return False
    for child in noun.head.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            start, end = child.left_edge.idx, child.right_edge.idx + len(child.right_edge)
            if any(ref.subject == subject and start <= ref.span[0] and ref.span[1] <= end for ref in finder.references):
                return True
    return False


def quantity_tokens(doc, quantity) -> tuple:
    """The number and the counted word (the last of the quantity's text) of a quantity, or Nones."""
    span = doc.char_span(quantity.span[0], quantity.span[1], alignment_mode="expand") if doc is not None else None
    return (span[0], span[-1]) if span is not None and len(span) else (None, None)


def own_verb(token):
    """The verb a counted phrase is the subject or object of, through a partitive ("ten of the
    tanks") and a counted name's compound; None for a clause of its own."""
    while token.dep_ in ("compound", "nummod", "pobj", "prep") and token.head is not token:
        token = token.head
    return token.head if token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else None


def plain_verb(verb) -> bool:
    """Not negated, not under a modal: "has sent", not "will send" or "did not send"."""
    return not any(child.dep_ == "neg" or (child.dep_ == "aux" and child.tag_ == "MD") for child in verb.children)


def is_number_word(token) -> bool:
    return token.like_num or token.lower_ in NUMBER_WORDS


def partitive_after(doc, at: int) -> int | None:
    """The index after "of" or "out of" starting at ``at`` ("two out of the eight"), else None."""
    if at < len(doc) and doc[at].lower_ == "out":
        at += 1
    return at + 1 if at < len(doc) and doc[at].lower_ == "of" else None


def stated_part(doc, quantity) -> bool:
    """The part of a stated whole: the 21 of "21 of around 50 missiles", "ten of the 31 tanks",
    "two out of the eight missiles"."""
    number, _ = quantity_tokens(doc, quantity)
    after = partitive_after(doc, number.i + 1) if number is not None else None
    return after is not None and any(is_number_word(token) for token in doc[after:after + 3])


def part_before_whole(doc, number) -> bool:
    """A count of the part just before the whole's number: "Ten of 31", "two out of the eight",
    "half of the 40", "some of the 31"."""
    at = number.i - 1
    if at >= 0 and doc[at].dep_ == "det":
        at -= 1
    if at < 1 or doc[at].lower_ != "of":
        return False
    at -= 2 if doc[at - 1].lower_ == "out" else 1
    return at >= 0 and (is_number_word(doc[at]) or doc[at].lower_ in PART_WORDS)


# words that take a part of a stated whole ("half of the 40 vehicles have arrived": not all 40 did)
PART_WORDS = frozenset(lexicon().measures["part_words"]["words"])


def partitive_whole(doc, quantity) -> bool:
    """The whole of a stated part: the 31 of "Ten of 31 promised tanks"."""
    number, noun = quantity_tokens(doc, quantity)
    if noun is None:
        return False
    doc = noun.doc
    if part_before_whole(doc, number):
        return True   # "Ten of 31 promised tanks", "two out of the eight missiles", however the parser hangs it
    token = noun if number.dep_ in ("nummod", "compound") else number
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    owner = token.head.head
    # "ten of the 31 tanks"; "Of the 24 howitzers pledged, 18 have been delivered" (the part is its verb's subject)
    return (owner.like_num or owner.lower_ in NUMBER_WORDS
            or any(child.dep_ in ("nsubj", "nsubjpass") and is_number_word(child) for child in owner.children))


@functools.cache
def completion_words() -> tuple[frozenset[str], frozenset[str]]:
    """(words of completing, nouns of transfer) of the measures lexicon's ``completion``."""
    completion = lexicon().measures["completion"]
    return frozenset(completion["words"]), frozenset(completion["transfer_nouns"])


def completed_whole(doc, quantity) -> bool:
    """A count of a delivery said to be complete, the whole: "Slovakia completes delivery of 13
    MiG-29s", "has finished the transfer of 14 tanks", "the completion of the delivery
    of 31 Abrams". The counted noun hangs by "of" on a noun of transfer, and a word of completing
    governs that noun (its verb, or a noun over it by "of"); "completed a delivery of 13 jets" in
    a clause of its own, or "will complete" (a plan), is not read as done here, only as the whole."""
    number, noun = quantity_tokens(doc, quantity)
    if noun is None:
        return False
    completing, transfers = completion_words()
    token = noun
    while token.dep_ in ("compound", "nummod", "amod") and token.head is not token:
        token = token.head
    for _ in range(3):   # counted noun -> "of" -> transfer noun [-> "of" -> "completion"] -> verb
        if token.dep_ != "pobj" or token.head.lower_ != "of":
            return False
        holder = token.head.head
        if holder.lemma_.lower() in completing:
            return True
        if holder.lower_ not in transfers and holder.lemma_.lower() not in transfers:
            return False
        governor = holder.head
        if governor is not holder and governor.lemma_.lower() in completing and holder.dep_ in ("dobj", "pobj", "nsubjpass", "compound"):
            return True
        token = holder
    return False


def holding_count(doc, quantity) -> bool:
    """A count of what a holder has, with no event: the object of "has", "operates", "fields" in
    the present ("Ukraine now has 20 Leopard 2 tanks"), or counted inside "a fleet of", "an arsenal
    of" ("a fleet of 12 F-16s")."""
    number, noun = quantity_tokens(doc, quantity)
    if noun is None:
        return False
    for token in (noun, number):
        head = token
        while head.dep_ in ("compound", "nummod") and head.head is not head:
            head = head.head
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in holding_words()[1]:
            return True
        verb = head.head if head.dep_ == "dobj" else None
        if (verb is not None and verb.lemma_.lower() in holding_words()[0] and verb.tag_ in ("VBZ", "VBP")
                and plain_verb(verb)):
            return True
    return False


def first_batch_subject(doc, quantity) -> bool:
    """A predicate count whose clause subject is a first batch ("The first batch of Abrams sent to
    Ukraine will be six to eight tanks")."""
    _, noun = quantity_tokens(doc, quantity)
    if noun is None or noun.dep_ not in ("attr", "dobj") or noun.head.lemma_.lower() not in PREDICATE_VERBS:
        return False
    return any(child.dep_ in ("nsubj", "nsubjpass") and any(token.lower_ in FIRST_WORDS for token in child.subtree)
               for child in noun.head.children)


def modifier_status(doc, quantity) -> str | None:
    """The status a verb hung on a counted noun states of it, in the past and plain ("the eight
    missiles fired at the city", "missiles that were launched": USED), else None."""
    _, noun = quantity_tokens(doc, quantity)
    if noun is None:
        return None
    return next((status for child in noun.children if child.dep_ in ("acl", "relcl")
                 and (status := past_count_status(child)) is not None), None)


def verb_status(doc, quantity) -> str | None:
    """The status the verb of a counted phrase states, in the past and plain ("Ten of the tanks
    have arrived": ARRIVED; "Poland has delivered 14 tanks": ARRIVED; "destroyed four tanks":
    DESTROYED), else None."""
    number, noun = quantity_tokens(doc, quantity)
    for token in (number, noun):
        status = past_count_status(own_verb(token)) if token is not None else None
        if status is not None:
            return status
    return None


def own_count_status(doc, quantity) -> str | None:
    """The status a counted phrase's own verb states (``verb_status``), or in a headline, where the
    present tells what happened ("12 jets arrive in Ankara"), the status of its plain present verb."""
    status = verb_status(doc, quantity)
    if status is not None:
        return status
    number, noun = quantity_tokens(doc, quantity)
    if number is None or not events.is_in_headline(number):
        return None
    for token in (number, noun):
        verb = own_verb(token)
        if verb is not None and verb.tag_ in ("VBZ", "VBP") and plain_verb(verb):
            return count_verb_status().get(verb.lemma_.lower())
    return None


# what a count of a plain noun in a sentence naming no system may state of the story's system: an
# arrival ("Ten of the tanks have arrived"), a use ("the guard said it launched 12 missiles") or a loss
# ("Ukraine's air defence shot down 23 drones"); a loss only where a named party, or no agent, does
# the destroying (``loss_by_a_named_party``)
STORY_COUNT_STATUSES = ("ARRIVED", "USED", "DESTROYED")
NAMED_PARTIES = ("GPE", "NORP", "ORG")


def loss_by_a_named_party(doc, quantity) -> bool:
    """A count destroyed with no agent ("four jets were shot down") or by an agent that names a
    party ("Ukraine shot down", "Ukraine's air defence downed"): a loss of the system spoken of. An
    agent that names none ("Crews destroyed four tanks", "Their crews", "they") may be the system's
    own side, so the counted things may be the other side's."""
    _, noun = quantity_tokens(doc, quantity)
    verb = own_verb(noun) if noun is not None else None
    agents = [child for child in verb.children if child.dep_ == "nsubj"] if verb is not None else []
    return all(any(token.ent_type_ in NAMED_PARTIES for token in agent.subtree) for agent in agents)


def names_untracked_system(noun) -> bool:
    """A counted noun whose modifier is a name the subject list does not hold ("20 Dingo vehicles",
    "12 ZU-23 guns"): a proper noun or a designation with a digit, not a nationality ("Polish
    vehicles"). The tagger may take such a name for a place, so a place's name counts as one too
    ("20 US launchers" is not read as the story's launchers either)."""
    return any(child.i < noun.i and child.dep_ in ("compound", "amod", "nmod")
               and (child.pos_ == "PROPN" or any(character.isdigit() for character in child.text))
               and child.ent_type_ != "NORP" for child in noun.children)


def story_subject(extraction: Extraction, sentences: Sentences, finder: SubjectFinder, doc, quantity) -> str | None:
    """The system a count of a plain noun is of when its sentence names none ("Ten of 31 promised
    tanks have arrived" in an Abrams story): the one subject of the document whose kind counts in
    that unit (tanks for a tank), named in the headline, the lead or the sentence before; only for
    a delivery the count's own verb states in the past, and not for a noun of another party ("four
    Russian tanks"). A sentence that names its system only by a pronoun ("it said ten tanks have
    arrived") names none."""
    sentence = sentences.around(quantity.span)
    status = own_count_status(doc, quantity) if doc is not None else None
    if (finder.subjects_in(sentence, named_only=True) or status not in STORY_COUNT_STATUSES
            or (status == "DESTROYED" and not loss_by_a_named_party(doc, quantity))):
        return None
    _, noun = quantity_tokens(doc, quantity)
    if noun is None or any(child.dep_ == "amod" and child.ent_type_ in ("NORP", "GPE") for child in noun.children):
        return None
    if names_untracked_system(noun):
        return None   # "20 Dingo vehicles" in a Marder story: a system the list does not hold
    # a delivery may count the noun the story names its system with ("18 launchers" after "HIMARS
    # launchers"); a use or a loss may be the other side's ("Russia fired 40 missiles" after "Patriot missiles")
    subject = unit_subject(extraction, quantity.unit, doc=doc if status == "ARRIVED" else None)
    if subject is None:
        return None
    mentions = [mention for mention in extraction.subjects if mention.subject == subject]
    index = sentences.index(quantity.span[0])
    before = sentences.spans[index - 1] if index else None
    if (named_up_front(extraction, sentences, mentions)
            or (before is not None and any(before[0] <= mention.span[0] < before[1] for mention in mentions))):
        return subject
    return None


def count_subject(extraction: Extraction, sentences: Sentences, finder: SubjectFinder, doc, quantity,
                  counted: bool) -> tuple[str | None, str | None]:
    """The subject a number is of and how it was found, in one order: the one system the counted
    phrase names ("about 60 Leopard tanks and 12 UK-made Challenger tanks": each its own), the
    quantity's own subject, the subject at its span (how None); for a count of a plain noun, else
    the one subject named earlier in its unit ("six of the jets": "anaphor"), else the story's one
    subject of that unit ("Ten of 31 promised tanks have arrived": "story")."""
    if not counted and doc is not None:
        # "can carry cruise missiles with a 3,410-mile range": the measure is the object's
        number = doc.char_span(quantity.span[0], quantity.span[1], alignment_mode="expand")
        measured = measured_subject(doc, number[0], quantity.unit) if number is not None and len(number) else None
        if measured is not None:
            return measured or None, None
    subject = phrase_subject(finder, quantity.span) if counted else None
    if subject is None and counted:
        # "shot down five of the missiles" after "fired ATACMS missiles", "The jets, ten in total,
        # arrived": the definite plural points back, even where a claim of that subject is read at
        # the number's span or the quantity extractor already took the subject it points to
        anaphor = anaphoric_subject(extraction, quantity)
        if anaphor is not None and quantity.subject in (None, anaphor):
            return anaphor, "anaphor"
    if subject is None and counted and not finder.subjects_in(sentences.around(quantity.span), named_only=True):
        # a sentence that names no system, only pronouns ("it had shot down five jets", where "it"
        # is the air force), or a headline the parser ran into the lead ("12 jets arrive in Ankara"):
        # the story's system of that unit, before what a pronoun or the lead is taken for
        story = story_subject(extraction, sentences, finder, doc, quantity)
        if story is not None:
            return story, "story"
    subject = subject or quantity.subject or finder.subject_at(quantity.span)
    if subject is not None or not counted:
        return subject, None
    subject = story_subject(extraction, sentences, finder, doc, quantity)
    return subject, "story" if subject is not None else None


def measured_quantities(extraction: Extraction, sentences: Sentences, finder: SubjectFinder,
                        losses=(), verb_statuses=None, doc=None, report_dated=frozenset()) -> list[SubjectFact]:
    """Numbers of a subject, each with its interval, bound, scope and event context; ``losses``:
    the document's reached DESTROYED claims, the context of a count with no event;
    ``report_dated``: the spans of events dated by their report's day (``event_context``);
    ``verb_statuses``: the status the verb of a bare number states (``count_verb_statuses``)."""
    text, out = extraction.document.text, []
    noun_statuses = noun_verb_statuses(doc) if doc is not None else {}
    noun_numbers = sorted(noun_statuses)   # the numbers' offsets, for the first inside each quantity
    for quantity in extraction.quantities:
        counted = is_counted(quantity.unit)
        subject, found_by = count_subject(extraction, sentences, finder, doc, quantity, counted)
        if subject is None:
            continue
        if counted and len(finder.subjects_in(quantity.span, named_only=True)) > 1:
            continue   # "about 200 Mirage and Rafale aircraft": a count of two systems together is of neither
        anaphoric, in_story = found_by == "anaphor", found_by == "story"
        sentence = sentences.around(quantity.span)
        if RANGE_AFTER.match(text, quantity.span[1]) and not quantity.text[-1:].isalpha():
            continue   # "100" of "100 to 150 fighters": the high end carries the range
        elided = counted and is_elided(quantity)
        if (counted and not elided and not anaphoric and not in_story
                and not names_subject(finder, subject, quantity.span)
                and not clause_names_subject(doc, finder, extraction, subject, quantity)
                and not sentence_batch(extraction, quantity, subject)):
            continue
        measure = None if counted else measure_of(text, sentence, quantity.span)
        qualifier = qualifier_of(text, quantity, doc)
        low, high = quantity_interval(quantity.value, qualifier, counted=counted)
        start = range_start(text, sentence, quantity)
        inside = range_inside(quantity.text, bool(BETWEEN_BEFORE.search(text[max(0, quantity.span[0] - 12):quantity.span[0]])))
        if start is not None and start < quantity.value:
            qualifier, low, high = "range", start, quantity.value
        elif inside is not None:
            (start, end), value = inside, quantity.value
            qualifier, low, high = "range", start, end
            quantity = dataclasses.replace(quantity, value=end)
        # the status counted, in one order: an elided count's own verb; a story count's own verb; the
        # subject's event nearest in the sentence (else a loss); else the counted noun's own verb
        if elided:   # its own verb says what it counts: "just three appear" beside "would send 14" counts nothing
            status, date = (verb_statuses or {}).get(quantity.span[0]), None
        elif counted and doc is not None and stated_part(doc, quantity):
            # "debris from 21 of around 50 missiles launched": the part is what its own verb did to
            # it (examined), not the whole's launch; with no status of its own it counts nothing
            status, date = verb_status(doc, quantity), None
            if status is None:
                continue
        elif in_story:   # the sentence names no system: only its own verb says what it counts
            status, date = own_count_status(doc, quantity), None
        else:
            status, date = (event_context(extraction, sentence, subject, quantity.span, losses, report_dated)
                            if counted else (None, None))
            if status == "USED" and doc is not None and verb_status(doc, quantity) == "DESTROYED":
                status, date = "DESTROYED", None   # "intercepted nine Kalibr missiles": the use the
                # extractor reads of what was downed is not what the number counts; the loss is
        if counted and not elided and status is None:   # no event of the subject here: the counted noun's own verb
            at = bisect_left(noun_numbers, quantity.span[0])
            if at < len(noun_numbers) and noun_numbers[at] < quantity.span[1]:
                status = noun_statuses[noun_numbers[at]]
        if status == "DESTROYED" and date is None:   # a count of losses is of the day its sentence gives them
            date = loss_date(extraction, text, tuple(quantity.span), sentence)
        scope = scope_of(text, sentence, quantity) if counted else None
        if scope == TOTAL_SCOPE and doc is not None and stated_part(doc, quantity):
            scope = None   # "two of the eight total missiles": the "total" is the whole's, not the part's
        if counted and scope is None and doc is not None:
            if partitive_whole(doc, quantity) or completed_whole(doc, quantity):
                scope = TOTAL_SCOPE   # the 31 of "Ten of 31 promised tanks": the whole a part is counted of;
                # the 13 of "completes delivery of 13 jets": the whole, now all delivered
            elif holding_count(doc, quantity):
                scope = HOLDING_SCOPE
                status = None   # what a holder has now is compared with holdings only, not with deliveries
            elif first_batch_subject(doc, quantity):
                scope = FIRST_SCOPE
        if scope == TOTAL_SCOPE and doc is not None and partitive_whole(doc, quantity):
            # the whole is what its own words say it is, not what the part's verb did: "two of the
            # eight missiles fired were shot down" (the eight were fired), "12 of the 31 promised
            # tanks have arrived" (the 31 did not all arrive)
            status = modifier_status(doc, quantity)
        value = f"{quantity.value:,.0f}" if float(quantity.value).is_integer() else f"{quantity.value:,}"
        shown = f"{start:,.0f} to {value}" if qualifier == "range" else f"{qualifier + ' ' if qualifier else ''}{value}"
        out.append(SubjectFact(extraction.document.id, tuple(quantity.span), subject,
                               f"quantity:{quantity.unit.casefold()}:{measure or ''}",
                               value=f"{shown} {unit_as_counted(quantity.unit, quantity.value, qualifier)}",
                               low=low, high=None if math.isinf(high) else high,
                               text=quantity.text,
                               qualifier=qualifier, scope=scope, status=status, date=date))
    return out


# "the second confirmed F-16 loss": an ordinal of losses counts them (the first is a first
# loss, dated by the date kind); the loss noun is the one statuses.json names for DESTROYED
ORDINAL_COUNTS = {word: number for word, number in lexicon().timex["ordinal_words"].items()
                  if number > 1 and " " not in word}
LOSS_NOUN = next(status.first_noun for status in lexicon().statuses if status.name == "DESTROYED")


def ordinal_loss_counts(doc, extraction: Extraction, sentences: Sentences, finder: SubjectFinder,
                        losses) -> list[SubjectFact]:
    """"This is Ukraine's second confirmed F-16 loss", "the third F-16 that Ukraine has lost":
    the ordinal of a loss is the running total of the subject's losses on the day of that loss,
    compared by the number kind as "has lost three F-16 so far" is; "the second batch of F-16"
    and "a second F-16 squadron" count no loss."""
    if doc is None:
        return []
    text, out = extraction.document.text, []
    for i in lower_positions(doc, frozenset(ORDINAL_COUNTS)):
        ordinal = doc[i]
        noun = ordinal_noun(ordinal)
        if noun is None:
            continue
        verb = lost_participle(noun)
        if noun.lemma_.lower() != LOSS_NOUN and verb is None:
            continue
        span = (ordinal.idx, noun.idx + len(noun.text))
        sentence = sentences.around(span)
        subject = ordinal_loss_subject(finder, noun, sentence, losses)
        unit = kind_unit(next((mention.kind for mention in extraction.subjects if mention.subject == subject), None))
        if subject is None or unit is None:
            continue
        date = ordinal_loss_date(extraction, text, verb, sentence, subject, losses)
        number = ORDINAL_COUNTS[ordinal.lower_]
        out.append(SubjectFact(extraction.document.id, span, subject, f"quantity:{unit}:", value=f"{number} {unit}",
                               low=number, high=number, text=text[span[0]:span[1]], scope=TOTAL_SCOPE,
                               status="DESTROYED", date=date))
    return out


def ordinal_noun(ordinal):
    """The noun an ordinal ranks, through the modifiers between them ("the second confirmed
    loss", which the parser may hang on "confirmed"); a name may be tagged as a number."""
    if ordinal.dep_ not in ("amod", "advmod"):
        return None
    noun = ordinal.head
    while noun.dep_ in ("amod", "advmod") and noun.pos_ in ("ADJ", "VERB", "ADV") and noun.head.i > noun.i:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN", "NUM") and noun.i > ordinal.i else None


def is_loss_verb(verb) -> bool:
    words = verb.doc[verb.i:verb.i + 2].text if verb.lower_ in ("shot", "knocked") else verb.text
    return verb.pos_ == "VERB" and patterns()["loss_verb"].fullmatch(words) is not None


def lost_participle(noun):
    """The verb of loss that names the noun's system as lost: "the fourth Leopard tank destroyed
    this month", "lost its second F-16", "the third Su-25 was shot down"."""
    if noun.dep_ in ("dobj", "nsubjpass") and is_loss_verb(noun.head):
        return noun.head
    return next((clause for clause in noun.children if clause.dep_ in ("acl", "relcl") and is_loss_verb(clause)), None)


def ordinal_loss_subject(finder: SubjectFinder, noun, sentence, losses) -> str | None:
    """The system the ordinal counts: one named in its noun phrase ("F-16 loss"), else the one
    subject of the sentence's losses ("shot down a jet ... the second loss")."""
    named = finder.subjects_in((noun.left_edge.idx, noun.idx + len(noun.text)), named_only=True)
    if named:
        return named[0]
    lost = {claim.subject for claim in losses if claim.sentence_span == sentence}
    return lost.pop() if len(lost) == 1 else None


def ordinal_loss_date(extraction: Extraction, text: str, verb, sentence, subject: str, losses) -> str | None:
    """The day of the loss the ordinal counts: after its own verb, else the date of the
    subject's loss in the sentence."""
    if verb is not None:
        return loss_date(extraction, text, (verb.idx, verb.idx + len(verb.text)), sentence)
    return next((claim.date for claim in losses if claim.sentence_span == sentence
                 and claim.subject == subject and claim.date), None)


def deal_value_facts(doc, extraction: Extraction, finder: SubjectFinder, sole: str | None,
                     counted: list[SubjectFact]) -> list[SubjectFact]:
    """The value of a deal for a system ("a $700 million contract for 29 Tor-M2 launchers"): a
    count of the order in its currency, PLANNED as the order is (``extract/deal_values.py``);
    ``counted``: the facts already read, whose spans are left alone."""
    text, out = extraction.document.text, []
    taken = {fact.span for fact in counted}
    for quantity, subject in priced_quantities(doc, extraction, finder, sole, taken):
        qualifier = qualifier_of(text, quantity, doc)
        low, high = quantity_interval(quantity.value, qualifier, counted=True)
        value = f"{quantity.value:,.0f}" if float(quantity.value).is_integer() else f"{quantity.value:,}"
        out.append(SubjectFact(extraction.document.id, tuple(quantity.span), subject,
                               f"quantity:{quantity.unit.casefold()}:",
                               value=f"{qualifier + ' ' if qualifier else ''}{value} {quantity.unit}",
                               low=low, high=None if math.isinf(high) else high, text=quantity.text,
                               qualifier=qualifier, status="PLANNED"))
    return out


def announcement_lags(extraction: Extraction, sentences: Sentences) -> list[SubjectFact]:
    """Sentences that say how long before the report a status was announced."""
    text, out = extraction.document.text, []
    arrived = lexicon().status_rank["ARRIVED"]
    events = [event for event in extraction.events if lexicon().status_rank.get(event.status, -1) >= arrived]
    lags = lexicon().lags
    for pattern, table, group in ((patterns()["lag_after"], lags["after_units"], "unit"),
                                  (patterns()["lag_recent"], lags["recent_words"], "when")):
        for match in gated_finditer(pattern, text):
            sentence = sentences.around(match.span())
            about = [event.subject for event in events
                     if sentence[0] <= event.span[0] < sentence[1] or event.span[0] <= sentence[0] < event.span[1]]
            if about:
                low, high = table[match.group(group).lower()]
                out.append(SubjectFact(extraction.document.id, sentence, about[0], "announcement_lag",
                                       value=match.group(0), low=low, high=high, text=match.group(0)))
    return out


# ----- all of them ----------------------------------------------------------------------

def anchor_starts(extraction: Extraction, references: list[SubjectReference]) -> list[int]:
    spans = [item.span for kind in ("entities", "subjects", "timexes", "quantities", "quotes")
             for item in getattr(extraction, kind)]
    return sorted([span[0] for span in spans] + [ref.span[0] for ref in references if not ref.anaphor])


def sentence_records(extraction: Extraction, sentences: Sentences, anchors: list[int]) -> list[Sentence]:
    """Each sentence with its filler flag; ``anchors`` are sorted (``anchor_starts``)."""
    out = []
    for start, end in sentences.spans:
        text = sentences.slice((start, end))
        inside = [anchor - start for anchor in anchors[bisect_left(anchors, start):bisect_left(anchors, end)]]
        filler = is_filler(text, anchored=bool(inside)) or is_framed_filler(text, inside)
        out.append(Sentence(extraction.document.id, (start, end), filler=filler))
    return out


def mark_counted_further_units(claims: list[StatusClaim], facts: list[SubjectFact]) -> None:
    """A status told in a sentence that counts the subject's units as a further batch ("Two more
    jets arrived on Friday") is of another unit, whatever the counted noun."""
    further = [(fact.subject, fact.span[0]) for fact in facts if fact.scope == INCREMENT_SCOPE]
    for claim in claims:
        span = claim.sentence_span or claim.span
        if not claim.another_unit and any(subject == claim.subject and span[0] <= start < span[1]
                                          for subject, start in further):
            claim.another_unit = True


@functools.cache
def another_unit_pattern(lang: str | None) -> re.Pattern:
    """The further-unit cue of a language: English from cues.json, others from their event
    table (``lexicon/<lang>/events.json``, "another_unit"), English when a language has none."""
    if lang and lang != "en":
        try:
            return re.compile(language_table(lang, "events")["another_unit"], re.IGNORECASE)
        except (LexiconError, KeyError):
            pass
    return patterns()["another_unit"]


def told_loss_claims(doc, extraction: Extraction, sentences: Sentences, finder: SubjectFinder,
                     claims: list[StatusClaim]) -> list[StatusClaim]:
    """Losses told as a noun or a gerund, and losses (or denied ones) of a noun pointing back to
    the systems named before (``extract/told_losses.py``), read with this module's place, date and
    modality of a loss."""
    text = extraction.document.text

    def modality_of(sentence, at):
        return claim_modality(extraction, sentences.slice(sentence), at)

    def date_of(verb, sentence):
        return loss_date(extraction, text, verb, sentence)

    def place_of(after, sentence):
        return loss_place(extraction, text, after, sentence) or known_loss_place(text, after, sentence)

    told = told_losses(doc, extraction, finder, claims, place_of, date_of, modality_of)
    return told + pointed_losses(doc, extraction, sentences, finder, claims + told, modality_of)


def dated_noun_claims(doc, extraction: Extraction, sentences: Sentences, finder: SubjectFinder,
                      claims: list[StatusClaim]) -> list[StatusClaim]:
    """Deliveries named as a noun a year modifies ("the 2023 delivery of the launchers",
    ``extract/dated_deliveries.py``), read with this module's modality of a claim."""
    def modality_of(sentence, at):
        return claim_modality(extraction, sentences.slice(sentence), at)

    return dated_delivery_claims(doc, extraction, finder, claims, modality_of)


def subjects_of_further_units(claims: list[StatusClaim], further: list[tuple[int, int]]) -> set[str]:
    """The subjects a text's further units belong to: those of the claims in the sentences that
    name one ("the remaining 48 missiles" in a sentence of ATACMS deliveries), so a further
    batch of missiles leaves the rocket launchers of the same report alone. Empty when some
    such sentence holds no claim: its further unit may then be of any subject."""
    subjects: set[str] = set()
    for start, end in further:
        around = {claim.subject for claim in claims
                  if (span := claim.sentence_span or claim.span)[0] <= start and end <= span[1]}
        if not around:
            return set()
        subjects |= around
    return subjects


def add_link_records(extraction: Extraction, sentence_spans: list[tuple[int, int]] | None = None,
                     doc=None) -> Extraction:
    """Fill an extraction's sentences, references, status claims, person roles and subject facts.

    extraction (Extraction): the document with the components' records.
    sentence_spans (list | None): the parser's sentences; None splits by punctuation.
    doc (Doc | None): the parsed text, when there is one: denials and refusals are then read by
        what their verb governs, and a count whose noun is left out by its verb.
    RETURNS (Extraction): the same object, filled.
    """
    text = extraction.document.text
    sentences = Sentences(text, sentence_spans if sentence_spans is not None else split_sentences(text))
    references = subject_references(extraction, sentences, doc)
    finder = SubjectFinder(references, sentences)
    claims = (reached_claims(extraction, sentences) + pending_claims(extraction, sentences, finder, doc)
              + presupposed_claims(extraction, sentences, finder) + denied_claims(extraction, sentences, finder, doc)
              + loss_claims(extraction, sentences, finder) + weapon_use_claims(doc, extraction, finder)
              + shipment_contents_claims(extraction, sentences, finder)
              + identified_use_claims(extraction, sentences, finder))
    claims += kind_noun_losses(doc, extraction, sole_subject(extraction, sentences), claims)
    claims += class_loss_denials(doc, extraction, references)   # "not a single Pakistani aircraft was lost"
    claims += named_loss_denials(doc, extraction, references, claims)   # "the Su-34 jets were intact"
    claims += absence_claims(doc, extraction, references, claims)   # "there are no HQ-9 missiles on the island"
    claims += cue_denials(extraction, claims)   # "the government denied the reports", the status elsewhere in it
    denied_losses = {(claim.sentence_span, claim.subject) for claim in claims
                     if claim.status == "DESTROYED" and claim.kind == "denied"}
    claims += [claim for claim in lesser_harm_denials(extraction, sentences, finder)
               if (claim.sentence_span, claim.subject) not in denied_losses]   # "only damaged, not destroyed": one
    claims += told_loss_claims(doc, extraction, sentences, finder, claims)   # "claimed the downing of a Su-30"
    claims += dated_noun_claims(doc, extraction, sentences, finder, claims)   # "the 2023 delivery of the launchers"
    claims += debut_claims(extraction, sentences, finder, claims)   # "made its combat debut on Tuesday"
    further = [match.span() for match in gated_finditer(another_unit_pattern(extraction.document.lang), text)]
    if further:
        # a text that reports a further unit ("a second battery") may call it "the battery" anywhere,
        # except where a sentence names the first ("the first squadron ... arrived in December")
        first = patterns()["first_unit"] if extraction.document.lang in (None, "en") else None
        further_subjects = subjects_of_further_units(claims, further)
        for claim in claims:
            span = claim.sentence_span or claim.span
            claim.another_unit = (not further_subjects or claim.subject in further_subjects) and not (
                first is not None and first.search(text, span[0], span[1])
                and not another_unit_pattern("en").search(text, span[0], span[1]))
    extraction.references = references
    extraction.sentences = sentence_records(extraction, sentences, anchor_starts(extraction, references))
    extraction.status_claims = sorted(claims, key=lambda claim: (claim.span, claim.kind, claim.status))
    extraction.person_roles = person_roles(extraction)
    extraction.subject_facts = (range_classes(extraction, sentences, finder)
                                + measured_quantities(extraction, sentences, finder,
                                                      [claim for claim in claims if claim.status == "DESTROYED"
                                                       and claim.kind == "reached"],
                                                      count_verb_statuses(doc) if doc is not None else {}, doc,
                                                      frozenset(claim.span for claim in claims if claim.kind == "reached"
                                                                and claim.date_role == "report"))
                                + announcement_lags(extraction, sentences))
    extraction.subject_facts += ordinal_loss_counts(doc, extraction, sentences, finder,
                                                    [claim for claim in claims if claim.status == "DESTROYED"
                                                     and claim.kind == "reached"])
    extraction.subject_facts += deal_value_facts(doc, extraction, finder, sole_subject(extraction, sentences),
                                                 extraction.subject_facts)
    mark_counted_further_units(claims, extraction.subject_facts)
    fill_donors(extraction, claims, extraction.subject_facts, doc)
    extraction.subject_facts += loss_agents(extraction, claims, doc) + loss_holders(extraction, claims, doc)
    extraction.incidents = incidents(doc, extraction, references)
    return extraction
