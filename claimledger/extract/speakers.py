"""Speaker resolution: from the word that carries an attribution to a name.

A quote's speaker is reported as the fullest name the document gives
("Khrenin" -> "Victor Khrenin"), without titles, with the role and
organisation stated beside the name; pronouns and role descriptions ("he",
"the Belarusian leader") take the person the text has named; institutions keep
their name; vague sources ("some experts", "recent reports") keep the phrase as
written.
"""
from __future__ import annotations

import copy
import re
import threading
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from claimledger.extract.quote_marks import QUOTE_TOKENS, QuotedStretch, find_quoted_stretches
from claimledger.extract.syntax import entity_of
from claimledger.extract.text_cache import doc_ents, doc_text, span_text
from claimledger.extract.token_filters import capitals_word_positions, lower_positions
from claimledger.lexicon import lexicon
from claimledger.places import COUNTRIES, COUNTRY_ALIASES, DEMONYMS
from claimledger.schema import SourceType

COUNTRY_WORDS = frozenset(DEMONYMS) | frozenset(name.lower() for name in DEMONYMS.values())
COUNTRY_NAME_PHRASES = frozenset(name.lower() for name in COUNTRIES)   # "south korea"

# Words dropped from the front of a person's name ("PM Dacian Ciolos").
TITLES = frozenset(lexicon().roles["person_titles"]) | frozenset(lexicon().roles["name_titles"])
POST_NOMINALS = frozenset(lexicon().roles["post_nominals"])   # "Jane Roe MP": not her name
# Military ranks and honorifics: dropped from both the name and the role.
COURTESY_TITLES = frozenset(lexicon().roles["courtesy_titles"])   # "Mr", "Dr": no office
RANK_HONORIFICS = frozenset(lexicon().roles["rank_honorifics"])   # "General", "Col."
HONORIFICS = COURTESY_TITLES | RANK_HONORIFICS
# Title-case words that belong to a role ("Foreign Minister", "Defense Secretary").
ROLE_WORDS = frozenset(lexicon().roles["title_words"])
# Role words that only modify a title ("Secretary of State", "First Deputy", "Press Secretary"),
# and with them the words of an office's field or rank ("Foreign", "Vice"): none is the title.
TITLE_MODIFIERS = frozenset(lexicon().roles["title_modifiers"])
OFFICE_MODIFIERS = TITLE_MODIFIERS | frozenset(lexicon().roles["office_modifiers"])
# A description's head word -> the titles it can stand for ("the Belarusian leader").
ROLE_ALIASES = {word: frozenset(words) for word, words in lexicon().roles["role_aliases"].items()}
# "the head of state": a description whose "of" object names the title it stands for.
ROLE_OF_ALIASES = {tuple(words.split()): frozenset(titles) for words, titles in lexicon().roles["role_of_aliases"].items()}
# kinds of office holder ("the diplomat") and the office words that make someone one
KIND_OF_OFFICE_HOLDERS = {kind: frozenset(words)
                          for kind, words in lexicon().roles["kind_of_office_holders"].items()}
OFFICES = lexicon().roles["offices"]
# The role words of a spokesperson's office ("spokesman", "spokeswoman", ...).
SPOKES_WORDS = frozenset(word for word, office in OFFICES["heads"].items() if office == "spokesperson")
# Heads of descriptions that one armed force goes by: "the military", "the army".
MILITARY_HEADS = frozenset(lexicon().sources["military_heads"])
# Words that tell one minister's office from another's: the offices' portfolios ("defence
# minister", spelling folded: "defense" is "defence"), and "prime" of "prime minister".
PORTFOLIO_FOLDS = dict(OFFICES["portfolios"])
PORTFOLIO_WORDS = frozenset(PORTFOLIO_FOLDS) | {"prime"}
# Words that make a title another, lesser one ("Vice President", "Deputy Minister").
LESSER_RANKS = frozenset(lexicon().roles["lesser_ranks"])
# Of those, the words of another office: a vice president is no president, while a
# deputy minister is a minister.
OTHER_OFFICE_RANKS = frozenset(lexicon().roles["other_office_ranks"])
PRONOUN_GENDER = dict(lexicon().grammar["pronoun_gender"])
PRONOUN_GENDER_WORDS = frozenset(PRONOUN_GENDER)
GIVEN_NAME_GENDER = {name.lower(): sex[0] for sex, names in
                     lexicon().roles["given_name_genders"].items() for name in names}
# family names written before the given name, which a later mention uses alone
FAMILY_NAMES_FIRST = frozenset(name.lower() for name in lexicon().roles["family_names_first"])
HONORIFIC_GENDER = dict(lexicon().roles["honorific_gender"])
PERSONAL_PRONOUNS = frozenset(PRONOUN_GENDER)   # the pronouns that tell a gender
FEMININE = PRONOUN_GENDER["she"]
# How far back (in tokens) a pronoun may take up the same pronoun of an earlier main clause.
MAX_PRONOUN_CHAIN_TOKENS = 120
RELATIVE_PRONOUNS = frozenset(lexicon().grammar["relative_pronouns"])
# possessives that give a description its body: "its new chief of staff said"
BODY_POSSESSIVES = frozenset(lexicon().grammar["body_possessives"])
# Common nouns that name a source without naming anyone.
VAGUE_HEADS = frozenset(lexicon().sources["vague_heads"])
NAME_LABELS = frozenset({"PERSON"})
# the lower-case words a surname may begin with ("von der Leyen", "de Maiziere")
NAME_PARTICLES = frozenset(lexicon().roles["name_particles"])
# a dateline in capitals before a story's first words ("KYIV >> ", "LONDON — ")
DATELINE_OPENING = re.compile(r"^[A-Z][A-Z .,'’-]*[A-Z.]\s*(?:>>|—|–|-|:)\s+")
MAX_NAME_TOKENS = 3    # of a name the tagger labelled as something else
MAX_OFFICE_WORDS = 5   # of an office written before a name ("Armed Forces chief General")
RANK_WORDS = dict(lexicon().roles["rank_words"])   # "gen." -> "general"
MISTAGGED_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"})
PERSON_SURNAMES_KEY = "claimledger_person_surnames"
# Words that mark a proper name as an institution's.
INSTITUTION_WORDS = frozenset(lexicon().sources["institution_words"])
MILITARY_BODY_WORDS = frozenset(lexicon().sources["military_body_words"])
MEMBER_NOUNS = frozenset(lexicon().sources["member_nouns"])   # "forces", "troops"
CIVIL_BODY_WORDS = frozenset(lexicon().sources["civil_body_words"])
# Words of an outlet's name: what "the publication" or "the portal" takes up.
MASS_SOURCE_NOUNS = frozenset(lexicon().sources["mass_source_nouns"])   # "it" takes them up as one body
MEDIA_WORDS = frozenset(lexicon().sources["media_words"])
# Head nouns that take up a source named before: a media noun takes the last outlet
# ("the publication said"), the others the last source with the same head noun.
# Descriptions written before an outlet's name ("national broadcaster LRT", "the Telegram
# channel Rybar"), which the name stands without.
MEDIA_DESCRIPTIONS = frozenset(lexicon().sources["media_descriptions"])
MEDIA_ANAPHORS = frozenset(lexicon().sources["media_anaphors"])
SOURCE_ANAPHORS = frozenset(lexicon().sources["source_anaphors"])
# Passives and words of a source kept unnamed: "not to be quoted", "anonymous".
NAMING_PASSIVES = frozenset(lexicon().speech_verbs["naming_passives"])
ANONYMOUS_WORDS = frozenset(lexicon().sources["anonymous_words"])
REPEAT_WORDS = frozenset(lexicon().sources["repeat_words"])   # "the same source"
# Nouns of an issued text ("the statement", "a tweet"), which speak for whoever issued them.
STATEMENT_NOUNS = frozenset(lexicon().roles["issued_texts"])
# what a speaker "made" that points back to words reported before ("made the remarks")
REMARK_NOUNS = STATEMENT_NOUNS | frozenset(lexicon().roles["remark_nouns"])
# What a source gives out without issuing a text of its own: "the information given by X",
# "figures provided by X", "data released by X" are X's.
INFORMATION_NOUNS = frozenset(lexicon().sources["information_nouns"])
# Descriptions of an institution named before ("the think tank" for the Institute for the
# Study of War), which take it up.
BODY_DESCRIPTIONS = frozenset(lexicon().roles["body_descriptions"])
# Nouns of a report, which speaks for whoever wrote it ("Kyiv's report", "a report by X").
REPORT_NOUNS = frozenset(lexicon().roles["reports"])
# Nouns of an office or rank that refer back to a person named before ("the prosecutor").
ROLE_NOUNS = frozenset(lexicon().roles["role_nouns"])
PERSON_ROLE_WORDS = frozenset(lexicon().roles["role_words"])   # "analyst", "commentator"
# Office nouns whose "of" phrase can end in the holder's name ("Chief of the General Staff X").
OFFICE_HEADS = TITLES | ROLE_NOUNS | {"head"}
TITLE_WORDS = TITLES | ROLE_WORDS                  # words written before a person's name
BODY_WORDS = INSTITUTION_WORDS | MEDIA_WORDS       # words that make a proper name a body's
ISSUING_VERBS = frozenset(lexicon().speech_verbs["text_issuing"])   # "a tweet posted by X"
# Verbs that report what was said, which "it" may be the subject of ("It added that ...").
QUOTED_AS_LEMMAS = frozenset(lexicon().speech_verbs["quoted_as"])   # "quoted X as saying"
REPORTING_LEMMAS = frozenset(lexicon().speech_verbs["quoting"]) | frozenset(lexicon().speech_verbs["institution_reporting"])
# verbs whose subject spoke ("cautioned that"), which a "they" after a paragraph break goes on with
SPOKEN_LEMMAS = REPORTING_LEMMAS | frozenset(lexicon().speech_verbs["speech"])
# verbs that go on with the speaker before ("he added")
CONTINUING_VERBS = frozenset(lexicon().speech_verbs["continuing"])
ANNOUNCING_FORMS = frozenset(lexicon().speech_verbs["announcement"])
# Pronouns that stand for the institution that spoke last ("they" and "we" more often
# stand for a group of people, and are kept as written).
INSTITUTION_PRONOUNS = frozenset({"it"})
# Words dropped from the front of a person's name tagged with them ("Belarus Alexander
# Lukashenko", "December 19 Vladimir Putin").
DATE_WORDS = (frozenset(lexicon().timex["months"]) | frozenset(lexicon().timex["weekdays"])
              | frozenset(lexicon().timex["name_preceding_date_words"]))
# An acronym defined in brackets after the name it stands for: "Ministry of Defence (MoD)".
ACRONYM = re.compile(r"[A-Z][A-Za-z]?[A-Z][A-Z]{0,6}")   # "MND", "MoD", "NATO", "SOUTHCOM"
COUNTRY_LABELS = frozenset({"GPE", "NORP"})   # a country or its people, as the tagger labels them
BODY_CODE = re.compile(r"[A-Z]{1,4}\d{1,2}")   # "G7", "G20", "E3": letters and a number
ACRONYM_DEFINITION = re.compile(rf"\(({ACRONYM.pattern})\)")
# Labels of a line that names the source of what follows ("Source: Defense Express").
SOURCE_LINE_LABELS = frozenset(lexicon().sources["source_line_labels"])
# Words that carry no weight when comparing an institution's names.
INSTITUTION_STOPWORDS = frozenset(lexicon().sources["institution_stopwords"])
# Spelling variants folded when comparing an institution's names.
SPELLING_FOLDS = lexicon().places["org_spellings"]
HYPHENS = frozenset({"-", "‐", "‑"})
PHRASE_STOPS = frozenset({",", ";", "(", ")", "—", "–", "―", ":", "\n"})
EDGE_PUNCT = "’'‘“”\"`,.;:()[]—–―- \u00a0"
POSSESSIVE_ENDINGS = ("’s", "'s", "’", "'")
# Modifiers that belong to an institution's name: "Russia's defence ministry".
INSTITUTION_MODIFIER_DEPS = frozenset({"poss", "case", "compound", "amod", "nmod"})



@dataclass
class Speaker:
    """Who a quote is attributed to, resolved as far as the document allows."""

    name: str | None
    span: tuple[int, int] | None
    source_type: str = SourceType.NONE.value
    role: str | None = None
    org: str | None = None


# Verbs of a title-case headline that a tagger may join to the name before them ("Putin
# Says ..."); none is a name (a past "Said" may be: Edward Said).
HEADLINE_VERBS = frozenset(lexicon().speech_verbs["headline_forms"])


def clean_name(text: str) -> str:
    """A name without titles, possessive endings, edge quotes or spare spaces."""
    text = " ".join(text.split()).strip(EDGE_PUNCT)
    for ending in POSSESSIVE_ENDINGS:
        if text.endswith(ending):
            text = text[: -len(ending)]
            break
    words = text.split()
    while len(words) > 1 and words[0].lower() in TITLES:
        words = words[1:]
    return " ".join(words).strip(EDGE_PUNCT)


NICKNAME = re.compile(r"\s[\"“‘'][A-Z][\w.-]*[\"”’']\s")
NICKNAME_FIRST = re.compile(r"^[\"“‘']?[A-Z][\w.-]*[\"”’']\s+(?=[A-Z])")   # 'Gibo" Santos'


JOINED_INITIAL = re.compile(r"^([A-Z]\.)(?=[A-Z][a-z])")


def clean_person_name(text: str) -> str:
    """A person's name without the words a tagger may join to it: editorial brackets
    ("Vladimir] Putin"), a country or a date before the name ("Belarus Alexander
    Lukashenko", "Dec. 19 Vladimir Putin")."""
    text = NICKNAME_FIRST.sub("", NICKNAME.sub(" ", text.replace("[", " ").replace("]", " ")))
    text = JOINED_INITIAL.sub(r"\1 ", text)   # "J.Olekas" -> "J. Olekas"
    words = clean_name(text).split()
    while len(words) > 2 and _is_extra_word(words[0]):   # a bare "May Jones" stays whole
        words = words[1:]
    # an office written into the tagged name: "Armed Forces Chief General Romeo Brawner"
    offices = [k for k, word in enumerate(words[:-2]) if word.lower() in TITLE_WORDS
               or word.lower() in TITLES]
    if offices and all(word[:1].isupper() or word.lower() in NAME_PARTICLES
                       for word in words[offices[-1] + 1:]):
        words = words[offices[-1] + 1:]
    while len(words) > 1 and (words[-1] in HEADLINE_VERBS or words[-1] in POST_NOMINALS):
        words = words[:-1]   # "Obama Says ..." in a headline; "Jane Roe MP"
    return " ".join(words)


# The last words of an office's "of" phrase, which a tagger may join to the name after it
# ("Commander of the Air Force Mykola Oleshchuk" tagged "Force Mykola Oleshchuk").
BODY_NAME_ENDINGS = frozenset(lexicon().sources["body_name_endings"])


# A state or armed body named by common nouns is cited without its article ("the German
# military said": "German military"), as most corpora write it; other common-noun bodies
# keep it ("the Trump campaign"), as political prose cites them.
BARE_BODY_HEADS = BODY_NAME_ENDINGS | MILITARY_HEADS \
    | frozenset(lexicon().sources["bare_body_heads"])
BODY_PHRASE_PREPS = frozenset(lexicon().sources["body_phrase_preps"])   # "the mission in Mali"


# last words of a tagged "name" that are no surname ("Yohannes Tesfamariam Force")
NOT_SURNAMES = BODY_NAME_ENDINGS | TITLE_WORDS


def _is_extra_word(word: str) -> bool:
    bare = word.lower().rstrip(".,’'s")
    return (word.lower().strip(".,’'") in COUNTRY_WORDS or bare in COUNTRY_WORDS
            or word.lower() in BODY_NAME_ENDINGS
            or word.lower().rstrip(".,") in DATE_WORDS or word.rstrip(".,").isdigit()
            or word.lower() in TITLES)


def person_span(ent: Span) -> Span | None:
    """The person an entity names: itself when tagged so, or a short proper name the tagger
    took for an organisation or a place after a person's title, with the given names
    between ("Chancellor Olaf Scholz", "Colonel Ants Kiviselg" tagged "Kiviselg"); else None."""
    if ent.label_ in NAME_LABELS:
        if _place_read_as_person(ent):
            return None
        return _with_surname_after(_with_given_names_after_title(ent))
    if _reads_as_mistagged_person(ent):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    doc = ent.doc
    held = _name_after_office_in(ent)
    if held is not None:
        return held
    if ent.label_ not in {"ORG", "GPE", "NORP"} or len(ent) > MAX_NAME_TOKENS \
            or BODY_WORDS & {t.lower_ for t in ent} \
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
        return None
    start = ent.start
    while start > 0 and ent.end - start < MAX_NAME_TOKENS:
        before = doc[start - 1]
        if (before.lower_ in TITLES or before.lower_ in HONORIFICS) and not before.is_lower \
                and before.pos_ != "DET":   # "Chancellor X", not "The Pentagon"
            return Span(doc, start, ent.end, label="PERSON")
        if before.pos_ != "PROPN" or not before.text[:1].isupper() or before.ent_type_:
            return None
        start -= 1
    return None


# Countries and capitals, which a tagger reads as a person's name in a dateline.
PLACE_NAMES = COUNTRIES | frozenset(lexicon().events["capital_countries"])


def _place_read_as_person(ent: Span) -> bool:
    """ "Reuters | Kyiv | Updated": a country or a capital alone, tagged as a person, that
    no person the document names in full bears as a surname."""
    return ent.text in PLACE_NAMES and not any(
        other.label_ in NAME_LABELS and len(other) > 1 and other[-1].text == ent.text
        for other in doc_ents(ent.doc))


def _with_surname_after(ent: Span) -> Span:
    """A person the tagger cut short before the surname: "Gen [Manoj] Pande said", with
    "Pande" left untagged, is Manoj Pande. One capitalised proper word right after the name,
    in no entity, no title, body, country or headline verb, and no proper word after it."""
    doc, end = ent.doc, ent.end
    if end >= len(doc) or ent.label_ not in NAME_LABELS:
        return ent
    particles = end
    while particles < len(doc) and doc[particles].lower_ in NAME_PARTICLES:
        particles += 1
    if (particles > end or ent[-1].lower_ in NAME_PARTICLES) and particles < len(doc) \
            and doc[particles].is_title and doc[particles].is_alpha \
            and doc[particles].pos_ == "PROPN" and doc[particles].lower_ not in TITLE_WORDS \
            and doc[particles].lower_ not in BODY_WORDS \
            and doc[particles].lower_ not in COUNTRY_WORDS:
        # "Ursula von [der Leyen]": the particles of a surname and the surname after them
        return Span(doc, ent.start, particles + 1, label=ent.label_)
    after = doc[end]
    # or a one-word name the tagger split off as a person of its own ("[Chaudhry Nisar]
    # [Khan] told reporters"): with no mark between, one name
    split_off = after.ent_type_ in NAME_LABELS and after.ent_iob_ == "B" \
        and (end + 1 >= len(doc) or doc[end + 1].ent_iob_ != "I") \
        and doc[end - 1].whitespace_ and ent[-1].is_alpha
    if after.ent_type_ and not split_off or after.pos_ != "PROPN" or not after.is_alpha \
            or not after.is_title \
            or after.lower_ in TITLE_WORDS or after.lower_ in BODY_WORDS \
            or after.lower_ in COUNTRY_WORDS or after.text in HEADLINE_VERBS \
            or after.whitespace_ == "" and end + 1 < len(doc) and doc[end + 1].is_alpha \
            or end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        return ent
    return Span(doc, ent.start, end + 1, label=ent.label_)


def _name_after_office_in(ent: Span) -> Span | None:
    """A person's name that the tagger joined to the office before it and labelled as a
    body ("Foreman Scott Huber", "Armed Forces Chief General Romeo Brawner"): the two or
    three proper words after the last title word, when they end the entity and carry no
    body's or country's word; else None."""
    # the root is the last word, or the name closes an apposition inside the entity
    # ("NAF's Spokesman, Air Commodore X Y")
    if ent.label_ not in {"ORG", "GPE", "NORP"} or (
            ent.root.i != ent.end - 1 and not any(t.text == "," for t in ent[1:-2])):
        return None
    offices = [t for t in ent[:-2] if t.text[:1].isupper()
               and (t.lower_ in TITLES or t.lower_ in ROLE_WORDS)]
    commas = [t for t in ent[1:-2] if t.text == ","]
    if commas:   # "Abuja, AVM X Y": a rank written in capitals opens the last part
        offices += [t for t in ent[commas[-1].i - ent.start + 1: -2]
                    if t.is_upper and t.is_alpha and len(t) > 1
                    and all(o.is_upper for o in ent.doc[commas[-1].i + 1: t.i + 1])]
        offices.sort(key=lambda t: t.i)
    if not offices:
        return None
    rest = ent.doc[offices[-1].i + 1: ent.end]
    if not 2 <= len(rest) <= MAX_NAME_TOKENS or any(
            t.pos_ != "PROPN" or not t.is_alpha or not t.text[:1].isupper()
            or t.lower_ in BODY_WORDS or t.lower_ in COUNTRY_WORDS or t.lower_ in ROLE_WORDS
            for t in rest):
        return None
    return Span(ent.doc, rest.start, rest.end, label="PERSON")


def _with_given_names_after_title(ent: Span) -> Span:
    """A person the tagger cut short after a title: "Secretary Gilberto [Teodoro Jr.]" is
    Gilberto Teodoro Jr. (untagged proper words between a title and the name, at most two)."""
    doc, start = ent.doc, ent.start
    if ent[0].lower_ in TITLE_WORDS:
        return ent   # the tagger took the title in ("Spokesperson X"): nothing was cut
    if sum(t.is_alpha and t.lower_.rstrip(".") not in NAME_SUFFIXES for t in ent) >= 2:
        if start > 1 and _given_name_left_out(doc[start - 1]) \
                and doc[start - 2].lower_ in TITLE_WORDS:
            return Span(doc, start - 1, ent.end, label=ent.label_)   # "Alliance chief
            #   [Anders] Toft Mikkelsen": one proper word right after an office word is a given name
        return ent   # given name and surname both tagged: the proper words before them are
        #              the rest of the office ("Chief Patrol Agent Rodney Scott")
    taken = 0
    while start > 0 and taken < 2:
        before = doc[start - 1]
        if start > 3 and before.text in QUOTE_TOKENS and doc[start - 3].text in QUOTE_TOKENS \
                and doc[start - 2].pos_ == "PROPN" and doc[start - 4].pos_ == "PROPN":
            start -= 3   # a nickname in quotation marks: Gilberto "Gibo" Teodoro Jr.
            given = doc[start - 1]
            if given.pos_ == "PROPN" and given.is_title and given.ent_type_ in {"", "PERSON"}:
                start -= 1   # the given name, which the tagger may have cut off on its own
                taken += 1
            continue
        taken += 1
        if before.pos_ != "PROPN" or not before.is_alpha or not before.is_title or before.ent_type_ \
                or before.lower_ in TITLE_WORDS or before.lower_ in BODY_WORDS:
            break
        start -= 1
    if start < ent.start and doc[start].text in QUOTE_TOKENS:
        start = min(start + 3, ent.start)   # a nickname with no given name before it
    if start == ent.start or start == 0 or doc[start - 1].lower_ not in TITLE_WORDS:
        return ent
    return Span(doc, start, ent.end, label=ent.label_)


def _given_name_left_out(word: Token) -> bool:
    """An untagged proper word that can open a name: capitalised, no title or body word."""
    return word.pos_ == "PROPN" and word.is_alpha and word.is_title and not word.ent_type_ \
        and word.lower_ not in TITLE_WORDS and word.lower_ not in BODY_WORDS \
        and word.lower_ not in COUNTRY_WORDS


def _reads_as_mistagged_person(ent: Span) -> bool:
    """A two- or three-word proper name the tagger gave another label ("Ivanka Trump" as a
    product) that is a person: it carries the surname of a person the document names, or,
    outside the organisation label, it is the subject of a verb of speech ("X acknowledged")."""
    words = [t for t in ent if not _joins_a_name(t)]   # "Frank-Walter": one given name
    if ent.label_ not in MISTAGGED_PERSON_LABELS or not 2 <= len(words) <= MAX_NAME_TOKENS \
            or BODY_WORDS & {t.lower_ for t in ent} \
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    if ent[-1].lower_ in _person_surnames(ent.doc):
        return True
    root = ent.root
    offices = ROLE_WORDS | ROLE_NOUNS
    if not ({t.lower_ for t in ent} & (offices | COUNTRY_WORDS)) and (
            any(c.dep_ == "appos" and c.i > root.i and c.is_lower and c.lower_ in offices
                for c in root.children)   # "Yury Ignat, spokesman for the Air Force,"
            or root.dep_ == "appos" and root.head.i < root.i and root.head.lower_ in offices):
        return True   # "Spokesperson for the army's South command Natalia Gumenyuk"
    return ent.label_ != "ORG" and root.dep_ == "nsubj" and root.head.pos_ == "VERB" \
        and (root.head.lemma_.lower() in REPORTING_LEMMAS or root.head.lower_ in ANNOUNCING_FORMS)


def _joins_a_name(token: Token) -> bool:
    """A hyphen written tight between two words of a name ("Frank-Walter")."""
    doc = token.doc
    return token.text == "-" and 0 < token.i < len(doc) - 1 and not doc[token.i - 1].whitespace_ \
        and not token.whitespace_ and doc[token.i - 1].is_alpha and doc[token.i + 1].is_alpha


def _person_surnames(doc: Doc) -> frozenset[str]:
    """Last words of the names the tagger labelled as people, a full name or a surname
    written alone ("Steinmeier said"), computed once per doc."""
    cached = doc.user_data.get(PERSON_SURNAMES_KEY)
    if cached is None:
        cached = frozenset(ent[-1].lower_ for ent in doc_ents(doc)
                           if ent.label_ in NAME_LABELS and ent[-1].is_alpha and (
                               len(ent) > 1 or ent[0].pos_ == "PROPN" and ent[0].is_title
                               and ent[0].lower_ not in COUNTRY_WORDS))
        doc.user_data[PERSON_SURNAMES_KEY] = cached
    return cached


def is_person_ent(ent: Span) -> bool:
    """Whether an entity names a person (see person_span)."""
    return person_span(ent) is not None


RETIRED_MARKS = frozenset(lexicon().roles["retired_marks"])


def _is_rank(token: Token) -> bool:
    return token.lower_ in TITLES or token.lower_ + "." in TITLES or token.lower_ in TITLE_WORDS


def _only_ranks(ent: Span) -> bool:
    """Whether a "name" is ranks, titles and a country with no name in them ("Maj Gen"),
    or ends in two ranks ("Nigeria Maj Gen" before "(Rtd) Bashir Magashi"): a surname is
    no rank, and a name ending in one rank may be a surname ("John Major")."""
    words = [t for t in ent if t.is_alpha]
    return bool(words) and (all(
        _is_rank(t) or t.lower_ in COUNTRY_WORDS or t.ent_type_ in {"GPE", "NORP"}
        or t.lower_ in RETIRED_MARKS for t in words)
        or len(words) > 1 and _is_rank(words[-1]) and _is_rank(words[-2]))


def _rank_over(name: Token) -> Token:
    """The rank a name hangs from when the parser made the rank the phrase's head ("Maj Gen
    (retd) Magashi expressed": "Gen" is the subject), else the name's own head word."""
    head = name
    for _ in range(3):
        if head.dep_ not in {"appos", "compound", "nmod"} or head.head.i == head.i \
                or not _is_rank(head.head) or head.head.i > name.i:
            break
        head = head.head
    return head


def _before_retired_mark(ent: Span) -> int:
    """Where the words before a name start, past a bracketed "(Rtd)" or "(retd)"."""
    doc, start = ent.doc, ent.start
    if start >= 3 and doc[start - 1].text == ")" and doc[start - 3].text == "(" \
            and doc[start - 2].lower_.rstrip(".") in RETIRED_MARKS:
        return start - 3
    return start


def _closes_a_headline(token: Token) -> bool:
    """ "..., says Nigerian minister of defence", "..., governor says": a bare office that
    says, closing its line, as headlines write it without an article."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() != "say" \
            or any(c.dep_ in {"det", "poss"} for c in token.children):
        return False
    text = doc_text(token.doc)
    last = max((t for t in token.subtree if not t.is_space), key=lambda t: t.i) \
        if verb.i < token.i else verb   # "..., governor says" ends with its verb
    end = last.idx + len(last.text)
    line_end = text.find("\n", end)
    return not text[end: len(text) if line_end < 0 else line_end].strip(" .")


def _opens_a_headline(token: Token) -> bool:
    """ "Joint Chiefs Chairman Says Carriers Will Stay": a bare office that says, opening
    the document's title line, as headlines write it without an article."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() != "say" or verb.i < token.i \
            or any(c.dep_ in {"det", "poss"} for c in token.children):
        return False
    first = token.left_edge
    return first.i == 0 and "\n" not in doc_text(token.doc)[first.idx: verb.idx]


def _reads_as_name(ent: Span) -> bool:
    """Whether a tagged person reads as one: not a photo credit ("Jane Roe/U.S. Army"),
    not a participle the tagger took in ("Praising India at ..."), not ranks alone."""
    return ent[0].pos_ != "VERB" and not any(t.text == "/" for t in ent) \
        and not _only_ranks(ent)


def _span_of(tokens) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _name_span(tokens) -> tuple[int, int]:
    """Character span of a name without its titles and edge punctuation."""
    kept = [t for t in tokens if not t.is_punct and t.lower_ not in TITLES and t.tag_ != "POS"]
    return _span_of(kept or list(tokens))


# Generational suffixes written after a surname ("Gilberto Teodoro Jr."): not the surname.
NAME_SUFFIXES = frozenset(lexicon().roles["name_suffixes"])


def surname_key(name: str) -> str:
    """The surname of a name, lower-cased, past a generational suffix ("Teodoro Jr." -> "teodoro")."""
    words = [word.strip(".,").lower() for word in JOINED_INITIAL.sub(r"\1 ", name).split()]
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


class NameIndex:
    """The people a document names, each under the fullest form of the name it gives."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.person_ents = [person for person in (person_span(ent) for ent in doc_ents(doc))
                            if person is not None and clean_person_name(span_text(person))
                            and _reads_as_name(person)]
        self._index_names()

    def add_people(self, people: list[Span]) -> None:
        """Person names found beside titles that the tagger did not label."""
        people = [person for person in people if _reads_as_name(person)]
        self.person_ents = sorted(self.person_ents + people, key=lambda ent: ent.start)
        self._index_names()

    def _index_names(self) -> None:
        doc = self.doc
        counts = Counter(clean_person_name(span_text(ent)) for ent in self.person_ents)
        # a title-case headline fools the tagger ("Lawmakers Rip Donald Trump")
        headline_end = doc_text(doc).find("\n")
        outside_headline = {clean_person_name(span_text(ent)) for ent in self.person_ents
                            if ent.start_char > headline_end}
        by_surname: dict[str, list[str]] = {}
        for name in counts:
            by_surname.setdefault(surname_key(name), []).append(name)
        # Fullest: a full name over a bare surname, then the form written most often
        # (so a one-off epithet does not win), then the longer, then the first written;
        # then a longer form of it written no later than it ("Ildefonso Guajardo
        # Villarreal", later "Guajardo Villarreal"), as a name is given in full first.
        order = {name: i for i, name in enumerate(counts)}
        self.fullest_by_surname = {}
        for surname, names in by_surname.items():
            best = max(names, key=lambda n: (len(n.split()) > 1, counts[n], len(n.split()),
                                             -order[n]))
            longer = [n for n in names if len(n) > len(best) and n.lower().endswith(" " + best.lower())
                      and order[n] <= order[best] and n in outside_headline]
            self.fullest_by_surname[surname] = max(longer, key=len) if longer else best
        self._add_second_surnames(outside_headline)
        self._add_hyphenated_tails()

    def _add_hyphenated_tails(self) -> None:
        """A hyphenated surname ("Arkady Ter-Tadevosian") is also found by its last part,
        which the tokenizer splits off ("Ter - Tadevosian"), unless another person of the
        document bears that surname."""
        for surname, full in list(self.fullest_by_surname.items()):
            tail = surname.rsplit("-", 1)[-1]
            if tail != surname and tail.isalpha() and len(full.split()) > 1:
                self.fullest_by_surname.setdefault(tail, full)

    def _add_second_surnames(self, outside_headline: set[str]) -> None:
        """A full name that opens the one longer name the document gives by one more word
        is that person with a second surname ("Bruno Rodríguez" written before or after
        "Bruno Rodríguez Parrilla"): its surname takes up the longer name."""
        names = set(self.fullest_by_surname.values())
        for surname, full in list(self.fullest_by_surname.items()):
            if len(full.split()) < 2:
                continue
            longer = {n for n in names if n in outside_headline
                      and len(n.split()) == len(full.split()) + 1
                      and n.lower().startswith(full.lower() + " ")}
            if len(longer) == 1:
                self.fullest_by_surname[surname] = longer.pop()

    def fullest(self, name: str) -> str:
        """The fullest form of a person's name ("Khrenin" -> "Victor Khrenin")."""
        words = name.split()
        if not words:
            return name
        full = self.fullest_by_surname.get(surname_key(name))
        if len(words) == 1 and (not full or full.lower() == name.lower()):
            return self._family_name_first(name) or self._first_of_two_surnames(name) \
                or self._given_name_of(name) or full or name
        if full and len(full.split()) >= len(words) and full.lower().endswith(name.lower()):
            return full
        if full and _initials_of(words[:-1], full.split()[:-1]):
            return full   # "J. Olekas" for "Juozas Olekas"
        return full if full and len(words) == 1 else name

    def _family_name_first(self, name: str) -> str | None:
        """The one full name that begins with name and reads as a family name first, its
        given name in two syllables ("Chang" -> "Chang Che-ping", "Kim" -> "Kim Jong Un")."""
        family_first = name.lower() in FAMILY_NAMES_FIRST   # "Ren" for "Ren Guoqiang"
        starting = {full for full in self.fullest_by_surname.values()
                    if full.split()[0].lower() == name.lower()
                    and (len(full.split()) == 3 or len(full.split()) == 2
                         and ("-" in full or family_first))}
        return starting.pop() if len(starting) == 1 else None

    def _given_name_of(self, name: str) -> str | None:
        """The one full name that begins with name, when no one is called name as a surname:
        a person the report goes on to call by the given name ("Hillary Chaney ...
        Hillary said" -> "Hillary Chaney"); two such names leave it as written."""
        if self.fullest_by_surname.get(name.lower(), name).lower() != name.lower():
            return None
        starting = {full for full in self.fullest_by_surname.values()
                    if len(full.split()) >= 2 and full.split()[0] == name}
        return starting.pop() if len(starting) == 1 else None

    def _first_of_two_surnames(self, name: str) -> str | None:
        """The one full name of three or more words whose middle word is name: a first
        surname before a second ("Asarta" -> "Alberto Asarta Cuevas")."""
        holding = {full for full in self.fullest_by_surname.values()
                   if len(full.split()) >= 3 and full.split()[-1].lower() not in NOT_SURNAMES
                   and name.lower() in (w.lower() for w in full.split()[1:-1])}
        return holding.pop() if len(holding) == 1 else None

    def is_person_name(self, name: str) -> bool:
        words = name.split()
        return bool(words) and (surname_key(name) in self.fullest_by_surname
                                or len(words) == 1 and bool(self._family_name_first(name))
                                or len(words) == 1 and name.lower() not in COUNTRY_WORDS
                                and bool(self._given_name_of(name)))

    def names(self) -> dict[str, str]:
        """{surface name: fullest name} for every person the document names."""
        out = {}
        for ent in self.person_ents:
            surface = clean_person_name(span_text(ent))
            out[surface] = self.fullest(surface)
            if span_text(ent).strip() != surface:
                out[span_text(ent).strip()] = out[surface]
        return out


def _initials_of(initials: list[str], given: list[str]) -> bool:
    """Whether initials ("J.", "M.") are the first letters of the given names."""
    return bool(initials) and len(initials) == len(given) and all(
        re.fullmatch(r"[A-Z]\.", i) and g[:1] == i[0] and len(g) > 2
        for i, g in zip(initials, given))


def _proper_chunk(token: Token, *, keep_titles: bool = False) -> list[Token]:
    """The proper-noun run around token: its flat compound name ("Victor Khrenin")."""
    doc = token.doc
    start = token.i
    while start > 0:
        if start > 1 and doc[start - 1].text in HYPHENS and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].pos_ == "PROPN":
            start -= 2   # a double-barrelled name: "Hammond-Chambers"
        elif doc[start - 1].pos_ == "PROPN" \
                and doc[start - 1].head.i in range(start - 1, token.i + 1):
            start -= 1
        elif start > 2 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
                and _joined_before(doc[start - 1], token):
            # "North and South Atlantic Coalition": a coordinated proper modifier, whose
            # words hang on its first one
            start = _joined_before(doc[start - 1], token)
        else:
            break
    tokens = [t for t in doc[start:token.i + 1]]
    while not keep_titles and tokens and tokens[0].lower_ in TITLES and len(tokens) > 1:
        tokens = tokens[1:]
    return tokens


UNIT_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th)")


def _number_of_the_name(last: Token) -> list[Token]:
    """The number that closes an outlet's or a channel's name, which the tagger leaves out
    ("News 1 reported", "France 24 said"): a short run of digits right after the name,
    hung on it, with no noun after it that it would count."""
    doc = last.doc
    if last.i + 1 >= len(doc) or not last.text[:1].isupper():
        return []
    number = doc[last.i + 1]
    if not number.is_digit or len(number.text) > 3 or number.head.i != last.i \
            or not last.whitespace_ or number.i + 1 < len(doc) \
            and doc[number.i + 1].pos_ in {"NOUN", "PROPN", "NUM"} \
            and doc[number.i + 1].head.i == number.i:
        return []
    return [number]


def _joined_before(last: Token, name: Token) -> int:
    """The start of a proper modifier of name coordinated with "and" and ending at last
    ("North and South Atlantic" before "Coalition"): every word of it proper or the one
    "and", all hanging on the modifier's first word, which hangs on name; else 0."""
    doc = last.doc
    i = last.i
    while i > 0 and (doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper()
                     or doc[i - 1].lower_ in {"and", "&"}):
        i -= 1
    first = doc[i]
    words = doc[i: last.i + 1]
    if first.head.i != name.i or first.dep_ not in {"amod", "compound", "nmod"} \
            or sum(t.lower_ in {"and", "&"} for t in words) != 1 \
            or words[-1].lower_ in {"and", "&"} \
            or any(t.head.i != first.i for t in words if t.i != first.i):
        return 0
    return i


def _left_modifiers(head: Token, start: int) -> list[Token]:
    """Tokens before start in head's noun phrase: "Belarus’ Ministry of Defense spokesman"."""
    doc = head.doc
    left = [t for t in head.subtree if t.i < start]
    # keep only the contiguous run that ends right before the name
    run = []
    for i in range(start - 1, -1, -1):
        token = doc[i]
        if token not in left or token.text in {",", ";", "(", ")"} or token.pos_ in {"VERB", "AUX"}:
            break
        run.append(token)
    return list(reversed(run))


def split_role_org(tokens: list[Token]) -> tuple[str | None, str | None, list[str]]:
    """Split a name's left modifiers into (role, organisation, qualifiers).

    The role is the run of role words or lowercase nouns next to the name
    ("spokesman", "Foreign Minister", "military commentator"); before it comes
    the organisation when it holds a proper noun ("Belarus’ Ministry of Defense"),
    or a nationality ("Belarusian"), kept as a qualifier for matching descriptions.
    """
    words = [t for t in tokens if t.lower_ not in HONORIFICS and t.lower_ not in {"the", "a", "an"}]
    role: list[Token] = []
    while words:
        token = words[-1]
        if token.dep_ == "pobj":  # "Ministry of Defense": the organisation's own words
            break
        if token.lower_ in ROLE_WORDS or (token.is_lower and token.pos_ in {"NOUN", "ADJ"}):
            role.insert(0, token)
            words.pop()
        else:
            break
    qualifiers = [t.lower_ for t in words + role if t.ent_type_ in {"NORP", "GPE"}
                  or t.pos_ in {"ADJ", "PROPN"}]
    org = None
    if words and any(t.pos_ == "PROPN" for t in words) and not all(
            t.ent_type_ == "NORP" for t in words):
        org = clean_name(doc_text(words[0].doc)[words[0].idx: words[-1].idx + len(words[-1].text)])
    role_text = " ".join(t.text for t in role) or None
    return role_text, org or None, qualifiers


# words of an office the tagger may tag as a person's name ("Commanding Officer")
OFFICE_ONLY_WORDS = TITLE_WORDS | {"commanding", "officer", "executive", "public", "affairs",
                                   "information", "senior", "acting", "program", "manager"}


def _office_tagged_as_name(token: Token, named: Token) -> bool:
    """Whether token ends a name the tagger made of office words alone and a person's name
    follows it in apposition ("said Commanding Officer, Cmdr. Jane Roe")."""
    ent = entity_of(token)
    if ent is None or named.i <= token.i or not all(t.lower_ in OFFICE_ONLY_WORDS for t in ent):
        return False
    if named.ent_type_ in NAME_LABELS:
        return True
    held = entity_of(named)   # a name the tagger gave a body's label ("Natalia Gumenyuk" ORG)
    return held is not None and is_person_ent(held)


def _is_definite_role(token: Token) -> bool:
    """ "the Defence Secretary", "the Serbian president": a title used as a description,
    every word a role word or, before the title, a country's."""
    words = [t for t in token.doc[token.left_edge.i: token.i + 1]]
    return (len(words) > 1 and words[0].lower_ == "the" and token.lower_ in ROLE_WORDS
            and all(t.lower_ in ROLE_WORDS or t.lower_ in COUNTRY_WORDS for t in words[1:-1]))


PLACE_OR_TIME_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT"})


def _text_issuer(noun: Token) -> Token | None:
    """Who an issued text names as its own: the "by" agent of its participle ("a tweet
    posted by X"), its possessor ("the ministry's statement"), a "from" object ("a
    statement from the Pentagon"), or a proper name before it ("an Army news release")."""
    agent = _participle_agent(noun.children, GIVING_VERBS)   # also "a statement made by X"
    if agent is not None:
        return agent
    for child in noun.children:
        if child.dep_ == "poss" and (child.pos_ in {"NOUN", "PROPN"}
                                     or child.lower_ in PERSONAL_PRONOUNS):
            return child
        if child.dep_ == "prep" and child.lower_ in {"from", "by"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in {"NOUN", "PROPN"}:
                return objects[0]
        if child.dep_ == "prep" and child.lower_ == "on":
            named = [a for o in child.children if o.dep_ == "pobj"
                     and o.lower_ in MEDIA_DESCRIPTIONS for a in o.children
                     if a.dep_ == "appos" and a.pos_ == "PROPN"]
            if named:   # "an announcement on the state broadcaster TRT": the outlet's
                return named[0]
        if child.dep_ == "prep" and child.lower_ == "in" and noun.lemma_.lower() in REPORT_NOUNS:
            objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
                       and c.ent_type_ not in PLACE_OR_TIME_LABELS]
            if objects:   # "a report in The Wall Street Journal"
                return objects[0]
    names = [t for t in noun.subtree if t.i < noun.i and t.pos_ == "PROPN"
             and t.dep_ in {"compound", "nmod", "amod"}]
    if names:
        return names[-1]
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    if noun.dep_ == "dobj" and after is not None and after.lower_ == "by" \
            and after.head.i == noun.head.i and not any(
                c.dep_ == "auxpass" for c in noun.head.children):
        objects = [c for c in after.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}]
        if objects:   # "made to read a statement by the army", "by" hung on the verb
            return objects[0]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in GIVING_VERBS:
        return find_subject_of(noun)   # "14 countries issued a joint statement saying", "the
        #                                staff made a statement on the issue"
    return None


def _spoke_as_reporter(token: Token) -> bool:
    """Whether a source was cited as the one reporting: a name whose verb is "report"
    ("..., NDTV reported") or that names a report ("an ANI report said"). Its report is
    what a bare "the report" after it takes up, though the name carries no outlet word."""
    if token.lemma_.lower() == "report" and token.pos_ == "NOUN":
        return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    return token.pos_ == "PROPN" and token.dep_ == "nsubj" \
        and token.head.lemma_.lower() == "report" and token.head.pos_ == "VERB"


def _names_its_body(noun: Token) -> bool:
    """Whether a text's own words name the kind of body that issued it: "a defence ministry
    statement", not "a press statement"."""
    return any(t.dep_ == "compound" and t.lower_ in INSTITUTION_WORDS
               and t.lower_ not in MEDIA_WORDS for t in noun.lefts)


GIVING_VERBS = ISSUING_VERBS | frozenset(lexicon().speech_verbs["text_giving"])   # also "made the following comment:"


def _giver_of(noun: Token) -> Token | None:
    """The "by" agent of a participle after noun ("figures provided by the ministry")."""
    return _participle_agent(noun.rights, GIVING_VERBS)


def _participle_agent(participles, verbs: frozenset[str]) -> Token | None:
    """The "by" object of the first participle (an ``acl`` among ``participles``) of one of
    ``verbs`` that has one."""
    for participle in (c for c in participles if c.dep_ == "acl" and c.lemma_.lower() in verbs):
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def find_subject_of(noun: Token) -> Token | None:
    """The subject of the verb whose object noun is: "The ministry sent its report" -> the
    ministry (whom "its" stands for)."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "pobj"}:
        return None
    if noun.dep_ == "pobj":
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects and subjects[0].pos_ in {"NOUN", "PROPN"} else None


def _held_by(name: Token, title: Token) -> bool:
    """Whether the name in a title's phrase is the title's holder: joined to it by
    apposition, compounds or "of", not by "for", "to" or a verb."""
    token = name
    while token.i != title.i:
        if token.dep_ not in {"appos", "compound", "pobj", "prep", "flat"} \
                or (token.dep_ == "pobj" and token.head.lower_ != "of") \
                or token.head.i == token.i:
            return False
        token = token.head
    return True


INITIALS = re.compile(r"(?:[A-Z]\.?){1,2}")
NOT_INITIALS = frozenset(lexicon().sources["not_initials"])


def _closes_after_body(person: Span, title: Token) -> bool:
    """ "the coordinator for communications in the National Security Council of the White
    House John Kirby": a name written right after a body's name ends the title's phrase and
    is its holder, however long the chain of offices and bodies before it."""
    doc = person.doc
    before = doc[person.start - 1] if person.start > title.i + 1 else None
    return before is not None and before.ent_type_ == "ORG" and before.ent_iob_ != "O" \
        and person.end - 1 == title.right_edge.i


def _names_a_country(token: Token) -> bool:
    """ "US", "British": a country or its people as the tagger and the demonyms read it (not an
    outlet's name the tagger took for a place, "the Corriere daily")."""
    return token.ent_type_ in COUNTRY_LABELS and (token.lower_ in COUNTRY_WORDS or token.is_upper)


def _reads_as_initials(token: Token) -> bool:
    """One or two capitals written before a surname ("MM Naravane", "Y.K. Joshi"), not a
    body's short form ("UN", "EU")."""
    return bool(INITIALS.fullmatch(token.text)) and token.text.rstrip(".") not in NOT_INITIALS \
        and token.pos_ == "PROPN"


def _end_of_office_chain(title: Token) -> Token:
    """The last proper word of a title's unbroken run of proper words and "of"/"the"/"and"
    ("Chief of the General Staff of Moldova Ion Petrescu, who ..." ends at Petrescu)."""
    last = title
    for token in title.doc[title.i + 1:]:
        if token.lower_ in ("of", "the", "and"):
            continue
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            break
        last = token
    return last


def _office_words(ent: Span) -> set[str]:
    """The office nouns written beside a person's name: before it ("Prosecutor General
    X"), in apposition ("X, Ukraine's prosecutor general,") or as its head ("the
    prosecutor, X,")."""
    root = ent.root
    words = [t for t in ent.doc[max(0, ent.start - 4): ent.start] if not t.is_punct]
    for appos in (c for c in root.children if c.dep_ == "appos"):
        words += list(appos.subtree)
    if root.dep_ == "appos":
        words += [t for t in root.head.subtree if t.i < ent.start]
    return {t.lower_ for t in words if t.lower_ in ROLE_NOUNS
            and not (t.i > 0 and t.doc[t.i - 1].lower_ in LESSER_RANKS)}   # not "Vice President"


def _office_read_as_subject(ent: Span) -> Token | None:
    """ "The chairman of the Joint Chiefs, General X rejected ...": an office noun set
    before the name with a comma, which the parser made a second subject of the name's
    verb rather than its apposition."""
    name = ent.root
    if name.dep_ != "nsubj":
        return None
    for office in (c for c in name.head.children if c.dep_ == "nsubj" and c.i < ent.start):
        comma = office.right_edge.i + 1
        if office.lower_ in ROLE_WORDS and comma < ent.start and ent.doc[comma].text == "," \
                and all(_is_rank(t) for t in ent.doc[comma + 1: ent.start]):
            return office
    return None


def _refers_back(token: Token) -> bool:
    """ "the prosecutor", "the minister", "Armenia's prime minister", "the Ukrainian leader":
    a definite noun of an office or rank, with at most a country's possessive or adjective
    and role words before it."""
    lefts = list(token.lefts)
    # "The Minister spoke": a capitalised office word after a bare article is no name
    capitalised = token.pos_ == "PROPN" and token.tag_ == "NNP" \
        and [t.lower_ for t in lefts] == ["the"]
    # "quoted the general as saying": a rank the tagger read as an adjective, used as a noun
    nominal_rank = token.pos_ == "ADJ" and token.dep_ in {"nsubj", "dobj"} \
        and [t.lower_ for t in lefts] == ["the"]
    if not lefts or not (capitalised or nominal_rank or token.pos_ == "NOUN" and token.tag_ == "NN") \
            or token.lower_ not in ROLE_NOUNS \
            or any(c.dep_ in {"prep", "appos", "acl", "relcl"} and not _set_off(token, c)
                   for c in token.rights):
        return False
    first = lefts[0]
    by_country = first.dep_ == "poss" and (first.lower_ in COUNTRY_WORDS
                                           or _owned_by_the_country(token))
    return (first.lower_ == "the" or by_country) and all(   # "the Ukrainian leader" too
        (t.is_lower and t.lower_ in ROLE_WORDS) or t.lower_ in COUNTRY_WORDS
        for t in token.doc[first.i + 1: token.i] if t.dep_ != "case")


def _set_off(token: Token, clause: Token) -> bool:
    """Whether a relative clause or an apposition after token is set off by a comma ("the
    general, who commands ..."), or is a relative clause that only keeps the one meant
    unnamed ("the officer who did not want to be quoted"): it describes the one meant, it
    does not pick out another."""
    if clause.dep_ == "relcl" and _keeps_unnamed(clause):
        return True
    return clause.dep_ in {"relcl", "appos"} and clause.left_edge.i > token.i + 1 \
        and token.doc[clause.left_edge.i - 1].text == ","


def _keeps_unnamed(clause: Token) -> bool:
    """ "who did not want to be named", "who asked not to be identified", "who remained
    anonymous": a clause about the speaker's anonymity."""
    return any(t.lemma_.lower() in NAMING_PASSIVES
               and any(c.dep_ == "auxpass" for c in t.children)
               or t.lower_ in ANONYMOUS_WORDS or t.lower_ == "anonymity" for t in clause.subtree)


# Possessors that stand for the country a report is about: "the country's president".
COUNTRY_OWNERS = frozenset(lexicon().sources["country_owners"])


def _owned_by_the_country(token: Token) -> bool:
    """Whether token's possessor is "the country's" (or "the nation's")."""
    return any(c.dep_ == "poss" and c.lower_ in COUNTRY_OWNERS
               and any(d.lower_ == "the" for d in c.lefts) for c in token.lefts)


def _reports_before_itself(pronoun: Token) -> bool:
    """ "..., it said.", "“...,” it added.": a reporting verb set after the clause or the
    quotation it reports, where a pronoun subject takes up the source named before."""
    text = doc_text(pronoun.doc)
    end = pronoun.idx   # the character before the pronoun, past spaces and commas
    while end and text[end - 1] in " ,\n\t":
        end -= 1
    if not end:
        return False
    if text[end - 1] in "”’\"'»":
        return pronoun.dep_ == "nsubj" and pronoun.head.i > pronoun.i
    verb = pronoun.head
    return any(child.dep_ == "ccomp" and child.i < verb.i for child in verb.children) \
        or verb.dep_ in {"parataxis", "conj"} and verb.head.i < verb.i


FRONTED_MODIFIER_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod", "punct"})


def _after_fronted_modifiers(pronoun: Token) -> bool:
    """ "Citing two officials, it said ...", "On Monday, it said ...": the subject of a main
    clause opened by adverbials only."""
    verb = pronoun.head
    return verb.dep_ == "ROOT" and all(c.dep_ in FRONTED_MODIFIER_DEPS
                                       for c in verb.children if c.i < pronoun.i)


def reports_after_its_content(pronoun: Token) -> bool:
    """ "Martial law has been imposed, it adds.": a pronoun subject of a reporting verb set
    after the clause it reports, which only a source can be."""
    return pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in REPORTING_LEMMAS \
        and _reports_before_itself(pronoun)


def reports_with_a_clause(pronoun: Token) -> bool:
    """ "It added that more would follow": a pronoun subject of a reporting verb with a
    content clause of its own, which only a source can be."""
    verb = pronoun.head
    if not (pronoun.dep_ == "nsubj" and verb.pos_ == "VERB"
            and (verb.left_edge.i == pronoun.i or _after_fronted_modifiers(pronoun))):
        return False
    # "It went on to say that ...": the report in the verb's complement
    verbs = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return any(v.lemma_.lower() in REPORTING_LEMMAS
               and any(c.dep_ == "ccomp" and c.i > v.i for c in v.children)   # not "what it says"
               for v in verbs)


def _office_letters_alone(token: Token) -> bool:
    """ "a Ukrainian MP said", "Ukrainian MP says": letters of an office written after a
    name ("Jane Roe MP") that head a phrase naming no one, a description, not a name."""
    return token.text in POST_NOMINALS and not any(t.ent_type_ == "PERSON" for t in token.subtree)


def _is_role_name(token: Token) -> bool:
    """ "U.K. Defence Secretary", "Defense Minister": a title written as a name, with
    no name in it; only its country, its office and role words."""
    if token.pos_ != "PROPN" or token.lower_ not in ROLE_WORDS:
        return False
    words = [t for t in token.doc[token.left_edge.i: token.i + 1] if t.lower_ != "the"]
    return all(t.lower_ in ROLE_WORDS or t.ent_type_ in {"GPE", "NORP"}
               or t.lower_.strip(".’'s") in COUNTRY_WORDS for t in words)


def _institution_tokens(head: Token, chunk: list[Token]) -> list[Token]:
    """An institution's name with the modifiers written before it ("Russia's Ministry of
    Defence", "Belarus's defence ministry"), when its head is an institution word."""
    if head.lower_ not in INSTITUTION_WORDS:
        # "Türkiye's Secretariat of Defence Industries": a state body named with an "of"
        # phrase keeps the country that owns it
        owner = chunk[0].doc[chunk[0].i - 2: chunk[0].i] if chunk[0].i >= 2 else []
        if head.ent_type_ == "ORG" and head.pos_ == "PROPN" and len(owner) == 2 \
                and owner[1].dep_ == "case" and owner[0].dep_ == "poss" \
                and owner[0].head.i == head.i and owner[0].ent_type_ == "GPE" \
                and any(t.lower_ == "of" and t.head.i == head.i for t in chunk):
            # the country's whole name: "South Korea's Joint Chiefs of Staff"
            start = owner[0].i
            while start > 0 and owner[0].doc[start - 1].dep_ == "compound" \
                    and owner[0].doc[start - 1].head.i == owner[0].i \
                    and owner[0].doc[start - 1].ent_type_ == "GPE":
                start -= 1
            return list(owner[0].doc[start: owner[0].i]) + list(owner) + chunk
        return _proper_owner(head, chunk) + chunk
    run = _left_modifiers(head, chunk[0].i)
    while run and (run[0].dep_ not in INSTITUTION_MODIFIER_DEPS or not _names_institution(run[0])):
        run = run[1:]
    if not all(_names_institution(t) or (_owned_by_a_name(run) and t.dep_ == "amod"
                                         and t.is_alpha) for t in run):
        return chunk
    return run + chunk


def _proper_owner(head: Token, chunk: list[Token]) -> list[Token]:
    """The proper possessor a one-word capitalised name is written with, no person's:
    "The IDF Spokesperson's Unit" is the Unit of the IDF Spokesperson."""
    doc = head.doc
    if len(chunk) != 1 or head.pos_ != "PROPN" or not head.is_title or chunk[0].i < 2 \
            or head.lower_ in TITLE_WORDS:   # "The People's Deputy" is a title
        return []   # an acronym names its body alone: "the South's JCS" is the JCS
    owner, case = doc[chunk[0].i - 2], doc[chunk[0].i - 1]
    if case.dep_ != "case" or owner.dep_ != "poss" or owner.head.i != head.i \
            or owner.pos_ != "PROPN" or owner.ent_type_ in {"PERSON", "GPE"}:
        return []   # "Russia's Unit" keeps its country apart, as for any body
    start = owner.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == owner.i:
        start -= 1
    return list(doc[start: owner.i + 2])


def _owned_by_a_name(run: list[Token]) -> bool:
    """Whether a run of modifiers opens with a proper possessor: "Ukraine's military
    intelligence agency" names one body, "the military intelligence agency" does not."""
    return bool(run) and run[0].dep_ == "poss" and run[0].pos_ == "PROPN"


NAME_JOINERS = frozenset(lexicon().grammar["name_joiners"])


def _with_of_phrase(tokens: list[Token]) -> list[Token]:
    """An institution's name with the proper "of" phrase that completes it: "General Staff"
    + "of the Armed Forces", "Main Intelligence Directorate of Ukraine's" +
    "Defence Ministry"; not one with a common word ("Ministry of Defence officials")."""
    head = max((t for t in tokens if t.lower_ in INSTITUTION_WORDS), key=lambda t: t.i,
               default=None)
    if head is None:
        return tokens
    ofs = [c for c in head.rights if c.lower_ == "of"]
    objects = [c for c in ofs[0].children if c.dep_ == "pobj"] if ofs else []
    if not objects or objects[0].pos_ != "PROPN":
        return tokens
    end = objects[0].right_edge.i
    doc = head.doc
    if end <= tokens[-1].i:
        return tokens
    added = doc[tokens[-1].i + 1:end + 1]
    if not all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS for t in added):
        return tokens
    return list(doc[tokens[0].i:end + 1])


def _body_of_phrase(token: Token) -> Token | None:
    """The last word of a proper "of" phrase that makes the name before it a body's
    ("Joint Chiefs" + "of Staff"), when that word ends a body's name; else None."""
    ofs = [c for c in token.rights if c.lower_ == "of" and c.i == token.i + 1]
    objects = [c for c in ofs[0].children if c.dep_ == "pobj"] if ofs else []
    if not objects or objects[0].pos_ != "PROPN":
        return None
    end = objects[0]
    added = token.doc[token.i + 1: end.i + 1]
    if end.lower_ not in BODY_NAME_ENDINGS | INSTITUTION_WORDS or not all(
            t.text[:1].isupper() or t.lower_ in NAME_JOINERS for t in added):
        return None
    return end


def _names_institution(modifier: Token) -> bool:
    """A modifier that is part of a name: a proper possessor ("Russia's"), a capitalised
    adjective ("Lithuanian"), a compound ("defence"); not "her" or "nonpartisan"."""
    if not any(char.isalpha() for char in modifier.text):
        return modifier.dep_ == "case"   # "'s", not a bullet or an emoji
    if modifier.dep_ == "poss":
        return modifier.pos_ == "PROPN"
    if modifier.dep_ == "amod":
        return not modifier.is_lower
    return modifier.dep_ in INSTITUTION_MODIFIER_DEPS


def _right_org(head: Token) -> str | None:
    """An "of X" organisation after a name: "Khodarenko of ‘Gazeta.ru,’"."""
    for child in head.rights:
        if child.lower_ == "of":
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and objects[0].pos_ == "PROPN":
                ent = entity_of(objects[0])
                tokens = list(ent) if ent is not None else _proper_chunk(objects[0])
                return clean_name(doc_text(head.doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)])
    return None


def _cited_without_article(found: Speaker) -> Speaker:
    """A state or armed body described by common nouns, without the article the sentence
    gave it ("The Ukrainian military said": "Ukrainian military"); a bare "the ministry",
    which names no body, stays as written."""
    words = (found.name or "").split()
    # the head before its phrase: "the chairman of the committee", "the mission in Lebanon"
    cut = next((i for i, word in enumerate(words) if i > 1 and word in BODY_PHRASE_PREPS),
               len(words))
    head = words[cut - 1:cut]
    if len(words) > 2 and words[0].lower() == "the" and head and head[0] in BARE_BODY_HEADS:
        return replace(found, name=" ".join(words[1:]))
    return found


def _without_article(name: str) -> str:
    """A body's name without the article the sentence gave it ("the military")."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower() == "the" else name


def is_other_kind_of_body(bare: str, name: str) -> bool:
    """A bare body noun and a body's name of the other branch of the state: "the ministry" and
    "the Ukrainian air force", "the army" and "the Ministry of Defence"."""
    words = set(name.lower().split())
    military, civil = bool(words & MILITARY_BODY_WORDS), bool(words & CIVIL_BODY_WORDS)
    if bare in MILITARY_BODY_WORDS:
        return civil and not military
    return bare in CIVIL_BODY_WORDS and military and not civil


def clean_institution_name(text: str) -> str:
    """An institution's name as written, with its article ("the Associated Press"),
    without edge marks or a possessive ending."""
    text = " ".join(text.split()).strip(EDGE_PUNCT)
    # a short form in brackets after the name: "Department of National Defense (DND)"
    text = ACRONYM_AFTER_NAME.sub("", text).strip(EDGE_PUNCT)
    # a caption's last word run into the article: "Nigerian-troopsThe Defence Headquarters"
    text = WORD_RUN_INTO_ARTICLE.sub("", text)
    for ending in POSSESSIVE_ENDINGS:
        if text.endswith(ending):
            return text[: -len(ending)].strip(EDGE_PUNCT)
    return text


WORD_RUN_INTO_ARTICLE = re.compile(r"^\S*[a-z](?=The\s)")
ACRONYM_AFTER_NAME = re.compile(r"(?<=\w)\s*\([A-Z][A-Za-z]{1,7}\)?$")


def _leading_articles(tokens: list[Token]) -> list[Token]:
    """The "the"s before a name's first word proper: "Later the Defence Ministry" has one,
    "The Institute for the Study of War" only its first (the second is inside the name)."""
    articles = []
    for token in tokens:
        if token.lower_ == "the":
            articles.append(token)
        elif token.text[:1].isupper() and (articles or token.pos_ in {"PROPN", "NOUN", "ADJ"}):
            break
    return articles


def _with_article(name: str, tokens: list[Token]) -> str:
    """Keep "the" before a common noun's institution ("the Ukrainian army") and an
    outlet's name ("the Associated Press"); drop it before other proper names
    ("White House"), as reports cite them either way."""
    words = name.split()
    if not words or words[0].lower() != "the" or len(words) < 2:
        return name
    # a title in quotation marks after the article: the "Süddeutsche Zeitung"
    unmarked = [words[0]] + " ".join(words[1:]).strip(EDGE_PUNCT).split()
    if len(unmarked) < 2:
        return name
    words, name = unmarked, " ".join(unmarked)
    head = tokens[-1]
    if len(words) == 2 and words[1].istitle() and words[1].lower() in MEDIA_WORDS:
        return "The " + words[1]   # "The Times", "The Post": without it, a common word
    if head.is_lower or (words[0] == "the" and MEDIA_WORDS & institution_key(name)):
        return name   # "The New York Times" is the paper's own title, cited either way
    return " ".join(words[1:])


def institution_key(name: str) -> frozenset[str]:
    """The words that identify an institution, in any order and spelling:
    "Defence Ministry" and "the Ministry of Defense" share {"defense", "ministry"}."""
    words = name.lower().replace("’", "'").replace("'s ", " ").split()
    words = [w.strip(EDGE_PUNCT).removesuffix("'s").removesuffix("'") for w in words]
    return frozenset(SPELLING_FOLDS.get(w, w) for w in words
                     if w and w not in INSTITUTION_STOPWORDS)


# A photo credit: a name joined to an agency by a slash ("REUTERS/Jane Roe", "Jane Roe/AFP")
# or a credit's own words.
PHOTO_CREDIT = re.compile(r"\w/\w|\b(?:File Photo|Getty Images|AP Photo|Photo by)\b")
# Head words that name one kind of body ("the intelligence agency" is the intelligence
# service the document names).
BODY_HEADS = dict(lexicon().sources["body_heads"])
# Words of a body's formal name that its short form leaves out ("Ministry of National Defence"
# is the "Defence Ministry").
FORMAL_NAME_WORDS = frozenset({"national"})


def _folded_key(key: frozenset[str]) -> frozenset[str]:
    """An institution's key with a country's adjective as its name ("russian" ->
    "russia") and one head word for an agency or a service."""
    return frozenset(BODY_HEADS.get(w, DEMONYMS.get(w, w).lower()) for w in key)


def _closes_with_its_members(short: str, wide: str) -> bool:
    """Whether a wider form only closes a proper name with a lower-case word after it:
    "African Union forces" are the Union's troops, not a fuller name of "the African
    Union" ("Ministry of Defence" is fuller than "Defence Ministry")."""
    short_words, wide_words = short.split(), wide.split()
    return bool(short_words) and wide_words[-1].islower() and (
        short_words[-1][:1].isupper() or wide_words[-1] in MEMBER_NOUNS
        and short_words[-1].lower() != wide_words[-1]) \
        and wide.lower().replace("the ", "", 1).startswith(
            short.lower().replace("the ", "", 1))   # "the Israeli army forces": its troops


def _adds_only_lower_words(name: str, folded: frozenset[str]) -> bool:
    """Whether the words of name beyond a folded key are all written in lower case
    ("military" in "Ukraine's military intelligence service"), not more of a proper name
    ("20th Guards Army" is another body than "the Russian army")."""
    owners = [w for w in name.replace("’", "'").split() if w.endswith(("'s", "'"))]
    if any(w.rstrip("'s").lower() not in COUNTRY_WORDS for w in owners):
        return False   # "the Tax Foundation's policy center" is a part of the foundation
    extra = _folded_key(institution_key(name)) - folded
    written = {w.strip(EDGE_PUNCT).lower(): w.strip(EDGE_PUNCT) for w in name.split()}
    return all(w in written and (written[w].islower() or w in FORMAL_NAME_WORDS) for w in extra)


def _content_words(name: str) -> list[str]:
    words = [w.strip(EDGE_PUNCT).removesuffix("'s").removesuffix("’s") for w in name.split()]
    return [SPELLING_FOLDS.get(w.lower(), w.lower()) for w in words
            if w and w.lower() not in INSTITUTION_STOPWORDS]


def _names_same_body(short: str, full: str) -> bool:
    """Whether full writes out short: its words in a row ("Russia's Defense Ministry"
    for "Defense Ministry"), or with the head first, as "Ministry of Defense" does."""
    words, within = _content_words(short), _content_words(full)
    if not words:
        return False
    if within[-len(words):] == words:   # same head, at the end: not "RT" in "RT America network"
        # before it only a country ("Russia's Defense Ministry"), not more of a name
        # ("Super PAC" is another body than "PAC")
        before = within[:-len(words)]   # a country's name may take two words ("South Korea")
        return all(word in COUNTRY_WORDS for word in before) \
            or " ".join(before) in COUNTRY_NAME_PHRASES
    if within[:len(words)] == words and re.match(   # "General Staff" of the Armed Forces
            r"(?i)(the\s+)?" + r"\s+".join(re.escape(w) for w in short.split()
                                           if w.lower() != "the") + r"\s+(of|for)\s",
            full.strip()):
        return True
    inverted = words[-1:] + words[:-1]
    return len(words) > 1 and any(within[i:i + len(inverted)] == inverted
                                  for i in range(len(within) - len(inverted) + 1))


@dataclass
class InstitutionMention:
    name: str
    key: frozenset[str]
    position: int           # character offset
    named: bool             # holds a proper word ("The Kyiv administration")
    media: bool             # an outlet's name ("the Financial Times")
    labelled: bool = False  # named by a "Source:" line


def _end_of(text: str, mention: InstitutionMention) -> int:
    """Where a mention's name ends in text (its name may have lost an article before it)."""
    start = text.find(mention.name, mention.position)
    return start + len(mention.name) if start >= 0 else mention.position


class InstitutionIndex:
    """The institutions a document names, so that a short form, an acronym or a
    description ("the administration") resolves to the fullest name it gives."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.mentions: list[InstitutionMention] = []
        covered = set()
        for ent in doc_ents(doc):
            if ent.label_ in {"ORG", "NORP", "FAC"} and any(t.pos_ == "PROPN" for t in ent):
                dashes = [t for t in ent if t.text in {"-", "–", "—"} and t.whitespace_]
                if dashes:   # a headline's "... to Ukraine - Handelsblatt" tagged as one
                    ent = Span(doc, dashes[-1].i + 1, ent.end, label=ent.label_)
                    if not len(ent) or not any(t.pos_ == "PROPN" for t in ent):
                        continue
                tokens = _with_of_phrase(_institution_tokens(ent.root, list(ent)))
                self._add(tokens)
                covered |= {t.i for t in tokens}
        for token in (doc[i] for i in lower_positions(doc, INSTITUTION_WORDS)):
            if token.pos_ in {"NOUN", "PROPN"} and token.i not in covered:
                tokens = _institution_tokens(token, [token])
                if token.pos_ == "PROPN":   # "General Staff of the Armed Forces"
                    chunk = _proper_chunk(token, keep_titles=True)
                    tokens = _with_of_phrase(chunk if chunk[0].i < tokens[0].i else tokens)
                self._add(tokens)
                covered |= {t.i for t in tokens}
        self._add_source_lines()
        self.mentions.sort(key=lambda m: m.position)
        self.acronyms = self._find_acronyms()

    def _find_acronyms(self) -> dict[str, str]:
        """{acronym: full name} for the institutions the document names in full and then
        by acronym: one defined in brackets after the name ("Ministry of Defence of Latvia
        (MoD)"), or one made of the initials of a name it gives ("MND")."""
        text = doc_text(self.doc)
        found = {}
        named = [m for m in self.mentions if m.named and not m.media]
        for match in ACRONYM_DEFINITION.finditer(text):
            before = [m for m in named if m.position < match.start()
                      and not text[_end_of(text, m):match.start()].strip()]
            if before:
                found.setdefault(match.group(1), before[-1].name)
        for mention in named:
            words = [w for w in mention.name.split() if w[:1].isupper() and w.lower() != "the"]
            initials = "".join(w[0] for w in words)
            if len(initials) >= 2:
                found.setdefault(initials, mention.name)
            # "MoD" for "(Britain's) Ministry of Defence": small words as small letters
            own = mention.name.replace("’", "'").split("'s ")[-1].split()
            while len(own) > 2 and own[0].lower() in COUNTRY_WORDS:   # "Russian Ministry of ..."
                own = own[1:]
            small = "".join(w[0] if w[:1].isupper() else w[0].lower() for w in own
                            if w.isalpha() and w.lower() != "the")
            if len(small) >= 3 and any(c.islower() for c in small):
                found.setdefault(small, mention.name)
        capitals = capitals_word_positions(self.doc, CLIPPED_ACRONYM_MIN) if named else []
        for token in (self.doc[i] for i in capitals):
            if token.text not in found:   # "CENTCOM": clipped words, no initials
                full = next((m.name for m in named if _clipped_words_of(token.text, m.name)), None)
                if full:
                    found[token.text] = full
        return found

    def _add(self, tokens: list[Token]) -> None:
        articles = _leading_articles(tokens)
        if articles:   # an entity may take in the word before: "Later the Defence Ministry"
            tokens = [t for t in tokens if t.i >= articles[-1].i]
        first = tokens[0]
        if first.i > 0 and first.lower_ != "the" and first.doc[first.i - 1].lower_ == "the":
            first = first.doc[first.i - 1]
        text = doc_text(self.doc)[first.idx: tokens[-1].idx + len(tokens[-1].text)]
        if PHOTO_CREDIT.search(text):
            return   # "REUTERS/Gleb Garanich/File Photo": a caption's credit, no body that speaks
        name = _with_article(clean_institution_name(text), tokens)
        key = institution_key(name)
        if key:
            words = [t for t in tokens if t.lower_ != "the"]   # more than "Bank", no "centrist"
            named = any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "NORP"}
                        for t in words[:-1]) and not words[0].is_lower
            self.mentions.append(InstitutionMention(name, key, first.idx, named,
                                                    bool(MEDIA_WORDS & key)))

    def _add_source_lines(self) -> None:
        """ "Source: Defense Express, citing ...": the line that names a report's source."""
        text = doc_text(self.doc)
        position = 0
        for line in text.split("\n"):
            label, _, rest = line.partition(":")
            if label.strip().lower() in SOURCE_LINE_LABELS and rest.strip():
                name = clean_institution_name(rest.split(",")[0].split(";")[0])
                if name:
                    key = institution_key(name)
                    self.mentions.append(InstitutionMention(name, key, position + line.index(rest),
                                                            True, True, True))
            position += len(line) + 1

    def _nearest(self, candidates: list[InstitutionMention], position: int) -> str | None:
        """The latest candidate before position, else the first after it."""
        before = [m for m in candidates if m.position < position]
        if before:
            return before[-1].name
        return candidates[0].name if candidates else None

    def fullest(self, name: str, position: int) -> str:
        """The fullest form of an institution's name the document gives: "Defense Ministry"
        -> "Russia's Ministry of Defense", "the MoD" -> "Ministry of Defence of Latvia" when
        the document spells the acronym out."""
        bare = name[4:] if name.lower().startswith("the ") else name
        if bare in self.acronyms and ACRONYM.fullmatch(bare):   # "the MoD", "MND"
            return self.acronyms[bare]
        words = bare.split()
        if len(words) > 1 and words[-1] in self.acronyms and ACRONYM.fullmatch(words[-1]) \
                and all(w.lower().rstrip("'s’") in COUNTRY_WORDS for w in words[:-1]):
            return self.acronyms[words[-1]]   # "The Russian MoD"
        key = institution_key(name)
        wider = [m for m in self.mentions if m.named and key < m.key
                 and _names_same_body(name, m.name) and not _closes_with_its_members(name, m.name)]
        if not key:
            return name
        if not wider:
            found = self._country_description_of(name, key) \
                or self._same_body_otherwise_written(name, key)
            if found == name:   # "the Joint Chiefs of Staff" after "Chile's Joint Chiefs of Staff"
                return _country_owned_form_before(doc_text(self.doc), name, position) or name
            return found
        # a body named before the short form, not one the text names only later ("The
        # Ministry also said" after the Ministry of Defence, before Ministry of External Affairs)
        wider = [m for m in wider if m.position < position] or wider
        widest = max(len(m.key) for m in wider)
        return self._nearest([m for m in wider if len(m.key) == widest], position) or name

    def _country_description_of(self, name: str, key: frozenset[str]) -> str | None:
        """The one body named in full that "the Russian center" describes: a lower-case
        head after a country's adjective only, where the full name opens with that
        country and closes with that head ("Russian Reconciliation Center")."""
        written = [w for w in name.split() if w.lower() != "the"]
        if len(written) < 2 or not written[-1].islower() \
                or not all(w.lower().strip("’'s") in COUNTRY_WORDS for w in written[:-1]):
            return None
        words = _content_words(name)
        found = {m.name for m in self.mentions if m.named and not m.media and key < m.key
                 and _content_words(m.name)[-1:] == words[-1:]
                 and _content_words(m.name)[:len(words) - 1] == words[:-1]}
        return found.pop() if len(found) == 1 else None

    def _same_body_otherwise_written(self, name: str, key: frozenset[str]) -> str:
        """One body written two ways in one document takes one name: "the Defense
        Ministry" and "the Ministry of Defense", "the Russian Defence Ministry" and "the
        Ministry of Defence of Russia", "the Ukrainian intelligence agency" and "Ukraine's
        military intelligence service". A country's adjective counts as its name, and
        "agency" as "service"; the other form may add lower-case words only. Of the forms,
        the one with the most such words, then the most words, then the first written
        ("the Russian Defense Ministry" over a later "Russia's Defense Ministry")."""
        folded = _folded_key(key)
        if len(folded) < 2 or not folded & (COUNTRY_WORDS | BODY_HEADS.keys()
                                            | frozenset(BODY_HEADS.values()) | INSTITUTION_WORDS):
            return name
        forms = [(name, key)] + [(m.name, m.key) for m in self.mentions if m.named
                                 and m.name != name and _folded_key(m.key) >= folded
                                 and _adds_only_lower_words(m.name, folded)
                                 and not _closes_with_its_members(name, m.name)]
        if len(forms) == 1:
            return name

        first_written = {}
        for mention in self.mentions:
            first_written.setdefault(mention.name, mention.position)

        def rank(form):
            text, words = form
            bare = text[4:] if text.lower().startswith("the ") else text
            return (len(_folded_key(words)), len(bare.split()),
                    -first_written.get(text, len(doc_text(self.doc))))
        return max(forms, key=rank)[0]

    def last_named_before(self, position: int) -> str | None:
        """The last institution named by a proper name before position ("The Coast Guard
        Agency released a statement. “...,” it said.")."""
        before = [m for m in self.mentions if m.named and m.position < position]
        return before[-1].name if before else None

    def named_for(self, head: str, position: int, *, before_only: bool = False) -> str | None:
        """The named institution a description with this head word stands for ("the
        city's military administration" -> "The Kyiv administration"); before_only: one
        named before position only."""
        head = SPELLING_FOLDS.get(head, head)
        media = head in MEDIA_WORDS   # "the army" is no "Army Radio"
        candidates = [m for m in self.mentions if m.named and head in m.key
                      and (media or not m.media)]
        if before_only:
            candidates = [m for m in candidates if m.position < position]
        named = self._nearest(candidates, position)
        if not named:
            return named
        # a wider form, not another spelling: "the ministry" after "Japan's Ministry of
        # Defence" and "the Defence Ministry" is Japan's, as first named in full
        fuller = self.fullest(named, position)
        return fuller if len(institution_key(fuller)) > len(institution_key(named)) else named

    def is_outlet(self, name: str) -> bool:
        """Whether the document names an outlet by name."""
        return any(m.media and m.name == name for m in self.mentions)

    def outlet(self, position: int) -> str | None:
        """The outlet "the publication" stands for: the last one named before, else the next."""
        labelled = [m for m in self.mentions if m.labelled and m.position < position]
        if labelled:   # "Source: X" names the report's own source
            return labelled[-1].name
        found = self._nearest([m for m in self.mentions if m.media and m.named], position)
        return _outlet_own_name(found) if found else found


def _outlet_own_name(name: str) -> str:
    """An outlet's own name without the description written after it and the country
    before it ("Iran’s Tasnim news agency" -> "Tasnim"); a name that is all description
    ("the state news agency") or whose own words are lower-case stays whole."""
    words = name.split()
    end = len(words)
    while end > 1 and words[end - 1].islower() and (
            words[end - 1] in MEDIA_DESCRIPTIONS or words[end - 1] in {"news", "state"}):
        end -= 1
    if end == len(words):
        return name
    start = 1 if end > 1 and words[0].lower().rstrip("’'s") in COUNTRY_WORDS \
        and words[0].endswith(("’s", "'s")) else 0
    own = words[start:end]
    return " ".join(own) if own and all(w[:1].isupper() for w in own) else name


@dataclass
class TitledPerson:
    """A person named with a title ("Belarusian President Alexander Lukashenko")."""

    name: str
    titles: set[str]        # "president"; "foreign minister", "minister"
    qualifiers: set[str]    # "belarusian", words of the organisation
    position: int           # token index of the mention


@dataclass
class PersonMention:
    token_i: int
    name: str
    salient: bool = False   # a subject or a speaker, which pronouns prefer
    main: bool = False      # the subject of a main clause, or a speaker: preferred over all
    quoted: bool = False    # inside a quotation: no antecedent for a pronoun outside it


INDEFINITE_WORDS = frozenset(lexicon().grammar["indefinite_words"])


def _office_parts(text: str) -> list[str]:
    """A word of an office, lower-cased, hyphened words split ("Inter-Services": inter,
    services); brackets and dashes are no words."""
    return [part for part in re.split(r"[-–‐]", text.lower().strip("().,")) if part.isalpha()]


def _only_office_words(name: str) -> bool:
    """A "name" of acronyms and role words only ("ISPR", "ISPR Director-General"): an
    office the tagger read as a person, no one's name."""
    words = [w for w in re.split(r"[\s\-–‐]+", name) if w]
    return bool(words) and all(w.isupper() or w.lower() in ROLE_WORDS for w in words)


def _capitals_read_as_person(ent: Span) -> bool:
    """A lone word in capitals the tagger took for a person: an acronym ("SOUTHCOM")."""
    return ent.label_ == "PERSON" and len(ent) == 1 and ent[0].is_upper and len(ent[0]) >= 3


CLIPPED_ACRONYM_MIN = 5   # "CENTCOM", "AFRICOM": shorter capitals are initials


def _clipped_words_of(acronym: str, name: str) -> bool:
    """Whether an acronym is the name's last words clipped and run together ("CENTCOM":
    Central Command; "USCENTCOM": U.S. Central Command): each piece at least two letters of
    its word's start (a country written in capitals whole), two words at least, and the
    run ending with the name."""
    words = [w.replace(".", "") for w in name.split() if w[:1].isupper()]
    letters = acronym.lower()

    def clips(rest: str, index: int) -> bool:
        """Whether rest is words[index:] clipped, in order, to the end."""
        if not rest:
            return index == len(words)
        if index == len(words):
            return False
        word = words[index].lower()
        return any(rest.startswith(word[:size]) and clips(rest[size:], index + 1)
                   for size in range(min(len(word), len(rest)), 1, -1))

    return any(clips(letters, start) for start in range(max(0, len(words) - 4), len(words) - 1))


def _initials_run(acronym: str, words: list[str]) -> list[str] | None:
    """The run of words an acronym's letters begin ("dg": director general; "ispr": inter
    services public relations), or None."""
    letters = acronym.lower()
    for i in range(len(words) - len(letters) + 1):
        run = words[i: i + len(letters)]
        if all(w.startswith(c) for w, c in zip(run, letters)):
            return run
    return None


def _same_office(word: str, held: str) -> bool:
    """Two role words that name one office: the same word, or one the other's aliases
    ("chief" and "director" both head a body)."""
    return word == held or held in ROLE_ALIASES.get(word, ()) or word in ROLE_ALIASES.get(held, ())


# labels the tagger gives a lone surname it did not read as a person ("Schiff called on":
# LOC); not GPE, which a country or city sharing a surname ("Jordan") is given
UNTAGGED_SURNAME_LABELS = frozenset({"", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "LOC", "FAC"})


class SpeakerResolver:
    """Resolve the token that heads a speaker phrase to a Speaker.

    Usage: ``resolver = SpeakerResolver(doc); resolver.resolve(token)``; call
    ``note(...)`` with each resolved person speaker so later pronouns find them.
    """

    def __init__(self, doc: Doc, quotations: list[QuotedStretch] | None = None):
        """quotations: the document's quoted stretches, when the caller has found them."""
        self.doc = doc
        self.index = NameIndex(doc)
        office_holders = self._untagged_office_holders()
        untagged = [Span(doc, run[0].i, run[-1].i + 1, label="PERSON")
                    for _, run in office_holders] + self._untagged_titled_names()
        if untagged:
            self.index.add_people(untagged)
        self.mentions: list[PersonMention] = []
        self.titled: list[TitledPerson] = []
        self.roles: dict[str, tuple[str | None, str | None]] = {}   # first stated per person
        self.extra_names: dict[str, str] = {}
        # each person's words of office, beside the name or in apposition ("X, Ukraine's
        # prosecutor general,"), which "the prosecutor" takes up
        self.described_as: dict[str, set[str]] = {}
        self.quotations = find_quoted_stretches(doc_text(doc)) if quotations is None \
            else quotations
        title_of = {run[0].i: title for title, run in office_holders}
        for ent in self.index.person_ents:
            name = self.index.fullest(clean_person_name(span_text(ent)))
            self.described_as.setdefault(name, set()).update(_office_words(ent))
            # a name closing an office's phrase is a subject when any word of the phrase is
            # ("Defense Minister of Ukraine X has said"), not when it is thanked or met
            phrase = doc[title_of[ent.start].i: ent.end] if ent.start in title_of \
                else [_rank_over(ent.root)]
            subject = next((t for t in phrase if t.dep_ in {"nsubj", "nsubjpass"}
                            or _subject_read_as_compound(t)), None)
            salient = subject is not None
            self.mentions.append(PersonMention(
                ent.root.i, name, salient, salient and _heads_main_clause(subject.head),
                self._quotation_of(ent.start_char) is not None))
            role, org, qualifiers = split_role_org(_left_modifiers(ent.root, ent.start))
            org = org or _right_org(ent.root)
            if (role or org) and name not in self.roles:
                self.roles[name] = (role, org)
            if role:
                self.titled.append(TitledPerson(name, _title_forms(role), set(qualifiers) | set(
                    (org or "").lower().split()), ent.start))
            if not role or role.lower() in RANK_HONORIFICS:
                # "The chairman of the Joint Chiefs, General X": the office beside the rank
                self._note_title_elsewhere(ent, name)
        for title, run in office_holders:   # "the Secretary of the Security Council X"
            name = self.index.fullest(clean_person_name(span_text(Span(doc, run[0].i, run[-1].i + 1))))
            of_words = {t.lower_ for t in doc[title.i + 1: run[0].i]
                        if t.pos_ in {"PROPN", "NOUN"} and t.lower_ not in ROLE_WORDS}
            self.titled.append(TitledPerson(name, _title_forms(title.lower_), of_words, title.i))
            self.described_as.setdefault(name, set()).add(title.lower_)
            self.roles.setdefault(name, (title.lower_, None))
        self.mentions += self._untagged_surname_subjects()
        self.mentions.sort(key=lambda m: m.token_i)
        self.institutions = InstitutionIndex(doc)
        self.sources: list[tuple[int, Speaker, str]] = []   # (token index, speaker, head lemma)
        self.genders = infer_genders(doc, self.mentions, self.quotations) \
            if doc.has_annotation("DEP") else {}
        self._salient_at = {m.token_i for m in self.mentions if m.salient}
        self._chained: dict[int, Speaker] = {}   # pronouns resolved for a later one's chain
        self._offices: list[tuple[int, str, list[str]]] | None = None

    def copy(self) -> SpeakerResolver:
        """A resolver of the same Doc that shares what was read from it (names, offices,
        bodies, quotations, genders) and keeps its own record of what ``note``,
        ``note_source`` and ``resolve`` add, starting from this one's."""
        other = copy.copy(self)
        other.mentions, other.sources = list(self.mentions), list(self.sources)
        other.extra_names, other._chained = dict(self.extra_names), dict(self._chained)
        other._salient_at = set(self._salient_at)
        return other

    def _untagged_surname_subjects(self) -> list[PersonMention]:
        """ "Trump responded by ...": a subject the tagger left unlabelled (or gave another
        label) that is the surname of a person the document names in full; a pronoun after
        it may stand for that person."""
        doc = self.doc
        if not doc.has_annotation("DEP"):
            return []
        covered = {t.i for ent in self.index.person_ents for t in ent}
        surnames = {ent[-1].lower_ for ent in doc_ents(doc)   # not cached: user_data is serialized
                    if ent.label_ in NAME_LABELS and len(ent) > 1 and ent[-1].is_alpha}
        found = []
        for token in (doc[i] for i in lower_positions(doc, frozenset(surnames))):
            if token.i in covered or token.dep_ not in {"nsubj", "nsubjpass"} \
                    and not _subject_read_as_compound(token) \
                    or token.tag_ not in {"NNP", "NN"} or not token.text[:1].isupper() \
                    or token.lower_ not in surnames or token.i == 0 and token.tag_ == "NN" \
                    or token.ent_type_ not in UNTAGGED_SURNAME_LABELS:
                continue
            if not _heads_main_clause(token.head):
                continue   # "since Eagleton was replaced": a subordinate subject is no topic
            name = self.index.fullest(token.text)
            found.append(PersonMention(token.i, name, True, True,
                                       self._quotation_of(token.idx) is not None))
        return found

    def names(self) -> dict[str, str]:
        """{surface name: fullest name} for the people named or quoted in the document."""
        return {**self.extra_names, **self.index.names()}

    def _note_title_elsewhere(self, ent: Span, name: str) -> None:
        """A title written apart from the name: in apposition ("U.K. Defence Secretary, Ben
        Wallace,") or before it with an "of" phrase ("Chief of the General Staff X")."""
        rank = _rank_over(ent.root)
        if rank.i != ent.root.i:   # "Minister of Defence of X Maj Gen (Rtd) Y Z": the office
            first = rank.i   # the run of ranks that ends at the head ("Maj Gen")
            while first > 0 and _is_rank(rank.doc[first - 1]) and rank.i - first < 3:
                first -= 1
            words = _left_modifiers(rank, first)
            roles = [t for t in words if t.lower_ in ROLE_WORDS and t.text[:1].isupper()
                     and t.lower_ not in TITLE_MODIFIERS]
            if roles:
                qualifiers = {t.lower_ for t in words if t.i != roles[0].i and not t.is_punct
                              and t.lower_ not in INSTITUTION_STOPWORDS}
                self.titled.append(TitledPerson(name, _title_forms(roles[0].lower_), qualifiers,
                                                ent.start))
                return
        head = ent.root.head if ent.root.dep_ == "appos" else _office_read_as_subject(ent)
        of = ent.root.head if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "of" else None
        after = [c for c in ent.root.children if c.dep_ == "appos" and c.i > ent.root.i
                 and (c.lower_ in ROLE_WORDS or c.lemma_.lower() in ROLE_ALIASES)]
        if head is not None and head.lower_ in ROLE_WORDS:
            words = [t for t in head.doc[head.left_edge.i: head.i + 1]]
        elif after:   # "Oleksandr Ivanov, military spokesman"
            head = after[0]
            words = [t for t in head.doc[head.left_edge.i: head.i + 1]]
        elif of is not None and of.head.lower_ in ROLE_WORDS:   # "Chief of the General Staff X"
            head = of.head
            words = [t for t in head.doc[head.left_edge.i: ent.start]]
        else:   # "Minister of Defence of X Maj Gen (Rtd) Y Z": past the bracketed mark
            words = _left_modifiers(ent.root, _before_retired_mark(ent))
        roles = [t for t in words if t.lower_ in ROLE_WORDS and t.lower_ not in OFFICE_MODIFIERS]
        if not roles:
            return
        role = roles[0] if head is None else roles[-1]
        # "The chief of the General Staff, X,": the office's "of" phrase qualifies it too
        of_words = [t for of in head.children if of.dep_ == "prep" and of.lower_ == "of"
                    and of.i < ent.start for t in of.subtree] if head is not None else []
        qualifiers = {t.lower_ for t in words + of_words if t.i != role.i and not t.is_punct
                      and t.lower_ not in INSTITUTION_STOPWORDS}
        phrase = " ".join(t.lower_ for t in words if t.lower_ not in {"the", "a", "an"})
        titles = {role.lower_} if LESSER_RANKS & {t.lower_ for t in words} else {role.lower_,
                                                                                  phrase}
        self.titled.append(TitledPerson(name, titles, qualifiers, ent.start))

    def note_source(self, token_i: int, speaker: Speaker, head: str) -> None:
        """Record a resolved speaker so that "it", "they" or "the source" find it later."""
        if speaker.name:
            insort(self.sources, (token_i, speaker, head), key=lambda item: item[0])

    def _last_body_source_before(self, token_i: int) -> str | None:
        """The last body that spoke before token_i, named ("the ministry") or described
        ("his office", "the president's office"), for "it said"."""
        for i, speaker, lemma in reversed(self.sources):
            if i < token_i and (speaker.source_type == SourceType.INSTITUTION.value or (
                    speaker.source_type == SourceType.VAGUE.value
                    and lemma in INSTITUTION_WORDS | MASS_SOURCE_NOUNS | ISSUED_TEXT_NOUNS)):
                return speaker.name   # "State media said ... It added": media as one body;
                #                       "A government statement said ... It added": the text
        return None

    def _vague_source_just_before(self, token_i: int) -> str | None:
        """The source that spoke last before token_i when it is one unnamed source ("a
        source"): the singular "they" goes on with it; a named person or body in between
        ends it, and plural sources and bodies are the plural subject's rule."""
        i, last = next(((i, speaker) for i, speaker, _ in reversed(self.sources) if i < token_i),
                       (None, None))
        if last is None or last.source_type == SourceType.PERSON.value:
            return None
        said_by = self.doc[i]   # one source ("a source said"), or "they" already taken as one
        singular = said_by.tag_ in {"NN", "NNP"} or said_by.lower_ == "they"
        # "a source", "an official"; not a body named with "the" ("The port authority")
        unnamed = last.name.split()[0].lower() in INDEFINITE_WORDS
        return last.name if singular and unnamed else None

    def last_source_before(self, token_i: int, *, kinds: set[str], head: str = "") -> str | None:
        """The last speaker noted before token_i of one of the kinds (and head word)."""
        for i, speaker, lemma in reversed(self.sources):
            if i < token_i and speaker.source_type in kinds and (not head or lemma == head):
                return speaker.name
        return None

    def note(self, token_i: int, name: str) -> None:
        """Record a resolved person speaker as a mention for later pronouns."""
        quoted = self._quotation_of(self.doc[token_i].idx) is not None
        self.mentions.append(PersonMention(token_i, name, True, True, quoted))
        self.mentions.sort(key=lambda m: m.token_i)
        if self.doc[token_i].pos_ != "PRON":
            # a speaker named in a subordinate clause ("His remarks came after X said ...")
            # breaks a chain of "he" as a subject named in a main clause does
            self._salient_at.add(token_i)

    def _quotation_of(self, char: int) -> QuotedStretch | None:
        """The quotation whose marks hold the character offset char, if any."""
        return next((s for s in self.quotations if s.outer_start <= char < s.outer_end), None)

    def _pronoun_subject_before(self, pronoun: Token) -> Token | None:
        """The same pronoun as the subject of the last main clause before this one's
        sentence, in this paragraph or the one before, when no person is named as a subject
        after it: a chain of "he" takes up one person, not the last one named in passing."""
        doc = self.doc
        if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ != "nsubj" \
                or not _heads_main_clause(pronoun.head):
            return None
        sentence = pronoun.sent.start
        if any(i in self._salient_at for i in range(sentence, pronoun.i)):
            return None   # "Ban condemned what he called ...": its own sentence names him
        text = doc_text(doc)
        breaks = 0
        for i in range(sentence - 1, max(-1, sentence - MAX_PRONOUN_CHAIN_TOKENS), -1):
            token = doc[i]
            if "\n" in token.text and text.count("\n", token.idx, token.idx + len(token.text)):
                breaks += 1
                if breaks > 2:
                    return None
            if i in self._salient_at:
                return None   # a person named as a subject is nearer: the usual reading
            if token.lower_ == pronoun.lower_ and token.dep_ == "nsubj" \
                    and _heads_main_clause(token.head) \
                    and self._quotation_of(token.idx) is None:
                return token
        return None

    def last_person_before(self, token_i: int, pronoun: str = "") -> str | None:
        """The person a pronoun most likely stands for, whose gender, when the document
        shows it, agrees with the pronoun: in the pronoun's own paragraph the last
        main-clause subject or speaker, else the last subject; failing that, the last
        subject or speaker before it, else the last person named.
        People named inside a quotation are the speaker's topic, not the antecedent of a
        pronoun outside it ("“Obama said so,” she added")."""
        gender = PRONOUN_GENDER.get(pronoun.lower())
        inside = token_i < len(self.doc)
        own = self._quotation_of(self.doc[token_i].idx) if inside else None
        before = [m for m in self.mentions if m.token_i < token_i
                  and (gender is None or self.genders.get(m.name, gender) == gender)
                  and (not m.quoted or own is not None)]
        paragraph_start = doc_text(self.doc).rfind("\n", 0, self.doc[token_i].idx) \
            if inside else -1
        reported = _reported_before(self.doc[token_i]) if inside else range(0)
        near = [m for m in before if self.doc[m.token_i].idx > paragraph_start
                and m.token_i not in reported]
        salient = [m for m in before if m.salient]
        if salient:   # of the last sentence with a subject, its main one: "X said Y does
            # not ...": X, not Y, whom the next paragraph's "she" takes up
            last = self.doc[salient[-1].token_i].sent.start   # mentions from here on share it
            salient = [m for m in salient if m.token_i < last] + (
                [m for m in salient if m.token_i >= last and m.main]
                or [m for m in salient if m.token_i >= last
                    and not _reported_by_another_source(self.doc[m.token_i])])
        tiers = ([m for m in near if m.main], [m for m in near if m.salient], salient, before)
        found = next((tier[-1] for tier in tiers if tier), None)
        if found is not None and gender is not None and found.name not in self.genders \
                and inside:
            # "X described Clinton as a disgrace after she attacked ...": in the pronoun's
            # own sentence, one person of the pronoun's sex against one whose sex the
            # document does not show
            sentence = self.doc[token_i].sent
            agreeing = {m.name for m in before if m.token_i >= sentence.start
                        and self.genders.get(m.name) == gender}
            if len(agreeing) == 1 and self.doc[found.token_i].sent.start == sentence.start:
                return next(iter(agreeing))
        if found is not None and gender == FEMININE and inside \
                and _sex_of_given_name(found.name) is None:
            # news names many more men than women: a man whose given name is not listed is
            # the likelier "he", while "she" goes to a woman the paragraph has named
            named = [m for m in near if _sex_of_given_name(m.name) == gender]
            if named:   # "Anna X said ... . General Y said ... . She added"
                return named[-1].name
        return found.name if found is not None else None

    def resolve(self, token: Token) -> Speaker:
        """The speaker named by the phrase whose head is token."""
        return _cited_without_article(self._resolve_with_office(token))

    def _resolve_with_office(self, token: Token) -> Speaker:
        """The speaker named by the phrase whose head is token, an office without a name
        taken as its holder where the document gives one."""
        found = self._resolve(token)
        if found.source_type != SourceType.PERSON.value or not found.name \
                or _only_office_words(found.name):
            holder = self._holder_of_office_words(token)
            if holder is not None:   # "The DG ISPR said", "ISPR chief stated": the holder
                return Speaker(holder, _span_of(self._phrase(token)), SourceType.PERSON.value)
        if found.source_type == SourceType.PERSON.value and found.name \
                and _only_office_words(found.name):
            phrase = self._phrase(token)
            owner = phrase[0] if phrase and phrase[0].dep_ == "poss" \
                and phrase[0].lower_.strip("’'s") in COUNTRY_WORDS else None
            if owner is not None:   # "India's Foreign Minister", no one named in it
                written = clean_institution_name(doc_text(self.doc)[
                    phrase[0].idx: phrase[-1].idx + len(phrase[-1].text)])
                return Speaker(written, _span_of(phrase), SourceType.VAGUE.value)
        return found

    def joint_speaker(self, token: Token, found: Speaker) -> Speaker:
        """ "Defence Minister A and Foreign Minister B said": a person speaking with others
        joined to them by "and" speaks as one source naming each ("A and B"); found is
        token's own speaker, returned as it is when the subject names one person only.
        Bodies and countries joined by "and" speak together too ("Russia and Belarus said")."""
        if found.source_type == SourceType.INSTITUTION.value and found.name \
                and found.span is not None:
            return self._joint_bodies(token, found)
        if found.source_type != SourceType.PERSON.value or not found.name or found.span is None:
            return found
        partners = _coordinated_with(token)
        if not partners or not all(_named_with_office(head) for head in [token] + partners):
            return found   # "Mr. A and Mr. B say": PolNeAR's gold keeps the first
        spoken = [(found.span, found.name)]
        for partner in partners:
            other = self._resolve(partner)
            if other.source_type != SourceType.PERSON.value or not other.name \
                    or other.span is None or other.name == found.name:
                return found
            spoken.append((other.span, other.name))
        return _joint_speaker(spoken, SourceType.PERSON.value)

    def _joint_bodies(self, token: Token, found: Speaker) -> Speaker:
        """ "Russia and Belarus said": named bodies or countries joined by "and" in one
        subject, each by its fullest name ("A and B", "A, B and C")."""
        shared = _shared_source_noun(token)
        if shared is not None:   # "Pentagon and Army officials said": officials of both
            text = doc_text(self.doc)
            return Speaker(text[token.left_edge.idx: shared.idx + len(shared.text)],
                           (token.left_edge.idx, shared.idx + len(shared.text)),
                           SourceType.VAGUE.value)
        partners = _conjoined_bodies(token)
        # an untagged proper name read as a body ("The G7 and IMF said") joins a tagged one
        untagged_body = token.pos_ == "PROPN" and not token.ent_type_
        if not partners or token.ent_type_ not in BODY_LABELS and not untagged_body:
            return found
        spoken = [(found.span, found.name)]
        for partner in partners:
            other = self._resolve(partner)
            if other.source_type != SourceType.INSTITUTION.value or not other.name \
                    or other.span is None or other.name == found.name:
                return found
            name = other.name
            if partner.ent_type_ == "GPE" and partner.left_edge.lower_ == "the" \
                    and not name.lower().startswith("the "):
                name = "the " + name   # a country keeps its article: "Spain and the Netherlands"
            spoken.append((other.span, name))
        return _joint_speaker(spoken, SourceType.INSTITUTION.value)

    def _office_words_by_person(self) -> list[tuple[int, str, list[str]]]:
        """Each named person's words of office, in the order written (hyphened words
        split): the title run before the name ("Director General Inter-Services Public
        Relations (DG ISPR) Major General X") and an office set off after it ("X,
        chairman of the Joint Chiefs of Staff,"); computed once, when first asked."""
        if self._offices is not None:
            return self._offices
        doc, self._offices = self.doc, []
        for ent in self.index.person_ents:
            before = []
            for i in range(ent.start - 1, max(-1, ent.start - 16), -1):
                t = doc[i]
                if t.text in {"(", ")", "-", "–"} or t.lower_ in {"of", "the", "for", "and"} \
                        or t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN", "ADJ"}:
                    before.insert(0, t)
                    continue
                break
            after = []
            if ent.end < len(doc) and doc[ent.end].text == ",":
                for t in doc[ent.end + 1: ent.end + 12]:
                    if t.text in {",", ".", ";", "\n"} or t.pos_ in {"VERB", "AUX"}:
                        break
                    after.append(t)
                heads = [t for t in after if t.lower_ not in {"the", "a", "an"}]
                if not heads or heads[0].lower_ not in ROLE_WORDS:
                    after = []   # "X, 45," or "X, who ...": no office set off
            words = [w for t in before + after for w in _office_parts(t.text)]
            name = self.index.fullest(clean_person_name(span_text(ent)))
            if words and not _only_office_words(name):
                self._offices.append((ent.start, name, words))
        return self._offices

    def _holder_of_office_words(self, token: Token) -> str | None:
        """The person whose office the description is written in the words of: "The DG
        ISPR", "ISPR chief", "The ISPR Director-General" for the one "Director General
        Inter-Services Public Relations (DG ISPR) Major General Asif Ghafoor"; "The chairman
        of the Joint Chiefs" for "Gen. Joseph Dunford, the Joint Chiefs'
        chairman". The description must name an office (a role word, or an acronym of a
        holder's role words) and its body (a word that is no role), and every body word must
        be one of the holder's: the last such holder named before it, else the only one."""
        if token.pos_ not in {"NOUN", "PROPN"}:
            return None
        phrase = self._phrase(token)
        if not phrase or phrase[-1].i != token.i and not (
                token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "of"
                and phrase[-1].i <= token.doc[token.i + 1].right_edge.i) or any(
                t.lower_ in INDEFINITE_WORDS or t.pos_ in {"NUM", "PRON", "VERB"} for t in phrase):
            return None   # "an official at the JCS", "officials": no one office
        if any(t.ent_type_ in NAME_LABELS and not t.is_upper and t.lower_ not in TITLE_WORDS
               for t in phrase):
            return None   # a person's own name is resolved as a name
        if not any(t.lower_ in ROLE_WORDS or t.is_upper for t in phrase):
            return None
        described = [(t, w) for t in phrase if t.lower_ not in {"the", "'s", "’s", "of"}
                     for w in _office_parts(t.text)]
        if not described:
            return None
        matches = []
        for position, name, words in self._office_words_by_person():
            held = set(words)
            roles, body = False, False
            for t, word in described:
                run = _initials_run(word, words) if t.is_upper and len(word) > 1 else None
                if run is not None:   # "DG": director general; "ISPR": its body's words
                    roles = roles or any(w in ROLE_WORDS for w in run)
                    body = body or any(w not in ROLE_WORDS for w in run)
                elif t.is_upper and word not in held:
                    break
                elif word in ROLE_WORDS and word not in COUNTRY_WORDS:
                    if word not in held and not any(_same_office(word, w) for w in held):
                        break
                    roles = True
                elif word in held:
                    body = True
                else:
                    break
            else:
                if roles and body:
                    matches.append((position, name))
        if not matches:
            return None
        before = [name for position, name in matches if position < token.i]
        if before:
            return before[-1]
        return matches[0][1] if len({name for _, name in matches}) == 1 else None

    def _resolve(self, token: Token) -> Speaker:
        """The speaker named by the phrase whose head is token (before the office words)."""
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.resolve(_predicated_of(token.head.head))
        span = (token.idx, token.idx + len(token.text))
        if token.lower_ in PERSONAL_PRONOUNS:
            ahead = _main_subject_ahead(token)
            if ahead is not None:   # "While he acknowledged ..., Ham noted": he is Ham
                found = self.resolve(ahead)
                gender = PRONOUN_GENDER.get(token.lower_)
                if found.name and found.source_type == SourceType.PERSON.value \
                        and (gender is None or self.genders.get(found.name, gender) == gender):
                    return Speaker(found.name, span, found.source_type)
            earlier = self._pronoun_subject_before(token)
            if earlier is not None:   # "... he blasted X, ... than Y ... “...,” he said": the
                found = self._chained.get(earlier.i)   # "he" the last main clause took up
                if found is None:
                    found = self._chained[earlier.i] = self.resolve(earlier)
                if found.name and found.source_type == SourceType.PERSON.value:
                    return Speaker(found.name, span, found.source_type)
            went_on = self._speaker_going_on(token)
            if went_on:   # "X said ... . Y is expected to attend. He added": X, not Y
                return Speaker(went_on, span, SourceType.PERSON.value)
            unnamed = self._unnamed_role_after_people(token.i)
            if unnamed is not None:   # "Kiev ... , a spokesman said. He added": the spokesman
                return Speaker(unnamed.name, span, unnamed.source_type)
            name = self.last_person_before(token.i, token.lower_)
            if name:
                return Speaker(name, span, SourceType.PERSON.value)
            described = self._last_described_speaker(token.i)
            if described:   # "Ukraine's Defense Minister said ... He confirmed that"
                return described
            name = self.last_person_before(token.i)
            given = _sex_of_given_name(name)
            if name and given in (None, PRONOUN_GENDER.get(token.lower_)):
                # no one of the pronoun's sex as the document reads it, and the last person's
                # given name does not say otherwise: the document's reading failed
                return Speaker(name, span, SourceType.PERSON.value)
            return Speaker(token.text, span, SourceType.VAGUE.value)  # unresolved: as written
        if _party_member_description(token):
            name = self.last_person_before(token.i)
            if name:   # "Sen. Rand Paul said ... The Kentucky Republican said": Rand Paul
                return Speaker(name, span, SourceType.PERSON.value)
        issued = token.head.head if token.dep_ == "nsubj" and token.head.dep_ == "relcl" \
            else None
        if token.lower_ in INSTITUTION_PRONOUNS and issued is not None and issued.pos_ == "NOUN" \
                and issued.lemma_.lower() in STATEMENT_NOUNS | REPORT_NOUNS:
            issuer = _text_issuer(issued)   # "issued a statement in which it insists that"
            if issuer is not None and issuer.i != token.i and issuer.pos_ != "PRON":
                found = self.resolve(issuer)
                if found.name:
                    return Speaker(found.name, span, found.source_type)
        if token.pos_ == "PRON" and token.lower_ in INSTITUTION_PRONOUNS \
                and (_reports_before_itself(token) or reports_with_a_clause(token)):
            name = self._last_body_source_before(token.i)
            narrower = self._narrower_body_reported(token, name) if name else None
            if narrower:   # "Ukraine says ... Ukraine’s air defense shot down ..., it said"
                name = narrower
            if not name:   # "The Malian government has denied ... “...,” it said"
                body = self._body_subject_before(token)
                found = self._resolve(body) if body is not None else None
                if found is not None and found.name and (
                        found.source_type == SourceType.INSTITUTION.value
                        or body.lower_ in BARE_BODY_HEADS):   # "The Israeli military said"
                    name = found.name
            name = name or self.institutions.last_named_before(token.idx)
            if name:
                return Speaker(name, span, SourceType.INSTITUTION.value)
        if token.lower_ == "they" and token.dep_ == "nsubj" or _according_to_them(token):
            group = self._plural_subject_before(token)
            if group is not None:   # "The Houthis claimed the attack. They said ..."
                found = self.joint_speaker(group, self.resolve(group))
                if found.name:
                    return Speaker(found.name, span, found.source_type)
        if token.lower_ == "they" and token.dep_ == "nsubj":
            vague = self._vague_source_just_before(token.i)
            if vague:   # "..., a source said. The tanks ..., they said": the same source
                return Speaker(vague, span, SourceType.VAGUE.value)
        if token.pos_ == "PRON":  # they, we, some, everyone: kept as written
            phrase = self._phrase(token)
            return Speaker(doc_text(self.doc)[phrase[0].idx: phrase[-1].idx + len(phrase[-1].text)],
                           _span_of(phrase), SourceType.VAGUE.value)
        if token.lower_ in MEDIA_DESCRIPTIONS and token.is_lower and (token.pos_ == "NOUN" or any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)):   # "daily": ADV
            named = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                     and c.i > token.i and c.text[:1].isupper()]
            if named:   # "Lithuania's national broadcaster LRT": the outlet's own name
                return self.resolve(named[0])
            before = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
                      and c.text[:1].isupper()   # not "the state news agency"
                      and not _names_a_country(c)]   # not "US media outlet"
            if before:   # "the Handelsblatt daily": the name before the description
                return self._institution(_proper_chunk(before[-1], keep_titles=True))
        person = token.ent_type_ == "PERSON" or token.text[:1].isupper() \
            and surname_key(token.text) in self.index.fullest_by_surname
        for known in (c for c in token.children if c.dep_ == "acl" and c.lower_ == "known"
                      and not person):   # "X, also known as Y": X's own name is the fuller
            named = [o for a in known.children if a.lower_ == "as" for o in a.children
                     if o.dep_ == "pobj" and o.pos_ == "PROPN"]
            if named:   # "the force known as UNIFIL"
                return self.resolve(named[0])
        # "the spokesman, John Smith,"; of two appositions, "..., Lieutenant Colonel John
        # Smith" parsed as a rank and a name, the name
        for child in sorted(token.children, key=lambda c: c.ent_type_ not in NAME_LABELS):
            if child.dep_ == "appos" and (token.ent_type_ not in NAME_LABELS
                                          or _office_tagged_as_name(token, child)) and (
                    child.ent_type_ in NAME_LABELS or (
                    child.pos_ == "PROPN" and token.lower_ in ROLE_WORDS
                    and not INSTITUTION_WORDS & {t.lower_ for t in child.subtree})):
                return self.resolve(child)
            if child.dep_ == "appos" and child.i > token.i and _person_after_offices(token, child):
                # "US historian and political commentator Helena Cobban" (tagged a body)
                return self._person(child, list(self.doc[child.left_edge.i: child.i + 1]))
        closing = _name_closing_the_description(token)
        if closing is not None:   # "The Spokesman for US Africa Command, Col. Ann Reyes,"
            return self.resolve(closing)
        if token.lower_ in ROLE_WORDS and token.pos_ in {"NOUN", "PROPN"}:
            # "X President and CEO Jane Roe": two offices joined before one name
            for named in (c for c in token.children if c.dep_ == "conj" and c.i > token.i
                          and c.ent_type_ in NAME_LABELS):
                between = [t for t in token.doc[token.i + 1: named.i]
                           if t.ent_type_ not in NAME_LABELS]
                if len(between) > 1 and between[0].lower_ == "and" and all(
                        t.lower_ in TITLE_WORDS or (t.is_upper and t.is_alpha)
                        for t in between[1:]):   # "and CEO", not "and" alone
                    return self.resolve(named)
        ent = entity_of(token)
        if ent is not None and token.head.i != token.i and token.head.pos_ in {"VERB", "AUX"} \
                and ent.start <= token.head.i < ent.end:
            ent = None   # "Mercer accused Hines" tagged as a title: a name holds
            #              no verb it is the subject of
        if ent is not None and _capitals_read_as_person(ent) \
                and token.text in self.institutions.acronyms and ACRONYM.fullmatch(token.text):
            return self._institution([token])   # "SOUTHCOM stated", spelled out before
        if ent is not None and is_person_ent(ent):
            return self._person(ent.root, list(ent))
        if ent is None and token.lower_ in NAME_PARTICLES and token.i > 0:
            before = entity_of(self.doc[token.i - 1])   # "Ursula von [der] Leyen said"
            held = person_span(before) if before is not None else None
            if held is not None and held.start <= token.i < held.end:
                return self._person(held[-1], list(held))
        named = self._name_before_its_office(token)
        if named is not None:   # "Moon Sang-gyun, spokesman at the Ministry, said"
            return self._person(named.root, list(named))
        apposed = _name_set_off_before(token, self._phrase(token))
        if apposed is not None:   # "X, the military's media wing said": X's
            return self.resolve(apposed)
        held = self._office_holder_after(token, ent)
        if held is not None:   # "Armed Forces of X (AFP) Chief of Staff Lt.Gen. Y, ..., said"
            return self._person(held.root, list(held))
        if token.lower_ in ROLE_WORDS and token.pos_ in {"NOUN", "PROPN"}:
            named = self._named_holder(token)   # "Minister of National Defense Jan Nowak"
            if named:
                return self._person(named[-1], named)
        voice = self._voice_of_body_named_before(token)
        if voice:   # "the representative of the White House" after "... of the White House X"
            return Speaker(voice, _span_of(self._phrase(token)), SourceType.PERSON.value)
        if _is_definite_role(token) or _is_role_name(token):   # "the Defence Secretary"
            described = self._described_person(token) or self._titled_before(token)
            if described:
                return Speaker(described, _span_of(self._phrase(token)), SourceType.PERSON.value)
        if token.pos_ == "NOUN" and token.lemma_.lower() in REPORT_NOUNS:
            author = _text_issuer(token) or self._author_of_report_before(token)
            outlet = self._outlet_reported_after(token, author)
            if outlet is not None:   # "the Handelsblatt daily reported ... the report said"
                return Speaker(outlet.name, _span_of(self._phrase(token)), outlet.source_type)
            if author is not None and author.lemma_.lower() not in REPORT_NOUNS:
                return self.resolve(author)   # "Kyiv's report", "its report ... the report"
        if token.pos_ == "NOUN" and token.lemma_.lower() in STATEMENT_NOUNS:
            issuer = _text_issuer(token)   # "a tweet posted by X", "the ministry's statement"
            if issuer is not None:
                return self.resolve(issuer)
            if _names_its_body(token):   # "a defence ministry statement": as written, not
                return self._vague(token)  # the body of the sentence before
            indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
            issued_by = self._body_of_its_content(token) if indefinite else None
            if issued_by is not None:   # "Rwanda will send ..., a statement said": Rwanda's
                return Speaker(issued_by.name, _span_of(self._phrase(token)),
                               issued_by.source_type)
            issued_by = self._issuer_before(token)   # "the statement said": its issuer
            if issued_by is not None and indefinite and self.institutions.is_outlet(issued_by.name):
                issued_by = None   # "according to a statement" after "according to Reuters":
                #                    a new text, which the outlet that reported before did not issue
            if issued_by is not None and token.tag_ == "NN":   # not "official statements"
                return Speaker(issued_by.name, _span_of(self._phrase(token)),
                               issued_by.source_type)
        if token.pos_ == "NOUN" and token.lemma_.lower() in INFORMATION_NOUNS:
            giver = _giver_of(token)   # "the details an army officer gave"
            if giver is not None:
                return self.resolve(giver)
        taken_up = self._named_outlet(token) or self._anaphoric_source(token)
        if taken_up:
            return Speaker(taken_up, _span_of(self._phrase(token)), SourceType.INSTITUTION.value)
        titled = self._bare_title_holder(token)
        if titled:   # "..., Lord tells House" over "Leading lawyer Lord Pannick said"
            return Speaker(titled, span, SourceType.PERSON.value)
        if token.pos_ == "PROPN" and _refers_back(token):   # "The Minister spoke"
            holder = self._role_holder(token)
            if holder:
                return Speaker(holder, _span_of(self._phrase(token)), SourceType.PERSON.value)
        if ent is None and token.text in self.institutions.acronyms \
                and ACRONYM.fullmatch(token.text):
            # an acronym the document spells out names that body whatever the tagger read
            # ("The Russian MoD added" after "the Russian Ministry of Defence (MoD)")
            phrase = [t for t in self._phrase(token) if t.i <= token.i]
            return self._institution(phrase or [token])
        if token.pos_ == "PROPN" and not token.is_lower and not _office_letters_alone(token):
            # "the minister" mistagged: a noun
            # an institution keeps a title-like word of its name: "the General Staff"
            chunk = list(ent) if ent is not None else _proper_chunk(
                token, keep_titles=token.lower_ in INSTITUTION_WORDS)
            surface = clean_name(doc_text(self.doc)[chunk[0].idx: chunk[-1].idx + len(chunk[-1].text)])
            if self.index.is_person_name(surface) and (ent is None or token.i == ent.end - 1):
                return self._person(token, chunk)
            if ent is None and not BODY_WORDS & {t.lower_ for t in chunk}:
                body = _body_of_phrase(token)
                if body is not None:   # "Joint Chiefs of Staff": a body, not a person
                    start = chunk[0].i   # with the nation before it ("South Korean")
                    while start > 0 and self.doc[start - 1].ent_type_ == "NORP":
                        start -= 1
                    return self._institution(list(self.doc[start: body.i + 1]))
                owner = _proper_owner(token, chunk)
                if owner:   # "The IDF Spokesperson's Unit": a body its owner's name opens
                    return self._institution(owner + chunk)
                described = self._described_person(token)
                if described:   # "the NATO Secretary General": an office named before
                    return Speaker(described, _span_of(self._phrase(token)),
                                   SourceType.PERSON.value)
                if BODY_CODE.fullmatch(surface):   # "G7", "E3": a group's code, no person
                    return self._institution(chunk)
                if chunk[0].i > 0 and self.doc[chunk[0].i - 1].lower_ == "the":
                    return self._institution(chunk)   # "The Print": no person takes "the"
                # an untagged proper name that speaks, not an outlet's: most likely a person
                return Speaker(clean_person_name(surface) or surface or None, _name_span(chunk),
                               SourceType.PERSON.value)
            chunk = _with_of_phrase(_institution_tokens(token, chunk))
            return self._institution(chunk)
        if ent is not None and token.i == ent.end - 1 and token.text in self.institutions.acronyms \
                and (ent.label_ == "ORG" or ent.label_ in {"GPE", "NORP"} and len(ent) == 1
                     and ACRONYM.fullmatch(token.text) and any(c.islower() for c in token.text)):
            # "the MoD", tagged as a common noun, or as a place ("the MoD has issued")
            return self._institution(list(ent))
        if token.pos_ == "NOUN" and token.is_title \
                and surname_key(token.text) in self.index.fullest_by_surname:
            # "Lehto said ...": a capitalised surname tagged as a common noun (most often
            # where it opens a sentence), of a person the document names in full
            return self._person(token, [token])
        described = self._described_person(token) or self._role_holder(token) \
            or self._speaker_of_office_with_body_words(token)
        if described:
            return Speaker(described, _span_of(self._phrase(token)), SourceType.PERSON.value)
        named = self._named_in_the_next_sentence(token) or self._headline_source_named_below(token) \
            or self._office_named_next(token) or self._named_speaker_after(token)
        if named:   # "a spokesperson said ... . Chen Bo, a spokesperson for X, made the remarks"
            return Speaker(named, _span_of(self._phrase(token)), SourceType.PERSON.value)
        introduced = self._headline_source_introduced_below(token)
        if introduced:   # "US official says ..." over "..., a senior US official says"
            return Speaker(introduced, _span_of(self._phrase(token)), SourceType.VAGUE.value)
        if token.lower_ in INSTITUTION_WORDS:
            phrase = self._phrase(token)
            ends_here = bool(phrase) and phrase[-1].i == token.i
            if ends_here and all(t.is_lower or t.lower_ == "the" or not t.is_alpha
                                 for t in phrase):
                named = self.institutions.named_for(token.lower_, token.idx)
                if named:   # "the city's military administration" -> "The Kyiv administration"
                    return Speaker(named, _span_of(phrase), SourceType.INSTITUTION.value)
            elif ends_here and not token.is_lower:   # a proper name: not "the centrist" Center
                named = [t for t in phrase if not t.is_lower and t.lower_ != "the"]
                return self._institution(phrase[phrase.index(named[0]):] if named else phrase)
            elif ends_here and _body_before_its_members(token, phrase):
                # "US Central Command forces conducted ..., a statement says": the command
                return self._institution(_body_before_its_members(token, phrase))
            elif ends_here:   # "the Ukrainian army": the phrase as written, an institution
                written = self._vague(token).name
                named = self.institutions.fullest(written, token.idx) if written else None
                if named and named != written and named.lower() != written.lower():
                    written = named   # "the Danish armed forces" -> "Denmark's armed forces"
                return Speaker(written, _span_of(phrase), SourceType.INSTITUTION.value)
        return self._vague(token)

    def _voice_of_body_named_before(self, token: Token) -> str | None:
        """ "the representative of the White House": the person named before as speaking
        for that body, the last one if several were."""
        if token.lower_ not in SPOKES_WORDS or not any(t.lower_ == "the" for t in token.lefts):
            return None
        bodies = [o for p in token.rights if p.lower_ in {"of", "for"}
                  for o in p.children if o.dep_ == "pobj"]
        words = {t.lower_ for b in bodies for t in b.subtree if t.pos_ in {"PROPN", "NOUN"}}
        if not words:
            return None
        found = None
        for mention in self.mentions:
            org = (self.roles.get(mention.name) or (None, None))[1]
            if mention.token_i < token.i and org and words <= set(org.lower().split()):
                found = mention.name
        return found

    def _name_before_its_office(self, token: Token) -> Span | None:
        """The person named just before an office set off by a comma, when the parser made
        the office the subject and the name its modifier ("Moon Sang-gyun, spokesman at
        the Ministry of National Defense, said")."""
        if token.lower_ not in ROLE_WORDS or token.pos_ != "NOUN":
            return None
        for person in self.index.person_ents:
            if person.end < token.i and self.doc[person.end].text == "," \
                    and person.root.head.i == token.i \
                    and person.root.dep_ in {"nmod", "compound", "npadvmod", "appos"}:
                return person
        return None

    def _office_holder_after(self, token: Token, ent: Span | None) -> Span | None:
        """The person named after a body's name and an office within one subject phrase:
        "Armed Forces of the Philippines (AFP) Chief of Staff Lt.Gen. Gilbert Gapay, ...,
        said" is Gapay's, however the parser joins the words. Only proper words, "of",
        "the", brackets and abbreviation stops may stand between the body and the name,
        and one of them must be an office ("Chief", "spokesman"); "X and Y" or "X's
        talks with Y" are two parties."""
        if ent is None or ent.label_ not in {"ORG", "GPE", "NORP"}:
            return None
        subtree = range(token.left_edge.i, token.right_edge.i + 1)
        for person in self.index.person_ents:
            if person.start < ent.end:
                continue
            if person.start - ent.end > 10 or person.root.i not in subtree:
                return None
            between = self.doc[ent.end: person.start]
            if not any(t.lower_ in OFFICE_HEADS or t.lower_ in ROLE_WORDS for t in between):
                return None
            if all(t.lower_ in {"of", "the", "(", ")", ".", "'s", "’s"} or (
                    t.pos_ == "PROPN" and t.text[:1].isupper()) for t in between):
                return person
            return None
        return None

    def _plural_subject_before(self, pronoun: Token) -> Token | None:
        """The plural subject that "they" takes up: of the sentence before the pronoun's
        (or of its own, before it), the main clause's subject when it is a plural noun
        ("Analysts", "The Houthis"); none after a paragraph break or across a singular
        subject."""
        sentence = pronoun.sent
        own = [t for t in sentence if t.i < pronoun.i and t.dep_ == "nsubj"
               and _heads_main_clause(t.head)]
        word = next((t for t in reversed(self.doc[:sentence.start]) if not t.is_space), None)
        if own:
            candidates = own
        elif word is not None:
            before = word.sent
            candidates = [t for t in before if t.dep_ == "nsubj" and _heads_main_clause(t.head)]
            if "\n" in doc_text(self.doc)[word.idx:pronoun.idx] and not (
                    candidates and candidates[-1].head.lemma_.lower() in SPOKEN_LEMMAS):
                return None   # past a paragraph break only the source that spoke last goes on
        else:
            return None
        if not candidates:
            return None
        last = candidates[-1]
        plural = last.tag_ in {"NNS", "NNPS"} or (last.pos_ == "PROPN" and last.text.endswith(
            "s") and any(c.lower_ == "the" for c in last.lefts))   # "The Houthis"
        if last.lower_ in PERSONAL_PRONOUNS or last.pos_ == "PRON":
            return None
        if not plural and not self._body_that_spoke(last):
            return None
        return last

    def _body_that_spoke(self, subject: Token) -> bool:
        """ "The 44th Brigade said ... They added": a named body that has just spoken is
        "they" to the writer, as a group of people, though its name is singular."""
        return subject.pos_ in {"PROPN", "NOUN"} \
            and subject.head.lemma_.lower() in REPORTING_LEMMAS \
            and self._resolve(subject).source_type == SourceType.INSTITUTION.value

    def _narrower_body_reported(self, pronoun: Token, last: str) -> str | None:
        """The body whose act "it said" reports in its own sentence, when that body is a
        part of the last one that spoke ("Ukraine’s air defense shot down ..., it said" after
        "Ukraine says"): the narrower body, not the country; an actor that is no part of the
        last source ("Russia launched ..., it said") leaves that source."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_LEMMAS:
            return None
        reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < pronoun.i]
        subjects = [c for r in reported for c in r.children if c.dep_ == "nsubj"
                    and c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ not in NAME_LABELS]
        if len(subjects) != 1:
            return None
        found = self._resolve(subjects[0])
        if not found.name or found.source_type == SourceType.PERSON.value:
            return None
        name = DATELINE_OPENING.sub("", found.name)   # "KYIV >> Ukraine’s air defense"
        narrow = {w.lower().strip("’'s") for w in name.split()}
        wide = {w.lower().strip("’'s") for w in last.split()} - {"the"}
        return name if wide and wide < narrow else None

    def _body_subject_before(self, pronoun: Token) -> Token | None:
        """The body that "it" takes up: the subject of the main clause of the sentence
        before the pronoun's, when that is a singular noun naming a body (an organisation,
        or a body's word: "The Malian government has denied ..."); none after a paragraph
        break, or when the pronoun's own sentence has a main-clause subject before it."""
        sentence = pronoun.sent
        if any(t.i < pronoun.i and t.dep_ == "nsubj" and _heads_main_clause(t.head)
               for t in sentence):
            return None
        word = next((t for t in reversed(self.doc[:sentence.start]) if not t.is_space), None)
        if word is None:
            return None
        candidates = [t for t in word.sent if t.dep_ == "nsubj" and _heads_main_clause(t.head)]
        if not candidates:
            return None
        last = candidates[-1]
        if last.tag_ not in {"NN", "NNP"} or last.ent_type_ in NAME_LABELS \
                or not (last.ent_type_ == "ORG" or last.lower_ in INSTITUTION_WORDS
                        or last.lower_ in BARE_BODY_HEADS):
            return None
        if "\n" in doc_text(self.doc)[word.idx:pronoun.idx] and not (
                last.head.lemma_.lower() in REPORTING_LEMMAS
                or any(t.lemma_ == last.lemma_ for t in sentence if t.i < pronoun.i)):
            return None   # past a paragraph break: the source that spoke, or the body the
        return last       # pronoun's own sentence names again ("The government denies ...")

    def _institution(self, tokens: list[Token]) -> Speaker:
        """An institution named by tokens, with the article written before it, in the
        fullest form the document gives ("Defense Ministry" -> "Ministry of Defense")."""
        described = [t for t in tokens[:-1] if t.is_lower and t.lower_ in MEDIA_DESCRIPTIONS]
        if described:   # "Lithuania's national broadcaster LRT": the outlet's own name
            rest = [t for t in tokens if t.i > described[-1].i]
            if rest and all(t.text[:1].isupper() or not t.is_alpha for t in rest):
                tokens = rest
        elif len(tokens) > 1 and tokens[-1].is_lower and tokens[-1].lower_ in MEDIA_DESCRIPTIONS:
            named = [t for t in tokens[:-1] if t.lower_ != "the"]   # "the Handelsblatt daily"
            if named and all(t.text[:1].isupper() for t in named):
                tokens = named
        tokens = tokens + _number_of_the_name(tokens[-1])   # "News 1", "France 24"
        before = self.doc[tokens[0].i - 1] if tokens[0].i > 0 else None
        if before is not None and UNIT_NUMBER.fullmatch(before.text) \
                and tokens[0].i <= before.head.i <= tokens[-1].i:
            tokens = [before] + tokens   # "the 44th Mechanised Brigade": the unit's number
        articles = _leading_articles(tokens)
        first = articles[-1] if articles else tokens[0]   # not "Later the Defence Ministry"
        if first.i > 0 and first.lower_ != "the" and self.doc[first.i - 1].lower_ == "the":
            first = self.doc[first.i - 1]
        written = clean_institution_name(
            doc_text(self.doc)[first.idx: tokens[-1].idx + len(tokens[-1].text)])
        surface = _with_article(written, tokens)
        words = written.split()
        if first.text == "The" and not first.is_sent_start and len(words) == 2 \
                and words[1].isalpha() and words[1].istitle():
            surface = written   # "according to The Print": a capital article inside a
            #                     sentence belongs to the one-word name (not to "S.E.C.")
        name = self.institutions.fullest(surface, first.idx) if surface else None
        return Speaker(name or None, _name_span(tokens), SourceType.INSTITUTION.value)

    def _untagged_office_holders(self) -> list[tuple[Token, list[Token]]]:
        """Names the tagger missed at the end of an office's "of" phrase ("the Chief of the
        General Staff of Moldova Ion Petrescu", "Secretary of the Security Council Levan
        Kobakhidze"): (title, name tokens) for each."""
        found, doc = [], self.doc
        lowers = doc.to_array(LOWER)
        of = doc.vocab.strings["of"]
        # only the words before an "of" (read from the array, not by walking every token)
        for i in numpy.flatnonzero(lowers[1:] == of):
            title = doc[int(i)]
            if title.lower_ not in OFFICE_HEADS or not title.text[:1].isupper():
                continue
            run = self._named_holder(title, any_office=True)
            # "Commander of the Southern Zone": a name after "the" is the office's body
            if run and not any(token.ent_type_ in NAME_LABELS for token in run) \
                    and not _only_ranks(Span(doc, run[0].i, run[-1].i + 1)) \
                    and not (COUNTRY_WORDS & {token.lower_ for token in run}) \
                    and doc[run[0].i - 1].lower_ not in {"the", "of"}:
                found.append((title, run))
        return found

    def _untagged_titled_names(self) -> list[Span]:
        """Names the tagger left unlabelled right after a title ("Defence Minister Ng Eng
        Hen said"): two or three capitalised proper words after a title word, none of them
        a body's, a country's or an office's word, ending the proper run."""
        found, doc = [], self.doc
        for title in (doc[i] for i in lower_positions(doc, TITLES)):
            if not title.text[:1].isupper() or title.ent_type_:
                continue
            run = []
            for token in doc[title.i + 1: title.i + 1 + MAX_NAME_TOKENS + 1]:
                if token.pos_ != "PROPN" or token.ent_type_ or not token.is_alpha \
                        or not token.text[:1].isupper() or token.lower_ in BODY_WORDS \
                        or token.lower_ in COUNTRY_WORDS or token.lower_ in TITLE_WORDS:
                    break
                run.append(token)
            end = title.i + 1 + len(run)
            if 2 <= len(run) <= MAX_NAME_TOKENS and (end >= len(doc) or doc[end].pos_ != "PROPN"):
                found.append(Span(doc, run[0].i, run[-1].i + 1, label="PERSON"))
        return found

    def _named_holder(self, title: Token, any_office: bool = False) -> list[Token] | None:
        """The name written after a title within its phrase: "Minister of National Defense
        Jan Nowak", "the Chief of Staff of the Air Force, General Li Wei-ming,"; the tokens
        of the name, or None. A name after "for" or "to" is another person's ("the
        spokesman for President X")."""
        people = [ent for ent in self.index.person_ents if ent.start > title.i
                  and ent.end - 1 <= title.right_edge.i]
        if people:
            person = people[0]
            root = person.root
            if root.dep_ == "pobj" and root.head.lower_ == "of" and not any(
                    c.dep_ == "compound" and c.i < person.start for c in root.children):
                return None   # "governor of the region of Mykolaiv": a place, no holder
            if root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.is_lower \
                    and root.head.lower_ not in TITLE_WORDS:
                return None   # "governor of the Mykolaiv region": a name read as a modifier
            if _held_by(root, title) or _closes_after_body(person, title):
                return list(person)
            return None
        last = _end_of_office_chain(title) if any_office else title.doc[title.right_edge.i]
        if last.i <= title.i or last.pos_ != "PROPN" \
                or title.lower_ not in (OFFICE_HEADS if any_office else TITLES) \
                or not (any_office or _held_by(last, title)):   # a chain is unbroken text
            return None
        run = []   # the proper words that end the phrase, short of a role or an office word
        for token in reversed(title.doc[title.i + 1: last.i + 1]):
            if any_office and run and _reads_as_initials(token):
                run.insert(0, token)   # "Chief of Army Staff MM Naravane": initials begin it
                break
            if token.pos_ != "PROPN" or token.lower_ in ROLE_WORDS or not token.is_alpha \
                    or token.lower_ in INSTITUTION_WORDS or len(run) == 3 \
                    or (any_office and (token.lower_ in COUNTRY_WORDS or token.is_upper)):
                break
            run.insert(0, token)
        if run and title.doc[run[0].i - 1].lower_ == "the":
            return None   # "the representative of the White House": a body, no holder
        return run if len(run) >= 2 or self.index.is_person_name(last.text) else None

    def _unnamed_role_after_people(self, token_i: int) -> Speaker | None:
        """The last speaker before token_i when it is one unnamed holder of a role ("a
        Pentagon spokesman") and no person is named between it and token_i: a "he" that
        follows takes up that speaker, not a person named before it."""
        for i, speaker, lemma in reversed(self.sources):
            if i >= token_i:
                continue
            unnamed = speaker.source_type == SourceType.VAGUE.value and speaker.name \
                and speaker.name.split()[0].lower() in INDEFINITE_WORDS \
                and self.doc[i].tag_ == "NN" and (lemma in ROLE_NOUNS or lemma in ROLE_WORDS)
            if not unnamed or any(i < m.token_i < token_i for m in self.mentions):
                return None
            return speaker
        return None

    def _speaker_going_on(self, pronoun: Token) -> str | None:
        """The person a pronoun subject of "added" or "continued" goes on with when the
        person it would otherwise take up never spoke: the last person who spoke before
        it, when the pronoun's sex does not rule them out."""
        if pronoun.dep_ != "nsubj" or pronoun.head.lemma_.lower() not in CONTINUING_VERBS:
            return None
        spoke = [speaker.name for i, speaker, _ in reversed(self.sources)
                 if i < pronoun.i and speaker.source_type == SourceType.PERSON.value]
        if not spoke or self.last_person_before(pronoun.i, pronoun.lower_) in spoke:
            return None   # the person the pronoun takes up spoke: no one was passed over
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        last = spoke[0]
        return last if gender is None or self.genders.get(last, gender) == gender else None

    def _last_described_speaker(self, token_i: int) -> Speaker | None:
        """The last speaker before token_i named only by a role ("Ukraine's Defense
        Minister"), which a pronoun takes up when the document names no one."""
        for i, speaker, lemma in reversed(self.sources):
            if i < token_i and (lemma in ROLE_NOUNS or lemma in ROLE_WORDS):
                return speaker
        return None

    def _outlet_reported_after(self, token: Token, author: Token | None) -> Speaker | None:
        """The outlet that reported last before a bare "the report", when it reported after
        the report noun found for it (or none was found): its report is the one meant, not
        "the Company's 2019 annual report" of a photo caption."""
        if [t.lower_ for t in token.lefts] != ["the"] or token.lemma_.lower() != "report" \
                or _text_issuer(token) is not None:
            return None   # "the study" is a study's, not the outlet's
        for i, speaker, head in reversed(self.sources):
            if i >= token.i or (author is not None and i <= author.i) \
                    or speaker.source_type != SourceType.INSTITUTION.value:
                continue
            if head in MEDIA_DESCRIPTIONS or head in MEDIA_ANAPHORS \
                    or MEDIA_WORDS & set(speaker.name.lower().split()) \
                    or _spoke_as_reporter(self.doc[i]):
                return speaker
        return None

    def _author_of_report_before(self, token: Token) -> Token | None:
        """Who wrote the report a bare "the report" takes up: the author named with the
        last report noun before it ("The ministry sent its annual report to parliament")."""
        if [t.lower_ for t in token.lefts] != ["the"]:
            return None
        for earlier in reversed(self.doc[:token.i]):
            if earlier.lemma_.lower() == token.lemma_.lower() and earlier.pos_ == "NOUN":
                owner = _text_issuer(earlier)
                if owner is None and any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                         for c in earlier.children):
                    owner = find_subject_of(earlier)   # "The ministry sent its report"
                if owner is None and earlier.dep_ == "pobj" and earlier.head.lower_ == "in" \
                        and earlier.head.head.pos_ == "VERB":   # "X said in a report that"
                    owner = next((c for c in earlier.head.head.children
                                  if c.dep_ == "nsubj"), None)
                return owner
        return None

    def _issuer_before(self, token: Token) -> Speaker | None:
        """Who issued a bare "the statement": the last named source before it, else the
        last institution the document names before it; a statement the text introduced
        with its issuer ("In a statement signed by X", "A statement by X") after that
        source is the one "the statement" takes up."""
        introduced = self._introduced_statement_before(token)
        for i, speaker, lemma in reversed(self.sources):
            if i < token.i and (speaker.source_type in {SourceType.PERSON.value,
                                                        SourceType.INSTITUTION.value}
                                or lemma in INSTITUTION_WORDS):   # "The ministry said"
                if introduced is not None and introduced[0] > i:
                    break
                return speaker
        if introduced is not None:
            return introduced[1]
        named = [m for m in self.institutions.mentions
                 if m.named and not m.media and m.position < token.idx]
        return Speaker(named[-1].name, None, SourceType.INSTITUTION.value) if named else None

    def _body_of_its_content(self, noun: Token) -> Speaker | None:
        """Who issued a new text ("a statement said") the text does not name: the body
        its own content clause is about ("Rwanda will deploy ..., a statement said"), else
        the body that was the subject of the sentence before it ("The Foreign Office
        advised ... . A statement read: “...”"); a source quoted earlier is no issuer of it."""
        verb = noun.head
        content = [c for c in verb.children if c.dep_ == "ccomp"]
        subjects = [c for clause in content for c in clause.children
                    if c.dep_ in {"nsubj", "nsubjpass"}]
        sentence = noun.sent
        if sentence.start > 0:
            before = self.doc[sentence.start - 1].sent.root
            if before.lemma_.lower() not in REPORTING_LEMMAS:   # not "Dogan reported ..."
                subjects = subjects[:1] + [c for c in before.children if c.dep_ == "nsubj"]
        return next(filter(None, (self._body_named_by(s) for s in subjects[:2])), None)

    def _body_named_by(self, token: Token) -> Speaker | None:
        """The body a name or a body's common noun stands for ("the military": "military"),
        else None."""
        found = self._resolve(token)
        if not found.name:
            return None
        if found.source_type == SourceType.INSTITUTION.value:
            text = doc_text(self.doc)
            written = next((m.name for m in self.institutions.mentions if m.named and
                            m.position <= token.idx < _end_of(text, m)), None)
            if written and _closes_with_its_members(found.name, written):
                return found   # "US Central Command forces": the command, not its troops
            return replace(found, name=written) if written else found   # as this one names it
        if token.pos_ == "NOUN" and token.lemma_.lower() in MILITARY_HEADS | INSTITUTION_WORDS:
            return Speaker(_without_article(found.name), found.span, SourceType.INSTITUTION.value)
        return None

    def _introduced_statement_before(self, token: Token) -> tuple[int, Speaker] | None:
        """The last text of the same kind before token ("statement" for "the statement")
        whose issuer the text names ("a statement signed by X", "X's statement"), with
        that issuer resolved; None when there is none."""
        doc, lemma = self.doc, token.lemma_.lower()
        for i in range(token.i - 1, max(-1, token.i - 250), -1):
            noun = doc[i]
            if noun.pos_ != "NOUN" or noun.lemma_.lower() != lemma:
                continue
            issuer = _text_issuer(noun)
            if issuer is None or issuer.i == token.i or issuer.pos_ == "PRON":
                continue
            found = self._resolve(issuer)
            if found.name and found.source_type in {SourceType.PERSON.value,
                                                    SourceType.INSTITUTION.value}:
                return i, Speaker(found.name, None, found.source_type)
            body = self._body_named_by(issuer)
            if body is not None:   # "a statement by the military"
                return i, Speaker(body.name, None, body.source_type)
            if found.name and issuer.tag_ == "NNS" and issuer.dep_ == "pobj":
                # "a statement made by South Korean authorities": a plural body as written
                return i, Speaker(found.name, None, found.source_type)
        return None

    def _role_holder(self, token: Token) -> str | None:
        """The person "the prosecutor" or "the minister" refers back to when no one was
        named with that title: the one last named before it with the word in a role,
        else the last person who spoke or acted before it."""
        if not _refers_back(token):
            return None
        noun = token.lemma_.lower()
        if any(noun in title.split() and OTHER_OFFICE_RANKS & set(title.split())
               for person in self.titled for title in person.titles):
            return None   # "the president" is not the Vice President named before
        before = [m for m in self.mentions if m.token_i < token.i
                  and not self._holds_another_portfolio(token, m.name)]
        titled = [m for m in before if noun in self.described_as.get(m.name, ())]
        if titled:
            return titled[-1].name
        if any(i < token.i and head == noun and speaker.source_type == SourceType.VAGUE.value
               for i, speaker, head in self.sources):
            return None   # "the spokesman said ... The spokesman added": the same one, unnamed
        speakers = [i for i, speaker, _ in self.sources
                    if i < token.i and speaker.source_type == SourceType.PERSON.value]
        if speakers:   # "..., Kostin said. “...,” the prosecutor said."
            found = self.last_person_before(speakers[-1] + 1)
        else:
            found = self.last_person_before(token.i)
        # "Israel's defence minister", never named, is not the prime minister who spoke last,
        # nor a spokesman who did
        if found and (self._holds_another_portfolio(token, found) or (
                noun not in SPOKES_WORDS and SPOKES_WORDS & self.described_as.get(found, set()))):
            return None
        return found

    def _speaker_of_office_with_body_words(self, token: Token) -> str | None:
        """ "said the defense ministry spokesperson" after "The Spokesperson of the Ministry
        of Defense, Colonel X, stated": a definite office noun with lower-case words of its
        body before it takes up the one person who spoke before it with that office; no
        one, or two, who did, and it stays a description."""
        lefts = list(token.lefts)
        if token.tag_ != "NN" or token.lower_ not in ROLE_NOUNS or not lefts \
                or lefts[0].lower_ != "the" or len(lefts) < 2 \
                or not all(t.is_lower and t.is_alpha and t.lower_ not in COUNTRY_WORDS
                           for t in lefts[1:]):
            return None
        noun = token.lemma_.lower()
        holders = {speaker.name for i, speaker, _ in self.sources
                   if i < token.i and speaker.source_type == SourceType.PERSON.value
                   and any(_same_office(noun, word)
                           for word in self.described_as.get(speaker.name, ()))}
        return holders.pop() if len(holders) == 1 else None

    def _titled_before(self, token: Token) -> str | None:
        """The person "the Defence Secretary" takes up when no one was named with that
        title in full: the last person named before it, outside a quotation, whom the
        document gives the office's head word ("Wallace confirms ... Watch: Defence
        Secretary on ..." before "the Defence Secretary confirmed")."""
        if not _is_definite_role(token) or any(c.dep_ in {"prep", "appos", "acl", "relcl"}
                                               for c in token.rights):
            return None   # "the president of Lithuania" says whose office it is
        noun = token.lemma_.lower()
        if any(noun in title.split() and OTHER_OFFICE_RANKS & set(title.split())
               for person in self.titled for title in person.titles):
            return None   # "the president" is not the Vice President named before
        held = [m for m in self.mentions if m.token_i < token.i and not m.quoted
                and noun in self.described_as.get(m.name, ())
                and not self._holds_another_portfolio(token, m.name)]
        if held:
            return held[-1].name
        if any(m.token_i < token.i and not m.quoted for m in self.mentions):
            return None   # a person named before who does not hold the office
        # no one named before: the subject of the next sentence, named without an office
        # of its own ("..., the defence minister confirmed. Anna Berg declined to ...")
        end = token.sent.end
        if end >= len(self.doc):
            return None
        after = self.doc[end].sent
        named = [m for m in self.mentions if after.start <= m.token_i < after.end
                 and not m.quoted]
        if not named or not named[0].main or named[0].name in self.roles:
            return None
        own = self.described_as.get(named[0].name, set())
        return named[0].name if not own or noun in own else None

    def _anaphoric_source(self, token: Token) -> str | None:
        """The source that "the publication", "the source" or "the statement" takes up:
        a bare definite noun, no other modifier."""
        # "The daily has published that ...": a subject the tagger read as an adjective
        noun = token.pos_ == "NOUN" or token.pos_ == "ADJ" and token.dep_ == "nsubj" \
            and token.lower_ in MEDIA_ANAPHORS
        if not noun or any(t.dep_ in {"prep", "acl", "relcl", "amod"}
                           and not _set_off(token, t) for t in token.rights):
            return None   # "the official, who asked not to be identified": still the one met
        lemma = token.lemma_.lower()
        lefts = [t.lower_ for t in token.lefts]
        if lefts[:1] == ["the"] and len(lefts) == 2 and lefts[1] in REPEAT_WORDS and (
                lemma in SOURCE_ANAPHORS | MEDIA_ANAPHORS | STATEMENT_NOUNS | REPORT_NOUNS):
            return self.last_source_before(token.i, kinds=CITED_KINDS)   # "the same source"
        if lemma in SOURCE_ANAPHORS and lefts[:1] == ["the"] and len(lefts) > 1:
            return self._introduced_later(token, self._source_described(token, set(lefts[1:])),
                                          set(lefts[1:])) \
                or self._official_named_before(token, set(lefts[1:]))   # "the Ukrainian source"
        if lefts[:1] == ["the"] and lemma in MEDIA_DESCRIPTIONS and "news" in lefts \
                and all(t.is_lower or t.lower_ == "the" for t in token.lefts):
            outlet = self.institutions.outlet(token.idx)   # "the (state) news agency"
            if outlet:
                return outlet
        described = [t.lower_ for t in token.lefts][1:] + [lemma]
        if lefts[:1] == ["the"] and (" ".join(described[-2:]) in BODY_DESCRIPTIONS
                                     or lemma in BODY_DESCRIPTIONS):
            return self.last_source_before(token.i, kinds={SourceType.INSTITUTION.value}) \
                or self.institutions.last_named_before(token.idx)
        if lefts != ["the"]:
            return None
        if lemma in MEDIA_ANAPHORS:
            return self.institutions.outlet(token.idx)
        return self._taken_up(token)

    def _source_described(self, token: Token, words: set[str]) -> str | None:
        """The last source before token with the same head noun whose phrase holds every
        word of the description ("a Ukrainian military source" for "the Ukrainian source")."""
        lemma = token.lemma_.lower()
        for i, speaker, head in reversed(self.sources):
            if i < token.i and head == lemma and speaker.name \
                    and words <= set(speaker.name.lower().split()):
                return speaker.name
        return None

    def _introduced_later(self, token: Token, spoken: str | None, words: set[str]) -> str | None:
        """ "A senior defence official said ... A senior State Department official also spoke.
        The official said ...": a bare "the official" takes up the last source of its head
        noun introduced with "a", whether or not that one spoke yet; spoken, the source
        that last spoke under that noun (and every word of the description), if it came
        after it. "the senior defense official" right after "a senior military official
        says" takes that one up when no source holds every word: the definite article
        presents a source already met."""
        introduced = self._last_introduced(token, words)
        if introduced is None:
            return spoken
        position, name = introduced
        if spoken is not None and any(i > position and speaker.name == spoken
                                      for i, speaker, _ in self.sources if i < token.i):
            return spoken
        return name

    def _last_introduced(self, token: Token, words: set[str]) -> tuple[int, str] | None:
        """The last noun phrase before token headed by token's noun with "a" or "an"
        (its position and text), holding every word of words; failing that, one in the
        sentence before token's that shares one of them."""
        lemma = token.lemma_.lower()
        previous = token.sent.start - 1
        previous_start = self.doc[previous].sent.start if previous >= 0 else 0
        sharing = None
        for i in range(token.i - 1, max(-1, token.i - MAX_PRONOUN_CHAIN_TOKENS * 3), -1):
            noun = self.doc[i]
            if noun.lemma_.lower() != lemma or noun.tag_ != token.tag_ or not any(
                    c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.lefts):
                continue
            said = {t.lower_ for t in noun.subtree if t.i < noun.i}
            last = _last_of_prep_phrases(noun)   # "a spokesperson for the defence ministry"
            written = self._name_described(noun) or \
                doc_text(self.doc)[noun.left_edge.idx: last.idx + len(last.text)]
            if words <= said:
                return i, written
            if sharing is None and i >= previous_start and words & said:
                sharing = (i, written)
        return sharing

    def _name_described(self, noun: Token) -> str | None:
        """The person a description stands in apposition to ("Jane Roe, a military expert,"):
        "the expert" later takes up her name, not the description."""
        if noun.dep_ != "appos" or noun.head.ent_type_ not in NAME_LABELS \
                or noun.head.i > noun.i:
            return None
        found = self.resolve(noun.head)
        return found.name if found.source_type == SourceType.PERSON.value else None

    def _named_outlet(self, token: Token) -> str | None:
        """ "the Defense Express military portal": an outlet noun whose name stands before it."""
        if token.lemma_.lower() not in MEDIA_ANAPHORS or not token.is_lower:
            return None   # "PLA Daily": the noun is the name's own word
        names = [t for t in token.lefts if t.pos_ == "PROPN" and t.dep_ in {"compound", "nmod"}
                 and not _names_a_country(t)]   # "US media outlet": a country
        if not names:
            return None
        chunk = _proper_chunk(names[-1])
        return clean_institution_name(
            doc_text(self.doc)[chunk[0].idx: chunk[-1].idx + len(chunk[-1].text)])

    def _taken_up(self, token: Token) -> str | None:
        """A bare definite institution or source noun: "the administration", "the source";
        one the document names under no such word ("the service" for the Army) takes the
        institution that spoke, or was named, last."""
        lemma = token.lemma_.lower()
        if token.tag_ == "NN" and lemma in MILITARY_HEADS and token.lower_ not in INSTITUTION_WORDS:
            return self._military_that_spoke(token)   # "the military", no word of a name
        if token.lower_ in INSTITUTION_WORDS:
            named = self.institutions.named_for(token.lower_, token.idx, before_only=True)
            if named or token.tag_ != "NN":
                return named or self.institutions.named_for(token.lower_, token.idx)
            spoke = self._military_that_spoke(token) if lemma in MILITARY_HEADS else next(
                (speaker.name for i, speaker, head in reversed(self.sources)
                 if i < token.i and head == lemma), None)
            if spoke:   # "the military said ... The army added": one body
                return spoke
            # a body the text names only after it ("the Swedish army" later) comes last:
            # "The army said" after "Norway's military said" is Norway's
            return self.institutions.named_for(token.lower_, token.idx) or self._issuer_of_kind(
                token, lemma)
        if lemma in SOURCE_ANAPHORS:   # "A French diplomatic source said ... the source added"
            return self._introduced_later(token, self.last_source_before(
                token.i, kinds={SourceType.VAGUE.value, SourceType.INSTITUTION.value}, head=lemma),
                set()) or self._official_named_before(token, set()) \
                or self._office_holder_of_kind(token)
        return self._office_holder_of_kind(token)   # "the politician said"

    def _military_that_spoke(self, token: Token) -> str | None:
        """The last armed body that spoke before token ("Norway's military said ...")."""
        return next((speaker.name for i, speaker, head in reversed(self.sources)
                     if i < token.i and head in MILITARY_HEADS), None)

    def _issuer_of_kind(self, token: Token, lemma: str) -> str | None:
        """The body whose text token takes up, when it is a body of token's kind."""
        issuer = self._issuer_before(token)
        kind = SourceType.INSTITUTION.value
        if issuer is None or issuer.source_type != kind or is_other_kind_of_body(lemma, issuer.name):
            return None   # "..., the ministry said" is not the air force named before it
        return issuer.name

    def _official_named_before(self, token: Token, words: set[str]) -> str | None:
        """The person "the official" or "the German official" takes up when no source was
        called an official before: the last person named before it with an office
        ("Pentagon spokesman Charlie Dietz", "German Defence Minister Boris Pistorius"),
        whose office's words hold the description's country, if it gives one."""
        if token.lemma_.lower() != "official" or token.tag_ != "NN":
            return None
        countries = {w for w in words if w in COUNTRY_WORDS}
        if words - countries:   # "the senior military official": another kind of source
            return None
        wanted = {DEMONYMS.get(w, w).lower() for w in countries}
        for mention in reversed([m for m in self.mentions if m.token_i < token.i]):
            office = self._office_words_of(mention.name)
            if mention.quoted or not office - {""}:
                continue
            office |= self._words_before_mentions(mention.name, token.i)
            if all(w in office or any(DEMONYMS.get(o, o).lower() == w for o in office)
                   for w in wanted):
                return mention.name
            return None   # the last person with an office is another country's
        return None

    def _office_words_of(self, name: str) -> set[str]:
        """The words of a person's stated office: role and body, and the words the
        person was described by beside the name."""
        role, org = self.roles.get(name, (None, None))
        office = {w.lower().strip("’'s") for w in f"{role or ''} {org or ''}".split()}
        return office | self.described_as.get(name, set())

    def _words_before_mentions(self, name: str, token_i: int) -> set[str]:
        """The words written just before each mention of a person before token_i."""
        words = set()
        for other in self.mentions:
            if other.name == name and other.token_i < token_i:
                named_at = self.doc[other.token_i]
                words |= {t.lower_ for t in self.doc[max(named_at.sent.start,
                                                         named_at.i - 8): named_at.i]}
        return words

    def _office_holder_of_kind(self, token: Token) -> str | None:
        """The person "the diplomat" or "the politician" takes up: the last person named
        before it (outside quotations) with an office of that kind ("Deputy Foreign Minister
        X", "Island Mayor Y")."""
        kind = KIND_OF_OFFICE_HOLDERS.get(token.lemma_.lower())
        if kind is None or token.tag_ != "NN":
            return None
        for mention in reversed([m for m in self.mentions if m.token_i < token.i]):
            office = self._office_words_of(mention.name) \
                | self._words_before_mentions(mention.name, token.i)
            if not mention.quoted and office & kind:
                return mention.name
        return None

    def _person(self, head: Token, tokens: list[Token]) -> Speaker:
        surface = clean_person_name(
            doc_text(self.doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)])
        name = self.index.fullest(surface)
        role, org, _ = split_role_org(_left_modifiers(head, tokens[0].i))
        org = org or _right_org(head)
        if not role and not org:  # stated at another mention: "spokesman Victor Khrenin"
            role, org = self.roles.get(name, (None, None))
        if surface and surface != name:
            self.extra_names[surface] = name
        return Speaker(name, _name_span(tokens), SourceType.PERSON.value, role, org)

    def _phrase(self, token: Token) -> list[Token]:
        """The noun phrase as written, up to its first comma: "some experts",
        "experts on arms control", "a survey released last week"."""
        doc = token.doc
        start, end = token.left_edge.i, token.right_edge.i + 1
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
            # "His ex-wife", "a co-founder": the tokenizer split the word at its hyphen and
            # the parser left the first part outside the phrase
            start = min(start - 2, doc[start - 2].left_edge.i)
        for i in range(token.i + 1, end):
            if doc[i].text in PHRASE_STOPS:
                end = i
                break
            if doc[i].dep_ == "relcl" and doc[i].head.i == token.i:  # "a letter that says ..."
                end = min(end, doc[i].left_edge.i)   # "officials who said ...": the clause
                break                                  # and all after it are not the name
            if doc[i].dep_ == "acl" and doc[i].head.i == token.i \
                    and (doc[i].lemma_.lower() in REPORTING_LEMMAS
                         or any(c.dep_ == "ccomp" for c in doc[i].children)):
                end = min(end, doc[i].left_edge.i)   # "a video stating that ...": what the
                break                                  # text says is no part of its name
            if doc[i].dep_ == "prep" and doc[i].head.i == token.i \
                    and doc[i].lower_ in {"in", "via", "through"} and any(
                        c.dep_ == "pobj" and c.lemma_.lower() in STATEMENT_NOUNS | REPORT_NOUNS
                        for c in doc[i].children):
                end = min(end, i)   # "the media wing in a press release said": the text
                break                 # it spoke in is no part of the source's name
            if doc[i].dep_ == "npadvmod" and doc[i].head.i == token.i \
                    and doc[i].ent_type_ in {"DATE", "TIME"}:
                end = min(end, doc[i].left_edge.i)   # "Trump this week said": the time of
                break                                  # the report is no part of the source
        for i in range(token.i - 1, start - 1, -1):
            if doc[i].text in PHRASE_STOPS:
                start = i + 1
                break
        run = list(doc[start:end])
        while run and (run[0].is_punct or run[0].pos_ in {"ADP", "CCONJ"}
                       or run[0].lower_ == "what" and len(run) > 1):   # "to what a source told"
            run.pop(0)
        while run and run[-1].is_punct:
            run.pop()
        return run or [token]

    def _holds_another_portfolio(self, token: Token, name: str) -> bool:
        """Whether a description's office ("defence minister") differs from the one the
        document gives the person ("Prime Minister X")."""
        wanted = {PORTFOLIO_FOLDS.get(t.lower_, t.lower_) for t in token.lefts
                  if t.lower_ in PORTFOLIO_WORDS}
        if not wanted:
            return False
        held = {PORTFOLIO_FOLDS.get(w, w) for person in self.titled if person.name == name
                for title in person.titles for w in title.split() if w in PORTFOLIO_WORDS}
        for mention in self.mentions:
            if mention.name == name:
                at = self.doc[mention.token_i]
                held |= {PORTFOLIO_FOLDS.get(t.lower_, t.lower_) for t in
                         self.doc[max(at.sent.start, at.i - 4): at.i] if t.lower_ in PORTFOLIO_WORDS}
        return bool(held) and not wanted & held

    def _described_person(self, token: Token) -> str | None:
        """A person named elsewhere whose title matches a description like "the Belarusian leader"."""
        titles = ROLE_ALIASES.get(token.lemma_.lower()) or ROLE_ALIASES.get(token.lower_)
        if titles is None and token.lower_ == "general":
            # "the NATO Secretary General", "the secretary-general": the office is the
            # compound's first word; "general" only closes it
            office = next((t for t in token.lefts if t.dep_ == "compound"
                           and t.lower_ in ROLE_ALIASES), None)
            titles = ROLE_ALIASES.get(office.lower_) if office is not None else None
        # "Armenia’s prime minister": a country's office is as definite as "the"
        owner = next((t for t in token.lefts if t.dep_ == "poss"
                      and t.lower_.strip("’'s") in COUNTRY_WORDS), None)
        definite = any(t.lower_ in {"the", "this", "that"} for t in token.lefts) \
            or _is_role_name(token) or _owned_by_the_country(token) or owner is not None \
            or _closes_a_headline(token) or _opens_a_headline(token) \
            or any(t.dep_ == "poss" and t.ent_type_ == "PERSON" for t in token.lefts)   # "Putin's"
        if not titles or not self.titled or not definite:
            return None
        qualifiers = {t.lower_ for t in token.subtree if t.i < token.i
                      and t.dep_ in {"amod", "compound", "nmod"}}
        if owner is not None:
            qualifiers.add(owner.lower_.strip("’'s"))
        of_words, of_names = set(), set()
        for of in (c for c in token.rights if c.lower_ in {"of", "for"}):   # "president of X"
            for obj in (c for c in of.children if c.dep_ == "pobj"):
                titles = ROLE_OF_ALIASES.get((token.lower_, obj.lower_), titles)
                # "the head of the Ministry of Defense": the minister of that portfolio
                of_words |= {t.lower_ for t in obj.subtree if t.lower_ in PORTFOLIO_WORDS}
                if (token.lower_, obj.lower_) not in ROLE_OF_ALIASES:
                    of_words |= {t.lower_ for t in obj.subtree if t.pos_ in {"PROPN", "NOUN"}}
                    of_names |= {t.lower_ for t in obj.subtree if t.pos_ == "PROPN"
                                 and t.ent_type_ in {"GPE", "LOC", "PERSON"}}
        qualifiers |= of_words
        # rank words say nothing of the office: "the General Staff chief" is the chief of
        # the General Staff whatever rank the tagger read into "General"
        portfolio = {PORTFOLIO_FOLDS.get(q, q) for q in qualifiers if q in PORTFOLIO_WORDS}
        qualifiers -= ROLE_WORDS - LESSER_RANKS
        # people who spoke or acted before the description: "the minister said" takes up
        # the minister the report is about, not one thanked in passing
        # the minister the report is about; one named only in what another reported ("The
        # minister said Prime Minister X had approved ...") is that report's topic
        actors = {m.name for m in self.mentions if m.salient and m.token_i < token.i
                  and not _in_reported_content(self.doc[m.token_i])} | {
            speaker.name for i, speaker, _ in self.sources if i < token.i}
        # lower-case adjectives of scope or standing ("the regional governor", "the top
        # commander") say nothing of which office: without them, the only holder will do
        loose = {t.lower_ for t in token.subtree if t.i < token.i and t.dep_ == "amod"
                 and t.is_lower and t.pos_ == "ADJ" and t.lower_ not in PORTFOLIO_WORDS
                 and t.lower_ not in COUNTRY_WORDS and t.lower_ not in LESSER_RANKS
                 and t.lower_ not in OTHER_OFFICE_RANKS}
        candidates, holders = [], set()
        for person in self.titled:
            if not titles & person.titles:
                continue
            held = {PORTFOLIO_FOLDS.get(w, w) for title in person.titles for w in title.split()
                    if w in PORTFOLIO_WORDS} | {PORTFOLIO_FOLDS.get(w, w)
                                                for w in person.qualifiers if w in PORTFOLIO_WORDS}
            if portfolio and held and not portfolio & held:
                continue   # "Israel's defence minister" is not its prime minister
            matched = {q for q in qualifiers if _related_word(q, person.qualifiers)}
            if qualifiers and matched != qualifiers:
                # "the Chief of Army Staff" for the only "Army Chief" named: the office's
                # "of" phrase may spell out more than the short title gave
                if loose and qualifiers - loose <= matched \
                        or matched and qualifiers - matched <= of_words \
                        and not (qualifiers - matched) & of_names:   # not "of Mykolaiv"
                    holders.add(person.name)
                continue
            # the last such person named before the description, else the first after it
            before = person.position < token.i
            candidates.append((before, before and person.name in actors,
                               person.position if before else -person.position, person.name))
        if not candidates:
            return holders.pop() if len(holders) == 1 else None
        return max(candidates)[3]

    def _bare_title_holder(self, token: Token) -> str | None:
        """The one person the document writes with a title that stands alone as a
        speaker, with no article and no name after it (a headline's "Lord tells House"):
        "Lord Pannick" gives Pannick; two such people leave it as written."""
        doc = self.doc
        if token.pos_ != "PROPN" or token.lower_ not in TITLES or not token.is_title \
                or any(c.dep_ in {"det", "compound", "poss", "amod"} for c in token.children) \
                or token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            return None
        holders = set()
        for other in doc:
            if other.i == token.i or other.text != token.text or other.i + 1 >= len(doc):
                continue
            name = [t for t in doc[other.i + 1: other.i + 1 + MAX_NAME_TOKENS]]
            name = name[:next((k for k, t in enumerate(name) if t.pos_ != "PROPN"
                               or not t.is_title or t.lower_ in BODY_WORDS), len(name))]
            if name:
                holders.add(self.index.fullest(clean_person_name(
                    doc_text(doc)[name[0].idx: name[-1].idx + len(name[-1].text)])))
        return holders.pop() if len(holders) == 1 else None

    def _named_in_the_next_sentence(self, token: Token) -> str | None:
        """The person a description turns out to be: for a definite one, the one person the
        next sentence names as the subject of "made the remarks" ("the council's president
        said ... . Ambassador X made the comments"); for an indefinite one ("a spokesperson",
        "its new chief"), the one named as the subject of a verb of speech or of "made the
        remarks" with the same head noun in apposition ("Chen Bo, a spokesperson for the
        office") or in the office written before the name ("said Army chief General X")."""
        if token.pos_ != "NOUN" or token.sent.end >= len(self.doc):
            return None
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                         or c.dep_ == "poss" and c.lower_ in BODY_POSSESSIVES
                         or c.dep_ == "poss" and c.ent_type_ == "PERSON"   # "Putin's spokesman":
                         for c in token.children)   # one of the holders, named by the same noun
        described = indefinite or any(c.dep_ in {"det", "poss"} for c in token.children)
        if not described:
            return None
        following = self.doc[token.sent.end].sent
        found = set()
        for named in following:
            ent = entity_of(named)
            if ent is None or not is_person_ent(ent) or named.i != ent.root.i:
                continue
            # "General X" with X in apposition to the rank: the rank is the subject
            subject = named.head if named.dep_ == "appos" and named.head.i < named.i else named
            if subject.dep_ != "nsubj":
                continue
            verb = subject.head
            remarks = verb.lemma_.lower() == "make" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in REMARK_NOUNS for c in verb.children)
            speaks = remarks or verb.lemma_.lower() in REPORTING_LEMMAS
            same_office = token.lemma_.lower() in self._office_nouns_of(named, ent)
            # an indefinite description needs the same noun ("a spokesperson ... X, an
            # adviser, made the remarks" is another person); a definite one, "made the
            # comments" alone ("the council's president said ... Ambassador X made the comments")
            if speaks and same_office if indefinite else remarks:
                found.add(self._person(named, list(ent)).name)
        return found.pop() if len(found) == 1 else None

    def _named_speaker_after(self, token: Token) -> str | None:
        """ "..., a top government official said. ... . X, secretary to the ministry, said
        ...": an unnamed office holder who speaks is the first person the next sentences
        name for the first time as a speaker, when that one follows at once with a bare
        name ("the interior minister said ... . X said"), says again some of what the
        description said, or (for "a" description) is written with one of its nouns; not
        when the description keeps its source anonymous, is a body's ("the campaign"), or
        names another country than that person's office does."""
        doc = self.doc
        if token.pos_ != "NOUN" or token.lemma_.lower() not in OFFICE_HEADS | ROLE_WORDS \
                or token.lemma_.lower() in SOURCE_NOUNS | BODY_WORDS or token.sent.end >= len(doc) \
                or not any(c.dep_ in {"det", "poss"} for c in token.children) \
                or _keeps_unnamed(token.sent.root):
            return None
        described = {t.i for t in token.subtree}
        said = _content_lemmas(t for t in token.sent if t.i not in described)
        countries = _countries_in(doc[t] for t in described)
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
        nouns = _noun_lemmas(doc[t] for t in described)
        for k, sentence in enumerate(_sentences_after(token, SENTENCES_TO_NAMING)):
            for ent in _names_in(sentence):
                speaker = self._new_speaker_in(ent, sentence)
                if speaker is None:
                    continue
                subject = _subject_phrase(ent.root)
                office = _countries_in(doc[max(sentence.start, ent.start - MAX_OFFICE_WORDS):
                                           ent.start]) | _countries_in(subject.subtree)
                if countries and office and not countries & office:
                    return None   # "a US official said ... . Ukraine's minister X said"
                named = set(speaker.lower().split())   # "Valerii" may stand outside the entity
                bare = k == 0 and all(t.lower_ in named for t in subject.subtree)
                again = _content_lemmas(t for t in sentence if t.i not in
                                        {d.i for d in subject.subtree})
                # "a senior police official said ... X's police chief, Y, said": an
                # indefinite description whose nouns the person's own phrase repeats
                office = (_noun_lemmas(t for t in subject.subtree if t.i not in range(
                    ent.start, ent.end)) | self._office_nouns_of(ent.root, ent)) - named
                if bare or len(said & again) >= SHARED_CONTENT_WORDS \
                        or indefinite and nouns & office:
                    return speaker
                return None   # the first person named as a speaker after is another
        return None

    def _new_speaker_in(self, ent: Span, sentence: Span) -> str | None:
        """The person an entity names, when the document names them here for the first time
        as the subject of a verb of speech ("X said", "X called it ..., adding that")."""
        if ent.label_ not in NAME_LABELS | {"ORG"} or ent.root.pos_ != "PROPN":
            return None
        subject = _subject_phrase(ent.root)
        verb = subject.head
        if subject.dep_ != "nsubj" or not (
                verb.lemma_.lower() in REPORTING_LEMMAS or any(
                    c.dep_ in {"advcl", "conj", "xcomp"} and c.lemma_.lower() in REPORTING_LEMMAS
                    for c in verb.children)):
            return None
        found = self.resolve(ent.root)
        person = found.source_type == SourceType.PERSON.value or _reads_as_full_name(ent)
        if not person or not found.name or any(
                m.name == found.name and m.token_i < sentence.start
                and _body_after_headline(doc_text(self.doc), self.doc[m.token_i].idx) is None
                for m in self.mentions):
            return None   # named before below the headline: not the one first described
        return found.name

    def _office_nouns_of(self, named: Token, ent: Span) -> set[str]:
        """The nouns a name is described by in its own phrase: an appositive after it (with
        "a", "the" or no article) and the office words written just before it."""
        appositives = {c.lemma_.lower() for c in named.children if c.dep_ == "appos"
                       and c.i > named.i and all(d.lower_ in {"a", "an", "the"}
                                                 for d in c.children if d.dep_ == "det")}
        before = []
        for word in reversed(self.doc[max(named.sent.start, ent.start - MAX_OFFICE_WORDS):
                                      ent.start]):
            if word.pos_ not in {"NOUN", "PROPN"}:
                break
            lemma = word.lemma_.lower()
            before.append(RANK_WORDS.get(lemma, lemma))   # "a top general ... Gen. X"
        return appositives | set(before)

    def _headline_source_named_below(self, token: Token) -> str | None:
        """ "Polish defence department head says ..." over "..., Polish Defence Minister
        Jan Nowak said": a headline's source described by country and portfolio is the
        first person the story names with that country's and that portfolio's words."""
        text = doc_text(self.doc)
        body = _body_after_headline(text, token.idx)
        if token.tag_ != "NN" or token.lower_ not in OFFICE_HEADS | ROLE_WORDS or body is None:
            return None   # "French officials say": no one person
        # "Ghanaian minister of defence": the portfolio may follow the office noun
        words = {t.lower_ for t in self._phrase(token) if t.i != token.i}
        wanted = {PORTFOLIO_FOLDS[w] for w in words if w in PORTFOLIO_FOLDS} \
            | {DEMONYMS.get(w, w).lower() for w in words if w in COUNTRY_WORDS}
        if not wanted:
            return None
        for person in sorted(self.titled, key=lambda p: p.position):
            named_at = self.doc[person.position]
            if named_at.idx < body:
                continue   # the headline's own names
            office = {t.lower_ for t in self.doc[max(named_at.sent.start, person.position - 8):
                                                  person.position + 1]}
            office = {PORTFOLIO_FOLDS.get(w, w) for w in office} \
                | {DEMONYMS.get(w, w).lower() for w in office if w in COUNTRY_WORDS}
            if wanted <= office:
                return person.name
        return None

    def _office_named_next(self, token: Token) -> str | None:
        """ "..., Iran's defense minister has announced. ..., Defense Minister Hossein Dehghan
        said": an office written with its portfolio before anyone holds it in the text is the
        one person the next sentence names with that office and portfolio."""
        if token.tag_ != "NN" or token.lower_ not in OFFICE_HEADS | ROLE_WORDS \
                or token.sent.end >= len(self.doc) or not any(
                    c.dep_ == "poss" or c.lower_ == "the" for c in token.lefts):
            return None
        words = {t.lower_ for t in self._phrase(token) if t.i != token.i}
        wanted = {PORTFOLIO_FOLDS[w] for w in words if w in PORTFOLIO_FOLDS}
        if not wanted:
            return None
        following = self.doc[token.sent.end].sent
        found = set()
        for person in self.titled:
            if not following.start <= person.position < following.end:
                continue
            named_at = self.doc[person.position]
            office = {PORTFOLIO_FOLDS.get(t.lower_, t.lower_) for t in self.doc[
                max(named_at.sent.start, person.position - 8): person.position + 1]}
            if wanted | {token.lower_} <= office:
                found.add(person.name)
        return found.pop() if len(found) == 1 else None

    def _headline_source_introduced_below(self, token: Token) -> str | None:
        """ "US military official says ..." over "..., a senior US military official says":
        a headline's unnamed source is the first one the story introduces with "a" under
        the same noun and every word the headline gave it, as the story writes it."""
        text = doc_text(self.doc)
        body = _body_after_headline(text, token.idx)
        if token.pos_ != "NOUN" or token.lemma_.lower() not in SOURCE_ANAPHORS or body is None \
                or any(c.dep_ == "det" for c in token.lefts):
            return None
        words = {t.lower_ for t in self._phrase(token) if t.i < token.i}
        if not words:
            return None
        for noun in self.doc[token.i + 1:]:
            if noun.idx > body and noun.lemma_ == token.lemma_ and noun.tag_ == token.tag_ \
                    and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.lefts) \
                    and words <= {t.lower_ for t in noun.subtree if t.i < noun.i}:
                return text[noun.left_edge.idx: noun.idx + len(noun.text)]
        return None

    def _vague(self, token: Token) -> Speaker:
        phrase = self._phrase(token)
        text = doc_text(self.doc)[phrase[0].idx: phrase[-1].idx + len(phrase[-1].text)]
        text = clean_institution_name(text)   # no "’s" of "the ministry’s report"
        owned = _owned_form_before(doc_text(self.doc), text, phrase[0].idx)
        if owned:   # "The joint chiefs of staff said" after "South Korea’s joint chiefs of staff"
            return Speaker(owned, _span_of(phrase), SourceType.INSTITUTION.value)
        if token.lemma_.lower() in VAGUE_HEADS or token.lower_ in VAGUE_HEADS:
            kind = SourceType.VAGUE.value
        elif any(t.pos_ == "PROPN" and not t.is_lower for t in phrase):
            kind = SourceType.INSTITUTION.value
        else:
            kind = SourceType.VAGUE.value
        return Speaker(text or None, _span_of(phrase), kind)


# Sentences after an unnamed office holder's report in which the person may be named, and the
# content words a later report of that person shares with it to be taken as the same report.
SENTENCES_TO_NAMING = 3
SHARED_CONTENT_WORDS = 3
# Heads of a description that is anonymous by its very noun ("a source").
SOURCE_NOUNS = frozenset(lexicon().sources["anonymous_heads"])
CONTENT_TAGS = frozenset({"NOUN", "PROPN", "NUM"})


def _names_in(sentence: Span) -> list[Span]:
    """The names of a sentence: its entities, and the proper names the tagger left
    untagged that are the subject of a verb ("Rasa Vilkaite said"), in text order."""
    untagged = [Span(sentence.doc, min([t.i] + [c.i for c in t.lefts if c.dep_ == "compound"
                                                and c.pos_ == "PROPN"]), t.i + 1, label="PERSON")
                for t in sentence if t.dep_ == "nsubj" and t.pos_ == "PROPN" and not t.ent_type_]
    return sorted(list(sentence.ents) + untagged, key=lambda span: span.start)


def _reads_as_full_name(ent: Span) -> bool:
    """ "Denys Monastyrskiy" tagged as a body: two or three capitalised proper nouns, none
    a word of a body's name."""
    return ent.label_ == "ORG" and 2 <= len(ent) <= 3 and all(
        t.pos_ == "PROPN" and t.is_title and t.lower_ not in BODY_WORDS for t in ent)


def _sentences_after(token: Token, count: int) -> list[Span]:
    """The count sentences that follow token's."""
    doc, found, i = token.doc, [], token.sent.end
    while i < len(doc) and len(found) < count:
        found.append(doc[i].sent)
        i = doc[i].sent.end
    return found


def _subject_phrase(name: Token) -> Token:
    """The head of the phrase a name closes or stands in apposition to ("the police chief,
    X," gives chief)."""
    set_off = name.dep_ == "appos"
    while name.dep_ in {"appos", "compound", "flat"} and name.head.i != name.i:
        name = name.head
    # "The police chief of the town of X, Y, said": a name set off after an "of" phrase
    # that the parser hung on the phrase's last noun
    while set_off and name.dep_ in {"pobj", "prep"} and name.head.i != name.i:
        name = name.head
    return name


def _content_lemmas(tokens) -> set[str]:
    """The lemmas of the nouns and numbers that say what a report is about, less people's
    names (which a story about them repeats in every report)."""
    return {t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_TAGS and not t.is_stop
            and t.ent_type_ not in NAME_LABELS}


def _noun_lemmas(tokens) -> set[str]:
    """The lemmas of the common nouns."""
    return {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"}


def _countries_in(tokens) -> set[str]:
    """The countries the words name or describe ("Ugandan" and "Uganda" alike, "US" but
    not "us")."""
    found = set()
    for t in tokens:
        if t.lower_ in COUNTRY_WORDS:
            found.add(DEMONYMS.get(t.lower_, t.lower_).lower())
        elif not t.is_lower and t.lower_ in COUNTRY_ALIASES:
            found.add(COUNTRY_ALIASES[t.lower_].lower())
    return found


# prepositions of a description's own phrase ("a spokesperson for the ministry", "an officer
# of the navy", "a source at the ministry", "an official from the region")
DESCRIPTION_PREPS = frozenset(lexicon().sources["description_preps"])


def _last_of_prep_phrases(noun: Token) -> Token:
    """The last token of a noun with the prepositional phrases written right after it."""
    last = noun
    for child in noun.rights:
        if child.i != last.i + 1 or child.dep_ != "prep" or child.lower_ not in DESCRIPTION_PREPS:
            break
        last = child.right_edge
    return last


def _owned_form_before(text: str, phrase: str, position: int) -> str | None:
    """The fuller form of a definite description written in lower case ("the joint chiefs
    of staff"): the same words written before it after one country's or body's possessive
    name ("South Korea’s joint chiefs of staff"); two owners leave it as written."""
    words = phrase.split()
    if len(words) < 3 or words[0].lower() != "the" or not all(w.islower() for w in words[1:]):
        return None
    rest = r"\s+".join(re.escape(w) for w in words[1:])
    owned = re.compile(r"\b((?:[A-Z][\w.-]*[ \t]+)?[A-Z][\w.-]*[’']s)\s+((?i:" + rest + r"))\b")
    found = {(m.group(1), m.group(2)) for m in owned.finditer(text, 0, position)}
    owners = {owner for owner, _ in found}
    if len(owners) != 1:
        return None
    owner, written = found.pop()
    return f"{owner} {written}"


def _country_owned_form_before(text: str, name: str, position: int) -> str | None:
    """The fuller form of a body's proper name of several words ("the Joint Chiefs of
    Staff"): the same words written before position right after one country's name or
    adjective ("Chile's", "Chilean"); the tagger may have left that owner out of the body's
    name where it was met first. A service between them owns the body, not its name ("the
    Chilean navy's Joint Chiefs of Staff" stays "Joint Chiefs of Staff"). None when two
    countries own the words."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or not words[0][:1].isupper() \
            or words[0].lower().strip("’'s") in COUNTRY_WORDS:
        return None
    rest = r"\s+".join(re.escape(w) for w in words)
    owned = re.compile(r"\b((?:[A-Z][\w.-]*[ \t]+)?([A-Z][\w.-]*?)(?:[’']s)?)\s+((?i:"
                       + rest + r"))\b")
    found = {(m.group(1), m.group(3)) for m in owned.finditer(text, 0, position)
             if m.group(2).lower() in COUNTRY_WORDS}
    if len({owner for owner, _ in found}) != 1:
        return None
    owner, written = found.pop()
    return f"{owner} {written}"


MAX_HEADLINE_CHARS = 200


def _body_after_headline(text: str, position: int) -> int | None:
    """Where the story starts below the headline that holds position: its line is short,
    ends without a stop and has text after it; None when position is in no headline."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start:end].strip() if end >= 0 else ""
    if not line or len(line) > MAX_HEADLINE_CHARS or line[-1] in ".!?:\"”" \
            or not text[end:].strip():
        return None
    return end


def _according_to_them(token: Token) -> bool:
    """ "According to them, ...": "them" names the source as "they" would."""
    return token.lower_ == "them" and token.dep_ == "pobj" and token.head.lower_ == "to" \
        and token.head.i > 0 and token.doc[token.head.i - 1].lower_ == "according"


def _shared_source_noun(token: Token) -> Token | None:
    """ "Pentagon and Army officials": a body's name joined by "and" to a plural source
    noun that a second body's name modifies, the noun shared by both; else None."""
    for noun in (c for c in token.children if c.dep_ == "conj" and c.i > token.i):
        if noun.pos_ == "NOUN" and noun.tag_ == "NNS" and noun.lemma_.lower() in VAGUE_HEADS \
                and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children) \
                and any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children):
            return noun
    return None


def _coordinated_with(token: Token) -> list[Token]:
    """The heads of the names joined to token by "and" in one subject: its conjuncts after
    it ("A and B said", B a conjunct of A), or a name before it that the parser hung on it
    with the "and" ("A and Foreign Minister B said", A a modifier of B)."""
    def joined_by_and(head: Token, later: Token) -> bool:
        between = token.doc[head.right_edge.i + 1 if head.i < later.i else later.i: later.i]
        return any(t.dep_ == "cc" and t.lower_ == "and" for t in between) \
            or any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children)
    after = [c for c in token.children if c.dep_ == "conj" and c.i > token.i
             and c.pos_ == "PROPN" and joined_by_and(token, c)]
    before = [c for c in token.lefts if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN"
              and c.ent_type_ == "PERSON" and any(d.dep_ == "cc" and d.lower_ == "and"
                                                  for d in c.children)]
    return before + after


BODY_LABELS = frozenset({"GPE", "ORG"})


def _joint_speaker(spoken: list[tuple[tuple[int, int], str]], source_type: str) -> Speaker:
    """Speakers of one subject as one source, in text order: "A and B", "A, B and C", its span
    from the first name to the last."""
    spoken = sorted(spoken)
    names = [name for _, name in spoken]
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    return Speaker(joined, (spoken[0][0][0], spoken[-1][0][1]), source_type)


def _conjoined_bodies(token: Token) -> list[Token]:
    """The named bodies or countries joined to token in one coordination closed by "and"
    ("Latvia, Lithuania and Estonia"): its conjuncts, and theirs, after it."""
    found, stack, closed = [], [token], False
    while stack:
        head = stack.pop()
        closed = closed or any(c.dep_ == "cc" and c.lower_ == "and" for c in head.children)
        for conj in (c for c in head.children if c.dep_ == "conj" and c.i > head.i):
            if conj.pos_ != "PROPN" or conj.ent_type_ not in BODY_LABELS:
                return []
            found.append(conj)
            stack.append(conj)
    return sorted(found, key=lambda t: t.i) if closed else []


MAX_OFFICE_REACH = 6   # words of an office written before a name ("Minister for Defence X")


ISSUED_TEXT_NOUNS = STATEMENT_NOUNS | REPORT_NOUNS
CITED_KINDS = frozenset({SourceType.PERSON.value, SourceType.INSTITUTION.value,
                         SourceType.VAGUE.value})


def _body_before_its_members(head: Token, phrase: list[Token]) -> list[Token]:
    """The proper name of a body before a noun of its people ("US Central Command forces",
    "Brazilian Navy troops"): the capitalised words up to the head, when the last of them
    is a body's word; else [] ("Ukrainian forces" name no body)."""
    if head.lower_ not in MEMBER_NOUNS or head.i < 1:
        return []
    before = [t for t in phrase if t.i < head.i]
    named = [t for t in before if t.lower_ != "the"]
    if not named or not all(t.text[:1].isupper() for t in named) \
            or head.doc[head.i - 1].lower_ not in INSTITUTION_WORDS:
        return []
    return named


def _name_set_off_before(description: Token, phrase: list[Token]) -> Token | None:
    """The name a description is set off after, when the parser made the description the
    subject: "..., the Joint Staff Public Affairs, the military's media wing said", "quoted
    General X Y, the command's chief saying", "with X Y, the chief editor of Z telling". The
    name is a person's or a body's (not a place's), opens its own stretch (after a comma, the
    start of the sentence, a verb of quoting, or "with" before a participle) and the
    description runs up to the verb; "After meeting X, the army chief said" keeps the chief."""
    doc = description.doc
    if description.pos_ != "NOUN" or not description.is_lower or not phrase:
        return None
    first, last = phrase[0].i, phrase[-1].i
    if first < 2 or doc[first - 1].text != "," or last + 1 >= len(doc) \
            or doc[last + 1].pos_ not in {"VERB", "AUX"}:
        return None
    name = doc[first - 2]
    ent = entity_of(name)
    if ent is not None and (ent.end != name.i + 1 or ent.label_ not in {"PERSON", "ORG"}):
        return None
    words = list(ent) if ent is not None else _proper_chunk(name, keep_titles=True)
    if not words or name.pos_ != "PROPN" or words[-1].i != name.i \
            or any(t.lower_ in COUNTRY_WORDS for t in words):
        return None
    start = words[0].i
    while start > 0 and (doc[start - 1].lower_ == "the" or doc[start - 1].lower_ in TITLES):
        start -= 1   # "the", "General": what opens the name's stretch is before them
    opener = doc[start - 1] if start > 0 else None
    absolute = opener is not None and opener.lower_ == "with" and doc[last + 1].tag_ == "VBG"
    if opener is None or doc[start].is_sent_start or opener.text == "," or absolute \
            or opener.lemma_.lower() in QUOTED_AS_LEMMAS:
        return name   # "with X, the editor of Y telling": X tells; "a dispute with X, the
    return None       # delegates said": the delegates


def _person_after_offices(description: Token, name: Token) -> bool:
    """ "US historian and political commentator Helena Cobban": two or three proper words
    set after lower-case offices, one of them a person's office word, with no body's or
    country's word in the name: a person, whatever label the tagger gave."""
    offices = [description] + [c for c in description.children if c.dep_ == "conj"]
    if not description.is_lower or not any(
            o.lower_ in ROLE_WORDS or o.lower_ in ROLE_NOUNS or o.lower_ in PERSON_ROLE_WORDS
            for o in offices):
        return False
    words = list(description.doc[name.left_edge.i: name.i + 1])
    return 2 <= len(words) <= MAX_NAME_TOKENS and all(
        t.pos_ == "PROPN" and t.is_alpha and t.is_title and t.lower_ not in BODY_WORDS
        and t.lower_ not in COUNTRY_WORDS for t in words)


def _name_closing_the_description(role: Token) -> Token | None:
    """The person named in apposition at the end of an office's phrase, set off by a comma:
    "the Spokesman for US Africa Command, Colonel Ann Reyes," and "the Special Envoy for
    Afghanistan, the ministry's department director, Zamir Kabulov," where the parser hangs
    the name on the phrase's last noun rather than on the office. Else None."""
    if role.lower_ not in ROLE_WORDS:
        return None
    words = [t for t in role.subtree if not t.is_punct and t.i > role.i]
    last = words[-1] if words else None
    ranked = _ranked_name_closing_the_phrase(role, last)
    if ranked is not None:
        return ranked
    if last is None or last.dep_ != "appos" or last.head.i == role.i \
            or last.ent_type_ not in NAME_LABELS or last.left_edge.i == 0 \
            or role.doc[last.left_edge.i - 1].text != ",":
        return None
    node = last.head   # "the spokesman for the governor of Texas, Greg Abbott": the governor's
    while node.i != role.i:
        if node.dep_ != "conj" and (node.lower_ in ROLE_WORDS or node.lemma_.lower() in ROLE_NOUNS):
            return None
        node = node.head
    return last


def _ranked_name_closing_the_phrase(role: Token, last: Token | None) -> Token | None:
    """A name with its rank closing an office's phrase with no comma, after the body the
    office serves: "Coast guard spokesperson for the Northern Sea Commodore Jane Roe" (the
    parser hangs the name as the phrase's object); not "the spokesman for President X"."""
    if last is None or last.ent_type_ not in NAME_LABELS or last.dep_ != "pobj" \
            or last.head.head.i != role.i or last.head.lower_ not in {"for", "of", "at"}:
        return None
    start = last.i
    while start > 0 and role.doc[start - 1].ent_type_ in NAME_LABELS \
            and role.doc[start - 1].ent_iob_ != "O" and last.i - start < MAX_NAME_TOKENS:
        start -= 1
    rank = role.doc[start - 1]
    if rank.lower_ not in (TITLE_WORDS | HONORIFICS) - COURTESY_TITLES or not rank.is_title:
        return None
    body = [t for t in role.doc[last.head.i + 1: rank.i]
            if t.pos_ == "PROPN" and t.lower_ not in TITLE_WORDS | HONORIFICS]
    return last if body else None


def _named_with_office(head: Token) -> bool:
    """Whether the name whose head is head has an office or rank written right before it
    ("Foreign Minister B", "Major B"), not a courtesy title alone ("Mr. B")."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    for token in reversed(doc[max(0, start - MAX_OFFICE_REACH): start]):
        if token.lower_ in {"and", ",", "the"} or token.is_sent_start and token.i < start - 1:
            break
        if token.lower_ in (TITLE_WORDS | HONORIFICS) - COURTESY_TITLES:
            return True
    return False


def _main_subject_ahead(pronoun: Token) -> Token | None:
    """The named subject of the main clause after the opening subordinate clause a
    pronoun is the subject of ("While he acknowledged ..., Ham also noted ..."), else None."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.i <= verb.i \
            or not any(c.dep_ == "mark" and c.i < pronoun.i for c in verb.children):
        return None
    end = verb.right_edge.i
    for above in verb.ancestors:   # the parser may hang the clause on the content after it
        if above.i <= end:
            return None
        subject = next((c for c in above.children if c.dep_ == "nsubj" and c.i > end), None)
        if subject is not None and subject.pos_ == "PROPN":
            return subject
    return None


def _predicated_of(antecedent: Token) -> Token:
    """The subject a relative clause's antecedent is said of, when the antecedent is the
    complement of "be" ("X is a liar and birther who has pledged ...": X pledged), else the
    antecedent itself."""
    noun = antecedent
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        copula = noun.head
        subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
        if subject is None and copula.dep_ == "conj":   # "X incites ... and is a liar"
            subject = next((c for c in copula.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in {"PROPN", "NOUN"}:
            return subject
    return antecedent


# A party's member, as a description of a politician named before: "the Kentucky Republican"
PARTY_MEMBERS = frozenset(lexicon().roles["party_members"])


def _party_member_description(token: Token) -> bool:
    """Whether token heads "the [place] Republican", "the California Democrat": one party
    member, taken up with "the" after the politician has been named."""
    lefts = list(token.lefts)
    return token.lower_ in PARTY_MEMBERS and token.tag_ in {"NNP", "NN"} \
        and bool(lefts) and lefts[0].lower_ == "the" \
        and all(t.lower_ == "the" or t.dep_ == "compound" and t.ent_type_ in {"GPE", "LOC", "NORP"}
                or t.dep_ == "compound" and t.pos_ == "PROPN" for t in lefts) \
        and not any(c.dep_ in {"prep", "appos"} for c in token.rights)


def _sex_of_given_name(name: str | None) -> str | None:
    """The sex a person's given name tells ("Anna Kovac": female), else None."""
    return GIVEN_NAME_GENDER.get(name.split()[0].lower()) if name and name.split() else None


def infer_genders(doc: Doc, mentions: list, quotations=()) -> dict[str, str]:
    """Each person's gender where the document shows it: an honorific (Mr., Mrs.), or the
    pronouns of sentences about that person alone, outside the quotations (“I said his name
    once,” she wrote: "his" is someone the speaker talks of). Unknown people are left out."""
    votes: dict[str, Counter] = {}
    sentences = list(doc.sents)
    starts = [sentence.start for sentence in sentences]   # the sentences cover the Doc in order
    by_sentence: dict[int, set[str]] = {}
    for mention in (m for m in mentions if not m.quoted):   # "“... X ...,” she said"
        by_sentence.setdefault(bisect_right(starts, mention.token_i) - 1, set()).add(mention.name)
        token = doc[mention.token_i]
        first = token.left_edge.i if token.left_edge.i < token.i else token.i
        for i in range(max(0, first - 1), token.i):
            gender = HONORIFIC_GENDER.get(doc[i].lower_)
            if gender:
                votes.setdefault(mention.name, Counter())[gender] += 3
    for name in {m.name for m in mentions}:   # "Jane Ruiz": a given name of one sex
        gender = _sex_of_given_name(name)
        if gender:   # outweighs the pronouns of sentences that only happen to be near
            votes.setdefault(name, Counter())[gender] += 6
    pronouns = lower_positions(doc, PRONOUN_GENDER_WORDS)   # the only tokens the scopes are read for
    for number, names in by_sentence.items():
        if number < 0 or len(names) != 1:
            continue
        name = next(iter(names))
        scope_end = sentences[number].end
        if number + 1 < len(sentences) and number + 1 not in by_sentence:
            scope_end = sentences[number + 1].end
        for token in (doc[i] for i in pronouns[bisect_left(pronouns, starts[number]):bisect_left(pronouns, scope_end)]):
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender and token.pos_ == "PRON" and not any(
                    q.outer_start <= token.idx < q.outer_end for q in quotations):
                votes.setdefault(name, Counter())[gender] += 1
    genders = {}
    for name, counter in votes.items():
        (best, count), *rest = counter.most_common() + [(None, 0)]
        if best and count > 2 * rest[0][1]:
            genders[name] = best
    return genders


def _reported_before(pronoun: Token) -> range:
    """Token indices of the clause a pronoun's reporting verb reports before it ("The
    strikes hit Kharkiv and Sumy, he said"): the people named there are what was said,
    not who said it."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.i < pronoun.i:
        return range(0)
    before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    if before:
        return range(before[0].left_edge.i, before[0].right_edge.i + 1)
    if verb.dep_ == "conj" and any(c.dep_ == "cc" and verb.head.i < c.i < verb.i
                                   for c in verb.head.children):
        return range(0)   # "X noted the confusion and he asked": two clauses, not a report
    if verb.head.i < verb.i and verb.dep_ in {"parataxis", "conj", "advcl"}:
        return range(verb.sent.start, verb.left_edge.i)
    return range(0)


def _in_reported_content(token: Token) -> bool:
    """Whether token stands in the content clause of a verb of reporting ("said X had
    approved the plan")."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_LEMMAS:
            return True
        node = node.head
    return False


def _reported_by_another_source(token: Token) -> bool:
    """Whether token stands in the content clause of a report whose source is no person
    ("US media reported that Trump had ordered ..."): the person named there is what the
    report is about, not someone who spoke ("X announced this, Y reports": X spoke)."""
    if token.head.lemma_.lower() in REPORTING_LEMMAS:
        return False
    node = token
    while node.head.i != node.i:
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in REPORTING_LEMMAS:
            sources = [c for c in node.head.children if c.dep_ == "nsubj"]
            return bool(sources) and sources[0].ent_type_ != "PERSON" \
                and sources[0].pos_ != "PRON" and sources[0].lemma_.lower() not in ROLE_NOUNS
        node = node.head
    return False


def _subject_read_as_compound(token: Token) -> bool:
    """Whether token is a name the parser made a compound of the finite verb after it, a
    verb with no subject of its own ("Grant bristles at the idea ..."): a verb takes
    no compound, so the name is its subject."""
    verb = token.head
    return token.dep_ == "compound" and verb.i > token.i and verb.pos_ == "VERB" \
        and verb.tag_ in {"VBZ", "VBD", "VBP"} \
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)


def _heads_main_clause(verb: Token) -> bool:
    """Whether verb (or the verb it is coordinated with) is its sentence's main verb,
    not one of a reported, adverbial or relative clause: "Fowler said he expects Clinton
    to recover" has Fowler as the main subject, Clinton as an embedded one."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _title_forms(role: str) -> set[str]:
    """The titles a role answers to: "Foreign Minister" -> {"foreign minister", "minister"};
    a lesser rank keeps its qualifier ("Vice President" is not "president")."""
    words = role.lower().split()
    forms = {" ".join(words)}
    if len(words) > 1 and not LESSER_RANKS & set(words):
        forms.add(words[-1])
    return forms


def _related_word(word: str, candidates: set[str]) -> bool:
    """Same word or same stem ("belarusian" ~ "belarus"), or a country and its adjective
    ("poland" ~ "polish")."""
    stem = word[:6]
    country = DEMONYMS.get(word, word).lower()
    return any(c == word or (len(stem) >= 5 and c.startswith(stem))
               or (len(c) >= 5 and word.startswith(c))   # "ghana" ~ "ghanaian"
               or DEMONYMS.get(c, c).lower() == country for c in candidates)


# One SpeakerResolver per Doc: the quote stage builds it and keeps it, as built, for the
# sourcing stage of the same Doc (the stages after the parser take one Doc at a time, each
# through all of them; the slot is per thread and checked against the Doc).
_BUILT = threading.local()


def build_resolver(doc: Doc, quotations: list[QuotedStretch] | None = None) -> SpeakerResolver:
    """A new resolver of doc for the caller to note into; a copy as built is kept for
    ``built_resolver``."""
    built = SpeakerResolver(doc, quotations)
    _BUILT.resolver = built
    return built.copy()


NAMED_SOURCE_TYPES = frozenset({SourceType.PERSON.value, SourceType.INSTITUTION.value})


def resolver_copy(doc: Doc) -> SpeakerResolver:
    """A copy of the resolver ``build_resolver`` made for doc, left in place for
    ``built_resolver``; a new resolver where there is none (the quote stage did not run)."""
    built = getattr(_BUILT, "resolver", None)
    return built.copy() if built is not None and built.doc is doc else SpeakerResolver(doc)


def built_resolver(doc: Doc) -> SpeakerResolver | None:
    """The resolver ``build_resolver`` made for doc, as it was built (handed over once and
    no longer kept), or None."""
    built = getattr(_BUILT, "resolver", None)
    _BUILT.resolver = None
    return built if built is not None and built.doc is doc else None
