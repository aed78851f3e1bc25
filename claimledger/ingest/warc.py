"""WARC archives (.warc, .warc.gz): one document per HTML response, via the HTML extractor.

warcio does not flag a record cut short (a truncated file, or a Content-Length larger
than the data): after reading a record, the bytes its length promised but the file did not
hold are counted, and such a record is reported while the good ones are kept.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import zlib
from typing import BinaryIO, Iterator

from claimledger.errors import InputError
from claimledger.ingest.files import CappedReader, read_capped
from claimledger.ingest.html import extract_page, page_to_document
from claimledger.ingest.options import IngestOptions
from claimledger.ingest.sniff import GZIP_MAGIC
from claimledger.schema import Document

PAGE_RECORD_TYPES = {"response", "resource"}
HTML_TYPES = ("text/html", "application/xhtml+xml")
# A record whose payload holds the start of another record swallowed it: its
# Content-Length is larger than its data.
NEXT_RECORD_MARKERS = (b"\nWARC/1.0\r\n", b"\nWARC/1.1\r\n")
DRAIN_CHUNK = 64 * 1024


def is_html_page(record) -> bool:
    """An HTML page that was served successfully (a 200 response, or an HTML resource)."""
    if record.rec_type not in PAGE_RECORD_TYPES:
        return False
    if record.http_headers is not None:
        status = record.http_headers.get_statuscode()
        content_type = record.http_headers.get_header("Content-Type") or ""
        if status != "200":
            return False
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def inflating(stream: BinaryIO, options: IngestOptions, path) -> BinaryIO:
    """The archive's uncompressed bytes; a .warc.gz may inflate to max_archive_bytes at most.

    Decompressing here rather than in warcio lets every inflated byte be counted,
    skipped records included, so a zip bomb stops at the cap.
    """
    head = stream.peek(2)[:2] if hasattr(stream, "peek") else b""
    if head != GZIP_MAGIC:
        return stream
    return CappedReader(gzip.GzipFile(fileobj=stream), options.max_archive_bytes, path=path)


def read_warc(stream: BinaryIO, path, options: IngestOptions) -> Iterator[Document | InputError]:
    """One document per HTML page in the archive; an InputError per bad record."""
    from warcio.exceptions import ArchiveLoadFailed

    source = inflating(stream, options, path)
    position = Position()
    try:
        while source is not None:
            source = yield from _read_records(source, path, options, position)
    # warcio fails with AttributeError or TypeError on some malformed headers (a response
    # record without WARC-Target-URI, for one).
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error, AttributeError,
            TypeError, KeyError, IndexError) as error:
        reason = (" ".join(str(error).split()) or type(error).__name__)[:200]
        if position.number == 0:
            yield InputError(path, f"not a readable WARC archive ({reason})")
        else:
            yield InputError(path, f"unreadable WARC data after record {position.number} ({reason})")
        return
    if position.ends_early:
        yield InputError(path, f"compressed data ends early after record {position.number}")
    elif position.number == 0:
        yield InputError(path, "no WARC records found")


class Position:
    """How far reading got: the last record number, and whether gzip data stopped short."""

    def __init__(self):
        self.number = 0
        self.ends_early = False


def _read_records(source: BinaryIO, path, options: IngestOptions, position: Position):
    """Yield the records' documents and errors; return a stream to resume from, or None.

    A record whose Content-Length runs into the next record has swallowed that record's
    start; reading resumes there, so the records after it are kept. A record whose
    Content-Length is too short shows only when the next one is read (warcio then finds
    no blank line), so each document is held back until then.
    """
    from warcio.archiveiterator import ArchiveIterator

    archive = ArchiveIterator(source)
    records = iter(archive)
    held: tuple[list[Document | InputError], str, str | None] | None = None
    while True:
        warnings_before = archive.err_count
        record = _next_quietly(records)
        if held is not None:
            items, label, uri = held
            if archive.err_count > warnings_before:
                items = [InputError(path, f"Content-Length shorter than the data ({uri}); "
                                          "record skipped", record=label)]
            yield from items
            held = None
        if record is None:
            break
        position.number += 1
        uri = record.rec_headers.get_header("WARC-Target-URI")
        label = f"record-{position.number}"
        if record.rec_type is None or record.length is None:
            yield InputError(path, "malformed record (no WARC-Type or Content-Length); "
                                   "record skipped", record=label)
            continue
        if not is_html_page(record):
            continue
        try:
            payload = read_capped(record.content_stream(), options.max_file_bytes,
                                  path=path, what="WARC record")
            problem = _record_problem(record, payload)
        except InputError as error:
            yield InputError(path, f"{error.reason} ({uri}); archive reading stopped", record=label)
            return None
        except (EOFError, zlib.error):
            yield InputError(path, f"truncated record: compressed data ends early ({uri})",
                             record=label)
            return None
        if problem:
            yield InputError(path, f"{problem} ({uri}); record skipped", record=label)
            swallowed = _swallowed_start(payload)
            if swallowed is not None:
                return PrefixedReader(payload[swallowed:], archive.reader)
            continue
        page = extract_page(payload, url=uri)
        items = page_to_document(page, path=path, options=options, record=label,
                                    fallback_date=record.rec_headers.get_header("WARC-Date"),
                                    url=uri)
        held = (items, label, uri)
    position.ends_early = _ends_early(source)
    return None


def _next_quietly(records):
    """The next record or None. warcio writes its length warnings straight to stderr;
    they are caught here (only around this call) and reported as InputErrors instead."""
    with contextlib.redirect_stderr(io.StringIO()):
        return next(records, None)


class PrefixedReader:
    """A stream that first gives `prefix`, then what `rest` has left."""

    def __init__(self, prefix: bytes, rest):
        self.prefix = prefix
        self.rest = rest

    def read(self, size: int = -1) -> bytes:
        if not self.prefix:
            return self.rest.read(size)
        if size < 0:
            chunk, self.prefix = self.prefix + self.rest.read(), b""
            return chunk
        chunk, self.prefix = self.prefix[:size], self.prefix[size:]
        return chunk


def _swallowed_start(payload: bytes) -> int | None:
    """Where, inside a payload, the next record's header begins (None when it does not)."""
    found = [payload.find(marker) for marker in NEXT_RECORD_MARKERS]
    found = [index + 1 for index in found if index >= 0]
    return min(found) if found else None


def _ends_early(source: BinaryIO) -> bool:
    """True when a gzip stream stops inside a member (warcio takes that for the end)."""
    if not isinstance(source, CappedReader):
        return False
    try:
        source.read(1)
    except (EOFError, zlib.error, gzip.BadGzipFile):
        return True
    return False


def _record_problem(record, payload: bytes) -> str | None:
    """Why a record's data cannot be trusted, or None."""
    while record.raw_stream.read(DRAIN_CHUNK):  # what is left of the declared length
        pass
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        return (f"truncated record: Content-Length {record.length:,} but "
                f"{missing:,} bytes missing")
    if _swallowed_start(payload) is not None:
        return "Content-Length runs into the next record"
    return None
