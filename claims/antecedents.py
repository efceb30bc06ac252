"""What an article's "admitted this" or "denied this" owns to or denies: the claim of the
statement before.

A report tells a claim and then who owned to it: "On November 5, 2022, Iran admitted to providing
Russia with drones. Iranian authorities admitted this following weeks of criticism." Read alone,
the second says nothing of drones, so it shares nothing with "Tehran later acknowledged drone
deliveries to Russia" in the other report. The article tells what "this" is: the statement
before, from the words after its own verb of telling ("admitted", "said") when it has one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.lexicon import function_words
from claims.polarity import REPORTING_VERBS

_AVOWALS = frozenset(
    "admitted admits acknowledged acknowledges confirmed confirms denied denies conceded concedes".split()
)
"""Verbs by which someone owns to a claim or denies it."""
_AVOWED_THIS = re.compile(
    r"\b(?:" + "|".join(sorted(_AVOWALS)) + r")\s+this"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:following|after|before|on|in|at|when|during|last|later|earlier|publicly|openly|again)\b)",
    re.IGNORECASE,
)
"""One of them with a bare "this" as its object ("admitted this following weeks of criticism"); not
"this fact", "this year" or "this accusation"."""
_TELLING = re.compile(r"\b(?:" + "|".join(sorted(_AVOWALS | REPORTING_VERBS | {"reported"})) + r")\s+", re.IGNORECASE)
"""Verbs after which a statement tells its claim: what "this" owns to is what follows them."""


def antecedents(texts: Sequence[str]) -> dict[int, str]:
    """For each statement of an article that owns to or denies a bare "this", by its place, the
    claim "this" stands for: the statement before, from the words after its first verb of telling
    ("On November 5, 2022, Iran admitted to providing Russia with drones.": "providing Russia with
    drones")."""
    return {k: _claim_of(texts[k - 1]) for k in range(1, len(texts)) if _AVOWED_THIS.search(texts[k])}


def _claim_of(text: str) -> str:
    told = _TELLING.search(text)
    claim = text[told.end() :] if told is not None else text
    return _LEADING_LINK.sub("", claim.strip().rstrip(".").strip())


_LEADING_LINK = re.compile(r"^(?:to|that)\s+", re.IGNORECASE)
"""The word joining a claim to its verb of telling ("admitted to providing", "said that")."""


_PRONOUN_DENYING = re.compile(
    r"^(?:He|She)\s+(?:(?:has|had|have|did|does|do|was|is|were|would|will|could)\s+)?(?:not|never)\b"
    r"|^(?:He|She)\s+(?:has|had|did|does|was|is|would|will|could)n['\u2019]t\b"
)
"""A statement that opens on "he" or "she" and denies its deed at once ("She has not been charged with any
crime", "He did not testify")."""
_OPENING_NAME = re.compile(r"^(?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019.-]*(?=\s+[a-z]|,)")
"""The capitalised words a statement opens on before its verb or a comma: "Cook", "President Donald Trump"."""


def denying_pronouns(texts: Sequence[str]) -> dict[int, str]:
    """For each statement of an article that opens on "he" or "she" with a denial of its deed ("She has not
    been charged with any crime"), by its place, the name the statement before opens on ("Cook said Trump
    had no authority to fire her"): whom the pronoun stands for, so the denial reaches "Cook was charged
    last week" in the other report. Only a denial: read so everywhere, "he" and "she" would be taken for
    the wrong person as often as the right one."""
    found: dict[int, str] = {}
    for k in range(1, len(texts)):
        opening = _OPENING_NAME.match(texts[k - 1]) if _PRONOUN_DENYING.match(texts[k]) else None
        if opening is not None and function_words().isdisjoint(word.lower() for word in opening.group().split()):
            found[k] = opening.group()
    return found
