"""The link stage's input: per-document records plus what is known about copies and outlets."""
from __future__ import annotations

from dataclasses import dataclass, field

from claimledger.schema import (Claim, Document, Entity, Event, Extraction, PersonRole, Quantity, Quote,
                                Sentence, StatusClaim, SubjectFact, SubjectMention, SubjectReference, Timex)


@dataclass
class Corpus:
    """Extractions of a corpus and their provenance.

    extractions (list[Extraction]): one per stored document.
    copies (dict[str, str]): near-duplicate or syndicated copy id -> earliest original id.
    sources (dict[str, list[dict]]): document id -> every {"outlet", "url", "dct"} that carried it
        (an exact duplicate is stored once, with each outlet listed).
    """

    extractions: list[Extraction] = field(default_factory=list)
    copies: dict[str, str] = field(default_factory=dict)
    sources: dict[str, list[dict]] = field(default_factory=dict)

    def __post_init__(self):
        self._by_id = {extraction.document.id: extraction for extraction in self.extractions}

    def get(self, doc_id: str) -> Extraction | None:
        return self._by_id.get(doc_id)

    def text(self, doc_id: str) -> str:
        extraction = self._by_id.get(doc_id)
        return extraction.document.text if extraction else ""

    def dct(self, doc_id: str) -> str | None:
        extraction = self._by_id.get(doc_id)
        if extraction and extraction.document.dct:
            return extraction.document.dct
        dates = sorted(item["dct"] for item in self.sources.get(doc_id, ()) if item.get("dct"))
        return dates[0] if dates else None

    def original(self, doc_id: str) -> str:
        """The earliest original a copy derives from (following chains), else the id itself."""
        seen = {doc_id}
        while doc_id in self.copies and self.copies[doc_id] not in seen:
            doc_id = self.copies[doc_id]
            seen.add(doc_id)
        return doc_id

    def carriers(self, doc_id: str) -> list[dict]:
        """Every {"outlet", "url", "dct"} known for a document, its own record's first."""
        carriers = list(self.sources.get(doc_id, ()))
        extraction = self._by_id.get(doc_id)
        if extraction is not None:
            document = extraction.document
            own = {"outlet": document.outlet, "url": document.url, "dct": document.dct}
            if document.outlet and not any(item.get("outlet") == document.outlet for item in carriers):
                carriers.insert(0, own)
            elif not carriers:
                carriers.append(own)
        return carriers

    def outlet(self, doc_id: str) -> str | None:
        outlets = [item["outlet"] for item in self.carriers(doc_id) if item.get("outlet")]
        return outlets[0] if outlets else None

    def url(self, doc_id: str) -> str | None:
        urls = [item["url"] for item in self.carriers(doc_id) if item.get("url")]
        return urls[0] if urls else None

    def independence_key(self, doc_id: str) -> str:
        """Reports with the same key are one source: copies share their original's key, and
        two originals from one outlet are one outlet; a document with no outlet stands alone."""
        original = self.original(doc_id)
        outlet = self.outlet(original)
        return f"outlet:{outlet.casefold()}" if outlet else f"doc:{original}"

    def corroboration(self, doc_ids) -> int:
        """The number of independent sources among these documents."""
        return len({self.independence_key(doc_id) for doc_id in doc_ids})


RECORD_TYPES = {"entities": Entity, "subjects": SubjectMention, "quotes": Quote, "timexes": Timex,
                "events": Event, "claims": Claim, "quantities": Quantity, "sentences": Sentence,
                "status_claims": StatusClaim, "references": SubjectReference, "person_roles": PersonRole,
                "subject_facts": SubjectFact}


def extraction_from_dict(data: dict) -> Extraction:
    """An Extraction from {"document": {...}, "events": [...], ...}; doc_id defaults to the document's."""
    document = Document.from_dict(data["document"])
    records = {}
    for kind, cls in RECORD_TYPES.items():
        records[kind] = [cls.from_dict({"doc_id": document.id, **item}) for item in data.get(kind, ())]
    extraction = Extraction(document=document, **records)
    if "status_claims" not in data:
        # records written before extract emitted the link records: extract completes them
        from claimledger.extract.link_records import add_link_records
        add_link_records(extraction)
    return extraction


def extraction_as_dict(extraction: Extraction) -> dict:
    out = {"document": extraction.document.as_dict()}
    for kind in RECORD_TYPES:
        out[kind] = [record.as_dict() for record in getattr(extraction, kind)]
    return out


def corpus_from_dict(data: dict) -> Corpus:
    """A Corpus from {"extractions": [...], "copies": {...}, "sources": {...}} (JSON fixtures, exports)."""
    return Corpus(extractions=[extraction_from_dict(item) for item in data.get("extractions", ())],
                  copies=dict(data.get("copies", {})), sources=dict(data.get("sources", {})))


def corpus_as_dict(corpus: Corpus) -> dict:
    return {"extractions": [extraction_as_dict(item) for item in corpus.extractions],
            "copies": corpus.copies, "sources": corpus.sources}
