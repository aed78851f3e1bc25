"""WARC and ARC archives (.warc, .warc.gz, .arc, .arc.gz): one document per HTML page.

warcio reads the archive record by record, inflating each gzip member (one per record, as
the standard asks) on its own. What warcio does not guard against is handled here:

- every inflated byte is counted; a record inflating past max_file_bytes (a decompression
  bomb) is skipped by looking for the next gzip member in the compressed bytes, so the
  records after it are kept, and the archive stops at max_archive_bytes in all;
- an archive gzipped as one stream (not per record) is read again through one inflater;
- a record cut short (a truncated file, or a Content-Length larger than the data) is
  reported while the good ones are kept: the bytes its length promised but the file did
  not hold are counted after reading it;
- an archive holding no HTML page (only requests or revisits) is one line.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import zlib
from collections import Counter
from typing import BinaryIO, Iterator

from claimledger.errors import InputError
from claimledger.ingest.build import with_notes
from claimledger.ingest.files import CappedReader
from claimledger.ingest.html import extract_page, page_to_document
from claimledger.ingest.options import IngestOptions
from claimledger.ingest.sniff import ARCHIVE_MAGIC, GZIP_MAGIC
from claimledger.schema import Document

PAGE_RECORD_TYPES = {"response", "resource"}
HTML_TYPES = ("text/html", "application/xhtml+xml")
# A record whose payload holds the start of another record swallowed it: its
# Content-Length is larger than its data.
NEXT_RECORD_MARKERS = (b"\nWARC/1.0\r\n", b"\nWARC/1.1\r\n")
DRAIN_CHUNK = 64 * 1024
SCAN_CHUNK = 1024 * 1024
# A gzip member starts with its magic and the deflate method byte.
MEMBER_START = GZIP_MAGIC + b"\x08"
# What warcio says when one gzip stream holds several records.
NOT_PER_RECORD = "non-chunked gzip"


class RecordTooLarge(InputError):
    """One record inflates past max_file_bytes; the records after it may still be read."""


class Position:
    """How far reading got, and what the records were."""

    def __init__(self):
        self.number = 0          # records met
        self.settled = 0         # records whose documents and errors have all been yielded
        self.pages = 0           # HTML page records
        self.kinds = Counter()   # record types met
        self.inflated = 0        # bytes inflated from a compressed archive
        self.whole_stream = False  # reading a gzip stream that holds every record
        self.ends_early = False
        self.stopped = False       # reading stopped at a record, with a line saying why


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


def read_warc(stream: BinaryIO, path, options: IngestOptions) -> Iterator[Document | InputError]:
    """One document per HTML page in the archive; an InputError per bad record."""
    from warcio.exceptions import ArchiveLoadFailed

    position = Position()
    source = stream
    while True:
        try:
            while source is not None:
                source = yield from _read_records(source, path, options, position)
            break
        except ArchiveLoadFailed as error:
            if NOT_PER_RECORD in str(error) and not position.whole_stream and _rewind(stream):
                source = _whole_stream(stream, path, options, position)
                continue
            yield _failure(path, error, position)
            return
        # warcio fails with AttributeError or TypeError on some malformed headers (a response
        # record without WARC-Target-URI, for one).
        except (EOFError, OSError, ValueError, zlib.error, AttributeError, TypeError, KeyError,
                IndexError) as error:
            yield _failure(path, error, position)
            return
    if position.stopped:
        return
    if position.ends_early:
        yield InputError(path, f"compressed data ends early after record {position.number}",
                         partial=position.pages > 0)
    elif position.number == 0:
        yield InputError(path, "no WARC records found")
    elif position.pages == 0:
        kinds = ", ".join(f"{count:,} {kind}" for kind, count in sorted(position.kinds.items()))
        yield InputError(path, f"no HTML page in the archive ({position.number:,} records: {kinds})")


def _failure(path, error: Exception, position: Position) -> InputError:
    reason = (" ".join(str(error).split()) or type(error).__name__)[:200]
    if position.number == 0:
        return InputError(path, f"not a readable WARC archive ({reason})")
    return InputError(path, f"unreadable WARC data after record {position.number} ({reason})",
                      partial=position.pages > 0)


def _rewind(stream) -> bool:
    try:
        stream.seek(0)
    except (AttributeError, OSError, ValueError):
        return False
    return True


def _whole_stream(stream: BinaryIO, path, options: IngestOptions, position: Position) -> BinaryIO:
    """The archive again, through one inflater capped at max_archive_bytes; the records
    already settled are passed over."""
    position.whole_stream = True
    position.number = 0
    return CappedReader(gzip.GzipFile(fileobj=stream), options.max_archive_bytes, path=path)


def _read_records(source: BinaryIO, path, options: IngestOptions, position: Position):
    """Yield the records' documents and errors; return a stream to resume from, or None.

    A record whose Content-Length runs into the next record has swallowed that record's
    start; reading resumes there, so the records after it are kept. A record whose
    Content-Length is too short shows only when the next one is read (warcio then finds
    no blank line), so each document is held back until then.
    """
    from warcio.archiveiterator import ArchiveIterator

    archive = ArchiveIterator(source, arc2warc=True)
    records = iter(archive)
    held: tuple[list[Document | InputError], str, str | None] | None = None
    while True:
        warnings_before = archive.err_count
        record = _quietly(next, records, None)
        if held is not None:
            items, label, uri = held
            if archive.err_count > warnings_before:
                items = [InputError(path, f"Content-Length shorter than the data ({uri}); "
                                          "record skipped", record=label)]
            yield from items
            position.settled = position.number
            held = None
        if record is None:
            break
        position.number += 1
        if position.number <= position.settled:   # read before the archive was read again
            continue
        position.kinds[record.rec_type or "unknown"] += 1
        uri = record.rec_headers.get_header("WARC-Target-URI")
        label = f"record-{position.number}"
        if record.rec_type is None or record.length is None:
            yield InputError(path, "malformed record (no WARC-Type or Content-Length); "
                                   "record skipped", record=label)
            position.settled = position.number
            continue
        page = is_html_page(record)
        position.pages += page
        compressed = archive.reader.decompressor is not None
        try:
            payload, note = _read_payload(record, options, path) if page else (b"", None)
            problem = _drain(record, options, path, position, compressed=compressed)
        except RecordTooLarge as error:
            yield InputError(path, f"{error.reason} ({uri}); record skipped", record=label)
            position.settled = position.number
            if compressed:   # skip the bomb's gzip member without inflating it
                return _next_member(archive.reader)
            continue         # plain bytes: warcio reads past them to the next record
        except InputError as error:
            yield InputError(path, f"{error.reason} ({uri}); archive reading stopped", record=label)
            position.stopped = True
            return None
        except (EOFError, zlib.error):
            yield InputError(path, f"truncated record: compressed data ends early ({uri})",
                             record=label)
            position.stopped = True
            return None
        if problem is None and _swallowed_start(payload) is not None:
            problem = "Content-Length runs into the next record"
        if problem:
            yield InputError(path, f"{problem} ({uri}); record skipped", record=label)
            position.settled = position.number
            swallowed = _swallowed_start(payload)
            if swallowed is not None:
                return PrefixedReader(payload[swallowed:], archive.reader)
            continue
        if not page:
            position.settled = position.number
            continue
        extracted = extract_page(payload, url=uri)
        items = page_to_document(extracted, path=path, options=options, record=label,
                                 fallback_date=record.rec_headers.get_header("WARC-Date"),
                                 url=uri)
        items = with_notes(items, [note], path=path, record=label)
        held = (items, label, uri)
    position.ends_early = _ends_early(source)
    return None


def _quietly(function, *args):
    """Call a warcio function with stderr caught: warcio writes its length warnings and
    failed inflations there; they are reported as InputErrors instead."""
    with contextlib.redirect_stderr(io.StringIO()):
        return function(*args)


def _read_payload(record, options: IngestOptions, path) -> tuple[bytes, str | None]:
    """(the page's bytes, a note when they may be damaged), within max_file_bytes.

    warcio undoes chunked transfer encoding and Content-Encoding, but when the chunk sizes
    lie it falls back, without a word, to the bytes as they stand. A chunked payload is
    read strictly first, so that such a fall-back can be noted.
    """
    from warcio.bufferedreaders import BufferedReader, ChunkedDataException, ChunkedDataReader

    headers = record.http_headers
    if headers is None or (headers.get_header("Transfer-Encoding") or "").lower() != "chunked":
        return _read_within(record.content_stream(), options.max_file_bytes, path), None
    raw = _read_within(record.raw_stream, options.max_file_bytes, path)
    encoding = (headers.get_header("Content-Encoding") or "").lower() or None
    if encoding not in BufferedReader.get_supported_decompressors():
        encoding = None
    try:
        strict = ChunkedDataReader(io.BytesIO(raw), raise_exceptions=True, decomp_type=encoding)
        return _read_within(strict, options.max_file_bytes, path), None
    except ChunkedDataException:
        lenient = ChunkedDataReader(io.BytesIO(raw), decomp_type=encoding)
        return (_read_within(lenient, options.max_file_bytes, path),
                "broken chunked transfer encoding: the page read as it stands")


def _read_within(stream, limit: int, path) -> bytes:
    chunks, size = [], 0
    while True:
        chunk = _quietly(stream.read, DRAIN_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise RecordTooLarge(path, f"page larger than {limit:,} bytes")
        chunks.append(chunk)


def _drain(record, options: IngestOptions, path, position: Position, *,
           compressed: bool) -> str | None:
    """Read what is left of the record, counting what a compressed archive inflates; return
    why its data cannot be trusted, or None.

    Raises RecordTooLarge when a compressed record inflates past max_file_bytes, and
    InputError when the archive inflates past max_archive_bytes.
    """
    stream, size = record.raw_stream, 0
    while True:
        chunk = _quietly(stream.read, DRAIN_CHUNK)
        if not chunk:
            break
        if compressed:
            size += len(chunk)
            position.inflated += len(chunk)
            if position.inflated > options.max_archive_bytes:
                raise InputError(path, f"decompressed data too large (over "
                                       f"{options.max_archive_bytes:,} bytes)")
            if size > options.max_file_bytes:
                raise RecordTooLarge(path, f"record inflates past {options.max_file_bytes:,} "
                                           "bytes (decompression bomb?)")
    missing = getattr(stream, "limit", 0) or 0
    if missing > 0:
        return (f"truncated record: Content-Length {record.length:,} but "
                f"{missing:,} bytes missing")
    return None


def _next_member(reader) -> BinaryIO | None:
    """A stream from the next gzip member that starts an archive record, found in the
    compressed bytes after the current member; None when there is none.

    Nothing of the skipped member is inflated; each candidate start is checked by inflating
    only its first bytes.
    """
    raw = reader.stream
    decompressor = reader.decompressor
    buffer = decompressor.unused_data if decompressor is not None and decompressor.eof else b""
    searched = 0
    while True:
        found = buffer.find(MEMBER_START, searched)
        while found >= 0:
            if _starts_record(buffer[found:found + 4096]):
                return PrefixedReader(buffer[found:], raw)
            found = buffer.find(MEMBER_START, found + 1)
        searched = max(0, len(buffer) - len(MEMBER_START) + 1)
        chunk = raw.read(SCAN_CHUNK)
        if not chunk:
            return None
        buffer = buffer[searched:] + chunk
        searched = 0


def _starts_record(data: bytes) -> bool:
    try:
        head = zlib.decompressobj(31).decompress(data, 64)
    except zlib.error:
        return False
    return head.startswith(ARCHIVE_MAGIC) or head.split(b" ", 1)[0].startswith(b"http")


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


def _ends_early(source) -> bool:
    """True when a gzip stream stops inside a member (warcio takes that for the end)."""
    if not isinstance(source, CappedReader):
        return False
    try:
        source.read(1)
    except (EOFError, zlib.error, gzip.BadGzipFile):
        return True
    return False
