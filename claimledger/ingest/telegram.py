"""Telegram Desktop channel exports (result.json): one document per message with text.

A message's "text" is a string or a list of strings and entity objects
({"type": "bold", "text": "..."}). Service messages and messages without text (photos,
polls) hold nothing to read and are passed over; what else is passed over (messages of a
type this reader does not know, dates that cannot be read) is summed up in one line per
export, and an export with no message to read at all is one line.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from claimledger.errors import InputError, json_fault
from claimledger.ingest.build import build_document
from claimledger.ingest.dates import to_iso_date
from claimledger.ingest.options import IngestOptions
from claimledger.ingest.text import damage_note, decode_bytes
from claimledger.schema import Document

MESSAGE_URL = "https://t.me/{username}/{message_id}"
MESSAGE_TYPES = {"message", "service"}
# A message id longer than this is not used in a record label (the message's number is).
MAX_ID_CHARS = 40
# How many records a summary line names before "and N more".
NAMED_RECORDS = 5


@dataclass
class Tally:
    """What an export's messages gave, for the one summary line."""

    documents: int = 0
    without_text: int = 0
    service: int = 0
    malformed: int = 0
    unknown_types: Counter = field(default_factory=Counter)
    undated: list[str] = field(default_factory=list)

    def summary(self, total: int) -> str | None:
        """The line for what was passed over or kept incompletely; None when nothing was."""
        if not self.documents:
            parts = [f"{count:,} {what}" for count, what in (
                (self.without_text, "without text"), (self.service, "service"),
                (sum(self.unknown_types.values()), "of unknown type"),
                (self.malformed, "malformed")) if count]
            detail = f": {', '.join(parts)}" if parts else ""
            return f"no message with text among {total:,} messages{detail}; nothing kept"
        parts = []
        if self.undated:
            named = ", ".join(self.undated[:NAMED_RECORDS])
            unnamed = len(self.undated) - NAMED_RECORDS
            more = f" and {unnamed:,} more" if unnamed > 0 else ""
            parts.append(f"{len(self.undated):,} messages kept without a date (missing or "
                         f"unreadable: {named}{more})")
        if self.unknown_types:
            kinds = ", ".join(f"{count:,} {kind!r}"
                              for kind, count in self.unknown_types.most_common())
            parts.append(f"skipped messages of unknown type ({kinds})")
        return "; ".join(parts) or None


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
        export = json.loads(decode_bytes(data, path).lstrip("\ufeff"))
    except InputError as error:
        yield error
        return
    except json.JSONDecodeError as error:   # a one-file export: the line says where it breaks
        yield InputError(path, f"malformed Telegram export: invalid JSON ({json_fault(error)})", line=error.lineno)
        return
    except (UnicodeDecodeError, RecursionError) as error:
        reason = getattr(error, "reason", None) or str(error)
        yield InputError(path, f"malformed Telegram export: invalid JSON ({reason})")
        return
    note = damage_note(data)
    if note:
        yield InputError(path, f"{note}; the rest read", partial=True)
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        yield InputError(path, 'malformed Telegram export: no "messages" list')
        return
    outlet = export.get("name") if isinstance(export.get("name"), str) else None
    username = channel_username(export)
    tally = Tally()
    for number, message in enumerate(export["messages"], 1):
        for item in _read_message(message, number, path=path, options=options, outlet=outlet,
                                  username=username, tally=tally):
            tally.documents += isinstance(item, Document)
            yield item
    summary = tally.summary(len(export["messages"]))
    if summary:
        yield InputError(path, summary, partial=tally.documents > 0)


def _read_message(message, number: int, *, path, options: IngestOptions, outlet: str | None,
                  username: str | None, tally: Tally) -> Iterator[Document | InputError]:
    if not isinstance(message, dict):
        tally.malformed += 1
        yield InputError(path, "malformed Telegram message (not an object)",
                         record=f"message-{number}")
        return
    message_id = message.get("id")
    record = f"message-{_label(message_id, number)}"
    kind = message.get("type", "message")
    if kind not in MESSAGE_TYPES:
        tally.unknown_types[str(kind)[:MAX_ID_CHARS]] += 1
        return
    if kind == "service":
        tally.service += 1
        return
    text = message_text(message.get("text", ""))
    if text is None:
        tally.malformed += 1
        yield InputError(path, 'malformed Telegram message ("text" is neither a string nor a list)',
                         record=record)
        return
    if not text.strip():
        tally.without_text += 1
        return
    dct = to_iso_date(message.get("date")) or to_iso_date(message.get("date_unixtime"))
    if dct is None:
        tally.undated.append(record)
    url = None
    if username and isinstance(message_id, int) and not isinstance(message_id, bool):
        url = MESSAGE_URL.format(username=username, message_id=message_id)
    yield from build_document(text, path=path, options=options, record=record, dct=dct,
                              outlet=outlet, url=url, author=message.get("author"))


def _label(message_id, number: int) -> str:
    """The message's own id where it is a short number or string, else its position."""
    if isinstance(message_id, (int, str)) and not isinstance(message_id, bool) \
            and 0 < len(str(message_id)) <= MAX_ID_CHARS and str(message_id).isprintable():
        return str(message_id)
    return str(number)
