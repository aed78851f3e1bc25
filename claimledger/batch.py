"""Run extraction over a stream of document chunks: in this process, or on Dask workers.

Both drivers map the same per-chunk work (``extract_each`` on a chunk's documents) and
yield, for each chunk in input order, one result per document: its schema.Extraction or
an InputError naming it. Only the caller writes to the ledger, so there is exactly one
writer, and it stores a chunk while the workers extract the next ones.

Input chunks are pulled lazily, at most ``ahead`` of them in flight, so memory is bounded
by the chunk size, not by the size of the run. See docs/scale.md.
"""
from __future__ import annotations

import logging
from collections import deque
from contextlib import ExitStack, contextmanager
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

from claimledger.errors import InputError
from claimledger.schema import Document, Extraction

Result = Extraction | InputError
ChunkDriver = Callable[[Iterable[Sequence[Document]]], Iterator[list[Result]]]
# what a worker sends back for one document: its facts by kind, or why it failed as
# (path, reason, line, record); documents are not sent back, the driver has them, and an
# InputError does not survive pickling (its constructor takes more than the message)
Facts = dict[str, list]
Failure = tuple[str, str, int | None, str | None]

_WORKER_PIPELINES: dict = {}
# Worker settings for the local cluster, measured on spaCy extraction (docs/scale.md):
LOCAL_WORKER_CONFIG = {
    # the statistical profiler samples a worker's stack every 10 ms: spaCy's deep stacks
    # made that about a quarter more CPU per document
    "distributed.worker.profile.enabled": False,
    # trimming the heap at 64 KiB hands the parser's freed memory back to the system after
    # every batch, only to fault it in again: three times the system time
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
}


def _worker_pipeline(subjects_file: str | None):
    """The English pipeline of this process, loaded once per process (a Dask worker's too), never per task."""
    return _worker_pipelines(subjects_file).for_language("en")


def _worker_pipelines(subjects_file: str | None):
    """The pipelines of this process, one per language, each loaded once per process when its
    first document comes. English is loaded at once: every run needs it, and a missing model
    is reported before anything is read."""
    if subjects_file not in _WORKER_PIPELINES:
        from claimledger.extract import Pipelines, build_pipeline
        english = build_pipeline(subjects_file=subjects_file)
        _WORKER_PIPELINES[subjects_file] = Pipelines(subjects_file=subjects_file, given=english)
    return _WORKER_PIPELINES[subjects_file]


def extract_local(documents: Iterable[Document], *, nlp=None, subjects_file: Path | str | None = None,
                  batch_size: int = 32) -> Iterator[Result]:
    """Extract in this process, in order: one Extraction or InputError per document, each
    through the pipeline of its language (``nlp``, when given, serves its own language)."""
    from claimledger.extract import extract_each
    nlp = nlp or _worker_pipelines(_subjects_key(subjects_file))
    yield from extract_each(nlp, documents, batch_size=batch_size)


def extract_chunk(documents: Sequence[Document], subjects_file: str | None = None,
                  batch_size: int = 32) -> list[Facts | Failure]:
    """The task a Dask worker runs: compact facts, or a failure, for each document."""
    return [(result.path, result.reason, result.line, result.record) if isinstance(result, InputError)
            else _facts(result)
            for result in extract_local(documents, subjects_file=subjects_file, batch_size=batch_size)]


def _facts(extraction: Extraction) -> Facts:
    return {kind: getattr(extraction, kind) for kind in Extraction.FACT_KINDS}


def _rebuild(documents: Sequence[Document], results: list[Facts | Failure]) -> list[Result]:
    """A worker's answer joined back to the documents it was sent."""
    return [_failure(*result) if isinstance(result, tuple) else Extraction(document=document, **result)
            for document, result in zip(documents, results)]


def _failure(path: str, reason: str, line: int | None, record: str | None) -> InputError:
    return InputError(path, reason, line=line, record=record)


def in_process(*, subjects_file: Path | str | None = None, batch_size: int = 32) -> ChunkDriver:
    """A driver extracting each chunk in this process, in turn."""
    def drive(chunks: Iterable[Sequence[Document]]) -> Iterator[list[Result]]:
        for documents in chunks:
            yield list(extract_local(documents, subjects_file=subjects_file, batch_size=batch_size))
    return drive


def on_dask(client, *, subjects_file: Path | str | None = None, batch_size: int = 32,
            ahead: int | None = None) -> ChunkDriver:
    """A driver sending chunks to a ``dask.distributed`` client's workers, keeping ``ahead``
    chunks in flight (default: two per worker thread) and yielding their results in input order."""
    subjects = _subjects_key(subjects_file)

    def drive(chunks: Iterable[Sequence[Document]]) -> Iterator[list[Result]]:
        limit = ahead or 2 * max(sum(client.nthreads().values()), 1)
        in_flight: deque = deque()
        for documents in chunks:
            in_flight.append((documents, client.submit(extract_chunk, list(documents), subjects,
                                                       batch_size, pure=False)))
            while len(in_flight) >= limit:
                yield _collect(*in_flight.popleft())
        while in_flight:
            yield _collect(*in_flight.popleft())
    return drive


def _collect(documents: Sequence[Document], future) -> list[Result]:
    results = _rebuild(documents, future.result())
    future.release()
    return results


@contextmanager
def dask_client(*, workers: int = 1, scheduler: str | None = None):
    """A ``dask.distributed`` client: on the cluster at ``scheduler``, or on a local cluster of
    ``workers`` single-threaded processes (started here, closed on exit)."""
    import dask
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with dask.config.set(LOCAL_WORKER_CONFIG), \
            LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                         silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


@contextmanager
def chunk_driver(*, workers: int = 1, scheduler: str | None = None, subjects_file: Path | str | None = None,
                 batch_size: int = 32) -> Iterator[ChunkDriver]:
    """The driver for a run: this process for one worker, else Dask (local processes or ``scheduler``)."""
    if workers <= 1 and not scheduler:
        yield in_process(subjects_file=subjects_file, batch_size=batch_size)
        return
    with ExitStack() as stack:
        def drive(chunks: Iterable[Sequence[Document]]) -> Iterator[list[Result]]:
            chunks = iter(chunks)
            first = next(chunks, None)
            if first is None:   # nothing new to extract (a re-run): no cluster to start
                return
            client = stack.enter_context(dask_client(workers=workers, scheduler=scheduler))
            yield from on_dask(client, subjects_file=subjects_file, batch_size=batch_size)(chain([first], chunks))
        yield drive


def _subjects_key(subjects_file: Path | str | None) -> str | None:
    return str(subjects_file) if subjects_file else None
