"""A document in the terminal: its text with the facts highlighted, then the facts listed.

Every value from the ledger goes into a Rich Text made terminal-safe
(claimledger.report.safe_text): never read as markup, no control sequence reaches the
terminal.
"""
from __future__ import annotations

from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimledger.labels import shortened
from claimledger.report.safe_text import terminal_document_text, terminal_text
from claimledger.schema import Extraction

# fact kind -> highlight style; later kinds are drawn over earlier ones
STYLES = {
    "quotes": "on grey23",
    "timexes": "bold cyan",
    "subjects": "bold magenta",
    "entities": "green",
}


def id_width(rows, key: str = "doc_id") -> int:
    """The width of the longest id in rows: a table column holding ids is made at least this
    wide, so an id is never cut or folded (it is copied whole into 'claimledger show')."""
    return max((len(str(row[key])) for row in rows), default=0)


def document_label(card: dict, limit: int = 60) -> str:
    """A document as a reader knows it: its outlet and title, or the start of its text (cut
    to ``limit`` characters); the id is shown beside it for 'claimledger show'."""
    title = " ".join((card.get("label") or card.get("title") or "").split())
    if title == card.get("doc_id"):
        title = ""
    return " · ".join(part for part in (card.get("outlet"), shortened(title, limit)) if part)


def highlighted_text(extraction: Extraction) -> Text:
    spans = [(record.span, style) for kind, style in STYLES.items() for record in getattr(extraction, kind)]
    return terminal_document_text(extraction.document.text, spans)


def fact_table(title: str, columns: list[str], rows: list[list]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*[terminal_text(cell) for cell in row])
    return table


def render_extraction(extraction: Extraction, *, copy_of: str | None = None, sources=()) -> list:
    """Rich renderables: a header, the highlighted text and one table per fact kind."""
    document = extraction.document
    text = document.text
    header = [f"id: {document.id}", f"date: {document.dct or 'unknown'}",
              f"outlet: {document.outlet or 'unknown'}", f"url: {document.url or '-'}"]
    if copy_of:
        header.append(f"copy of: {copy_of}")
    for source in sources:
        header.append(f"seen at: {source.get('outlet') or '-'} {source.get('url') or source.get('source_path') or ''}")
    legend = Text("  ").join(Text(kind, style=style) for kind, style in STYLES.items())
    parts = [Panel(terminal_text("\n".join(header)), title=terminal_text(document.title or "document")),
             Panel(highlighted_text(extraction), subtitle=legend)]

    def snippet(span):
        return text[span[0]:span[1]].replace("\n", " ")

    parts.append(fact_table("events", ["span", "subject", "status", "date", "location", "source"],
                            [[f"{e.span[0]}-{e.span[1]}", e.subject, e.status, e.date, e.location, e.source]
                             for e in extraction.events]))
    parts.append(fact_table("quotes", ["span", "kind", "speaker", "text"],
                            [[f"{q.span[0]}-{q.span[1]}", q.kind, q.speaker, snippet(q.span)] for q in extraction.quotes]))
    parts.append(fact_table("timexes", ["span", "text", "type", "value"],
                            [[f"{t.span[0]}-{t.span[1]}", snippet(t.span), t.type, t.value] for t in extraction.timexes]))
    parts.append(fact_table("claims", ["span", "source type", "modality", "source", "cue"],
                            [[f"{c.span[0]}-{c.span[1]}", c.source_type, c.modality, c.source, c.cue]
                             for c in extraction.claims]))
    parts.append(fact_table("quantities", ["span", "text", "value", "unit", "qualifier", "subject"],
                            [[f"{n.span[0]}-{n.span[1]}", snippet(n.span), n.value, n.unit, n.qualifier, n.subject]
                             for n in extraction.quantities]))
    return parts
