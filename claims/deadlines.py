"""Deadlines: the time an order or a ruling gives someone to do something ("Streamora has been given
six months to bring its data transfers into line" / "The platform must stop the transfers within
three months"; "has 30 days to appeal"). A story about a ruling tells one deadline to comply and
one to appeal, often in words that share little but the company; two told apart are a conflict
(claims.values_compared), though "has 30 days to appeal" supposes the appeal (claims.polarity).
"""

from __future__ import annotations

import re

from claims.quantity import Kind, Quantity
from claims.reading import Reading

APPEAL = "appeal"
"""The deadline to appeal a ruling."""
COMPLY = "comply"
"""The deadline to do what an order asks."""

_GIVEN = re.compile(
    r"\b(?:has|have|had|given|gives|giving|granted|allowed)\s+(?:(?:a|an|another|a\s+further|just|only)\s+)?"
    r"(?P<time>[^\W_]+(?:[\s-][^\W_]+)?\s+(?:days?|weeks?|months?|years?))\s+to\s+(?P<deed>[^\W\d_]+)",
    re.IGNORECASE,
)
"""A time given to do something: "has six months to change its rules", "was given 60 days to end
the practices", "have 30 days to appeal"."""
_ORDERED_WITHIN = re.compile(
    r"\b(?:must|ordered|required|has\s+to|have\s+to|had\s+to|needs?\s+to|told|instructed)\b[^.;]{0,100}?"
    r"\bwithin\s+(?P<time>[^\W_]+(?:[\s-][^\W_]+)?\s+(?:days?|weeks?|months?|years?))\b",
    re.IGNORECASE,
)
"""An order to do something within a time: "must stop the transfers within three months", "ordered
Apple to change its App Store rules within 60 days"; not what merely happened within one ("symptoms
improved within three days")."""


def deadline(reading: Reading) -> tuple[str, Quantity] | None:
    """The deadline a statement tells, by what it is for (APPEAL or COMPLY), with its length as read
    (claims.quantities); None when it tells none, or more than one."""
    if "within" not in reading.words and "to" not in reading.words:
        return None
    found: list[tuple[str, Quantity]] = []
    for match in (*_GIVEN.finditer(reading.text), *_ORDERED_WITHIN.finditer(reading.text)):
        start, end = match.span("time")
        lengths = [q for q in reading.values.quantities if q.kind is Kind.DURATION and start <= q.start < end]
        if lengths:
            deed = match.groupdict().get("deed")
            found.append((APPEAL if deed is not None and deed.lower() == APPEAL else COMPLY, lengths[0]))
    return found[0] if len(found) == 1 else None
