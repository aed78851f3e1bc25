"""The web UI: a FastAPI app, read-only over one ledger file.

Pages: ``/`` (overview and search box), ``/search?q=``, ``/documents/{id}``,
``/subjects/{name}/timeline``, ``/contradictions``, ``/sources``. JSON under ``/api/``
in the shapes of the CLI's ``--json`` output. Errors become JSON (under ``/api/``) or an
HTML page in one place, ``handle_error``. Templates are autoescaped and every response
carries a Content-Security-Policy that allows no script. See docs/show.md.
"""
from __future__ import annotations

import json
import logging
import os
import re
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from claimledger.errors import LedgerError
from claimledger.labels import LABEL_TEXT_CHARS, text_label
from claimledger.link.kinds import ALL_KINDS
from claimledger.report.html import (WebLinks, document_label, document_view, ledger_summary, linked_refs,
                                     profile_rows, template_environment)
from claimledger.schema import Extraction
from claimledger.report.filters import FilterError, ViewFilter
from claimledger.serve.people import people_index, person_record
from claimledger.store.search import MAX_SEARCH_LIMIT

logger = logging.getLogger(__name__)

TEMPLATE_DIR = Path(__file__).parent / "templates"
API_PREFIX = "/api/"
ERROR_TEMPLATE = "error.html"
SEARCH_LIMIT = 50             # hits per search page; at most MAX_SEARCH_LIMIT (claimledger.store.search)
PAGE_LIMIT = 200              # contradictions per page
MAX_PAGE_LIMIT = 2000
CONTRADICTION_KINDS = tuple(ALL_KINDS)   # the registered kinds (claimledger/link/kinds/__init__.py)
PROFILE_SCOPES = ("outlet", "document")
FTS_OPERATORS = frozenset({"and", "or", "not", "near"})
SNIPPET_HIT = re.compile(r"\[([^\[\]]+)\]")
# no script at all, inline styles only: a payload that slipped past escaping could not run
CONTENT_SECURITY_POLICY = ("default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class NotFound(LookupError):
    """A document or subject the ledger does not hold."""


class BadQuery(ValueError):
    """A search query or parameter that cannot be run."""


class LedgerSource:
    """Opens the ledger per request and keeps the linked picture until the file changes."""

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self._lock = threading.Lock()
        self._linked = None
        self._signature = None
        self._names: tuple[WebLinks, list[str], list[str]] | None = None
        self._names_signature = None

    @contextmanager
    def open(self) -> Iterator:
        from claimledger.store import Ledger

        ledger = Ledger.open_readonly(self.db_path)
        try:
            yield ledger
        finally:
            ledger.close()

    def signature(self) -> tuple:
        """Size and modification time of the database and its write-ahead log."""
        parts = []
        for path in (self.db_path, Path(str(self.db_path) + "-wal")):
            try:
                stat = os.stat(path)
            except FileNotFoundError:
                parts.append(None)
                continue
            parts.append((stat.st_mtime_ns, stat.st_size))
        return tuple(parts)

    def linked(self):
        """The ledger's link tables as analyze left them (claimledger.link.LinkedLedger), read
        whole with the documents, and kept until the file changes.

        Reading the persisted tables, not relinking the corpus in memory: the same picture the
        CLI prints, at a fraction of the cost (600 documents: 0.3 s instead of 1.7 s).
        """
        with self._lock:
            signature = self.signature()
            if self._linked is None or signature != self._signature:
                with self.open() as ledger:
                    self._linked = persisted_picture(ledger)
                self._signature = signature
            return self._linked

    def names(self) -> tuple[WebLinks, list[str], list[str]]:
        """(links that name documents and people, every outlet, every event location), read again
        when the file changed.

        A few cheap queries, not a relink: every page needs them to name documents, people and
        the outlets of the filter form. Built once per version of the file, not per page.
        """
        with self._lock:
            signature = self.signature()
            if self._names is None or signature != self._names_signature:
                with self.open() as ledger:
                    links = WebLinks(stored_labels(ledger.db), people=person_names(ledger.db))
                    self._names = (links, outlet_names(ledger.db), location_names(ledger.db))
                self._names_signature = signature
            return self._names


# pure helpers: the JSON shapes


def stored_labels(db) -> dict[str, str]:
    """doc id -> document label (title, or the start of the text), for every stored document."""
    rows = db.execute(f"SELECT id, title, substr(text, 1, {LABEL_TEXT_CHARS}) AS head FROM documents")
    return {row["id"]: text_label(row["title"], row["head"] or "", row["id"]) for row in rows}


def outlet_names(db) -> list[str]:
    """Every outlet that published or carried a stored document, for the filter form."""
    rows = db.execute("SELECT outlet FROM documents WHERE outlet IS NOT NULL "
                      "UNION SELECT outlet FROM document_sources WHERE outlet IS NOT NULL")
    return sorted({row[0] for row in rows if row[0]}, key=str.casefold)


def location_names(db) -> list[str]:
    """Every place a linked event is at, for the filter form."""
    rows = db.execute("SELECT DISTINCT location FROM linked_events WHERE location IS NOT NULL")
    return sorted({row[0] for row in rows if row[0]}, key=str.casefold)


def stored_outlet(outlets: list[str], outlet: str) -> str:
    """The stored spelling of an outlet chosen in any case ("tass" is "TASS"); as given when
    no outlet has it, so the filter keeps nothing."""
    wanted = outlet.casefold()
    return next((name for name in outlets if name.casefold() == wanted), outlet)


def view_filter(since: str = "", until: str = "", outlet: str = "", status: str = "", location: str = "",
                sort: str = "") -> ViewFilter:
    """The list filters of a request's query parameters (claimledger.report.filters)."""
    try:
        return ViewFilter.parse(since=since, until=until, outlet=outlet, status=status, location=location,
                                sort=sort)
    except FilterError as error:
        raise BadQuery(str(error)) from None


def entry_day(entry: dict) -> str | None:
    """The day a timeline entry sorts by: where its range starts, else where it ends."""
    start, end = entry["date_range"]
    return start or end


def contradiction_day(item: dict) -> str | None:
    """The day a contradiction arose: the later of its two sides' first reports."""
    days = [side["earliest"] for side in item.get("sides", []) if side.get("earliest")]
    return max(days) if days else None


def person_names(db) -> set[str]:
    """Every name a person page answers to: speakers extract took for people (not "some analysts"
    or a ministry), names with a recorded role, and the spellings of resolved people."""
    names = {row[0] for row in db.execute("SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL "
                                          "AND source_type = 'named_person'")}
    names |= {row[0] for row in db.execute("SELECT DISTINCT name FROM person_roles")}
    for row in db.execute("SELECT name, aliases FROM identities WHERE label = 'PERSON'"):
        names.add(row["name"])
        names.update(json.loads(row["aliases"]))
    return names


def document_summary(extraction: Extraction, copies: dict[str, str]) -> dict:
    """A document's metadata without its text, with its copy_of and fact counts."""
    data = extraction.document.as_dict()
    data.pop("text", None)
    return {**data, "label": document_label(extraction.document), "copy_of": copies.get(extraction.document.id),
            "counts": extraction.counts()}


def extraction_dict(extraction: Extraction, *, copy_of: str | None, sources: list[dict]) -> dict:
    """One document with every fact: the line shape of ``claimledger export --format jsonl``."""
    out = {"document": extraction.document.as_dict(), "copy_of": copy_of, "sources": sources}
    for kind in Extraction.FACT_KINDS:
        out[kind] = [record.as_dict() for record in getattr(extraction, kind)]
    return out


def query_terms(query: str) -> set[str]:
    words = re.findall(r"\w+", query.casefold())
    return {word for word in words if word not in FTS_OPERATORS}


def snippet_markup(snippet: str, query: str) -> Markup:
    """An FTS snippet as HTML, its matched words in <b>.

    The ledger marks matches with ``[`` ``]``; a bracketed stretch whose words are not
    query terms is the text's own bracket and stays as it is.
    """
    terms = query_terms(query)
    parts, position = [], 0
    for match in SNIPPET_HIT.finditer(snippet):
        inner = match.group(1).casefold()
        if not any(inner.startswith(term) or term.startswith(inner) for term in terms):
            continue
        parts.append(escape(snippet[position:match.start()]))
        parts.append(Markup("<b>") + escape(match.group(1)) + Markup("</b>"))
        position = match.end()
    parts.append(escape(snippet[position:]))
    return Markup("").join(parts)


def persisted_picture(ledger):
    """A LinkedLedger whose documents, events, contradictions and profiles are read now, so it
    outlives the connection it was read through."""
    from claimledger.link import LinkedLedger

    linked = LinkedLedger(ledger)
    linked.__dict__["corpus"] = ledger.load_corpus()
    for name in ("events", "contradictions", "profiles"):
        getattr(linked, name)
    return linked


def document_events(linked) -> dict[str, list]:
    """doc id -> its extracted events, for the status and location filters of search hits."""
    return {extraction.document.id: extraction.events for extraction in linked.corpus.extractions}


def event_subjects(linked) -> list[str]:
    """Every subject with linked events, sorted."""
    return sorted({event.subject for event in linked.events})


def known_subject(linked, name: str) -> str | None:
    """The subject's canonical name when any event or mention has it, else None."""
    from claimledger.link.events import subject_key

    wanted = subject_key(name)
    names = set(event_subjects(linked))
    names |= {mention.subject for extraction in linked.corpus.extractions for mention in extraction.subjects}
    return next((found for found in sorted(names) if subject_key(found) == wanted), None)


def subject_counts(linked) -> list[dict]:
    """[{"subject", "events", "reports"}] for every subject with linked events."""
    out = {}
    for event in linked.events:
        row = out.setdefault(event.subject, {"subject": event.subject, "events": 0, "reports": 0})
        row["events"] += 1
        row["reports"] += len(event.reports)
    return sorted(out.values(), key=lambda row: row["subject"].casefold())


# the app


def create_app(db_path: Path | str, *, allowed_hosts: Iterable[str] | None = None) -> FastAPI:
    """The web UI and JSON API over one ledger, read-only.

    db_path (Path | str): a ledger written by ``claimledger analyze``.
    allowed_hosts (Iterable[str] | None): Host headers to answer (``localhost:8000``); any
        other is a 400. None answers every host.
    RETURNS (FastAPI): the app; serve it with uvicorn (``claimledger serve``).
    RAISES LedgerError: the file does not exist, is not a ledger or is at another schema version.
    """
    hosts = None if allowed_hosts is None else frozenset(host.casefold() for host in allowed_hosts)
    source = LedgerSource(db_path)
    with source.open():
        pass   # fail now, not on the first request, when the file is not a ledger
    environment = template_environment(TEMPLATE_DIR)
    app = FastAPI(title="claimledger", docs_url=None, redoc_url=None, openapi_url=None)

    def page(name: str, status_code: int = 200, **context) -> HTMLResponse:
        # an error page must render even when the ledger cannot be linked
        links, outlets, locations = (WebLinks(), [], []) if name == ERROR_TEMPLATE else source.names()
        body = environment.get_template(name).render(links=links, db_name=source.db_path.name, outlets=outlets,
                                                     all_locations=locations, **context)
        return HTMLResponse(body, status_code=status_code)

    async def handle_error(request: Request, error: Exception):
        """Every error becomes one response here: JSON under /api/, an HTML page elsewhere."""
        if isinstance(error, NotFound):
            status, message = 404, str(error)
        elif isinstance(error, (BadQuery, RequestValidationError)):
            status, message = 400, str(error) if isinstance(error, BadQuery) else validation_message(error)
        elif isinstance(error, StarletteHTTPException):
            status, message = error.status_code, str(error.detail)
        elif isinstance(error, LedgerError):   # the file went away or was damaged while serving
            status, message = 500, str(error)
        else:
            logger.exception("error serving %s", request.url.path)
            status, message = 500, "internal error; see the server log"
        if request.url.path.startswith(API_PREFIX):
            return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
        return page(ERROR_TEMPLATE, status_code=status, status=status, message=message)

    for error_class in (NotFound, BadQuery, RequestValidationError, StarletteHTTPException, LedgerError, Exception):
        app.add_exception_handler(error_class, handle_error)

    @app.middleware("http")
    async def known_host_only(request: Request, call_next):
        host = request.headers.get("host", "").casefold()
        if hosts is not None and host not in hosts:
            return await handle_error(request, StarletteHTTPException(400, f"unknown Host header {host!r}"))
        return await call_next(request)

    @app.middleware("http")   # added last, so it runs first: error responses get the headers too
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def extraction_or_404(ledger, doc_id: str) -> Extraction:
        extraction = ledger.extraction(doc_id)
        if extraction is None:
            raise NotFound(f"no document {doc_id!r} in the ledger")
        return extraction

    def timeline_or_404(subject: str) -> tuple[str, list[dict]]:
        from claimledger.link import LinkedLedger

        with source.open() as ledger:   # the link tables: one subject's rows, not a relink
            entries = LinkedLedger(ledger).timeline(subject)
        if entries:
            return entries[0]["subject"], entries
        linked = source.linked()
        name = known_subject(linked, subject)
        if name is None:
            known = ", ".join(event_subjects(linked)) or "none"
            raise NotFound(f"no subject {subject!r} in the ledger; subjects with events: {known}")
        return name, []

    def person_or_404(name: str) -> dict:
        with source.open() as ledger:
            found = person_record(ledger.db, name)
        if found is None:
            raise NotFound(f"no person {name!r} in the ledger (no quotation, role or resolved name)")
        return found

    def run_search(query: str, limit: int) -> list[dict]:
        with source.open() as ledger:
            try:
                return ledger.search(query, limit=limit)
            except LedgerError as error:
                raise BadQuery(str(error)) from None

    def contradictions_of(kind: str | None, **filters) -> list[dict]:
        from claimledger.link import LinkedLedger

        if kind is not None and kind not in CONTRADICTION_KINDS:
            raise BadQuery(f"kind must be one of {', '.join(CONTRADICTION_KINDS)}, got {kind!r}")
        with source.open() as ledger:   # the link tables, filtered in SQL
            return LinkedLedger(ledger).find_contradictions(kind=kind, **filters)

    def chosen_contradictions(kind: str | None, subject: str | None, min_sources: int,
                              chosen: ViewFilter) -> list[dict]:
        """The contradictions a page or the API shows: the CLI's filters (kind, subject, since,
        until, outlet in any case, min sources), then the list filters' status and order."""
        outlet = stored_outlet(source.names()[1], chosen.outlet) if chosen.outlet else None
        found = contradictions_of(kind or None, subject=(subject or "").strip() or None, since=chosen.since or None,
                                  until=chosen.until or None, outlet=outlet, min_sources=min_sources)
        return chosen.sorted([item for item in found if chosen.keeps_contradiction(item)], contradiction_day)

    def profiles_of(by: str) -> list[dict]:
        if by not in PROFILE_SCOPES:
            raise BadQuery(f"by must be one of {', '.join(PROFILE_SCOPES)}, got {by!r}")
        return profile_rows(source.linked(), by_document=by == "document")

    # HTML pages

    @app.get("/", response_class=HTMLResponse)
    def overview(chosen: ViewFilter = Depends(view_filter)):
        linked = source.linked()
        with source.open() as ledger:
            summary = ledger_summary(ledger, linked.corpus.extractions)
        documents = [document_summary(extraction, linked.corpus.copies) for extraction in linked.corpus.extractions
                     if chosen.keeps_events(extraction.events)]
        documents = [document for document in documents if chosen.keeps_card(document)]
        return page("index.html", summary=summary, subjects=subject_counts(linked),
                    documents=chosen.sorted(documents, lambda document: document.get("dct")),
                    contradiction_count=len(linked.contradictions), chosen=chosen)

    @app.get("/search", response_class=HTMLResponse)
    def search_page(q: str = "", limit: int = Query(SEARCH_LIMIT, ge=1, le=MAX_SEARCH_LIMIT),
                    chosen: ViewFilter = Depends(view_filter)):
        # a filter drops hits after ranking, so ask for the most the search allows, then cut
        hits = run_search(q, MAX_SEARCH_LIMIT if chosen.active else limit) if q.strip() else []
        events = document_events(source.linked()) if chosen.status or chosen.location else {}
        hits = [hit for hit in hits if chosen.keeps_card(hit) and chosen.keeps_events(events.get(hit["doc_id"], ()))]
        hits = chosen.sorted(hits, lambda hit: hit.get("dct"))[:limit]
        for hit in hits:
            hit["snippet_html"] = snippet_markup(hit["snippet"], q)
        return page("search.html", query=q, hits=hits, chosen=chosen)

    @app.get("/documents/{doc_id:path}", response_class=HTMLResponse)
    def document_page(doc_id: str):
        linked = source.linked()
        with source.open() as ledger:
            extraction = extraction_or_404(ledger, doc_id)
            row = ledger.document_row(doc_id)
            sources = ledger.sources(doc_id).get(doc_id, [])
        copies = [copy_id for copy_id, original in linked.corpus.copies.items() if original == doc_id]
        view = document_view(extraction, links=WebLinks(), row=row, sources=sources, copies=copies,
                             refs=linked_refs(linked).get(doc_id, ()))
        return page("document.html", view=view, contradictions=contradictions_of(None, doc_id=doc_id))

    @app.get("/subjects/{subject:path}/timeline", response_class=HTMLResponse)
    def timeline_page(subject: str, chosen: ViewFilter = Depends(view_filter)):
        from claimledger.link import LinkedLedger

        name, entries = timeline_or_404(subject)
        locations = sorted({entry["location"] for entry in entries if entry["location"]}, key=str.casefold)
        shown = chosen.sorted([entry for entry in entries if chosen.keeps_entry(entry)], entry_day)
        with source.open() as ledger:   # the strikes told with it, and the conflicts naming it
            linked = LinkedLedger(ledger)
            strikes = [strike for strike in linked.strikes_naming(name) if chosen.keeps_card(strike)]
            conflicts = linked.count_contradictions(subject=name)
        return page("timeline.html", subject=name, entries=shown, total=len(entries), locations=locations,
                    chosen=chosen, strikes=strikes, contradiction_count=conflicts)

    @app.get("/people", response_class=HTMLResponse)
    def people_page():
        with source.open() as ledger:
            return page("people.html", people=people_index(ledger.db))

    @app.get("/people/{name:path}", response_class=HTMLResponse)
    def person_page(name: str):
        return page("person.html", person=person_or_404(name))

    @app.get("/contradictions", response_class=HTMLResponse)
    def contradictions_page(kind: str | None = None, subject: str | None = None, offset: int = Query(0, ge=0),
                            limit: int = Query(PAGE_LIMIT, ge=1, le=MAX_PAGE_LIMIT),
                            min_sources: int = Query(0, ge=0), chosen: ViewFilter = Depends(view_filter)):
        subject = (subject or "").strip()
        found = chosen_contradictions(kind, subject, min_sources, chosen)
        subject = subject and (known_subject(source.linked(), subject) or subject)   # "s300" is headed "S-300"
        return page("contradictions.html", contradictions=found[offset:offset + limit], total=len(found),
                    offset=offset, limit=limit, kind=kind or "", subject=subject, kinds=CONTRADICTION_KINDS,
                    min_sources=min_sources, kept={"kind": kind} if kind else None, chosen=chosen)

    @app.get("/sources", response_class=HTMLResponse)
    def sources_page(by: str = "outlet"):
        return page("sources.html", profiles=profiles_of(by), by=by)

    # JSON

    @app.get("/api/documents")
    def api_documents():
        linked = source.linked()
        return [document_summary(extraction, linked.corpus.copies) for extraction in linked.corpus.extractions]

    @app.get("/api/documents/{doc_id:path}")
    def api_document(doc_id: str):
        with source.open() as ledger:
            extraction = extraction_or_404(ledger, doc_id)
            row = ledger.document_row(doc_id)
            sources = ledger.sources(doc_id).get(doc_id, [])
        return extraction_dict(extraction, copy_of=row["copy_of"], sources=sources)

    @app.get("/api/search")
    def api_search(q: str = "", limit: int = Query(SEARCH_LIMIT, ge=1, le=MAX_SEARCH_LIMIT)):
        if not q.strip():
            raise BadQuery("q is required: /api/search?q=WORDS")
        return run_search(q, limit)

    @app.get("/api/subjects")
    def api_subjects():
        return subject_counts(source.linked())

    @app.get("/api/strikes/{subject:path}")
    def api_strikes(subject: str, chosen: ViewFilter = Depends(view_filter)):
        from claimledger.link import LinkedLedger

        name = timeline_or_404(subject)[0]
        with source.open() as ledger:
            return [strike for strike in LinkedLedger(ledger).strikes_naming(name) if chosen.keeps_card(strike)]

    @app.get("/api/timeline/{subject:path}")
    def api_timeline(subject: str, chosen: ViewFilter = Depends(view_filter)):
        entries = timeline_or_404(subject)[1]
        return chosen.sorted([entry for entry in entries if chosen.keeps_entry(entry)], entry_day)

    @app.get("/api/contradictions")
    def api_contradictions(kind: str | None = None, subject: str | None = None,
                           min_sources: int = Query(0, ge=0), chosen: ViewFilter = Depends(view_filter)):
        return chosen_contradictions(kind, subject, min_sources, chosen)

    @app.get("/api/people/{name:path}")
    def api_person(name: str):
        return person_or_404(name)

    @app.get("/api/sources")
    def api_sources(by: str = "outlet"):
        return profiles_of(by)

    return app


def validation_message(error: RequestValidationError) -> str:
    """Bad parameters in one line: 'limit: Input should be a valid integer'."""
    parts = []
    for item in error.errors():
        where = ".".join(str(part) for part in item.get("loc", ())[1:]) or "request"
        parts.append(f"{where}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or "bad request"
