-- Every position of a conflict with its independent sources and earliest report: two for most
-- kinds, one per speaker for an attribution conflict (one quotation given to several speakers).
-- contradiction_sides.side names the position's side here (a, b, c, ...).
CREATE TABLE contradiction_positions (
    contradiction_id  TEXT NOT NULL REFERENCES contradictions(id) ON DELETE CASCADE,
    side              TEXT NOT NULL,
    position          TEXT NOT NULL,
    sources           INTEGER NOT NULL,
    earliest          TEXT,
    PRIMARY KEY (contradiction_id, side)
);
