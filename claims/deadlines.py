"""Deadlines and bans: the time an order or a ruling gives someone to do something ("Streamora has
been given six months to bring its data transfers into line" / "The platform must stop the transfers
within three months"; "has 30 days to appeal"), or bars them for ("banned for four years" / "has
suspended Daniel Kiptoo, the reigning Frankfurt Marathon champion, for two years"). A story about a
ruling tells one deadline to comply, one to appeal and one ban, often in words that share little
but the name; two told apart are a conflict (claims.values_compared), though "has 30 days to
appeal" supposes the appeal (claims.polarity). A deadline told "within" a time sets that time:
"must stop within 90 days" is no time of at most 90 days against "was given 60 days".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from claims.quantities import Values
from claims.quantity import Bound, Kind, Quantity

APPEAL = "appeal"
"""The deadline to appeal a ruling."""
COMPLY = "comply"
"""The deadline to do what an order asks."""
BAN = "ban"
"""How long a ban or a suspension lasts."""

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

_BANNED_FOR = re.compile(
    r"\b(?:banned|suspended|barred)\b[^.;]{0,80}?\bfor\s+(?:a\s+(?:further\s+)?|another\s+)?"
    r"(?P<time>[^\W_]+(?:[\s-][^\W_]+)?\s+(?:days?|weeks?|months?|years?))\b"
    r"|(?P<length>\b[^\W_]+(?:[\s-][^\W_]+)?[\s-](?:day|week|month|year)s?)[\s-]+(?:ban|suspension)\b",
    re.IGNORECASE,
)
"""How long someone is barred: "banned for four years", "has suspended Daniel Kiptoo, the reigning
Frankfurt Marathon champion, for two years", "a four-year ban"."""


Deadline = tuple[str, Quantity]
"""What a deadline is for (APPEAL, COMPLY or BAN), and its length as read (claims.quantities)."""


def read_deadline(text: str, quantities: Sequence[Quantity]) -> Deadline | None:
    """The deadline a statement tells, among the lengths of time read from it; None when it tells
    none, or more than one."""
    lengths = [q for q in quantities if q.kind is Kind.DURATION]
    if not lengths:
        return None
    found: list[Deadline] = []
    for match in (*_GIVEN.finditer(text), *_ORDERED_WITHIN.finditer(text)):
        start, end = match.span("time")
        told = [q for q in lengths if start <= q.start < end]
        if told:
            deed = match.groupdict().get("deed")
            found.append((APPEAL if deed is not None and deed.lower() == APPEAL else COMPLY, told[0]))
    for match in _BANNED_FOR.finditer(text):
        start, end = match.span("time") if match.group("time") else match.span("length")
        told = [q for q in lengths if start <= q.start < end]
        if told:
            found.append((BAN, told[0]))
    return found[0] if len(found) == 1 else None


def with_deadline_set(text: str, values: Values) -> Values:
    """The values read from a statement, its deadline told as the time it sets ("within 90 days":
    90 days, not at most 90)."""
    told = read_deadline(text, values.quantities)
    if told is None or told[1].bound is Bound.EXACT:
        return values
    length = told[1]
    return replace(
        values, quantities=tuple(replace(q, bound=Bound.EXACT) if q is length else q for q in values.quantities)
    )
