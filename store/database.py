"""Opening the database safely, and the one way changes are written.

Every change is a single `BEGIN IMMEDIATE` transaction: it takes the write lock before
reading, so two claimdiff processes tagging at once wait for each other (busy timeout)
instead of failing, and a change is on disk (WAL, synchronous=FULL) the moment it returns.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from store.errors import StoreError
from store.schema import MIGRATIONS

BUSY_TIMEOUT_SECONDS = 30.0
"""How long a command waits for another program's write. claimdiff's own writes hold the lock
for milliseconds, but a dozen commands started at once on two busy cores can keep the holder
off the CPU for seconds. (The tags CI saw given up when thirteen commands started together on
a new database had not waited at all: the switch to WAL, see _switch_to_wal.)"""
WAL_SWITCH_RETRY_SECONDS = 0.01
"""How often a new database's switch to WAL is tried again while another program writes it."""
LOW_SPACE_BYTES = 64 * 1024
"""Below this much free space, a write that failed is taken to have failed for want of room."""
SHM_STUB_BYTES = 3
"""SQLite sizes a new shared-memory file to three bytes before it maps it."""
_SQLITE_HEADER = b"SQLite format 3\x00"


class Store:
    """An open claimdiff database."""

    def __init__(self, path: Path, db: Database, read_only: bool, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        """True when the file cannot be written: everything reads, nothing saves."""
        self.busy_timeout = busy_timeout
        self.on_wait: Callable[[], None] | None = None
        """Called, when set, as a change starts waiting for another program's lock."""

    @contextmanager
    def write(self) -> Iterator[Database]:
        """One change, committed when the block ends; rolled back if it raises."""
        if self.read_only:
            raise StoreError(f"{self.path}: the database is read-only; changes cannot be saved")
        try:
            self._begin()
        except sqlite3.OperationalError as error:
            raise _store_error(self.path, error) from None
        try:
            yield self.db
            self.db.conn.execute("COMMIT")
        except sqlite3.Error as error:
            self.db.conn.rollback()
            raise _store_error(self.path, error) from None
        except BaseException:
            self.db.conn.rollback()
            raise

    def _begin(self) -> None:
        """Take the write lock, waiting up to the busy timeout; with on_wait set, first try
        without waiting, so that whoever waits can be told why."""
        if self.on_wait is None:
            self.db.conn.execute("BEGIN IMMEDIATE")
            return
        self.db.conn.execute("PRAGMA busy_timeout = 0")
        try:
            self.db.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if not _is_busy(error):
                raise
            self.on_wait()
            self.db.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
            self.db.conn.execute("BEGIN IMMEDIATE")
        finally:
            self.db.conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")

    def owns(self, path: Path | str) -> bool:
        """Whether path names this database's file or its write-ahead log or shared memory,
        which nothing but SQLite may open while the database is open (see open_store).
        Asked of every file claimdiff reads or writes with a connection open."""
        try:
            wanted = os.stat(path)
        except OSError:
            return False
        for own in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            try:
                found = own.stat()
            except OSError:
                continue
            if (found.st_dev, found.st_ino) == (wanted.st_dev, wanted.st_ino):
                return True
        return False

    def close(self) -> None:
        self.db.close()


def open_store(path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Store:
    """Open (creating if needed) the database at path, upgraded to the current schema.

    Refused with a StoreError, and left untouched: a file that is not SQLite, a corrupt
    one, or one written by a newer claimdiff. A file that cannot be written opens
    read-only.

    Only SQLite opens the file. Its locks belong to the process, and closing any other
    descriptor of the file drops them all: another program then believes it is the last
    user and deletes the write-ahead log under this process's connections ("How To Corrupt
    An SQLite Database File", 2.2). So the file is checked through SQLite, and its first
    bytes are read by Python only once SQLite has refused it, when no connection can be
    using it.
    """
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database")
    before = _files_of(path)
    read_only = path.exists() and not _writable(path)
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StoreError(f"{path}: cannot create the database folder ({error.strerror})") from None
    connection: sqlite3.Connection | None = None
    try:
        connection = _connect(path, busy_timeout, read_only)
        db = Database(connection)
        _check_integrity(path, db)
        _check_not_newer(path, db)
        if not read_only:
            _switch_to_wal(db, busy_timeout)
            db.execute("PRAGMA synchronous=FULL")
        pending = MIGRATIONS.pending(db)
        if pending and read_only:
            raise StoreError(f"{path}: the database is read-only and needs an upgrade this claimdiff cannot write")
        store = Store(path, db, read_only, busy_timeout)
        if pending:
            # Under the write lock, so two claimdiffs opening a new database at once do not
            # both create it: the second finds nothing pending once the first is done.
            with store.write():
                MIGRATIONS.apply(db)
    except (sqlite3.Error, StoreError) as error:
        if connection is not None:
            connection.close()
        if not (isinstance(error, sqlite3.Error) and _is_busy(error)) and _disk_full(path):
            _remove_what_a_failed_open_left(path, before)
            raise StoreError(f"{path}: the disk is full; free some space and try again (nothing was changed)") from None
        raise (error if isinstance(error, StoreError) else _store_error(path, error)) from None
    return store


def now() -> str:
    """A timestamp for records: UTC, ISO 8601, to the microsecond, so it also orders changes."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _connect(path: Path, busy_timeout: float, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        if not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists():
            # A folder nobody here can write to (a read-only filesystem, a colleague's
            # share): SQLite cannot create the WAL's shared memory beside the file, and
            # reads the database as the unchanging file it is there.
            uri += "&immutable=1"
        connection = sqlite3.connect(uri, uri=True, timeout=busy_timeout)
    else:
        connection = sqlite3.connect(path, timeout=busy_timeout)
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def _switch_to_wal(db: Database, busy_timeout: float) -> None:
    """Put the database in WAL mode, waiting for another program's write as any change does.

    SQLite does not wait here itself: switching a database still in rollback mode (a new
    one) needs the file to itself, and while another program writes it SQLite answers busy
    at once rather than call the busy handler (the two could each wait for the other). Each
    try ends its own transaction, so retrying cannot deadlock."""
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if not _is_busy(error) or time.monotonic() >= deadline:
                raise
            time.sleep(WAL_SWITCH_RETRY_SECONDS)


def _writable(path: Path) -> bool:
    """The file and its folder (WAL keeps two files beside it) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _check_integrity(path: Path, db: Database) -> None:
    try:
        result = db.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorname", "")
        if code not in ("SQLITE_NOTADB", "SQLITE_CORRUPT"):
            raise  # not the file's fault: a lock, a full disk, a folder that cannot be written
        db.close()
        if code == "SQLITE_NOTADB" and not _has_sqlite_header(path):
            raise StoreError(f"{path}: is not a claimdiff database (not an SQLite file); left untouched") from None
        raise StoreError(f"{path}: the database is corrupt ({error}); left untouched") from None
    if result and result[0] != "ok":
        raise StoreError(f"{path}: the database is corrupt ({result[0]}); left untouched")


def _has_sqlite_header(path: Path) -> bool:
    """Whether the file starts as SQLite files do. Only for a file SQLite has refused (see open_store)."""
    try:
        with path.open("rb") as file:
            return file.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def _check_not_newer(path: Path, db: Database) -> None:
    known = {migration.name for migration in MIGRATIONS.pending(Database(memory=True))}
    applied = {migration.name for migration in MIGRATIONS.applied(db)}
    if applied - known:
        raise StoreError(
            f"{path}: was written by a newer claimdiff (schema {max(applied)}); upgrade claimdiff to open it"
        )


def _files_of(path: Path) -> set[Path]:
    """Which of the database's file, WAL and shared memory exist now."""
    return {file for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if file.exists()}


def _disk_full(path: Path) -> bool:
    """Whether the database's filesystem has (next to) no room left, which SQLite reports
    as a full database or, when it cannot grow the shared memory, as an I/O error."""
    try:
        found = os.statvfs(path.parent)
    except OSError:
        return False
    return found.f_bavail * found.f_frsize < LOW_SPACE_BYTES


def _remove_what_a_failed_open_left(path: Path, before: set[Path]) -> None:
    """An open that failed on a full disk can leave a new empty database, an empty WAL and
    a three-byte shared memory, which a later read-only open cannot use: remove the ones
    this open created, while they are still empty (nobody else has used them)."""
    for file in _files_of(path) - before:
        with suppress(OSError):
            if file.stat().st_size <= SHM_STUB_BYTES:
                file.unlink()


def _is_busy(error: sqlite3.Error) -> bool:
    return getattr(error, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _store_error(path: Path, error: sqlite3.Error) -> StoreError:
    message = str(error)
    if _is_busy(error) or "locked" in message or "busy" in message:
        return StoreError(f"{path}: the database is locked by another program; try again when it is done")
    if "full" in message or (isinstance(error, sqlite3.OperationalError) and _disk_full(path)):
        return StoreError(f"{path}: the disk is full; the change was not saved (free some space and try again)")
    if "readonly" in message or "read-only" in message:
        return StoreError(f"{path}: the database is read-only; changes cannot be saved")
    if "not a database" in message or "malformed" in message:
        return StoreError(f"{path}: the database is corrupt ({message}); left untouched")
    return StoreError(f"{path}: database error ({message})")
