"""Show commands: ``report`` (one self-contained HTML file) and ``serve`` (the local web UI).

``register(app)`` adds them to the main Typer app. Both read the ledger given with
``--db FILE`` (default ``claimledger.db``) and never write to it. See docs/show.md.
"""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

DEFAULT_DB = Path("claimledger.db")
DB_OPTION_HELP = "Ledger database (SQLite) written by 'claimledger analyze'."
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")
EXIT_FATAL = 2
err = Console(stderr=True, soft_wrap=True)


def fail(message: str) -> typer.Exit:
    from claimledger.report.safe_text import terminal_safe
    err.print(f"Error: {terminal_safe(message)}", markup=False, highlight=False)
    return typer.Exit(code=EXIT_FATAL)


def report(db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
           out_path: Path = typer.Option(Path("report.html"), "--out", help="HTML file to write."),
           subjects: Optional[List[str]] = typer.Option(None, "--subject", help="Draw a timeline for this subject (repeatable; default: every subject with events).")):
    """Write the ledger as one self-contained HTML report: summary, timelines, contradictions,
    sourcing and every document with its facts highlighted."""
    from claimledger.errors import ClaimledgerError
    from claimledger.report.html import write_html_report
    from claimledger.store import Ledger

    from claimledger.link.update import unlinked_documents

    try:
        with Ledger.open_readonly(db) as ledger:
            written = write_html_report(ledger, out_path, subjects=subjects or None)
            unlinked = unlinked_documents(ledger.db)
    except ClaimledgerError as error:
        raise fail(str(error)) from None
    except OSError as error:
        raise fail(f"{out_path}: cannot write the report ({error.strerror or error})") from None
    err.print(f"wrote {written}", markup=False, highlight=False)
    if unlinked:
        err.print(f"warning: {len(unlinked)} stored document{'s are' if len(unlinked) != 1 else ' is'} not linked "
                  f"(a link run failed or was cut off) and left out of timelines and contradictions; "
                  f"'claimledger relink' links them", markup=False, highlight=False)


def serve(db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
          host: str = typer.Option(DEFAULT_HOST, "--host", help="Address to bind (keep 127.0.0.1 unless you mean to share the ledger)."),
          port: int = typer.Option(DEFAULT_PORT, "--port", min=1, max=65535, help="Port to listen on.")):
    """Browse the ledger in a local web UI (read-only), with a JSON API under /api/."""
    import uvicorn

    from claimledger.errors import ClaimledgerError
    from claimledger.serve import create_app

    loopback = host in LOOPBACK_HOSTS or host.startswith("127.")
    try:
        # on loopback, only requests naming a loopback host: a page on another site whose
        # name was rebound to 127.0.0.1 cannot read the ledger (DNS rebinding)
        app = create_app(db, allowed_hosts=loopback_host_headers(port) if loopback else None)
    except ClaimledgerError as error:
        raise fail(str(error)) from None
    if not loopback:
        err.print(f"warning: binding {host}: anyone who can reach this address can read the ledger",
                  markup=False, highlight=False)
    err.print(f"serving {db} on http://{host}:{port}/ (Ctrl+C to stop)", markup=False, highlight=False)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def loopback_host_headers(port: int) -> frozenset[str]:
    """The Host headers a browser sends for this machine's loopback addresses on port."""
    names = ("localhost", "127.0.0.1", "[::1]")
    return frozenset({*names, *(f"{name}:{port}" for name in names)})


def register(app: typer.Typer) -> None:
    """Add the show commands to a Typer app."""
    app.command("report")(report)
    app.command("serve")(serve)
