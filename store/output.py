"""Writing an export where the user asked, and nothing else.

A regular file is replaced whole (written beside it, then renamed over it), so a failed
export never leaves half a file; a symlink is followed and its target replaced, the link
kept. A FIFO or a character device (a pipe's end, /dev/null, a terminal) is written
through, never replaced. Anything else (a directory, a socket, a block device, the
database itself) is refused. New files get the permissions the umask gives, a replaced
file keeps its own.

On Linux the new content is an unnamed file (O_TMPFILE) until it is complete, so an export
killed half-way leaves nothing behind; elsewhere a hidden temporary file is removed when
the export fails or is interrupted, but not if the process is killed outright.
"""

from __future__ import annotations

import errno
import fcntl
import os
import secrets
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

from store.database import Store
from store.errors import StoreError

Writer = Callable[[IO[str]], int]
"""Writes the export to a text stream and returns how many rows it wrote."""
TEMPORARY_PREFIX = ".claimdiff-export-"


def write_to(path: str, write: Writer, database: Store) -> int:
    """Run write(stream) on the file at path, or on standard output for "-"."""
    if path == "-":
        return write(sys.stdout)
    target = Path(path).expanduser()
    if database.owns(target):
        raise StoreError(f"{target}: is the claimdiff database itself; export to another file")
    try:
        existing: os.stat_result | None = target.stat()  # through a symlink, to what it names
    except FileNotFoundError:
        existing = None
    except OSError as error:
        raise StoreError(f"{target}: cannot write here ({error.strerror})") from None
    if existing is None:
        return _replace(target.resolve(), write, mode=None)
    kind = existing.st_mode
    if stat.S_ISDIR(kind):
        raise StoreError(f"{target}: is a directory; give a file name to export to")
    if stat.S_ISREG(kind):
        return _replace(target.resolve(), write, mode=stat.S_IMODE(kind))
    if stat.S_ISFIFO(kind) or stat.S_ISCHR(kind):
        return _write_through(target, write)
    raise StoreError(f"{target}: is not a regular file, a FIFO or a terminal; refusing to write there")


def _write_through(target: Path, write: Writer) -> int:
    """Write into a FIFO or a device as it is. Opened without waiting: a FIFO nobody reads
    is an error at once, not a hang."""
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise StoreError(f"{target}: is a FIFO that no program is reading; start the reader first") from None
        raise StoreError(f"{target}: cannot write ({error.strerror})") from None
    flags = fcntl.fcntl(descriptor, fcntl.F_GETFL)
    fcntl.fcntl(descriptor, fcntl.F_SETFL, flags & ~os.O_NONBLOCK)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as stream:
            return write(stream)
    except OSError as error:
        raise StoreError(f"{target}: cannot write ({error.strerror})") from None


def _replace(target: Path, write: Writer, mode: int | None) -> int:
    """Write a new file and put it at target in one rename; mode None: what the umask gives."""
    folder = target.parent
    try:
        descriptor, name = _new_file(folder)
    except OSError as error:
        raise StoreError(f"{target}: cannot write here ({error.strerror})") from None
    temporary: Path | None = None if name is None else folder / name
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as stream:
            count = write(stream)
            stream.flush()
            if mode is not None:
                os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
            if temporary is None:  # unnamed until now: give it a name beside the target
                temporary = _name_in(folder, stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise StoreError(f"{target}: cannot write ({error.strerror})") from None
    except BaseException:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        raise
    return count


def _name_in(folder: Path, descriptor: int) -> Path:
    """Link an unnamed file into folder under a hidden name (a kill between this and the
    rename that follows is the one moment a temporary file could be left)."""
    name = TEMPORARY_PREFIX + secrets.token_hex(8)
    directory = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        # linkat with AT_SYMLINK_FOLLOW, the documented way to name an O_TMPFILE file without
        # privileges; os.link takes that path only when given a directory descriptor.
        os.link(f"/proc/self/fd/{descriptor}", name, dst_dir_fd=directory, follow_symlinks=True)
    finally:
        os.close(directory)
    return folder / name


def _new_file(folder: Path) -> tuple[int, str | None]:
    """An empty file to write in folder: unnamed where the system allows it (its name None),
    else a hidden one. Created with mode 0666, which the umask narrows."""
    if hasattr(os, "O_TMPFILE") and os.path.isdir("/proc/self/fd"):
        try:
            return os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o666), None
        except OSError as error:
            if error.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL):
                raise
    name = TEMPORARY_PREFIX + secrets.token_hex(8)
    return os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), name
