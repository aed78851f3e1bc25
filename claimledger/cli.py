"""The command line: each command parses, calls one library function, prints."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_show_locals=False,
                  help="claimledger: a sourced ledger of claims from defence and security news.")
err = Console(stderr=True)


@app.command()
def extract(input: Path = typer.Argument(..., help="Documents in the evaluation format (JSON Lines)."),
            out: Optional[Path] = typer.Option(None, "--out", help="Output file (default: stdout)."),
            subjects: Optional[Path] = typer.Option(None, "--subjects", help="Extra subject list (YAML or JSON).")):
    """Extract quotes, timexes and events from evaluation-format documents; write the same format."""
    from claimledger.pipeline import extract_eval_file
    skipped = extract_eval_file(input, out, subjects_file=subjects, report=lambda e: err.print(f"skipped: {e}", markup=False))
    raise typer.Exit(code=1 if skipped else 0)


@app.callback()
def main():
    """claimledger: a sourced ledger of claims from defence and security news."""
