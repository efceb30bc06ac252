"""Moving through the two articles: statements, pages, panes, and the pairs between them.

Every key that moves the reader lands here: by statement or page (as less does), to the next
pair with a match or a conflict (tui.pairs decides which), along the highlighted pair with
enter, or to another counterpart with c.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.relation import Relation
from tui.pairs import Wanted

if TYPE_CHECKING:
    from tui.screens.parts import Reader


class Navigation:
    """The reader's moves, for the screen whose panes they move in."""

    def __init__(self, screen: Reader) -> None:
        self.screen = screen

    def move(self, step: int) -> None:
        if self.screen.ready():
            view = self.screen.focused_view()
            view.move_to(view.current + step)

    def page(self, pages: int) -> None:
        """PgDn / space / ctrl+f, PgUp / b / ctrl+b: a screenful, as less does."""
        if self.screen.ready():
            self.screen.focused_view().page(pages)

    def half_page(self, direction: int) -> None:
        """ctrl+d / ctrl+u: half a screenful."""
        if self.screen.ready():
            self.screen.focused_view().page(direction / 2)

    def edge(self, end: int) -> None:
        if self.screen.ready():
            view = self.screen.focused_view()
            view.move_to(len(view.side.statements) - 1 if end else 0)

    def switch_pane(self) -> None:
        if self.screen.ready():
            self.screen.other_view(self.screen.focused_view()).focus()

    def pane(self, side: str) -> None:
        if self.screen.ready():
            self.screen.view(side).focus()

    def next_matched(self, step: int) -> None:
        """] / [: the next pair with a match (with f: one nobody has reviewed yet)."""
        if self.screen.unreviewed_only:
            self.next_pair(step, lambda c: c.status == "suggested", "unreviewed match")
        else:
            self.next_pair(step, lambda c: True, "match")

    def toggle_unreviewed(self) -> None:
        self.screen.unreviewed_only = not self.screen.unreviewed_only
        self.screen.notify(
            "] and [ " + ("skip reviewed matches" if self.screen.unreviewed_only else "visit every match"), timeout=3
        )

    def next_conflict(self, step: int) -> None:
        """} / {: the next conflict, highlighted as the pair to review."""
        self.next_pair(step, lambda c: c.relation is Relation.CONFLICT and c.status != "rejected", "conflict")

    def next_pair(self, step: int, wanted: Wanted, name: str) -> None:
        """Land on the next wanted pair: one of the current statement not yet seen, else the
        next statement's; past the end, round to the start, saying so."""
        if not self.screen.ready():
            return
        view = self.screen.focused_view()
        landing = self.screen.pairs.next_pair(self.screen.side_name(view), view.side, view.current, step, wanted)
        if landing is None:
            self.screen.say(f"no {name} in this article")
            return
        if landing.wrapped:
            self.screen.say(
                f"{'past the last' if step > 0 else 'before the first'} {name}: back to the "
                f"{'first' if step > 0 else 'last'}"
            )
        if landing.index == view.current:
            self.screen.after_move(view)
        else:
            view.move_to(landing.index)

    def counterpart(self) -> None:
        """enter: go to the highlighted counterpart; the pair stays highlighted from there."""
        if not self.screen.ready():
            return
        view = self.screen.focused_view()
        if self.screen.linking is not None:
            self.screen.finish_link(view)
            return
        chosen = self.screen.pairs.highlighted(self.screen.side_name(view), view.side, view.current)
        if chosen is None:
            self.screen.say("this statement has no counterpart")
            return
        target = self.screen.other_view(view)
        self.screen.pairs.visit(self.screen.side_name(view), view.current, chosen.index)
        self.screen.pairs.pick(self.screen.side_name(target), chosen.index, view.current)
        target.focus()
        target.move_to(chosen.index)

    def cycle_counterpart(self, step: int) -> None:
        """c / C: highlight the statement's next (previous) counterpart, without moving."""
        if not self.screen.ready():
            return
        view = self.screen.focused_view()
        if self.screen.pairs.cycle(self.screen.side_name(view), view.side, view.current, step) is None:
            self.screen.say("this statement has no counterpart")
            return
        self.screen.after_move(view)

    def toggle_sync(self) -> None:
        self.screen.sync = not self.screen.sync
        self.screen.notify(f"synchronised scrolling {'on' if self.screen.sync else 'off'}", timeout=2)
        if self.screen.ready():
            self.screen.after_move(self.screen.focused_view())
