"""A result told against what was expected of it, one way by one report and the other way by the
other ("Holvik Telecom profit beats forecasts" / "Holvik profit misses estimates as costs climb"):
both cannot be true of one result (claims.verdict). The figure may be the same in both ("a net
profit of 412 million euros, beating analysts' expectations" / "412 million euros, below the 430
million analysts had expected"): what they disagree on is how it stood against the forecast.
"""

from __future__ import annotations

import re

from claims.polarity import meaningful_terms
from claims.reading import Reading

_FORECAST = r"(?:forecasts?|expectations?|estimates?|expected|predicted|predictions?|consensus|projections?)"
_ABOVE = re.compile(
    r"\b(?:beat|beats|beating|topped|tops|topping|exceeded|exceeds|exceeding|surpassed|surpasses|above|ahead\s+of"
    r"|better\s+than)\s+(?:[\w'\u2019-]+\s+){0,4}?" + _FORECAST + r"\b",
    re.IGNORECASE,
)
"""A result said to come out above its forecast: "beats forecasts", "beating analysts' expectations"."""
_BELOW = re.compile(
    r"\b(?:miss|missed|misses|missing|below|short\s+of|worse\s+than|lagged|lags|undershot)\s+(?:[\w'\u2019-]+\s+){0,5}?"
    + _FORECAST
    + r"\b",
    re.IGNORECASE,
)
"""A result said to come out below its forecast: "misses estimates", "below the 430 million analysts had
expected", "fell short of forecasts"."""
_WORDS = frozenset(
    "forecast forecasts expectation expectations estimate estimates expected predicted prediction predictions "
    "consensus projection projections".split()
)


def expectations_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells how a result stood against its forecast, when one says above and the other
    below and what each tells before it (the result: "profit", "revenue") shares a term written
    uncapitalised, no name: "Holvik revenue beat forecasts" and "Holvik profit missed estimates" may both
    be true."""
    if a.words.isdisjoint(_WORDS) or b.words.isdisjoint(_WORDS):
        return None
    for one, other, swapped in ((a, b, False), (b, a, True)):
        above, below = _ABOVE.search(one.text), _BELOW.search(other.text)
        if above is None or below is None or _BELOW.search(one.text) or _ABOVE.search(other.text):
            continue
        told_before = meaningful_terms(one.text[: above.start()]) & meaningful_terms(other.text[: below.start()])
        if told_before - one.capitalised - other.capitalised:
            spans = above.span(), below.span()
            return (spans[1], spans[0]) if swapped else spans
    return None


_FORECASTERS_EXPECTED = re.compile(
    r"^(?:[\w'\u2019-]+\s+){0,4}?(?:economists|analysts|forecasters|markets|investors|experts|traders)\b"
    r"(?:\s+[\w'\u2019-]+){0,4}?\s+(?:had\s+been\s+|had\s+|have\s+)?"
    r"(?:expected|expecting|expect|forecast|predicted|anticipated|projected)\b",
    re.IGNORECASE,
)
"""A statement whose claim is what forecasters expected ("Economists had expected a fall of 0.1% in the fourth
quarter", "Analysts polled by Reuters had forecast a 0.2% decline")."""


_FORECAST_WORDS = _WORDS | frozenset("expect expects expecting anticipated anticipating projected".split())
"""Words by which a statement tells of a forecast, an outcome's too ("bigger than economists had expected")."""


def only_one_expected(a: Reading, b: Reading) -> bool:
    """Whether one statement tells what forecasters expected and the other tells of no forecast ("Economists had
    expected a fall of 0.1% in the fourth quarter" / "Germany's economy also shrank in the fourth quarter"): a
    forecast and an outcome are two claims, however alike their words. An outcome told against its forecast ("The
    fall was bigger than economists had expected") may tell the forecast too."""
    for expected, other in ((a, b), (b, a)):
        if _FORECASTERS_EXPECTED.match(expected.text) and other.words.isdisjoint(_FORECAST_WORDS):
            return True
    return False
