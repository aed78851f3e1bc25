"""Full-text search over documents and quotes, with a cost cap.

A query is refused when it is longer than ``MAX_QUERY_CHARS`` or has more than
``MAX_QUERY_TERMS`` words and operators, and a search is stopped once it has run for
``SEARCH_TIME_BUDGET`` seconds (SQLite's progress handler), so that one request cannot
keep the web UI busy: an FTS5 ``a OR a OR ...`` of 10 KB took half a minute.
"""
from __future__ import annotations

import re
import sqlite3
import time
from contextlib import contextmanager
from typing import Iterator

from claimledger.errors import LedgerError

MAX_QUERY_CHARS = 512
MAX_QUERY_TERMS = 32          # words, operators and quoted words together
MAX_SEARCH_LIMIT = 100        # hits per search
SEARCH_TIME_BUDGET = 2.0      # seconds, for both attempts (FTS5, then plain words)
PROGRESS_STEPS = 1000         # SQLite VM steps between two looks at the clock
QUERY_TERM = re.compile(r"\w+")


class BadSearchQuery(LedgerError):
    """A search query or limit that will not be run (too long, too many terms, bad syntax)."""


class SearchTooSlow(LedgerError):
    """A search stopped at its time budget."""


def check_search(query: str, limit: int) -> None:
    """Refuse a query too long or with too many terms, and a limit out of range, before running it."""
    if len(query) > MAX_QUERY_CHARS:
        raise BadSearchQuery(f"search query is {len(query)} characters; at most {MAX_QUERY_CHARS} are allowed")
    terms = len(QUERY_TERM.findall(query))
    if terms > MAX_QUERY_TERMS:
        raise BadSearchQuery(f"search query has {terms} words and operators; at most {MAX_QUERY_TERMS} are allowed")
    if not 1 <= limit <= MAX_SEARCH_LIMIT:
        raise BadSearchQuery(f"search limit must be 1 to {MAX_SEARCH_LIMIT}, got {limit}")


@contextmanager
def time_budget(db: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Interrupt every statement run on db inside the block once ``seconds`` have passed;
    raise SearchTooSlow then."""
    deadline = time.monotonic() + seconds
    expired = False

    def past_deadline() -> int:
        nonlocal expired
        expired = expired or time.monotonic() > deadline
        return int(expired)   # non-zero makes SQLite abort the statement ("interrupted")

    db.set_progress_handler(past_deadline, PROGRESS_STEPS)
    try:
        yield
    except sqlite3.OperationalError:
        if expired:
            raise SearchTooSlow(f"search took too long (over {seconds:g} s); "
                                "use fewer words or more specific ones") from None
        raise
    finally:
        db.set_progress_handler(None, 0)


def search_ledger(db: sqlite3.Connection, query: str, *, limit: int = 20,
                  budget: float = SEARCH_TIME_BUDGET) -> list[dict]:
    """Documents and quotes matching query, best first.

    db (sqlite3.Connection): an open ledger.
    query (str): FTS5 syntax; a query that is not valid FTS5 (``S-500``) is searched again
        as plain words.
    limit (int): at most this many hits, 1 to MAX_SEARCH_LIMIT.
    budget (float): seconds before the search is stopped.
    RETURNS (list[dict]): hits with kind, doc_id, outlet, dct, url, rank, snippet (matches in
        ``[`` ``]``), and speaker, start, end for quotes.
    RAISES BadSearchQuery, SearchTooSlow.
    """
    check_search(query, limit)
    with time_budget(db, budget):
        try:
            return _match(db, query, limit)
        except sqlite3.OperationalError as error:
            if _interrupted(error):
                raise
            words = " ".join('"' + word.replace('"', '""') + '"' for word in query.split())
            try:
                return _match(db, words, limit) if words else []
            except sqlite3.OperationalError as error:
                if _interrupted(error):
                    raise
                raise BadSearchQuery(f"bad search query {query!r} ({error})") from None


def _interrupted(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT


# searched kind -> (FTS5 table, its columns besides doc_id that a hit carries)
SEARCHED = (("document", "documents_fts", ""),
            ("quote", "quotes_fts", "f.speaker, f.start, f.\"end\", "))


def _match(db: sqlite3.Connection, query: str, limit: int) -> list[dict]:
    hits = []
    for kind, table, columns in SEARCHED:
        for row in db.execute(
                f"SELECT f.doc_id, {columns}d.outlet, d.dct, d.url, bm25({table}) AS rank, "
                f"snippet({table}, 2, '[', ']', ' … ', 12) AS snippet "
                f"FROM {table} f JOIN documents d ON d.id = f.doc_id "
                f"WHERE {table} MATCH ? ORDER BY rank LIMIT ?", (query, limit)):
            hits.append({"kind": kind, **dict(row)})
    return sorted(hits, key=lambda hit: hit["rank"])[:limit]
