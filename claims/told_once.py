"""Facts of a story each article tells once, in words the other need not share: the venue of its injured or its study
(claims.venues), the weather its event happened in (claims.weather), what its ticket holders get (claims.tickets),
the age of its attacker (claims.perpetrators), how badly its injured were hurt and whether anyone was hurt at all
(claims.injuries), whether its decision was expected (claims.surprises), whether its successor is chosen and when the
newcomer takes up the post (claims.successions), whether its attack is treated as terrorism (claims.terrorism), the
month of its coming election (claims.elections), whether its producer stopped working (claims.production), the figure
its watchers had forecast (claims.forecasts), whether its protest stayed peaceful (claims.unrest), whether its death
is treated as suspicious (claims.foul_play), where its vehicle set out from, was bound and came down
(claims.journeys), where its fire broke out (claims.fire_starts), whether its deed was a first (claims.first_times),
whether its cyber attack's data was taken (claims.data_thefts), the years its recalled things were made in
(claims.year_ranges), whether its decision was unanimous (claims.abstentions), the sex of its newborn (claims.births).
The statements of each article telling such a fact, when they tell it alike (its headline and its lead), are set
against the other's, whatever their score (claims.align); an article telling one of them apart in several statements
may tell of several people, times or shows, and none of those is paired for it."""

from __future__ import annotations

from collections.abc import Callable

from claims.abstentions import UNANIMITY
from claims.births import NEWBORN
from claims.data_thefts import DATA_TAKEN
from claims.elections import election_month, election_months_apart
from claims.fire_starts import fire_start_told, fire_starts_apart
from claims.first_times import first_against_earlier, first_or_earlier_told
from claims.forecasts import forecast_told, forecasts_apart
from claims.foul_play import FOUL_PLAY
from claims.injuries import gravities_apart, gravity_told, hurt_apart, hurt_told
from claims.journeys import journey_told, journeys_apart
from claims.perpetrators import attackers_age, attackers_ages_apart
from claims.production import PRODUCTION
from claims.reading import Reading
from claims.successions import SUCCESSOR, TAKEOVER
from claims.surprises import expectedness_apart, expectedness_told
from claims.terrorism import terrorism_apart, terrorism_told
from claims.tickets import ticket_fate, ticket_fates_apart
from claims.two_ways import Spans
from claims.unrest import UNREST, unrest_apart
from claims.venues import venue_told, venues_apart
from claims.weather import WEATHER
from claims.year_ranges import years_made, years_made_apart

Told = Callable[[Reading], object]
"""What a statement tells of one kind of fact, None when it tells none."""
Apart = Callable[[Reading, Reading], Spans | None]
"""Where two statements tell one kind of fact apart, None when they tell it alike or not at all."""
_FACTS: tuple[tuple[str, Told, Apart], ...] = (
    ("weather", WEATHER.told, WEATHER.apart),
    ("tickets", ticket_fate, ticket_fates_apart),
    ("attacker", attackers_age, attackers_ages_apart),
    ("injuries", gravity_told, gravities_apart),
    ("hurt", hurt_told, hurt_apart),
    ("expectedness", expectedness_told, expectedness_apart),
    ("takeover", TAKEOVER.told, TAKEOVER.apart),
    ("terrorism", terrorism_told, terrorism_apart),
    ("election", election_month, election_months_apart),
    ("production", PRODUCTION.told, PRODUCTION.apart),
    ("forecast", forecast_told, forecasts_apart),
    ("unrest", UNREST.told, unrest_apart),
    ("foul play", FOUL_PLAY.told, FOUL_PLAY.apart),
    ("journey", journey_told, journeys_apart),
    ("successor", SUCCESSOR.told, SUCCESSOR.apart),
    ("fire start", fire_start_told, fire_starts_apart),
    ("first time", first_or_earlier_told, first_against_earlier),
    ("data taken", DATA_TAKEN.told, DATA_TAKEN.apart),
    ("years made", years_made, years_made_apart),
    ("unanimity", UNANIMITY.told, UNANIMITY.apart),
    ("newborn", NEWBORN.told, NEWBORN.apart),
)
"""Each kind of fact told once but a venue's, how a statement tells it and how two tell it apart; a venue's kinds
("hospital", "journal", "factory") are told and told apart by claims.venues."""
_APART = {kind: apart for kind, _, apart in _FACTS}


def facts_told_once(reading: Reading) -> tuple[str, ...]:
    """The kinds of fact told once a statement tells: a venue's kind ("hospital", "journal"), the weather, the tickets,
    the attacker's age, how badly the injured were hurt, whether anyone was, whether the decision was expected, when
    the newcomer takes up the post, whether the attack is treated as terrorism, the month of the coming election,
    whether the producer stopped, the forecast figure, whether the protest stayed peaceful, whether the death is
    suspicious, the vehicle's journey, whether the successor is chosen, where the fire broke out, whether the deed was a
    first, whether the attack's data was taken, the years the things were made in, whether the decision was
    unanimous, the newborn's sex."""
    venue = venue_told(reading)
    return (
        *((venue,) if venue is not None else ()),
        *(kind for kind, told, _ in _FACTS if told(reading) is not None),
    )


def fact_told_apart(a: Reading, b: Reading, kind: str) -> Spans | None:
    """Where each tells the fact of `kind`, when they tell it apart: two towns of the hospital, two journals, fair
    weather and foul, a refund and tickets kept, two ages of the attacker, the injured all light and someone grave,
    no one hurt and some, a decision expected and a surprise, a newcomer taking over at once and later, terrorism
    ruled out and suspected, two months of the coming election, a producer halted and running, two forecast figures,
    a protest peaceful and violent, foul play ruled out and suspected, two places a vehicle set out from or was bound
    for, a successor sought and chosen, two places a fire broke out, a first and a deed done before, data untouched
    and taken, two spans of years sharing one end, a decision unanimous and split, a newborn female and male."""
    return _APART.get(kind, venues_apart)(a, b)


def told_once_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each tells a fact told once that both tell, when they tell it apart (`fact_told_apart`)."""
    both = set(facts_told_once(a)) & set(facts_told_once(b))
    return next((told for kind in sorted(both) if (told := fact_told_apart(a, b, kind)) is not None), None)
