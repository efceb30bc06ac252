"""A superlative claimed in one statement and qualified in the other: "It is one of the largest cash
thefts in the city's history" does not claim what "it was the biggest cash heist in Los Angeles
history" does, and "Orvia spent $5 billion on Lumio last year, its biggest deal until now" tells a
record since beaten, not "It is Orvia's largest acquisition to date". The two share the superlative
(claims/data/synonyms.txt joins "largest" and "biggest") and most of their words, yet make two claims."""

from __future__ import annotations

import re

from claims.reading import Reading

_SUPERLATIVES = frozenset(
    "largest biggest highest lowest greatest strongest deadliest costliest worst best longest shortest "
    "fastest oldest youngest richest smallest heaviest hottest coldest wettest driest busiest tallest most".split()
)
_SUPERLATIVE = r"(?:" + "|".join(sorted(_SUPERLATIVES - {"most"})) + r"|most\s+[a-z]+)"
_HELD = re.compile(r"\b(?:the|its|their|his|her|[\w-]+['\u2019]s)\s+(?:[a-z]+\s+)?" + _SUPERLATIVE + r"\b")
"""A superlative claimed: "the biggest", "its largest", "Orvia's largest", "one of the largest"."""
_QUALIFIED = re.compile(
    r"\b(?:one\s+of|among)\s+(?:the|its|their|his|her|[\w-]+['\u2019]s)\s+(?:[a-z]+\s+)?" + _SUPERLATIVE + r"\b"
    r"|" + _SUPERLATIVE + r"\b[^.;,]{0,30}?\b(?:(?:until|till)\s+(?:now|then)|at\s+the\s+time)\b"
    r"|\bprevious(?:ly)?\s+(?:the\s+)?" + _SUPERLATIVE + r"\b",
    re.IGNORECASE,
)
"""A superlative shared with others ("one of the largest", "among the most powerful") or since
beaten ("its biggest deal until now", "the largest at the time", "previously the biggest")."""


def superlatives_apart(a: Reading, b: Reading) -> bool:
    """Whether both claim a superlative, and one qualifies it (`_QUALIFIED`) where the other does not.
    A superlative between two commas only describes what it follows ("Chile's Atacama desert, one of
    the driest places on Earth, has burst into bloom"): no claim of either."""
    if a.words.isdisjoint(_SUPERLATIVES) or b.words.isdisjoint(_SUPERLATIVES):
        return False  # most statements claim none: their words say so before any pattern is tried
    if not (_claimed(_HELD, a.text) and _claimed(_HELD, b.text)):
        return False
    return _claimed(_QUALIFIED, a.text) != _claimed(_QUALIFIED, b.text)


def _claimed(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern is found outside an aside set between two commas."""
    return any(
        not (text[: found.start()].rstrip().endswith(",") and "," in text[found.end() :])
        for found in pattern.finditer(text)
    )
