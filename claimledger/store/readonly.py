"""Opening a ledger for reading only: viewers never write, migrate or create a file.

``connect_readonly(path)`` checks that the file is a ledger at this claimledger's schema
version and returns a ``mode=ro`` connection. The check reads the file without leaving
anything beside it, so a file that is not a ledger stays byte-identical and gains no
``-wal``/``-shm`` files. A ledger itself is opened like any SQLite reader of a WAL
database, which may leave the empty ``-wal`` and ``-shm`` files a writer would use; the
ledger file is not changed. On read-only media, where SQLite cannot create those files,
the ledger is opened ``immutable``: nothing can write to it there. See docs/show.md.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from claimledger.errors import LedgerError
from claimledger.store.migrations import available_migrations, recorded_versions

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_TABLE = "schema_migrations"
MIGRATIONS_COLUMNS = {"version", "name", "applied_at"}
# errors that mean "SQLite could not create or lock the -shm/-wal files", not "bad file"
READONLY_MEDIA_ERRORS = frozenset({sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_READONLY})


class NoSuchLedger(LedgerError):
    """The ledger file does not exist."""


class NotALedger(LedgerError):
    """The file exists but is not a claimledger ledger."""


class LedgerOutdated(LedgerError):
    """The ledger was written at an older schema version and must be migrated by a writer."""


class LedgerTooNew(LedgerError):
    """The ledger was written by a newer claimledger, at a schema version this one does not know."""


def missing_message(path) -> str:
    return f"{path}: no such ledger; run 'claimledger analyze' first or pass --db FILE"


def connect_readonly(path: Path | str) -> sqlite3.Connection:
    """A read-only connection to a ledger at the current schema version.

    path (Path | str): the ledger file.
    RETURNS (sqlite3.Connection): rows as sqlite3.Row; writes fail (``query_only``).
    RAISES NoSuchLedger, NotALedger, LedgerOutdated, LedgerTooNew, LedgerError.
    """
    path = Path(path)
    if not path.is_file():
        raise NoSuchLedger(missing_message(path))
    check_sqlite_header(path)
    # without a -wal file the whole database is in the main file: an immutable probe reads
    # it without creating -wal/-shm beside a file that may not be ours
    probe = _open(path, immutable=not _wal_path(path).exists())
    try:
        check_schema(probe, path)
    finally:
        probe.close()
    return _open(path, immutable=False)


def check_sqlite_header(path: Path) -> None:
    """Refuse, before SQLite sees it, a file that is not an SQLite 3 database (an empty file
    would otherwise be taken for an empty database)."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise LedgerError(f"{path}: cannot open the ledger ({error.strerror or error})") from error
    if header != SQLITE_HEADER:
        what = "an empty file" if not header else "not an SQLite database"
        raise NotALedger(f"{path}: cannot open the ledger: {what}, not a claimledger ledger")


def check_schema(db: sqlite3.Connection, path: Path) -> None:
    """Refuse a database without our schema_migrations table, or at another schema version."""
    try:
        columns = {row[1] for row in db.execute(f"PRAGMA table_info({MIGRATIONS_TABLE})")}
        if columns != MIGRATIONS_COLUMNS:
            raise NotALedger(f"{path}: cannot open the ledger: an SQLite database but not a claimledger "
                             f"ledger (no {MIGRATIONS_TABLE} table of claimledger)")
        applied = recorded_versions(db)
    except sqlite3.DatabaseError as error:
        raise LedgerError(f"{path}: cannot open the ledger ({error})") from error
    known = {version for version, _, _ in available_migrations()}
    latest = max(known)
    if not applied:
        raise NotALedger(f"{path}: cannot open the ledger: {MIGRATIONS_TABLE} is empty, not a claimledger ledger")
    if applied - known:
        raise LedgerTooNew(f"{path}: ledger schema version {max(applied)} is newer than this claimledger "
                           f"knows ({latest}); upgrade claimledger to read it")
    if known - applied:
        raise LedgerOutdated(f"{path}: ledger schema version {max(applied)} is older than this claimledger's "
                             f"({latest}); run 'claimledger analyze' or relink on it to upgrade")


def _wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _open(path: Path, *, immutable: bool) -> sqlite3.Connection:
    """A ``mode=ro`` connection that has read the schema; ``immutable`` when asked, or when
    SQLite cannot create the -shm file (read-only media, where no writer can change the file)."""
    uri = path.resolve().as_uri() + "?mode=ro" + ("&immutable=1" if immutable else "")
    db = None
    try:
        db = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA query_only = ON")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.Error as error:
        if db is not None:
            db.close()
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        if immutable or code not in READONLY_MEDIA_ERRORS:
            raise LedgerError(f"{path}: cannot open the ledger ({error})") from error
    return _open(path, immutable=True)


def check_writer_target(path: Path | str) -> None:
    """Refuse to turn an existing file that is not a ledger into one (the writer's guard).

    A missing or empty file becomes a new ledger; an SQLite database that holds tables but no
    schema_migrations table, or any other file, is refused and left as it was.
    """
    path = Path(path)
    if str(path) == ":memory:" or not path.is_file() or path.stat().st_size == 0:
        return
    check_sqlite_header(path)
    probe = _open(path, immutable=not _wal_path(path).exists())
    try:
        tables = {row[0] for row in probe.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        probe.close()
    if tables and MIGRATIONS_TABLE not in tables:
        raise NotALedger(f"{path}: an SQLite database but not a claimledger ledger; "
                         f"refusing to add ledger tables to it")
