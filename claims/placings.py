"""Placings two statements give to swapped people: "Kipruto finished second, ... with Abdi in
third" / "Abdi was second and Kipruto third" say the same two placings, so no word is said
against its rival (claims.verdict), yet they contradict each other."""

from __future__ import annotations

from dataclasses import dataclass

from claims.reading import Reading
from claims.terms import word_term

_PLACINGS = frozenset(word_term(word) for word in "second third fourth fifth sixth seventh eighth ninth tenth".split())
_PLACE_WORDS = frozenset(word_term(word) for word in ("place", "position", "spot"))
_HOLDER_BEFORE, _HOLDER_AFTER = 4, 2
"""How far before a placing its holder's name may stand ("Kipruto finished second", "Bashir
Abdi of Belgium was second"), and after it ("second was Kipruto")."""


@dataclass(frozen=True)
class SwappedPlacing:
    """One placing each statement gives to another person: its term, and each holder's."""

    placing: str
    holder_a: str
    holder_b: str


def swapped_placing(a: Reading, b: Reading) -> SwappedPlacing | None:
    """A placing one gives to another of the people both name ("Kipruto finished second, ...
    with Belgium's Bashir Abdi in third" / "Bashir Abdi of Belgium was second and Kipruto
    third"): each says both placings, so no word is said against its rival."""
    if a.words_said.isdisjoint(_PLACINGS) or b.words_said.isdisjoint(_PLACINGS):
        return None
    holders_a, holders_b = _placing_holders(a), _placing_holders(b)
    named = a.names & b.names
    for placing in sorted(holders_a.keys() & holders_b.keys()):
        holder_a, holder_b = holders_a[placing], holders_b[placing]
        if holder_a != holder_b and {holder_a, holder_b} <= named:
            return SwappedPlacing(placing, holder_a, holder_b)
    return None


def _placing_holders(reading: Reading) -> dict[str, str]:
    """Each placing a statement gives, with the name nearest it (places aside)."""
    tokens = reading.tokens
    people = [k for k, t in enumerate(tokens) if t.term in reading.names and not t.is_place]
    holders: dict[str, str] = {}
    for position, token in enumerate(tokens):
        if token.term not in _PLACINGS:
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is not None and following.meaningful and following.term not in reading.names | _PLACE_WORDS:
            continue  # "her second appearance": an occasion counted, not a placing
        before = [k for k in people if position - _HOLDER_BEFORE <= k < position]
        after = [k for k in people if position < k <= position + _HOLDER_AFTER]
        if before or after:
            holders[token.term] = tokens[before[-1] if before else after[0]].term
    return holders
