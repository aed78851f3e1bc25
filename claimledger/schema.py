"""The data model: plain dataclasses shared by every stage.

Spans are ``[start, end)`` character offsets into ``Document.text`` (Python
``str`` indices), the convention of the evaluation format, so exporting a
record is a dump, not a translation. Field names follow ``eval/FORMAT.md``.
"""
from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from claimledger.lexicon import lexicon

Span = tuple[int, int]


# Deployment or status of a tracked system, as a report asserts it: the members and their
# descriptions come from claimledger/lexicon/statuses.json, the one list of statuses.
Status = enum.Enum("Status", [(entry.name, entry.name) for entry in lexicon().statuses], type=str,
                   module=__name__)
STATUS_DESCRIPTIONS = {entry.name: entry.description for entry in lexicon().statuses}


class TimexType(str, enum.Enum):
    """TIMEX3 types (ISO-TimeML)."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class QuoteKind(str, enum.Enum):
    DIRECT = "direct"      # verbatim, inside quotation marks
    INDIRECT = "indirect"  # a content clause or the stretch governed by "according to"
    MIXED = "mixed"        # a paraphrase that contains a quoted fragment


class SourceType(str, enum.Enum):
    """Who stands behind a claim."""

    PERSON = "named_person"
    INSTITUTION = "named_institution"
    VAGUE = "vague"          # analysts, some experts, recent reports, officials
    NONE = "none"            # the text's own voice


class Modality(str, enum.Enum):
    """How strongly a claim is put."""

    ASSERTED = "asserted"    # stated as fact in the text's own voice
    REPORTED = "reported"    # attributed to a source
    HEDGED = "hedged"        # may, could, is believed, reportedly, suggest
    PLANNED = "planned"      # will, plans to, is to, getting ready to
    NEGATED = "negated"      # not, never, denied


@functools.lru_cache(maxsize=None)
def field_names(cls) -> frozenset[str]:
    return frozenset(item.name for item in dataclasses.fields(cls))


@functools.lru_cache(maxsize=None)
def span_fields(cls) -> tuple[str, ...]:
    """Names of a record class's character-span fields (typed ``Span``)."""
    return tuple(item.name for item in dataclasses.fields(cls) if str(item.type).startswith("Span"))


@dataclass
class Record:
    """Base of the extracted facts: plain fields, dict round trip."""

    def as_dict(self) -> dict[str, Any]:
        out = {}
        for item in dataclasses.fields(self):
            value = getattr(self, item.name)
            if isinstance(value, enum.Enum):
                value = value.value
            elif isinstance(value, tuple):
                value = list(value)
            out[item.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]):
        names = field_names(cls)
        values = {key: value for key, value in data.items() if key in names}
        for key in span_fields(cls):
            if isinstance(values.get(key), list):
                values[key] = tuple(values[key])
        return cls(**values)


@dataclass
class Document(Record):
    """One report as ingested: its text and where it came from."""

    id: str
    text: str
    dct: str | None = None           # publication date, YYYY-MM-DD, or None when unknown
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    lang: str = "en"
    source_path: str | None = None   # file (and record) it was read from
    content_hash: str | None = None

    def __post_init__(self):
        if self.content_hash is None:
            self.content_hash = content_hash(self.text)


@dataclass
class Entity(Record):
    doc_id: str
    span: Span
    label: str        # PERSON, ORG, GPE, NORP, LOC, ...
    text: str
    name: str | None = None   # the fullest form of the name found in the document


@dataclass
class SubjectMention(Record):
    doc_id: str
    span: Span
    subject: str      # canonical name from the subject list
    kind: str | None  # e.g. "ballistic missile", "air defense system"
    text: str


@dataclass
class Quote(Record):
    doc_id: str
    span: Span
    kind: str                          # QuoteKind value
    speaker: str | None
    speaker_span: Span | None = None
    cue: Span | None = None
    speaker_role: str | None = None    # spokesman, Foreign Minister, ...
    speaker_org: str | None = None     # Belarus' Ministry of Defense, ...
    source_type: str | None = None     # SourceType value


@dataclass
class Timex(Record):
    doc_id: str
    span: Span
    type: str          # TimexType value
    value: str | None
    text: str = ""
    # gives its day by a calendar date or a weekday ("19 April", "on Saturday"), not by a word
    # that counts from the report ("yesterday"), which drifts with a late dateline
    names_day: bool = False


@dataclass
class Event(Record):
    doc_id: str
    subject: str
    status: str                 # Status value
    span: Span
    location: str | None = None
    date: str | None = None     # TIMEX3 value
    source: str | None = None   # who asserts it; None for the text's own voice
    source_span: Span | None = None
    country: str | None = None   # the country the location lies in ("Hill AFB in Utah": United States)

    def evaluation_location(self) -> str | None:
        """The place the evaluation format gives: the country for a deployment, a delivery or a
        plan, the place as named for a use or a loss (a strike's target city)."""
        if self.country and self.status not in lexicon().statuses_in("at_its_site"):
            return self.country
        return self.location


@dataclass
class Claim(Record):
    """A claim-bearing sentence with its sourcing and hedging."""

    doc_id: str
    span: Span
    source_type: str            # SourceType value
    modality: str               # Modality value
    source: str | None = None
    cue: str | None = None      # the word that set the modality (may, suggest, will, ...)


@dataclass
class Quantity(Record):
    """A number with a unit stated in the text (a claim to compare, nothing more)."""

    doc_id: str
    span: Span
    value: float
    unit: str                   # normalized unit: km, m, kg, t, units, ...
    qualifier: str | None = None   # over, up to, about, exceeding, ...
    subject: str | None = None     # tracked subject the sentence is about
    text: str = ""


@dataclass
class Sentence(Record):
    """A sentence of a document, as the parser split it; ``filler`` when it states nothing checkable."""

    doc_id: str
    span: Span
    filler: bool = False


@dataclass
class StatusClaim(Record):
    """What one sentence says about a subject's status: the record the link stage compares.

    kind: ``reached`` (the status is said to hold), ``pending`` (said to be still ahead),
    ``presupposed`` ("the placement of X ... signals" takes it as a fact) or ``denied`` ("Iran
    denies supplying the drones": modality negated, no date or place).
    date_role: what the date marks: ``onset`` (the status began then), ``holding`` (it held
    then: "still", "as of"), ``report`` (the day it was said: "confirmed on Tuesday"),
    ``deadline`` ("by the end of the year"), ``before`` (held by the eve of that day: "months
    before the war", the war dated elsewhere in the text); None when undated.
    """

    doc_id: str
    span: Span
    subject: str
    status: str                  # Status value
    kind: str = "reached"
    modality: str = "asserted"   # Modality value
    donor: str | None = None     # the supplier of a transfer, when the text names it ("France provided")
    date: str | None = None      # TIMEX3 value
    date_role: str | None = None
    location: str | None = None
    source: str | None = None
    another_unit: bool = False   # the text speaks of a further unit ("a second battery")
    sentence_span: Span | None = None
    date_part: str | None = None   # early | mid | late: the part of the dated month or year ("at the end of July")
    first_time: bool = False   # a use, loss or shipment said to be the first ("for the first time", "the first installment"): its date is the first one's onset
    country: str | None = None   # the country the location lies in ("Tanagra": Greece), from the event
    still_there: bool = False   # said to hold still on the report's day ("is still in", "remains in")


@dataclass
class SubjectReference(Record):
    """A place a tracked subject is referred to: by name, or by "the complex" / "it" (anaphor)."""

    doc_id: str
    span: Span
    subject: str
    text: str = ""
    anaphor: bool = False


@dataclass
class PersonRole(Record):
    """Role, nationality and organisation words the text gives a named person at one mention."""

    doc_id: str
    span: Span                   # the name
    name: str
    role: str | None = None
    nation: str | None = None
    org: str | None = None


@dataclass
class SubjectFact(Record):
    """A comparable attribute said of a subject: a range class, a measured number, the time since
    an announcement. ``value`` for a category, ``[low, high]`` for an interval (``high`` None:
    no upper bound, "more than 10")."""

    doc_id: str
    span: Span
    subject: str
    attribute: str               # range_class | quantity:<unit>:<measure> | announcement_lag
    value: str | None = None
    low: float | None = None
    high: float | None = None
    text: str = ""
    # for numbers: what the count is of and when, so only like numbers are compared
    qualifier: str | None = None   # over | up to | about | range | None (a plain number)
    scope: str | None = None       # one of COUNT_SCOPES, or None (a plain number)
    status: str | None = None      # the status of the subject's event in the number's sentence
    date: str | None = None        # that event's TIMEX3 value, if it has one
    donor: str | None = None       # the supplier of a counted transfer, when the text names it


@dataclass
class Incident(Record):
    """One mention of a strike, hit, attack or interception: where it struck, when, with what
    and by whom, as one sentence tells it. The link stage joins the mentions of one place and
    time across documents into an incident and sets different weapons, launch platforms or
    firing sides against each other (link/kinds/incident.py, docs/link.md "Incidents")."""

    doc_id: str
    span: Span                   # the word of the strike ("hit", "attack")
    place: str | None = None     # the place struck as the text names it (a town, a country)
    place_key: str | None = None   # its place key (link/identity.place_key); the link bucket
    place_inherited: bool = False   # the sentence names no place: the document's previous one
    target: str | None = None    # the thing struck, a noun lemma ("market", "prison")
    date: str | None = None      # TIMEX3 value of the sentence's date, if any
    weapons: str | None = None   # tracked subjects named as what struck, "; "-joined
    side: str | None = None      # the country said to have fired or attacked
    platforms: str | None = None   # tracked subjects named as what launched it, "; "-joined
    intercepted: bool | None = None   # said shot down (True), said not shot down or not to be (False)
    stance: str = "asserted"     # asserted | denied | superseded (a report a correction withdraws) | corrected | hedged
    modality: str = "asserted"
    source: str | None = None
    sentence_span: Span | None = None
    source_side: str | None = None   # the country the source resolves to (its words, its person's nation or office)


def joined_names(value: str | None) -> list[str]:
    """The names of a "; "-joined field (Incident.weapons, Incident.platforms), in order."""
    return [name.strip() for name in (value or "").split(";") if name.strip()]


# SubjectFact.scope: "total" ("in total", "so far"), "first" (a first batch), "increment" ("a
# further"), "holding" (what a holder has, "now has 20 tanks"); written by extract/link_records,
# read by link/kinds/number
TOTAL_SCOPE, FIRST_SCOPE, INCREMENT_SCOPE, HOLDING_SCOPE = "total", "first", "increment", "holding"
COUNT_SCOPES = (TOTAL_SCOPE, FIRST_SCOPE, INCREMENT_SCOPE, HOLDING_SCOPE)


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    entities: list[Entity] = field(default_factory=list)
    subjects: list[SubjectMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    status_claims: list[StatusClaim] = field(default_factory=list)
    references: list[SubjectReference] = field(default_factory=list)
    person_roles: list[PersonRole] = field(default_factory=list)
    subject_facts: list[SubjectFact] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)

    FACT_KINDS = ("entities", "subjects", "quotes", "timexes", "events", "claims", "quantities",
                  "sentences", "status_claims", "references", "person_roles", "subject_facts", "incidents")

    def counts(self) -> dict[str, int]:
        return {kind: len(getattr(self, kind)) for kind in self.FACT_KINDS}

    def as_eval_dict(self) -> dict[str, Any]:
        """The document in the evaluation exchange format (eval/FORMAT.md)."""
        document = self.document
        return {
            "id": document.id,
            "text": document.text,
            "dct": document.dct,
            "lang": document.lang,
            "source": {"outlet": document.outlet, "url": document.url},
            "quotes": [
                {"span": list(q.span), "kind": q.kind, "speaker": q.speaker,
                 "speaker_span": list(q.speaker_span) if q.speaker_span else None,
                 "cue": list(q.cue) if q.cue else None}
                for q in self.quotes
            ],
            "timexes": [{"span": list(t.span), "type": t.type, "value": t.value}
                        for t in self.timexes],
            "events": [
                {"subject": e.subject, "status": e.status, "location": e.evaluation_location(),
                 "date": e.date, "source": e.source, "span": list(e.span)}
                for e in self.events
            ],
        }


def normalize_text(text: str) -> str:
    """The form used for exact-duplicate detection: NFKC, case-folded, single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def document_id_for(text: str) -> str:
    """A stable id derived from content, so a re-run finds the same document."""
    return "doc-" + content_hash(text)[:16]
