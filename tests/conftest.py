"""Shared test helpers: the example pair, saved pages, and running the real command."""

from __future__ import annotations

import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from claims.document import Document, Statement
from claims.ingest import read_document
from claims.segment import segment
from fixtures import example_pair

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "data" / "pages"
NEWS_PAIRS = ROOT.parent / "shared" / "bench-data" / "news-pairs"


@pytest.fixture(autouse=True)
def private_database(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own database, never the developer's (also for subprocesses)."""
    path = tmp_path_factory.mktemp("db") / "claimdiff.db"
    monkeypatch.setenv("CLAIMDIFF_DB", str(path))
    return path


@pytest.fixture(scope="session")
def sanctions() -> Document:
    """drones-sanctions-tensions.txt: Tehran's denial, later its acknowledgement; page furniture."""
    return read_document(example_pair()[0])


@pytest.fixture(scope="session")
def admits() -> Document:
    """drones-iran-admits.txt: the admission of November 5, 2022."""
    return read_document(example_pair()[1])


@pytest.fixture(scope="session")
def sanctions_statements(sanctions: Document) -> list[Statement]:
    return segment(sanctions)


@pytest.fixture(scope="session")
def admits_statements(admits: Document) -> list[Statement]:
    return segment(admits)


def run_claimdiff(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the installed command line the way a user does, in a subprocess (env: variables to add)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "120", "NO_COLOR": "1", **(env or {})}
    process = subprocess.run(
        [sys.executable, "-c", "from tui.cli import run; run()", *args],
        input=stdin,
        capture_output=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    return subprocess.CompletedProcess(
        process.args,
        process.returncode,
        process.stdout.decode("utf-8"),
        process.stderr.decode("utf-8"),
    )


@contextmanager
def serving(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """A web server on 127.0.0.1 answering with handler; yields its address."""
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN " + sys.argv[2])
print("holding", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
print("released", flush=True)
"""


@contextmanager
def another_program_holding(db: Path, begin: str = "EXCLUSIVE") -> Iterator[Callable[[], None]]:
    """Another program holds the database, in a transaction begun with BEGIN `begin` (EXCLUSIVE:
    nobody reads or writes; IMMEDIATE: it is writing), until release() is called."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), begin], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdin is not None and holder.stdout is not None
    stdin, stdout = holder.stdin, holder.stdout

    def release() -> None:
        assert holder.poll() is None  # it held the lock until now
        stdin.write("done\n")
        stdin.flush()
        assert stdout.readline() == "released\n"

    try:
        assert stdout.readline() == "holding\n"
        yield release
    finally:
        holder.kill()
        holder.wait()
