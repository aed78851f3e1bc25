-- The tracked subjects a strike mention names as weapon or launch platform, one row each, so
-- that a subject's strikes are found through this index (docs/scale-link.md: a query costs what
-- its answer costs), not by reading every incident. Written with the document's facts
-- (store/ledger.py); subject_key as link/documents.subject_key folds it.
CREATE TABLE incident_subjects (
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    subject_key  TEXT NOT NULL
);
CREATE INDEX incident_subjects_key ON incident_subjects(subject_key);
CREATE INDEX incident_subjects_doc ON incident_subjects(doc_id);

-- Mentions stored before the table existed: split their "; "-joined names.
WITH RECURSIVE names(doc_id, start, rest, name) AS (
    SELECT doc_id, start, coalesce(weapons, '') || ';' || coalesce(platforms, '') || ';', NULL
    FROM incidents
    UNION ALL
    SELECT doc_id, start, substr(rest, instr(rest, ';') + 1), trim(substr(rest, 1, instr(rest, ';') - 1))
    FROM names WHERE rest <> ''
)
INSERT INTO incident_subjects (doc_id, start, subject_key)
    SELECT DISTINCT doc_id, start, lower(replace(replace(name, ' ', ''), '-', ''))
    FROM names WHERE name IS NOT NULL AND name <> '';
