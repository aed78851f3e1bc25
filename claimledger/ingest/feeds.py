"""RSS and Atom feeds: one document per entry, with feedparser.

Entity expansion (billion laughs, quadratic blowup) can keep an XML parser busy for
minutes, so the raw bytes are checked first: no entity declarations, parsed once by
defusedxml with entity declarations forbidden.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Iterator

from claimledger.errors import InputError
from claimledger.ingest.build import build_document
from claimledger.ingest.options import IngestOptions
from claimledger.ingest.sniff import UTF16_32_BOMS, looks_binary, unicode_without_bom
from claimledger.ingest.text import damage_note, decode_bytes
from claimledger.ingest.textify import html_to_text
from claimledger.schema import Document

ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
UNICODE_BOMS = UTF16_32_BOMS + (codecs.BOM_UTF8,)   # a byte-order mark overrides a declaration
XML_DECLARATION = re.compile(rb"^(\xef\xbb\xbf)?\s*<\?xml\b[^>]*?\?>")
DECLARED_ENCODING = re.compile(rb"\bencoding\s*=\s*[\"']([\w.:-]+)[\"']")
RSS_AUTHOR_NAME = re.compile(r"^\S+@\S+\s*\(([^()]+)\)\s*$")
DATE_FIELDS = ("published_parsed", "updated_parsed", "created_parsed")


def check_xml_safety(data: bytes) -> str | None:
    """None when the XML declares no entities; else the reason to refuse it."""
    import xml.sax
    import xml.sax.handler

    import defusedxml.sax
    from defusedxml import DefusedXmlException

    if ENTITY_DECLARATION.search(data):
        return "XML declares entities (possible entity-expansion attack); refused"
    try:
        # SAX with a handler that keeps nothing: the check builds no tree, whatever the size.
        # A DOCTYPE naming an external DTD (RSS 0.91 feeds do) is allowed: nothing fetches it,
        # and external entities need a declaration, refused above.
        defusedxml.sax.parseString(data, xml.sax.handler.ContentHandler(), forbid_dtd=False,
                                   forbid_entities=True, forbid_external=False)
    except DefusedXmlException as error:
        return f"unsafe XML ({type(error).__name__}); refused"
    except (xml.sax.SAXException, ValueError):
        pass  # malformed feeds are feedparser's to judge (it reads many of them anyway)
    return None


def as_declared_utf8(data: bytes, path) -> bytes:
    """The feed as UTF-8 with a declaration saying so, unless it is UTF-8 already or declares
    an encoding of its own (feedparser follows that).

    Without a declaration XML means UTF-8, and feedparser falls back to cp1252 for anything
    else: a feed in EUC-JP or KOI8-R would be stored as mojibake, and UTF-16 without a BOM
    would not parse. The encoding is found as for text files (byte-order mark, BOM-less
    UTF-16/32, else charset-normalizer). Raises InputError when no encoding fits.
    """
    if not (data.startswith(UNICODE_BOMS) or unicode_without_bom(data)):
        declaration = XML_DECLARATION.match(data)
        declared = DECLARED_ENCODING.search(declaration.group(0)) if declaration else None
        name = declared.group(1).lower().replace(b"_", b"-") if declared else b"utf-8"
        # A declared UTF-16 or UTF-32 is false when the bytes hold no wide characters.
        if not name.startswith((b"utf", b"ucs")):
            return data
        if name in (b"utf-8", b"utf8") and _is_utf8(data):
            return data
    text = decode_bytes(data, path).lstrip("\ufeff").encode("utf-8")
    declaration = XML_DECLARATION.match(text)
    return b'<?xml version="1.0" encoding="utf-8"?>' + text[declaration.end() if declaration else 0:]


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def entry_text(entry) -> str:
    """The entry's fullest text: content if any, else summary, HTML stripped."""
    for item in entry.get("content") or ():
        value = item.get("value") or ""
        if value.strip():
            return html_to_text(value)
    return html_to_text(entry.get("summary") or "")


def headline_text(entry) -> str:
    """An entry without a body (a headline feed) is kept as its title alone.

    Such a document is marked by its text being exactly its title (see is_headline).
    """
    return " ".join(html_to_text(entry.get("title") or "").split())


def is_headline(document) -> bool:
    """True for a document that holds only a feed entry's headline."""
    return document.title is not None and document.text == document.title


def entry_author(entry) -> str | None:
    """The author's name ("desk@site (Name)" in RSS gives "Name")."""
    author = entry.get("author") or ""
    named = RSS_AUTHOR_NAME.search(author)
    return named.group(1) if named else author or None


def entry_date(entry):
    return next((entry[name] for name in DATE_FIELDS if entry.get(name)), None)


def read_feed(data: bytes, path, options: IngestOptions) -> Iterator[Document | InputError]:
    """One document per feed entry; an InputError for a feed that cannot be read."""
    import feedparser

    if looks_binary(data):
        yield InputError(path, "binary file; skipped")
        return
    note = damage_note(data)
    try:
        data = as_declared_utf8(data, path)
    except InputError as error:
        yield error
        return
    if note:
        yield InputError(path, f"{note}; the rest read", partial=True)
    refusal = check_xml_safety(data)
    if refusal:
        yield InputError(path, refusal)
        return
    try:
        feed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    except (UnicodeError, ValueError, LookupError) as error:  # e.g. a garbled encoding name
        yield InputError(path, f"malformed feed ({type(error).__name__})")
        return
    fault = _xml_fault(feed)
    if not feed.entries:
        if fault:
            yield InputError(path, f"malformed feed ({fault.reason})", line=fault.line)
            return
        problem = feed.get("bozo_exception")
        reason = f"malformed feed ({problem})" if feed.get("bozo") else "feed has no entries"
        yield InputError(path, " ".join(reason.split()))
        return
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, 1):
        yield from build_document(
            entry_text(entry) or headline_text(entry), path=path, options=options,
            record=f"entry-{number}", dct=entry_date(entry), outlet=outlet,
            url=entry.get("link"), title=entry.get("title"), author=entry_author(entry),
            lang=_language(entry, feed))
    if fault:
        entries = len(feed.entries)
        yield InputError(path, f"malformed feed ({fault.reason}): {entries:,} entr{'y' if entries == 1 else 'ies'} "
                               "read by the lenient parser; what follows the fault may be lost",
                         line=fault.line, partial=True)


@dataclass(frozen=True)
class XmlFault:
    line: int | None      # where the XML breaks, for the skip line's file:line
    reason: str           # "column 57: mismatched tag"


def _xml_fault(feed) -> XmlFault | None:
    """The XML error feedparser recovered from (it then reads on leniently), or None.

    Its other bozo flags (an encoding it had to guess, say) lose nothing.
    """
    import xml.sax

    problem = feed.get("bozo_exception")
    if not (feed.get("bozo") and isinstance(problem, xml.sax.SAXParseException)):
        return None
    message = " ".join(str(problem.getMessage()).split())
    line, column = problem.getLineNumber(), problem.getColumnNumber()
    if not isinstance(line, int) or line < 1:
        return XmlFault(None, message)
    # expat counts columns from 0, editors from 1
    return XmlFault(line, f"column {column + 1}: {message}" if isinstance(column, int) and column >= 0 else message)


def _language(entry, feed) -> str | None:
    value = (entry.get("language") or feed.feed.get("language") or "").strip()
    return value.split("-")[0].lower() or None
