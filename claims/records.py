"""A record broken against one missed: "Kenyan Kiptoo breaks Berlin marathon course record" / "Kiptoo won the
Berlin Marathon in 2:02:07, ... but outside the course record". The two share the race, the winner and the record
itself, and no word of one is the opposite of a word of the other, yet they cannot both be true (claims.verdict).
Two records of different kinds ("the course record" / "the world record") may be one broken and one missed."""

from __future__ import annotations

import re

from claims.polarity import meaningful_terms
from claims.reading import Reading

_OWNER = r"(?:(?:a|an|the|his|her|its|their|[\w-]+['\u2019]s)\s+)?"
_KIND = r"(?P<kind>(?:[\w-]+\s+){0,3}?)"
_MISSED = re.compile(
    r"\b(?:outside|short\s+of|shy\s+of|missed|misses|missing|(?:failed|fails|failing)\s+to\s+(?:break|beat|better|set)"
    r"|(?:did\s+not|didn['\u2019]t|could\s+not|couldn['\u2019]t|was\s+unable\s+to)\s+(?:break|beat|better|set))\s+"
    + _OWNER
    + _KIND
    + r"records?\b",
    re.IGNORECASE,
)
"""A record missed: "outside the course record", "short of the world record", "failed to break the record"."""
_BROKEN = re.compile(
    r"\b(?:break|breaks|broke|broken|breaking|smash(?:es|ed|ing)?|shatter(?:s|ed|ing)?|better(?:s|ed|ing)?"
    r"|set|sets|setting)\s+" + _OWNER + _KIND + r"records?\b|\bnew\s+(?P<new_kind>(?:[\w-]+\s+){0,3}?)records?\b",
    re.IGNORECASE,
)
"""A record broken: "breaks Berlin marathon course record", "set a new world record", "in a new course record"."""
_RECORD_WORDS = frozenset(("record", "records"))


def record_broken_against_missed(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells of a record, when one says it was broken and the other that it was missed, and the two
    name no different kinds of record ("course record" / "world record")."""
    if a.words.isdisjoint(_RECORD_WORDS) or b.words.isdisjoint(_RECORD_WORDS):
        return None
    for broken, missed, swapped in ((a, b, False), (b, a, True)):
        told_missed = _MISSED.search(missed.text)
        told_broken = _BROKEN.search(broken.text) if _MISSED.search(broken.text) is None else None
        if told_missed is None or told_broken is None:
            continue
        kind_broken = meaningful_terms(told_broken.group("kind") or told_broken.group("new_kind") or "")
        kind_missed = meaningful_terms(told_missed.group("kind") or "")
        if kind_broken and kind_missed and kind_broken.isdisjoint(kind_missed):
            continue  # "broke the course record" / "missed the world record": two records
        spans = told_broken.span(), told_missed.span()
        return (spans[1], spans[0]) if swapped else spans
    return None
