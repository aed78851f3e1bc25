"""An input lost in part is told apart from one lost whole: the stderr line says "partly read"
and where the fault is (file:line), the readable part is stored, and the summary counts it apart."""
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.errors import InputError
from claimledger.ingest import read_path
from claimledger.store import Ledger

REPORT = "The second battery of the air-defence system reached the port on Monday, the navy said.\n"
FEED_HEAD = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Wire</title>\n'
             '<item><title>Battery at the port</title><link>https://wire.example/a</link>\n'
             f'<description>{REPORT.strip()}</description></item>\n')


def errors_of(path: Path) -> list[InputError]:
    return [item for item in read_path(path) if isinstance(item, InputError)]


def test_feed_cut_after_an_entry_is_partly_read_at_the_line_of_the_fault(tmp_path):
    path = tmp_path / "cut.rss"
    path.write_text(FEED_HEAD + "<item><title>Second</title>\n<description>Unclosed <b>markup</description>\n")
    items = list(read_path(path))
    (error,) = [item for item in items if isinstance(item, InputError)]
    assert len(items) - 1 >= 1   # the first entry was read and kept
    assert error.partial and error.line is not None and error.line >= 5
    assert str(error).startswith(f"{path}:{error.line}: malformed feed (column ")
    assert "read by the lenient parser" in error.reason


def test_feed_broken_before_any_entry_is_skipped_whole_with_its_line(tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text('<?xml version="1.0"?>\n<rss><channel>\n<title>Wire</b></title>\n')
    (error,) = errors_of(path)
    assert not error.partial and error.line == 3
    assert "malformed feed (column" in error.reason


def test_telegram_export_with_broken_json_names_line_and_column(tmp_path):
    path = tmp_path / "result.json"
    path.write_text('{\n  "name": "Channel",\n  "messages": [\n    {"id": 1, "type": "message" "text": "x"}\n  ]\n}\n')
    (error,) = errors_of(path)
    assert not error.partial and error.line == 4
    assert error.reason == "malformed Telegram export: invalid JSON (Expecting ',' delimiter at column 33)"


def test_text_with_control_characters_is_stored_and_reported_as_partly_read(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "dirty.txt").write_text(REPORT.replace("battery", "bat\x07tery"))
    (tmp_path / "in" / "empty.txt").write_text("   \n")
    result = CliRunner().invoke(app, ["analyze", str(tmp_path / "in"), "--db", str(tmp_path / "l.db"), "--json"])
    assert result.exit_code == 1   # something was lost, if only a character
    lines = result.stderr.splitlines()
    assert any(line.startswith(f"partly read: {tmp_path / 'in' / 'dirty.txt'}: removed 1 control character")
               for line in lines), lines
    assert any(line.startswith(f"skipped: {tmp_path / 'in' / 'empty.txt'}") for line in lines), lines
    summary = json.loads(result.stdout)
    assert (summary["added"], summary["skipped"], summary["partly_read"]) == (1, 2, 1)
    with Ledger(tmp_path / "l.db") as ledger:
        assert ledger.counts()["documents"] == 1


@pytest.mark.parametrize("partial", [True, False])
def test_input_error_keeps_its_partial_flag_and_message(partial):
    error = InputError("a.rss", "what was kept", line=7, partial=partial)
    assert (error.partial, str(error)) == (partial, "a.rss:7: what was kept")
