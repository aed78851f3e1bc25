"""Exception classes; each message says what went wrong, where, and what to do."""
from __future__ import annotations

import os


def printable_path(path) -> str:
    """A path as text any encoder takes: bytes of a file name that are not UTF-8 (held by
    Python as lone surrogates) are written as \\xNN escapes."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


class ClaimledgerError(Exception):
    """Base of every error claimledger raises on purpose."""


class ModelMissing(ClaimledgerError):
    """The spaCy model package is not installed."""


class InputError(ClaimledgerError):
    """A file, line or record could not be read; it is skipped and the batch goes on."""

    def __init__(self, path, reason: str, *, line: int | None = None, record: str | None = None):
        self.path = printable_path(path)
        self.line = line
        self.record = record
        self.reason = reason
        super().__init__(self.location() + ": " + reason)

    def location(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
        if self.record is not None:
            where += f" [{self.record}]"
        return where


class LedgerError(ClaimledgerError):
    """The database could not be opened, migrated or written."""


class SubjectListError(ClaimledgerError):
    """A subject list file is malformed."""


class LexiconError(ClaimledgerError):
    """A language's word table is missing from claimledger/lexicon/ or names an unknown status."""
