"""When the story's event began: "The blaze broke out in a storage hall at about 9 am" / "The fire
started at around 11 am in a warehouse". Two reports that give the hour one event broke out,
started or happened at give one fact; two hours that cannot be the same are a conflict, though
the two statements share little more than the event's name (claims.align pairs them whatever
they score). A story tells many times, one for each of its steps ("Firefighters arrived at 10
am"), so only the start of the event the statement opens with counts."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.terms import tokenize

_BEGUN = re.compile(
    r"^(?:The|A|An)\s+(?P<event>[^\W\d_]+(?:-[^\W\d_]+)?)\s+"
    r"(?:(?:was|were|had|has)\s+)?"
    r"(?:broke\s+out|started|began|happened|occurred|took\s+place|erupted|struck|hit)\b"
    r"[^.;]*?\b(?:at|around|about|shortly|just)\b",
)
"""A statement opening with its event and the step of its beginning, then a time ("The blaze broke
out ... at about 9 am", "The explosion happened shortly after 2 pm"); not "Firefighters arrived at
10 am" (no event began), nor "A fire at the plant ..." (the event's name is the event's own)."""


def event_begun(reading: Reading) -> str | None:
    """The terms of the event a statement says began at a time of day it gives (fire and blaze
    are one term; "break-in" is two), or None."""
    found = _BEGUN.match(reading.text)
    if found is None:
        return None
    return " ".join(token.term for token in tokenize(found.group("event"))) or None


def one_event_begun(a: Reading, b: Reading) -> bool:
    """Whether two statements each tell when the same event began."""
    event = event_begun(a)
    return event is not None and event == event_begun(b)
