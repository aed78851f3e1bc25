-- The subjects a contradiction's positions name besides its bucket's: an incident row (bucket:
-- a place) is found by every weapon and platform its reports name ("struck by S-300 against
-- struck by Buk-M3" by S-300 and by Buk-M3), through this index, not by reading every row.
-- A link table, written with the contradiction (store/link_tables.py).
CREATE TABLE contradiction_subjects (
    contradiction_id  TEXT NOT NULL REFERENCES contradictions(id) ON DELETE CASCADE,
    subject_key       TEXT NOT NULL,
    PRIMARY KEY (contradiction_id, subject_key)
);
CREATE INDEX contradiction_subjects_key ON contradiction_subjects(subject_key);

-- Rows linked before the table existed: their subject and the weapons and platforms their
-- positions name (the next link run writes the rest).
INSERT OR IGNORE INTO contradiction_subjects
    SELECT id, lower(replace(replace(subject, ' ', ''), '-', '')) FROM contradictions
    WHERE kind = 'incident' AND subject IS NOT NULL;
INSERT OR IGNORE INTO contradiction_subjects
    SELECT p.contradiction_id, lower(replace(replace(substr(p.position, instr(p.position, ' by ') + 4), ' ', ''), '-', ''))
    FROM contradiction_positions p JOIN contradictions c ON c.id = p.contradiction_id
    WHERE c.kind = 'incident' AND p.position LIKE 'struck by %';
INSERT OR IGNORE INTO contradiction_subjects
    SELECT p.contradiction_id, lower(replace(replace(substr(p.position, 15), ' ', ''), '-', ''))
    FROM contradiction_positions p JOIN contradictions c ON c.id = p.contradiction_id
    WHERE c.kind = 'incident' AND p.position LIKE 'launched from %';
