"""Sourcing profile per document and per outlet: named, vague and unsourced claims, and the
filler sentences (``Sentence.filler``, set in extract: claimledger/extract/filler.py).

Read from records: ``build_profiles(extractions, carriers)`` in memory, or
``profiles_from_ledger(db)`` with one query per table.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from claimledger.schema import Extraction

NAMED_SOURCE_TYPES = frozenset({"named_person", "named_institution"})
VAGUE_SOURCE_TYPE = "vague"


@dataclass
class SourcingProfile:
    """How a document (or an outlet's documents) source their claims."""

    key: str                       # document id or outlet name
    documents: int = 0
    claims: int = 0
    named: int = 0
    vague: int = 0
    unsourced: int = 0
    sentences: int = 0
    filler: list[dict] = field(default_factory=list)   # [{"doc_id", "span", "sentence"}]

    def count_claim(self, source_type: str) -> None:
        self.claims += 1
        if source_type in NAMED_SOURCE_TYPES:
            self.named += 1
        elif source_type == VAGUE_SOURCE_TYPE:
            self.vague += 1
        else:
            self.unsourced += 1

    def add(self, other: "SourcingProfile") -> None:
        for name in ("documents", "claims", "named", "vague", "unsourced", "sentences"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.filler.extend(other.filler)

    @staticmethod
    def share(part: int, whole: int) -> float | None:
        return round(part / whole, 3) if whole else None

    def as_dict(self) -> dict:
        return {
            "key": self.key, "documents": self.documents, "claims": self.claims,
            "named": self.named, "vague": self.vague, "unsourced": self.unsourced,
            "named_share": self.share(self.named, self.claims),
            "vague_share": self.share(self.vague, self.claims),
            "unsourced_share": self.share(self.unsourced, self.claims),
            "sentences": self.sentences, "filler_count": len(self.filler),
            "filler_share": self.share(len(self.filler), self.sentences), "filler": self.filler,
        }


def document_profile(extraction: Extraction) -> SourcingProfile:
    """Claims by source type and the filler sentences of one document."""
    document = extraction.document
    profile = SourcingProfile(key=document.id, documents=1)
    for claim in extraction.claims:
        profile.count_claim(claim.source_type)
    profile.sentences = len(extraction.sentences)
    profile.filler = [{"doc_id": document.id, "span": list(sentence.span),
                       "sentence": document.text[sentence.span[0]:sentence.span[1]]}
                      for sentence in extraction.sentences if sentence.filler]
    return profile


def outlet_profiles(documents: list[SourcingProfile], carriers: dict[str, list[str]]) -> list[SourcingProfile]:
    """Document profiles summed per outlet (a document with no outlet stands as its own)."""
    outlets: dict[str, SourcingProfile] = defaultdict(lambda: SourcingProfile(key=""))
    for profile in documents:
        for outlet in dict.fromkeys(carriers.get(profile.key) or [f"({profile.key})"]):
            outlets[outlet].key = outlet
            outlets[outlet].add(profile)
    return sorted(outlets.values(), key=lambda item: item.key)


def build_profiles(extractions: list[Extraction], carriers: dict[str, list[str]]) -> tuple[list, list]:
    """Profiles per document and per outlet. RETURNS (tuple): (document profiles, outlet profiles)."""
    documents = [document_profile(extraction) for extraction in extractions]
    return documents, outlet_profiles(documents, carriers)


def profiles_from_ledger(db) -> tuple[list[SourcingProfile], list[SourcingProfile]]:
    """The same profiles from the ledger's tables, without loading any extraction."""
    profiles: dict[str, SourcingProfile] = {}
    for row in db.execute("SELECT id FROM documents ORDER BY dct, rowid"):
        profiles[row[0]] = SourcingProfile(key=row[0], documents=1)
    for row in db.execute("SELECT doc_id, source_type, count(*) FROM claims GROUP BY doc_id, source_type"):
        for _ in range(row[2]):
            profiles[row[0]].count_claim(row[1])
    for row in db.execute("SELECT doc_id, count(*) FROM sentences GROUP BY doc_id"):
        profiles[row[0]].sentences = row[1]
    for row in db.execute("SELECT s.doc_id, s.start, s.\"end\", substr(d.text, s.start + 1, s.\"end\" - s.start) "
                          "FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE s.filler = 1 ORDER BY s.doc_id, s.start"):
        profiles[row[0]].filler.append({"doc_id": row[0], "span": [row[1], row[2]], "sentence": row[3]})
    carriers: dict[str, list[str]] = defaultdict(list)
    for row in db.execute("SELECT id, outlet FROM documents WHERE outlet IS NOT NULL ORDER BY rowid"):
        carriers[row[0]].append(row[1])
    for row in db.execute("SELECT doc_id, outlet FROM document_sources WHERE outlet IS NOT NULL ORDER BY rowid"):
        carriers[row[0]].append(row[1])
    documents = list(profiles.values())
    return documents, outlet_profiles(documents, carriers)
