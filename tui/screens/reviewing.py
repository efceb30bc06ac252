"""Reviewing the engine's matches and linking statements by hand; undo and redo.

v, x and r act on exactly the pair the reader has highlighted (tui.pairs); m links the current
statement to one picked in the other pane. Reviews and links go through the store thread like
every change, and the matches shown are reloaded from the database once they are saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claims.relation import Relation
from tui.session import Counterpart, attach_matches

if TYPE_CHECKING:
    from tui.screens.parts import Reader
    from tui.widgets.article_view import ArticleView


class Reviewing:
    """Review, links and history, for the screen whose pairs they change."""

    def __init__(self, screen: Reader) -> None:
        self.screen = screen

    def highlighted_match(self) -> tuple[int, int, Counterpart] | None:
        """The pair the reader is looking at: the current statement's highlighted counterpart,
        as (index in A, index in B, counterpart)."""
        view = self.screen.focused_view()
        chosen = self.screen.pairs.highlighted(self.screen.side_name(view), view.side, view.current)
        if chosen is None:
            return None
        return (view.current, chosen.index, chosen) if view.id == "view-a" else (chosen.index, view.current, chosen)

    def review(self, status: str) -> None:
        """v confirms the highlighted match; x rejects it, or takes a rejection back."""
        match = self.reviewable()
        if match is None:
            return
        a, b, counterpart = match
        if counterpart.status == status:
            status = "suggested"  # pressed again: undecided
        words = {"confirmed": "confirmed", "rejected": "rejected", "suggested": "back to suggested"}
        self.apply_review(a, b, f"match A {a} \u2013 B {b} {words[status]}", status=status)

    def cycle_relation(self) -> None:
        """r: the reader's relation for the highlighted match (same, conflict, related in turn)."""
        match = self.reviewable()
        if match is None:
            return
        a, b, counterpart = match
        order = [Relation.SAME, Relation.CONFLICT, Relation.RELATED]
        relation = order[(order.index(counterpart.relation) + 1) % len(order)]
        self.apply_review(a, b, f"match A {a} \u2013 B {b} is now {relation.glyph} {relation.value}", relation=relation)

    def reviewable(self) -> tuple[int, int, Counterpart] | None:
        if not self.screen.ready() or not self.screen.can_save():
            return None
        if not self.screen.loaded:
            self.screen.notify("still matching; try again in a moment", timeout=2)
            return None
        match = self.highlighted_match()
        if match is None:
            self.screen.notify("this statement has no match to review", timeout=2)
        return match

    def apply_review(
        self, a: int, b: int, said: str, status: str | None = None, relation: Relation | None = None
    ) -> None:
        from store.reviews import review_match

        shas = self.screen.shas()

        def saved(_: None) -> None:
            self.reload_from_store()
            self.screen.notify(said)

        self.screen.save_change(lambda store: review_match(store, *shas, a, b, status=status, relation=relation), saved)

    def reload_from_store(self) -> None:
        """Matches, tags and notes as the store has them now (after a review, undo or redo)."""
        from store.documents import stored_matches
        from tui.loading import tags_and_notes

        assert self.screen.store is not None
        left, right = self.screen.view("a").side, self.screen.view("b").side
        stored = stored_matches(self.screen.store, *self.screen.shas())
        attach_matches(
            left, right, [s.match for s in stored], {(s.match.a, s.match.b): (s.status, s.origin) for s in stored}
        )
        for side in (left, right):
            side.tags, side.notes = tags_and_notes(self.screen.store, side)
        self.screen.update_headers()
        for pane in ("a", "b"):
            self.screen.view(pane).refresh_marks()
        self.screen.after_move(self.screen.focused_view())

    def link(self) -> None:
        """m: mark the current statement; enter on a statement in the other pane links them."""
        if not self.screen.ready() or not self.screen.can_save() or not self.screen.loaded:
            return
        view = self.screen.focused_view()
        if not view.side.statements[view.current].kind.is_claim:
            self.screen.notify("only claims can be linked, not page furniture or headings", severity="warning")
            return
        side = "a" if view.id == "view-a" else "b"
        self.screen.linking = (side, view.current)
        self.screen.other_view(view).focus()
        self.screen.notify(
            f"linking {side.upper()} {view.current}: pick a statement here and press enter (escape cancels)",
            timeout=6,
        )

    def finish_link(self, view: ArticleView) -> None:
        from tui.dialogs import RelationPicker

        assert self.screen.linking is not None
        origin_side, origin_index = self.screen.linking
        other = "B" if origin_side == "a" else "A"
        if view is self.screen.view(origin_side):  # never a silent change of what is being linked
            self.screen.say(
                f"linking {origin_side.upper()} {origin_index}: pick its statement in {other} (the other pane)"
                " and press enter; escape cancels, m starts again from here"
            )
            return
        if not view.side.statements[view.current].kind.is_claim:
            self.screen.say(f"{other} {view.current} is not a claim (page furniture or a heading): pick another")
            return
        a, b = (origin_index, view.current) if origin_side == "a" else (view.current, origin_index)
        self.screen.linking = None

        def chosen(relation: Relation | None) -> None:
            from store.reviews import link

            if relation is None or self.screen.changes is None:
                return
            shas = self.screen.shas()

            def saved(_: None) -> None:
                self.reload_from_store()
                self.screen.notify(f"linked A {a} and B {b}: {relation.glyph} {relation.value}")

            self.screen.save_change(lambda store: link(store, *shas, a, b, relation), saved)

        self.screen.app.push_screen(RelationPicker(a, b), chosen)

    def undo(self) -> None:
        self.history("undo")

    def redo(self) -> None:
        self.history("redo")

    def history(self, direction: str) -> None:
        from store.history import redo, undo

        if not self.screen.ready() or not self.screen.can_save():
            return

        def saved(done: str | None) -> None:
            if done is None:
                self.screen.notify(f"nothing to {direction}", timeout=2)
                return
            self.reload_from_store()
            self.screen.notify(f"{direction}: {done}")

        self.screen.save_change(undo if direction == "undo" else redo, saved)
