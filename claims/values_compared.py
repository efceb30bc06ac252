"""Values two statements give for one thing (claims.quantities reads them): which cannot be
the same (a conflict: 6.1 against 5.9 magnitude, five against seven villages), which agree ("Ten
dead" / "kills 10"), and which set two statements apart without contradicting each other (values
in two frames of time, a part of a sum short of the whole, a district's count against the story's).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from claims.attribution import SAYING
from claims.comparable import (
    PLACED_KINDS,
    SHARES_MOVED,
    comparable,
    foretold,
    moved_alike,
    moved_things_apart,
    orders_apart,
)
from claims.contrasts import rivals_apart
from claims.counts import TALLIES
from claims.deadlines import BAN
from claims.frames import MONTHS, WEEKDAYS, quarters_apart, same_frame, stretches_of_years
from claims.polarity import meaningful_terms
from claims.quantities import AGES_LISTED, RACE_TIME
from claims.quantity import (
    CHANGE,
    CONTRACT,
    CROWD,
    DEMAND,
    SCOPE_MARK,
    TENURE,
    UNIT_TERMS,
    Bound,
    Kind,
    Quantity,
    clause_of,
)
from claims.reading import Reading
from claims.terms import LETTERS, TIME_WORDS, Token, tokenize, word_term
from claims.units import MOVES, UNITS_OF_TIME

DEPTH_WORDS = frozenset(("depth", "deep", "below", "beneath", "underground"))
"""A depth is one fact of a story (a quake's, a mine's), given in words that share little: "at a
depth of 7 km" / "The tremor was shallow, about 10 kilometres deep" / "about six miles below the
surface"."""
DATE_SCORE = 0.4
"""A different weekday, date or length of time matters only between statements that tell of one
event: news sentences name the day they were said on as often as the day something happened.
From 0.45 to 0.4, conflicts on the own article pairs 672 -> 679 of 1138, none wrong added (a
headline's "walk out for four days" / the other's lead's "began a five-day strike" scores 0.44)."""


def value_differences(
    a: Reading, b: Reading, score: float, in_one_frame: bool = True
) -> list[tuple[Quantity, Quantity]]:
    """Values both give for the same thing in one frame of time that cannot be the same:
    for each thing measured, the closest pair, when no pair agrees. in_one_frame: False for
    values that differ in any frame, or whose words do not show they measure one thing when
    each is the only one of its kind in its statement, in the same unit ("after 14 years" / "a
    run of 15 years"): no conflict, and no same claim either."""
    if not (a.numeric and b.numeric) or not a.hints & b.hints:
        return []
    common = a.by_thing.keys() & b.by_thing.keys()
    wholes = _parts_and_wholes(a, b) if not _PART_HINTS.isdisjoint(a.hints | b.hints) else []
    if not (common or wholes) or (in_one_frame and _other_years(a, b)) or _other_cases(a, b, common):
        return []
    if _rounds_apart(a, b):
        return []  # "In the first round he won only 310 votes" / "Merz won 325 votes in the second ballot"
    if quarters_apart(a.text, b.text):
        return []  # "shrank by 0.3% in the last three months" / "had contracted by 0.1% between July and September"
    one_frame = same_frame(a.frame, b.frame) or not in_one_frame
    found = [pair for pair in wholes if one_frame and comparable(*pair) and _part_exceeds(*pair)]
    for key in sorted(common, key=lambda k: (k[0].value, k[1])):
        mine, theirs = _asserted(a, a.by_thing[key]), _asserted(b, b.by_thing[key])
        if _WARNING.search(a.text) and _WARNING.search(b.text):
            mine, theirs = _with_warned(a, a.by_thing[key], mine), _with_warned(b, b.by_thing[key], theirs)
        elif key[0] is Kind.TEMPERATURE:
            mine, theirs = _with_foretold(a.by_thing[key], b.by_thing[key], mine, theirs)
        if key == _LISTED:  # "The victims were aged six, seven and nine" / "The girls were six, seven and ten"
            found.extend(_lists_apart(mine, theirs) if one_frame else [])
            continue
        if key[0] in _SAME_EVENT_KINDS and score < DATE_SCORE and (in_one_frame or key[0] is not Kind.DURATION):
            if key[0] in _DAYS and _one_death(a, b):
                mine, theirs = _day_of_death(a, mine), _day_of_death(b, theirs)
            elif key[0] is Kind.DURATION and in_one_frame:
                pairs = [
                    (x, y)
                    for x in mine
                    for y in theirs
                    if (comparable(x, y) or one_deadline(a, b, x, y))
                    and _lasting_one_thing(a, b, x, y)
                    and not _times_of_two(a, x, b, y)
                    and (
                        one_frame
                        or _one_length_whenever_told(x, y)
                        or same_frame(_frame_through(a, x), _frame_through(b, y))
                    )
                ]  # but not "A previous strike in October lasted 24 hours" / "two-day dock strike"
                found.extend(_closest_disagreement(pairs))
                continue
            else:
                continue
        elif key[0] in _DAYS:
            if _STILL.search(a.text) or _STILL.search(b.text):
                continue  # "without electricity on Wednesday" / "still without electricity on Thursday"
            if key[0] is Kind.WEEKDAY and (day_told_from_another(a) or day_told_from_another(b)):
                continue  # "broke out on Sunday" / "ordered to leave on Monday as a fire that started a day earlier"
            mine, theirs = _days_of_events(a, mine), _days_of_events(b, theirs)
            mine, theirs = _days_of_one_telling(a, mine, b, theirs)
        elif key[0] is Kind.RATING and (_two_days(a, b) or _other_places(a, b)):
            # "made landfall as a Category 3 storm on Wednesday" / "had been a Category 5 storm on Monday";
            # "slams into Jamaica as Category 5 storm" / "Melissa hit Cuba as a Category 4 storm"
            continue
        elif key[0] is Kind.PERCENT and _two_days(a, b) and all(CHANGE in q.context for q in (*mine, *theirs)):
            continue  # "after its shares rose 3.5% on Tuesday" / "Its shares fell 2% on Wednesday": two days' moves
        elif key[0] is Kind.MONEY and (_REJECTED_OFFER.search(a.text) is None) != (
            _REJECTED_OFFER.search(b.text) is None
        ):
            continue  # "signed Isak ... for 125 million" / "Liverpool's first offer of 110m was turned down"
        alone = not in_one_frame and len(mine) == len(theirs) == 1
        pairs = [
            (x, y)
            for x in mine
            for y in theirs
            if (
                (alone and x.label == y.label and moved_alike(x, y) and not moved_things_apart(x, y))
                or comparable(x, y)
                or one_deadline(a, b, x, y)
            )
            and one_place(a, x, b, y)
            and not (_of_a_name_the_other_lacks(a, x, b) or _of_a_name_the_other_lacks(b, y, a))
            and not (_of_a_year_recalled(a, x) or _of_a_year_recalled(b, y))
            and _averaged(a, x) == _averaged(b, y)
            and _aimed_at(a, x) == _aimed_at(b, y)
            and _part_of_a_sum(a, x) == _part_of_a_sum(b, y)
        ]
        if key[0] is Kind.COUNT and pairs and key[1] in TALLIES:
            pairs = [
                (x, y)
                for x, y in pairs
                if not (
                    _events_apart(a, x, b, y)
                    or _tolls_of_two_places(a, x, b, y)
                    or _none_against_a_stretch(a, x, b, y)
                    or (in_one_frame and _changed_by_a_later_day(a, x, b, y))
                )
            ]
        if key[0] is Kind.COUNT and pairs:
            pairs = [
                (x, y)
                for x, y in pairs
                if not (
                    _of_two_things(a, x, b, y)
                    or _fates_apart(a, x, b, y)
                    or _now_and_to_come(a, x, b, y)
                    or _fleet_against_order(a, x, b, y)
                    or _move_against_level(a, x, b, y)
                    or _freed_against_still_held(a, x, b, y)
                    or _counts_apart(a, x, b, y)
                    or _writes_the_others_figure(a, x, y)
                    or _writes_the_others_figure(b, y, x)
                    or (not x.agrees(y) and _in_a_doing_subject(a, x) and _in_a_doing_subject(b, y))
                )
            ]
        if key[0] is Kind.COUNT and pairs and _is_held(key[1]):
            pairs = [(x, y) for x, y in pairs if not _held_by_two(a, x, b, y) and _held_alike(a, x, b, y, score)]
        if key[0] is Kind.PERCENT and pairs and (_a_place_of_its_own(a, b) or _a_place_of_its_own(b, a)):
            continue  # "One in six infections now resistant" / "In Africa, one in five infections was resistant"
        if key[0] is Kind.PERCENT and pairs:
            pairs = [
                (x, y)
                for x, y in pairs
                if not (_a_stake(x) and _a_stake(y) and _held_by_two(a, x, b, y))
                and _a_turnout(a, x) == _a_turnout(b, y)
            ]
        if key[0] is Kind.DURATION and pairs:
            pairs = [
                (x, y)
                for x, y in pairs
                if not (_times_of_two(a, x, b, y) or _both_within(a, x, b, y))
                and _a_total_of_many(a, x) == _a_total_of_many(b, y)
            ]
        if not one_frame and key[0] is not Kind.AGE:  # an age holds the year round ("in March" / "in April")
            pairs = [
                (x, y)
                for x, y in pairs
                if _one_length_whenever_told(x, y) or same_frame(_frame_through(a, x), _frame_through(b, y))
            ]
        found.extend(_closest_disagreement(pairs))
    return found


_REJECTED_OFFER = re.compile(
    r"\b(?:offers?|bids?|proposals?)\b[^.;]{0,80}?\b(?:rejected|turned\s+down|refused|rebuffed)\b"
    r"|\b(?:rejected|turned\s+down|refused|rebuffed)\b[^.;]{0,60}?\b(?:offers?|bids?|proposals?)\b"
    r"|\b(?:walked|walks|pulled|pulls)\s+(?:away|out)\s+(?:from|of)\s+(?:talks|negotiations|an?\s+(?:offer|bid|deal))\b",
    re.IGNORECASE,
)
"""An offer turned down ("Newcastle had rejected an earlier bid of 110 million", "Wiz walked away from talks over a
$23bn deal"): its sum is not the price of the deal that was made."""


def _rounds_apart(a: Reading, b: Reading) -> bool:
    """Whether each tells its values of a round of a contest or a vote, and of different rounds ("In
    the first round he won only 310 votes" / "won 325 votes in the second ballot"): two counts."""
    round_a, round_b = _ROUND.search(a.text), _ROUND.search(b.text)
    return round_a is not None and round_b is not None and round_a.group(1).lower() != round_b.group(1).lower()


_ROUND = re.compile(
    r"\b(first|second|third|fourth|fifth|final|last)\s+(?:round|ballot|vote|leg|stage)\b", re.IGNORECASE
)


def _other_places(a: Reading, b: Reading) -> bool:
    """Whether the two name different places beyond the story's own ("Melissa hit Cuba" against a
    statement of the story's Jamaica, or of no place): a storm's strength where each says, two landfalls."""
    if a.main_places is None:
        return False
    mine = a.places - a.main_places
    theirs = b.places - a.main_places
    return mine != theirs


def _none_against_a_stretch(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether one counts none or some now ("No one was killed, the army said") and the other a toll
    over a stretch of years it names ("Some 2 million people died in the latest war, from 1983-2005"):
    a toll of another time, not a rival count."""
    if x.none_or_some == y.none_or_some:
        return False
    counting = b if x.none_or_some else a
    return bool(stretches_of_years(counting.text)) and not stretches_of_years((a if counting is b else b).text)


def _other_cases(a: Reading, b: Reading, common: AbstractSet[tuple[Kind, str]]) -> bool:
    """Whether one statement tells a lesser case ("Even 3,800 steps a day was linked to a 25% lower
    risk", "As few as 3,800 steps ...") whose value the other gives otherwise ("Walking close to
    10,000 steps daily cut the risk ... by half"): two cases of one finding, so what each found of
    its own case is no rival figure."""
    for mine, theirs in ((a, b), (b, a)):
        for key in common:
            for value in mine.by_thing[key]:
                if _LESSER_CASE.search(mine.text, max(0, value.start - 16), value.start) and not any(
                    value.agrees(other) for other in theirs.by_thing[key]
                ):
                    return True
    return False


_LESSER_CASE = re.compile(r"\b(?:even|as\s+few\s+as)\s+$", re.IGNORECASE)


def bare_numbers_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each writes its number, when both write numbers no value reading accounts for (no
    counted noun, unit or frame: "The previous weekly record was 3,800" / "The previous record ...
    was 4,300") and none of one's is the other's: whatever they count, they do not give it alike."""
    mine, theirs = a.bare_numbers, b.bare_numbers
    if not (mine and theirs) or mine.keys() & theirs.keys():
        return None
    return next(iter(mine.values())), next(iter(theirs.values()))


def times_of_one_event_apart(a: Reading, b: Reading) -> list[tuple[Quantity, Quantity]]:
    """The days, dates, lengths and moments two statements found to tell one claim give for it
    differently ("met Chinese leader Xi Jinping in Beijing on Thursday" / "Macron and Xi held talks
    ... on Friday"): however little they share, they tell one event, whose times must agree."""
    return [
        (x, y)
        for x, y in value_differences(a, b, DATE_SCORE)
        if x.kind in _SAME_EVENT_KINDS
        and not (
            _TOLD_FROM_ANOTHER_TIME.search(a.text, 0, x.start)
            or _TOLD_FROM_ANOTHER_TIME.search(b.text, 0, y.start)
            or _A_TIME_APART.match(a.text, x.end)
            or _A_TIME_APART.match(b.text, y.end)
        )
    ]


_TOLD_FROM_ANOTHER_TIME = re.compile(r"\b(?:last|next|since|until|began|begun|started)\s+(?:on\s+)?$", re.IGNORECASE)
"""A day told as another step of the story ("the fighting ..., which began last Thursday")."""
_A_TIME_APART = re.compile(
    r",?\s+(?:a|an|one|two|three|four|five|six|seven|\d+)\s+(?:hours?|days?|weeks?|months?)\s+(?:after|before)\b",
    re.IGNORECASE,
)
"""A day told with the time from another step ("fled ... on Monday, a day after it broke out"):
the day is the first step's, the other's a day before."""


def _of_a_name_the_other_lacks(reading: Reading, value: Quantity, other: Reading) -> bool:
    """Whether a value is told in passing of a name the other statement does not name ("Berlin,
    which holds a 16.5% stake, rejected any hostile bid" / "UniCredit ... had raised its stake in
    Commerzbank to about 21%"): Berlin's stake, not the one the other tells of."""
    if ", " not in reading.text:
        return False
    for start, end in reading.passing:
        if start <= value.start and value.end <= end:
            named = _NAME_BEFORE.search(reading.text, 0, start)
            return named is not None and word_term(named.group(1)) not in other.terms
    return False


def _of_a_year_recalled(reading: Reading, value: Quantity) -> bool:
    """Whether a value is told in a clause recalling another year's event ("the strongest earthquake
    to hit the island since 1999, when a 7.6 magnitude quake killed about 2,400 people"): that
    event's, not the one the other statement tells of."""
    recalled = _YEAR_RECALLED.search(reading.text, 0, value.start)
    return recalled is not None and ";" not in reading.text[recalled.end() : value.start]


_YEAR_RECALLED = re.compile(r"\b(?:since|in)\s+(?:19|20)\d\d,?\s+when\b", re.IGNORECASE)


_NAME_BEFORE = re.compile(r"\b([A-Z][\w'\u2019-]*),\s+$")
"""The name an aside describes, written just before its comma ("Berlin, which holds ...")."""


def one_place(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether two shares or sums are said of one place: the story's own, or the same other one
    ("In Germany, inflation fell to 2.4%" is Germany's, not the eurozone's "2.1%"), which the
    other statement names too, wherever it stands."""
    if x.kind not in PLACED_KINDS:
        return True
    mine, theirs = a.place_of(x), b.place_of(y)
    # A place one names before its value the other may name after it, or as an adjective:
    # "Prices in the US start at 999 dollars" / "It will cost 999 dollars in the United States".
    return mine == theirs or (mine <= b.terms and theirs <= a.terms)


def _asserted(reading: Reading, values: list[Quantity]) -> list[Quantity]:
    """The values a statement asserts, not those of a clause that only supposes ("..., but some
    customers could be without supply until Monday"), nor those of the past a record is measured
    from (`_REFERENCE_BEFORE`)."""
    supposed = reading.supposed_spans
    since = "since" in reading.words
    if not (supposed or since):
        return values
    return [
        value
        for value in values
        if not any(start <= value.start < end for start, end in supposed)
        and not (since and _REFERENCE_BEFORE.search(reading.text, 0, value.start))
    ]


_WARNING = re.compile(r"\bwarn(?:s|ed|ing)?\b", re.IGNORECASE)
"""A warning of what may come ("warning of waves up to one metre", "warned that waves of up to three metres
could hit the coast"): when both statements warn, what they warn of is compared, supposed or not."""


def _with_foretold(
    values_a: list[Quantity], values_b: list[Quantity], asserted_a: list[Quantity], asserted_b: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """The temperatures each statement forecasts, when both forecast one ("are expected to reach 43C" / "could hit
    44C"), supposed or not: two forecasts of one day are compared; else the temperatures each asserts."""
    foretold_a, foretold_b = [v for v in values_a if foretold(v)], [v for v in values_b if foretold(v)]
    return (foretold_a, foretold_b) if foretold_a and foretold_b else (asserted_a, asserted_b)


def _with_warned(reading: Reading, values: list[Quantity], asserted: list[Quantity]) -> list[Quantity]:
    """The values a statement asserts, and those it warns of though it only supposes them."""
    return [value for value in values if value in asserted or _WARNING.search(reading.text, 0, value.start)]


_REFERENCE_BEFORE = re.compile(r"\b(?:\w+est|most\s+\w+|first)\s+(?:\w+\s+){0,3}since\b[^,;.:]*$", re.IGNORECASE)
"""What a record is measured from, not the story's figure: "Veridian's biggest deal since its $900m
takeover of Clearpay", "the largest acquisition since it bought Clearpay for $900 million"."""


def _of_two_things(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether two counts are each of something their words name apart ("five counts of bribery
    and fraud" / "two counts of money laundering", "300 cases of cholera" / "40 cases of
    measles"; "20 living Israeli hostages" / "four dead hostages"): two charges, two diseases,
    two kinds, not one count given differently."""
    of_x, of_y = _of_what(a.text, x), _of_what(b.text, y)
    if of_x and of_y and of_x.isdisjoint(of_y):
        return True
    kinds_x, kinds_y = _kinds_of(a.text, x), _kinds_of(b.text, y)
    if rivals_apart(kinds_x, kinds_y) or rivals_apart(kinds_y, kinds_x):
        return True
    states_x, states_y = {_LIFE[w] for w in kinds_x if w in _LIFE}, {_LIFE[w] for w in kinds_y if w in _LIFE}
    if states_x and states_y and states_x != states_y:
        return True
    group_x, group_y = _of_a_group(a.text, x), _of_a_group(b.text, y)
    if x.unit in TALLIES and group_x != group_y and (x.value < y.value) == group_x:
        return True  # "Two officers were killed" / "... kills 125": the officers among the dead
    if x.unit != _HELD_CAPTIVE:
        return False
    return (_STILL_AFTER.match(a.text, x.end) is None) != (_STILL_AFTER.match(b.text, y.end) is None)


def _both_within(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether two lengths of time are each told as what something happened within ("Rescuers reached the site by
    helicopter within an hour" / "Helicopter rescue teams arrived within 45 minutes"): two ceilings of one wait,
    both true if the shorter is, unless they are one deadline ("must comply within 60 days" / "within 90 days"), or
    both promise it ("Ticket holders will receive full refunds within 30 days" / "Fans will be refunded within 14
    days": two promises of one wait)."""
    return (
        x.bound is y.bound is Bound.AT_MOST
        and _WITHIN_BEFORE.search(a.text, max(0, x.start - 12), x.start) is not None
        and _WITHIN_BEFORE.search(b.text, max(0, y.start - 12), y.start) is not None
        and not one_deadline(a, b, x, y)
        and not (_promised_within(a, x) and _promised_within(b, y))
    )


def _promised_within(reading: Reading, value: Quantity) -> bool:
    """Whether the clause of a length of time told with "within" promises what is to happen within it ("will receive
    full refunds within 30 days", "must be repaid within a year")."""
    start, _ = _clause_around(reading, value.start)
    return _PROMISED.search(reading.text, start, value.start) is not None


_PROMISED = re.compile(
    r"\b(?:will|would|must|shall|is\s+to|are\s+to|has\s+to|have\s+to|promised\s+to)\b", re.IGNORECASE
)


_WITHIN_BEFORE = re.compile(r"\bwithin\s+(?:an?\s+|one\s+)?$", re.IGNORECASE)


def _fates_apart(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether one of two counts of one kind of thing is of things that met either of two fates, at least as many
    as the other's that met one of them ("Eurostar cancelled 14 trains" / "Around 30 trains were cancelled or
    delayed"; not "More than 80 flights were cancelled" / "About 40 flights were cancelled or diverted", fewer).
    Each fate is told by the verb right before the count or after it. Two single fates ("200 operations have been
    postponed" / "300 operations were cancelled") are one count told apart, as reports call them; a story's tolls
    are counted by their own words (claims.counts)."""
    if x.unit in TALLIES:
        return False
    fates_x, fates_y = _fates_of(a.text, x), _fates_of(b.text, y)
    if not (fates_x and fates_y):
        return False
    return (fates_x < fates_y and y.value >= x.value) or (fates_y < fates_x and x.value >= y.value)


def _fates_of(text: str, value: Quantity) -> frozenset[str]:
    """The fates a count is told of: "cancelled 14 trains", "30 trains were cancelled or delayed"."""
    before = _FATE_BEFORE.search(text, 0, value.start)
    if before is not None:
        return frozenset((word_term(before.group(1)),))
    after = _FATE_AFTER.match(text, value.end)
    if after is None:
        return frozenset()
    return frozenset(word_term(fate) for fate in after.group(1, 2) if fate)


_FATE_BEFORE = re.compile(
    r"\b([a-z]+ed)\s+(?:(?:about|around|some|nearly|almost|roughly|at\s+least|more\s+than|over|up\s+to)\s+)?$"
)
_FATE_AFTER = re.compile(
    r"[^.;,\d]{0,30}?\b(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+(?:also\s+)?([a-z]+ed)"
    r"(?:\s+or\s+([a-z]+ed))?\b"
)


def _in_a_doing_subject(reading: Reading, value: Quantity) -> bool:
    """Whether a count stands in the deed a statement opens with as its subject ("Drinking more than six cups
    a day was linked to a higher risk", "People who drink three cups of coffee a day are 15% less likely"): it
    names whom the claim is about, so two such counts are two groups, not one count told apart."""
    return _DOING_SUBJECT.match(reading.text, 0, value.start) is not None


_DOING_SUBJECT = re.compile(
    r"(?:(?!During\b)[A-Z][a-z]+ing|(?:People|Those|Adults|Women|Men)\s+who\s+[a-z]+)\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|up\s+to\s+|just\s+|only\s+|even\s+)?$"
)


def _of_a_group(text: str, value: Quantity) -> bool:
    """Whether a count is of a group among the people a toll counts: the members of a force or a
    service ("Two officers were killed", "Five soldiers were wounded"), or civilians, children or women
    ("hundreds of Alawite civilians killed"): a part of a toll told of all, when it is the smaller."""
    return _GROUP_AFTER.match(text, value.end) is not None


_GROUP_AFTER = re.compile(
    r"\s+(?:of\s+)?(?-i:[A-Z][\w.]*\s+)?(?:police\s+)?(?:officers?|policemen|policeman|soldiers?|troops|firefighters?"
    r"|rescuers?|guards?|journalists?|paramedics?|civilians?|children|women)\b",
    re.IGNORECASE,
)
_HELD_CAPTIVE = "kidnapped"


_STILL_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:remain|remained|remains|(?:are|were|is|was)\s+still|still)\b", re.IGNORECASE
)
"""A count of hostages still held ("Seventy-three hostages remain in Gaza", "76 hostages are still
held"): not those freed or taken ("Hamas frees three Israeli hostages"). Of the missing, "still
missing" is the same count as "missing"."""


def _counts_apart(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether two counts are of two things however alike their nouns: orders of magnitude apart
    ("launched 22 Starlink satellites" / "More than 6,000 Starlink satellites are in orbit": a
    launch's and all of them), or one the count before a recount ("The initial count had given
    Mayes a lead of 511 votes" / "won the recount ... by 280 votes")."""
    if min(x.value, y.value) > 0 and orders_apart(x.value, y.value):
        return True
    before_x = _BEFORE_A_RECOUNT.search(a.text, max(0, x.start - _RECOUNT_REACH), x.start) is not None
    before_y = _BEFORE_A_RECOUNT.search(b.text, max(0, y.start - _RECOUNT_REACH), y.start) is not None
    if before_x != before_y:
        return True
    # A league's count is part of one in all competitions ("scored nine goals in 34 league games" /
    # "scored 11 times in all competitions").
    league = _IN_THE_LEAGUE.search(a.text) is not None, _IN_THE_LEAGUE.search(b.text) is not None
    every = _IN_ALL_COMPETITIONS.search(a.text) is not None, _IN_ALL_COMPETITIONS.search(b.text) is not None
    return (league[0] and every[1]) or (league[1] and every[0])


def _writes_the_others_figure(reading: Reading, mine: Quantity, theirs: Quantity) -> bool:
    """Whether a statement sets its count against the other's figure ("Ding said 7,000 steps was a
    more realistic target than 10,000" / "Ding said 10,000 steps remained a good goal"): it weighs
    both figures, and says nothing against the other's."""
    if "than" not in reading.words and "instead" not in reading.words:
        return False
    return any(
        not (mine.start <= match.start() < mine.end) and float(match.group("figure").replace(",", "")) == theirs.value
        for match in _FIGURE_SET_AGAINST.finditer(reading.text)
    )


_FIGURE_SET_AGAINST = re.compile(
    r"\b(?:than|instead\s+of)\s+(?P<figure>\d{1,3}(?:,\d{3})+(?![\w.,]?\d)|\d+(?![\w.,]?\d))", re.IGNORECASE
)
"""A figure a statement weighs its own against ("a more realistic target than 10,000")."""


_IN_THE_LEAGUE = re.compile(r"\bleague\s+(?:games|matches|appearances|goals)\b|\bin\s+the\s+league\b", re.IGNORECASE)
_IN_ALL_COMPETITIONS = re.compile(r"\bin\s+all\s+competitions\b", re.IGNORECASE)
_BEFORE_A_RECOUNT = re.compile(
    r"\b(?:initial|original|first|preliminary|provisional)\s+(?:count|tally|results?)\b|\bbefore\s+the\s+recount\b",
    re.IGNORECASE,
)
_RECOUNT_REACH = 60


_LIFE = {"living": "alive", "alive": "alive", "surviving": "alive", "dead": "dead", "deceased": "dead"}
"""Words of whether those counted live, as written ("the last 20 living Israeli hostages" / "four
dead hostages"): "living" is no rival of "lives" lost."""


def _kinds_of(text: str, value: Quantity) -> frozenset[str]:
    """The words between a count and its noun, which say what kind of it is counted ("the last
    20 living Israeli hostages": living, Israeli; "four dead hostages": dead): two counts of rival
    kinds are two counts (claims.contrasts; "300 endangered tortoises" / "260 rare tortoises" are
    one)."""
    noun = text.lower().find(value.label.lower(), value.end) if value.label else -1
    if noun < 0 or noun - value.end > _KIND_REACH:
        return frozenset()
    return frozenset(word.lower() for word in LETTERS.findall(text, value.end, noun))


_KIND_REACH = 40


def _of_what(text: str, value: Quantity) -> frozenset[str]:
    """The terms of what a count's noun is of ("counts of money laundering": money, laundering)."""
    complement = _OF_WHAT.match(text, value.end)
    return meaningful_terms(complement.group("what")) if complement else frozenset()


_OF_WHAT = re.compile(r"\s+[^\W\d_]+\s+of\s+(?P<what>(?:[^\W\d_]+[\s-]?){1,6})")


def _is_held(counted: str) -> bool:
    """Whether a count is of what one side holds or won ("42 seats", "35 points", "three gold
    medals"), which each party, team or athlete of a story has its own of; not a toll, nor a
    company's staff, which the two reports count whatever they call its owner ("Lumen" / "The
    Austin-based startup")."""
    return counted in _HELD


_HELD = frozenset(word_term(word) for word in "seat point vote goal medal title trophy".split())


def _a_turnout(reading: Reading, share: Quantity) -> bool:
    """Whether a share is a vote's turnout ("Turnout was low, at about 7% of registered voters", "fewer than 8% of the
    electorate took part", "Around 82% of voters cast ballots"; not "92% of members who cast ballots backed strikes"):
    against the share of votes cast one way ("Nearly 90% of voters backed a ban") it measures another thing."""
    start, end = _clause_around(reading, share.start)
    return _TURNOUT.search(reading.text, start, end) is not None


_TURNOUT = re.compile(
    r"\bturnout\b|\btook\s+part\b|\bparticipation\b|\bof\s+(?:the\s+)?(?:registered\s+voters|electorate|eligible\s+voters)\b"
    r"|(?<!\bwho\s)\b(?:turned\s+out|cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|went\s+to\s+the\s+polls)\b",
    re.IGNORECASE,
)


def _a_stake(share: Quantity) -> bool:
    """Whether a share is what someone owns or holds ("Nordea shareholders will own 60% of the new
    bank", "Berlin holds a 12% stake"): each holder has its own, compared only between one holder's."""
    return _STAKE_BEFORE.search(share.text, max(0, share.start - _STAKE_REACH), share.start) is not None


_STAKE_BEFORE = re.compile(
    r"\b(?:own|owns|owned|owning|hold|holds|held|holding|control|controls|controlled|controlling)\b"
    r"(?:\s+(?:a|an|the|about|around|some|roughly|nearly|almost|just|over|under|more\s+than|less\s+than))*\s*$",
    re.IGNORECASE,
)
_STAKE_REACH = 40


def _times_of_two(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether two race times are two runners' (`_held_by_two`): "Gemechu finished second in
    2:15:04" / "Chebet ... finishing in 2:09:21"."""
    return RACE_TIME in (x.label, y.label) and _held_by_two(a, x, b, y)


def _tolls_of_two_places(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether each toll is told "in" a place of its own clause, and the two places differ ("Israel's
    strikes killed more than 600 people in Iran" / "Twenty-eight people were killed in Israel"): a story
    of two countries, even its own two, tells a toll of each; or one is told across a wider area and the other of
    one country (`_ACROSS_A_WIDER_AREA`)."""
    mine, theirs = a.places_in_clause(x), b.places_in_clause(y)
    if bool(mine) and bool(theirs) and mine.isdisjoint(theirs):
        return True
    # "Floods kill four in Poland" / "Storm Boris has now caused at least 18 deaths across the region"
    wider_a, wider_b = (_ACROSS_A_WIDER_AREA.search(r.text) is not None for r in (a, b))
    if wider_a == wider_b:
        return False
    return len((b if wider_a else a).places) == 1


_ACROSS_A_WIDER_AREA = re.compile(
    r"\b(?i:across|throughout)\s+(?:the\s+)?(?:(?:wider|whole|entire)\s+)?(?:region|continent"
    r"|(?:[A-Za-z]+[\s-]+)?(?:Europe|Asia|Africa|America|Balkans|Caribbean))\b"
)
"""A toll told of a wider area than a country ("across the region", "Across central Europe"): against a toll told in
a statement naming one country, the country's part of it; not against one naming several ("killed at least seven
people in France, Belgium, Spain and the Netherlands" / "At least nine people have died as Storm Ciaran swept across
Europe")."""


def _events_apart(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether one of two tolls is told of an event of its own that the other statement does not
    name, and is smaller than the other ("Five people died when a government helicopter came down
    on a relief mission" / "Floods kill more than 300"): a part of the story's toll, no rival figure
    for it (a part larger than the whole, or a death against none, still is)."""
    for mine, value, other, whole in ((a, x, b, y), (b, y, a, x)):
        if not 0 < value.value < whole.value:
            continue
        event = _EVENT_AFTER.match(mine.text, value.end)
        terms = {t.term for t in tokenize(event.group("event")) if t.meaningful} if event else set()
        if (
            (terms and not _events_meet(terms, other.terms))
            or _a_place_of_its_own(mine, other)
            or _one_of_its_places(mine, other)
            or (
                (
                    _RUNNING_TOTAL.search(other.text) is not None
                    or (_SEASON_SO_FAR.search(other.text) is not None and _PERFECT.search(other.text) is not None)
                )
                and _RUNNING_TOTAL.search(mine.text) is None
                and _THIS_YEAR_SO_FAR.search(mine.text) is None
            )
        ):
            return True
    return False


def _events_meet(event: AbstractSet[str], told: AbstractSet[str]) -> bool:
    """Whether the other statement names the event a toll is told of: a term of it, or one it ends with ("after
    superyacht capsizes off Palermo" / "Yacht sinks off Sicily": a superyacht is a yacht)."""
    return not event.isdisjoint(told) or any(
        len(term) >= _SHORTEST_HEAD and mine.endswith(term) for mine in event for term in told
    )


_SHORTEST_HEAD = 4
"""The fewest letters a word must have to be taken as the head of a compound that ends with it ("yacht")."""


_RUNNING_TOTAL = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:the\s+(?:start|beginning)\s+of\s+(?:the\s+)?)?(?:"
    + "|".join(m for m in MONTHS if len(m) > 3)
    + r"|(?-i:May)|(?:19|20)\d\d|year|season|spring|summer|autumn|winter)\b",
    re.IGNORECASE,
)
"""A toll counted since a month, a season or a year ("Nepal's monsoon season has killed more than 150
people since June") is a running total of many events: one event's toll ("Fourteen people were
killed when a landslide ...", "Nepal landslide kills 17") is a part of it; a toll of this year or so
far is another running total ("524 deaths have been reported in Congo this year")."""
_THIS_YEAR_SO_FAR = re.compile(r"\bthis\s+(?:year|season)\b|\bso\s+far\b", re.IGNORECASE)
_SEASON_SO_FAR = re.compile(
    r"\bthis\s+(?:season|winter|summer|spring|autumn)\b|\bso\s+far\s+this\s+(?:year|season|month)\b"
    r"|\bthis\s+year\s+so\s+far\b",
    re.IGNORECASE,
)
_PERFECT = re.compile(r"\b(?:have|has)\s+(?:been\s+)?[a-z]+(?:ed|en)\b|\b(?:have|has)\s+died\b", re.IGNORECASE)
"""A toll of a season or of the year so far, told in the present perfect ("More than 20 people have
died in avalanches in the Swiss Alps this season"), is a running total too, of which one event's toll
("Avalanche kills three skiers") is a part; not a count that is the season's biggest ("The crowd of
31,000 was the biggest at Ashton Park this season")."""


def _one_of_its_places(mine: Reading, other: Reading) -> bool:
    """Whether a statement names one place and the other names it among several ("Seven people
    died in Romania" / "At least 16 people have been killed in Romania, Poland, Austria and the
    Czech Republic"): the first tells that place's part of the whole."""
    places, theirs = mine.places, other.places
    return len(places) == 1 and len(theirs) >= 2 and places < theirs


def _changed_by_a_later_day(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether two tolls are told as of two days of one week, the earlier as the count so far (it
    rose to it, or someone said it that day), and the later day's is no smaller ("The death toll
    rose to 205 on Friday" / "At least 211 people have died, officials said on Saturday"): a toll
    grows as the dead are found, so the two agree. A toll told with the day of the event ("A
    tornado tore through the town late on Friday, killing seven") is the event's. What is "still"
    so on the later day may be fewer ("more than 200,000 homes without electricity" on Wednesday /
    "Thousands of homes were still without electricity on Thursday evening"): power comes back."""
    day_a, day_b = _day_told(a), _day_told(b)
    if day_a is None or day_b is None or day_a == day_b:
        return False
    # Reports of one story come days apart, not a week: Sunday's comes before Monday's.
    a_first = (day_b - day_a) % 7 < (day_a - day_b) % 7
    (earlier, earlier_toll), (later, later_toll) = ((a, x), (b, y)) if a_first else ((b, y), (a, x))
    if _STILL.search(later.text) and later_toll.value <= earlier_toll.value:
        return True
    return _SO_FAR.search(earlier.text) is not None and later_toll.value >= earlier_toll.value


_STILL = re.compile(r"\b(?:still|remained|remain|remains)\b", re.IGNORECASE)
"""What is told as lasting to a later day: what is left of it."""
_DAY_FROM_ANOTHER = re.compile(
    r"\b(?:a|one|two|three|four|five|\d)\s+days?\s+(?:earlier|later|before|after)\b"
    r"|\bthe\s+(?:day|night)\s+before\b|\bthe\s+(?:previous|next|following)\s+(?:day|night|morning|evening)\b",
    re.IGNORECASE,
)


def day_told_from_another(reading: Reading) -> bool:
    """Whether a statement tells a day counted from the one it names ("ordered to leave on Monday
    as a fire that started a day earlier"): the weekday named is not every event's it tells. A
    date named keeps its event ("discovered the breach on March 3 and informed the authority the
    next day")."""
    return _DAY_FROM_ANOTHER.search(reading.text) is not None


_SO_FAR = re.compile(
    r"\b(?:rose|risen|climbed|reached|increased|stood)\b|\b(?:said|reported|announced|confirmed)\s+on\s+[A-Z]",
    re.IGNORECASE,
)
"""A toll told as the count so far: it rose to it, or someone gave it on a day."""


def _two_days(a: Reading, b: Reading) -> bool:
    """Whether each statement names one day of the week and the days differ: a rating (a storm's
    category, an alert's level) changes from day to day, and so do shares."""
    day_a, day_b = _day_told(a), _day_told(b)
    return day_a is not None and day_b is not None and day_a != day_b


def _day_told(reading: Reading) -> int | None:
    """The one day of the week a statement names, if it names one."""
    days = {q.value for q in reading.values.quantities if q.kind is Kind.WEEKDAY}
    return int(next(iter(days))) if len(days) == 1 else None


def _a_place_of_its_own(mine: Reading, other: Reading) -> bool:
    """Whether a statement opens on a named place ("In Paiporta, a town south of Valencia, 45
    people were killed"; "The town of Paiporta, where at least 62 people died, ..."; "In Buncombe County
    alone, 30 people died"), or names a county, a province or the like anywhere ("At least 40 people died
    in Buncombe County"), a place with a clause of its own ("in Uttar Pradesh, where 17 workers died") or one its
    tellers are in, the count told "there" ("Officials in Bihar said 10 workers had died there"), that the other does
    not name, nor the story as a whole: what it tells is that place's part of the story."""
    place = (
        _OPENING_PLACE.match(mine.text)
        or _A_PART_OF_A_COUNTRY.search(mine.text)
        or _A_PLACE_WHERE.search(mine.text)
        or _THERE_AFTER_A_PLACE.search(mine.text)
    )
    if place is None:
        return False
    terms = {t.term for t in tokenize(place.group("place")) if t.meaningful}
    return bool(terms) and terms.isdisjoint(other.terms) and terms.isdisjoint(mine.main_places or frozenset())


_OPENING_PLACE = re.compile(
    r"(?:In|At|The\s+(?:town|city|village|district|province|region)\s+of)\s+"
    r"(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)*)(?:\s+alone)?,"
)
"""A statement's opening on a place: "In Paiporta, ...", "The town of Paiporta, where ...", "In Buncombe County
alone, ..."."""
_A_PART_OF_A_COUNTRY = re.compile(
    r"\bin\s+(?P<place>(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:County|Province|District|Prefecture|Parish|Governorate))\b"
)
"""A place named as a part of a country ("in Buncombe County", "in Hualien County", "in Idlib Province")."""
_A_PLACE_WHERE = re.compile(r"\bin\s+(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2}),\s+where\b")
"""A place a count is told of in a clause of its own ("Most of the deaths were in Uttar Pradesh, where 17 workers
died")."""
_THERE_AFTER_A_PLACE = re.compile(
    r"\b(?:[Oo]fficials|[Aa]uthorities|[Pp]olice)\s+in\s+(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+){0,2})"
    r"\s+(?:said|say|reported)\b[^.;]*\bthere\b"
)
"""A place named by who tells of it, the count told "there" ("Officials in Bihar said 10 workers had died there")."""


_EVENT_AFTER = re.compile(
    r"[^,;.]{0,40}?(?<!\bdays\s)(?<!\bhours\s)(?<!\bweeks\s)\b(?:when|after)\s+(?P<event>[^,;.]+)", re.IGNORECASE
)
"""The event a toll is told of, in the clause that gives it ("... died when a helicopter came down");
not the days or hours after the story's own ("killed in the days after the city fell")."""


def _held_by_two(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether the names that say whose each count is have none in common ("Junts ... came second
    with 35 seats" / "Illa's Socialists came first with 42 seats"); a count whose clause names no
    one ("The party won 42 seats") may be anyone's (and a name in a clause need not be its
    owner's: "passed the Senate by three votes", so one named owner alone sets none apart)."""
    mine, theirs = _owners(a, x), _owners(b, y)
    return bool(mine and theirs) and mine.isdisjoint(theirs)


HELD_SCORE = 0.2
"""A count held by someone named against one whose clause names no one ("Chega ... took 12 seats"
/ "The party won 108 of the 230 seats") is compared only from this score: the party may be any."""


def _held_alike(a: Reading, x: Quantity, b: Reading, y: Quantity, score: float) -> bool:
    """Whether two counts held by someone may be one holder's: both name the same one, or neither
    does, or the statements are close enough (HELD_SCORE) to tell of one holder."""
    return score >= HELD_SCORE or bool(_owners(a, x)) == bool(_owners(b, y))


def _owners(reading: Reading, value: Quantity) -> frozenset[str]:
    """The names written in a count's clause before it, or, in a clause with no subject of its own
    ("..., taking 42 of the 135 seats"), in the statement's opening part."""
    clause_start, _, opening = clause_of(reading.text, value.start, value.end)
    spans = ((clause_start, value.start), (0, opening))
    return frozenset(
        token.term
        for token, start, end in reading.spans
        if _names_someone(token, start, reading) and any(first <= start and end <= last for first, last in spans)
    )


def _names_someone(token: Token, start: int, reading: Reading) -> bool:
    """Whether a word written at `start` names someone: a name its article writes only so, or a
    word no dictionary knows opening the statement ("Junts"; not "Rescuers", nor "Sunday"); not a
    place ("Italian rescuers" are rescuers)."""
    if token.surface in TIME_WORDS or not token.meaningful or token.is_place:
        return False
    return token.term in reading.names or (token.capitalized and start == 0 and token.zipf == 0.0)


def _closest_disagreement(pairs: list[tuple[Quantity, Quantity]]) -> list[tuple[Quantity, Quantity]]:
    """The closest of the pairs whose values both go unmatched: each value that agrees with one
    of the other's is matched, and what is left must still agree ("$240,000 ... for contracts
    worth $12 million" / "$420,000 ... for contracts worth about $12 million" agree on the
    contracts, not on the bribes). Of pairs equally close, the one whose words meet most ("4.1%
    in September from 4.3% in August" / "4.2% in September": 4.1 against 4.2)."""
    if not pairs:
        return []
    matched = {id(value) for x, y in pairs if x.agrees(y) for value in (x, y)}
    left = [(x, y) for x, y in pairs if id(x) not in matched and id(y) not in matched]
    if not left:
        return []
    closest = min(round(abs(x.value - y.value), 9) for x, y in left)
    tied = [(x, y) for x, y in left if round(abs(x.value - y.value), 9) == closest]
    return [tied[0] if len(tied) == 1 else max(tied, key=lambda p: len(p[0].context & p[1].context))]


def _parts_and_wholes(a: Reading, b: Reading) -> list[tuple[Quantity, Quantity]]:
    """Sums one gives as a part ("$1.2 billion in cash") and the other as the whole ("$950
    million in cash and stock"), each pair in a's order."""
    found: list[tuple[Quantity, Quantity]] = []
    for mine, theirs, flip in ((a, b, False), (b, a, True)):
        for (kind, unit), parts in mine.by_thing.items():
            whole = theirs.by_thing.get((kind, unit.split()[0])) if _is_part(kind, unit) else None
            for x in parts:
                found.extend((y, x) if flip else (x, y) for y in whole or ())
    return found


def _is_part(kind: Kind, unit: str) -> bool:
    return kind is Kind.MONEY and unit.partition(" ")[2] in _PARTS


_PARTS = ("cash", "stock", "shares")
_PART_HINTS = frozenset(word_term(part) for part in _PARTS)
"""A sum given as a part names it next to its number (Reading.hints)."""


def part_short_of_whole(a: Reading, b: Reading) -> bool:
    """Whether one gives a part of a sum that falls short of the other's whole ("agreed to buy
    Zeta for $2.1 billion in cash" / "will pay $2.4 billion in cash and stock"), or the toll of
    one of the other's places (`_toll_of_one_of_its_places`) or of a group among all it counts
    (`_toll_of_a_group_against_all`): no contradiction, but not one claim either."""
    if _toll_of_one_of_its_places(a, b) or _toll_of_one_of_its_places(b, a):
        return True
    if _toll_of_a_group_against_all(a, b):
        return True
    if _PART_HINTS.isdisjoint(a.hints | b.hints):
        return False
    return any(comparable(x, y) and not x.agrees(y) for x, y in _parts_and_wholes(a, b))


def _toll_of_a_group_against_all(a: Reading, b: Reading) -> bool:
    """Whether one counts a group among those a toll counts, fewer than the other counts in all
    ("hundreds of Alawite civilians killed" / "More than 1,000 killed", `_of_a_group`)."""
    for key in a.by_thing.keys() & b.by_thing.keys():
        if key[0] is not Kind.COUNT or key[1] not in TALLIES:
            continue
        for x in a.by_thing[key]:
            for y in b.by_thing[key]:
                group_x, group_y = _of_a_group(a.text, x), _of_a_group(b.text, y)
                if group_x != group_y and not x.agrees(y) and (x.value < y.value) == group_x:
                    return True
    return False


def _toll_of_one_of_its_places(mine: Reading, other: Reading) -> bool:
    """Whether one gives a toll of one place the other names among several, and the two tolls
    cannot be the same ("Cyclone Remal hits Bangladesh, 10 dead" / "At least 16 people have died in
    Bangladesh and India"): that place's part of the whole, another figure than the whole's."""
    if not (mine.numeric and other.numeric) or not _one_of_its_places(mine, other):
        return False
    return any(
        not x.agrees(y)
        for key in mine.by_thing.keys() & other.by_thing.keys()
        if key[0] is Kind.COUNT and key[1] in TALLIES
        for x in mine.by_thing[key]
        for y in other.by_thing[key]
    )


def _part_exceeds(x: Quantity, y: Quantity) -> bool:
    """Whether the part of a sum is more than the whole can hold."""
    part, whole = (x, y) if _is_part(x.kind, x.unit) else (y, x)
    return (
        whole.bound in (Bound.EXACT, Bound.AT_MOST, Bound.UP_TO) and not part.agrees(whole) and part.value > whole.value
    )


def _frame_through(reading: Reading, value: Quantity) -> frozenset[str]:
    """The frame of time a value is given in: what the statement says up to the end of the
    value's clause. A time in a later clause is another step of the story ("Morrow, who played
    ... for six seasons, is due to begin filming next month"); one before it sets the scene of
    the whole ("In 2004, a tsunami killed 170,000 people"), and so does a time that closes the
    sentence after a comma ("some 2 million died in the latest war, from 1983-2005")."""
    end = _clause_around(reading, value.start)[1]
    if _CLOSING_TIME.match(reading.text, end):
        end = len(reading.text)
    return reading.frame_until(end)


_CLOSING_TIME = re.compile(r"[\s,]*(?:from|in|on|since|during|between|until|by)\s[^,;]*\b\d{4}\b[^,;]*$", re.I)
"""A phrase of time alone after a value's clause, ending the sentence."""


_SAME_EVENT_KINDS = frozenset((Kind.DATE, Kind.WEEKDAY, Kind.DURATION, Kind.MOMENT))
"""Days, dates and durations differ between any two events of a story: compared only between
statements that tell of the same one."""
_DAYS = frozenset((Kind.DATE, Kind.WEEKDAY))
_DEATH = word_term("died")


def _one_death(a: Reading, b: Reading) -> bool:
    """Whether both tell of one death, which has one day ("He died peacefully in his sleep at
    his home in Bath on Tuesday" / "Binns died on Monday at the Royal United Hospital"): both
    say someone died, and neither counts the dead (a toll, whose deaths may fall on many days)."""
    if _DEATH not in a.terms or _DEATH not in b.terms:
        return False
    return not any(key[0] is Kind.COUNT and key[1] == "dead" for key in (*a.by_thing, *b.by_thing))


def _lasting_one_thing(a: Reading, b: Reading, x: Quantity, y: Quantity) -> bool:
    """Whether two durations are told of one thing, however little else the statements share:
    a word next to each is the same, and nothing is counted in either ("freed in Mali after
    three weeks" / "has been freed after 26 days in captivity", "The strike will last 48 hours"
    / "London nurses begin 24-hour strike"; not "Two people died within a week" / "Three died
    within a day", nor "quits after 14 years" / "a two-year extension"), and they are of one
    order (not "came back with the sentence after 30 minutes" / "a 20-year sentence"). Two deadlines
    for one deed are one thing whatever else is counted (`one_deadline`)."""
    if one_deadline(a, b, x, y):
        return True
    if _one_length_whenever_told(x, y):
        return True  # "ending her six-year tenure", "on a two-year deal": one length, whatever else is counted
    if any(key[0] is Kind.COUNT for key in (*a.by_thing, *b.by_thing)):
        return False
    if max(x.value, y.value) > DURATION_ORDER * min(x.value, y.value):
        return False
    shared = _terms_beside(a, x) & _terms_beside(b, y)
    if _told_as_lasting(a, x) and _told_as_lasting(b, y):
        # "The eruption lasted several hours" / "The eruption continued for more than two days": what lasted is
        # what each clause is about
        shared |= meaningful_terms(a.text[slice(*_clause_around(a, x.start))]) & meaningful_terms(
            b.text[slice(*_clause_around(b, y.start))]
        )
    return bool(shared - a.names - b.names - UNIT_TERMS - _TIME_UNITS - SAYING)


def _a_total_of_many(reading: Reading, value: Quantity) -> bool:
    """Whether a duration is told as the sum of many stays or spells ("has now spent more than 600 days in space over
    her career", "120 days in orbit in total"): against one stay ("had been due to spend only eight days in space")
    it tells another thing."""
    return _TOTAL_OF_MANY.search(reading.text, value.end, _clause_around(reading, value.start)[1]) is not None


_TOTAL_OF_MANY = re.compile(
    r"\b(?:over|during|in|across|throughout)\s+(?:his|her|their|its)\s+(?:whole\s+|entire\s+)?(?:careers?|lifetimes?)\b"
    r"|\bin\s+(?:total|all)\b|\bcumulative(?:ly)?\b|\baltogether\b",
    re.IGNORECASE,
)


def _told_as_lasting(reading: Reading, value: Quantity) -> bool:
    """Whether a duration follows a verb of lasting ("lasted several hours", "continued for more than two
    days", "raged for a week")."""
    return _LASTED_BEFORE.search(reading.text, max(0, value.start - DURATION_REACH), value.start) is not None


_LASTED_BEFORE = re.compile(
    r"\b(?:lasted|lasts|lasting|continued|continues|went\s+on|goes\s+on|raged|rages|persisted|persists|took|takes"
    r"|(?:was|were|is)\s+over\s+(?:in|within|after))"
    r"(?:\s+for)?\s+(?:(?:about|around|nearly|almost|more\s+than|less\s+than|over|under|just|some|only)\s+)*$",
    re.IGNORECASE,
)
_TIME_TAKEN_TO = re.compile(r"\s+to\s+[a-z]", re.IGNORECASE)
"""After a time taken, what it took to do ("took two hours to arrive"): how long that took, not the event."""


def lengths_told(reading: Reading) -> list[Quantity]:
    """The durations a statement tells its event lasted ("The raid took less than ten minutes", "The robbery lasted
    about seven minutes", "The final was over in 57 minutes"): a length a story has one of."""
    if reading.words.isdisjoint(_LASTING_WORDS):
        return []
    return [
        value
        for key, values in reading.by_thing.items()
        if key[0] is Kind.DURATION
        for value in values
        if _told_as_lasting(reading, value) and not _TIME_TAKEN_TO.match(reading.text, value.end)
    ]


_LASTING_WORDS = frozenset(
    "lasted lasts lasting continued continues went goes raged rages persisted persists took takes over".split()
)


def _one_length_whenever_told(x: Quantity, y: Quantity) -> bool:
    """Whether both durations are a contract's length, one fact of it whenever each statement says it
    was signed ("appointed in June on a three-year contract" / "joined last summer on a two-year deal"),
    or both the time someone has led a body, whatever else each tells in a year of its own ("led the
    orchestra for eight years and took it on its first tour of Japan in 2023" / "had been in charge of the
    orchestra for six years")."""
    return (CONTRACT in x.context and CONTRACT in y.context) or (TENURE in x.context and TENURE in y.context)


def one_deadline(a: Reading, b: Reading, x: Quantity | None = None, y: Quantity | None = None) -> bool:
    """Whether two statements each tell the story's deadline for one deed (claims.deadlines: "has
    six months to change its rules" / "must end the practice within 90 days"), as `x` and `y` when
    given: a ruling sets one, however little else they share. Two bans are one when both name one
    person or body beyond the story's places: a story may tell of several banned."""
    told_a, told_b = a.deadline, b.deadline
    return (
        told_a is not None
        and told_b is not None
        and told_a[0] == told_b[0]
        and (x is None or told_a[1].start == x.start)
        and (y is None or told_b[1].start == y.start)
        and (told_a[0] != BAN or not (a.names & b.names) <= (a.main_places or frozenset()))
    )


_TIME_UNITS = frozenset(word_term(unit) for unit in UNITS_OF_TIME)
DURATION_ORDER = 10
"""Two reports of one duration differ by less than this factor ("three weeks" / "26 days")."""
DURATION_REACH = 25
"""Characters either side of a duration in which what lasted is looked for ("was released on
Friday after three weeks", "a 20-year sentence")."""


def _now_and_to_come(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether one count is told as so already and the other as to come ("Solent already employs
    1,500 people in Dresden" / "a new plant in Dresden that will employ around 2,000 people"): two
    times, not one count given differently."""
    said_now = [_NOW.search(r.text, *_clause_around(r, q.start)) is not None for r, q in ((a, x), (b, y))]
    to_come = [_TO_COME.search(r.text, *_clause_around(r, q.start)) is not None for r, q in ((a, x), (b, y))]
    return (said_now[0] and to_come[1] and not to_come[0]) or (said_now[1] and to_come[0] and not to_come[1])


def _part_of_a_sum(reading: Reading, value: Quantity) -> bool:
    """Whether a sum is told as a part of a larger one ("The fine includes £104.5 million for failures ...", "About £18
    million of the fine relates to dividend payments"): against the whole ("has been fined £122.7 million") it is no
    rival figure."""
    if value.kind is not Kind.MONEY:
        return False
    start, end = _clause_around(reading, value.start)
    return (
        _INCLUDES_BEFORE.search(reading.text, start, value.start) is not None
        or _OF_THE_WHOLE_AFTER.match(reading.text, value.end, end) is not None
    )


_INCLUDES_BEFORE = re.compile(
    r"\b(?:includes?|included|including|of\s+which)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?\S{0,3}$",
    re.IGNORECASE,
)
_OF_THE_WHOLE_AFTER = re.compile(
    r"\s*(?:million|billion|bn|m)?\s+of\s+the\s+(?:fine|total|sum|penalty|amount|package|bill|payment|settlement)\b",
    re.IGNORECASE,
)


def _aimed_at(reading: Reading, value: Quantity) -> bool:
    """Whether a value is a level a plan or a request aims at ("had sought approval to lift its stake as high as
    29.9%", "plans to raise its stake to 29.9%"): against a level reached ("has increased its stake to about 21%")
    it tells another time of one holding, not the level told apart."""
    start = _clause_around(reading, value.start)[0]
    return _AIMED_AT.search(reading.text, start, value.start) is not None


_AIMED_AT = re.compile(
    r"\b(?:plans?|planned|planning|aims?|aimed|aiming|seeks?|sought|seeking|intends?|intended|wants?|hopes?|"
    r"permission|approval|authori[sz]ation|clearance|go-ahead)\b[^.;]{0,30}?\bto\s+"
    r"(?:raise|lift|increase|boost|take|bring|expand|cut|reduce|lower)\b[^.;]{0,40}?"
    r"\b(?:to|as\s+(?:high|low|much|many)\s+as)(?:\s+up\s+to)?\s+(?:about\s+|around\s+|roughly\s+)?[^\s\d]{0,3}$",
    re.IGNORECASE,
)


def _freed_against_still_held(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether one count is of those freed and the other of those still held ("Belarus frees 14
    political prisoners" / "about 1,150 political prisoners remain behind bars"): two groups. A toll
    is counted by its fate already ("all 32 crew members were rescued": none missing / "four are
    still missing")."""
    if x.unit in TALLIES:
        return False
    freed = [_FREED.search(r.text, *_beside(r, q, FATE_REACH)) is not None for r, q in ((a, x), (b, y))]
    held = [_STILL_HELD.search(r.text, *_beside(r, q, FATE_REACH)) is not None for r, q in ((a, x), (b, y))]
    return (freed[0] and held[1] and not held[0]) or (freed[1] and held[0] and not held[1])


def _beside(reading: Reading, value: Quantity, reach: int) -> tuple[int, int]:
    """Where the words next to a value are: within `reach` characters of it, inside its clause."""
    start, end = _clause_around(reading, value.start)
    return max(start, value.start - reach), min(end, value.end + reach)


_FREED = re.compile(r"\b(?:free[sd]?|freeing|releas(?:e|es|ed|ing)|pardon(?:s|ed|ing)?|rescued)\b", re.IGNORECASE)
_STILL_HELD = re.compile(
    r"\b(?:remain(?:s|ed|ing)?\s+(?:behind\s+bars|in\s+(?:jail|prison|custody|detention|captivity)|held|detained"
    r"|imprisoned|trapped|missing)|still\s+(?:holds?|held|detains?|detained|trapped|missing|in\s+(?:jail|prison|custody)))\b",
    re.IGNORECASE,
)
"""Those still held, trapped or missing, told as such: "remain behind bars", "still holds", "remain trapped"."""
FATE_REACH = 40
"""How far from a count the words telling what befell those counted may stand."""


def _move_against_level(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether one count is how much something moved and the other where it stood ("The fall, of 4,451
    points, was the largest" / "The index closed at 31,458 points"): a move is no rival figure for a level."""
    moved = [
        _MOVE_OF_BEFORE.search(r.text, max(0, q.start - _MOVE_REACH), q.start) is not None for r, q in ((a, x), (b, y))
    ]
    return moved[0] != moved[1]


_GAINED_OR_LOST = frozenset(("gained", "gains", "lost"))
_MOVE_OF_BEFORE = re.compile(
    r"\b(?:(?:fall|drop|decline|rise|gain|increase|decrease|jump|slide|plunge)s?\s*,?\s+of"
    r"|(?:" + "|".join(move for move in MOVES if move not in _GAINED_OR_LOST) + r")(?:\s+by)?)"
    r"\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
"""A count told as a move: "a fall of 4,451 points", "dropped 1,200 points", "rose by 300" (not "rose to 300");
"lost 2 million subscribers" counts what was lost, as "added 1.5 million" counts what was added."""
_MOVE_REACH = 40


def _fleet_against_order(a: Reading, x: Quantity, b: Reading, y: Quantity) -> bool:
    """Whether one count is the size of a fleet and the other what is ordered or bought ("IndiGo
    orders 500 Airbus jets" / "IndiGo ... has a fleet of about 300 planes"): what an owner holds
    against what it adds to it, two counts of one kind of thing."""
    fleets = [
        _FLEET_BEFORE.search(r.text, max(0, q.start - _ORDERED_REACH), q.start) is not None
        or _FLEET_AFTER.match(r.text, q.end) is not None
        for r, q in ((a, x), (b, y))
    ]
    ordered = [
        _ORDERED_BEFORE.search(r.text, max(0, q.start - _ORDERED_REACH), q.start) is not None
        for r, q in ((a, x), (b, y))
    ]
    return fleets[0] != fleets[1] and (ordered[1] if fleets[0] else ordered[0])


_FLEET_BEFORE = re.compile(
    r"\bfleets?\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than)\s+)?$", re.IGNORECASE
)
_FLEET_AFTER = re.compile(
    r"(?:[\s-]+strong)?\s+fleet\b|(?:\s+[\w-]+){1,2}\s+in\s+(?:its|their|the)\s+fleet\b", re.IGNORECASE
)
"""A count told as a fleet's size: "a fleet of about 300 planes", "a 300-strong fleet", "400 aircraft in its fleet"."""
_ORDERED_BEFORE = re.compile(
    r"\b(?:orders?|ordered|ordering|buys?|buying|bought|purchases?|purchased|purchasing|acquires?|acquired|acquiring)\b"
    r"[^.;,]*$",
    re.IGNORECASE,
)
_ORDERED_REACH = 40
_NOW = re.compile(r"\b(?:already|currently|at\s+present)\b", re.IGNORECASE)
_TO_COME = re.compile(r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to|expected\s+to)\b", re.IGNORECASE)


def _averaged(reading: Reading, value: Quantity) -> bool:
    """Whether a temperature is told as an average ("with temperatures averaging 23.6 degrees Celsius",
    "an average temperature of 23.6C"), compared only with another average, not with one reading ("A
    temperature of 46C was recorded"). Other figures named for what they average ("Average wages grew
    by 5.6%" / "Wage growth slowed to 5.1%") are one statistic however each is worded."""
    if value.kind is not Kind.TEMPERATURE or ("averag" not in reading.lower and "mean" not in reading.words):
        return False
    start, end = _clause_around(reading, value.start)
    return _AVERAGE.search(reading.text, max(start, value.start - AVERAGE_REACH), min(end, value.end + 12)) is not None


_AVERAGE = re.compile(r"\b(?:averag\w*|mean)\b", re.IGNORECASE)
AVERAGE_REACH = 40
"""Characters before a value in which its clause may say it is an average ("an average temperature of 23.6C")."""


def _clause_around(reading: Reading, position: int) -> tuple[int, int]:
    """Where the clause a position of the statement is in starts and ends (the whole statement
    when no clause holds it)."""
    return next(((s, e) for s, e in reading.clause_spans if s <= position < e), (0, len(reading.text)))


def _terms_beside(reading: Reading, value: Quantity) -> frozenset[str]:
    """The terms written within DURATION_REACH of a value, inside its clause."""
    start, end = _beside(reading, value, DURATION_REACH)
    text = reading.text[start:end]
    return meaningful_terms(text)


_TOLD_ON = re.compile(
    r"\b(?:said|says|told|announced|reported|published|confirmed|stated|added|wrote|tweeted|showed|shows)"
    r"(?:\s+(?:by|to)\s+[^,;.]{0,30}?|\s+[^\W\d_]+){0,1}\s+on\s+$",
    re.IGNORECASE,
)
"""Before a day, the telling of something: "Figures published by the Home Office on Sunday",
"police said on Monday", "preliminary results showed on Monday" (the count of Sunday's vote)."""


def _days_of_events(reading: Reading, days: list[Quantity]) -> list[Quantity]:
    """The days on which something happened, not the days it was told on ("1,305 people crossed
    on Saturday" / "Figures published by the Home Office on Sunday show that 1,305 people made
    the crossing"), nor the day of a level it moved from ("up from 146 on Friday"), nor of an
    event it happened after ("after a section of the fuselage blew out on Friday night"), nor of one an aside tells
    had happened before ("The bus, which had left Lima on Sunday evening, ...")."""
    return [
        day
        for day in days
        if not _TOLD_ON.search(reading.text, max(0, day.start - 60), day.start)
        and not _BASE_DAY.search(reading.text, max(0, day.start - 30), day.start)
        and not _AFTER_AN_EVENT.search(reading.text, max(0, day.start - _AFTER_REACH), day.start)
        and not _AN_EARLIER_DEED.search(reading.text, max(0, day.start - _AFTER_REACH), day.start)
    ]


_AN_EARLIER_DEED = re.compile(r",\s+(?:which|who|that)\s+had\s+[^,;.]*$", re.IGNORECASE)
"""Before a day, an aside telling what had happened before the story ("The bus, which had left Lima on Sunday
evening, was heading to Ayacucho"): the day of the leaving, not of the crash."""


def _days_of_one_telling(
    a: Reading, mine: list[Quantity], b: Reading, theirs: list[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """Of the days each gives, those told as the other's are: a day something was moved to ("The men's
    triathlon has been moved to Wednesday") is compared only with another such day, not with the day
    it was moved on ("was postponed on Tuesday"); the day of an order ("ordered the suspension of X in Brazil on
    Friday") only with another order's, not with the day it was carried out ("X was blocked in Brazil on Saturday
    ..., as ordered by ...")."""
    told_a, told_b = [_day_told_as(a, day) for day in mine], [_day_told_as(b, day) for day in theirs]
    return (
        [day for day, told in zip(mine, told_a, strict=True) if told in told_b],
        [day for day, told in zip(theirs, told_b, strict=True) if told in told_a],
    )


def _day_told_as(reading: Reading, day: Quantity) -> str:
    """What a day is told as: one something was moved to, one an order was given on, or (empty) the day of a deed."""
    if _MOVED_TO.search(reading.text, max(0, day.start - _MOVED_REACH), day.start):
        return "moved to"
    if "ordered" in reading.words and _ORDERED_ON.search(reading.text, max(0, day.start - _MOVED_REACH), day.start):
        return "ordered"
    return ""


_ORDERED_ON = re.compile(r"\bordered\b(?!\s+by\b)[^,;.]*$", re.IGNORECASE)
"""Before a day in its clause, that an order was given on it ("ordered the suspension of X in Brazil on Friday")."""


_MOVED_TO = re.compile(
    r"\b(?:mov(?:e|ed|es|ing)|postpon(?:e|ed|es|ing)|push(?:ed|es|ing)?\s+back|put(?:s|ting)?\s+(?:back|off)"
    r"|delay(?:ed|s|ing)?|reschedul(?:e|ed|es|ing)|br(?:ing|ings|ought)\s+forward|switch(?:ed|es|ing)?)"
    r"(?:,?\s+[\w'\u2019-]+){0,12}?,?\s+(?:to|until|till|for)\s+(?:next\s+|this\s+)?$",
    re.IGNORECASE,
)
"""Before a day, that something was moved to it ("has been moved to Wednesday", "agreed to delay the
bribery trial of the city's former mayor, Rui Sampaio, until March 19"): the day it now happens on,
not the day of the news."""
_MOVED_REACH = 120


_AFTER_AN_EVENT = re.compile(r"\bafter\s+(?:a|an|the|its|his|her|their|he|she|they|it)\s[^,;.]*$", re.IGNORECASE)
"""Before a day, an earlier event its statement tells its own after ("grounded its fleet of 65 jets
after a section of the fuselage blew out on Friday night", "died three days after he was beaten
during a traffic stop on January 7"): the day of that event, not of the news."""
_AFTER_REACH = 80


_BASE_DAY = re.compile(r"\bfrom\s+[\d,.]+%?(?:\s+[a-z]+)?\s+(?:on|last)\s+$", re.IGNORECASE)
"""Before a day, the level a count moved from ("has grown to 159 cases ..., up from 146 on Friday"):
the day of the earlier figure, not of the news."""


def tells_a_day_of_death(reading: Reading) -> bool:
    """Whether a statement tells the day someone died ("She died ... on Thursday", "passed away on
    Wednesday"): one fact of the story, which two reports may word with nothing else in common."""
    if _DEATH not in reading.terms or reading.words.isdisjoint(_DAY_WORDS):
        return False  # most statements name no death, or no day: their values need no reading
    if any(key == (Kind.COUNT, "dead") for key in reading.by_thing):
        return False
    days = [q for q in reading.values.quantities if q.kind in _DAYS]
    return bool(days) and bool(_day_of_death(reading, days))


_DAY_WORDS = WEEKDAYS | MONTHS.keys()


def _day_of_death(reading: Reading, days: list[Quantity]) -> list[Quantity]:
    """The days told in the clause that tells the death, or in the places and times set after it
    ("She died at her home in Santa Barbara, California, on Thursday"; not "..., his family said
    on Wednesday")."""
    clauses = []
    telling = False
    for span, tokens in zip(reading.clause_spans, reading.clause_tokens, strict=True):
        telling = any(t.term == _DEATH for t in tokens) or (telling and all(map(_where_or_when, tokens)))
        if telling:
            clauses.append(span)
    return [
        day
        for day in days
        if any(start <= day.start < end for start, end in clauses)
        and not _SAID_ON.search(reading.text, max(0, day.start - _SAID_ON_REACH), day.start)
    ]


_SAID_ON = re.compile(
    r"\b(?:said|says|told\s+[\w-]+|announced|reported|confirmed|added|stated)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$",
    re.IGNORECASE,
)
"""Before a day, that it is the day something was said ("Police said on Tuesday they had found no
evidence of foul play in the death of ..."), not the day of the death."""
_SAID_ON_REACH = 30


def _where_or_when(token: Token) -> bool:
    """Whether a word only says where or when ("California", "on Thursday"): a place, a name (of
    a place), a word of time or a function word."""
    return token.surface in TIME_WORDS or not token.meaningful or token.is_place or token.capitalized


def sums_left_apart(a: Reading, b: Reading) -> bool:
    """Whether each gives a sum in one currency that no sum of the other agrees with, whatever
    else they agree on ("Quinn took $240,000 in cash and gifts in exchange for city contracts worth
    $12 million" / "Quinn received $420,000 in bribes for contracts worth about $12 million"): two
    sums where one claim has one, however differently their words tell what each is of; not a
    change against a level ("by 2 euros" / "up from 10.99 euros"), nor a ticket against a budget."""
    if not (a.numeric and b.numeric):
        return False
    sums_a = [q for q in a.values.quantities if q.kind is Kind.MONEY]
    sums_b = [q for q in b.values.quantities if q.kind is Kind.MONEY]
    alone_a = [x for x in sums_a if not any(x.unit == y.unit and x.agrees(y) for y in sums_b)]
    alone_b = [y for y in sums_b if not any(x.unit == y.unit and x.agrees(y) for x in sums_a)]
    return any(
        x.unit == y.unit and x.relative == y.relative and moved_alike(x, y) and not orders_apart(x.value, y.value)
        for x in alone_a
        for y in alone_b
    )


def _other_years(a: Reading, b: Reading) -> bool:
    """Both name years and none in common: "a 2013 quake" and "the 2004 tsunami" are two events;
    or one names a year only as another event's and the other a day of the week, the story's own
    days ("The 2023 earthquakes killed more than 53,000 people" / "An earthquake ... late on
    Saturday, leaving 11 people dead")."""
    years_a, years_b = a.values.years, b.values.years
    if years_a and years_b:
        return not years_a & years_b
    one, other = (a, b) if years_a else (b, a)
    return bool(years_a or years_b) and _names_another_event(one) and _told_by_weekday(other)


def _names_another_event(reading: Reading) -> bool:
    """Whether a statement tells of an event named by its year ("The 2023 earthquakes killed
    ...", "since the 2004 tsunami"), on no day of the story's week."""
    return _YEAR_OF_EVENT.search(reading.text) is not None and not _told_by_weekday(reading)


_YEAR_OF_EVENT = re.compile(r"\bthe\s+(?:1[89]\d\d|20\d\d)\s+(?-i:[a-z])", re.IGNORECASE)


def _told_by_weekday(reading: Reading) -> bool:
    """Whether a statement sets what it says on a day of the week: this story's days."""
    return any(q.kind is Kind.WEEKDAY for q in reading.values.quantities)


def scoped_counts_differ(a: Reading, b: Reading) -> bool:
    """Counts of one thing, one of them only in a district ("killing 12 workers" in "the Ikeja
    district", "15 dead"), that differ: a part against the whole, or a contradiction; which, the
    words cannot tell, but either way not one claim."""
    if not (a.numeric and b.numeric) or not a.hints & b.hints:
        return False
    counts_a, counts_b = _counts_by_thing(a), _counts_by_thing(b)
    for thing in counts_a.keys() & counts_b.keys():
        pairs = [(x, y) for x in counts_a[thing] for y in counts_b[thing]]
        if any(x.scoped or y.scoped for x, y in pairs) and not any(x.agrees(y) for x, y in pairs):
            return True
    return False


def tolls_of_a_place_both_name(a: Reading, b: Reading) -> list[tuple[Quantity, Quantity]]:
    """Tolls, one told of a district the other statement names too, the other of no district, that
    differ ("killing 14 people in Hualien county" / "At least 17 people died in Taiwan when a lake burst in
    Hualien"): both are the district's, and the words tell a contradiction, not a part."""
    if not (a.numeric and b.numeric):
        return []
    found: list[tuple[Quantity, Quantity]] = []
    counts_a, counts_b = _counts_by_thing(a), _counts_by_thing(b)
    for thing in (counts_a.keys() & counts_b.keys()) & TALLIES:
        for x in counts_a[thing]:
            for y in counts_b[thing]:
                scoped, other = (x, b) if x.scoped else (y, a)
                if x.scoped == y.scoped or x.agrees(y):
                    continue
                place = scoped.unit.split(SCOPE_MARK)[1].split()
                if place and all(word in other.words for word in place):
                    found.append((x, y))
    return found


def _counts_by_thing(reading: Reading) -> dict[str, list[Quantity]]:
    counts: dict[str, list[Quantity]] = {}
    for quantity in reading.values.quantities:
        if quantity.kind is Kind.COUNT:
            counts.setdefault(quantity.counted, []).append(quantity)
    return counts


def agreeing_values(a: Reading, b: Reading) -> tuple[Quantity, Quantity] | None:
    """Two values, one of each, given for the same counted or measured thing, how long it lasted
    too ("a three-day walkout" / "for three days"; not a day, a moment of a match or an age), in
    one frame of time or told without one: the most telling pair first (`told_tellingly`)."""
    return max(_agreeing_pairs(a, b), key=told_tellingly, default=None)


def telling_agreements(a: Reading, b: Reading) -> int:
    """How many figures, each told precisely, both give alike, a split counting two ("207 voted in
    favour, while 394 voted against" / "won the support of 207 ..., with 394 against": two)."""
    alike = {(x.kind, x.value) for x, y in _agreeing_pairs(a, b) if told_tellingly((x, y))}
    return sum(2 if kind is Kind.SCORE else 1 for kind, _ in alike)


def _agreeing_pairs(a: Reading, b: Reading) -> list[tuple[Quantity, Quantity]]:
    if not (a.numeric and b.numeric) or not a.hints & b.hints:
        return []
    common = a.by_thing.keys() & b.by_thing.keys()
    # A part as large as the whole is all of it ("for $12.4 billion in cash" / "an all-cash deal
    # that values the company at about $12.4bn").
    wholes = _parts_and_wholes(a, b) if not _PART_HINTS.isdisjoint(a.hints | b.hints) else []
    one_frame = same_frame(a.frame, b.frame)
    if not (common or wholes) or (a.frame and b.frame and not one_frame):
        return []
    found = [
        (x, y)
        for key in sorted(common, key=lambda k: (k[0].value, k[1]))  # one order, whatever the hash seed
        if key[0] not in (*_DAYS, Kind.MOMENT, Kind.AGE)
        for x in a.by_thing[key]
        for y in b.by_thing[key]
        if (comparable(x, y) or one_deadline(a, b, x, y))
        and one_place(a, x, b, y)
        and (x.agrees(y) or (x.kind is Kind.DURATION and _both_within(a, x, b, y)))
    ]
    found.extend((x, y) for x, y in wholes if comparable(x, y) and x.agrees(y))
    found.extend(_one_list_of_ages(a, b))
    found.extend(pair for pair in _one_set_of_figures(a, b, common) if pair not in found)
    if not one_frame:
        # One names a time and the other none: only a telling value given alike is the same
        # value ("Net profit for the three months to September dropped to $42 million" /
        # "Quarterly earnings fell to $42 million"), not "2%" against "1.6% ... next year".
        found = [pair for pair in found if told_tellingly(pair) or one_fact_of_the_story(a, b, pair)]
    return found


_LISTED = (Kind.AGE, AGES_LISTED)


def _lists_apart(mine: list[Quantity], theirs: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """The first two ages that differ, of two lists of as many ages, two or more, that are not the
    same list: one group's ages, told apart."""
    if len(mine) < 2 or len(mine) != len(theirs):
        return []
    pairs = zip(sorted(mine, key=lambda q: q.value), sorted(theirs, key=lambda q: q.value), strict=True)
    return [(x, y) for x, y in pairs if x.value != y.value][:1]


def _one_list_of_ages(a: Reading, b: Reading) -> list[tuple[Quantity, Quantity]]:
    """The ages of a group both list alike, two or more ("the two girls, 12 and 15" / "two girls,
    ages 12 and 15"): figures that tell one group, whoever each statement names."""
    mine, theirs = a.by_thing.get((Kind.AGE, AGES_LISTED), []), b.by_thing.get((Kind.AGE, AGES_LISTED), [])
    if len(mine) < 2 or sorted(q.value for q in mine) != sorted(q.value for q in theirs):
        return []
    return [(x, next(y for y in theirs if y.value == x.value)) for x in mine]


def _one_set_of_figures(
    a: Reading, b: Reading, common: AbstractSet[tuple[Kind, str]]
) -> list[tuple[Quantity, Quantity]]:
    """The figures of one kind that both give as the same two or more, and no other ("around 85
    percent, below the 95 percent needed" / "About 85% of children ..., short of the 95% target"),
    each told alike (`_told_alike`): two figures seldom meet by chance, however differently each
    statement words what they are of."""
    found: list[tuple[Quantity, Quantity]] = []
    for key in sorted(common, key=lambda k: (k[0].value, k[1])):
        if key[0] in (*_DAYS, Kind.MOMENT, Kind.AGE):
            continue
        mine, theirs = a.by_thing[key], b.by_thing[key]
        values = {q.value for q in mine}
        if len(values) < 2 or values != {q.value for q in theirs}:
            continue
        pairs = [(x, next(y for y in theirs if y.value == x.value)) for x in mine]
        if all(x.agrees(y) and _told_alike(x, y) for x, y in pairs):
            found.extend(pairs)
    return found


def _told_alike(x: Quantity, y: Quantity) -> bool:
    """Whether two values are both levels or both moves, of now or of before, and of themselves or
    against another ("fell to 2.1%" is a level, "rose 2.1% compared with a year earlier" a move)."""
    return (CHANGE in x.context) == (CHANGE in y.context) and x.former == y.former and x.relative == y.relative


def told_tellingly(values: tuple[Quantity, Quantity]) -> bool:
    """Whether both of two agreeing values are told precisely (`Quantity.precise`), so seldom
    given alike by chance: "2%" agrees with "1.6%" as a rounding, but only "1.6%" / "1.6%" tells.
    So is a toll of none ("No one was injured" / "There were no casualties"): a report tells once
    that nobody was hurt or killed, in words that share nothing; and one number of a toll
    (`_one_toll`)."""
    x, y = values
    if x.kind is Kind.DURATION and x.bound is not y.bound:
        return False  # "running 45.82 seconds" / "had broken 47 seconds": within the bound, not the same time
    return (x.precise and y.precise) or both_no_toll(values) or _one_toll(values)


LARGE_COUNT = 1000
"""From this, one count of one thing is seldom given alike by chance, however round: "about 10,000
followers" / "An estimated 10,000 FLDS followers"."""
_COUNTED_OUT = (Bound.EXACT, Bound.ABOUT)
_A_THRESHOLD = re.compile(r"\b(?:up\s+to|above|below|beyond|over|under)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
_A_RATE = re.compile(r"(?:\s+[\w'\u2019-]+){0,2}?\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b", re.IGNORECASE)


def large_counts(reading: Reading) -> list[Quantity]:
    """The counts of a thing the statement gives at LARGE_COUNT or more, told as a figure or about
    it (`_a_large_count`)."""
    return [
        value
        for key, values in reading.by_thing.items()
        if key[0] is Kind.COUNT
        for value in values
        if _a_large_count(reading, value)
    ]


def _a_large_count(reading: Reading, value: Quantity) -> bool:
    """Whether a count is LARGE_COUNT or more, told as a figure or about it: a bound ("more than
    7,000 steps", "up to about 10,000 steps") or a rate ("7,000 steps a day") is a threshold the
    story speaks of, not one of its facts."""
    return (
        value.value >= LARGE_COUNT
        and value.bound in _COUNTED_OUT
        and not _A_RATE.match(reading.text, value.end)
        and not _A_THRESHOLD.search(reading.text, max(0, value.start - 20), value.start)
    )


def precise_measures(reading: Reading) -> list[Quantity]:
    """The sums, shares and measures a statement gives precisely (`Quantity.precise`: "5.6mm", "$999",
    "2.9%"), told outright: two statements giving one of them alike seldom do so by chance, however
    little else they share."""
    return [
        value
        for key, values in reading.by_thing.items()
        if key[0] in _MEASURED_KINDS
        for value in values
        if value.precise and value.bound in _COUNTED_OUT
    ]


_MEASURED_KINDS = frozenset((Kind.MONEY, Kind.PERCENT, Kind.DISTANCE, Kind.WEIGHT, Kind.SPEED, Kind.TEMPERATURE))


def one_fact_of_the_story(a: Reading, b: Reading, values: tuple[Quantity, Quantity]) -> bool:
    """Whether two agreeing values give alike, however round, a figure a story has one of: one count
    of one thing at LARGE_COUNT or more, each told as a figure or about it (`_a_large_count`: "about
    10,000 followers" / "An estimated 10,000 FLDS followers"), one move of the shares ("Nordwind
    shares rose 8% in Copenhagen" / "Its shares jumped 8% in morning trade"), one side's demand
    ("demanding a 6% pay rise" / "seeking a pay increase of 6%"), the jobs a company cuts or
    creates, how long one thing lasts (`_lasting_one_thing`), or the deadline a ruling sets for one
    deed, told to the day or in months (`one_deadline`)."""
    first, second = values
    if first.kind is Kind.DURATION and one_deadline(a, b, first, second):
        return True  # "must stop the practice within 90 days" / "was given three months to comply"
    if first.value != second.value:
        return False
    if first.kind is Kind.PERCENT:
        return all(SHARES_MOVED in v.context for v in values) or all(DEMAND in v.context for v in values)
    if first.kind is Kind.DURATION:
        return _lasting_one_thing(a, b, first, second)  # "began a two-day strike" / "The walkout ... to last 48 hours"
    if first.kind is not Kind.COUNT:
        return False
    if first.unit == second.unit == _JOBS:
        return True  # "The bank will cut 300 jobs" / "Nordvik plans to shed about 300 positions"
    return _a_large_count(a, first) and _a_large_count(b, second)


_JOBS = "jobs"


def _one_toll(values: tuple[Quantity, Quantity]) -> bool:
    """Whether both give one number of dead, hurt, missing, evacuated or arrested, of villages or
    of buildings ("Three people, one of them a pregnant woman, were killed" / "Three people died
    when an Athens bank went up in flames"; "More than 40,000 people have been displaced" /
    "About 40,000 people have been forced from their homes"): a story's tolls are its facts,
    however round the number, told in words that share little."""
    first, second = values
    if not all(v.kind is Kind.COUNT and v.unit in TALLIES and v.value > 0 for v in values):
        return False
    if first.value == second.value:
        return True
    # Told apart (but agreeing, as every pair asked about is), both must be rough ("About 2,100 people
    # spent the night in evacuation shelters" / "More than 2,000 residents stayed overnight in
    # shelters"): a small count told exactly ("Three deaths") is another toll than "At least two",
    # and "a firefighter died" counts no toll.
    return not (first.none_or_some or second.none_or_some) and not any(
        v.bound is Bound.EXACT and v.value < EXACT_TOLL_MAX for v in values
    )


EXACT_TOLL_MAX = 100
"""Below this, a toll told exactly is counted one by one: another figure is another toll."""


def both_tell_one_toll(values: tuple[Quantity, Quantity]) -> bool:
    """Whether two agreeing values are each a toll of some dead, hurt, missing or the like ("At least
    41 migrants died" / "about 40 others are feared to have drowned"): what else either says of the
    story (who survived) is of other people."""
    return all(v.kind is Kind.COUNT and v.unit in TALLIES and v.value > 0 for v in values)


_HURT = frozenset(("dead", "injured"))


def both_no_toll(values: tuple[Quantity, Quantity]) -> bool:
    """Whether both say nobody was hurt, or nobody killed: two negations that deny alike, however
    each words it ("No one was injured" / "There were no casualties")."""
    return all(value.kind is Kind.COUNT and value.value == 0 and value.unit in _HURT for value in values)


def gives_one_telling_value(a: Reading, b: Reading) -> bool:
    """Whether both give one value for the same thing, and one seldom given alike by chance
    (`agreeing_tellingly`): "Train collision in India kills 17" / "At least 15 people died after a
    freight train hit ..." may be one claim however little else they share, and so may "The quake
    was centred ... at a depth of 10 kilometres" / "The epicentre was about six miles below the
    surface"."""
    agreed = agreeing_values(a, b)
    return agreed is not None and agreeing_tellingly(a, b, agreed)


def agreeing_tellingly(a: Reading, b: Reading, values: tuple[Quantity, Quantity]) -> bool:
    """Whether two statements agree on a value seldom given alike by chance: one told precisely or
    a toll (`told_tellingly`), a measure the story has one of (`one_measure_of_the_story`: "at a
    depth of 10 kilometres" / "at a depth of just six miles"), or another figure it has one of
    (`one_fact_of_the_story`), however round."""
    return told_tellingly(values) or one_measure_of_the_story(a, b, values[0]) or one_fact_of_the_story(a, b, values)


def one_measure_of_the_story(a: Reading, b: Reading, value: Quantity) -> bool:
    """Whether two statements each tell a measure a story has one of, whatever else they share: a
    depth ("at a depth of 10 kilometres" / "the epicentre was 15 km deep"), an area ("burned 750
    hectares" / "destroyed around 1,850 acres"), a speed ("winds of up to 70 km/h" / "Gusts of 45
    mph") or how long the event lasted ("The raid took less than ten minutes" / "The robbery lasted about seven
    minutes")."""
    if value.kind in _ONE_OF_A_STORY:
        return True
    if value.kind is Kind.DURATION:
        return one_deadline(a, b) or _one_length_of_the_story(a, b)
    if value.kind is Kind.MONEY:
        return tells_a_price_a_head(a) and tells_a_price_a_head(b)
    return value.kind is Kind.DISTANCE and not (a.words.isdisjoint(DEPTH_WORDS) or b.words.isdisjoint(DEPTH_WORDS))


def _one_length_of_the_story(a: Reading, b: Reading) -> bool:
    """Whether each tells how long the story's event lasted, once, and neither counts anything besides ("Bidding lasted
    about 20 minutes, with six bidders competing" / "Bidding went on for 19 minutes between two buyers" tell more than
    the length, and may disagree on the rest)."""
    return len(lengths_told(a)) == len(lengths_told(b)) == 1 and not any(
        key[0] is Kind.COUNT for key in (*a.by_thing, *b.by_thing)
    )


def one_company(a: Reading, b: Reading, value: Quantity) -> bool:
    """Whether two statements each count those present at their story's event, which it has one count
    of, whatever else they share: its crowd ("The crowd of 78,000 was the largest ..." / "The attendance
    was 72,000") or those aboard its vessel ("The vessel was carrying more than 100 passengers" / "about
    80 people were on board"). Told apart, a conflict; told alike, no sign of one claim, a crowd being
    where most things happen ("fell ... in front of about 18,000 fans" / "walked off, telling the crowd
    of 20,000 ...")."""
    if value.unit == _ABOARD:
        return True
    return (
        value.unit == CROWD
        and value.value >= _A_CROWD_LEAST
        and _ATTENDANCE.search(a.text) is not None
        and _ATTENDANCE.search(b.text) is not None
    )


_ABOARD = "aboard"
"""What a count of those on a vessel counts (claims.counts)."""


_ATTENDANCE = re.compile(r"\b(?:attendance|crowds?|spectators|in\s+front\s+of)\b", re.IGNORECASE)
"""Words of an event's crowd, which a story has one of ("The crowd of 78,000 was the largest ..." / "The
attendance was 72,000")."""
_A_CROWD_LEAST = 100
"""Fewer are people told near a crowd, not its size ("Two people are arguing near a crowd")."""


_ONE_OF_A_STORY = frozenset((Kind.AREA, Kind.SPEED))


def tells_a_price_a_head(reading: Reading) -> bool:
    """Whether a statement gives a sum paid for one person or one seat ("Tickets for the dive cost
    $250,000 per person" / "Each passenger paid $200,000 for a seat"): a story's one price, told
    in words that share little."""
    return _A_HEAD.search(reading.text) is not None and any(key[0] is Kind.MONEY for key in reading.by_thing)


_A_HEAD = re.compile(
    r"\b(?:(?:per|a)\s+(?:person|head|passenger|seat|ticket)|for\s+(?:a|each)\s+(?:seat|ticket|place)"
    r"|each\s+(?:passenger|person|ticket|seat))\b",
    re.IGNORECASE,
)
