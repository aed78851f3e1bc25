"""Incidents: where a strike, hit, attack or interception struck, when, with what and by whom,
as each sentence tells it, for the link stage's ``incident`` kind (docs/link.md, "Incidents").

One ``Incident`` record per sentence that speaks of a strike: a verb or noun of striking
("hit", "struck", "attack", "shelling"), an interception ("shot down", "intercepted") or a
weapon noun as the subject of a verb ("enemy rockets strayed into Romania"). It holds

- the place struck: a place the strike's clause names (a town before a country; not a "from"
  place, which is where it was launched), or "<country adjective> territory" ("Polish
  territory"); a sentence that names none takes the document's place of the nearest strike
  sentence at most ``inherit_sentences`` before (or, at the start, after) it;
- the thing struck (``target``): the noun a strike verb has as its object, or an attack noun
  has after "on" ("hit an outdoor market", "an attack on a prison");
- the date: the sentence's TIMEX3 date, if any;
- the weapons: tracked subjects the sentence names, except aircraft and ships (platforms) and,
  for an interception, the interceptor;
- the side said to have fired: a passive "by" phrase of a firing or striking verb ("fired by
  Ukraine"), else the country of a striking verb's subject ("Ukraine struck", "the Russian
  Federation's armed forces carried out ... shelling"), else the country adjective of a weapon
  or attack noun ("a Russian S-300 missile", "a Russian rocket attack"); "Russian-made" names
  the maker and gives none; an interception gives none;
- the platforms: aircraft a firing verb has as its subject, or whose relative clause it is
  ("the SU-25 aircraft that fired the missiles", "two jets, an Su-24 and a
  MiG-29, that launched them");
- whether it was intercepted: said shot down (``intercepted`` True), or said not shot down or
  not to be ("cannot shoot down this type", "not one has been downed": False);
- the stance: ``denied`` when a verb of denial or a word of falsity governs the strike ("denied
  carrying out an attack", "Ukraine's attack on the prison is false"), or an accusation noun it
  stands in is rejected ("dismissed claims that ...", "Allegations by Kyiv of a Russian attack
  are a provocation"), ``superseded`` when its sentence withdraws a report ("reported
  erroneously", "a correction to a report that claimed"), ``corrected`` when it gives the
  corrected account ("subsequent reporting showed"), ``hedged`` when told as likely or possible
  ("might have come from a stray interceptor"), ``rejected`` for a sentence that only
  rejects the one before ("Moscow denied it.": the mention before, rejected by its own source),
  else ``asserted``;
- who asserts it (``source``) and the side that source stands for (``source_side``).

Only English with a parse is read. Words: ``incident`` of lexicon/cues.json.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left

from claimledger.extract.donors import PRONOUNS, country_of_text
from claimledger.extract.sourcing import claim_modality
from claimledger.extract.syntax import entity_of, passive_agent
from claimledger.extract.text_cache import doc_text
from claimledger.extract.token_filters import lemma_positions
from claimledger.lexicon import lexicon
from claimledger.schema import Incident

PLACE_LABELS = ("GPE", "LOC", "FAC")
NOT_PLACES = ("PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT")
TOWN, REGION, COUNTRY = 0, 1, 2   # how wide a place struck is: a town (or a site), a region, a country
NESTED = ("advcl", "ccomp", "relcl", "acl", "parataxis")


@functools.cache
def words() -> dict:
    cues = lexicon().cues["incident"]
    out = {key: frozenset(value) for key, value in cues.items() if isinstance(value, list)}
    out["superseded"] = re.compile(cues["superseded"], re.IGNORECASE)
    out["corrected"] = re.compile(cues["corrected"], re.IGNORECASE)
    out["inherit_sentences"] = cues["inherit_sentences"]
    out["source_verbs"] = frozenset(cues["source_verbs"]) | frozenset(lexicon().speech_verbs["quoting"])
    out["institution_sides"] = {key.casefold(): value for key, value in cues["institution_sides"].items()}
    return out


def lemma(token) -> str:
    return token.lemma_.lower()


def is_interception(token) -> bool:
    """An interception verb ("intercepted", "downed", "neutralised"), or a verb that is one with
    "down" ("shot down", "took down", "brought down"); a verb of wider use ("took down the
    names", "neutralised the threat") only with a weapon, an aircraft, a count or a name as
    what it downs."""
    word = lemma(token)
    if not (word in words()["interception_lemmas"] or (
            word in words()["interception_down_verbs"] and any(child.lower_ == "down" for child in token.children))):
        return False
    return word not in words()["interception_checked_verbs"] or downs_a_weapon(token)


def downs_a_weapon(verb) -> bool:
    """Whether what a verb downs (its object, or its passive subject) is a missile, a drone or an
    aircraft: a weapon or aircraft noun ("a missile", "two Shahed drones"), a tracked system or a
    designation ("a Kh-101"), or a bare count ("20 of 25"). People are not intercepted: a
    group's or a person's name ("neutralised Wagner"), its fighters ("40 Wagner fighters") or a
    count of anything else ("40 mercenaries") is no interception."""
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        if child.like_num or child.ent_type_ == "PRODUCT":
            return True
        for word in child.subtree:
            if lemma(word) in words()["weapon_nouns"] or word.ent_type_ == "PRODUCT":
                return True
            if lemma(word) in words()["interception_objects"] and not of_a_group(word):
                return True
        if child.pos_ == "PROPN" and not child.ent_type_ and any(ch.isdigit() for ch in child.text):
            return True
    return False


def of_a_group(noun) -> bool:
    """A noun that is people of a named group or person ("Wagner fighters", "Hamas fighters"):
    a compound or possessive on it that the tagger gives an organisation or a person."""
    return any(child.dep_ in ("compound", "poss", "nmod") and child.ent_type_ in ("ORG", "PERSON")
               for child in noun.children)


STRIKE_WORD_CLASSES = ("verb_lemmas", "noun_lemmas", "weapon_nouns", "cause_lemmas", "falling_nouns",
                       "interception_lemmas", "interception_down_verbs")


@functools.cache
def strike_words() -> frozenset[str]:
    """Every lemma ``strike_tokens`` starts a reading from (an interception verb included)."""
    return frozenset().union(*(words()[name] for name in STRIKE_WORD_CLASSES))


def strike_tokens(sentence, candidates: list[int] | None = None) -> list:
    """The words of a strike in a sentence: striking verbs and nouns, interceptions, and the
    verb a weapon noun is the subject of. ``candidates``: the Doc's tokens with a lemma of
    ``strike_words`` (``lemma_positions``), so that only those are read; every token when None."""
    table, found = words(), []
    doc = sentence.doc
    tokens = sentence if candidates is None else (
        doc[i] for i in candidates[bisect_left(candidates, sentence.start):bisect_left(candidates, sentence.end)])
    for token in tokens:
        pos = token.pos_
        if pos != "VERB" and pos != "NOUN":
            continue   # every reading below starts from a verb or a noun
        word = lemma(token)
        if pos == "VERB" and (word in table["verb_lemmas"] or is_interception(token)):
            found.append(token)
        elif pos == "NOUN" and word in table["noun_lemmas"]:
            found.append(token)
        elif (pos == "NOUN" and word in table["weapon_nouns"] and token.dep_ in ("nsubj", "nsubjpass")
              and token.head.pos_ == "VERB"):
            found.append(token.head)
        elif pos == "VERB" and word in table["cause_lemmas"] and caused_by_strike(token):
            found.append(token)
        elif pos == "NOUN" and word in table["falling_nouns"] and falling_weapon(token):
            found.append(token)   # "damage caused by a falling air-defence interceptor"
    return list(dict.fromkeys(found))


def falling_weapon(noun) -> bool:
    """A noun of falling whose "of" phrase is a weapon ("the fall of a Ukrainian air defence
    missile"; not "the fall of Bakhmut")."""
    return any(child.dep_ == "prep" and child.lower_ == "of" and any(
        obj.dep_ == "pobj" and lemma(obj) in words()["weapon_nouns"] for obj in child.children)
        for child in noun.children)


def caused_by_strike(verb) -> bool:
    """A passive verb of causing whose "by" phrase is a weapon or an attack ("the damage might have come from a stray interceptor", "was likely caused by a Russian strike")."""
    agent = passive_agent(verb)
    return agent is not None and agent.pos_ == "NOUN" and (
        lemma(agent) in words()["weapon_nouns"] or lemma(agent) in words()["noun_lemmas"])


def hedged(token) -> bool:
    """A strike told as a possibility or a likelihood ("may have been done by", "was likely
    caused by", "probably hit"): a hedged reading, still a side."""
    node = token if token.pos_ in ("VERB", "AUX") else clause_of(token)
    return any(child.dep_ in ("aux", "advmod") and child.lower_ in words()["hedge_words"] for child in node.children)


def country_word(token) -> str | None:
    ent = entity_of(token)
    if ent is not None and ent.label_ in ("GPE", "NORP"):
        found = country_of_text(ent.text)
        if found:
            return found
    return country_of_text(token.text) if token.pos_ in ("PROPN", "ADJ", "NOUN") else None


def side_of(noun, depth: int = 0) -> str | None:
    """The country a noun phrase names as a side: the noun itself ("Ukraine"), a country word on
    it ("Russian forces", "Ukraine's military", "a Russian missile") or "of" a country ("the armed
    forces of the Russian Federation", but not "the shelling of Ukraine": the place struck);
    "Russian-made" hangs on "made" and names none."""
    if noun.lower_ in PRONOUNS:
        return None
    found = country_word(noun)
    if found:
        return found
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "poss", "nmod") and child.lower_ not in PRONOUNS:
            if found := country_word(child):
                return found
            if child.dep_ in ("compound", "nmod"):   # "a Russian S-300 missile": "Russian" on "S-300"
                for grand in child.children:
                    if grand.dep_ in ("amod", "compound") and (found := country_word(grand)):
                        return found
        if child.dep_ == "prep" and child.lower_ == "of" and depth == 0 and lemma(noun) not in words()["noun_lemmas"]:
            for obj in child.children:
                if obj.dep_ == "pobj" and (found := side_of(obj, 1)):
                    return found
    return None


def sides_of(tokens) -> list[str]:
    """The sides a sentence's strike words give, the most explicit kind only: a passive "by"
    phrase, then a verb's subject (or the subject of the verb an attack noun is the object of:
    "the armed forces ... carried out shelling", "blamed Russia for the attack"), then a country
    adjective on a weapon or attack noun."""
    ranked: dict[int, list[str]] = {}

    def add(rank, side):
        if side:
            ranked.setdefault(rank, []).append(side)

    for token in tokens:
        add(1, owner_of_weapon(token))   # "the missile that downed the airliner belonged to Russia's army"
        if is_interception(token):
            continue
        if token.pos_ == "VERB":
            agent = passive_agent(token)
            found = side_of(agent) if agent is not None else None
            add(2, found)
            for child in token.children:
                if child.dep_ == "nsubj":
                    add(1, side_of(child))
                elif child.dep_ == "nsubjpass" or (child.dep_ == "dobj" and lemma(token) in words()["firing_lemmas"]):
                    add(0, side_of(child))
            if token.dep_ == "acl" and not found:   # "a Ukrainian missile fired by a Buk launcher"
                add(0, side_of(token.head))
            add(1, blamed(token))   # "accused Moscow of shelling the plant"
            continue
        add(0, side_of(token))
        head = token.head
        if token.dep_ == "dobj" and head.pos_ == "VERB" and lemma(head) in words()["doing_lemmas"]:
            # "carried out shelling", "made a rocket strike" (not "thwarted an attack")
            add(1, next((side_of(child) for child in head.children if child.dep_ == "nsubj"), None))
        if token.dep_ == "nsubjpass" and head.pos_ == "VERB" and lemma(head) in words()["doing_lemmas"]:
            # "the strike was made by Kyiv's troops": the subject of the active voice
            agent = passive_agent(head)
            add(1, side_of(agent) if agent is not None else None)
        add(1, blamed(token))   # "blamed Moscow for the strike", "accused Moscow of responsibility for the strike"
    for token in tokens:   # "a missile fired by X" on any noun of the sentence
        for child in token.subtree:
            if child.dep_ == "acl" and lemma(child) in words()["firing_lemmas"] and (agent := passive_agent(child)):
                add(2, side_of(agent))
    if not ranked:
        return []
    return list(dict.fromkeys(ranked[max(ranked)]))


def owner_of_weapon(token) -> str | None:
    """``owner_side`` of a strike verb, or of an interception of an aircraft: an interceptor that
    stopped a weapon belongs to the side struck, no side of the strike."""
    if token.pos_ != "VERB" or (is_interception(token) and downs_a_weapon(token)):
        return None
    return owner_side(token)


def owner_side(verb) -> str | None:
    """The side a strike verb's weapon is said to belong to: the noun the verb's relative clause
    hangs on ("the rocket that hit the station belonged to Ukraine's army"), or the verb's subject
    with a relative clause of owning ("the drone, which belonged to the Russian army, struck ...").
    An interception of an aircraft is read too (the weapon that downed it fired), not one of a
    weapon (the interceptor's owner is no side of the strike it stopped: the caller's check)."""
    weapon = verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None
    if weapon is not None and weapon.dep_ in ("nsubj", "nsubjpass") and lemma(weapon.head) in words()["owner_lemmas"]:
        return owned_by(weapon.head)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            for clause in child.children:
                if clause.dep_ == "relcl" and lemma(clause) in words()["owner_lemmas"]:
                    return owned_by(clause)
    return None


def owned_by(verb) -> str | None:
    """The country of a verb of owning's "to" phrase ("belonged to the Ukrainian armed forces")."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to":
            return next((side_of(obj) for obj in child.children if obj.dep_ == "pobj"), None)
    return None


def blamed(token) -> str | None:
    """The side a verb of blame names for a strike word one or two phrases below it ("blamed Moscow for the strike", "accused Moscow of responsibility for the strike", "accused Moscow of shelling the plant")."""
    node = token
    for _ in range(2):
        if node.dep_ not in ("pobj", "pcomp") or node.head.dep_ != "prep":
            return None
        node = node.head.head
        if node.pos_ == "VERB" and lemma(node) in words()["blame_lemmas"]:
            return next((side_of(child) for child in node.children if child.dep_ == "dobj"), None)
    return None


def clause_of(token):
    """The verb whose clause a strike word stands in: itself for a verb, else its nearest verb."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def under_from(token, stop) -> bool:
    """Whether a word hangs under a "from" phrase (where a strike was launched from)."""
    while token.i != stop.i and token.head.i != token.i:
        if token.dep_ == "prep" and token.lower_ == "from":
            return True
        token = token.head
    return False


def place_word(word) -> bool:
    """Whether a word stands where a place struck is named: after a preposition of place ("in",
    "into", "near", "over"), also through "the city of", or as the object of a strike verb."""
    if word.dep_ == "dobj":
        return lemma(word.head) in words()["verb_lemmas"]
    if word.dep_ != "pobj":
        return False
    prep = word.head
    while prep.lower_ == "of" and prep.head.dep_ == "pobj":   # "in the area of the village of Krasne"
        prep = prep.head.head
    if prep.lower_ == "of" and prep.head.dep_ == "dobj":   # "struck the centre of the city of Donetsk"
        return lemma(prep.head.head) in words()["verb_lemmas"]
    return prep.lower_ in words()["place_preps"]


def named_settlement(word) -> bool:
    """A name after "the city of", "the settlement of": a place whatever the tagger took it for."""
    return (word.dep_ == "pobj" and word.head.lower_ == "of"
            and lemma(word.head.head) in words()["settlement_nouns"])


def clause_words(token):
    """The words of a strike word's clause, without the clauses nested in it that do not hold
    the strike word ("The attack came as Blinken arrived in Kyiv": not Kyiv)."""
    clause = clause_of(token)
    inside = {word.i for word in token.ancestors} | {token.i}
    out, stack = [], [clause]
    while stack:
        word = stack.pop()
        out.append(word)
        for child in word.children:
            if child.dep_ in NESTED and child.i not in inside:
                continue
            stack.append(child)
    return clause, sorted(out, key=lambda word: word.i)


def places_of(doc, tokens, sides) -> list[tuple[str, str, int]]:
    """(place as written, place key, level) the strike words' clauses name, towns first:
    a place name (or a known town, whatever the tagger took it for, or an untagged name) after
    a preposition of place or on the thing struck ("Kramatorsk railway station"), or "Polish
    territory"; not a place the strike came from."""
    from claimledger.link.identity import country_key, place_key
    from claimledger.link.towns import country_of

    found, side_keys = [], {place_key(side) for side in sides}
    for token in tokens:
        clause, clause_list = clause_words(token)
        for word in clause_list:
            ent = entity_of(word)
            if ent is not None and word.i != ent.root.i:
                continue
            if under_from(word, clause):
                continue
            text = (ent.text if ent is not None else word.text).removeprefix("the ").strip()
            label = ent.label_ if ent is not None else None
            region = word.dep_ == "compound" and lemma(word.head) in words()["region_nouns"]
            if region:   # "the Donetsk region": the region, not the town
                text = f"{text} {word.head.text}" if not text.endswith(word.head.text) else text
            key = place_key(text)
            placed = place_word(word) or (word.dep_ == "compound" and place_word(word.head))
            if label == "NORP":
                if lemma(word.head) not in words()["area_nouns"] or not country_key(text) or not place_word(word.head):
                    continue   # "into Polish territory" is Poland
                key = country_key(text)
            elif label in PLACE_LABELS:
                if not placed:
                    continue
            elif label in NOT_PLACES:
                continue
            elif not (placed and word.pos_ == "PROPN" and word.text[:1].isupper()
                      and (country_of(key) is not None or named_settlement(word) or label is None)):
                continue   # a known town the tagger took for something else ("Kostyantynivka"), an untagged name
            if not key or key in side_keys:
                continue
            level = COUNTRY if country_key(text) is not None or label == "NORP" else REGION if region else TOWN
            found.append((text, key, level))
    found = list(dict.fromkeys(found))
    return sorted(found, key=lambda item: item[2])


def target_of(tokens) -> str | None:
    """The noun a strike verb takes as its object (or landed "on"), a struck noun as a passive
    subject ("a building was hit"), or what an attack noun has after "on"."""
    for token in tokens:
        if is_interception(token) or lemma(token) in words()["cause_lemmas"]:   # "the damage was done by": no target
            continue
        for child in token.children:
            if token.pos_ == "VERB" and child.dep_ == "dobj" and child.pos_ == "NOUN":
                return lemma(child)
            if token.pos_ == "VERB" and child.dep_ == "nsubjpass" and child.pos_ == "NOUN" \
                    and lemma(child) not in words()["weapon_nouns"]:
                return lemma(child)
            if child.dep_ == "prep" and child.lower_ in ("on", "onto", "into") and child.head.i == token.i:
                for obj in child.children:
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN":
                        return lemma(obj)
    return None


def denied(token) -> bool:
    """A verb of denial or a word of falsity governs the strike word (not across a conjoined
    clause: "denied launching a strike and said instead that the other side fired on ...").
    An accusation told as a noun is denied when it is rejected ("dismissed claims that ...") or
    called false or a provocation ("Allegations by Kyiv of a Russian attack are a provocation")."""
    node, claimed = token, False
    for _ in range(8):
        if lemma(node) in words()["denial_lemmas"] or any(child.dep_ == "neg" for child in node.children
                                                           if node.pos_ in ("VERB", "AUX")):
            return True
        falsity = words()["falsity_words"] | (words()["claim_falsity_words"] if claimed else frozenset())
        if any(word.lower_ in falsity for child in node.children if child.dep_ in ("acomp", "attr", "oprd")
               for word in (child, *child.conjuncts)):
            return True
        claimed = claimed or (node is not token and node.pos_ == "NOUN" and lemma(node) in words()["claim_nouns"])
        if node is not token and any(child.dep_ == "det" and child.lower_ == "no" for child in node.children):
            return True   # "has no weapons capable of shooting down"
        if node.dep_ in ("conj", "advcl") or node.head.i == node.i:
            return False   # a conjoined or an adverbial clause ("..., after a missile hit a hotel") is not denied
        node = node.head
    return False


def none_subject(token) -> bool:
    """A verb whose subject says none ("not one has been downed", "none was
    intercepted")."""
    return any(child.dep_ in ("nsubj", "nsubjpass") and any(
        word.dep_ == "neg" or word.lower_ in ("no", "none", "nothing") for word in child.subtree)
        for child in token.children)


def modal(token) -> bool:
    """A strike under a modal ("could hit", "will allow it to hit"): no incident. An interception
    the modal negates ("cannot take down this type") is a claim that it is not intercepted."""
    node = token if token.pos_ in ("VERB", "AUX") else clause_of(token)
    for _ in range(3):
        if any(child.dep_ == "aux" and child.tag_ == "MD" and child.lower_ not in lexicon().cues["hedge_modals"]
               for child in node.children):
            return not (is_interception(token) and any(child.dep_ == "neg" for child in node.children))
        if node.dep_ not in ("xcomp", "relcl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def is_platform(subject: str) -> bool:
    from claimledger.link.kinds.common import subject_kinds

    kind = subject_kinds().get(subject, "").casefold()
    return any(kind.endswith(word) for word in words()["platform_kinds"])


def platform_phrases(tokens):
    """The noun phrases that launched: a firing verb's subject, or the noun its relative clause
    is on (with the nouns in apposition to it), without the clause itself."""
    for token in tokens:
        for verb in [token, *token.subtree]:
            if verb.pos_ != "VERB" or lemma(verb) not in words()["firing_lemmas"]:
                continue
            if verb.dep_ == "relcl":
                yield verb.head, verb
            for child in verb.children:
                if child.dep_ == "nsubj" and child.lower_ not in PRONOUNS:
                    yield child, None


def span_of(token, without=None) -> list[tuple[int, int]]:
    """The character stretches of a phrase, leaving out one clause inside it."""
    skip = {word.i for word in without.subtree} if without is not None else set()
    return [(word.idx, word.idx + len(word)) for word in token.subtree if word.i not in skip]


def named_in(references, stretches) -> list[str]:
    return list(dict.fromkeys(ref.subject for ref in references
                              if any(start <= ref.span[0] < end for start, end in stretches)))


def incidents(doc, extraction, references) -> list[Incident]:
    """The incident mentions of a parsed English document, one per sentence with a strike
    (``references``: the subject references in text order, as ``subject_references`` gives them)."""
    if doc is None or (extraction.document.lang or "en") != "en" or not doc.has_annotation("DEP"):
        return []
    text, out, placed, levels, counted = extraction.document.text, [], [], [], 0
    dates = sorted((timex.span, timex.value) for timex in extraction.timexes
                   if timex.type == "DATE" and timex.value and timex.value[:1].isdigit())
    date_starts, reference_starts = [span[0] for span, _ in dates], [ref.span[0] for ref in references]
    candidates = lemma_positions(doc, strike_words())   # the words a strike is read from, found once
    for sentence in doc.sents:
        if not any(token.is_alpha for token in sentence):
            continue
        counted += 1
        index = counted
        tokens = [token for token in strike_tokens(sentence, candidates) if not modal(token)]
        if not tokens:
            if out and placed[-1] == index - 1 and (rejection := rejecting_verb(sentence)) is not None:
                out.append(rejecting(out[-1], rejection, extraction, (sentence.start_char, sentence.end_char)))
                placed.append(index)
                levels.append(levels[-1])
            continue
        live = [token for token in tokens if not denied(token)]
        # "cannot shoot down this type", "not one has been downed": a claim that it
        # was not intercepted, not a denial of the strike
        unintercepted = [token for token in tokens if is_interception(token) and (denied(token) or none_subject(token))]
        intercepted = (False if unintercepted
                       else True if any(is_interception(token) for token in live) else None)
        struck = [token for token in tokens if token not in unintercepted]
        live = [token for token in live if token not in unintercepted]
        bounds = (sentence.start_char, sentence.end_char)
        first_named = bisect_left(reference_starts, bounds[0])
        named = references[first_named:bisect_left(reference_starts, bounds[1], first_named)]
        platforms = [subject for head, clause in platform_phrases(tokens)
                     for subject in named_in(named, span_of(head, clause)) if is_platform(subject)]
        interceptors = []   # an interception's interceptor (its subject, its "by", "with" or "using") is no weapon
        for token in tokens:
            if is_interception(token):
                for child in token.children:
                    if child.dep_ in ("nsubj", "agent") or (
                            child.dep_ in ("prep", "advcl", "xcomp")
                            and child.lower_ not in ("over", "in", "near", "above", "during")
                            and not (child.dep_ == "advcl" and any(word.dep_ == "mark" for word in child.children))):
                        interceptors += span_of(child)
        intercepting = set(named_in(named, interceptors))
        weapons = [subject for subject in dict.fromkeys(ref.subject for ref in named)
                   if not is_platform(subject) and subject not in intercepting]
        sides = sides_of(live or tokens)
        # a weapon's owner may be the country it struck ("downed over Ukraine ... belonged to
        # Ukraine's forces"): that country stays the place, and the side is then dropped as ever
        owners = {owner for token in live or tokens if (owner := owner_of_weapon(token))}
        places = places_of(doc, tokens, [side for side in sides if side not in owners])
        first = min(tokens, key=lambda token: token.i)
        at = bisect_left(date_starts, bounds[0])
        date = dates[at][1] if at < len(dates) and date_starts[at] < bounds[1] else None
        stance = "asserted"
        sentence_text = text[bounds[0]:bounds[1]]
        if struck and not live:
            stance = "denied"
        elif words()["corrected"].search(sentence_text):
            stance = "corrected"
        elif words()["superseded"].search(sentence_text):
            stance = "superseded"
        elif any(hedged(token) for token in live):
            stance = "hedged"
        modality, source = claim_modality(extraction, sentence_text, first.idx)
        if attributed := attributed_source(first, extraction):   # "Kiev accused Russia of hitting ..."
            source = attributed
        elif source is None:   # a quotation the sourcing component left to the speakers component
            source = quote_speaker(extraction, first.idx)
        record = Incident(extraction.document.id, (first.idx, first.idx + len(first)),
                          place=places[0][0] if places else None, place_key=places[0][1] if places else None,
                          target=target_of(tokens), date=date, weapons="; ".join(weapons) or None,
                          side=sides[0] if len(sides) == 1 else None,
                          platforms="; ".join(dict.fromkeys(platforms)) or None, intercepted=intercepted, stance=stance,
                          modality=modality, source=source, sentence_span=bounds,
                          source_side=source_side(source, extraction))
        out.append(record)
        placed.append(index)
        levels.append(places[0][2] if places else COUNTRY)
    inherit_places(out, placed, levels)
    return [record for record in out if record.place_key]


PLACE_OF_WORK = frozenset(lexicon().grammar["place_of_work_preps"])
REJECTING_LENGTH = 16   # words: a sentence that only rejects is short ("Moscow denied it.")


def rejecting_verb(sentence):
    """The verb of a sentence that only rejects what the sentence before told ("It is a fake",
    "Moscow denied it", "The Kremlin called it a provocation", "'This is a lie,' she said"):
    a verb of denial with no object but a pronoun or a claim noun, or a pronoun or claim noun
    said or called false; None otherwise."""
    if sum(1 for token in sentence if token.is_alpha) > REJECTING_LENGTH:
        return None
    root = sentence.root
    if lemma(root) in lexicon().speech_verbs["speech"] and lemma(root) not in words()["denial_lemmas"]:   # a quoted rejection
        root = next((child for child in root.children if child.dep_ in ("ccomp", "parataxis")), root)

    def referring(token) -> bool:
        return token.lower_ in lexicon().speech_verbs["pointing_back"] or lemma(token) in words()["claim_nouns"]

    objects = [child for child in root.children if child.dep_ in ("dobj", "nsubjpass")]
    if lemma(root) in words()["denial_lemmas"] and not any(child.dep_ in ("ccomp", "xcomp") for child in root.children):
        return root if all(referring(child) for child in objects) else None
    falsity = words()["falsity_words"] | words()["claim_falsity_words"]
    said = [word for child in root.children if child.dep_ in ("attr", "acomp", "oprd", "xcomp")
            for word in (child, *child.children) if word.dep_ in ("attr", "acomp", "oprd", "xcomp", "amod")]
    if not any(lemma(word) in falsity or word.lower_ in falsity for word in said):
        return None
    held = [child for child in root.children if child.dep_ in ("nsubj", "dobj")]
    if lemma(root) == "be":
        held = [child for child in held if child.dep_ == "nsubj"]
    elif lemma(root) in lexicon().speech_verbs["naming"] or lemma(root) == "dismiss":   # "dismissed it as a fake"
        held = [child for child in held if child.dep_ == "dobj"]
    else:
        return None
    return root if held and all(referring(child) for child in held) else None


def rejecting(before: Incident, verb, extraction, bounds) -> Incident:
    """The rejection of the account of the mention before: its place, thing struck, date,
    weapons and side, ``rejected`` by its own source (the sourcing component's, a quotation's
    speaker, else the subject of the verb of denial)."""
    text = extraction.document.text
    modality, source = claim_modality(extraction, text[bounds[0]:bounds[1]], verb.idx)
    if source is None:
        source = quote_speaker(extraction, verb.idx)
    if source is None:
        subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in PRONOUNS | {"it", "this", "that"}:
            source = text[subject.left_edge.idx:subject.idx + len(subject)].removeprefix("the ").removeprefix("The ")
    return Incident(before.doc_id, (verb.idx, verb.idx + len(verb)), place=before.place, place_key=before.place_key,
                    place_inherited=True, target=before.target, date=before.date, weapons=before.weapons,
                    side=before.side, platforms=before.platforms, stance="rejected", modality=modality,
                    source=source, sentence_span=bounds, source_side=source_side(source, extraction))


def sides_in_words(text: str | None) -> set[str]:
    """The countries the words of a source name: the whole ("Moscow", "Ukraine"), a word of it
    ("the Russian defence ministry", "Kyiv's envoy"), an institution of a country ("the
    Kremlin")."""
    if not text:
        return set()
    found = {country} if (country := country_of_text(text)) else set()
    before = ""
    for word in re.findall(r"[A-Za-z\u00C0-\u024F][\w'-]*", text.replace("\u2019", "'")):
        previous, before = before, word.casefold()
        word = re.sub(r"'s?$", "", word)
        if previous in PLACE_OF_WORK:   # "the UN mission in Ukraine": where it works, not whose
            continue
        if word[:1].isupper() and (country := country_of_text(word) or words()["institution_sides"].get(word.casefold())):
            found.add(country)
    return found


def source_side(source: str | None, extraction) -> str | None:
    """The one country a mention's source stands for: the countries of its own words, else the
    nation or office the text gives the person of that name ("Kremlin spokesman Dmitry
    Peskov"; a later "Peskov" is the same person); None when none or several."""
    if not source:
        return None
    found = sides_in_words(source)
    if not found:
        last = source.split()[-1].casefold()
        for role in extraction.person_roles:
            name = (role.name or "").split()
            if name and (role.name == source or name[-1].casefold() == last):
                found |= sides_in_words(role.nation) | sides_in_words(role.org)
    return next(iter(found)) if len(found) == 1 else None


def attributed_source(token, extraction) -> str | None:
    """The subject of the nearest verb of saying, claiming or accusing that a strike word stands
    under in its sentence ("Kyiv accused Moscow of shelling the plant", "The security service
    presented evidence it said proved the hospital was hit"; a pronoun subject passes up), when
    it names a side or a person: the sentence's own attribution, nearer than a paragraph's."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ not in ("VERB", "AUX") or lemma(node) not in words()["source_verbs"]:
            continue
        subject = next((child for child in node.children if child.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in PRONOUNS or subject.lower_ in ("it", "this", "that", "which", "who"):
            continue
        text = doc_text(token.doc)[subject.left_edge.idx:subject.idx + len(subject)]
        if source_side(text, extraction) or subject.pos_ == "PROPN":
            return text.removeprefix("the ").removeprefix("The ")
        return None
    return None


def quote_speaker(extraction, start: int) -> str | None:
    """The speaker of a quotation a word stands in, if any."""
    return next((quote.speaker for quote in extraction.quotes
                 if quote.speaker and quote.span[0] <= start < quote.span[1]), None)


def inherit_places(records: list[Incident], indexes: list[int], levels: list[int]) -> None:
    """A mention with no place takes that of the nearest placed mention at most
    ``inherit_sentences`` sentences before it, else (at the start of a text) after it. A side
    that is the country struck is no side of that place ("Ukraine's forces" at "Ukraine")."""
    from claimledger.link.identity import place_key

    limit = words()["inherit_sentences"]

    def placed_within(position: int, step: int) -> list[int]:
        """The mentions with a place of their own at most ``limit`` sentences from one, nearest
        first, going by ``step`` (the sentence indexes grow with the mentions)."""
        found, other = [], position + step
        while 0 <= other < len(records) and abs(indexes[other] - indexes[position]) <= limit:
            if records[other].place_key and not records[other].place_inherited:
                found.append(other)
            other += step
        return found

    for position, record in enumerate(records):
        if record.place_key:
            continue
        # the nearest town before it, else the nearest place of any width
        nearby = placed_within(position, -1) or placed_within(position, 1)
        source = next((other for other in nearby if levels[other] == TOWN), nearby[0] if nearby else None)
        if source is not None:
            record.place, record.place_key = records[source].place, records[source].place_key
            record.place_inherited = True
    for record in records:
        if record.side and record.place_key and place_key(record.side) == record.place_key:
            record.side = None
