"""What a story tells of its injured, two facts each told once (claims.told_once), which two statements cannot both
be right about though they share little but the injured. How badly they were hurt: all lightly against some gravely
("All of the injured suffered minor injuries" / "Two of the injured were in serious condition", "No one was seriously
hurt" / "A woman is in critical condition", "None of the injuries were life-threatening" / "Three people were
critically injured"); only a statement that speaks for all the injured tells them light: "Three people suffered minor
injuries" leaves room for others hurt worse. Whether anyone was hurt at all: no one against some ("There were no
immediate reports of damage or injuries" / "Several people were slightly injured by falling objects", "No one was
injured" / "Two firefighters were hurt"); only a statement that speaks for everyone tells no one hurt: "No passengers
were injured" leaves room for the crew. Either way, "No one else was hurt" leaves room for the one who was."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.two_ways import Spans, TwoWays, told_two_ways_apart

LIGHT, GRAVE = "light", "grave"
_HURT = r"(?:hurt|injured|wounded|burned|burnt)"
_LIGHT = re.compile(
    r"\b(?:no\s+one|no-one|nobody)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:seriously|badly|critically|severely)\s+"
    + _HURT
    + r"|\bnone\s+of\s+the\s+(?:injuries|injured|wounded|victims|passengers)\s+(?:was|were|is|are)\s+"
    r"(?:serious|seriously|life-threatening|critical|in\s+(?:a\s+)?(?:serious|critical))"
    r"|\b(?:all\s+(?:of\s+)?the|all|the)\s+(?:injured|wounded|injuries)\s+(?:were|are|was|suffered|sustained|had)\s+"
    r"(?:only\s+)?(?:(?:\w+\s+){0,3}?(?:with\s+)?)?(?:minor|light|slight|superficial)\b"
    r"|\b(?:all\s+(?:of\s+)?the|all|the)\s+(?:injured|wounded|injuries)\s+(?:were|are|was)\s+(?:all\s+)?"
    r"not\s+(?:life-threatening|serious)"
    r"|\b(?:both|all)\s+(?:of\s+)?(?:the\s+)?(?:victims|injured|wounded|people|passengers|patients)\b[^.;]{0,60}?"
    r"(?:\b(?:injuries|wounds)\s+(?:that|which)\s+(?:were|are)\s+not\s+(?:life-threatening|serious)"
    r"|\b(?:minor|light|slight|superficial|non-life-threatening)\s+(?:injuries|wounds))",
    re.IGNORECASE,
)
"""The injured all hurt lightly: "No one was seriously hurt", "None of the injuries were life-threatening", "All of
the injured suffered minor injuries", "The injured were treated for minor injuries", "The injuries were not
life-threatening", "Both victims were taken to hospital with injuries that were not life-threatening"."""
_GRAVE = re.compile(
    r"\bin\s+(?:a\s+)?(?:serious|critical|grave|life-threatening)\s+condition\b"
    r"|\b(?:seriously|critically|severely|gravely|badly)\s+" + _HURT + r"\b"
    r"|\b(?:life-threatening|serious|severe|critical)\s+(?:injuries|wounds|burns)\b",
    re.IGNORECASE,
)
"""Someone hurt gravely: "in serious condition", "critically injured", "life-threatening injuries"."""
_NOT_BEFORE = re.compile(r"\b(?:no|not|non|none|nobody|no\s+one|no-one|without)\b[^.;]{0,30}$", re.IGNORECASE)
_ELSE = re.compile(r"\b(?:no\s+one|no-one|nobody)\s+else\b|\bother\b|\bothers\b|\brest\b|\bfurther\b", re.IGNORECASE)
"""Others left aside ("No one else was hurt", "the rest"): the statement does not speak for all."""
_INJURY_WORDS = frozenset("hurt injured wounded burned burnt injuries wounds burns condition minor".split())


_GRAVITY = TwoWays(_INJURY_WORDS, {LIGHT: _LIGHT, GRAVE: _GRAVE}, _NOT_BEFORE, 40, frozenset((LIGHT,)))


def gravity_told(reading: Reading) -> str | None:
    """Whether a statement tells the injured all hurt lightly or someone hurt gravely, if it tells one only; not where
    it leaves others aside ("No one else was seriously hurt")."""
    if reading.words.isdisjoint(_INJURY_WORDS) or _ELSE.search(reading.text):
        return None
    return _GRAVITY.told(reading)


def gravities_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each tells how badly the injured were hurt, when one tells them all light and the other someone grave."""
    return told_two_ways_apart(a, b, gravity_told, _GRAVITY.where)


NO_ONE, SOME = "no one", "some"
_HURT_AT_ALL = r"(?:hurt|injured|wounded)"
_NO_ONE = re.compile(
    r"\b(?:no\s+one|no-one|nobody)\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:reported\s+)?" + _HURT_AT_ALL + r"\b"
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
    r"(?:(?:slightly|lightly|seriously|badly|critically|severely)\s+)?" + _HURT_AT_ALL + r"\b"
    r"|\binjuring\s+(?:at\s+least\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|dozens)\b",
    re.IGNORECASE,
)
"""People hurt: "Several people were slightly injured", "Two firefighters were hurt", "injuring at least 12"."""
_SOME_NOT_BEFORE = re.compile(
    r"\b(?:no|not|none|nobody|no\s+one|no-one|without|if|whether)\b[^.;]{0,30}$", re.IGNORECASE
)
_HURT_WORDS = frozenset(("hurt", "injured", "wounded", "injuries", "casualties", "injuring"))


_HURT_OR_NOT = TwoWays(_HURT_WORDS, {NO_ONE: _NO_ONE, SOME: _SOME}, _SOME_NOT_BEFORE, 30, frozenset((NO_ONE,)))


def hurt_told(reading: Reading) -> str | None:
    """Whether a statement tells no one hurt or some people hurt, if it tells one only, of the story's own time (not
    of a year it names: "In 2016, five people were injured in a similar quake")."""
    if reading.words.isdisjoint(_HURT_WORDS) or _ELSE.search(reading.text) or reading.values.years:
        return None
    return _HURT_OR_NOT.told(reading)


def hurt_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each tells whether anyone was hurt, when one tells no one and the other some."""
    return told_two_ways_apart(a, b, hurt_told, _HURT_OR_NOT.where)
