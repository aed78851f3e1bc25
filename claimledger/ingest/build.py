"""Turn extracted text and metadata into a Document, applying the shared guards.

Every reader ends here, so the guards hold for every format: control characters and
runs no tokenizer should see (a megabyte without a space, a page of punctuation) are
taken out with a line saying so, and text with nothing readable left is refused.
"""
from __future__ import annotations

import re

from claimledger.errors import InputError, printable_path
from claimledger.ingest.dates import to_iso_date
from claimledger.ingest.options import IngestOptions
from claimledger.languages.detect import choose_language
from claimledger.schema import Document, document_id_for

# C0 control characters other than tab, line feed, form feed and carriage return; a JSON
# "\u0000" escape puts a NUL into text, and SQLite and spaCy treat NULs badly.
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# A JSON "\ud800" escape gives a lone surrogate: no encoder (SQLite's UTF-8 among them) takes it.
LONE_SURROGATES = re.compile("[\ud800-\udfff]")
# Letters of scripts written without spaces between words (Chinese, Japanese, Thai, Lao,
# Khmer, Myanmar), with the CJK punctuation and full-width forms that go with them.
UNSPACED_SCRIPTS = ("\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3000-\u30ff\u3400-\u4dbf"
                    "\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef")
# No word is this long: such a run is data (base64, a hash dump), not language. A paragraph
# in a script written without spaces is not a run.
MAX_RUN_CHARS = 1000
LONG_RUN = re.compile(r"[^\s%s]{%d,}" % (UNSPACED_SCRIPTS, MAX_RUN_CHARS + 1))
# A stretch of more punctuation marks than this (a few spaces between them allowed) is
# decoration or garbage.
MAX_PUNCTUATION_CHARS = 200
PUNCTUATION_RUN = re.compile(r"[^\w\s](?:\s{0,3}[^\w\s]){%d,}" % MAX_PUNCTUATION_CHARS)
READABLE = re.compile(r"[^\W_]")


def source_path_for(path, *, line: int | None = None, record: str | None = None) -> str:
    """'file', 'file:line' or 'file#record': where a document was read from."""
    where = printable_path(path)
    if line is not None:
        where += f":{line}"
    if record is not None:
        where += f"#{record}"
    return where


def clean_text(text: str) -> tuple[str, list[str]]:
    """(text, what was removed): control characters, overlong runs and punctuation runs out.

    Text that needs none of it comes back unchanged (the same object).
    """
    removed = []
    text, count = CONTROL_CHARS.subn("", text)
    if count:
        removed.append(f"{count:,} control character{'s' if count > 1 else ''}")
    text, count = LONE_SURROGATES.subn("\ufffd", text)
    if count:
        removed.append(f"{count:,} lone surrogate{'s' if count > 1 else ''} (replaced by U+FFFD)")
    for pattern, what in ((LONG_RUN, f"{MAX_RUN_CHARS:,} characters without a space"),
                          (PUNCTUATION_RUN, f"{MAX_PUNCTUATION_CHARS:,} punctuation marks")):
        runs = [len(match) for match in pattern.findall(text)]
        if runs:
            text = pattern.sub(" ", text)
            removed.append(f"{len(runs):,} run{'s' if len(runs) > 1 else ''} of over {what} "
                           f"(longest {max(runs):,} characters)")
    return text, removed


def build_document(text: str, *, path, options: IngestOptions, line: int | None = None,
                   record: str | None = None, doc_id: str | None = None, dct=None,
                   outlet: str | None = None, url: str | None = None,
                   title: str | None = None, author: str | None = None,
                   lang: str | None = None) -> list[Document | InputError]:
    """[Document], or [InputError] saying why this text cannot be one, or [Document,
    InputError] when part of the text had to be taken out (the error says what).

    The id is the given one (eval format) or derived from the text, so a re-run finds the
    same document. dct: options.dct first, then the document's own date, else None.
    lang: options.lang unless it is "auto", then the given metadata, else identified from the text.
    """
    def error(reason: str) -> InputError:
        return InputError(path, reason, line=line, record=record)

    if not text.strip():
        return [error("empty document")]
    if len(text) > options.max_text_chars:
        return [error(f"document too long ({len(text):,} characters; "
                      f"limit {options.max_text_chars:,})")]
    text, removed = clean_text(text)
    if not READABLE.search(text):
        what = f" once {' and '.join(removed)} were removed" if removed else ""
        return [error(f"no readable text (no letter or digit{what}); skipped")]
    document = Document(
        id=doc_id or document_id_for(text),
        text=text,
        dct=options.dct or to_iso_date(dct),
        outlet=options.outlet or _clean(outlet),
        url=_clean(url),
        title=_clean(title),
        author=_clean(author),
        lang=choose_language(text, stated=lang, forced=options.lang),
        source_path=source_path_for(path, line=line, record=record),
    )
    if not removed:
        return [document]
    return [document, InputError(path, f"removed {' and '.join(removed)}; the rest of the text kept",
                                 line=line, record=record, partial=True)]


def with_notes(items: list[Document | InputError], notes, *, path, line: int | None = None,
               record: str | None = None, closing: str | None = None
               ) -> list[Document | InputError]:
    """build_document's items with `notes` (what the reader changed or left out) joined into
    the one line beside the document, `closing` (what was kept) last; when there is no note
    or no document, the items unchanged."""
    notes = [note for note in notes if note]
    if not notes or not isinstance(items[0], Document):
        return items
    notes += [item.reason for item in items[1:]]
    if closing:
        notes.append(closing)
    return [items[0], InputError(path, "; ".join(notes), line=line, record=record, partial=True)]


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(CONTROL_CHARS.sub("", LONE_SURROGATES.sub("\ufffd", value)).split())
    return value or None
