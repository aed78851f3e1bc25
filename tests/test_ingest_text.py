"""Plain text and Markdown: decoding, mojibake, front matter, binary and empty files."""
from pathlib import Path

import pytest

from claimledger.errors import InputError
from claimledger.ingest import IngestOptions, read_path
from claimledger.ingest.build import clean_text
from claimledger.ingest.text import damaged_utf8, decode_text, repair_mojibake, split_front_matter

DATA = Path(__file__).parent / "data" / "ingest" / "text"


def read_one(path: Path, options: IngestOptions = IngestOptions()):
    items = list(read_path(path, options=options))
    assert len(items) == 1
    return items[0]


def test_read_text_front_matter_fills_metadata():
    document = read_one(DATA / "front_matter.md")
    assert (document.title, document.dct, document.outlet, document.url, document.author) == (
        "S-400 regiment moves to new positions", "2025-06-14", "Example Gazette",
        "https://gazette.example/s-400-regiment", "Maria Petrova")


def test_read_text_front_matter_is_removed_byte_for_byte():
    raw = (DATA / "front_matter.md").read_text(encoding="utf-8")
    document = read_one(DATA / "front_matter.md")
    assert raw.endswith(document.text)
    assert document.text.startswith("# S-400 regiment moves")


def test_read_text_without_front_matter_keeps_text_unchanged():
    document = read_one(DATA / "plain.txt")
    assert document.text == (DATA / "plain.txt").read_text(encoding="utf-8")
    assert document.dct is None and document.title is None


def test_read_text_legacy_encoding_is_detected():
    assert read_one(DATA / "cp1252.txt").text.startswith("Le système Patriot est arrivé à Rzeszów")


def test_read_text_mojibake_is_repaired():
    assert read_one(DATA / "mojibake.txt").text.startswith("The ministry’s spokesman")


@pytest.mark.parametrize("name, reason", [
    ("binary.txt", "binary file; skipped"),
    ("empty.txt", "empty document"),
])
def test_read_text_bad_file_is_one_error_naming_it(name, reason):
    error = read_one(DATA / name)
    assert isinstance(error, InputError)
    assert str(error) == f"{DATA / name}: {reason}"


def test_decode_text_refuses_nul_run_before_decoding():
    with pytest.raises(InputError, match="binary file"):
        decode_text(b"\x00" * 64, "nuls.txt")


def test_decode_text_reads_utf16_with_bom():
    assert decode_text("Patriot".encode("utf-16"), "x.txt") == "Patriot"


@pytest.mark.parametrize("text, metadata, body", [
    ("---\ndate: 2025-01-02\n---\nBody\n", {"dct": "2025-01-02"}, "Body\n"),
    ("---\r\ntitle: 'Quoted: yes'\r\n---\r\nBody", {"title": "Quoted: yes"}, "Body"),
    ("---\nunknown: x\n...\nBody", {}, "Body"),
    ("---\nnever closed\nBody", {}, "---\nnever closed\nBody"),
    ("Text\n---\ndate: 2025-01-02\n---\n", {}, "Text\n---\ndate: 2025-01-02\n---\n"),
])
def test_split_front_matter(text, metadata, body):
    assert split_front_matter(text) == (metadata, body)


def test_read_text_options_override_front_matter():
    document = read_one(DATA / "front_matter.md",
                        IngestOptions(dct="2030-01-01", outlet="Forced Outlet"))
    assert (document.dct, document.outlet) == ("2030-01-01", "Forced Outlet")


@pytest.mark.parametrize("text, repaired", [
    ("Rzeszów, café, naïve “quotes” — kept\n", "Rzeszów, café, naïve “quotes” — kept\n"),
    ("Line one\nthe ministryâ€™s cafÃ©\r\nLine three", "Line one\nthe ministry’s café\r\nLine three"),
])
def test_repair_mojibake_touches_only_broken_lines(text, repaired):
    assert repair_mojibake(text) == repaired


# -- the shared text guard (ingest/build.py) ----------------------------------------------------

JAPANESE_PARAGRAPH = "防衛省は二十日、北朝鮮が東の海に向けて弾道ミサイル一発を発射したと発表した。" * 80


@pytest.mark.parametrize("text", [
    JAPANESE_PARAGRAPH,                                            # 3,000 characters, no space
    "See https://example.org/" + "a" * 900 + " for the full report.",   # a long link
    "Chapter one\n" + "=" * 80 + "\nThe Patriot battery moved.",
])
def test_clean_text_leaves_language_alone(text):
    assert clean_text(text) == (text, [])


@pytest.mark.parametrize("text, kept, removed", [
    ("Patriot\x00 moved.", "Patriot moved.", ["1 control character"]),
    ("S-400 " + "Q" * 1500 + " moved.", "S-400   moved.",
     ["1 run of over 1,000 characters without a space (longest 1,500 characters)"]),
    ("S-400 " + "! " * 250 + "moved.", "S-400   moved.",
     ["1 run of over 200 punctuation marks (longest 499 characters)"]),
    ("S-400 " + "! " * 150 + "moved.", "S-400 " + "! " * 150 + "moved.", []),
])
def test_clean_text_removes_what_no_tokenizer_should_see(text, kept, removed):
    assert clean_text(text) == (kept, removed)


def test_read_text_unspaced_paragraph_kept_whole(tmp_path):
    path = tmp_path / "ja.txt"
    path.write_text(JAPANESE_PARAGRAPH, encoding="utf-8")
    assert read_one(path).text == JAPANESE_PARAGRAPH


RUSSIAN = "Министерство обороны сообщило о переброске комплекса С-400 к границе. " * 3


@pytest.mark.parametrize("data, damaged", [
    (RUSSIAN.encode(), 0),
    (RUSSIAN.encode("cp1251"), 0),                       # another encoding, not damage
    (RUSSIAN.encode().replace(b"\xd0\xbc", b"\xff", 1), 1),
    (RUSSIAN.encode()[:-3], 1),                          # cut inside the last letter
    (b"Patriot caf\xe9 moved.", 0),                      # cp1252: no good multi-byte letter
])
def test_damaged_utf8(data, damaged):
    assert damaged_utf8(data) == damaged
