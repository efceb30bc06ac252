"""SVG snapshots of the main screens, compared pixel for pixel by pytest-textual-snapshot.

After a deliberate change: `pytest tests/test_snapshots.py --snapshot-update`, then look
at every changed SVG before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.test_reader import ADMITS, SANCTIONS, loaded, saved
from tui.app import make_app

SnapCompare = Callable[..., bool]


@pytest.fixture(autouse=True)
def in_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import ROOT

    monkeypatch.chdir(ROOT)


async def _tagged_at_the_denial(pilot: Pilot[None]) -> None:
    await loaded(pilot)
    await pilot.press(*["j"] * 15, "3", "1")
    await saved(pilot)
    pilot.app.clear_notifications()
    await pilot.pause()


def test_main_screen_80x24(snap_compare: SnapCompare, private_database: Path) -> None:
    assert snap_compare(make_app(SANCTIONS, ADMITS, private_database), terminal_size=(80, 24), run_before=loaded)


def test_main_screen_160x45_at_a_conflict(snap_compare: SnapCompare, private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    assert snap_compare(app, terminal_size=(160, 45), run_before=_tagged_at_the_denial)


def test_help_screen(snap_compare: SnapCompare, private_database: Path) -> None:
    async def open_help(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(SANCTIONS, ADMITS, private_database), terminal_size=(120, 40), run_before=open_help)


def test_tags_view(snap_compare: SnapCompare, private_database: Path) -> None:
    async def open_tags_view(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        await pilot.press("j", "j", "j", "1", "j", "3", "a", *"check the spokesperson", "ctrl+s")
        await pilot.press("tab", "j", "2", "T")
        await saved(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(
        make_app(SANCTIONS, ADMITS, private_database), terminal_size=(160, 30), run_before=open_tags_view
    )


def test_reader_mid_review(snap_compare: SnapCompare, private_database: Path) -> None:
    async def review(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        await pilot.press(*["j"] * 14, "v", "enter", "enter", "x", "h")
        await saved(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(make_app(SANCTIONS, ADMITS, private_database), terminal_size=(160, 45), run_before=review)


def test_reader_80x24_at_a_conflict_with_what_differs_marked(snap_compare: SnapCompare, private_database: Path) -> None:
    """The denial's first conflict at 80x24: "has not supplied" and "supplied" reversed, the
    words both say underlined, the pair in the conflict's colour."""

    async def at_the_conflict(pilot: Pilot[None]) -> None:
        await loaded(pilot)
        await pilot.press("right_curly_bracket", "v")
        await saved(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    app = make_app(SANCTIONS, ADMITS, private_database)
    assert snap_compare(app, terminal_size=(80, 24), run_before=at_the_conflict)
