"""Facts of a story each article tells once, in words the other need not share: the venue of its injured or its
study (claims.venues), the weather its event happened in (claims.weather), what its ticket holders get
(claims.tickets), the age of its attacker (claims.perpetrators), how badly its injured were hurt
(claims.injuries), whether its decision was expected (claims.surprises), when its newcomer takes up the post
(claims.successions), whether its attack is treated as terrorism (claims.terrorism). The one statement of each
article telling such a fact is set against the other's, whatever their score (claims.align); an article telling one
of them in several statements may tell of several people, times or shows, and none of those is paired for it."""

from __future__ import annotations

from claims.injuries import gravities_apart, gravity_told
from claims.perpetrators import attackers_age, attackers_ages_apart
from claims.reading import Reading
from claims.successions import takeover_told, takeovers_apart
from claims.surprises import expectedness_apart, expectedness_told
from claims.terrorism import terrorism_apart, terrorism_told
from claims.tickets import ticket_fate, ticket_fates_apart
from claims.venues import venue_told, venues_apart
from claims.weather import weather_told, weathers_apart

WEATHER, TICKETS, ATTACKER, INJURIES, EXPECTEDNESS, TAKEOVER = (
    "weather",
    "tickets",
    "attacker",
    "injuries",
    "expectedness",
    "takeover",
)
TERRORISM = "terrorism"
_APART = {
    WEATHER: weathers_apart,
    TICKETS: ticket_fates_apart,
    ATTACKER: attackers_ages_apart,
    INJURIES: gravities_apart,
    EXPECTEDNESS: expectedness_apart,
    TAKEOVER: takeovers_apart,
    TERRORISM: terrorism_apart,
}
"""How two statements tell each kind of fact apart; a venue's kinds are told apart by claims.venues."""


def facts_told_once(reading: Reading) -> tuple[str, ...]:
    """The kinds of fact told once a statement tells: a venue's kind ("hospital", "journal"), the weather, the
    tickets, the attacker's age, how badly the injured were hurt, whether the decision was expected, when the
    newcomer takes up the post, whether the attack is treated as terrorism."""
    venue = venue_told(reading)
    return (
        *((venue,) if venue is not None else ()),
        *((WEATHER,) if weather_told(reading) is not None else ()),
        *((TICKETS,) if ticket_fate(reading) is not None else ()),
        *((ATTACKER,) if attackers_age(reading) is not None else ()),
        *((INJURIES,) if gravity_told(reading) is not None else ()),
        *((EXPECTEDNESS,) if expectedness_told(reading) is not None else ()),
        *((TAKEOVER,) if takeover_told(reading) is not None else ()),
        *((TERRORISM,) if terrorism_told(reading) is not None else ()),
    )


def fact_told_apart(a: Reading, b: Reading, kind: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells the fact of `kind`, when they tell it apart: two towns of the hospital, two journals, fair
    weather and foul, a refund and tickets kept, two ages of the attacker, the injured all light and someone grave,
    a decision expected and a surprise, a newcomer taking over at once and later, terrorism ruled out and suspected."""
    return _APART.get(kind, venues_apart)(a, b)


def told_once_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells a fact told once that both tell, when they tell it apart (`fact_told_apart`)."""
    both = set(facts_told_once(a)) & set(facts_told_once(b))
    return next((told for kind in sorted(both) if (told := fact_told_apart(a, b, kind)) is not None), None)
