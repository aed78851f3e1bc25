"""HTML pages: trafilatura extraction and the quality gate."""
import json
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


# Sentences glued without a space, and scripts written without spaces, still read as text.
GLUED = ("A man was stabbed near the base on Wednesday.The stabbing happened after a protest "
         "against the new Patriot battery, police said.Officers arrested two people at the scene.")
JAPANESE = ("防衛省は二十日、北朝鮮が東の海に向けて弾道ミサイル一発を発射したと発表した。"
            "ミサイルは約三百キロ飛行し、日本の排他的経済水域の外側に落下したとみられる。"
            "政府は情報の収集と分析を急いでおり、航空機や船舶への被害は確認されていない。") * 10
THAI = ("กระทรวงกลาโหมแถลงว่าได้ส่งระบบป้องกันภัยทางอากาศไปยังชายแดนเมื่อวันจันทร์ "
        "เจ้าหน้าที่กล่าวว่าระบบดังกล่าวจะพร้อมปฏิบัติการภายในสัปดาห์หน้า "
        "นักวิเคราะห์บางคนมองว่าการเคลื่อนย้ายครั้งนี้เป็นการตอบโต้การรุกล้ำน่านฟ้า")


@pytest.mark.parametrize("text", [GLUED, JAPANESE, THAI])
def test_check_quality_accepts_glued_sentences_and_unspaced_scripts(text):
    assert check_quality(text) is None


@pytest.mark.parametrize("text, reason", [
    ("防衛省は発表した。", "too little main text"),
    ("防衛省は二十日北朝鮮が東の海に向けて弾道ミサイル一発を発射したと発表した" * 3, "fewer than 2 sentences"),
    ("Version 3.5 of the S-400 manual covers 4.2 million parts " * 4, "fewer than 2 sentences"),
    (THAI.split()[0] * 2, "fewer than 2 sentences"),
])
def test_check_quality_still_refuses_short_or_unpunctuated_text(text, reason):
    assert reason in check_quality(text)


def test_read_html_japanese_article_is_kept(tmp_path):
    path = tmp_path / "ja.html"
    paragraphs = "".join(f"<p>{JAPANESE[i:i + 130]}</p>" for i in range(0, len(JAPANESE), 130))
    path.write_text(f'<html lang="ja"><head><meta charset="utf-8"><title>ミサイル発射</title></head>'
                    f"<body><article><h1>ミサイル発射</h1>{paragraphs}</article></body></html>",
                    encoding="utf-8")
    [document] = read_path(path)
    assert not isinstance(document, InputError), str(document)
    assert "弾道ミサイル" in document.text


# -- the publication date: what the page states before dates in its URL or body ----------------

BODY = "".join(f"<p>{sentence}</p>" for sentence in (
    "A Patriot battery was moved to the coast on Monday, officials said.",
    "The launchers arrived by rail from a depot in the west, a spokesman told reporters.",
    "Crews will take up combat duty within days, according to the ministry.",
    "Officials declined to say how long the systems would remain in place."))
CLAIM_REVIEW = json.dumps({
    "@context": "https://schema.org", "@type": "ClaimReview", "datePublished": "2019-11-20",
    "itemReviewed": {"@type": "Claim", "datePublished": "2019-11-05",
                     "author": {"@type": "Person", "name": "A Senator"}}})


def page(head: str = "", top: str = "") -> str:
    return (f'<html lang="en"><head><meta charset="utf-8"><title>Check</title>{head}</head>'
            f"<body><article><h1>Fact check: the Patriot battery</h1>{top}{BODY}</article></body></html>")


@pytest.mark.parametrize("html, url, dct", [
    # a fact-check: the statement's date comes first in the body, the page's own date after it
    (page(top="<p>Stated on November 5, 2019 in a tweet:</p><p>Published: November 20, 2019</p>"),
     None, "2019-11-20"),
    (page(f'<script type="application/ld+json">{CLAIM_REVIEW}</script>',
          "<p>Stated on November 5, 2019 in a tweet:</p>"), None, "2019-11-20"),
    # a <time> of publication against a date in the URL
    (page(top='<p>By A. Writer <time datetime="2019-11-20T01:07:00-0500">Nov. 20, 2019</time></p>'),
     "https://news.example/2019/11/18/patriot-battery", "2019-11-20"),
    (page(top='<time class="entry-date published" datetime="2021-03-02">2 March 2021</time>'
              '<p>Updated <time datetime="2021-03-09">9 March</time></p>'), None, "2021-03-02"),
    (page('<meta property="article:published_time" content="2024-05-06T08:00:00Z">',
          "<p>Published: 1 January 2020</p>"), "https://news.example/2023/01/01/x", "2024-05-06"),
    (page(top="<p>Posted on Nov. 20, 2019 at 1:07 a.m. | Updated yesterday</p>"), None, "2019-11-20"),
    # nothing stated: htmldate's date from the URL is kept
    (page(), "https://news.example/2019/11/18/patriot-battery", "2019-11-18"),
])
def test_read_html_stated_publication_date_first(tmp_path, html, url, dct):
    from claimledger.ingest.html import extract_page

    extracted = extract_page(html.encode(), url=url)
    assert extracted.date == dct


def test_read_html_relative_published_line_is_no_date():
    from claimledger.ingest.html import parse_page
    from claimledger.ingest.pagedates import published_date_in

    tree, _ = parse_page(page(top="<p>Published: 3 hours ago</p>").encode())
    assert published_date_in(tree) is None
