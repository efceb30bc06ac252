"""Searching both articles as the reader types: hits marked in both panes, walked with n / N.

Short articles are scanned (any part of a word is found); articles of LARGE_FOR_SEARCH
statements and more go through the database's full-text index (whole words and beginnings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input

if TYPE_CHECKING:
    from tui.screens.parts import Reader
    from tui.widgets.article_view import ArticleView

LARGE_FOR_SEARCH = 5000
"""Articles with this many statements are searched through the store's full-text index."""
SEARCH_PLACEHOLDER = "search both articles (re: for a regular expression; enter to go, escape to close)"


class Searching:
    """The search box's work, for the screen whose articles it searches."""

    def __init__(self, screen: Reader) -> None:
        self.screen = screen

    def search(self) -> None:
        if not self.screen.ready():
            return
        search = self.screen.search_box()
        search.display = True
        search.can_focus = True
        search.focus()

    def search_changed(self, event: Input.Changed) -> None:
        from tui.search import SearchError, compile_query, find

        if not self.screen.ready():
            return  # typed before there is anything to search (the box is not shown then)
        try:
            pattern = compile_query(event.value)
        except SearchError as error:
            self.screen.search_box().border_subtitle = str(error)
            return
        hits = []
        for side in ("a", "b"):
            statements = self.screen.view(side).side.statements
            only = self.indexed_candidates(side, event.value) if pattern is not None else None
            hits.append(find(pattern, statements, only) if pattern is not None else {})
        self.show_hits(hits[0], hits[1])
        found = sum(len(spans) for side in hits for spans in side.values())
        self.screen.search_box().border_subtitle = f"{found} found" if pattern is not None else ""

    def indexed_candidates(self, side: str, query: str) -> set[int] | None:
        """For long articles and plain queries, the statements the full-text index offers."""
        from tui.search import REGEX_PREFIX

        if self.screen.store is None or query.startswith(REGEX_PREFIX):
            return None
        if len(self.screen.view(side).side.statements) < LARGE_FOR_SEARCH:
            return None
        from store.search import statements_matching

        return statements_matching(self.screen.store, self.screen.view(side).side.document.sha256, query)

    def show_hits(self, hits_a: dict[int, list[tuple[int, int]]], hits_b: dict[int, list[tuple[int, int]]]) -> None:
        for side, hits in (("a", hits_a), ("b", hits_b)):
            self.screen.view(side).hits = hits
            self.screen.view(side).refresh_marks()

    def search_submitted(self) -> None:
        if not self.screen.ready():
            return
        self.focused_view_before_search().focus()
        self.go_to_hit(1, from_cursor=True)

    def focused_view_before_search(self) -> ArticleView:
        return self.screen.last_view if self.screen.last_view is not None else self.screen.view("a")

    def next_hit(self, step: int) -> None:
        """n / N: the next or previous hit, through A's hits, then B's, and round again."""
        self.go_to_hit(step, from_cursor=False)

    def go_to_hit(self, step: int, from_cursor: bool) -> None:
        """Move to the next (previous) hit after the cursor (from_cursor: at it or after), and
        say which hit it is and when the search came round."""
        if not self.screen.ready():
            return
        order = [("a", index) for index in sorted(self.screen.view("a").hits)] + [
            ("b", index) for index in sorted(self.screen.view("b").hits)
        ]
        if not order:
            self.screen.say("no hits (press / to search)")
            return
        view = self.screen.focused_view()
        here = (self.screen.side_name(view), view.current)
        if from_cursor:
            later = [hit for hit in order if hit >= here]
        else:
            later = [hit for hit in order if (hit > here if step > 0 else hit < here)]
        wrapped = not later
        side, index = (later[0] if step > 0 else later[-1]) if later else (order[0] if step > 0 else order[-1])
        number = order.index((side, index)) + 1
        came_round = f"; came round to the {'first' if step > 0 else 'last'}" if wrapped else ""
        self.screen.say(f"hit {number} of {len(order)}{came_round}")
        self.screen.view(side).focus()
        self.screen.view(side).move_to(index)
