-- Whether a timex gives its day by a calendar date or a weekday ("19 April", "on Saturday")
-- rather than counting from the report ("yesterday"): set by the extraction, read by the link
-- stage's date comparisons. Ledgers written before read 0 until `claimledger reextract`.
ALTER TABLE timexes ADD COLUMN names_day INTEGER NOT NULL DEFAULT 0;
