"""Two spans of years told of one thing that share one end and not the other, or overlap: "Bakare served as oil
minister from 2015 to 2019" / "He was oil minister between 2015 and 2020", "The recall covers Terran
models built between 2021 and 2023" / "Affected vehicles were made from 2021 to 2024", "between
March 2022 and June 2023" / "from March 2022 to August 2023", and two that overlap with neither end alike
("built between 2021 and 2023" / "made between 2020 and 2022"). Years alone
set two statements apart as two times (claims.verdict); two spans with one end in common are one
span told two ways, and cannot both be right. The span a story's recalled things were made in ("models built between
2021 and 2024") is one fact of the story, compared however little else two statements share (claims.told_once)."""

from __future__ import annotations

import re

from claims.frames import MONTHS
from claims.reading import Reading

_RANGE = re.compile(
    r"\b(?:from|between)\s+(?:(?P<first_word>[A-Za-z]+)\s+)?(?P<first>(?:19|20)\d\d)\s+(?:to|and|until|till|through)\s+"
    r"(?:(?P<last_word>[A-Za-z]+)\s+)?(?P<last>(?:19|20)\d\d)\b"
    r"|\b(?P<first_joined>(?:19|20)\d\d)\s*[-\u2013]\s*(?P<last_joined>(?:19|20)?\d\d)\b(?![-\u2013.,]?\d)"
    r"|\b(?P<first_bare>(?:19|20)\d\d)\s+(?:to|through)\s+(?P<last_bare>(?:19|20)\d\d)\b"
)
"""A span of years: "from 2015 to 2019", "between 2021 and 2023", "from March 2015 until May 2019",
"2015-2019", "2015-19", "certain 2020 to 2022 models" (not "in 2015 and 2019": two years)."""
End = tuple[int, int | None]
"""A span's end: its year, and its month when told ("June 2023")."""
Span = tuple[End, End, tuple[int, int]]
"""A span of years as given: its first end, its last, and where it is written."""


def year_ranges_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each gives its span, when each gives one span of years and the two share one end only, or overlap
    with neither end alike ("built between 2021 and 2023" / "made between 2020 and 2022"): one span told two ways.
    Two spans with no year in common may be of two things."""
    spans = _one_span_each(a, b)
    if spans is None:
        return None
    (first_a, last_a, where_a), (first_b, last_b, where_b) = spans
    first_alike, last_alike = _one_end(first_a, first_b), _one_end(last_a, last_b)
    if first_alike and last_alike:
        return None
    overlap = first_a[0] < last_b[0] and first_b[0] < last_a[0]
    return (where_a, where_b) if first_alike or last_alike or overlap else None


def one_span_alike(a: Reading, b: Reading) -> bool:
    """Whether each gives one span of years and the two are one ("Toledo governed Peru from 2001 to
    2006" / "He was president between 2001 and 2006"): a fact of the story told alike, however
    little else the words share."""
    spans = _one_span_each(a, b)
    if spans is None:
        return False
    (first_a, last_a, _), (first_b, last_b, _) = spans
    return _one_end(first_a, first_b) and _one_end(last_a, last_b)


def years_made(reading: Reading) -> Span | None:
    """The span of years a statement tells its things were made in, when it gives one span only and it follows a
    verb of making ("The recall covers models built between 2021 and 2024", "Affected vehicles were made from 2020 to
    2024"): the model years of a story's recall, one fact of it told in words the other need not share
    (claims.told_once)."""
    if not reading.dated or reading.words.isdisjoint(_MAKING):
        return None
    found = _spans(reading.text)
    if len(found) != 1:
        return None
    before = reading.text[: found[0][2][0]]
    return found[0] if _MADE_BEFORE.search(before) is not None else None


def years_made_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells the span of years its things were made in, when the two share one end only or overlap."""
    if years_made(a) is None or years_made(b) is None:
        return None
    return year_ranges_apart(a, b)


_MAKING = frozenset(("built", "made", "produced", "manufactured", "assembled"))
_MADE_BEFORE = re.compile(r"\b(?:built|made|produced|manufactured|assembled)\b[^.;,]{0,40}$", re.IGNORECASE)
"""A verb of making shortly before a span ("built between", "made at its Kentucky plant from"); "sold" is another
span, of sales."""


def _one_span_each(a: Reading, b: Reading) -> tuple[Span, Span] | None:
    """The span of years each statement gives, when each gives exactly one."""
    if not (a.dated and b.dated):
        return None
    found_a, found_b = _spans(a.text), _spans(b.text)
    if len(found_a) != 1 or len(found_b) != 1:
        return None
    return found_a[0], found_b[0]


def _one_end(mine: End, theirs: End) -> bool:
    """Whether two ends are one: the same year, and the same month if both tell one ("between
    March 2022 and June 2023" / "from March 2022 to August 2023" share their first end only)."""
    return mine[0] == theirs[0] and (mine[1] is None or theirs[1] is None or mine[1] == theirs[1])


def _spans(text: str) -> list[Span]:
    """Each span of years a statement gives: its first end, its last, and where it is written."""
    found = []
    for match in _RANGE.finditer(text):
        first = int(match["first"] or match["first_joined"] or match["first_bare"])
        written = match["last"] or match["last_joined"] or match["last_bare"]
        last = int(written) if len(written) == 4 else first // 100 * 100 + int(written)
        if first < last:
            found.append(((first, _month(match["first_word"])), (last, _month(match["last_word"])), match.span()))
    return found


def _month(word: str | None) -> int | None:
    return MONTHS.get(word.lower()) if word is not None else None
