"""The ledger as one self-contained HTML file, and the pieces the web UI shares with it.

``write_html_report(ledger, out_path)`` writes a summary, a timeline per tracked subject
(inline SVG), the contradictions, the sourcing profile per outlet and every document with
its quotes, timexes, subject mentions and events highlighted. No external CSS, script or
font: the file works offline from disk. Templates are autoescaped; the one piece of markup
built in Python, the highlighted text, escapes every text segment itself. See docs/show.md.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime, timedelta, timezone
from hashlib import sha1
from pathlib import Path
from typing import Iterable
from urllib.parse import quote as url_quote, urlencode

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup, escape

from claimledger.labels import text_label
from claimledger.lexicon import lexicon
from claimledger.report.dates_display import dates_in_words, day_text, entry_date_text, entry_date_title, timex_text
from claimledger.report.safe_text import html_bidi_safe, safe_url   # one http(s) rule for report, web UI, TimelineJS
from claimledger.schema import Extraction, joined_names
from claimledger.timex_calendar import parse_dct, shift_month

TEMPLATE_DIR = Path(__file__).parent / "templates"
REPORT_TEMPLATE = "report.html"
REPORT_MAX_CONTRADICTIONS = 500   # past this a file is unreadable and slow; the CLI lists them all
SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
# highlighted kinds, outermost first; each becomes <mark class="m-KIND">
MARK_KINDS = ("event", "quote", "entity", "subject", "timex")
REF_KIND = "ref"             # a span something links to (claim, filler, contradiction): no colour
KIND_ORDER = {kind: number for number, kind in enumerate((REF_KIND, *MARK_KINDS))}
STATUSES = lexicon().status_names   # claimledger/lexicon/statuses.json, with each one's colour
# timeline chart geometry, in SVG user units
CHART_WIDTH = 1000
CHART_LABEL_WIDTH = 230
CHART_RIGHT_PAD = 200        # room for the caption right of the latest mark ("×2  weekend of 1–2 Nov 2025")
CHART_ROW_HEIGHT = 28
CHART_AXIS_HEIGHT = 30
CHART_MIN_BAR = 8            # a range narrower than this is drawn this wide, so it stays visible
CHART_PAD_DAYS = 10          # room before the first and after the last date
CHART_MIN_DAYS = 60          # a shorter domain is widened, to the past (where open ranges point)
CHART_MAX_TICKS = 12
TICK_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)
TICK_DAY_STEPS = (7, 14)     # below three months, weekly ticks


# links: the report points at anchors in one file, the web UI at pages


class ReportLinks:
    """Fragment links inside the single report file.

    labels (dict[str, str] | None): doc id -> a readable name (see document_label), shown on hover.
    subjects (Iterable[str]): subjects that have a timeline section; others are not linked.
    """

    def __init__(self, labels: dict[str, str] | None = None, subjects: Iterable[str] = ()):
        self.labels = labels or {}
        self.subject_anchors = {subject_anchor(name) for name in subjects}

    def label(self, doc_id: str) -> str:
        return self.labels.get(doc_id, "")

    def document_id(self, doc_id: str) -> str:
        """The HTML id of a document's section."""
        return document_anchor(doc_id)

    def span_id(self, doc_id: str, span) -> str:
        return f"{self.document_id(doc_id)}-s-{span[0]}-{span[1]}"

    def document(self, doc_id: str) -> str:
        return "#" + self.document_id(doc_id)

    def span(self, doc_id: str, span) -> str:
        return "#" + self.span_id(doc_id, span)

    def subject_id(self, subject: str) -> str:
        return "subject-" + subject_anchor(subject)

    def subject(self, subject: str) -> str | None:
        """A link to the subject's timeline section, or None when the report has none."""
        return "#" + self.subject_id(subject) if subject_anchor(subject) in self.subject_anchors else None

    def subject_at(self, subject: str, location: str) -> str | None:
        """The subject's timeline at one location only; the single report file has none."""
        return None

    def person(self, name: str) -> str | None:
        """A person's page; the single report file has none."""
        return None

    def outlet(self, name: str) -> str | None:
        """The documents of one outlet; the single report file has no such list."""
        return None


def spoken_name(name: str) -> str:
    """A name on one line: the spaces and line breaks a name was stored with ("Gorshkov\\n\\n") as
    single spaces, so its page address and its lookup agree."""
    return " ".join(name.split())


def name_key(name: str | None) -> str:
    """A name as person pages compare it: on one line, in any case."""
    return spoken_name(name or "").casefold()


class WebLinks(ReportLinks):
    """Links between the pages of the web UI (claimledger.serve).

    people (Iterable[str]): names that have a person page (speakers, resolved people); others
        are not linked, so "officials in Minsk" leads nowhere.
    """

    def __init__(self, labels: dict[str, str] | None = None, subjects: Iterable[str] = (),
                 people: Iterable[str] = ()):
        super().__init__(labels, subjects)
        self.people = {name_key(name) for name in people}

    def span_id(self, doc_id: str, span) -> str:
        return f"s-{span[0]}-{span[1]}"

    def document(self, doc_id: str) -> str:
        return "/documents/" + url_quote(doc_id, safe="")

    def span(self, doc_id: str, span) -> str:
        return self.document(doc_id) + "#" + self.span_id(doc_id, span)

    def subject(self, subject: str) -> str:
        return "/subjects/" + url_quote(subject, safe="") + "/timeline"

    def subject_at(self, subject: str, location: str) -> str:
        return self.subject(subject) + "?" + urlencode({"location": location})

    def outlet(self, name: str) -> str:
        return "/?" + urlencode({"outlet": name})

    def person(self, name: str) -> str | None:
        if name_key(name) not in self.people:
            return None
        return "/people/" + url_quote(spoken_name(name), safe="")


@lru_cache(maxsize=65536)
def document_anchor(doc_id: str) -> str:
    """``d-<doc id>``, or ``d-<hash>`` for an id that is not safe in a fragment."""
    return "d-" + (doc_id if SAFE_ID.match(doc_id) else sha1(doc_id.encode("utf-8")).hexdigest()[:16])


def subject_anchor(subject: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", subject.casefold()).strip("-")
    return slug or sha1(subject.encode("utf-8")).hexdigest()[:12]


def document_label(document) -> str:
    """A document's title, or the start of its first line when it has none."""
    return text_label(document.title, document.text, document.id)


# highlighting


@dataclass(frozen=True)
class Mark:
    """A span of the text to highlight (or only to anchor, for kind ``ref``)."""

    start: int
    end: int
    kind: str
    title: str = ""


def fact_marks(extraction: Extraction) -> list[Mark]:
    """A mark for every event, quote, entity, subject mention, timex and claim of a document."""
    marks = []
    for event in extraction.events:
        where = f" in {event.location}" if event.location else ""
        when = f" ({event.date})" if event.date else ""
        marks.append(Mark(*event.span, "event", f"event: {event.subject} {event.status}{where}{when}"))
    for quote in extraction.quotes:
        marks.append(Mark(*quote.span, "quote", f"{quote.kind} quote: {quote.speaker or 'no speaker'}"))
        if quote.speaker_span:
            marks.append(Mark(*quote.speaker_span, "entity", f"speaker: {quote.speaker}"))
    for entity in extraction.entities:
        marks.append(Mark(*entity.span, "entity", f"{entity.label}: {entity.name or entity.text}"))
    for mention in extraction.subjects:
        kind = f" ({mention.kind})" if mention.kind else ""
        marks.append(Mark(*mention.span, "subject", f"subject: {mention.subject}{kind}"))
    for timex in extraction.timexes:
        marks.append(Mark(*timex.span, "timex", f"{timex.type}: {timex.value or '?'}"))
    for claim in extraction.claims:
        marks.append(Mark(*claim.span, REF_KIND, f"claim: {claim.source_type}, {claim.modality}"))
    return marks


def _open_tag(mark: Mark, anchor: str | None) -> str:
    tag = "span" if mark.kind == REF_KIND else "mark"
    anchor_attr = f' id="{escape(anchor)}"' if anchor else ""
    title_attr = f' title="{escape(html_bidi_safe(mark.title))}"' if mark.title else ""
    return f'<{tag} class="m-{mark.kind}"{anchor_attr}{title_attr}>'


def _close_tag(mark: Mark) -> str:
    return "</span>" if mark.kind == REF_KIND else "</mark>"


def highlight(text: str, marks: Iterable[Mark], *, anchor=None) -> Markup:
    """The text as HTML with each mark wrapped in an element, every text segment escaped.

    Marks nest where their spans nest; a mark that crosses another is closed and reopened
    around it. The first element of each distinct span gets the id ``anchor((start, end))``,
    so a link to ``#<id>`` lands on it (and CSS :target shows it).

    text (str): the document text.
    marks (Iterable[Mark]): spans to wrap; empty or out-of-range spans are dropped.
    anchor (Callable[[tuple[int, int]], str] | None): id for a span.
    RETURNS (Markup): safe HTML.
    """
    size = len(text)
    kept = sorted({Mark(max(0, mark.start), min(size, mark.end), mark.kind, mark.title) for mark in marks
                   if 0 <= mark.start < mark.end and mark.start < size},
                  key=lambda mark: (mark.start, -mark.end, KIND_ORDER.get(mark.kind, 99), mark.title))
    starting: dict[int, list[Mark]] = {}
    for mark in kept:
        starting.setdefault(mark.start, []).append(mark)
    boundaries = sorted({0, size, *(mark.start for mark in kept), *(mark.end for mark in kept)})
    anchored: set[tuple[int, int]] = set()
    parts: list[str] = []
    stack: list[Mark] = []
    position = 0
    for boundary in boundaries:
        parts.append(str(escape(html_bidi_safe(text[position:boundary]))))
        position = boundary
        ending = [index for index, mark in enumerate(stack) if mark.end == boundary]
        if ending:
            lowest = ending[0]
            parts.extend(_close_tag(mark) for mark in reversed(stack[lowest:]))
            reopened = [mark for mark in stack[lowest:] if mark.end != boundary]
            stack = stack[:lowest]
            for mark in reopened:
                parts.append(_open_tag(mark, None))
                stack.append(mark)
        for mark in starting.get(boundary, ()):
            span = (mark.start, mark.end)
            mark_anchor = anchor(span) if anchor is not None and span not in anchored else None
            anchored.add(span)
            parts.append(_open_tag(mark, mark_anchor))
            stack.append(mark)
    parts.extend(_close_tag(mark) for mark in reversed(stack))
    return Markup("".join(parts))  # every text segment and attribute value escaped above


# views: plain values the templates render


@dataclass
class DocumentView:
    """One document as the templates show it."""

    doc_id: str
    title: str | None
    label: str               # the title, or the start of the text
    dct: str | None
    outlet: str | None
    url: str | None          # only http(s), else None (shown as text: raw_url)
    raw_url: str | None
    author: str | None
    source_path: str | None
    copy_of: str | None
    similarity: float | None
    copies: list[str]
    sources: list[dict]
    highlighted: Markup
    extraction: Extraction
    counts: dict[str, int] = field(default_factory=dict)

    def snippet(self, span) -> str:
        return self.extraction.document.text[span[0]:span[1]]


def document_view(extraction: Extraction, *, links: ReportLinks, row=None, sources=(), copies=(),
                  refs: Iterable = ()) -> DocumentView:
    """A document's metadata, provenance and highlighted text.

    extraction (Extraction): the document and its facts.
    links (ReportLinks): where anchors and links point.
    row (sqlite3.Row | dict | None): the ledger's documents row (copy_of, similarity).
    sources (Iterable[dict]): every outlet/url that carried the document.
    copies (Iterable[str]): ids of documents that are copies of this one.
    refs (Iterable[tuple[int, int]]): further spans other sections link to (anchors only).
    """
    document = extraction.document
    refs = {*map(tuple, refs), *(tuple(incident.span) for incident in extraction.incidents)}   # the strikes table links each
    marks = fact_marks(extraction) + [Mark(start, end, REF_KIND) for start, end in refs]
    return DocumentView(
        doc_id=document.id, title=document.title, label=document_label(document), dct=document.dct,
        outlet=document.outlet,
        url=safe_url(document.url), raw_url=document.url, author=document.author,
        source_path=document.source_path,
        copy_of=row["copy_of"] if row is not None else None,
        similarity=row["similarity"] if row is not None else None,
        copies=sorted(copies), sources=list(sources),
        highlighted=highlight(document.text, marks, anchor=lambda span: links.span_id(document.id, span)),
        extraction=extraction, counts=extraction.counts())


def document_labels(corpus) -> dict[str, str]:
    """doc id -> document_label, for every document of a corpus."""
    return {extraction.document.id: document_label(extraction.document) for extraction in corpus.extractions}


def linked_refs(linked) -> dict[str, set[tuple[int, int]]]:
    """doc id -> spans that timelines, contradictions and filler lists link to."""
    refs: dict[str, set[tuple[int, int]]] = {}
    for item in linked.contradictions:
        for claim in item.claims:
            refs.setdefault(claim["doc_id"], set()).add(tuple(claim["span"]))
    for event in linked.events:   # a report a timeline links to need not be an extracted event's span
        for report in event.reports:
            refs.setdefault(report.doc_id, set()).add(tuple(report.span))
    for profile in linked.document_profiles:
        for item in profile.filler:
            refs.setdefault(item["doc_id"], set()).add(tuple(item["span"]))
    return refs


# timeline chart


def _add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s."""
    return date(*shift_month(day.year, day.month, months), 1)


def axis_ticks(first: date, last: date) -> list[tuple[date, str]]:
    """(day, label) ticks between two days: weekly on a short axis, else first days of months."""
    days = (last - first).days
    if days <= 90:
        step = next(step for step in TICK_DAY_STEPS if days / step <= CHART_MAX_TICKS)
        monday = first + timedelta(days=(7 - first.weekday()) % 7)
        ticks = [monday + timedelta(days=step * number) for number in range(days // step + 1)]
        return [(tick, day_text(tick.isoformat()) if number == 0 or tick.day <= step and tick.month == 1
                 else f"{tick.day} {tick:%b}") for number, tick in enumerate(ticks) if tick <= last]
    labelled, previous_year = [], None
    for tick in month_ticks(first, last):
        labelled.append((tick, tick_label(tick, previous_year is None)))
        previous_year = tick.year
    return labelled


def month_ticks(first: date, last: date) -> list[date]:
    """First days of months between two days, at a step that keeps at most CHART_MAX_TICKS."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    step = next((step for step in TICK_MONTH_STEPS if months / step <= CHART_MAX_TICKS), TICK_MONTH_STEPS[-1])
    tick = _add_months(date(first.year, 1, 1), ((first.month - 1) // step) * step)
    ticks = []
    while tick <= last:
        if tick >= first:
            ticks.append(tick)
        tick = _add_months(tick, step)
    return ticks


def tick_label(day: date, first_of_year: bool) -> str:
    return day.strftime("%Y") if day.month == 1 or first_of_year else day.strftime("%b")


TICK_CHAR_WIDTH = 6.2   # px per character of a tick label (11px sans): a label's room on the axis


def spaced_tick_labels(ticks: list[dict]) -> list[dict]:
    """Ticks whose label would run into the previous label keep their line and lose their
    label ("20 May 2024" is wider than a week on a short axis)."""
    end = None
    for tick in ticks:
        if end is not None and tick["x"] + 3 < end:
            tick["label"] = ""
        elif tick["label"]:
            end = tick["x"] + 3 + len(tick["label"]) * TICK_CHAR_WIDTH + 4
    return ticks


def timeline_chart(entries: list[dict]) -> dict | None:
    """Geometry of a subject's timeline as SVG: one row per entry on a shared time axis.

    An entry dated to a day is a dot; a month or year ("within") is a bar over the whole
    range, since the day is not known; an undated entry ("reported_by") is a bar open to
    the past, fading out to the left, ending at the publication date.

    entries (list[dict]): timeline entries (docs/link.md).
    RETURNS (dict | None): {"width", "height", "ticks", "rows"}, or None when nothing is dated.
    """
    days = [day for entry in entries for day in map(parse_dct, entry["date_range"]) if day]
    if not days:
        return None
    first, last = min(days) - timedelta(days=CHART_PAD_DAYS), max(days) + timedelta(days=CHART_PAD_DAYS)
    first = min(first, last - timedelta(days=CHART_MIN_DAYS))
    plot_left, plot_right = CHART_LABEL_WIDTH, CHART_WIDTH - CHART_RIGHT_PAD
    scale = (plot_right - plot_left) / max(1, (last - first).days + 1)

    def x_of(day: date, *, end: bool = False) -> float:
        return round(plot_left + ((day - first).days + (1 if end else 0)) * scale, 1)

    rows = []
    for number, entry in enumerate(entries):
        start, end = (parse_dct(value) for value in entry["date_range"])
        y = CHART_AXIS_HEIGHT + number * CHART_ROW_HEIGHT + CHART_ROW_HEIGHT // 2
        row = {"entry": entry, "y": y, "shape": "none", "x1": plot_left, "x2": plot_left}
        if start and end and start == end:
            row.update(shape="dot", x1=x_of(start), x2=x_of(start, end=True))
        elif start and end:
            row.update(shape="range", x1=x_of(start), x2=max(x_of(end, end=True), x_of(start) + CHART_MIN_BAR))
        elif end:
            row.update(shape="open", x1=plot_left, x2=x_of(end, end=True))
        row["cx"] = round((row["x1"] + row["x2"]) / 2, 1) if row["shape"] == "dot" else row["x2"]
        row["width"] = round(row["x2"] - row["x1"], 1)
        row["caption"] = f"×{entry['corroboration']}  {entry_date_text(entry)}".strip()
        rows.append(row)
    ticks = spaced_tick_labels([{"x": x_of(tick), "label": label} for tick, label in axis_ticks(first, last)])
    height = CHART_AXIS_HEIGHT + len(entries) * CHART_ROW_HEIGHT + 8
    return {"width": CHART_WIDTH, "height": height, "plot_left": plot_left, "plot_right": plot_right,
            "ticks": ticks, "rows": rows}


# the whole report


@dataclass
class Summary:
    """What the top of the report and the overview page show."""

    documents: int
    copies: int
    outlets: list[str]
    first_dct: str | None
    last_dct: str | None
    counts: dict[str, int]
    errors: list[dict]
    unlinked: list[str] = field(default_factory=list)   # stored documents the link tables lack


def ledger_summary(ledger, extractions: list[Extraction]) -> Summary:
    """Documents, outlets, date span, fact counts and skipped inputs of a ledger."""
    counts = ledger.counts()
    outlets = {item["outlet"] for carriers in ledger.sources().values() for item in carriers if item.get("outlet")}
    outlets |= {extraction.document.outlet for extraction in extractions if extraction.document.outlet}
    dates = sorted(extraction.document.dct for extraction in extractions if extraction.document.dct)
    errors = [{"path": row["path"], "line": row["line"] or None, "record": row["record"] or None,
               "reason": row["reason"], "last_seen": row["last_seen"]} for row in ledger.errors()]
    from claimledger.link.update import unlinked_documents

    return Summary(documents=counts["documents"], copies=counts["copies"], outlets=sorted(outlets),
                   first_dct=dates[0] if dates else None, last_dct=dates[-1] if dates else None,
                   counts={kind: counts[kind] for kind in Extraction.FACT_KINDS}, errors=errors,
                   unlinked=unlinked_documents(ledger.db))


def template_environment(*extra_dirs: Path) -> Environment:
    """Jinja2 with autoescape on, finding templates in extra_dirs first, then the report's."""
    environment = Environment(loader=FileSystemLoader([*map(str, extra_dirs), str(TEMPLATE_DIR)]),
                              autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                              finalize=html_bidi_safe)   # every {{ value }}: no bidi override acts on the page
    environment.globals.update(date_text=entry_date_text, date_title=entry_date_title, timex_text=timex_text,
                               day_text=day_text, timeline_chart=timeline_chart, statuses=STATUSES,
                               status_entries=lexicon().statuses, safe_url=safe_url,
                               mark_kinds=MARK_KINDS, kind_texts=kind_texts(), claims_by_document=claims_by_document,
                               incident_reading=incident_reading)
    environment.filters["share"] = share_text
    environment.filters["dates_in_words"] = dates_in_words
    return environment


INCIDENT_STANCES = {"denied": "denied", "hedged": "told as likely or possible", "superseded": "withdrawn by the text",
                    "corrected": "the corrected account"}


def incident_reading(incident) -> str:
    """One strike mention as a reader says it: "struck by Russia with Kh-101, launched from
    Tu-95MS", "shot down", "not shot down"; the stance a text gives it ("denied") follows."""
    field = (lambda name: incident.get(name)) if isinstance(incident, dict) else (lambda name: getattr(incident, name))   # noqa: E731
    names = lambda value: ", ".join(joined_names(value))   # noqa: E731
    words = {True: "shot down", False: "not shot down"}.get(field("intercepted"), "struck")
    if field("side"):
        words += f" by {field('side')}"
    if field("weapons"):
        words += f" with {names(field('weapons'))}"
    if field("platforms"):
        words += f", launched from {names(field('platforms'))}"
    if field("stance") == "asserted" and field("modality") == "negated":   # "denied that it had attacked"
        words += " (said not to have happened)"
    if field("stance") in INCIDENT_STANCES:
        words += f" ({INCIDENT_STANCES[field('stance')]})"
    return words


def kind_texts() -> dict[str, str]:
    """Each contradiction kind's one-line explanation, as registered (link/kinds/__init__.py)."""
    from claimledger.link.kinds import ALL_KINDS

    return {name: text for name, (_, text) in ALL_KINDS.items()}


def claims_by_document(claims: Iterable[dict]) -> list[list[dict]]:
    """The claims of one side grouped by document, documents in the order they first come, so a
    document quoted four times is named once."""
    groups: dict[str, list[dict]] = {}
    for claim in claims:
        groups.setdefault(claim["doc_id"], []).append(claim)
    return list(groups.values())


def share_text(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def subject_timelines(linked, subjects: Iterable[str] | None) -> list[dict]:
    """[{"name", "entries"}] for the chosen subjects (default: every one with events), each once
    however it was spelled ("s500" and "S-500" are one)."""
    names = list(subjects) if subjects else linked.subjects()
    out, seen = [], set()
    for name in names:
        entries = linked.timeline(name)
        shown = entries[0]["subject"] if entries else name
        if subject_anchor(shown) not in seen:
            seen.add(subject_anchor(shown))
            strikes = linked.strikes_naming(shown) if hasattr(linked, "strikes_naming") else []
            out.append({"name": shown, "entries": entries, "strikes": strikes})
    return out


def profile_rows(linked, *, by_document: bool = False) -> list[dict]:
    """Sourcing profiles in the shape of ``claimledger sources --json``."""
    scope = "document" if by_document else "outlet"
    profiles = linked.document_profiles if by_document else linked.outlet_profiles
    return [{"scope": scope, **profile.as_dict()} for profile in profiles]


def stored_links(ledger, corpus):
    """The ledger's link tables, as ``analyze`` and ``relink`` wrote them (the report reads, it
    does not link: documents left unlinked are listed in the summary instead)."""
    from claimledger.link import LinkedLedger

    linked = LinkedLedger(ledger)
    linked.__dict__["corpus"] = corpus   # already loaded: read the documents once
    return linked


def render_report(ledger, *, subjects: Iterable[str] | None = None, title: str = "claimledger report") -> str:
    """The report as one HTML string (see write_html_report)."""
    corpus = ledger.load_corpus()
    linked = stored_links(ledger, corpus)
    timelines = subject_timelines(linked, subjects)
    links = ReportLinks(document_labels(corpus), subjects=[timeline["name"] for timeline in timelines])
    refs = linked_refs(linked)
    copies_of: dict[str, list[str]] = {}
    for copy_id, original in corpus.copies.items():
        copies_of.setdefault(original, []).append(copy_id)
    documents = [document_view(extraction, links=links, row=ledger.document_row(extraction.document.id),
                               sources=corpus.sources.get(extraction.document.id, ()),
                               copies=copies_of.get(extraction.document.id, ()),
                               refs=refs.get(extraction.document.id, ()))
                 for extraction in corpus.extractions]
    environment = template_environment()
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return environment.get_template(REPORT_TEMPLATE).render(
        title=title, links=links, ledger_name=Path(ledger.path).name, generated=generated, summary=ledger_summary(ledger, corpus.extractions),
        timelines=timelines, contradictions=linked.contradictions[:REPORT_MAX_CONTRADICTIONS],
        contradiction_total=len(linked.contradictions),
        profiles=profile_rows(linked), documents=documents)


def write_html_report(ledger, out_path: Path | str, *, subjects: Iterable[str] | None = None) -> Path:
    """Write the ledger as one self-contained HTML file.

    ledger (claimledger.store.Ledger): an open ledger.
    out_path (Path | str): the file to write.
    subjects (Iterable[str] | None): subjects to draw timelines for; default every subject with events.
    RETURNS (Path): the file written. See docs/show.md.
    """
    path = Path(out_path)
    path.write_text(render_report(ledger, subjects=subjects), encoding="utf-8")
    return path
