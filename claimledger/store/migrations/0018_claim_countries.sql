-- The country a status claim's place lies in, from its event ("Tanagra": Greece), so that the
-- link stage joins a report naming a site with one naming only its country. Ledgers written
-- before read NULL until `claimledger reextract`.
ALTER TABLE status_claims ADD COLUMN country TEXT;
