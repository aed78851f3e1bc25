"""The benchmark: inputs, stages, memory sampling, and one tiny run with the real model."""
import time

import pytest
import spacy

from claimledger.bench import (EXAMPLES_FOLDER, STAGE_LABELS, BenchInputError, RssSampler, bench_documents,
                               current_rss_mb, format_bench, repeat_documents, run_bench, run_store,
                               slice_documents,
                               stage_order)
from claimledger.schema import Document

REPORT = "Officials said the S-400 battery arrived in Minsk on Tuesday, according to the ministry.\n"
SPEED_KEYS = ("spacy_docs_per_s", "spacy_tokens_per_s", "pipeline_docs_per_s", "pipeline_tokens_per_s",
              "cpu_ratio", "extract_cpu_ratio", "store_cpu_ratio",
              "extract_docs_per_s", "store_docs_per_s", "ratio", "extract_ratio", "store_ratio")
SIZE_KEYS = ("n_docs", "n_tokens", "n_chars", "peak_rss_mb")


@pytest.fixture(scope="module")
def reports_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    (folder / "first.txt").write_text(REPORT, encoding="utf-8")
    (folder / "second.txt").write_text(REPORT.replace("Minsk", "Brest"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def tiny_result(reports_folder):
    """One run on four documents; it loads the English model twice (bare and full)."""
    return run_bench([reports_folder], n_docs=4, batch_size=2)


# Inputs

def test_repeat_documents_cycles_with_distinct_ids_and_texts():
    originals = [Document(id="a", text="First report."), Document(id="b", text="Second report.")]
    copies = repeat_documents(originals, 5)
    assert [copy.id.split("~")[0] for copy in copies] == ["a", "b", "a", "b", "a"]
    assert len({copy.id for copy in copies}) == 5
    assert all(copy.text.startswith(originals[number % 2].text) for number, copy in enumerate(copies))


def test_repeat_documents_rehashes_each_copy():
    # A copy that kept its original's hash would be taken for a duplicate by the ledger.
    copies = repeat_documents([Document(id="a", text="First report.")], 3)
    assert len({copy.content_hash for copy in copies}) == 3


def test_bench_documents_default_to_the_bundled_examples():
    if not EXAMPLES_FOLDER.is_dir() or not any(EXAMPLES_FOLDER.iterdir()):
        pytest.skip("no bundled examples")
    documents, n_inputs = bench_documents(None, 3)
    assert len(documents) == 3 and n_inputs >= 1


def test_bench_documents_reads_given_paths(reports_folder):
    documents, n_inputs = bench_documents([reports_folder], 7)
    assert (len(documents), n_inputs) == (7, 2)
    assert {"Minsk" in document.text for document in documents} == {True, False}


@pytest.mark.parametrize("n_docs", [0, -3])
def test_bench_documents_rejects_a_count_below_one(reports_folder, n_docs):
    with pytest.raises(BenchInputError, match="at least 1"):
        bench_documents([reports_folder], n_docs)


def test_bench_documents_rejects_inputs_without_documents(tmp_path):
    with pytest.raises(BenchInputError, match="no readable document"):
        bench_documents([tmp_path], 4)


# Stages and measurement

def test_stage_order_alternates():
    assert stage_order(0) == tuple(reversed(stage_order(1)))
    assert stage_order(0)[0] == "spacy"


def test_run_store_adds_every_copy(tmp_path):
    copies = repeat_documents([Document(id="a", text=REPORT)], 4)
    assert run_store(spacy.blank("en"), copies, 2, tmp_path / "bench.db") == 4


def test_rss_sampler_sees_a_temporary_allocation():
    if current_rss_mb() is None:
        pytest.skip("RSS is not readable on this platform")
    with RssSampler() as sampler:
        block = bytearray(64 * 1024 * 1024)
        block[::4096] = b"x" * len(block[::4096])  # touch every page so it is resident
        time.sleep(10 * sampler.interval)  # long enough for several samples
        del block
    assert current_rss_mb() - sampler.start_mb < 32  # freed again: only sampling saw the peak
    assert sampler.growth_mb >= 48


# One run with the model

@pytest.mark.parametrize("key", SPEED_KEYS + SIZE_KEYS)
def test_run_bench_reports_positive_figures(tiny_result, key):
    assert tiny_result[key] > 0


def test_run_bench_times_the_requested_documents(tiny_result):
    assert tiny_result["n_docs"] == 4
    assert tiny_result["n_chars"] > 4 * len(REPORT)  # each copy carries a tail


@pytest.mark.parametrize("stage, ratio_key", [("pipeline", "ratio"), ("extract", "extract_ratio"),
                                              ("store", "store_ratio")])
def test_run_bench_ratio_is_stage_over_bare_spacy(tiny_result, stage, ratio_key):
    expected = tiny_result[f"{stage}_docs_per_s"] / tiny_result["spacy_docs_per_s"]
    assert tiny_result[ratio_key] == pytest.approx(expected)


def test_run_bench_keeps_every_round(tiny_result):
    assert all(len(figures["seconds"]) == tiny_result["rounds"] for figures in tiny_result["stages"].values())


def test_format_bench_lists_every_stage_and_the_floor(tiny_result):
    table = format_bench(tiny_result)
    assert all(label in table for label in STAGE_LABELS.values())
    assert "floor of 0.80x bare spaCy" in table
    assert "CPU time per component" in table
    assert table.splitlines()[0].startswith("4 documents (2 distinct inputs, repeated)")


def test_run_bench_times_every_component_of_the_pipeline(tiny_result):
    names = list(tiny_result["components"])
    assert "parser" in names and any(name.startswith("claimledger_") for name in names)
    assert sum(figures["share"] for figures in tiny_result["components"].values()) == pytest.approx(1.0)


def test_slice_documents_keeps_order_and_remainder():
    documents = repeat_documents([Document(id="a", text="First report.")], 5)
    slices = slice_documents(documents, 2)
    assert [len(part) for part in slices] == [2, 2, 1]
    assert [document for part in slices for document in part] == documents


def test_bench_times_russian_beside_english(tiny_result):
    russian = tiny_result["languages"]["ru"]
    assert russian["n_docs"] == 4 and russian["n_tokens"] > 0
    assert russian["pipeline_tokens_per_s"] > 0 and russian["load"]["seconds"] > 0
    assert "Russian (ru): 4 documents" in format_bench(tiny_result)


def test_bench_documents_in_a_language_fall_back_to_its_sample(reports_folder):
    documents, n_inputs = bench_documents([reports_folder], 3, lang="ru")
    assert n_inputs == 1 and all(document.lang == "ru" for document in documents)
