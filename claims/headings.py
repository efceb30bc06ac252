"""Two ways one thing was moving: "The whale ... was swimming north with two other whales" / "Migaloo ... was seen
off Byron Bay on Sunday heading south", "The storm was moving west" / "was tracking north-east". It cannot have gone
both ways at once, and the two share no word of it (claims.verdict). North against north-east may be one way, told
roughly; a statement telling two ways ("drifted east, then north") tells no one."""

from __future__ import annotations

import re

from claims.reading import Reading

_HEADING = re.compile(
    r"\b(?:head(?:ing|ed|s)?|mov(?:ing|ed|es)|swim(?:ming|s)?|swam|travell?(?:ing|ed|s)?|sail(?:ing|ed|s)?"
    r"|fl(?:ying|ew|ies)|drift(?:ing|ed|s)?|track(?:ing|ed|s)?|march(?:ing|ed)?)\s+"
    r"(?P<way>(?:north|south)(?:-?(?:east|west))?|east|west)(?:wards?)?\b",
    re.IGNORECASE,
)
"""Something moving one way: "swimming north", "heading south", "tracking north-east", "moving westward"."""
_WAY_WORDS = frozenset(
    "north south east west northward southward eastward westward northwards southwards eastwards westwards".split()
)


def headings_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells the one way something was moving, when the two ways share no point of the compass."""
    if a.words.isdisjoint(_WAY_WORDS) or b.words.isdisjoint(_WAY_WORDS):
        return None
    heading_a, heading_b = _heading(a.text), _heading(b.text)
    if heading_a is None or heading_b is None or not _points(heading_a).isdisjoint(_points(heading_b)):
        return None
    return heading_a.span(), heading_b.span()


def _heading(text: str) -> re.Match[str] | None:
    """The one way a statement tells something moving, if it tells one."""
    found = list(_HEADING.finditer(text))
    return found[0] if len(found) == 1 else None


def _points(heading: re.Match[str]) -> frozenset[str]:
    """The points of the compass a way names: "north-east" names north and east."""
    return frozenset(re.split(r"-", heading.group("way").lower()))
