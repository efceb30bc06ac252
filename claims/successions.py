"""Whether a story's successor is chosen, and when the newcomer takes up the post: still sought against chosen ("Thomas
Frank is the favourite to replace him" / "The club said it had already agreed terms with Thomas Frank to take over";
"The board has formed a search committee" / "A successor has already been chosen"), at once against on a later date
("Philipp Navratil ... was named as his successor with immediate effect" / "Navratil, who heads Nespresso, will take
over on January 1", "effective immediately" / "will start in March"). Each is one fact of the story; the two cannot
both be right, though they share little but the newcomer (claims.told_once). A date without a month or a day of its
own ("will take over soon") tells no later date."""

from __future__ import annotations

import re

from claims.frames import MONTH_NAME
from claims.terms import CAPITALISED_NAME
from claims.two_ways import TwoWays

AT_ONCE, LATER = "at once", "later"
_TAKING_UP = (
    r"(?:take\s+over|take\s+up\s+(?:the\s+|his\s+|her\s+)?(?:post|role|job|position)|assume\s+(?:the\s+|his\s+|her\s+)?"
    r"(?:post|role|job|position)|start|begin|join)"
)
_LEAVING = r"(?:step\s+down|stand\s+down|leave|retire|depart)"
"""The one who goes: when the one leaving goes is when the newcomer comes ("would step down at the end of the year" /
"has replaced chief executive Hein Schumacher ... with immediate effect")."""
_TOLD = {
    AT_ONCE: re.compile(
        r"\bwith\s+immediate\s+effect\b|\beffective\s+immediately\b"
        r"|\b(?:takes?|took|taking)\s+(?:over|office|up\s+the\s+(?:post|role|job))\s+immediately\b",
        re.IGNORECASE,
    ),
    LATER: re.compile(
        r"\b(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to)\s+(?:" + _TAKING_UP + "|" + _LEAVING + r")\b[^.;]{0,30}?"
        r"\b(?:on|from|in|at\s+the\s+(?:start|beginning|end)\s+of)\s+(?:"
        + MONTH_NAME
        + r"|\d{1,2}\s+"
        + MONTH_NAME
        + r"|next\s+(?:year|month)|(?:the|this)\s+(?:year|month))\b"
        r"|\beffective\s+(?:from\s+)?(?:" + MONTH_NAME + r"|\d{1,2}\s+" + MONTH_NAME + r")\b",
        re.IGNORECASE,
    ),
}
"""A newcomer taking up the post, or the one before leaving it, at once ("with immediate effect", "effective
immediately") or on a later date ("will take over on January 1", "will start in March", "effective from 1 April",
"would step down at the end of the year")."""
_WORDS = frozenset(
    "immediate immediately effective take start begin join assume step stand leave retire depart".split()
)


TAKEOVER = TwoWays(_WORDS, _TOLD)
"""A newcomer, told taking up the post at once or later."""


SOUGHT, CHOSEN = "sought", "chosen"
_TO_SUCCEED = r"(?:to\s+(?:replace|succeed|take\s+over)|for\s+the\s+(?:job|post|role))"
_SUCCESSOR = r"(?:(?:a|his|her|their|its)\s+)?(?:successor|replacement)"
_CHOSEN_TOLD = {
    SOUGHT: re.compile(
        r"\b(?:favourite|favorite|frontrunner|front-runner|tipped|contenders?|candidates?|shortlisted)\s+"
        + _TO_SUCCEED
        + r"|\b(?:search|hunt|looking)\s+for\s+"
        + _SUCCESSOR
        + r"|\bsearch\s+committee\b"
        r"|\b(?:has|have)\s+(?:yet\s+to|not\s+yet)\s+(?:name|named|appoint|appointed|choose|chosen)\s+"
        + _SUCCESSOR
        + r"|\b(?:has|have)\s+not\s+(?:yet\s+)?(?:named|appointed|chosen)\s+"
        + _SUCCESSOR
        + r"|\bno\s+(?:successor|replacement)\s+has\s+(?:yet\s+)?been\s+(?:named|chosen|appointed)",
        re.IGNORECASE,
    ),
    CHOSEN: re.compile(
        r"\b(?:agreed\s+terms\s+with|appointed|named|hired)\s+"
        + CAPITALISED_NAME
        + r"\s+(?:as\s+"
        + _SUCCESSOR
        + r"|"
        + _TO_SUCCEED
        + r")"
        r"|\b(?:successor|replacement)\s+has\s+(?:already\s+)?been\s+(?:chosen|named|appointed|found)"
        r"|\b(?:has|have|had)\s+(?:already\s+)?been\s+(?:chosen|named|appointed|picked|hired)\s+(?:as\s+"
        + _SUCCESSOR
        + r"|"
        + _TO_SUCCEED
        + r")"
        r"|\bhas\s+(?:already\s+)?(?:named|appointed|chosen|picked|selected|found|identified)\s+" + _SUCCESSOR,
        re.IGNORECASE,
    ),
}
"""A successor still sought ("the favourite to replace him", "the search for a successor", "has yet to name a
successor") or chosen ("agreed terms with Thomas Frank to take over", "A successor has already been chosen", "has
named his successor", "has already picked his successor")."""
_SUPPOSED = re.compile(r"\b(?:if|whether|not|could|may|might|expected\s+to|likely\s+to|set\s+to)\b[^.;]{0,20}$", re.I)
"""Before a telling, that it is only supposed or denied ("is expected to name Frank as his successor")."""

SUCCESSOR = TwoWays(
    frozenset(
        "successor replacement replace succeed favourite favorite frontrunner front-runner tipped contender "
        "contenders candidate candidates shortlisted search agreed appointed named chosen hired".split()
    ),
    _CHOSEN_TOLD,
    _SUPPOSED,
)
"""A successor, told still sought or chosen."""
