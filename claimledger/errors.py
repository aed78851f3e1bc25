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


def json_fault(error) -> str:
    """What a JSON decoder choked on and at which column: "Expecting ',' delimiter at column 17"
    (the line goes to the InputError's own line)."""
    message = getattr(error, "msg", None)
    if message is None:   # RecursionError and the like: no position
        return str(error) or type(error).__name__
    return f"{message.removesuffix(' at')} at column {error.colno}"


class ClaimledgerError(Exception):
    """Base of every error claimledger raises on purpose."""


class ModelMissing(ClaimledgerError):
    """The spaCy model package is not installed."""


class InputError(ClaimledgerError):
    """A file, line or record could not be read; it is skipped and the batch goes on.

    ``partial``: only part of it was lost (control characters taken out, a feed read past its
    fault, the messages before a broken one); what could be read was stored, and the reason
    says what was kept.
    """

    def __init__(self, path, reason: str, *, line: int | None = None, record: str | None = None,
                 partial: bool = False):
        self.path = printable_path(path)
        self.line = line
        self.record = record
        self.reason = reason
        self.partial = partial
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
