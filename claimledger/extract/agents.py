"""Who brought a loss about: the agent of a reported loss (a DESTROYED claim), read from the
parse, for the link stage's ``agent`` kind (docs/link.md, "Agents").

"The Ukrainian Air Force destroyed another A-50" has the agent Ukraine; "the F-16 was downed by a
Ukrainian Patriot" Ukraine; "the A-50 was shot down by Russian air defences" Russia; "its air
force had destroyed an A-50", in a sentence whose Ukrainian ministry reports it, Ukraine. A loss
said to be friendly fire ("was shot down by friendly fire", "by its own air defences") with no
country named is the work of the side that held it: a country on the lost system's name
("Russia's A-50", "a Ukrainian F-16"), else the country that makes it (``origin`` in the subject
list). "Lost" names the loser, not the agent ("Ukraine lost an F-16"), and gives none unless the
loss is friendly fire. Only a reached loss in English with a parse is read. Words: ``agents`` of
the loss cues (lexicon/cues.json)."""
from __future__ import annotations

import functools
import re

from claimledger.extract.donors import (PRONOUNS, char_token, country_of_text, modifier_country, phrase_head,
                                        token_country)
from claimledger.extract.sourcing import claim_modality
from claimledger.extract.syntax import entity_of
from claimledger.extract.token_filters import lemma_positions
from claimledger.lexicon import lexicon
from claimledger.schema import StatusClaim, SubjectFact

AGENT = "agent"   # SubjectFact.attribute of an agent
HOLDER = "holder"   # SubjectFact.attribute of the side whose system was lost


@functools.cache
def agent_words() -> tuple[frozenset[str], frozenset[str], re.Pattern]:
    """(lemmas of verbs of loss that name an agent, lemmas that name the loser, friendly fire)."""
    agents = lexicon().cues["loss"]["agents"]
    friendly = re.compile(r"\b(?:" + "|".join(re.escape(words).replace(r"\ ", r"\s+")
                                             for words in agents["friendly_fire"]) + r")\b", re.IGNORECASE)
    return frozenset(agents["verb_lemmas"]), frozenset(agents["loser_lemmas"]), friendly


def loss_verb(doc, span):
    """The verb of loss inside a claim's span: "destroyed", "shot" (down), "downed"."""
    verbs, losers, _ = agent_words()
    tokens = doc.char_span(span[0], span[1], alignment_mode="expand") or ()
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and (lemma in verbs or lemma in losers
                                               or (lemma == "shoot" and any(c.lower_ == "down" for c in token.children))):
            return token
    return None


def phrase_country(token) -> str | None:
    """The one country a noun phrase names anywhere in it: "The Ukrainian Air Force", "friendly
    fire from Russian air defences", "a Ukrainian Patriot"; None for none or two."""
    found = token_country(token)
    if found:
        return found
    for child in token.children:   # a country on the head itself first: "The Russian Embassy in Washington"
        if child.dep_ in ("amod", "compound", "poss") and child.lower_ not in PRONOUNS:
            ent = entity_of(child)
            if found := (country_of_text(ent.text) if ent is not None and ent.label_ in ("GPE", "NORP") else None) \
                    or country_of_text(child.text):
                return found
    named = set()
    for word in token.subtree:
        ent = entity_of(word)
        country = (country_of_text(ent.text) if ent is not None and ent.label_ in ("GPE", "NORP") else None) \
            or (country_of_text(word.text) if word.pos_ in ("ADJ", "PROPN", "NOUN") else None)
        if country:
            named.add(country)
    return named.pop() if len(named) == 1 else None


def pronoun_country(verb) -> str | None:
    """The country a possessive or personal pronoun subject points back to: that of the subject
    of the verb that reports the clause ("Russia's defence ministry said its forces had
    destroyed"), else the one named nearest before the verb in its sentence ("Pakistan's claims
    that its jets downed")."""
    head = verb
    while head.dep_ in ("ccomp", "xcomp", "conj") and head.head.i != head.i and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
        for child in head.children:
            if child.dep_ == "nsubj" and child.lower_ not in PRONOUNS:
                return phrase_country(child)
    for token in reversed(list(verb.sent[: verb.i - verb.sent.start])):
        if token.pos_ in ("ADJ", "PROPN", "NOUN") and (found := country_of_text(token.text)):
            return found
    return None


def subject_country(verb) -> str | None:
    """The country of the loss verb's subject or passive agent, a pronoun read back."""
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return phrase_country(obj)
        if child.dep_ == "nsubj":
            if any(other.dep_ == "conj" for other in child.children):
                return None   # "Ukraine and Poland destroyed": no one side
            if child.lower_ in PRONOUNS or any(grand.dep_ == "poss" and grand.lower_ in PRONOUNS
                                                for grand in child.children):
                return pronoun_country(verb)
            return phrase_country(child)
    if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        return subject_country(verb.head)
    return None


def holder_country(doc, extraction, claim) -> str | None:
    """The side that held the lost system: a country on its name, else its maker."""
    if found := named_holder(doc, extraction, claim):
        return found
    from claimledger.link.kinds.common import subject_origins

    return subject_origins().get(claim.subject)


def loss_agents(extraction, claims, doc) -> list[SubjectFact]:
    """An agent fact for each reached loss whose sentence says who brought it about."""
    if doc is None or (extraction.document.lang or "en") != "en":
        return []
    _, losers, friendly = agent_words()
    text, out = extraction.document.text, []
    for claim in claims:
        if claim.status != "DESTROYED" or claim.kind != "reached" or claim.modality not in ("asserted", "reported"):
            continue
        verb = loss_verb(doc, claim.span)
        if verb is None:
            continue
        sentence = claim.sentence_span or claim.span
        own = bool(friendly.search(text, sentence[0], sentence[1]))
        agent = None if verb.lemma_.lower() in losers else subject_country(verb)
        if agent is None and own:
            agent = holder_country(doc, extraction, claim)
        if agent is None:
            continue
        out.append(SubjectFact(extraction.document.id, tuple(claim.span), claim.subject, AGENT, value=agent,
                               text=text[claim.span[0]:claim.span[1]], status="DESTROYED", date=claim.date))
    return out


def loss_holders(extraction, claims, doc) -> list[SubjectFact]:
    """A holder fact for each reached loss whose words say whose system it was: a country on the
    lost system's name ("three Pakistani F-16 fighters", "Russia's A-50"), else the subject of a
    loser's verb ("Ukraine lost an F-16"). What a denied loss of a kind of system by its holder
    answers (extract/parsed_losses.py); never the maker, who need not be the holder."""
    if doc is None or (extraction.document.lang or "en") != "en":
        return []
    _, losers, _ = agent_words()
    text, out = extraction.document.text, []
    for claim in claims:
        if claim.status != "DESTROYED" or claim.kind != "reached":
            continue
        holder = named_holder(doc, extraction, claim)
        if holder is None and (verb := loss_verb(doc, claim.span)) is not None and verb.lemma_.lower() in losers:
            holder = subject_country(verb)
        if holder is not None:
            out.append(SubjectFact(extraction.document.id, tuple(claim.span), claim.subject, HOLDER, value=holder,
                                   text=text[claim.span[0]:claim.span[1]], status="DESTROYED", date=claim.date))
    return out


def named_holder(doc, extraction, claim) -> str | None:
    """A country on the lost system's name inside the claim ("a Ukrainian Su-25", "Russia's A-50")."""
    for ref in extraction.references:
        if ref.subject == claim.subject and claim.span[0] <= ref.span[0] and ref.span[1] <= claim.span[1]:
            token = char_token(doc, *ref.span)
            if token is not None and (found := modifier_country(token) or modifier_country(phrase_head(token))):
                return found
    return None


def kind_noun_losses(doc, extraction, sole: str | None, claims) -> list[StatusClaim]:
    """A loss whose object names only a kind ("Russia accidentally shot down their own spy plane")
    in a story of one system of that kind (``sole``: named in the headline or lead, the only one
    named): that system's loss, reached, when the sentence names no system, the verb is plain
    (not negated, not under a modal) and no country stands on the noun ("a Russian jet" is
    another party's). ``kind_nouns`` of the loss agents cues."""
    if doc is None or sole is None or (extraction.document.lang or "en") != "en":
        return []
    from claimledger.extract.link_records import plain_verb
    from claimledger.link.kinds.common import subject_kinds

    kind = subject_kinds().get(sole, "").casefold()
    nouns = lexicon().cues["loss"]["agents"]["kind_nouns"]
    verbs, _, _ = agent_words()
    named = [tuple(ref.span) for ref in extraction.references]
    taken = {claim.sentence_span for claim in claims if claim.subject == sole and claim.status == "DESTROYED"}
    out = []
    for token in (doc[i] for i in lemma_positions(doc, verbs | {"shoot"})):
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or not (lemma in verbs or (lemma == "shoot" and any(c.lower_ == "down" for c in token.children))):
            continue
        sentence = (token.sent.start_char, token.sent.end_char)
        if sentence in taken or any(sentence[0] <= start < sentence[1] for start, _ in named) or not plain_verb(token):
            continue
        for noun in token.children:
            if noun.dep_ not in ("dobj", "nsubjpass") or not kind.endswith(nouns.get(noun.lower_, "\0")):
                continue
            if any(child.dep_ in ("amod", "compound", "poss") and (child.ent_type_ in ("NORP", "GPE")
                                                                   or country_of_text(child.text))
                   for child in noun.children):
                continue
            span = (min(token.idx, noun.idx), max(token.idx + len(token), noun.idx + len(noun)))
            modality, source = claim_modality(extraction, extraction.document.text[sentence[0]:sentence[1]],
                                              token.idx)
            out.append(StatusClaim(extraction.document.id, span, sole, "DESTROYED", kind="reached",
                                   modality=modality, source=source, sentence_span=sentence))
            taken.add(sentence)
            break
    return out
