"""Text from documents made safe for the terminal, for HTML and as a link."""
import json

import pytest
from rich.console import Console

from claimledger.report.safe_text import (OffsetMap, html_bidi_safe, json_dumps_safe, safe_url, terminal_document_text,
                                          terminal_safe, terminal_text)


# fmt: off
@pytest.mark.parametrize("text, expected", [
    ("plain\ttext\nnext", "plain\ttext\nnext"),
    ("\x1b[2Jclear", "<U+001B>[2Jclear"),
    ("\x1b]0;title\x07", "<U+001B>]0;title<U+0007>"),
    ("\x9b31m", "<U+009B>31m"),
    ("a\u202eb\u2066c\u2069", "a<U+202E>b<U+2066>c<U+2069>"),
    ("line\r\nnext\rover", "line\nnext<U+000D>over"),
    (None, ""),
])
# fmt: on
def test_terminal_safe_shows_controls_visibly(text, expected):
    assert terminal_safe(text) == expected


def test_terminal_text_is_never_markup():
    console = Console(width=80, record=True, color_system=None)
    console.print(terminal_text("[link=https://evil.example]Reuters[/link] [/]"))
    assert console.export_text().strip() == "[link=https://evil.example]Reuters[/link] [/]"


@pytest.mark.parametrize("text", ["no controls", "\x1bab\x1bcd", "x\r\ny\u202ez\x00", "\u202e\u202e\u202eend"])
def test_offset_map_keeps_every_visible_character_in_place(text):
    mapped = OffsetMap(text)
    for offset, char in enumerate(text):
        if terminal_safe(char) == char:   # a character shown as itself
            assert mapped.text[mapped(offset)] == char
    assert mapped(len(text)) == len(mapped.text)


def test_terminal_document_text_styles_the_same_words():
    text = "\x1b[2J\u202e Oreshnik arrived \x1b]0;x\x07 in Belarus"
    spans = [((text.index("Oreshnik"), text.index("Oreshnik") + 8), "bold"),
             ((text.index("Belarus"), text.index("Belarus") + 7), "green")]
    rendered = terminal_document_text(text, spans)
    assert [rendered.plain[span.start:span.end] for span in rendered.spans] == ["Oreshnik", "Belarus"]


def test_json_dumps_safe_escapes_controls_but_keeps_the_value():
    value = {"outlet": "Gazette \u202eevil\u202c \x9b31m \x1b[2J Кремль"}
    dumped = json_dumps_safe(value)
    assert not set(dumped) & {"\u202e", "\u202c", "\x9b", "\x1b"}
    assert "Кремль" in dumped
    assert json.loads(dumped) == value


def test_html_bidi_safe_leaves_markup_objects_alone():
    from markupsafe import Markup
    assert html_bidi_safe("a\u202eb") == "a<U+202E>b"
    assert html_bidi_safe(Markup("<b>\u202e</b>")) == Markup("<b>\u202e</b>")
    assert html_bidi_safe(3) == 3


@pytest.mark.parametrize("url, expected", [("https://a.example/x", "https://a.example/x"), ("HTTP://a", "HTTP://a"),
                                           ("javascript:alert(1)", None), (" javascript:x", None), ("", None)])
def test_safe_url_keeps_only_http(url, expected):
    assert safe_url(url) == expected
