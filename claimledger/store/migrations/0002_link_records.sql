-- Records extract writes for the link stage, and the tables the link stage keeps up to date.
-- Every record keeps its doc_id and [start, end) span. See docs/link.md.

CREATE TABLE sentences (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start   INTEGER NOT NULL, "end" INTEGER NOT NULL,
    filler  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sentences_doc ON sentences(doc_id, start);

CREATE TABLE status_claims (
    doc_id          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start           INTEGER NOT NULL, "end" INTEGER NOT NULL,
    subject         TEXT NOT NULL,
    status          TEXT NOT NULL,
    kind            TEXT NOT NULL,          -- reached | pending | presupposed
    modality        TEXT NOT NULL,          -- asserted | reported | hedged | planned | negated
    date            TEXT,                   -- TIMEX3 value
    date_role       TEXT,                   -- onset | holding | report | deadline
    location        TEXT,
    source          TEXT,
    another_unit    INTEGER NOT NULL DEFAULT 0,
    sentence_start  INTEGER, sentence_end INTEGER
);
CREATE INDEX status_claims_doc ON status_claims(doc_id);
CREATE INDEX status_claims_subject ON status_claims(subject);

CREATE TABLE subject_references (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start    INTEGER NOT NULL, "end" INTEGER NOT NULL,
    subject  TEXT NOT NULL,
    text     TEXT NOT NULL DEFAULT '',
    anaphor  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX subject_references_doc ON subject_references(doc_id);

CREATE TABLE person_roles (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start   INTEGER NOT NULL, "end" INTEGER NOT NULL,
    name    TEXT NOT NULL,
    role    TEXT,
    nation  TEXT,
    org     TEXT
);
CREATE INDEX person_roles_doc ON person_roles(doc_id);

CREATE TABLE subject_facts (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL, "end" INTEGER NOT NULL,
    subject    TEXT NOT NULL,
    attribute  TEXT NOT NULL,     -- range_class | quantity:<unit>:<measure> | announcement_lag
    value      TEXT,
    low        REAL, high REAL,
    text       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX subject_facts_doc ON subject_facts(doc_id);
CREATE INDEX subject_facts_subject ON subject_facts(subject);

-- ----- link tables: derived, rebuilt per touched subject or name bucket -----

-- Documents whose records the link tables include (written in the same transaction).
CREATE TABLE linked_documents (
    doc_id  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
);

-- Subject buckets: canonical key (case, spaces, hyphens folded) -> display name.
-- Linked events: one status of one subject at a compatible place and time; ordered as a timeline.
CREATE TABLE linked_events (
    id               TEXT PRIMARY KEY,
    subject_key      TEXT NOT NULL,
    subject          TEXT NOT NULL,
    status           TEXT NOT NULL,
    location         TEXT,
    date             TEXT,            -- TIMEX3 value of the most precise report, or NULL
    date_start       TEXT, date_end TEXT,
    date_kind        TEXT NOT NULL,   -- on | within | reported_by
    sort_key         TEXT NOT NULL,   -- timeline order within the subject
    corroboration    INTEGER NOT NULL,
    earliest_doc_id  TEXT,
    earliest_dct     TEXT
);
CREATE INDEX linked_events_subject ON linked_events(subject_key, sort_key);

CREATE TABLE event_reports (
    event_id        TEXT NOT NULL REFERENCES linked_events(id) ON DELETE CASCADE,
    subject_key     TEXT NOT NULL,
    position        INTEGER NOT NULL,
    doc_id          TEXT NOT NULL,
    start           INTEGER NOT NULL, "end" INTEGER NOT NULL,
    sentence_start  INTEGER, sentence_end INTEGER,
    source          TEXT,
    date            TEXT,
    location        TEXT
);
CREATE INDEX event_reports_event ON event_reports(event_id, position);
CREATE INDEX event_reports_subject ON event_reports(subject_key);
CREATE INDEX event_reports_doc ON event_reports(doc_id);

-- One row per conflict between two positions; every document on each side in contradiction_sides.
CREATE TABLE contradictions (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL,
    bucket           TEXT NOT NULL,   -- subject key, or quote wording key for attribution
    subject          TEXT,
    position_a       TEXT NOT NULL,
    position_b       TEXT NOT NULL,
    note             TEXT NOT NULL,
    within_document  INTEGER NOT NULL,
    sources_a        INTEGER NOT NULL,   -- independent sources (outlets, copies once) per side
    sources_b        INTEGER NOT NULL,
    earliest_a       TEXT, earliest_b TEXT,   -- dct of the earliest report on each side
    latest_dct       TEXT,
    explicitness     INTEGER NOT NULL,
    rank             REAL NOT NULL
);
CREATE INDEX contradictions_bucket ON contradictions(bucket);
CREATE INDEX contradictions_rank ON contradictions(within_document, rank DESC);
CREATE INDEX contradictions_subject ON contradictions(subject, rank DESC);

CREATE TABLE contradiction_sides (
    contradiction_id  TEXT NOT NULL REFERENCES contradictions(id) ON DELETE CASCADE,
    side              TEXT NOT NULL,   -- a | b
    doc_id            TEXT NOT NULL,
    start             INTEGER NOT NULL, "end" INTEGER NOT NULL,
    outlet            TEXT,
    dct               TEXT,
    copy_of           TEXT
);
CREATE INDEX contradiction_sides_id ON contradiction_sides(contradiction_id, side);
CREATE INDEX contradiction_sides_doc ON contradiction_sides(doc_id);
CREATE INDEX contradiction_sides_outlet ON contradiction_sides(outlet);

-- Name forms of people, organisations and places, in buckets that identities never cross.
CREATE TABLE name_forms (
    label    TEXT NOT NULL,    -- PERSON | ORG | PLACE
    bucket   TEXT NOT NULL,
    form     TEXT NOT NULL,    -- the spelling
    doc_id   TEXT NOT NULL,
    start    INTEGER, "end" INTEGER,
    role     TEXT, nation TEXT, org TEXT,
    context  INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX name_forms_bucket ON name_forms(label, bucket);
CREATE INDEX name_forms_doc ON name_forms(doc_id);

CREATE TABLE identities (
    id        TEXT PRIMARY KEY,
    label     TEXT NOT NULL,
    bucket    TEXT NOT NULL,
    name      TEXT NOT NULL,
    aliases   TEXT NOT NULL,   -- JSON list
    roles     TEXT NOT NULL,   -- JSON list
    nations   TEXT NOT NULL,
    orgs      TEXT NOT NULL,
    mentions  INTEGER NOT NULL
);
CREATE INDEX identities_bucket ON identities(label, bucket);

CREATE TABLE identity_aliases (
    identity_id  TEXT NOT NULL REFERENCES identities(id) ON DELETE CASCADE,
    label        TEXT NOT NULL,
    form_key     TEXT NOT NULL
);
CREATE INDEX identity_aliases_key ON identity_aliases(label, form_key);
CREATE INDEX identity_aliases_identity ON identity_aliases(identity_id);

-- Quotations by named speakers, by their word shingles, to find the same words given to two speakers.
CREATE TABLE quote_shingles (
    shingle  TEXT NOT NULL,
    doc_id   TEXT NOT NULL,
    start    INTEGER NOT NULL
);
CREATE INDEX quote_shingles_shingle ON quote_shingles(shingle);
CREATE INDEX quote_shingles_doc ON quote_shingles(doc_id);
