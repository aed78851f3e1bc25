-- Each document's countries and nationalities (place keys) and where it names them: which
-- subjects a denial of weapons in general by a supplier can answer (a report whose sentence
-- names the supplier), found by the supplier, not by reading every document (link/update.py).
-- A link table, written for each document the link stage links.
CREATE TABLE document_countries (
    country  TEXT NOT NULL,
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start    INTEGER NOT NULL
);
CREATE INDEX document_countries_country ON document_countries(country);
CREATE INDEX document_countries_doc ON document_countries(doc_id);

-- Documents linked before the table existed: the next link run indexes their countries.
CREATE TABLE countries_unindexed (
    doc_id  TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
);
INSERT INTO countries_unindexed SELECT doc_id FROM linked_documents;
