"""Run extraction over many documents: a local loop, or Dask when one machine is not enough.

Both drivers map the same per-document work (``extract_documents`` on a chunk)
and return schema.Extraction records; only the caller writes to the ledger,
so there is exactly one writer.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator, Sequence

from claimledger.schema import Document, Extraction

_WORKER_PIPELINES: dict = {}


def _worker_pipeline(subjects_file: str | None):
    """The pipeline of this process, loaded once per worker, never per document."""
    if subjects_file not in _WORKER_PIPELINES:
        from claimledger.extract import build_pipeline
        _WORKER_PIPELINES[subjects_file] = build_pipeline(subjects_file=subjects_file)
    return _WORKER_PIPELINES[subjects_file]


def extract_chunk(documents: Sequence[Document], subjects_file: str | None = None) -> list[Extraction]:
    """The per-chunk work shared by every driver."""
    from claimledger.extract import extract_documents
    return list(extract_documents(_worker_pipeline(subjects_file), documents))


def extract_local(documents: Iterable[Document], *, nlp=None, subjects_file: str | None = None,
                  batch_size: int = 32) -> Iterator[Extraction]:
    """Extract in this process, in order."""
    from claimledger.extract import extract_documents
    nlp = nlp or _worker_pipeline(subjects_file)
    yield from extract_documents(nlp, documents, batch_size=batch_size)


def extract_dask(documents: Sequence[Document], *, workers: int, subjects_file: Path | str | None = None,
                 chunk_size: int = 64, scheduler: str = "processes") -> Iterator[Extraction]:
    """Extract on Dask (``dask.bag``), one pipeline per worker process; results in input order.

    Point ``scheduler`` at a distributed client's address-less default by
    creating a ``dask.distributed.Client`` before calling, to scale past one machine.
    """
    import dask.bag as db

    subjects = str(subjects_file) if subjects_file else None
    chunks = [list(documents[start:start + chunk_size]) for start in range(0, len(documents), chunk_size)]
    if not chunks:
        return
    bag = db.from_sequence(chunks, npartitions=min(len(chunks), max(workers, 1) * 4))
    results = bag.map(extract_chunk, subjects).compute(scheduler=scheduler, num_workers=workers)
    for chunk in results:
        yield from chunk
