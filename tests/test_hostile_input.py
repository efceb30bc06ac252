"""Hostile input: article text (and anything else that reaches a screen) never carries
terminal control characters, whatever output shows it. Written as the files and commands a
user meets."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claims.ingest import read_document
from claims.segment import segment
from tests.conftest import ROOT, run_claimdiff
from tests.terminal import Terminal, claimdiff, environment

ADMITS = str(ROOT / "fixtures" / "drones-iran-admits.txt")
HOSTILE = (
    "Drones \x1b]0;pwned title\x07report\n\n"
    "The ministry said \x1b[2J\x1b[Hfive drones \x1b]52;c;ZXZpbA==\x07were sent "
    "\x1b]8;;file:///etc/passwd\x1b\\here\x1b]8;;\x1b\\ on Monday. Officials rang a bell\x07 and "
    "deleted\x08\x7f text \x9b31min red\x9b0m, then\x1bc reset the terminal.\n\n"
    "A third sentence names Tehran\x0bas the supplier.\n"
)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
PAYLOADS = ("]0;pwned", "]52;", "]8;;file:", "[2J", "31m")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    return path


def test_a_read_article_has_no_control_characters_and_its_offsets_hold(hostile: Path) -> None:
    document = read_document(str(hostile))
    assert CONTROL.search(document.text) is None
    assert document.title == "Drones report"
    assert "The ministry said five drones were sent here on Monday." in document.text
    assert "then reset the terminal" in document.text and "names Tehran\nas the supplier" in document.text
    for statement in segment(document):
        assert document.text[statement.start : statement.end] == statement.text


@pytest.mark.parametrize("output_format", ["table", "csv", "json"])
def test_match_prints_no_control_characters(hostile: Path, output_format: str) -> None:
    result = run_claimdiff("match", str(hostile), ADMITS, "--format", output_format)
    assert result.returncode == 0, result.stderr
    shown = result.stdout.replace("\r\n", "\n")
    assert CONTROL.search(shown) is None
    assert not any(payload in shown for payload in PAYLOADS)
    if output_format == "json":
        assert json.loads(result.stdout)["a"]["title"] == "Drones report"


def test_notes_tags_and_exports_carry_no_control_characters(hostile: Path) -> None:
    assert run_claimdiff("tags", "add", "sus\x1b[31mpect\x07").returncode == 0
    assert run_claimdiff("tag", str(hostile), "1", "suspect").returncode == 0
    assert run_claimdiff("note", str(hostile), "1", "pasted \x1b]52;c;ZXZpbA==\x07from a page").returncode == 0
    for output_format in ("csv", "jsonl"):
        exported = run_claimdiff("export", "--format", output_format)
        assert exported.returncode == 0, exported.stderr
        shown = exported.stdout.replace("\r\n", "\n")
        assert CONTROL.search(shown) is None and "pasted from a page" in shown and "suspect" in shown


def test_the_reader_sends_none_of_an_articles_escape_sequences_to_the_terminal(hostile: Path, tmp_path: Path) -> None:
    terminal = Terminal(claimdiff(str(hostile), ADMITS), environment(tmp_path / "reader.db"))
    try:
        terminal.wait_for("Drones report", "five drones were sent here", "matches reviewed")
        terminal.press("j", "j")
        terminal.wait_for("A 2 \u00b7 body")
        terminal.press("q")
        assert terminal.wait_exit() == 0
    finally:
        terminal.close()
    raw = terminal.screen
    for payload in (b"\x1b]0;pwned", b"\x1b]52;", b"\x1b]8;;file:", b"\x1bc", b"\x9b31m", b"\x07 and"):
        assert payload not in raw
