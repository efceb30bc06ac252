"""When a story's newcomer takes up the post: at once against on a later date ("Philipp Navratil ... was named as his
successor with immediate effect" / "Navratil, who heads Nespresso, will take over on January 1", "effective
immediately" / "will start in March"). It is one fact of the story; the two cannot both be right, though they share
little but the newcomer (claims.told_once). A date without a month or a day of its own ("will take over soon") tells
no later date."""

from __future__ import annotations

import re

from claims.frames import MONTH_NAME
from claims.two_ways import TwoWays

AT_ONCE, LATER = "at once", "later"
_TAKING_UP = (
    r"(?:take\s+over|take\s+up\s+(?:the\s+|his\s+|her\s+)?(?:post|role|job|position)|assume\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:post|role|job|position)|start|begin|join)"
)
_TOLD = {
    AT_ONCE: re.compile(
        r"\bwith\s+immediate\s+effect\b|\beffective\s+immediately\b"
        r"|\b(?:takes?|took|taking)\s+(?:over|office|up\s+the\s+(?:post|role|job))\s+immediately\b",
        re.IGNORECASE,
    ),
    LATER: re.compile(
        r"\b(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+" + _TAKING_UP + r"\b[^.;]{0,30}?"
        r"\b(?:on|from|in|at\s+the\s+(?:start|beginning|end)\s+of)\s+(?:"
        + MONTH_NAME
        + r"|\d{1,2}\s+"
        + MONTH_NAME
        + r"|next\s+(?:year|month))\b"
        r"|\beffective\s+(?:from\s+)?(?:" + MONTH_NAME + r"|\d{1,2}\s+" + MONTH_NAME + r")\b",
        re.IGNORECASE,
    ),
}
"""A newcomer taking up the post at once ("with immediate effect", "effective immediately") or on a later date
("will take over on January 1", "will start in March", "effective from 1 April")."""
_WORDS = frozenset(("immediate", "immediately", "effective", "take", "start", "begin", "join", "assume"))


TAKEOVER = TwoWays(_WORDS, _TOLD)
"""A newcomer, told taking up the post at once or later."""
