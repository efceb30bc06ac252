"""Whether a story's death is treated as suspicious: foul play ruled out against suspected ("Police said there was no
indication of foul play" / "The sheriff said the deaths were suspicious enough to require a thorough investigation",
"The death is not being treated as suspicious" / "Police are treating the death as suspicious"). It is one fact of the
story; the two cannot both be right, though they share little but the death (claims.told_once)."""

from __future__ import annotations

import re

from claims.two_ways import TwoWays

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


FOUL_PLAY = TwoWays(_WORDS, _TOLD)
"""A death, foul play told ruled out or suspected."""
