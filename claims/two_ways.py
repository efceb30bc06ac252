"""A fact of a story told one of two ways (claims.told_once: fair weather or foul, a refund or tickets kept, the
injured hurt lightly or gravely, ...): where a statement tells it, past words before it that deny it or only suppose
it, and where two statements tell it the two ways."""

from __future__ import annotations

import re
from collections.abc import Callable

from claims.reading import Reading

Spans = tuple[tuple[int, int], tuple[int, int]]
"""Where each of two statements tells a fact."""


def first_told(text: str, pattern: re.Pattern[str], unsaid_before: re.Pattern[str], reach: int) -> re.Match[str] | None:
    """The first telling `pattern` finds that `unsaid_before`, searched in the `reach` characters before it, does not
    deny or suppose ("No one was seriously hurt" denies "seriously hurt"; "if the economy performed as expected"
    supposes "as expected")."""
    for found in pattern.finditer(text):
        if not unsaid_before.search(text, max(0, found.start() - reach), found.start()):
            return found
    return None


def told_two_ways_apart(
    a: Reading,
    b: Reading,
    told: Callable[[Reading], str | None],
    where: Callable[[str, str], re.Match[str] | None],
) -> Spans | None:
    """Where each tells the fact, when `told` reads it one way in one statement and the other way in the other;
    `where` finds a way's telling in a statement's text."""
    way_a, way_b = told(a), told(b)
    if way_a is None or way_b is None or way_a == way_b:
        return None
    told_a, told_b = where(a.text, way_a), where(b.text, way_b)
    if told_a is None or told_b is None:
        return None
    return told_a.span(), told_b.span()
