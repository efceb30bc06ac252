"""Whether a story's death is treated as suspicious: foul play ruled out against suspected ("Police said there was no
indication of foul play" / "The sheriff said the deaths were suspicious enough to require a thorough investigation",
"The death is not being treated as suspicious" / "Police are treating the death as suspicious"). It is one fact of the
story; the two cannot both be right, though they share little but the death (claims.told_once)."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.two_ways import Spans, told_two_ways_apart

RULED_OUT, SUSPECTED = "ruled out", "suspected"
_DEATH = r"(?:deaths?|killings?|incident|case)"
_TOLD = {
    RULED_OUT: re.compile(
        r"\bno\s+(?:indication|sign|signs|evidence|suggestion|suspicion)\s+of\s+foul\s+play\b"
        r"|\bfoul\s+play\s+(?:is|was|has\s+been|had\s+been)\s+(?:not\s+suspected|ruled\s+out)\b"
        r"|\bruled\s+out\s+foul\s+play\b|\bdid\s+not\s+suspect\s+foul\s+play\b"
        r"|\bnot\s+(?:being\s+)?(?:treated|considered|regarded)\s+as\s+suspicious\b"
        r"|\bno\s+suspicious\s+circumstances\b",
        re.IGNORECASE,
    ),
    SUSPECTED: re.compile(
        r"\b" + _DEATH + r"\s+(?:were|was|is|are)\s+(?:being\s+treated\s+as\s+)?suspicious\b"
        r"|\b(?:treating|treated|investigating)\s+(?:[\w'\u2019-]+\s+){0,3}?as\s+suspicious\b"
        r"|\bsuspicious\s+" + _DEATH + r"\b"
        r"|\bfoul\s+play\s+(?:is|was|had\s+been|has\s+been)\s+suspected\b"
        r"|\b(?:could|can)\s+not\s+(?:yet\s+)?rule\s+out\s+foul\s+play\b|\bcannot\s+(?:yet\s+)?rule\s+out\s+foul\s+play\b"
        r"|\bfoul\s+play\s+(?:could\s+not|cannot|can\s+not)\s+(?:yet\s+)?be\s+ruled\s+out\b",
        re.IGNORECASE,
    ),
}
"""A death told with foul play ruled out ("no indication of foul play", "not being treated as suspicious", "no
suspicious circumstances") or suspected ("the deaths were suspicious", "treating the death as suspicious", "foul play
could not be ruled out")."""
_WORDS = frozenset(("foul", "suspicious"))


def foul_play_told(reading: Reading) -> str | None:
    """Whether a statement tells foul play ruled out or suspected in its death, if it tells one way only."""
    if reading.words.isdisjoint(_WORDS):
        return None
    told = [way for way, pattern in _TOLD.items() if pattern.search(reading.text) is not None]
    return told[0] if len(told) == 1 else None


def _where(text: str, way: str) -> re.Match[str] | None:
    return _TOLD[way].search(text)


def foul_play_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each tells whether its death is treated as suspicious, when one rules foul play out and the other not."""
    return told_two_ways_apart(a, b, foul_play_told, _where)
