"""One article as wrapped statements with a gutter, drawn with Textual's line API.

Only the visible lines are rendered, from a layout of (statement, character span) per line
and an LRU cache of strips, so a 50,000-statement article scrolls as smoothly as a short one.
Article text goes out as plain segments: "[bold]" in an article is shown, never interpreted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from claims.document import StatementKind
from claims.relation import Relation
from tui.session import Side

GUTTER = 11
"""Index and the current-statement marker (4), relation glyph and a space (2), tag keys (3),
note mark (1), a space: " 14▸≠ 13✎ "."""
_TAG_MARKS = 3


@dataclass(frozen=True, slots=True)
class _Line:
    statement: int
    start: int
    end: int
    first: bool


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """The statements of one article; `current` is the reader's position in it.

    It takes none of ScrollView's key bindings: arrows, pages and home/end move between
    statements, which the screen decides, not the scroll offset.
    """

    COMPONENT_CLASSES = {
        "article-view--gutter",
        "article-view--current",
        "article-view--counterpart",
        "article-view--dim",
        "article-view--same",
        "article-view--conflict",
        "article-view--related",
        "article-view--rejected",
    }
    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        color: $foreground;
        scrollbar-gutter: stable;
    }
    ArticleView > .article-view--gutter { color: $foreground-muted; }
    ArticleView > .article-view--current { background: $accent 35%; }
    ArticleView:focus > .article-view--current { background: $accent 55%; text-style: bold; }
    ArticleView > .article-view--counterpart { background: $secondary 30%; }
    ArticleView > .article-view--dim { color: $foreground-muted; text-style: italic; }
    ArticleView > .article-view--same { color: #009E73; text-style: bold; }
    ArticleView > .article-view--conflict { color: #D55E00; text-style: bold; }
    ArticleView > .article-view--related { color: #E69F00; }
    ArticleView > .article-view--rejected { color: $foreground-muted; text-style: strike; }
    """

    class Moved(Message):
        """The reader's position in this view changed."""

        def __init__(self, view: ArticleView, index: int) -> None:
            super().__init__()
            self.view = view
            self.index = index

        @property
        def control(self) -> ArticleView:
            return self.view

    def __init__(self, side: Side, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.side = side
        self.current = 0
        self.highlighted: frozenset[int] = frozenset()
        """Statements to mark as counterparts of the other pane's current statement."""
        self._lines: list[_Line | None] = []
        self._first_line: list[int] = []
        self._wrapped_width = -1
        self._cache: LRUCache[tuple[int, int, int, bool, bool, bool], Strip] = LRUCache(4000)
        self._marks_version = 0

    # Layout -----------------------------------------------------------------------------

    def relayout(self, width: int | None = None) -> None:
        """Wrap every statement to the text width; keeps the current statement in view."""
        width = width if width is not None else self.scrollable_content_region.width
        text_width = max(10, width - GUTTER)
        lines: list[_Line | None] = []
        first_line: list[int] = []
        paragraph = None
        for statement in self.side.statements:
            if paragraph is not None and statement.paragraph != paragraph:
                lines.append(None)
            paragraph = statement.paragraph
            first_line.append(len(lines))
            for number, (start, end) in enumerate(wrap_spans(statement.text, text_width)):
                lines.append(_Line(statement.index, start, end, number == 0))
        self._lines, self._first_line = lines, first_line
        self._wrapped_width = width
        self._cache.clear()
        self.virtual_size = Size(width, len(lines))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._wrapped_width:
            self.relayout()
            self.call_after_refresh(self.scroll_to_statement, self.current)

    def on_mount(self) -> None:
        self.relayout()

    def refresh_marks(self) -> None:
        """Redraw after matches, tags or notes changed (the layout stays)."""
        self._marks_version += 1
        self.refresh()

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # Movement ---------------------------------------------------------------------------

    def move_to(self, index: int, *, scroll: bool = True) -> None:
        """Make a statement current, scroll it into view, and tell the screen."""
        if not self.side.statements:
            return
        index = max(0, min(len(self.side.statements) - 1, index))
        self.current = index
        self.refresh()
        if scroll:
            self.scroll_to_statement(index)
        self.post_message(self.Moved(self, index))

    def scroll_to_statement(self, index: int, *, top: bool = False) -> None:
        if not self._first_line or index >= len(self._first_line):
            return
        first = self._first_line[index]
        last = self._first_line[index + 1] if index + 1 < len(self._first_line) else len(self._lines)
        self.scroll_to_region(
            Region(0, first, 1, max(1, last - first)), animate=False, top=top, immediate=True, force=True
        )

    def statement_at_line(self, line: int) -> int:
        """The statement shown on (or just before) a line of the layout."""
        if not self._first_line:
            return 0
        line = max(0, min(line, len(self._lines) - 1))
        return max(0, bisect_right(self._first_line, line) - 1)

    def page(self, pages: int) -> None:
        """Move by a screenful: the statement a page above or below the current one."""
        if not self._first_line:
            return
        height = max(1, self.scrollable_content_region.height - 1)
        target_line = self._first_line[self.current] + pages * height
        index = self.statement_at_line(target_line)
        if index == self.current:
            index += pages
        self.move_to(index)
        self.scroll_to_statement(index, top=pages > 0)

    # Drawing ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        line_number = self.scroll_offset.y + y
        line = self._lines[line_number] if line_number < len(self._lines) else None
        statement = line.statement if line is not None else -1
        # Everything a line's look depends on is in the key, so moving the cursor redraws
        # only the lines whose state changed; the rest come from the cache.
        key = (
            line_number,
            width,
            self._marks_version,
            statement == self.current,
            self.has_focus,
            statement in self.highlighted,
        )
        cached = self._cache.get(key)
        if cached is None:
            cached = self._render_strip(line_number, width)
            self._cache[key] = cached
        return cached

    def _render_strip(self, line_number: int, width: int) -> Strip:
        base = self.rich_style
        if line_number >= len(self._lines) or self._lines[line_number] is None:
            return Strip.blank(width, base)
        line = self._lines[line_number]
        assert line is not None
        statement = self.side.statements[line.statement]
        text_style = base
        if statement.kind in (StatementKind.BOILERPLATE, StatementKind.HEADING):
            text_style += self.get_component_rich_style("article-view--dim", partial=True)
        if line.statement == self.current and (self.has_focus or not self.highlighted):
            text_style += self.get_component_rich_style("article-view--current", partial=True)
        elif line.statement in self.highlighted:
            text_style += self.get_component_rich_style("article-view--counterpart", partial=True)
        segments = self._gutter(line, base) if line.first else [Segment(" " * GUTTER, base)]
        segments.append(Segment(statement.text[line.start : line.end].replace("\n", " "), text_style))
        strip = Strip(segments)
        return strip.adjust_cell_length(width, text_style if line.statement == self.current else base)

    def _gutter(self, line: _Line, base: Style) -> list[Segment]:
        gutter = base + self.get_component_rich_style("article-view--gutter", partial=True)
        index = line.statement
        marker = "\u25b8" if index == self.current else " "
        relation = self.side.relation(index)
        glyph = Segment(relation.glyph if relation else " ", base + self._relation_style(index, relation))
        segments = [Segment(f"{index:>3}{marker}", gutter), glyph, Segment(" ", base)]
        marks = self.side.tags.get(index, [])
        cells = 0
        for mark in marks[:_TAG_MARKS]:
            label = str(mark.key) if mark.key else mark.name[:1]
            style = base + (Style(color=mark.colour, bold=True) if mark.colour else Style(bold=True))
            segments.append(Segment(label, style))
            cells += 1
        note = index in self.side.notes
        segments.append(Segment(" " * (_TAG_MARKS - cells), base))
        segments.append(Segment("\u270e " if note else "  ", gutter))
        return segments

    def _relation_style(self, index: int, relation: Relation | None) -> Style:
        if relation is None:
            return Style()
        live = [c for c in self.side.counterparts.get(index, ()) if c.status != "rejected"]
        if not live:
            return self.get_component_rich_style("article-view--rejected", partial=True)
        return self.get_component_rich_style(f"article-view--{relation.value}", partial=True)


_WORD = re.compile(r"[^ \n]+|\n")


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of text to width cells, as (start, end) character spans.

    Spans keep offsets into the statement, so a line can be matched back to the text.
    A newline in the text ends a line; words longer than the width are cut.
    """
    if len(text) <= width and "\n" not in text and text.isascii():
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    line_start = line_end = -1
    used = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        if text[start] == "\n":
            if line_start >= 0:
                spans.append((line_start, line_end))
            line_start, used = -1, 0
            continue
        word = match.group()
        cells = len(word) if word.isascii() else cell_len(word)
        while cells > width:  # a word wider than the line: cut it
            if line_start >= 0:
                spans.append((line_start, line_end))
            cut = _cut(word, width)
            spans.append((start, start + cut))
            start, word = start + cut, word[cut:]
            cells = len(word) if word.isascii() else cell_len(word)
            line_start, used = -1, 0
        gap = start - line_end
        if line_start >= 0 and used + gap + cells <= width:
            line_end, used = end, used + gap + cells
        else:
            if line_start >= 0:
                spans.append((line_start, line_end))
            line_start, line_end, used = start, end, cells
    if line_start >= 0:
        spans.append((line_start, line_end))
    return spans or [(0, 0)]


def _cut(word: str, width: int) -> int:
    """How many characters of word fit in width cells (at least one)."""
    cells = 0
    for position, character in enumerate(word):
        cells += cell_len(character)
        if cells > width:
            return max(1, position)
    return len(word)
