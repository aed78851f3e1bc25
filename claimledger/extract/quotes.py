"""claimledger_quotes component (placeholder until the real one lands)."""
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract import extensions  # noqa: F401


@Language.factory("claimledger_quotes", default_config={})
def create_quotes(nlp: Language, name: str):
    return lambda doc: doc
