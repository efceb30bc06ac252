"""Other programs on the reader's database: every change the reader makes is still in the file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.conftest import ROOT, another_program_holding, run_claimdiff
from tests.terminal import Terminal, claimdiff, environment
from tests.test_reader import ADMITS, SANCTIONS, loaded, tags_in_db
from tui.app import ClaimdiffApp, make_app


@pytest.fixture(autouse=True)
def in_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def _other_program_reads_and_writes(db: Path, round_: int, out: Path, write: bool = True) -> None:
    """What a colleague's terminal does meanwhile: export, tag from the command line, peek with sqlite3.

    (A change from elsewhere ends what the reader can redo: the history is the database's.)
    """
    exported = run_claimdiff("export", "--db", str(db), "-o", str(out / f"x{round_}.csv"))
    assert exported.returncode == 0, exported.stderr
    if write:
        tagged = run_claimdiff("tag", "--db", str(db), ADMITS, str(10 + round_), "evidence")
        assert tagged.returncode == 0, tagged.stderr
    peek = f"import sqlite3; sqlite3.connect({str(db)!r}).execute('select count(*) from taggings').fetchall()"
    subprocess.run([sys.executable, "-c", peek], check=True, timeout=60)


IN_THE_FILE = """
import json, sqlite3, sys
c = sqlite3.connect(sys.argv[1])
print(json.dumps({
    "tags": c.execute(
        "SELECT t.name, substr(d.title, 1, 4), g.statement_index FROM taggings g"
        " JOIN tags t ON t.id = g.tag JOIN documents d ON d.sha256 = g.document"
    ).fetchall(),
    "notes": c.execute("SELECT statement_index, text FROM notes").fetchall(),
    "reviews": c.execute("SELECT a_index, b_index, status FROM matches WHERE status != 'suggested'").fetchall(),
    "integrity": c.execute("PRAGMA integrity_check").fetchone()[0],
}))
"""


def _in_the_file(db: Path) -> tuple[set[tuple[str, str, int]], set[tuple[int, str]], dict[tuple[int, int], str], str]:
    """The file as a new process finds it once the readers have quit: tags (name, first word of
    the title, statement), notes, reviews, and SQLite's integrity check."""
    done = subprocess.run(
        [sys.executable, "-c", IN_THE_FILE, str(db)], capture_output=True, text=True, check=True, timeout=60
    )
    found = json.loads(done.stdout)
    return (
        {(name, title, index) for name, title, index in found["tags"]},
        {(index, text) for index, text in found["notes"]},
        {(a, b): status for a, b, status in found["reviews"]},
        found["integrity"],
    )


async def test_the_readers_changes_survive_other_programs_on_its_database(
    private_database: Path, tmp_path: Path
) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("right_square_bracket")
        _other_program_reads_and_writes(private_database, 0, tmp_path)
        await pilot.press("1")  # tag "claim"
        first = screen.view("a").current
        _other_program_reads_and_writes(private_database, 1, tmp_path)
        await pilot.press("a", *"ask Kyiv", "ctrl+s")
        await pilot.pause()
        _other_program_reads_and_writes(private_database, 2, tmp_path)
        best = screen.view("a").side.counterparts[first][0].index
        await pilot.press("v")  # confirm its best match
        _other_program_reads_and_writes(private_database, 3, tmp_path)
        await pilot.press("j", "2")  # tag "evidence"
        _other_program_reads_and_writes(private_database, 4, tmp_path, write=False)
        await pilot.press("u")  # take it back
        _other_program_reads_and_writes(private_database, 5, tmp_path, write=False)
        await pilot.press("ctrl+r")  # and put it back
        second = screen.view("a").current
        _other_program_reads_and_writes(private_database, 6, tmp_path)
        await pilot.press("q")
    tags, notes, reviews, integrity = _in_the_file(private_database)
    assert integrity == "ok"
    assert {("claim", "Iran", first), ("evidence", "Iran", second)} <= tags
    assert {("evidence", "Iran", 10 + r) for r in (0, 1, 2, 3, 6)} <= tags
    assert notes == {(first, "ask Kyiv")}
    assert reviews == {(first, best): "confirmed"}


def test_two_readers_and_other_commands_on_one_database_lose_nothing(private_database: Path) -> None:
    """Two readers in their own terminals tag statements while, in a third, claimdiff tags,
    matches and saves, and exports, over and over."""
    rounds = 8
    readers = [Terminal(claimdiff(), environment(private_database)) for _ in range(2)]
    errors: list[str] = []

    def other_terminal() -> None:
        for round_ in range(rounds):
            for args in (
                ("tag", ADMITS, str(10 + round_), "evidence"),
                ("match", "--save", "--format", "json"),
                ("export", "-o", "-"),
            ):
                done = run_claimdiff(*args, "--db", str(private_database))
                if done.returncode != 0:
                    errors.append(f"{args[0]}: {done.stderr}")

    try:
        for terminal in readers:
            terminal.wait_for("reviewed in all")
        readers[1].press("\t")  # the second reader works in B, the first in A
        commands = threading.Thread(target=other_terminal)
        commands.start()
        for round_ in range(rounds):
            for terminal, key, name in ((readers[0], "1", "claim"), (readers[1], "3", "denial")):
                mark = len(terminal.text())
                terminal.press("j", key)
                terminal.wait_for(f"tagged {name!r} on statement {round_ + 1}", after=mark)
        commands.join(timeout=300)
        for terminal in readers:
            terminal.press("q")
            assert terminal.wait_exit() == 0
    finally:
        for terminal in readers:
            terminal.close()
    assert errors == []
    tags, _, _, integrity = _in_the_file(private_database)
    assert integrity == "ok"
    assert tags == (
        {("claim", "Iran", i) for i in range(1, rounds + 1)}
        | {("denial", "Iran", i) for i in range(1, rounds + 1)}
        | {("evidence", "Iran", 10 + i) for i in range(rounds)}
    )


async def until(pilot: Pilot[None], condition: Callable[[], bool], what: str, timeout: float = 30) -> None:
    """Let the app run until condition() holds (the reader's database work runs on a thread)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"still not {what} after {timeout} s"
        await pilot.pause(0.02)


def told(app: ClaimdiffApp, words: str) -> Callable[[], bool]:
    return lambda: any(words in n.message for n in app._notifications)


async def test_a_locked_database_never_freezes_the_reader(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        with another_program_holding(private_database) as release:
            await pilot.press("j", "1")  # tag statement 1 while another program holds the database
            await until(pilot, told(app, "waiting for another program"), "told it is waiting")
            await pilot.press("j", "j")  # the reader still answers keys
            assert screen.view("a").current == 3
            assert tags_in_db(private_database) == set()
            release()
            await until(pilot, lambda: tags_in_db(private_database) == {("claim", 1)}, "saved")
            await until(pilot, told(app, "tagged 'claim' on statement 1"), "told it is saved")
            assert [t.name for t in screen.view("a").side.tags[1]] == ["claim"]


async def test_quitting_waits_for_a_change_that_waits_for_the_database(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        await loaded(pilot)
        with another_program_holding(private_database) as release:
            await pilot.press("j", "1")
            await until(pilot, told(app, "waiting for another program"), "waiting")
            await pilot.press("q")
            await until(pilot, told(app, "before quitting"), "told")
            assert app.is_running  # the tag is not given up because the reader asked to quit
            release()
            await until(pilot, lambda: not app.is_running, "quit once the tag is saved")
    assert tags_in_db(private_database) == {("claim", 1)}


def test_every_command_at_once_on_a_new_database(private_database: Path, tmp_path: Path) -> None:
    """Tag, note, match --save, export and import, all started together on a database that does
    not exist yet: each waits for the others, none fails, nothing is lost."""
    colleague = tmp_path / "colleague.db"
    shared = run_claimdiff("tag", "--db", str(colleague), ADMITS, "20", "follow-up")
    assert shared.returncode == 0, shared.stderr
    export = tmp_path / "colleague.csv"
    assert run_claimdiff("export", "--db", str(colleague), "-o", str(export)).returncode == 0
    commands = [
        *[("tag", ADMITS, str(index), "evidence") for index in range(1, 6)],
        *[("note", ADMITS, str(index), f"note {index}") for index in range(6, 9)],
        ("match", "--save", "--format", "csv"),
        ("match", "--save", "--format", "json"),
        ("export", "-o", str(tmp_path / "mine.csv")),
        ("import", str(export)),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CLAIMDIFF_DB": str(private_database)}
    running = [
        subprocess.Popen(
            claimdiff(*command), env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        for command in commands
    ]
    failures = []
    for command, process in zip(commands, running, strict=True):
        _, errors = process.communicate(timeout=300)
        if process.returncode != 0:
            failures.append((command[0], errors))
    assert failures == []
    tags, notes, _, integrity = _in_the_file(private_database)
    assert integrity == "ok"
    assert tags == {("evidence", "Iran", index) for index in range(1, 6)} | {("follow-up", "Iran", 20)}
    assert notes == {(index, f"note {index}") for index in range(6, 9)}


def test_a_closed_store_thread_refuses_work_instead_of_leaving_it_waiting(private_database: Path) -> None:
    from store.errors import StoreError
    from tui.store_thread import StoreThread

    changes = StoreThread(private_database, on_wait=lambda: None)
    changes.open().result(timeout=30)
    changes.close()
    with pytest.raises(StoreError, match="the database is closed"):
        changes.submit(lambda store: None).result(timeout=5)
