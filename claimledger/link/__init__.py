"""The link stage: on records, not Docs. Identities across documents, linked events with
corroboration, per-subject timelines, contradictions and sourcing profiles.

    from claimledger.link import Corpus, link_corpus
    linked = link_corpus(Corpus(extractions=[...], copies={...}, sources={...}))
    linked.timeline("Oreshnik"); linked.contradictions

See docs/link.md.
"""
from claimledger.link.contradictions import Contradiction, find_contradictions
from claimledger.link.corpus import Corpus
from claimledger.link.events import LedgerEvent, link_events
from claimledger.link.identity import Identity, IdentityIndex, build_identities
from claimledger.link.ledger import LinkedLedger, link_corpus
from claimledger.link.profile import SourcingProfile, build_profiles, is_filler

__all__ = [
    "Contradiction", "Corpus", "Identity", "IdentityIndex", "LedgerEvent", "LinkedLedger",
    "SourcingProfile", "build_identities", "build_profiles", "find_contradictions", "is_filler",
    "link_corpus", "link_events",
]
