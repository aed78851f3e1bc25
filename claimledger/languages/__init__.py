"""Languages other than English: identification, lemmas and per-language pipelines.

Every language's pipeline fills the same Doc extensions as the English one
(``doc._.timexes``, ``doc._.quotes``, ``doc._.events`` ...), so records, storage
and linking do not care which language a document was written in.
"""
