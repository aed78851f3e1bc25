"""A person as the ledger knows them: the spellings the link stage resolved to one identity,
their quotations, the roles and organisations extract recorded before their name or for the
speaker, and the status reports attributed to them. Reads stored records only."""
from __future__ import annotations

import json
import sqlite3
from functools import lru_cache, partial

from claimledger.report.html import name_key, spoken_name
from claimledger.store.link_tables import document_card

QUOTE_CHARS = 600    # a quotation longer than this is cut on the page; the document has it whole


def person_identity(db: sqlite3.Connection, name: str) -> dict | None:
    """The resolved PERSON identity one of whose spellings is ``name`` (case-insensitive), or None."""
    wanted = name_key(name)
    for row in db.execute("SELECT * FROM identities WHERE label = 'PERSON' ORDER BY mentions DESC, id"):
        aliases = json.loads(row["aliases"])
        if wanted in {name_key(spelling) for spelling in [row["name"], *aliases]}:
            return {"id": row["id"], "name": spoken_name(row["name"]), "aliases": aliases, "roles": json.loads(row["roles"]),
                    "nations": json.loads(row["nations"]), "orgs": json.loads(row["orgs"]),
                    "mentions": row["mentions"]}
    return None


def person_record(db: sqlite3.Connection, name: str) -> dict | None:
    """Everything stored about one person, or None when no record names them.

    db (sqlite3.Connection): a ledger's connection (rows as sqlite3.Row).
    name (str): any spelling: a quote's speaker, a resolved name or one of its aliases.
    RETURNS (dict | None): {"name", "identity", "spellings", "roles", "quotes", "reports"}; quotes
        and reports carry their document's card (title, outlet, url, dct), newest first.
    """
    db.create_function("name_key", 1, name_key, deterministic=True)
    identity = person_identity(db, name)
    spellings = sorted({spoken_name(spelling) for spelling in [name, *((identity["name"], *identity["aliases"])
                                                                      if identity else ())]}, key=str.casefold)
    folded = sorted({name_key(spelling) for spelling in spellings})
    marks = ", ".join("?" * len(folded))
    card = lru_cache(maxsize=None)(partial(document_card, db))   # one lookup per document, not per row
    quotes = [quote_row(db, row, card) for row in db.execute(
        f"SELECT * FROM quotes WHERE name_key(speaker) IN ({marks}) ORDER BY doc_id, start", folded)]
    reports = [{**card(row["doc_id"]), "span": [row["start"], row["end"]], "subject": row["subject"],
                "status": row["status"], "date": row["date"]}
               for row in db.execute(f"SELECT r.*, e.subject, e.status FROM event_reports r JOIN linked_events e "
                                     f"ON e.id = r.event_id WHERE name_key(r.source) IN ({marks}) "
                                     f"ORDER BY r.doc_id, r.start", folded)]
    roles = role_rows(db, marks, folded)
    if not (identity or quotes or reports or roles):
        return None
    return {"name": identity["name"] if identity else spoken_name(name), "identity": identity, "spellings": spellings,
            "roles": roles, "quotes": sorted(quotes, key=publication_date, reverse=True),
            "reports": sorted(reports, key=publication_date, reverse=True)}


def publication_date(item: dict) -> str:
    return item.get("dct") or ""


def quote_row(db: sqlite3.Connection, row: sqlite3.Row, card) -> dict:
    """A quotation with its document's card, ``card(doc_id)`` (document_card)."""
    text = db.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
                      (row["start"] + 1, min(row["end"] - row["start"], QUOTE_CHARS), row["doc_id"])).fetchone()[0]
    return {**card(row["doc_id"]), "span": [row["start"], row["end"]], "kind": row["kind"],
            "speaker": row["speaker"], "role": row["speaker_role"], "org": row["speaker_org"],
            "source_type": row["source_type"], "text": text,
            "cut": row["end"] - row["start"] > QUOTE_CHARS}


def role_rows(db: sqlite3.Connection, marks: str, folded: list[str]) -> list[dict]:
    """[{"role", "nation", "org", "documents"}]: each distinct role/organisation with the number
    of documents that give it, most documents first."""
    counts: dict[tuple, set[str]] = {}
    for row in db.execute(f"SELECT doc_id, role, nation, org FROM person_roles WHERE name_key(name) IN ({marks})", folded):
        key = tuple((value or "").strip().casefold() or None for value in (row["role"], row["nation"], row["org"]))
        counts.setdefault(key, set()).add(row["doc_id"])
    for row in db.execute(f"SELECT doc_id, speaker_role, speaker_org FROM quotes WHERE name_key(speaker) IN ({marks}) "
                          "AND (speaker_role IS NOT NULL OR speaker_org IS NOT NULL)", folded):
        key = tuple((value or "").strip().casefold() or None for value in (row["speaker_role"], None, row["speaker_org"]))
        counts.setdefault(key, set()).add(row["doc_id"])
    rows = [{"role": role, "nation": nation, "org": org, "documents": len(doc_ids)}
            for (role, nation, org), doc_ids in counts.items() if role or nation or org]
    return sorted(rows, key=lambda row: (-row["documents"], row["role"] or "", row["org"] or ""))


def people_index(db: sqlite3.Connection) -> list[dict]:
    """[{"name", "spellings", "quotes", "documents", "roles"}]: every person quoted as a named
    person or given a role, their spellings merged as the link stage resolved them; most quoted first."""
    spoken: dict[str, list] = {}
    for row in db.execute("SELECT speaker, doc_id FROM quotes WHERE speaker IS NOT NULL AND source_type = 'named_person'"):
        spoken.setdefault(name_key(row["speaker"]), []).append(row["doc_id"])
    roles: dict[str, set[str]] = {}
    for row in db.execute("SELECT name, role FROM person_roles WHERE role IS NOT NULL"):
        roles.setdefault(name_key(row["name"]), set()).add(row["role"].casefold())
    people, claimed = [], set()
    for row in db.execute("SELECT name, aliases FROM identities WHERE label = 'PERSON'"):
        spellings = sorted({spoken_name(spelling) for spelling in [row["name"], *json.loads(row["aliases"])]},
                           key=str.casefold)
        folded = {name_key(spelling) for spelling in spellings}
        if folded & (set(spoken) | set(roles)):
            people.append(person_row(spoken_name(row["name"]), spellings, folded, spoken, roles))
            claimed |= folded
    first_spelling: dict[str, str] = {}   # the earliest stored spelling of each folded name
    for row in db.execute("SELECT speaker AS name FROM quotes WHERE speaker IS NOT NULL "
                          "UNION ALL SELECT name FROM person_roles WHERE role IS NOT NULL"):
        first_spelling.setdefault(name_key(row["name"]), spoken_name(row["name"]))
    for key in sorted((set(spoken) | set(roles)) - claimed):   # quoted or given a role, resolved to no one
        name = first_spelling[key]
        people.append(person_row(name, [name], {key}, spoken, roles))
    return sorted(people, key=lambda person: (-person["quotes"], person["name"].casefold()))


def person_row(name: str, spellings: list[str], folded: set[str], spoken: dict, roles: dict) -> dict:
    doc_ids = [doc_id for spelling in folded for doc_id in spoken.get(spelling, ())]
    return {"name": name, "spellings": spellings, "quotes": len(doc_ids), "documents": len(set(doc_ids)),
            "roles": sorted({role for spelling in folded for role in roles.get(spelling, ())})}
