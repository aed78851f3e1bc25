-- The part of a dated month or year a status claim names ("at the end of July": late; "in early
-- August": early), so that the link stage compares the days it covers, not the whole month; and
-- whether a use is said to be the first ("for the first time"), whose date is then an onset.
ALTER TABLE status_claims ADD COLUMN date_part TEXT;   -- early | mid | late | NULL
ALTER TABLE status_claims ADD COLUMN first_time INTEGER NOT NULL DEFAULT 0;
