"""HTML pages: trafilatura extraction and the quality gate."""
from pathlib import Path

import pytest

from claimledger.errors import InputError
from claimledger.ingest import read_path
from claimledger.ingest.html import check_quality

DATA = Path(__file__).parent / "data" / "ingest" / "html"
ARTICLE = ("The first HIMARS launchers have arrived at a base near Tallinn, the defence forces said "
           "on Tuesday. Crews have completed their training and will be on duty by the summer.")


def test_read_html_extracts_text_and_metadata():
    [document] = read_path(DATA / "article.html")
    assert document.text.startswith("HIMARS battery arrives in Estonia")
    assert "cookies" not in document.text
    assert (document.dct, document.outlet, document.author) == ("2025-05-06", "Example Wire", "Kadri Tamm")
    assert document.title == "HIMARS battery arrives in Estonia"


def test_read_html_cookie_wall_is_skipped_with_reason():
    [error] = read_path(DATA / "cookie_wall.html")
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{DATA / 'cookie_wall.html'}: ")
    assert "boilerplate" in error.reason or "too little main text" in error.reason


@pytest.mark.parametrize("text, expected", [
    (ARTICLE, None),
    ("Patriot battery arrives.", "too little main text"),
    (" ".join(["word"] * 30), "fewer than 2 sentences"),
    ("We use cookies to give you the best experience on our site. Accept all cookies or manage "
     "preferences.\nPlease enable JavaScript in your browser to read this page properly today.\n"
     "Patriot arrived.", "only boilerplate"),
])
def test_check_quality(text, expected):
    reason = check_quality(text)
    assert (reason is None) if expected is None else (expected in reason)


def test_read_html_page_without_text_is_skipped(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>Loading</title></head><body><div id='app'></div></body></html>")
    [error] = read_path(path)
    assert str(error) == f"{path}: no main text found in the page"
