"""What a statement asserts beyond its topic: whether it denies, and which quantities it gives.

Two statements about the same thing conflict when one denies what the other affirms
("Tehran has not supplied drones" against "Iran admitted to providing Russia with
drones"), or when they give different values for the same quantity (7 villages against
5; magnitude 6.1 against 5.9).
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cached_property

from claims.terms import Token, word_term

_NEGATORS = frozenset("not no never none nor neither without nothing nobody cannot".split())
_DENIALS = frozenset(word_term(word) for word in "deny false untrue baseless unfounded fabricated".split())
SCOPE_TOKENS = 8
"""How far a negation reaches: "rejected Kyiv's claims about drone transfers"."""

_MONTHS = frozenset("january february march april may june july august september october november december".split())
_AUXILIARIES = frozenset(
    (
        "to be been being is are was were am do does did have has had will would shall should can could "
        "may might must ever yet even also still so that"
    ).split()
)
_REPORTING = frozenset(word_term(word) for word in "say according add note report announce quote explain".split())
ATTRIBUTION_REACH = 5
"""Names this close to "said" or "according to" are the source of a claim, not its subject."""
_HEDGES = frozenset("if whether unless would could might may perhaps possibly reportedly".split())
FUNCTION_WORD_ZIPF = 6.5
"""Words this common ("the", "was", "in") are never what a number counts."""
QUANTITY_CONFLICT_SCORE = 0.3
MIN_SHARED_DENIED = 2
"""A denial contradicts a statement only if it reaches at least this many of the terms they share."""
_UNIT_SKIP = frozenset("of than per more less about around nearly almost some over under at least".split())


@dataclass(frozen=True)
class Cues:
    """The polarity and quantities of one statement."""

    tokens: list[Token]
    denied: frozenset[str]
    """Terms within reach of a denial ("rejected claims about drone transfers")."""
    negated: frozenset[str]
    """Predicates under a "not" or "never" ("has not supplied" -> supply)."""
    hedged: bool
    """It asks, supposes or reports at second hand ("whether or not", "if there was"): no assertion."""
    has_numbers: bool

    @property
    def negative(self) -> bool:
        return bool(self.denied or self.negated)

    @cached_property
    def quantities(self) -> dict[str, frozenset[str]]:
        """Values the statement gives, by the thing counted ("villag" -> {"7"}), dates, years.

        Worked out only when a close pair needs them.
        """
        return _quantities(self.tokens) if self.has_numbers else {}


def find_cues(tokens: list[Token]) -> Cues:
    """Read negations, denials, hedges and quantities off a statement's tokens."""
    denied: set[str] = set()
    negated: set[str] = set()
    hedged = False
    numbers = False
    for position, token in enumerate(tokens):
        surface = token.surface
        if token.term in _DENIALS:
            denied.update(t.term for t in tokens[position + 1 : position + 1 + SCOPE_TOKENS])
        elif surface in _NEGATORS or surface.endswith(("n't", "n\u2019t")):
            scope = tokens[position + 1 : position + 1 + SCOPE_TOKENS]
            head = next((t for t in scope if _is_predicate(t)), None)
            if head is not None:
                negated.add(head.term)
        hedged = hedged or surface in _HEDGES
        numbers = numbers or token.is_number
    return Cues(tokens, frozenset(denied), frozenset(negated), hedged, numbers)


def _is_predicate(token: Token) -> bool:
    """The word a "not" negates: skip auxiliaries, "to" and adverbs ("has not publicly said")."""
    return token.surface not in _AUXILIARIES and not token.surface.endswith("ly") and not token.is_number


def _quantities(tokens: list[Token]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for position, token in enumerate(tokens):
        if not token.is_number:
            continue
        value = token.term[1:]
        before = tokens[position - 1] if position else None
        if before is not None and before.surface in _MONTHS:
            found.setdefault("date", set()).add(f"{before.surface} {value}")
        elif token.is_number and len(value) == 4 and value.isdigit() and value[:2] in ("19", "20"):
            found.setdefault("year", set()).add(value)
        else:
            for unit in _units(tokens, position):
                found.setdefault(unit, set()).add(value)
    return {unit: frozenset(values) for unit, values in found.items()}


def _units(tokens: list[Token], position: int) -> list[str]:
    """What a number counts: the word after it ("7 villages", "6.1-magnitude") and the word
    before it ("magnitude 5.9"), skipping fillers ("at least", "of") and function words."""
    after = next((t for t in tokens[position + 1 : position + 3] if _is_unit(t)), None)
    before = tokens[position - 1] if position else None
    return [t.term for t in (after, before) if t is not None and _is_unit(t)]


def _is_unit(token: Token) -> bool:
    return token.surface not in _UNIT_SKIP and not token.is_number and token.zipf < FUNCTION_WORD_ZIPF


def contradicts(a: Cues, b: Cues, shared: AbstractSet[str], score: float) -> bool:
    """Whether two statements about the same thing disagree, by denial or by number.

    Numbers need the closer match: two passages of one story often count different
    things with the same word (the dead in one district, the dead in all).
    """
    return polarity_conflict(a, b, shared) or (score >= QUANTITY_CONFLICT_SCORE and quantity_conflict(a, b))


def polarity_conflict(a: Cues, b: Cues, shared: AbstractSet[str]) -> bool:
    """One denies what the other asserts outright (neither asks, supposes nor also denies)."""
    if a.hedged or b.hedged or a.negative == b.negative:
        return False
    denier = a if a.negative else b
    if len(shared) < MIN_SHARED_DENIED:
        return False
    return bool(denier.negated & shared) or len(denier.denied & shared) >= MIN_SHARED_DENIED


def quantity_conflict(a: Cues, b: Cues) -> bool:
    """Both give a value for the same thing, and the values differ."""
    if not (a.has_numbers and b.has_numbers):
        return False
    return any(unit in b.quantities and not (values & b.quantities[unit]) for unit, values in a.quantities.items())


def attribution_positions(tokens: list[Token]) -> set[int]:
    """Positions of the names that attribute a claim ("..., Sutopo Purwo Nugroho said").

    Two reports quoting the same spokesman say nothing alike for that alone, so the
    matcher gives these names little weight.
    """
    positions: set[int] = set()
    for position, token in enumerate(tokens):
        if token.term in _REPORTING:
            start = max(1, position - ATTRIBUTION_REACH)
            for near in range(start, min(len(tokens), position + ATTRIBUTION_REACH + 1)):
                name = tokens[near]
                if name.capitalized and not name.is_place and not name.is_number:
                    positions.add(near)
    return positions
