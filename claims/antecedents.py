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

from claims.terms import Token, word_term

_AVOWED_THIS = re.compile(
    r"\b(?:admitted|admits|acknowledged|acknowledges|confirmed|confirms|denied|denies|conceded|concedes)\s+this"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:following|after|before|on|in|at|when|during|last|later|earlier|publicly|openly|again)\b)",
    re.IGNORECASE,
)
"""A verb of owning to or denying a claim with a bare "this" as its object ("admitted this
following weeks of criticism"); not "this fact", "this year" or "this accusation"."""
_TELLING = frozenset(
    word_term(word)
    for word in (
        "admitted admits acknowledged acknowledges confirmed confirms denied denies conceded concedes "
        "said says told stated announced reported"
    ).split()
)
"""Verbs after which a statement tells its claim: what "this" owns to is what follows them."""


def with_antecedents(texts: Sequence[str], statements: list[list[Token]]) -> list[list[Token]]:
    """The tokens of an article's statements, each that owns to or denies a bare "this" followed
    by the tokens of the claim of the statement before it."""
    found = list(statements)
    for k in range(1, len(texts)):
        if _AVOWED_THIS.search(texts[k]) is not None:
            found[k] = [*statements[k], *_claim_of(statements[k - 1])]
    return found


def _claim_of(tokens: list[Token]) -> list[Token]:
    """The tokens after a statement's first verb of telling ("Iran admitted to providing Russia
    with drones": "to providing Russia with drones"), or all of them."""
    told = next((k for k, token in enumerate(tokens) if token.term in _TELLING), None)
    return tokens[told + 1 :] if told is not None else tokens
