"""HTML fragments (feed summaries, message markup) -> plain text with paragraph breaks."""
from __future__ import annotations

import re

BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
              "blockquote", "tr", "table", "section", "article", "pre", "figcaption"}
DROPPED_TAGS = ("script", "style", "noscript", "template")
MARKUP = re.compile(r"<[a-zA-Z/!?]")
SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
BLANK_LINES = re.compile(r"\n\s*\n+")


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment; blocks become lines. Plain text passes through."""
    if not MARKUP.search(fragment):
        return _tidy(_unescape(fragment))
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _tidy(_unescape(re.sub(r"<[^>]*>", " ", fragment)))
    lxml.etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return _tidy(root.text_content())


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)


def _tidy(text: str) -> str:
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return BLANK_LINES.sub("\n", "\n".join(lines)).strip()
