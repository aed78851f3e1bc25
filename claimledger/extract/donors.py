"""The donor of a delivery: the country or government a transferred system comes from.

Deliveries of one system by different suppliers are different events ("Earlier, France supplied 12 of these howitzers" and "Denmark is sending its Caesar"), so the link stage compares
two transfer claims only when their donors agree or one is unknown (docs/link.md, "Donors").
A donor is written only when the text says it:

- the subject of a verb of giving ("France provided", "Denmark is sending its Caesar",
  "Germany will deliver", "the Dutch cabinet has decided to give", "the French
  provided"), or the agent of its passive ("were delivered by Germany"); a verb with no subject
  of its own takes that of the verb it completes ("Denmark decided to donate", "Iran denies
  supplying") or, under a verb with an object ("asked Germany to send"), that object;
- "from X" on the system or on a verb of giving or receiving ("Patriots from Germany",
  "received F-16s from Denmark");
- a possessive or a country adjective on the system ("Germany's Patriot", "Dutch F-16s"), or
  "X-supplied" / "X-donated"; "X-made", "X-built", "X-produced" name the maker, which is not
  always the donor ("Denmark is shipping its French-made Caesar"), and give none;
- Russian and Ukrainian: a country in the nominative just before a verb of giving ("Франция
  передала", "Німеччина передала").

A possessive or adjective of the claim's own place is the receiver's ("Ukraine's first F-16s
arrived"), not a supplier. Donors are country names as the press writes them; the
link stage compares them by place key (US, the United States and США are one).
"""
from __future__ import annotations

import functools
import re

from claimledger.extract.syntax import entity_of
from claimledger.languages.place_names import english_place_name
from claimledger.lexicon import lexicon
from claimledger.places import COUNTRIES, COUNTRY_ALIASES, DEMONYMS, PLURAL_DEMONYMS

# statuses of a transfer: a donor is read only for these
TRANSFER_STATUSES = lexicon().statuses_in("transfer")
DONOR_WORDS = lexicon().events["donor_words"]
# verbs whose subject is the giver: the lexicon's transfer verbs, verbs of pledging and of giving
GIVER_VERBS = (frozenset(lexicon().cues["refusal"]["transfer_lemmas"]) | frozenset(lexicon().events["pledge_verbs"])
               | frozenset(DONOR_WORDS["giver_verbs"]))
# verbs whose subject is the receiver: only "from X" names the donor
RECEIVING_VERBS = frozenset(lexicon().events["receiving_verbs"])
# nouns of a transfer: "Germany's delivery of Patriots", "deliveries of F-16s from Denmark"
TRANSFER_NOUNS = frozenset(DONOR_WORDS["transfer_nouns"])
# "X-supplied" names the donor; "X-made" the maker
GIVER_PARTICIPLES = frozenset(DONOR_WORDS["giver_participles"])
# a body that acts for its country: "the Danish government", "Germany's defence ministry"
STATE_NOUNS = frozenset(DONOR_WORDS["state_nouns"])
PRONOUNS = frozenset(lexicon().grammar["argument_pronouns"])
MAX_CLIMB = 8   # head steps from the system's name to the verb of its clause

# Russian and Ukrainian: a verb of giving after its subject in the nominative ("Франция
# передала", "Німеччина надасть"), or a verb of receiving with "от"/"від" and the giver
# ("отримала 4 танки від Польщі"); nouns of the same stems ("передачи", "поставки") are no verb.
# These stems read the sentence text (a Russian or Ukrainian donor is read from the text, not the parse); the
# events' giving_verbs of lexicon/<lang>/events.json match a parsed token's lemma or form in full
RU_UK_GIVING = re.compile(
    r"\b(?:переда|постав|предостав|отправ|направ|нада[лсєю]|відправ|пожертв|подар)[а-яёіїєґ]*", re.IGNORECASE)
RU_UK_RECEIVING = re.compile(r"\b(?:получ|отрима|одержа)[а-яёіїєґ]*", re.IGNORECASE)
RU_UK_NOUN_ENDINGS = ("ча", "чи", "чу", "че", "чей", "ки", "ка", "ку", "ке", "кой", "ок", "ою", "ой", "ий", "ые",
                      "них", "ных", "ня", "ння", "ние", "нии", "ния", "ение", "ення")
RU_UK_NAME = re.compile(r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+|США|ФРГ)\s+(?:[а-яёіїєґ]+\s+)?$")
RU_UK_FROM = re.compile(r"\b(?:от|від)\s+([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+|США|ФРГ)")


@functools.cache
def capital_countries() -> dict[str, str]:
    return dict(lexicon().events["capital_countries"])


@functools.cache
def country_names() -> dict[str, str]:
    """Lower-case country name -> its spelling."""
    names = {name.casefold(): name for name in COUNTRIES}
    names.update(COUNTRY_ALIASES)
    return names


def country_of_text(text: str) -> str | None:
    """A country from a name, an adjective or a capital: "the Netherlands", "Dutch", "Berlin"."""
    text = text.strip()
    folded = text.casefold()
    if folded.startswith("the ") and folded not in country_names():
        folded = folded[4:]
    if folded in country_names():
        return country_names()[folded]
    if folded in DEMONYMS:
        return DEMONYMS[folded]
    if folded in PLURAL_DEMONYMS:
        return PLURAL_DEMONYMS[folded]
    if text in capital_countries():
        return capital_countries()[text]
    if re.search(r"[А-Яа-яЁёІіЇїЄєҐґ]", text):
        english = english_place_name(text)
        if english and english.casefold() in country_names():
            return country_names()[english.casefold()]
    return None


def token_country(token) -> str | None:
    """The country a noun phrase's head names: a country or a body of one ("the Danish
    government", "Germany's defence ministry", "the French")."""
    if token.lower_ in PRONOUNS:
        return None
    ent = entity_of(token)
    if ent is not None and ent.label_ in ("GPE", "NORP"):
        found = country_of_text(ent.text)
        if found:
            return found
    found = country_of_text(token.text)
    if found:
        return found
    if token.lemma_.lower() in STATE_NOUNS or token.lower_ in STATE_NOUNS:
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                found = country_of_text(entity_of(child).text if entity_of(child) is not None else child.text)
                if found:
                    return found
            if child.dep_ == "prep" and child.lower_ == "of":
                for obj in child.children:
                    if obj.dep_ == "pobj" and (found := token_country(obj)):
                        return found
    return None


def lemma_of(token) -> str:
    return token.lemma_.lower()


def is_passive(verb) -> bool:
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)


def from_country(token) -> str | None:
    """ "from Germany" hanging on a word."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            for obj in child.children:
                if obj.dep_ == "pobj" and any(other.dep_ == "conj" for other in obj.children):
                    return None   # "from Washington, The Hague and Berlin": several donors
                if obj.dep_ == "pobj" and (found := token_country(obj)):
                    return found
    return None


def giver_subject(verb, depth: int = 0) -> str | None:
    """The country a verb of giving has as its giver: its subject, its passive agent, or the
    subject (or object, under "asked Germany to send") of the verb it completes."""
    if is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):   # "tanks donated by Portugal"
        for child in verb.children:
            if child.dep_ == "agent":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return token_country(obj)
        return None
    for child in verb.children:
        if child.dep_ == "nsubj":
            if any(other.dep_ == "conj" for other in child.children):
                return None   # "Germany and France delivered": several donors, none of them alone
            return token_country(child)
    if depth < 3 and verb.dep_ in ("xcomp", "conj", "pcomp", "dobj") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        if verb.dep_ == "xcomp":
            for child in head.children:
                if child.dep_ == "dobj":
                    return token_country(child)   # "asked Germany to send": the object gives
        return giver_subject(head, depth + 1)
    return None


def modifier_country(token) -> str | None:
    """ "from X" on the system's name, else a possessive or a country adjective on it, or
    "X-supplied": "American F-16s from Norway" come from Norway."""
    found = from_country(token)
    if found:
        return found
    for child in token.children:
        if child.dep_ == "poss" and child.lower_ not in PRONOUNS:
            if found := token_country(child):
                return found
        if child.dep_ in ("amod", "compound", "nmod") and not child.lower_.endswith(("-made", "-built")):
            if child.lower_ in GIVER_PARTICIPLES:   # "US-supplied": the country hangs on the participle
                for grand in child.children:
                    if grand.i < child.i and (found := country_of_text(grand.text)):
                        return found
                continue
            text = child.text
            if child.dep_ == "amod" and text.casefold() in DEMONYMS:
                return DEMONYMS[text.casefold()]
            if child.dep_ == "compound" and child.ent_type_ == "GPE" and (found := country_of_text(text)):
                return found
    return None


def phrase_head(token):
    """The noun a name modifies: "S-400" in "Russian S-400 systems" is a word of "systems"."""
    while token.dep_ in ("compound", "nmod") and token.head.i != token.i and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head
    return token


def donor_from(token, limit: int = MAX_CLIMB, place: str | None = None) -> str | None:
    """The donor said of a system named at ``token``: by the verb of giving its clause hangs on
    (``limit`` steps up) or a relative clause of giving on it ("the F-16s that Norway sent"),
    else by "from X", a possessive or an adjective on the name or its phrase; a possessive or
    adjective of the claim's own ``place`` is the receiver's ("Ukraine's first F-16s"), no donor."""
    head = phrase_head(token)
    for clause in head.children:
        if clause.dep_ in ("relcl", "acl") and clause.pos_ == "VERB" and lemma_of(clause) in GIVER_VERBS:
            found = giver_subject(clause) or from_country(clause)
            if found:
                return found
    own = modifier_country(token) or (modifier_country(head) if head.i != token.i else None)
    if own and place and same_country(own, place):
        own = None
    current = token
    for _ in range(limit):
        if current.head.i == current.i:
            break
        current = current.head
        lemma = lemma_of(current)
        if current.pos_ in ("VERB", "AUX"):
            if lemma in GIVER_VERBS:
                return giver_subject(current) or from_country(current) or own
            if lemma in RECEIVING_VERBS:
                return from_country(current) or own
            if current.dep_ not in ("xcomp", "conj", "advcl", "acl", "relcl", "pcomp", "dobj", "ccomp"):
                break
        elif current.pos_ == "NOUN" and lemma in TRANSFER_NOUNS:
            for child in current.children:
                if child.dep_ == "poss" and (found := token_country(child)):
                    return found
            found = from_country(current)
            if found:
                return found
    return own


def same_country(left: str, right: str) -> bool:
    from claimledger.link.identity import place_key

    return place_key(left) == place_key(right)


def char_token(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def is_giving_word(word: str) -> bool:
    """A Russian or Ukrainian verb of giving ("передала", "надасть"), not a noun of its stem."""
    return RU_UK_GIVING.fullmatch(word) is not None and not word.casefold().endswith(RU_UK_NOUN_ENDINGS)


def is_nominative_name(name: str) -> bool:
    """A country name in the look of the nominative: "Франция", "Німеччина", "США" (not
    "Франции", "Україні")."""
    return name in ("США", "ФРГ") or name.endswith(("а", "я"))


def sentence_donor(text: str, span) -> str | None:
    """Russian and Ukrainian: "Франция передала ...", "Німеччина передала ...": a country in the
    nominative (ending in -а/-я, or США, ФРГ) just before a verb of giving in the claim's
    clause; "получила ... от Германии", "отримала ... від Польщі": the country after "от"/"від"
    in a clause of receiving. One donor only."""
    found = set()
    for match in RU_UK_GIVING.finditer(text, span[0], span[1]):
        if not is_giving_word(match.group(0)):
            continue
        name = RU_UK_NAME.search(text, max(span[0], match.start() - 40), match.start())
        if name and is_nominative_name(name.group(1)) and (country := country_of_text(name.group(1))):
            found.add(country)
    if not found and RU_UK_RECEIVING.search(text, span[0], span[1]):
        for match in RU_UK_FROM.finditer(text, span[0], span[1]):
            if country := country_of_text(match.group(1)):
                found.add(country)
    return found.pop() if len(found) == 1 else None


def fill_donors(extraction, claims, facts, doc=None) -> None:
    """Set ``donor`` on the transfer claims and counts whose text names their supplier."""
    text = extraction.document.text
    lang = extraction.document.lang or "en"
    mentions = sorted((tuple(ref.span), ref.subject) for ref in extraction.references)

    def named(subject, span):
        return [start_end for start_end, name in mentions
                if name == subject and span[0] <= start_end[0] and start_end[1] <= span[1]]

    def donor_of_span(subject, span, place):
        if lang != "en":
            return sentence_donor(text, span)
        if doc is None:
            return None
        found, names = set(), named(subject, span)
        for start, end in names:
            token = char_token(doc, start, end)
            if token is not None and (donor := donor_from(token, place=place)):
                found.add(donor)
        if not names:   # "France supplied 12 of these howitzers": the clause's one giver
            tokens = doc.char_span(span[0], span[1], alignment_mode="expand") or ()
            givers = {giver_subject(token) for token in tokens
                      if token.pos_ == "VERB" and lemma_of(token) in GIVER_VERBS}
            found = givers - {None} if len(givers) == 1 else set()
        return found.pop() if len(found) == 1 else None

    for claim in claims:
        if claim.status not in TRANSFER_STATUSES:
            continue
        claim.donor = donor_of_span(claim.subject, claim.span, claim.location)
    for fact in facts:
        if not fact.attribute.startswith("quantity:") or fact.status not in TRANSFER_STATUSES:
            continue
        token = char_token(doc, *fact.span) if doc is not None and lang == "en" else None
        donor = donor_from(token) if token is not None else None
        if donor is None:   # the donor of its sentence's transfer claim ("Франция передала 12 ...")
            around = {claim.donor for claim in claims if claim.subject == fact.subject and claim.donor
                      and claim.span[0] <= fact.span[0] and fact.span[1] <= claim.span[1]}
            donor = around.pop() if len(around) == 1 else None
        fact.donor = donor
