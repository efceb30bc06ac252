"""The figure a story's watchers had forecast: "Economists polled by Reuters had expected 2.2%" / "The reading was
slightly above the 2.1% expected by analysts", "Analysts had forecast a profit of 3.1 billion euros" / "... ahead of
the 2.9 billion expected". The consensus a figure is measured against is one fact of the story; two figures for it
cannot both be right, though the statements share little but the forecast (claims.told_once). Only a statement giving
one forecast figure tells it, and only figures of one kind and unit, forecast by the story's watchers in both
("economists", "analysts") or by the one thing both open on ("The bank forecast growth of 1.2%" / "The bank now
expects the economy to expand 1.5%"), are set against each other: a company's own guidance is not the analysts'
expectation of its quarter."""

from __future__ import annotations

import re

from claims.contrasts import opening_term
from claims.quantity import Kind, Quantity
from claims.reading import Reading
from claims.surprises import WATCHERS
from claims.two_ways import Spans

_FORECAST = "forecast"
"""The term of the words of forecasting ("expected", "forecast", "estimated") in a value's context."""


def forecast_told(reading: Reading) -> tuple[Kind, str] | None:
    """The kind and unit of the one forecast figure a statement gives, if it gives one."""
    found = _forecast_figures(reading)
    return found[0][0] if len(found) == 1 else None


def forecasts_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each gives its forecast figure, when both give one of one kind and unit and the two cannot agree."""
    mine, theirs = _forecast_figures(a), _forecast_figures(b)
    if len(mine) != 1 or len(theirs) != 1:
        return None
    (key_a, x), (key_b, y) = mine[0], theirs[0]
    if key_a != key_b or x.agrees(y) or not _one_forecaster(a, b):
        return None
    return (x.start, x.end), (y.start, y.end)


def _one_forecaster(a: Reading, b: Reading) -> bool:
    watched_a, watched_b = _WATCHERS.search(a.text), _WATCHERS.search(b.text)
    if watched_a and watched_b:
        return True
    opening = opening_term(a)
    return not (watched_a or watched_b) and opening is not None and opening == opening_term(b)


_WATCHERS = re.compile(r"\b" + WATCHERS + r"\b|\b(?:polled|consensus|estimates)\b", re.IGNORECASE)
"""Those whose forecast a story's figure is measured against (claims.surprises.WATCHERS), or their poll."""


def _forecast_figures(reading: Reading) -> list[tuple[tuple[Kind, str], Quantity]]:
    if not reading.numeric or _FORECAST not in reading.terms:
        return []
    return [
        (key, quantity)
        for key, quantities in reading.by_thing.items()
        for quantity in quantities
        if _FORECAST in quantity.context
    ]
