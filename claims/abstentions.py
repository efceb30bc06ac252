"""One member's abstention against the same member's vote: "Prime Minister Keir Starmer voted in
favour" / "Sir Keir Starmer abstained". One says the member cast no vote, the other which way they
cast it: they cannot both be true (claims.verdict). A tally ("Twelve members abstained") tells of a
group, not of one member, and is a count (claims.quantities)."""

from __future__ import annotations

import re

from claims.reading import Reading

_CAST = re.compile(
    r"^(?P<member>(?:[A-Z][\w'\u2019-]*\s+){1,5}?)(?:has\s+|had\s+)?(?:"
    r"(?P<abstained>abstained)|voted\s+(?:in\s+favou?r|for|against|yes|no)\b)"
)
"""A member named at the opening, then what they did in the vote: abstained, or voted one way."""
_WORDS = frozenset(("abstained", "voted"))


def abstained_against_voted(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells what a member named at its opening did in the vote, when one says the member
    abstained and the other that the same member (the same last name) voted one way."""
    if a.words.isdisjoint(_WORDS) or b.words.isdisjoint(_WORDS):
        return None
    cast_a, cast_b = _CAST.match(a.text), _CAST.match(b.text)
    if cast_a is None or cast_b is None or bool(cast_a.group("abstained")) == bool(cast_b.group("abstained")):
        return None
    if cast_a.group("member").split()[-1] != cast_b.group("member").split()[-1]:
        return None
    return (cast_a.end("member"), cast_a.end()), (cast_b.end("member"), cast_b.end())
