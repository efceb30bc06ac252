"""When a deal is expected to close: "The deal is expected to close in the first quarter of next
year" / "The companies expect to complete the deal in the second half of next year", "... by the
end of this year". A story about a takeover tells one closing, often in words that share little
but the deal; two windows that cannot meet are a conflict (claims.verdict), though each is
hedged ("expected to"): both are the same forecast, told apart.

A window is read as a stretch of months counted from January of the year the report calls "this
year" (next year's March is month 15), or of a year written out ("in the first half of 2026"): a
window told one way is compared only with one told the same way, as nothing says which year
"this year" is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.reading import Reading

_CLOSING = re.compile(
    r"\b(?:(?:to|will|would|should|could|may)\s+(?:close|complete|be\s+completed|be\s+closed|be\s+finali[sz]ed)"
    r"|closing|completion|to\s+go\s+through)\b"
    r"[^.;]{0,60}?\b(?P<when>"
    r"(?P<by>by|before)?(?:in|during|at|until)?\s*(?:the\s+)?"
    r"(?:(?P<part>first|second|third|fourth|final|last)\s+(?P<unit>quarter|half)"
    r"|(?P<edge>end|start|beginning|middle)|(?P<season>early|mid|late|later))?"
    r"(?:\s+of|-|\s+in)?\s*(?:the\s+)?(?:(?P<relative>this|next|the)\s+year|(?P<year>20\d\d))\b)",
    re.IGNORECASE,
)
"""A closing and when it is expected: "is expected to close in the first quarter of next year", "to
be completed by the end of this year", "completion ... in the second half of 2026", "to close early
next year", "by mid-2026"."""
_CLOSING_WORDS = frozenset(
    ("close", "closing", "complete", "completed", "completion", "finalised", "finalized", "through")
)
_PARTS = {
    ("first", "quarter"): (1, 3),
    ("second", "quarter"): (4, 6),
    ("third", "quarter"): (7, 9),
    ("fourth", "quarter"): (10, 12),
    ("final", "quarter"): (10, 12),
    ("last", "quarter"): (10, 12),
    ("first", "half"): (1, 6),
    ("second", "half"): (7, 12),
}
_EDGES = {"end": (10, 12), "start": (1, 3), "beginning": (1, 3), "middle": (5, 8)}
_SEASONS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "later": (7, 12)}
_LONG_BEFORE = -120
"""The first month of a window told "by" its end: ten years before "this year", further back than
any deal is told to close."""


@dataclass(frozen=True)
class Window:
    """Months in which a closing is expected, counted as the module says, and how the year is told."""

    first: int
    last: int
    told: str
    """"relative" (this year, next year) or the year written out."""
    span: tuple[int, int]
    """Where the statement tells it."""


def closing_window(reading: Reading) -> Window | None:
    """When a statement says a deal is expected to close, if it says so with a year."""
    if reading.words.isdisjoint(_CLOSING_WORDS):
        return None  # most statements tell no closing: their words say so before the pattern is tried
    found = _CLOSING.search(reading.text)
    if found is None:
        return None
    relative, year = found.group("relative"), found.group("year")
    offset = 12 if relative is not None and relative.lower() == "next" else 0
    first, last = 1, 12
    if found.group("part"):
        first, last = _PARTS[found.group("part").lower(), found.group("unit").lower()]
    elif found.group("edge"):
        first, last = _EDGES[found.group("edge").lower()]
    elif found.group("season"):
        first, last = _SEASONS[found.group("season").lower()]
    if found.group("by"):
        first = _LONG_BEFORE  # by then: any time before it
    start, end = found.span("when")
    start += len(found.group("when")) - len(found.group("when").lstrip())  # "by the end of| the first quarter"
    return Window(offset + first, offset + last, year or "relative", (start, end))


def closings_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells when one deal is expected to close, when the two windows cannot meet."""
    mine, theirs = closing_window(a), closing_window(b)
    if mine is None or theirs is None or mine.told != theirs.told:
        return None
    if mine.last < theirs.first or theirs.last < mine.first:
        return mine.span, theirs.span
    return None
