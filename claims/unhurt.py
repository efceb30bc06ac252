"""Whether anyone was hurt in a story's event: no one against some ("There were no immediate reports of damage or
injuries" / "Several people were slightly injured by falling objects", "No one was injured" / "Two firefighters were
hurt"). It is one fact of the story; the two cannot both be right, though they share little but the injured
(claims.told_once). Only a statement that speaks for everyone tells no one hurt: "No passengers were injured" leaves
room for the crew, "No one else was hurt" for the one who was; and how badly the injured were hurt is another fact
(claims.injuries)."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.two_ways import Spans, TwoWays, told_two_ways_apart

NO_ONE, SOME = "no one", "some"
_HURT = r"(?:hurt|injured|wounded)"
_NO_ONE = re.compile(
    r"\b(?:no\s+one|no-one|nobody)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:reported\s+)?" + _HURT + r"\b"
    r"|\bno\s+(?:immediate\s+)?(?:reports?|sign)\s+of\s+(?:any\s+)?(?:\w+\s+(?:or|and)\s+)?(?:injuries|casualties)\b"
    r"|\bno\s+(?:injuries|casualties)\s+(?:were|have\s+been|had\s+been)\s+(?:immediately\s+)?reported\b"
    r"|\bthere\s+(?:were|have\s+been|had\s+been)\s+no\s+(?:immediate\s+|reported\s+)?(?:injuries|casualties)\b"
    r"|\bwithout\s+(?:any\s+)?(?:injuries|casualties)\b",
    re.IGNORECASE,
)
"""No one hurt, said of everyone: "No one was injured", "There were no immediate reports of damage or injuries", "No
injuries were reported", "There were no casualties"."""
_SOME = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|scores|hundreds|"
    r"a\s+number|a\s+few)\s+(?:of\s+)?(?:[a-z]+\s+){0,2}?(?:were|have\s+been|had\s+been)\s+"
    r"(?:(?:slightly|lightly|seriously|badly|critically|severely)\s+)?" + _HURT + r"\b"
    r"|\binjuring\s+(?:at\s+least\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\b",
    re.IGNORECASE,
)
"""People hurt: "Several people were slightly injured", "Two firefighters were hurt", "injuring at least 12"."""
_NOT_BEFORE = re.compile(r"\b(?:no|not|none|nobody|no\s+one|no-one|without|if|whether)\b[^.;]{0,30}$", re.IGNORECASE)
_ELSE = re.compile(r"\b(?:no\s+one|no-one|nobody)\s+else\b|\bother\b|\bothers\b|\bfurther\b", re.IGNORECASE)
_WORDS = frozenset(("hurt", "injured", "wounded", "injuries", "casualties", "injuring"))


_HURT_OR_NOT = TwoWays(_WORDS, {NO_ONE: _NO_ONE, SOME: _SOME}, _NOT_BEFORE, 30, frozenset((NO_ONE,)))


def hurt_told(reading: Reading) -> str | None:
    """Whether a statement tells no one hurt or some people hurt, if it tells one only, of the story's own time (not
    of a year it names: "In 2016, five people were injured in a similar quake")."""
    if reading.words.isdisjoint(_WORDS) or _ELSE.search(reading.text) or reading.values.years:
        return None
    return _HURT_OR_NOT.told(reading)


def hurt_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each tells whether anyone was hurt, when one tells no one and the other some."""
    return told_two_ways_apart(a, b, hurt_told, _HURT_OR_NOT.where)
