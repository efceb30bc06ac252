"""The main screen: two articles side by side, their matches, tags and notes."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from claims.decoding import strip_controls
from claims.errors import InputError
from tui.messages import ChangeFinished, Waiting
from tui.pairs import PairCursor
from tui.screens.navigation import Navigation
from tui.screens.reviewing import Reviewing
from tui.screens.searching import SEARCH_PLACEHOLDER, Searching
from tui.screens.tagging import Tagging
from tui.session import Counterpart, Side, attach_matches
from tui.widgets.article_view import ArticleView
from tui.widgets.detail_bar import DetailBar, Position
from tui.wording import plural

if TYPE_CHECKING:
    from textual.timer import Timer

    from claims.relation import Match
    from store.database import Store
    from tui.store_thread import StoreThread

T = TypeVar("T")

MIN_WIDTH, MIN_HEIGHT = 80, 24
COLLECT_EVERY = 10.0
"""Seconds between garbage collections while the reader keeps pressing keys."""
POSITION_DELAY = 1.0
"""Seconds of stillness before the reader's position is saved."""
QUIT_NOTICE_DELAY = 0.5
"""Seconds quitting waits for the last changes before it says it is waiting."""


def _header(title: str, line: str) -> Text:
    """A pane's heading: the article's title, then its counts and source."""
    header = Text(title, style="bold", no_wrap=True, overflow="ellipsis")
    header.append(f"\n{line}", style="dim")
    return header


def _counts_that_fit(statements: int, matched: int, conflicts: int, unique: int, source: str, width: int) -> str:
    """The pane's counts and source in the longest wording that fits its width, the source left
    out before the counts are cut (review progress is in the detail bar)."""
    wordings = (
        f"{plural(statements, 'statement')} \u00b7 {matched} matched \u00b7 {plural(conflicts, 'conflict')}"
        f" \u00b7 {unique} unique",
        f"{statements} stmts \u00b7 {matched} matched \u00b7 {conflicts} \u2260 \u00b7 {unique} unique",
    )
    tiny = f"{statements} \u00b7 {matched} matched \u00b7 {conflicts}\u2260 \u00b7 {unique} uniq"
    candidates = [f"{wording} \u00b7 {source}" for wording in wordings] + [*wordings, tiny]
    return next((candidate for candidate in candidates if len(candidate) <= width), tiny)


class ReaderScreen(Screen[None]):
    """Shows the beginnings of local articles in its first frame, then reads the pair whole,
    stores, annotates and matches it in a worker."""

    BINDINGS = [
        Binding("j,down", "move(1)", "Next", show=False, id="next", tooltip="Next statement"),
        Binding("k,up", "move(-1)", "Previous", show=False, id="previous", tooltip="Previous statement"),
        Binding("pagedown,space,ctrl+f", "page(1)", "Page down", show=False, id="page-down", tooltip="Page down"),
        Binding("pageup,b,ctrl+b", "page(-1)", "Page up", show=False, id="page-up", tooltip="Page up"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="half-down", tooltip="Half a page down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="half-up", tooltip="Half a page up"),
        Binding("g,home", "edge(0)", "First", show=False, id="first", tooltip="First statement"),
        Binding("G,end", "edge(1)", "Last", show=False, id="last", tooltip="Last statement"),
        Binding("tab,shift+tab", "switch_pane", "Pane", priority=True, id="switch-pane", tooltip="Switch pane"),
        Binding("h,left", "pane('a')", "Left pane", show=False, id="left-pane", tooltip="Left pane (A)"),
        Binding("l,right", "pane('b')", "Right pane", show=False, id="right-pane", tooltip="Right pane (B)"),
        Binding("right_square_bracket", "next_matched(1)", "Match", id="next-match", tooltip="Next match"),
        Binding(
            "left_square_bracket",
            "next_matched(-1)",
            "Previous match",
            show=False,
            id="previous-match",
            tooltip="Previous match",
        ),
        Binding("right_curly_bracket", "next_conflict(1)", "Conflict", id="next-conflict", tooltip="Next conflict"),
        Binding(
            "left_curly_bracket",
            "next_conflict(-1)",
            "Previous conflict",
            show=False,
            id="previous-conflict",
            tooltip="Previous conflict",
        ),
        Binding("enter", "counterpart", "Counterpart", id="counterpart", tooltip="Go to the highlighted counterpart"),
        Binding(
            "c",
            "cycle_counterpart(1)",
            "Next counterpart",
            show=False,
            id="next-counterpart",
            tooltip="Highlight the next counterpart",
        ),
        Binding(
            "C",
            "cycle_counterpart(-1)",
            "Previous counterpart",
            show=False,
            id="previous-counterpart",
            tooltip="Highlight the previous counterpart",
        ),
        Binding("s", "toggle_sync", "Sync", show=False, id="sync", tooltip="Synchronised scrolling on / off"),
        *[
            Binding(str(key), f"tag_key({key})", f"Tag {key}", show=False, id=f"tag-{key}", tooltip=f"Tag {key}")
            for key in range(1, 10)
        ],
        Binding("t", "pick_tag", "Tag", id="pick-tag", tooltip="Tag picker"),
        Binding("a", "note", "Note", id="note", tooltip="Note on the statement"),
        Binding("e", "export", "Export", id="export", tooltip="Export the tagged claims"),
        Binding("v", "review('confirmed')", "Confirm", show=False, id="confirm", tooltip="Confirm the pair"),
        Binding("x", "review('rejected')", "Reject", show=False, id="reject", tooltip="Reject the pair"),
        Binding("r", "cycle_relation", "Relation", show=False, id="relation", tooltip="Change the pair's relation"),
        Binding("m", "link", "Link", show=False, id="link", tooltip="Link two statements by hand"),
        Binding(
            "escape",
            "escape",
            "Close search / cancel link",
            show=False,
            id="escape",
            tooltip="Close the search or cancel a link",
        ),
        Binding("slash", "search", "Search", id="search", tooltip="Search both articles"),
        Binding("n", "next_hit(1)", "Next hit", show=False, id="next-hit", tooltip="Next search hit"),
        Binding("N", "next_hit(-1)", "Previous hit", show=False, id="previous-hit", tooltip="Previous search hit"),
        Binding(
            "f",
            "toggle_unreviewed",
            "Unreviewed only",
            show=False,
            id="unreviewed",
            tooltip="Visit only unreviewed matches",
        ),
        Binding("T", "tags_view", "Tagged", id="tags-view", tooltip="Tags view"),
        Binding("u", "undo", "Undo", id="undo", tooltip="Undo"),
        Binding("ctrl+r", "redo", "Redo", show=False, id="redo", tooltip="Redo"),
        Binding("question_mark", "help", "Help", id="help", tooltip="Help"),
    ]

    def __init__(self, sources: tuple[str, str], db_path: Path | None, max_bytes: int, method: str = "lexical") -> None:
        super().__init__()
        self.sources = sources
        self.db_path = db_path
        self.max_bytes = max_bytes
        """The size limit for each article (--max-size)."""
        self.method = method
        """The matcher's method (--method): "lexical" or "semantic"."""
        self.store: Store | None = None
        """The database, for reading on this thread; None while it cannot be used."""
        self.changes: StoreThread | None = None
        """Where changes are made: the database on a thread of its own (see tui.store_thread)."""
        self._unsaved = 0
        """Changes handed to the store thread whose outcome is not yet shown."""
        self._told_waiting = False
        self._quitting = False
        """Whether q was pressed and the reader waits for its changes to be saved to quit."""
        self._leave_unsaved = False
        """Whether q was pressed again while waiting: quit without the changes still waiting."""
        self.sync = True
        self.read = False
        """Whether the panes hold the whole articles, not just their beginnings."""
        self.annotated = False
        """Whether the articles are stored and their tags and notes shown (or cannot be)."""
        self.loaded = False
        """Whether the matches are in."""
        self.pairs = PairCursor()
        """Which counterpart of each statement is highlighted, and which pairs have been seen."""
        self.navigation = Navigation(self)
        self.tagging = Tagging(self)
        self.reviewing = Reviewing(self)
        self.searching = Searching(self)
        self._position_timer: Timer | None = None
        self.linking: tuple[str, int] | None = None
        """While linking by hand: the pane and statement the link starts from."""
        self.last_view: ArticleView | None = None
        """The pane that had the focus before the search box took it."""
        self.unreviewed_only = False
        """Whether ] and [ skip matches the reader has already confirmed or rejected."""
        self.cannot_read = False
        """Whether reading the articles failed (the reader then exits with status 1)."""
        self._rest_mounted = False
        """Whether the footer, search box and progress bar are in and the worker has started."""

    # Layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        from tui.loading import read_beginning_side

        # Both beginnings or neither: the panes work as a pair.
        beginnings = [read_beginning_side(source, self.max_bytes) for source in self.sources]
        shown = all(beginnings)
        with Horizontal(id="panes"):
            for side, source, beginning in zip(("a", "b"), self.sources, beginnings, strict=True):
                with Vertical(classes="pane", id=f"pane-{side}"):
                    title = beginning.document.title if beginning and shown else "Reading\u2026"
                    line = f"reading\u2026 \u00b7 {strip_controls(source)}"
                    yield Static(_header(title, line), classes="pane-header", id=f"header-{side}")
                    if beginning is not None and shown:
                        yield ArticleView(beginning, id=f"view-{side}")
        with Vertical(id="detail"):
            yield DetailBar("Reading the articles\u2026", id="detail-text", markup=False)

    async def on_mount(self) -> None:
        self._fit_terminal()
        if self.ready():
            self.view("a").focus()
        if not self.ready() or self.has_class("too-small"):
            await self._mount_the_rest()  # no text to draw first; otherwise once it is drawn

    @on(ArticleView.Drawn)
    def _text_drawn(self) -> None:
        # The frame holding the text may not be the one written out (Textual draws the first
        # frame inside a batch and drops it): wait for the refresh after it.
        self.call_after_refresh(self._mount_the_rest)

    async def _mount_the_rest(self) -> None:
        """The articles come first. The rest of the screen, and the worker that would compete
        with drawing them for the interpreter, follow once their text is on the screen."""
        from textual.widgets import Footer, ProgressBar

        if self._rest_mounted:
            return  # already done, for the other pane
        self._rest_mounted = True
        progress = ProgressBar(total=None, show_eta=False, show_percentage=False, id="progress")
        await self.query_one("#detail", Vertical).mount(progress, before="#detail-text")
        search = Input(placeholder=SEARCH_PLACEHOLDER, id="search")
        # Hidden until / opens it, and not to be focused meanwhile: with no pane to focus
        # yet (an article still being read), Textual would give it the focus, and it would
        # swallow q and every other key.
        search.can_focus = False
        await self.mount(search, Static("", id="too-small", markup=False), Footer())
        self._fit_terminal()
        self.refresh_bindings()  # a footer mounted after the focus moved shows them only when told
        self.load()

    def on_unmount(self) -> None:
        gc.enable()  # turned off while the reader runs (see show_matches)
        if self.changes is not None:
            self.changes.close(wait=not self._leave_unsaved)
        if self.store is not None:
            self.store.close()

    def on_resize(self) -> None:
        self._fit_terminal()

    def _fit_terminal(self) -> None:
        """Below the smallest usable size, a message in place of the panes."""
        small = self.size.width < MIN_WIDTH or self.size.height < MIN_HEIGHT
        self.set_class(small, "too-small")
        for message in self.query("#too-small").results(Static):
            message.update(
                f"claimdiff needs a terminal of at least {MIN_WIDTH}\u00d7{MIN_HEIGHT} "
                f"(this one is {self.size.width}\u00d7{self.size.height}). Make it larger, or press q to quit."
            )

    # Loading ----------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="load")
    def load(self) -> None:
        """Read, show, annotate, align: each step hands its result to the UI thread."""
        try:
            self._load()
        except Exception as error:  # a bug or a broken installation: said on screen, not lost in a log
            if os.environ.get("CLAIMDIFF_DEBUG") == "1":
                raise
            self.app.call_from_thread(self.failed, f"unexpected error: {type(error).__name__}: {error}")

    def _load(self) -> None:
        from store.errors import StoreError
        from tui import loading

        try:
            sides = loading.read_sides(
                self.sources, self.max_bytes, cancelled=lambda: get_current_worker().is_cancelled
            )
        except InputError as error:
            self.app.call_from_thread(self.failed, str(error))
            return
        if sides is None:
            return  # the reader quit while a pipe or a server kept it waiting
        left, right = sides
        painted = threading.Event()
        self.app.call_from_thread(self.show_sides, left, right, painted)
        # The text is what the reader came for: let it reach the screen before the store
        # and the matcher compete with the interface for the interpreter.
        painted.wait(timeout=10)
        changes = self._open_store_thread()
        if changes is not None:
            try:
                for side in (left, right):
                    changes.submit(partial(loading.annotate, side=side)).result()
            except StoreError as error:
                self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
        self.app.call_from_thread(self.show_annotations, changes)
        try:
            matches = loading.align_sides(left, right, self.method)
        except InputError as error:  # the semantic method cannot run here: say so, match by words
            self.app.call_from_thread(self.notify, f"{error}; matching by words", severity="error", timeout=10)
            self.method = "lexical"
            matches = loading.align_sides(left, right, self.method)
        reviews: dict[tuple[int, int], tuple[str, str]] = {}
        if changes is not None:
            try:
                matches, reviews = changes.submit(
                    partial(loading.store_matches, left=left, right=right, matches=matches, method=self.method)
                ).result()
            except StoreError as error:
                self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
        self.app.call_from_thread(self.show_matches, matches, reviews)

    def _open_store_thread(self) -> StoreThread | None:
        """The thread that makes this reader's changes, with the database open on it; None
        (and said why) when nothing can be saved."""
        from store.errors import StoreError
        from tui.store_thread import StoreThread

        if self.db_path is None:
            return None

        def waiting() -> None:
            self.post_message(Waiting())

        changes = StoreThread(self.db_path, on_wait=waiting)
        try:
            store = changes.open().result()
        except StoreError as error:
            changes.close()
            self.app.call_from_thread(self.notify, f"{error}; tags cannot be saved", severity="error", timeout=15)
            return None
        if store.read_only:
            changes.close()
            self.app.call_from_thread(
                self.notify, f"{self.db_path}: read-only; tags and notes cannot be saved", severity="warning"
            )
            return None
        return changes

    def failed(self, message: str) -> None:
        """The articles cannot be shown: say why; the reader's exit status will say so too."""
        self.cannot_read = True
        gc.enable()  # nothing large was loaded to keep out of the collector's way
        self.query_one("#progress").display = False
        self.query_one("#detail-text", Static).update(f"{message}\nPress q to quit.")
        self.notify(message, title="Cannot read the article", severity="error", timeout=30)

    def show_sides(self, left: Side, right: Side, painted: threading.Event) -> None:
        """The whole articles, in place of their beginnings or of "Reading…"."""
        for side, content in (("a", left), ("b", right)):
            if self.query(f"#view-{side}"):
                self.view(side).show(content)
            else:
                self.query_one(f"#pane-{side}", Vertical).mount(ArticleView(content, id=f"view-{side}"))
        self.read = True
        if isinstance(self.focused, ArticleView):
            self.after_move(self.focused)
        else:
            self.view("a").focus()
        self.update_headers()
        self.query_one("#detail-text", Static).update("Matching the statements of the two articles\u2026")
        self.call_after_refresh(painted.set)

    def show_annotations(self, changes: StoreThread | None) -> None:
        """Tags and notes are in; from now on the reader's changes go to the store.

        Changes are made on their own thread; reads (tags, matches, search) stay here, on
        a connection of their own: in WAL mode a read never waits for another program."""
        from store.database import open_store
        from store.errors import StoreError

        self.annotated = True
        if changes is not None and self.db_path is not None:
            try:
                self.store = open_store(self.db_path)
            except StoreError as error:
                changes.close()
                self.notify(f"{error}; tags cannot be saved", severity="error", timeout=15)
            else:
                self.changes = changes
                self._restore_position()
        for side in ("a", "b"):
            self.view(side).refresh_marks()

    def show_matches(self, matches: list[Match], reviews: dict[tuple[int, int], tuple[str, str]]) -> None:
        attach_matches(self.view("a").side, self.view("b").side, matches, reviews)
        # Loading made millions of objects that live as long as the session: freeze them out
        # of the collector's reach. Then collect only when the reader pauses (and every few
        # seconds at most), not in the middle of a key press, where a collection of the
        # interface's own objects stalled one frame in ten by 50-130 ms.
        gc.collect()
        gc.freeze()
        gc.disable()
        self.set_interval(COLLECT_EVERY, self._collect_garbage)
        self.loaded = True
        self.query_one("#progress").display = False
        self.update_headers()
        for side in ("a", "b"):
            self.view(side).refresh_marks()
        self.after_move(self.focused_view())

    def _restore_position(self) -> None:
        from store.positions import load_position

        assert self.store is not None
        position = load_position(self.store, *self.shas())
        if position is None:
            return
        self.view("a").move_to(position.index_a)
        self.view("b").move_to(position.index_b)
        self.view(position.side).focus()

    def _remember_position_soon(self) -> None:
        """Save where the reader is a moment after they stop moving, so a killed terminal
        reopens there too, without a write for every key press."""
        if self._position_timer is not None:
            self._position_timer.stop()
        self._position_timer = self.set_timer(POSITION_DELAY, self._on_still)

    def _on_still(self) -> None:
        """The reader paused: remember where they are, and tidy memory while nobody waits."""
        self.save_position()
        self._collect_garbage()

    def _collect_garbage(self) -> None:
        gc.collect()

    def save_position(self) -> None:
        """Remember where the reader is; losing this is harmless, so errors are not shown."""
        from store.positions import Position, save_position

        if self.changes is None or not self.query(ArticleView):
            return
        side = "b" if self.focused_view() is self.view("b") else "a"
        position = Position(side, self.view("a").current, self.view("b").current)
        shas = self.shas()
        self.save_change(lambda store: save_position(store, *shas, position), report=False)

    # Changes, made on the store thread --------------------------------------------------

    def save_change(
        self, job: Callable[[Store], T], done: Callable[[T], None] | None = None, report: bool = True
    ) -> None:
        """Make a change on the store thread; done(result) runs here once it is saved. Its
        failure is shown (report) or ignored; nothing on screen claims a change not saved."""
        assert self.changes is not None
        self._unsaved += 1
        future = self.changes.submit(job)
        future.add_done_callback(lambda finished: self.post_message(ChangeFinished(finished, done, report)))

    def when_saved(self, then: Callable[[], None]) -> None:
        """Run then() once every change made so far is saved, so what it reads includes them."""
        if self._unsaved == 0:
            then()
        else:
            self.save_change(lambda store: None, lambda _: then(), report=False)

    @on(ChangeFinished)
    def _change_finished(self, event: ChangeFinished) -> None:
        from store.errors import StoreError

        self._unsaved -= 1
        if self._unsaved == 0:
            self._told_waiting = False
        error = event.future.exception()
        if error is None:
            if event.done is not None:
                event.done(event.future.result())
        elif event.report:
            why = str(error) if isinstance(error, StoreError) else f"unexpected error: {type(error).__name__}: {error}"
            self.notify(f"not saved: {why}", severity="error", timeout=15)
        if self._quitting and self._unsaved == 0:
            self.app.exit()

    @on(Waiting)
    def _waiting(self) -> None:
        if not self._told_waiting:
            self._told_waiting = True
            self.notify(
                "waiting for another program to release the database: your change is saved as soon as it does"
                " (keys still work)",
                severity="warning",
                timeout=10,
            )

    @property
    def unsaved(self) -> int:
        """How many changes are still being saved (or their outcome not yet shown)."""
        return self._unsaved

    def quit_when_saved(self) -> bool:
        """Asked on quit: save the position, and say whether the reader must stay open until
        its changes are saved (it then quits by itself; quitting again leaves them)."""
        if self._quitting:
            self._leave_unsaved = True
            return False
        self.save_position()
        if self._unsaved == 0:
            return False
        self._quitting = True
        self.set_timer(QUIT_NOTICE_DELAY, self._tell_quitting)
        return True

    def _tell_quitting(self) -> None:
        if self._unsaved:
            self.notify(
                f"saving {self._unsaved} change(s) before quitting; press q again to quit without them",
                severity="warning",
                timeout=30,
            )

    # Helpers ----------------------------------------------------------------------------

    def search_box(self) -> Input:
        return self.query_one("#search", Input)

    def finish_link(self, view: ArticleView) -> None:
        """enter in the other pane while linking: link the marked statement to this one."""
        self.reviewing.finish_link(view)

    def view(self, side: str) -> ArticleView:
        return self.query_one(f"#view-{side}", ArticleView)

    def focused_view(self) -> ArticleView:
        focused = self.focused
        return focused if isinstance(focused, ArticleView) else self.view("a")

    def other_view(self, view: ArticleView) -> ArticleView:
        return self.view("b") if view.id == "view-a" else self.view("a")

    def shas(self) -> tuple[str, str]:
        return self.view("a").side.document.sha256, self.view("b").side.document.sha256

    def ready(self) -> bool:
        return bool(self.query(ArticleView))

    def update_headers(self) -> None:
        for side in ("a", "b"):
            content = self.view(side).side
            widget = self.query_one(f"#header-{side}", Static)
            width = max(20, widget.content_region.width or widget.size.width or 78)
            source = strip_controls(content.document.source)  # a path can carry control characters too
            if self.loaded:
                line = _counts_that_fit(*content.counts(), source, width)
            else:
                counts = (
                    f"{plural(content.counts()[0], 'statement')} \u00b7 matching\u2026"
                    if self.read
                    else "reading\u2026"
                )
                line = f"{counts} \u00b7 {source}"
            widget.update(_header(content.document.title, line))

    # Keeping the panes and the detail bar in step -----------------------------------------

    @on(ArticleView.Moved)
    def _moved(self, event: ArticleView.Moved) -> None:
        if event.view is self.focused_view():
            self.after_move(event.view)

    def on_descendant_focus(self) -> None:
        if isinstance(self.focused, ArticleView):
            self.last_view = self.focused
            self.after_move(self.focused)

    def after_move(self, view: ArticleView) -> None:
        self._remember_position_soon()
        other = self.other_view(view)
        chosen = self.pairs.highlighted(self.side_name(view), view.side, view.current)
        counterparts = view.side.counterparts.get(view.current, [])
        view.highlighted, view.relations = frozenset(), {}
        other.highlighted = frozenset() if chosen is None else frozenset({chosen.index})
        other.relations = {c.index: c.relation for c in counterparts if c.status != "rejected"}
        if chosen is not None:
            other.relations[chosen.index] = chosen.relation
        view.pair_marks = {view.current: chosen.marks_here} if chosen is not None else {}
        other.pair_marks = {chosen.index: chosen.marks_there} if chosen is not None else {}
        view.refresh()
        other.refresh()
        if self.sync and chosen is not None:
            other.scroll_to_statement(chosen.index)
        self.update_detail(view)

    def side_name(self, view: ArticleView) -> str:
        """ "a" or "b": which article a pane shows."""
        return "a" if view.id == "view-a" else "b"

    def update_detail(self, view: ArticleView) -> None:
        """Describe the current statement of a pane in the detail bar."""
        name = self.side_name(view)
        number, _ = self.pairs.position(name, view.side, view.current)
        here = Position(
            label=name.upper(),
            side=view.side,
            statement=view.side.statements[view.current],
            other=self.other_view(view).side,
            chosen=self.pairs.highlighted(name, view.side, view.current),
            number=number,
            loaded=self.loaded,
            sync=self.sync,
        )
        self.query_one("#detail-text", DetailBar).show(here)

    # Actions ----------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        self.navigation.move(step)

    def action_page(self, pages: int) -> None:
        """PgDn / space / ctrl+f, PgUp / b / ctrl+b: a screenful, as less does."""
        self.navigation.page(pages)

    def action_half_page(self, direction: int) -> None:
        """ctrl+d / ctrl+u: half a screenful."""
        self.navigation.half_page(direction)

    def action_edge(self, end: int) -> None:
        self.navigation.edge(end)

    def action_switch_pane(self) -> None:
        self.navigation.switch_pane()

    def action_pane(self, side: str) -> None:
        self.navigation.pane(side)

    def action_next_matched(self, step: int) -> None:
        """] / [: the next pair with a match (with f: one nobody has reviewed yet)."""
        self.navigation.next_matched(step)

    def action_toggle_unreviewed(self) -> None:
        self.navigation.toggle_unreviewed()

    def action_next_conflict(self, step: int) -> None:
        """} / {: the next conflict, highlighted as the pair to review."""
        self.navigation.next_conflict(step)

    def action_counterpart(self) -> None:
        """enter: go to the highlighted counterpart; the pair stays highlighted from there."""
        self.navigation.counterpart()

    def action_cycle_counterpart(self, step: int) -> None:
        """c / C: highlight the statement's next (previous) counterpart, without moving."""
        self.navigation.cycle_counterpart(step)

    def say(self, message: str) -> None:
        """A short message, replacing the last one instead of piling up beside it."""
        self.app.clear_notifications()
        self.notify(message, timeout=3)

    def action_toggle_sync(self) -> None:
        self.navigation.toggle_sync()

    def can_save(self) -> bool:
        """Whether changes can be made now; if not, the reader is told why."""
        if self.changes is None and not self.annotated:
            self.notify("still reading the articles: tags and notes can be added in a moment", severity="warning")
        elif self.changes is None:
            self.notify("tags and notes cannot be saved: no usable database", severity="error")
        return self.changes is not None and self.store is not None

    def action_tag_key(self, key: int) -> None:
        self.tagging.tag_key(key)

    def tag_names(self) -> dict[int, str]:
        """The tag on each number key, as the database has it now (empty while it is not open)."""
        return self.tagging.tag_names()

    def action_pick_tag(self) -> None:
        self.tagging.pick_tag()

    def action_note(self) -> None:
        self.tagging.note()

    def action_export(self) -> None:
        self.tagging.export()

    # Reviewing matches, undo and redo ---------------------------------------------------

    def highlighted_match(self) -> tuple[int, int, Counterpart] | None:
        """The pair the reader is looking at: the current statement's highlighted counterpart,"""
        return self.reviewing.highlighted_match()

    def action_review(self, status: str) -> None:
        """v confirms the highlighted match; x rejects it, or takes a rejection back."""
        self.reviewing.review(status)

    def action_cycle_relation(self) -> None:
        """r: the reader's relation for the highlighted match (same, conflict, related in turn)."""
        self.reviewing.cycle_relation()

    def action_link(self) -> None:
        """m: mark the current statement; enter on a statement in the other pane links them."""
        self.reviewing.link()

    def action_escape(self) -> None:
        """escape closes the search, or cancels a link being made."""
        search = self.query_one("#search", Input)
        if search.display and self.ready():
            search.display = False
            search.can_focus = False
            self.searching.show_hits({}, {})
            self.focused_view().focus()
        elif self.linking is not None:
            self.linking = None
            self.notify("link cancelled", timeout=2)

    # Search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        """/: open the search box."""
        self.searching.search()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.searching.search_changed(event)

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.searching.search_submitted()

    def action_next_hit(self, step: int) -> None:
        """n / N: the next or previous hit, through A's hits, then B's, and round again."""
        self.searching.next_hit(step)

    def action_undo(self) -> None:
        self.reviewing.undo()

    def action_redo(self) -> None:
        self.reviewing.redo()

    def action_tags_view(self) -> None:
        """T: every tagged statement of the pair, to filter, jump to and export."""
        self.tagging.tags_view()

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.tag_names()))
