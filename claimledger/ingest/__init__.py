"""Ingest: files and folders -> schema.Document records, or InputError for what is skipped.

    from claimledger.ingest import IngestOptions, read_paths
    for item in read_paths([Path("examples")], options=IngestOptions(dct=None)):
        if isinstance(item, InputError): ...   # reason, path, line or record
        else: ...                                # schema.Document

Folders are walked recursively in sorted order; each file's format is sniffed from its
name and first bytes (see sniff.py) and one reader per format does the rest. No reader
raises for bad input: each problem is yielded as an InputError and the run goes on.
"""
from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import Callable, Iterable, Iterator

from claimledger.errors import InputError
from claimledger.ingest import sniff
from claimledger.ingest.evaljsonl import read_eval_stream
from claimledger.ingest.feeds import read_feed
from claimledger.ingest.files import inflate, iter_input_files, open_regular, read_capped
from claimledger.ingest.html import read_html
from claimledger.ingest.options import IngestOptions
from claimledger.ingest.telegram import read_telegram
from claimledger.ingest.text import read_text
from claimledger.ingest.warc import read_warc
from claimledger.schema import Document

__all__ = ["IngestOptions", "read_path", "read_paths", "InputError"]

Reader = Callable[[bytes, Path, IngestOptions], Iterator[Document | InputError]]
# Readers that take the whole file as bytes; WARC and JSON Lines are streamed instead.
BYTES_READERS: dict[str, Reader] = {
    sniff.TEXT: read_text,
    sniff.HTML: read_html,
    sniff.FEED: read_feed,
    sniff.TELEGRAM: read_telegram,
}
DEFAULT_OPTIONS = IngestOptions()

logger = logging.getLogger(__name__)


def read_paths(paths: Iterable[Path | str], *,
               options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[Document | InputError]:
    """Every document under the given files and folders, in a stable order."""
    for item in iter_input_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_path(item, options=options)


def read_path(path: Path | str, *,
              options: IngestOptions = DEFAULT_OPTIONS) -> Iterator[Document | InputError]:
    """The documents of one file (any supported format)."""
    path = Path(path)
    try:
        with open_regular(path) as stream:
            head = stream.read(sniff.HEAD_BYTES)
            stream.seek(0)
            kind = sniff.detect_format(path.name, head)
            if not head:
                yield InputError(path, "empty file")
            elif kind == sniff.WARC:
                yield from read_warc(stream, path, options)
            elif kind == sniff.EVALJSONL and sniff.looks_binary(head):
                yield InputError(path, "binary file; skipped")
            elif kind == sniff.EVALJSONL:
                yield from read_eval_stream(stream, path, options)
            elif kind == sniff.GZIP:
                data = read_capped(stream, options.max_file_bytes, path=path)
                yield from _read_gzip(data, path, options)
            elif kind in BYTES_READERS:
                data = read_capped(stream, options.max_file_bytes, path=path)
                yield from BYTES_READERS[kind](data, path, options)
            else:
                yield _unsupported(path, head)
    except InputError as error:
        yield error
    except OSError as error:
        yield InputError(path, f"read error ({error.strerror or type(error).__name__})")
    except Exception as error:  # a parser bug on odd input must not end the batch
        logger.debug("unexpected error reading %s", path, exc_info=True)
        message = " ".join(str(error).split())[:200]
        yield InputError(path, f"could not be read ({type(error).__name__}: {message}); skipped")


def _read_gzip(data: bytes, path: Path, options: IngestOptions) -> Iterator[Document | InputError]:
    """A gzip-compressed file of any other format, inflated within max_file_bytes."""
    inner_name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    # A file named .gz that was never compressed is read as it stands: nothing is lost.
    inflated = data
    if data.startswith(sniff.GZIP_MAGIC):
        inflated = inflate(data, options.max_file_bytes, path=path)
    kind = sniff.detect_format(inner_name, inflated[:sniff.HEAD_BYTES])
    if kind == sniff.WARC:
        yield from read_warc(io.BufferedReader(io.BytesIO(inflated)), path, options)
    elif kind == sniff.EVALJSONL and sniff.looks_binary(inflated):
        yield InputError(path, "binary file; skipped")
    elif kind == sniff.EVALJSONL:
        yield from read_eval_stream(io.BytesIO(inflated), path, options)
    elif kind in BYTES_READERS:
        yield from BYTES_READERS[kind](inflated, path, options)
    else:
        yield _unsupported(Path(inner_name), inflated[:sniff.HEAD_BYTES], shown=path)


def _unsupported(path: Path, head: bytes, *, shown: Path | None = None) -> InputError:
    suffix = sniff.suffix_of(path.name)
    if sniff.looks_binary(head):
        reason = "binary file; skipped"
    elif suffix in sniff.CONTENT_DECIDES and suffix:
        reason = f"unsupported {suffix[1:].upper()} content (not a feed or a Telegram export); skipped"
    else:
        reason = f"unsupported file type {suffix or '(no extension)'!r}; skipped"
    return InputError(shown or path, reason)
