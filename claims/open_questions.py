"""A thing said to be not yet known set against a statement telling it: "Scientists said it was not
yet known whether the planet has an atmosphere" / "The James Webb telescope has already detected a
thick atmosphere around the planet". One says nobody knows yet, the other tells the answer: they
cannot both be true, however little else they share (claims.verdict). So too a time said to be not
known against one told ("JLR said it did not know when production would resume" / "production would
restart within days"), and a sum said not yet to be estimated against one given ("too early to estimate the cost of
the damage" / "estimate the damage at around 200 million euros"). A cause said to be unknown is claims.causes's."""

from __future__ import annotations

import re

from claims.attribution import SAYING
from claims.polarity import meaningful_terms
from claims.quantity import Kind
from claims.reading import Reading

_NOT_KNOWN_WHETHER = re.compile(
    r"\b(?:(?:is|was|are|were|remains|remained)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?(?:known|clear)|unknown|unclear)"
    r"|(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:know|known|clear|determined|established|confirmed|say|said|disclose|disclosed)"
    r"|unclear|unknown)\s+(?P<question>whether|if|when)\s+(?P<asked>[^.;,]+)",
    re.IGNORECASE,
)
"""A question said to be open: "it was not yet known whether the planet has an atmosphere", "It is
unclear whether the minister knew", "Police have not confirmed whether the driver was drunk", or left
unanswered by whom the other says answered it ("Asahi did not say when production would resume")."""
_LEAST_ASKED = 2
"""Fewest terms of the open question the other statement must tell, all of them: "whether anyone
was hurt" is too little to tie the question to one answer."""


def told_against_not_known(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells of the question, when one says it is not yet known and the other, supposing
    nothing, tells every word of it."""
    for told, unknown, swapped in ((a, b, False), (b, a, True)):
        if unknown.words.isdisjoint(("whether", "if", "when")) or told.hedged:
            continue
        open_question = _NOT_KNOWN_WHETHER.search(unknown.text)
        if open_question is None or _NOT_KNOWN_WHETHER.search(told.text) is not None:
            continue
        asked = meaningful_terms(open_question.group("asked"))
        if len(asked) < _LEAST_ASKED or not asked <= told.terms:
            continue
        if open_question.group("question").lower() == "when" and not _tells_when(told):
            continue
        if _UNSAID.search(open_question.group()) and not _said_by_the_same(unknown, open_question.start(), told):
            continue  # "The ministry did not say whether a ransom had been paid" / "... according to security sources"
        places = [where for where in map(told.first_word, asked) if where is not None]
        if not places:
            continue
        spans = (min(start for start, _ in places), max(end for _, end in places)), open_question.span()
        return (spans[1], spans[0]) if swapped else spans
    return None


def _tells_when(reading: Reading) -> bool:
    """Whether a statement tells when something happens: a time of its own ("next week", "in March"),
    a day, or a stretch within which ("within days")."""
    return (
        reading.dated
        or any(value.kind in (Kind.WEEKDAY, Kind.DATE) for value in reading.values.quantities)
        or _WITHIN.search(reading.text) is not None
    )


_WITHIN = re.compile(
    r"\bwithin\s+(?:(?:a|the\s+next|\w+)\s+)?(?:hours|days|weeks|months|day|week|month)\b", re.IGNORECASE
)


_UNSAID = re.compile(r"\b(?:say|said|disclose|disclosed)\b", re.IGNORECASE)


def _said_by_the_same(unknown: Reading, start: int, told: Reading) -> bool:
    """Whether the one who did not say it (named before `start`) is who the other says told it: a
    company that "did not say when" against the same company saying when, not against another source."""
    who = meaningful_terms(unknown.text[:start])
    return bool(who) and who <= told.terms and not told.terms.isdisjoint(SAYING)


_NO_ESTIMATE_YET = re.compile(
    r"\b(?:too\s+early\s+to|(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:able|possible)\s+to|(?:could|can)\s*(?:not|n['\u2019]t)"
    r"\s+(?:yet\s+)?|unable\s+to|yet\s+to)\s+(?:estimate|quantify|put\s+a\s+figure\s+on|say\s+how\s+much)\b"
    r"(?P<asked>[^.;]{0,60})",
    re.IGNORECASE,
)
"""A sum said not yet to be estimated: "Insurers said it was too early to estimate the cost of the damage", "could
not yet put a figure on the losses"."""


def sum_told_against_not_estimated(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells of a sum, when one says it cannot yet be estimated and the other, supposing nothing, gives
    it in money, of a thing the first names ("Insurers estimate the damage at around 200 million euros" / "Insurers
    said it was too early to estimate the cost of the damage")."""
    for told, unknown, swapped in ((a, b, False), (b, a, True)):
        open_sum = (
            _NO_ESTIMATE_YET.search(unknown.text) if "estimate" in unknown.words or "figure" in unknown.words else None
        )
        if open_sum is None or told.hedged or _NO_ESTIMATE_YET.search(told.text) is not None:
            continue
        sums = [value for value in told.values.quantities if value.kind is Kind.MONEY] if told.numeric else []
        if not sums or meaningful_terms(open_sum.group("asked")).isdisjoint(told.terms):
            continue
        spans = (sums[0].start, sums[0].end), open_sum.span()
        return (spans[1], spans[0]) if swapped else spans
    return None
