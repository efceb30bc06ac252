"""Real processes: two writers at once lose nothing; a kill right after a tag loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from claims.ingest import read_document
from claims.segment import segment
from store.annotations import taggings
from store.database import open_store
from store.documents import save_document
from tests.conftest import ROOT

ADMITS = str(ROOT / "fixtures" / "drones-iran-admits.txt")
WRITER = """
import sys
from pathlib import Path
from claims.ingest import read_document
from claims.segment import segment
from store.annotations import toggle_tag
from store.database import open_store

path, tag, rounds, first = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
document = read_document({admits!r})
statements = segment(document)
store = open_store(Path(path))
print("ready", flush=True)
sys.stdin.readline()
for round in range(rounds):
    toggle_tag(store, document, statements[first + round % 10], tag)
    print("tagged", round, flush=True)
sys.stdin.readline()
"""


def _writer(path: Path, tag: str, rounds: int, first: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER.format(admits=ADMITS), str(path), tag, str(rounds), str(first)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def _prepare(path: Path) -> None:
    document = read_document(ADMITS)
    store = open_store(path)
    save_document(store, document, segment(document))
    store.close()


def test_two_processes_tagging_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    _prepare(path)
    rounds = 150  # each writer toggles each of 10 statements 15 times: on 8 times, off 7 times
    writers = [_writer(path, "claim", rounds, 1), _writer(path, "evidence", rounds, 1)]
    for writer in writers:
        assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        out, _ = writer.communicate("done\n", timeout=120)
        assert writer.returncode == 0
        assert out.count("tagged") == rounds
    store = open_store(path)
    actions = store.db.execute("SELECT kind, count(*) FROM actions GROUP BY kind ORDER BY kind").fetchall()
    assert actions == [("tag", 2 * 80), ("untag", 2 * 70)]  # every toggle of both writers recorded
    # 15 toggles per statement: an odd number, so each of the 10 statements ends tagged, by both.
    on = {(t.tag, t.statement_index) for t in taggings(store, read_document(ADMITS).sha256)}
    assert on == {(tag, index) for tag in ("claim", "evidence") for index in range(1, 11)}


def test_a_tag_survives_a_kill_right_after_it_is_acknowledged(tmp_path: Path) -> None:
    path = tmp_path / "killed.db"
    _prepare(path)
    writer = _writer(path, "disputed", 1, 7)
    assert writer.stdout is not None and writer.stdin is not None
    assert writer.stdout.readline() == "ready\n"
    writer.stdin.write("go\n")
    writer.stdin.flush()
    assert writer.stdout.readline() == "tagged 0\n"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    store = open_store(path)
    assert [(t.tag, t.statement_index) for t in taggings(store, read_document(ADMITS).sha256)] == [("disputed", 7)]
