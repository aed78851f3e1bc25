"""An HTML page's publication date from what the page states it to be.

htmldate (through trafilatura) tries the URL first and, asked for the original date, the
earliest date in the page: a fact-check then gets the date of the statement it checks, and
a `<time datetime>` loses to a date in the URL. Here explicit publication metadata comes
first, in this order; the caller falls back to htmldate only when none is found:

1. meta tags naming the publication date (article:published_time, DC.date.issued, ...);
2. JSON-LD datePublished of the page's own item (not of an item it reviews or cites);
3. a `<time>` element marked as the publication time (pubdate, itemprop, a "published"
   class), or the page's only `<time datetime>`;
4. a "Published:" or "Posted on" line.
"""
from __future__ import annotations

import datetime as dt
import json
import re

from claimledger.ingest.dates import to_iso_date

# Meta names and properties, lower-cased, that hold the publication date.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "og:article:published_time",
    "datepublished", "date.published", "publishdate", "publish-date", "publish_date",
    "published_time", "published-date", "pubdate", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date",
    "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date",
    "dc.date", "date",
)
JSON_LD_XPATH = '//script[@type="application/ld+json"]'
MAX_JSON_LD_CHARS = 200_000
# <time> elements that say they are the publication time, by attribute or class.
PUBLISHED_TIME_XPATH = (
    '//time[@pubdate or @itemprop="datePublished" or contains(@class, "publish")'
    ' or contains(@class, "posted") or contains(@class, "entry-date")'
    ' or ancestor::*[contains(@class, "publish") or contains(@class, "dateline")]]')
# "Published: 20 November 2019", "Posted on Nov. 20, 2019 at 1:07 a.m."
PUBLISHED_LINE = re.compile(
    r"\b(?:first\s+)?(?:published|posted|publication\s+date|date\s+published)"
    r"(?:\s+on)?\s*:?\s*(?P<date>[^|\n·•]{6,60})", re.IGNORECASE)
PUBLISHED_LINE_XPATH = ('//body//text()[contains(translate(., "PUBLISHEDOT", "publishedot"), '
                        '"published") or contains(translate(., "POSTED", "posted"), "posted")]')
MAX_LINE_CHARS = 300
MAX_DATE_WORDS = 8
# Dates written out in words: absolute forms only (never "yesterday"), day required.
DATEPARSER_SETTINGS = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RELATIVE_BASE": dt.datetime(2000, 1, 1),
}


def published_date_in(tree) -> str | None:
    """The stated publication date of a parsed page (an lxml.html tree) as YYYY-MM-DD, or
    None when it states none."""
    for finder in (_from_meta, _from_json_ld, _from_time_element, _from_published_line):
        found = finder(tree)
        if found:
            return found
    return None


def _from_meta(tree) -> str | None:
    found = {}
    for meta in tree.iter("meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in PUBLISHED_META and name not in found:
            found[name] = to_iso_date(meta.get("content"))
    return next((found[name] for name in PUBLISHED_META if found.get(name)), None)


def _from_json_ld(tree) -> str | None:
    for script in tree.xpath(JSON_LD_XPATH):
        text = script.text or ""
        if len(text) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            continue
        for item in _top_items(data):
            date = to_iso_date(item.get("datePublished"))
            if date:
                return date
    return None


def _top_items(data) -> list[dict]:
    """The JSON-LD items describing the page itself: top level and @graph, not nested ones
    (a ClaimReview's itemReviewed carries the date of the statement it checks)."""
    items = data if isinstance(data, list) else [data]
    out = []
    for item in items:
        if isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                out.extend(entry for entry in graph if isinstance(entry, dict))
    return out


def _from_time_element(tree) -> str | None:
    for element in tree.xpath(PUBLISHED_TIME_XPATH):
        date = to_iso_date(element.get("datetime")) or _parse_words(element.text_content())
        if date:
            return date
    stamped = tree.xpath("//time[@datetime]")
    if len(stamped) == 1:
        return to_iso_date(stamped[0].get("datetime"))
    return None


def _from_published_line(tree) -> str | None:
    for node in tree.xpath(PUBLISHED_LINE_XPATH):
        parent = node.getparent()
        line = " ".join((parent.text_content() if parent is not None else str(node)).split())
        match = PUBLISHED_LINE.search(line[:MAX_LINE_CHARS])
        if match:
            date = _date_at_start(match.group("date"))
            if date:
                return date
    return None


def _date_at_start(text: str) -> str | None:
    """The date that opens `text` ("Nov. 20, 2019 at 1:07 a.m. Updated ..."): the longest
    run of its first words that reads as one."""
    words = text.split()[:MAX_DATE_WORDS]
    for count in range(len(words), 0, -1):
        prefix = " ".join(words[:count]).rstrip(",;")
        date = to_iso_date(prefix) or (_parse_words(prefix) if count >= 2 else None)
        if date:
            return date
    return None


def _parse_words(text: str) -> str | None:
    import dateparser

    text = " ".join(text.split())[:60]
    if not text:
        return None
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=DATEPARSER_SETTINGS)
    except (ValueError, OverflowError, TypeError):
        return None
    return to_iso_date(parsed)
