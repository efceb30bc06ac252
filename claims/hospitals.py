"""Two towns for one hospital: "A fourth passenger, a 12-year-old boy, was flown to hospital in Turin" / "A child
was airlifted to a hospital in Aosta", "He died at the Albert Einstein hospital in São Paulo" / "He passed away at a
hospital in Rio de Janeiro". Where the story's injured were taken, or where its person died, is one fact; two towns
for it cannot both be right, though the two statements share little but the hospital. Only the one statement of each
article that names a hospital's town is set against the other's (claims.align): a statement naming two towns'
hospitals ("one to hospital in Visp, the other to Sion"), or an article with several such statements, tells of
several people."""

from __future__ import annotations

import re

from claims.reading import Reading

_HOSPITAL_IN = re.compile(r"\bhospital\s+in\s+(?P<town>(?-i:[A-Z])[\w'\u2019-]+)", re.IGNORECASE)
"""A hospital and its town ("flown to hospital in Turin", "the Albert Einstein hospital in São Paulo")."""
_HOSPITAL_WORDS = frozenset(("hospital",))


def tells_a_hospitals_town(reading: Reading) -> bool:
    """Whether a statement names the town of the one hospital it tells of."""
    return _hospitals_town(reading) is not None


def _hospitals_town(reading: Reading) -> re.Match[str] | None:
    if reading.words.isdisjoint(_HOSPITAL_WORDS):
        return None
    found = list(_HOSPITAL_IN.finditer(reading.text))
    return found[0] if len(found) == 1 else None


def hospitals_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each names the town of its hospital, when the towns differ."""
    town_a, town_b = _hospitals_town(a), _hospitals_town(b)
    if town_a is None or town_b is None or town_a.group("town").lower() == town_b.group("town").lower():
        return None
    return town_a.span("town"), town_b.span("town")
