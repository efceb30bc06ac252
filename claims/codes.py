"""Codes of one kind told apart: "The virus is the highly pathogenic H5N1 strain" / "The strain was
identified as H5N8", "an Airbus A320" / "an Airbus A321". A code (letters and figures, opening on a
letter) names one strain, model or flight; two of the same shape that differ name two, so a pair
that otherwise makes one claim makes it of two things (claims.verdict)."""

from __future__ import annotations

import re

from claims.reading import Reading, of_one_statement

_CODE = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*-?\d[A-Za-z0-9]*(?:-\d+)?(?![\w-])")
"""A code: a capital, perhaps more letters, and figures, perhaps letters after ("H5N1", "A320neo",
"F-35", "MH370", "COVID-19")."""
_DIGITS = re.compile(r"\d+")
_SUMS = re.compile(r"(?:US|NZ|AU|HK|SG|CA)\d")
"""A sum written after its country's letters ("NZ75 a share", "$NZ158 million"): no code."""
SHORTEST = 3
"""Codes shorter than this ("Q3", "H1", "G7") are more often a quarter, a half-year or a group than
one thing of a kind."""


def codes_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each writes its code, when each writes one code of a shape (its letters, the figures
    aside) and the two differ: "H5N1" / "H5N8", "A320" / "A321", "MH17" / "MH370"."""
    mine, theirs = _codes(a), _codes(b)
    for shape, (code, span) in mine.items():
        other = theirs.get(shape)
        if other is not None and other[0] != code:
            return span, other[1]
    return None


@of_one_statement
def _codes(reading: Reading) -> dict[str, tuple[str, tuple[int, int]]]:
    """The statement's codes by their shape, of the shapes it writes one code of."""
    found: dict[str, list[tuple[str, tuple[int, int]]]] = {}
    for match in _CODE.finditer(reading.text):
        code = match.group()
        if len(code) >= SHORTEST and not _SUMS.match(code):
            found.setdefault(_DIGITS.sub("#", code.upper()), []).append((code.upper(), match.span()))
    return {shape: codes[0] for shape, codes in found.items() if len({code for code, _ in codes}) == 1}
