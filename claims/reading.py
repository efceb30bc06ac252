"""One statement as the verdict reads it: its terms, names, clauses, polarity, values and frame
of time, each worked out once and only when a pair needs it (most pairs need few of them)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, overload

from claims.asides import asides
from claims.attribution import is_attribution, opening_speaker
from claims.counts import (
    CASUALTIES,
    COUNT_CLASSES,
    COUNTED_WORDS,
    HOSPITALISED,
    SOME_WORDS,
    TAKEN_TO_HOSPITAL_FOR,
    counts_without_number,
    only_ones_counted,
    tells_a_population,
    tells_of_homes_without_power,
    tells_of_hospital,
    tells_of_layoffs,
    tells_of_people_moved_to_safety,
)
from claims.deadlines import Deadline, read_deadline, with_deadline_set
from claims.descriptions import described_organisation, described_person
from claims.frames import read_frame
from claims.naming import in_title_case, naming_words
from claims.polarity import (
    CONSIDERING,
    MODAL_HEDGES,
    Polarity,
    Stance,
    asserted_clauses,
    clause_spans,
    is_hedged,
    is_meaningful,
    may_negate,
    read_polarity,
    takes_a_stance,
    the_month,
)
from claims.quantities import (
    COUNTS_BY_ORDER,
    DEEDS_NOUNS,
    HOW_OFTEN_WORDS,
    POINTS,
    RANKED,
    RESULT_WORDS,
    SOME_UNITS,
    SOME_UNITS_BEFORE,
    SPLIT_RATIO,
    TIMES_SPELLED,
    VOTE,
    Values,
    read_values,
    tells_a_fraction,
    tells_a_list_of_ages,
    tells_a_one_point_margin,
    tells_a_rank,
    tells_a_split_ratio,
    tells_a_temperature,
    tells_a_time_taken,
    tells_a_vote,
    tells_an_age_at_a_start,
    tells_more_than_half,
)
from claims.quantity import MULTIPLIED, Kind, Quantity, clause_of
from claims.terms import TIME_WORDS, Token, token_spans, tokenize, tokenize_clauses
from claims.units import UNIT_FAMILIES, UNITS_OF_TIME

_IN_BEFORE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}")
"""A place named straight after a sum ("invested 5 billion euros in Spain"): the sum is that place's."""
"""Before a place, that what is said is said of it ("inflation in Germany"), not that it describes
someone ("Senegal striker", "US streaming giant")."""
_PLACE_OPENING = re.compile(r"\s*(?:In|Across|Throughout)\s+(?:the\s+)?[A-Z][^,]{0,40},")
"""A statement's opening phrase of place ("In Germany, ..."), which its every clause is said of."""
_Value = TypeVar("_Value")
_Arguments = ParamSpec("_Arguments")
_KEPT = "_kept"
"""Where a Reading keeps what other modules work out of it once (`of_one_statement`)."""
_UNSOUGHT = (-1, -1)
"""A word not yet looked for (`Reading.first_word`)."""


_CENTURIES = frozenset(str(century) for century in range(10, 21))
"""The first two digits of a year, 1000 to 2099 ("founded in 1723")."""
_RELATIVE_TIME_WORDS = frozenset(("last", "ago", "next", "earlier", "previous", "preceding"))
"""Words of a frame told from today ("last year", "a year earlier", "the previous year"; "this
year" with its noun: "this" alone is seldom a time)."""
_BARE_NUMBER = re.compile(
    r"(?<![\w.,$\u20ac\u00a3#-])\d{1,3}(?:,\d{3})+(?![\w%.,-]?\d)|(?<![\w.,$\u20ac\u00a3#-])\d+(?![\w%,.:-]?\w)"
)
"""A number written alone, not a share, a sum, a time, an ordinal or part of a name ("3,800", "42")."""
_A_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:.]*", re.IGNORECASE)
"""A clause telling the earlier event a claim counts from, to its end."""
_COMPARED_WITH = re.compile(r"\b(?:from|to|than|of|between|and)\s+$", re.IGNORECASE)
"""Words before a number that make it a level something moved from or is compared with ("up from 12")."""


_MOST_ASKED = (
    "numeric",
    "may_negate",
    "hedged",
    "terms",
    "words_said",
    "capitalised",
    "hints",
    "surfaces",
    "headline",
    "names",
    "naming",
    "dated",
    "source_terms",
    "speaker_terms",
    "clause_spans",
    "frame",
)
"""What the verdict asks of nearly every statement in a pair (`Reading.read_ahead`): on 10,000 x
10,000 statements, at least seven in ten of those read."""


class computed_once(Generic[_Value]):
    """functools.cached_property without the lock Python 3.11 takes on every first reading: a
    Reading is read by one thread, and 10,000 x 10,000 statements take some 300,000 first
    readings (about 3% of the time, bench.scale). The value is stored in the instance, where
    later readings find it without calling this."""

    def __init__(self, compute: Callable[[Any], _Value]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> computed_once[_Value]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _Value: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> _Value | computed_once[_Value]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


_QUICKER_AGAIN = frozenset(("terms", "words_said", "capitalised", "surfaces", "lower", "words", "headline"))
"""What a Reading works out of its tokens or text in a few microseconds, less than it takes to carry
it between processes (`Reading.worked_out`): half of a reading's pickled size is its sets of words."""


def of_one_statement(
    compute: Callable[Concatenate[Reading, _Arguments], _Value],
) -> Callable[Concatenate[Reading, _Arguments], _Value]:
    """`compute`, worked out once for each statement (and further arguments) and kept with its
    Reading, as the Reading's own computed_once values are: what a module of the verdict reads of
    one statement alone, which each pair the statement is in (a dozen on long articles) would
    otherwise work out again. Kept in this process only (`Reading.worked_out` leaves it out)."""
    name = f"{compute.__module__}.{compute.__qualname__}"

    def once(reading: Reading, /, *args: _Arguments.args, **kwargs: _Arguments.kwargs) -> _Value:
        kept: dict[tuple[object, ...], Any] | None = reading.__dict__.get(_KEPT)
        if kept is None:
            kept = reading.__dict__[_KEPT] = {}
        key = (name, *args, *kwargs.items())
        try:
            found: _Value = kept[key]
        except KeyError:
            found = kept[key] = compute(reading, *args, **kwargs)
        return found

    once.__doc__ = compute.__doc__
    return once


@dataclass(frozen=True)
class Reading:
    """What the verdict needs of one statement, worked out once and only when asked."""

    text: str
    tokens: list[Token]
    article_names: frozenset[str] = frozenset()
    """Terms its article writes only as names: a statement's first word is capitalised anyway,
    and only the rest of the article tells whether "Qeshm" or "Jeffs" there is a name."""
    main_places: frozenset[str] | None = None
    """The places its article names again and again (the story's own), if known: a value said of
    another place ("In Germany, inflation fell to 2.4%") is that place's, not the story's."""
    antecedent: str = ""
    """The claim its bare "admitted this" stands for, from the statement before (claims.antecedents),
    whose words `tokens` hold too: a reason names it, as the text does not."""

    def worked_out(self) -> dict[str, Any]:
        """What has been worked out of this statement, to carry to another process (claims.cores):
        not what the reading is made of (its text, tokens and names, which that process has), nor
        what is quicker worked out again there than carried (_QUICKER_AGAIN), nor what other
        modules kept with it (`of_one_statement`), which may not pickle."""
        return {name: value for name, value in self.__dict__.items() if name not in _NOT_CARRIED}

    def knowing(self, worked_out: dict[str, Any]) -> Reading:
        """This reading, with what another process worked out of the same statement (`worked_out`)."""
        self.__dict__.update(worked_out)
        return self

    def place_of(self, value: Quantity) -> frozenset[str]:
        """The places a value is said of, other than the story's own: those named after "in" in its
        clause or in the statement's opening phrase ("In Germany, ...", "inflation in Germany");
        none when the story's places are not known. Worked out once for each value: the pairs a
        statement is in ask it again and again."""
        if self.main_places is None:
            return frozenset()
        found = self._places_of_values.get((value.start, value.end))
        if found is None:
            found = self._places_of_values[value.start, value.end] = self._find_place_of(value, self.main_places)
        return found

    def read_ahead(self) -> Reading:
        """This reading with what nearly every pair it is in asks of it worked out now, so that
        readings worked out in another process come back whole (claims.cores): whether it gives
        a value, may negate or supposes; its terms, names and hints; its clauses; its values
        and their frame of time, by what they measure when it gives any; its polarity when it
        may negate."""
        asked = (*_MOST_ASKED, *(("by_thing",) if self.numeric else ()), *(("polarity",) if self.may_negate else ()))
        for name in asked:
            getattr(self, name)
        return self

    @computed_once
    def _places_of_values(self) -> dict[tuple[int, int], frozenset[str]]:
        return {}

    def _find_place_of(self, value: Quantity, main_places: frozenset[str]) -> frozenset[str]:
        clause_start, _, opening = clause_of(self.text, value.start, value.end)
        introduced = _PLACE_OPENING.match(self.text)
        # "invested 5 billion euros in Spain"; not "shares rose 6% in Madrid", where they trade
        after = _PLACE_AFTER.match(self.text, value.end) if value.kind is Kind.MONEY else None
        spans = (
            (clause_start, after.end() if after else value.end),
            (0, max(opening, introduced.end() if introduced else 0)),
        )
        return frozenset().union(*(self._places_told_in(first, last) for first, last in spans)) - main_places

    def places_in_clause(self, value: Quantity) -> frozenset[str]:
        """Every place a value's clause names after "in", the story's own too ("Israel's strikes killed more
        than 600 people in Iran"): where a toll was counted, when two reports count one in each country."""
        clause_start, clause_end, _ = clause_of(self.text, value.start, value.end)
        return self._places_told_in(clause_start, clause_end)

    def _places_told_in(self, first: int, last: int) -> frozenset[str]:
        """The places named after "in", "across" or "throughout" within the words from `first` to `last`."""
        return frozenset(
            token.term
            for token, start, end in self.spans
            if token.is_place
            and first <= start
            and end <= last
            and _IN_BEFORE.search(self.text, max(0, start - 8), start) is not None
        )

    @computed_once
    def terms(self) -> frozenset[str]:
        return frozenset(t.term for t in self.tokens if is_meaningful(t))

    @computed_once
    def words_said(self) -> frozenset[str]:
        """Every term, function words too: "up" against "down" is a contrast."""
        return frozenset(t.term for t in self.tokens)

    @computed_once
    def capitalised(self) -> frozenset[str]:
        """Terms written capitalised, the first word too: a statement opens with its subject's
        name ("Arsenal beat Chelsea"), which `names` leaves out."""
        return frozenset(t.term for t in self.tokens if t.capitalized)

    @computed_once
    def headline(self) -> bool:
        """Whether it is a headline in title case (`in_title_case`)."""
        return in_title_case(self.tokens)

    @computed_once
    def naming(self) -> dict[str, str]:
        """Its terms that only say who someone is, each with the term of the surname they are said
        of ("polygamist", "leader" and "warren" of "jeff" in "Polygamist leader Warren Jeffs ...";
        claims.naming), unless it says them elsewhere too."""
        tokens = self.tokens
        positions = naming_words(tokens)
        if not positions:
            return {}
        elsewhere = {t.term for position, t in enumerate(tokens) if position not in positions}
        return {
            tokens[position].term: tokens[surname].term
            for position, surname in positions.items()
            if tokens[position].term not in elsewhere
        }

    @computed_once
    def places(self) -> frozenset[str]:
        """The places it names, however it names them ("in France, Belgium and the Netherlands": three)."""
        return frozenset(t.term for t in self.tokens if t.is_place)

    @computed_once
    def names(self) -> frozenset[str]:
        """Terms only ever written as names here (capitalised past the first word), and places.

        In a headline written in title case ("Iran Finally Admits ... Supplying Russia with
        Drones") capitals say nothing: places count as names, and the words its article writes
        only as names ("Rosa Benet")."""
        places = self.places
        if self.headline:
            return frozenset(places | {t.term for t in self.tokens if t.term in self.article_names})
        tokens = self.tokens
        capital = {t.term for i, t in enumerate(tokens) if t.capitalized and (i > 0 or t.term in self.article_names)}
        inside = _inside_names(tokens)
        lower = {t.term for t in tokens if not t.capitalized and not t.is_place and t.term not in inside}
        return frozenset(places | ((capital | inside) - lower))

    @computed_once
    def words(self) -> frozenset[str]:
        """Its lower-cased words, each word of a phrase read as one term ("thirty eight", "lays
        off") too: the readers of values and negations look for the words as written."""
        tokens = self.tokens
        parts = (part for t in tokens if " " in t.surface for part in t.surface.split())
        return frozenset((*(t.surface for t in tokens), *parts))

    @computed_once
    def may_negate(self) -> bool:
        return may_negate(self.words, self.lower)

    @computed_once
    def hedged(self) -> bool:
        """Whether it supposes: a hedge of the whole statement, or only what is being considered
        ("Defence attorney Maria Lowe said they were considering an appeal"; not "The network has
        not chosen a successor and is considering several candidates", which denies)."""
        if is_hedged(self.text, self.words):
            return True
        if self.words.isdisjoint(CONSIDERING):
            return False
        return all(clause.stance is Stance.HEDGED for clause in self.polarity.clauses)

    @computed_once
    def polarity(self) -> Polarity:
        """Its clauses and what each asserts or denies; the opening one says it of the name its article
        calls "the company" ("The company has never made a profit" denies a profit of Veltro's)."""
        if takes_a_stance(self.words, self.lower):
            read = read_polarity(self.text, self.clause_spans)
        else:
            read = asserted_clauses(self.clause_spans, self.clause_tokens, self.hedged)
        named = described_organisation(self.tokens)
        if named is None:
            return read
        clauses = tuple(replace(c, terms=c.terms | {named.term}) if c.start == 0 else c for c in read.clauses)
        return replace(read, clauses=clauses)

    @computed_once
    def clause_spans(self) -> list[tuple[int, int]]:
        return clause_spans(self.text)

    @computed_once
    def supposed_spans(self) -> tuple[tuple[int, int], ...]:
        """Where its clauses that a modal makes only suppose stand ("..., but some customers could
        be without supply until Monday"): their values are no claim to set against another's.
        Read only for a statement with a modal, as most have none."""
        if self.words.isdisjoint(MODAL_HEDGES) and self.words.isdisjoint(CONSIDERING):
            return ()
        return tuple((c.start, c.end) for c in self.polarity.clauses if c.stance is Stance.HEDGED)

    @computed_once
    def supposed_only(self) -> frozenset[str]:
        """The terms it says only in clauses that suppose (`supposed_spans`): "cut" of "held rates
        at 4.5% but said it could cut them in June" is no cut to set against "kept rates unchanged"."""
        return self._said_only_within(self.supposed_spans)

    @computed_once
    def told_since_only(self) -> frozenset[str]:
        """The terms it says only in a clause opening on "since" ("the first face-to-face meeting
        since tariffs were raised in April"): the earlier event its claim counts from, no claim to
        set against another's ("US, China agree to cut tariffs")."""
        if "since" not in self.words:
            return frozenset()
        return self._said_only_within(tuple(m.span() for m in _SINCE_CLAUSE.finditer(self.text)))

    def _said_only_within(self, stretches: tuple[tuple[int, int], ...]) -> frozenset[str]:
        """The terms it says within `stretches` of its text and nowhere else."""
        if not stretches:
            return frozenset()
        inside: set[str] = set()
        outside: set[str] = set()
        for token, start, _ in self.spans:
            (inside if any(low <= start < high for low, high in stretches) else outside).add(token.term)
        return frozenset(inside - outside)

    @computed_once
    def values(self) -> Values:
        return with_deadline_set(self.text, read_values(self.text, self.words, described_person(self.tokens)))

    @computed_once
    def deadline(self) -> Deadline | None:
        """The deadline it tells, to comply or to appeal (claims.deadlines)."""
        return read_deadline(self.text, self.values.quantities)

    @computed_once
    def spans(self) -> list[tuple[Token, int, int]]:
        return token_spans(self.text)

    def first_word(self, term: str) -> tuple[int, int] | None:
        """Where the first word standing for a term is written (found once: the reasons of all
        the pairs a statement is in ask it again)."""
        found = self._first_words.get(term, _UNSOUGHT)
        if found is _UNSOUGHT:
            found = self._first_words[term] = self._find_first_word(term)
        return found

    @computed_once
    def _first_words(self) -> dict[str, tuple[int, int] | None]:
        return {}

    def _find_first_word(self, term: str) -> tuple[int, int] | None:
        surface = self.surfaces.get(term)
        if surface is None:
            return None
        text, lower = self.text, self.lower
        start = lower.find(surface)
        while start >= 0:
            end = start + len(surface)
            if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                return start, end
            start = lower.find(surface, start + 1)
        return None

    @computed_once
    def surfaces(self) -> dict[str, str]:
        """Each term's first word as written (lower-cased)."""
        return {t.term: t.surface for t in reversed(self.tokens)}

    @computed_once
    def lower(self) -> str:
        """The text lower-cased, where its words are looked for (same length: no letter changes size)."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else self.text

    @computed_once
    def source_terms(self) -> frozenset[str]:
        """The terms of its closing clause when that only says who speaks ("..., an official from
        the disaster agency told AFP"), where news puts its sources; read from the text after
        the last comma or quote, without reading the statement's clauses."""
        text = self.text.rstrip(_CLOSING)
        cut = max(text.rfind(mark) for mark in _SOURCE_MARKS)
        if cut <= 0:
            return frozenset()
        tail = tokenize(text[cut + 1 :])
        return frozenset(t.term for t in tail if is_meaningful(t)) if is_attribution(tail) else frozenset()

    @computed_once
    def speaker_terms(self) -> frozenset[str]:
        """The terms of an opening that only says who speaks ("Prime Minister Jonas Berg said he
        ...", claims.attribution.opening_speaker)."""
        return opening_speaker(self.tokens)

    @computed_once
    def passing(self) -> list[tuple[int, int]]:
        """Where it describes a name in passing (claims.asides): an appositive or a relative clause."""
        return asides(self.text)

    @computed_once
    def tokens_outside_asides(self) -> list[Token]:
        """Its tokens without the clauses that describe a name in passing (claims.asides): what
        stands next to a word in the claim itself ("Laura Whitcombe, who has led Brightwell
        since 2017, will stay on": "Whitcombe" is next to "stay")."""
        passing = self.passing if len(self.clause_spans) > 1 else []
        if not passing:
            return self.tokens
        return [
            token
            for (start, end), tokens in zip(self.clause_spans, self.clause_tokens, strict=True)
            if not any(s <= start and end <= e for s, e in passing)
            for token in tokens
        ]

    @computed_once
    def clause_terms(self) -> list[frozenset[str]]:
        """The terms of each clause that makes a claim, when it has more than one (a cheaper
        reading than polarity); a clause that only says who speaks makes none, nor one said in
        passing (claims.asides), and the two halves of a clause an aside interrupts are one
        ("The quake, which struck at 1353, was felt in Oman")."""
        if len(self.clause_spans) < 2:
            return []
        passing = self.passing
        found: list[frozenset[str]] = []
        interrupted = False
        for (start, end), tokens in zip(self.clause_spans, self.clause_tokens, strict=True):
            if any(s <= start and end <= e for s, e in passing):
                interrupted = bool(found)
                continue
            terms = frozenset(t.term for t in tokens if is_meaningful(t))
            if interrupted:
                found[-1] |= terms
            elif not is_attribution(tokens):
                found.append(terms)
            interrupted = False
        return found

    @computed_once
    def clause_tokens(self) -> list[list[Token]]:
        """The tokens of each clause, shared out from the statement's own."""
        spans = self.clause_spans
        return _tokens_by_clause(self.lower, self.tokens, spans) or tokenize_clauses(self.text, spans)

    @computed_once
    def numeric(self) -> bool:
        """Whether it has a number or a word of time: most statements give no value to compare."""
        tokens = self.tokens
        if any(t.is_number or t.surface in TIME_WORDS for t in tokens) or counts_without_number(self.words):
            return True
        if not self.words.isdisjoint(COUNTS_BY_ORDER) or not self.words.isdisjoint(_MULTIPLES_AND_TIMES):
            return True  # "kills thousands of fish", "orders doubled", "met the lobbyist twice"
        if (
            tells_a_rank(self.text, self.words)
            or tells_a_fraction(self.text, self.words)
            or tells_more_than_half(self.text, self.words)
        ):
            return True  # "the seventh eruption", "nearly a quarter of them", "most of them"
        if tells_a_one_point_margin(self.text, self.words):
            return True  # "a point ahead of Sporting"
        return self._spells_one_unit and any(_one_unit(tokens, i) for i in range(len(tokens)))

    @computed_once
    def _spells_one_unit(self) -> bool:
        """Whether it may give a unit of time spelled with "a" ("less than a day") or told without a
        number ("within hours", "for several days")."""
        return not self.words.isdisjoint(_UNITS_OF_TIME) or not self.words.isdisjoint(SOME_UNITS)

    @computed_once
    def hints(self) -> frozenset[str]:
        """What its numbers may measure, from the words next to them ("villag", "dead",
        "magnitud", "distance", "date"): two statements whose hints do not meet give no value
        for the same thing, and need no closer reading of their values."""
        found: set[str] = {"money"} if any(sign in self.text for sign in _CURRENCY_SIGNS) else set()
        tokens = self.tokens
        if counts_without_number(self.words):
            found.update(t.term for t in tokens if t.surface in COUNTED_WORDS)
            found.update(SOME_WORDS[word] for word in self.words & SOME_WORDS.keys())
            if "shot" in self.words:
                found.add("injured")  # "shot in the leg": hurt
            found.update(name for word in self.words & CASUALTIES.keys() for name in CASUALTIES[word])
            found.update(only_ones_counted(self.words))  # "She is the only confirmed victim"
        # "died at the age of 87" / "dead at 86"; "The escapees, 23, 27 and 33,"; "when he was six"
        if (
            not self.words.isdisjoint(_AGE_WORDS)
            or tells_a_list_of_ages(self.text)
            or tells_an_age_at_a_start(self.text)
        ):
            found.add("age")
        if tells_a_vote(self.words):
            found.add(VOTE)  # "with 394 against and 116 abstentions": a vote's, with no "voted" beside it
        if tells_a_split_ratio(self.text, self.words):
            found.add(SPLIT_RATIO)  # "split its stock ten-for-one": the words beside are no unit's
        if (
            not self.words.isdisjoint(MULTIPLIED)
            or tells_a_fraction(self.text, self.words)
            or tells_more_than_half(self.text, self.words)
        ):
            found.add("percent")  # "doubled": a rise of 100%; "a third": 33%; "most of": over 50%
        if not self.words.isdisjoint(TIMES_SPELLED):
            found.add("time")  # "met the lobbyist twice": how many times, as "three times" tells
        if not self.words.isdisjoint(HOW_OFTEN_WORDS):  # "won the Premier League once": one title
            found.update(DEEDS_NOUNS[term] for term in self.words_said & DEEDS_NOUNS.keys())
        if tells_a_rank(self.text, self.words):
            found.add(RANKED)  # "the seventh eruption": how many there have been
        if tells_a_one_point_margin(self.text, self.words):
            found.add(POINTS)  # "a point ahead of Sporting", as "two points clear" tells
        if tells_a_temperature(self.text):
            found.add("temperature")  # "47.6C" / "47.6 degrees Celsius": the unit is no word beside the number
        if tells_a_time_taken(self.text):
            found.add("time")  # "won in 2:02:44": a time on the clock, with no word of time beside it
        # What its counts may be of, wherever the word stands ("Five people had so far been
        # confirmed dead" / "... killed 24").
        found.update(COUNT_CLASSES[word] for word in self.words & COUNT_CLASSES.keys())
        if tells_of_homes_without_power(self.words):
            found.add("buildings")
        if tells_of_hospital(self.words) or (
            not found.isdisjoint(TAKEN_TO_HOSPITAL_FOR) and counts_without_number(self.words)
        ):
            found.add(HOSPITALISED)  # "two were taken to hospital"; "No illnesses have been reported": none there
        if tells_of_layoffs(self.words):
            found.add("jobs")
        if tells_a_population(self.words, self.text):
            found.add("population")  # "The population of Iberian orcas is estimated at about 35 animals"
        if tells_of_people_moved_to_safety(self.lower):
            found.add("evacuated")  # "About 1,200 residents and tourists were moved to safety"
        if "-" in self.text and not self.words.isdisjoint(RESULT_WORDS):
            found.add("score")  # "lost 2-1": one token of figures
        for position, token in enumerate(tokens):
            if (
                token.surface in TIME_WORDS
                or (self._spells_one_unit and _one_unit(tokens, position))
                or (token.capitalized and token.surface == "may" and the_month("May", position))  # "on May 12"
            ):
                found.add("time")
            if not token.is_number:
                continue
            if position + 1 < len(tokens) and tokens[position + 1].surface in _HOURS_OF_THE_CLOCK:
                found.add("time")  # "at about 9 am": "am" is no word of time elsewhere ("I am")
            if token.surface.endswith("%"):
                found.add("percent")
            found.update(_neighbour_hints(tokens, position + 1, 1))
            found.update(_neighbour_hints(tokens, position - 1, -1))
        return frozenset(found)

    @computed_once
    def bare_numbers(self) -> dict[float, tuple[int, int]]:
        """The numbers it writes outside its values, years and ordinals, with where each stands ("The
        previous weekly record was 3,800": no counted noun, unit or frame); not a level something
        moved from or is compared with ("won 48 seats, up from 12")."""
        if not self.numeric:
            return {}
        read = [(q.start, q.end) for quantities in self.by_thing.values() for q in quantities]
        found: dict[float, tuple[int, int]] = {}
        for number in _BARE_NUMBER.finditer(self.text):
            start, end = number.span()
            written = number.group().replace(",", "")
            if any(first <= start < last for first, last in read) or _A_YEAR.fullmatch(written):
                continue
            if _COMPARED_WITH.search(self.text, max(0, start - 12), start):
                continue
            found.setdefault(float(written), (start, end))
        return found

    @computed_once
    def dated(self) -> bool:
        """Whether it may name a year or a month (its frame of time)."""
        return any(
            (t.is_number and len(t.term) == 5 and t.term[1:3] in _CENTURIES)
            or t.surface in TIME_WORDS
            or (t.surface == "may" and t.capitalized)  # the month, not the modal
            for t in self.tokens
        ) or bool(self.words & _RELATIVE_TIME_WORDS or ("this" in self.words and "year" in self.words))

    @computed_once
    def by_thing(self) -> dict[tuple[Kind, str], list[Quantity]]:
        """Its values grouped by what they measure."""
        grouped: dict[tuple[Kind, str], list[Quantity]] = {}
        for quantity in self.values.quantities:
            grouped.setdefault((quantity.kind, quantity.unit), []).append(quantity)
        return grouped

    @computed_once
    def frame(self) -> frozenset[str]:
        """The years, months or "last year" it says its facts belong to; not a year said of a
        name in passing ("SeaMicro, a startup founded in 2007, ...")."""
        frame = self.values.frame
        if not frame or ", " not in self.text:
            return frame
        text = self._without_appositives
        return frame if text is self.text else read_frame(text)

    def frame_until(self, end: int) -> frozenset[str]:
        """The frame of time of what it says up to `end` (claims.values_compared: a value's own)."""
        if not self.frame:
            return self.frame
        return read_frame(self._without_appositives[:end])

    @computed_once
    def _without_appositives(self) -> str:
        """Its text with what describes a name in passing blanked out (the text itself if none)."""
        passing = asides(self.text, relative=False)
        text = self.text
        for start, end in passing:
            text = text[:start] + " " * (end - start) + text[end:]
        return text


_CURRENCY_SIGNS = "$\u20ac\u00a3"
"""$, EUR and GBP signs: a sum of money, whatever words stand next to it."""
_CLOSING = " .!?\"'\u201d\u2019)"
_SOURCE_MARKS = (",", '"', "\u201d", "\u201c", ";")


def _tokens_by_clause(lower: str, tokens: list[Token], spans: list[tuple[int, int]]) -> list[list[Token]] | None:
    """A statement's tokens shared out among its clauses by where each word is found in its
    lower-cased text (None if a word is not found as written: the clauses are read afresh)."""
    clauses: list[list[Token]] = [[] for _ in spans]
    clause, cursor = 0, 0
    for token in tokens:
        found = lower.find(token.surface, cursor)
        if found < 0:
            return None
        cursor = found + len(token.surface)
        while clause < len(spans) and found >= spans[clause][1]:
            clause += 1
        if clause == len(spans):
            break
        if found >= spans[clause][0]:
            clauses[clause].append(token)
    return clauses


_HINT_REACH = 4
_HINT_WORDS = 3
"""Words after a number that may say what it counts: "300 non-urgent operations", "Two company
executives"."""


def _neighbour_hints(tokens: list[Token], start: int, step: int) -> set[str]:
    """The first words that say something beside a number, going one way, as units: a family
    ("distance") for a unit of measure, else the word's term ("villag", "dead")."""
    found: set[str] = set()
    position = start
    said = 0
    while 0 <= position < len(tokens) and abs(position - start) < _HINT_REACH:
        token = tokens[position]
        family = UNIT_FAMILIES.get(token.surface)
        if family:
            found.add(family)
        elif token.meaningful:
            found.add(token.term)
            said += token.surface not in _GENERIC_HEADS
            if step > 0 and said == _HINT_WORDS:
                break
        position += step
    return found


def _one_unit(tokens: list[Token], position: int) -> bool:
    """Whether the token is a unit of time spelled with "a" ("less than a day", "a full day", "a single day"), or
    one between two events ("the day after the raid", "the next day"), or told without a number ("within hours",
    "several days", claims.quantities._SOME_UNITS): a value."""
    if position == 0:
        return False
    if tokens[position].surface in SOME_UNITS:
        return tokens[position - 1].surface in SOME_UNITS_BEFORE
    if tokens[position].surface not in _UNITS_OF_TIME:
        return False
    before = tokens[position - 1].surface
    if before in _WHOLE and position > 1:  # "for a full day"
        before = tokens[position - 2].surface
    after = tokens[position + 1].surface if position + 1 < len(tokens) else ""
    return before in ("a", "an") or (before == "the" and after in ("after", "later")) or before in ("next", "following")


_WHOLE = frozenset(("full", "whole", "entire", "single"))
_HOURS_OF_THE_CLOCK = frozenset(("am", "pm"))
"""What follows an hour written without points ("9 am", "11 pm")."""
_AGE_WORDS = frozenset("age aged dies died dead death".split())
_UNITS_OF_TIME = frozenset(UNITS_OF_TIME)
_GENERIC_HEADS = frozenset("people persons person others residents civilians men women children".split())


def _inside_names(tokens: list[Token]) -> frozenset[str]:
    """The terms of the small words written inside names, between capitalised words ("Viña del Mar",
    "Ursula von der Leyen"): of the name, not words a statement says."""
    inside: set[str] = set()
    run: list[Token] = []
    for position, token in enumerate(tokens):
        if token.surface.lower() in _NAME_PARTICLES and (run or (position > 0 and tokens[position - 1].capitalized)):
            run.append(token)
            continue
        if run and token.capitalized:
            inside.update(t.term for t in run)
        run = []
    return frozenset(inside)


_NAME_PARTICLES = frozenset("del de la le da di dos das du van von der den al bin ibn".split())
"""Small words written inside names between two capitalised words ("Viña del Mar", "von der Leyen")."""
_MULTIPLES_AND_TIMES = MULTIPLIED.keys() | TIMES_SPELLED


_NOT_CARRIED = frozenset((*(field.name for field in fields(Reading)), *_QUICKER_AGAIN, _KEPT))
"""What `Reading.worked_out` leaves out."""
