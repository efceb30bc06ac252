"""Import as a user runs it, on the files a colleague (or an attacker) might send: every
malformed row or file is one line, the import is all or nothing, and what export guarded
comes back exactly."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from claims.ingest import read_document
from claims.segment import segment
from store.annotations import set_note, toggle_tag
from store.database import open_store
from store.documents import save_document
from tests.conftest import ROOT, run_claimdiff

ADMITS = str(ROOT / "fixtures" / "drones-iran-admits.txt")
ROW = json.dumps({"tag": "claim", "statement": "x", "start": 0, "end": 1, "document_sha256": "ab"})


def _export(db: Path, tmp_path: Path, output_format: str = "jsonl") -> Path:
    out = tmp_path / f"export.{output_format}"
    result = run_claimdiff("export", "--db", str(db), "--format", output_format, "-o", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def tagged(tmp_path: Path) -> Path:
    """A colleague's database: one tag, with a note, on the admission article."""
    db = tmp_path / "colleague.db"
    document = read_document(ADMITS)
    statements = segment(document)
    store = open_store(db)
    save_document(store, document, statements)
    toggle_tag(store, document, statements[1], "claim")
    set_note(store, document, statements[1], "ask IRNA")
    store.close()
    return db


def _count(db: Path, table: str) -> int:
    connection = sqlite3.connect(db)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_malformed_rows_are_one_line_each_and_the_good_ones_land(tagged: Path, tmp_path: Path) -> None:
    good = json.loads(_export(tagged, tmp_path).read_text().splitlines()[0])
    rows = [
        good,
        {**good, "start": "abc"},
        {**good, "start": None},
        {**good, "end": 3, "start": 9},
        {**good, "tag": 5},
        {**good, "counterpart_sha256": good["document_sha256"], "counterpart_index": "x"},
        {**good, "counterpart_sha256": good["document_sha256"], "counterpart_index": 2, "counterpart_score": 7},
    ]
    path = tmp_path / "mixed.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows))
    result = run_claimdiff("import", str(path), "--db", str(tmp_path / "mine.db"))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("placed 1 tags")
    assert result.stderr.splitlines() == [
        "  line 2: start 'abc' and end 146 are not offsets of a statement",
        "  line 3: start None and end 146 are not offsets of a statement",
        "  line 4: start 9 and end 3 are not offsets of a statement",
        "  line 5: tag is missing or not text",
        "  line 6: counterpart_index 'x' is not a statement number",
        "  line 7: counterpart_score 7 is not a score from 0 to 1",
    ]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (f"{ROW}\n5\n", "line 2 is not a JSON object; not a claimdiff JSONL export"),
        (f"{ROW}\n[1, 2]\n", "line 2 is not a JSON object; not a claimdiff JSONL export"),
        ('{"tag": "claim"}\n', "is not a claimdiff export (no statement, start, end, document_sha256 column)"),
        ("{not json\n", "line 1 is not JSON; not a claimdiff JSONL export"),
        ("tag,statement\nclaim,x\n", "is not a claimdiff export (no start, end, document_sha256 column)"),
        ("\xff\xfe", "is not a claimdiff export (not UTF-8 text)"),
    ],
    ids=["a-number", "a-list", "too-few-fields", "not-json", "other-csv", "binary"],
)
def test_files_that_are_not_exports_are_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "sent.jsonl"
    path.write_bytes(content.encode("latin-1") if content.startswith("\xff") else content.encode())
    result = run_claimdiff("import", str(path))
    assert (result.returncode, result.stderr) == (1, f"claimdiff: {path}: {message}\n")


def test_a_note_of_any_length_and_any_first_character_comes_back_exactly(tagged: Path, tmp_path: Path) -> None:
    document = read_document(ADMITS)
    long_note = ("Check with the ministry. " * 10_000).strip()  # 250,000 characters: over csv's default limit
    for number, text in enumerate((long_note, "'=x", "=SUM(A1)", "-2+3", "'quoted'")):
        store = open_store(tagged)  # as the reader writes it: no command line could take the long one
        set_note(store, document, segment(document)[1], text)
        store.close()
        exported = _export(tagged, tmp_path, "csv")
        again = tmp_path / f"again-{number}.db"
        imported = run_claimdiff("import", str(exported), "--db", str(again))
        assert imported.returncode == 0, imported.stderr
        connection = sqlite3.connect(again)
        assert connection.execute("SELECT text FROM notes").fetchone()[0] == text
        connection.close()


def test_a_note_starting_with_a_dash_is_a_note_not_an_option(tagged: Path) -> None:
    assert run_claimdiff("note", "--db", str(tagged), ADMITS, "1", "-2+3").returncode == 0
    assert run_claimdiff("note", "--db", str(tagged), ADMITS, "1", "--", "--not an option").returncode == 0
    connection = sqlite3.connect(tagged)
    assert connection.execute("SELECT text FROM notes").fetchone()[0] == "--not an option"
    connection.close()


def test_a_source_that_is_a_fifo_is_not_read(tagged: Path, tmp_path: Path) -> None:
    row = json.loads(_export(tagged, tmp_path).read_text().splitlines()[0])
    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    path = tmp_path / "fifo-source.jsonl"
    path.write_text(json.dumps({**row, "source": str(fifo)}) + "\n")
    started = time.monotonic()
    result = run_claimdiff("import", str(path), "--db", str(tmp_path / "mine.db"))
    assert result.returncode == 0 and "is not in the database" in result.stderr
    assert time.monotonic() - started < 10


def test_a_killed_import_leaves_nothing_behind(tmp_path: Path) -> None:
    """Many rows, onto an article the importing database reads from its source: killed half
    way, neither the article nor any row stays."""
    document = read_document(ADMITS)
    statements = segment(document)
    good = {
        "tag": "claim",
        "statement": statements[1].text,
        "start": statements[1].start,
        "end": statements[1].end,
        "document_sha256": document.sha256,
        "source": ADMITS,
    }
    path = tmp_path / "many.jsonl"
    with path.open("w") as file:
        for number in range(200_000):
            file.write(json.dumps({**good, "tag": f"tag {number}"}) + "\n")
    db = tmp_path / "mine.db"
    assert run_claimdiff("tags", "--db", str(db)).returncode == 0  # the database exists, empty
    importing = subprocess.Popen(
        [sys.executable, "-c", "from tui.cli import run; run()", "import", str(path), "--db", str(db)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wal = Path(f"{db}-wal")
    deadline = time.monotonic() + 120
    while (
        importing.poll() is None and time.monotonic() < deadline and not (wal.exists() and wal.stat().st_size > 1 << 20)
    ):
        time.sleep(0.01)
    assert importing.poll() is None, "the import ended before it could be killed"
    importing.send_signal(signal.SIGKILL)
    importing.wait(timeout=30)
    assert (_count(db, "documents"), _count(db, "taggings"), _count(db, "notes")) == (0, 0, 0)
