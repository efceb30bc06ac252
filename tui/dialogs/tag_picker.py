"""Pick a tag by typing part of its name; enter applies it, or creates it if it is new."""

from __future__ import annotations

from typing import Any

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

NEW_TAG = "\x00new:"


class TagFilter(Input):
    """The picker's filter. While it is empty, a number key with a tag on it picks that tag, as
    the same key does in the reader; once a name is begun, digits are part of it."""

    class KeyPicked(Message):
        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    def __init__(self, tags_on_keys: dict[str, int], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.tag_on_key = {str(key): name for name, key in tags_on_keys.items()}

    async def _on_key(self, event: events.Key) -> None:
        name = None if self.value else self.tag_on_key.get(event.character or "")
        if name is None:
            await super()._on_key(event)
            return
        event.stop()
        event.prevent_default()
        self.post_message(self.KeyPicked(name))


class TagPicker(ModalScreen[str | None]):
    """Returns the chosen tag's name (new or existing), or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, names: list[str], on_statement: set[str], keys: dict[str, int] | None = None) -> None:
        super().__init__()
        self.names = names
        self.on_statement = on_statement
        self.keys = keys or {}
        """The number key each tag is on, shown beside its name."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(
                "Tag the statement: its number key, or type to filter and enter to apply (again to remove)",
                classes="dialog-title",
            )
            yield TagFilter(self.keys, placeholder="tag name", id="tag-filter")
            yield OptionList(id="tag-options")

    def on_mount(self) -> None:
        self._fill("")

    @on(Input.Changed, "#tag-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, text: str) -> None:
        options = self.query_one("#tag-options", OptionList)
        options.clear_options()
        wanted = text.strip().casefold()
        matching = [name for name in self.names if wanted in name.casefold()]
        for name in matching:
            mark = "\u2713 " if name in self.on_statement else "  "
            key = self.keys.get(name)
            options.add_option(Option(f"{mark}{key if key is not None else ' '} {name}", id=name))
        if wanted and wanted not in {name.casefold() for name in self.names}:
            options.add_option(Option(f"+ create tag {text.strip()!r}", id=NEW_TAG + text.strip()))
        if options.option_count:
            options.highlighted = 0

    @on(Input.Submitted, "#tag-filter")
    def _submit(self) -> None:
        options = self.query_one("#tag-options", OptionList)
        if options.highlighted is not None:
            self._choose(options.get_option_at_index(options.highlighted).id)

    @on(TagFilter.KeyPicked)
    def _key_picked(self, event: TagFilter.KeyPicked) -> None:
        self._choose(event.name)

    @on(OptionList.OptionSelected, "#tag-options")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option.id)

    def _choose(self, option_id: str | None) -> None:
        if option_id:
            self.dismiss(option_id.removeprefix(NEW_TAG))

    def key_down(self) -> None:
        self.query_one("#tag-options", OptionList).action_cursor_down()

    def key_up(self) -> None:
        self.query_one("#tag-options", OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)
