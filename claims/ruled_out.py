"""A possibility ruled out against one left open: "Nordbank ruled out a cyber attack" / "the bank
said it could not yet rule out a cyber attack", "an early election was not on the table" / "did not
rule out calling a snap election", "Police have ruled out foul play" / "Police have not
ruled out foul play". One says the thing did not happen, the other that it may have: they cannot
both be true, though the second only supposes (claims.verdict)."""

from __future__ import annotations

import re

from claims.polarity import Stance, meaningful_terms
from claims.reading import Reading

_OPEN = re.compile(
    r"\b(?:not|n['\u2019]t|never|cannot|yet\s+to|refused\s+to|declined\s+to|unable\s+to)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:rule|rules|ruled|ruling)\s+out\b",
    re.IGNORECASE,
)
"""A possibility left open: "could not yet rule out", "have not ruled out", "declined to rule out"."""
_RULED_OUT = re.compile(r"\b(?:rule|rules|ruled|ruling)\s+out\b", re.IGNORECASE)
_OFF_THE_TABLE = re.compile(
    r"\b(?:is|are|was|were|remains?|remained)\s+(?:not\s+on|off)\s+the\s+table\b", re.IGNORECASE
)
"""A possibility ruled out in other words: "an early election was not on the table", "is off the table"."""
_WORDS = frozenset(("rule", "rules", "ruled", "ruling"))
_OBJECT_WORDS = 5
"""How many words after "rule out" may name what is ruled out ("a cyber attack", "foul play")."""


def ruled_out_against_open(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells of a possibility, when one rules it out, or denies it outright ("caused by a
    faulty software update, not a cyberattack"), and the other leaves it open, the two naming the
    same thing (after "rule out", or as what the denial is of)."""
    for closed, open_, swapped in ((a, b, False), (b, a, True)):
        still_open = _still_open_against_ruled_out(closed, open_)
        if still_open is not None:
            return (still_open[1], still_open[0]) if swapped else still_open
        if open_.words.isdisjoint(_WORDS) or "out" not in open_.words:
            continue  # most statements leave nothing open: their words say so before any pattern is tried
        left_open = _OPEN.search(open_.text)
        if left_open is None or _OPEN.search(closed.text):
            continue
        # "could not rule out a cyber attack"; "a cyber attack had not been ruled out"
        thing = _what_follows(open_.text, left_open.end()) or _what_precedes(open_.text, left_open.start())
        spans = _ruled_out(closed, thing)
        if spans is not None:
            return (left_open.span(), spans) if swapped else (spans, left_open.span())
    for closed, open_, swapped in ((a, b, False), (b, a, True)):
        supposed = _ruled_out_against_supposed(closed, open_)
        if supposed is not None:
            return (supposed[1], supposed[0]) if swapped else supposed
    return None


def _still_open_against_ruled_out(closed: Reading, open_: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where one rules a thing out ("Ministers ruled out nationalising the company") and the other tells it is still
    possible ("but nationalisation remains an option"), naming it before "remains an option" in a word of the same
    root as one after "ruled out" (`_one_root`: a deed and its noun)."""
    if open_.words.isdisjoint(_STILL_OPEN_WORDS) or closed.words.isdisjoint(_WORDS) or "out" not in closed.words:
        return None
    still_open = _STILL_OPEN.search(open_.text)
    ruled_out = _RULED_OUT.search(closed.text)
    if still_open is None or ruled_out is None or _OPEN.search(closed.text):
        return None
    named = re.split(r"[,;:]|\b(?:that|but)\b", open_.text[: still_open.start()])[-1].split()[-_OBJECT_WORDS:]
    excluded = _CLAUSE_END.split(closed.text[ruled_out.end() :], maxsplit=1)[0].split()[:_OBJECT_WORDS]
    if any(_one_root(x, y) for x in named for y in excluded):
        return ruled_out.span(), still_open.span()
    return None


_STILL_OPEN_WORDS = frozenset(("option", "possibility", "table"))
_STILL_OPEN = re.compile(
    r"\b(?:remains?|remained|is\s+still|are\s+still|was\s+still)\s+(?:an?\s+|on\s+the\s+)?"
    r"(?:option|possibility|table)\b",
    re.IGNORECASE,
)
"""A possibility still open, what is possible told before it: "nationalisation remains an option", "A strike is still
on the table"."""
_ROOT_LETTERS = 7


def _one_root(x: str, y: str) -> bool:
    """Whether two words share their first _ROOT_LETTERS letters or more, the shorter's all but a suffix
    ("nationalisation" / "nationalising"): one deed, told as a noun and a verb."""
    x, y = x.lower().strip(".,;:'\"\u2019"), y.lower().strip(".,;:'\"\u2019")
    shared = next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))
    return shared >= _ROOT_LETTERS and shared >= min(len(x), len(y)) - 3


def _ruled_out_against_supposed(closed: Reading, open_: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where one rules a thing out ("The team ruled out starspots as the source of the signal") and the
    other supposes it may be so ("the water could also come from starspots"), naming it after its
    "could", "may" or "might"."""
    if closed.words.isdisjoint(_WORDS) or "out" not in closed.words or open_.words.isdisjoint(_MODALS):
        return None
    ruled_out = _RULED_OUT.search(closed.text)
    if ruled_out is None or _OPEN.search(closed.text) or _RULED_OUT.search(open_.text):
        return None
    thing = _what_follows(closed.text, ruled_out.end())
    for supposed in _SUPPOSED.finditer(open_.text):
        if thing & meaningful_terms(open_.text[supposed.end() :]):
            return ruled_out.span(), supposed.span()
    return None


_MODALS = frozenset(("could", "may", "might"))
_SUPPOSED = re.compile(r"\b(?:" + "|".join(sorted(_MODALS)) + r")\b", re.IGNORECASE)
"""A possibility supposed: what follows may be so."""


def _ruled_out(reading: Reading, thing: frozenset[str]) -> tuple[int, int] | None:
    """Where a statement rules out a thing ("ruled out a cyber attack") or denies it is the case
    ("..., not a cyberattack": a negation of that very thing, or of its being the cause: "was not the
    result of a cyber attack"; not "no sign of foul play", which leaves it open too)."""
    ruled_out = _RULED_OUT.search(reading.text) if not reading.words.isdisjoint(_WORDS) else None
    if ruled_out is not None and _what_follows(reading.text, ruled_out.end()) & thing:
        return ruled_out.span()
    off_the_table = _OFF_THE_TABLE.search(reading.text) if "table" in reading.words else None
    if off_the_table is not None and _what_precedes(reading.text, off_the_table.start()) & thing:
        return off_the_table.span()
    if not reading.may_negate:
        return None
    for clause in reading.polarity.clauses:
        if clause.stance is Stance.NEGATED and (
            clause.head in thing or (clause.head in _RESULT and not clause.denied.isdisjoint(thing))
        ):
            return clause.cue[0], len(reading.text[: clause.end].rstrip(" .,;:!?"))
    return None


_RESULT = meaningful_terms("result")
"""What a cause is denied as ("the disruption was not the result of a cyber attack"): the cause is what
is denied."""


def _what_follows(text: str, end: int) -> frozenset[str]:
    """The terms of what is ruled out, told after it ("rule out a cyber attack"), up to the clause's end: in "a
    terrorist motive could not be ruled out and the security service had joined", nothing follows."""
    clause = _CLAUSE_END.split(text[end:], maxsplit=1)[0]
    return meaningful_terms(" ".join(clause.split()[:_OBJECT_WORDS]))


_CLAUSE_END = re.compile(r"[,;:.]|\b(?:and|but)\s+(?:the|a|an|it|they|he|she|police|officials)\b", re.IGNORECASE)
"""Where a clause after "ruled out" ends: a stop, or "and" or "but" before a new subject."""


def _what_precedes(text: str, start: int) -> frozenset[str]:
    """The terms of what a clause says is off the table, told before it ("an early election")."""
    clause = re.split(r"[,;:]|\bthat\b", text[:start])[-1]
    return meaningful_terms(" ".join(clause.split()[-_OBJECT_WORDS:]))
