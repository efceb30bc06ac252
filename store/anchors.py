"""Where a tag or note sits, anchored like a web annotation so it survives re-segmentation.

An anchor is the statement's exact text, a little context either side and its offsets in
the document text. The text is immutable (the document is named by its hash), so the
offsets stay true; what can change is how a newer claimdiff splits statements. Then the
anchor re-attaches to the statement that holds most of it, or is kept as orphaned.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from claims.document import Statement

CONTEXT_CHARS = 32


@dataclass(frozen=True)
class Anchor:
    document: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str

    def as_row(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
        }


def anchor_for(sha256: str, text: str, statement: Statement) -> Anchor:
    """The anchor of a statement of the document whose text is given."""
    return Anchor(
        document=sha256,
        start=statement.start,
        end=statement.end,
        quote=statement.text,
        prefix=text[max(0, statement.start - CONTEXT_CHARS) : statement.start],
        suffix=text[statement.end : statement.end + CONTEXT_CHARS],
    )


def locate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Offsets of the anchored text in the document: at its offsets if still there, else
    the occurrence whose context matches best (for anchors written by hand or imported)."""
    if text[anchor.start : anchor.end] == anchor.quote:
        return anchor.start, anchor.end
    best: tuple[int, int, int] | None = None
    position = text.find(anchor.quote)
    while position >= 0 and anchor.quote:
        end = position + len(anchor.quote)
        fit = _common_suffix(text[:position], anchor.prefix) + _common_prefix(text[end:], anchor.suffix)
        if best is None or fit > best[0]:
            best = (fit, position, end)
        position = text.find(anchor.quote, position + 1)
    return (best[1], best[2]) if best else None


class Span(Protocol):
    """Anything with an index and offsets: a statement, or a stored statement's row."""

    @property
    def index(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Placer:
    """Places many spans in one document's statements, each by a binary search on their
    offsets (statements do not overlap and come in text order), so an import of 90,000
    rows onto a 30,000-statement article does not look at every statement for each."""

    def __init__(self, statements: Sequence[Span]) -> None:
        ordered = sorted(statements, key=lambda statement: statement.start)
        self._starts = [statement.start for statement in ordered]
        self._spans = [(statement.start, statement.end, statement.index) for statement in ordered]

    def place(self, start: int, end: int) -> int | None:
        """The statement holding most of [start, end), if it holds at least half of it."""
        best: tuple[int, int] | None = None
        position = max(0, bisect.bisect_right(self._starts, start) - 1)
        while position < len(self._spans) and self._spans[position][0] < end:
            own_start, own_end, index = self._spans[position]
            overlap = min(end, own_end) - max(start, own_start)
            if overlap > 0 and (best is None or overlap > best[0]):
                best = (overlap, index)
            position += 1
        if best is None or best[0] * 2 < max(1, end - start):
            return None
        return best[1]


def reattach_all(db: Any, sha256: str, statements: Sequence[Statement]) -> None:
    """After a document is re-segmented, point its tags and notes at their new statements."""
    placer = Placer(statements)
    for table in ("taggings", "notes"):
        rows = db.execute(f'SELECT id, start, "end" FROM {table} WHERE document = ?', [sha256]).fetchall()
        for row_id, start, end in rows:
            db.execute(f"UPDATE {table} SET statement_index = ? WHERE id = ?", [placer.place(start, end), row_id])


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
