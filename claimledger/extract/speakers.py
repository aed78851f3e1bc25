"""Speaker resolution: from the word that carries an attribution to a name.

A quote's speaker is reported as the fullest name the document gives
("Khrenin" -> "Victor Khrenin"), without titles, with the role and
organisation stated beside the name; pronouns and role descriptions ("he",
"the Belarusian leader") take the person the text has named; institutions keep
their name; vague sources ("some experts", "recent reports") keep the phrase as
written.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimledger.extract.text_cache import doc_text, span_text
from claimledger.schema import SourceType

# Words dropped from the front of a person's name.
TITLES = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady",
    "colonel", "col", "col.", "general", "gen", "gen.", "lieutenant", "lt", "lt.", "major",
    "maj", "maj.", "captain", "capt", "capt.", "admiral", "adm", "adm.", "sergeant", "sgt",
    "sgt.", "commander", "marshal", "president", "senator", "sen", "sen.", "rep", "rep.",
    "representative", "gov", "gov.", "governor", "minister", "secretary", "chancellor",
    "premier", "king", "queen", "prince", "pope", "rev", "rev.", "father", "judge", "justice",
    "mayor", "ambassador", "professor", "prof", "prof.", "the",
})
# Military ranks and honorifics: dropped from both the name and the role.
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "colonel", "col", "col.",
    "general", "gen", "gen.", "lieutenant", "lt", "lt.", "major", "maj", "maj.", "captain",
    "capt", "capt.", "admiral", "adm", "adm.", "sergeant", "sgt", "sgt.", "marshal",
})
# Title-case words that belong to a role ("Foreign Minister", "Defense Secretary").
ROLE_WORDS = frozenset({
    "president", "vice", "prime", "minister", "foreign", "defense", "defence", "interior",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor", "premier",
    "senator", "governor", "mayor", "ambassador", "chief", "head", "leader", "director",
    "commander", "deputy", "first", "state", "general", "chairman", "chairwoman", "chair",
    "candidate", "nominee", "adviser", "advisor", "aide", "envoy", "official", "king",
    "queen", "representative", "speaker", "attorney", "press", "campaign", "manager",
})
# A description's head word -> the titles it can stand for ("the Belarusian leader").
ROLE_ALIASES = {
    "leader": {"president", "prime minister", "premier", "chancellor", "king", "queen",
               "leader", "head of state"},
    "president": {"president"},
    "premier": {"premier", "prime minister"},
    "minister": {"minister"},
    "chancellor": {"chancellor"},
    "spokesman": {"spokesman", "spokeswoman", "spokesperson"},
    "spokeswoman": {"spokesman", "spokeswoman", "spokesperson"},
    "spokesperson": {"spokesman", "spokeswoman", "spokesperson"},
    "candidate": {"candidate", "nominee"},
    "nominee": {"candidate", "nominee"},
    "senator": {"senator"},
    "governor": {"governor"},
    "commentator": {"commentator"},
    "secretary": {"secretary"},
    "commander": {"commander"},
}
# Words that make a title another, lesser one ("Vice President", "Deputy Minister").
LESSER_RANKS = frozenset({"vice", "deputy", "assistant", "acting", "former", "under", "junior"})
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}
HONORIFIC_GENDER = {"mr": "m", "mr.": "m", "mrs": "f", "mrs.": "f", "ms": "f", "ms.": "f",
                    "miss": "f", "sir": "m", "madam": "f", "lady": "f", "lord": "m"}
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# Common nouns that name a source without naming anyone.
VAGUE_HEADS = frozenset({
    "analyst", "expert", "official", "report", "observer", "critic", "source", "statement",
    "commentator", "diplomat", "insider", "officer", "people", "person", "resident",
    "witness", "researcher", "scholar", "specialist", "media", "outlet", "publication",
    "document", "study", "survey", "poll", "data", "figure", "estimate", "account",
    "supporter", "opponent", "voter", "lawmaker", "legislator", "politician", "activist",
    "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "representative",
    "authority", "government", "administration", "campaign", "military", "ministry",
    "agency", "press", "intelligence", "leader", "member", "staff", "team", "strategist",
    "economist", "scientist", "journalist", "reporter", "correspondent", "blogger", "user",
    "resident", "citizen", "many", "some", "others", "critics", "rumor", "rumour",
})
NAME_LABELS = frozenset({"PERSON"})
# Words that mark a proper name as an institution's.
INSTITUTION_WORDS = frozenset({
    "ministry", "department", "office", "agency", "council", "committee", "commission",
    "service", "news", "times", "post", "press", "party", "army", "forces", "navy", "bank",
    "university", "institute", "center", "centre", "foundation", "group", "union", "court",
    "government", "administration", "campaign", "police", "board", "bureau", "corp",
    "inc", "company", "association", "organization", "network", "tv", "radio", "journal",
})
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


def _span_of(tokens) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _name_span(tokens) -> tuple[int, int]:
    """Character span of a name without its titles and edge punctuation."""
    kept = [t for t in tokens if not t.is_punct and t.lower_ not in TITLES and t.tag_ != "POS"]
    return _span_of(kept or list(tokens))


class NameIndex:
    """The people a document names, each under the fullest form of the name it gives."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.person_ents = [ent for ent in doc.ents if ent.label_ in NAME_LABELS
                            and clean_name(span_text(ent))]
        counts = Counter(clean_name(span_text(ent)) for ent in self.person_ents)
        # a title-case headline fools the tagger ("Lawmakers Rip Donald Trump")
        headline_end = doc_text(doc).find("\n")
        outside_headline = {clean_name(span_text(ent)) for ent in self.person_ents
                            if ent.start_char > headline_end}
        by_surname: dict[str, list[str]] = {}
        for name in counts:
            by_surname.setdefault(name.split()[-1].lower(), []).append(name)
        # Fullest: a full name over a bare surname, then the form written most often
        # (so a one-off epithet does not win), then the longer, then the first written;
        # then a longer form of it written no later than it ("Ildefonso Guajardo
        # Villarreal", later "Guajardo Villarreal"), as a name is given in full first.
        order = {name: i for i, name in enumerate(counts)}
        self.fullest_by_surname = {}
        for surname, names in by_surname.items():
            best = max(names, key=lambda n: (len(n.split()) > 1, counts[n], len(n.split()),
                                             -order[n]))
            longer = [n for n in names if len(n) > len(best) and n.endswith(" " + best)
                      and order[n] <= order[best] and n in outside_headline]
            self.fullest_by_surname[surname] = max(longer, key=len) if longer else best

    def fullest(self, name: str) -> str:
        """The fullest form of a person's name ("Khrenin" -> "Victor Khrenin")."""
        words = name.split()
        if not words:
            return name
        full = self.fullest_by_surname.get(words[-1].lower())
        if full and len(full.split()) >= len(words) and full.lower().endswith(name.lower()):
            return full
        return full if full and len(words) == 1 else name

    def is_person_name(self, name: str) -> bool:
        words = name.split()
        return bool(words) and words[-1].lower() in self.fullest_by_surname

    def names(self) -> dict[str, str]:
        """{surface name: fullest name} for every person the document names."""
        out = {}
        for ent in self.person_ents:
            surface = clean_name(span_text(ent))
            out[surface] = self.fullest(surface)
            if span_text(ent).strip() != surface:
                out[span_text(ent).strip()] = out[surface]
        return out


def _ent_of(token: Token) -> Span | None:
    """The entity token belongs to, found from the IOB tags (doc.ents rebuilds on each access)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def _proper_chunk(token: Token) -> list[Token]:
    """The proper-noun run around token: its flat compound name ("Victor Khrenin")."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i in range(start - 1, token.i + 1):
        start -= 1
    tokens = [t for t in doc[start:token.i + 1]]
    while tokens and tokens[0].lower_ in TITLES and len(tokens) > 1:
        tokens = tokens[1:]
    return tokens


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


def _is_definite_role(token: Token) -> bool:
    """ "the Defence Secretary": a title used as a description, every word a role word."""
    words = [t for t in token.doc[token.left_edge.i: token.i + 1]]
    return (len(words) > 1 and words[0].lower_ == "the"
            and all(t.lower_ in ROLE_WORDS for t in words[1:]))


def _institution_tokens(head: Token, chunk: list[Token]) -> list[Token]:
    """An institution's name with the modifiers written before it ("Russia's Ministry of
    Defence", "Belarus's defence ministry"), when its head is an institution word."""
    if head.lower_ not in INSTITUTION_WORDS:
        return chunk
    run = _left_modifiers(head, chunk[0].i)
    while run and (run[0].dep_ not in INSTITUTION_MODIFIER_DEPS or not _names_institution(run[0])):
        run = run[1:]
    if not all(_names_institution(t) for t in run):
        return chunk
    return run + chunk


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
                ent = _ent_of(objects[0])
                tokens = list(ent) if ent is not None else _proper_chunk(objects[0])
                return clean_name(doc_text(head.doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)])
    return None


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


class SpeakerResolver:
    """Resolve the token that heads a speaker phrase to a Speaker.

    Usage: ``resolver = SpeakerResolver(doc); resolver.resolve(token)``; call
    ``note(...)`` with each resolved person speaker so later pronouns find them.
    """

    def __init__(self, doc: Doc):
        self.doc = doc
        self.index = NameIndex(doc)
        self.mentions: list[PersonMention] = []
        self.titled: list[TitledPerson] = []
        self.roles: dict[str, tuple[str | None, str | None]] = {}   # first stated per person
        self.extra_names: dict[str, str] = {}
        for ent in self.index.person_ents:
            name = self.index.fullest(clean_name(span_text(ent)))
            salient = ent.root.dep_ in {"nsubj", "nsubjpass"}
            self.mentions.append(PersonMention(ent.root.i, name, salient))
            role, org, qualifiers = split_role_org(_left_modifiers(ent.root, ent.start))
            org = org or _right_org(ent.root)
            if (role or org) and name not in self.roles:
                self.roles[name] = (role, org)
            if role:
                self.titled.append(TitledPerson(name, _title_forms(role), set(qualifiers) | set(
                    (org or "").lower().split()), ent.start))
        self.mentions.sort(key=lambda m: m.token_i)
        self.genders = infer_genders(doc, self.mentions) if doc.has_annotation("DEP") else {}

    def names(self) -> dict[str, str]:
        """{surface name: fullest name} for the people named or quoted in the document."""
        return {**self.extra_names, **self.index.names()}

    def note(self, token_i: int, name: str) -> None:
        """Record a resolved person speaker as a mention for later pronouns."""
        self.mentions.append(PersonMention(token_i, name, True))
        self.mentions.sort(key=lambda m: m.token_i)

    def last_person_before(self, token_i: int, pronoun: str = "") -> str | None:
        """The person a pronoun most likely stands for: the last subject or speaker before
        it whose gender, when the document shows it, agrees with the pronoun."""
        gender = PRONOUN_GENDER.get(pronoun.lower())
        before = [m for m in self.mentions if m.token_i < token_i
                  and (gender is None or self.genders.get(m.name, gender) == gender)]
        salient = [m for m in before if m.salient]
        if salient:
            return salient[-1].name
        return before[-1].name if before else None

    def resolve(self, token: Token) -> Speaker:
        """The speaker named by the phrase whose head is token."""
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.resolve(token.head.head)
        span = (token.idx, token.idx + len(token.text))
        if token.lower_ in PERSONAL_PRONOUNS:
            name = self.last_person_before(token.i, token.lower_)
            if name:
                return Speaker(name, span, SourceType.PERSON.value)
            return Speaker(token.text, span, SourceType.VAGUE.value)  # unresolved: as written
        if token.pos_ == "PRON":  # they, we, some, everyone: kept as written
            phrase = self._phrase(token)
            return Speaker(doc_text(self.doc)[phrase[0].idx: phrase[-1].idx + len(phrase[-1].text)],
                           _span_of(phrase), SourceType.VAGUE.value)
        ent = _ent_of(token)
        if ent is not None and ent.label_ in NAME_LABELS:
            return self._person(ent.root, list(ent))
        if _is_definite_role(token):   # "the Defence Secretary" named elsewhere
            described = self._described_person(token)
            if described:
                return Speaker(described, _span_of(self._phrase(token)), SourceType.PERSON.value)
        antecedent = self._institution_antecedent(token)
        if antecedent:
            return Speaker(antecedent, _span_of(self._phrase(token)), SourceType.INSTITUTION.value)
        if token.pos_ == "PROPN":
            chunk = list(ent) if ent is not None else _proper_chunk(token)
            surface = clean_name(doc_text(self.doc)[chunk[0].idx: chunk[-1].idx + len(chunk[-1].text)])
            if self.index.is_person_name(surface) and (ent is None or token.i == ent.end - 1):
                return self._person(token, chunk)
            if ent is None and not INSTITUTION_WORDS & {t.lower_ for t in chunk}:
                # an untagged proper name that speaks: most likely a person
                return Speaker(surface or None, _name_span(chunk), SourceType.PERSON.value)
            chunk = _institution_tokens(token, chunk)
            surface = clean_name(doc_text(self.doc)[chunk[0].idx: chunk[-1].idx + len(chunk[-1].text)])
            return Speaker(surface or None, _name_span(chunk), SourceType.INSTITUTION.value)
        described = self._described_person(token)
        if described:
            return Speaker(described, _span_of(self._phrase(token)), SourceType.PERSON.value)
        for child in token.children:  # "the spokesman, John Smith,"
            if child.ent_type_ in NAME_LABELS and child.dep_ == "appos":
                return self.resolve(child)
        return self._vague(token)

    def _person(self, head: Token, tokens: list[Token]) -> Speaker:
        surface = clean_name(doc_text(self.doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)])
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
        for i in range(token.i + 1, end):
            if doc[i].text in PHRASE_STOPS:
                end = i
                break
            if doc[i].dep_ == "relcl" and doc[i].head.i == token.i:  # "a letter that says ..."
                end = min(end, doc[i].left_edge.i)
        for i in range(token.i - 1, start - 1, -1):
            if doc[i].text in PHRASE_STOPS:
                start = i + 1
                break
        run = list(doc[start:end])
        while run and (run[0].is_punct or run[0].pos_ in {"ADP", "CCONJ"}):
            run.pop(0)
        while run and run[-1].is_punct:
            run.pop()
        return run or [token]

    def _described_person(self, token: Token) -> str | None:
        """A person named elsewhere whose title matches a description like "the Belarusian leader"."""
        titles = ROLE_ALIASES.get(token.lemma_.lower())
        definite = any(t.lower_ in {"the", "this", "that"} for t in token.lefts)
        if not titles or not self.titled or not definite:
            return None
        qualifiers = {t.lower_ for t in token.lefts if t.dep_ in {"amod", "compound", "nmod"}}
        candidates = []
        for person in self.titled:
            if not titles & person.titles:
                continue
            if qualifiers and not all(_related_word(q, person.qualifiers) for q in qualifiers):
                continue
            # the last such person named before the description, else the first after it
            before = person.position < token.i
            candidates.append((before, person.position if before else -person.position,
                               person.name))
        if not candidates:
            return None
        return max(candidates)[2]

    def _institution_antecedent(self, token: Token) -> str | None:
        """The name of the institution that "the ministry" or "the group" takes up: the
        latest earlier mention of the same head noun that carries a modifier."""
        head = token.lower_
        lefts = list(token.lefts)
        if head not in INSTITUTION_WORDS or [t.lower_ for t in lefts] != ["the"]:
            return None
        for earlier in reversed(self.doc[:token.i]):
            if earlier.lower_ != head:
                continue
            tokens = _institution_tokens(earlier, [earlier])
            if any(t.pos_ == "PROPN" or not t.is_lower for t in tokens[:-1]):
                return clean_name(doc_text(self.doc)[tokens[0].idx: tokens[-1].idx + len(tokens[-1].text)])
        return None

    def _vague(self, token: Token) -> Speaker:
        phrase = self._phrase(token)
        text = doc_text(self.doc)[phrase[0].idx: phrase[-1].idx + len(phrase[-1].text)]
        text = text.strip(EDGE_PUNCT)
        if token.lemma_.lower() in VAGUE_HEADS or token.lower_ in VAGUE_HEADS:
            kind = SourceType.VAGUE.value
        elif any(t.pos_ == "PROPN" for t in phrase):
            kind = SourceType.INSTITUTION.value
        else:
            kind = SourceType.VAGUE.value
        return Speaker(text or None, _span_of(phrase), kind)


def infer_genders(doc: Doc, mentions: list) -> dict[str, str]:
    """Each person's gender where the document shows it: an honorific (Mr., Mrs.), or the
    pronouns of sentences about that person alone. Unknown people are left out."""
    votes: dict[str, Counter] = {}
    sentence_of = {}
    sentences = list(doc.sents)
    for number, sentence in enumerate(sentences):
        for i in range(sentence.start, sentence.end):
            sentence_of[i] = number
    by_sentence: dict[int, set[str]] = {}
    for mention in mentions:
        by_sentence.setdefault(sentence_of.get(mention.token_i, -1), set()).add(mention.name)
        token = doc[mention.token_i]
        first = token.left_edge.i if token.left_edge.i < token.i else token.i
        for i in range(max(0, first - 1), token.i):
            gender = HONORIFIC_GENDER.get(doc[i].lower_)
            if gender:
                votes.setdefault(mention.name, Counter())[gender] += 3
    for number, names in by_sentence.items():
        if number < 0 or len(names) != 1:
            continue
        name = next(iter(names))
        scope = list(sentences[number])
        if number + 1 < len(sentences) and number + 1 not in by_sentence:
            scope += list(sentences[number + 1])
        for token in scope:
            gender = PRONOUN_GENDER.get(token.lower_)
            if gender and token.pos_ == "PRON":
                votes.setdefault(name, Counter())[gender] += 1
    genders = {}
    for name, counter in votes.items():
        (best, count), *rest = counter.most_common() + [(None, 0)]
        if best and count > 2 * rest[0][1]:
            genders[name] = best
    return genders


def _title_forms(role: str) -> set[str]:
    """The titles a role answers to: "Foreign Minister" -> {"foreign minister", "minister"};
    a lesser rank keeps its qualifier ("Vice President" is not "president")."""
    words = role.lower().split()
    forms = {" ".join(words)}
    if len(words) > 1 and not LESSER_RANKS & set(words):
        forms.add(words[-1])
    return forms


def _related_word(word: str, candidates: set[str]) -> bool:
    """Same word or same stem ("belarusian" ~ "belarus")."""
    stem = word[:6]
    return any(c == word or (len(stem) >= 5 and c.startswith(stem)) for c in candidates)
