"""WARC archives: HTML responses through the HTML extractor; truncated records reported."""
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimledger.errors import InputError
from claimledger.ingest import IngestOptions, read_path

DATA = Path(__file__).parent / "data" / "ingest" / "warc"


def test_read_warc_one_document_per_html_response():
    documents = list(read_path(DATA / "pages.warc"))
    assert [d.url for d in documents] == ["https://fixture.example/1", "https://fixture.example/2"]
    assert documents[0].source_path == f"{DATA / 'pages.warc'}#record-1"
    assert "Patriot battery had been moved" in documents[0].text


def test_read_warc_prefers_page_date_to_warc_date():
    assert [d.dct for d in read_path(DATA / "pages.warc")] == ["2025-01-21", "2025-01-22"]


def test_read_warc_truncated_record_reported_good_records_kept():
    items = list(read_path(DATA / "truncated.warc.gz"))
    assert [type(item).__name__ for item in items] == ["Document", "Document", "InputError"]
    error = items[-1]
    assert error.record == "record-3" and error.path == str(DATA / "truncated.warc.gz")
    assert error.reason.startswith("truncated record") and "https://fixture.example/3" in error.reason


def test_read_warc_overlong_record_reported_next_records_kept():
    items = list(read_path(DATA / "overlong.warc"))
    assert [type(item).__name__ for item in items] == ["InputError", "Document", "Document"]
    assert items[0].record == "record-1"
    assert items[0].reason.startswith("Content-Length runs into the next record")
    assert [d.url for d in items[1:]] == ["https://fixture.example/2", "https://fixture.example/3"]


def test_read_warc_short_record_reported_next_records_kept():
    items = list(read_path(DATA / "short.warc"))
    assert [type(item).__name__ for item in items] == ["InputError", "Document", "Document"]
    assert items[0].record == "record-1"
    assert items[0].reason.startswith("Content-Length shorter than the data")


def test_read_warc_page_without_date_falls_back_to_warc_date():
    examples = Path(__file__).parent.parent / "examples" / "pages.warc.gz"
    first = next(read_path(examples))
    assert (first.dct, first.url) == ("2025-11-04",
                                      "https://balticmonitor.example/poland/second-patriot-battery-rzeszow")


def test_read_warc_response_without_uri_is_reported(tmp_path):
    path = tmp_path / "no-uri.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n")
    [error] = read_path(path)
    assert str(error).startswith(f"{path}: not a readable WARC archive")


def test_read_warc_garbage_is_one_error(tmp_path):
    path = tmp_path / "garbage.warc"
    path.write_bytes(b"WARC/1.0\r\nnot a header at all\r\n\r\n" + b"x" * 100)
    items = list(read_path(path))
    assert items and all(isinstance(item, InputError) for item in items)
    assert str(items[0]).startswith(str(path))


def test_read_warc_gz_bomb_stops_at_archive_cap(tmp_path):
    path = tmp_path / "bomb.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "application/octet-stream")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://fixture.example/zeros", "response", payload=io.BytesIO(bytes(3_000_000)),
            http_headers=headers))
    assert path.stat().st_size < 20_000
    [error] = read_path(path, options=IngestOptions(max_archive_bytes=1_000_000))
    assert str(error) == (f"{path} [record-1]: decompressed data too large (over 1,000,000 bytes) "
                          "(https://fixture.example/zeros); archive reading stopped")


def write_record_compressed(path, pages: int) -> None:
    """A .warc.gz as crawlers write it: one gzip member per record, with warcinfo, request and
    metadata records between the pages."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "fixture"}))
        for number in range(1, pages + 1):
            uri = f"https://fixture.example/{number}"
            body = "".join(f"<p>Report {number}: the Patriot battery moved to the coast on Monday, "
                           f"officials said in statement {line}.</p>" for line in range(6))
            html = f"<html><head><title>R{number}</title></head><body><article>{body}</article></body></html>"
            request = StatusAndHeaders(f"GET /{number} HTTP/1.1", [("Host", "fixture.example")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(uri, "request", http_headers=request))
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, "response", payload=io.BytesIO(html.encode()), http_headers=headers))
            writer.write_record(writer.create_warc_record(
                uri, "metadata", payload=io.BytesIO(b"outlinks: none\n"),
                warc_content_type="text/plain"))


def test_read_warc_record_compressed_every_page_read(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_record_compressed(path, pages=4)
    items = list(read_path(path))
    assert [getattr(item, "url", str(item)) for item in items] == [
        f"https://fixture.example/{number}" for number in range(1, 5)]
    assert [item.source_path for item in items] == [
        f"{path}#record-{3 * number}" for number in range(1, 5)]
