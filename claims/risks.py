"""A danger feared against one ruled out: "authorities fear a lake forming behind it could flood villages
downstream" / "experts said there was no immediate risk of flooding downstream", "warned the strike could disrupt
flights" / "no risk of disruption to flights". The feared side only supposes ("could flood"), so no negation reads
it as asserted, yet the two judge one danger apart (claims.verdict). They must name the same danger: "no threat to
the public" says nothing against "had threatened to kill his neighbour"."""

from __future__ import annotations

import re

from claims.polarity import meaningful_terms
from claims.reading import Reading

_WHAT = r"((?:[\w'\u2019-]+\s*){1,4})"
"""What is feared or ruled out: the few words after the danger ("flooding downstream", "the public during the"), not
the rest of its clause, which may tell when ("before the siege") in words the other shares."""
_FEARED = re.compile(
    r"\b(?:fears?|feared|fearing|warned|warns|warning|worried|worries|concerns?|concerned)\b"
    r"([^.;]{0,60}?\b(?:could|might|may|would)\s+(?:still\s+)?(?:[\w'\u2019-]+\s*){1,4})"
    + r"|\b(?<!no\s)(?<!little\s)(?<!low\s)(?:risk|threat|danger)\s+(?:of|to)\s+"
    + _WHAT
    + r"|\bthreaten(?:s|ed|ing)?\s+to\s+"
    + _WHAT
    + r"|\bat\s+risk\s+of\s+"
    + _WHAT,
    re.IGNORECASE,
)
"""A danger feared or told, with what it is feared of ("warned that a larger quake could follow": the quake): "fear
a lake ... could flood villages downstream", "the risk of flooding", "threatens to flood the town", "at risk of
collapse"."""
_RULED_OUT = re.compile(
    r"\b(?:no|not\s+any)\s+(?:immediate\s+|imminent\s+|serious\s+|real\s+|significant\s+|direct\s+)?"
    r"(?:risk|threat|danger)\s+(?:of|to)\s+"
    + _WHAT
    + r"|\bposes?\s+no\s+(?:immediate\s+|serious\s+|real\s+|significant\s+|direct\s+)?(?:risk|threat|danger)\s+"
    r"(?:of|to)\s+" + _WHAT + r"|\b(?:not\s+at\s+risk|in\s+no\s+danger)\s+of\s+" + _WHAT,
    re.IGNORECASE,
)
"""A danger ruled out: "no immediate risk of flooding downstream", "poses no threat to the public", "not at risk of
collapse", "in no danger of sinking"."""
_DANGER_WORDS = frozenset(
    "fear fears feared fearing warned warns warning worried worries concern concerns concerned risk threat danger"
    " threaten threatens threatened threatening".split()
)


def danger_feared_against_ruled_out(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells of one danger, when one fears or tells it and the other rules it out, the two naming it
    with a word alike ("flood villages downstream" / "flooding downstream")."""
    if a.words.isdisjoint(_DANGER_WORDS) or b.words.isdisjoint(_DANGER_WORDS):
        return None
    for feared, ruled_out, swapped in ((a, b, False), (b, a, True)):
        told_out = _RULED_OUT.search(ruled_out.text)
        told_feared = _FEARED.search(feared.text) if _RULED_OUT.search(feared.text) is None else None
        if told_out is None or told_feared is None:
            continue
        if meaningful_terms(_what(told_feared)).isdisjoint(meaningful_terms(_what(told_out))):
            continue  # "threatened to kill his neighbour" / "no threat to the public": two dangers
        spans = told_feared.span(), told_out.span()
        return (spans[1], spans[0]) if swapped else spans
    return None


def _what(found: re.Match[str]) -> str:
    """The danger a match names, whichever of its wordings matched."""
    return next((told for told in found.groups() if told), "")
