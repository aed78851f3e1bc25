"""HTML pages: main text and metadata with trafilatura, behind a quality gate.

trafilatura returns nothing, or only a cookie banner or a noscript notice, without
complaint; `check_quality` turns such a result into a reason to skip the page.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Iterator

from claimledger.errors import InputError
from claimledger.ingest.build import UNSPACED_SCRIPTS, build_document, with_notes
from claimledger.ingest.options import IngestOptions
from claimledger.ingest.pagedates import published_date_in
from claimledger.ingest.sniff import looks_binary
from claimledger.schema import Document

MIN_WORDS = 20
MIN_SENTENCES = 2
MAX_BOILERPLATE_SHARE = 0.5
# Lines that are site furniture rather than reporting (consent, paywall, error pages).
BOILERPLATE = re.compile(
    r"\b(?:cookies?|javascript|consent|subscribe|subscription|sign(?:ed)? in|log ?in|"
    r"privacy (?:policy|settings)|terms of (?:use|service)|all rights reserved|newsletter|"
    r"ad ?blocker|your browser|access denied|captcha|page not found|404|paywall|"
    r"accept all|manage (?:preferences|settings))\b",
    re.IGNORECASE,
)
# A sentence ends at . ! ? or … (then any closing quotes or brackets) before a space, the
# end, or a capital letter: pages glue sentences together ("on Wednesday.The stabbing").
# Full stops of scripts that need no space after them count wherever they stand.
SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019\u00bb)\]]*(?=\s|$|([^\W\d_]))")
UNSPACED_SENTENCE_END = re.compile(
    "[\u3002\uff01\uff1f\uff61\u0964\u0965\u061f\u06d4\u1362\u104b\u17d4]")
# Thai and Lao have no full stop: a space between two runs of their letters ends a sentence.
THAI_LAO_BREAK = re.compile("(?<=[\u0e00-\u0eff])\\s+(?=[\u0e00-\u0eff])")
# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar):
# their letters are counted, CHARS_PER_WORD to a word, as a space-separated word is.
UNSPACED_LETTER = re.compile(f"[{UNSPACED_SCRIPTS}]")
CHARS_PER_WORD = 2
# Faults in the markup that lose part of a page: each is named in a line beside what is kept.
ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
CUT_IN_TAG = re.compile(rb"<[a-zA-Z/!][^<>]*\Z")
COMMENT_OPEN = b"<!--"
COMMENT_CLOSE = b"-->"
TOO_DEEP = "Excessive depth"
# Runs of this many tags with nothing between them are flattened to one when a page nests
# past the parser's limit (256 levels): the text inside is then within reach.
FLATTENED = "runs of nested tags flattened (the page nests past the parser's limit)"
TOO_DEEP_LOST = "elements nested more than 256 deep (the parser's limit): the text below lost"
FLATTENED_RUN = 32
OPEN_TAG_RUN = re.compile(rb"(?:<[a-zA-Z][\w:-]*(?:\s[^<>]*)?>\s*){%d,}" % FLATTENED_RUN)
CLOSE_TAG_RUN = re.compile(rb"(?:</[a-zA-Z][\w:-]*\s*>\s*){%d,}" % FLATTENED_RUN)
KEPT = "the text that could be read kept"

# htmldate bounds dates by "today" unless told otherwise; a fixed bound keeps runs repeatable.
DATE_EXTRACTION = {"extensive_search": False, "original_date": True, "max_date": "2100-12-31"}
# trafilatura logs a warning for every page it cannot use, and the caller reports that page
# as an InputError already. A NullHandler keeps those lines off stderr when the application
# configures no logging, and leaves them to the application's handlers when it does.
for _name in ("trafilatura", "htmldate"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


@dataclass
class Page:
    """What the extractor keeps from an HTML page."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    faults: tuple[str, ...] = ()   # what in the markup lost part of the page
    lang: str | None = None        # what the page says it is written in (<html lang>, og:locale)


def extract_page(html: bytes | str, *, url: str | None = None) -> Page | str:
    """The page's main text and metadata, or the reason there is none."""
    data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    faults = markup_faults(data)
    if ENTITY_DECLARATION.search(data):
        # lxml's HTML parser never expands them, but say that the page asked for it.
        faults += ("the page declares XML entities (left unexpanded)",)
    result = _extract(html, url)
    if isinstance(result, str):
        return result
    tree, too_deep = parse_page(data)
    if too_deep and (result is None or not (result.text or "").strip()):
        data = CLOSE_TAG_RUN.sub(b"</div>", OPEN_TAG_RUN.sub(b"<div>", data))
        result = _extract(data, url)
        if isinstance(result, str):
            return result
        tree, too_deep = parse_page(data)
        faults = (FLATTENED,) + faults
    if too_deep:
        faults = (TOO_DEEP_LOST,) + faults
    if result is None or not (result.text or "").strip():
        return "; ".join(("no main text found in the page",) + faults)
    reason = check_quality(result.text)
    if reason:
        return "; ".join((reason,) + faults)
    # The page's stated publication date first; htmldate's (URL, then body) only without one.
    date = (published_date_in(tree) if tree is not None else None) or result.date
    return Page(text=result.text, title=result.title, author=result.author, date=date,
                sitename=result.sitename, url=result.url or url, faults=faults,
                lang=page_language(tree) if tree is not None else None)


def page_language(tree) -> str | None:
    """The language the page declares: <html lang>, else og:locale, else Content-Language."""
    declared = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("property") or meta.get("http-equiv") or meta.get("name") or "").lower()
        if key in ("og:locale", "content-language", "language"):
            declared.append(meta.get("content"))
    return next((value.strip() for value in declared if value and value.strip()), None)


def parse_page(data: bytes):
    """(lxml tree or None, whether the parser stopped at its nesting limit).

    lxml stops at 256 levels and says so only in its error log; the text deeper down is lost.
    """
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser()
    try:
        tree = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, ValueError):
        tree = None
    return tree, any(TOO_DEEP in entry.message for entry in parser.error_log)


def markup_faults(data: bytes) -> tuple[str, ...]:
    """What in the page's markup cuts its text short: a file cut inside a tag, a comment
    never closed (a browser hides everything after it too)."""
    faults = []
    opened = data.rfind(COMMENT_OPEN)
    if opened >= 0 and data.find(COMMENT_CLOSE, opened + len(COMMENT_OPEN)) < 0:
        line = data.count(b"\n", 0, opened) + 1
        faults.append(f"unterminated comment at line {line:,} hides the rest of the page")
    elif CUT_IN_TAG.search(data[-4096:].rstrip()):
        faults.append("the file ends inside a tag (cut short?)")
    return tuple(faults)


def _extract(html: bytes | str, url: str | None):
    """trafilatura's result (None when it finds nothing), or the reason it failed."""
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False,
            date_extraction_params=DATE_EXTRACTION)
    except (ValueError, TypeError, AttributeError) as error:
        return f"HTML extraction failed ({type(error).__name__})"


def check_quality(text: str) -> str | None:
    """None when `text` reads like an article; else why not (too short, boilerplate).

    Works for scripts written without spaces (see count_words) and for sentences glued
    together without a space after the full stop.
    """
    words = count_words(text)
    if words < MIN_WORDS:
        return f"too little main text ({words} words; at least {MIN_WORDS} needed)"
    if count_sentences(text) < MIN_SENTENCES:
        return f"too little main text (fewer than {MIN_SENTENCES} sentences)"
    boilerplate_words = sum(count_words(line) for line in text.splitlines()
                            if BOILERPLATE.search(line))
    if boilerplate_words / words > MAX_BOILERPLATE_SHARE:
        return "only boilerplate found (cookie, consent or script notices)"
    return None


def count_words(text: str) -> int:
    """Space-separated words, with letters of unspaced scripts counted CHARS_PER_WORD a word."""
    unspaced = len(UNSPACED_LETTER.findall(text))
    if not unspaced:
        return len(text.split())
    spaced = len(UNSPACED_LETTER.sub(" ", text).split())
    return spaced + unspaced // CHARS_PER_WORD


def count_sentences(text: str) -> int:
    """Sentence ends: '.', '!', '?' or '…' not inside a word or a number, '。' and kin, and
    the spaces that end sentences in Thai and Lao."""
    ends = sum(1 for match in SENTENCE_END.finditer(text)
               if match.group(1) is None or match.group(1).isupper())
    return (ends + len(UNSPACED_SENTENCE_END.findall(text))
            + len(THAI_LAO_BREAK.findall(text)))


def page_to_document(page: Page | str, *, path, options: IngestOptions, record: str | None = None,
                     fallback_date=None, url: str | None = None) -> list[Document | InputError]:
    """A Document from an extracted page (its own date first, then `fallback_date`), or the
    InputError saying why not, as build_document gives them; a fault in the markup adds a
    line saying what was kept."""
    if isinstance(page, str):
        return [InputError(path, page, record=record)]
    items = build_document(page.text, path=path, options=options, record=record,
                           dct=page.date or fallback_date, outlet=page.sitename,
                           url=page.url or url, title=page.title, author=page.author, lang=page.lang)
    return with_notes(items, page.faults, path=path, record=record, closing=KEPT)


def read_html(data: bytes, path, options: IngestOptions) -> Iterator[Document | InputError]:
    """One document from an HTML file."""
    if looks_binary(data):
        yield InputError(path, "binary file; skipped")
        return
    yield from page_to_document(extract_page(data), path=path, options=options)
