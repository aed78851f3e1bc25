-- Who asserts an incident mention (extract/incidents.py): the side (a country) its source
-- resolves to ("Kremlin spokesman Dmitry Peskov", "the Russian defence ministry", "Moscow" are
-- Russia), NULL for the author's voice or a source of no known side. The link stage keeps a
-- document's accounts apart when its sources disagree (link/kinds/incident.py).
ALTER TABLE incidents ADD COLUMN source_side TEXT;
