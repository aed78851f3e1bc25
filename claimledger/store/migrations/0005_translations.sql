-- A translation of a report in another language (a cross-language copy: the same names,
-- numbers and dates in the same order), found by the link stage from stored records
-- (claimledger/link/translations.py). It counts with its original, like a same-language copy
-- (documents.copy_of). A link table: relink clears and rebuilds it.

CREATE TABLE translations (
    doc_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    original    TEXT NOT NULL REFERENCES documents(id),
    similarity  REAL NOT NULL,       -- 2 * shared anchors / (anchors of both)
    shared      INTEGER NOT NULL     -- anchors in common, in order
);
CREATE INDEX translations_original ON translations(original);
