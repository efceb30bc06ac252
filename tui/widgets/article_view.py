"""One article as wrapped statements with a gutter, drawn with Textual's line API.

Only the visible lines are rendered, from a layout of (statement, character span) per line
and an LRU cache of strips, so a 50,000-statement article scrolls as smoothly as a short one.
Article text goes out as plain segments: "[bold]" in an article is shown, never interpreted.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from claims.document import StatementKind
from claims.relation import Mark, Relation
from tui.layout import lay_out
from tui.session import Side

if TYPE_CHECKING:
    from tui.layout import Layout

INDEX_DIGITS = 3
"""The statement number takes at least this many cells, more in longer articles."""
GUTTER_AFTER_INDEX = 8
"""The current-statement marker (1), relation glyph and a space (2), tag keys (3), note mark
(1), a space: " 14▸≠ 13✎ "."""
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
        "article-view--hit",
        "article-view--shared",
        "article-view--differs",
        "article-view--pair-same",
        "article-view--pair-conflict",
        "article-view--pair-related",
        "article-view--other",
    }
    DEFAULT_CSS = """
    ArticleView {
        background: $surface;
        color: $foreground;
        scrollbar-gutter: stable;
    }
    ArticleView > .article-view--gutter { color: $foreground-muted; }
    ArticleView > .article-view--current { background: $accent; color: #000000; text-style: bold; }
    ArticleView > .article-view--counterpart { background: #56B4E9; color: #000000; }
    ArticleView > .article-view--dim { color: $foreground-muted; text-style: italic; }
    ArticleView > .article-view--same { color: #009E73; text-style: bold; }
    ArticleView > .article-view--conflict { color: #D55E00; text-style: bold; }
    ArticleView > .article-view--related { color: #E69F00; }
    ArticleView > .article-view--rejected { color: $foreground-muted; text-style: strike; }
    ArticleView > .article-view--hit { background: $warning 70%; color: $background; text-style: bold; }
    ArticleView > .article-view--shared { text-style: underline; }
    ArticleView > .article-view--differs { text-style: bold reverse; }
    ArticleView > .article-view--pair-same { background: #009E73; color: #000000; }
    ArticleView > .article-view--pair-conflict { background: #E36C1C; color: #000000; }
    ArticleView > .article-view--pair-related { background: #E69F00; color: #000000; }
    ArticleView > .article-view--other { text-style: bold reverse; }
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

    class Drawn(Message):
        """The view drew its text for the first time."""

    def __init__(self, side: Side, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.side = side
        self.current = 0
        self.highlighted: frozenset[int] = frozenset()
        """The statement highlighted as the counterpart of the other pane's current statement."""
        self.relations: dict[int, Relation] = {}
        """The other counterparts of the other pane's current statement, tinted by relation."""
        self.pair_marks: dict[int, tuple[Mark, ...]] = {}
        """In the highlighted pair: the words both say (underlined) and what differs (reversed)."""
        self.hits: dict[int, list[tuple[int, int]]] = {}
        """Search hits to mark: statement index to spans in its text."""
        self._layout: Layout | None = None
        self._wrapped_width = -1
        self._cache: LRUCache[tuple[int, int, int, bool, bool, bool, Relation | None, tuple[Mark, ...]], Strip] = (
            LRUCache(4000)
        )
        self._marks_version = 0
        self._styles: dict[str, Style] = {}
        self._drawn = False
        self._digits = INDEX_DIGITS

    # Layout -----------------------------------------------------------------------------

    def relayout(self, width: int | None = None) -> None:
        """Wrap every statement to the text width (tens of milliseconds for 10,000 statements)."""
        width = width if width is not None else self.scrollable_content_region.width
        statements = self.side.statements
        self._digits = max(INDEX_DIGITS, len(str(len(statements) - 1)))
        text_width = max(10, width - self._digits - GUTTER_AFTER_INDEX)
        self._layout = lay_out([s.text for s in statements], [s.paragraph for s in statements], text_width)
        self._wrapped_width = width
        self._cache.clear()
        self.virtual_size = Size(width, len(self._layout))
        self.refresh()

    def show(self, side: Side) -> None:
        """Show the whole article in place of its beginning; the reader stays where they are."""
        self.side = side
        self.current = min(self.current, max(0, len(side.statements) - 1))
        if self.scrollable_content_region.width > 0:  # else the first frame or Resize wraps it
            self.relayout()

    def on_resize(self, event: events.Resize) -> None:
        if self.scrollable_content_region.width != self._wrapped_width:
            self.relayout()
            self.call_after_refresh(self.scroll_to_statement, self.current)

    def on_mount(self) -> None:
        # Before its first layout the view has no width; the Resize that follows wraps it.
        if self.scrollable_content_region.width > 0:
            self.relayout()

    def _style(self, component: str) -> Style:
        """The widget's own style ("") or a component's, looked up once per theme or CSS change:
        Textual's lookups walk the DOM, too slow to repeat for every line of every frame."""
        found = self._styles.get(component)
        if found is None:
            found = self.rich_style if not component else self.get_component_rich_style(component, partial=True)
            self._styles[component] = found
        return found

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

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

    def first_line(self, index: int) -> int:
        """The layout line where a statement starts."""
        return self._layout.first_line[index] if self._layout is not None else 0

    def scroll_to_statement(self, index: int, *, top: bool = False) -> None:
        layout = self._layout
        if layout is None or index >= len(layout.first_line):
            return
        lines = layout.lines_of(index)
        self.scroll_to_region(Region(0, lines.start, 1, len(lines)), animate=False, top=top, immediate=True, force=True)

    def statement_at_line(self, line: int) -> int:
        """The statement shown on (or just before) a line of the layout."""
        layout = self._layout
        if layout is None or not len(layout):
            return 0
        return layout.statement_at(max(0, min(line, len(layout) - 1)))

    def page(self, pages: float) -> None:
        """Move by a screenful (or half of one): the statement that far above or below."""
        if self._layout is None:
            return
        height = max(1, self.scrollable_content_region.height - 1)
        target_line = self.first_line(self.current) + round(pages * height)
        index = self.statement_at_line(target_line)
        if index == self.current:
            index += 1 if pages > 0 else -1
        self.move_to(index)
        self.scroll_to_statement(index, top=pages > 0)

    @property
    def gutter_width(self) -> int:
        """Cells of the margin (index, marker, relation, tags, note) before a statement's text."""
        return self._digits + GUTTER_AFTER_INDEX

    # Drawing ----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        if not self._drawn:
            self._draw_first()
        width = self.size.width
        line_number = self.scroll_offset.y + y
        layout = self._layout
        statement = layout.statement[line_number] if layout is not None and line_number < len(layout) else -1
        # Everything a line's look depends on is in the key, so moving the cursor redraws
        # only the lines whose state changed; the rest come from the cache.
        key = (
            line_number,
            width,
            self._marks_version,
            statement == self.current,
            self.has_focus,
            statement in self.highlighted,
            self.relations.get(statement),
            self.pair_marks.get(statement, ()),
        )
        cached = self._cache.get(key)
        if cached is None:
            cached = self._render_strip(line_number, width)
            self._cache[key] = cached
        return cached

    def _draw_first(self) -> None:
        """Wrap the text for the very first frame, which Textual draws before it sends the
        Resize that would wrap it otherwise, so the first frame shows text, not a blank pane;
        then tell the screen, which starts the rest of its work once that frame is out."""
        if self._layout is None and self.scrollable_content_region.width > 0:
            self.relayout()
        if self._layout is not None:
            self._drawn = True
            self.post_message(self.Drawn())

    def _render_strip(self, line_number: int, width: int) -> Strip:
        base = self._style("")
        layout = self._layout
        if layout is None or line_number >= len(layout) or layout.statement[line_number] < 0:
            return Strip.blank(width, base)
        line = _Line(
            layout.statement[line_number],
            layout.start[line_number],
            layout.end[line_number],
            layout.is_first(line_number),
        )
        statement = self.side.statements[line.statement]
        text_style = base
        if statement.kind in (StatementKind.BOILERPLATE, StatementKind.HEADING, StatementKind.LIST_ITEM):
            text_style += self._style("article-view--dim")
        # Only the focused pane marks its current statement; the other marks the counterparts.
        if line.statement == self.current and self.has_focus:
            text_style += self._style("article-view--current")
        elif line.statement in self.highlighted:
            relation = self.relations.get(line.statement)
            text_style += self._style(
                f"article-view--pair-{relation.value}" if relation else "article-view--counterpart"
            )
        segments = (
            self._gutter(line, base) if line.first else [Segment(" " * (self._digits + GUTTER_AFTER_INDEX), base)]
        )
        segments += self._text(statement.text, line, text_style)
        strip = Strip(segments)
        return strip.adjust_cell_length(width, base)

    def _text(self, text: str, line: _Line, style: Style) -> list[Segment]:
        """The line's text, with search hits and the highlighted pair's words marked."""
        marked = [(a, b, "article-view--hit") for a, b in self.hits.get(line.statement, ())]
        marked += [(m.start, m.end, f"article-view--{m.kind}") for m in self.pair_marks.get(line.statement, ())]
        spans = sorted((max(a, line.start), min(b, line.end), kind) for a, b, kind in marked if a < line.end)
        spans = [(a, b, kind) for a, b, kind in spans if a < b]
        if not spans:
            return [Segment(text[line.start : line.end].replace("\n", " "), style)]
        segments: list[Segment] = []
        position = line.start
        for start, end, kind in spans:
            start = max(start, position)
            if start >= end:
                continue  # overlaps a stretch already marked
            if start > position:
                segments.append(Segment(text[position:start].replace("\n", " "), style))
            segments.append(Segment(text[start:end].replace("\n", " "), style + self._style(kind)))
            position = end
        if position < line.end:
            segments.append(Segment(text[position : line.end].replace("\n", " "), style))
        return segments

    def _gutter(self, line: _Line, base: Style) -> list[Segment]:
        gutter = base + self._style("article-view--gutter")
        index = line.statement
        marker = "\u25b8" if index == self.current else " "
        to_current = self.relations.get(index)
        if to_current is not None:  # a counterpart of the other pane's statement: its relation to it
            glyph_style = base + self._style(f"article-view--{to_current.value}") + self._style("article-view--other")
            glyph = Segment(to_current.glyph, glyph_style)
        else:
            relation = self.side.relation(index)
            glyph = Segment(relation.glyph if relation else " ", base + self._relation_style(index, relation))
        segments = [Segment(f"{index:>{self._digits}}{marker}", gutter), glyph, Segment(" ", base)]
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
            return self._style("article-view--rejected")
        return self._style(f"article-view--{relation.value}")
