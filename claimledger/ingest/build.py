"""Turn extracted text and metadata into a Document, applying the shared guards."""
from __future__ import annotations

from claimledger.errors import InputError
from claimledger.ingest.dates import to_iso_date
from claimledger.ingest.options import IngestOptions
from claimledger.schema import Document, document_id_for


def source_path_for(path, *, line: int | None = None, record: str | None = None) -> str:
    """'file', 'file:line' or 'file#record': where a document was read from."""
    where = str(path)
    if line is not None:
        where += f":{line}"
    if record is not None:
        where += f"#{record}"
    return where


def build_document(text: str, *, path, options: IngestOptions, line: int | None = None,
                   record: str | None = None, doc_id: str | None = None, dct=None,
                   outlet: str | None = None, url: str | None = None,
                   title: str | None = None, author: str | None = None,
                   lang: str | None = None) -> Document | InputError:
    """A Document, or the InputError saying why this text cannot be one.

    The id is the given one (eval format) or derived from the text, so a re-run finds the
    same document. dct: options.dct first, then the document's own date, else None.
    """
    if not text.strip():
        return InputError(path, "empty document", line=line, record=record)
    if len(text) > options.max_text_chars:
        return InputError(path, f"document too long ({len(text):,} characters; "
                                f"limit {options.max_text_chars:,})", line=line, record=record)
    return Document(
        id=doc_id or document_id_for(text),
        text=text,
        dct=options.dct or to_iso_date(dct),
        outlet=options.outlet or _clean(outlet),
        url=_clean(url),
        title=_clean(title),
        author=_clean(author),
        lang=lang or options.lang,
        source_path=source_path_for(path, line=line, record=record),
    )


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
