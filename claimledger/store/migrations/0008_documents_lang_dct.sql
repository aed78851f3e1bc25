-- Documents by language, then publication date: the cross-language originals near a document
-- are read from the other languages' few days only, not from every document of those days.
CREATE INDEX documents_lang_dct ON documents(lang, dct);
