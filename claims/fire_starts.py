"""Where in a ship or a building the story's fire broke out: "The fire started in the engine room" / "The fire broke out
on the upper deck", "a fire broke out in its engine room" / "A fire started on the car deck". A fire has one such
place; two cannot both be right, though the statements share little but the fire (claims.told_once). Two floors
told by their number are two places ("on the third floor" / "on the fifth floor"); a place and a part of it are one
("in the kitchen" / "in the kitchen of a flat on the fourth floor": the first place each names is compared)."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.two_ways import Spans

_PARTS = (
    r"room|deck|floor|storey|story|kitchen|hold|cabin|garage|basement|attic|cellar|loft|roof|wing|ward|compartment"
    r"|hangar|stairwell|corridor|lobby|restaurant|bar|galley|bridge"
)
_FIRE_START = re.compile(
    r"\b(?:fire|blaze|flames?)\b[^.;]{0,40}?\b(?:broke\s+out|started|starting|began|erupted|originated|ignited)\s+"
    r"(?:in|on|at)\s+(?:the\s+|its\s+|a\s+|an\s+)?(?P<place>(?:(?P<which>[\w-]+)\s+){0,2}?(?P<part>" + _PARTS + r"))\b",
    re.IGNORECASE,
)
"""A fire told with where it began: "The fire started in the engine room", "a fire broke out on the upper deck", "The
blaze began on the third floor"."""
_WORDS = frozenset(("fire", "blaze", "flames", "flame"))
_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top)$")


def fire_start_told(reading: Reading) -> re.Match[str] | None:
    """Where a statement says its fire began, if it says so once."""
    if reading.words.isdisjoint(_WORDS):
        return None
    found = list(_FIRE_START.finditer(reading.text))
    return found[0] if len(found) == 1 else None


def fire_starts_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each says its fire began, when the two name different parts (a room against a deck), or two floors by
    their number."""
    told_a, told_b = fire_start_told(a), fire_start_told(b)
    if told_a is None or told_b is None:
        return None
    part_a, part_b = _singular(told_a.group("part")), _singular(told_b.group("part"))
    which_a, which_b = (told.group("which") or "" for told in (told_a, told_b))
    if part_a == part_b and not (
        _ORDINAL.match(which_a.lower()) and _ORDINAL.match(which_b.lower()) and which_a.lower() != which_b.lower()
    ):
        return None
    return told_a.span("place"), told_b.span("place")


def _singular(part: str) -> str:
    part = part.lower()
    return "floor" if part in ("storey", "story") else part
