"""claimledger_quantities component (placeholder until the real one lands)."""
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract import extensions  # noqa: F401


@Language.factory("claimledger_quantities", default_config={})
def create_quantities(nlp: Language, name: str):
    return lambda doc: doc
