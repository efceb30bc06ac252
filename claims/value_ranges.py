"""Values told as ranges: "between $40 million and $60 million", "a range of 4.75% to 5%", "4.75%-5.00%". A range is
one value with two ends (Bound.RANGE, from `Quantity.value` to `Quantity.high`), read where claims.quantities reads
the end whose unit says what is measured; "from" one value "to" another is no range (a change's ends, or a span of
years: claims.year_ranges), nor a change and the level it reaches ("rise by $300 to $2,800")."""

from __future__ import annotations

import re
from dataclasses import replace

from claims.quantity import Bound, Kind, Quantity
from claims.units import SCALES

RANGE = re.compile(
    r"\b(?P<from>between|from)\s+\S*\d[\d,.]*\s*(?:[^\W\d_]+\s+)?(?:and|to)\s+\S*\d[\d,.]*"
    r"|\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion)?\s+to\s+\S*\d[\d,.]*"
    r"|(?<![\w.,-])(?P<hyphened>\d+(?:\.\d+)?%?[-\u2013]\d+(?:\.\d+)?%)",
    re.IGNORECASE,
)
"""Ranges ("between 30 and 40 years old", "40 percent to 70 percent", "4.75%-5.00%"): "from" one value "to"
another is no range (a change's ends, or a span of years), compared with none; the others are (ends_of_a_range)."""
_RANGE_END = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<scale>\s?(?:million|billion|trillion)\b)?"
)


def ends_of_a_range(text: str, match: re.Match[str]) -> tuple[int, int, float, float] | None:
    """The end of a range that is read with what it measures (the upper, its unit written after it: "$40 million to
    $60 million", "between 40 and 90 metres"; the lower of "4.75%-5.00%", the other no number to the reader): where
    its written value's token starts and its digits start, that value and the other end's in the same scale ("1.5"
    of "between 1.5 and 2 billion"); none for a range "from" one value "to" another, or one whose ends do not rise."""
    written = _written_ends(text, match)
    if written is None or (match["from"] and match["from"].lower() == "from"):
        return None
    first, second, low, high = written
    if not low < high:
        return None
    if match["hyphened"]:
        return first.start(), first.start(), low, high
    token = max(text.rfind(" ", match.start(), second.start()) + 1, match.start())
    return token, second.start(), high, low


_RANGED_KINDS = frozenset((Kind.COUNT, Kind.MONEY, Kind.PERCENT, Kind.DISTANCE, Kind.WEIGHT, Kind.AREA))
_MARKS_OF_A_KIND = {
    Kind.PERCENT: re.compile(r"%|\bper\s?cent\b", re.IGNORECASE),
    Kind.MONEY: re.compile(r"[$\u20ac\u00a3\u00a5]|\b(?:USD|EUR|GBP|euros?|dollars?)\b"),
}
_CHANGE_RANGE_SPREAD = 2.0
"""How far apart the ends of a change's range may be ("cut production by 60 million to 70 million board feet");
further, the two values after "by" are the change and the level it reaches ("rise by $300 to $2,800")."""
_BY_BEFORE = re.compile(r"\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?[$\u20ac\u00a3\u00a5]?$", re.IGNORECASE)


def a_change_to_a_level(text: str, match: re.Match[str]) -> bool:
    """Whether what reads as a range is a change and the level it reaches, two values: "fell 4.6 percent, or $4.04,
    to $83.38", "rise by $300 to $2,800" (not "cut production by 60 million to 70 million board feet", two ends
    close enough for a change's range)."""
    written = _written_ends(text, match)
    if written is None or match["from"]:
        return False
    first, second, low, high = written
    if "," in text[first.end() : second.start()]:
        return True
    return _BY_BEFORE.search(text, 0, match.start()) is not None and not 0 < low < high <= _CHANGE_RANGE_SPREAD * low


def _written_ends(text: str, match: re.Match[str]) -> tuple[re.Match[str], re.Match[str], float, float] | None:
    """A range's two ends, each with its value as written: with its scale when both ends have one ("1.5 billion and 2
    billion"), else without ("between 1.5 and 2 billion": 1.5 and 2, the read end scaled by what reads it)."""
    ends = list(_RANGE_END.finditer(text, match.start(), match.end()))
    if len(ends) != 2:
        return None
    first, second = ends
    scaled = bool(first["scale"] and second["scale"])
    values = [
        float(end["num"].replace(",", "")) * (SCALES[end["scale"].strip().lower()] if scaled else 1.0) for end in ends
    ]
    return first, second, values[0], values[1]


def as_a_range(
    text: str, read: Quantity, start: int, end: int, read_written: float, other_written: float
) -> Quantity | None:
    """The value read at one end of a range made the range, from its lower end (`value`) to its upper (`high`),
    the other end scaled as the read one was ("between 40 and 90 metres": 0.04 to 0.09 km); none where the range
    is of a kind seldom told as one claim's value (the heat "between 45.2C and 49.1C" at other stations than the
    record's) or its ends are two kinds ("3.46 per cent to $16.20": a fall, and where it ended)."""
    written = text[start:end]
    if read.kind not in _RANGED_KINDS or any(
        mark.search(written) and read.kind is not kind for kind, mark in _MARKS_OF_A_KIND.items()
    ):
        return None
    other = other_written * read.value / read_written if read_written else other_written
    low, high = sorted((read.value, other))
    return replace(read, value=low, high=high, bound=Bound.RANGE, start=start, end=max(end, read.end))
