"""RSS and Atom feeds: one document per entry; unsafe and malformed feeds refused."""
from pathlib import Path

import pytest

from claimledger.errors import InputError
from claimledger.ingest import read_path
from claimledger.ingest.feeds import check_xml_safety, is_headline
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


# -- encodings, roots and RSS 1.0 -------------------------------------------------------------

LOCAL_TEXTS = {
    "euc-jp": "防衛省は二十日、北朝鮮が弾道ミサイルを発射したと発表した。",
    "shift_jis": "防衛省は二十日、北朝鮮が弾道ミサイルを発射したと発表した。",
    "euc-kr": "합동참모본부는 북한이 탄도미사일을 발사했다고 밝혔다.",
    "koi8-r": "Министерство обороны сообщило о переброске комплекса С-400.",
    "tis-620": "กระทรวงกลาโหมแถลงว่าได้ส่งระบบป้องกันภัยทางอากาศไปยังชายแดน",
    "cp1255": "משרד הביטחון הודיע כי סוללת כיפת ברזל נפרסה בדרום.",
}


def rss(text: str, *, declaration: str = '<?xml version="1.0"?>', doctype: str = "") -> str:
    return (f"{declaration}{doctype}<rss version=\"2.0\"><channel><title>Wire</title>"
            f"<item><title>Headline</title><description>{text}</description></item>"
            "</channel></rss>")


@pytest.mark.parametrize("encoding", sorted(LOCAL_TEXTS))
@pytest.mark.parametrize("declaration", ['<?xml version="1.0"?>', ""])
def test_read_feed_undeclared_legacy_encoding_is_detected(tmp_path, encoding, declaration):
    path = tmp_path / "local.rss"
    path.write_bytes(rss(LOCAL_TEXTS[encoding], declaration=declaration).encode(encoding))
    [document] = read_path(path)
    assert document.text == LOCAL_TEXTS[encoding]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_read_feed_utf16_32_without_bom(tmp_path, encoding):
    path = tmp_path / "wide.xml"
    path.write_bytes(rss(LOCAL_TEXTS["koi8-r"]).encode(encoding))
    [document] = read_path(path)
    assert document.text == LOCAL_TEXTS["koi8-r"]


def test_read_feed_declared_encoding_is_followed(tmp_path):
    path = tmp_path / "declared.rss"
    text = LOCAL_TEXTS["koi8-r"]
    path.write_bytes(rss(text, declaration='<?xml version="1.0" encoding="koi8-r"?>').encode("koi8-r"))
    assert [d.text for d in read_path(path)] == [text]


def test_read_feed_with_xhtml_doctype_is_a_feed(tmp_path):
    path = tmp_path / "feed.xml"
    doctype = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n')
    path.write_text(rss("An S-400 battery was moved, officials said.", doctype=doctype))
    [document] = read_path(path)
    assert (document.text, document.source_path) == ("An S-400 battery was moved, officials said.",
                                                     f"{path}#entry-1")


RSS_1_0 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://wire.example/"><title>RDF Wire</title><link>https://wire.example/</link>
<description>Wire</description><items><rdf:Seq><rdf:li rdf:resource="https://wire.example/1"/>
<rdf:li rdf:resource="https://wire.example/2"/></rdf:Seq></items></channel>
<item rdf:about="https://wire.example/1"><title>Patriot moved</title><link>https://wire.example/1</link>
<description>A Patriot battery was moved to the coast, officials said.</description>
<dc:date>2025-03-04T10:00:00Z</dc:date></item>
<item rdf:about="https://wire.example/2"><title>S-400 &amp; radar seen near the border</title>
<link>https://wire.example/2</link><dc:date>2025-03-05</dc:date></item>
</rdf:RDF>
"""


def test_read_feed_rss_1_0(tmp_path):
    path = tmp_path / "wire.rdf"
    path.write_text(RSS_1_0)
    documents = list(read_path(path))
    assert [(d.url, d.dct, d.outlet) for d in documents] == [
        ("https://wire.example/1", "2025-03-04", "RDF Wire"),
        ("https://wire.example/2", "2025-03-05", "RDF Wire")]


def test_read_feed_entry_without_body_is_a_headline_document(tmp_path):
    path = tmp_path / "wire.rdf"
    path.write_text(RSS_1_0)
    first, second = read_path(path)
    assert (is_headline(first), is_headline(second)) == (False, True)
    assert second.text == second.title == "S-400 & radar seen near the border"


def test_read_feed_entry_without_body_or_title_is_reported(tmp_path):
    path = tmp_path / "empty-entry.rss"
    path.write_text('<rss version="2.0"><channel><title>W</title><item><link>https://w.example/1'
                    "</link></item></channel></rss>")
    [error] = read_path(path)
    assert str(error) == f"{path} [entry-1]: empty document"
