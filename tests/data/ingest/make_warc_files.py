"""Rebuild examples/pages.warc.gz: two HTML responses written with warcio.


"""
from __future__ import annotations

import io
import re
import uuid
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

EXAMPLE = Path("examples/pages.warc.gz")
FIXTURES = Path("tests/data/ingest/warc")
# Bytes cut from the end of truncated.warc.gz: its last record loses part of its page.
TRUNCATED_BY = 120
# Bytes added to the first Content-Length of overlong.warc: that record swallows the
# start of the next one.
OVERLONG_BY = 300
# Bytes taken from the first Content-Length of short.warc: the end of its page is left over.
SHORTENED_BY = 7

# A syndicated copy of examples/patriot_rzeszow.html: no date of its own (WARC-Date is used).
SYNDICATED_PATRIOT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Poland: second Patriot battery at Rzeszow | Baltic Monitor</title>
<meta property="og:site_name" content="Baltic Monitor">
</head><body>
<header>Baltic Monitor - news from the Baltic region</header>
<article>
<h1>Poland: second Patriot battery at Rzeszow</h1>
<p>A second Patriot air defence battery has arrived at Rzeszow-Jasionka airport in south-eastern Poland, the Polish Ministry of National Defence said on Monday.</p>
<p>"The battery is in place and its crews will take up combat duty within days," ministry spokesman Janusz Sienko told reporters in Warsaw, adding that the launchers had been moved by rail from a depot in western Poland over the weekend.</p>
<p>The airport is the main hub for Western military aid to Ukraine, and the first Patriot battery has been stationed there since the spring. According to the ministry, the two batteries will be operated jointly with a German air defence unit until the end of the year.</p>
<p>Officials declined to say how long the systems would remain. Some analysts said the deployment was a response to recent drone incursions into Polish airspace, while others noted that the move had been planned since the summer.</p>
<p>Russia's embassy in Warsaw did not respond to a request for comment.</p>
<p>This article first appeared in Defence Wire and is republished with permission.</p>
</article></body></html>
"""

# A page with its own publication date, earlier than the capture's WARC-Date.
S400_INDIA = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>India to receive fourth S-400 squadron in 2026 | Nordic Defence Review</title>
<meta property="og:site_name" content="Nordic Defence Review">
<meta name="author" content="Erik Lund">
<meta property="article:published_time" content="2025-10-21T11:00:00+02:00">
</head><body>
<article>
<h1>India to receive fourth S-400 squadron in 2026</h1>
<p>Russia will deliver a fourth S-400 Triumf squadron to India in 2026, a senior Indian defence official said on Tuesday, confirming earlier media reports.</p>
<p>India ordered five squadrons in 2018. Three have been delivered and are deployed along the northern and western borders, the official said, while the fifth is expected to arrive in 2027.</p>
<p>"The remaining deliveries are on track," the official told reporters in New Delhi, declining to comment on reports that the two countries were discussing additional units.</p>
</article></body></html>
"""

PAGES = (
    ("https://balticmonitor.example/poland/second-patriot-battery-rzeszow",
     "2025-11-04T18:22:41Z", SYNDICATED_PATRIOT),
    ("https://nordicdefence.example/news/india-fourth-s-400-squadron-2026",
     "2025-11-05T07:03:12Z", S400_INDIA),
)


FIXTURE_PAGE = """<html><head><title>{title}</title>
<meta property="article:published_time" content="{date}"></head><body><article>
<h1>{title}</h1><p>{body}</p></article></body></html>"""
FIXTURE_BODY = ("Officials said on Monday that the {system} battery had been moved to a new position "
                "near the border. The move was part of a planned rotation, they added, and crews would "
                "remain on duty there until the spring.")
FIXTURE_PAGES = tuple(
    (f"https://fixture.example/{number}", "2025-02-0{number}T10:00:00Z",
     FIXTURE_PAGE.format(title=f"{system} battery moved", date=f"2025-01-2{number}",
                         body=FIXTURE_BODY.format(system=system)))
    for number, system in ((1, "Patriot"), (2, "S-400"), (3, "HIMARS"))
)


def record_id(uri: str) -> str:
    """A record id derived from the URI, so a rebuild writes the same bytes."""
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri)}>"


def write_response(writer: WARCWriter, uri: str, captured: str, body: bytes, *,
                   status: str = "200 OK", content_type: str = "text/html; charset=utf-8") -> None:
    http_headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                       http_headers=http_headers,
                                       warc_headers_dict={"WARC-Date": captured,
                                                          "WARC-Record-ID": record_id(uri)})
    writer.write_record(record)


def write_warc(out: Path, pages, *, gzip: bool, extra=()) -> None:
    with open(out, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        for uri, captured, html in pages:
            write_response(writer, uri, captured, html.encode("utf-8"))
        for uri, captured, body, status, content_type in extra:
            write_response(writer, uri, captured, body, status=status, content_type=content_type)


def main() -> None:
    write_warc(EXAMPLE, PAGES, gzip=True)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    # Two pages, then an image and a 404 page, which are no documents.
    write_warc(FIXTURES / "pages.warc", FIXTURE_PAGES[:2], gzip=False, extra=(
        ("https://fixture.example/logo.png", "2025-02-03T10:00:00Z", b"\x89PNG\r\n", "200 OK",
         "image/png"),
        ("https://fixture.example/missing", "2025-02-03T10:00:00Z", b"<html>Not found</html>",
         "404 Not Found", "text/html"),
    ))
    whole = FIXTURES / "truncated.warc.gz"
    write_warc(whole, FIXTURE_PAGES, gzip=True)
    whole.write_bytes(whole.read_bytes()[:-TRUNCATED_BY])
    write_with_wrong_length(FIXTURES / "overlong.warc", OVERLONG_BY)
    write_with_wrong_length(FIXTURES / "short.warc", -SHORTENED_BY)


def write_with_wrong_length(out: Path, change: int) -> None:
    """Three pages, uncompressed, the first record's Content-Length off by `change`."""
    write_warc(out, FIXTURE_PAGES, gzip=False)
    data = out.read_bytes()
    length = re.search(rb"Content-Length: (\d+)", data)
    wrong = str(int(length.group(1)) + change).encode()
    out.write_bytes(data[:length.start(1)] + wrong + data[length.end(1):])


if __name__ == "__main__":
    main()
