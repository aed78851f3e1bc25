"""The local and Dask drivers give the same extractions, in input order."""
import pytest

from claimledger.batch import extract_dask, extract_local
from claimledger.schema import Document

TEXTS = [
    "The ministry said on Friday that the S-400 battery had arrived in Minsk.",
    "Officials warned that Patriot batteries could be moved next month.",
    "‘We are ready,’ spokesman Ivan Petrov told reporters on March 3.",
]


@pytest.fixture(scope="module")
def documents():
    return [Document(id=f"batch-{number}", text=text, dct="2025-03-14") for number, text in enumerate(TEXTS)]


def test_dask_driver_matches_local_driver(documents):
    local = [extraction.as_eval_dict() for extraction in extract_local(documents)]
    distributed = [extraction.as_eval_dict()
                   for extraction in extract_dask(documents, workers=2, chunk_size=1, scheduler="threads")]
    assert distributed == local
    assert [line["id"] for line in distributed] == ["batch-0", "batch-1", "batch-2"]


def test_dask_driver_with_no_documents_yields_nothing():
    assert list(extract_dask([], workers=2)) == []
