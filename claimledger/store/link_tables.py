"""Reading and writing the link tables (migration 0002): linked events, contradictions,
identities. Writers replace one bucket (a subject, a name bucket) at a time, inside the
caller's transaction; readers answer one query with indexed lookups."""
from __future__ import annotations

import functools
import json
import re
import string
import sqlite3

from claimledger.labels import LABEL_TEXT_CHARS, text_label
from claimledger.link.conflicts import Claimed, Conflict, Side
from claimledger.link.events import LinkedEvent
from claimledger.link.kinds import incident
from claimledger.schema import joined_names

LINK_TABLES = ("linked_events", "event_reports", "contradictions", "contradiction_sides", "contradiction_positions",
               "contradiction_subjects", "name_forms",
               "identities", "identity_aliases", "quote_shingles", "linked_documents", "translations",
               "document_countries", "countries_unindexed")


def side_names():
    """a, b, ... z, then aa, ab, ...: one name per position of a conflict, in order."""
    letters = string.ascii_lowercase
    yield from letters
    for first in letters:
        for second in letters:
            yield first + second


SIDE_NAMES = tuple(side_names())


def clear(db: sqlite3.Connection) -> None:
    for table in LINK_TABLES:
        db.execute(f"DELETE FROM {table}")


# ----- writing ---------------------------------------------------------------------------

def write_events(db: sqlite3.Connection, key: str, events: list[LinkedEvent]) -> None:
    db.execute("DELETE FROM event_reports WHERE subject_key = ?", (key,))
    db.execute("DELETE FROM linked_events WHERE subject_key = ?", (key,))
    db.executemany("INSERT INTO linked_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(event.id, key, event.subject, event.status, event.location, event.date,
                     *event.time.range.as_list(), event.time.kind, event.sort_key(), event.corroboration,
                     event.earliest_doc_id, event.earliest_dct) for event in events])
    db.executemany("INSERT INTO event_reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(event.id, key, position, report.doc_id, report.span[0], report.span[1],
                     *(report.sentence_span or (None, None)), report.source, report.date, report.location)
                    for event in events for position, report in enumerate(event.reports)])


def delete_conflicts(db: sqlite3.Connection, bucket: str) -> None:
    for table in ("contradiction_sides", "contradiction_positions", "contradiction_subjects"):
        db.execute(f"DELETE FROM {table} WHERE contradiction_id IN "
                   "(SELECT id FROM contradictions WHERE bucket = ?)", (bucket,))
    db.execute("DELETE FROM contradictions WHERE bucket = ?", (bucket,))


def write_conflicts(db: sqlite3.Connection, conflicts: list[Conflict], infos) -> None:
    # one row set per id: a later conflict of the same id replaces an earlier one
    conflicts = list({conflict.id: conflict for conflict in reversed(conflicts)}.values())[::-1]
    ids = [(conflict.id,) for conflict in conflicts]
    db.executemany("DELETE FROM contradiction_sides WHERE contradiction_id = ?", ids)
    db.executemany("DELETE FROM contradiction_positions WHERE contradiction_id = ?", ids)
    db.executemany("DELETE FROM contradiction_subjects WHERE contradiction_id = ?", ids)
    db.executemany("INSERT OR REPLACE INTO contradictions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(conflict.id, conflict.kind, conflict.bucket, conflict.subject, conflict.position_a,
                     conflict.position_b, conflict.note, int(conflict.within_document), conflict.sources_a,
                     conflict.sources_b, conflict.earliest_a, conflict.earliest_b, conflict.latest_dct,
                     conflict.explicitness, conflict.rank) for conflict in conflicts])
    sides = [(conflict.id, side, position) for conflict in conflicts
             for side, position in zip(SIDE_NAMES, conflict.sides())]
    db.executemany("INSERT INTO contradiction_positions VALUES (?, ?, ?, ?, ?)",
                   [(conflict_id, side, position.position, position.sources, position.earliest)
                    for conflict_id, side, position in sides])
    db.executemany("INSERT INTO contradiction_sides VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   [(conflict_id, side, claim.doc_id, claim.span[0], claim.span[1],
                     infos[claim.doc_id].outlet, infos[claim.doc_id].dct,
                     infos[claim.doc_id].original if infos[claim.doc_id].is_copy else None)
                    for conflict_id, side, position in sides for claim in position.claims])
    db.executemany("INSERT OR IGNORE INTO contradiction_subjects VALUES (?, ?)",
                   [(conflict.id, key) for conflict in conflicts for key in subject_keys(conflict)])


def subject_keys(conflict: Conflict) -> list[str]:
    """The subject keys a conflict is found by besides its bucket: its subject and the subjects
    its positions name (``Conflict.subjects``), where they are not the bucket itself."""
    from claimledger.link.documents import subject_key

    keys = dict.fromkeys(subject_key(name) for name in (conflict.subject, *conflict.subjects) if name)
    return [key for key in keys if key and key != conflict.bucket]


def read_conflict(db: sqlite3.Connection, conflict_id: str) -> Conflict | None:
    row = db.execute("SELECT * FROM contradictions WHERE id = ?", (conflict_id,)).fetchone()
    if row is None:
        return None
    conflict = Conflict(row["kind"], row["bucket"], row["subject"], row["position_a"], row["position_b"],
                        row["note"], explicitness=row["explicitness"])
    more = {row["side"]: Side(row["position"], []) for row in db.execute(
        "SELECT side, position FROM contradiction_positions WHERE contradiction_id = ? AND side NOT IN ('a', 'b') "
        "ORDER BY rowid", (conflict_id,))}
    conflict.more_sides = list(more.values())
    for side in db.execute("SELECT * FROM contradiction_sides WHERE contradiction_id = ? ORDER BY rowid",
                           (conflict_id,)):
        claim = Claimed(side["doc_id"], (side["start"], side["end"]))
        if side["side"] in more:
            more[side["side"]].claims.append(claim)
        else:
            (conflict.side_a if side["side"] == "a" else conflict.side_b).append(claim)
    return conflict


def write_identities(db: sqlite3.Connection, label: str, bucket: str, identities) -> None:
    db.execute("DELETE FROM identity_aliases WHERE identity_id IN "
               "(SELECT id FROM identities WHERE label = ? AND bucket = ?)", (label, bucket))
    db.execute("DELETE FROM identities WHERE label = ? AND bucket = ?", (label, bucket))
    from claimledger.link.identity import form_key
    db.executemany("INSERT OR REPLACE INTO identities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(identity.id, label, bucket, identity.name, json.dumps(sorted(identity.aliases)),
                     json.dumps(sorted(identity.roles)), json.dumps(sorted(identity.nations)),
                     json.dumps(sorted(identity.orgs)), len(identity.mentions)) for identity in identities])
    db.executemany("INSERT INTO identity_aliases VALUES (?, ?, ?)",
                   [row for identity in identities
                    for row in sorted({(identity.id, label, form_key(label, alias)) for alias in identity.aliases})])


# ----- reading ---------------------------------------------------------------------------

def sentence_text(db: sqlite3.Connection, doc_id: str, start, end) -> str | None:
    if start is None:
        return None
    row = db.execute("SELECT substr(text, ?, ?) FROM documents WHERE id = ?", (start + 1, end - start, doc_id)).fetchone()
    return row[0] if row else None


def sentence_of(db: sqlite3.Connection, doc_id: str, start: int, end: int) -> tuple[int, int]:
    """The stored sentence (or run of sentences) holding a span."""
    rows = db.execute("SELECT start, \"end\" FROM sentences WHERE doc_id = ? AND \"end\" > ? AND start < ? "
                      "ORDER BY start", (doc_id, start, max(end, start + 1))).fetchall()
    return (rows[0][0], rows[-1][1]) if rows else (start, end)


def document_card(db: sqlite3.Connection, doc_id: str) -> dict:
    """Title, outlet, url and date of a document, for display."""
    row = db.execute(f"SELECT id, title, substr(text, 1, {LABEL_TEXT_CHARS}) AS head, outlet, url, dct, copy_of "
                     "FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return {"doc_id": doc_id}
    outlet = row["outlet"] or (db.execute("SELECT outlet FROM document_sources WHERE doc_id = ? AND outlet IS NOT NULL "
                                          "ORDER BY rowid LIMIT 1", (doc_id,)).fetchone() or [None])[0]
    url = row["url"] or (db.execute("SELECT url FROM document_sources WHERE doc_id = ? AND url != '' "
                                    "ORDER BY rowid LIMIT 1", (doc_id,)).fetchone() or [None])[0]
    card = {"doc_id": doc_id, "title": row["title"], "label": text_label(row["title"], row["head"] or "", doc_id),
            "outlet": outlet, "url": url, "dct": row["dct"], "copy_of": row["copy_of"]}
    translated = db.execute("SELECT t.original, d.lang FROM translations t JOIN documents d ON d.id = t.original "
                            "WHERE t.doc_id = ?", (doc_id,)).fetchone()
    if translated is not None:   # only then, so a ledger in one language reads as before
        card["translation_of"] = {"doc_id": translated[0], "lang": translated[1]}
    return card


def timeline(db: sqlite3.Connection, key: str) -> list[dict]:
    """Timeline entries of one subject key, in order (docs/link.md)."""
    out, card_of = [], functools.cache(lambda doc_id: document_card(db, doc_id))   # a document reports many events
    for event in db.execute("SELECT * FROM linked_events WHERE subject_key = ? ORDER BY sort_key", (key,)).fetchall():
        sources = []
        for report in db.execute("SELECT * FROM event_reports WHERE event_id = ? ORDER BY position", (event["id"],)):
            card = card_of(report["doc_id"])
            sources.append({**card, "span": [report["start"], report["end"]],
                            "sentence": sentence_text(db, report["doc_id"], report["sentence_start"], report["sentence_end"]),
                            "source": report["source"], "date": report["date"], "location": report["location"]})
        earliest = event["earliest_doc_id"]
        earliest_card = card_of(earliest) if earliest else {}
        out.append({
            "subject": event["subject"], "status": event["status"], "date": event["date"],
            "date_range": [event["date_start"], event["date_end"]], "date_kind": event["date_kind"],
            "location": event["location"],
            "earliest_report": {"doc_id": earliest, "dct": event["earliest_dct"],
                                "outlet": earliest_card.get("outlet"), "label": earliest_card.get("label")},
            "sources": sources, "corroboration": event["corroboration"], "event_id": event["id"],
        })
    return out


def subjects(db: sqlite3.Connection) -> list[str]:
    return [row[0] for row in db.execute("SELECT DISTINCT subject FROM linked_events ORDER BY subject")]


def contradiction_filter(*, subject_key_value: str | None = None, kind: str | None = None,
                         since: str | None = None, until: str | None = None, outlet: str | None = None,
                         min_sources: int = 0, within_document: bool | None = None,
                         doc_id: str | None = None) -> tuple[str, list]:
    """The WHERE clause (and its arguments) of a contradictions query."""
    where, args = [], []
    if doc_id is not None:   # the rows one document is a report on
        where.append("id IN (SELECT contradiction_id FROM contradiction_sides WHERE doc_id = ?)")
        args.append(doc_id)
    if subject_key_value is not None:   # a subject's bucket, or a row whose positions name it (indexed)
        where.append("(bucket = ? OR id IN (SELECT contradiction_id FROM contradiction_subjects WHERE subject_key = ?))")
        args += [subject_key_value, subject_key_value]
    if kind:
        where.append("kind = ?")
        args.append(kind)
    if since:
        where.append("latest_dct >= ?")
        args.append(since)
    if until:
        where.append("coalesce(min(earliest_a, earliest_b), latest_dct) <= ?")
        args.append(until)
    if outlet:
        where.append("id IN (SELECT contradiction_id FROM contradiction_sides WHERE outlet = ?)")
        args.append(outlet)
    if min_sources:
        where.append("min(sources_a, sources_b) >= ?")
        args.append(min_sources)
    if within_document is not None:
        where.append("within_document = ?")
        args.append(int(within_document))
    return (" WHERE " + " AND ".join(where) if where else ""), args


def count_contradictions(db: sqlite3.Connection, **filters) -> int:
    where, args = contradiction_filter(**filters)
    return db.execute(f"SELECT count(*) FROM contradictions{where}", args).fetchone()[0]


def contradictions(db: sqlite3.Connection, *, limit: int | None = None, **filters) -> list[dict]:
    """Contradictions, best ranked first, filtered (``contradiction_filter``); each with both
    sides' documents; at most ``limit``."""
    where, args = contradiction_filter(**filters)
    sql = ("SELECT * FROM contradictions" + where
           + " ORDER BY within_document, rank DESC, latest_dct DESC, id" + (f" LIMIT {int(limit)}" if limit else ""))
    out, card_of = [], functools.cache(lambda doc_id: document_card(db, doc_id))   # one document is on many sides
    for row in db.execute(sql, args).fetchall():
        sides = {position["side"]: {"position": position["position"], "reading": position_reading(db, position["position"]),
                                    "sources": position["sources"], "earliest": position["earliest"], "claims": []}
                 for position in db.execute("SELECT * FROM contradiction_positions WHERE contradiction_id = ? "
                                            "ORDER BY rowid", (row["id"],))}
        for side in db.execute("SELECT * FROM contradiction_sides WHERE contradiction_id = ? ORDER BY rowid", (row["id"],)):
            sentence = sentence_of(db, side["doc_id"], side["start"], side["end"])
            card = card_of(side["doc_id"])
            sides[side["side"]]["claims"].append({**card, "span": [side["start"], side["end"]],
                                                  "sentence": sentence_text(db, side["doc_id"], *sentence)})
        place, named = incident_heading(db, row)
        out.append({
            "id": row["id"], "kind": row["kind"], "subject": row["subject"], "note": row["note"],
            "place": place, "subjects": named,
            "within_document": bool(row["within_document"]), "rank": row["rank"],
            "positions": [side["position"] for side in sides.values()],
            "sides": list(sides.values()),
            "claims": [claim for side in sides.values() for claim in side["claims"]],
        })
    return out


LINKED_EVENT_IN_POSITION = re.compile(r"\((ev-[0-9a-f]+)\)")


def position_reading(db: sqlite3.Connection, position: str) -> str:
    """A position as a reader takes it: a linked event's id ("DEPLOYED (ev-e3a5...)", the date
    kind's) becomes the event's date and place ("DEPLOYED dated 2025-12-17 (Belarus)"); any
    other position is its own reading."""
    found = LINKED_EVENT_IN_POSITION.search(position)
    if found is None:
        return position
    event = db.execute("SELECT date, date_start, date_end, location, earliest_dct FROM linked_events WHERE id = ?",
                       (found.group(1),)).fetchone()
    if event is None:
        return position
    if event["date"]:
        when = f"dated {event['date']}"
    elif event["date_start"] and event["date_end"]:
        when = f"dated {event['date_start']} to {event['date_end']}"
    else:
        when = f"reported by {event['earliest_dct']}" if event["earliest_dct"] else "undated"
    where = f" ({event['location']})" if event["location"] else ""
    return " ".join((position[:found.start()].strip() + f" {when}{where} " + position[found.end():].strip()).split())


def strikes_naming(db: sqlite3.Connection, subject: str, limit: int = 200) -> list[dict]:
    """The strike mentions (``incidents``) that name this subject as a weapon or a launch
    platform, earliest report first, each with its document's card and sentence."""
    from claimledger.link.documents import subject_key

    wanted = subject_key(subject)
    rows = db.execute("SELECT DISTINCT i.*, d.dct AS doc_dct FROM incident_subjects s "
                      "JOIN incidents i ON i.doc_id = s.doc_id AND i.start = s.start "
                      "JOIN documents d ON d.id = i.doc_id "
                      "WHERE s.subject_key = ? AND i.stance NOT IN ('superseded') "
                      "ORDER BY coalesce(i.date, d.dct), d.dct, i.doc_id, i.start LIMIT ?",
                      (wanted, limit)).fetchall()
    out, card_of = [], functools.cache(lambda doc_id: document_card(db, doc_id))
    for row in rows:
        span = (row["sentence_start"], row["sentence_end"]) if row["sentence_start"] is not None else (row["start"], row["end"])
        out.append({**card_of(row["doc_id"]), "span": [row["start"], row["end"]],
                    "sentence": sentence_text(db, row["doc_id"], *span),
                    **{key: row[key] for key in ("place", "place_inherited", "target", "date", "weapons", "side",
                                                 "platforms", "stance", "modality", "source")},
                    "intercepted": None if row["intercepted"] is None else bool(row["intercepted"])})
    return out


def incident_heading(db: sqlite3.Connection, row) -> tuple[str | None, list[str]]:
    """An incident row's place as its reports name it ("Dnipro") and every weapon or launch
    platform its positions name, its subject first ("Iskander", "Tochka-U"); (None, [subject])
    for a row of any other kind."""
    from claimledger.link.documents import subject_key

    subject = [row["subject"]] if row["subject"] else []
    if not row["bucket"].startswith(incident.BUCKET_PREFIX):   # an incident row's bucket is a place key
        return None, subject
    key = row["bucket"][len(incident.BUCKET_PREFIX):]
    mentions = db.execute("SELECT place, place_inherited, weapons, platforms FROM incidents WHERE place_key = ?",
                          (key,)).fetchall()
    place = incident.place_name((mention["place"], mention["place_inherited"]) for mention in mentions)
    wanted = {found[0] for found in db.execute(
        "SELECT subject_key FROM contradiction_subjects WHERE contradiction_id = ?", (row["id"],))}
    named = {}
    for mention in mentions:
        for name in joined_names(mention["weapons"]) + joined_names(mention["platforms"]):
            if subject_key(name) in wanted:
                named.setdefault(subject_key(name), name)
    subject_keys = {subject_key(name) for name in subject}
    return place, subject + sorted((name for found, name in named.items() if found not in subject_keys), key=str.casefold)


def identities(db: sqlite3.Connection, label: str | None = None) -> list[dict]:
    sql = "SELECT * FROM identities" + (" WHERE label = ?" if label else "") + " ORDER BY label, name"
    return [{"id": row["id"], "label": row["label"], "name": row["name"], "aliases": json.loads(row["aliases"]),
             "roles": json.loads(row["roles"]), "nations": json.loads(row["nations"]),
             "orgs": json.loads(row["orgs"]), "mentions": row["mentions"]}
            for row in db.execute(sql, (label,) if label else ())]


def identity_index(db: sqlite3.Connection):
    """The stored identities, each with its mentions, and the lookup from name forms: what
    the identities rows hold, read back as a link.identity.IdentityIndex (nothing re-resolved)."""
    from claimledger.link.identity import LABEL_ORDER, Identity, IdentityIndex, form_key

    identities, owner = {}, {}
    for row in db.execute("SELECT * FROM identities"):
        identities[row["id"]] = Identity(row["id"], row["label"], row["name"], set(json.loads(row["aliases"])),
                                         roles=set(json.loads(row["roles"])), nations=set(json.loads(row["nations"])),
                                         orgs=set(json.loads(row["orgs"])))
    for row in db.execute("SELECT a.identity_id, a.label, a.form_key, i.bucket FROM identity_aliases a "
                          "JOIN identities i ON i.id = a.identity_id"):
        owner[(row["label"], row["bucket"], row["form_key"])] = identities[row["identity_id"]]
    for row in db.execute("SELECT label, bucket, form, doc_id, start, \"end\" FROM name_forms WHERE start IS NOT NULL "
                          "ORDER BY doc_id, start, label, form"):
        identity = owner.get((row["label"], row["bucket"], form_key(row["label"], row["form"])))
        if identity is not None:
            identity.mentions.append((row["doc_id"], (row["start"], row["end"])))
    ordered = sorted(identities.values(), key=lambda identity: (LABEL_ORDER.index(identity.label), identity.id))
    return IdentityIndex(ordered, {(label, key): identity for (label, _, key), identity in owner.items()})


def resolve_name(db: sqlite3.Connection, label: str, key: str) -> str | None:
    row = db.execute("SELECT identity_id FROM identity_aliases WHERE label = ? AND form_key = ?", (label, key)).fetchone()
    return row[0] if row else None
