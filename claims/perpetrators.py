"""Two ages for the one attacker: "The attacker, a 34-year-old local man, was known to police" / "The suspect,
aged 29, was Tasered by officers". A report names the one who did the deed by a role, the attacker, the gunman, the
suspect, and each report may pick another role word; the age of that one person is one fact of the story
(claims.told_once). "A second suspect, aged 17" is another person."""

from __future__ import annotations

import re

from claims.reading import Reading

_ROLE_WORDS = frozenset(("attacker", "gunman", "suspect", "assailant", "shooter", "killer", "stabber"))
"""Words by which a report names the one who did the deed."""
_ROLE = r"(?:" + "|".join(sorted(_ROLE_WORDS)) + r")"
_AGE_OF_THE_ROLE = re.compile(
    r"\b(?:the\s+)?" + _ROLE + r"(?:,|\s+(?:was|is))?\s+(?:identified\s+as\s+|named\s+as\s+)?(?:a\s+|an\s+|aged\s+)?"
    r"(?P<age>\d{2})(?:-year-old)?\b"
    r"|\b(?:the|a|an)\s+(?P<age2>\d{2})-year-old\s+(?:[a-z]+\s+){0,2}?" + _ROLE + r"\b",
    re.IGNORECASE,
)
"""An age told of the one a role names: "The attacker, a 34-year-old local man", "The suspect, aged 29", "the
20-year-old suspect"."""
_ANOTHER_BEFORE = re.compile(r"\b(?:second|third|another|other|fellow|two|three|both)\s+(?:[a-z]+\s+)?$", re.I)


def attackers_age(reading: Reading) -> tuple[int, tuple[int, int]] | None:
    """The age a statement tells of the one its role word names, and where, if it tells one only."""
    if reading.words.isdisjoint(_ROLE_WORDS):
        return None
    found = [
        told
        for told in _AGE_OF_THE_ROLE.finditer(reading.text)
        if not _ANOTHER_BEFORE.search(reading.text, max(0, told.start() - 20), told.start())
    ]
    if len(found) != 1:
        return None
    group = "age" if found[0].group("age") else "age2"
    return int(found[0].group(group)), found[0].span(group)


def attackers_ages_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells the attacker's age, when the ages differ."""
    age_a, age_b = attackers_age(a), attackers_age(b)
    if age_a is None or age_b is None or age_a[0] == age_b[0]:
        return None
    return age_a[1], age_b[1]
