"""How a document is named to a reader: its title, else the start of its text.

One rule for the HTML report, the web UI and the terminal, so a document reads the same
everywhere it appears.
"""
from __future__ import annotations

LABEL_CHARS = 90            # an untitled document is named by the start of its text
LABEL_TEXT_CHARS = 400      # the text read from the ledger for it: enough for a first line


def text_label(title: str | None, text: str, doc_id: str) -> str:
    """The title, else the start of the first line of text (LABEL_CHARS), else the id."""
    if title:
        return title
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return shortened(first_line, LABEL_CHARS) or doc_id


def shortened(text: str, limit: int) -> str:
    """``text`` cut between words to at most ``limit`` characters, with " …" when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + " …"
