"""Which reader a file needs: by its name first, by its first bytes where the name is vague."""
from __future__ import annotations

import re
import unicodedata

HEAD_BYTES = 8192
GZIP_MAGIC = b"\x1f\x8b"
UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# Control bytes other than tab, newlines, form feed and escape: rare in any text encoding.
CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})
MAX_CONTROL_SHARE = 0.05
# BOM-less UTF-16/32: the encoding, its code unit width, and the byte lane where text written
# mostly in Latin letters, digits and markup holds its NULs (the high byte of each unit).
# UTF-32 is tried first: its NULs also fit UTF-16's lanes.
UNICODE_LANES = (("utf-32-le", 4, 3), ("utf-32-be", 4, 0), ("utf-16-le", 2, 1), ("utf-16-be", 2, 0))
# Share of the NULs that must sit in that lane (CJK letters such as U+4E00 put one elsewhere).
MIN_LANE_SHARE = 0.9
MIN_ASCII_SHARE = 0.05

TEXT, HTML, FEED, TELEGRAM, WARC, EVALJSONL, GZIP = (
    "text", "html", "feed", "telegram", "warc", "evaljsonl", "gzip")
EXTENSIONS = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT, ".markdown": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".rss": FEED, ".atom": FEED, ".rdf": FEED,
    ".warc": WARC, ".arc": WARC,
    ".jsonl": EVALJSONL, ".ndjson": EVALJSONL,
}
# Extensions whose content decides (an .xml may be a feed or not; a .json a Telegram export).
CONTENT_DECIDES = {".xml", ".json", ""}
# Archives warcio reads: WARC and its predecessor ARC, plain or gzip-compressed per record.
ARCHIVE_SUFFIXES = (".warc.gz", ".arc.gz")
ARCHIVE_MAGIC = (b"WARC/", b"filedesc://")
# What comes before the root element of an XML or HTML file: the XML declaration, processing
# instructions, comments, a DOCTYPE (with its internal subset), whitespace.
PROLOG = re.compile(rb"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)",
                    re.IGNORECASE | re.DOTALL)
ROOT_TAG = re.compile(rb"<([\w.-]+:)?([\w.-]+)")
FEED_ROOTS = {b"rss", b"feed", b"rdf"}
HTML_MARKUP = re.compile(rb"<(?:!doctype\s+html|html)\b", re.IGNORECASE)
TELEGRAM_KEYS = re.compile(rb'^\s*\{.*"messages"\s*:', re.DOTALL)


def suffix_of(name: str) -> str:
    """The last extension, lower-cased ('' when none); '.warc.gz' counts as '.warc'."""
    name = name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
        if name.endswith((".warc", ".arc")):
            return name[name.rfind("."):]
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


def detect_format(name: str, head: bytes) -> str | None:
    """The reader for a file called `name` starting with `head`; None when unsupported."""
    lower = name.lower()
    if lower.endswith(ARCHIVE_SUFFIXES) or head.startswith(ARCHIVE_MAGIC):
        return WARC
    if lower.endswith(".gz") or head.startswith(GZIP_MAGIC):
        return GZIP
    suffix = suffix_of(name)
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    if suffix not in CONTENT_DECIDES:
        return None
    return detect_by_content(head, allow_text=suffix == "")


def detect_by_content(head: bytes, *, allow_text: bool) -> str | None:
    head = as_utf8(head)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        root = root_element(stripped)
        if root in FEED_ROOTS:
            return FEED
        if root == b"html" or HTML_MARKUP.search(head):
            return HTML
    if stripped.startswith(b"{"):
        if TELEGRAM_KEYS.match(stripped):
            return TELEGRAM
        first_line = stripped.split(b"\n", 1)[0]
        if first_line.rstrip().endswith(b"}"):
            return EVALJSONL
    if allow_text and not looks_binary(head):
        return TEXT
    return None


def root_element(head: bytes) -> bytes | None:
    """The lower-cased local name of the first element (b'rss', b'html'), None if not in `head`.

    The root decides, not the DOCTYPE: RSS feeds are published with an XHTML DOCTYPE.
    """
    position = 0
    while True:
        prolog = PROLOG.match(head, position)
        if prolog is None or prolog.end() == position:
            break
        position = prolog.end()
    tag = ROOT_TAG.match(head, position)
    return tag.group(2).lower() if tag else None


def unicode_without_bom(data: bytes) -> str | None:
    """'utf-16-le' and kin for UTF-16/32 text that has no byte-order mark; else None.

    Such text holds NUL bytes (the high bytes of Latin letters, digits and markup), always in
    the same lanes: every second byte in UTF-16, the top two of every four in UTF-32.
    """
    head = data[:HEAD_BYTES]
    zeros = head.count(0)
    if len(head) < 8 or zeros < len(head) // 8:
        return None
    for encoding, width, lane in UNICODE_LANES:
        sample = head[:len(head) - len(head) % width]
        lane_bytes = sample[lane::width]
        in_lane = lane_bytes.count(0)
        if width == 4:   # no code point reaches the top byte: that lane is all NULs
            fits = in_lane == len(lane_bytes)
        else:
            fits = in_lane >= MIN_LANE_SHARE * zeros
        if fits and _decodes_as_text(sample, encoding):
            return encoding
    return None


def _decodes_as_text(sample: bytes, encoding: str) -> bool:
    """Decodes without control characters or unassigned code points, and with some ASCII
    (spaces, digits, markup): what binary data read as wide text rarely does."""
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return False
    if sum(char < "\x80" for char in text) < MIN_ASCII_SHARE * len(text):
        return False
    return not any((char < " " and char not in "\t\n\r\f") or
                   unicodedata.category(char) == "Cn" for char in text)


def as_utf8(head: bytes) -> bytes:
    """`head` re-encoded as UTF-8 when it is BOM-less UTF-16/32, so patterns can read it."""
    encoding = unicode_without_bom(head)
    if encoding is None:
        return head
    width = 4 if "32" in encoding else 2
    return head[:len(head) - len(head) % width].decode(encoding).encode("utf-8")


def looks_binary(data: bytes) -> bool:
    """True for content no text file has: NUL bytes or many control bytes.

    Checked before decoding: charset detectors call a run of NULs valid UTF-8.
    UTF-16/32 text (which holds NULs) is recognised by its byte-order mark.
    """
    head = data[:HEAD_BYTES]
    if head.startswith(UTF16_32_BOMS) or unicode_without_bom(head):
        return False
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(head.count(byte) for byte in CONTROL_BYTES)
    return controls / len(head) > MAX_CONTROL_SHARE
