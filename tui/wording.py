"""Counts said right: "1 conflict", "2 conflicts", "no match"."""

from __future__ import annotations

_IRREGULAR = {"match": "matches", "statement": "statements", "line": "lines", "pair": "pairs", "row": "rows"}


def plural(count: int, word: str, zero: str | None = None) -> str:
    """`count word`, the word in the plural unless the count is one ("no <word>s" for zero if asked)."""
    many = _IRREGULAR.get(word, word + "s")
    if count == 0 and zero is not None:
        return f"{zero} {many}"
    return f"{count} {word if count == 1 else many}"
