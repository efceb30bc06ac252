"""The main screen: two articles side by side, their matches, tags and notes."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from claims.decoding import strip_controls
from claims.errors import InputError
from claims.relation import Relation
from tui.pairs import PairCursor, Wanted
from tui.session import Counterpart, Side, attach_matches
from tui.widgets.article_view import ArticleView
from tui.wording import plural

if TYPE_CHECKING:
    from concurrent.futures import Future

    from textual.timer import Timer

    from claims.relation import Match
    from store.database import Store
    from tui.store_thread import StoreThread

T = TypeVar("T")

MIN_WIDTH, MIN_HEIGHT = 80, 24
SEARCH_PLACEHOLDER = "search both articles (re: for a regular expression; enter to go, escape to close)"
LARGE_FOR_SEARCH = 5000
"""Articles with this many statements are searched through the store's full-text index."""
COLLECT_EVERY = 10.0
"""Seconds between garbage collections while the reader keeps pressing keys."""
POSITION_DELAY = 1.0
"""Seconds of stillness before the reader's position is saved."""
QUIT_NOTICE_DELAY = 0.5
"""Seconds quitting waits for the last changes before it says it is waiting."""
RELATION_WORDS = {Relation.SAME: "same", Relation.CONFLICT: "conflict", Relation.RELATED: "related"}


MARK_STYLES = {"shared": "underline", "differs": "bold reverse"}
"""How the highlighted pair's words are marked wherever they are quoted: without colour."""


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
        """The last enter: the pane it came from, the statement there, which counterpart (its
        number in the list, and the statement it is, which stays true when the list re-sorts)."""
        self._position_timer: Timer | None = None
        self._linking: tuple[str, int] | None = None
        """While linking by hand: the pane and statement the link starts from."""
        self._last_view: ArticleView | None = None
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
            yield Static("Reading the articles\u2026", id="detail-text", markup=False)

    async def on_mount(self) -> None:
        self._fit_terminal()
        if self._ready():
            self.view("a").focus()
        if not self._ready() or self.has_class("too-small"):
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
            self.post_message(self.Waiting())

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
            self._after_move(self.focused)
        else:
            self.view("a").focus()
        self._update_headers()
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
        self._update_headers()
        for side in ("a", "b"):
            self.view(side).refresh_marks()
        self._after_move(self.focused_view())

    def _restore_position(self) -> None:
        from store.positions import load_position

        assert self.store is not None
        position = load_position(self.store, *self._shas())
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
        shas = self._shas()
        self._change(lambda store: save_position(store, *shas, position), report=False)

    # Changes, made on the store thread --------------------------------------------------

    class Waiting(Message):
        """A change waits for another program to release the database."""

    class ChangeFinished(Message):
        """A change is saved, or has failed."""

        def __init__(self, future: Future[Any], done: Callable[[Any], None] | None, report: bool) -> None:
            super().__init__()
            self.future = future
            self.done = done
            self.report = report

    def _change(self, job: Callable[[Store], T], done: Callable[[T], None] | None = None, report: bool = True) -> None:
        """Make a change on the store thread; done(result) runs here once it is saved. Its
        failure is shown (report) or ignored; nothing on screen claims a change not saved."""
        assert self.changes is not None
        self._unsaved += 1
        future = self.changes.submit(job)
        future.add_done_callback(lambda finished: self.post_message(self.ChangeFinished(finished, done, report)))

    def _when_saved(self, then: Callable[[], None]) -> None:
        """Run then() once every change made so far is saved, so what it reads includes them."""
        if self._unsaved == 0:
            then()
        else:
            self._change(lambda store: None, lambda _: then(), report=False)

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

    def view(self, side: str) -> ArticleView:
        return self.query_one(f"#view-{side}", ArticleView)

    def focused_view(self) -> ArticleView:
        focused = self.focused
        return focused if isinstance(focused, ArticleView) else self.view("a")

    def other_view(self, view: ArticleView) -> ArticleView:
        return self.view("b") if view.id == "view-a" else self.view("a")

    def _shas(self) -> tuple[str, str]:
        return self.view("a").side.document.sha256, self.view("b").side.document.sha256

    def _ready(self) -> bool:
        return bool(self.query(ArticleView))

    def _update_headers(self) -> None:
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
            self._after_move(event.view)

    def on_descendant_focus(self) -> None:
        if isinstance(self.focused, ArticleView):
            self._last_view = self.focused
            self._after_move(self.focused)

    def _after_move(self, view: ArticleView) -> None:
        self._remember_position_soon()
        other = self.other_view(view)
        chosen = self.pairs.highlighted(self._side_name(view), view.side, view.current)
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
        self._update_detail(view)

    def _side_name(self, view: ArticleView) -> str:
        """ "a" or "b": which article a pane shows."""
        return "a" if view.id == "view-a" else "b"

    def _update_detail(self, view: ArticleView) -> None:
        side = view.side
        statement = side.statements[view.current]
        label = "A" if view.id == "view-a" else "B"
        other = "B" if label == "A" else "A"
        text = Text()
        text.append(f"{label} {statement.index} \u00b7 {statement.kind.value}", style="bold")
        tags = side.tags.get(statement.index, [])
        text.append(" \u00b7 tags: " + (", ".join(t.name for t in tags) if tags else "none"))
        if self.loaded:
            reviewed, total = side.review_progress()
            own = side.counterparts.get(statement.index, [])
            own_reviewed = sum(1 for c in own if c.status != "suggested")
            if own:
                text.append(f" \u00b7 {own_reviewed} of {plural(len(own), 'match')} reviewed here")
            text.append(f" \u00b7 {reviewed} of {plural(total, 'match')} reviewed in all")
        if not self.sync:
            text.append(" \u00b7 sync off", style="italic")
        note = side.notes.get(statement.index)
        if note:
            text.append("\nnote: ", style="bold")
            text.append(note.replace("\n", " "))
        counterparts = side.counterparts.get(statement.index, [])
        if not self.loaded:
            text.append("\nmatching\u2026", style="italic")
        elif not statement.kind.is_claim:
            text.append(f"\n{statement.kind.value}: not compared", style="italic")
        elif not counterparts:
            text.append(f"\nunique: nothing in {other} says this", style="italic")
        other_side = self.other_view(view).side
        chosen = self.pairs.highlighted(self._side_name(view), side, statement.index)
        number, total = self.pairs.position(self._side_name(view), side, statement.index)
        if total > 1:
            text.append(f" \u00b7 counterpart {number} of {total} (c for the next)")
        shown = counterparts[:3] if chosen not in counterparts[3:] else [*counterparts[:2], chosen]
        for counterpart in shown:
            rejected = counterpart.status == "rejected"
            marker = "\u25b6 " if counterpart == chosen and total > 1 else ""
            score = "hand link" if counterpart.origin == "reader" else f"{counterpart.score:.2f}"
            text.append(
                f"\n{marker}{counterpart.relation.glyph} {RELATION_WORDS[counterpart.relation]} {score}"
                + (f" {counterpart.status}" if counterpart.status != "suggested" else "")
                + f"  {other} {counterpart.index}: ",
                style="dim" if rejected else "bold",
            )
            quoted = Text(
                other_side.statements[counterpart.index].text.replace("\n", " "), style="dim" if rejected else ""
            )
            if counterpart == chosen:
                for mark in counterpart.marks_there:
                    quoted.stylize(MARK_STYLES[mark.kind], mark.start, mark.end)
            text.append_text(quoted)
            if counterpart.why:
                text.append(f"  why: {counterpart.why}", style="dim italic")
        if len(counterparts) > len(shown):
            more = len(counterparts) - len(shown)
            text.append(f"\n\u2026 and {more} more (c cycles through them)", style="dim")
        self.query_one("#detail-text", Static).update(text)

    # Actions ----------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if self._ready():
            view = self.focused_view()
            view.move_to(view.current + step)

    def action_page(self, pages: int) -> None:
        """PgDn / space / ctrl+f, PgUp / b / ctrl+b: a screenful, as less does."""
        if self._ready():
            self.focused_view().page(pages)

    def action_half_page(self, direction: int) -> None:
        """ctrl+d / ctrl+u: half a screenful."""
        if self._ready():
            self.focused_view().page(direction / 2)

    def action_edge(self, end: int) -> None:
        if self._ready():
            view = self.focused_view()
            view.move_to(len(view.side.statements) - 1 if end else 0)

    def action_switch_pane(self) -> None:
        if self._ready():
            self.other_view(self.focused_view()).focus()

    def action_pane(self, side: str) -> None:
        if self._ready():
            self.view(side).focus()

    def action_next_matched(self, step: int) -> None:
        """] / [: the next pair with a match (with f: one nobody has reviewed yet)."""
        if self.unreviewed_only:
            self._next_pair(step, lambda c: c.status == "suggested", "unreviewed match")
        else:
            self._next_pair(step, lambda c: True, "match")

    def action_toggle_unreviewed(self) -> None:
        self.unreviewed_only = not self.unreviewed_only
        self.notify("] and [ " + ("skip reviewed matches" if self.unreviewed_only else "visit every match"), timeout=3)

    def action_next_conflict(self, step: int) -> None:
        """} / {: the next conflict, highlighted as the pair to review."""
        self._next_pair(step, lambda c: c.relation is Relation.CONFLICT and c.status != "rejected", "conflict")

    def _next_pair(self, step: int, wanted: Wanted, name: str) -> None:
        """Land on the next wanted pair: one of the current statement not yet seen, else the
        next statement's; past the end, round to the start, saying so."""
        if not self._ready():
            return
        view = self.focused_view()
        landing = self.pairs.next_pair(self._side_name(view), view.side, view.current, step, wanted)
        if landing is None:
            self._say(f"no {name} in this article")
            return
        if landing.wrapped:
            self._say(
                f"{'past the last' if step > 0 else 'before the first'} {name}: back to the "
                f"{'first' if step > 0 else 'last'}"
            )
        if landing.index == view.current:
            self._after_move(view)
        else:
            view.move_to(landing.index)

    def action_counterpart(self) -> None:
        """enter: go to the highlighted counterpart; the pair stays highlighted from there."""
        if not self._ready():
            return
        view = self.focused_view()
        if self._linking is not None:
            self._finish_link(view)
            return
        chosen = self.pairs.highlighted(self._side_name(view), view.side, view.current)
        if chosen is None:
            self._say("this statement has no counterpart")
            return
        target = self.other_view(view)
        self.pairs.visit(self._side_name(view), view.current, chosen.index)
        self.pairs.pick(self._side_name(target), chosen.index, view.current)
        target.focus()
        target.move_to(chosen.index)

    def action_cycle_counterpart(self, step: int) -> None:
        """c / C: highlight the statement's next (previous) counterpart, without moving."""
        if not self._ready():
            return
        view = self.focused_view()
        if self.pairs.cycle(self._side_name(view), view.side, view.current, step) is None:
            self._say("this statement has no counterpart")
            return
        self._after_move(view)

    def _say(self, message: str) -> None:
        """A short message, replacing the last one instead of piling up beside it."""
        self.app.clear_notifications()
        self.notify(message, timeout=3)

    def action_toggle_sync(self) -> None:
        self.sync = not self.sync
        self.notify(f"synchronised scrolling {'on' if self.sync else 'off'}", timeout=2)
        if self._ready():
            self._after_move(self.focused_view())

    def _can_save(self) -> bool:
        """Whether changes can be made now; if not, the reader is told why."""
        if self.changes is None and not self.annotated:
            self.notify("still reading the articles: tags and notes can be added in a moment", severity="warning")
        elif self.changes is None:
            self.notify("tags and notes cannot be saved: no usable database", severity="error")
        return self.changes is not None and self.store is not None

    def action_tag_key(self, key: int) -> None:
        from store.tags import tag_on_key

        if not self._ready() or not self._can_save():
            return
        assert self.store is not None
        tag = tag_on_key(self.store, key)
        if tag is None:
            self.notify(f"no tag on key {key}; press t to pick one", severity="warning")
            return
        self._toggle(tag.name)

    def _toggle(self, tag_name: str, create: bool = False) -> None:
        """Toggle the tag on the current statement (create: add the tag to the set first)."""
        from store.annotations import toggle_tag
        from store.tags import add_tag

        view = self.focused_view()
        side = view.side
        statement = side.statements[view.current]

        def change(store: Store) -> bool:
            if create:
                add_tag(store, tag_name)
            return toggle_tag(store, side.document, statement, tag_name)

        def saved(on: bool) -> None:
            self._reload_annotations(side)
            self.notify(
                f"{'tagged' if on else 'removed'} {tag_name!r} {'on' if on else 'from'} statement {statement.index}"
            )

        self._change(change, saved)

    def _reload_annotations(self, side: Side) -> None:
        """A side's tags and notes as the store has them now, on screen."""
        from tui.loading import tags_and_notes

        assert self.store is not None
        side.tags, side.notes = tags_and_notes(self.store, side)
        for pane in ("a", "b"):
            if self.view(pane).side is side:
                self.view(pane).refresh_marks()
        self._update_detail(self.focused_view())

    def tag_names(self) -> dict[int, str]:
        """The tag on each number key, as the database has it now (empty while it is not open)."""
        from store.tags import list_tags

        if self.store is None:
            return {}
        try:
            return {tag.key: tag.name for tag in list_tags(self.store) if tag.key is not None}
        except Exception:  # a database another program holds or changed: the names can wait
            return {}

    def action_pick_tag(self) -> None:
        from store.tags import list_tags
        from tui.dialogs import TagPicker

        if not self._ready() or not self._can_save():
            return

        def pick() -> None:
            assert self.store is not None
            view = self.focused_view()
            tags = list_tags(self.store)
            names = [t.name for t in tags]
            keys = {t.name: t.key for t in tags if t.key is not None}
            on_statement = {t.name for t in view.side.tags.get(view.current, [])}

            def chosen(name: str | None) -> None:
                if name:
                    self._toggle(name, create=name.casefold() not in {n.casefold() for n in names})

            self.app.push_screen(TagPicker(names, on_statement, keys), chosen)

        self._when_saved(pick)

    def action_note(self) -> None:
        from store.annotations import set_note
        from tui.dialogs import NoteDialog

        if not self._ready() or not self._can_save():
            return
        view = self.focused_view()
        side = view.side
        statement = side.statements[view.current]

        def written(text: str | None) -> None:
            if text is None:
                return

            def saved(_: None) -> None:
                self._reload_annotations(side)
                self.notify(f"note {'saved' if text.strip() else 'deleted'} on statement {statement.index}")

            self._change(lambda store: set_note(store, side.document, statement, text), saved)

        self.app.push_screen(NoteDialog(statement.text, side.notes.get(statement.index, "")), written)

    def action_export(self) -> None:
        if not self._ready() or not self._can_save():
            return
        self._when_saved(self._ask_where_to_export)

    def _ask_where_to_export(self) -> None:
        from store.export import ExportFilter, export_rows
        from tui.dialogs import ExportDialog
        from tui.dialogs.export_dialog import export_file_name

        assert self.store is not None
        only = ExportFilter(documents=list(self._shas()))
        rows = sum(1 for _ in export_rows(self.store, only))
        titles = [self.view(side).side.document.title for side in ("a", "b")]
        default = str(Path.cwd() / export_file_name(titles, self._shas(), date.today()))

        def write(path: str | None) -> None:
            from store.export import write_csv
            from store.output import write_to

            if not path:
                return

            def exported(count: int) -> None:
                self.notify(f"exported {count} rows to {Path(path).expanduser()}", title="Export", timeout=8)

            # On the store thread: a slow disk or a slow reader at a FIFO's end is waited for there.
            self._change(
                lambda store: write_to(path, lambda stream: write_csv(export_rows(store, only), stream), store),
                exported,
            )

        self.app.push_screen(ExportDialog(default, rows), write)

    # Reviewing matches, undo and redo ---------------------------------------------------

    def highlighted_match(self) -> tuple[int, int, Counterpart] | None:
        """The pair the reader is looking at: the current statement's highlighted counterpart,
        as (index in A, index in B, counterpart)."""
        view = self.focused_view()
        chosen = self.pairs.highlighted(self._side_name(view), view.side, view.current)
        if chosen is None:
            return None
        return (view.current, chosen.index, chosen) if view.id == "view-a" else (chosen.index, view.current, chosen)

    def action_review(self, status: str) -> None:
        """v confirms the highlighted match; x rejects it, or takes a rejection back."""
        match = self._reviewable()
        if match is None:
            return
        a, b, counterpart = match
        if counterpart.status == status:
            status = "suggested"  # pressed again: undecided
        words = {"confirmed": "confirmed", "rejected": "rejected", "suggested": "back to suggested"}
        self._apply_review(a, b, f"match A {a} \u2013 B {b} {words[status]}", status=status)

    def action_cycle_relation(self) -> None:
        """r: the reader's relation for the highlighted match (same, conflict, related in turn)."""
        match = self._reviewable()
        if match is None:
            return
        a, b, counterpart = match
        order = [Relation.SAME, Relation.CONFLICT, Relation.RELATED]
        relation = order[(order.index(counterpart.relation) + 1) % len(order)]
        self._apply_review(
            a, b, f"match A {a} \u2013 B {b} is now {relation.glyph} {relation.value}", relation=relation
        )

    def _reviewable(self) -> tuple[int, int, Counterpart] | None:
        if not self._ready() or not self._can_save():
            return None
        if not self.loaded:
            self.notify("still matching; try again in a moment", timeout=2)
            return None
        match = self.highlighted_match()
        if match is None:
            self.notify("this statement has no match to review", timeout=2)
        return match

    def _apply_review(
        self, a: int, b: int, said: str, status: str | None = None, relation: Relation | None = None
    ) -> None:
        from store.reviews import review_match

        shas = self._shas()

        def saved(_: None) -> None:
            self._reload_from_store()
            self.notify(said)

        self._change(lambda store: review_match(store, *shas, a, b, status=status, relation=relation), saved)

    def _reload_from_store(self) -> None:
        """Matches, tags and notes as the store has them now (after a review, undo or redo)."""
        from store.documents import stored_matches
        from tui.loading import tags_and_notes

        assert self.store is not None
        left, right = self.view("a").side, self.view("b").side
        stored = stored_matches(self.store, *self._shas())
        attach_matches(
            left, right, [s.match for s in stored], {(s.match.a, s.match.b): (s.status, s.origin) for s in stored}
        )
        for side in (left, right):
            side.tags, side.notes = tags_and_notes(self.store, side)
        self._update_headers()
        for pane in ("a", "b"):
            self.view(pane).refresh_marks()
        self._after_move(self.focused_view())

    def action_link(self) -> None:
        """m: mark the current statement; enter on a statement in the other pane links them."""
        if not self._ready() or not self._can_save() or not self.loaded:
            return
        view = self.focused_view()
        if not view.side.statements[view.current].kind.is_claim:
            self.notify("only claims can be linked, not page furniture or headings", severity="warning")
            return
        side = "a" if view.id == "view-a" else "b"
        self._linking = (side, view.current)
        self.other_view(view).focus()
        self.notify(
            f"linking {side.upper()} {view.current}: pick a statement here and press enter (escape cancels)",
            timeout=6,
        )

    def action_escape(self) -> None:
        """escape closes the search, or cancels a link being made."""
        search = self.query_one("#search", Input)
        if search.display and self._ready():
            search.display = False
            search.can_focus = False
            self._show_hits({}, {})
            self.focused_view().focus()
        elif self._linking is not None:
            self._linking = None
            self.notify("link cancelled", timeout=2)

    # Search -----------------------------------------------------------------------------

    def action_search(self) -> None:
        if not self._ready():
            return
        search = self.query_one("#search", Input)
        search.display = True
        search.can_focus = True
        search.focus()

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        from tui.search import SearchError, compile_query, find

        if not self._ready():
            return  # typed before there is anything to search (the box is not shown then)
        try:
            pattern = compile_query(event.value)
        except SearchError as error:
            self.query_one("#search", Input).border_subtitle = str(error)
            return
        hits = []
        for side in ("a", "b"):
            statements = self.view(side).side.statements
            only = self._indexed_candidates(side, event.value) if pattern is not None else None
            hits.append(find(pattern, statements, only) if pattern is not None else {})
        self._show_hits(hits[0], hits[1])
        found = sum(len(spans) for side in hits for spans in side.values())
        self.query_one("#search", Input).border_subtitle = f"{found} found" if pattern is not None else ""

    def _indexed_candidates(self, side: str, query: str) -> set[int] | None:
        """For long articles and plain queries, the statements the full-text index offers."""
        from tui.search import REGEX_PREFIX

        if self.store is None or query.startswith(REGEX_PREFIX):
            return None
        if len(self.view(side).side.statements) < LARGE_FOR_SEARCH:
            return None
        from store.search import statements_matching

        return statements_matching(self.store, self.view(side).side.document.sha256, query)

    def _show_hits(self, hits_a: dict[int, list[tuple[int, int]]], hits_b: dict[int, list[tuple[int, int]]]) -> None:
        for side, hits in (("a", hits_a), ("b", hits_b)):
            self.view(side).hits = hits
            self.view(side).refresh_marks()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        if not self._ready():
            return
        self.focused_view_before_search().focus()
        self._go_to_hit(1, from_cursor=True)

    def focused_view_before_search(self) -> ArticleView:
        return self._last_view if self._last_view is not None else self.view("a")

    def action_next_hit(self, step: int) -> None:
        """n / N: the next or previous hit, through A's hits, then B's, and round again."""
        self._go_to_hit(step, from_cursor=False)

    def _go_to_hit(self, step: int, from_cursor: bool) -> None:
        """Move to the next (previous) hit after the cursor (from_cursor: at it or after), and
        say which hit it is and when the search came round."""
        if not self._ready():
            return
        order = [("a", index) for index in sorted(self.view("a").hits)] + [
            ("b", index) for index in sorted(self.view("b").hits)
        ]
        if not order:
            self._say("no hits (press / to search)")
            return
        view = self.focused_view()
        here = (self._side_name(view), view.current)
        if from_cursor:
            later = [hit for hit in order if hit >= here]
        else:
            later = [hit for hit in order if (hit > here if step > 0 else hit < here)]
        wrapped = not later
        side, index = (later[0] if step > 0 else later[-1]) if later else (order[0] if step > 0 else order[-1])
        number = order.index((side, index)) + 1
        came_round = f"; came round to the {'first' if step > 0 else 'last'}" if wrapped else ""
        self._say(f"hit {number} of {len(order)}{came_round}")
        self.view(side).focus()
        self.view(side).move_to(index)

    def _finish_link(self, view: ArticleView) -> None:
        from tui.dialogs import RelationPicker

        assert self._linking is not None
        origin_side, origin_index = self._linking
        other = "B" if origin_side == "a" else "A"
        if view is self.view(origin_side):  # never a silent change of what is being linked
            self._say(
                f"linking {origin_side.upper()} {origin_index}: pick its statement in {other} (the other pane)"
                " and press enter; escape cancels, m starts again from here"
            )
            return
        if not view.side.statements[view.current].kind.is_claim:
            self._say(f"{other} {view.current} is not a claim (page furniture or a heading): pick another")
            return
        a, b = (origin_index, view.current) if origin_side == "a" else (view.current, origin_index)
        self._linking = None

        def chosen(relation: Relation | None) -> None:
            from store.reviews import link

            if relation is None or self.changes is None:
                return
            shas = self._shas()

            def saved(_: None) -> None:
                self._reload_from_store()
                self.notify(f"linked A {a} and B {b}: {relation.glyph} {relation.value}")

            self._change(lambda store: link(store, *shas, a, b, relation), saved)

        self.app.push_screen(RelationPicker(a, b), chosen)

    def action_undo(self) -> None:
        self._history("undo")

    def action_redo(self) -> None:
        self._history("redo")

    def _history(self, direction: str) -> None:
        from store.history import redo, undo

        if not self._ready() or not self._can_save():
            return

        def saved(done: str | None) -> None:
            if done is None:
                self.notify(f"nothing to {direction}", timeout=2)
                return
            self._reload_from_store()
            self.notify(f"{direction}: {done}")

        self._change(undo if direction == "undo" else redo, saved)

    def action_tags_view(self) -> None:
        """T: every tagged statement of the pair, to filter, jump to and export."""
        from tui.screens.tags_view import TagsView

        if not self._ready() or not self._can_save():
            return
        assert self.store is not None
        store = self.store

        def go(target: tuple[str, int] | None) -> None:
            if target is None:
                return
            sha, index = target
            view = self.view("a") if sha == self._shas()[0] else self.view("b")
            view.focus()
            view.move_to(index)

        def open_view() -> None:
            titles = (self.view("a").side.document.title, self.view("b").side.document.title)
            self.app.push_screen(TagsView(store, self._shas(), titles), go)

        self._when_saved(open_view)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen(self.tag_names()))
