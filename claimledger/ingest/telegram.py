"""Telegram Desktop channel exports (result.json): one document per message with text.

A message's "text" is a string or a list of strings and entity objects
({"type": "bold", "text": "..."}); service messages and messages without text
(photos, polls) are skipped silently: they are not errors.
"""
from __future__ import annotations

import json
from typing import Iterator

from claimledger.errors import InputError
from claimledger.ingest.build import build_document
from claimledger.ingest.options import IngestOptions
from claimledger.schema import Document

MESSAGE_URL = "https://t.me/{username}/{message_id}"


def message_text(value) -> str | None:
    """The plain text of a message's "text" field; None when it has no usable shape."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return None
    parts = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
        else:
            return None
    return "".join(parts)


def channel_username(export: dict) -> str | None:
    """The channel's public @username, where the export gives one."""
    for key in ("username", "channel_username"):
        value = export.get(key)
        if isinstance(value, str) and value.strip().lstrip("@"):
            return value.strip().lstrip("@")
    return None


def read_telegram(data: bytes, path, options: IngestOptions) -> Iterator[Document | InputError]:
    """One document per text message of a Telegram Desktop export."""
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        reason = getattr(error, "msg", None) or getattr(error, "reason", None) or str(error)
        yield InputError(path, f"malformed Telegram export: invalid JSON ({reason})")
        return
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        yield InputError(path, 'malformed Telegram export: no "messages" list')
        return
    outlet = export.get("name") if isinstance(export.get("name"), str) else None
    username = channel_username(export)
    for number, message in enumerate(export["messages"], 1):
        yield from _read_message(message, number, path=path, options=options, outlet=outlet,
                                 username=username)


def _read_message(message, number: int, *, path, options: IngestOptions, outlet: str | None,
                  username: str | None) -> Iterator[Document | InputError]:
    if not isinstance(message, dict):
        yield InputError(path, "malformed Telegram message (not an object)", record=f"message-{number}")
        return
    message_id = message.get("id")
    record = f"message-{message_id if message_id is not None else number}"
    if message.get("type", "message") != "message":
        return
    text = message_text(message.get("text", ""))
    if text is None:
        yield InputError(path, 'malformed Telegram message ("text" is neither a string nor a list)',
                         record=record)
        return
    if not text.strip():
        return
    url = None
    if username and isinstance(message_id, int):
        url = MESSAGE_URL.format(username=username, message_id=message_id)
    yield from build_document(text, path=path, options=options, record=record,
                         dct=message.get("date") or message.get("date_unixtime"),
                         outlet=outlet, url=url, author=message.get("author"))
