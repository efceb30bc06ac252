"""The tags view (T): every tagged statement, filtered, jumped to, exported as listed."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from textual.widgets import DataTable, Input, Select

from tests.test_reader import ADMITS, SANCTIONS, in_checkout, loaded, saved
from tui.app import make_app
from tui.screens.tags_view import TagsView

__all__ = ["in_checkout"]


def listed(view: TagsView) -> list[tuple[str, int | None]]:
    return [(row["tag"], row["statement_index"]) for row in view.listed]


async def test_tags_view_lists_filters_jumps_and_exports(private_database: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another story\n\nA third article makes a claim about something else entirely.\n")
    first = make_app(str(other), ADMITS, private_database)
    async with first.run_test(size=(160, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("j", "5")  # an opinion in a document outside the pair below
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j", "j", "j", "1", "j", "3", "a", *"check", "ctrl+s")
        await pilot.press("tab", "j", "2")
        await pilot.press("T")
        await saved(pilot)
        view = app.screen
        assert isinstance(view, TagsView)
        assert listed(view) == [("evidence", 1), ("claim", 3), ("denial", 4)]
        assert view.query_one(DataTable).row_count == 3
        view.query_one("#tags-tag", Select).value = "denial"
        await pilot.pause()
        assert listed(view) == [("denial", 4)]
        view.query_one("#tags-tag", Select).clear()
        view.query_one("#tags-text", Input).value = "admitted"
        await pilot.pause()
        assert listed(view) == [("evidence", 1)]
        view.query_one("#tags-text", Input).value = ""
        await pilot.press("A")
        await pilot.pause()
        assert ("opinion", 1) in listed(view) and len(view.listed) == 4
        await pilot.press("A")
        await pilot.pause()
        view.query_one("#tags-text", Input).value = "kyiv"  # statement 3: "Policy advisers close to Kyiv's..."
        await pilot.pause()
        assert listed(view) == [("claim", 3)]
        target = tmp_path / "listed.csv"
        view.query_one(DataTable).focus()
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
        assert [(r["tag"], r["statement_index"]) for r in rows] == [("claim", "3")]
        view.query_one(DataTable).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.focused is screen.view("a") and screen.view("a").current == 3
