"""Link-stage commands: ``timeline SUBJECT``, ``contradictions``, ``sources`` and ``graph``.

``register(app)`` adds them (and ``relink``) to the main Typer app. Each reads the link
tables that ``analyze`` keeps up to date in the ledger (``--db FILE``, default
``claimledger.db``; ``claimledger.link.LinkedLedger``) and prints a rich table to stdout,
or with ``--json`` a JSON list:

timeline entry::

    {"subject": "Oreshnik", "status": "DEPLOYED", "date": "2025-12-17" | null,
     "date_range": ["2025-12-17" | null, "2025-12-17" | null],
     "date_kind": "on" | "within" | "reported_by", "location": "Belarus" | null,
     "earliest_report": {"doc_id", "dct", "outlet", "label"},
     "sources": [{"doc_id", "title", "label", "outlet", "url", "dct", "span": [start, end], "sentence",
                  "source", "date", "copy_of"}],
     "corroboration": 2, "event_id": "event-3"}

contradiction (one per conflict, best ranked first; two positions, or one per speaker for attribution)::

    {"id", "kind": "date" | "number" | "status" | "attribution" | "class", "subject": "Oreshnik" | null,
     "note": "...", "within_document": false, "rank": 7.0, "positions": [A, B, ...],
     "sides": [{"position": A, "sources": 2, "earliest": "2026-02-10",
                "claims": [{"doc_id", "title", "label", "outlet", "url", "dct", "copy_of", "span", "sentence"}]},
               {"position": B, ...}],
     "claims": [every claim of every side]}

sourcing profile (``sources``)::

    {"scope": "outlet" | "document", "key", "documents", "claims", "named", "vague",
     "unsourced", "named_share", "vague_share", "unsourced_share", "sentences",
     "filler_count", "filler_share", "filler": [{"doc_id", "span", "sentence"}]}

Spans are ``[start, end)`` character offsets into the document text. Exports:
``timeline SUBJECT --timelinejs FILE`` (Knight Lab TimelineJS JSON), ``timeline
--csv FILE`` (events), ``contradictions --csv FILE``, ``graph --out FILE.graphml``
(Gephi). Full reference: docs/link.md.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table

from claimledger.link.kinds import ALL_KINDS
from claimledger.report.safe_text import json_dumps_safe, terminal_safe, terminal_text
from claimledger.report.terminal import document_label, id_width

DEFAULT_DB = Path("claimledger.db")
TABLE_CLAIMS_PER_SIDE = 3   # the table shows the earliest reports of each side; JSON and CSV have all
TABLE_OTHER_SIDES = 3       # and the best supported of the other speakers of one quotation
TABLE_DEFAULT_LIMIT = 50    # conflicts in the table unless --limit says otherwise
DB_OPTION_HELP = "Ledger database (SQLite) written by the store stage."
out = Console()
err = Console(stderr=True)
EXIT_SKIPPED = 1      # relink: a subject or place could not be linked (the rest is)
EXIT_FATAL = 2        # every fatal error: no ledger, not a ledger, an unwritable export file


def load_linked(db: Path):
    """The link tables of the ledger, opened read-only (a missing file or one that is not a
    ledger is an error, never a new ledger)."""
    from claimledger.link import LinkedLedger
    from claimledger.store import Ledger

    return LinkedLedger(Ledger.open_readonly(db))


def fail(message) -> typer.Exit:
    typer.echo(f"Error: {terminal_safe(message)}", err=True)
    return typer.Exit(code=EXIT_FATAL)


def linked_or_exit(db: Path):
    from claimledger.errors import ClaimledgerError

    try:
        return load_linked(db)
    except ClaimledgerError as error:
        raise fail(error) from None


def write_or_exit(write, path: Path, *args) -> None:
    """Run an export writer; an unwritable file is one error line and exit 2."""
    try:
        write(path, *args)
    except OSError as error:
        raise fail(f"{path}: cannot write ({error.strerror or error})") from None


def print_json(value) -> None:
    typer.echo(json_dumps_safe(value, indent=1))


def date_cell(entry: dict) -> str:
    start, end = entry["date_range"]
    if entry["date_kind"] == "reported_by":
        return f"reported by {end}" if end else "undated"
    if entry["date_kind"] == "by":
        return f"by {end}"
    return start if start == end else f"{start} .. {end}"


# the date and status columns wrap at these widths, so two id columns fit in 80 columns
COMPACT_WIDTHS = {"date": 12, "status, location": 13}
TABLE_CHROME = 13        # borders and padding of a four-column table
SOURCES_MIN_WIDTH = 12


def sources_lines(sources: list[dict]) -> str:
    """Each source document's outlet and title, then its id on a line of its own (copied into
    'claimledger show') and its spans."""
    by_document: dict[str, list[dict]] = {}
    for source in sources:
        by_document.setdefault(source["doc_id"], []).append(source)
    lines = []
    for doc_id, found in by_document.items():
        spans = " ".join(f"[{s['span'][0]}:{s['span'][1]}]" for s in found)
        label = document_label(found[0])
        lines += ([label] if label else []) + [doc_id, f"  {spans}"]
    return "\n".join(lines)


def earliest_cell(earliest: dict) -> str:
    label = document_label(earliest, limit=40)
    return (f"{label}\n" if label else "") + f"{earliest['doc_id']}\n({earliest['dct'] or 'no date'})"


def timeline(subject: str = typer.Argument(..., help="Subject name, e.g. Oreshnik (case-insensitive)."),
             db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
             as_json: bool = typer.Option(False, "--json", help="Print a JSON list of timeline entries."),
             timelinejs: Optional[Path] = typer.Option(None, "--timelinejs", help="Also write TimelineJS JSON here."),
             csv_path: Optional[Path] = typer.Option(None, "--csv", help="Also write every linked event as CSV here."),
             location: Optional[str] = typer.Option(None, "--location", help="Only entries at this place (case-insensitive)."),
             status: Optional[str] = typer.Option(None, "--status", help="Only entries of this status (e.g. ARRIVED)."),
             since: Optional[str] = typer.Option(None, "--since", help="Only entries whose dates reach this day (YYYY-MM-DD) or later."),
             until: Optional[str] = typer.Option(None, "--until", help="Only entries whose dates begin on or before this day."),
             outlet: Optional[str] = typer.Option(None, "--outlet", help="Only entries with a report from this outlet.")):
    """The ordered status changes of one subject, each dated and sourced; filters as the web UI's."""
    from claimledger.report.filters import FilterError, ViewFilter

    try:
        chosen = ViewFilter.parse(location=location, status=status, since=since, until=until, outlet=outlet)
    except FilterError as error:
        raise fail(error) from None
    linked = linked_or_exit(db)
    every_entry = linked.timeline(subject)
    entries = [entry for entry in every_entry if chosen.keeps_entry(entry)]
    if timelinejs is not None:
        from claimledger.report.timelinejs import write_timelinejs
        write_or_exit(write_timelinejs, timelinejs, subject, entries)
    if csv_path is not None:
        from claimledger.report.linkcsv import write_events_csv
        write_or_exit(write_events_csv, csv_path, linked)
    if as_json:
        print_json(entries)
        return
    if not entries and every_entry:   # the subject has entries, none passing the filters
        err.print(terminal_safe(f"No timeline entry of {subject!r} matches the filters"), markup=False)
        return
    strikes = [strike for strike in linked.strikes_naming(entries[0]["subject"] if entries else subject)
               if chosen.keeps_card(strike)] if not (location or status) else []
    if not entries and strikes:   # no status change, but strikes told with it
        out.print(strikes_table(subject, strikes))
        return
    if not entries:
        known = ", ".join(linked.subjects()) or "none"
        err.print(terminal_safe(f"No events for {subject!r}; subjects with events: {known}"), markup=False)
        return
    table = Table(title=terminal_text(f"Timeline: {entries[0]['subject']}"))
    ids = [entry["earliest_report"] for entry in entries]
    # an id is copied into 'claimledger show': the earliest report's column is as wide as its
    # longest id (the document's label folds within it); in the sources' column each id stands on a line of its own, whole
    # while the terminal has room (20-character ids fit in 80 columns); date and status wrap
    earliest_width = id_width(ids)
    room = max(out.width - TABLE_CHROME - sum(COMPACT_WIDTHS.values()) - earliest_width, SOURCES_MIN_WIDTH)
    bounds = {column: (width, width) for column, width in COMPACT_WIDTHS.items()}
    bounds.update({"earliest report": (earliest_width, earliest_width), "(independent) sources": (None, room)})
    for column, (low, high) in bounds.items():
        table.add_column(column, min_width=low, max_width=high, overflow="fold")
    for entry in entries:
        earliest = entry["earliest_report"]
        where = f"\nin {entry['location']}" if entry["location"] else ""
        table.add_row(date_cell(entry), terminal_text(entry["status"] + where),
                      terminal_text(earliest_cell(earliest)),
                      terminal_text(f"({entry['corroboration']})\n" + sources_lines(entry["sources"])))
    out.print(table)
    if strikes:
        out.print(strikes_table(entries[0]["subject"], strikes))


def strikes_table(subject: str, strikes: list[dict]) -> Table:
    """The strikes told with a subject, as a reader says them: date, place, reading, report."""
    from claimledger.report.html import incident_reading

    table = Table(title=terminal_text(f"Strikes told with {subject} ({len(strikes)})"))
    for column in ("date", "place struck", "as told", "report"):
        table.add_column(column, overflow="fold")
    for strike in strikes:
        when = strike["date"] or f"report of {strike.get('dct') or 'no date'}"
        place = (strike["place"] or "") + (f" ({strike['target']})" if strike["target"] else "")
        told = incident_reading(strike) + (f", per {strike['source']}" if strike["source"] else "")
        report = (f"{document_label(strike, limit=40) or strike['doc_id']}\n{strike['doc_id']} "
                  f"[{strike['span'][0]}:{strike['span'][1]}]")
        table.add_row(terminal_text(when), terminal_text(place), terminal_text(told), terminal_text(report))
    return table


def contradictions(db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
                   as_json: bool = typer.Option(False, "--json", help="Print a JSON list of contradictions."),
                   subject: Optional[str] = typer.Option(None, "--subject", help="Only this subject (case-insensitive)."),
                   kind: Optional[str] = typer.Option(None, "--kind", help=f"Only this kind: {', '.join(ALL_KINDS)}."),
                   since: Optional[str] = typer.Option(None, "--since", help="Only conflicts reported on or after this day (YYYY-MM-DD)."),
                   until: Optional[str] = typer.Option(None, "--until", help="Only conflicts first reported on or before this day."),
                   outlet: Optional[str] = typer.Option(None, "--outlet", help="Only conflicts with a report from this outlet."),
                   min_sources: int = typer.Option(0, "--min-sources", help="Only conflicts with at least this many independent sources on each side."),
                   limit: Optional[int] = typer.Option(None, "--limit", help=f"At most this many, best ranked first (the table: {TABLE_DEFAULT_LIMIT} unless given; 0 for all)."),
                   csv_path: Optional[Path] = typer.Option(None, "--csv", help="Also write the contradictions as CSV here.")):
    """Conflicts between reports, one row per conflict, best ranked first;
    tensions within one document are listed apart."""
    linked = linked_or_exit(db)
    filters = {"subject": subject, "kind": kind, "since": since, "until": until, "outlet": outlet,
               "min_sources": min_sources}
    if limit is None and not as_json and csv_path is None:
        limit = TABLE_DEFAULT_LIMIT   # a table is read by a person: the best ranked first
    found = linked.find_contradictions(**filters, limit=limit or None)
    if csv_path is not None:
        from claimledger.report.linkcsv import write_contradictions_csv
        write_or_exit(write_contradictions_csv, csv_path, found)
    if as_json:
        print_json(found)
        return
    for within, title in ((False, "Contradictions between reports"), (True, "Tensions within one document")):
        chosen = [item for item in found if item["within_document"] is within]
        if not chosen and within:
            continue
        table = Table(title=f"{title} ({len(chosen)})")
        for column in ("kind", "subject", "side A", "side B", "rank"):
            table.add_column(column)
        for item in chosen:
            first, *others = item["sides"]
            table.add_row(item["kind"], terminal_text(subject_cell(item)), terminal_text(side_cell(first)),
                          terminal_text(other_sides_cell(others)), f"{item['rank']:g}")
        out.print(table)
    total = linked.count_contradictions(**filters)
    if total > len(found):
        err.print(f"{len(found)} of {total} shown, best ranked first; --limit 0 or --json for all", markup=False)


def other_sides_cell(sides: list[dict]) -> str:
    """Side B, or for one quotation given to several speakers, the best supported others."""
    cells = [side_cell(side) for side in sides[:TABLE_OTHER_SIDES]]
    hidden = len(sides) - TABLE_OTHER_SIDES
    if hidden > 0:
        cells.append(f"(and {hidden} more speaker{'s' if hidden > 1 else ''}: --json lists every one)")
    return "\n".join(cells)


def subject_cell(item: dict) -> str:
    """The subject; for an incident, the place struck and its days, then every weapon or
    platform the row's positions name ("Kramatorsk, 1–8 Apr 2022" / "Iskander, Tochka-U")."""
    from claimledger.report.dates_display import STRETCH_IN_TEXT, range_text

    named = ", ".join(item.get("subjects") or ([item["subject"]] if item.get("subject") else []))
    if not item.get("place"):
        return named
    stretch = STRETCH_IN_TEXT.search(item.get("note") or "")
    when = range_text(stretch.group("first"), stretch.group("last")) if stretch and stretch.group("last") else ""
    return "\n".join(line for line in (item["place"] + (f", {when}" if when else ""), named) if line)


def side_cell(side: dict) -> str:
    """A position with its independent sources and each report (outlet, title, date), each
    document once with the sentences it gives."""
    from claimledger.report.html import claims_by_document

    lines = [f"{side.get('reading') or side['position']} ({side['sources']} source{'s' if side['sources'] != 1 else ''})"]
    groups = claims_by_document(side["claims"])
    # the first documents, a sentence each, before a second sentence of any: each source is seen
    budget = max(TABLE_CLAIMS_PER_SIDE, 0)
    shown_groups = groups[:budget]
    extra = budget - len(shown_groups)
    shown = 0
    for group in shown_groups:
        claim = group[0]
        take = 1 + min(extra, len(group) - 1)
        extra -= take - 1
        shown += take
        lines.append(f"- {document_label(claim, limit=40) or claim['doc_id']} ({claim.get('dct') or 'no date'}):")
        lines.extend(f"  {' '.join((found.get('sentence') or '').split())}" for found in group[:take])
    hidden = len(side["claims"]) - shown
    if hidden > 0:
        lines.append(f"(and {hidden} more sentence{'s' if hidden > 1 else ''}: --json lists every one)")
    return "\n".join(lines)


def relink(db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP)):
    """Rebuild every link table from the stored records (after a change of the link rules; `reextract` after one of the subjects file or extraction)."""
    from claimledger.errors import ClaimledgerError
    from claimledger.link import relink as relink_ledger
    from claimledger.store import Ledger

    if not Path(db).exists():
        raise fail(f"{db}: no such ledger; run ingestion first or pass --db FILE")
    try:
        with Ledger(db) as ledger:
            summary = relink_ledger(ledger)
    except ClaimledgerError as error:
        raise fail(error) from None
    for failure in summary.failures:   # its documents wait for the next analyze
        err.print(f"link failed: {terminal_safe(failure)}", markup=False, highlight=False)
    err.print(f"relinked {summary.documents} documents: {summary.subjects} subjects, "
              f"{summary.name_buckets} name buckets, {summary.contradictions} contradictions", markup=False)
    if summary.failures:
        raise typer.Exit(code=EXIT_SKIPPED)


def sources(db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
            as_json: bool = typer.Option(False, "--json", help="Print a JSON list of sourcing profiles."),
            by_document: bool = typer.Option(False, "--by-document", help="One row per document instead of per outlet."),
            show_filler: bool = typer.Option(False, "--filler", help="Also list the filler sentences.")):
    """Sourcing profile per outlet (or document): named, vague and unsourced claims, filler."""
    from claimledger.store.link_tables import document_card

    linked = linked_or_exit(db)
    scope = "document" if by_document else "outlet"
    profiles = linked.document_profiles if by_document else linked.outlet_profiles
    rows = [{"scope": scope, **profile.as_dict()} for profile in profiles]
    if as_json:
        print_json(rows)
        return
    table = Table(title=f"Sourcing by {scope}")
    for column in (scope, "documents", "claims", "named", "vague", "unsourced", "filler"):
        table.add_column(column)
    for row in rows:
        def share(name):
            return f"{row[name]} ({row[name + '_share']:.0%})" if row[name + "_share"] is not None else str(row[name])
        filler = f"{row['filler_count']}/{row['sentences']}"
        key = row["key"]
        if by_document:   # the document as a reader knows it, its id below for 'claimledger show'
            label = document_label(document_card(linked.db, key))
            key = f"{label}\n{key}" if label else key
        table.add_row(terminal_text(key), str(row["documents"]), str(row["claims"]), share("named"), share("vague"),
                      share("unsourced"), filler)
    out.print(table)
    if show_filler:
        for row in rows:
            for item in row["filler"]:
                typer.echo(terminal_safe(f"{item['doc_id']} [{item['span'][0]}:{item['span'][1]}] {item['sentence']}"))


def graph(db: Path = typer.Option(DEFAULT_DB, "--db", help=DB_OPTION_HELP),
          out_path: Path = typer.Option(..., "--out", help="GraphML file to write (for Gephi).")):
    """Write persons, organizations, subjects, events, quotes and documents as GraphML."""
    from claimledger.report.graphml import write_graphml

    linked = linked_or_exit(db)
    write_or_exit(write_graphml, out_path, linked)
    err.print(f"wrote {out_path}", markup=False)


def register(app: typer.Typer) -> None:
    """Add the link-stage commands to a Typer app."""
    app.command("timeline")(timeline)
    app.command("contradictions")(contradictions)
    app.command("sources")(sources)
    app.command("graph")(graph)
    app.command("relink")(relink)
