"""Which reader a file needs: by its name first, by its first bytes where the name is vague."""
from __future__ import annotations

import re

HEAD_BYTES = 8192
GZIP_MAGIC = b"\x1f\x8b"
UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
# Control bytes other than tab, newlines, form feed and escape: rare in any text encoding.
CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27})
MAX_CONTROL_SHARE = 0.05

TEXT, HTML, FEED, TELEGRAM, WARC, EVALJSONL, GZIP = (
    "text", "html", "feed", "telegram", "warc", "evaljsonl", "gzip")
EXTENSIONS = {
    ".txt": TEXT, ".text": TEXT, ".md": TEXT, ".markdown": TEXT,
    ".html": HTML, ".htm": HTML, ".xhtml": HTML,
    ".rss": FEED, ".atom": FEED,
    ".warc": WARC,
    ".jsonl": EVALJSONL, ".ndjson": EVALJSONL,
}
# Extensions whose content decides (an .xml may be a feed or not; a .json a Telegram export).
CONTENT_DECIDES = {".xml", ".json", ""}
FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|rdf)\b", re.IGNORECASE)
HTML_ROOT = re.compile(rb"<(?:!doctype\s+html|html)\b", re.IGNORECASE)
TELEGRAM_KEYS = re.compile(rb'^\s*\{.*"messages"\s*:', re.DOTALL)


def suffix_of(name: str) -> str:
    """The last extension, lower-cased ('' when none); '.warc.gz' counts as '.warc'."""
    name = name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
        if name.endswith(".warc"):
            return ".warc"
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""


def detect_format(name: str, head: bytes) -> str | None:
    """The reader for a file called `name` starting with `head`; None when unsupported."""
    lower = name.lower()
    if lower.endswith(".warc.gz") or head.startswith(b"WARC/"):
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
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<"):
        if FEED_ROOT.search(head) and not HTML_ROOT.search(head):
            return FEED
        if HTML_ROOT.search(head):
            return HTML
    if stripped.startswith(b"{"):
        if TELEGRAM_KEYS.match(head):
            return TELEGRAM
        first_line = stripped.split(b"\n", 1)[0]
        if first_line.rstrip().endswith(b"}"):
            return EVALJSONL
    if allow_text and not looks_binary(head):
        return TEXT
    return None


def looks_binary(data: bytes) -> bool:
    """True for content no text file has: NUL bytes or many control bytes.

    Checked before decoding: charset detectors call a run of NULs valid UTF-8.
    UTF-16/32 text (which holds NULs) is recognised by its byte-order mark.
    """
    head = data[:HEAD_BYTES]
    if head.startswith(UTF16_32_BOMS):
        return False
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(head.count(byte) for byte in CONTROL_BYTES)
    return controls / len(head) > MAX_CONTROL_SHARE
