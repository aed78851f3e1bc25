"""Telegram Desktop channel exports."""
import json
from pathlib import Path

import pytest

from claimledger.errors import InputError
from claimledger.ingest import IngestOptions
from claimledger.ingest.telegram import message_text, read_telegram

DATA = Path(__file__).parent / "data" / "ingest" / "telegram"
OPTIONS = IngestOptions()


def read(export) -> list:
    return list(read_telegram(json.dumps(export).encode(), "result.json", OPTIONS))


def test_read_telegram_one_document_per_text_message():
    documents = list(read_telegram((DATA / "result.json").read_bytes(), DATA / "result.json", OPTIONS))
    assert [d.url for d in documents] == ["https://t.me/example_channel/8",
                                          "https://t.me/example_channel/10"]
    assert [d.dct for d in documents] == ["2025-12-02", "2025-12-04"]
    assert {d.outlet for d in documents} == {"Example Channel"}
    assert documents[1].text == "Breaking: Patriot launchers arrived in #Rzeszow overnight."


def test_read_telegram_without_username_has_no_url():
    [document] = read({"name": "Private", "messages": [
        {"id": 3, "type": "message", "date": "2025-01-02T03:04:05", "text": "S-400 seen."}]})
    assert document.url is None and document.outlet == "Private"


@pytest.mark.parametrize("value, text", [
    ("plain", "plain"),
    (["a ", {"type": "bold", "text": "b"}, " c"], "a b c"),
    ([], ""),
    (42, None),
    ([{"type": "bold"}], None),
])
def test_message_text(value, text):
    assert message_text(value) == text


@pytest.mark.parametrize("export, reason", [
    ({"name": "No messages"}, 'no "messages" list'),
    ([1, 2], 'no "messages" list'),
])
def test_read_telegram_malformed_export_is_one_error(export, reason):
    [error] = read(export)
    assert isinstance(error, InputError) and reason in error.reason


def test_read_telegram_truncated_json_is_one_error_naming_file():
    path = DATA / "broken_export.json"
    [error] = read_telegram(path.read_bytes(), path, OPTIONS)
    assert str(error).startswith(f"{path}:4: malformed Telegram export: invalid JSON (Invalid control character at column 90)")


def test_read_telegram_bad_message_is_reported_and_rest_kept():
    items = read({"name": "C", "messages": [
        {"id": 1, "type": "message", "date": "2025-01-02T00:00:00", "text": 5},
        {"id": 2, "type": "message", "date": "2025-01-02T00:00:00", "text": "HIMARS fired."}]})
    assert isinstance(items[0], InputError) and items[0].record == "message-1"
    assert items[1].text == "HIMARS fired."


def test_read_telegram_undated_messages_kept_and_summed_up_in_one_line():
    items = read({"name": "C", "messages": [
        {"id": n, "type": "message", "date": date, "text": "S-400 seen."}
        for n, date in enumerate(["2025-02-30T10:00:00", -5, None, "2025-01-02T00:00:00"], 1)]})
    assert [getattr(i, "dct", None) for i in items[:4]] == [None, None, None, "2025-01-02"]
    assert [str(i) for i in items[4:]] == [
        "result.json: 3 messages kept without a date (missing or unreadable: "
        "message-1, message-2, message-3)"]


def test_read_telegram_export_without_text_is_one_line():
    items = read({"name": "C", "messages": [
        {"id": 1, "type": "message", "date": "2025-01-02T00:00:00", "text": "", "photo": "p.jpg"},
        {"id": 2, "type": "service", "date": "2025-01-02T00:00:00", "action": "pin_message"},
        {"id": 3, "type": "story", "date": "2025-01-02T00:00:00", "text": "x"}]})
    assert [str(i) for i in items] == [
        "result.json: no message with text among 3 messages: 1 without text, 1 service, "
        "1 of unknown type; nothing kept"]
