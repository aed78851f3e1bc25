-- The near-duplicate signature (MinHash) of each stored document, so a run seeds duplicate
-- detection from these instead of re-hashing every stored text. ``settings`` records how
-- a signature was made (num_perm, shingle size, ...): one made under other settings is
-- stale and is recomputed. A ledger from before this migration computes signatures for its originals
-- (near copies are never seeded) on its next run.

CREATE TABLE document_signatures (
    doc_id      TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    settings    TEXT NOT NULL,
    signature   BLOB NOT NULL       -- datasketch LeanMinHash serialization
);
