"""read_paths: walking, sniffing, the shared guards, stable ids, the example corpus."""
import gzip
import os
import socket
from pathlib import Path

import pytest

from claimledger.errors import InputError
from conftest import require_shared
from claimledger.ingest import IngestOptions, read_path, read_paths
from claimledger.ingest.dates import to_iso_date
from claimledger.ingest.dedup import Deduplicator
from claimledger.ingest.evaljsonl import read_eval_jsonl
from claimledger.ingest.sniff import detect_format, looks_binary

ROOT = Path(__file__).parent.parent
DATA = ROOT / "tests" / "data" / "ingest"
EXAMPLES = ROOT / "examples"
GOOD_TEXT = "The S-400 battery moved to the coast on Monday, officials said.\n"


def split(items) -> tuple[list, list]:
    items = list(items)
    return ([i for i in items if not isinstance(i, InputError)],
            [i for i in items if isinstance(i, InputError)])


@pytest.fixture
def folder(tmp_path) -> Path:
    """An input folder holding one good text file."""
    root = tmp_path / "input"
    root.mkdir()
    (root / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return root


def assert_good_still_read(documents, folder):
    assert [d.source_path for d in documents] == [str(folder / "good.txt")]


# -- folders with good and bad files -------------------------------------------------------

@pytest.mark.parametrize("subfolder, bad_name, reason_start, good_count", [
    ("text", "binary.txt", "binary file", 4),
    ("text", "empty.txt", "empty document", 4),
    ("jsonl", "documents.jsonl:2", "invalid JSON", 2),
    ("feeds", "malformed.rss:2", "malformed feed", 3),
    ("feeds", "billion_laughs.rss", "XML declares entities", 3),
    ("telegram", "broken_export.json:4", "malformed Telegram export", 2),
    ("warc", "truncated.warc.gz [record-3]", "truncated record", 8),
    ("warc", "overlong.warc [record-1]", "Content-Length runs into the next record", 8),
    ("warc", "short.warc [record-1]", "Content-Length shorter than the data", 8),
    ("html", "cookie_wall.html", "only boilerplate", 1),
])
def test_read_paths_bad_file_reported_good_files_read(subfolder, bad_name, reason_start, good_count):
    documents, errors = split(read_paths([DATA / subfolder]))
    messages = [str(error) for error in errors]
    prefix = f"{DATA / subfolder / bad_name}: {reason_start}"
    assert any(message.startswith(prefix) for message in messages), messages
    assert all("\n" not in message for message in messages)
    assert len(documents) == good_count


def test_read_paths_oversized_document(folder):
    (folder / "long.txt").write_text("Patriot " * 200, encoding="utf-8")
    documents, errors = split(read_paths([folder], options=IngestOptions(max_text_chars=500)))
    assert [str(e) for e in errors] == [
        f"{folder / 'long.txt'}: document too long (1,600 characters; limit 500)"]
    assert_good_still_read(documents, folder)


def test_read_paths_fifo_skipped_without_opening(folder):
    os.mkfifo(folder / "pipe.txt")
    documents, errors = split(read_paths([folder]))   # opening the FIFO would block here for ever
    assert [str(e) for e in errors] == [f"{folder / 'pipe.txt'}: not a regular file (FIFO); skipped"]
    assert_good_still_read(documents, folder)


def test_read_paths_given_fifo_skipped(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    assert [e.reason for e in read_paths([tmp_path / "pipe"])] == [
        "not a regular file (FIFO); skipped"]


def test_read_paths_file_over_byte_cap(folder):
    (folder / "big.txt").write_text("S-400 " * 1000)
    documents, errors = split(read_paths([folder], options=IngestOptions(max_file_bytes=1000)))
    assert [str(e) for e in errors] == [f"{folder / 'big.txt'}: file too large (over 1,000 bytes); skipped"]
    assert_good_still_read(documents, folder)


def test_read_paths_socket_skipped(folder):
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(folder / "s.sock"))
        _, errors = split(read_paths([folder]))
    assert [e.reason for e in errors] == ["not a regular file (socket); skipped"]


def test_read_paths_symlink_out_of_folder_not_followed(folder, tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text("Outside the input folder. " * 5, encoding="utf-8")
    (folder / "link.txt").symlink_to(outside)
    documents, errors = split(read_paths([folder]))
    assert len(errors) == 1 and errors[0].path == str(folder / "link.txt")
    assert errors[0].reason.startswith("symlink leads out of the input folder")
    assert_good_still_read(documents, folder)


def test_read_paths_symlink_loop_reported(folder):
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)
    (folder / "self").symlink_to(folder / "self")
    documents, errors = split(read_paths([folder]))
    assert sorted((Path(e.path).name, e.reason.split(";")[0]) for e in errors) == [
        ("self", "symlink loop"), ("up", "symlink loop (points back to a parent folder)")]
    assert_good_still_read(documents, folder)


def test_read_paths_folder_reached_twice_read_once(folder):
    (folder / "sub").mkdir()
    (folder / "sub" / "other.txt").write_text("HIMARS fired at the range, the army said.\n")
    (folder / "alias").symlink_to(folder / "sub")
    documents, errors = split(read_paths([folder]))
    assert not errors
    assert [Path(d.source_path).name for d in documents] == ["other.txt", "good.txt"]


def test_read_paths_symlink_inside_folder_followed(folder):
    (folder / "sub").mkdir()
    (folder / "sub" / "other.txt").write_text("HIMARS fired at the range, the army said.\n")
    (folder / "alias.txt").symlink_to(folder / "sub" / "other.txt")
    documents, errors = split(read_paths([folder]))
    assert not errors and len(documents) == 3


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_read_paths_unreadable_file_reported(folder):
    locked = folder / "locked.txt"
    locked.write_text(GOOD_TEXT)
    locked.chmod(0)
    documents, errors = split(read_paths([folder]))
    assert [str(e) for e in errors] == [f"{locked}: permission denied"]
    assert_good_still_read(documents, folder)


def test_read_paths_permission_error_on_open_reported(folder, monkeypatch):
    import claimledger.ingest.files as files

    locked = folder / "locked.txt"
    locked.write_text(GOOD_TEXT + "locked")
    real_open = files.os.open

    def refuse_locked(path, flags, *args):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(files.os, "open", refuse_locked)
    documents, errors = split(read_paths([folder]))
    assert [str(e) for e in errors] == [f"{locked}: permission denied"]
    assert_good_still_read(documents, folder)


def test_read_paths_unlistable_folder_reported(folder, monkeypatch):
    import claimledger.ingest.files as files

    (folder / "closed").mkdir()
    real_listdir = files.os.listdir

    def refuse_closed(path):
        if Path(path).name == "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return real_listdir(path)

    monkeypatch.setattr(files.os, "listdir", refuse_closed)
    documents, errors = split(read_paths([folder]))
    assert [str(e) for e in errors] == [f"{folder / 'closed'}: cannot list folder: permission denied"]
    assert_good_still_read(documents, folder)


def test_read_paths_missing_path_reported(tmp_path):
    assert [str(e) for e in read_paths([tmp_path / "nope"])] == [
        f"{tmp_path / 'nope'}: no such file or directory"]


def test_read_paths_unsupported_file_type(folder):
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "notes.csv").write_text("a,b\n")
    _, errors = split(read_paths([folder]))
    assert [e.reason for e in errors] == ["unsupported file type '.csv'; skipped",
                                          "binary file; skipped"]


def test_read_paths_skips_dotfiles_quietly(folder):
    (folder / ".hidden.txt").write_text(GOOD_TEXT + "hidden")
    documents, errors = split(read_paths([folder]))
    assert not errors
    assert_good_still_read(documents, folder)


def test_read_paths_folder_notes_skipped_with_a_line(folder):
    (folder / "README.md").write_text("# About these files\n")
    documents, errors = split(read_paths([folder]))
    assert [str(e) for e in errors] == [
        f"{folder / 'README.md'}: a folder's notes (README, LICENSE or CHANGELOG), not a report; "
        "skipped (name the file itself to read it)"]
    assert_good_still_read(documents, folder)


@pytest.mark.parametrize("name", ["changelog.html", "readme.htm", "license.html"])
def test_read_paths_page_named_like_notes_is_read(folder, name):
    # A saved news page was once lost because its name began with "changelog.".
    (folder / name).write_bytes((DATA / "html" / "article.html").read_bytes())
    documents, errors = split(read_paths([folder]))
    assert not errors
    assert sorted(Path(d.source_path).name for d in documents) == sorted([name, "good.txt"])


def test_read_path_notes_named_explicitly_are_read(tmp_path):
    path = tmp_path / "README.md"
    path.write_text(GOOD_TEXT)
    assert [d.text for d in read_path(path)] == [GOOD_TEXT]


def test_read_paths_order_is_sorted_and_recursive(folder):
    (folder / "b").mkdir()
    (folder / "a.txt").write_text("Oreshnik arrived in Belarus, officials said.\n")
    (folder / "b" / "c.txt").write_text("S-400 launchers were seen near Dzhankoi.\n")
    names = [Path(d.source_path).name for d in read_paths([folder])]
    assert names == ["a.txt", "c.txt", "good.txt"]


# -- compressed input ------------------------------------------------------------------------

def test_read_path_gzip_text(tmp_path):
    path = tmp_path / "note.txt.gz"
    path.write_bytes(gzip.compress(GOOD_TEXT.encode()))
    [document] = read_path(path)
    assert document.text == GOOD_TEXT and document.source_path == str(path)


def test_read_path_gzip_bomb_refused(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"A" * 2_000_000))
    [error] = read_path(path, options=IngestOptions(max_file_bytes=100_000))
    assert str(error) == f"{path}: decompressed data too large (over 100,000 bytes); skipped"


def test_read_path_gzip_jsonl_keeps_line_numbers(tmp_path):
    path = tmp_path / "docs.jsonl.gz"
    path.write_bytes(gzip.compress((DATA / "jsonl" / "documents.jsonl").read_bytes()))
    items = list(read_path(path))
    assert [getattr(i, "id", None) for i in items] == ["fixture-001", None, "fixture-003"]
    assert str(items[1]).startswith(f"{path}:2: invalid JSON")


def test_read_path_binary_jsonl_is_one_error(tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"\x00\x01" * 500 + b"\n" + b"\x00" * 100)
    assert [str(e) for e in read_path(path)] == [f"{path}: binary file; skipped"]


def test_read_path_corrupt_gzip(tmp_path):
    path = tmp_path / "broken.md.gz"
    path.write_bytes(gzip.compress(GOOD_TEXT.encode() * 50)[:40])
    [error] = read_path(path)
    assert error.path == str(path) and error.reason.startswith("corrupt gzip data")


# -- ids, dates, options ---------------------------------------------------------------------

def test_read_paths_ids_stable_across_runs():
    first = [d.id for d in read_paths([EXAMPLES]) if not isinstance(d, InputError)]
    second = [d.id for d in read_paths([EXAMPLES]) if not isinstance(d, InputError)]
    assert first == second and len(first) >= 10


def test_read_paths_dct_flag_overrides_every_document():
    documents, _ = split(read_paths([DATA / "feeds", DATA / "jsonl"],
                                    options=IngestOptions(dct="2024-02-29")))
    assert {d.dct for d in documents} == {"2024-02-29"}


def test_ingest_options_refuses_malformed_dct():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        IngestOptions(dct="19.12.2025")


@pytest.mark.parametrize("value, expected", [
    ("2025-12-19", "2025-12-19"),
    ("2025-12-19T23:30:00+01:00", "2025-12-19"),
    ("Fri, 19 Dec 2025 07:38:00 +0000", "2025-12-19"),
    ("19 December 2025", "2025-12-19"),
    ("December 19, 2025", "2025-12-19"),
    ("1766132100", "2025-12-19"),
    ("yesterday", None),
    (-5, None),
    (float("nan"), None),
    ("99999999999999999999", None),
    ("2025-13-45", None),
    ("", None),
    (None, None),
])
def test_to_iso_date(value, expected):
    assert to_iso_date(value) == expected


@pytest.mark.parametrize("name, head, kind", [
    ("a.txt", b"x", "text"),
    ("a.MD", b"x", "text"),
    ("feed.xml", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
    ("feed", b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    ("page.xml", b"<!DOCTYPE html><html>", "html"),
    ("result.json", b'{\n "name": "C",\n "messages": [', "telegram"),
    ("x.warc.gz", b"\x1f\x8b", "warc"),
    ("x.txt.gz", b"\x1f\x8b", "gzip"),
    ("x.bin", b"WARC/1.0\r\n", "warc"),
    ("other.xml", b"<config/>", None),
    ("feed.xml", b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><rss>', "feed"),
    ("feed.xml", '<?xml version="1.0"?><rss>'.encode("utf-16-le"), "feed"),
    ("news.rdf", b"<rdf:RDF>", "feed"),
    ("old.arc", b"filedesc://old.arc", "warc"),
    ("old.arc.gz", b"\x1f\x8b", "warc"),
    ("noext", b"filedesc://x", "warc"),
    ("photo.jpg", b"\xff\xd8", None),
])
def test_detect_format(name, head, kind):
    assert detect_format(name, head) == kind


@pytest.mark.parametrize("data, binary", [
    (b"plain text\n", False),
    (b"x\x00y", True),
    ("Patriot".encode("utf-16"), False),
    (bytes(range(1, 32)) * 4, True),
    ("Patriot батарея".encode("utf-16-be"), False),
    ("Patriot батарея".encode("utf-32-le"), False),
    (b"\x00\x01" * 500, True),
])
def test_looks_binary(data, binary):
    assert looks_binary(data) is binary


# -- eval JSON Lines --------------------------------------------------------------------------

def test_read_path_eval_jsonl_keeps_ids_and_reports_line():
    items = list(read_path(DATA / "jsonl" / "documents.jsonl"))
    assert [getattr(i, "id", None) for i in items] == ["fixture-001", None, "fixture-003"]
    assert items[1].line == 2
    assert items[0].source_path == f"{DATA / 'jsonl' / 'documents.jsonl'}:1"


def test_read_eval_jsonl_unchanged_behaviour():
    items = list(read_eval_jsonl(DATA / "jsonl" / "documents.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "InputError", "Document"]
    assert items[0].outlet == "Example Post" and items[2].dct is None


# -- the bundled example corpus ---------------------------------------------------------------

@pytest.fixture(scope="module")
def example_documents() -> list:
    items = list(read_paths([EXAMPLES]))
    assert [Path(i.path).name for i in items if isinstance(i, InputError)] == ["README.md"]
    return [i for i in items if not isinstance(i, InputError)]


@pytest.mark.parametrize("seed, dct", [
    ("000_f163d298cc442fe8", "2025-12-19"),
    ("002_fcbb995b89f38695", "2025-09-30"),
])
def test_examples_seed_text_byte_identical(example_documents, seed, dct):
    seeds = require_shared("seeds")
    [document] = [d for d in example_documents if seed in d.source_path]
    assert document.text == (seeds / f"{seed}.txt").read_bytes().decode("utf-8")
    assert (document.dct, document.outlet) == (dct, None)


def test_examples_cover_every_format(example_documents):
    suffixes = {Path(d.source_path.split("#")[0].rsplit(":", 1)[0]).name.split(".", 1)[1]
                for d in example_documents}
    assert suffixes == {"atom", "jsonl", "rss", "warc.gz", "html", "txt", "json"}


def test_examples_hold_one_exact_and_one_near_duplicate(example_documents):
    dedup, verdicts = Deduplicator(), []
    for document in example_documents:
        verdict = dedup.check(document)
        verdicts.append(verdict.kind)
        if verdict.kind == "new":
            dedup.add(document)
    assert (verdicts.count("exact"), verdicts.count("near")) == (1, 1)
