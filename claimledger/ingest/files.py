"""Walk input paths safely: sorted, no special files, no symlink loops or escapes.

Nothing here opens a file that is not a regular file, so a FIFO or a device never
blocks a run; every refusal is an InputError naming the path.
"""
from __future__ import annotations

import gzip
import io
import logging
import os
import stat
import zlib
from pathlib import Path
from typing import BinaryIO, Iterator

from claimledger.errors import InputError

logger = logging.getLogger(__name__)

# Hidden files (dotfiles: editor backups, .DS_Store, VCS data) are left out of a folder walk.
SKIPPED_PREFIXES = (".",)
# A folder's own notes in plain text or Markdown (README.md, LICENSE, CHANGELOG.txt) are not
# reports: a folder walk leaves them out with a line saying so. Any other file with such a
# name (readme.html, changelog.rss) is read like the rest: a saved news page may carry it.
NOTES_STEMS = {"readme", "license", "licence", "changelog", "copying", "authors", "contributing"}
NOTES_SUFFIXES = {"", ".md", ".markdown", ".txt", ".rst"}
SPECIAL_KINDS = (
    (stat.S_ISFIFO, "FIFO"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
    (stat.S_ISSOCK, "socket"),
)
READ_CHUNK = 1024 * 1024


def iter_input_files(paths) -> Iterator[Path | InputError]:
    """Every regular file under the given files and folders, in a stable order."""
    for given in paths:
        yield from _walk_given(Path(given))


def _walk_given(path: Path) -> Iterator[Path | InputError]:
    try:
        info = path.stat()
    except FileNotFoundError:
        reason = "broken symlink" if path.is_symlink() else "no such file or directory"
        yield InputError(path, reason)
        return
    except OSError as error:
        yield InputError(path, _os_reason(error))
        return
    if stat.S_ISDIR(info.st_mode):
        root = path.resolve()
        yield from _walk_folder(path, root, ancestors=(root,), seen={root})
    else:
        yield from _check_file(path, info)


def _walk_folder(folder: Path, root: Path, *, ancestors: tuple[Path, ...],
                 seen: set[Path]) -> Iterator[Path | InputError]:
    try:
        names = sorted(os.listdir(folder))
    except OSError as error:
        yield InputError(folder, f"cannot list folder: {_os_reason(error)}")
        return
    for name in names:
        path = folder / name
        if name.startswith(SKIPPED_PREFIXES):
            logger.debug("skipped %s (hidden file)", path)
            continue
        if is_folder_notes(name):
            yield InputError(path, "a folder's notes (README, LICENSE or CHANGELOG), not a report; "
                                   "skipped (name the file itself to read it)")
            continue
        if path.is_symlink():
            refusal = _check_symlink(path, root)
            if refusal is not None:
                yield refusal
                continue
        try:
            info = path.stat()
        except OSError as error:
            yield InputError(path, _os_reason(error))
            continue
        if stat.S_ISDIR(info.st_mode):
            real = path.resolve()
            if real in ancestors:
                yield InputError(path, "symlink loop (points back to a parent folder); not followed")
            elif real in seen:  # nothing is lost: its files were read through the other path
                logger.debug("skipped %s (folder already read through another path)", path)
            else:
                seen.add(real)
                yield from _walk_folder(path, root, ancestors=ancestors + (real,), seen=seen)
        else:
            yield from _check_file(path, info)


def _check_symlink(path: Path, root: Path) -> InputError | None:
    try:
        target = path.resolve(strict=True)
    except FileNotFoundError:
        return InputError(path, "broken symlink")
    except (RuntimeError, OSError):  # RuntimeError: "Symlink loop" before Python 3.13
        return InputError(path, "symlink loop; not followed")
    if not target.is_relative_to(root):
        return InputError(path, f"symlink leads out of the input folder (to {target}); not followed")
    return None


def _check_file(path: Path, info: os.stat_result) -> Iterator[Path | InputError]:
    if stat.S_ISREG(info.st_mode):
        yield path
        return
    kind = next((name for test, name in SPECIAL_KINDS if test(info.st_mode)), "special file")
    yield InputError(path, f"not a regular file ({kind}); skipped")


def is_folder_notes(name: str) -> bool:
    """True for README, LICENSE, CHANGELOG and the like, in plain text or Markdown."""
    stem, dot, suffix = name.lower().partition(".")
    return stem in NOTES_STEMS and (dot + suffix if dot else "") in NOTES_SUFFIXES


def _os_reason(error: OSError) -> str:
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or type(error).__name__


def open_regular(path: Path) -> BinaryIO:
    """Open for reading, refusing (InputError) anything that is not a regular file.

    O_NONBLOCK keeps open() from waiting on a FIFO swapped in after the walk looked.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise InputError(path, _os_reason(error)) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise InputError(path, "not a regular file; skipped")
    return os.fdopen(fd, "rb")


def read_capped(stream: BinaryIO, limit: int, *, path, what: str = "file") -> bytes:
    """Read everything, or raise InputError once more than `limit` bytes come."""
    chunks, size = [], 0
    while True:
        chunk = stream.read(min(READ_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise InputError(path, f"{what} too large (over {limit:,} bytes); skipped")
        chunks.append(chunk)


def inflate(data: bytes, limit: int, *, path) -> bytes:
    """Decompress gzip data (all members), refusing to inflate past `limit` bytes."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            return read_capped(stream, limit, path=path, what="decompressed data")
    except (OSError, EOFError, zlib.error) as error:
        raise InputError(path, f"corrupt gzip data ({error})") from None


class CappedReader:
    """A read-only stream that raises InputError once more than `limit` bytes pass."""

    def __init__(self, stream: BinaryIO, limit: int, *, path):
        self.stream = stream
        self.limit = limit
        self.path = path
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        # read1 hands over what a truncated gzip member still holds before EOFError;
        # read(size) would drop it while trying to fill `size`.
        read = getattr(self.stream, "read1", self.stream.read) if size > 0 else self.stream.read
        chunk = read(size)
        self.count += len(chunk)
        if self.count > self.limit:
            raise InputError(self.path, f"decompressed data too large (over {self.limit:,} bytes)")
        return chunk
