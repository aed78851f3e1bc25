"""Losses the verb frames of ``link_records.loss_claims`` do not read, from the parse (English).

A loss is often told rather than done in its sentence: as a noun a verb of telling or showing
takes ("claimed the downing of a Russian Ka-52", "announced the destruction of a radar"), or as a
gerund under a verb that shows ("a video shows soldiers shooting down a Su-25"). And a denial often
names no system but points back to the one named before ("The equipment was not destroyed", "the
jets were only damaged"). Each gives a status claim DESTROYED: reached for a loss told, denied for
a loss said not to be or to be a lesser harm. Words: the loss cues' ``told_loss_nouns``,
``told_loss_gerunds``, ``pointed_loss_nouns``, the loss agents' ``kind_nouns``; the telling and
showing verbs of ``speech_verbs.json``."""
from __future__ import annotations

import functools
import re

from claimledger.extract.token_filters import lower_positions
from claimledger.lexicon import lexicon
from claimledger.schema import StatusClaim


@functools.cache
def telling_lemmas() -> frozenset[str]:
    """Verbs that tell or show a loss they take as a noun ("claimed the downing of")."""
    verbs = lexicon().speech_verbs
    return frozenset(verbs["reporting_events"] + verbs["evidence"] + verbs["publishing"])


@functools.cache
def showing_lemmas() -> frozenset[str]:
    """Verbs that show a loss as a gerund ("footage shows a drone destroying")."""
    verbs = lexicon().speech_verbs
    return frozenset(verbs["evidence"] + verbs["publishing"])


@functools.cache
def limiting_words() -> re.Pattern:
    return re.compile(lexicon().cues["loss"]["limiting_before_verb"], re.IGNORECASE)


def is_plain(verb) -> bool:
    """Not negated, not under a modal."""
    return not any(child.dep_ == "neg" or (child.dep_ == "aux" and child.tag_ == "MD") for child in verb.children)


def subtree_span(token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def refs_inside(references, span) -> list:
    return [ref for ref in references if span[0] <= ref.span[0] and ref.span[1] <= span[1]]


def told_object(noun):
    """The object a loss noun stands in for: itself, or the word it is set beside ("announced a
    first: the downing of", "claimed a success, the destruction of"), which the verb takes."""
    return noun.head if noun.dep_ == "appos" and noun.head.i < noun.i else noun


def told_noun_objects(noun) -> list:
    """The "of" phrase of a loss noun a plain verb of telling or showing takes as its object
    ("claimed the downing of a Su-30"), or as the word its object is set beside ("announced a
    first: the downing of a Su-30"), else nothing."""
    taken = told_object(noun)
    verb = taken.head
    if noun.pos_ != "NOUN" or taken.dep_ != "dobj" or verb.lemma_.lower() not in telling_lemmas() or not is_plain(verb):
        return []
    if any(child.dep_ == "det" and child.lower_ == "no" for child in noun.children):
        return []
    return [obj for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj"]


def shown_gerund_objects(gerund) -> list:
    """The object of a gerund of loss a plain verb that shows takes, directly or through the
    doer it shows ("shows its soldiers shooting down a Su-25", "purports to show a drone
    destroying a radar"), else nothing."""
    if gerund.tag_ != "VBG" or not is_plain(gerund):
        return []
    if gerund.lower_ == "shooting" and not any(child.lower_ == "down" for child in gerund.children):
        return []
    head = gerund.head.head if gerund.dep_ == "acl" else gerund.head
    if gerund.dep_ not in ("acl", "ccomp", "xcomp", "dobj", "oprd") or head.lemma_.lower() not in showing_lemmas():
        return []
    if not is_plain(head):
        return []
    return [child for child in gerund.children if child.dep_ == "dobj"]


def told_losses(doc, extraction, finder, claims, place_of, date_of, modality_of) -> list[StatusClaim]:
    """A reached loss of each system a told loss names, where its sentence holds none yet.
    ``place_of``, ``date_of`` and ``modality_of`` read a loss's place, date and modality as the
    verb frames do (``link_records``)."""
    if doc is None or (extraction.document.lang or "en") != "en" or not finder.references:
        return []
    loss = lexicon().cues["loss"]
    taken = {(claim.sentence_span, claim.subject) for claim in claims if claim.status == "DESTROYED"}
    out = []
    found = [(doc[i], told_noun_objects(doc[i])) for i in lower_positions(doc, frozenset(loss["told_loss_nouns"]))]
    found += [(doc[i], shown_gerund_objects(doc[i])) for i in lower_positions(doc, frozenset(loss["told_loss_gerunds"]))]
    for word, objects in found:
        sentence = (word.sent.start_char, word.sent.end_char)
        for ref in (ref for obj in objects for ref in refs_inside(finder.references, subtree_span(obj))):
            if (sentence, ref.subject) in taken:
                continue
            taken.add((sentence, ref.subject))
            verb = (word.idx, word.idx + len(word))
            modality, source = modality_of(sentence, word.idx)
            date = date_of(verb, sentence)
            out.append(StatusClaim(extraction.document.id, (word.idx, ref.span[1]), ref.subject, "DESTROYED",
                                   kind="reached", modality=modality, source=source, sentence_span=sentence,
                                   date=date, date_role="onset" if date else None,
                                   location=place_of(ref.span[1], sentence)))
    return out


def loss_reading(verb) -> str | None:
    """What a verb of loss or harm says of its subject: "reached" (destroyed, shot down, lost),
    "denied" (negated, or a harm short of a loss: "only damaged"), or None (a plain harm, a
    plan)."""
    lemma, lemmas = verb.lemma_.lower(), lexicon().cues["loss"]["reading_lemmas"]
    lost = lemma in lemmas["lost"] and (lemma != "shoot" or any(child.lower_ == "down" for child in verb.children))
    harmed = lemma in lemmas["harmed"]
    negated = any(child.dep_ == "neg" for child in verb.children)
    limited = any(child.dep_ == "advmod" and limiting_words().fullmatch(child.lower_) for child in verb.children)
    if (lost or harmed) and (negated or (harmed and limited)):
        return "denied"
    if lost and is_plain(verb):
        return "reached"
    return None


def pointed_subjects(extraction, finder, sentences, sentence, noun_kind: str | None) -> list[str]:
    """The systems a pointing noun stands for: those named in the nearest of the sentences before
    (at most ``pointed_lookback``) that names any, of the noun's kind when it names one."""
    from claimledger.link.kinds.common import subject_kinds

    index = sentences.index(sentence[0])
    if index is None:
        return []
    kinds = subject_kinds()
    for back in range(1, lexicon().cues["loss"]["pointed_lookback"] + 1):
        if index - back < 0:
            break
        named = finder.subjects_in(sentences.spans[index - back], named_only=True)
        if noun_kind is not None:
            named = [subject for subject in named if kinds.get(subject, "").casefold().endswith(noun_kind)]
        if named:
            return named
    return []


def pointed_losses(doc, extraction, sentences, finder, claims, modality_of) -> list[StatusClaim]:
    """A loss, or a denied one, of a definite noun that points back to the systems named before
    ("The equipment was not destroyed", "the jets were only damaged"), in a sentence naming none."""
    if doc is None or (extraction.document.lang or "en") != "en" or not finder.references:
        return []
    loss = lexicon().cues["loss"]
    kind_nouns = loss["agents"]["kind_nouns"]
    nouns = frozenset(loss["pointed_loss_nouns"]) | frozenset(kind_nouns)
    taken = {(claim.sentence_span, claim.subject) for claim in claims if claim.status == "DESTROYED"}
    out = []
    for noun in (doc[i] for i in lower_positions(doc, nouns)):
        if noun.dep_ != "nsubjpass" or not any(child.dep_ == "det" and child.lower_ in ("the", "this", "these")
                                                for child in noun.children):
            continue
        reading = loss_reading(noun.head)
        sentence = (noun.sent.start_char, noun.sent.end_char)
        if reading is None or finder.subjects_in(sentence):
            continue
        for subject in pointed_subjects(extraction, finder, sentences, sentence, kind_nouns.get(noun.lower_)):
            if (sentence, subject) in taken:
                continue
            taken.add((sentence, subject))
            modality, source = ("negated", None) if reading == "denied" else modality_of(sentence, noun.head.idx)
            out.append(StatusClaim(extraction.document.id, sentence, subject, "DESTROYED", kind=reading,
                                   modality=modality, source=source, sentence_span=sentence))
    return out
