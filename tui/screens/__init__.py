"""The reader's screens: the two articles side by side, and the help."""

from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.screens.tags_view import TagsView

__all__ = ["HelpScreen", "ReaderScreen", "TagsView"]
