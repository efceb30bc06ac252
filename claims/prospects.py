"""A deed told as still to come against the same deed told as done: "President Alar Karis is
expected to begin talks with party leaders next week" / "President Alar Karis has begun
consultations with party leaders". One report has the step ahead, the other behind: not one claim,
and, when the first says when it is to come, a contradiction a reader checks (claims.verdict)."""

from __future__ import annotations

import re

from claims.lexicon import irregular_verbs
from claims.reading import Reading, of_one_statement
from claims.terms import word_term

_TO_COME = re.compile(
    r"\b(?:(?:is|are|was|were)\s+(?:(?:expected|due|set|scheduled|going|likely)\s+)?to"
    r"|will|plans?\s+to|planned\s+to|intends?\s+to)"
    r"\s+(?:[a-z]+ly\s+)?(?P<deed>(?!be\b|have\b|not\b)[a-z]+)",
    re.IGNORECASE,
)
"""A deed to come: "is expected to begin", "will sign", "plans to close"; not "will be" (a state)."""
_HAS_DONE = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?P<deed>(?!been\b|not\b|yet\b)[a-z]+)", re.IGNORECASE)
"""A deed done: "has begun", "have signed", "had already closed" (not "has not", "has yet to")."""
_WHEN_TO_COME = re.compile(
    r"\bnext\s+(?:week|month|year|spring|summer|autumn|winter|[a-z]+day)\b|\blater\s+(?:this|today|in)\b"
    r"|\bin\s+the\s+coming\s+(?:days|weeks|months)\b|\bwithin\s+(?:days|weeks)\b",
    re.IGNORECASE,
)
"""When a deed is to come, told as ahead of the report ("next week", "later this month")."""


def to_come_against_done(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells one deed, when one has it still to come and the other done (the deed's
    verb alike, whatever its form: "begin" / "begun"); neither when both tell it to come, or the
    one that has it done also has it to come ("has agreed to sign")."""
    coming_a, coming_b = _deeds_to_come(a), _deeds_to_come(b)
    if bool(coming_a) == bool(coming_b):
        return None
    coming, done, swapped = (coming_a, _deeds_done(b), False) if coming_a else (coming_b, _deeds_done(a), True)
    for deed, span in done:
        found = coming.get(deed)
        if found is not None:
            return (span, found) if swapped else (found, span)
    return None


@of_one_statement
def _deeds_to_come(reading: Reading) -> dict[str, tuple[int, int]]:
    """The deeds a statement tells as to come, each with where it is told (its last telling)."""
    return {_deed(m.group("deed")): m.span() for m in _TO_COME.finditer(reading.text)}


@of_one_statement
def _deeds_done(reading: Reading) -> list[tuple[str, tuple[int, int]]]:
    """The deeds a statement tells as done, in order, each with where it is told."""
    return [(_deed(m.group("deed")), m.span()) for m in _HAS_DONE.finditer(reading.text)]


def told_when_to_come(a: Reading, b: Reading) -> bool:
    """Whether the statement that has a deed to come says when, ahead of the report ("next week")."""
    return any(_TO_COME.search(r.text) is not None and _WHEN_TO_COME.search(r.text) is not None for r in (a, b))


def _deed(word: str) -> str:
    """The term of a verb, its irregular past brought home ("begun" -> "begin")."""
    lower = word.lower()
    return word_term(irregular_verbs().get(lower, lower))
