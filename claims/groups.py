"""The groups one statement falls in, by which two statements worded apart are paired all the same.

A toll, a magnitude or the hour an event began is one fact of a story, and so is a subject said to
have closed or reopened, a deed one side denies, a cause told or not yet known, or its kind, a fact an
article tells once (a hospital's town, a journal, the weather, what ticket holders get): two statements in one
such group are judged whatever words they share (claims.align). What puts a statement in a group is read of that
statement alone, so it is read with the rest of the statement, on whichever core reads it (claims.align's
read-ahead), and only the pairing of the groups is left for the two articles together.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claims.causes import kind_of_cause, tells_a_cause, tells_no_cause_is_known
from claims.completions import closing_window
from claims.contrasts import subject_with_rivals
from claims.counts import CHILDREN, TALLIES, TALLY_WORDS
from claims.decisions import decision_left_open
from claims.onsets import event_begun
from claims.polarity import Stance
from claims.quantities import (
    DEATH_AGE,
    RANKED,
    VOTE,
    VOTE_WORDS,
    tells_a_rank,
    tells_a_temperature,
    tells_a_time_of_day,
)
from claims.quantity import RESULT, Kind
from claims.reading import Reading
from claims.terms import Token
from claims.told_once import facts_told_once
from claims.values_compared import (
    DEPTH_WORDS,
    large_counts,
    lengths_told,
    precise_measures,
    tells_a_day_of_death,
    tells_a_price_a_head,
)

Valued = tuple[Kind, str]
"""What a value measures, as statements are grouped by it: (Kind.COUNT, "dead"), (Kind.MAGNITUDE, ...)."""

CAUSE_TOLD, CAUSE_UNKNOWN = "told", "unknown"
LASTING = "lasting"
"""What a length the story's event lasted measures (claims.values_compared.lengths_told)."""


class Groups(NamedTuple):
    """The groups of one statement, each in the order its statement is read for them."""

    valued: tuple[Valued, ...]
    """The things it gives a value of that a story has one of (`valued_things`)."""
    moments: tuple[Valued, ...]
    """The times of day it gives to the minute, by the zone they are told in, and its precise figures (`moments`)."""
    subject: str | None
    """The subject it opens on, when it says a word with rivals of it (claims.contrasts)."""
    denied: tuple[tuple[str, str], ...]
    """Each deed it negates outright with each name it says (not a place)."""
    cause: str | None
    """CAUSE_TOLD when it tells what caused its event, CAUSE_UNKNOWN when it says that is not yet known."""
    cause_kind: str | None
    """The kind of cause it tells, set on purpose, by nature or by mishap (claims.causes.kind_of_cause)."""
    told_once: tuple[str, ...]
    """The kinds of fact an article tells once it tells: a hospital's town, a journal, the weather, what ticket
    holders get, the attacker's age, how badly the injured were hurt, whether a decision was expected, when a
    newcomer takes up the post, whether an attack is treated as terrorism (claims.told_once)."""
    closing: bool
    """Whether it tells when its story's deal is expected to close (claims.completions)."""
    decision: str | None
    """The term of what a decision still to be made is on (claims.decisions)."""


def groups_of(reading: Reading, tokens: list[Token], names: frozenset[str]) -> Groups:
    """The groups of a statement, from its reading, its tokens and its article's names."""
    cause = CAUSE_TOLD if tells_a_cause(reading) else CAUSE_UNKNOWN if tells_no_cause_is_known(reading) else None
    return Groups(
        valued_things(reading) if reading.numeric else (),
        moments(reading) if reading.numeric else (),
        subject_with_rivals(reading),
        denied_deeds(reading, tokens, names) if reading.may_negate and not reading.hedged else (),
        cause,
        told[0] if (told := kind_of_cause(reading)) is not None else None,
        facts_told_once(reading),
        closing_window(reading) is not None,
        decision_left_open(reading),
    )


def valued_things(reading: Reading) -> tuple[Valued, ...]:
    """What a statement giving a value measures, when a story has one of it: a toll, a count of
    damage, a magnitude, a depth, an area, a wind's speed, the hour the story's event began
    (claims.onsets), the day of a death, an age of the article's person, the size of a family or
    the rank of an occasion ("It was the bank's fourth consecutive cut" / "The decision marks the
    third straight rate cut")."""
    found: list[Valued] = []
    if tells_a_day_of_death(reading):
        found.append((Kind.WEEKDAY, "death"))
    event = event_begun(reading) if tells_a_time_of_day(reading.text) else None
    if event is not None:  # "The blaze broke out ... at about 9 am" / "The fire started at around 11 am"
        found.extend((Kind.CLOCK, f"{key[1]} {event}") for key in reading.by_thing if key[0] is Kind.CLOCK)
    if tells_a_temperature(reading.text):  # read the values of those few statements only
        found.extend(reading.by_thing.keys() & _TEMPERATURES)
    if _TELLS_AN_AGE.search(reading.text):  # an age of the article's person, told by name or not
        found.extend(key for key in reading.by_thing if key[0] is Kind.AGE and key[1] != DEATH_AGE)
    if tells_a_rank(reading.text, reading.words):  # "It was the bank's fourth consecutive cut"
        found.extend(key for key in reading.by_thing if key[0] is Kind.COUNT and key[1].endswith(RANKED))
    if _AN_AREA_OR_A_SPEED.search(reading.text):  # "750 hectares" / "1,850 acres"; "70 km/h" / "45 mph"
        found.extend(reading.by_thing.keys() & _AREAS_AND_SPEEDS)
    if _A_RESULT.search(reading.text) and any(  # "came second with 24.1%" / "finished second on 22.8%"
        RESULT in quantity.context for quantity in reading.by_thing.get((Kind.PERCENT, "percent"), [])
    ):
        found.append((Kind.PERCENT, RESULT))
    if tells_a_price_a_head(reading):  # "cost $250,000 per person" / "paid $200,000 for a seat"
        found.append(A_PRICE)
    # "about 10,000 followers" / "An estimated 10,000 FLDS followers"
    found.extend((Kind.COUNT, f"{count.unit} = {count.value:g}") for count in large_counts(reading))
    if (Kind.COUNT, CHILDREN) in reading.by_thing:  # "The couple have two children" / "have three children"
        found.append((Kind.COUNT, CHILDREN))
    # "The raid took less than ten minutes" / "The robbery lasted about seven minutes"
    if len(lengths_told(reading)) == 1:
        found.append((Kind.DURATION, LASTING))
    told = reading.deadline
    if told is not None:  # "has six months to change its rules" / "must end the practice within 90 days"
        found.append((Kind.DURATION, f"deadline to {told[0]}"))
    if reading.words.isdisjoint(_VALUED_WORDS):
        return tuple(found)
    for key, quantities in reading.by_thing.items():
        if (
            key[0] is Kind.MAGNITUDE
            or key == (Kind.SCORE, VOTE)
            or (key[0] is Kind.COUNT and quantities[0].counted in TALLIES)
        ):
            found.append(key)
        elif key[0] is Kind.DISTANCE and not reading.words.isdisjoint(DEPTH_WORDS):
            found.append((Kind.DISTANCE, "depth"))
    return tuple(found)


def moments(reading: Reading) -> tuple[Valued, ...]:
    """The times of day a statement gives to the minute ("The quake, which struck at 1353 (1023
    GMT), ..." / "It hit at 1:53 p.m. local time"), by the zone each is told in: the moment of one
    event, told in words that share little; and the sums, shares and measures it gives precisely, by
    their figure ("The new model is 5.6 millimetres thick" / "At 5.6mm, the Air is thinner ..."), which
    two statements seldom give alike by chance, but may give of two things ("0.98 percent" of two
    indexes): a sign of one claim, to be judged for that only."""
    found = [(value.kind, f"{value.unit} = {value.value:g}") for value in precise_measures(reading)]
    if tells_a_time_of_day(reading.text):
        found.extend(
            key
            for key, values in reading.by_thing.items()
            if key[0] is Kind.CLOCK and any(value.precise for value in values)
        )
    return tuple(found)


def denied_deeds(reading: Reading, tokens: list[Token], names: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """Each deed a statement negates outright, with each name it says ("\"Kai has not left the
    project\"": the leaving and Kai); a place is no name here."""
    named = {t.term for t in tokens if t.term in names and not t.is_place}
    return tuple(
        (clause.head, name)
        for clause in reading.polarity.clauses
        if clause.stance is Stance.NEGATED and clause.head is not None
        for name in named
    )


_VALUED_WORDS = TALLY_WORDS | DEPTH_WORDS | VOTE_WORDS
_TELLS_AN_AGE = re.compile(r"\d-year-old\b|[A-Z][\w'\u2019-]*, (?:who (?:is|was) )?\d{1,3},")
"""An age ("the 63-year-old", "Dahl, 61,", "Toledo, who is 79,"): a person's age is one fact, told in words that share
little ("Dahl, 61, is a professor at the University of Oslo" / "The 63-year-old was honoured for
her research"); claims.descriptions tells whose it is when only the age names them."""
_A_RESULT = re.compile(r"\d%|\d\s+per\s*cent")
"""A share, which may be a party's result (claims.quantity.RESULT)."""
_AN_AREA_OR_A_SPEED = re.compile(
    r"\b(?:hectares?|acres?|square\s+(?:kilomet(?:re|er)s?|miles?)|sq\.?\s*(?:km|mi)|km2|mph|kph|km/h|kmh)\b",
    re.IGNORECASE,
)
A_PRICE = (Kind.MONEY, "a head")
"""A price told for one person or seat (claims.values_compared.tells_a_price_a_head)."""
_AREAS_AND_SPEEDS = frozenset(((Kind.AREA, "ha"), (Kind.SPEED, "km/h")))
"""The area a fire burned or a forest lost and the speed of a storm's winds are one fact of a story
each, often told in two units and words that share little: "burned 750 hectares of forest" /
"destroyed around 1,850 acres of land", "6,288 square kilometres of forest was cleared" / "6,288 sq
km of clearing"."""
_TEMPERATURES = frozenset(((Kind.TEMPERATURE, "celsius"),))
"""A temperature a story turns on (a record low, a heatwave's peak) is one fact, told in words that
share little: "Temperatures in northern Sweden fell to minus 38 degrees Celsius" / "Sweden shivers at -43C"."""
