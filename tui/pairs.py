"""The pair the reader is looking at: one counterpart of the current statement at a time.

Review keys (v, x, r) act on exactly the highlighted pair, so the reader must always know
which one it is: the conflict `}` landed on, the counterpart `enter` followed, the one `c`
cycled to. A statement's counterparts are ordered conflict, same, related, then by score,
everywhere (the detail bar, cycling, the order `]` and `}` visit them in).

Kept free of Textual, like tui.session, so the rules can be read and tested on their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tui.session import Counterpart, Side

Wanted = Callable[[Counterpart], bool]


@dataclass(frozen=True)
class Landing:
    """Where a jump to the next pair lands: a statement and the counterpart highlighted there."""

    index: int
    counterpart: Counterpart
    wrapped: bool
    """The search went past the end (or the start) and came round."""


@dataclass
class PairCursor:
    """Which counterpart each statement has highlighted, and which pairs the reader has seen."""

    picked: dict[tuple[str, int], int] = field(default_factory=dict)
    """(side, statement) -> the counterpart's index in the other article."""
    visited: set[tuple[int, int]] = field(default_factory=set)
    """Pairs (index in A, index in B) the reader has been shown by ], }, enter or c."""

    def highlighted(self, name: str, side: Side, index: int) -> Counterpart | None:
        """The statement's highlighted counterpart: the one picked, else its first."""
        found = side.counterparts.get(index, [])
        if not found:
            return None
        chosen = self.picked.get((name, index))
        return next((c for c in found if c.index == chosen), found[0])

    def position(self, name: str, side: Side, index: int) -> tuple[int, int]:
        """Which of its counterparts is highlighted (from 1), and how many it has."""
        found = side.counterparts.get(index, [])
        current = self.highlighted(name, side, index)
        return (found.index(current) + 1 if current in found else 0), len(found)

    def pick(self, name: str, index: int, other: int) -> None:
        """Highlight the pair of statement `index` with statement `other` of the other article."""
        self.picked[(name, index)] = other

    def visit(self, name: str, index: int, other: int) -> None:
        self.pick(name, index, other)
        self.visited.add(_pair(name, index, other))

    def cycle(self, name: str, side: Side, index: int, step: int) -> Counterpart | None:
        """Highlight the next (or previous) counterpart of a statement, round and round."""
        found = side.counterparts.get(index, [])
        if not found:
            return None
        current = self.highlighted(name, side, index)
        position = found.index(current) if current in found else 0
        chosen = found[(position + step) % len(found)]
        self.visit(name, index, chosen.index)
        return chosen

    def next_pair(self, name: str, side: Side, start: int, step: int, wanted: Wanted) -> Landing | None:
        """The next pair the reader wants, from the current statement on: a wanted pair of the
        current statement not visited yet, else the first wanted pair of the next statement
        that has one (its first not yet visited, if any), coming round past the end."""
        here = [c for c in side.counterparts.get(start, []) if wanted(c)]
        fresh = [c for c in here if _pair(name, start, c.index) not in self.visited]
        if fresh:
            return self._land(name, start, fresh[0], wrapped=False)
        count = len(side.statements)
        for offset in range(1, count + 1):
            index = (start + step * offset) % count
            found = [c for c in side.counterparts.get(index, []) if wanted(c)]
            if found:
                unseen = [c for c in found if _pair(name, index, c.index) not in self.visited]
                wrapped = (index <= start) if step > 0 else (index >= start)
                return self._land(name, index, (unseen or found)[0], wrapped)
        return None

    def forget(self) -> None:
        """Start over (new matches: what was picked and seen may no longer exist)."""
        self.picked.clear()
        self.visited.clear()

    def _land(self, name: str, index: int, counterpart: Counterpart, wrapped: bool) -> Landing:
        self.visit(name, index, counterpart.index)
        return Landing(index, counterpart, wrapped)


def _pair(name: str, index: int, other: int) -> tuple[int, int]:
    return (index, other) if name == "a" else (other, index)
