"""Whether a story's protest stayed peaceful: "The rally ended peacefully late in the evening" / "Scuffles broke out
between protesters and police in the evening", "The march passed off without incident" / "Police fired tear gas at
the crowd". It is one fact of the story; the two cannot both be right, though they share little but the evening
(claims.told_once). Violence denied ("No clashes were reported") tells the protest peaceful; violence feared or
supposed ("police were braced for clashes") tells nothing."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.two_ways import Spans, TwoWays

PEACEFUL, VIOLENT = "peaceful", "violent"
_TOLD = {
    PEACEFUL: re.compile(
        r"\b(?:ended|passed(?:\s+off)?|went\s+off|remained|was|were|took\s+place|proceeded)\s+(?:largely\s+|mostly\s+)?"
        r"(?:peaceful(?:ly)?|calm(?:ly)?|without\s+(?:any\s+)?(?:incident|incidents|violence))\b"
        r"|\bno\s+(?:major\s+)?(?:reports?\s+of\s+)?(?:violence|clashes|incidents|unrest)\s+(?:was|were|had\s+been)?\s*"
        r"(?:reported|recorded)?"
        r"|\b(?:a|the)\s+peaceful\s+(?:march|rally|protest|demonstration|gathering)\b",
        re.IGNORECASE,
    ),
    VIOLENT: re.compile(
        r"\b(?:scuffles?|clash(?:es|ed)?|skirmish(?:es)?|riot(?:s|ed|ing)?|violence)\b"
        r"|\b(?:fired|firing|used|using|deployed)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:tear\s+gas|water\s+cannons?|rubber"
        r"\s+bullets|stun\s+grenades|pepper\s+spray)\b"
        r"|\b(?:threw|throwing|hurled|hurling)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:stones|rocks|bottles|flares|fireworks|"
        r"petrol\s+bombs)\b",
        re.IGNORECASE,
    ),
}
"""A protest told peaceful ("ended peacefully", "passed off without incident", "No clashes were reported", "a
peaceful march") or violent ("Scuffles broke out", "clashed with police", "fired tear gas", "threw stones")."""
_NOT_BEFORE = re.compile(
    r"\b(?:no|not|without|fears?\s+of|feared|braced\s+for|risk\s+of|warned\s+of|could|would|may|might|if|avoid)\b"
    r"[^.;]{0,25}$",
    re.IGNORECASE,
)
_WORDS = frozenset(
    "peaceful peacefully calm calmly incident incidents violence clashes clash clashed scuffle scuffles skirmishes"
    " riot riots rioted rioting unrest gas cannon cannons bullets grenades spray stones rocks bottles flares".split()
)
_PROTEST = frozenset(
    "protest protests protesters protestors rally rallies march marches marchers demonstration demonstrations"
    " demonstrators crowd crowds".split()
)


UNREST = TwoWays(_WORDS, _TOLD, _NOT_BEFORE, 25, frozenset((PEACEFUL,)))
"""A protest, told peaceful or violent."""


def unrest_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each tells how its protest went, when one tells it peaceful and the other violent; one of the two must
    name the protest ("The rally ended peacefully"), so the calm of a sea or a market is none."""
    if a.words.isdisjoint(_PROTEST) and b.words.isdisjoint(_PROTEST):
        return None
    return UNREST.apart(a, b)
