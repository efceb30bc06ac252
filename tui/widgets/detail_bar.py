"""The bar under the panes: the current statement, its tags and note, and its counterparts.

It says which counterpart is highlighted ("counterpart 2 of 3"), lists the first few with their
relation, score and reason, and marks in the highlighted one the words the two share
(underlined) and what differs (reversed), without colour.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static

from claims.document import Statement
from claims.relation import Relation
from tui.report import MARK_STYLES
from tui.session import Counterpart, Side
from tui.wording import plural

RELATION_WORDS = {Relation.SAME: "same", Relation.CONFLICT: "conflict", Relation.RELATED: "related"}
SHOWN = 3
"""Counterparts listed; the highlighted one is always among them."""


@dataclass(frozen=True)
class Position:
    """What the bar describes: a statement of one article, and where the reader is with it."""

    label: str
    """ "A" or "B": the article the statement is in."""
    side: Side
    statement: Statement
    other: Side
    chosen: Counterpart | None
    """The highlighted counterpart."""
    number: int
    """Which of the statement's counterparts is highlighted (from 1)."""
    loaded: bool
    """Whether the matches are in."""
    sync: bool


class DetailBar(Static):
    """The current statement, in words, with its counterparts."""

    def show(self, here: Position) -> None:
        self.update(describe(here))


def describe(here: Position) -> Text:
    """The bar's text for a position (a function, so it can be read and tested alone)."""
    side, statement = here.side, here.statement
    other = "B" if here.label == "A" else "A"
    text = Text()
    text.append(f"{here.label} {statement.index} \u00b7 {statement.kind.value}", style="bold")
    tags = side.tags.get(statement.index, [])
    text.append(" \u00b7 tags: " + (", ".join(t.name for t in tags) if tags else "none"))
    counterparts = side.counterparts.get(statement.index, [])
    if here.loaded:
        reviewed, total = side.review_progress()
        own_reviewed = sum(1 for c in counterparts if c.status != "suggested")
        if counterparts:
            text.append(f" \u00b7 {own_reviewed} of {plural(len(counterparts), 'match')} reviewed here")
        text.append(f" \u00b7 {reviewed} of {plural(total, 'match')} reviewed in all")
    if len(counterparts) > 1:
        text.append(f" \u00b7 counterpart {here.number} of {len(counterparts)} (c for the next)")
    if not here.sync:
        text.append(" \u00b7 sync off", style="italic")
    note = side.notes.get(statement.index)
    if note:
        text.append("\nnote: ", style="bold")
        text.append(note.replace("\n", " "))
    if not here.loaded:
        text.append("\nmatching\u2026", style="italic")
    elif not statement.kind.is_claim:
        text.append(f"\n{statement.kind.value}: not compared", style="italic")
    elif not counterparts:
        text.append(f"\nunique: nothing in {other} says this", style="italic")
    chosen = here.chosen
    shown = counterparts[:SHOWN] if chosen not in counterparts[SHOWN:] else [*counterparts[: SHOWN - 1], chosen]
    for counterpart in shown:
        text.append_text(_counterpart(counterpart, here.other, other, counterpart == chosen, len(counterparts) > 1))
    if len(counterparts) > len(shown):
        text.append(f"\n\u2026 and {len(counterparts) - len(shown)} more (c cycles through them)", style="dim")
    return text


def _counterpart(counterpart: Counterpart, side: Side, label: str, highlighted: bool, several: bool) -> Text:
    """One counterpart's line; the highlighted one with its words marked (and ▶ among several)."""
    rejected = counterpart.status == "rejected"
    marker = "\u25b6 " if highlighted and several else ""
    score = "hand link" if counterpart.origin == "reader" else f"{counterpart.score:.2f}"
    status = f" {counterpart.status}" if counterpart.status != "suggested" else ""
    text = Text()
    text.append(
        f"\n{marker}{counterpart.relation.glyph} {RELATION_WORDS[counterpart.relation]} {score}{status}"
        f"  {label} {counterpart.index}: ",
        style="dim" if rejected else "bold",
    )
    quoted = Text(side.statements[counterpart.index].text.replace("\n", " "), style="dim" if rejected else "")
    for mark in counterpart.marks_there if highlighted else ():
        quoted.stylize(MARK_STYLES[mark.kind], mark.start, mark.end)
    text.append_text(quoted)
    if counterpart.why:
        text.append(f"  why: {counterpart.why}", style="dim italic")
    return text
