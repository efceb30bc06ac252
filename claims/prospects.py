"""A deed told as still to come against the same deed told as done: "President Alar Karis is
expected to begin talks with party leaders next week" / "President Alar Karis has begun
consultations with party leaders". One report has the step ahead, the other behind: not one claim,
and, when the first says when it is to come, a contradiction a reader checks (claims.verdict)."""

from __future__ import annotations

import re

from claims.lexicon import irregular_verbs
from claims.reading import Reading
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
    for ahead, behind, swapped in ((a, b, False), (b, a, True)):
        coming = {_deed(m.group("deed")): m for m in _TO_COME.finditer(ahead.text)}
        if not coming or _TO_COME.search(behind.text):
            continue
        for done in _HAS_DONE.finditer(behind.text):
            found = coming.get(_deed(done.group("deed")))
            if found is not None:
                spans = (found.span(), done.span())
                return (spans[1], spans[0]) if swapped else spans
    return None


def told_when_to_come(a: Reading, b: Reading) -> bool:
    """Whether the statement that has a deed to come says when, ahead of the report ("next week")."""
    return any(_TO_COME.search(r.text) is not None and _WHEN_TO_COME.search(r.text) is not None for r in (a, b))


def _deed(word: str) -> str:
    """The term of a verb, its irregular past brought home ("begun" -> "begin")."""
    lower = word.lower()
    return word_term(irregular_verbs().get(lower, lower))
