"""link_corpus: the whole link stage, records in, an analyst's picture across outlets out."""
from __future__ import annotations

from dataclasses import dataclass, field

from claimledger.link.contradictions import Contradiction, find_contradictions
from claimledger.link.corpus import Corpus
from claimledger.link.events import LedgerEvent, link_events
from claimledger.link.identity import IdentityIndex, build_identities
from claimledger.link.profile import SourcingProfile, build_profiles
from claimledger.link.timeline import build_timeline


@dataclass
class LinkedLedger:
    """Identities, linked events, contradictions and sourcing profiles of one corpus."""

    corpus: Corpus
    identities: IdentityIndex
    events: list[LedgerEvent] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    document_profiles: list[SourcingProfile] = field(default_factory=list)
    outlet_profiles: list[SourcingProfile] = field(default_factory=list)

    def subjects(self) -> list[str]:
        return sorted({event.subject for event in self.events})

    def timeline(self, subject: str) -> list[dict]:
        """Timeline entries of one subject, earliest first (docs/link.md)."""
        return build_timeline(self.events, self.corpus, subject)

    def event_sources(self, event: LedgerEvent) -> list[dict]:
        return event.sources(self.corpus)


def link_corpus(corpus: Corpus) -> LinkedLedger:
    """Resolve identities, link events, find contradictions and profile sourcing.

    corpus (Corpus): extractions, copies and outlets.
    RETURNS (LinkedLedger): the linked picture.
    """
    identities = build_identities(corpus.extractions)
    documents, outlets = build_profiles(corpus)
    return LinkedLedger(
        corpus=corpus,
        identities=identities,
        events=link_events(corpus, identities),
        contradictions=find_contradictions(corpus, identities),
        document_profiles=documents,
        outlet_profiles=outlets,
    )
