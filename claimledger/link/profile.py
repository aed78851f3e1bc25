"""Sourcing profile per document and per outlet: named, vague and unsourced claims, and
filler sentences of the kind padded rewrites are made of.

A sentence is filler when it holds nothing checkable (no entity, number, date or
tracked subject, no quotation) and its words are stock phrases or abstract
vocabulary: see ``filler_score``. The lexicons are general fragments
(``lexicon.STOCK_PHRASES``, ``lexicon.ABSTRACT_WORDS``), not sentences.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from claimledger.link.corpus import Corpus
from claimledger.link.lexicon import ABSTRACT_WORDS, STOCK_PHRASES
from claimledger.link.subjects import SubjectLocator, corpus_subject_names
from claimledger.link.text import sentence_spans
from claimledger.schema import Extraction

NAMED_SOURCE_TYPES = frozenset({"named_person", "named_institution"})
VAGUE_SOURCE_TYPE = "vague"
UNSOURCED_SOURCE_TYPE = "none"
STOCK_PHRASE_WEIGHT = 0.35   # one stock phrase counts as this share of abstract words
FILLER_MIN_SCORE = 0.3       # share of stock/abstract content that makes an anchor-free sentence filler
FILLER_MIN_WORDS = 4
WORD_PATTERN = re.compile(r"[A-Za-z][A-Za-z’'-]*")
NUMBER_PATTERN = re.compile(r"\d")
# A leading adverbial clause ("As the convoy moves west, ...") only frames the main clause.
LEADING_CLAUSE = re.compile(r"^(?:As|While|With|Amid|Although|Though|Even as|Now that|Whether)\b[^,;:]*,\s*")
# Function words are neither content nor abstract: they do not dilute the score.
FUNCTION_WORDS = frozenset("""a an the of to in on at by for with from as and or but is are was were be been
being has have had it its this that these those which who whom what as while yet so than then there
their they them he she his her we our you your i not no nor also more most very can will would could
should may might must do does did into over under about across amid among""".split())


def filler_score(sentence: str) -> float:
    """Share of a sentence's content words that are abstract, plus weight for stock phrases."""
    lower = sentence.lower()
    words = [word.strip("’'-") for word in WORD_PATTERN.findall(lower)]
    content = [word for word in words if word and word not in FUNCTION_WORDS]
    if not content:
        return 0.0
    abstract = sum(1 for word in content if word in ABSTRACT_WORDS) / len(content)
    stock = sum(1 for phrase in STOCK_PHRASES if phrase in lower)
    return abstract + STOCK_PHRASE_WEIGHT * stock


def is_filler(sentence: str, *, anchored: bool = False) -> bool:
    """True for a sentence that states nothing checkable and reads as padding.

    sentence (str): the sentence text.
    anchored (bool): the sentence holds an entity, date, quotation or tracked subject.
    """
    if anchored or NUMBER_PATTERN.search(sentence) or len(WORD_PATTERN.findall(sentence)) < FILLER_MIN_WORDS:
        return False
    if re.search(r"[‘“\"]", sentence):
        return False
    return filler_score(sentence) >= FILLER_MIN_SCORE


def is_framed_filler(sentence: str, anchor_offsets: list[int]) -> bool:
    """A stock-phrase main clause behind a leading clause that holds every anchor:
    "As the convoy moves west, the world watches closely."

    sentence (str): the sentence text.
    anchor_offsets (list[int]): where its entities, dates and subjects start, relative to it.
    """
    lead = LEADING_CLAUSE.match(sentence)
    if lead is None or any(offset >= lead.end() for offset in anchor_offsets):
        return False
    rest = sentence[lead.end():]
    return any(phrase in rest.lower() for phrase in STOCK_PHRASES) and is_filler(rest)


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


def anchor_spans(extraction: Extraction) -> list[tuple[int, int]]:
    spans = [entity.span for entity in extraction.entities]
    spans += [item.span for item in extraction.subjects]
    spans += [item.span for item in extraction.timexes]
    spans += [item.span for item in extraction.quantities]
    spans += [item.span for item in extraction.quotes]
    return [tuple(span) for span in spans]


def document_profile(extraction: Extraction, locator: SubjectLocator | None = None) -> SourcingProfile:
    """Claims by source type and the filler sentences of one document."""
    document = extraction.document
    profile = SourcingProfile(key=document.id, documents=1, claims=len(extraction.claims))
    for claim in extraction.claims:
        if claim.source_type in NAMED_SOURCE_TYPES:
            profile.named += 1
        elif claim.source_type == VAGUE_SOURCE_TYPE:
            profile.vague += 1
        else:
            profile.unsourced += 1
    anchors = anchor_spans(extraction)
    if locator is not None:
        anchors += [(start, end) for start, end, _ in locator.mentions]
    sentences = sentence_spans(document.text)
    profile.sentences = len(sentences)
    for start, end in sentences:
        text = document.text[start:end]
        if is_filler(text, anchored=any(start <= a_start < end for a_start, _ in anchors)) \
                or is_framed_filler(text, [a_start - start for a_start, _ in anchors if start <= a_start < end]):
            profile.filler.append({"doc_id": document.id, "span": [start, end], "sentence": text})
    return profile


def build_profiles(corpus: Corpus) -> tuple[list[SourcingProfile], list[SourcingProfile]]:
    """Profiles per document and per outlet (a document with no outlet stands as its own).

    RETURNS (tuple): (document profiles, outlet profiles).
    """
    names = corpus_subject_names(corpus)
    documents = []
    outlets: dict[str, SourcingProfile] = defaultdict(lambda: SourcingProfile(key=""))
    for extraction in corpus.extractions:
        doc_id = extraction.document.id
        profile = document_profile(extraction, SubjectLocator(corpus, doc_id, names))
        documents.append(profile)
        carriers = [item["outlet"] for item in corpus.carriers(doc_id) if item.get("outlet")] or [f"({doc_id})"]
        for outlet in dict.fromkeys(carriers):
            outlets[outlet].key = outlet
            outlets[outlet].add(profile)
    return documents, sorted(outlets.values(), key=lambda item: item.key)
