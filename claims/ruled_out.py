"""A possibility ruled out against one left open: "Nordbank ruled out a cyber attack" / "the bank
said it could not yet rule out a cyber attack", "Police have ruled out foul play" / "Police have not
ruled out foul play". One says the thing did not happen, the other that it may have: they cannot
both be true, though the second only supposes (claims.verdict)."""

from __future__ import annotations

import re

from claims.polarity import meaningful_terms
from claims.reading import Reading

_OPEN = re.compile(
    r"\b(?:not|n['\u2019]t|never|cannot|yet\s+to|refused\s+to|declined\s+to|unable\s+to)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:rule|rules|ruled|ruling)\s+out\b",
    re.IGNORECASE,
)
"""A possibility left open: "could not yet rule out", "have not ruled out", "declined to rule out"."""
_RULED_OUT = re.compile(r"\b(?:rule|rules|ruled|ruling)\s+out\b", re.IGNORECASE)
_WORDS = frozenset(("rule", "rules", "ruled", "ruling"))
_OBJECT_WORDS = 5
"""How many words after "rule out" may name what is ruled out ("a cyber attack", "foul play")."""


def ruled_out_against_open(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells of a possibility, when one rules it out and the other leaves it open, and
    the two name the same thing after "rule out"."""
    if a.words.isdisjoint(_WORDS) or b.words.isdisjoint(_WORDS) or "out" not in a.words or "out" not in b.words:
        return None
    for closed, open_, swapped in ((a, b, False), (b, a, True)):
        left_open = _OPEN.search(open_.text)
        ruled_out = _RULED_OUT.search(closed.text)
        if left_open is None or ruled_out is None or _OPEN.search(closed.text):
            continue
        if not _what_follows(closed.text, ruled_out.end()) & _what_follows(open_.text, left_open.end()):
            continue
        spans = (ruled_out.span(), left_open.span())
        return (spans[1], spans[0]) if swapped else spans
    return None


def _what_follows(text: str, end: int) -> frozenset[str]:
    return meaningful_terms(" ".join(text[end:].split()[:_OBJECT_WORDS]))
