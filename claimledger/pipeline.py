"""Library entry points the CLI calls: one function a command.

``analyze`` is the path a report takes: ingest -> deduplicate -> extract -> store.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from claimledger.errors import InputError, LedgerError
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
    skipped: list[InputError] = field(default_factory=list)   # every input lost, whole or in part
    facts: Counter = field(default_factory=Counter)
    languages: Counter = field(default_factory=Counter)   # documents added, by language
    link_failures: list = field(default_factory=list)     # link.update.LinkFailure: left for the next run

    @property
    def partly_read(self) -> int:
        """Of the skipped, those whose readable part was stored."""
        return sum(error.partial for error in self.skipped)

    def as_dict(self) -> dict:
        return {"added": self.added, "unchanged": self.unchanged, "duplicates": self.duplicates,
                "near_copies": self.near_copies, "skipped": len(self.skipped), "partly_read": self.partly_read,
                "skipped_reasons": [str(error) for error in self.skipped], "facts": dict(self.facts),
                "languages": dict(self.languages), "link_failures": [str(failure) for failure in self.link_failures]}


@dataclass
class PendingDocument:
    document: Document
    copy_of: str | None = None
    similarity: float | None = None
    original_dct: str | None = None
    also_carried_by: list[Document] = field(default_factory=list)   # exact duplicates seen in this run
    signature: bytes | None = None   # near-duplicate signature, stored with the document

    @property
    def predates_original(self) -> bool:
        mine = self.document.dct
        return bool(self.copy_of and mine and self.original_dct and mine < self.original_dct)


DEFAULT_CHUNK_SIZE = 64


def analyze(paths: Iterable[Path], *, db_path: Path | str, options=None, subjects_file=None,
            workers: int = 1, scheduler: str | None = None, chunk_size: int = DEFAULT_CHUNK_SIZE,
            batch_size: int = 32, report: Report = _ignore,
            progress: Callable[[int, int | None], None] | None = None) -> AnalyzeSummary:
    """Ingest files and folders, extract, and store in the ledger; return what happened.

    Inputs stream through in chunks of ``chunk_size`` new documents: each chunk is
    extracted (here, on ``workers`` local Dask processes, or on the Dask cluster at
    ``scheduler``) and stored as soon as it is done, so memory does not grow with the
    run and a killed run loses at most the chunks in flight. Bad inputs, and documents
    whose extraction fails, are reported (``report``), recorded in the ledger's errors
    table and skipped; the rest of the batch goes on. Documents already in the ledger
    add nothing. DOCS: docs/scale.md
    """
    from claimledger.batch import chunk_driver
    from claimledger.ingest import IngestOptions, read_paths
    from claimledger.ingest.dedup import Deduplicator
    from claimledger.store import Ledger

    summary = AnalyzeSummary()
    options = options or IngestOptions()
    with Ledger(db_path) as ledger:
        dedup = Deduplicator()
        seed_originals(ledger, dedup)
        intake = Intake(ledger, dedup, summary, report)
        chunks = _chunked(intake.admit(read_paths(list(paths), options=options)), chunk_size)
        in_flight: deque[list[PendingDocument]] = deque()   # sent to extraction, not yet stored

        def documents_of(chunks: Iterator[list[PendingDocument]]) -> Iterator[list[Document]]:
            for chunk in chunks:
                in_flight.append(chunk)
                yield [entry.document for entry in chunk]

        done = 0
        with chunk_driver(workers=workers, scheduler=scheduler, subjects_file=subjects_file,
                          batch_size=batch_size) as extract_chunks:
            for results in extract_chunks(documents_of(chunks)):
                chunk = in_flight.popleft()
                _store_chunk(ledger, chunk, results, intake)
                done += len(chunk)
                if progress:
                    progress(done, None)
        # one link run for every document stored and not yet linked (this run's, and any a
        # killed run left): relinking the touched subjects once, not once per chunk
        from claimledger.link import update_for_documents
        summary.link_failures = update_for_documents(ledger, []).failures
    return summary


@dataclass
class ReextractSummary:
    """What one ``reextract`` run did."""

    documents: int = 0           # stored documents extracted again, their facts replaced
    failed: list[InputError] = field(default_factory=list)   # extraction failed: old facts kept
    facts: Counter = field(default_factory=Counter)           # the new facts, by kind
    link_failures: list = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"documents": self.documents, "failed": len(self.failed),
                "failed_reasons": [str(error) for error in self.failed], "facts": dict(self.facts),
                "link_failures": [str(failure) for failure in self.link_failures]}


def reextract(*, db_path: Path | str, subjects_file=None, workers: int = 1, scheduler: str | None = None,
              chunk_size: int = DEFAULT_CHUNK_SIZE, batch_size: int = 32, report: Report = _ignore,
              progress: Callable[[int, int | None], None] | None = None) -> ReextractSummary:
    """Extract every stored document again, with this version's rules and subject list (and
    ``subjects_file``), replace its facts, and rebuild the link tables from them.

    The link tables are cleared first, in one transaction, and every document is linked again
    at the end: a run killed half-way leaves each document with either its old or its new
    facts, all of them unlinked, and the next ``analyze``, ``relink`` or ``reextract`` links
    them. A document whose extraction fails keeps its old facts and is reported. Texts are read
    a chunk at a time. DOCS: docs/scale.md
    """
    from claimledger.batch import chunk_driver
    from claimledger.link import update_for_documents
    from claimledger.store import Ledger, link_tables

    summary = ReextractSummary()
    if not Path(db_path).exists():
        raise LedgerError(f"{db_path}: no such ledger; run 'claimledger analyze' first or pass --db FILE")
    with Ledger(db_path) as ledger:
        with ledger.transaction() as db:
            link_tables.clear(db)   # link rows name facts about to be replaced
        doc_ids = ledger.document_ids()
        in_flight: deque[list[str]] = deque()

        def documents_of() -> Iterator[list[Document]]:
            for start in range(0, len(doc_ids), chunk_size):
                chunk = doc_ids[start:start + chunk_size]
                in_flight.append(chunk)
                yield [ledger.document(doc_id) for doc_id in chunk]

        with chunk_driver(workers=workers, scheduler=scheduler, subjects_file=subjects_file,
                          batch_size=batch_size) as extract_chunks:
            for results in extract_chunks(documents_of()):
                for doc_id, result in zip(in_flight.popleft(), results):
                    if isinstance(result, InputError):
                        summary.failed.append(result)
                        report(result)
                        continue
                    ledger.replace_facts(result)
                    summary.documents += 1
                    summary.facts.update(result.counts())
                if progress:
                    progress(summary.documents + len(summary.failed), len(doc_ids))
        summary.link_failures = update_for_documents(ledger, []).failures
    return summary


def seed_originals(ledger, dedup) -> int:
    """Remember the ledger's originals in ``dedup`` from their stored signatures, without
    reading texts; compute the missing or stale ones (a ledger from before signatures, or
    other settings) and store them in one transaction. Returns how many were computed.
    """
    from claimledger.ingest.dedup import signature_bytes

    originals = ledger.original_signatures(dedup.settings)
    missing = [original.doc_id for original in originals if original.signature is None]
    computed = {doc_id: signature_bytes(dedup.minhash(text))
                for doc_id, text in ledger.document_texts(missing)}
    if computed:
        ledger.store_signatures(dedup.settings, computed.items())
    for original in originals:
        dedup.add_signature(original.doc_id, original.content_hash,
                            original.signature or computed[original.doc_id], dct=original.dct)
    return len(computed)


class Intake:
    """Decides what each input item is: a skip, a known document, a duplicate of one in
    flight, or a new document to extract (placed among the originals for near duplicates).

    Holds only the documents in flight (read, not yet stored), so its memory is bounded
    by the chunks in flight; what is stored is asked of the ledger.
    """

    def __init__(self, ledger, dedup, summary: AnalyzeSummary, report: Report):
        self.ledger = ledger
        self.dedup = dedup
        self.summary = summary
        self.report = report
        self.waiting: dict[str, PendingDocument] = {}   # content hash -> document in flight
        self.waiting_ids: set[str] = set()
        self.failed_ids: set[str] = set()               # extraction failed: never stored

    def admit(self, items: Iterable[Document | InputError]) -> Iterator[PendingDocument]:
        """The new documents among ``items``, each once; everything else is handled here."""
        for item in items:
            if isinstance(item, InputError):
                self.skip(item)
            elif item.content_hash in self.waiting:
                self.waiting[item.content_hash].also_carried_by.append(item)
                self.summary.duplicates += 1
            elif item.id in self.waiting_ids:
                self.skip(InputError(item.source_path or item.id,
                                     f"duplicate document id {item.id!r} with a different text"))
            elif not self._stored(item):
                entry = _place_among_originals(item, self.dedup)
                self.waiting[item.content_hash] = entry
                self.waiting_ids.add(item.id)
                yield entry

    def _stored(self, document: Document) -> bool:
        """Handle a document the ledger already holds (a new source at most); False if it is new."""
        stored_id = self.ledger.find_document(document)
        if stored_id is None:
            return False
        if stored_id == document.id and self.ledger.document_row(stored_id)["content_hash"] != document.content_hash:
            self.skip(InputError(document.source_path or document.id,
                                 f"duplicate document id {document.id!r} with a different text"))
        elif self.ledger.add_source(stored_id, document):   # stored earlier in this run, or a new source
            self.summary.duplicates += 1
        else:
            self.summary.unchanged += 1
        return True

    def skip(self, error: InputError) -> None:
        self.summary.skipped.append(error)
        self.ledger.record_error(error)
        self.report(error)

    def release(self, entry: PendingDocument) -> None:
        """The document is stored (or failed): later copies of it are found in the ledger."""
        self.waiting.pop(entry.document.content_hash, None)
        self.waiting_ids.discard(entry.document.id)

    def fail(self, entry: PendingDocument, error: InputError) -> None:
        """Extraction failed: skip the document and let no later document be its copy."""
        self.skip(error)
        self.failed_ids.add(entry.document.id)
        self.dedup.remove(entry.document.id)


def _chunked(entries: Iterable[PendingDocument], size: int) -> Iterator[list[PendingDocument]]:
    chunk: list[PendingDocument] = []
    for entry in entries:
        chunk.append(entry)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _place_among_originals(document: Document, dedup) -> PendingDocument:
    """A near duplicate becomes a copy of the earliest original; an earlier newcomer takes its place."""
    from claimledger.ingest.dedup import signature_bytes

    minhash = dedup.minhash(document.text)
    signature = signature_bytes(minhash)
    verdict = dedup.check(document, minhash=minhash)
    if verdict.kind != "near":
        dedup.add(document, minhash=minhash)
        return PendingDocument(document, signature=signature)
    entry = PendingDocument(document, copy_of=verdict.original_id, similarity=verdict.similarity,
                            original_dct=verdict.original_dct, signature=signature)
    if entry.predates_original:
        dedup.remove(verdict.original_id)
        dedup.add(document, minhash=minhash)
    return entry


def _store_chunk(ledger, chunk: list[PendingDocument], results: list[Extraction | InputError],
                 intake: Intake) -> None:
    """Store a chunk's extractions in input order, so an original is stored before its copies.

    When this returns, every document of the chunk is in the ledger (or skipped).
    """
    for entry, result in zip(chunk, results):
        if isinstance(result, InputError):
            intake.fail(entry, result)
        else:
            _store_document(ledger, entry, result, intake)
        intake.release(entry)


def _store_document(ledger, entry: PendingDocument, extraction: Extraction, intake: Intake) -> None:
    summary = intake.summary
    copy_of = entry.copy_of if entry.copy_of not in intake.failed_ids else None
    signature = (intake.dedup.settings, entry.signature) if entry.signature is not None else None
    if entry.predates_original:
        # stored as the original; the older-dated one and its copies become its copies
        result = ledger.add_extraction(extraction, signature=signature)
        if copy_of:
            ledger.mark_copies(result.doc_id, [copy_of])
    else:
        result = ledger.add_extraction(extraction, copy_of=copy_of, similarity=entry.similarity if copy_of else None,
                                       signature=signature)
    for duplicate in entry.also_carried_by:
        ledger.add_source(result.doc_id, duplicate)
    if result.status == "added":
        summary.added += 1
        summary.languages[extraction.document.lang] += 1
        summary.facts.update(extraction.counts())
        if copy_of:
            summary.near_copies += 1


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
    A document whose extraction fails is reported and left out.
    """
    from claimledger.batch import extract_local

    documents, skipped = read_eval_documents(input_path, report)
    sink = open(out_path, "w", encoding="utf-8") if out_path else sys.stdout
    try:
        for result in extract_local(documents, subjects_file=subjects_file):
            if isinstance(result, InputError):
                report(result)
                skipped += 1
                continue
            sink.write(json.dumps(result.as_eval_dict(), ensure_ascii=False) + "\n")
    finally:
        if out_path:
            sink.close()
    return skipped


def evaluate(gold_path: Path, *, subjects_file=None, layers=None) -> dict:
    """Extract the gold texts with their dcts and score them with the evaluation scorer's rules.

    A document whose extraction fails counts as missing from the output.
    """
    from claimledger import scoring
    from claimledger.batch import extract_local

    documents, _ = read_eval_documents(gold_path)
    extractions: list[Extraction] = [result for result in extract_local(documents, subjects_file=subjects_file)
                                     if not isinstance(result, InputError)]
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    return scoring.score(gold, [extraction.as_eval_dict() for extraction in extractions], layers=layers)
