"""Whether a story's attack is treated as terrorism: ruled out against suspected or left open ("Police said they did not
suspect a terrorist motive" / "Police are investigating the attack as a possible act of terrorism", "Police ruled out
terrorism" / "a terrorist motive could not be ruled out"). It is one fact of the story; the two cannot both be right,
though they share little but the word (claims.told_once). A terror group named as a party to something else ("aiding
a terrorist organisation") tells nothing of the attack."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.two_ways import Spans, told_two_ways_apart

RULED_OUT, SUSPECTED = "ruled out", "suspected"
_TERROR = r"terror(?:ism|ist|-related)?"
_OPEN = re.compile(
    r"\b(?:could|can|would)\s+not\s+(?:yet\s+)?be\s+ruled\s+out\b|\bcannot\s+(?:yet\s+)?be\s+ruled\s+out\b"
    r"|\b(?:had|has|have)\s+not\s+(?:yet\s+)?ruled\s+out\b|\bnot\s+(?:yet\s+)?(?:been\s+)?ruled\s+out\b",
    re.IGNORECASE,
)
"""Terrorism left open: "could not be ruled out", "had not ruled out any motive, including terrorism"."""
_TOLD = {
    RULED_OUT: re.compile(
        r"\bruled?\s+out\s+(?:a\s+|any\s+)?"
        + _TERROR
        + r"|\bruling\s+out\s+(?:a\s+|any\s+)?"
        + _TERROR
        + r"|\bno\s+(?:indication|sign|evidence|suggestion)\s+(?:of\s+|that\s+)?[^.;]{0,40}?"
        + _TERROR
        + r"|\bnot\s+(?:being\s+)?(?:treat(?:ed|ing)|investigat(?:ed|ing))\s+(?:[\w'\u2019-]+\s+){0,3}?as\s+(?:an?\s+)?"
        r"(?:act\s+of\s+)?"
        + _TERROR
        + r"|\b(?:was|is|were|are)\s+not\s+"
        + _TERROR
        + r"|\b(?:did|do|does)\s+not\s+(?:suspect|believe)\b[^.;]{0,30}?"
        + _TERROR
        + r"|\bno\s+"
        + _TERROR
        + r"\s+motive",
        re.IGNORECASE,
    ),
    SUSPECTED: re.compile(
        r"\b(?:investigat(?:ed|ing|es)|treat(?:ed|ing|s))\s+(?:[\w'\u2019-]+\s+){0,3}?as\s+(?:an?\s+)?(?:possible\s+|"
        r"suspected\s+)?(?:act\s+of\s+)?"
        + _TERROR
        + r"|\binvestigat(?:ed|ing|es)\s+a\s+(?:possible\s+)?"
        + _TERROR
        + r"\s+motive"
        + r"|\bsuspected\s+"
        + _TERROR
        + r"\s+(?:attack|motive)",
        re.IGNORECASE,
    ),
}
"""Terrorism ruled out ("ruled out terrorism", "no indication of terrorism", "not being treated as terrorism", "was not
terror-related", "did not suspect a terrorist motive") or suspected ("investigating the attack as a possible act of
terrorism", "investigating a possible terrorist motive", "a suspected terrorist attack")."""
_WORDS = frozenset(("terror", "terrorism", "terrorist", "related"))


def terrorism_told(reading: Reading) -> str | None:
    """Whether a statement tells its attack's terrorism ruled out or suspected (left open counts as suspected)."""
    if reading.words.isdisjoint(_WORDS):
        return None
    if _OPEN.search(reading.text):
        return SUSPECTED
    told = [kind for kind, pattern in _TOLD.items() if pattern.search(reading.text) is not None]
    return told[0] if len(told) == 1 else RULED_OUT if told else None


def terrorism_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each tells whether its attack is treated as terrorism, when one rules it out and the other does not."""
    return told_two_ways_apart(a, b, terrorism_told, _where)


def _where(text: str, kind: str) -> re.Match[str] | None:
    return (_OPEN.search(text) if kind == SUSPECTED else None) or _TOLD[kind].search(text)
