"""JSON Lines in the evaluation format (eval/FORMAT.md): one document a line.

``id``, ``text``, ``dct``, ``lang``, ``source.outlet`` and ``source.url``
become the document; annotation layers in the file are ignored.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import BinaryIO, Callable, Iterable, Iterator

from claimledger.errors import InputError, json_fault
from claimledger.ingest.build import LONE_SURROGATES, build_document, source_path_for, with_notes
from claimledger.ingest.options import IngestOptions
from claimledger.languages.detect import choose_language
from claimledger.schema import Document

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_eval_line(raw: str, path: Path | str, line: int) -> Document:
    """One line of the evaluation format -> Document; InputError when malformed."""
    return _parse_eval_object(raw, path, line)[0]


def _parse_eval_object(raw: str, path: Path | str, line: int) -> tuple[Document, list[str]]:
    """(Document, notes on what was ignored or replaced); InputError when malformed."""
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, RecursionError) as error:
        raise InputError(path, f"invalid JSON ({json_fault(error)})", line=line) from None
    if not isinstance(data, dict):
        raise InputError(path, "not a JSON object", line=line)
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError(path, 'missing or non-string "text"', line=line)
    doc_id = data.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise InputError(path, 'missing or empty "id"', line=line)
    dct = data.get("dct")
    if dct is not None and not (isinstance(dct, str) and DATE.match(dct)):
        raise InputError(path, f'"dct" must be YYYY-MM-DD or null, got {dct!r}', line=line)
    ignored = []
    source = data.get("source") or {}
    if not isinstance(source, dict):
        ignored.append(f'"source" ({type(source).__name__}, not an object)')
        source = {}
    fields = {"outlet": source.get("outlet"), "url": source.get("url"), "lang": data.get("lang")}
    for name, value in fields.items():
        if value is not None and not isinstance(value, str):
            ignored.append(f'"{"" if name == "lang" else "source."}{name}" '
                           f"({type(value).__name__}, not a string)")
            fields[name] = None
    notes = [f"ignored {', '.join(ignored)}"] if ignored else []
    # A lone surrogate (a JSON "\ud800" escape) cannot be hashed or stored; U+FFFD keeps the
    # offsets of annotations.
    text, count = LONE_SURROGATES.subn("\ufffd", text)
    if count:
        notes.append(f"replaced {count:,} lone surrogate{'s' if count > 1 else ''} by U+FFFD")
    document = Document(id=doc_id, text=text, dct=dct, outlet=fields["outlet"], url=fields["url"],
                        lang=choose_language(text, stated=fields["lang"]), source_path=source_path_for(path, line=line))
    return document, notes


def read_eval_jsonl(path: Path | str) -> Iterator[Document | InputError]:
    """Yield a Document per line, or an InputError for a bad line (the rest goes on)."""
    with open(path, encoding="utf-8", errors="strict") as lines:
        yield from iter_eval_lines(lines, path)


def iter_eval_lines(lines: Iterable[str], path: Path | str) -> Iterator[Document | InputError]:
    """Parse already-open lines (a text stream): a Document or an InputError per line."""
    return _each_line(lines, path, lambda raw, number: [parse_eval_line(raw, path, number)])


def read_eval_stream(stream: BinaryIO, path: Path | str,
                     options: IngestOptions) -> Iterator[Document | InputError]:
    """read_paths' reader: each line's document passed through the shared guards.

    The line's own id is kept; options.dct and options.outlet override as for every format.
    """
    def parse(raw: str, number: int) -> list[Document | InputError]:
        given, notes = _parse_eval_object(raw, path, number)
        items = build_document(given.text, path=path, options=options, line=number,
                               doc_id=given.id, dct=given.dct, outlet=given.outlet,
                               url=given.url, lang=given.lang)
        return with_notes(items, notes, path=path, line=number, closing="the document kept")

    lines = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="strict")
    return _each_line(bounded_lines(lines, options.max_file_bytes), path, parse)


def bounded_lines(lines: io.TextIOBase, limit: int) -> Iterator[str | LineTooLong]:
    """The stream's lines; a line longer than `limit` characters is read past in pieces (never
    held whole) and given as a LineTooLong."""
    while True:
        raw = lines.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith("\n"):
            yield raw
            continue
        size = len(raw)
        while raw and not raw.endswith("\n"):
            raw = lines.readline(limit)
            size += len(raw)
        yield LineTooLong(size)


class LineTooLong:
    """A line over the size limit, skipped unread."""

    def __init__(self, size: int):
        self.size = size


def _each_line(lines: Iterable[str | LineTooLong], path: Path | str,
               parse: Callable[[str, int], list[Document | InputError]]
               ) -> Iterator[Document | InputError]:
    number = 0
    read_any = False
    try:
        for number, raw in enumerate(lines, 1):
            if isinstance(raw, LineTooLong):
                read_any = True
                yield InputError(path, f"line too long ({raw.size:,} characters); skipped",
                                 line=number)
                continue
            if not raw.strip():
                continue
            read_any = True
            try:
                yield from parse(raw, number)
            except InputError as error:
                yield error
    except UnicodeDecodeError as error:
        kept = f"; the {number:,} lines before it read" if number else ""
        yield InputError(path, f"not UTF-8 ({error.reason}){kept}", partial=bool(number))
        return
    if not read_any:
        yield InputError(path, f"no documents (only blank lines: {number:,})" if number
                         else "empty file")
