"""What alignment produces: matches between statements and how they relate.

Kept apart from the matcher itself so that readers of results (the command line, the
store, the reader) do not load NumPy and SciPy just to name a relation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

DEFAULT_MIN_SCORE = 0.2
"""Pairs scoring below this are not reported at all."""
SAME_SCORE = 0.3
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
class Mark:
    """A stretch of one statement that a reason points at, by offsets into its text."""

    start: int
    end: int
    kind: str
    """"shared" (both say it) or "differs" (a value, a date or a negation the other gives otherwise)."""

    def __reduce__(self) -> tuple[type[Mark], tuple[int, int, str]]:
        """Pickled as its fields: reasons come back from forked copies (claims.cores) by the
        hundred thousand, and a slotted dataclass's own state methods run in Python, ~3x slower."""
        return (Mark, (self.start, self.end, self.kind))


@dataclass(frozen=True, slots=True)
class Difference:
    """What disagrees, as each side writes it: "6.1" / "5.9" (magnitude)."""

    a: str
    b: str
    what: str
    """What the two disagree on: "magnitude", "villages", "denial"."""

    def __reduce__(self) -> tuple[type[Difference], tuple[str, str, str]]:
        """Pickled as its fields (`Mark.__reduce__`)."""
        return (Difference, (self.a, self.b, self.what))


@dataclass(frozen=True, slots=True)
class Why:
    """The reason for a verdict, for a person: what both say and, for a conflict, what differs.

    The marks say where in each statement those words stand, so a reader can highlight them.
    """

    shared: tuple[str, ...] = ()
    """Words both statements use (as the first one writes them), the weightiest first."""
    differences: tuple[Difference, ...] = ()
    marks_a: tuple[Mark, ...] = ()
    marks_b: tuple[Mark, ...] = ()
    basis: str = ""
    """What a same claim rests on besides the words: "the two headlines", "both give 207 to 394"."""

    def __reduce__(
        self,
    ) -> tuple[type[Why], tuple[tuple[str, ...], tuple[Difference, ...], tuple[Mark, ...], tuple[Mark, ...], str]]:
        """Pickled as its fields (`Mark.__reduce__`)."""
        return (Why, (self.shared, self.differences, self.marks_a, self.marks_b, self.basis))

    @property
    def text(self) -> str:
        """One line: "6.1 / 5.9 magnitude; shares quake, island" (what differs is named once:
        "14 percent / 9 percent", not "... percent percent"); "the two headlines; shares ECB"."""
        parts = [self.basis] if self.basis else []
        parts.extend(
            f"{d.a} / {d.b}" + (f" {d.what}" if d.what and not _names(d.b, d.what) else "") for d in self.differences
        )
        if self.shared:
            parts.append("shares " + ", ".join(self.shared))
        return "; ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        """The reason as JSON: its text, shared words, differences and marks ([start, end, kind])."""
        return {
            "text": self.text,
            "shared": list(self.shared),
            "differences": [{"a": d.a, "b": d.b, "what": d.what} for d in self.differences],
            "marks_a": [[m.start, m.end, m.kind] for m in self.marks_a],
            "marks_b": [[m.start, m.end, m.kind] for m in self.marks_b],
            "basis": self.basis,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Why:
        return cls(
            tuple(data.get("shared", ())),
            tuple(Difference(d["a"], d["b"], d["what"]) for d in data.get("differences", ())),
            tuple(Mark(*m) for m in data.get("marks_a", ())),
            tuple(Mark(*m) for m in data.get("marks_b", ())),
            str(data.get("basis", "")),
        )


@dataclass(frozen=True, slots=True)
class Match:
    """Statement `a` of the first document and `b` of the second, by statement index."""

    a: int
    b: int
    score: float
    """In [0, 1]: how much of the better-covered statement the other one restates."""
    relation: Relation
    why: Why = field(default=Why(), compare=False)
    """Why the engine says so; empty for a link made by hand."""


def _names(value: str, what: str) -> bool:
    """Whether a value's own words already say what it measures ("9 percent", "a day")."""
    last = value.split()[-1].lower() if value.split() else ""
    return last.rstrip("s") == what.lower().rstrip("s")
