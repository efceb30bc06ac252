"""A reading session's state, apart from how it is drawn: the two articles, what matches
what, which tags and notes each statement carries, and how to move between statements.

Kept free of Textual so the navigation rules can be read and tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.document import Document, Statement
from claims.relation import Match, Relation

RELATION_STRENGTH = {Relation.CONFLICT: 3, Relation.SAME: 2, Relation.RELATED: 1}


@dataclass(frozen=True)
class Counterpart:
    """A statement on the other side that a statement matches."""

    index: int
    relation: Relation
    score: float
    status: str = "suggested"
    origin: str = "engine"
    why: str = ""
    """The engine's reason, in words ("6.1 / 5.9 magnitude; shares quake, island")."""


@dataclass(frozen=True)
class TagMark:
    name: str
    key: int | None
    colour: str | None


@dataclass
class Side:
    """One article as the reader shows it."""

    document: Document
    statements: list[Statement]
    counterparts: dict[int, list[Counterpart]] = field(default_factory=dict)
    tags: dict[int, list[TagMark]] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)

    def relation(self, index: int) -> Relation | None:
        """The strongest relation of a statement's live matches (a conflict outranks a match)."""
        live = [c.relation for c in self.counterparts.get(index, ()) if c.status != "rejected"]
        return max(live, key=RELATION_STRENGTH.__getitem__) if live else None

    def counts(self) -> tuple[int, int, int, int]:
        """Statements (claims), matched, in a conflict, unique."""
        claims = [s.index for s in self.statements if s.kind.is_claim]
        relations = [self.relation(index) for index in claims]
        matched = sum(1 for r in relations if r is not None)
        conflicts = sum(1 for r in relations if r is Relation.CONFLICT)
        return len(claims), matched, conflicts, len(claims) - matched

    reviewed: int = 0
    """Matches the reader has confirmed or rejected (counted when matches are attached)."""
    matches: int = 0

    def review_progress(self) -> tuple[int, int]:
        """Matches the reader has confirmed or rejected, of all this article's matches."""
        return self.reviewed, self.matches

    def next_unreviewed(self, index: int, step: int) -> int | None:
        """The nearest statement after (or before) with a match nobody has reviewed yet."""
        position = index + step
        while 0 <= position < len(self.statements):
            if any(c.status == "suggested" for c in self.counterparts.get(position, ())):
                return position
            position += step
        return None

    def next_where(self, index: int, step: int, wanted: set[Relation]) -> int | None:
        """The nearest statement after (step 1) or before (step -1) whose relation is wanted."""
        position = index + step
        while 0 <= position < len(self.statements):
            if self.relation(position) in wanted:
                return position
            position += step
        return None


def attach_matches(
    left: Side, right: Side, matches: list[Match], reviews: dict[tuple[int, int], tuple[str, str]] | None = None
) -> None:
    """Record each match on both sides, best first (reviews: (a, b) -> (status, origin))."""
    left.counterparts.clear()
    right.counterparts.clear()
    for match in matches:
        status, origin = (reviews or {}).get((match.a, match.b), ("suggested", "engine"))
        left.counterparts.setdefault(match.a, []).append(
            Counterpart(match.b, match.relation, match.score, status, origin, match.why.text)
        )
        right.counterparts.setdefault(match.b, []).append(
            Counterpart(match.a, match.relation, match.score, status, origin, match.why.text)
        )
    for side in (left, right):
        for found in side.counterparts.values():
            found.sort(key=lambda c: (c.status == "rejected", -c.score, c.index))
        side.matches = len(matches)
        side.reviewed = sum(1 for status, _ in (reviews or {}).values() if status != "suggested")
