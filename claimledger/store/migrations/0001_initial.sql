-- The ledger: documents, every source that carried them, and every extracted fact
-- with its document id and [start, end) character span.

CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    content_hash  TEXT NOT NULL UNIQUE,
    text          TEXT NOT NULL,
    dct           TEXT,
    outlet        TEXT,
    url           TEXT,
    title         TEXT,
    author        TEXT,
    lang          TEXT NOT NULL DEFAULT 'en',
    source_path   TEXT,
    ingested_at   TEXT NOT NULL,
    copy_of       TEXT REFERENCES documents(id),  -- near duplicate (syndicated copy) of this original
    similarity    REAL                            -- estimated Jaccard similarity to copy_of
);
CREATE INDEX documents_copy_of ON documents(copy_of);

-- Every place a document was seen: exact duplicates are stored once, with all their sources.
CREATE TABLE document_sources (
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    outlet       TEXT,
    url          TEXT NOT NULL DEFAULT '',
    dct          TEXT,
    source_path  TEXT NOT NULL DEFAULT '',
    UNIQUE (doc_id, source_path, url)
);

CREATE TABLE entities (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start   INTEGER NOT NULL, "end" INTEGER NOT NULL,
    label   TEXT NOT NULL,
    text    TEXT NOT NULL,
    name    TEXT
);
CREATE INDEX entities_doc ON entities(doc_id);

CREATE TABLE subject_mentions (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start    INTEGER NOT NULL, "end" INTEGER NOT NULL,
    subject  TEXT NOT NULL,
    kind     TEXT,
    text     TEXT NOT NULL
);
CREATE INDEX subject_mentions_doc ON subject_mentions(doc_id);
CREATE INDEX subject_mentions_subject ON subject_mentions(subject);

CREATE TABLE quotes (
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start          INTEGER NOT NULL, "end" INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    speaker        TEXT,
    speaker_start  INTEGER, speaker_end INTEGER,
    cue_start      INTEGER, cue_end INTEGER,
    speaker_role   TEXT,
    speaker_org    TEXT,
    source_type    TEXT
);
CREATE INDEX quotes_doc ON quotes(doc_id);

CREATE TABLE timexes (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start   INTEGER NOT NULL, "end" INTEGER NOT NULL,
    type    TEXT NOT NULL,
    value   TEXT,
    text    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX timexes_doc ON timexes(doc_id);

CREATE TABLE events (
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    subject       TEXT NOT NULL,
    status        TEXT NOT NULL,
    start         INTEGER NOT NULL, "end" INTEGER NOT NULL,
    location      TEXT,
    date          TEXT,
    source        TEXT,
    source_start  INTEGER, source_end INTEGER
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_subject ON events(subject);

CREATE TABLE claims (
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL, "end" INTEGER NOT NULL,
    source_type  TEXT NOT NULL,
    modality     TEXT NOT NULL,
    source       TEXT,
    cue          TEXT
);
CREATE INDEX claims_doc ON claims(doc_id);

CREATE TABLE quantities (
    doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start      INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value      REAL NOT NULL,
    unit       TEXT NOT NULL,
    qualifier  TEXT,
    subject    TEXT,
    text       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX quantities_doc ON quantities(doc_id);

-- Inputs that could not be read, by file (and line or record); one row per distinct failure.
CREATE TABLE errors (
    path       TEXT NOT NULL,
    line       INTEGER NOT NULL DEFAULT 0,
    record     TEXT NOT NULL DEFAULT '',
    reason     TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    UNIQUE (path, line, record, reason)
);

-- Full-text search over documents and quotes.
CREATE VIRTUAL TABLE documents_fts USING fts5(doc_id UNINDEXED, title, text);
CREATE VIRTUAL TABLE quotes_fts USING fts5(doc_id UNINDEXED, speaker, text, start UNINDEXED, "end" UNINDEXED);
