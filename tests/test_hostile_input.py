"""Hostile input: article text (and anything else that reaches a screen) never carries
terminal control characters, whatever output shows it. Written as the files and commands a
user meets."""

from __future__ import annotations

import http.server
import json
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from claims.ingest import read_document
from claims.segment import segment
from tests.conftest import ROOT, run_claimdiff, serving
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
        terminal.wait_for("Drones report", "five drones were sent here", "reviewed in all")
        terminal.press("j", "j")
        terminal.wait_for("A 2 \u00b7 body")
        terminal.press("q")
        assert terminal.wait_exit() == 0
    finally:
        terminal.close()
    raw = terminal.screen
    for payload in (b"\x1b]0;pwned", b"\x1b]52;", b"\x1b]8;;file:", b"\x1bc", b"\x9b31m", b"\x07 and"):
        assert payload not in raw


# Unbounded input: one size limit, a deadline for pipes and devices, never a hang ------------


def test_a_file_over_the_limit_is_one_line_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "article.txt"
    with big.open("wb") as file:
        file.truncate(200_000_000)  # sparse: 200 MB on paper, nothing read to refuse it
    result = run_claimdiff("match", str(big), ADMITS)
    assert (result.returncode, result.stderr) == (
        1,
        f"claimdiff: {big}: is 200 MB; claimdiff reads articles up to 20 MB (--max-size)\n",
    )


def test_max_size_changes_the_limit(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("A long report\n\n" + "The ministry said five drones arrived. " * 800)
    refused = run_claimdiff("match", str(article), ADMITS, "--max-size", "10kB")
    assert refused.returncode == 1 and "is 31 kB; claimdiff reads articles up to 10 kB" in refused.stderr
    assert run_claimdiff("match", str(article), ADMITS, "--max-size", "1MB", "--format", "csv").returncode == 0
    bad = run_claimdiff("match", "--max-size", "lots")
    assert bad.returncode == 2 and "'lots' is not a size such as 20MB" in bad.stderr


def test_a_device_that_never_ends_stops_at_the_limit() -> None:
    result = run_claimdiff("match", "/dev/zero", ADMITS, "--max-size", "2MB")
    assert (result.returncode, result.stderr) == (
        1,
        "claimdiff: /dev/zero: is larger than 2.0 MB; claimdiff reads articles up to 2.0 MB (--max-size)\n".replace(
            "2.0 MB", "2 MB"
        ),
    )


def test_a_fifo_is_read_as_an_article_and_one_nobody_writes_to_gives_up(tmp_path: Path) -> None:
    import os

    from claims.errors import InputError
    from claims.limits import read_path

    fifo = tmp_path / "article.fifo"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text("Piped in\n\nThe ministry said five drones arrived.\n"))
    writer.start()
    result = run_claimdiff("match", str(fifo), ADMITS, "--format", "json")
    writer.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["a"]["title"] == "Piped in"
    with pytest.raises(InputError, match=r"article.fifo: gave nothing after 0.3 s; claimdiff waits that long"):
        read_path(fifo, deadline=0.3)


def test_sockets_are_not_articles(tmp_path: Path) -> None:
    import socket

    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(tmp_path / "sock"))
    try:
        result = run_claimdiff("match", str(tmp_path / "sock"), ADMITS)
    finally:
        listening.close()
    assert (result.returncode, result.stderr) == (1, f"claimdiff: {tmp_path / 'sock'}: is a socket, not an article\n")


def test_standard_input_from_a_terminal_is_refused_not_waited_for(tmp_path: Path) -> None:
    terminal = Terminal(claimdiff("match", "-", ADMITS), environment(tmp_path / "x.db"))
    try:
        terminal.wait_for("standard input is a terminal; pipe an article into it", timeout=30)
        assert terminal.wait_exit() == 1
    finally:
        terminal.close()


def test_the_reader_opens_on_a_fifo_without_freezing(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "never-written.fifo"
    os.mkfifo(fifo)
    terminal = Terminal(claimdiff(str(fifo), ADMITS), environment(tmp_path / "reader.db"))
    try:
        terminal.wait_for("Reading the articles", timeout=30)
        terminal.press("j", "1", "/", "x", "q")  # keys while it reads: no error, and q quits
        assert terminal.wait_exit(timeout=10) == 0
    finally:
        terminal.close()
    assert "Traceback" not in terminal.text() and "NoMatches" not in terminal.text()


def test_the_reader_exits_non_zero_after_it_could_not_read_an_article(tmp_path: Path) -> None:
    terminal = Terminal(claimdiff(str(tmp_path / "missing.txt"), ADMITS), environment(tmp_path / "reader.db"))
    try:
        terminal.wait_for("missing.txt: no such file", "Press q to quit", timeout=30)
        terminal.press("q")
        assert terminal.wait_exit(timeout=10) == 1
    finally:
        terminal.close()


# URLs: one deadline for the whole fetch, http(s) only, few redirects ------------------------


class _HostileServer(http.server.BaseHTTPRequestHandler):
    """A server that trickles its page, redirects to ftp: or round in circles."""

    def do_GET(self) -> None:
        if self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for line in range(100):  # a line every 0.2 s: each read is quick, the whole is not
                self.wfile.write(f"Line {line} of a page that takes twenty seconds.\n".encode())
                self.wfile.flush()
                time.sleep(0.2)
            return
        self.send_response(302)
        location = "ftp://127.0.0.1/article.txt" if self.path == "/to-ftp" else "/loop"
        self.send_header("Location", location)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's name
        """Keep test output clean."""


@pytest.fixture(scope="module")
def hostile_server() -> Iterator[str]:
    with serving(_HostileServer) as address:
        yield address


def test_a_trickling_server_gets_one_deadline_for_the_whole_page(hostile_server: str) -> None:
    from claims.errors import InputError
    from claims.fetch import fetch

    started = time.monotonic()
    with pytest.raises(InputError, match=r"/trickle: not all of the page arrived within 1 s"):
        fetch(f"{hostile_server}/trickle", timeout=1.0)
    assert time.monotonic() - started < 3  # not 20 s, as a per-read timeout would allow


def test_redirects_go_only_to_web_pages_and_a_loop_is_one_line(hostile_server: str) -> None:
    to_ftp = run_claimdiff("match", f"{hostile_server}/to-ftp", ADMITS)
    assert (to_ftp.returncode, to_ftp.stderr) == (
        1,
        f"claimdiff: {hostile_server}/to-ftp: redirected to ftp://127.0.0.1/article.txt,"
        " which is not a web page; not followed\n",
    )
    loop = run_claimdiff("match", f"{hostile_server}/loop", ADMITS)
    assert (loop.returncode, loop.stderr) == (
        1,
        f"claimdiff: {hostile_server}/loop: redirected more than 5 times (a redirect loop?)\n",
    )


def test_a_page_of_too_much_markup_is_refused_at_once_and_scripts_do_not_count(tmp_path: Path) -> None:
    soup = tmp_path / "soup.html"
    rows = "".join(f"<div class='c{i % 7}'><p>Row {i} says the drones arrived.</p></div>" for i in range(60_000))
    soup.write_text(f"<html><head><title>Soup</title></head><body><article>{rows}</article></body></html>")
    started = time.monotonic()
    refused = run_claimdiff("match", str(soup), ADMITS)
    assert refused.returncode == 1
    assert "soup.html: has 3.8 MB of markup besides scripts and styles; claimdiff extracts pages of up to 2 MB" in (
        refused.stderr
    )
    assert time.monotonic() - started < 20
    scripted = tmp_path / "scripted.html"
    script = "<script>" + "var tracking = 1;" * 300_000 + "</script><style>" + "p{}" * 200_000 + "</style>"
    scripted.write_text(
        f"<html><head><title>Quake report</title>{script}</head><body><article>"
        "<p>A magnitude 6.1 earthquake struck southern Iran on Monday, killing ten people.</p>"
        "<p>Rescue teams reached the villages by the evening, officials said, and roads reopened.</p>"
        "<p>The island is home to about 120,000 people and lies on several fault lines.</p>"
        "</article></body></html>"
    )
    read = run_claimdiff("match", str(scripted), ADMITS, "--format", "json")
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout)["a"]["title"] == "Quake report"
