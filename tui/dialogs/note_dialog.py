"""Write or edit the note on a statement: ctrl+s saves (an empty note is deleted), escape cancels."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, TextArea


class NoteDialog(ModalScreen[str | None]):
    """Returns the note's new text, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, statement: str, note: str) -> None:
        super().__init__()
        self.statement = statement
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Note (ctrl+s to save, escape to cancel; empty deletes it)", classes="dialog-title")
            yield Label(self.statement, classes="dialog-quote", markup=False)
            yield TextArea(self.note, id="note-text", soft_wrap=True, tab_behavior="focus")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text)

    def action_cancel(self) -> None:
        self.dismiss(None)
