"""A subject bucket: every record of one subject the link stage compares, with its documents."""
from __future__ import annotations

from dataclasses import dataclass, field

from claimledger.lexicon import lexicon
from claimledger.link.documents import DocumentInfo
from claimledger.link.events import LinkedEvent, ReportTime, report_time
from claimledger.link.identity import display_place_name, place_key
from claimledger.schema import StatusClaim, SubjectFact

FACTUAL_MODALITIES = frozenset({"asserted", "reported"})   # planned, hedged, negated: not a fact that happened
# a status told as done with a hedge ("reportedly arrived", "is believed to have been deployed") still
# takes a side on what happened: a denial, or another date, answers it (a plan or a condition gives no claim)
STATED_MODALITIES = FACTUAL_MODALITIES | {"hedged"}
LOSS_STATUSES = lexicon().statuses_in("loss")   # placed where the subject was hit


@dataclass
class SubjectBucket:
    """Claims, facts and linked events of one subject (copies' records left out of comparisons)."""

    key: str
    subject: str
    claims: list[StatusClaim]
    facts: list[SubjectFact]
    infos: dict[str, DocumentInfo]
    events: list[LinkedEvent] = field(default_factory=list)
    # denials of weapons in general brought into this bucket (id of the claim -> supplier key),
    # the subject's maker (place key), and each document's country mentions (start, place key)
    generic: dict[int, str] = field(default_factory=dict)
    origin: str | None = None
    countries: dict[str, list[tuple[int, str]]] = field(default_factory=dict)

    def __post_init__(self):
        self.event_of = {(claim.doc_id, claim.span, claim.status): event.id
                         for event in self.events for claim in event.reports}
        # place key (one for Belarus, Беларусь and Білорусь) -> the name of a position there
        spellings: dict[str, list[str]] = {}
        for claim in sorted(self.claims, key=lambda item: (item.doc_id, item.span)):
            if claim.location and id(claim) not in self.generic:   # a generic denial's place is its recipient
                spellings.setdefault(place_key(claim.location), []).append(claim.location)
        self.place_names = {key: display_place_name(names) for key, names in spellings.items()}
        # where the subject is reported: a loss's place is where it was hit, which leaves the places
        # its unplaced reports are compared under as they were
        self.places = {place_key(claim.location) for claim in self.claims
                       if claim.location and id(claim) not in self.generic and claim.status not in LOSS_STATUSES}
        self._times: dict[int, ReportTime] = {}

    def sentence_countries(self, claim: StatusClaim) -> set[str]:
        """The countries (place keys) a claim's sentence names."""
        start, end = claim.sentence_span or claim.span
        return {key for at, key in self.countries.get(claim.doc_id, []) if start <= at < end}

    def suppliers(self, claim: StatusClaim) -> set[str]:
        """Who may have supplied what a claim reports: the subject's maker and the countries its
        sentence names ("Slovakia has donated the S-300", "North Korean missiles Russia fired")."""
        return self.sentence_countries(claim) | ({self.origin} if self.origin else set())

    def original(self, doc_id: str) -> bool:
        return not self.infos[doc_id].is_copy

    def comparable_claims(self) -> list[StatusClaim]:
        """Claims of originals that state a fact, even a hedged one (or, for "pending", a not-yet),
        about the subject."""
        return [claim for claim in self.claims if self.original(claim.doc_id)
                and (claim.kind == "pending" or claim.modality in STATED_MODALITIES)]

    def time(self, claim: StatusClaim) -> ReportTime:
        key = id(claim)
        if key not in self._times:
            self._times[key] = report_time(claim, self.infos[claim.doc_id].dct)
        return self._times[key]

    def position(self, claim: StatusClaim) -> str:
        """The position a claim takes: its linked event, or its status still ahead / presupposed."""
        event = self.event_of.get((claim.doc_id, claim.span, claim.status))
        if event is not None and claim.kind == "reached":
            return f"{claim.status} ({event})"
        return f"{claim.status} {'still ahead' if claim.kind == 'pending' else claim.kind}"

