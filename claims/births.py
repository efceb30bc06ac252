"""The sex of a story's newborn: "A female Sumatran rhino calf was born at the sanctuary" / "A male Sumatran rhino was
born on Saturday", "gave birth to a baby girl" / "a baby boy". A story's birth is one, so it is one fact of the story;
female and male are otherwise rivals of a kind (claims/data/contrasts.txt: "a man" / "a woman" may be two people), but
of one newborn they cannot both be right (claims.told_once). Only the newborn's sex is read: a sex said of the mother
("a female born at the zoo in 2010") is not told beside a newborn's noun or "was born"."""

from __future__ import annotations

import re

from claims.two_ways import TwoWays

FEMALE, MALE = "female", "male"
_NEWBORN = r"(?:calf|calves|cub|chick|foal|baby|infant|newborn|offspring|joey|pup|kitten|lamb|piglet|kid)"


def _newborn_told(sex: str) -> re.Pattern[str]:
    """A newborn told of `sex` (a pattern of its words): beside the newborn's noun, as the subject of "was born", or as
    the baby a mother gave birth to."""
    return re.compile(
        rf"\b{sex}\s+(?:[\w-]+\s+){{0,3}}?{_NEWBORN}\b"
        rf"|\b(?:an?|the)\s+{sex}\s+(?:[\w-]+\s+){{0,3}}?(?:was|has\s+been|had\s+been)\s+born\b"
        rf"|\bbirth\s+to\s+(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?{sex}\b",
        re.IGNORECASE,
    )


_TOLD = {
    FEMALE: _newborn_told(r"(?:female|(?:baby\s+)?girl)"),
    MALE: _newborn_told(r"(?:male|(?:baby\s+)?boy)"),
}
_WORDS = frozenset(("born", "birth"))
_UNSAID_BEFORE = re.compile(r"\b(?:not|whether|if|unknown)\b", re.IGNORECASE)
"""Words that leave the sex open before it is told ("did not say whether the calf was female")."""

NEWBORN = TwoWays(_WORDS, _TOLD, _UNSAID_BEFORE)
"""A story's newborn, told female or male."""
