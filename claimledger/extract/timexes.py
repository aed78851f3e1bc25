"""claimledger_timexes component (placeholder until the real one lands)."""
from spacy.language import Language
from spacy.tokens import Doc

from claimledger.extract import extensions  # noqa: F401


@Language.factory("claimledger_timexes", default_config={})
def create_timexes(nlp: Language, name: str):
    return lambda doc: doc
