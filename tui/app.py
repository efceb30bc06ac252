"""The claimdiff reader: a Textual app around the reader screen."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from claims.limits import MAX_BYTES
from tui.keymap import keys_path, load_keymap
from tui.screens.reader import ReaderScreen


class ClaimdiffApp(App[None]):
    """Two articles side by side; everything the reader decides is saved at once."""

    CSS_PATH = "app.tcss"
    TITLE = "claimdiff"
    BINDINGS = [Binding("q", "quit", "Quit"), Binding("ctrl+q", "quit", "Quit", show=False, priority=True)]

    def __init__(self, source_a: str, source_b: str, db_path: Path | None, max_bytes: int, method: str) -> None:
        super().__init__()
        self.sources = (source_a, source_b)
        self.db_path = db_path
        self.max_bytes = max_bytes
        self.method = method
        self.keymap = load_keymap(keys_path(), [b for b in ReaderScreen.BINDINGS if isinstance(b, Binding)])
        """The keys the user rebound in keys.toml (and what was wrong with it)."""
        self.set_keymap(self.keymap.keys)

    def on_ready(self) -> None:
        # Pushed once the app's own start-up is drawn: a screen pushed from on_mount is drawn
        # once inside Textual's start-up batch, and that frame is thrown away.
        self.push_screen(ReaderScreen(self.sources, self.db_path, self.max_bytes, self.method))
        for problem in self.keymap.problems:
            self.notify(problem, severity="error", timeout=10)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Every reader action in the command palette (ctrl+p) by its name ("Next conflict",
        "Tag 6: disputed"), with its key; found by the tag's name too."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, ReaderScreen):
            tags = screen.tag_names()
            for binding in screen.BINDINGS:
                if isinstance(binding, Binding) and binding.id:
                    action = binding.action
                    title = binding.tooltip or binding.description
                    if binding.id.startswith("tag-"):
                        key = int(binding.id.removeprefix("tag-"))
                        title = f"Tag {key}: {tags.get(key, 'no tag on this key')}"
                    yield SystemCommand(
                        title,
                        f"key: {self.key_names(binding)}",
                        lambda action=action: self.run_action(action, screen),
                    )

    def key_names(self, binding: Binding) -> str:
        """The keys of a binding as a person types them ("}" not "right_curly_bracket")."""
        keys = self._keymap.get(binding.id, binding.key) if binding.id else binding.key
        return " or ".join(self.get_key_display(Binding(key.strip(), binding.action)) for key in keys.split(","))

    async def action_quit(self) -> None:
        """Quit once the reader's changes are saved (q again: at once, without them)."""
        readers = [screen for screen in self.screen_stack if isinstance(screen, ReaderScreen)]
        if not any([reader.quit_when_saved() for reader in readers]):
            self.exit(return_code=1 if any(reader.cannot_read for reader in readers) else 0)


def make_app(
    source_a: str, source_b: str, db_path: Path | None, max_bytes: int = MAX_BYTES, method: str = "lexical"
) -> ClaimdiffApp:
    """The app as the command line and the tests start it (method: "lexical" or "semantic")."""
    return ClaimdiffApp(source_a, source_b, db_path, max_bytes, method)
