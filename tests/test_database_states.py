"""Database states told right: read-only folders and filesystems open for reading, a full disk
says so and leaves nothing broken behind. Run as a user runs them, through the command line."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT, run_claimdiff

ADMITS = str(ROOT / "fixtures" / "drones-iran-admits.txt")


def _tagged_database(path: Path) -> None:
    """A database with one tag on it, closed cleanly (so no WAL beside it)."""
    result = run_claimdiff("tag", "--db", str(path), ADMITS, "1", "claim")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def _reads_but_refuses_changes(path: Path) -> None:
    listed = run_claimdiff("export", "--db", str(path), "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    assert '"tag": "claim"' in listed.stdout
    changed = run_claimdiff("tag", "--db", str(path), ADMITS, "2", "claim")
    assert changed.returncode == 1
    assert changed.stderr == f"claimdiff: {path}: the database is read-only; changes cannot be saved\n"


@contextmanager
def _unwritable_folder(folder: Path) -> Iterator[None]:
    """A folder nobody here can write to, even root (who ignores permissions): the immutable flag."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        yield
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)


def test_a_database_in_a_folder_that_cannot_be_written_opens_for_reading(tmp_path: Path) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "claimdiff.db"
    _tagged_database(path)
    with _unwritable_folder(folder):
        _reads_but_refuses_changes(path)
        assert sorted(p.name for p in folder.iterdir()) == ["claimdiff.db"]


@contextmanager
def _small_filesystem(where: Path, size: str) -> Iterator[Path]:
    """A filesystem of its own (tmpfs) at where; skipped where this user cannot mount one."""
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a filesystem here: {mounted.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


def test_a_database_on_a_read_only_filesystem_opens_for_reading(tmp_path: Path) -> None:
    with _small_filesystem(tmp_path / "disk", "4m") as disk:
        path = disk / "claimdiff.db"
        _tagged_database(path)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        _reads_but_refuses_changes(path)
        assert sorted(p.name for p in disk.iterdir()) == ["claimdiff.db"]


def _fill(disk: Path) -> None:
    descriptor = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        while True:
            os.write(descriptor, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def test_a_full_disk_is_said_and_leaves_nothing_broken(tmp_path: Path) -> None:
    full = "the disk is full; free some space and try again (nothing was changed)"
    with _small_filesystem(tmp_path / "disk", "1m") as disk:
        _fill(disk)
        new = disk / "new.db"
        created = run_claimdiff("tags", "--db", str(new))
        assert (created.returncode, created.stderr) == (1, f"claimdiff: {new}: {full}\n")
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]

        (disk / "filler").unlink()
        existing = disk / "claimdiff.db"
        _tagged_database(existing)
        _fill(disk)
        opened = run_claimdiff("tag", "--db", str(existing), ADMITS, "2", "evidence")
        assert opened.returncode == 1
        assert opened.stderr in (
            f"claimdiff: {existing}: {full}\n",
            f"claimdiff: {existing}: the disk is full; the change was not saved (free some space and try again)\n",
        )
        assert sorted(p.name for p in disk.iterdir()) == ["claimdiff.db", "filler"]  # no -shm or -wal stub

        (disk / "filler").unlink()
        after = run_claimdiff("export", "--db", str(existing), "--format", "jsonl")
        assert after.returncode == 0 and after.stdout.count('"tag": ') == 1  # the first tag, intact
