"""RSS and Atom feeds: one document per entry; unsafe and malformed feeds refused."""
from pathlib import Path

import pytest

from claimledger.errors import InputError
from claimledger.ingest import read_path
from claimledger.ingest.feeds import check_xml_safety
from claimledger.ingest.textify import html_to_text

DATA = Path(__file__).parent / "data" / "ingest" / "feeds"
QUADRATIC = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + b"x" * 10_000 + b'">]>'
             b"<rss><channel><item><description>" + b"&a;" * 10_000
             + b"</description></item></channel></rss>")


def test_read_feed_rss_one_document_per_entry():
    documents = list(read_path(DATA / "agency.rss"))
    assert [d.url for d in documents] == ["https://agency.example/oreshnik-deployment",
                                          "https://agency.example/patriot-training"]
    assert [d.dct for d in documents] == ["2025-12-19", "2025-12-17"]
    assert {d.outlet for d in documents} == {"Example Agency"}
    assert documents[0].title == "Oreshnik deployment confirmed"
    assert documents[0].source_path == f"{DATA / 'agency.rss'}#entry-1"


def test_read_feed_strips_html_from_entry_text():
    first = next(read_path(DATA / "agency.rss"))
    assert first.text == ("Officials confirmed that the Oreshnik system has arrived in Belarus.\n"
                          "It will take up combat duty soon, they said.")


def test_read_feed_atom_entry_uses_updated_date_when_unpublished():
    [document] = read_path(DATA / "digest.atom")
    assert (document.text, document.dct, document.outlet) == (
        "Satellite images show an S-400 battery near the coast.", "2025-11-02", "Example Digest")


@pytest.mark.parametrize("name, reason_start", [
    ("malformed.rss", "malformed feed"),
    ("billion_laughs.rss", "XML declares entities"),
])
def test_read_feed_bad_feed_is_one_error_naming_it(name, reason_start):
    [error] = read_path(DATA / name)
    assert isinstance(error, InputError)
    assert error.path == str(DATA / name) and error.reason.startswith(reason_start)
    assert "\n" not in str(error)


def test_check_xml_safety_refuses_quadratic_blowup_quickly():
    assert "entities" in check_xml_safety(QUADRATIC)   # refused before any expansion; its cost is bench's


def test_check_xml_safety_accepts_plain_feed():
    assert check_xml_safety((DATA / "agency.rss").read_bytes()) is None


def test_check_xml_safety_refuses_entities_in_utf16():
    data = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY a "b">]><rss>&a;</rss>'
    assert "EntitiesForbidden" in check_xml_safety(data.encode("utf-16"))


def test_read_feed_rss_091_with_doctype(tmp_path):
    path = tmp_path / "old.rss"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss version="0.91"><channel>'
        "<title>Old Wire</title><item><title>S-400</title><link>https://old.example/1</link>"
        "<description>An S-400 battery was moved, officials said.</description></item>"
        "</channel></rss>")
    [document] = read_path(path)
    assert (document.text, document.outlet) == ("An S-400 battery was moved, officials said.", "Old Wire")


@pytest.mark.parametrize("fragment, text", [
    ("<p>One.</p><p>Two &amp; three.</p>", "One.\nTwo & three."),
    ("Plain &quot;text&quot;", 'Plain "text"'),
    ("<div>Kept<script>dropped()</script> here</div>", "Kept here"),
])
def test_html_to_text(fragment, text):
    assert html_to_text(fragment) == text
