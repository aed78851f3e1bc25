-- Mentions of a strike, hit, attack or interception (extract/incidents.py): the place struck,
-- its time, the weapons, the side and the platforms said to have fired, and whether the text
-- denies or corrects it. The link stage joins them by place (``place_key``) into incidents.
CREATE TABLE incidents (
    doc_id           TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start            INTEGER NOT NULL, "end" INTEGER NOT NULL,
    place            TEXT,
    place_key        TEXT,
    place_inherited  INTEGER NOT NULL DEFAULT 0,
    target           TEXT,
    date             TEXT,
    weapons          TEXT,
    side             TEXT,
    platforms        TEXT,
    intercepted      INTEGER,
    stance           TEXT NOT NULL DEFAULT 'asserted',
    modality         TEXT NOT NULL DEFAULT 'asserted',
    source           TEXT,
    sentence_start   INTEGER, sentence_end INTEGER
);
CREATE INDEX incidents_doc ON incidents(doc_id);
CREATE INDEX incidents_place ON incidents(place_key);
