"""One thing told as the only one against it told with another ("Only caffeinated coffee showed a
benefit" / "The benefit was seen for both caffeinated and decaffeinated coffee"): what one says of
the one alone the other says of both, so they cannot both be true (claims.verdict). Words the two
share beside the things named tell that they say it of one thing.
"""

from __future__ import annotations

import re

from claims.polarity import is_meaningful
from claims.reading import Reading
from claims.terms import tokenize

_ONLY = re.compile(r"(?<!\b[Nn]ot\s)\b[Oo]nly\s+(?:the\s+)?(?P<one>[A-Za-z][\w-]*)")
"""The one thing a statement says something of alone: "Only caffeinated coffee showed a benefit"
(not "not only ... but also")."""
_BOTH = re.compile(r"\bboth\s+(?:the\s+)?(?P<first>[A-Za-z][\w-]*)\s+and\s+(?:the\s+)?(?P<second>[A-Za-z][\w-]*)")
"""Two things a statement says something of together: "both caffeinated and decaffeinated coffee"."""
SHARED_BESIDE = 2
"""Terms two statements share beside the things they name: the thing said of them ("benefit",
"coffee"), without which "only" and "both" may be said of two things."""


def only_against_both(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each names the things, when one says something of one thing only and the other of it
    and another together, and the two share SHARED_BESIDE terms beside them."""
    for alone, together, swapped in ((a, b, False), (b, a, True)):
        if "only" not in alone.words or "both" not in together.words:
            continue
        only, both = _ONLY.search(alone.text), _BOTH.search(together.text)
        if only is None or both is None:
            continue
        one = _term_said(only.group("one"))
        named = {_term_said(both.group("first")), _term_said(both.group("second"))}
        if one is None or one not in named or None in named or len(named) < 2:
            continue
        if len((alone.terms & together.terms) - named) < SHARED_BESIDE:
            continue
        spans = only.span(), both.span()
        return (spans[1], spans[0]) if swapped else spans
    return None


def _term_said(word: str) -> str | None:
    """The term of a word if it says something ("caffeinated"), none for a function word ("last")."""
    tokens = tokenize(word)
    return tokens[0].term if len(tokens) == 1 and is_meaningful(tokens[0]) else None
