-- The country an event's place lies in ("Hill AFB in Utah": United States), set by the
-- extraction beside the place as the text names it. Ledgers written before read NULL until
-- `claimledger reextract`.
ALTER TABLE events ADD COLUMN country TEXT;
