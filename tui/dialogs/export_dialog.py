"""Ask where to export the tagged claims, with a sensible default path."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class ExportDialog(ModalScreen[str | None]):
    """Returns the path to write the CSV to, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, default_path: str, rows: int) -> None:
        super().__init__()
        self.default_path = default_path
        self.rows = rows

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(
                f"Export {self.rows} tagged claims of these two articles to CSV (enter to write, escape to cancel)",
                classes="dialog-title",
            )
            yield Input(self.default_path, id="export-path")

    @on(Input.Submitted, "#export-path")
    def _submit(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
