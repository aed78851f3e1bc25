"""The command line: each command parses, calls one library function, renders the result.

Data goes to stdout; progress, skips and errors go to stderr.

Exit status: 0 when everything was read; 1 when some input was skipped (bad
file, line or record; the rest of the batch was processed); 2 for usage errors
and fatal problems (the database cannot be opened, the model is missing).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimledger.errors import ClaimledgerError, InputError
from claimledger.languages.detect import AUTO, normalise_code
from claimledger.report.safe_text import json_dumps_safe, terminal_safe, terminal_text
from claimledger.report.terminal import id_width
from claimledger.store.search import MAX_QUERY_CHARS, MAX_SEARCH_LIMIT

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_show_locals=False,
                  help="claimledger: a sourced ledger of claims from defence and security news.")
out = Console()
err = Console(stderr=True, soft_wrap=True)  # one line per skip, however long

DB_OPTION = typer.Option(Path("claimledger.db"), "--db", help="SQLite ledger file.")
SUBJECTS_OPTION = typer.Option(None, "--subjects", help="Extra subject list (YAML or JSON) extending the shipped one.")
WORKERS_OPTION = typer.Option(1, "--workers", min=1, help="Extract on a local Dask cluster of this many worker processes (1: in this process).")
SCHEDULER_OPTION = typer.Option(None, "--scheduler", help="Extract on the dask.distributed cluster at this address (e.g. tcp://host:8786).")
EXIT_SKIPPED = 1
EXIT_FATAL = 2


@app.callback()
def main():
    """claimledger: a sourced ledger of claims from defence and security news."""


def report_skip(error: InputError) -> None:
    """One stderr line per input lost: "skipped:" when all of it, "partly read:" when what could be
    read was stored (the line says what was kept)."""
    err.print(f"{'partly read' if error.partial else 'skipped'}: {error}", markup=False, highlight=False)


def fail(error: Exception | str) -> typer.Exit:
    err.print(f"Error: {terminal_safe(error)}", markup=False, highlight=False)
    return typer.Exit(code=EXIT_FATAL)


@app.command()
def analyze(paths: List[Path] = typer.Argument(..., help="Files and folders to ingest (folders recursively)."),
            db: Path = DB_OPTION,
            dct: Optional[str] = typer.Option(None, "--dct", help="Publication date YYYY-MM-DD for every document (overrides metadata)."),
            outlet: Optional[str] = typer.Option(None, "--outlet", help="Outlet name for every document."),
            lang: str = typer.Option("auto", "--lang", help="Language of every document (en, ru, uk ...); 'auto': each document's metadata, else its text, decides."),
            subjects: Optional[Path] = SUBJECTS_OPTION,
            workers: int = WORKERS_OPTION,
            scheduler: Optional[str] = SCHEDULER_OPTION,
            chunk_size: int = typer.Option(64, "--chunk-size", min=1, help="Documents extracted and stored together; a killed run loses at most the chunks in flight."),
            max_chars: int = typer.Option(5_000_000, "--max-chars", help="Skip documents longer than this many characters."),
            as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON.")):
    """Ingest, extract and store reports; print a summary of what was added and skipped."""
    from claimledger.ingest import IngestOptions
    from claimledger.pipeline import analyze as run_analyze

    if dct is not None and not _is_iso_date(dct):
        raise fail(ValueError(f"--dct must be YYYY-MM-DD, got {dct!r}"))
    if lang != AUTO:
        if normalise_code(lang) is None:
            raise fail(ValueError(f"--lang must be 'auto' or a language code such as 'en', 'ru' or 'uk', got {lang!r}"))
        lang = normalise_code(lang)
    options = IngestOptions(dct=dct, outlet=outlet, lang=lang, max_text_chars=max_chars)
    summary = with_progress("extracting", lambda advance: run_analyze(
        paths, db_path=db, options=options, subjects_file=subjects, workers=workers, scheduler=scheduler,
        chunk_size=chunk_size, report=report_skip, progress=advance))
    report_link_failures(summary.link_failures)
    if as_json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        out.print(summary_table(summary, db))
    raise typer.Exit(code=EXIT_SKIPPED if summary.skipped or summary.link_failures else 0)


@app.command()
def reextract(db: Path = DB_OPTION,
              subjects: Optional[Path] = SUBJECTS_OPTION,
              workers: int = WORKERS_OPTION,
              scheduler: Optional[str] = SCHEDULER_OPTION,
              chunk_size: int = typer.Option(64, "--chunk-size", min=1, help="Documents extracted and stored together."),
              as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON.")):
    """Extract every stored document again (after an upgrade, or with a changed subjects file),
    replace its facts and relink; a document whose extraction fails keeps its old facts."""
    from claimledger.pipeline import reextract as run_reextract

    summary = with_progress("re-extracting", lambda advance: run_reextract(
        db_path=db, subjects_file=subjects, workers=workers, scheduler=scheduler, chunk_size=chunk_size,
        report=report_skip, progress=advance))
    report_link_failures(summary.link_failures)
    if as_json:
        print(json.dumps(summary.as_dict(), ensure_ascii=False, indent=2))
    else:
        table = Table(title=f"claimledger reextract → {db}", show_header=True)
        table.add_column("what")
        table.add_column("count", justify="right")
        table.add_row("documents extracted again", str(summary.documents))
        table.add_row("failed (old facts kept)", str(len(summary.failed)))
        for kind, value in sorted(summary.facts.items()):
            table.add_row(f"  {kind}", str(value))
        out.print(table)
    raise typer.Exit(code=EXIT_SKIPPED if summary.failed or summary.link_failures else 0)


def with_progress(label: str, run):
    """``run(advance)`` under a transient progress bar on stderr; a ClaimledgerError is fatal."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)
        try:
            return run(lambda done, total: progress.update(task, completed=done, total=total))
        except ClaimledgerError as error:
            raise fail(error) from None


def report_link_failures(failures) -> None:
    """One stderr line per subject or place whose linking failed (its documents wait for the next run)."""
    for failure in failures:
        err.print(f"link failed: {terminal_safe(failure)}", markup=False, highlight=False)


def _is_iso_date(value: str) -> bool:
    from datetime import date
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def summary_table(summary, db: Path) -> Table:
    from claimledger.languages.pipelines import has_pipeline

    table = Table(title=f"claimledger analyze → {db}", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    for label, value in (("documents added", summary.added), ("already in the ledger", summary.unchanged),
                         ("exact duplicates (new source)", summary.duplicates),
                         ("near duplicates (copies)", summary.near_copies),
                         ("skipped", len(summary.skipped) - summary.partly_read), ("partly read", summary.partly_read)):
        table.add_row(label, str(value))
    for kind, value in sorted(summary.facts.items()):
        table.add_row(f"  {kind}", str(value))
    for code, value in sorted(summary.languages.items()):
        table.add_row(f"language {code}" + ("" if has_pipeline(code) else " (stored, not extracted)"), str(value))
    return table


@app.command()
def extract(input: Path = typer.Argument(..., help="Documents in the evaluation format (JSON Lines)."),
            out_path: Optional[Path] = typer.Option(None, "--out", help="Output file (default: stdout)."),
            subjects: Optional[Path] = SUBJECTS_OPTION):
    """Extract quotes, timexes and events from evaluation-format documents; write the same format."""
    from claimledger.pipeline import extract_eval_file

    try:
        skipped = extract_eval_file(input, out_path, subjects_file=subjects, report=report_skip)
    except (ClaimledgerError, OSError) as error:
        raise fail(error) from None
    raise typer.Exit(code=EXIT_SKIPPED if skipped else 0)


@app.command("eval")
def eval_command(gold: Path = typer.Argument(..., help="Gold annotations in the evaluation format."),
                 layers: Optional[str] = typer.Option(None, "--layers", help="Comma-separated: quotes,timexes,events."),
                 subjects: Optional[Path] = SUBJECTS_OPTION,
                 as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON.")):
    """Run extraction on the gold texts (with their dcts) and print the scores per layer."""
    from claimledger import scoring
    from claimledger.pipeline import evaluate

    chosen = [name.strip() for name in layers.split(",")] if layers else None
    try:
        result = evaluate(gold, subjects_file=subjects, layers=chosen)
    except (ClaimledgerError, OSError, ValueError) as error:
        raise fail(error) from None
    print(json.dumps(result, indent=2) if as_json else scoring.format_table(result))


@app.command()
def export(format: str = typer.Option("jsonl", "--format", help="jsonl, csv or eval."),
           db: Path = DB_OPTION,
           out_path: Optional[Path] = typer.Option(None, "--out", help="Output file (default: stdout)."),
           kind: str = typer.Option("events", "--kind", help="With --format csv: which facts (events, quotes, timexes, claims, entities, subjects, quantities).")):
    """Export the ledger: everything as JSON Lines, one fact kind as CSV, or the evaluation format."""
    from claimledger.report import exports
    from claimledger.store import Ledger

    if format not in exports.FORMATS:
        raise fail(ValueError(f"--format must be one of {', '.join(exports.FORMATS)}, got {format!r}"))
    try:
        ledger = Ledger.open_readonly(db)
    except ClaimledgerError as error:
        raise fail(error) from None
    try:
        sink = open(out_path, "w", encoding="utf-8", newline="") if out_path else sys.stdout
    except OSError as error:
        ledger.close()
        raise fail(f"{out_path}: cannot write ({error.strerror or error})") from None
    try:
        with ledger:
            if format == "jsonl":
                exports.write_jsonl(ledger.extractions(), sink, copies=ledger.copies(), sources=ledger.sources())
            elif format == "eval":
                exports.write_eval(ledger.extractions(), sink)
            else:
                exports.write_csv(ledger.extractions(), sink, kind=kind)
    except (ClaimledgerError, ValueError) as error:
        raise fail(error) from None
    finally:
        if out_path:
            sink.close()


@app.command()
def search(query: str = typer.Argument(..., help=f"Words or an FTS5 query (at most {MAX_QUERY_CHARS} characters)."),
           db: Path = DB_OPTION,
           limit: int = typer.Option(20, "--limit", min=1, max=MAX_SEARCH_LIMIT, help="At most this many results."),
           as_json: bool = typer.Option(False, "--json", help="Print the hits as JSON.")):
    """Full-text search over documents and quotes."""
    from claimledger.store import Ledger

    try:
        with Ledger.open_readonly(db) as ledger:
            hits = ledger.search(query, limit=limit)
    except ClaimledgerError as error:
        raise fail(error) from None
    if as_json:
        print(json_dumps_safe(hits, indent=2))
        return
    table = Table(title=Text(f"{len(hits)} hits for ").append(terminal_text(repr(query))))
    for column in ("kind", "doc_id", "outlet, date", "speaker", "snippet"):
        # an id is copied into 'claimledger show': never narrower than the longest id
        is_id = column == "doc_id"
        table.add_column(column, overflow="fold", min_width=id_width(hits) if is_id else None, no_wrap=is_id)
    for hit in hits:
        source = f"{hit.get('outlet') or '-'}\n{hit.get('dct') or ''}".strip()
        table.add_row(*(terminal_text(value) for value in (hit["kind"], hit["doc_id"], source, hit.get("speaker"))),
                      _highlight_snippet(hit["snippet"]))
    out.print(table)


def _highlight_snippet(snippet: str) -> Text:
    text = Text()
    for number, part in enumerate(snippet.replace("]", "[").split("[")):
        text.append(terminal_safe(part), style="bold yellow" if number % 2 else "")
    return text


@app.command()
def show(doc_id: str = typer.Argument(..., help="Document id (see 'claimledger search' or 'export')."),
         db: Path = DB_OPTION):
    """Print a document with its extracted facts highlighted, then list the facts."""
    from claimledger.report.terminal import render_extraction
    from claimledger.store import Ledger

    try:
        with Ledger.open_readonly(db) as ledger:
            extraction = ledger.extraction(doc_id)
            if extraction is None:
                raise fail(LookupError(f"no document {doc_id!r} in {db}"))
            row = ledger.document_row(doc_id)
            sources = ledger.sources(doc_id).get(doc_id, [])
    except ClaimledgerError as error:
        raise fail(error) from None
    for renderable in render_extraction(extraction, copy_of=row["copy_of"], sources=sources):
        out.print(renderable)


@app.command()
def bench(paths: Optional[List[Path]] = typer.Argument(None, help="Inputs (default: the bundled examples, repeated)."),
          docs: int = typer.Option(300, "--docs", help="Number of documents to time."),
          as_json: bool = typer.Option(False, "--json", help="Print one JSON object.")):
    """Throughput and peak memory of the pipeline against bare spaCy on the same texts."""
    from claimledger.bench import format_bench, run_bench

    try:
        result = run_bench(paths or None, n_docs=docs)
    except ClaimledgerError as error:
        raise fail(error) from None
    print(json.dumps(result, indent=2) if as_json else format_bench(result))


def _register_command_groups() -> None:
    """The linked view (timeline, contradictions, sources, graph) and the show layer (report, serve)."""
    from claimledger import cli_link, cli_show
    cli_link.register(app)
    cli_show.register(app)


_register_command_groups()
