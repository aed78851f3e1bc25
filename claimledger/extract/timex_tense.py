"""The direction a sentence's tense gives to a date without a year or week.

"On Friday the minister said ..." points back; "the trial will open on Friday" points
ahead. The verb governing the expression decides, read from the tagger's Penn tags and
the parser's auxiliaries; without a parse, the sentence's own tags decide.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from claimledger.lexicon import lexicon
from claimledger.timex_calendar import Direction

# the plain future of the events lexicon (its future_aux less its conditional_aux, "would")
FUTURE_AUXILIARIES = frozenset(lexicon().events["future_aux"]) - frozenset(lexicon().events["conditional_aux"])
MODAL_AUXILIARIES = frozenset(lexicon().grammar["modal_auxiliaries"])
# verbs whose object takes a participle of the state wanted: "to have the work finished"
OBJECT_PARTICIPLE_VERBS = frozenset(lexicon().timex["object_participle_verbs"])
ATTRIBUTION_OPENERS = frozenset(lexicon().grammar["attribution_openers"])
CONDITIONAL_AUXILIARIES = frozenset(lexicon().events["conditional_aux"])
# Verbs whose object lies ahead whatever their tense, unless simple past
SCHEDULING_VERBS = frozenset(lexicon().timex["scheduling_verbs"])
SCHEDULING_PARTICIPLES = frozenset(
    form for verb in SCHEDULING_VERBS
    for form in (verb + "d" if verb.endswith("e") else verb + "ed", verb + verb[-1] + "ed"))
# adjectives that put a noun's day ahead of the report ("the upcoming Sunday's drills")
FORWARD_ADJECTIVES = frozenset(lexicon().timex["forward_adjectives"])
PERFECT_AUXILIARIES = frozenset(lexicon().grammar["perfect_auxiliaries"])
PAST_TAGS = {"VBD"}
# a participle the tagger may also read as a past tense ("have the work wrapped up")
PARTICIPLE_TAGS = {"VBN", "VBD"}
PRESENT_TAGS = {"VBZ", "VBP"}
VERBAL_POS = {"VERB", "AUX"}
MAX_CLIMB = 12
# "since March", "up from eight in March": a point the text compares the present with
# lies behind it, whatever the tense of the verb
EARLIER_POINT_PREPS = {"since"}
CHANGE_WORDS = frozenset(lexicon().timex["change_words"])
MAX_SIGNAL_CLIMB = 4


def governing_verb(token: Token) -> Token | None:
    """The nearest verb at or above ``token`` in the parse, or None."""
    for _ in range(MAX_CLIMB):
        if token.pos_ in VERBAL_POS and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def plain_apostrophe(word: str) -> str:
    """"they’ve" is tokenised "’ve": the curly clitic reads as the straight one."""
    return word.replace("\u2019", "'")


def verb_direction(verb: Token) -> Direction | None:
    """The direction a verb's own tense gives, or None when it gives none."""
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {plain_apostrophe(child.lower_) for child in auxiliaries}
    tags = {child.tag_ for child in auxiliaries} | {verb.tag_}
    if not words and verb.tag_ in PARTICIPLE_TAGS and completes_an_object(verb):
        return None                  # "to have the work finished by May": the verb above decides
    if words & FUTURE_AUXILIARIES or verb.lower_ in FUTURE_AUXILIARIES:
        return Direction.FUTURE
    if is_scheduling_word(verb) and not tags & PAST_TAGS:
        return Direction.FUTURE      # "a hearing has been scheduled for June 3"
    if verb.tag_ == "VBN" and words & PERFECT_AUXILIARIES:
        return Direction.PAST        # what has (or could have) happened
    if words & MODAL_AUXILIARIES:
        # "would" looks ahead from a past time as often as from the report's ("the minister
        # would not say on Thursday"): the nearest day
        return Direction.PRESENT if words & MODAL_AUXILIARIES <= CONDITIONAL_AUXILIARIES \
            else Direction.FUTURE
    if tags & PAST_TAGS:
        return Direction.PAST
    if "to" in words:
        # An infinitive looks ahead of a present governor ("is to open on Monday"); under a
        # past one ("agreed to sell in October") either side is possible: take the nearest.
        governor = verb.head
        if governor is not verb and (governor.tag_ in PRESENT_TAGS | {"MD", "VB"}):
            return Direction.FUTURE
        if governor is not verb and is_scheduling_word(governor) and is_finite_present(governor):
            # "are set to deploy on Monday", "is scheduled to arrive", "are due to arrive": a
            # finite present schedule (a bare participle, "missiles scheduled to arrive", may
            # be an old plan)
            return Direction.FUTURE
        return Direction.PRESENT
    if verb.tag_ == "VBN" and not words:
        return Direction.PAST        # a participle on its own ("plans announced in January")
    if tags & PRESENT_TAGS or (verb.tag_ == "VBG" and words):
        return Direction.PRESENT
    return None


def completes_an_object(participle: Token) -> bool:
    """Whether a participle tells the state wanted for an object ("to have the bridge
    repaired", "wants the jets delivered"), not a past event of the noun ("plans announced")."""
    head = participle.head
    if participle.dep_ in ("oprd", "ccomp", "xcomp") and head.lemma_ in OBJECT_PARTICIPLE_VERBS:
        return True                  # parsed as the verb's complement clause
    return participle.dep_ == "acl" and head.dep_ == "dobj" \
        and head.head.lemma_ in OBJECT_PARTICIPLE_VERBS


def is_scheduling_word(token: Token) -> bool:
    """A scheduling verb by its lemma or, where the lemmatizer errs ("slated" -> "slat"),
    by its participle; with a particle it is another verb ("set off", "set up")."""
    if any(child.dep_ == "prt" for child in token.children):
        return False
    return token.lemma_ in SCHEDULING_VERBS or token.lower_ in SCHEDULING_PARTICIPLES


def is_finite_present(token: Token) -> bool:
    """Whether a participle or adjective stands in a present-tense clause: "are slated" (its
    auxiliary), "are due" (the copula it complements)."""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS for c in token.children):
        return True
    return token.dep_ == "acomp" and token.head.tag_ in PRESENT_TAGS


def sentence_direction(sentence: Span) -> Direction:
    """A fallback from the sentence's tags: future marker, else past verb, else present."""
    tags = set()
    for token in sentence:
        if token.tag_ == "MD" and token.lower_ in FUTURE_AUXILIARIES:
            return Direction.FUTURE
        tags.add(token.tag_)
    if tags & PAST_TAGS:
        return Direction.PAST
    return Direction.PRESENT


def marks_earlier_point(token: Token) -> bool:
    """Whether ``token`` sits under "since" or under the "from" of a change ("up from")."""
    for _ in range(MAX_SIGNAL_CLIMB):
        if token.head is token:
            return False
        token = token.head
        if token.dep_ == "prep" and token.lower_ in EARLIER_POINT_PREPS:
            return True
        if token.lower_ == "from" and token.head.lemma_.lower() in CHANGE_WORDS:
            return True
        if token.pos_ in VERBAL_POS:
            return False
    return False


def owns_a_planned_event(token: Token) -> bool:
    """Whether a day is the possessor of an event said to be planned or upcoming ("ahead of
    Saturday's planned ceremony"): the event lies ahead, whatever the tense of the verb."""
    if token.dep_ != "poss":
        return False
    modifiers = [child for child in (*token.head.children, *token.children) if child.dep_ == "amod"]
    return any(is_scheduling_word(word) or word.lower_ in FORWARD_ADJECTIVES for word in modifiers)


def direction_at(span: Span, annotations: frozenset[str]) -> Direction:
    """The tense direction for a timex span, from its governing verb or its sentence.

    ``annotations`` names what the Doc carries ("TAG", "DEP", "SENT_START"), found once per
    Doc by the caller because ``Doc.has_annotation`` walks every token.
    """
    doc = span.doc
    if "DEP" in annotations and marks_earlier_point(span.root):
        return Direction.PAST
    if "DEP" in annotations and owns_a_planned_event(span.root):
        return Direction.FUTURE
    if "DEP" in annotations:
        token = span.root
        for _ in range(3):          # a verb without a direction of its own: ask its governor
            verb = governing_verb(token)
            if verb is None:
                break
            if verb.lower_ in ATTRIBUTION_OPENERS:
                # "according to a January statement": the date of a source already
                # heard, not of the event it reports
                return Direction.PAST
            direction = verb_direction(verb)
            if direction is not None:
                return direction
            if verb.head is verb:
                break
            token = verb.head
    if "TAG" in annotations:
        sentence = span.sent if "SENT_START" in annotations else doc[:]
        return sentence_direction(sentence)
    return Direction.PRESENT
