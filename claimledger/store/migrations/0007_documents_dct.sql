-- Documents by publication date: finding cross-language originals near in time reads only the
-- documents of those days, whatever the ledger holds.
CREATE INDEX documents_dct ON documents(dct);
