"""claimledger_subjects: mentions of tracked weapon systems, from a shipped, versioned list.

The list (``claimledger/data/subjects.yaml``) gives each system a canonical name, a kind and
aliases (transliterations, Cyrillic, misspellings, designations); the other ways the press writes
an alias are derived from it (``derived_aliases``: "S 400", "Shihab-3", "X-101") and a listed
designation with a variant's capitals after it ("M109A7") names its system. A user file passed as
``extra_subjects_path`` (``--subjects FILE``) adds entries or overrides shipped ones by name.
Mentions go to ``doc.spans["subjects"]`` (label_ = canonical name, kb_id_ = kind) and replace
the statistical entities they overlap, as ``PRODUCT`` entities: the English model tags
"Oreshnik" as a PERSON.
"""
from __future__ import annotations

import json
import re
import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from claimledger.errors import SubjectListError
from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.extract.extensions import SUBJECTS_KEY
from claimledger.extract.text_cache import doc_text
from claimledger.lexicon import lexicon

SHIPPED_SUBJECTS_PATH = Path(__file__).resolve().parent.parent / "data" / "subjects.yaml"
DEMONYMS = lexicon().demonyms   # a country's adjective, never a given name
ENTITY_LABEL = "PRODUCT"     # the label a subject mention gets among doc.ents
# libyaml's loader when PyYAML was built with it: the shipped list parses nine times faster
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DIGIT = re.compile("[0-9]")   # a designation's number ("Burkan-3") names one model, a bare name may not
CONTEXT_WINDOW = 8           # tokens either side searched for a context word
PLURAL_SUFFIX = "s"          # "S-400s", "Iskanders" are tokenized as one token
SPELLING_FLAGS = ("case_sensitive", "needs_context")   # the flags a derived spelling may add
ALIAS_FLAGS = (*SPELLING_FLAGS, "needs_name")
NEEDS_CONTEXT_MARK = "\x1fctx"   # appended to a match key whose alias needs context
NEEDS_NAME_MARK = "\x1fname"     # appended to a match key whose alias needs the full name
CONDITION_MARKS = {"name": NEEDS_NAME_MARK, True: NEEDS_CONTEXT_MARK}   # by Alias.condition
# the words after a bare ambiguous name that make it the name of a place ("the Flamingo naval
# base", "Patriot Street") and the titles before one ("Camp Bastion", "Operation Neptune")
PLACE_NOUNS = frozenset(lexicon().places["place_nouns"])
PLACE_QUALIFIERS = frozenset(lexicon().places["place_qualifiers"])
PLACE_TITLES = frozenset(lexicon().places["place_titles"])
# a bare family name before another model's number ("Mirage 5", "Mirage III", "Mirage F1")
OTHER_MODEL = re.compile(r"^(?:[0-9]|[IVX]+(?:[A-Z]{0,2})$|[A-Z]{1,2}[0-9])")
# a designation of two to four Latin letters, a hyphen and a number ("Su-35", "KN-23"): the press
# also writes it with a space ("Su 35 fighters"); one letter ("F-16", "S-400") stays hyphenated only
SPACED_DESIGNATION = re.compile(r"[A-Za-z]{2,4}-[0-9][0-9A-Za-z]*")
CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
# a designation ending in one capital after a digit or hyphen ("Kh-31P", "T-90M", "IRIS-T"), or a
# name ending in one after a space ("Juan Carlos I", "Agni V"), keeps a sentence's final stop in
# its token ("Kh-31P.", "Carlos I."), so it is matched with the stop too
INITIAL_END = re.compile("(?:-|[0-9]| )[A-Z\u0400-\u042f\u0404\u0406\u0407\u0490]$")
# "Shahed-136/131", "Sukhoi 27/30": a letter-and-number designation, a slash and a sibling's number
SLASHED_DESIGNATION = re.compile(
    r"(?<![\w/])([A-Za-z]{1,10}[- ]?[0-9]{1,4}[A-Za-z]{0,3})/([0-9]{1,4}[A-Za-z]{0,3})(?![\w/])")
# a designation's letters and number ("Su-35", "S 400", "Kh101", "Leopard 2", "Wing Loong 2"): the
# press writes the same name with a hyphen, a space or nothing between them (an en dash is looked
# up in the text: EN_DASH_DESIGNATION)
DESIGNATION_PARTS = re.compile(
    "^(?P<head>(?:[^ ]+ )*?)(?P<letters>[A-Za-z\u0400-\u04ff]+)(?P<sep>[- \u2013]?)"
    "(?P<number>[0-9][0-9A-Za-z\u0400-\u04ff]*(?:-[0-9A-Za-z\u0400-\u04ff]+)?)$")
DESIGNATION_SEPARATORS = ("-", " ", "")
CLASS_SUFFIX = "-class"      # "Arleigh Burke-class": the press also writes the hyphen as an en dash
GLUED_LETTERS = 4            # "Su35", "RBS70", "S400"; never "Leopard2" or "Hwasong15"
# a designation and a variant's capitals ("M109A7", "Tu-95MC", "MIM-104E", "Su-30SM2",
# "T-72B3M"): the variant of a listed designation names its system
VARIANT_DESIGNATION = re.compile(
    "(?<![\\w/\u2013-])([A-Za-z\u0400-\u04ff]{1,10}[- \u2013]?[0-9]{1,4})"
    "([A-Z\u0410-\u042f\u0401\u0404\u0406\u0407\u0490]{1,3}[0-9]{0,2}"
    "[A-Z\u0410-\u042f\u0401\u0404\u0406\u0407\u0490]{0,2})s?(?![\\w\u2013-])")
# a designation written with an en dash ("S\u2013400", "Kh\u201331P"): it names the system whose
# alias has a hyphen there
EN_DASH_DESIGNATION = re.compile(
    "(?<![\\w/\u2013-])([A-Za-z\u0400-\u04ff]{1,10})\u2013"
    "([0-9][0-9A-Za-z\u0400-\u04ff]*?)s?(?![\\w\u2013-])")
HYPHENATED_DESIGNATION = re.compile("[A-Za-z\u0400-\u04ff]{1,10}-[0-9][0-9A-Za-z\u0400-\u04ff]*")
# a one-word designation a variant's capitals may follow
DESIGNATION_BASE = re.compile("[A-Za-z\u0400-\u04ff]{1,10}[- \u2013]?[0-9]{1,4}")
# a listed variant ending in capitals and a digit ("Tu-22M3", "T-72B3") is also written with a space
# before them ("Tu-22 M3")
SPACED_VARIANT = re.compile(
    "^([A-Za-z\u0400-\u04ff]{1,6}-[0-9]{1,4})"
    "([A-Z\u0410-\u042f]{1,3}[0-9]|[A-Z\u0410-\u042f]{2,3})$")
# Russian noun endings by the alias's last letter ("" = a consonant): enough to find the
# oblique cases of system names ("Орешника", "Булавой", "Панцирем")
CYRILLIC_ENDINGS = {
    "а": ("ы", "у", "ой", "е"),
    "ь": ("я", "ю", "ем", "е", "и"),
    "й": ("я", "ю", "ем", "е"),
    "": ("а", "у", "ом", "е", "ы", "и", "ов", "ами", "ах"),
}


@dataclass(frozen=True)
class Alias:
    """One surface form of a subject and the conditions under which it counts."""

    text: str
    case_sensitive: bool = False
    needs_context: bool = False
    # counts only where the report also names its system by an alias that counts ("Mirage"
    # after "Mirage 2000-5", "Hornets" after "F/A-18"): a family's bare name
    needs_name: bool = False

    @property
    def condition(self) -> bool | str:
        """What the alias needs to count: nothing (False), a context word (True) or the system
        named otherwise in the report ("name")."""
        return "name" if self.needs_name else self.needs_context


@dataclass(frozen=True)
class Subject:
    name: str
    kind: str | None
    aliases: tuple[Alias, ...]
    origin: str | None = None   # the country that makes it ("North Korea"): a supplier a denial may name
    # the forces that field it, and those that field another weapon of the same bare name
    # (the Houthis' Burkan missiles, Hezbollah's Burkan rockets): a bare ambiguous alias does
    # not count in a report that names one of ``other_users`` and none of ``users``
    users: tuple[str, ...] = ()
    other_users: tuple[str, ...] = ()


@dataclass(frozen=True)
class Spelling:
    """Two spellings of one word of a name; an alias with either is also written with the other."""

    one: str
    other: str
    case_sensitive: bool = False   # flags the derived alias gets on top of its source's
    needs_context: bool = False


@dataclass
class SubjectList:
    """The tracked subjects by canonical name, with the words that license ambiguous aliases."""

    version: str | None = None
    subjects: dict[str, Subject] = field(default_factory=dict)
    context_words: frozenset[str] = frozenset()
    # transliterations the press uses for one name ("Shahab"/"Shihab"), each with the flags its
    # derived spellings add ("Kh"/"X": "X-101" counts only near a context word)
    spellings: tuple[Spelling, ...] = ()

    def merged_with(self, other: SubjectList) -> SubjectList:
        """This list with ``other``'s entries added, replacing same-named ones."""
        return SubjectList(
            version=self.version if other.version is None else f"{self.version}+{other.version}",
            subjects={**self.subjects, **other.subjects},
            context_words=self.context_words | other.context_words,
            spellings=self.spellings + tuple(pair for pair in other.spellings
                                             if pair not in self.spellings),
        )


def read_subject_file(path: Path | str):
    """The raw content of a YAML or JSON subject file; SubjectListError if unreadable."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise SubjectListError(f"{path}: cannot read the subject list ({error.strerror})") from None
    try:
        if path.suffix.lower() == ".json":
            return json.loads(text)
        return yaml.load(text, Loader=YAML_LOADER)
    except json.JSONDecodeError as error:
        raise SubjectListError(f"{path}:{error.lineno}: not valid JSON ({error.msg})") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        reason = getattr(error, "problem", None) or "syntax error"
        raise SubjectListError(f"{where}: not valid YAML ({reason})") from None


def parse_subject_list(data, source: str, *, require_version: bool = False) -> SubjectList:
    """Validate the raw content of a subject file and build a SubjectList from it."""
    def fail(reason: str):
        raise SubjectListError(f"{source}: {reason}")

    if not isinstance(data, dict):
        fail("expected a mapping with a 'subjects' list at the top level")
    version = data.get("version")
    if version is None and require_version:
        fail("the top-level 'version' key is missing")
    if version is not None and not isinstance(version, (int, str)):
        fail("'version' must be a number or a string")
    entries = data.get("subjects")
    if not isinstance(entries, list):
        fail("'subjects' must be a list of entries with 'name', 'kind' and 'aliases'")
    words = data.get("context_words", [])
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        fail("'context_words' must be a list of strings")
    raw_spellings = data.get("spellings", [])
    if not isinstance(raw_spellings, list):
        fail("'spellings' must be a list of word pairs")
    spellings = tuple(parse_spelling(raw, f"{source}: spellings entry {number}")
                      for number, raw in enumerate(raw_spellings, start=1))
    prefixes = data.get("lead_ship_prefixes", [])
    if not isinstance(prefixes, list) or not all(isinstance(word, str) and word.strip() for word in prefixes):
        fail("'lead_ship_prefixes' must be a list of non-empty strings")
    subjects = {}
    for number, entry in enumerate(entries, start=1):
        subject = with_lead_ship_names(parse_subject(entry, f"{source}: subjects entry {number}"), prefixes)
        subjects[subject.name] = subject
    return SubjectList(version=None if version is None else str(version), subjects=subjects,
                       context_words=frozenset(word.lower() for word in words), spellings=spellings)


SHIP_CLASS_NAME = re.compile(r"^(?P<lead>.+?)-class\b")


def with_lead_ship_names(subject: Subject, prefixes: list[str]) -> Subject:
    """A ship class with its first ship's names as aliases ("USS Arleigh Burke" for the
    Arleigh Burke-class destroyer): a report names the ship, the ledger tracks its class."""
    match = SHIP_CLASS_NAME.match(subject.name)
    if match is None or not prefixes:
        return subject
    known = {alias.text for alias in subject.aliases}
    names = tuple(Alias(f"{prefix.strip()} {match['lead']}", case_sensitive=True) for prefix in prefixes
                  if f"{prefix.strip()} {match['lead']}" not in known)
    return dataclasses.replace(subject, aliases=subject.aliases + names)


def parse_spelling(raw, where: str) -> Spelling:
    """One entry of 'spellings': a pair of words, or a mapping with 'pair' and alias flags."""
    flags = {}
    if isinstance(raw, dict):
        unknown = set(raw) - {"pair", *SPELLING_FLAGS}
        if unknown:
            raise SubjectListError(f"{where}: unknown keys {sorted(unknown)}; allowed: pair, "
                                   f"{', '.join(SPELLING_FLAGS)}")
        flags = {flag: raw.get(flag, False) for flag in SPELLING_FLAGS}
        if not all(isinstance(value, bool) for value in flags.values()):
            raise SubjectListError(f"{where}: flags must be true or false")
        raw = raw.get("pair")
    if not (isinstance(raw, list) and len(raw) == 2
            and all(isinstance(word, str) and word.strip() for word in raw)):
        raise SubjectListError(f"{where}: expected a pair of words such as [Shahab, Shihab]")
    return Spelling(raw[0].strip(), raw[1].strip(), **flags)


def parse_subject(entry, where: str) -> Subject:
    """One validated entry of the 'subjects' list."""
    if not isinstance(entry, dict):
        raise SubjectListError(f"{where}: expected a mapping with 'name', 'kind', 'aliases'")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SubjectListError(f"{where}: 'name' is missing or not a non-empty string")
    where = f"{where} ({name!r})"
    kind = entry.get("kind")
    if kind is not None and not isinstance(kind, str):
        raise SubjectListError(f"{where}: 'kind' must be a string")
    raw_aliases = entry.get("aliases", [])
    if not isinstance(raw_aliases, list):
        raise SubjectListError(f"{where}: 'aliases' must be a list")
    aliases = [parse_alias(raw, where) for raw in raw_aliases]
    origin = entry.get("origin")
    if origin is not None and (not isinstance(origin, str) or not origin.strip()):
        raise SubjectListError(f"{where}: 'origin' must be a non-empty string")
    users = {key: entry.get(key, []) for key in ("users", "other_users")}
    for key, words in users.items():
        if not isinstance(words, list) or not all(isinstance(word, str) and word.strip() for word in words):
            raise SubjectListError(f"{where}: {key!r} must be a list of non-empty strings")
    # the name is an alias too, unless listed with its own flags ("Patriot" the adjective)
    if not any(alias.text == name.strip() for alias in aliases):
        aliases.insert(0, Alias(name.strip()))
    return Subject(name=name.strip(), kind=kind, aliases=tuple(aliases), origin=origin.strip() if origin else None,
                   users=tuple(word.strip() for word in users["users"]),
                   other_users=tuple(word.strip() for word in users["other_users"]))


def parse_alias(raw, where: str) -> Alias:
    if isinstance(raw, str) and raw.strip():
        return Alias(raw.strip())
    if isinstance(raw, dict):
        text = raw.get("text")
        if not isinstance(text, str) or not text.strip():
            raise SubjectListError(f"{where}: an alias mapping needs a non-empty 'text'")
        unknown = set(raw) - {"text", *ALIAS_FLAGS}
        if unknown:
            raise SubjectListError(f"{where}: alias {text!r} has unknown keys {sorted(unknown)}; "
                                   f"allowed: text, {', '.join(ALIAS_FLAGS)}")
        for flag in ALIAS_FLAGS:
            if not isinstance(raw.get(flag, False), bool):
                raise SubjectListError(f"{where}: alias {text!r}: {flag!r} must be true or false")
        return Alias(text.strip(), **{flag: raw.get(flag, False) for flag in ALIAS_FLAGS})
    raise SubjectListError(f"{where}: each alias must be a non-empty string or a mapping "
                           f"with 'text' (got {raw!r})")


def load_subject_list(extra_subjects_path: Path | str | None = None) -> SubjectList:
    """The shipped subject list, extended or overridden by a user file if one is given."""
    shipped = parse_subject_list(read_subject_file(SHIPPED_SUBJECTS_PATH),
                                 str(SHIPPED_SUBJECTS_PATH), require_version=True)
    if extra_subjects_path is None:
        return shipped
    extra = parse_subject_list(read_subject_file(extra_subjects_path), str(extra_subjects_path))
    return shipped.merged_with(extra)


class SubjectRecognizer:
    """Find tracked-subject mentions and make them the entities they are.

    nlp = spacy.load("en_core_web_sm"); nlp.add_pipe("claimledger_subjects")
    doc = nlp("Belarus says the ‘Oreshnik’ has arrived.")
    doc.spans["subjects"][0].label_  # "Oreshnik"
    """

    def __init__(self, nlp: Language, name: str = "claimledger_subjects", *,
                 subject_list: SubjectList):
        """nlp: the pipeline (its tokenizer builds the patterns); name: the component name;
        subject_list: the subjects to recognise (see ``load_subject_list``)."""
        self.name = name
        self.subject_list = subject_list
        self.context_words = subject_list.context_words
        self.kinds = {subject.name: subject.kind for subject in subject_list.subjects.values()}
        # subject -> (its users, other users), as whole words: read only when a bare alias of it matched
        self.user_words = {subject.name: (user_pattern(subject.users), user_pattern(subject.other_users))
                           for subject in subject_list.subjects.values() if subject.other_users}
        self.caseless_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.aliases = self.all_aliases()
        self.designations = self.slashed_designations()
        self.variant_bases = self.designation_bases()
        self.hyphenated = {alias.text.lower(): (name, alias)
                           for name, aliases in self.aliases.items() for alias in aliases
                           if HYPHENATED_DESIGNATION.fullmatch(alias.text)}
        self.add_patterns(nlp)

    def all_aliases(self) -> dict[str, tuple[Alias, ...]]:
        """Each subject's aliases and the spellings derived from them (``derived_aliases``): a
        derived spelling that is another entry's alias, or derived for two entries, is dropped,
        so no alias names two subjects."""
        listed = {alias.text.lower() for subject in self.subject_list.subjects.values()
                  for alias in subject.aliases}
        derived: dict[str, dict[str, Alias]] = {}
        for subject in self.subject_list.subjects.values():
            for alias in subject.aliases:
                for spelling in derived_aliases(alias, self.subject_list.spellings, subject.kind):
                    key = spelling.text.lower()
                    if key not in listed:
                        derived.setdefault(key, {}).setdefault(subject.name, spelling)
        extra: dict[str, list[Alias]] = {}
        for by_subject in derived.values():
            if len(by_subject) == 1:
                (name, spelling), = by_subject.items()
                extra.setdefault(name, []).append(spelling)
        return {subject.name: subject.aliases + tuple(extra.get(subject.name, ()))
                for subject in self.subject_list.subjects.values()}

    def designation_bases(self) -> dict[str, tuple[str, Alias]]:
        """One-word designations ("M109", "Tu-95", "MIM-104") by their lowercase text: a variant's
        capitals after one ("M109A7", "Tu-95MC", "MIM-104E") name its system."""
        bases = {}
        for name, aliases in self.aliases.items():
            for alias in aliases:
                if DESIGNATION_BASE.fullmatch(alias.text):
                    bases.setdefault(alias.text.lower(), (name, alias))
        return bases

    def slashed_designations(self) -> dict[str, str]:
        """Plain one-word designations by their lowercase text, for "Shahed-136/131" (one token:
        the name and a sibling's number); every language's recognizer reads them."""
        designations = {}
        for name, aliases in self.aliases.items():
            for alias in aliases:
                if not alias.condition and SLASHED_DESIGNATION.fullmatch(alias.text + "/1"):
                    designations.setdefault(alias.text.lower(), name)
        return designations

    def add_patterns(self, nlp: Language) -> None:
        for name, aliases in self.aliases.items():
            for alias in aliases:
                key = match_key(name, alias)
                matcher = self.exact_matcher if alias.case_sensitive else self.caseless_matcher
                forms = alias_forms(alias.text)
                if not alias.case_sensitive:   # "Su 35", "AS 24" in the alias's capitals only:
                    spaced = [form for form in forms if " " in form and " " not in alias.text]
                    forms = [form for form in forms if form not in spaced]   # "as 24 people"
                    if spaced:
                        self.exact_matcher.add(key, [nlp.make_doc(form) for form in with_capitals(spaced)])
                else:   # "PATRIOTS": a press release's capitals keep the name
                    forms = with_capitals(forms)
                matcher.add(key, [nlp.make_doc(form) for form in forms])

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.find_mentions(doc)
        doc.spans[SUBJECTS_KEY] = mentions
        override_entities(doc, mentions)
        return doc

    def find_candidates(self, doc: Doc) -> list[tuple[str, int, int, bool | str]]:
        """Every alias match as (subject name, start, end, condition): the condition is False,
        True (it needs a context word) or "name" (it needs the system named otherwise)."""
        candidates = self.slashed_candidates(doc) if "/" in doc_text(doc) else []
        for matcher in (self.caseless_matcher, self.exact_matcher):
            for key, start, end in matcher(doc):
                name, condition = parse_key(doc.vocab.strings[key])
                candidates.append((name, start, end, condition))
        return candidates + self.variant_candidates(doc, candidates)

    def variant_candidates(self, doc: Doc, candidates) -> list[tuple[str, int, int, bool | str]]:
        """"M109A7", "Tu-95MC", "MIM-104E": a listed designation with a variant's capitals after
        it names the designation's system, unless an alias names the whole word."""
        found, text = [], doc_text(doc)
        for match in VARIANT_DESIGNATION.finditer(text):
            self.add_variant(doc, match, self.base_of(match.group(1)), candidates + found, found)
        if "\u2013" in text:
            for match in EN_DASH_DESIGNATION.finditer(text):
                hyphenated = f"{match.group(1)}-{match.group(2)}"
                named = self.base_of(hyphenated, self.hyphenated)
                variant = VARIANT_DESIGNATION.fullmatch(hyphenated) if named is None else None
                self.add_variant(doc, match, named or (variant and self.base_of(variant.group(1))),
                                 candidates + found, found)
        return found

    def base_of(self, text: str, table: dict | None = None) -> tuple[str, Alias] | None:
        """The (subject, alias) a designation names in ``table`` (the variant bases by default),
        an en dash read as a hyphen; None when a case-sensitive alias is written otherwise."""
        text = text.replace("\u2013", "-")
        found = (self.variant_bases if table is None else table).get(text.lower())
        if found is None or (found[1].case_sensitive and text != found[1].text):
            return None
        return found

    @staticmethod
    def add_variant(doc: Doc, match: re.Match, named, candidates, found) -> None:
        """Add the span of ``match`` as a mention of ``named`` unless a candidate overlaps it."""
        if not named:
            return
        # "the FD-2000B." keeps a sentence's final stop in its token
        span = doc.char_span(match.start(), match.end())
        # "UH-60A+ Black Hawks": the tokenizer keeps a variant's plus in its token too
        if span is None and doc_text(doc)[match.end():match.end() + 1] in (".", "+"):
            span = doc.char_span(match.start(), match.end() + 1)
        # a shorter name inside the word ("Mirage" in "Mirage 2000P") leaves it to the variant
        if span is not None and not any(start <= span.start and span.end <= end
                                        for _, start, end, _ in candidates):
            found.append((named[0], span.start, span.end, named[1].condition))

    def slashed_candidates(self, doc: Doc) -> list[tuple[str, int, int, bool]]:
        """"Shahed-136/131", "Kh-101/555": a designation written with a sibling's number after a
        slash, one token, names the first system."""
        candidates = []
        for match in SLASHED_DESIGNATION.finditer(doc_text(doc)):
            name = self.designations.get(match.group(1).lower())
            span = doc.char_span(match.start(), match.end()) if name else None
            if span is not None:
                candidates.append((name, span.start, span.end, False))
        return candidates

    def find_mentions(self, doc: Doc) -> list[Span]:
        candidates = self.find_candidates(doc)
        starts = {start for _, start, _, _ in candidates}
        # an ambiguous alias that a capitalised name continues is part of that name ("Typhoon
        # Haiyan", "Akash Ambani", "Emad Hassan"): it neither counts nor licenses the others
        # or the name of a place ("the Flamingo naval base", "Camp Bastion")
        # or a surname after a given name ("Igor Kornet", "Paul Anka")
        candidates = [candidate for candidate in candidates
                      if not (candidate[3] and (self.continues_as_name(doc, candidate[2], starts)
                                                or names_a_place(doc, candidate[1], candidate[2])
                                                or is_surname(doc, candidate[1], candidate[2], starts)))]
        # a bare name another force's weapon also bears ("Burkan", "Burqan"), in a report of
        # that force and of none that fields this one; a numbered model ("Burkan-3") still counts
        candidates = [candidate for candidate in candidates
                      if not (candidate[0] in self.user_words and not DIGIT.search(doc[candidate[1]:candidate[2]].text)
                              and self.of_other_user(doc, candidate[0], candidate[1]))]
        # an ambiguous alias also counts when the same subject is named plainly elsewhere
        named_plainly = {name for name, _, _, condition in candidates if not condition}
        # one sense per report: once context has licensed it ("the Typhon missile system"),
        # a later bare "Typhon" is the same system
        plain_edges = {edge for _, start, end, condition in candidates if not condition for edge in (start, end)}
        in_context = [(name, start, end) for name, start, end, condition in candidates
                      if condition is True and name not in named_plainly
                      and (self.has_context(doc, start, end) or is_counted(doc, start, end))]
        named_in_context = {name for name, _, _ in in_context} | listed_systems(
            doc, candidates, plain_edges | {edge for _, start, end in in_context for edge in (start, end)})
        # a family's bare name ("Mirage", "Hornets") counts only where the report names the
        # system otherwise, and not before another model's number ("Mirage 5", "Mirage III")
        spans = [
            Span(doc, start, end, label=name, kb_id=self.kinds.get(name) or "")
            for name, start, end, condition in candidates
            if not condition or (name in named_plainly or name in named_in_context)
            and (condition is True or not names_another_model(doc, end))
        ]
        return joined_mentions(doc, sorted(filter_spans(spans), key=lambda span: span.start))

    def of_other_user(self, doc: Doc, name: str, start: int) -> bool:
        """True when the report names a force that fields another weapon of this bare name and
        none that fields this one ("Hezbollah fired Burkan rockets", not the Houthis' Burkan); in
        a report that names both, when the name's own sentence does."""
        own, other = self.user_words[name]
        for text in (doc_text(doc), doc[start].sent.text if doc.has_annotation("SENT_START") else None):
            if text is None or other.search(text) is None:
                return False
            if own is None or own.search(text) is None:
                return True
        return False

    def continues_as_name(self, doc: Doc, end: int, starts: set[int]) -> bool:
        """True when the word after a match is a capitalised name, not a context word, a
        function word or another system, in text that is not in title case ("Typhoon Haiyan
        hit", not "Hawk Air Defense Systems", "Caesar Howitzers", "Patriot And IRIS-T" or
        "Neptune Strikes Russian Ship" in a headline's capitals)."""
        if end >= len(doc) or not doc[end - 1].whitespace_:
            return False
        word = doc[end]
        if not (word.is_title and word.is_alpha and len(word) > 1) or word.is_stop \
                or word.lower_ in self.context_words or word.i in starts:
            return False
        # a headline in title case ("Neptune Strikes Russian Ship") capitalises every word
        after = doc[end + 1] if end + 1 < len(doc) else None
        if after is not None and after.text == "-" and not word.whitespace_:
            # a hyphenated word before the kind's noun ("K9 Self-Propelled Howitzers"), not a
            # name's ("Caesar Self-Help Group")
            return not (end + 3 < len(doc) and doc[end + 3].lower_ in self.context_words)
        return after is None or not (after.is_title or after.lower_ in self.context_words)

    def has_context(self, doc: Doc, start: int, end: int) -> bool:
        sentence = doc[start].sent if doc.has_annotation("SENT_START") else doc[:]
        window = doc[max(sentence.start, start - CONTEXT_WINDOW):
                     min(sentence.end, end + CONTEXT_WINDOW)]
        return any(token.lower_ in self.context_words for token in window
                   if not start <= token.i < end)


LIST_JOINERS = {",", "and", "or", "&", "/"}
BRACKETS = {"(", ")", "/"}
JOINED_GAP = 3   # tokens at most between two names of one mention ("F-16A/B MLU Fighting Falcon")


def joined_mentions(doc: Doc, mentions: list[Span]) -> list[Span]:
    """One mention for two names of a system written together: a designation and its name
    ("MIM-104E Patriot missiles", "K239 Chunmoo K-MLRS", "HMS Somerset Type 23 frigate"), a name
    and its abbreviation in brackets ("Naval Strike Missile (NSM)"), or with a variant's letters
    between them ("F-16A/B MLU Fighting Falcon")."""
    joined: list[Span] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if last is not None and last.label_ == mention.label_ and is_name_gap(doc[last.end:mention.start]):
            end = mention.end + (mention.end < len(doc) and doc[mention.end].text == ")" and "(" in doc[last.end:mention.start].text)
            joined[-1] = Span(doc, last.start, end, label=last.label_, kb_id=last.kb_id_)
        else:
            joined.append(mention)
    return joined


def is_name_gap(gap: Span) -> bool:
    """True when nothing but brackets, a slash and a variant's capitals or numbers stand between
    two names (not a comma, a joiner or a word of the sentence)."""
    return len(gap) <= JOINED_GAP and all(
        token.text in BRACKETS or token.is_upper or any(char.isdigit() for char in token.text)
        for token in gap)


def listed_systems(doc: Doc, candidates, named_edges: set[int]) -> set[str]:
    """The ambiguous names that are items of a list with a system in it ("F-16s, Patriots and
    ATACMS", "Chetak/ALH, Sea King, or MH-60R choppers"): an item beside a counted name
    (``named_edges``: the starts and ends of names counted plainly or in context) is a system
    too, and so is the item beside it."""
    edges, listed = set(named_edges), set()
    pending = [(name, start, end) for name, start, end, condition in candidates if condition]
    while pending:
        found = [item for item in pending if is_listed_beside_named(doc, item[1], item[2], edges)]
        if not found:
            break
        listed.update(name for name, _, _ in found)
        edges.update(edge for _, start, end in found for edge in (start, end))
        pending = [item for item in pending if item not in found]
    return listed


def is_listed_beside_named(doc: Doc, start: int, end: int, named_edges: set[int]) -> bool:
    """True when a name is an item of a list whose neighbouring item is a counted name: one
    joiner or two (", or") between them."""
    before = start - 1
    while before >= 0 and doc[before].lower_ in LIST_JOINERS and before not in named_edges:
        before -= 1
    after = end
    while after < len(doc) and doc[after].lower_ in LIST_JOINERS and after not in named_edges:
        after += 1
    return (0 < start - before <= 2 and doc[start - 1].lower_ in LIST_JOINERS and before in named_edges) or \
        (0 < after - end <= 2 and doc[end].lower_ in LIST_JOINERS and after in named_edges)


def user_pattern(words: tuple[str, ...]) -> re.Pattern | None:
    """Any of ``words`` as a whole word, case as written (names of forces and countries)."""
    if not words:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b")


def match_key(name: str, alias: Alias) -> str:
    """The matcher key of an alias: the subject's name and a mark of the alias's condition."""
    return name + CONDITION_MARKS.get(alias.condition, "")


def parse_key(label: str) -> tuple[str, bool | str]:
    """The subject's name of a matcher key and its condition: False (none), True (a context
    word) or "name" (the system named otherwise in the report)."""
    for condition, mark in CONDITION_MARKS.items():
        if label.endswith(mark):
            return label.removesuffix(mark), condition
    return label, False


def names_a_place(doc: Doc, start: int, end: int) -> bool:
    """True when a bare ambiguous name is the name of a place: a place noun follows ("the
    Flamingo base", "the Flamingo naval base") or a place title precedes ("Camp Bastion")."""
    if start > 0 and doc[start - 1].text in PLACE_TITLES:
        return True
    if end >= len(doc):
        return False
    word = doc[end].lower_
    if word in PLACE_QUALIFIERS and end + 1 < len(doc):
        word = doc[end + 1].lower_
    return word in PLACE_NOUNS


def is_surname(doc: Doc, start: int, end: int | None = None, starts: frozenset | set = frozenset()) -> bool:
    """True when a bare ambiguous name ends a person's name: one the tagger found ("Igor
    Kornet"), or, where the tagger found none (a name opening a sentence: "Igor Kornet said"),
    a capitalised word the parser hangs on it as a compound that is no entity, no other system
    and no context word, in text not in title case. A country's or a group's word before a
    system is an entity of its own ("Houthi Burkan", "Russian Kornet"), so it stays a system."""
    if start <= 0:
        return False
    before = doc[start - 1]
    if before.lower_ in DEMONYMS:
        return False   # "Dutch Patriot launchers": the tagger may take the owner's word for a given name
    if before.ent_type_ == "PERSON" and doc[start].ent_iob_ == "I":
        return True
    end = start + 1 if end is None else end
    if end - start != 1 or before.ent_type_ or before.i in starts or not doc.has_annotation("DEP"):
        return False
    if not (before.is_title and before.is_alpha and len(before) > 1 and not before.is_stop
            and before.pos_ == "PROPN" and before.dep_ == "compound" and before.head.i == start):
        return False
    # a headline in title case capitalises every word ("Hezbollah Kornet Strike Kills Two")
    after = doc[end] if end < len(doc) else None
    return after is None or not after.is_title


def names_another_model(doc: Doc, end: int) -> bool:
    """True when a family's bare name is followed by another model's number ("Mirage 5",
    "Mirage III/5", "Mirage F1")."""
    return end < len(doc) and OTHER_MODEL.match(doc[end].text) is not None


def is_counted(doc: Doc, start: int, end: int) -> bool:
    """A plural name with a number before it ("2,000 'Shaheds'", "31 Abrams") counts things,
    not people or places: it needs no other context word."""
    if not doc[end - 1].lower_.endswith("s"):
        return False
    i = start - 1
    while i >= 0 and doc[i].is_quote:   # "about 2,000 'Shaheds'"
        i -= 1
    return i >= 0 and doc[i].like_num


def derived_aliases(alias: Alias, spellings: tuple[Spelling, ...] = (), kind: str | None = None) -> list[Alias]:
    """The other ways the press writes an alias, with its flags: the other spelling of a word
    ("Shihab-3" for "Shahab-3", "X-101" for "Kh-101") and the other separators of a designation
    ("S 400", "S400" for "S-400"; "Kh 101"; "Type-12" for "Type 12"; "Tu-22 M3" for "Tu-22M3").
    A one-letter designation is matched in its own capitals ("A50", never "a50"), and one that
    needs context gets no other separator ("M30", not "the M-30 motorway"), except a one-letter,
    one-digit name written before its kind's noun or whole kind ("K-9 howitzers", "K-9
    self-propelled howitzer" for K9: "K-9 units" is police), or alone in a report that names the
    system otherwise ("About 600 K-9s" after "the K9 howitzer")."""
    texts = {alias.text: (alias.case_sensitive, alias.needs_context)}
    keep = {"needs_name": alias.needs_name}
    for spelling in spellings:
        for word, other in ((spelling.one, spelling.other), (spelling.other, spelling.one)):
            pattern = word_pattern(word)
            if pattern.search(alias.text):
                texts.setdefault(pattern.sub(other, alias.text),
                                 (alias.case_sensitive or spelling.case_sensitive,
                                  alias.needs_context or spelling.needs_context))
    derived = {}
    noun = kind.split()[-1] if kind else None
    for text, (case_sensitive, needs_context) in texts.items():
        if text != alias.text:
            derived.setdefault(text, Alias(text, case_sensitive, needs_context, **keep))
        for form, one_letter, short in designation_spellings(text):
            if short:   # "K-9 howitzers" for K9, "B2 aircraft" for B-2: only before the kind's noun
                if needs_context and noun:
                    derived.setdefault(f"{form} {noun}", Alias(f"{form} {noun}", True, False, **keep))
                    # or its whole kind ("K-9 self-propelled howitzer"); alone ("About 600 K-9s")
                    # only in a report that names the system otherwise
                    derived.setdefault(f"{form} {kind}", Alias(f"{form} {kind}", True, False, **keep))
                    derived.setdefault(form, Alias(form, True, False, needs_name=True))
            elif not (one_letter and needs_context):
                # in the alias's own capitals ("AS 24", never "as 24 people"; "SU 35" too)
                derived.setdefault(form, Alias(form, True, needs_context, **keep))
    if CLASS_SUFFIX in alias.text:   # "Arleigh Burke–class destroyers": a ship class with an en dash
        dashed = alias.text.replace(CLASS_SUFFIX, "\u2013" + CLASS_SUFFIX[1:])
        derived.setdefault(dashed, Alias(dashed, alias.case_sensitive, alias.needs_context, **keep))
    derived.pop(alias.text, None)
    return list(derived.values())


@lru_cache(maxsize=None)
def word_pattern(word: str) -> re.Pattern:
    """A word of a name, not inside a longer word ("Kh" in "Kh-101", not in "Khorramshahr")."""
    return re.compile(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])")


def designation_spellings(text: str) -> list[tuple[str, bool, bool]]:
    """A designation's other separators, each with whether it has one letter before its number
    and whether it is a one-letter, one-digit name: a hyphen, a space (not after one letter
    before a short number: "S 400", never "F 16" or "A 10") or none (after at most four letters:
    "Su35", never "Leopard2"). A one-letter, one-digit name ("K9", "B-2") takes only the other of
    a hyphen or none, which ``derived_aliases`` writes before the kind's noun ("K-9 units" is
    police). An en dash is read in the text instead (``EN_DASH_DESIGNATION``)."""
    match = DESIGNATION_PARTS.match(text)
    forms = []
    if match:
        head, letters, separator, number = match.group("head", "letters", "sep", "number")
        digits = len(number) - len(number.lstrip("0123456789"))
        one_letter = len(letters) == 1
        if one_letter and len(number) == 1 and not head:
            forms += [(f"{letters}{other}{number}", True, True) for other in ("-", "") if other != separator]
        elif not (one_letter and digits < 2):
            for other in DESIGNATION_SEPARATORS:
                if other == " " and one_letter and digits < 3:
                    continue
                # nothing glued after more than four letters ("Leopard2") or to one digit after
                # two ("CH4" is methane)
                if other == "" and (head or len(letters) > GLUED_LETTERS
                                    or (len(letters) == 2 and len(number) == 1)):
                    continue
                forms.append((f"{head}{letters}{other}{number}", one_letter, False))
    variant = SPACED_VARIANT.match(text)
    if variant:
        forms.append((f"{variant.group(1)} {variant.group(2)}", True, False))
    return [form for form in forms if form[0] != text]


def with_capitals(forms: list[str]) -> list[str]:
    """The forms and their capitals ("PATRIOTS" for "Patriots")."""
    return forms + [form.upper() for form in forms if form.upper() != form]


def alias_forms(text: str) -> list[str]:
    """The alias, its English plural, a designation's spaced spelling ("Su 35" for "Su-35"),
    and for a Cyrillic name its common case forms ("Орешника", "Искандеры"), so
    Russian-language posts are matched too."""
    forms = [text]
    if SPACED_DESIGNATION.fullmatch(text):
        forms.append(text.replace("-", " ", 1))
    for form in list(forms):
        if form[-1].isalnum():
            forms.append(form + PLURAL_SUFFIX)
    if INITIAL_END.search(text):
        forms.append(text + ".")
    last = text[-1].lower()
    if not CYRILLIC_LETTER.match(last):
        return forms
    for ending, replacements in CYRILLIC_ENDINGS.items():
        if last == ending or (ending == "" and last not in CYRILLIC_ENDINGS):
            stem = text[:-1] if ending else text
            forms.extend(stem + replacement for replacement in replacements)
            break
    return forms


def override_entities(doc: Doc, mentions: list[Span]) -> None:
    """Replace the entities that overlap a mention by the mention, keeping named leftovers."""
    covered = {i for mention in mentions for i in range(mention.start, mention.end)}
    entities = []
    for ent in doc.ents:
        if not any(i in covered for i in range(ent.start, ent.end)):
            entities.append(ent)
            continue
        entities.extend(uncovered_name_parts(doc, ent, covered))
    entities.extend(Span(doc, mention.start, mention.end, label=ENTITY_LABEL)
                    for mention in mentions)
    doc.ents = sorted(entities, key=lambda span: span.start)


def uncovered_name_parts(doc: Doc, ent: Span, covered: set[int]) -> list[Span]:
    """The runs of an entity outside the mentions that still hold a proper name."""
    parts, run = [], []
    for token in list(ent) + [None]:
        if token is not None and token.i not in covered:
            run.append(token)
            continue
        while run and (run[0].is_punct or run[0].is_space):
            run.pop(0)
        while run and (run[-1].is_punct or run[-1].is_space):
            run.pop()
        if any(part.pos_ == "PROPN" and part.is_alpha and len(part) > 2 for part in run):
            parts.append(Span(doc, run[0].i, run[-1].i + 1, label=ent.label_))
        run = []
    return parts


@Language.factory(
    "claimledger_subjects",
    default_config={"extra_subjects_path": None},
    assigns=["doc.spans", "doc.ents"],
)
def create_subjects(nlp: Language, name: str, extra_subjects_path: str | None):
    """The subject recognizer with the shipped list, plus ``extra_subjects_path`` if given."""
    return SubjectRecognizer(nlp, name, subject_list=load_subject_list(extra_subjects_path))
