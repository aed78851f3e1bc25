"""Keeping the link tables up to date: incrementally for new documents, or all over again.

``update_for_documents(ledger, doc_ids)`` relinks only what those documents touch: the
subjects their status claims and facts name, the name buckets of their people,
organisations and places, the quotations sharing words with theirs. It also takes any
stored document not yet linked (a crash between storing and linking). Everything is
written, and the documents marked linked, in one transaction: a crash leaves the tables
as they were. Each part is linked in a savepoint of its own (a document's name rows, a name
bucket, the translation pairs, a chunk of quotations, a subject, a place struck): an exception
there rolls back that part's tables alone, is returned in ``LinkSummary.failures`` with the
documents of the run that touch it, and leaves those documents unlinked, so that the next run
links them again; the rest is written.
``relink(ledger)`` clears the tables and links every document; both give identical tables
(tests/test_link_incremental.py, tests/test_link_isolation.py). See docs/link.md.
"""
from __future__ import annotations

import functools
import itertools
import sqlite3
from dataclasses import dataclass, field

from claimledger.link import conflicts as conflict_rules
from claimledger.link import translations
from claimledger.link.bucket import SubjectBucket
from claimledger.link.documents import GENERIC_SUBJECT, KIND_MARK, document_infos, generic_parts, subject_key
from claimledger.link.events import link_events
from claimledger.link.identity import NameRow, build_identities, entity_country, form_key, name_rows, place_key
from claimledger.link.kinds.agent import HOLDER
from claimledger.link.kinds.common import subject_origins
from claimledger.link.kinds import KINDS, PLACE_KINDS, attribution, incident, role
from claimledger.schema import Incident, StatusClaim, SubjectFact
from claimledger.store import link_tables

CHUNK = 500
PERSON_LABEL = "PERSON"
ROLE_BUCKET_PREFIX = "role:"   # role conflicts are stored per person name bucket
QUOTE_CHUNK = 500             # documents whose quotations are linked together (bounds memory)
STORED_DOCUMENTS_HELD = 4096  # stored documents' quotations kept at hand while comparing
MESSAGE_CHARS = 200           # of a failure's error message


@dataclass
class LinkFailure:
    """A part of the link run that raised (a subject, a place struck, a name bucket, a chunk of
    quotations, the translation pairs): its link tables are as before the run, and doc_ids, the
    documents of the run that touch it, are left unlinked for the next run."""

    kind: str   # "subject", "place", "person names" (a name bucket), "quotations", ...
    key: str
    doc_ids: list[str]
    error: str

    def __str__(self) -> str:
        return (f"{self.kind}{f' {self.key!r}' if self.key else ''} not linked ({self.error}); left unlinked for the next run: "
                f"{len(self.doc_ids)} document{'s' if len(self.doc_ids) != 1 else ''} "
                f"({', '.join(self.doc_ids[:10])}{', ...' if len(self.doc_ids) > 10 else ''})")


@dataclass
class LinkSummary:
    """What one link run touched."""

    documents: int = 0
    subjects: int = 0
    name_buckets: int = 0
    contradictions: int = 0
    failures: list[LinkFailure] = field(default_factory=list)


def chunks(items, size=CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]


def unlinked_documents(db: sqlite3.Connection) -> list[str]:
    return [row[0] for row in db.execute(
        "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM linked_documents) ORDER BY rowid")]


def update_for_documents(ledger, doc_ids) -> LinkSummary:
    """Link newly stored documents (and any left unlinked) into the link tables, atomically."""
    with ledger.transaction() as db:
        wanted = list(dict.fromkeys([*doc_ids, *unlinked_documents(db)]))
        return link_documents(ledger, db, wanted)


def relink(ledger) -> LinkSummary:
    """Rebuild every link table from the stored records (after a change of the link rules)."""
    with ledger.transaction() as db:
        link_tables.clear(db)
        doc_ids = [row[0] for row in db.execute("SELECT id FROM documents ORDER BY rowid")]
        return link_documents(ledger, db, doc_ids)


def link_documents(ledger, db: sqlite3.Connection, doc_ids: list[str]) -> LinkSummary:
    summary = LinkSummary(documents=len(doc_ids))
    if not doc_ids:
        index_countries(db, [])   # documents linked before the country index, if any
        return summary
    summary.name_buckets = update_names(ledger, db, doc_ids, summary.failures)
    # documents that became (or stopped being) translations count anew wherever they report
    recounted: list[str] = []
    if error := linked_alone(db, lambda: recounted.extend(translations.update_translations(db, doc_ids))):
        summary.failures.append(failure("translations", "", error, [], doc_ids))
    doc_ids = list(dict.fromkeys([*doc_ids, *recounted]))
    update_quotes(db, doc_ids, summary.failures)
    index_countries(db, doc_ids)
    names = subject_names(db)
    keys = touched_subjects(db, doc_ids) & names.keys()   # a subject the list names but no record holds: none
    summary.subjects = len(keys)
    for key in sorted(keys):
        if error := linked_alone(db, lambda: relink_subject(db, key, names.get(key, []))):
            touching = documents_touching(db, doc_ids, key, touched_subjects)
            summary.failures.append(failure("subject", key, error, touching, doc_ids))
    for key in sorted(touched_places(db, doc_ids)):
        if error := linked_alone(db, lambda: relink_place(db, key)):
            touching = documents_touching(db, doc_ids, key, touched_places)
            summary.failures.append(failure("place", key, error, touching, doc_ids))
    pending = {doc_id for found in summary.failures for doc_id in found.doc_ids}
    db.executemany("INSERT OR IGNORE INTO linked_documents (doc_id) VALUES (?)",
                   [(doc_id,) for doc_id in doc_ids if doc_id not in pending])
    db.executemany("DELETE FROM linked_documents WHERE doc_id = ?", [(doc_id,) for doc_id in sorted(pending)])
    summary.contradictions = db.execute("SELECT count(*) FROM contradictions").fetchone()[0]
    return summary


def linked_alone(db: sqlite3.Connection, link) -> str | None:
    """Run link() in a savepoint; on an exception roll back what it wrote and return the error
    in one line (None when it went through). A BaseException (an interrupt) is not caught."""
    db.execute("SAVEPOINT link_one")
    try:
        link()
    except Exception as error:
        db.execute("ROLLBACK TO link_one")
        db.execute("RELEASE link_one")
        return f"{type(error).__name__}: {' '.join(str(error).split())[:MESSAGE_CHARS]}"
    db.execute("RELEASE link_one")
    return None


def failure(kind: str, key: str, error: str, touching: list[str], doc_ids: list[str]) -> LinkFailure:
    """A failed subject or place with the documents of the run touching it (all of the run's
    when none is found: nothing is left stale without a retry)."""
    return LinkFailure(kind, key, list(dict.fromkeys(touching or doc_ids)), error)


# ----- subjects --------------------------------------------------------------------------

def touched_subjects(db: sqlite3.Connection, doc_ids: list[str]) -> set[str]:
    names = set()
    for chunk in chunks(doc_ids):
        marks = ", ".join("?" * len(chunk))
        for table in ("status_claims", "subject_facts"):
            names |= {row[0] for row in db.execute(f"SELECT DISTINCT subject FROM {table} WHERE doc_id IN ({marks})", chunk)}
    keys = {subject_key(name) for name in names}
    suppliers = {generic_parts(name)[0] for name in names if name.startswith(GENERIC_SUBJECT)}
    if suppliers:
        # a denial of weapons in general answers only the reports its supplier fits (generic_fits):
        # of a subject the supplier makes, or in a sentence naming the supplier
        keys |= {subject_key(name) for name, origin in subject_origins().items() if place_key(origin) in suppliers}
        keys |= {subject_key(name) for name in subjects_naming(db, suppliers)}
        if any(generic_parts(name)[1] for name in names if name.startswith(GENERIC_SUBJECT)):
            # a denied loss of a kind answers the losses held by its country (holder_fits)
            keys |= {subject_key(name) for name in subjects_held_by(db, suppliers)}
    return keys


def fact_holders(facts) -> set[str]:
    """The countries (place keys) whose systems these facts say were lost."""
    return {place_key(fact.value) for fact in facts if fact.attribute == HOLDER and fact.value}


def subjects_held_by(db: sqlite3.Connection, countries) -> set[str]:
    """The subjects of losses held by one of these countries (place keys): read only when a run
    brings a denied loss of a kind (a scan of the holder facts, few beside the other facts)."""
    return {subject for subject, value in db.execute(
        "SELECT DISTINCT subject, value FROM subject_facts WHERE attribute = ?", (HOLDER,))
            if place_key(value) in countries}


def documents_touching(db: sqlite3.Connection, doc_ids: list[str], key: str, touched) -> list[str]:
    """The documents of doc_ids whose records touch key, a subject or place by ``touched``
    (read one by one: asked only of a subject or place whose linking failed)."""
    return [doc_id for doc_id in doc_ids if key in touched(db, [doc_id])]


def subjects_naming(db: sqlite3.Connection, countries) -> set[str]:
    """The subjects of the status claims whose sentence names one of these countries (place
    keys): read from the country index, so it costs the countries' mentions, not the ledger."""
    countries = sorted(countries)
    marks = ", ".join("?" * len(countries))
    return {row[0] for row in db.execute(
        "SELECT DISTINCT c.subject FROM document_countries m JOIN status_claims c ON c.doc_id = m.doc_id "
        f"WHERE m.country IN ({marks}) "
        "AND m.start >= CASE WHEN c.sentence_start IS NULL THEN c.start ELSE c.sentence_start END "
        "AND m.start < CASE WHEN c.sentence_start IS NULL THEN c.\"end\" ELSE c.sentence_end END", countries)}


def generic_range() -> tuple[str, str]:
    """The subjects of denials of weapons in general, as a range on the subject index (LIKE
    cannot use it): from "arms:" to "arms;", just past every "arms:..."."""
    return GENERIC_SUBJECT, GENERIC_SUBJECT[:-1] + chr(ord(GENERIC_SUBJECT[-1]) + 1)


def denial_suppliers(db: sqlite3.Connection) -> set[str]:
    """The suppliers (place keys) of the stored denials of weapons in general, from the subject
    index alone."""
    return {generic_parts(row[0])[0] for row in db.execute(
        "SELECT DISTINCT subject FROM status_claims WHERE subject >= ? AND subject < ?", generic_range())}


def named_countries(db: sqlite3.Connection, doc_ids, countries) -> set[str]:
    """Which of these countries (place keys) these documents name."""
    countries = sorted(countries)
    if not countries:
        return set()
    found = set()
    for chunk in chunks(sorted(doc_ids)):
        marks, country_marks = ", ".join("?" * len(chunk)), ", ".join("?" * len(countries))
        found |= {row[0] for row in db.execute(
            f"SELECT DISTINCT country FROM document_countries WHERE doc_id IN ({marks}) AND country IN ({country_marks})",
            (*chunk, *countries))}
    return found


def generic_denials(db: sqlite3.Connection, suppliers, doc_ids) -> list[StatusClaim]:
    """The stored denials of weapons in general (subject ``GENERIC_SUBJECT`` + supplier) that a
    bucket can hold: those of these suppliers (place keys), and any in these documents (a
    denial's sentence keeps its document's claims in it from comparison). Indexed lookups by
    subject and by document: a bucket's read costs its own denials, not every stored one."""
    from claimledger.store.ledger import row_to_record

    order = "ORDER BY doc_id, start, \"end\""
    rows = []
    for supplier in sorted(suppliers):
        # "arms:iran" and the denied losses of a kind, "arms:iran/aircraft": a range on the index
        name = GENERIC_SUBJECT + supplier
        rows += db.execute(f"SELECT * FROM status_claims WHERE (subject = ? OR (subject >= ? AND subject < ?)) "
                           f"AND kind = 'denied' {order}",
                           (name, name + KIND_MARK, name + chr(ord(KIND_MARK) + 1))).fetchall()
    for chunk in chunks(sorted(doc_ids)):
        marks = ", ".join("?" * len(chunk))
        rows += [row for row in db.execute(
            f"SELECT * FROM status_claims WHERE doc_id IN ({marks}) AND subject >= ? AND subject < ? "
            f"AND kind = 'denied' {order}", (*chunk, *generic_range()))
            if generic_parts(row["subject"])[0] not in suppliers]
    rows.sort(key=lambda row: (row["doc_id"], row["start"], row["end"]))
    return [row_to_record(StatusClaim, row) for row in rows]


def index_countries(db: sqlite3.Connection, doc_ids: list[str]) -> None:
    """Write the country index (``document_countries``) of these documents, and of any linked
    before the index existed (``countries_unindexed``, filled by migration 0011)."""
    pending = [row[0] for row in db.execute("SELECT doc_id FROM countries_unindexed")]
    doc_ids = list(dict.fromkeys([*doc_ids, *pending]))
    for chunk in chunks(doc_ids):
        marks = ", ".join("?" * len(chunk))
        db.execute(f"DELETE FROM document_countries WHERE doc_id IN ({marks})", chunk)
        mentions = entity_countries(db, chunk)
        db.executemany("INSERT INTO document_countries (country, doc_id, start) VALUES (?, ?, ?)",
                       [(key, doc_id, start) for doc_id, found in mentions.items() for start, key in found])
    if pending:
        db.execute("DELETE FROM countries_unindexed")


def entity_countries(db: sqlite3.Connection, doc_ids) -> dict[str, list[tuple[int, str]]]:
    """Each document's countries and nationalities (start, place key), in text order, read from
    its entities; an organisation only when its name is a country's."""
    out: dict[str, list[tuple[int, str]]] = {}
    for chunk in chunks(sorted(doc_ids)):
        marks = ", ".join("?" * len(chunk))
        for doc_id, start, text, label in db.execute(
                f"SELECT doc_id, start, text, label FROM entities WHERE label IN ('GPE', 'NORP', 'ORG') "
                f"AND doc_id IN ({marks}) ORDER BY doc_id, start", chunk):
            key = entity_country(label, text)   # "Slovakia" tagged an organisation
            if key:
                out.setdefault(doc_id, []).append((start, key))
    return out


def country_mentions(db: sqlite3.Connection, doc_ids) -> dict[str, list[tuple[int, str]]]:
    """Each document's countries and nationalities (start, place key), in text order, from the
    country index (``entity_countries`` of each linked document)."""
    out: dict[str, list[tuple[int, str]]] = {}
    for chunk in chunks(sorted(doc_ids)):
        marks = ", ".join("?" * len(chunk))
        for doc_id, start, key in db.execute(
                f"SELECT doc_id, start, country FROM document_countries WHERE doc_id IN ({marks}) "
                "ORDER BY doc_id, start, rowid", chunk):
            out.setdefault(doc_id, []).append((start, key))
    return out


def subject_names(db: sqlite3.Connection) -> dict[str, list[str]]:
    """Subject key -> every spelling of it in the records (read once per link run)."""
    out: dict[str, set[str]] = {}
    for table in ("status_claims", "subject_facts"):
        for row in db.execute(f"SELECT DISTINCT subject FROM {table}"):
            out.setdefault(subject_key(row[0]), set()).add(row[0])
    return {key: sorted(names) for key, names in out.items()}


def load_bucket(db: sqlite3.Connection, key: str, names: list[str]) -> SubjectBucket | None:
    from claimledger.store.ledger import row_to_record

    if not names:
        return None
    marks = ", ".join("?" * len(names))
    claims = [row_to_record(StatusClaim, row) for row in
              db.execute(f"SELECT * FROM status_claims WHERE subject IN ({marks}) ORDER BY doc_id, start, \"end\", kind, status", names)]
    facts = [row_to_record(SubjectFact, row) for row in
             db.execute(f"SELECT * FROM subject_facts WHERE subject IN ({marks}) ORDER BY doc_id, start, \"end\", attribute", names)]
    subject = min(names)
    for claim in claims:
        claim.subject = subject
    origin = subject_origins().get(subject)
    origin = place_key(origin) if origin else None
    generic, countries = {}, {}
    stored = denial_suppliers(db) if claims and not subject.startswith(GENERIC_SUBJECT) else set()
    if stored:
        # only the denials whose supplier can fit a report here: the subject's maker, or a country
        # one of its documents names (generic_fits narrows that to the report's sentence)
        doc_ids = {claim.doc_id for claim in claims}
        suppliers = named_countries(db, doc_ids, stored - {origin}) | ({origin} & stored) | (fact_holders(facts) & stored)
        for denial in generic_denials(db, suppliers, doc_ids):
            generic[id(denial)] = denial.subject[len(GENERIC_SUBJECT):]
            denial.subject = subject
            claims.append(denial)
        if generic:   # every country of the reports (suppliers and recipients), and the denials'
            countries = country_mentions(db, {claim.doc_id for claim in claims})
    infos = document_infos(db, {item.doc_id for item in claims} | {item.doc_id for item in facts}, named_days=True)
    events = link_events(claims, infos)
    return SubjectBucket(key, subject, claims, facts, infos, events, generic, origin, countries)


def relink_subject(db: sqlite3.Connection, key: str, names: list[str]) -> None:
    """Replace one subject's linked events and contradictions."""
    bucket = load_bucket(db, key, names)
    link_tables.delete_conflicts(db, key)
    if bucket is None:
        link_tables.write_events(db, key, [])
        return
    link_tables.write_events(db, key, bucket.events)
    triggers = list(itertools.chain.from_iterable(find(bucket) for find, _ in KINDS.values()))
    # a subject is relinked whole, so keeping each position's best conflicts only is order-free
    found = conflict_rules.best_per_position(conflict_rules.group_triggers(triggers, key, bucket.infos))
    link_tables.write_conflicts(db, found, bucket.infos)


# ----- places struck (incidents) ---------------------------------------------------------

def touched_places(db: sqlite3.Connection, doc_ids: list[str]) -> set[str]:
    """The place keys of the documents' incident mentions."""
    keys = set()
    for chunk in chunks(doc_ids):
        marks = ", ".join("?" * len(chunk))
        keys |= {row[0] for row in db.execute(
            f"SELECT DISTINCT place_key FROM incidents WHERE doc_id IN ({marks}) AND place_key IS NOT NULL", chunk)}
    return keys


def relink_place(db: sqlite3.Connection, key: str) -> None:
    """Replace the incident conflicts of one place: one indexed read of its mentions."""
    from claimledger.store.ledger import row_to_record

    mentions = [row_to_record(Incident, row) for row in db.execute(
        "SELECT * FROM incidents WHERE place_key = ? ORDER BY doc_id, start, \"end\"", (key,))]
    link_tables.delete_conflicts(db, incident.BUCKET_PREFIX + key)
    if not mentions:
        return
    infos = document_infos(db, {mention.doc_id for mention in mentions})
    found = list(itertools.chain.from_iterable(find(key, mentions, infos) for find, _ in PLACE_KINDS.values()))
    link_tables.write_conflicts(db, found, infos)


# ----- identities ------------------------------------------------------------------------

def update_names(ledger, db: sqlite3.Connection, doc_ids: list[str], failures: list[LinkFailure]) -> int:
    """Store the documents' name rows, then re-resolve every bucket they fall in. A document
    whose rows cannot be read, or a bucket whose resolution raises, is rolled back alone and
    added to failures with the documents it leaves unlinked."""
    buckets: dict[tuple[str, str], dict[str, None]] = {}   # (label, bucket) -> the run's documents in it
    for doc_id in doc_ids:
        if error := linked_alone(db, lambda: store_name_rows(ledger, db, doc_id, buckets)):
            failures.append(failure("names of document", doc_id, error, [doc_id], doc_ids))
    for (label, bucket), touching in sorted(buckets.items()):
        if error := linked_alone(db, lambda: resolve_bucket(db, label, bucket)):
            failures.append(failure(f"{label.lower()} names", bucket, error, list(touching), doc_ids))
    return len(buckets)


def store_name_rows(ledger, db: sqlite3.Connection, doc_id: str, buckets: dict) -> None:
    """Replace a document's name rows and note the buckets they fall in."""
    extraction = ledger.extraction(doc_id, kinds=("entities", "quotes", "person_roles", "status_claims"))
    if extraction is None:
        return
    db.execute("DELETE FROM name_forms WHERE doc_id = ?", (doc_id,))
    rows = name_rows(extraction)
    db.executemany("INSERT INTO name_forms (label, bucket, form, doc_id, start, \"end\", role, nation, org) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(row.label, row.bucket, row.form, row.doc_id, row.start, row.end, row.role, row.nation,
                     row.org) for row in rows])
    for row in rows:
        buckets.setdefault((row.label, row.bucket), {})[doc_id] = None


def resolve_bucket(db: sqlite3.Connection, label: str, bucket: str) -> None:
    """The identities (and, for people, the role conflicts) of one name bucket, from its rows."""
    rows = [NameRow.from_row(row)
            for row in db.execute("SELECT * FROM name_forms WHERE label = ? AND bucket = ?", (label, bucket))]
    index = build_identities(rows)
    link_tables.write_identities(db, label, bucket, index.identities)
    if label == PERSON_LABEL:
        write_role_conflicts(db, bucket, rows, index.identities)


def write_role_conflicts(db: sqlite3.Connection, bucket: str, rows: list[NameRow], identities) -> None:
    """The role conflicts of one person name bucket, replacing the bucket's earlier ones."""
    key = f"{ROLE_BUCKET_PREFIX}{bucket}"
    link_tables.delete_conflicts(db, key)
    # full names only: a bare surname ("Clinton") may stand for two people of one bucket
    roles = {(row.doc_id, (row.start, row.end)): row.role for row in rows
             if row.role and len(row.form.split()) > 1}
    people = []
    for identity in identities:
        mentions = [role.RoleMention(doc_id, span, roles[(doc_id, span)])
                    for doc_id, span in identity.mentions if (doc_id, span) in roles]
        if len({mention.doc_id for mention in mentions}) > 1:
            people.append((identity.name, mentions))
    if not people:
        return
    # one read of the documents' dates and outlets for the whole bucket
    infos = document_infos(db, {mention.doc_id for _, mentions in people for mention in mentions})
    found = [conflict for name, mentions in people
             if (conflict := role.find(name, key, mentions, infos)) is not None]
    link_tables.write_conflicts(db, found, infos)


# ----- quotations ------------------------------------------------------------------------

def quote_items(db: sqlite3.Connection, doc_id: str) -> list[attribution.QuoteItem]:
    """A document's quotations by speakers that can be told apart, with their words and the
    subject they name."""
    out, references = [], None
    for row in db.execute("SELECT q.start, q.\"end\", q.speaker, q.speaker_start, q.speaker_end, q.source_type, d.outlet, "
                          "substr(d.text, q.start + 1, q.\"end\" - q.start) AS text "
                          "FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.doc_id = ? "
                          "AND d.copy_of IS NULL ORDER BY q.start", (doc_id,)):
        if not attribution.is_named_speaker(row["speaker"]):
            continue   # before the subject lookup: most quotations have no named speaker
        if references is None:   # the document's subject references, read once
            references = db.execute("SELECT subject, start, \"end\" FROM subject_references WHERE doc_id = ? "
                                    "ORDER BY start", (doc_id,)).fetchall()
        if names_a_subject(references, row["speaker_start"], row["speaker_end"]):
            continue   # "Patriot said": a weapon system is no speaker, the parser took its name for one
        subject = next((subject for subject, start, end in references if start >= row["start"] and end <= row["end"]),
                       None)
        item = attribution.QuoteItem(doc_id, (row["start"], row["end"]), row["speaker"],
                                     attribution.quote_words(row["text"]), subject,
                                     row["source_type"], row["outlet"])
        if attribution.is_attributable(item):
            out.append(item)
    return out


def names_a_subject(references, start: int | None, end: int | None) -> bool:
    """Whether a span overlaps one of a document's subject references (subject, start, end rows)."""
    if start is None or end is None:
        return False
    return any(ref_start < end and ref_end > start for _, ref_start, ref_end in references)


def update_quotes(db: sqlite3.Connection, doc_ids: list[str], failures: list[LinkFailure]) -> None:
    """Index the documents' quotations by shingle and merge their attribution conflicts, a
    chunk of documents at a time: what is held is one chunk's quotations and the conflicts
    they stand in, not every new quotation of a run (each chunk links as a run of its own
    would, so the tables are those of a full relink). A chunk that raises is rolled back
    alone and its documents are left unlinked."""
    for chunk in chunks(doc_ids, QUOTE_CHUNK):
        if error := linked_alone(db, lambda: update_quotes_of_chunk(db, chunk)):
            failures.append(failure("quotations", f"{chunk[0]}..{chunk[-1]}", error, chunk, doc_ids))


def update_quotes_of_chunk(db: sqlite3.Connection, doc_ids: list[str]) -> None:
    """Compare each new quotation with every stored one sharing a shingle, one pair at a time;
    only the quotations of conflicting pairs are kept, joined into groups as they are found."""
    items, item_shingles = {}, {}
    for doc_id in doc_ids:
        db.execute("DELETE FROM quote_shingles WHERE doc_id = ?", (doc_id,))
        for item in quote_items(db, doc_id):
            items[(doc_id, item.span[0])] = item
            item_shingles[(doc_id, item.span[0])] = shingles = attribution.shingles(item.words)
            db.executemany("INSERT INTO quote_shingles VALUES (?, ?, ?)",
                           [(shingle, doc_id, item.span[0]) for shingle in shingles])
    stored_items = functools.lru_cache(maxsize=STORED_DOCUMENTS_HELD)(lambda doc_id: {
        item.span[0]: item for item in quote_items(db, doc_id)})

    def lookup(key):
        return items[key] if key in items else stored_items(key[0]).get(key[1])

    resolved = functools.lru_cache(maxsize=None)(lambda name: person_identity(db, name))

    def conflicting_pairs():
        for key, shingles in sorted(item_shingles.items()):
            for other in sorted(sharing_quotations(db, key, shingles)):
                if other in items and other < key:
                    continue   # a pair of this chunk's quotations is met from both ends: compare it once
                right = lookup(other)
                if right is not None:
                    yield from attribution.find([tuple(sorted((items[key], right), key=quote_order))],
                                                resolve=resolved)

    found = attribution.quotation_groups(conflicting_pairs())
    stored = {}   # the conflicts these quotations already stand in, grown by the new pairs
    for item in sorted({item for group in found for item in group}, key=quote_order):
        for conflict_id in stored_attribution_conflicts(db, item):
            if conflict_id not in stored:
                conflict = link_tables.read_conflict(db, conflict_id)
                stored[conflict_id] = (conflict.bucket, {
                    quote for side in conflict.sides() for claim in side.claims
                    if (quote := lookup((claim.doc_id, claim.span[0]))) is not None})
    for bucket, _ in stored.values():
        link_tables.delete_conflicts(db, bucket)
    for group in attribution.quotation_groups(found, [quotes for _, quotes in stored.values() if quotes]):
        infos = document_infos(db, {item.doc_id for item in group})
        conflict = attribution.attribution_conflict(attribution.wording_bucket(group), group, infos, resolve=resolved)
        if conflict is not None:
            link_tables.write_conflicts(db, [conflict], infos)


def sharing_quotations(db: sqlite3.Connection, key, shingles) -> set:
    """The (doc_id, start) of every stored quotation of another document sharing a shingle."""
    doc_id, _ = key
    out = set()
    for chunk in chunks(shingles):
        marks = ", ".join("?" * len(chunk))
        out |= {(row["doc_id"], row["start"]) for row in db.execute(
            f"SELECT DISTINCT doc_id, start FROM quote_shingles WHERE shingle IN ({marks}) AND doc_id != ?",
            (*chunk, doc_id))}   # DISTINCT: one quotation holds many of the shingles, dropped before Python
    return out


def quote_order(item: attribution.QuoteItem):
    return (item.doc_id, item.span)


def stored_attribution_conflicts(db: sqlite3.Connection, item: attribution.QuoteItem) -> list[str]:
    return [row[0] for row in db.execute(
        "SELECT DISTINCT s.contradiction_id FROM contradiction_sides s JOIN contradictions c ON c.id = s.contradiction_id "
        "WHERE c.kind = 'attribution' AND s.doc_id = ? AND s.start = ?", (item.doc_id, item.span[0]))]


def person_identity(db: sqlite3.Connection, name: str) -> str | None:
    """The canonical name of the person (or organisation) a speaker name resolves to."""
    for label in ("PERSON", "ORG"):
        found = link_tables.resolve_name(db, label, form_key(label, name))
        if found is not None:
            return db.execute("SELECT name FROM identities WHERE id = ?", (found,)).fetchone()[0]
    return None
