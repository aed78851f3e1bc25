"""Plain text and Markdown, with optional front matter (--- key: value ... ---).

Decoding: UTF-8 first, else the encoding charset-normalizer finds; then ftfy repairs
mojibake (only the encoding fixes: quotes, widths and line breaks stay as written, so
the text after the front matter is the file's text unchanged).
"""
from __future__ import annotations

import codecs
import re
from typing import Iterator

import ftfy

from claimledger.errors import InputError
from claimledger.ingest.build import build_document, with_notes
from claimledger.ingest.options import IngestOptions
from claimledger.ingest.sniff import looks_binary, unicode_without_bom
from claimledger.schema import Document

FRONT_MATTER_OPEN = "---"
FRONT_MATTER_CLOSE = ("---", "...")
FRONT_MATTER_MAX_LINES = 40
# Front-matter keys -> document fields; other keys are ignored.
FRONT_MATTER_KEYS = {
    "title": "title", "headline": "title",
    "date": "dct", "dct": "dct", "published": "dct", "pubdate": "dct",
    "outlet": "outlet", "source": "outlet", "site": "outlet", "sitename": "outlet",
    "url": "url", "link": "url",
    "author": "author", "byline": "author",
    "lang": "lang", "language": "lang",
}
# UTF-8 with a few damaged bytes is read as UTF-8 (U+FFFD for each) when it holds at least
# this many good multi-byte letters per damaged sequence.
MIN_GOOD_PER_DAMAGED = 20
# Detector scores this close count as a tie.
COHERENCE_TIE = 0.01
# Legacy encodings by how common they are in news text, to break detector ties.
COMMON_ENCODINGS = {name: rank for rank, name in enumerate(
    ("cp1252", "latin_1", "iso8859_15", "cp1251", "cp1250", "koi8_r", "cp1257"))}
# A UTF-8 lead byte read as Latin-1 (Â..ô) followed by a continuation byte read as Latin-1
# or cp1252 (\x80..¿, or the cp1252 letters and punctuation in that range): "Ã©", "â€™".
MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]")
BOM_ENCODINGS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, path) -> str:
    """Bytes -> str: BOM, then UTF-8, then charset-normalizer; mojibake repaired.

    Raises InputError for binary content or bytes no encoding explains.
    """
    if looks_binary(data):
        raise InputError(path, "binary file; skipped")
    return repair_mojibake(decode_bytes(data, path))


def repair_mojibake(text: str) -> str:
    """ftfy's encoding fixes, on the lines that may need them.

    ftfy takes seconds on megabytes of text; a cheap pattern finds the lines holding
    the letter pairs UTF-8 read as Latin-1 or cp1252 leaves behind, and only those go to ftfy.
    """
    if not MOJIBAKE_HINT.search(text):
        return text
    return "".join(ftfy.fix_encoding(line) if MOJIBAKE_HINT.search(line) else line
                   for line in text.splitlines(keepends=True))


def decode_bytes(data: bytes, path) -> str:
    """Bytes -> str by BOM, BOM-less UTF-16/32, UTF-8, else charset-normalizer's guess."""
    for bom, encoding in BOM_ENCODINGS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                break
    wide = unicode_without_bom(data)
    if wide:
        try:
            return data.decode(wide)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if damaged_utf8(data):
        return data.decode("utf-8", "replace")
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputError(path, "undecodable text (no encoding fits); skipped")
    return str(_prefer_common(matches))


def damaged_utf8(data: bytes) -> int:
    """How many byte sequences are not UTF-8 in text that otherwise is (a flipped byte, a file
    cut inside a character); 0 for valid UTF-8 and for text in another encoding.

    Text in a legacy encoding read as UTF-8 breaks at nearly every letter outside ASCII;
    UTF-8 with a few damaged bytes still holds many good multi-byte letters.
    """
    if data.startswith(tuple(bom for bom, _ in BOM_ENCODINGS)):
        return 0
    try:
        data.decode("utf-8")
        return 0
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", "replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for char in text if char > "\x7f") - damaged
    return damaged if multibyte >= MIN_GOOD_PER_DAMAGED * damaged else 0


def _prefer_common(matches):
    """The best match; among those the detector scores as equal, the commonest encoding.

    Short Latin-script texts fit cp1250, cp1252 and cp1257 equally well, and the detector
    then picks by name order; Western news is far more often cp1252.
    """
    best = matches[0]
    tied = [match for match in matches
            if match.chaos == best.chaos and abs(match.coherence - best.coherence) < COHERENCE_TIE]
    return min(tied, key=lambda match: COMMON_ENCODINGS.get(match.encoding, len(COMMON_ENCODINGS)))


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(metadata, body): the front matter's known keys, and the text after it.

    The body is everything after the closing line, byte for byte. Without a closed
    front matter block at the very start, the metadata is empty and the text is whole.
    """
    first_end = text.find("\n")
    if first_end < 0 or text[:first_end].rstrip("\r") != FRONT_MATTER_OPEN:
        return {}, text
    metadata, position = {}, first_end + 1
    for _ in range(FRONT_MATTER_MAX_LINES):
        end = text.find("\n", position)
        line = text[position:] if end < 0 else text[position:end]
        if line.rstrip("\r").strip() in FRONT_MATTER_CLOSE:
            return metadata, "" if end < 0 else text[end + 1:]
        if end < 0:
            break
        key, sep, value = line.partition(":")
        field_name = FRONT_MATTER_KEYS.get(key.strip().lower())
        if sep and field_name:
            metadata[field_name] = _unquote(value.strip())
        position = end + 1
    return {}, text


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def read_text(data: bytes, path, options: IngestOptions) -> Iterator[Document | InputError]:
    """One document from a text or Markdown file."""
    try:
        text = decode_text(data, path)
    except InputError as error:
        yield error
        return
    metadata, body = split_front_matter(text)
    items = build_document(body, path=path, options=options, **metadata)
    yield from with_notes(items, [damage_note(data)], path=path)


def damage_note(data: bytes) -> str | None:
    """The note for UTF-8 read with damaged bytes replaced, or None."""
    damaged = damaged_utf8(data)
    if not damaged:
        return None
    return f"{damaged:,} byte sequence{'s' if damaged > 1 else ''} not UTF-8, replaced by U+FFFD"
