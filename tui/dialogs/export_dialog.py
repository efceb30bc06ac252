"""Ask what to export (claim pairs or tagged statements) and where: a file name of its own
for each pair of articles, and a second enter before an existing file is replaced. Then say
what was written and where, with the path to copy or its folder to open."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet

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


PAIRS, STATEMENTS = "pairs", "statements"


class ExportDialog(ModalScreen[tuple[str, str] | None]):
    """Returns (what, path): what is PAIRS or STATEMENTS; None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default_path: str, pairs: int | None, statements: int) -> None:
        """pairs: how many claim pairs there are to export, or None to export statements only."""
        super().__init__()
        self.default_path = default_path
        self.counts = {PAIRS: pairs or 0, STATEMENTS: statements}
        self.choose = pairs is not None
        self.what = PAIRS if self.choose else STATEMENTS
        self._replace_confirmed: Path | None = None
        """The existing file the reader has already been warned about (a second enter replaces it)."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title(), id="export-title", classes="dialog-title")
            if not self.choose:
                yield Input(self.default_path, id="export-path")
                yield Label("", id="export-warning", classes="dialog-warning", markup=False)
                return
            with RadioSet(id="export-what"):
                yield RadioButton(
                    f"claim pairs, one row per pair ({plural(self.counts[PAIRS], 'pair')})", value=True, id=PAIRS
                )
                yield RadioButton(
                    f"tagged statements, one row per tag ({plural(self.counts[STATEMENTS], 'row')})", id=STATEMENTS
                )
            yield Input(self.default_path, id="export-path")
            yield Label("", id="export-warning", classes="dialog-warning", markup=False)

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def _title(self) -> str:
        if not self.choose:
            return f"Export {plural(self.counts[STATEMENTS], 'tagged claim')} to CSV (enter to write, escape to cancel)"
        what = "claim pairs" if self.what == PAIRS else "tagged statements"
        return f"Export the {what} of these two articles to CSV (enter to write, tab to choose, escape to cancel)"

    @on(RadioSet.Changed, "#export-what")
    def _what_changed(self, event: RadioSet.Changed) -> None:
        self.what = event.pressed.id or PAIRS
        self.query_one("#export-title", Label).update(self._title())
        path = self.query_one("#export-path", Input)
        other = STATEMENTS if self.what == PAIRS else PAIRS
        path.value = path.value.replace(f"claimdiff-{other}-", f"claimdiff-{self.what}-")

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
        self.dismiss((self.what, path))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportDone(ModalScreen[None]):
    """What was written and where; c copies the path, o opens its folder (a terminal cannot
    open a spreadsheet, but it can hand the path on)."""

    BINDINGS = [
        Binding("c", "copy", "Copy the path"),
        Binding("o", "open_folder", "Open the folder"),
        Binding("escape,enter,q", "close", "Close"),
    ]

    def __init__(self, said: str, path: Path) -> None:
        super().__init__()
        self.said = said
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.said, classes="dialog-title", markup=False)
            # A link a terminal that links paths opens with a click; the text is the path itself.
            yield Label(Text(str(self.path), style=Style(link=self.path.as_uri(), underline=True)), id="export-where")
            yield Label("c copy the path \u00b7 o open its folder \u00b7 enter close", classes="dialog-quote")

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(str(self.path))
        self.notify(f"copied {self.path}", timeout=4)

    def action_open_folder(self) -> None:
        self.app.open_url(self.path.parent.as_uri())

    def action_close(self) -> None:
        self.dismiss(None)
