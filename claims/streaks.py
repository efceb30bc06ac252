"""Two lengths for one streak: "Vingegaard finished second for the third year in a row" / "Vingegaard was runner-up
for a second straight year", "It was the third meeting in a row at which rates were held" / "Rates have now been
unchanged at four consecutive meetings". Each ranks the latest of a run of like things, or tells how long the run
is; two lengths of a run of one kind cannot both be right (claims.verdict). Runs of two kinds ("for a third straight
year" / "his ninth straight win") are two series."""

from __future__ import annotations

import re

from claims.quantities import ORDINALS
from claims.reading import Reading
from claims.terms import NUMBER_WORDS, word_term

_CARDINALS = "two three four five six seven eight nine ten eleven twelve".split()
"""Lengths of a run in words (NUMBER_WORDS gives each one's number): "four consecutive meetings" is the fourth
meeting in a row."""
_RANK = r"(?P<rank>" + "|".join(ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))"
_LENGTH = r"(?P<length>" + "|".join(_CARDINALS) + r"|\d{1,3})"
_STREAK = re.compile(
    r"\b" + _RANK + r"\s+(?:(?:straight|consecutive|successive)\s+(?P<kind>[a-z]+)"
    r"|(?P<kind_in_a_row>[a-z]+?)s?\s+in\s+a\s+row)\b"
    r"|\b" + _LENGTH + r"\s+(?:(?:straight|consecutive|successive)\s+(?P<kinds>[a-z]+s)"
    r"|(?P<kinds_in_a_row>[a-z]+s)\s+in\s+a\s+row)\b",
    re.IGNORECASE,
)
"""A rank of a run or its length: "third year in a row", "second straight year", "28th consecutive month", "four
consecutive meetings"."""
_STREAK_WORDS = frozenset(("straight", "consecutive", "successive", "row"))


def streaks_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each ranks the latest of a run of one kind, when the ranks differ."""
    if a.words.isdisjoint(_STREAK_WORDS) or b.words.isdisjoint(_STREAK_WORDS):
        return None
    streak_a, streak_b = _streak(a.text), _streak(b.text)
    if streak_a is None or streak_b is None or _kind(streak_a) != _kind(streak_b):
        return None
    if _rank(streak_a) == _rank(streak_b):
        return None
    return streak_a.span(), streak_b.span()


def _streak(text: str) -> re.Match[str] | None:
    """The one run a statement ranks, if it ranks one."""
    found = list(_STREAK.finditer(text))
    return found[0] if len(found) == 1 else None


def _kind(streak: re.Match[str]) -> str:
    """What the run is of: "year" of "third year in a row", "meeting" of "four consecutive meetings"."""
    told = next(group for group in ("kind", "kind_in_a_row", "kinds", "kinds_in_a_row") if streak.group(group))
    return word_term(streak.group(told).lower())


def _rank(streak: re.Match[str]) -> int:
    """The rank as a number: "third", "3rd" and "three consecutive" are one."""
    if streak.group("length"):
        length = streak.group("length").lower()
        return int(NUMBER_WORDS.get(length, length))
    rank = streak.group("rank").lower()
    return ORDINALS[rank] if rank in ORDINALS else int(rank[:-2])
