"""The link stage: on stored records, not text. Identities across documents, linked events with
corroboration, per-subject timelines, contradictions and sourcing profiles, kept in the
ledger's link tables and updated incrementally.

    from claimledger.link import LinkedLedger, update_for_documents, relink
    update_for_documents(ledger, ["doc-..."])      # after analyze stored them
    LinkedLedger(ledger).timeline("Oreshnik")

See docs/link.md.
"""
from claimledger.link.corpus import Corpus
from claimledger.link.identity import Identity, IdentityIndex, build_identities
from claimledger.link.profile import SourcingProfile, build_profiles
from claimledger.link.update import LinkSummary, relink, update_for_documents
from claimledger.link.view import LinkedLedger, link_corpus

__all__ = [
    "Corpus", "Identity", "IdentityIndex", "LinkSummary", "LinkedLedger", "SourcingProfile",
    "build_identities", "build_profiles", "link_corpus", "relink", "update_for_documents",
]
