"""An appeal told as lost against one told as won: "Hartley Town's appeal against a 10-point
deduction was rejected" / "Hartley Town have had their points deduction reduced from 10 to five
after an appeal", "Court upholds five-year ban" / "ban halved on appeal". The two share the
appeal, the penalty and the names, and no word of one is the opposite of a word of the other
("rejected" is no rival of "reduced"), yet they cannot both be true (claims.verdict)."""

from __future__ import annotations

import re

from claims.reading import Reading

_PENALTY = (
    r"(?:ban|sentence|penalty|deduction|conviction|fine|suspension|verdict|ruling|decision|disqualification|"
    r"sanction|order|dismissal|expulsion)s?"
)
_WHOSE = r"(?:(?:his|her|their|its|the|an?|[A-Z][\w-]*['\u2019]s?)\s+)?"
_AUXILIARY = r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
_CHANGED = (
    r"(?:reduced|cut|halved|overturned|quashed|lifted|scrapped|rescinded|shortened|annulled|reversed|cleared|"
    r"set\s+aside)"
)
_LOST = [
    re.compile(
        rf"\bappeals?\b[^.;:]{{0,80}}?\b(?P<cue>{_AUXILIARY}(?:rejected|dismissed|thrown\s+out|turned\s+down|"
        r"refused|denied|unsuccessful))\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?P<cue>(?:lost|loses|lose|losing)\s+{_WHOSE}appeal)\b", re.IGNORECASE),
    re.compile(
        rf"\b(?P<cue>(?:rejected|rejects|dismissed|dismisses|threw\s+out|throws\s+out|turned\s+down|"
        rf"turns\s+down)\s+{_WHOSE}appeal)\b",
        re.IGNORECASE,
    ),
    re.compile(rf"\b{_PENALTY}\s+(?P<cue>(?:{_AUXILIARY})?upheld)\b", re.IGNORECASE),
    re.compile(rf"\b(?P<cue>(?:upholds?|upheld|upholding))\s+{_WHOSE}(?:[\w-]+\s+){{0,3}}?{_PENALTY}\b", re.IGNORECASE),
]
"""An appeal lost: rejected, dismissed, lost, or the penalty upheld (not "the appeal was upheld",
which won)."""
_WON = [
    re.compile(rf"\b(?P<cue>(?:won|wins|win|winning)\s+{_WHOSE}appeal)\b", re.IGNORECASE),
    re.compile(rf"\bappeals?\s+(?P<cue>{_AUXILIARY}(?:upheld|successful|allowed|granted))\b", re.IGNORECASE),
    re.compile(rf"\b(?P<cue>{_CHANGED})\b[^.;:]{{0,60}}?\b(?:on|after|following)\s+{_WHOSE}appeal\b", re.IGNORECASE),
    re.compile(rf"\b(?:on|after|following)\s+{_WHOSE}appeal\b[^.;:]{{0,40}}?\b(?P<cue>{_CHANGED})\b", re.IGNORECASE),
    re.compile(r"\b(?P<cue>successfully\s+appealed|appeal\s+succeeded)\b", re.IGNORECASE),
]
"""An appeal won: won, upheld, allowed, or the penalty reduced, quashed or lifted on appeal."""
_WORDS = frozenset(("appeal", "appeals", "appealed", "upheld", "uphold", "upholds", "upholding"))
"""Words one of which a statement telling an appeal's outcome holds."""
_APPEAL = "appeal"


def appeal_outcomes_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells how an appeal ended, when one tells it lost and the other won, neither
    tells both, and the two share a word besides the appeal (its penalty, whose it was)."""
    if a.words.isdisjoint(_WORDS) or b.words.isdisjoint(_WORDS):
        return None
    if not (a.terms & b.terms) - {_APPEAL}:
        return None
    lost_a, won_a, lost_b, won_b = (_first(reading.text, patterns) for reading in (a, b) for patterns in (_LOST, _WON))
    if lost_a and won_b and not (won_a or lost_b):
        return lost_a, won_b
    if won_a and lost_b and not (lost_a or won_b):
        return won_a, lost_b
    return None


def _first(text: str, patterns: list[re.Pattern[str]]) -> tuple[int, int] | None:
    """Where the first of `patterns` found in `text` tells the outcome."""
    spans = [match.span("cue") for pattern in patterns if (match := pattern.search(text)) is not None]
    return min(spans) if spans else None
