"""An export writes a file, and only a file: whatever is at the path, as a user runs it."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claims.ingest import read_document
from claims.segment import segment
from store.annotations import toggle_tag
from store.database import open_store
from store.documents import save_document
from tests.conftest import ROOT, run_claimdiff

ADMITS = str(ROOT / "fixtures" / "drones-iran-admits.txt")


@pytest.fixture
def one_tag(private_database: Path) -> Path:
    document = read_document(ADMITS)
    store = open_store(private_database)
    statements = segment(document)
    save_document(store, document, statements)
    toggle_tag(store, document, statements[1], "claim")
    store.close()
    return private_database


def _exported(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def test_a_regular_file_is_replaced_keeping_its_permissions(one_tag: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    out.write_text("old content\n")
    out.chmod(0o640)
    assert run_claimdiff("export", "-o", str(out)).returncode == 0
    assert _exported(out).startswith("tag,note,statement") and "old content" not in _exported(out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv"]


@pytest.mark.parametrize("umask", [0o022, 0o002, 0o077])
def test_a_new_file_follows_the_umask(one_tag: Path, tmp_path: Path, umask: int) -> None:
    out = tmp_path / "shared-with-colleagues.csv"
    old = os.umask(umask)  # the child process inherits it, as from a shell
    try:
        assert run_claimdiff("export", "-o", str(out)).returncode == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask


def test_a_symlink_is_followed_and_kept(one_tag: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "latest.csv"
    link.symlink_to(real)
    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to(tmp_path / "made-through-the-link.csv")
    assert run_claimdiff("export", "-o", str(link)).returncode == 0
    assert link.is_symlink() and _exported(real).startswith("tag,")
    assert run_claimdiff("export", "-o", str(dangling)).returncode == 0
    assert dangling.is_symlink() and _exported(tmp_path / "made-through-the-link.csv").startswith("tag,")


def test_a_fifo_is_written_through_and_one_nobody_reads_is_an_error(one_tag: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reading = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a program waiting at the other end
    try:
        result = run_claimdiff("export", "-o", str(fifo))
        assert result.returncode == 0, result.stderr
        received = os.read(reading, 1 << 16)
    finally:
        os.close(reading)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received.decode("utf-8-sig").startswith("tag,note,statement")
    nobody = run_claimdiff("export", "-o", str(fifo))  # no reader: an error at once, not a hang
    assert nobody.returncode == 1
    assert nobody.stderr == f"claimdiff: {fifo}: is a FIFO that no program is reading; start the reader first\n"
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_character_device_is_written_through_not_replaced(one_tag: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:  # root could replace the system's /dev/null: use a private one
        null = tmp_path / "null"
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    else:
        null = Path("/dev/null")
    result = run_claimdiff("export", "-o", str(null))
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(null.stat().st_mode) and null.read_bytes() == b""


def test_a_directory_a_socket_and_the_database_itself_are_refused(one_tag: Path, tmp_path: Path) -> None:
    import socket

    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(tmp_path / "sock"))
    try:
        for target, message in (
            (tmp_path, "is a directory; give a file name to export to"),
            (tmp_path / "sock", "is not a regular file, a FIFO or a terminal; refusing to write there"),
            (one_tag, "is the claimdiff database itself; export to another file"),
        ):
            result = run_claimdiff("export", "-o", str(target))
            assert (result.returncode, result.stderr) == (1, f"claimdiff: {target}: {message}\n")
    finally:
        listening.close()
    check = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("
            "'select count(*) from taggings').fetchone()[0])",
            str(one_tag),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert check.stdout == "1\n"


def test_the_database_is_never_read_as_an_article_or_an_import(one_tag: Path) -> None:
    tagged = run_claimdiff("tag", str(one_tag), "1", "claim")
    assert tagged.returncode == 2 and "is the claimdiff database itself, not an article" in tagged.stderr
    imported = run_claimdiff("import", str(one_tag))
    assert (imported.returncode, imported.stderr) == (
        1,
        f"claimdiff: {one_tag}: is the claimdiff database itself, not an export\n",
    )


def _many_taggings(db: Path, rows: int) -> None:
    """A database whose export takes a while: many tag rows on one article."""
    document = read_document(ADMITS)
    store = open_store(db)
    save_document(store, document, segment(document))
    with store.write() as writing:
        writing.conn.executemany(
            'INSERT INTO taggings (tag, document, statement_index, quote, prefix, suffix, start, "end", created)'
            " VALUES (1, ?, 1, ?, '', '', ?, ?, '2026-12-01T00:00:00+00:00')",
            [(document.sha256, "x" * 200, i, i + 1) for i in range(rows)],
        )
    store.close()


def _writing_into(pid: int, folder: Path) -> bool:
    """Whether the process holds a file in folder open and has written some of it."""
    try:
        for descriptor in Path(f"/proc/{pid}/fd").iterdir():
            if os.readlink(descriptor).startswith(str(folder)) and descriptor.stat().st_size > 0:
                return True
    except OSError:  # the process or one of its descriptors went away meanwhile
        pass
    return False


def test_a_killed_export_leaves_no_temporary_file(private_database: Path, tmp_path: Path) -> None:
    _many_taggings(private_database, 200_000)
    out = tmp_path / "exports"
    out.mkdir()
    export = subprocess.Popen(
        [sys.executable, "-c", "from tui.cli import run; run()", "export", "-o", str(out / "claims.csv")],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and export.poll() is None and not _writing_into(export.pid, out):
            time.sleep(0.001)
        assert export.poll() is None, "the export finished before it could be killed"
        export.send_signal(signal.SIGKILL)
        export.wait(timeout=30)
    finally:
        if export.poll() is None:
            export.kill()
    assert list(out.iterdir()) == []
