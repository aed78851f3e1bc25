"""Entity resolution across documents: one identity for each person, organization and place.

Names are compared after transliteration to ASCII (anyascii) and a spelling
skeleton that folds the usual romanisation differences (Victor/Viktor,
Lukashenko/Lukashenka, Aleksandr/Aliaksandr). Two people are merged only on
evidence: compatible given names (same skeleton, an initial, a known variant),
or, for a bare surname, a single candidate whose role, nationality or
organization does not conflict. A shared surname alone never merges two people
whose given names differ. See docs/link.md.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from anyascii import anyascii
from rapidfuzz import fuzz

from claimledger.languages.place_names import CYRILLIC, english_place_name, transliterate
from claimledger.lexicon import lexicon
from claimledger.schema import Extraction

DEMONYMS = lexicon().demonyms
GIVEN_NAME_VARIANTS = tuple(frozenset(group) for group in lexicon().roles["given_name_variants"])
NAME_STOPWORDS = frozenset(lexicon().places["name_stopwords"])
ORG_WORD_FORMS = lexicon().org_word_forms
PERSON_TITLES = frozenset(lexicon().roles["person_titles"])
SURNAME_ARTICLES = frozenset(lexicon().roles["surname_articles"])
ROLE_SYNONYMS = {key: frozenset(value) for key, value in lexicon().roles["role_synonyms"].items()}
ROLE_WORDS = frozenset(lexicon().roles["role_words"])
PLACE_WORD_FORMS = {word: form for word, form in lexicon().places["place_word_forms"].items()
                    if not word.startswith("_")}
PLACE_KEY_FOLDS = tuple((old, new) for old, new in lexicon().places["place_key_folds"].items()
                        if not old.startswith("_"))

PERSON_LABELS = frozenset({"PERSON"})
ORG_LABELS = frozenset({"ORG"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PERSON_SOURCE_TYPES = frozenset({"named_person"})
ORG_SOURCE_TYPES = frozenset({"named_institution"})
SURNAME_MIN_RATIO = 75      # vowel-skeleton similarity on top of an equal consonant skeleton
TOKEN_MIN_RATIO = 88        # per-word similarity for organization and place names
DESCRIPTION = re.compile(
    r"\bthe\s+((?:[A-Z][\w’']+\s+){1,2})(leader|president|head of state|"
    r"defen[cs]e minister|foreign minister|prime minister)\b")

SKELETON_RULES = (("kh", "h"), ("ck", "k"), ("c", "k"), ("x", "ks"), ("w", "v"), ("y", "i"),
                  ("j", "i"), ("ph", "f"), ("q", "k"), ("zh", "j"), ("ou", "u"))
VOWELS = frozenset("aeiou")
# Ukrainian romanises as "h" the letter Russian romanises as "g" (Ihnat/Ignat, Oleh/Oleg, Serhiy/Sergei);
# an "h" that closes a digraph ("sh", "ch", "zh", "th") is another letter
UKRAINIAN_H = re.compile(r"(?<![sczt])h")


# ----- name normalisation ---------------------------------------------------------------

def ascii_words(name: str) -> list[str]:
    """The words of a name in ASCII, lower case, possessives and titles dropped."""
    return list(cached_ascii_words(name))


@functools.lru_cache(maxsize=65536)
def cached_ascii_words(name: str) -> tuple[str, ...]:
    # Cyrillic by the press's table: "Зеленський" -> "zelenskyi", where anyascii's "zelens'kiy"
    # would split at the soft sign
    text = transliterate(name.lower()) if CYRILLIC.search(name) else anyascii(name)
    text = text.lower().replace("’", "'")
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", re.sub(r"'s\b|'", " ", text))
    return tuple(without_article(word) for word in words if word not in PERSON_TITLES)


def without_article(word: str) -> str:
    """A surname without the article hyphened to it ("al-assad" -> "assad"), as the press writes
    it alone ("Assad")."""
    article, _, rest = word.partition("-")
    return rest if rest and article in SURNAME_ARTICLES else word


def spelling_skeleton(word: str) -> str:
    """A word with romanisation differences folded: victor -> viktor, alexander -> aleksander,
    ihnat -> ignat."""
    for old, new in SKELETON_RULES:
        word = word.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", UKRAINIAN_H.sub("g", word))


@functools.lru_cache(maxsize=65536)
def consonant_skeleton(word: str) -> str:
    skeleton = spelling_skeleton(word)
    return skeleton[0] + "".join(ch for ch in skeleton[1:] if ch not in VOWELS)


def variant_group(word: str) -> int | None:
    for index, group in enumerate(GIVEN_NAME_VARIANTS):
        if word in group:
            return index
    return None


def given_names_compatible(left: str, right: str) -> bool:
    """Same given name in another spelling or an initial of it."""
    if len(left) == 1 or len(right) == 1:
        return left[0] == right[0]
    if consonant_skeleton(left) == consonant_skeleton(right):
        return True
    group = variant_group(left)
    return group is not None and group == variant_group(right)


def surnames_compatible(left: str, right: str) -> bool:
    """Same surname in another romanisation (Lukashenko/Lukashenka)."""
    if left == right:
        return True
    return (consonant_skeleton(left) == consonant_skeleton(right)
            and fuzz.ratio(spelling_skeleton(left), spelling_skeleton(right)) >= SURNAME_MIN_RATIO)


def is_latin(name: str) -> bool:
    """Whether a name is written in Latin script (no letter past the Latin blocks)."""
    return not any(char.isalpha() and ord(char) >= 0x370 for char in name)


def display_place_name(spellings: list[str]) -> str | None:
    """How a place reported in several spellings is named where reports meet (a linked event, a
    conflict's position): the first Latin-script spelling, else the English press's name of
    the first ("Москва" -> "Moscow")."""
    spellings = [name for name in spellings if name]
    if not spellings:
        return None
    latin = next((name for name in spellings if is_latin(name)), None)
    return latin or english_place_name(spellings[0]) or spellings[0]


@functools.lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """A place name folded to one key: Belarus, Беларусь, Белоруссии, Білорусь and Belarusian
    all give 'belarus'; Чернігівська область and Chernihiv region give 'chernihiv oblast'; a
    spelling the gazetteer lists as a variant keys as its place (Kiev, Київ and Kyiv: 'kyiv')."""
    joined = spelling_key(english_place_name(name) or name)
    found = variant_keys().get(joined)
    if found is None and joined.endswith(REGION_KEY_SUFFIX):   # "Kiev region"
        found = variant_keys().get(joined[: -len(REGION_KEY_SUFFIX)])
        found = found + REGION_KEY_SUFFIX if found else None
    return found or joined


REGION_KEY_SUFFIX = " oblast"


def spelling_key(name: str) -> str:
    """A place name's key as spelled: words folded, no gazetteer variant resolved."""
    words = [PLACE_WORD_FORMS.get(word, word) for word in ascii_words(name) if word not in NAME_STOPWORDS]
    joined = " ".join(words)
    joined = DEMONYMS.get(joined, joined)
    for old, new in PLACE_KEY_FOLDS:
        joined = joined.replace(old, new)
    return joined


@functools.cache
def variant_keys() -> dict[str, str]:
    """The key of each Latin variant spelling in the gazetteer -> its place's key."""
    from claimledger.languages.place_names import latin_place_variants

    return {spelling_key(variant): spelling_key(name) for variant, name in latin_place_variants().items()
            if spelling_key(variant) != spelling_key(name)}


@functools.lru_cache(maxsize=65536)
def country_key(name: str) -> str | None:
    """The place key of a name that is a country ("Slovakia", "North Korean"), else None: for
    a country the tagger took for an organisation."""
    key = place_key(name)
    return key if key in country_keys() else None


def entity_country(label: str, text: str) -> str | None:
    """The place key of an entity that names a country or nationality: a place or nationality
    (GPE, NORP), or an organisation whose name is a country's ("Slovakia" tagged ORG); else None."""
    if label in ("GPE", "NORP"):
        return place_key(text)
    return country_key(text) if label == "ORG" else None


@functools.cache
def country_keys() -> frozenset[str]:
    from claimledger.places import COUNTRIES

    return frozenset(place_key(name) for name in COUNTRIES)


@functools.lru_cache(maxsize=65536)
def org_key(name: str) -> tuple[str, ...]:
    """An organization name as its sorted identity words; word order and spelling folded."""
    words = []
    for word in ascii_words(name):
        if word in NAME_STOPWORDS:
            continue
        word = DEMONYMS.get(word, word)
        words.append(ORG_WORD_FORMS.get(word, word))
    return tuple(sorted(set(words)))


def org_keys_match(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    if left == right:
        return bool(left)
    if len(left) != len(right) or not left:
        return False
    return all(fuzz.ratio(a, b) >= TOKEN_MIN_RATIO for a, b in zip(left, right))


# ----- identities -----------------------------------------------------------------------

@dataclass
class Identity:
    """One resolved person, organization or place, with every mention of it."""

    id: str
    label: str                          # PERSON, ORG or PLACE
    name: str                           # canonical name
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    nations: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)

    def as_dict(self) -> dict:
        return {"id": self.id, "label": self.label, "name": self.name,
                "aliases": sorted(self.aliases),
                "mentions": [{"doc_id": doc_id, "span": list(span)} for doc_id, span in self.mentions],
                "roles": sorted(self.roles), "nations": sorted(self.nations), "orgs": sorted(self.orgs)}


@dataclass
class NameForm:
    """One spelling of a name with its mentions and the evidence around them."""

    text: str
    label: str
    counts: Counter = field(default_factory=Counter)
    mentions: list[tuple[str, tuple[int, int]]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    nations: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)

    @property
    def words(self) -> list[str]:
        return ascii_words(self.text)


def split_words(value: str | None) -> set[str]:
    return {word for word in ascii_words(value or "") if word not in NAME_STOPWORDS}


class IdentityIndex:
    """Resolved identities of a corpus and the lookup from any name form to one of them."""

    def __init__(self, identities: list[Identity], forms: dict[tuple[str, str], Identity]):
        self.identities = identities
        self._by_form = forms
        self._by_id = {identity.id: identity for identity in identities}
        self._of_label: dict[str, list[Identity]] = {}
        for identity in identities:
            self._of_label.setdefault(identity.label, []).append(identity)
        self._resolved: dict[tuple, Identity | None] = {}   # (name, label) -> identity: resolved once
        self._by_surname: dict[str, list[Identity]] | None = None

    def get(self, identity_id: str) -> Identity | None:
        return self._by_id.get(identity_id)

    def of_label(self, label: str) -> list[Identity]:
        return self._of_label.get(label, [])

    def resolve(self, name: str | None, *, label: str | None = None) -> Identity | None:
        """The identity a name, surname or description ("the Belarusian leader") refers to
        (remembered per name: a speaker is resolved once however often quoted)."""
        if not name:
            return None
        if (name, label) not in self._resolved:
            self._resolved[(name, label)] = self._resolve(name, label)
        return self._resolved[(name, label)]

    def _resolve(self, name: str, label: str | None) -> Identity | None:
        labels = (label,) if label else ("PERSON", "ORG", "PLACE")
        for wanted in labels:
            found = self._by_form.get((wanted, form_key(wanted, name)))
            if found is not None:
                return found
        if label in (None, "PERSON"):
            found = self.resolve_description(name) or self._resolve_person_name(name)
            if found is not None:
                return found
        if label in (None, "ORG"):
            key = org_key(name)
            for identity in self.of_label("ORG"):
                if any(org_keys_match(key, org_key(alias)) for alias in identity.aliases):
                    return identity
        if label in (None, "PLACE"):
            key = place_key(name)
            for identity in self.of_label("PLACE"):
                if key and any(place_key(alias) == key for alias in identity.aliases):
                    return identity
        return None

    def resolve_description(self, text: str) -> Identity | None:
        """The one person whose role and nationality fit a description, if exactly one does."""
        match = DESCRIPTION.search(text if text.lower().startswith("the ") else "the " + text)
        if match is None:
            return None
        nation = DEMONYMS.get(" ".join(ascii_words(match.group(1))))
        wanted = ROLE_SYNONYMS.get(match.group(2).lower().replace("defence", "defense"), set())
        fits = [identity for identity in self.of_label("PERSON")
                if wanted & identity.roles and (nation is None or nation in identity.nations)]
        return fits[0] if len(fits) == 1 else None

    def _resolve_person_name(self, name: str) -> Identity | None:
        words = ascii_words(name)
        if not words:
            return None
        fits = [identity for identity in self._people_by_surname().get(consonant_skeleton(words[-1]), ())
                if any(person_forms_compatible(words, ascii_words(alias)) for alias in identity.aliases)]
        return fits[0] if len(fits) == 1 else None

    def _people_by_surname(self) -> dict[str, list[Identity]]:
        """People by the consonant skeleton of each alias's surname, in list order: only they can
        be compatible with a name (surnames_compatible needs the skeletons equal)."""
        if self._by_surname is None:
            self._by_surname = {}
            for identity in self.of_label("PERSON"):
                for skeleton in dict.fromkeys(consonant_skeleton(words[-1]) for alias in sorted(identity.aliases)
                                              if (words := ascii_words(alias))):
                    self._by_surname.setdefault(skeleton, []).append(identity)
        return self._by_surname


def form_key(label: str, name: str) -> str:
    if label == "ORG":
        return " ".join(org_key(name))
    if label == "PLACE":
        return place_key(name)
    return " ".join(ascii_words(name))


def person_forms_compatible(left: list[str], right: list[str]) -> bool:
    """Full names: surnames and given names compatible. A bare surname: surnames compatible."""
    if not left or not right or not surnames_compatible(left[-1], right[-1]):
        return False
    if len(left) == 1 or len(right) == 1:
        return True
    return given_names_compatible(left[0], right[0])


@dataclass(frozen=True)
class NameRow:
    """One mention of a name, as the name_forms table holds it."""

    label: str
    bucket: str
    form: str
    doc_id: str
    start: int | None = None
    end: int | None = None
    role: str | None = None
    nation: str | None = None
    org: str | None = None

    @classmethod
    def from_row(cls, row) -> NameRow:
        """A stored name_forms row."""
        return cls(row["label"], row["bucket"], row["form"], row["doc_id"], row["start"], row["end"],
                   row["role"], row["nation"], row["org"])


def name_bucket(label: str, name: str) -> str:
    """The bucket a name form falls in: identities never join forms of two buckets."""
    if label == "PERSON":
        words = ascii_words(name)
        return consonant_skeleton(words[-1]) if words else ""
    return str(BUCKET_KEYS[label](name))


def name_rows(extraction: Extraction) -> list[NameRow]:
    """Every person, organisation and place mention of one document's records, with the roles
    extract found for it (PersonRole records)."""
    roles = {tuple(item.span): item for item in extraction.person_roles}
    out = []

    def add(label, name, doc_id, span, role=None, nation=None, org=None):
        if not form_key(label, name):
            return
        start, end = (span if span is not None else (None, None))
        out.append(NameRow(label, name_bucket(label, name), name, doc_id, start, end, role, nation, org))

    for entity in extraction.entities:
        label = ("PERSON" if entity.label in PERSON_LABELS else "ORG" if entity.label in ORG_LABELS
                 else "PLACE" if entity.label in PLACE_LABELS else None)
        if label is None:
            continue
        name = entity.name or entity.text if label == "PERSON" else entity.text
        found = roles.get(tuple(entity.span)) if label == "PERSON" else None
        add(label, name, entity.doc_id, entity.span, *((found.role, found.nation, found.org) if found else ()))
    for quote in extraction.quotes:
        if quote.speaker and quote.source_type in PERSON_SOURCE_TYPES:
            # the speaker's office as the speakers component read it, else as extract read it
            # around the name ("Rustem Umerov, a spokesman for the ministry, said")
            found = roles.get(tuple(quote.speaker_span)) if quote.speaker_span else None
            if quote.speaker_role or quote.speaker_org or found is None:
                add("PERSON", quote.speaker, quote.doc_id, quote.speaker_span, quote.speaker_role, None, quote.speaker_org)
            else:
                add("PERSON", quote.speaker, quote.doc_id, quote.speaker_span, found.role, found.nation, found.org)
        elif quote.speaker and quote.source_type in ORG_SOURCE_TYPES:
            add("ORG", quote.speaker, quote.doc_id, quote.speaker_span)
        if quote.speaker_org:
            add("ORG", quote.speaker_org, quote.doc_id, None)
    for claim in extraction.status_claims:
        if claim.location and claim.kind == "reached":
            add("PLACE", claim.location, claim.doc_id, None)
    return out


def collect_forms(rows) -> dict[tuple[str, str], NameForm]:
    """Every name spelling by (label, key), with mentions and the role evidence of each."""
    forms: dict[tuple[str, str], NameForm] = {}
    for row in sorted(rows, key=lambda item: (item.doc_id, item.start if item.start is not None else -1,
                                              item.label, item.form)):
        form = forms.setdefault((row.label, form_key(row.label, row.form)), NameForm(text=row.form, label=row.label))
        form.counts[row.form] += 1
        if row.start is not None:
            form.mentions.append((row.doc_id, (row.start, row.end)))
        form.roles |= {word for word in split_words(row.role) if word in ROLE_WORDS}
        form.nations |= {DEMONYMS.get(word, word) for word in split_words(row.nation)}
        form.nations |= {DEMONYMS[word] for word in split_words(row.role) | split_words(row.org)
                         if word in DEMONYMS and len(word) > 3}
        form.orgs |= set(org_key(row.org)) if row.org else set()
    return forms


class UnionFind:
    def __init__(self, items):
        self.parent = {item: item for item in items}

    def find(self, item):
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, left, right):
        self.parent[self.find(left)] = self.find(right)


def nations_conflict(left: NameForm | Identity, right: NameForm | Identity) -> bool:
    return bool(left.nations and right.nations and not left.nations & right.nations)


def has_supporting_evidence(left: NameForm, right: NameForm) -> bool:
    return bool(left.roles & right.roles or left.nations & right.nations or left.orgs & right.orgs)


def cluster_people(forms: list[NameForm], groups: UnionFind) -> None:
    """Merge full names that agree on surname and given name, then attach bare surnames."""
    full = [form for form in forms if len(form.words) >= 2]
    bare = [form for form in forms if len(form.words) == 1]
    # compatible surnames share a consonant skeleton: compare only within one
    by_surname = defaultdict(list)
    for form in full:
        by_surname[consonant_skeleton(form.words[-1])].append(form)
    for bucket in by_surname.values():
        for index, left in enumerate(bucket):
            for right in bucket[index + 1:]:
                if person_forms_compatible(left.words, right.words) and not nations_conflict(left, right):
                    groups.union(left.text, right.text)
    for form in bare:
        bucket = by_surname.get(consonant_skeleton(form.words[0]), [])
        roots = {groups.find(candidate.text) for candidate in bucket
                 if person_forms_compatible(form.words, candidate.words)
                 and not nations_conflict(form, candidate)}
        if len(roots) > 1:
            members = defaultdict(list)
            for candidate in bucket:
                members[groups.find(candidate.text)].append(candidate)
            roots = {root for root in roots
                     if any(has_supporting_evidence(form, member) for member in members[root])}
        if len(roots) == 1:
            groups.union(form.text, roots.pop())


def cluster_by_key(forms: list[NameForm], groups: UnionFind, match, bucket_key) -> None:
    """Union the forms that match, comparing only within a bucket (cheap blocking)."""
    buckets = defaultdict(list)
    for form in forms:
        buckets[bucket_key(form.text)].append(form)
    for bucket in buckets.values():
        for index, left in enumerate(bucket):
            for right in bucket[index + 1:]:
                if match(left.text, right.text):
                    groups.union(left.text, right.text)


def canonical_name(forms: list[NameForm]) -> str:
    """The most mentioned spelling, preferring Latin script, then the fullest form, then the first seen."""
    def rank(item):
        order, form = item
        latin = anyascii(form.text) == form.text
        return (latin, len(form.words), sum(form.counts.values()), tuple(-ord(ch) for ch in form.text))
    best = max(enumerate(forms), key=rank)[1]
    return best.counts.most_common(1)[0][0]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-")


LABEL_ORDER = ("PERSON", "ORG", "PLACE")   # the order identities are resolved and listed in

BUCKET_KEYS = {
    "ORG": lambda name: " ".join(word[:1] for word in org_key(name)),   # matching keys: as many words, same initials
    "PLACE": lambda name: place_key(name)[:1],      # spelling variants keep their first letter
}


def build_identities(rows) -> IdentityIndex:
    """Resolve people, organisations and places from name rows into identities.

    rows (Iterable[NameRow | Extraction]): name mentions (one bucket's rows from the
        name_forms table), or extractions to take them from.
    RETURNS (IdentityIndex): identities and the lookup from name forms.
    """
    rows = [row for item in rows for row in (name_rows(item) if isinstance(item, Extraction) else [item])]
    forms = collect_forms(rows)
    identities: list[Identity] = []
    lookup: dict[tuple[str, str], Identity] = {}
    matchers = {
        "PERSON": None,
        "ORG": lambda a, b: org_keys_match(org_key(a), org_key(b)),
        "PLACE": lambda a, b: place_key(a) == place_key(b)
        or fuzz.ratio(place_key(a), place_key(b)) >= TOKEN_MIN_RATIO + 4,
    }
    taken: set[str] = set()
    for label, match in matchers.items():
        labelled = [form for (form_label, _), form in sorted(forms.items()) if form_label == label]
        groups = UnionFind([form.text for form in labelled])
        if label == "PERSON":
            cluster_people(labelled, groups)
        else:
            cluster_by_key(labelled, groups, match, BUCKET_KEYS[label])
        clusters = defaultdict(list)
        for form in labelled:
            clusters[groups.find(form.text)].append(form)
        for members in sorted(clusters.values(), key=lambda group: sorted(form.text for form in group)):
            name = canonical_name(members)
            identity_id = f"{label.lower()}:{slug(name)}"
            while identity_id in taken:   # two people of one name told apart by nationality
                identity_id += "-2"
            taken.add(identity_id)
            identity = Identity(id=identity_id, label=label, name=name)
            for form in members:
                identity.aliases |= set(form.counts)
                identity.mentions.extend(form.mentions)
                identity.roles |= form.roles
                identity.nations |= form.nations
                identity.orgs |= form.orgs
                lookup[(label, form_key(label, form.text))] = identity
            identities.append(identity)
    return IdentityIndex(identities, lookup)
