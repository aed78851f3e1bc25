"""Every custom attribute claimledger sets on a spaCy Doc, registered in one place.

Components store plain types (lists of dicts with character spans) so a Doc
survives DocBin serialisation; ``records.py`` turns them into schema records.
"""
from spacy.tokens import Doc

# name -> default; each a list of plain dicts unless noted
DOC_ATTRIBUTES = {
    "doc_id": None,       # str: the schema.Document id
    "dct": None,          # str | None: the publication date, YYYY-MM-DD
    "timexes": None,      # [{"span": [s, e], "type", "value"}]
    "quotes": None,       # [{"span", "kind", "speaker", "speaker_span", "cue", "speaker_role", "speaker_org", "source_type"}]
    "events": None,       # [{"subject", "status", "span", "location", "date", "source", "source_span"}]
    "claims": None,       # [{"span", "source_type", "modality", "source", "cue"}]
    "quantities": None,   # [{"span", "value", "unit", "qualifier", "subject", "text"}]
    "names": None,        # {surface name: fullest name}, filled by the speakers helper
}

SUBJECTS_KEY = "subjects"   # doc.spans group: tracked-subject mentions, label_ = canonical name
NUMBERS_KEY = "numbers"     # doc.spans group: numbers in digits (Russian, Ukrainian), label_ = CARDINAL


def register_extensions() -> None:
    """Register the Doc attributes once; safe to call again."""
    for name, default in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
