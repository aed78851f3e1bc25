"""Stored near-duplicate signatures: one MinHash per document, labelled with its settings.

The store keeps bytes and a settings label; what they mean is claimledger.ingest.dedup's
business. A signature whose label differs from the current settings counts as missing.
DOCS: docs/scale.md
"""
from __future__ import annotations

import sqlite3
from typing import Iterator, NamedTuple


class OriginalSignature(NamedTuple):
    """A stored original as duplicate detection needs it; ``signature`` None when missing or stale."""

    doc_id: str
    content_hash: str
    dct: str | None
    signature: bytes | None


def insert_signature(db: sqlite3.Connection, doc_id: str, settings: str, signature: bytes) -> None:
    """Store (or replace) a document's signature; call inside the caller's transaction."""
    db.execute("INSERT OR REPLACE INTO document_signatures (doc_id, settings, signature) VALUES (?, ?, ?)",
               (doc_id, settings, signature))


def original_signatures(db: sqlite3.Connection, settings: str) -> Iterator[OriginalSignature]:
    """Every original (not a near copy) in storage order, with its signature under ``settings``."""
    rows = db.execute(
        "SELECT d.id, d.content_hash, d.dct, s.signature FROM documents d "
        "LEFT JOIN document_signatures s ON s.doc_id = d.id AND s.settings = ? "
        "WHERE d.copy_of IS NULL ORDER BY d.rowid", (settings,))
    for row in rows:
        yield OriginalSignature(*row)


def document_texts(db: sqlite3.Connection, doc_ids: list[str]) -> Iterator[tuple[str, str]]:
    """(id, text) of the given documents, for computing the signatures they lack."""
    for doc_id in doc_ids:
        row = db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is not None:
            yield doc_id, row[0]
