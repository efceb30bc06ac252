"""What alignment produces: matches between statements and how they relate.

Kept apart from the matcher itself so that readers of results (the command line, the
store, the reader) do not load NumPy and SciPy just to name a relation.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

DEFAULT_MIN_SCORE = 0.2
"""Pairs scoring below this are not reported at all."""
SAME_SCORE = 0.4
"""At or above this, and with no contradiction, a pair says the same thing."""


class Relation(StrEnum):
    """How a matched pair of statements relate."""

    SAME = "same"
    CONFLICT = "conflict"
    RELATED = "related"

    @property
    def glyph(self) -> str:
        """A sign that carries the relation without colour: = same, ≠ conflict, ~ related."""
        return {"same": "=", "conflict": "\u2260", "related": "~"}[self.value]


@dataclass(frozen=True, slots=True)
class Match:
    """Statement `a` of the first document and `b` of the second, by statement index."""

    a: int
    b: int
    score: float
    """In [0, 1]: how much of the better-covered statement the other one restates."""
    relation: Relation
