-- Whether a status claim says its system is at its place still on the report's day ("the
-- Typhon is still in Japan"), which a withdrawal reported before it contradicts. Ledgers written
-- before read 0 until `claimledger reextract`.
ALTER TABLE status_claims ADD COLUMN still_there INTEGER NOT NULL DEFAULT 0;
