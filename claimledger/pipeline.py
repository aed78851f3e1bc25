"""Library entry points the CLI calls: one function a command.

``analyze`` is the path a report takes: ingest -> deduplicate -> extract -> store.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from claimledger.errors import InputError
from claimledger.ingest.evaljsonl import read_eval_jsonl
from claimledger.schema import Document, Extraction

Report = Callable[[InputError], None]


def _ignore(_error: InputError) -> None:
    pass


@dataclass
class AnalyzeSummary:
    """What one ``analyze`` run did."""

    added: int = 0
    unchanged: int = 0           # already in the ledger (a re-run)
    duplicates: int = 0          # exact duplicates of a stored document: a new source only
    near_copies: int = 0         # stored, and recorded as copies of an earlier original
    skipped: list[InputError] = field(default_factory=list)
    facts: Counter = field(default_factory=Counter)

    def as_dict(self) -> dict:
        return {"added": self.added, "unchanged": self.unchanged, "duplicates": self.duplicates,
                "near_copies": self.near_copies, "skipped": len(self.skipped),
                "skipped_reasons": [str(error) for error in self.skipped], "facts": dict(self.facts)}


@dataclass
class PendingDocument:
    document: Document
    copy_of: str | None = None
    similarity: float | None = None
    original_dct: str | None = None
    also_carried_by: list[Document] = field(default_factory=list)   # exact duplicates seen in this run

    @property
    def predates_original(self) -> bool:
        mine = self.document.dct
        return bool(self.copy_of and mine and self.original_dct and mine < self.original_dct)


def analyze(paths: Iterable[Path], *, db_path: Path | str, options=None, subjects_file=None,
            workers: int = 1, batch_size: int = 32, report: Report = _ignore,
            progress: Callable[[int, int], None] | None = None) -> AnalyzeSummary:
    """Ingest files and folders, extract, and store in the ledger; return what happened.

    Bad inputs are reported (``report``), recorded in the ledger's errors table and
    skipped; the rest of the batch goes on. Documents already in the ledger add nothing.
    """
    from claimledger.ingest import IngestOptions, read_paths
    from claimledger.ingest.dedup import Deduplicator
    from claimledger.store import Ledger

    summary = AnalyzeSummary()
    options = options or IngestOptions()
    with Ledger(db_path) as ledger:
        dedup = Deduplicator()
        dedup.seed(ledger.document_index(originals_only=True))
        pending: dict[str, PendingDocument] = {}   # content hash -> document waiting for extraction
        for item in read_paths(list(paths), options=options):
            if isinstance(item, InputError):
                summary.skipped.append(item)
                ledger.record_error(item)
                report(item)
                continue
            if item.content_hash in pending:
                pending[item.content_hash].also_carried_by.append(item)
                summary.duplicates += 1
                continue
            if any(entry.document.id == item.id for entry in pending.values()):
                error = InputError(item.source_path or item.id, f"duplicate document id {item.id!r} with a different text")
                summary.skipped.append(error)
                ledger.record_error(error)
                report(error)
                continue
            stored_id = ledger.find_document(item)
            if stored_id is not None:
                new_source = ledger.add_source(stored_id, item)
                if new_source and stored_id != item.id:
                    summary.duplicates += 1
                else:
                    summary.unchanged += 1
                continue
            pending[item.content_hash] = _place_among_originals(item, dedup)
        _extract_and_store(ledger, list(pending.values()), summary, subjects_file=subjects_file,
                           workers=workers, batch_size=batch_size, progress=progress)
    return summary


def _place_among_originals(document: Document, dedup) -> PendingDocument:
    """A near duplicate becomes a copy of the earliest original; an earlier newcomer takes its place."""
    verdict = dedup.check(document)
    if verdict.kind != "near":
        dedup.add(document)
        return PendingDocument(document)
    entry = PendingDocument(document, copy_of=verdict.original_id, similarity=verdict.similarity,
                            original_dct=verdict.original_dct)
    if entry.predates_original:
        dedup.remove(verdict.original_id)
        dedup.add(document)
    return entry


def _extract_and_store(ledger, pending: list[PendingDocument], summary: AnalyzeSummary,
                       *, subjects_file, workers: int, batch_size: int, progress) -> None:
    from claimledger.batch import extract_dask, extract_local

    if not pending:
        from claimledger.link import update_for_documents
        update_for_documents(ledger, [])   # links any document a crash left unlinked
        return
    documents = [entry.document for entry in pending]
    if workers > 1:
        extractions = extract_dask(documents, workers=workers, subjects_file=subjects_file)
    else:
        extractions = extract_local(documents, subjects_file=str(subjects_file) if subjects_file else None,
                                    batch_size=batch_size)
    touched: list[str] = []
    for done, (entry, extraction) in enumerate(zip(pending, extractions), 1):
        if entry.predates_original:
            # stored as the original; the older-dated one and its copies become its copies
            result = ledger.add_extraction(extraction)
            ledger.mark_copies(result.doc_id, [entry.copy_of])
            touched.append(entry.copy_of)
        else:
            result = ledger.add_extraction(extraction, copy_of=entry.copy_of, similarity=entry.similarity)
        for duplicate in entry.also_carried_by:
            ledger.add_source(result.doc_id, duplicate)
        touched.append(result.doc_id)
        if result.status == "added":
            summary.added += 1
            summary.facts.update(extraction.counts())
            if entry.copy_of:
                summary.near_copies += 1
        if progress:
            progress(done, len(pending))
    from claimledger.link import update_for_documents
    update_for_documents(ledger, touched)   # also links any document a crash left unlinked


def read_eval_documents(input_path: Path, report: Report = _ignore) -> tuple[list[Document], int]:
    documents, skipped = [], 0
    for item in read_eval_jsonl(input_path):
        if isinstance(item, InputError):
            report(item)
            skipped += 1
        else:
            documents.append(item)
    return documents, skipped


def extract_eval_file(input_path: Path, out_path: Path | None, *, subjects_file=None,
                      report: Report = _ignore) -> int:
    """Run extraction on an evaluation-format file and write the same format; return skips.

    The same pipeline as ``analyze``, without the ledger: the stateless path used for scoring.
    """
    from claimledger.batch import extract_local

    documents, skipped = read_eval_documents(input_path, report)
    sink = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout
    try:
        for extraction in extract_local(documents, subjects_file=str(subjects_file) if subjects_file else None):
            sink.write(json.dumps(extraction.as_eval_dict(), ensure_ascii=False) + "\n")
    finally:
        if out_path:
            sink.close()
    return skipped


def evaluate(gold_path: Path, *, subjects_file=None, layers=None) -> dict:
    """Extract the gold texts with their dcts and score them with the evaluation scorer's rules."""
    from claimledger import scoring
    from claimledger.batch import extract_local

    documents, _ = read_eval_documents(gold_path)
    extractions: list[Extraction] = list(
        extract_local(documents, subjects_file=str(subjects_file) if subjects_file else None))
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    return scoring.score(gold, [extraction.as_eval_dict() for extraction in extractions], layers=layers)
