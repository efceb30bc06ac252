"""A fact of a story told one of two ways (claims.told_once: fair weather or foul, a refund or tickets kept, the
injured hurt lightly or gravely, ...): where a statement tells it, past words before it that deny it or only suppose
it, and where two statements tell it the two ways; `TwoWays` reads such a fact from a pattern for each way."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

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


@dataclass(frozen=True)
class TwoWays:
    """A fact told one of two ways, read by its tellings: the words without one of which a statement tells none of it
    (so most statements are passed over before any pattern is tried), each way's pattern, and the words that, in the
    `reach` characters before a telling, deny or only suppose it (`first_told`); a way in `as_written` is found as
    written ("No one was injured" is itself a telling that denies)."""

    words: frozenset[str]
    ways: Mapping[str, re.Pattern[str]]
    unsaid_before: re.Pattern[str] | None = None
    reach: int = 30
    as_written: frozenset[str] = field(default_factory=frozenset)

    def where(self, text: str, way: str) -> re.Match[str] | None:
        """Where a statement's text tells the fact the given way, if it does."""
        if self.unsaid_before is None or way in self.as_written:
            return self.ways[way].search(text)
        return first_told(text, self.ways[way], self.unsaid_before, self.reach)

    def told(self, reading: Reading) -> str | None:
        """The one way a statement tells the fact; None when it tells it neither way, or both."""
        if reading.words.isdisjoint(self.words):
            return None
        found = [way for way in self.ways if self.where(reading.text, way) is not None]
        return found[0] if len(found) == 1 else None

    def apart(self, a: Reading, b: Reading) -> Spans | None:
        """Where each of two statements tells the fact, when they tell it the two ways."""
        return told_two_ways_apart(a, b, self.told, self.where)
