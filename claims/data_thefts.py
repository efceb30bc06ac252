"""Whether a cyber attack's data was taken: none taken against some stolen, leaked or published ("The NHS said patient
data had not been stolen" / "The hackers have published patient data online", "There is no evidence that customer data
was accessed" / "Hackers stole the personal data of 40,000 residents"). It is one fact of the story; the two cannot both
be right, though they share little but the data (claims.told_once). Data only feared taken ("may have been stolen") or
asked after ("did not say whether data was stolen") is told neither way."""

from __future__ import annotations

import re

from claims.two_ways import TwoWays

UNTOUCHED, TAKEN = "untouched", "taken"
_WHOSE = (
    r"(?:(?:customer|customers['\u2019]|patient|patients['\u2019]|personal|user|users['\u2019]|passenger|employee"
    r"|staff|residents['\u2019]|government|sensitive|financial|card|payment|medical|bank)\s+)*"
)
_TAKING = r"(?:stolen|accessed|compromised|taken|leaked|exposed|published|exfiltrated)"
_BEEN = r"(?:was|were|had\s+been|has\s+been|have\s+been)"
_TOLD = {
    UNTOUCHED: re.compile(
        r"\bno\s+(?:evidence|indication|sign|suggestion)\s+(?:that\s+)?(?:any\s+)?"
        + _WHOSE
        + r"data\s+"
        + _BEEN
        + r"\s+"
        + _TAKING
        + r"\b"
        r"|\bno\s+" + _WHOSE + r"data\s+(?:" + _BEEN + r"\s+)?" + _TAKING + r"\b"
        r"|\b(?:data|records|details)\s+(?:was|were|had|has|have)\s+not\s+(?:been\s+)?" + _TAKING + r"\b"
        r"|\bden(?:y|ies|ied)\s+(?:that\s+)?(?:any\s+)?" + _WHOSE + r"data\s+" + _BEEN + r"\s+" + _TAKING + r"\b",
        re.IGNORECASE,
    ),
    TAKEN: re.compile(
        r"\b(?:stole|steals?|stolen|leaked|leaks?|publish(?:es|ed)?|posted|accessed|exfiltrated|obtained|expos(?:es?|ed))"
        r"\s+(?:the\s+|some\s+)?" + _WHOSE + r"(?:data|records|details)\b"
        r"|\bdata\s+(?:of|belonging\s+to|on)\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}?\s+(?:"
        + _BEEN
        + r"\s+)?"
        + _TAKING
        + r"\b"
        r"|\bdata\s+" + _BEEN + r"\s+" + _TAKING + r"\b"
        r"|\bstolen\s+(?:data|information|records)\b|\bamong\s+the\s+data\s+(?:stolen|taken)\b",
        re.IGNORECASE,
    ),
}
"""A cyber attack told with no data taken ("no evidence that patient data was accessed", "no patient data taken",
"patient data had not been stolen", "denies customer data was stolen") or some ("Hackers stole data of millions",
"had accessed the personal details of 6 million", "data of 73 million customers leaked", "The stolen data
includes names")."""
_UNSAID_BEFORE = re.compile(
    r"\b(?:no|not|never|whether|if|may|might|could|fear|feared|fears|possibly|potentially|den(?:y|ies|ied))\b",
    re.IGNORECASE,
)
"""Words that, before a taking, deny it or only suppose or fear it ("no evidence that data was stolen", "data may have
been stolen", "did not say whether data was taken")."""

DATA_TAKEN = TwoWays(
    frozenset(("data", "records", "details", "information")),
    _TOLD,
    _UNSAID_BEFORE,
    reach=40,
    as_written=frozenset((UNTOUCHED,)),
)
"""A cyber attack, its data told untouched or taken."""
