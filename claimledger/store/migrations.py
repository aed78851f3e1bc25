"""Schema migrations: plain SQL files applied in order, each recorded in the database.

A migration file is ``NNNN_name.sql`` in ``migrations/`` beside this module. The
applied versions are listed in ``schema_migrations``; ``migrate`` applies the
missing ones, each in its own transaction.
"""
from __future__ import annotations

import re
import sqlite3
from datetime import datetime, timezone
from importlib import resources

MIGRATION_NAME = re.compile(r"^(\d{4})_(\w+)\.sql$")


def available_migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every shipped migration, in version order."""
    found = []
    for entry in resources.files("claimledger.store").joinpath("migrations").iterdir():
        match = MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def applied_versions(db: sqlite3.Connection) -> set[int]:
    """The recorded migrations; creates the schema_migrations table if missing (writers only)."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_migrations ("
               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    return recorded_versions(db)


def recorded_versions(db: sqlite3.Connection) -> set[int]:
    """The recorded migrations, without creating the table (for read-only connections)."""
    return {row[0] for row in db.execute("SELECT version FROM schema_migrations")}


def migrate(db: sqlite3.Connection) -> list[int]:
    """Apply the migrations the database lacks; return the versions applied."""
    done = applied_versions(db)
    applied = []
    for version, name, sql in available_migrations():
        if version in done:
            continue
        # executescript commits first, so wrap the file in its own transaction.
        stamp = datetime.now(timezone.utc).isoformat()
        try:
            db.executescript(f"BEGIN;\n{sql}\nINSERT INTO schema_migrations VALUES "
                             f"({version}, '{name}', '{stamp}');\nCOMMIT;")
        except sqlite3.Error:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def schema_version(db: sqlite3.Connection) -> int:
    versions = applied_versions(db)
    return max(versions) if versions else 0
