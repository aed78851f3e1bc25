"""Text from ingested documents made safe to show: in a terminal, in HTML, as a link.

Outlets, titles, texts and urls come from feeds and pages anyone can write. In a
terminal they must not be read as Rich markup (``[link=...]``), must not reach the
terminal as control sequences (clear screen, window title, OSC 8 hyperlinks) and must not
reorder the text around them with bidirectional overrides. Each such character is shown
visibly as ``<U+XXXX>`` instead. In HTML, templates escape markup; here the
bidirectional overrides are made visible the same way. A link is made only to an http(s)
url. See docs/show.md.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_right

from rich.text import Text

SAFE_URL_SCHEMES = ("http://", "https://")
# C0 controls but tab and newline, DEL, C1 controls (ESC starts every terminal sequence)
CONTROL_CHARS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# embeddings, overrides (U+202A-U+202E) and isolates (U+2066-U+2069)
BIDI_CONTROL_CHARS = "\u202a-\u202e\u2066-\u2069"
TERMINAL_UNSAFE = re.compile(f"(?P<crlf>\r(?=\n))|[{CONTROL_CHARS}{BIDI_CONTROL_CHARS}]")
BIDI_CONTROL = re.compile(f"[{BIDI_CONTROL_CHARS}]")
# characters json.dumps(ensure_ascii=False) leaves raw that a terminal would act on
JSON_UNSAFE = re.compile(f"[\x7f-\x9f{BIDI_CONTROL_CHARS}]")


def visible_code(char: str) -> str:
    """``<U+202E>`` for a character that must not act on the display."""
    return f"<U+{ord(char):04X}>"


def _shown(match: re.Match) -> str:
    return "" if match.group("crlf") else visible_code(match.group())   # a CRLF line end is just a line end


def terminal_safe(value) -> str:
    """value as a str with control and bidirectional-override characters shown as
    ``<U+XXXX>``; None is ''."""
    if value is None:
        return ""
    return TERMINAL_UNSAFE.sub(_shown, str(value))


def terminal_text(value, style: str = "") -> Text:
    """A Rich Text of value made terminal_safe: never parsed as markup."""
    return Text(terminal_safe(value), style=style)


class OffsetMap:
    """Offsets in a text mapped to offsets in its terminal_safe form (which may be longer or
    shorter where characters were replaced), so fact spans still land on their words."""

    def __init__(self, text: str):
        self.starts: list[int] = []     # original offsets of replaced characters
        self.shifts: list[int] = []     # total length change after each of them
        parts, position, shift = [], 0, 0
        for match in TERMINAL_UNSAFE.finditer(text):
            replacement = _shown(match)
            parts += [text[position:match.start()], replacement]
            position = match.end()
            shift += len(replacement) - (match.end() - match.start())
            self.starts.append(match.start())
            self.shifts.append(shift)
        parts.append(text[position:])
        self.text = "".join(parts)

    def __call__(self, offset: int) -> int:
        """The offset in the safe text of the character at offset in the original text."""
        index = bisect_right(self.starts, offset - 1)
        return offset + (self.shifts[index - 1] if index else 0)


def terminal_document_text(text: str, spans: list[tuple[tuple[int, int], str]]) -> Text:
    """A document's text, terminal-safe, with each ``((start, end), style)`` span styled."""
    mapped = OffsetMap(text)
    rendered = Text(mapped.text)
    for (start, end), style in spans:
        rendered.stylize(style, mapped(start), mapped(end))
    return rendered


def json_terminal_safe(dumped: str) -> str:
    """JSON text from json.dumps(ensure_ascii=False) with C1 controls and bidirectional
    controls written as ``\\uXXXX`` escapes: the same JSON value, harmless on a terminal
    (json.dumps already escapes C0 controls)."""
    return JSON_UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", dumped)


def json_dumps_safe(value, **options) -> str:
    """json.dumps(value, ensure_ascii=False, ...) made terminal-safe (see json_terminal_safe)."""
    return json_terminal_safe(json.dumps(value, ensure_ascii=False, **options))


def html_bidi_safe(value):
    """A str with bidirectional controls shown as ``<U+XXXX>``, so text from a document cannot
    reorder the page around it; other values are returned unchanged. The result is still
    plain text for the template to escape."""
    if isinstance(value, str) and not hasattr(value, "__html__"):
        return BIDI_CONTROL.sub(lambda match: visible_code(match.group()), value)
    return value


def safe_url(url: str | None) -> str | None:
    """The url when it is http(s), else None: a ``javascript:`` url must never become a link."""
    return url if url and url.strip().lower().startswith(SAFE_URL_SCHEMES) else None
