"""Whether a story's decision was expected: "Most economists had expected the cut" / "The decision surprised most
analysts", "The rise was widely anticipated by markets" / "The move came as a surprise to many investors". How the
markets took the one decision of the story is one fact of it; the two cannot both be right, though they need share
no word ("the cut" / "the decision", claims.told_once). Only the decision, move or cut itself counts as expected:
"65,000 fans were expected" and "was expected to last a few hours" tell of something else, and "Economists had
expected a smaller cut" of another decision than the one taken."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.two_ways import Spans, first_told, told_two_ways_apart

EXPECTED, SURPRISE = "expected", "surprise"
_DECISION = r"(?:decision|move|cut|hike|rise|increase|reduction|result|outcome|announcement|award)"
_EXPECTING = r"(?:expected|anticipated|predicted|forecast)"
WATCHERS = r"(?:analysts|economists|markets|investors|traders|observers|forecasters)"
"""Those who watch a decision and expect it or not: a pattern to build others with."""
_TOLD = {
    EXPECTED: re.compile(
        r"\bas\s+(?:widely\s+|had\s+been\s+|was\s+)?" + _EXPECTING + r"\b"
        r"|\b"
        + _DECISION
        + r"\s+(?:was|were|had\s+been)\s+(?:widely\s+|largely\s+|generally\s+)?"
        + _EXPECTING
        + r"\b(?!\s+to\b)"
        r"|\b" + WATCHERS + r"\b[^.;]{0,30}?\b" + _EXPECTING + r"\s+(?:the|this)\s+" + _DECISION + r"\b"
        r"|\bin\s+line\s+with\s+(?:[\w'\u2019-]+\s+){0,3}?(?:expectations|forecasts|estimates)\b"
        r"|\bcame\s+as\s+no\s+surprise\b",
        re.IGNORECASE,
    ),
    SURPRISE: re.compile(
        r"\bsurprised\s+(?!some\b|a\s+few\b|several\b)(?:most\s+|many\s+)?(?:[\w'\u2019-]+\s+)?" + WATCHERS + r"\b"
        r"|\b(?:surprise|unexpected)\s+" + _DECISION + r"\b"
        r"|\bcame\s+as\s+a\s+(?:[\w'\u2019-]+\s+)?surprise\b(?!\s+to\s+(?:some|a\s+few|several)\b)"
        r"|\b(?:took|taking|caught|catching)\s+(?:[\w'\u2019-]+\s+){0,2}?by\s+surprise\b"
        r"|\b(?:contrary\s+to|defied|defying)\s+(?:[\w'\u2019-]+\s+){0,2}?expectations\b",
        re.IGNORECASE,
    ),
}
"""A decision told as expected ("as expected by most economists", "The decision was widely expected", "Most
economists had expected the cut", "in line with forecasts") or as a surprise ("surprised most analysts", "a surprise
cut", "came as a surprise to many investors", "took markets by surprise"); a surprise to some ("surprised some
analysts") says others expected it."""
_SUPPOSED = re.compile(r"\b(?:if|unless|whether)\b[^.;,]{0,40}$|\b(?:not|no|hardly)\s+$", re.IGNORECASE)
"""Before a telling, that it is only supposed ("if the economy performed as expected") or denied ("not a surprise
move")."""
_WORDS = frozenset(
    "expected anticipated predicted forecast forecasts expectations estimates surprise surprised".split()
)


def expectedness_told(reading: Reading) -> str | None:
    """Whether a statement tells its decision as expected or as a surprise, if it tells one way only."""
    if reading.words.isdisjoint(_WORDS):
        return None
    told = [kind for kind in _TOLD if _where(reading.text, kind) is not None]
    return told[0] if len(told) == 1 else SURPRISE if len(told) == 2 and _watchers_surprised(reading) else None


def _watchers_surprised(reading: Reading) -> bool:
    """ "The decision surprised most analysts, who had expected rates to be held": the surprise is the statement's,
    what the analysts expected another outcome."""
    surprise = _where(reading.text, SURPRISE)
    expected = _where(reading.text, EXPECTED)
    return surprise is not None and expected is not None and surprise.start() < expected.start()


def _where(text: str, kind: str) -> re.Match[str] | None:
    return first_told(text, _TOLD[kind], _SUPPOSED, 45)


_SURPRISE_TO_SOME = re.compile(
    r"\bsurprised\s+(?:some|a\s+few|several)\s+(?:[\w'\u2019-]+\s+)?" + WATCHERS + r"\b"
    r"|\bcame\s+as\s+a\s+(?:[\w'\u2019-]+\s+)?surprise\s+to\s+(?:some|a\s+few|several)\b",
    re.IGNORECASE,
)
"""A decision told as a surprise to some of its watchers ("surprised some economists"), which others may have
expected."""


def expected_against_a_surprise_to_some(a: Reading, b: Reading) -> bool:
    """Whether one tells the decision expected and the other a surprise to some ("Economists had widely expected the
    move" / "The decision surprised some economists, who had forecast a hold"): both may be right, as some is not all,
    but they are not one claim of how the decision was met."""
    return any(
        expectedness_told(x) == EXPECTED and first_told(y.text, _SURPRISE_TO_SOME, _SUPPOSED, 45) is not None
        for x, y in ((a, b), (b, a))
    )


def expectedness_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each tells how its decision stood against expectations, when one tells it expected and the other a
    surprise."""
    return told_two_ways_apart(a, b, expectedness_told, _where)
