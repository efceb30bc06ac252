"""Ask where to export the tagged claims: a file name of their own for each pair of
articles, and a second enter before an existing file is replaced."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from tui.wording import plural

WORDS_PER_TITLE = 4
NOT_IN_A_NAME = re.compile(r"[^\w]+")


def export_file_name(titles: Sequence[str], hashes: Sequence[str], day: date, kind: str = "claims") -> str:
    """claimdiff-<first words of each title>-<day>.csv: a different file for each pair and
    day, readable in a folder listing. A title with no letters to use gives its hash."""
    parts = []
    for title, sha in zip(titles, hashes, strict=True):
        words = [w for w in NOT_IN_A_NAME.split(title.casefold()) if w][:WORDS_PER_TITLE]
        parts.append("-".join(words)[:40].strip("-_") or sha[:8])
    return f"claimdiff-{kind}-{'--'.join(parts)}-{day.isoformat()}.csv"


class ExportDialog(ModalScreen[str | None]):
    """Returns the path to write the CSV to, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default_path: str, rows: int) -> None:
        super().__init__()
        self.default_path = default_path
        self.rows = rows
        self._replace_confirmed: Path | None = None
        """The existing file the reader has already been warned about (a second enter replaces it)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(
                f"Export {plural(self.rows, 'tagged claim')} of these two articles to CSV"
                " (enter to write, escape to cancel)",
                classes="dialog-title",
            )
            yield Input(self.default_path, id="export-path")
            yield Label("", id="export-warning", classes="dialog-warning", markup=False)

    @on(Input.Changed, "#export-path")
    def _path_changed(self) -> None:
        self._replace_confirmed = None
        self.query_one("#export-warning", Label).update("")

    @on(Input.Submitted, "#export-path")
    def _submit(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        if not path:
            return
        target = Path(path).expanduser()
        if target.is_file() and target != self._replace_confirmed:
            self._replace_confirmed = target
            self.query_one("#export-warning", Label).update(
                f"{target.name} exists: press enter again to replace it, or change the name"
            )
            return
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
