"""The month a story's coming election is held in: "is expected to call a snap election for May" / "an election would
be held in June", "Voters will go to the polls in March" / "The election is set for April". It is one fact of the
story; the two cannot both be right, though they share little but "election" (claims.told_once). A past election
("the last election, in May", "since the election") is another one, and a month by which it is held ("by June")
allows an earlier one; a statement naming a year may tell of an election of another year."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.two_ways import Spans, told_two_ways_apart

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"(?!\s+\d{4})"
)
_HELD_IN = re.compile(
    r"(?:\b[Ee]lections?\b[^.;:]{0,40}?\b(?:for|in|on)|\b(?:go|going|head|heading)\s+to\s+the\s+polls\s+(?:in|on))\s+"
    r"(?:(?:early|mid|late)[\s-]+)?" + _MONTH
)
"""An election told with its month: "a snap election for May", "an election would be held in June", "Voters will go
to the polls in March"; months are capitalised, so "an election may be held" names none."""
_NOT_BEFORE = re.compile(r"\b(?:no|not|ruled\s+out|against|rejected)\b[^.;]{0,30}$", re.IGNORECASE)
_ANOTHER = re.compile(
    r"\b(?:last|previous|earlier|since|ago|former|past|won|lost|winning|losing|was\s+held|were\s+held)\b|\b\d{4}\b",
    re.IGNORECASE,
)
"""Words of an election past ("the last election", "since the election in May", "won the election in June") or of a
year named: not the story's coming election, or not surely."""
_WORDS = frozenset(("election", "elections", "polls"))


def election_month(reading: Reading) -> str | None:
    """The month a statement tells its coming election is held in, if it tells one month only."""
    if reading.words.isdisjoint(_WORDS) or _ANOTHER.search(reading.text):
        return None
    months = {
        found.group("month")
        for found in _HELD_IN.finditer(reading.text)
        if _told(reading.text, found)
        and not any(start <= found.start("month") < end for start, end in reading.supposed_spans)
    }
    return months.pop() if len(months) == 1 else None


def _told(text: str, found: re.Match[str]) -> bool:
    return not _NOT_BEFORE.search(text, max(0, found.start() - 30), found.start())


def _where(text: str, month: str) -> re.Match[str] | None:
    return next(
        (found for found in _HELD_IN.finditer(text) if found.group("month") == month and _told(text, found)), None
    )


def election_months_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each tells the month of its coming election, when they tell two months."""
    return told_two_ways_apart(a, b, election_month, _where)
