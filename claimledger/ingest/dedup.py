"""Duplicate detection: exact (same normalized text) and near (MinHash LSH on word 5-grams).

Near duplicates are recorded as copies of the earliest: when a text is close to several
remembered ones, the Verdict names the earliest dated of them (then the most similar), with
its dct, so the caller can compare publication dates and, when the newcomer turns out to be
older, record the remembered one as its copy instead.

    dedup = Deduplicator(threshold=0.8)
    dedup.seed(ledger_pairs)              # (id, text) or (id, text, dct) already stored
    verdict = dedup.check(document)       # Verdict(kind="new"|"exact"|"near", ...)
    if verdict.kind == "new":
        dedup.add(document)

A document's MinHash can be kept as a signature (``signature_bytes``, labelled with
``Deduplicator.settings``) and remembered again later without its text
(``add_signature``), so a large ledger is not re-hashed on every run. DOCS: docs/scale.md
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterable

from claimledger.schema import Document, content_hash, normalize_text

DEFAULT_THRESHOLD = 0.8
DEFAULT_NUM_PERM = 128
SHINGLE_WORDS = 5
NEW, EXACT, NEAR = "new", "exact", "near"
# Bump when shingling changes in a way the settings label below does not show, so stored
# signatures made the old way are recomputed.
SIGNATURE_VERSION = 1


@dataclass(frozen=True)
class Verdict:
    """What `Deduplicator.check` found for a document.

    kind: "new", "exact" (same normalized text) or "near" (estimated Jaccard similarity of
        word 5-gram shingles at or above the threshold).
    original_id: the id of the remembered document it copies (None when new); among several
        near matches, the earliest dated one.
    similarity: 1.0 for exact, the estimated Jaccard similarity for near, None when new.
    original_dct: the original's dct as remembered (None when unknown), to compare dates.
    """

    kind: str
    original_id: str | None = None
    similarity: float | None = None
    original_dct: str | None = None


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word n-grams of the normalized text; a text shorter than n words is one shingle."""
    words = normalize_text(text).split()
    if len(words) <= size:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


@functools.lru_cache(maxsize=8)
def signature_settings(num_perm: int) -> str:
    """The label stored beside a signature: a signature made under another label is stale."""
    from datasketch import MinHash

    reference = MinHash(num_perm=num_perm)
    return (f"minhash-v{SIGNATURE_VERSION} scheme={reference.scheme} seed={reference.seed} "
            f"num_perm={num_perm} shingle_words={SHINGLE_WORDS}")


def signature_bytes(minhash) -> bytes:
    """A MinHash as bytes to store (datasketch's LeanMinHash serialization)."""
    from datasketch import LeanMinHash

    lean = minhash if isinstance(minhash, LeanMinHash) else LeanMinHash(minhash)
    buffer = bytearray(lean.bytesize())
    lean.serialize(buffer)
    return bytes(buffer)


def minhash_from_bytes(blob: bytes):
    """The inverse of signature_bytes."""
    from datasketch import LeanMinHash

    return LeanMinHash.deserialize(blob)


@functools.lru_cache(maxsize=8)
def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) that datasketch finds best for the threshold; found once, as finding
    them integrates numerically (tens of milliseconds a Deduplicator otherwise)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


class Deduplicator:
    """Remembers accepted originals and classifies newcomers as new, exact or near copies."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD, *, num_perm: int = DEFAULT_NUM_PERM):
        """threshold (float): Jaccard similarity from which a text is a near duplicate.
        num_perm (int): MinHash permutations; more is more exact and slower.
        """
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm,
                               params=lsh_bands(threshold, num_perm))
        self._by_hash: dict[str, str] = {}
        self._hashes: dict[str, str] = {}
        self._minhashes: dict = {}
        self._dcts: dict[str, str | None] = {}
        self.settings = signature_settings(num_perm)

    def __len__(self) -> int:
        return len(self._hashes)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._hashes

    def check(self, document: Document, *, minhash=None) -> Verdict:
        """Is `document` new, an exact copy or a near copy of a remembered one?

        minhash: the document's `minhash(text)`, when the caller already has it.
        """
        digest = document.content_hash or content_hash(document.text)
        original = self._by_hash.get(digest)
        if original is not None:  # possibly the document itself, read again
            return Verdict(EXACT, original, 1.0, self._dcts.get(original))
        minhash = minhash if minhash is not None else self.minhash(document.text)
        matches = []
        for candidate in self._lsh.query(minhash):
            score = minhash.jaccard(self._minhashes[candidate])
            if candidate != document.id and score >= self.threshold:
                matches.append((candidate, score))
        if not matches:
            return Verdict(NEW)
        original, score = min(matches, key=self._earliest_first)
        return Verdict(NEAR, original, round(score, 4), self._dcts.get(original))

    def _earliest_first(self, match: tuple[str, float]) -> tuple:
        """Sort key: dated before undated, earlier dct, higher similarity, then id."""
        doc_id, score = match
        dct = self._dcts.get(doc_id)
        return (dct is None, dct or "", -score, doc_id)

    def add(self, document: Document, *, minhash=None) -> None:
        """Remember `document` as an original (minhash: its `minhash(text)`, if known)."""
        if document.id in self._hashes:
            return
        minhash = minhash if minhash is not None else self.minhash(document.text)
        self._remember(document.id, document.content_hash or content_hash(document.text), minhash,
                       document.dct)

    def add_text(self, doc_id: str, text: str, *, dct: str | None = None) -> None:
        """Remember an original given by id and text (and dct, if known)."""
        if doc_id in self._hashes:
            return
        self._remember(doc_id, content_hash(text), self.minhash(text), dct)

    def add_signature(self, doc_id: str, digest: str, signature: bytes, *, dct: str | None = None) -> None:
        """Remember an original by its content hash and stored signature, without its text.

        signature (bytes): `signature_bytes` of its MinHash, made under `self.settings`.
        """
        if doc_id in self._hashes:
            return
        self._remember(doc_id, digest, minhash_from_bytes(signature), dct)

    def _remember(self, doc_id: str, digest: str, minhash, dct: str | None) -> None:
        self._lsh.insert(doc_id, minhash)
        self._minhashes[doc_id] = minhash
        self._hashes[doc_id] = digest
        self._by_hash.setdefault(digest, doc_id)
        self._dcts[doc_id] = dct

    def seed(self, pairs: Iterable[tuple]) -> None:
        """Remember stored originals: (id, text) or (id, text, dct) tuples."""
        for doc_id, text, *rest in pairs:
            self.add_text(doc_id, text, dct=rest[0] if rest else None)

    def remove(self, doc_id: str) -> None:
        """Forget an original (e.g. when an earlier copy of it arrives)."""
        if doc_id not in self._hashes:
            return
        self._lsh.remove(doc_id)
        del self._minhashes[doc_id]
        digest = self._hashes.pop(doc_id)
        self._dcts.pop(doc_id, None)
        if self._by_hash.get(digest) == doc_id:
            del self._by_hash[digest]

    def minhash(self, text: str):
        """The MinHash of the text's shingles, under this deduplicator's settings."""
        from datasketch import LeanMinHash, MinHash

        minhash = MinHash(num_perm=self.num_perm)
        minhash.update_batch(sorted(shingles(text)))
        return LeanMinHash(minhash)   # smaller in memory, and what a stored signature loads as
