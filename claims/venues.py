"""Two venues for the one a story names: the town of the hospital its injured were taken to ("A fourth passenger,
a 12-year-old boy, was flown to hospital in Turin" / "A child was airlifted to a hospital in Aosta"; "He died at the
Albert Einstein hospital in São Paulo" / "He passed away at a hospital in Rio de Janeiro"), the journal its study
appeared in ("The discovery was published in the journal ZooKeys" / "The findings appear in the journal Zootaxa"), or
the town of the factory its faulty product was made in. Each is one fact of the story; two names for it cannot both be
right, though the two statements share little but the hospital, the journal or the factory. Only the one statement of
each article that names such a venue is set against the other's (claims.told_once): a statement naming two ("one to
hospital in Visp, the other to Sion"), or an article with several, may tell of several people or studies."""

from __future__ import annotations

import re

from claims.reading import Reading

_VENUES = {
    "hospital": re.compile(r"\bhospitals?\s+in\s+(?P<name>(?-i:[A-Z])[\w'\u2019-]+)", re.IGNORECASE),
    "journal": re.compile(
        r"\bjournal\s+(?P<name>(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?-i:[A-Z])[\w'\u2019-]*)*)"
        r"|\b(?:in|by)\s+(?:the\s+)?(?P<titled>(?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,4}(?-i:Journal)\b"
        r"|(?-i:Journal)\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'\u2019-]*(?:\s+(?:of|and|for|the|(?-i:[A-Z])[\w'\u2019-]*))*)",
        re.IGNORECASE,
    ),
    "factory": re.compile(
        r"\b(?:made|produced|manufactured|built|assembled)\s+(?:[\w'\u2019-]+\s+){0,2}?(?:at|in)\s+(?:its|a|the|their)\s+"
        r"(?:[\w'\u2019-]+\s+)?(?:plant|factory|facility|works)\s+(?:in|near|at)\s+(?P<name>(?-i:[A-Z])[\w'\u2019-]+)",
        re.IGNORECASE,
    ),
}
"""A venue's kind and its name: a hospital by its town ("flown to hospital in Turin", "taken to hospitals in
Huanta", the town's first word), a
journal by its whole name ("in the journal The Lancet Public Health", "in the European Heart Journal", "in the Journal
of the American College of Cardiology"), the factory a faulty product was made in by its
town ("pens made at its plant in Hillerød" / "produced at a factory in Kalundborg")."""
_KIND_WORDS = {
    "hospital": frozenset(("hospital", "hospitals")),
    "journal": frozenset(("journal",)),
    "factory": frozenset(("plant", "factory", "facility", "works")),
}
"""Words one of which a statement naming a venue of the kind says."""


def venue_told(reading: Reading) -> str | None:
    """The kind of the one venue a statement names, if it names one of one kind only."""
    told = [kind for kind in _VENUES if _one_named(reading, kind) is not None]
    return told[0] if len(told) == 1 else None


def _one_named(reading: Reading, kind: str) -> re.Match[str] | None:
    if reading.words.isdisjoint(_KIND_WORDS[kind]):
        return None
    found = list(_VENUES[kind].finditer(reading.text))
    return found[0] if len(found) == 1 else None


def venues_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each names its venue, when both name one of one kind and the names differ."""
    kind = venue_told(a)
    if kind is None or kind != venue_told(b):
        return None
    named_a, named_b = _one_named(a, kind), _one_named(b, kind)
    if named_a is None or named_b is None:
        return None
    name_a, name_b = _name_group(named_a), _name_group(named_b)
    if named_a.group(name_a).lower() == named_b.group(name_b).lower():
        return None
    return named_a.span(name_a), named_b.span(name_b)


def _name_group(named: re.Match[str]) -> str:
    """The group holding a venue's name: "name", or "titled" for a journal whose title says it is one ("the European
    Heart Journal", "the Journal of the American College of Cardiology")."""
    return "name" if named.group("name") is not None else "titled"
