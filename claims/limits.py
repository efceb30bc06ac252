"""Reading an article's bytes from a path or standard input, bounded: never more than the
size limit, and never waiting longer than a deadline for a pipe or device that gives
nothing. A FIFO, /dev/zero or a 200 MB file is an article like any other until it is too
big or too slow; then it is one clear line, never a hang or a MemoryError.
"""

from __future__ import annotations

import os
import select
import stat
import sys
import time
from pathlib import Path
from typing import BinaryIO

from claims.errors import InputError

MAX_BYTES = 20_000_000
"""The size limit for every article, local or remote (--max-size changes it)."""
DEADLINE_SECONDS = 15.0
"""How long a FIFO or a device named as an article may take to give all of it."""
_CHUNK = 1 << 16
_FILE_CHUNK = 1 << 20


def describe_size(size: int) -> str:
    """A size as people say it: 200 MB, 1.5 MB, 350 kB."""
    if size >= 10_000_000:
        return f"{size / 1_000_000:.0f} MB"
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB".replace(".0 ", " ")
    return f"{max(1, round(size / 1000))} kB"


def too_large(name: str, max_bytes: int, size: int | None = None) -> InputError:
    """The one line for an article over the limit (size None: its whole size is not known)."""
    what = f"is {describe_size(size)}" if size is not None else f"is larger than {describe_size(max_bytes)}"
    return InputError(f"{name}: {what}; claimdiff reads articles up to {describe_size(max_bytes)} (--max-size)")


def read_path(path: Path, max_bytes: int = MAX_BYTES, deadline: float = DEADLINE_SECONDS) -> bytes:
    """The bytes of a regular file, a FIFO or a character device, within the limits.

    Sockets, block devices and directories are refused: none of them is an article.
    """
    try:
        found = path.stat()  # through a symlink, to what it names
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    kind = found.st_mode
    if stat.S_ISDIR(kind):
        raise InputError(f"{path}: is a directory, not an article")
    if stat.S_ISREG(kind):
        if found.st_size > max_bytes:
            raise too_large(str(path), max_bytes, found.st_size)
        try:
            with path.open("rb") as file:
                return _read_bounded(file, str(path), max_bytes)  # it may grow while being read
        except PermissionError:
            raise InputError(f"{path}: permission denied") from None
        except OSError as error:
            raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    if stat.S_ISFIFO(kind) or stat.S_ISCHR(kind):
        return _read_stream(path, max_bytes, deadline)
    what = "a socket" if stat.S_ISSOCK(kind) else "a block device" if stat.S_ISBLK(kind) else "not a file"
    raise InputError(f"{path}: is {what}, not an article")


def read_standard_input(max_bytes: int = MAX_BYTES) -> bytes:
    """What is piped in, within the limit. A terminal is refused: whoever typed `-` meant a
    pipe (`claimdiff match - b.txt < a.txt`), and would otherwise wait for nothing."""
    if sys.stdin.isatty():
        raise InputError("standard input is a terminal; pipe an article into it (… - b.txt < a.txt)")
    return _read_bounded(sys.stdin.buffer, "standard input", max_bytes)


def _read_bounded(file: BinaryIO, name: str, max_bytes: int) -> bytes:
    """Read to the end in chunks (a generous limit is not allocated up front)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := file.read(min(_FILE_CHUNK, max_bytes + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > max_bytes:
            raise too_large(name, max_bytes)
    return b"".join(chunks)


def _read_stream(path: Path, max_bytes: int, deadline: float) -> bytes:
    """Read a FIFO or a device to its end, without ever blocking past the deadline."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    chunks: list[bytes] = []
    size = 0
    ends = time.monotonic() + deadline
    try:
        while True:
            remaining = ends - time.monotonic()
            ready = select.select([descriptor], [], [], max(0.0, remaining))[0] if remaining > 0 else []
            if not ready:
                said = "gave nothing" if not chunks else "was still sending"
                raise InputError(f"{path}: {said} after {deadline:g} s; claimdiff waits that long for a pipe or device")
            try:
                chunk = os.read(descriptor, _CHUNK)
            except BlockingIOError:
                continue
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise too_large(str(path), max_bytes)
    finally:
        os.close(descriptor)
