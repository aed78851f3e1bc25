"""Throughput and memory of claimledger's pipeline against bare spaCy, on the same texts.

Four stages are timed on one list of documents, in the same process:

- ``spacy``: the bare English model (``nlp.pipe`` on the texts, nothing disabled);
- ``pipeline``: the same model plus claimledger's components (``nlp.pipe`` on the Docs);
- ``extract``: the extract stage as ``batch`` runs it, with the Doc -> records conversion;
- ``store``: extraction plus writing every Extraction into a fresh temporary ledger.

Both models are loaded and warmed up before anything is timed. The documents are then
taken slice by slice (one ``nlp.pipe`` batch each), and every stage runs on each slice in
turn, forward on one slice and backward on the next: the stages interleave in time, so a
busy machine slows them alike and neither side always goes first.
Memory is the process's resident set size (RSS), sampled while each stage runs.

The English stages take the English documents. Each other language with a pipeline
(``languages``, default Russian) gets a line of its own beside them: its load time and
memory, and its pipeline's and extract stage's throughput, on the inputs in that
language or, without any, on a bundled sample of the language.

See docs/evaluation.md.
"""
from __future__ import annotations

import dataclasses
import gc
import os
import resource
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable, Sequence

from claimledger.errors import ClaimledgerError
from claimledger.schema import Document

EXAMPLES_FOLDER = Path(__file__).resolve().parents[1] / "examples"
# a report written for the benchmark, used when the inputs hold no document in the language
LANGUAGE_SAMPLES = {"ru": Path(__file__).resolve().parent / "data" / "bench_ru.txt"}
LANGUAGE_NAMES = {"ru": "Russian", "uk": "Ukrainian"}
STAGES = ("spacy", "pipeline", "extract", "store")
STAGE_LABELS = {
    "spacy": "bare spaCy (nlp.pipe)",
    "pipeline": "pipeline (nlp.pipe)",
    "extract": "extract (+ records)",
    "store": "store (+ ledger)",
}
DEFAULT_ROUNDS = 2
WARMUP_DOCS = 8
# The speed floor the project holds the extraction to, as a share of bare spaCy.
THROUGHPUT_FLOOR = 0.8
# A distinct tail on every copy, so neither the ledger nor a cache sees a repeat.
COPY_SUFFIX = "\n\n[benchmark copy {number}]"
RSS_SAMPLE_SECONDS = 0.005
STATM_PATH = "/proc/self/statm"
MEBIBYTE = 1024 * 1024


class BenchInputError(ClaimledgerError, ValueError):
    """Nothing to benchmark: the inputs hold no document, or the document count is not positive."""


# Memory

def current_rss_mb() -> float | None:
    """The resident set size now, from /proc (Linux); None where that is unavailable."""
    try:
        with open(STATM_PATH, "rb") as statm:
            resident_pages = int(statm.read().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / MEBIBYTE


def process_peak_rss_mb() -> float:
    """The highest RSS of the process so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MEBIBYTE if sys.platform == "darwin" else peak / 1024


class RssSampler:
    """Sample RSS in a background thread while a ``with`` block runs; keep the first and the peak.

    ru_maxrss only ever grows over the whole process, so it cannot tell one stage
    from another; sampling can. A sample every few milliseconds costs far less
    than the noise between runs.
    """

    def __init__(self, interval: float = RSS_SAMPLE_SECONDS):
        self.interval = interval
        self.start_mb: float | None = None
        self.peak_mb: float | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample_until_stopped, daemon=True)

    def __enter__(self) -> "RssSampler":
        self.start_mb = self.peak_mb = current_rss_mb()
        if self.start_mb is not None:
            self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        if self._thread.is_alive():
            self._stop.set()
            self._thread.join()
        self._record(current_rss_mb())

    def _sample_until_stopped(self) -> None:
        while not self._stop.wait(self.interval):
            self._record(current_rss_mb())

    def _record(self, rss_mb: float | None) -> None:
        if rss_mb is not None and (self.peak_mb is None or rss_mb > self.peak_mb):
            self.peak_mb = rss_mb

    @property
    def growth_mb(self) -> float | None:
        if self.start_mb is None or self.peak_mb is None:
            return None
        return self.peak_mb - self.start_mb


@dataclass
class Measurement:
    """One timed run: wall-clock and CPU seconds, and the RSS seen during it."""

    seconds: float
    cpu_seconds: float
    start_rss_mb: float | None
    peak_rss_mb: float | None

    @property
    def growth_mb(self) -> float | None:
        if self.start_rss_mb is None or self.peak_rss_mb is None:
            return None
        return self.peak_rss_mb - self.start_rss_mb


def measure(run: Callable[[], object]) -> tuple[Measurement, object]:
    """Time ``run()`` (wall clock and CPU) and sample RSS meanwhile; return the measure and its result."""
    gc.collect()  # leftovers of the previous stage should not be charged to this one
    with RssSampler() as sampler:
        start, cpu_start = time.perf_counter(), time.process_time()
        outcome = run()
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
    return Measurement(seconds, cpu_seconds, sampler.start_mb, sampler.peak_mb), outcome


# Input

def read_input_documents(paths: Sequence[Path]) -> list[Document]:
    """Every readable document under the paths; unreadable ones are left out."""
    from claimledger.ingest import IngestOptions, read_paths

    return [item for item in read_paths(list(paths), options=IngestOptions())
            if isinstance(item, Document)]


def repeat_documents(documents: Sequence[Document], n_docs: int) -> list[Document]:
    """``n_docs`` documents cycling through ``documents``, each with its own id and text tail."""
    copies = []
    for number in range(n_docs):
        original = documents[number % len(documents)]
        # content_hash=None makes the copy hash its own text rather than keep the original's.
        copies.append(dataclasses.replace(original, id=f"{original.id}~{number}",
                                          text=original.text + COPY_SUFFIX.format(number=number),
                                          content_hash=None))
    return copies


def bench_documents(paths: Sequence[Path] | None, n_docs: int, *,
                    lang: str = "en") -> tuple[list[Document], int]:
    """The documents in ``lang`` to time, and how many distinct inputs they repeat."""
    if n_docs < 1:
        raise BenchInputError(f"the number of documents must be at least 1, got {n_docs}")
    sources = list(paths) if paths else [EXAMPLES_FOLDER]
    documents = [document for document in read_input_documents(sources) if document.lang == lang]
    if not documents and lang in LANGUAGE_SAMPLES:
        documents = [document for document in read_input_documents([LANGUAGE_SAMPLES[lang]])]
    if not documents:
        shown = ", ".join(str(path) for path in sources)
        raise BenchInputError(f"no readable document in language {lang!r} in {shown}; give files or folders of reports")
    return repeat_documents(documents, n_docs), len(documents)


# The timed stages

def run_spacy(nlp, documents: Sequence[Document], batch_size: int) -> int:
    """Bare spaCy on the texts; returns the number of tokens."""
    return sum(len(doc) for doc in nlp.pipe((document.text for document in documents), batch_size=batch_size))


def run_pipeline(nlp, documents: Sequence[Document], batch_size: int) -> int:
    """The claimledger pipeline on Docs prepared as the extract stage prepares them."""
    from claimledger.extract import prepare_doc

    docs = (prepare_doc(nlp, document) for document in documents)
    return sum(len(doc) for doc in nlp.pipe(docs, batch_size=batch_size))


def run_extract(nlp, documents: Sequence[Document], batch_size: int) -> int:
    """The extract stage up to schema.Extraction records; returns the number of facts."""
    from claimledger.extract import extract_documents

    return sum(sum(extraction.counts().values())
               for extraction in extract_documents(nlp, documents, batch_size=batch_size))


def run_store(nlp, documents: Sequence[Document], batch_size: int, ledger_path: Path) -> int:
    """Extraction plus one atomic ledger write per document; returns the documents added."""
    from claimledger.extract import extract_documents
    from claimledger.store import Ledger

    added = 0
    with Ledger(ledger_path) as ledger:
        for extraction in extract_documents(nlp, documents, batch_size=batch_size):
            added += ledger.add_extraction(extraction).status == "added"
    return added


@dataclass
class Pipelines:
    """The bare model, the full pipeline, and what loading each cost."""

    bare: object
    full: object
    load: dict


def load_pipelines() -> Pipelines:
    """Load the bare model and the full pipeline, measuring each load."""
    from claimledger.extract import build_pipeline, load_model

    spacy_load, bare = measure(load_model)
    pipeline_load, full = measure(build_pipeline)
    return Pipelines(bare, full, {"spacy": spacy_load, "pipeline": pipeline_load})


Runner = Callable[[Sequence[Document]], object]


def stage_runners(pipelines: Pipelines, batch_size: int, ledger_path: Path) -> dict[str, Runner]:
    """One callable per stage, taking the documents to process; ``store`` adds them to ``ledger_path``."""
    return {
        "spacy": partial(run_spacy, pipelines.bare, batch_size=batch_size),
        "pipeline": partial(run_pipeline, pipelines.full, batch_size=batch_size),
        "extract": partial(run_extract, pipelines.full, batch_size=batch_size),
        "store": partial(run_store, pipelines.full, batch_size=batch_size, ledger_path=ledger_path),
    }


def slice_documents(documents: Sequence[Document], size: int) -> list[Sequence[Document]]:
    return [documents[start:start + size] for start in range(0, len(documents), size)]


def time_components(nlp, documents: Sequence[Document], batch_size: int) -> dict[str, float]:
    """CPU seconds each component of the full pipeline takes, run one component at a time.

    A pass of its own, outside the throughput figures: it names the component to
    look at when the pipeline falls below the floor.
    """
    from claimledger.extract import prepare_doc

    docs = [prepare_doc(nlp, document) for document in documents]
    seconds = {}
    for name, component in nlp.pipeline:
        start = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.process_time() - start
    return seconds


def add_seconds(totals: dict[str, float], seconds: dict[str, float]) -> None:
    for name, spent in seconds.items():
        totals[name] = totals.get(name, 0.0) + spent


def stage_order(turn: int) -> tuple[str, ...]:
    """Forward on even turns, backward on odd ones."""
    return STAGES if turn % 2 == 0 else tuple(reversed(STAGES))


# Summaries

def per_second(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def rounded(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


def summarize_stage(rounds: list[list[Measurement]], n_docs: int, n_tokens: int) -> dict:
    """Throughput over all rounds together (wall clock, and CPU), and the largest RSS figures seen.

    rounds (list[list[Measurement]]): per round, the measurements of its slices.
    """
    runs = [run for slices in rounds for run in slices]
    round_seconds = [sum(run.seconds for run in slices) for slices in rounds]
    round_cpu_seconds = [sum(run.cpu_seconds for run in slices) for slices in rounds]
    growths = [run.growth_mb for run in runs if run.growth_mb is not None]
    peaks = [run.peak_rss_mb for run in runs if run.peak_rss_mb is not None]
    return {
        "seconds": [round(seconds, 4) for seconds in round_seconds],
        "docs_per_s": per_second(n_docs * len(rounds), sum(round_seconds)),
        "tokens_per_s": per_second(n_tokens * len(rounds), sum(round_seconds)),
        "cpu_seconds": [round(seconds, 4) for seconds in round_cpu_seconds],
        "cpu_docs_per_s": per_second(n_docs * len(rounds), sum(round_cpu_seconds)),
        "peak_rss_mb": rounded(max(peaks)) if peaks else None,
        "rss_growth_mb": rounded(max(growths)) if growths else None,
    }


def cpu_ratio(stages: dict, stage: str) -> float:
    """The stage's throughput over bare spaCy's, in CPU time: steadier on a busy machine."""
    return stages[stage]["cpu_docs_per_s"] / stages["spacy"]["cpu_docs_per_s"]


def summarize_components(seconds: dict[str, float]) -> dict[str, dict]:
    """Each component's seconds and share of the pipeline's total, in pipeline order."""
    total = sum(seconds.values())
    return {name: {"seconds": round(spent, 4), "share": spent / total if total else 0.0}
            for name, spent in seconds.items()}


def summarize_load(load: Measurement) -> dict:
    return {"seconds": round(load.seconds, 3), "rss_growth_mb": rounded(load.growth_mb)}


def run_bench(paths: list[Path] | None = None, *, n_docs: int = 300, batch_size: int = 32,
              rounds: int = DEFAULT_ROUNDS, components: bool = True,
              languages: Sequence[str] = ("ru",)) -> dict:
    """Time bare spaCy and claimledger's stages on the same documents; return the figures.

    paths (list[Path] | None): files or folders to ingest; None for the bundled examples.
    n_docs (int): documents per timed run; the inputs are repeated (each copy with
        its own id and text tail) until there are this many.
    batch_size (int): ``nlp.pipe`` batch size, the same for every stage.
    rounds (int): passes over the documents. Each pass goes slice by slice (``batch_size``
        documents), running every stage on the slice, in an order that flips from one
        slice to the next, so a change in machine load hits every stage alike.
    components (bool): also time each component of the full pipeline alone, on every slice.
    languages (list[str]): other languages timed beside English, each on ``n_docs`` documents.
    RETURNS (dict): ``pipeline_docs_per_s``, ``spacy_docs_per_s``, ``ratio`` (pipeline /
        spaCy), ``extract_docs_per_s``, ``extract_ratio``, ``store_docs_per_s``,
        ``store_ratio``, the same three ratios in CPU time (``cpu_ratio`` ...), tokens per
        second, ``peak_rss_mb`` (whole process), the input sizes, under ``stages`` and ``load`` the per-stage seconds and RSS, and under
        ``components`` each component's share of the full pipeline's time; under
        ``languages`` each other language's load and throughput (``language_figures``).
    Raises BenchInputError when there is nothing to time, ModelMissing without the model.
    DOCS: docs/evaluation.md
    """
    documents, n_inputs = bench_documents(paths, n_docs)
    rounds = max(rounds, 1)
    pipelines = load_pipelines()
    runs: dict[str, list[list[Measurement]]] = {stage: [[] for _ in range(rounds)] for stage in STAGES}
    tokens_per_round = [0] * rounds
    component_seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="claimledger-bench-") as folder:
        warmup_runners = stage_runners(pipelines, batch_size, Path(folder) / "warmup.db")
        for stage in STAGES:
            warmup_runners[stage](documents[:WARMUP_DOCS])
        for round_number in range(rounds):
            # A fresh ledger per round, which grows slice by slice as in a real run.
            runners = stage_runners(pipelines, batch_size, Path(folder) / f"round-{round_number}.db")
            for slice_number, part in enumerate(slice_documents(documents, batch_size)):
                for stage in stage_order(round_number + slice_number):
                    measurement, outcome = measure(partial(runners[stage], part))
                    runs[stage][round_number].append(measurement)
                    if stage == "spacy":
                        tokens_per_round[round_number] += outcome
                if components:
                    add_seconds(component_seconds, time_components(pipelines.full, part, batch_size))
    n_tokens = tokens_per_round[0]
    stages = {stage: summarize_stage(runs[stage], len(documents), n_tokens) for stage in STAGES}
    spacy_speed = stages["spacy"]["docs_per_s"]
    return {
        "n_docs": len(documents),
        "n_inputs": n_inputs,
        "n_tokens": n_tokens,
        "n_chars": sum(len(document.text) for document in documents),
        "batch_size": batch_size,
        "rounds": rounds,
        "spacy_docs_per_s": spacy_speed,
        "spacy_tokens_per_s": stages["spacy"]["tokens_per_s"],
        "pipeline_docs_per_s": stages["pipeline"]["docs_per_s"],
        "pipeline_tokens_per_s": stages["pipeline"]["tokens_per_s"],
        "ratio": stages["pipeline"]["docs_per_s"] / spacy_speed,
        "extract_docs_per_s": stages["extract"]["docs_per_s"],
        "extract_ratio": stages["extract"]["docs_per_s"] / spacy_speed,
        "store_docs_per_s": stages["store"]["docs_per_s"],
        "store_ratio": stages["store"]["docs_per_s"] / spacy_speed,
        "cpu_ratio": cpu_ratio(stages, "pipeline"),
        "extract_cpu_ratio": cpu_ratio(stages, "extract"),
        "store_cpu_ratio": cpu_ratio(stages, "store"),
        "peak_rss_mb": rounded(process_peak_rss_mb()),
        "stages": stages,
        "load": {name: summarize_load(load) for name, load in pipelines.load.items()},
        "components": summarize_components(component_seconds),
        "languages": {lang: language_figures(paths, lang, n_docs=n_docs, batch_size=batch_size)
                      for lang in languages},
    }


def language_figures(paths: list[Path] | None, lang: str, *, n_docs: int, batch_size: int) -> dict:
    """Load time and memory of ``lang``'s pipeline, and its throughput on ``n_docs`` documents
    (after a warm-up): the pipeline alone (tokens) and the extract stage (records)."""
    from claimledger.extract import build_pipeline

    documents, n_inputs = bench_documents(paths, n_docs, lang=lang)
    load, nlp = measure(partial(build_pipeline, lang=lang))
    run_extract(nlp, documents[:WARMUP_DOCS], batch_size)
    pipeline, n_tokens = measure(partial(run_pipeline, nlp, documents, batch_size))
    extract, _ = measure(partial(run_extract, nlp, documents, batch_size))
    return {
        "n_docs": len(documents),
        "n_inputs": n_inputs,
        "n_tokens": n_tokens,
        "load": summarize_load(load),
        "pipeline_docs_per_s": per_second(len(documents), pipeline.seconds),
        "pipeline_tokens_per_s": per_second(n_tokens, pipeline.seconds),
        "extract_docs_per_s": per_second(len(documents), extract.seconds),
        "extract_tokens_per_s": per_second(n_tokens, extract.seconds),
        "peak_rss_mb": rounded(max(value for value in (pipeline.peak_rss_mb, extract.peak_rss_mb, 0.0)
                                   if value is not None)),
    }


# Display

def show_mb(value: float | None) -> str:
    return "-" if value is None else f"{value:,.1f}"


def format_bench(result: dict) -> str:
    """The result of ``run_bench`` as a readable table."""
    header = ("stage", "docs/s", "tokens/s", "x spaCy", "x spaCy CPU", "RSS peak MB", "RSS growth MB")
    spacy_speed = result["spacy_docs_per_s"]
    rows = [header]
    for stage in STAGES:
        figures = result["stages"][stage]
        rows.append((STAGE_LABELS[stage], f"{figures['docs_per_s']:,.1f}", f"{figures['tokens_per_s']:,.0f}",
                     f"{figures['docs_per_s'] / spacy_speed:.2f}",
                     f"{figures['cpu_docs_per_s'] / result['stages']['spacy']['cpu_docs_per_s']:.2f}",
                     show_mb(figures["peak_rss_mb"]),
                     show_mb(figures["rss_growth_mb"])))
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = [f"{result['n_docs']} documents ({result['n_inputs']} distinct inputs, repeated), "
             f"{result['n_tokens']:,} tokens, {result['n_chars']:,} characters; "
             f"batch size {result['batch_size']}, {result['rounds']} round(s)", ""]
    lines += ["  ".join(cell.ljust(width) if column == 0 else cell.rjust(width)
                        for column, (cell, width) in enumerate(zip(row, widths))) for row in rows]
    verdict = "meets" if result["extract_ratio"] >= THROUGHPUT_FLOOR else "is BELOW"
    lines += ["",
              f"extract stage {verdict} the floor of {THROUGHPUT_FLOOR:.2f}x bare spaCy "
              f"(pipeline {result['ratio']:.2f}x, extract {result['extract_ratio']:.2f}x, "
              f"store {result['store_ratio']:.2f}x)"]
    if result.get("components"):
        lines += ["", "CPU time per component (all rounds, one component at a time):"]
        width = max(len(name) for name in result["components"])
        lines += [f"  {name.ljust(width)}  {figures['seconds']:8.3f} s  {figures['share']:6.1%}"
                  for name, figures in result["components"].items()]
        lines.append("")
    for name, load in result["load"].items():
        lines.append(f"load {name}: {load['seconds']:.2f} s, RSS +{show_mb(load['rss_growth_mb'])} MB")
    for lang, figures in result.get("languages", {}).items():
        lines.append(f"{LANGUAGE_NAMES.get(lang, lang)} ({lang}): {figures['n_docs']} documents "
                     f"({figures['n_inputs']} distinct), {figures['n_tokens']:,} tokens; pipeline "
                     f"{figures['pipeline_tokens_per_s']:,.0f} tokens/s, extract "
                     f"{figures['extract_tokens_per_s']:,.0f} tokens/s "
                     f"({figures['extract_docs_per_s']:,.1f} docs/s; English pipeline "
                     f"{result['pipeline_tokens_per_s']:,.0f} tokens/s); load "
                     f"{figures['load']['seconds']:.2f} s, RSS +{show_mb(figures['load']['rss_growth_mb'])} MB")
    lines.append(f"process peak RSS: {show_mb(result['peak_rss_mb'])} MB")
    return "\n".join(lines)
