"""Hostile and broken inputs: each one gets a line naming it, and the good file beside it is read.

Every case writes one hostile file (generated here, in tmp_path) into a folder that also holds
one good text file, and reads the folder with read_paths. Whatever the hostile file does, no
exception escapes, the good file gives exactly one document, and the hostile file ends as:

- "refused": no document from it, and at least one InputError naming it;
- "partial": a document from it and an InputError naming it that says what was kept;
- "read": its documents, and no InputError (nothing of it was lost).
"""
from __future__ import annotations

import gzip
import io
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest

from claimledger.errors import InputError, printable_path
from claimledger.ingest import IngestOptions, read_paths

GOOD_TEXT = "The S-400 battery moved to the coast on Monday, officials said.\n"
SENTENCES = [
    "A second Patriot battery has arrived at the airport in the south-east, the ministry said on Monday.",
    "The launchers were moved by rail from a depot in the west over the weekend, a spokesman told reporters.",
    "Crews will take up combat duty within days, and the battery will be operated jointly with an allied unit.",
    "Officials declined to say how long the systems would remain in place near the border.",
    "Some analysts said the deployment was a response to recent drone incursions into the country's airspace.",
]
REPORT = " ".join(SENTENCES)


def article_html(number: int = 0, *, body_extra: str = "") -> str:
    paragraphs = "".join(f"<p>{sentence} (Report {number}.)</p>" for sentence in SENTENCES)
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Report {number}"
            f"</title></head><body><article><h1>Patriot battery report {number}</h1>{paragraphs}"
            f"{body_extra}</article></body></html>")


# -- builders of WARC data, by hand so each fault is exactly where it is wanted ---------------

def http_response(body: bytes, *, headers: tuple[str, ...] = ("Content-Type: text/html; charset=utf-8",),
                  newline: bytes = b"\r\n") -> bytes:
    lines = [b"HTTP/1.1 200 OK"] + [h.encode() for h in headers] + [b"Content-Length: %d" % len(body)]
    return newline.join(lines) + newline + newline + body


def warc_record(block: bytes, *, number: int = 1, rec_type: str = "response",
                content_type: str = "application/http; msgtype=response",
                newline: bytes = b"\r\n", extra: tuple[str, ...] = ()) -> bytes:
    lines = [b"WARC/1.0", f"WARC-Type: {rec_type}".encode(),
             f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>".encode(),
             b"WARC-Date: 2025-01-21T10:00:00Z",
             f"WARC-Target-URI: https://fixture.example/{number}".encode(),
             f"Content-Type: {content_type}".encode()] + [e.encode() for e in extra]
    lines.append(b"Content-Length: %d" % len(block))
    return newline.join(lines) + newline + newline + block + newline + newline


def page_record(number: int, **kwargs) -> bytes:
    return warc_record(http_response(article_html(number).encode()), number=number, **kwargs)


def lf_warc() -> bytes:
    return b"".join(warc_record(http_response(article_html(n).encode(), newline=b"\n"),
                                number=n, newline=b"\n") for n in (1, 2))


def broken_chunked_warc() -> bytes:
    body = article_html(1).encode()
    chunked = b"ffff\r\n" + body[:200] + b"\r\nzz\r\n" + body[200:]   # sizes that lie
    block = http_response(chunked, headers=("Content-Type: text/html", "Transfer-Encoding: chunked"))
    return warc_record(block, number=1) + page_record(2)


def false_encoding_warc() -> bytes:
    block = http_response(article_html(1).encode(),
                          headers=("Content-Type: text/html", "Content-Encoding: gzip"))
    return warc_record(block, number=1) + page_record(2)


def revisit_only_warc() -> bytes:
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    return b"".join(warc_record(block, number=n, rec_type="revisit",
                                extra=("WARC-Profile: http://netpreserve.org/warc/1.0/revisit/"
                                       "identical-payload-digest",
                                       "WARC-Payload-Digest: sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                    for n in (1, 2))


def request_only_warc() -> bytes:
    block = b"GET /1 HTTP/1.1\r\nHost: fixture.example\r\n\r\n"
    return b"".join(warc_record(block, number=n, rec_type="request",
                                content_type="application/http; msgtype=request") for n in (1, 2))


def per_record_gzip(*records: bytes) -> bytes:
    return b"".join(gzip.compress(record) for record in records)


def bomb_record(number: int, size: int) -> bytes:
    """A record-sized gzip member whose page inflates to `size` bytes of spaces, compressed
    in pieces so the test never holds the inflated bytes."""
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>")
    warc_head = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:bomb>\r\n"
                 b"WARC-Date: 2025-01-21T10:00:00Z\r\n"
                 + f"WARC-Target-URI: https://fixture.example/{number}\r\n".encode()
                 + b"Content-Type: application/http; msgtype=response\r\n"
                 + b"Content-Length: %d\r\n\r\n" % (len(head) + size))
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = [compressor.compress(warc_head + head)]
    piece = b" " * (1 << 20)
    for _ in range(size >> 20):
        out.append(compressor.compress(piece))
    out.append(compressor.compress(b"\r\n\r\n"))
    out.append(compressor.flush())
    return b"".join(out)


def arc_records() -> list[bytes]:
    """An ARC (version 1) file's header record and two page records, each ending its line."""
    header_body = b"1 0 Fixture\nURL IP-address Archive-date Content-type Archive-length\n"
    records = [b"filedesc://fixture.arc 0.0.0.0 20250121100000 text/plain %d\n" % len(header_body)
               + header_body + b"\n"]
    for number in (1, 2):
        block = http_response(article_html(number).encode())
        records.append(f"https://fixture.example/{number} 192.0.2.1 20250121100000 text/html "
                       f"{len(block)}\n".encode() + block + b"\n")
    return records


# -- builders of Telegram exports -------------------------------------------------------------

def telegram(messages, *, escape: bool = False, **export) -> bytes:
    """An export as Telegram Desktop writes it: UTF-8, letters unescaped (escape=True writes
    \\uXXXX escapes, the only way to put a lone surrogate in)."""
    return json.dumps({"name": "Channel", "type": "public_channel", "id": 1, **export,
                       "messages": messages}, ensure_ascii=escape).encode()


def message(number: int, text="HIMARS launchers were seen near the front, the channel said.", **extra):
    return {"id": number, "type": "message", "date": "2025-01-02T03:04:05", "text": text, **extra}


def many_messages(count: int) -> bytes:
    return telegram([message(n, f"Report number {n}: a Patriot launcher was seen moving north.")
                     for n in range(1, count + 1)])


# -- the cases -----------------------------------------------------------------------------------

@dataclass
class Case:
    kind: str
    name: str                       # the hostile file's name in the folder
    content: Callable[[], bytes]
    outcome: str                    # refused, partial or read
    reason: str = ""                # a part of the line naming the file
    documents: int | None = None    # documents expected from the hostile file, where known
    options: dict = field(default_factory=dict)


EMPTY_FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title></channel></rss>'
NESTED = 100_000
ENTITY_BOMB = (b'<?xml version="1.0"?>\n<!DOCTYPE html [\n<!ENTITY a "' + b"A" * 1000 + b'">\n'
               + b"".join(b'<!ENTITY %c "%s">\n' % (c, (b"&%c;" % (c - 1)) * 10)
                          for c in range(ord("b"), ord("j")))
               + b']>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><article><p>&i;</p>'
               + "".join(f"<p>{s}</p>" for s in SENTENCES).encode() + b"</article></body></html>")

CASES = [
    # plain text
    Case("empty file", "empty.txt", lambda: b"", "refused", "empty file"),
    Case("whitespace-only file", "blank.txt", lambda: b" \t\r\n \n\n", "refused", "empty document"),
    Case("Unicode-space-only file", "spaces.txt",
         lambda: "\u3000\u2003\u00a0\u2028\u200b\u2060\n".encode(), "refused", "no readable text"),
    Case("1 MB single word", "word.txt", lambda: b"A" * 1_000_000, "refused", "no readable text"),
    Case("1 MB word inside a report", "word-in-report.txt",
         lambda: (REPORT + " " + "x" * 1_000_000 + " " + REPORT).encode(), "partial",
         "removed 1 run of over 1,000 characters without a space (longest 1,000,000 characters)", 1),
    Case("long punctuation run", "dashes.txt", lambda: b"- " * 200_000, "refused", "no readable text"),
    Case("punctuation run inside a report", "stars.txt",
         lambda: (REPORT + "\n" + "* ! ? " * 30_000 + "\n" + REPORT).encode(), "partial",
         "punctuation marks", 1),
    Case("file with no extension (text)", "NOTES-2025", lambda: (REPORT + "\n").encode(), "read", "", 1),
    Case("file name that is not UTF-8", "report-\udcff.txt", lambda: REPORT.encode(), "read", "", 1),
    Case("empty file with a name that is not UTF-8", "empty-\udcfe.txt", lambda: b"", "refused",
         "empty file"),
    Case("file with no extension (binary)", "blob", lambda: bytes(range(256)) * 40, "refused",
         "binary file"),
    Case("UTF-8 text with a damaged byte", "flipped.txt",
         lambda: REPORT.replace("ministry", "министерство").encode().replace(b"\xd0\xbc", b"\xff", 1)
                 + " Штаб сообщил о переброске.".encode(),
         "partial", "1 byte sequence not UTF-8, replaced by U+FFFD", 1),
    Case("Telegram export with a damaged byte", "result.json",
         lambda: telegram([message(1, "Министерство обороны сообщило о переброске комплекса.")])
                 .replace(b"\xd0\xbc", b"\xff", 1),
         "partial", "1 byte sequence not UTF-8, replaced by U+FFFD; the rest read", 1),
    Case("UTF-16 text without a BOM", "wide.txt", lambda: REPORT.encode("utf-16-le"), "read", "", 1),
    Case("plain file named .gz", "plain.txt.gz", lambda: REPORT.encode(), "read", "", 1),
    Case("gzip file cut short", "cut.txt.gz", lambda: gzip.compress(REPORT.encode() * 20)[:60],
         "refused", "corrupt gzip data"),
    # JSON Lines
    Case("empty JSON Lines file", "empty.jsonl", lambda: b"", "refused", "empty file"),
    Case("JSON Lines file of blank lines", "blank.jsonl", lambda: b"\n \n\t\n", "refused",
         "no documents (only blank lines: 3)"),
    Case("escaped \\u0000 in JSON text", "nul.jsonl",
         lambda: json.dumps({"id": "nul-1", "text": "Patriot\u0000 battery moved north."}).encode(),
         "partial", "removed 1 control character", 1),
    Case("lone surrogate escaped in JSON text", "surrogate.jsonl",
         lambda: b'{"id": "sur-1", "text": "Patriot \\ud800 battery moved north."}', "partial",
         "replaced 1 lone surrogate by U+FFFD", 1),
    Case("lone surrogate escaped in a Telegram message", "result.json",
         lambda: telegram([message("\ud800", "S-400 moved \ud800 north, officials said.",
                                   author="\udfff")], name="Chan\ud800", escape=True),
         "partial", "removed 1 lone surrogate (replaced by U+FFFD)", 1),
    Case("JSON Lines line over the size cap", "long.jsonl",
         lambda: "\n".join(json.dumps({"id": f"l-{n}", "text": text}) for n, text in
                           enumerate([REPORT, "x " * 600_000, REPORT + " Again."])).encode(),
         "partial", ":2: line too long (1,200,026 characters); skipped", 2,
         {"max_file_bytes": 100_000}),
    Case("JSONL source of wrong types", "source.jsonl",
         lambda: (json.dumps({"id": "s-1", "text": REPORT, "source": {"outlet": 5, "url": ["x"]},
                              "lang": 7}) + "\n"
                  + json.dumps({"id": "s-2", "text": REPORT + " Second.", "source": "Wire"})).encode(),
         "partial", "ignored", 2),
    # Telegram
    Case("Telegram export, no message with text", "result.json",
         lambda: telegram([message(1, "", photo="photos/1.jpg"), message(2, [], file="f.mp4"),
                           {"id": 3, "type": "service", "date": "2025-01-02T03:04:05",
                            "action": "pin_message", "text": ""}]),
         "refused", "no message with text"),
    Case("Telegram \\u0000 in message text", "result.json",
         lambda: telegram([message(1, "S-400 moved\u0000 north, officials said.")]),
         "partial", "removed 1 control character", 1),
    Case("Telegram dates missing, impossible, overflowing, negative, NaN", "result.json",
         lambda: telegram([{k: v for k, v in message(1).items() if k != "date"},
                           message(2, date="2025-02-30T10:00:00"),
                           message(3, date=None, date_unixtime="99999999999999999999"),
                           message(4, date=-5),
                           message(5, date=float("nan")),
                           message(6, date="2025-01-03T10:00:00")]),
         "partial", "without a date", 6),
    Case("Telegram wrong top-level types", "result.json",
         lambda: json.dumps({"name": 5, "messages": {"1": message(1)}}).encode(),
         "refused", 'no "messages" list'),
    Case("Telegram export is a list", "result.json", lambda: json.dumps([message(1)]).encode(),
         "refused", "unsupported JSON content"),
    Case("Telegram NaN as message text", "result.json",
         lambda: telegram([message(1, float("nan")), message(2)]),
         "partial", "neither a string nor a list", 1),
    Case("Telegram unknown message type", "result.json",
         lambda: telegram([message(1), message(2, type="story")]),
         "partial", "unknown type", 1),
    Case("Telegram export with a UTF-8 byte-order mark", "result.json",
         lambda: b"\xef\xbb\xbf" + telegram([message(1)]), "read", "", 1),
    Case("Telegram export in UTF-16 without a BOM", "result.json",
         lambda: telegram([message(1)]).decode().encode("utf-16-le"), "read", "", 1),
    Case("JSON Lines with a UTF-8 byte-order mark", "bom.jsonl",
         lambda: b"\xef\xbb\xbf" + json.dumps({"id": "bom-1", "text": REPORT}).encode(), "read", "", 1),
    Case("Telegram export with 100,000 messages", "result.json",
         lambda: many_messages(100_000), "read", "", 100_000),
    # HTML
    Case("empty HTML file", "empty.html", lambda: b"", "refused", "empty file"),
    Case("HTML cut mid-tag", "cut.html",
         lambda: article_html(1).encode()[:-60] + b'<p>And then the <a hre', "partial",
         "ends inside a tag", 1),
    Case("HTML with an unterminated comment", "comment.html",
         lambda: article_html(1, body_extra="<!-- related links <p>Not shown.</p>").encode(),
         "partial", "unterminated comment", 1),
    Case("HTML with 100,000 nested elements", "nested.html",
         lambda: (b"<html><body>" + b"<div>" * NESTED + article_html(1).encode()
                  + b"</div>" * NESTED + b"</body></html>"),
         "partial", "runs of nested tags flattened", 1),
    Case("HTML nested 100,000 deep with text at every level", "nested-text.html",
         lambda: b"<html><body>" + b"<div>Level." * NESTED + b"</body></html>",
         "partial", "nested more than 256 deep (the parser's limit): the text below lost", 1),
    Case("XHTML entity bomb", "bomb.xhtml", lambda: ENTITY_BOMB, "partial",
         "declares XML entities (left unexpanded)", 1),
    # feeds
    Case("empty feed file", "empty.rss", lambda: b"", "refused", "empty file"),
    Case("feed with no entries", "none.rss", lambda: EMPTY_FEED, "refused", "feed has no entries"),
    Case("feed cut short", "cut.rss",
         lambda: ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>"
                  + "".join(f"<item><title>Report {n}</title><description>{REPORT}</description>"
                            "</item>" for n in (1, 2))
                  + "<item><title>Report 3</title><descr").encode(),
         "partial", "3 entries read by the lenient parser", 3),
    # WARC and ARC
    Case("empty WARC file", "empty.warc", lambda: b"", "refused", "empty file"),
    Case("WARC with LF line endings", "lf.warc", lf_warc, "read", "", 2),
    Case("WARC compressed as one gzip stream", "whole.warc.gz",
         lambda: gzip.compress(page_record(1) + page_record(2) + page_record(3)), "read", "", 3),
    Case("WARC compressed record by record", "records.warc.gz",
         lambda: per_record_gzip(page_record(1), page_record(2), page_record(3)), "read", "", 3),
    Case("plain WARC named .warc.gz", "plain.warc.gz", lambda: page_record(1) + page_record(2),
         "read", "", 2),
    Case("WARC with a broken chunked payload", "chunked.warc", broken_chunked_warc, "partial",
         "[record-1]: broken chunked transfer encoding", 2),
    Case("WARC with a false Content-Encoding", "encoding.warc", false_encoding_warc, "read", "", 2),
    Case("WARC with only revisit records", "revisit.warc", revisit_only_warc, "refused",
         "no HTML page"),
    Case("WARC with only request records", "request.warc", request_only_warc, "refused",
         "no HTML page"),
    Case("decompression bomb inside a WARC record", "bomb.warc.gz",
         lambda: per_record_gzip(page_record(1)) + bomb_record(2, 8 << 20) + per_record_gzip(page_record(3)),
         "partial", "record-2", 2, {"max_file_bytes": 2 << 20}),
    Case("ARC file", "old.arc", lambda: b"".join(arc_records()), "read", "", 2),
    Case("ARC file compressed record by record", "old.arc.gz",
         lambda: per_record_gzip(*arc_records()), "read", "", 2),
    Case("decompression bomb in a WARC gzipped as one stream", "one-bomb.warc.gz",
         lambda: gzip.compress(page_record(1) + warc_record(http_response(b" " * (4 << 20)), number=2)
                               + page_record(3)),
         "partial", "record-2", 2, {"max_file_bytes": 2 << 20}),
]


def read_folder(tmp_path: Path, case: Case) -> tuple[Path, list]:
    folder = tmp_path / "input"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    hostile = folder / case.name
    hostile.write_bytes(case.content())
    return hostile, list(read_paths([folder], options=IngestOptions(**case.options)))


def from_file(item, path: Path) -> bool:
    where = item.path if isinstance(item, InputError) else item.source_path
    shown = printable_path(path)
    return where == shown or where.startswith((f"{shown}:", f"{shown}#"))


@pytest.mark.parametrize("case", CASES, ids=[case.kind for case in CASES])
def test_hostile_input_is_named_and_good_file_still_read(tmp_path, case):
    hostile, items = read_folder(tmp_path, case)
    good = [i for i in items if not isinstance(i, InputError) and i.source_path.endswith("good.txt")]
    assert [d.text for d in good] == [GOOD_TEXT]
    documents = [i for i in items if not isinstance(i, InputError) and from_file(i, hostile)]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert all(from_file(i, hostile) for i in items if isinstance(i, InputError)), errors
    assert all("\n" not in message for message in errors)
    if case.outcome == "refused":
        assert not documents and errors
    elif case.outcome == "partial":
        assert documents and errors
    else:
        assert not errors
    assert not case.reason or any(case.reason in message for message in errors), errors
    if case.documents is not None:
        assert len(documents) == case.documents


def test_names_that_are_not_utf8_are_printable(tmp_path):
    (tmp_path / "report-\udcff.txt").write_text(REPORT)
    (tmp_path / "empty-\udcfe.txt").write_bytes(b"")
    error, document = read_paths([tmp_path])
    assert str(error) == f"{tmp_path}/empty-\\xfe.txt: empty file"
    assert document.source_path == f"{tmp_path}/report-\\xff.txt"
