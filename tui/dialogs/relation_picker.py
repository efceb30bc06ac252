"""Choose how two statements relate, for a link made by hand."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from claims.relation import Relation

MEANINGS = {
    Relation.SAME: "they make the same claim",
    Relation.CONFLICT: "they contradict each other",
    Relation.RELATED: "same subject, partial overlap",
}


class RelationPicker(ModalScreen[Relation | None]):
    """Returns the chosen relation, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, a: int, b: int) -> None:
        super().__init__()
        self.a, self.b = a, b

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(
                f"Link A {self.a} and B {self.b} as (enter to choose, escape to cancel):", classes="dialog-title"
            )
            yield OptionList(
                *[Option(f"{r.glyph} {r.value}: {MEANINGS[r]}", id=r.value) for r in MEANINGS], id="relations"
            )

    @on(OptionList.OptionSelected, "#relations")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(Relation(event.option.id or Relation.RELATED.value))

    def action_cancel(self) -> None:
        self.dismiss(None)
