"""A reading session's state, apart from how it is drawn: the two articles, what matches
what, which tags and notes each statement carries, and how to move between statements.

Kept free of Textual so the navigation rules can be read and tested on their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from claims.document import Document, Statement
from claims.relation import Mark, Match, Relation

RELATION_STRENGTH = {Relation.CONFLICT: 3, Relation.SAME: 2, Relation.RELATED: 1}
"""A conflict outranks a same claim, which outranks a related statement: the order a
statement's counterparts are listed, cycled and visited in."""


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
    marks_here: tuple[Mark, ...] = ()
    """Where the reason's words stand in the statement that has this counterpart."""
    marks_there: tuple[Mark, ...] = ()
    """Where they stand in the counterpart."""


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


def attach_matches(
    left: Side, right: Side, matches: list[Match], reviews: dict[tuple[int, int], tuple[str, str]] | None = None
) -> None:
    """Record each match on both sides (reviews: (a, b) -> (status, origin)), each statement's
    counterparts ordered conflict, same, related, then by score; rejected ones last."""
    left.counterparts.clear()
    right.counterparts.clear()
    for match in matches:
        status, origin = (reviews or {}).get((match.a, match.b), ("suggested", "engine"))
        why = match.why
        left.counterparts.setdefault(match.a, []).append(
            Counterpart(match.b, match.relation, match.score, status, origin, why.text, why.marks_a, why.marks_b)
        )
        right.counterparts.setdefault(match.b, []).append(
            Counterpart(match.a, match.relation, match.score, status, origin, why.text, why.marks_b, why.marks_a)
        )
    for side in (left, right):
        for found in side.counterparts.values():
            found.sort(key=lambda c: (c.status == "rejected", -RELATION_STRENGTH[c.relation], -c.score, c.index))
        side.matches = len(matches)
        side.reviewed = sum(1 for status, _ in (reviews or {}).values() if status != "suggested")
