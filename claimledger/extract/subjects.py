"""claimledger_subjects component (placeholder until the real one lands)."""
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract import extensions  # noqa: F401


@Language.factory("claimledger_subjects", default_config={"extra_subjects_path": None})
def create_subjects(nlp: Language, name: str, extra_subjects_path: str | None):
    return lambda doc: doc
