"""The one parameters object every ingester takes."""
from __future__ import annotations

import re
from dataclasses import dataclass

ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

DEFAULT_MAX_TEXT_CHARS = 5_000_000
# Files parsed in memory (text, HTML, feeds, Telegram exports, decompressed .gz).
DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024
# WARC archives are streamed; this caps what a .warc.gz may inflate to.
DEFAULT_MAX_ARCHIVE_BYTES = 8 * 1024 * 1024 * 1024


@dataclass(frozen=True)
class IngestOptions:
    """Settings shared by every reader.

    dct (str | None): publication date (YYYY-MM-DD) forced on every document; when None
        each document keeps the date its own metadata gives, or none.
    outlet (str | None): outlet name forced on every document.
    lang (str): "auto" (the default): each document's metadata, else its text, decides;
        a language code (``ru``) is forced on every document.
    max_text_chars (int): a longer document is skipped with an InputError.
    max_file_bytes (int): a file read into memory (or a .gz inflated) beyond this is skipped.
    max_archive_bytes (int): a compressed WARC inflating beyond this stops with an InputError.
    """

    dct: str | None = None
    outlet: str | None = None
    lang: str = "auto"
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_archive_bytes: int = DEFAULT_MAX_ARCHIVE_BYTES

    def __post_init__(self):
        if self.dct is not None and not ISO_DATE.match(self.dct):
            raise ValueError(f"dct must be YYYY-MM-DD, got {self.dct!r}")
