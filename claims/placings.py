"""Placings two statements give to swapped people: "Kipruto finished second, ... with Abdi in
third" / "Abdi was second and Kipruto third" say the same two placings, so no word is said
against its rival (claims.verdict), yet they contradict each other."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.reading import Reading
from claims.terms import Token, word_term

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
    named = _named(a) & _named(b)
    for placing in sorted(holders_a.keys() & holders_b.keys()):
        run_a, run_b = holders_a[placing], holders_b[placing]
        if not set(run_a).isdisjoint(run_b):
            continue  # one holder, named two ways ("Carles Puigdemont" / "Carles Puigdemont's Junts")
        holder_a, holder_b = _named_by_both(run_a, named), _named_by_both(run_b, named)
        if holder_a is None or holder_b is None:
            continue
        if holder_b in _named_before(a, placing) and holder_a in _named_before(b, placing):
            continue  # "Hou Yu-ih of the Kuomintang came second" / "Kuomintang candidate Hou finished second"
        return SwappedPlacing(placing, holder_a, holder_b)
    return None


def _named_before(reading: Reading, placing: str) -> frozenset[str]:
    """The names a statement writes in the words leading to its placing, from the last comma or
    joining word before it: its holder's whole name, however it is built ("Hou Yu-ih of the
    Kuomintang came second"; of "Kipruto finished second, ..., with Belgium's Bashir Abdi in third",
    only Abdi's for third)."""
    at = next((start for token, start, _ in reading.spans if token.term == placing), len(reading.text))
    opening = max((m.end() for m in _JOINING.finditer(reading.text, 0, at)), default=0)
    return frozenset(t.term for t, start, _ in reading.spans if opening <= start < at and _a_name(t, reading))


_JOINING = re.compile(r"[,;]|\b(?:and|with|while|whereas|but)\b")


def _named_by_both(holder: tuple[str, ...], named: frozenset[str]) -> str | None:
    """The last word of a holder's name that both statements name: a surname ("Benson Kipruto":
    Kipruto), or what the other calls it ("Stanford University": Stanford)."""
    return next((term for term in reversed(holder) if term in named), None)


def _named(reading: Reading) -> frozenset[str]:
    """The names a statement writes, the one it opens with too ("MIT climbed to second")."""
    return frozenset(t.term for t in reading.tokens if _a_name(t, reading))


def _a_name(token: Token, reading: Reading) -> bool:
    return (token.term in reading.names or (token.capitalized and token.meaningful)) and not token.is_place


def _placing_holders(reading: Reading) -> dict[str, tuple[str, ...]]:
    """Each placing a statement gives, with the name nearest it (places aside), all its words
    ("Stanford University rose to second place": Stanford University)."""
    tokens = reading.tokens
    people = [k for k, t in enumerate(tokens) if _a_name(t, reading)]
    holders: dict[str, tuple[str, ...]] = {}
    for position, token in enumerate(tokens):
        if token.term not in _PLACINGS:
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if following is not None and following.meaningful and following.term not in reading.names | _PLACE_WORDS:
            continue  # "her second appearance": an occasion counted, not a placing
        before = [k for k in people if position - _HOLDER_BEFORE <= k < position]
        after = [k for k in people if position < k <= position + _HOLDER_AFTER]
        if before or after:
            first = last = before[-1] if before else after[0]
            while first - 1 in people:
                first -= 1
            while last + 1 in people:
                last += 1
            holders[token.term] = tuple(t.term for t in tokens[first : last + 1])
    return holders
