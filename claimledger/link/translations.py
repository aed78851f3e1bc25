"""Translations across languages: a report in one language that repeats one in another counts
once in corroboration, like a same-language copy.

A document's anchors are what a translation keeps: dates (TIMEX3 values), numbers written in
digits, tracked subjects (canonical names), people (surname skeletons) and places (place keys),
read from its stored records in text order. Two documents in different languages, published
within a few days of each other and sharing a subject or a person, are a translation pair when
their anchor sequences agree closely in order (the longest common subsequence). The later one
(by date, then id) is marked a translation of the earlier in the ``translations`` table, and
``link.documents.document_infos`` follows it like ``documents.copy_of``. Independent reports of
one event share the subject, the date and perhaps a place, but not the run of numbers, names
and dates of one text. See docs/link.md, "Translations".
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from claimledger.link.documents import subject_key
from claimledger.link.identity import place_key

WINDOW_DAYS = 3          # a translation appears within days of its original
MIN_SHARED = 6           # anchors in common, so two short items never match by chance
MIN_SHARED_FACTS = 2     # of which dates or numbers: names alone are what every report of an event has
MIN_SIMILARITY = 0.5     # 2 * shared / (len(a) + len(b))
MAX_ANCHORS = 400        # the comparison is quadratic; a translation agrees from its first lines
NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f.,]\d+)*")
GROUP_SEPARATOR = re.compile(r"[ \u00a0\u202f.,]")
DATE_VALUE = re.compile(r"^\d{4}(?:-\d\d){0,2}$")
FACT_KINDS = frozenset({"date", "number"})

Anchor = tuple[str, str]   # (kind, value): ("date", "2025-12-17"), ("person", "lkshnk")


@dataclass(frozen=True)
class Translation:
    """A document found to translate an earlier one."""

    doc_id: str
    original: str
    similarity: float
    shared: int


def number_values(text: str) -> list[str]:
    """The numbers written in digits in a text, thousands groups joined: "1,500" and "1 500" are
    "1500", "2,5" and "2.5" are "2.5"."""
    out = []
    for match in NUMBER.finditer(text):
        parts = GROUP_SEPARATOR.split(match.group())
        if len(parts) > 1 and all(len(part) == 3 for part in parts[1:]):
            out.append(str(int("".join(parts))))
        elif len(parts) == 2:
            out.append(f"{int(parts[0])}.{parts[1]}")
        else:
            out.extend(str(int(part)) for part in parts)
    return out


def document_anchors(db: sqlite3.Connection, doc_id: str) -> list[Anchor]:
    """A document's anchors in text order, repeats in a row collapsed."""
    found: list[tuple[int, Anchor]] = []
    for start, value in db.execute("SELECT start, value FROM timexes WHERE doc_id = ? AND value IS NOT NULL", (doc_id,)):
        if DATE_VALUE.match(value):
            found.append((start, ("date", value)))
    numbers = set()   # (start, value): a number stored both as a quantity and as an entity counts once
    for start, text in db.execute("SELECT start, text FROM entities WHERE doc_id = ? AND label = 'CARDINAL' "
                                  "UNION ALL SELECT start, text FROM quantities WHERE doc_id = ?", (doc_id, doc_id)):
        numbers |= {(start, value) for value in number_values(text)}
    found.extend((start, ("number", value)) for start, value in numbers)
    for start, subject in db.execute("SELECT start, subject FROM subject_mentions WHERE doc_id = ?", (doc_id,)):
        found.append((start, ("subject", subject_key(subject))))
    for start, label, bucket, form in db.execute("SELECT start, label, bucket, form FROM name_forms WHERE doc_id = ? "
                                                 "AND label IN ('PERSON', 'PLACE') AND start IS NOT NULL", (doc_id,)):
        key = bucket if label == "PERSON" else place_key(form)   # a person's bucket: the surname skeleton
        if key:
            found.append((start, ("person" if label == "PERSON" else "place", key)))
    found.sort()
    anchors: list[Anchor] = []
    for _, anchor in found:
        if not anchors or anchors[-1] != anchor:
            anchors.append(anchor)
    return anchors[:MAX_ANCHORS]


def common_anchors(left: list[Anchor], right: list[Anchor]) -> list[Anchor]:
    """The longest common subsequence of two anchor sequences."""
    lengths = [[0] * (len(right) + 1) for _ in range(len(left) + 1)]
    for i, a in enumerate(left):
        for j, b in enumerate(right):
            lengths[i + 1][j + 1] = lengths[i][j] + 1 if a == b else max(lengths[i][j + 1], lengths[i + 1][j])
    out, i, j = [], len(left), len(right)
    while i and j:
        if left[i - 1] == right[j - 1]:
            out.append(left[i - 1])
            i, j = i - 1, j - 1
        elif lengths[i - 1][j] >= lengths[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return out[::-1]


def anchor_similarity(left: list[Anchor], right: list[Anchor]) -> tuple[float, int]:
    """(similarity, shared anchors) of two sequences; similarity 0 when they share too few anchors,
    or too few dates and numbers, to tell a translation from another report of the same event."""
    if min(len(left), len(right)) < MIN_SHARED:
        return 0.0, 0
    shared = common_anchors(left, right)
    facts = sum(kind in FACT_KINDS for kind, _ in shared)
    if len(shared) < MIN_SHARED or facts < MIN_SHARED_FACTS:
        return 0.0, len(shared)
    return 2 * len(shared) / (len(left) + len(right)), len(shared)


# ----- the ledger ------------------------------------------------------------------------

def candidates(db: sqlite3.Connection, doc_id: str, languages: list[str] | None = None) -> list[str]:
    """Originals in another language, published within WINDOW_DAYS, that share a subject or a
    person with this document. Each other language's documents of those days are read by the
    (lang, dct) index, so the cost is that of the other languages' few days around the
    document, not of the ledger nor of its own language's reports. ``languages``: the
    languages the ledger holds, when the caller has read them once."""
    me = db.execute("SELECT lang, substr(dct, 1, 10), date(substr(dct, 1, 10), :before), "
                    "date(substr(dct, 1, 10), :after) FROM documents WHERE id = :id",
                    {"id": doc_id, "before": f"-{WINDOW_DAYS} days",
                     "after": f"+{WINDOW_DAYS + 1} days"}).fetchone()
    if me is None or me[2] is None:
        return []
    lang, day, first, past_last = me
    others = [other for other in (languages if languages is not None else ledger_languages(db)) if other != lang]
    nearby = []
    for other_lang in others:
        # every dct whose first ten characters fall in the window sorts in [first, past_last)
        nearby += [row[0] for row in db.execute(
            "SELECT id FROM documents WHERE lang = ? AND dct >= ? AND dct < ? AND copy_of IS NULL "
            "AND abs(julianday(substr(dct, 1, 10)) - julianday(?)) <= ?",
            (other_lang, first, past_last, day, WINDOW_DAYS))]
    return sorted(other for other in nearby if shares_subject_or_person(db, doc_id, other))


def ledger_languages(db: sqlite3.Connection) -> list[str]:
    """The languages of the stored documents (a skip-scan of the (lang, dct) index)."""
    out, row = [], db.execute("SELECT min(lang) FROM documents").fetchone()
    while row is not None and row[0] is not None:
        out.append(row[0])
        row = db.execute("SELECT min(lang) FROM documents WHERE lang > ?", (row[0],)).fetchone()
    return out


def shares_subject_or_person(db: sqlite3.Connection, doc_id: str, other: str) -> bool:
    return db.execute(
        "SELECT 1 FROM subject_mentions m1 JOIN subject_mentions m2 ON m2.subject = m1.subject "
        "WHERE m1.doc_id = :id AND m2.doc_id = :other "
        "UNION ALL SELECT 1 FROM name_forms n1 JOIN name_forms n2 ON n2.bucket = n1.bucket "
        "WHERE n1.doc_id = :id AND n1.label = 'PERSON' AND n2.doc_id = :other AND n2.label = 'PERSON' "
        "LIMIT 1", {"id": doc_id, "other": other}).fetchone() is not None


def order_key(db: sqlite3.Connection, doc_id: str) -> tuple[str, str]:
    row = db.execute("SELECT dct FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return (row[0] or "9999" if row else "9999", doc_id)


def find_translation(db: sqlite3.Connection, doc_id: str, anchors_of,
                     candidates_of=None) -> Translation | None:
    """The earlier document this one translates, the closest when several fit."""
    candidates_of = candidates_of or (lambda key: candidates(db, key))
    row = db.execute("SELECT copy_of FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None or row[0] is not None:
        return None   # a same-language copy counts with its own original
    mine, best = order_key(db, doc_id), None
    for other in candidates_of(doc_id):
        if order_key(db, other) >= mine:
            continue
        similarity, shared = anchor_similarity(anchors_of(doc_id), anchors_of(other))
        similarity = round(similarity, 4)
        if similarity >= MIN_SIMILARITY and (best is None or similarity > best.similarity):   # ties: the first id
            best = Translation(doc_id, other, similarity, shared)
    return best


def stored_translation(db: sqlite3.Connection, doc_id: str) -> Translation | None:
    row = db.execute("SELECT doc_id, original, similarity, shared FROM translations WHERE doc_id = ?", (doc_id,)).fetchone()
    return Translation(*row) if row is not None else None


def dependants(db: sqlite3.Connection, doc_ids: set[str]) -> set[str]:
    """Documents that count with these through copies and translations, at any depth."""
    found, frontier = set(), set(doc_ids)
    while frontier:
        marks = ", ".join("?" * len(frontier))
        rows = db.execute(f"SELECT id FROM documents WHERE copy_of IN ({marks}) UNION "
                          f"SELECT doc_id FROM translations WHERE original IN ({marks})", (*frontier, *frontier))
        frontier = {row[0] for row in rows} - found - doc_ids
        found |= frontier
    return found


def update_translations(db: sqlite3.Connection, doc_ids: list[str]) -> list[str]:
    """Find the translations among these documents and the stored ones they are near; return the
    stored documents (not in ``doc_ids``) whose original changed, with those counting with them.
    Reads name_forms, so it runs after the documents' names are stored."""
    new = set(doc_ids)
    cache: dict[str, list[Anchor]] = {}
    near: dict[str, list[str]] = {}

    languages = ledger_languages(db)

    def candidates_of(doc_id: str) -> list[str]:
        if doc_id not in near:
            near[doc_id] = candidates(db, doc_id, languages) if len(languages) > 1 else []
        return near[doc_id]

    def anchors_of(doc_id: str) -> list[Anchor]:
        if doc_id not in cache:
            cache[doc_id] = document_anchors(db, doc_id)
        return cache[doc_id]

    # a new document can be the original of a later stored one, so those are looked at again
    wanted = set(new)
    for doc_id in doc_ids:
        mine = order_key(db, doc_id)
        wanted |= {other for other in candidates_of(doc_id) if order_key(db, other) > mine}
    changed = set()
    for doc_id in sorted(wanted):
        found, stored = find_translation(db, doc_id, anchors_of, candidates_of), stored_translation(db, doc_id)
        if found == stored:
            continue
        db.execute("DELETE FROM translations WHERE doc_id = ?", (doc_id,))
        if found is not None:
            db.execute("INSERT INTO translations VALUES (?, ?, ?, ?)",
                       (found.doc_id, found.original, found.similarity, found.shared))
        if doc_id not in new:
            changed.add(doc_id)
    return sorted(changed | (dependants(db, changed) - new)) if changed else []
