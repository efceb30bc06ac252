"""One value a statement gives (claims.quantities reads them): what it measures, how its
wording bounds it ("about", "more than"), and whether two such values can be the same.

Sums, shares and distances are of something named around them (their context: "in savings",
"of the buildings"); two compare only when their contexts meet, and a sum paid for something
is a price however the deal is told.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache

from claims.attribution import SAYING
from claims.lexicon import function_words, word_zipf
from claims.terms import tokenize, word_term
from claims.units import CURRENCY_AFTER, DURATION_WORDS, IN_DAYS, LENGTHS, MOVES, SPEEDS, WEIGHTS


class Kind(Enum):
    __hash__ = object.__hash__
    """Members are singletons: hashed by identity, in C, not by name in Python as Enum does (values
    keyed by what they measure are hashed some millions of times on two long articles)."""

    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    MAGNITUDE = "magnitude"
    DISTANCE = "distance"
    WEIGHT = "weight"
    SPEED = "speed"
    AGE = "age"
    DATE = "date"
    WEEKDAY = "weekday"
    DURATION = "duration"
    MOMENT = "moment"
    """When something happened, as an ordinal: in a match ("the 89th minute", "the 11th round"),
    or in history ("a 14th-century crown")."""
    RATING = "rating"
    """A step on a named scale: "a Category 4 storm", "alert level 3"."""
    SCORE = "score"
    """A match's result, the winner's goals first: "lost 2-1" and "beat them 2-1" are one score."""
    TEMPERATURE = "temperature"
    """In degrees Celsius, converted from Fahrenheit: "41.2C", "105F"."""
    POWER = "power"
    """In megawatts, converted from kilowatts and gigawatts: what a power plant or a wind farm can give
    ("a 1.5-gigawatt offshore wind farm", "a capacity of 1.2 gigawatts")."""
    AREA = "area"
    """In hectares, converted from acres and square kilometres or miles: "12,000 acres". Compared
    whatever words stand around it, as counts are: a story's area is what burned or flooded,
    however told ("has burned 12,000 acres" / "has scorched about 8,000 hectares")."""
    CLOCK = "clock"
    """A time of day, in minutes after midnight, in the zone it is told in (its unit: "local"
    when none is named): "1:53 p.m. local time" and "at 1353" are one time, "1023 GMT" another
    zone's."""


class Bound(Enum):
    EXACT = "exact"
    ABOUT = "about"
    NEARLY = "nearly"
    """Just short of the value ("nearly 3,000", "almost 250"): about it, and not past it, so not
    what is "more than" it."""
    AT_LEAST = "at least"
    AT_MOST = "at most"
    UP_TO = "up to"
    """A ceiling the figure is told to reach ("up to 30,000 jobs", "as many as 40 dead"): at most
    the value, and near it (UP_TO_REACH); "fewer than 30,000" says only how high it stops."""
    ORDER = "order"
    """A count told by its order ("hundreds of fish", "tens of thousands"): from the value to ten
    times it."""
    RANGE = "range"
    """A span told by its ends ("between $40 million and $60 million", "4.75%-5.00%"): from the
    value to `Quantity.high`."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """One value as the statement gives it."""

    kind: Kind
    unit: str
    """What is measured: the counted thing ("villag", "dead"; "dead in ikeja" for a count in one
    district), the currency, "km" for distances."""
    value: float
    bound: Bound
    start: int
    end: int
    """Where the value is written in the statement (for marking it)."""
    label: str
    """What to call the measured thing in a reason: "villages", "magnitude", "dead"."""
    text: str = ""
    """The statement it is written in."""
    high: float = 0.0
    """A range's upper end (Bound.RANGE); its lower is `value`."""

    @property
    def counted(self) -> str:
        """What is measured, wherever: "dead" of "dead in ikeja"."""
        return self.unit.split(SCOPE_MARK)[0]

    @property
    def scoped(self) -> bool:
        """Whether it counts in one district only ("12 workers" in "the Ikeja district")."""
        return SCOPE_MARK in self.unit

    @property
    def figures(self) -> int:
        """How many figures it is told to, those that only make it a round ten, hundred or thousand left
        out ("334 million dollars": 3, "2.4 billion euros": 2, "10,000": 1). The figures as written where
        the statement is kept (`text`), else the value's (a count: "Thirty-eight")."""
        if self.text:
            written = "".join(c for c in self.text[self.start : self.end] if c.isdigit())
        else:
            written = f"{self.value:.0f}"
        return len(written.strip("0"))

    @property
    def precise(self) -> bool:
        """Whether it is told to two figures or more (`figures`: "38 deaths", "at least 307", "334 million
        dollars", "2.4 billion euros", "a 6.1 magnitude"; not "three", "10,000", "2 million", "10 years"): a
        value two reports seldom give alike by chance, and a bound told so is a count, no rough floor."""
        return self.figures >= 2

    @property
    def of_another(self) -> bool:
        """Whether it is a sum of a thing told apart from the story's own ("a separate €4.1 billion
        Android fine", "two other EU antitrust fines totalling more than €5.8 billion"): not the
        story's, and no two such are told to be one thing, so it is compared with none."""
        return self.kind is Kind.MONEY and bool(self.text) and _another_before(self.text, self.start)

    @property
    def former(self) -> bool:
        """Whether it is a record or a mark since beaten ("It beat the previous high of 47.4C", "the
        old record of 45.9C", "India's highest temperature until now was 51C", "It beat the record
        of 38.7C set in Cambridge"), or what a thing replaces ("It replaces the iPhone SE, which
        started at $429"): another occasion's or thing's value, compared only with another such."""
        return bool(self.text) and _former_before(self.text, self.start)

    @property
    def relative(self) -> bool:
        """Whether it is how far one thing stands from another ("about 1 million square kilometres
        below the previous record low", "25% more than the closing price"), no level: compared only
        with another such; a share's context says so (COMPARED: "a premium of 31% to its closing price")."""
        if self.kind is Kind.PERCENT:
            return COMPARED in self.context
        return bool(self.text) and told_against_another(self.text, self.end)

    @property
    def context(self) -> frozenset[str]:
        """Terms of the words around it: a sum, a share or a distance is of something ("in
        savings", "of the buildings", "from the border"), and two of them compare only if their
        surroundings meet; a sum paid for something is a price, however the deal is told
        ("signed Diallo for a fee of 12 million euros" / "a move to Porto for 15 million euros"),
        and a sum someone is fined is a fine ("fined Carvo 240 million euros" / "a 310 million
        euro penalty"); a value asked for is a demand ("Prosecutors had sought 12 years", "are
        demanding 10 million dollars"), compared only with a demand.
        Around a sum or a share, names say nothing ("a premium of 22% to Orchard's closing
        price" / "Orchard's stock rose 19%"). Worked out only when two such values are compared,
        once for each value (comparing is done pair by pair)."""
        return _what_is_measured(self.kind, self.text, self.start, self.end)

    @property
    def modifiers(self) -> dict[str, str]:
        """Of the terms around a sum or a share (`context`), each with the word written just
        before it, which says which of its kind it is: "core" of "Core inflation", "net" of "net
        profit" (not "jury" of "The jury deliberated": a word in -ed is no thing)."""
        if self.kind not in (Kind.MONEY, Kind.PERCENT):
            return {}
        return _modifiers(self.text, self.start, self.end)

    @property
    def decimals(self) -> int:
        """How many decimals it is written with ("4.1%": one), where its statement is kept."""
        written = _DECIMALS.search(self.text, self.start, self.end) if self.text else None
        return len(written.group(1)) if written else 0

    @property
    def none_or_some(self) -> bool:
        """Whether it is a count told without a number: none ("No one was hurt") or someone ("A
        guard was shot")."""
        return self.kind is Kind.COUNT and (self.value == 0 or (self.value == 1 and self.bound is Bound.AT_LEAST))

    @property
    def more_than_half(self) -> bool:
        """Whether it is a share told as "most" or "the majority" of something, without a figure
        (claims.quantities): too vague to set two claims apart, precise enough to contradict "a quarter"."""
        return self.kind is Kind.PERCENT and self.text[self.start : self.end].lower().endswith(("most", "majority"))

    def agrees(self, other: Quantity) -> bool:
        """Whether the two values can be the same, given how each is worded."""
        if Bound.RANGE in (self.bound, other.bound):
            return _ranges_meet(self, other)
        if self.kind is Kind.DURATION and (_whole_of(self, other) or _whole_of(other, self)):
            return True  # "sentenced to 20 years and six months" / "gets 20-year sentence"
        if Bound.NEARLY in (self.bound, other.bound):
            return _nearly_meets(self, other)
        if Bound.UP_TO in (self.bound, other.bound):
            return _near_the_ceiling(self, other) and _as_at_most(self).agrees(_as_at_most(other))
        for some, other_value in ((self, other), (other, self)):
            if some.kind is Kind.COUNT and some.value == 1 and some.bound is Bound.AT_LEAST:
                return other_value.value >= 1 or other_value.bound is Bound.AT_MOST  # "A guard was shot" / "three"
        if self.kind is Kind.DURATION and (_whole_weeks_of(self, other) or _whole_weeks_of(other, self)):
            return True  # "Boeing machinists vote to end seven-week strike" / "an end after 53 days"
        if self.kind is Kind.CLOCK:
            return _times_meet(self, other)
        if self.kind is Kind.WEEKDAY:
            return _days_meet(self, other)
        if Bound.ORDER in (self.bound, other.bound):
            return _in_order(self, other)
        relative, absolute = _TOLERANCE[self.kind]
        if self.kind in _CONVERTED and _written_in_one_unit(self, other):
            relative = ONE_UNIT_SLACK  # "29 metres" is not "31 metres", though 10 km is six miles
        if self.kind is Kind.TEMPERATURE and self.label != other.label:
            # one of them converted: 105F is 40.6C, written "41C"; to the tenth, "47.4C" is "117.3F"
            absolute = CONVERTED_WHOLE_DEGREES if self.decimals == other.decimals == 0 else CONVERTED_DEGREES
        elif self.kind is Kind.TEMPERATURE:  # "47C" is "46.8C" rounded; "46.5C" is not "46.8C"
            absolute = ROUNDED_DEGREES * 10.0 ** -min(_decimals_of(self.value), _decimals_of(other.value))
        elif self.kind is Kind.DURATION and _weeks_against_months(self, other):
            relative = WEEKS_IN_MONTHS  # "The trial lasted four months" / "The trial lasted 16 weeks"
        elif self.kind is Kind.DURATION and _weeks_against_days(self, other):
            # "after five weeks of treatment" / "after 38 days in hospital"; "a week" is not "four days"
            absolute = min(HALF_A_WEEK, WEEKS_IN_DAYS * max(self.value, other.value))
        elif self.kind is Kind.DURATION and _months_against_days(self, other):
            # "back on Earth after nine months" / "after 286 days"; but "more than a month" is past 30 days
            absolute = HALF_A_MONTH if _months_told_as_a_point(self, other) else 1.0
        elif self.kind is Kind.MOMENT and FROM_THE_END in (self.label, other.label):
            absolute = 1.0  # "the winner in the 89th minute" / "two minutes from the end of normal time"
        elif self.kind is Kind.PERCENT:
            # "52%" is "52.4%"; "4.1%" is not "4.2%"; a share to a hundredth ("5.25%", a rate in quarter
            # points) is rounded to a tenth at most: "5%" is not it, though "nearly 98%" is "97.66%".
            decimals = min(self.decimals, other.decimals)
            if max(self.decimals, other.decimals) >= 2 and Bound.ABOUT not in (self.bound, other.bound):
                decimals = max(decimals, 1)
            absolute *= 10.0**-decimals
        rounding = 0.0  # what a figure written coarser may have been rounded from, however it is hedged
        reach = math.inf  # how far "about" may reach from a figure told to its digits
        if self.kind is Kind.MONEY:
            rounding = _rounded_to(self, other)  # "1.8 billion euros" is "1.84 billion" rounded
            if self.decimals == other.decimals and not (_ends_in_zero(self) or _ends_in_zero(other)):
                relative = 0.0  # "$10.3 billion" is not "$10.2 billion": told alike, neither rounds the other
        elif self.kind is Kind.COUNT and min(abs(self.value), abs(other.value)) >= MILLION:
            rounding = _millions_rounded(self.value, other.value)  # "19 million" is "18.9 million" rounded
        elif self.kind is Kind.COUNT and (
            self.unit == CROWD or min(abs(self.value), abs(other.value)) >= ROUNDED_COUNT_LEAST
        ):
            # "The attendance was 60,000" / "A crowd of 60,331"; "Tesla recalls 46,000 Cybertrucks" / "Tesla has
            # recalled 46,096 Cybertrucks"
            rounding = _rounded_from_a_count(self, other)
        elif self.kind in _CONVERTED and self.decimals != other.decimals:
            rounding = _rounded_to(self, other, whole=True)  # "3 kilometres" is "3.4 km" rounded
            if _written_in_one_unit(self, other):
                relative = 0.0  # "254.5 metres" rounds to 254 or 255 metres, not 252
        if Bound.ABOUT in (self.bound, other.bound):
            # A share is rounded to a point or two, not to a tenth of itself: "about 59%" is not "64%".
            # A thing doubled, or a third, is a round share: about 100% or 33%, give or take more than
            # a tenth ("drops by nearly a third" / "fell 29%").
            to_a_point = self.kind is Kind.PERCENT and ROUNDED_SHARE not in (self.label, other.label)
            widening = 0.0 if to_a_point else WORDED_SHARE_SLACK if self.kind is Kind.PERCENT else ABOUT_SLACK
            relative, absolute = relative + widening, absolute * 3
            if to_a_point:  # but a small share not by half of itself: "about 2%" is not "1%"
                absolute = min(absolute, ABOUT_SMALL_SHARE * max(abs(self.value), abs(other.value)))
            elif _told_to_their_digits(self, other) and self.kind is Kind.COUNT:
                reach = _digits_reach(self) + _digits_reach(other)  # "an estimated 163 million" is not "180 million"
            elif _told_to_their_digits(self, other):  # "about 4.9 billion" is not "5.3 billion"
                reach = ABOUT_DIGITS * max(_last_digit_step(self), _last_digit_step(other))
            elif (point := _told_to_its_digits_against_a_bound(self, other)) is not None:
                reach = ABOUT_DIGITS * _last_digit_step(point)  # "some 387,000" is not "more than 400,000"
        if (
            self.bound is other.bound
            and self.bound in (Bound.AT_LEAST, Bound.AT_MOST)
            and not (self.precise and other.precise)
        ):
            relative = max(relative, 0.1)  # "more than 10" and "at least 11" are one toll; not 307 and 321
        if self.bound is other.bound is Bound.AT_LEAST and self.kind is Kind.COUNT:
            # "More than 1,300 flights" / "At least 1,350 flights", "More than 1,000 pilgrims" / "passes
            # 1,300": the finer floor above the coarser one, within half its last step (not "at least
            # eight" / "at least 10", nor "At least 56" / "more than 100")
            absolute = max(absolute, _coarse_floor_step(self, other) / 2)
        elif self.bound is other.bound is Bound.AT_LEAST and self.kind is Kind.TEMPERATURE:
            absolute = max(absolute, FLOORS_OF_ONE_HEAT)  # "exceeded 45C" / "topped 46C": the heat passed both
        slack = min(max(max(abs(self.value), abs(other.value)) * relative, absolute, rounding), reach)
        bounds = (self.bound, other.bound)
        if self.bound is other.bound or (Bound.AT_LEAST not in bounds and Bound.AT_MOST not in bounds):
            return abs(self.value - other.value) <= slack
        if Bound.AT_LEAST in bounds and Bound.AT_MOST in bounds:
            floor, ceiling = (self, other) if self.bound is Bound.AT_LEAST else (other, self)
            return floor.value <= ceiling.value + slack
        bounded, point = (self, other) if self.bound in (Bound.AT_LEAST, Bound.AT_MOST) else (other, self)
        if bounded.bound is Bound.AT_MOST:
            return point.value <= bounded.value + slack
        reach = math.inf if bounded.value <= 1 else bounded.value * _reach(bounded, point)  # "at least one": some
        return bounded.value - slack <= point.value <= reach + slack


def _ranges_meet(x: Quantity, y: Quantity) -> bool:
    """Whether a range and another value can be one: two ranges whose ends agree ("a range of 4.75% to 5%" /
    "4.75%-5.00%"), or a value that may lie within the range ("between 40 and 90 metres" / "up to 90 metres": the
    ceiling its upper end; not "About 20 girls" / "Between 23 and 25 girls")."""
    ranged, other = (x, y) if x.bound is Bound.RANGE else (y, x)
    low, high = replace(ranged, bound=Bound.EXACT), replace(ranged, value=ranged.high, bound=Bound.EXACT)
    if other.bound is Bound.RANGE:
        return low.agrees(replace(other, bound=Bound.EXACT)) and high.agrees(
            replace(other, value=other.high, bound=Bound.EXACT)
        )
    if other.bound is Bound.UP_TO:
        return high.agrees(other)
    if other.bound is Bound.AT_MOST:
        return replace(low, bound=Bound.AT_LEAST).agrees(other)
    if other.bound is Bound.AT_LEAST:
        return replace(high, bound=Bound.AT_MOST).agrees(other)
    return low.value <= other.value <= high.value or low.agrees(other) or high.agrees(other)


FROM_THE_END = "minutes from the end"
"""The label of a minute counted back from the end of a match, which a report rounds by one: "two
minutes from the end of normal time" is the 88th or the 89th."""
HALF_A_DAY = 0.5
"""A night told by its day ("Friday night", "late on Friday") and the early hours told by the next
("early on Saturday") are one time: claims.quantities reads each half a day from its day, where
they meet (`_days_meet`). "Overnight on Saturday" is either night of Saturday."""
NIGHT, EARLY, OVERNIGHT = "night", "early", "overnight"
"""How the label of such a day says which it is: "Friday night", "early Saturday", "overnight Saturday"."""


def _days_meet(x: Quantity, y: Quantity) -> bool:
    """Whether two days of the week can be one time: the same day, or a night ("Friday night",
    read half a day on) and the early hours of the next ("early on Saturday", half a day back),
    or either of those and the day it names ("on Friday", "on Saturday"); "overnight on Saturday"
    is either night of its day."""
    if x.value == y.value:
        return True
    for overnight, other in ((x, y), (y, x)):
        if overnight.label.startswith(f"{OVERNIGHT} "):
            apart = abs(overnight.value - other.value) % 7
            return min(apart, 7 - apart) <= HALF_A_DAY
    for told, plain in ((x, y), (y, x)):
        if told.value % 1 and not plain.value % 1:
            at_night = told.label.endswith(f" {NIGHT}")
            named = told.value - HALF_A_DAY if at_night else (told.value + HALF_A_DAY) % 7
            return plain.value == named
    return False


UP_TO_REACH = 0.5
"""Share of a ceiling ("up to 30,000") a figure told exactly or about must reach to be the one
it tells of: "up to 30,000 jobs" is not "about 14,000 jobs", though 14,000 is under 30,000."""


def _nearly_meets(x: Quantity, y: Quantity) -> bool:
    """Whether a figure told as nearly reached ("Nearly 3,000 people") can be the other: as about
    it would, and neither past it when told to the unit ("260 firefighters") nor a floor at or
    above it ("More than 3,000 people", "More than 260 firefighters")."""
    near, other = (x, y) if x.bound is Bound.NEARLY else (y, x)
    if other.bound is Bound.AT_LEAST and other.value >= near.value:
        return False
    if other.bound is Bound.EXACT and other.value > near.value:
        return False
    as_about = replace(near, bound=Bound.ABOUT)
    return as_about.agrees(replace(other, bound=Bound.ABOUT) if other.bound is Bound.NEARLY else other)


def _whole_of(compound: Quantity, whole: Quantity) -> bool:
    """Whether a length told in two units ("20 years and six months") is told by its larger one
    alone in the other (20 years): the part the other leaves out is less than one of that unit."""
    if not compound.text or _COMPOUND.search(compound.text, compound.start, compound.end) is None:
        return False
    if whole.bound is not Bound.EXACT or whole.value >= compound.value:
        return False
    return any(
        abs(whole.value / unit - round(whole.value / unit)) < 1e-6 and compound.value - whole.value < unit
        for unit in (IN_DAYS["year"], IN_DAYS["month"])
    )


_COMPOUND = re.compile(r"\s(?:and|plus)\s", re.IGNORECASE)


def _near_the_ceiling(x: Quantity, y: Quantity) -> bool:
    """Whether a figure told exactly or about reaches near a ceiling told with "up to" (UP_TO_REACH);
    a bound ("more than", "fewer than") or an order meets it as "at most" would."""
    ceiling, other = (x, y) if x.bound is Bound.UP_TO else (y, x)
    return other.bound not in (Bound.EXACT, Bound.ABOUT, Bound.NEARLY) or other.value >= ceiling.value * UP_TO_REACH


def _as_at_most(value: Quantity) -> Quantity:
    """A ceiling told with "up to" as a plain "at most"."""
    return replace(value, bound=Bound.AT_MOST) if value.bound is Bound.UP_TO else value


def _in_order(x: Quantity, y: Quantity) -> bool:
    """Whether a count told by its order ("hundreds": 100 up to 2,000, ORDER_REACH) can be the other: one
    order ("thousands" is not "hundreds"), a number within it ("about 300"), or a bound that
    reaches into it ("more than 500", "fewer than 200")."""
    order, other = (x, y) if x.bound is Bound.ORDER else (y, x)
    floor = order.value
    if other.bound is Bound.ORDER:
        return other.value == floor
    ceiling = _ORDER_CEILINGS.get(floor, floor * ORDER_REACH)
    if other.bound is Bound.AT_LEAST:
        # "more than 11,000" may be "thousands", as 12,000 is; "more than 1,000" is past "hundreds"
        return other.value < ceiling and other.value != floor * 10
    if other.bound is Bound.AT_MOST:
        return other.value >= floor
    slack = ABOUT_SLACK if other.bound in (Bound.ABOUT, Bound.NEARLY) else 0.0
    return floor * (1 - slack) <= other.value <= ceiling * (1 + slack)


ORDER_REACH = 25
"""How far past its order a count told by it reaches against a figure: "thousands fled" is said of
12,000 as readily as of 8,000, and of 20,000 ("tens of thousands" would be said of 30,000); a floor past the order
("more than 1,000" against "hundreds") tells another count."""
_ORDER_CEILINGS = {24.0: 144.0}
"""Where an order that is not a power of ten ends: "dozens" reach twelve dozen."""


def _times_meet(x: Quantity, y: Quantity) -> bool:
    """Whether two times of day can be one: each is a stretch of minutes its wording allows
    ("about 10.30 a.m." twenty either side, "after 9 a.m." the hour after nine; "shortly after" is
    read as about a quarter past, claims.quantities.SHORTLY)."""
    (start_x, end_x), (start_y, end_y) = _CLOCK_REACH[x.bound], _CLOCK_REACH[y.bound]
    return x.value + start_x <= y.value + end_y and y.value + start_y <= x.value + end_x


_CLOCK_REACH = {
    Bound.EXACT: (-5.0, 5.0),
    Bound.ABOUT: (-20.0, 20.0),
    Bound.NEARLY: (-20.0, 0.0),
    Bound.AT_LEAST: (0.0, 60.0),
    Bound.AT_MOST: (-60.0, 0.0),
}
"""Minutes before and after a time of day its wording reaches: "shortly after 9 a.m." is not
"10.30 a.m."."""


def _written_in_one_unit(x: Quantity, y: Quantity) -> bool:
    """Whether two measures are written in the same unit (its factor: "metres" and "meters")."""
    if not (x.text and y.text):
        return False
    unit_x, unit_y = _UNIT_WRITTEN.search(x.text, x.start, x.end), _UNIT_WRITTEN.search(y.text, y.start, y.end)
    if unit_x is None or unit_y is None:
        return False
    factor_x = _FACTORS.get(unit_x.group().lower())
    return factor_x is not None and factor_x == _FACTORS.get(unit_y.group().lower())


_UNIT_WRITTEN = re.compile(r"[^\W\d_][\w/]*$")
_FACTORS = {**LENGTHS, **WEIGHTS, **SPEEDS}
WEEKS_IN_MONTHS = 0.1
"""How far apart a length told in weeks and one told in months may be: a month is four weeks and
some days, so "four months" is "16 weeks" or "17 weeks" as a report counts them."""
_MONTHS_AND_WEEKS = frozenset(("month", "months", "week", "weeks"))
HALF_A_MONTH = 15.2
"""How far, in days, a length told in whole months may be from one told in days: "nine months" is
anything from about 259 to 289 days, "286 days" among them."""


def _weeks_against_months(x: Quantity, y: Quantity) -> bool:
    """Whether one length of time is told in weeks and the other in months."""
    return {x.label, y.label} <= _MONTHS_AND_WEEKS and x.label.rstrip("s") != y.label.rstrip("s")


def _months_told_as_a_point(x: Quantity, y: Quantity) -> bool:
    """Whether of two lengths, the one told in months is a point rounded to them ("nine months"), not
    a bound past which the other must lie ("more than a month")."""
    months = x if x.label.rstrip("s") == "month" else y
    return months.bound not in (Bound.AT_LEAST, Bound.AT_MOST)


def _weeks_against_days(x: Quantity, y: Quantity) -> bool:
    """Whether one length of time is told in weeks and the other in days."""
    return {x.label.rstrip("s"), y.label.rstrip("s")} == {"week", "day"}


def _whole_weeks_of(weeks: Quantity, days: Quantity) -> bool:
    """Whether a length told in whole weeks counts the weeks of one told in days, the days left over dropped ("a
    seven-week strike" / "after 53 days": seven weeks and four days), as far as WEEKS_LEFT_OVER."""
    return (
        weeks.label.rstrip("s") == "week"
        and days.label.rstrip("s") == "day"
        and weeks.bound is days.bound is Bound.EXACT
        and weeks.value <= days.value <= weeks.value + min(WEEKS_LEFT_OVER, WEEKS_IN_DAYS * weeks.value)
    )


WEEKS_LEFT_OVER = 4.0
"""Days beyond whole weeks a length told in weeks may leave out, and by a tenth of the length at most (as
WEEKS_IN_DAYS): seven weeks and four days are "seven weeks", a week and four days not "a week"."""
HALF_A_WEEK = 3.5
WEEKS_IN_DAYS = 0.1
"""How far a length told in weeks may be from one told in days: the weeks are the days rounded, by
half a week at most and by a tenth of the length, so a few weeks' rounding is allowed and a week's is not."""


def _months_against_days(x: Quantity, y: Quantity) -> bool:
    """Whether one length of time is told in months and the other in days."""
    return {x.label.rstrip("s"), y.label.rstrip("s")} == {"month", "day"}


_CONVERTED = frozenset((Kind.DISTANCE, Kind.WEIGHT, Kind.SPEED))
ONE_UNIT_SLACK = 0.01
"""How far apart two distances, weights or speeds written in one unit may be: rounding only
("a gust of 207 km/h" is not "193 km/h")."""
CONVERTED_DEGREES = 0.3
"""How far apart two temperatures written in different scales may be and still agree: one was
converted and rounded. In one scale, 47.4C is not 46.9C (a record is told to the tenth)."""
CONVERTED_WHOLE_DEGREES = 0.8
"""The same, both written in whole degrees: a whole Fahrenheit degree is 0.56C, and the converted
figure is rounded to a whole one again ("105F" / "41C")."""
FLOORS_OF_ONE_HEAT = 2.0
"""How far apart two floors of one heat may be ("Temperatures exceeded 45C" / "Temperatures topped 46C"): a
temperature passing the higher passed the lower, and reports pick their round figure; a toll's floors are one
tally (`Bound.AT_LEAST` counts), and floors far apart tell two heats."""
ROUNDED_DEGREES = 0.5
"""Slack of a temperature written in whole degrees against one written with a tenth: a report
rounds "46.8C" to "47C"."""


def _reach(bounded: Quantity, point: Quantity) -> float:
    """How far above a floor a figure may lie and still be the same toll (LOWER_BOUND_REACH, or
    PRECISE_BOUND_REACH when both are told precisely)."""
    if bounded.kind in _MEASURED_REACH:
        return PRECISE_BOUND_REACH  # "more than 12,000 acres" is not 8,000 hectares (19,800 acres)
    return PRECISE_BOUND_REACH if bounded.precise and point.precise else LOWER_BOUND_REACH


def _ends_in_zero(value: Quantity) -> bool:
    """Whether a figure is written as a whole number ending in zero ("800 mln euro"), which may
    round another ("798 million euros"); or is not written out at all."""
    written = _WRITTEN_NUMBER.search(value.text, value.start, value.end) if value.text else None
    return written is None or ("." not in written.group() and written.group().endswith("0"))


def _rounded_to(x: Quantity, y: Quantity, whole: bool = False) -> float:
    """Just under half the last written digit of the coarser of two sums written with decimals
    ("1.8 billion euros": 50 million), which the finer one may have been rounded to, in the unit
    the values are kept in; none when the coarser is written in whole units ("2 billion" is not
    "1.6 billion"), unless `whole`: a distance of "3 kilometres" is "3.4 km" rounded."""
    coarse = min((x, y), key=lambda value: value.decimals)
    written = _WRITTEN_NUMBER.search(coarse.text, coarse.start, coarse.end) if coarse.text else None
    if written is None or (coarse.decimals == 0 and not whole):
        return 0.0
    number = float(written.group().replace(",", ""))
    # Just under half: "1.1 billion" is 1.05 up to, not including, 1.15 ("$1.15 billion" is no "$1.1 billion").
    return 0.499 * 10.0**-coarse.decimals * (coarse.value / number if number else 1.0)


MILLION = 1_000_000.0


CROWD = "participants"
"""What a count of those at an event counts: a crowd, which reports round to thousands or more."""


def _rounded_from_a_count(x: Quantity, y: Quantity) -> float:
    """Just under half the last written digit of the rounder of two crowds or large counts ("60,000": 5,000), which
    the other, counted to the person or the ten ("60,331", "46,096"), may have been rounded to; none when both are
    round figures ("78,000" is not "72,000", nor "58,000" "60,000")."""
    fine, coarse = sorted((_last_digit_step(x), _last_digit_step(y)))
    return 0.499 * coarse if fine <= _COUNTED_TO_THE_TEN < coarse else 0.0


_COUNTED_TO_THE_TEN = 10.0
ROUNDED_COUNT_LEAST = 1000
"""From this, a count told round ("46,000") may be one counted to the unit ("46,096") rounded, as a crowd may."""


def _millions_rounded(x: float, y: float) -> float:
    """Just under half the last digit of the coarser of two counts in millions ("19 million
    subscribers": half a million), which the finer one may have been rounded to; a count is
    written in millions only from a million ("3 million homes" is not "2 million")."""
    decimals = min(_decimals_of(round(x / MILLION, 6)), _decimals_of(round(y / MILLION, 6)))
    return 0.499 * 10.0**-decimals * MILLION


def _decimals_of(value: float) -> int:
    """How many decimals a value read from its words has ("46.8": one, "47": none)."""
    return len(f"{value:g}".partition(".")[2])


_DECIMALS = re.compile(r"\d\.(\d+)")
_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
ABOUT_DIGITS = 2
"""How many steps of its last written digit "about" reaches from a figure told to two digits or
more ("about 4.9 billion francs": up to 5.1 billion; "around 3,500 metres": up to 3,700)."""


def _told_to_their_digits(x: Quantity, y: Quantity) -> bool:
    """Whether two figures are both told to two digits or more (`Quantity.precise`), in one unit
    when a unit converts (a converted figure is rounded anew: "about 10 km" is "six miles"); of two
    counts, neither a floor or a ceiling ("more than 24,000" may round up to "some 32,000")."""
    if not (x.precise and y.precise):
        return False
    if x.text and y.text:
        return x.kind not in _CONVERTED or _written_in_one_unit(x, y)
    # Counts keep no text: their digits are their values' ("about 280,000 vehicles" is not "310,000").
    return (
        x.kind is y.kind is Kind.COUNT
        and Bound.AT_LEAST not in (x.bound, y.bound)
        and Bound.AT_MOST not in (x.bound, y.bound)
    )


def _told_to_its_digits_against_a_bound(x: Quantity, y: Quantity) -> Quantity | None:
    """Of a figure told about, to two digits or more, on the far side of a floor or a ceiling ("Some
    387,000 residents had been moved" / "More than 400,000 people were evacuated"), the figure: it
    reaches only as far as its digits allow, however round the bound is. Beyond the floor, how far
    a floor reaches decides ("More than 24,000 people" / "Some 32,000 people")."""
    for point, bounded in ((x, y), (y, x)):
        if (
            point.bound in (Bound.ABOUT, Bound.NEARLY)
            and bounded.bound in (Bound.AT_LEAST, Bound.AT_MOST)
            and point.precise
            and (point.value < bounded.value if bounded.bound is Bound.AT_LEAST else point.value > bounded.value)
            and (point.kind not in _CONVERTED or _written_in_one_unit(point, bounded))
        ):
            return point
    return None


def _digits_reach(value: Quantity) -> float:
    """How far a count told to its digits may stand from what it counts: "about" ABOUT_DIGITS / 2
    steps of its last digit either way, a count told plainly half a step, as rounding leaves it
    ("an estimated 163 million" is 161 to 165 million, "180 million" 175 to 185 million: two
    audiences). A sum converted in brackets is rounded anew, so money keeps the coarser figure's
    reach ("about $75 million" / "around 6 billion rupees ($73 million)")."""
    steps = ABOUT_DIGITS / 2 if value.bound is Bound.ABOUT else 0.5
    return steps * _last_digit_step(value)


def _coarse_floor_step(x: Quantity, y: Quantity) -> float:
    """The last step of the coarser of two floors, written in hundreds or thousands, when the one
    written to finer digits is the higher (a later, finer count of one toll); else 0."""
    step_x, step_y = _last_digit_step(x), _last_digit_step(y)
    (coarse, step), fine = ((x, step_x), y) if step_x >= step_y else ((y, step_y), x)
    return step if step >= 100 and fine.value >= coarse.value else 0.0


def _last_digit_step(value: Quantity) -> float:
    """What the last digit a figure is written with counts, in its value's units: 0.1 billion for
    "4.9 billion", 100 for "3,500"; for a value not kept with its statement, its last digit not
    zero counts (1,000 for 387,000)."""
    if not value.text:  # not kept with its statement: the value's own digits ("387000": 1,000)
        whole = f"{abs(value.value):.0f}"
        return 10.0 ** (len(whole) - len(whole.rstrip("0"))) if value.value == round(value.value) else 0.0
    written = _WRITTEN_NUMBER.search(value.text, value.start, value.end)
    if written is None:
        return 0.0
    digits = written.group().replace(",", "")
    number = float(digits)
    if not number:
        return 0.0
    scale = value.value / number
    if "." in digits:
        return 10.0 ** -len(digits.split(".")[1]) * abs(scale)
    return 10.0 ** (len(digits) - len(digits.rstrip("0"))) * abs(scale)


ABOUT_SMALL_SHARE = 0.25
"""How far "about" reaches for a small share, as a share of it: "about 2%" may be 1.6%, not 1%."""
ABOUT_SLACK = 0.1
"""How far "about" reaches, as a share of the value: "about 40,000" is not "more than 45,000"."""
PRECISE_BOUND_REACH = 1.2
"""A floor told to two figures or more ("at least 73") reaches only a fifth above itself against a
figure told as precisely ("kills 94" is another toll; "kills 17" is "at least 15")."""
_MEASURED_REACH = frozenset((Kind.AREA, Kind.DISTANCE, Kind.WEIGHT, Kind.SPEED))
"""Kinds whose floor is a measure told to its size, not a toll that grows: "more than 12,000 acres"
reaches a fifth above itself, as a precise floor does."""
LOWER_BOUND_REACH = 2.5
""""More than 50,000" is read as up to two and a half times that: 100,000 fits, 24 against "at
least five" does not (reports give a toll "at least" as their count, not as a floor)."""
_TOLERANCE: dict[Kind, tuple[float, float]] = {
    Kind.COUNT: (0.0, 0.0),
    Kind.MONEY: (0.02, 0.0),
    Kind.PERCENT: (0.0, 0.5),
    Kind.MAGNITUDE: (0.0, 0.05),
    Kind.DISTANCE: (0.08, 0.0),
    Kind.WEIGHT: (0.08, 0.0),
    Kind.SPEED: (0.08, 0.0),
    Kind.AGE: (0.0, 0.0),
    Kind.DATE: (0.0, 0.0),
    Kind.WEEKDAY: (0.0, 0.0),
    Kind.DURATION: (0.0, 0.0),
    Kind.MOMENT: (0.0, 0.0),
    Kind.RATING: (0.0, 0.0),
    Kind.SCORE: (0.0, 0.0),
    Kind.TEMPERATURE: (0.0, 0.05),
    Kind.AREA: (0.08, 0.0),
    Kind.POWER: (0.0, 0.0),
    Kind.CLOCK: (0.0, 5.0),  # minutes; compared by _times_meet
}
"""Relative and absolute slack of an exact value: units converted (10 km = six miles) and
rounding (58 km = 36 miles = 35 miles) agree; in one unit, only rounding (ONE_UNIT_SLACK)."""
SCOPE_MARK = " in "
"""Between a counted thing and the district it is counted in, in a unit ("dead in ikeja")."""
CONTEXT_KINDS = frozenset(
    (
        Kind.MONEY, Kind.PERCENT, Kind.DISTANCE, Kind.WEIGHT, Kind.SPEED, Kind.DURATION, Kind.MOMENT, Kind.RATING,
        Kind.POWER,
        Kind.SCORE, Kind.CLOCK,
    )
)  # fmt: skip
_CONTEXT_REACH = 4
_CLAUSE_SUBJECT = 3
"""Words that open a value's clause, where what it measures is often named ("Average rents in
the capital have risen by 18 percent")."""


def _terms_of(words: str) -> frozenset[str]:
    return frozenset(t.term for t in tokenize(words) if not t.is_number and t.zipf < 6.0)


def _context(
    text: str, start: int, end: int, names: bool = True, near_only: bool = False, apposed: bool = False
) -> frozenset[str]:
    """Terms of the words that say something within a few words of a value, in its clause (and
    the words the statement opens with, when the clause has no subject of its own: "Core
    inflation, which excludes energy, eased to 4.2%", "forecast a bigger fall, to 3.0%");
    without `names`, not the names written there (a company's every sum stands next to its
    name: "Lumen raised $210 million" is not the "$950 million" of "snaps up Lumen");
    `near_only`, only the words just before it; `apposed`, a sum right after a comma is told of the words
    before it ("received the largest fine, 21 million euros": the largest fine)."""
    clause_start, clause_end, opening = clause_of(text, start, end)
    leading = [w for w in re.findall(r"[^\W\d_]+", text[clause_start:start]) if _says_something(w)]
    if near_only:
        return _terms_of(" ".join(w for w in leading[-_CONTEXT_REACH:] if names or not _is_name(w, text)))
    if opening:  # no subject of its own: the statement's
        subject = [w for w in re.findall(r"[^\W\d_]+", text[:opening]) if _says_something(w)]
        if apposed and not text[clause_start:start].strip():  # "the largest fine, 21 million euros"
            renamed = [w for w in re.findall(r"[^\W\d_]+", text[:clause_start]) if _says_something(w)]
            leading = renamed[-_CONTEXT_REACH:]
        leading = subject[:_CLAUSE_SUBJECT] + leading
    before = leading[-_CONTEXT_REACH:] + leading[:_CLAUSE_SUBJECT]
    # Names in what it is told to be of are passed over before the words are counted ("16 billion
    # francs of Credit Suisse's AT1 bonds": bonds).
    of_what = not names and _OF_AFTER.match(text, end) is not None
    after = [w for w in re.findall(r"[^\W\d_]+", text[end:clause_end]) if not (of_what and _is_name(w, text))][
        : _CONTEXT_REACH + 1
    ]
    words = [w for w in before + after if _says_something(w) and (names or not _is_name(w, text))]
    return _terms_of(" ".join(words))


_OF_AFTER = re.compile(r"\s+of\s")


def _says_something(word: str) -> bool:
    """Whether a word near a value may say what it measures: not a unit, a scale, a bound or a
    function word ("annual revenue of 15.5 billion to 16 billion euros": annual, revenue), nor the
    "s" of "Orchard's"."""
    return len(word) > 1 and word.lower() not in _CONTEXT_NOISE


@lru_cache(maxsize=32768)
def _former_before(text: str, start: int) -> bool:
    """Quantity.former, kept for each value compared (pairs read it again and again)."""
    converted = _CONVERSION_OF.search(text, max(0, start - _FORMER_REACH), start)
    if converted is not None:  # "the world record of 134F (56.7C)": the record's, converted
        return _former_before(text, converted.start())
    before = max(0, start - _FORMER_REACH)
    return bool(
        _FORMER_BEFORE.search(text, before, start)
        or _MOVED_FROM.search(text, before, start)
        or _REPLACED.search(text, max(0, start - _REPLACED_REACH), start)
    )


_ANOTHER_BEFORE = re.compile(
    r"\b(?:separate|another|other|different)\s+(?:(?:[\w-]+\s+){0,3}?[\w-]+\s+"
    r"(?:totall?ing|worth|of|amounting\s+to|valued\s+at)\s+(?:more\s+than\s+|about\s+|around\s+|nearly\s+|over\s+|some\s+)?)?"
    r"\S{0,2}$",
    re.IGNORECASE,
)
_ANOTHER_REACH = 60


def _another_before(text: str, start: int) -> bool:
    """Quantity.of_another: "separate", "other" or "another" before the sum or the things it is of."""
    return _ANOTHER_BEFORE.search(text, max(0, start - _ANOTHER_REACH), start) is not None


@lru_cache(maxsize=8192)
def _what_is_measured(kind: Kind, text: str, start: int, end: int) -> frozenset[str]:
    """Quantity.context, kept for each value compared."""
    context = _measured(kind, text, start, end)
    if kind in (Kind.MONEY, Kind.PERCENT) and _of_a_segment(text, start):
        context |= {SEGMENT}
    if kind is Kind.PERCENT and _a_share_of_the_vote(text, start, end):
        context |= {VOTE_SHARE, RESULT}
    if kind is Kind.PERCENT and (
        _OF_THOSE_WHO_VOTED.match(text, end) or _OF_VOTERS_WHO_CHOSE.match(text, end) or _VOTING_SO.match(text, end)
    ):
        context = (context - {TURNOUT}) | {VOTE_SHARE}  # "92% of members who cast ballots backed ...": how they voted
    elif kind is Kind.PERCENT and _OF_VOTERS_WHO_TURNED_OUT.match(text, end):
        context |= {TURNOUT}  # "a third of eligible voters cast a ballot": who voted at all
    if kind is Kind.MONEY and _LOST_BEFORE.search(text, max(0, start - 12), start):
        context |= {_LOSS}  # "Gamesa lost 165 million euros": a loss, as "Losses ... widened to" tells
    return context


def _a_share_of_the_vote(text: str, start: int, end: int) -> bool:
    """Whether a share is told as a party's result with nothing after it ("came second with 24.6%",
    "took 24.6%", "finished second on 22.8%", "received 48%", "was a distant third with about 19%", "led
    with 52%"): a share of the vote, as "won 31.2% of the vote" says,
    whose owner is only the one its clause or statement names (RESULT)."""
    return (
        _RESULT_BEFORE.search(text, max(0, start - _RESULT_REACH), start) is not None
        and _WHOLE_AFTER.match(text, end) is None
    )


VOTE_SHARE = word_term("vote")
TURNOUT = word_term("turnout")
"""The term of a turnout, in the context of a share of those who voted at all ("Turnout was 58%")."""
_OF_THOSE_WHO_VOTED = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:who|that)\s+(?:voted|cast\s+(?:their\s+)?ballots)\b", re.IGNORECASE
)
"""A share of those who voted ("92% of members who cast ballots backed strike action", "88% of those who voted"):
how they voted, no turnout, whatever words of voting it says."""
_VOTERS = r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:voters|electorate|members|citizens)\s+"
_OF_VOTERS_WHO_CHOSE = re.compile(
    _VOTERS
    + r"(?:said\s+(?:no|yes)|voted\s+(?:no|yes|for|against|in\s+favou?r)|backed|rejected|approved|supported|opposed)\b",
    re.IGNORECASE,
)
"""A share of voters told by their choice ("78% of voters said no"): how they voted."""
_VOTING_SO = re.compile(
    r"\s+(?:(?:voting|voted|votes?)\s+)?(?:for|against|in\s+favou?r|no|yes)\b(?!\s+(?:of\s+)?(?:the|a|an)\b)",
    re.IGNORECASE,
)
"""A share told by the choice right after it ("with 52.7% voting against", "with 50.8% in favour"): how they voted."""
_OF_VOTERS_WHO_TURNED_OUT = re.compile(
    _VOTERS
    + r"(?:cast\s+(?:a\s+|their\s+)?(?:ballots?|votes?)|voted|turned\s+out|went\s+to\s+the\s+polls|took\s+part)\b"
    r"(?!\s+(?:no|yes|for|against|in\s+favou?r)\b)",
    re.IGNORECASE,
)
"""A share of voters told by their voting at all ("a third of eligible voters cast a ballot"): a turnout."""
"""The term of what a share of the vote is of, in its context ("won 31.2% of the vote"; RESULT)."""
_LOSS = word_term("loss")
_LOST_BEFORE = re.compile(r"\b(?:lost|loses|lose|losing)\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)
RESULT = "+result"
"""A share told as a party's result, not as a share "of the vote": whose it is, its clause or its
statement's opening tells (claims.values_compared)."""
_RESULT_BEFORE = re.compile(
    r"\b(?:won|wins|winning|took|takes|taking|secured|secures|securing|garnered|polled|polls|received|receives|receiving"
    r"|(?:came|comes|finished|finishes|ended|was|is|placed)\s+(?:a\s+)?(?:(?:distant|close|strong|narrow)\s+)?"
    r"(?:first|second|third|fourth|fifth|last)\s+(?:with|on)"
    r"|(?:led|leads|leading|trailed|trails|trailing)\s+with)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+|more\s+than\s+|some\s+)?$",
    re.IGNORECASE,
)
_RESULT_REACH = 40
_WHOLE_AFTER = re.compile(r"\s*(?:of|in)\s|\s*(?:stake|share|cut)\b", re.IGNORECASE)
"""What a share is of, told after it ("took 24.6% of the vote", "took 24.6% of the market", "won 12%
in Madrid", "took a 24.6% stake")."""


_PRICED_AT = re.compile(
    r"\b(?:unveils?|unveiled|launch(?:es|ed)?|sells?|sold|offers?|offered|goes\s+on\s+sale|"
    r"went\s+on\s+sale|priced|available)\b[^.;,]{0,40}?\bat\s+(?:(?:about|around|just|only)\s+)?\S{0,2}$",
    re.IGNORECASE,
)
"""A sum a product is launched or sold at ("unveils Fairphone 6 at 499 euros", "sold at 2.50 euros a
kilo"): its price; not a release clause set at a sum (a "release" is as often a noun)."""
_PRICED_REACH = 80
_PRICE = frozenset((word_term("price"),))


def _of_a_segment(text: str, start: int) -> bool:
    """Whether a sum or a share is told of one of a company's businesses (SEGMENT)."""
    before = max(0, start - _DEMAND_REACH)
    window = text[before:start].lower()
    if _REGION_BEFORE.search(text, before, start):
        return True  # "Revenue in Greater China dropped 21%": a region's, not the company's whole
    return any(noun in window for noun in _SEGMENT_NOUNS) and bool(_SEGMENT_BEFORE.search(text, before, start))


def _measured(kind: Kind, text: str, start: int, end: int) -> frozenset[str]:
    """What a value is of, and what it is told as (`_what_is_measured`, but a segment's)."""
    context = _context(text, start, end, names=kind not in (Kind.MONEY, Kind.PERCENT), apposed=kind is Kind.MONEY)
    if kind is Kind.MONEY and _PRICED_AT.search(text, max(0, start - _PRICED_REACH), start):
        context = context | _PRICE  # "unveils Fairphone 6 at 499 euros": its price, as "will cost 549 euros" is
    measured = _HYPHENED_BEFORE_NOUN.match(text, end) if kind is Kind.DURATION else None
    if measured is not None:  # "ending a four-week trial": the trial's length, not the mayor's
        context = _context(text, start, end, near_only=True) | _terms_of(measured.group("noun"))
    measured = _NOUN_MEASURED.match(text, end) if kind is Kind.DISTANCE and "-" in text[start:end] else None
    if measured is not None:  # "a 60-metre section of the bridge": the section's length
        noun = measured.group("noun")
        dimension = _terms_of(measured.group("dimension") or (noun if noun in _MEASURES_ITSELF else "long"))
        context = _context(text, start, end, near_only=True) | _terms_of(noun) | dimension
    if kind is Kind.DISTANCE and _FELL_BEFORE.search(text, max(0, start - _FELL_REACH), start):
        context = context | _terms_of("high")  # "fell about 30 metres into the water": a height
    if kind is Kind.DURATION and _is_prison_term(text, start, end):
        context = context | {PRISON_TERM}
    if kind is Kind.DURATION and (
        _TENURE_AFTER.match(text, end) or _TENURE_BEFORE.search(text, max(0, start - _TENURE_REACH), start)
    ):
        context = context | {TENURE}
    if kind is Kind.DURATION and _CONTRACT_AFTER.match(text, end):
        context = context | {CONTRACT}
    if kind is Kind.DURATION and (_SO_FAR_AFTER.match(text, end) or _TOTAL_BEFORE.search(text, 0, start)):
        context = context | {TOTAL}  # "20 days of strikes so far this year": a running total, no one strike's length
    if kind is Kind.SCORE and _AT_THE_BREAK.search(text, max(0, start - _BREAK_REACH), end + _BREAK_REACH):
        return context | {AT_THE_BREAK}
    if _DEMAND_BEFORE.search(text, max(0, start - _DEMAND_REACH), start):
        return context | {DEMAND}
    if _EXPECTED_BEFORE.search(text, max(0, start - _DEMAND_REACH), start):
        return context | {EXPECTED}
    if _TARGET_BEFORE.search(text, max(0, start - _DEMAND_REACH), start) or _TARGET_AFTER.match(text, end):
        return context | {TARGET}
    if _ON_TOP_OF_BEFORE.search(text, max(0, start - _DEMAND_REACH), start):
        return context | {ADDED_TO}
    moved = _MOVED_BY.search(text, max(0, start - _DEMAND_REACH), start) if kind is Kind.PERCENT else None
    if moved is not None:
        moment = _moment_of_trading(text, start, end)
        return context | {CHANGE} | moment | {MOVED + term for term in _what_moved(text, moved.start())}
    moved = _OBJECT_MOVED_BY.search(text, max(0, start - _OBJECT_REACH), start) if kind is Kind.PERCENT else None
    if moved is not None:  # "cut global output by 20%": the output moved
        return context | {CHANGE} | {MOVED + term for term in _terms_said(moved.group("thing"), text)}
    if kind is Kind.PERCENT and text[start:end].lower() in MULTIPLIED:  # "Orders doubled": a change of orders
        multiplied = _MULTIPLIED_OBJECT.match(text, end)  # "double its fleet": a change of the fleet
        what = _terms_said(multiplied.group("thing"), text) if multiplied else _what_moved(text, start)
        return context | {CHANGE} | {MOVED + term for term in what}
    than = _THAN_AFTER.match(text, end) if kind is Kind.PERCENT else None
    if than is not None:  # "25% more than the stock's last closing price": what it is compared with
        compared_with = re.split(r"[,;.]", text[than.end() : than.end() + _COMPARED_REACH])[0]
        return context | {COMPARED} | _terms_of(compared_with)
    if kind is Kind.PERCENT and (
        _PREMIUM_BEFORE.search(text, max(0, start - 20), start) or _PREMIUM_AFTER.match(text, end)
    ):
        return context | {COMPARED}  # "a premium of 31% to its closing price", "a 27% premium to"
    if kind is not Kind.MONEY:
        return context
    reached = _MOVED_TO.search(text, max(0, start - _DEMAND_REACH), start)
    if reached is not None:  # "Revenue rose 34% to 4.2 billion euros": the level revenue reached
        context |= {MOVED + term for term in _what_moved(text, reached.start())}
    if _TOTAL_BEFORE.search(text, max(0, start - _DEMAND_REACH), start) or _TOTAL_AFTER.match(text, end):
        return context | {TOTAL}
    if _FURTHER_BEFORE.search(text, max(0, start - 24), start):
        return context | {CHANGE}  # "a further 10 million euros in add-ons": what comes on top
    if _BY_THEN_TO.search(text, max(0, start - 4), start) and _THEN_TO.match(text, end):
        return context | {CHANGE}  # "raise the price by 1 dollar to 11.99 dollars": how much it moved
    moved_by = _UP_OR_DOWN_BEFORE.search(text, max(0, start - 12), start)
    if moved_by is not None:  # "to 13.99 euros, up 1 euro": how much the sum before it moved
        before = moved_by.start()
        return context | {CHANGE} | _context(text, before, before, names=False)
    if _FROM_AFTER_TO.search(text, 0, start):
        return context | {CHANGE}  # "to 11.99 dollars from 10.99 dollars": where it moved from
    if _is_price(text, start, end):
        return context | {PRICE}
    return context | {FINE} if _is_fine(text, start, end) else context


_HYPHENED_BEFORE_NOUN = re.compile(
    r"-(?:year|month|week|day|hour|minute)s?[\s-]+(?:long\s+)?(?P<noun>(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?)", re.IGNORECASE
)
"""A duration joined to its unit before what lasts that long ("a four-week trial", "a five-day
national strike"): what it measures is named right after it."""
_FELL_BEFORE = re.compile(
    r"\b(?:fell|falls?|falling|plunged|plunges?|plunging|dropped|tumbled)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
"""A fall told before its distance ("fell about 30 metres into the water"): how high it was."""
_FELL_REACH = 30
_NOUN_MEASURED = re.compile(r"\s+(?:(?P<dimension>long|wide|high|deep|tall)\s+)?(?P<noun>(?-i:[a-z]+))")
"""What a distance joined to its unit measures, named right after it: "a 60-metre section" is
long, "a 200-metre-deep shaft" deep, "a 3-kilometre radius" a radius."""
_MEASURES_ITSELF = frozenset("radius diameter depth height length width altitude".split())


_OBJECT_MOVED_BY = re.compile(
    r"\b(?:cut|cuts|cutting|reduce|reduces|reduced|reducing|lower|lowers|lowered|lowering|raise|raises|raised|"
    r"raising|increase|increases|increased|boost|boosts|boosted|trim|trims|trimmed|slash|slashes|slashed|"
    r"slow|slows|slowed|slowing)\s+"
    r"(?P<thing>(?:[^\W\d_][\w'\u2019-]*\s+){1,6}?)by\s+(?:(?:about|around|some|nearly|almost|just|more\s+than|"
    r"less\s+than)\s+)?$",
    re.IGNORECASE,
)
"""A share a thing was moved by, the thing named between the verb and "by" ("cut global output by
20%", "lowered its annual operating profit outlook by 70%"): what moved is that thing."""
_OBJECT_REACH = 80
_MULTIPLIED_OBJECT = re.compile(
    r"\s+(?:its|their|the|his|her|our|a|an)\s+(?P<thing>[^\W\d_][\w'\u2019-]*(?:\s+[^\W\d_][\w'\u2019-]*){0,2}?"
    r"(?:\s+(?:for|on|of)(?:\s+[^\W\d_][\w'\u2019-]*){1,3}?)?)"
    r"(?=\s+(?:by|in|within|to|over|from|at|and|after|before|this|next|last|than)\b|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
"""What a verb of multiplying acts on, named after it ("double its fleet by the end of the decade",
"tripled the number of flights", "double its funding for forest protection"): the thing multiplied,
where "Orders doubled" names it before."""


def _terms_said(words: str, text: str) -> frozenset[str]:
    """The terms of the words that say something, names left out."""
    said = [w for w in re.findall(r"[^\W\d_]+", words) if w.lower() not in function_words() and not _is_name(w, text)]
    return frozenset(t.term for t in tokenize(" ".join(said)) if t.meaningful and not t.is_number)


def _what_moved(text: str, verb: int) -> frozenset[str]:
    """The terms of what moved, told before the verb at `verb` in its clause: the words that say something, up to an
    "of" ("Sales of its drug rose": sales), names and stretches of time left out ("Ryanair profit jumps": profit; "Net
    income for the six months to June dropped": net income). A clause with none ("..., up 4%") moved the thing the
    clause before counted ("flew 55.5 million passengers in the quarter, up 4%": passengers). A bare description ("The
    currency rose") names nothing: it stands for what the article named before ("the pound")."""
    clause_start = max(text.rfind(mark, 0, verb) for mark in ",;:(\u2014") + 1
    words = re.findall(r"[^\W\d_]+", text[clause_start:verb])
    if len(words) == 2 and words[0].lower() == "the":
        return frozenset()  # "The currency rose 0.4%": which one, the article said before
    reported = [k for k, word in enumerate(words) if word_term(word) in SAYING]
    if reported:  # "Ryanair said on Monday that average fares fell 15%": fares, not what was said
        words = words[reported[-1] + 1 :]
    if "of" in words:
        words = words[: words.index("of")]
    qualified = next((k for k, word in enumerate(words) if word.lower() in _QUALIFIERS), None)
    if qualified:  # "Food prices excluding fresh items rose": food prices
        words = words[:qualified]
    said = [
        w
        for w in words
        if w.lower() not in function_words()
        and w.lower() not in _STRETCHES
        and not _is_name(w, text)
        and not w.endswith("ed")
    ][-_SUBJECT_WORDS:]  # not "closed" of "CrowdStrike stock closed down 15%": how it moved
    if not said and clause_start > 0:
        counted = _NUMBER_THEN_WORD.findall(text, 0, clause_start - 1)
        said = counted[-1:]
    return frozenset(t.term for t in tokenize(" ".join(said)) if t.meaningful and not t.is_number)


_QUALIFIERS = frozenset(("excluding", "except", "including", "other", "apart", "outside", "without", "minus"))
"""Words after which the subject of a move is narrowed ("Food prices excluding fresh items", "Prices
of food other than fresh produce"): what moved is named before them."""


def clause_of(text: str, start: int, end: int) -> tuple[int, int, int]:
    """Where the clause of a value starts and ends (a value opening the statement alone, after "At", runs
    on into the next clause), and, when it has no subject of its own (it opens in lower case after a
    comma), where the statement's opening part ends (else 0)."""
    clause_start = max(text.rfind(mark, 0, start) for mark in ",;:(\u2014") + 1
    clause_end = _clause_end(text, end)
    if clause_start == 0 and _AT_A_VALUE.fullmatch(text, 0, start) and not text[end:clause_end].strip():
        clause_end = _clause_end(text, clause_end + 1)  # "At 5.6mm, the Air is thinner ...": the Air's
    first = _FIRST_WORD.search(text, clause_start, start)
    subjectless = clause_start > 0 and (first is None or first.group().islower())
    return clause_start, clause_end, (min(i for i in (text.find(",", 0), clause_start) if i >= 0) if subjectless else 0)


def _clause_end(text: str, start: int) -> int:
    return min((i for i in (text.find(mark, start) for mark in ",;:)\u2014") if i >= 0), default=len(text))


_AT_A_VALUE = re.compile(r"\s*(?:At|With)\s+(?:just\s+|only\s+)?")
"""A statement opening on a value alone before its comma ("At 5.6mm, the Air is ..."): the value is
told of what the clause after the comma says."""
_FIRST_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=4096)
def _modifiers(text: str, start: int, end: int) -> dict[str, str]:
    """Each term around a value (in the parts of the statement `_context` reads) with the term
    of the word written just before it, when both say something."""
    clause_start, clause_end, opening = clause_of(text, start, end)
    found: dict[str, str] = {}
    for part_start, part_end in ((0, opening), (clause_start, start), (end, clause_end)):
        for pair in _WORD_PAIR.finditer(text[part_start:part_end]):
            first, second = pair.group(1), pair.group(2)
            if any(w.lower() in _CONTEXT_NOISE or w.lower() in function_words() for w in (first, second)):
                continue
            if first.lower() in _OF_NO_KIND:
                continue  # "its key rate" / "its benchmark interest rate": the one rate
            if second.endswith("ed") or _is_name(first, text) or _is_name(second, text):
                continue
            if first.lower() in _SETTING or second.lower() in _POINTS:
                continue  # "BOJ lifts rates": a deed, not a kind of rate; "a quarter point" is "25 basis points"
            if second.lower() in _RATES and first.lower() in _POLICY_RATE_NAMES:
                found[word_term(second)] = _POLICY_RATE  # "its overnight rate" is its "benchmark interest rate"
                continue
            terms = [t.term for t in tokenize(f"{first} {second}")]
            if len(terms) == 2:
                found[terms[1]] = terms[0]
    return found


_SETTING = frozenset(
    (
        *MOVES,
        *"lift lifts lifted raise raises hike hikes hiked cut cuts lower lowers lowered trim trims trimmed".split(),
        *"slash slashes slashed hold holds held keep keeps kept leave leaves left set sets".split(),
        *"boost boosts boosted reduce reduces reduced increase increases".split(),
    )
)
"""Verbs a headline sets right before what they act on ("BOJ lifts rates", "Fed holds rates"): no
word of which one it is."""
_POINTS = frozenset(("point", "points"))
_RATES = frozenset(("rate", "rates"))
_POLICY_RATE_NAMES = frozenset("interest policy overnight base cash bank official".split())
"""What central banks and reports call the one rate a bank sets: the Bank of Canada's "overnight
rate" is its "benchmark interest rate", Britain's "base rate" or "Bank Rate" its "interest rate";
a "mortgage rate" or a "deposit rate" is another."""
_POLICY_RATE = "policy rate"


_OF_NO_KIND = frozenset(("key", "main", "benchmark", "principal"))
"""Words before a thing that say it matters, not which of its kind it is: a bank's "key rate" is its
"benchmark interest rate", a market's "main index" its "benchmark index"."""
_WORD_PAIR = re.compile(r"(?=\b([^\W\d_]{2,}) ([^\W\d_]{2,})\b)")


def _is_name(word: str, text: str) -> bool:
    """Whether a word is a name: capitalised, and not an everyday word opening the statement
    ("Sales fell ..."), unless a name follows it, whose title it is ("President Jorge Almeida")."""
    if not word[:1].isupper():
        return False
    opening = text.lstrip()
    if not (opening.startswith(word) and word_zipf().get(word.lower(), 0.0) >= EVERYDAY_ZIPF):
        return True
    return opening[len(word) : len(word) + 2].strip()[:1].isupper()


EVERYDAY_ZIPF = 3.5
PRICE = "price"
"""The context of a sum paid for something (`_is_price`)."""
_PRICE_BEFORE = re.compile(
    r"(?:\b(?:for|pay|pays|paid|paying|cost|costs|costing)\s+"
    r"(?:an?\s+(?:[\w-]+\s+){0,2}?(?:fee|price|sum|total)\s+of\s+|an?\s+(?:reported|estimated|undisclosed)\s+"
    r"|(?:an?\s+)?(?:[\w-]+\s+)?record\s+)?"
    r"|\b(?:deal|transfer|move|takeover|acquisition|purchase|sale)\s+(?:worth|valued\s+at)\s+"
    r"|\b(?:deal|takeover|acquisition|purchase|transaction)\s+(?:that\s+|which\s+)?(?:values|valuing|valued)\s+"
    r"(?:[\w'\u2019-]+\s+){1,4}?at\s+"
    r"|\b(?:start|starts|starting|priced|retails?|retailing|launch|launches|launched|launching)\s+(?:at|from)\s+)"
    r"(?:about|around|roughly|some|nearly|almost|more than|less than|up to|just over|just under)?\s*$",
    re.IGNORECASE,
)
_PRICE_REACH = 64
"""How far before a sum its price words may start ("in a deal that values the biotech company at about $12.4bn")."""
_DEAL_AFTER = re.compile(r"\s*(?:\(\S+\)\s*)?(?:deal|transfer|takeover|acquisition|purchase|sale|move)\b", re.I)


def _is_price(text: str, start: int, end: int) -> bool:
    """Whether a sum is what something was bought or sold for: "for $334 million", "will pay
    $334 million", "in a EUR 15m deal"; not an offer ("rejected an earlier offer of 8 million
    euros"), which a story sets beside the price."""
    if _OFFER.search(text, max(0, start - 40), start):
        return False
    return bool(_PRICE_BEFORE.search(text, max(0, start - _PRICE_REACH), start) or _DEAL_AFTER.match(text, end))


_FORMER_BEFORE = re.compile(
    r"\b(?:previous|former|old|earlier|prior)\s+(?:national\s+|world\s+|all-time\s+)?"
    r"(?:record|high|low|best|peak|mark|maximum|minimum),?\s+(?:(?:for|in|at)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*\s+)?"
    r"(?:of\s+|was\s+|stood\s+at\s+)?\S{0,2}$"
    r"|\buntil\s+(?:now|then)\s+(?:was|had\s+been|stood\s+at)\s+\S{0,2}$"
    r"|\b(?:beat|beats|broke|breaks|surpassed|surpasses|exceeded|exceeds|topped|tops|eclipsed)\s+(?:the|a|its)\s+"
    r"(?:(?:national|world|all-time|previous|old|existing)\s+)?(?:record|high|best|mark)\s+of\s+\S{0,2}$"
    r"|\b(?:up|down)\s+from\s+(?:a\s+|an\s+)?\S{0,2}$"
    r"|\b(?:holds?|held)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?record\s+(?:of|at)\s+\S{0,2}$"
    r"|\bto\s+\S{0,2}\d[\d.,]*%?(?:\s+[^\W\d][\w-]*){0,5}\s+from\s+\S{0,2}$",
    re.IGNORECASE,
)
"""Before a value, that it is a mark since beaten ("the previous high of 47.4C", "beat the record of 38.7C") or the
level a thing moved from ("£12.99 a month, up from £11.99", "to 4.4% in the April-to-June period from 4.3%"), or a
record held ("Death Valley holds the world record of 134F"): not the value of the day a story tells."""
_FORMER_REACH = 60
_CONVERSION_OF = re.compile(r"\d[\d.,]*\s*[^\s(]{0,3}\s*\(\s*$")
"""Before a value, another written just before its bracket: the same value in another unit ("134F (56.7C)")."""
_REPLACED = re.compile(r"\b(?:it|they)\s+(?:replaces|replace|replaced)\b|\bpredecessors?\b", re.IGNORECASE)
"""A value of what a thing replaces ("It replaces the iPhone SE, which started at $429", "its
predecessor cost $429"): the old one's, not the new one's."""
_REPLACED_REACH = 60
_MOVED_FROM = re.compile(
    r"\b(?:weakened|weakening|strengthened|strengthening|downgraded|upgraded)\s+from\s+(?:a\s+|an\s+)?"
    r"(?:category\s+|level\s+)?\S{0,2}$",
    re.IGNORECASE,
)
"""A level a thing has left ("Milton had weakened from a Category 5 storm"): not its level now."""
INTRADAY, AT_THE_CLOSE = "+intraday", "+close"
"""The context of a move of a price during a day's trading ("Shares fell 4% in early trading") and
at its close ("Shares closed down 6%"): two moments of one day, each compared only with its own."""
_INTRADAY = re.compile(
    r"\b(?:(?:in|during)\s+(?:early|morning|afternoon|midday|lunchtime|late|pre-?market|after-?hours)\s+"
    r"(?:trade|trading|deals|dealings)|at\s+one\s+point|intraday)\b",
    re.IGNORECASE,
)
_AT_THE_CLOSE = re.compile(
    r"\b(?:closed|closing\s+(?:down|up|lower|higher)|ended\s+(?:the\s+day|trading|the\s+session)|at\s+the\s+close)\b",
    re.IGNORECASE,
)


def _moment_of_trading(text: str, start: int, end: int) -> frozenset[str]:
    """When in a day of trading a price moved by a share, if its clause says: during it, or at its close."""
    clause_start, clause_end, _ = clause_of(text, start, end)
    if _INTRADAY.search(text, clause_start, clause_end):
        return frozenset((INTRADAY,))
    if _AT_THE_CLOSE.search(text, clause_start, clause_end):
        return frozenset((AT_THE_CLOSE,))
    return frozenset()


AT_THE_BREAK = "+break"
"""The context of a score during a match ("were 3-0 up at half-time", "led 2-0 at the break"),
compared only with another such: the final score is another."""
_AT_THE_BREAK = re.compile(r"\b(?:half-?\s?time|the\s+(?:break|interval)|the\s+half)\b", re.IGNORECASE)
_BREAK_REACH = 30
PRISON_TERM = "+prison"
"""The context of a length of time someone is sentenced to (`_is_prison_term`): "sentenced to nine
years in prison" / "jailed Andris Kalnins, a former board member of the bank, for seven years"
measure one thing, whatever else their clauses say."""
_PRISON_BEFORE = re.compile(
    r"\b(?:sentenced|jailed|imprisoned|jail|prison|sentence)\b[^.;]{0,80}?\b(?:to|for|of)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|up\s+to\s+)?$",
    re.IGNORECASE,
)
_PRISON_AFTER = re.compile(
    r"[\s-]+(?:years?|months?|weeks?)(?:\s+in\s+(?:prison|jail)|\s+behind\s+bars|[\s-]+(?:prison\s+|jail\s+)?(?:sentence|term))\b",
    re.IGNORECASE,
)
_PRISON_REACH = 120


def _is_prison_term(text: str, start: int, end: int) -> bool:
    """Whether a length of time is a prison term: told after "sentenced to", "jailed ... for", "a
    sentence of", or before "in prison", "behind bars", "prison sentence"."""
    return bool(_PRISON_BEFORE.search(text, max(0, start - _PRISON_REACH), start) or _PRISON_AFTER.match(text, end))


TENURE = "+tenure"
"""The context of the time someone has held a post (`_TENURE_AFTER`): "quit after nine years in
the post" / "ending her six-year tenure" / "after a decade at the helm" measure one thing, each
calling the post its own way."""
_TENURE_AFTER = re.compile(
    r"[\s-]+(?:years?|months?)(?:\s+(?:in|at)\s+(?:the|his|her|their|its)\s+(?:job|post|role|helm|top\s+job)\b"
    r"|\s+in\s+(?:office|power|charge)\b|[\s-]+(?:long\s+)?(?:tenure|reign|stint)\b"
    r"|\s+as\s+(?:its\s+|the\s+)?(?:chief|head|president|prime\s+minister|ceo|chair\w*|manager|coach|director|leader)\b)",
    re.IGNORECASE,
)
_TENURE_BEFORE = re.compile(
    r"\b(?:led|leading|headed|heading|ran|running|coached|coaching|managed|managing|chaired|chairing"
    r"|(?:been|was|were)\s+in\s+charge\s+of|(?:been|was|were)\s+at\s+the\s+helm\s+of)\s+"
    r"(?:(?:the|its|his|her|their)\s+)?(?:[^\W\d_][\w'\u2019-]*\s+){1,4}?for\s+"
    r"(?:(?:about|around|nearly|almost|more\s+than|over|some|just\s+over|just\s+under)\s+)?$",
    re.IGNORECASE,
)
"""The time someone led a body, told before it ("led the orchestra for eight years", "had been in charge of the
club for six years"): a tenure, as "after nine years in the post" is (`_TENURE_AFTER`)."""
_TENURE_REACH = 80

CONTRACT = "+contract"
"""The context of a contract's length (`_CONTRACT_AFTER`): "appointed in June on a three-year contract"
/ "joined last summer on a two-year deal" measure one thing, whenever each says it was signed."""
_CONTRACT_AFTER = re.compile(
    r"[\s-]+(?:years?|months?)[\s-]+(?:(?:new|fresh|rolling)\s+)?(?:contract|deal)\b", re.IGNORECASE
)


DEMAND = "+demand"
"""The context of a value asked for, not given (`_DEMAND_BEFORE`). "Demand" asks only when a
figure follows it ("Unions demand a 10% pay rise") or it was for one ("The original demand was for
a 15% rise"); else it is the noun ("Demand for electricity rose 5%"), a quantity like any other."""
_DEMAND_BEFORE = re.compile(
    r"\b(?:(?:ask|asks|asked|asking|call|calls|called|calling|push|pushed|pushing)\s+for|sought|seeks?|seeking"
    r"|demands?(?=\s+(?:(?:an?|at\s+least|more\s+than|up\s+to|about|some)\s+)?\S{0,4}(?:\d|$))"
    r"|demands?\s+(?:was|were|is|are|had\s+been)\s+for"
    r"|demanded|demanding|requested|requesting|want|wants|wanted|wanting)\b[^.;,]{0,30}$",
    re.IGNORECASE,
)
_DEMAND_REACH = 60
EXPECTED = "expected"
"""The context of a value forecast before the figure came out ("Economists had expected a
contraction of 0.5%", "beating analysts' expectations of 3.9 billion euros", "The median forecast in a Reuters
poll was for a 0.2% contraction"), compared only with
another forecast; so is a company's own ("raised its full-year operating profit forecast to around
1.4 billion euros", "now expects operating profit of about 1.4 billion euros", "Restructuring charges are expected
to total 60 million euros"), and a shortfall or bill one faces ("faced a deficit of 1.2 million euros
this year"), no result."""
TARGET = "+target"
"""The context of a value set as a target ("The ECB targets inflation of 2%", "the central bank's 2%
goal"): what is aimed at, compared only with another target, not with what was reached."""
_TARGET_BEFORE = re.compile(
    r"\b(?:(?:targets?|targeting|targetting)\s+(?:[a-z]+\s+){0,2}of|aims?\s+(?:for|at)|goal\s+of|objective\s+of)\s+"
    r"(?:(?:about|around|below|close\s+to|just\s+under)\s+)?$",
    re.IGNORECASE,
)
ADDED_TO = "+added to"
"""The context of a value something comes on top of ("on top of the existing 10% tariff", "added to the
standard 10% levy"): the base, compared only with another base, not with what is added."""
_ON_TOP_OF_BEFORE = re.compile(
    r"\b(?:on\s+top\s+of|added\s+to|in\s+addition\s+to)\s+(?:the|an?|its|their)\s+(?:[a-z]+\s+)?$", re.IGNORECASE
)
_TARGET_AFTER = re.compile(r"\s*(?:inflation\s+)?(?:target|goal|objective)s?\b", re.IGNORECASE)
_EXPECTED_BEFORE = re.compile(
    r"\b(?:had\s+(?:been\s+)?(?:expected|forecast|predicted|projected|anticipated|estimated)"
    r"|(?:economists?|analysts?|forecasters?|markets?)\s+(?:expected|forecast|predicted|had\s+pencilled\s+in))"
    r"\b[^.;]{0,40}$"
    r"|\b(?:expectations?|estimates?|consensus|forecasts?|outlook|guidance)\s+(?:of|for|to)\s+"
    r"(?:between\s+(?:\S+\s+and\s+)?)?(?:(?:about|around|some)\s+)?\S{0,2}$"
    r"|\b(?:expect(?:s|ed)?|forecasts?|predicts?|predicted|projects?|projected)\s+(?:[^\W\d_][\w-]*\s+){1,4}?of\s+"
    r"(?:(?:about|around|some)\s+)?\S{0,2}$"
    r"|\bfac(?:es|ed|ing)\s+(?:an?\s+)?(?:[^\W\d_][\w-]*\s+){0,2}?(?:deficit|shortfall|funding\s+gap|budget\s+gap|bill)\s+of\s+"
    r"(?:(?:about|around|some)\s+)?\S{0,2}$"
    r"|\b(?:is|are|was|were)\s+(?:expected|forecast|projected)\s+to\s+(?:total|reach|be|amount\s+to|come\s+to)\s+"
    r"(?:(?:about|around|some|roughly)\s+)?\S{0,2}$"
    r"|\b(?:expectations?|estimates?|forecasts?)\s+(?:was|were|is|are|had\s+been)\s+(?:between\s+)?"
    r"(?:(?:about|around|some|roughly)\s+)?(?:\S+(?:\s+(?:million|billion|m|bn))?\s+(?:to|and)\s+)?\S{0,2}$"
    r"|\b(?:expectations?|estimates?|consensus|forecasts?)\b[^.;\d]{0,40}?\b(?:was|were|is|are|had\s+been)\s+for\s+"
    r"(?:an?\s+)?(?:(?:about|around|some|roughly)\s+)?\S{0,2}$",
    re.IGNORECASE,
)
SEGMENT = "+segment"
"""The context of a sum or a share told of one of a company's businesses ("Sales in its data
centre business rose to $14.5 billion", "Revenue at its cloud division rose 20%"), compared only
with another segment's: the company's own ("quarterly sales more than tripled to $18.12 billion")
is no rival figure."""
_SEGMENT_NOUNS = ("business", "segment", "division", "unit", "arm", "operations")
_SEGMENT_BEFORE = re.compile(
    r"\b(?:its|their|the\s+company's|the\s+group's|the)\s+(?:[^\W\d_]+[\s-]){1,3}"
    r"(?:" + "|".join(_SEGMENT_NOUNS) + r")(?:e?s)?\b[^.;]{0,40}$",
    re.IGNORECASE,
)
_REGION_BEFORE = re.compile(
    r"\b(?:revenue|revenues|sales|profit|profits|income|earnings|deliveries|shipments)\s+(?:in|from)\s+"
    r"(?:(?-i:Greater|North|South|East|West|Latin)\s+)?(?-i:[A-Z])[\w'\u2019-]+\b[^.;,]{0,40}$",
    re.IGNORECASE,
)
"""A company's sums in one region ("Sales in China fell 21%", "Revenue in Greater China dropped 21%"), a segment of
its whole."""
TOTAL = "+total"
"""The context of a sum told as the total of several ("fined Google a total of 8.2 billion
euros in three cases", "95 million dollars in total"), compared only with another total: one
of the sums it adds up is no rival figure. Not "totalling" after things counted ("The
suspicious payments, totalling about 1.5 billion euros"): that is only how much they were. Marked
so that no word of the context ("total") can stand for it."""
_TOTAL_BEFORE = re.compile(
    r"\b(?:a\s+total\s+of|combined|altogether|cumulative|in\s+all)\b[^.;,]{0,25}$", re.IGNORECASE
)
_TOTAL_AFTER = re.compile(r"[^.;,]{0,40}?\b(?:in\s+total|in\s+all|altogether|combined)\b", re.IGNORECASE)
_SO_FAR_AFTER = re.compile(r"[^.;]{0,40}?\b(?:so\s+far|to\s+date|in\s+total|in\s+all|altogether)\b", re.IGNORECASE)
_FURTHER_BEFORE = re.compile(
    r"\b(?:a\s+further|an\s+additional|an\s+extra|another)\s+(?:[^\W\d_]{1,3}\s?)?$", re.IGNORECASE
)
"""A sum on top of another ("a further 10 million euros", "an additional $2 billion"): how much it
grew, compared only with another such change."""
CHANGE = "change"
"""The context of a share a value moved by ("sales fell 8%"): no share of a thing ("40% of sales")."""
_MOVES_IN_THE_PRESENT = "jump rise fall drop climb slip grow gain soar plunge slump tumble surge dip slide sink".split()
"""How a value moved, told in a headline's plural present ("sales grow 13%"): verbs right before the value, where
the same words as nouns stand apart from it ("a fall in profit to 1.4 billion euros")."""
_MOVED_BY = re.compile(
    r"\b(?:" + "|".join((*MOVES, *_MOVES_IN_THE_PRESENT)) + r"|edged\s+(?:up|down)|(?<![\w-])(?:up|down))(?:\s+by)?\s+"
    r"(?:(?:about|around|some|nearly|almost|just|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_UP_OR_DOWN_BEFORE = re.compile(r"(?:^|[,;(]\s*)(?:up|down)\s+(?:by\s+)?(?:\S{1,2})?$", re.IGNORECASE)
"""A sum told as how much something moved, after a comma ("to 13.99 euros, up 1 euro")."""
_MOVED_TO = re.compile(
    r"\b(?:" + "|".join(MOVES) + r")\b[^.;,]{0,25}?\bto\s+(?:(?:about|around|some|nearly|almost|just)\s+)?\S{0,2}$",
    re.IGNORECASE,
)
"""A sum a thing moved to ("Net profit rose to 1.1 billion euros"): what moved is what it measures."""
MULTIPLIED = {
    "doubled": 100.0, "doubling": 100.0, "tripled": 200.0, "trebled": 200.0, "tripling": 200.0,
    "quadrupled": 300.0, "halved": -50.0, "halving": -50.0,
    "double": 100.0, "triple": 200.0, "treble": 200.0, "quadruple": 300.0, "halve": -50.0,
}  # fmt: skip
"""Words that say by how much a thing was multiplied, as the share it moved by: doubling is a
rise of 100%, halving a fall of 50%. The bare verbs ("double") only after a modal or "to"
(claims.quantities), where they are no adjective ("a double murder")."""
WORDED_SHARE_SLACK = 0.15
"""How far a share told by a word ("nearly a third", "about half") reaches from its value, a part of
it: 29% is nearly a third, 43% nearly half."""
ROUNDED_SHARE = "rounded share"
"""The label of a share told by a word ("doubled", "a third", "nearly a quarter"), which gives it
only roughly."""
COMPARED = "+compared"
"""The context of a share one thing is above or below another ("25% more than the stock's last
closing price", "a premium of 31% to its closing price"; not "4% higher than a year earlier", a
change): how far apart two things stand, compared
only with another such share, never with how far one thing moved ("Shares jumped 27%")."""
_THAN_AFTER = re.compile(
    r"\s+(?:above|below)\s+(?=where\b|its\b|their\b|the\s+(?:closing|last|previous)\b|the\s+(?:\S+\s+){0,2}?average\b"
    r"|[\w.&-]+['\u2019]s\s)"
    r"|\s+(?:more|less|higher|lower|above|below|greater|fewer|cheaper|dearer|bigger|smaller|larger)\s+than\b"
    r"(?!\s+(?:a\s+year|a\s+month|a\s+week|last|the\s+previous|the\s+same|in\s+\d|before|earlier|previously|\d{4}))",
    re.I,
)


def told_against_another(text: str, end: int) -> bool:
    """Whether a value ending at `end` is how far one thing stands from another ("... below the
    previous record low", "... more than the closing price"): no level."""
    return _THAN_AFTER.match(text, end) is not None


AGAINST_ANOTHER = "against another"
"""The mark of a unit told as how far one thing stands from another (an area: "1.5 million sq km
below the 1981-2010 average"), compared only with another such."""
_COMPARED_REACH = 40
_PREMIUM_BEFORE = re.compile(r"\b(?:premium|discount|markup)\s+of\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_PREMIUM_AFTER = re.compile(r"\s+(?:premium|discount|markup)\b", re.I)
MOVED = "+moved:"
"""Marks, in the context of a share a value moved by, each term of what moved ("Ryanair profit
jumps 30% on higher fares": profit, not fares; "Sales of its drug Wegovy rose 67%": sales): two
changes of things named apart are two measures, whatever else their words share."""
_SUBJECT_WORDS = 3
_STRETCHES = DURATION_WORDS | frozenset(("quarter", "quarters", "half"))
"""Words of the stretch of time a thing moved over, no part of the thing ("Net income for the six months to June
dropped 9%": net income)."""
_NUMBER_THEN_WORD = re.compile(r"\d[\d,.]*(?:\s+(?:million|billion|thousand|trillion))?\s+([^\W\d_]+)", re.IGNORECASE)
_BY_THEN_TO = re.compile(r"\bby\s+\S{0,2}$", re.IGNORECASE)
_THEN_TO = re.compile(r"[^.;,]{0,20}?\bto\s+\S{0,2}\d", re.IGNORECASE)
_FROM_AFTER_TO = re.compile(r"\bto\s+\S{0,2}\d[^.;,]{0,30}\bfrom\s+\S{0,2}$", re.IGNORECASE)
"""A sum a price moved by ("by 1 dollar to 11.99 dollars") or from ("to 11.99 dollars from 10.99
dollars"): not the price it is now."""
FINE = "fine"
"""The context of a sum someone is fined (`_is_fine`)."""
_FINE_BEFORE = re.compile(r"\b(?:fined|fine|fines|penalty|penalties)\b[^.;,]{0,40}$", re.IGNORECASE)
_FINE_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:fine|penalty)\b", re.IGNORECASE)


def _is_fine(text: str, start: int, end: int) -> bool:
    """Whether a sum is one someone is fined: "fined the carmaker 240 million euros", "a fine of
    $5 million", "a \u20ac1.6bn EU antitrust penalty"; the fine is named in the value's clause, just
    before it or within two words after."""
    return bool(_FINE_BEFORE.search(text, max(0, start - 50), start) or _FINE_AFTER.match(text, end))


_OFFER = re.compile(r"\b(?:bid|bids|offer|offers|offered|proposal)\b", re.IGNORECASE)
UNIT_TERMS = frozenset(
    t.term
    for t in tokenize(
        "percent per cent km kilometres kilometers kilometre kilometer miles mile metres meters feet million "
        "billion thousand bn mn dollars dollar euros euro pounds pound yen acres acre hectares hectare square"
    )
)
"""Terms of the words a value is written with: two statements giving one value in different
units ("$1.5bn" / "1.5 billion dollars") differ in these and in nothing they claim."""
_CONTEXT_NOISE = (
    frozenset(
        "the a an of in at on to for by from with and or about around some more than less over under up least "
        "percent per cent km miles mile kilometres kilometers metres meters feet million billion thousand "
        "years months weeks days hours year month week day hour start starts starting".split()
    )
    | frozenset(MOVES)
    | frozenset(CURRENCY_AFTER)
)
"""Words around a value that say nothing of what it measures: units, currencies, how it moved."""


ABOUT_WORDS = frozenset("about around roughly nearly almost approximately some estimated approx circa".split())
_NEARLY_WORDS = frozenset(("nearly", "almost"))
_AT_LEAST = (
    "more than", "over", "at least", "upwards of", "in excess of", "just over", "above",
    "passes", "passed", "tops", "topped", "exceeds", "exceeded", "surpasses", "surpassed",
    "breaks", "broke", "crosses", "crossed", "breaches", "breached",
    "starting at", "starts at", "start at", "starting from", "starts from",
)  # fmt: skip
_MOVED_PAST = re.compile(
    r"\b(?:climb|climbs|climbed|rise|rises|rose|risen|jump|jumps|jumped|go|goes|went|gone|creep|creeps|crept|"
    r"edge|edges|edged|surge|surges|surged|move|moves|moved)\s+past$"
)
"""A value a count has moved beyond ("death toll climbs past 70"): more than it; not "over the past 12 months"."""
_HANDED_OVER = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|taking|pass|passes|passed|"
    r"passing)\s+over$"
)
"""A verb whose "over" belongs to it ("Airbus handed over 820 jets"): the figure after is no floor."""
_SPREAD_OVER = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundred|thousand|million|billion))"
    r"[\d,.%]*\s+(?:[^\W\d_]+\s+){0,2}over\s*$",
    re.IGNORECASE,
)
"""A value spread over the one after ("about 12 hours over two days", "$5 billion over five years",
"20 inches of rain over three days", up to two words between): what follows "over" is the stretch
it is spread across, no floor."""
_AT_MOST = ("less than", "fewer than", "under", "at most", "just under", "below", "no more than", "within")
_UP_TO = ("up to", "as many as", "as much as")
"""Words before a value that bound it: "more than 10" is 10 or more, and so is a toll that "passes 10"."""
_PEAK = re.compile(r"\b(?:peak|maximum|top)\s+(?:[a-z]+\s+)?of$")
"""A ceiling told as a peak ("peak winds of 140 mph", "a maximum of 40"), as "up to" tells one."""
_INITIAL = re.compile(r"\binitial(?:ly)?(?:\s+[a-z]+)?(?:\s+of)?$")
"""A value told as a first one ("an initial fee of 22 million euros, which could rise by a further
3 million"; "initially 22 million"): what it ends at may be more, "25 million euros" fits."""


def read_bound(before: str) -> Bound:
    """How a value is hedged by the words just before it ("more than", "about")."""
    tail = " ".join(re.findall(r"[^\W\d_]+", before[-30:].lower())[-3:])
    if tail.endswith("over") and (_HANDED_OVER.search(tail) or _SPREAD_OVER.search(before[-40:])):
        return Bound.EXACT  # "handed over 820 jets", "took over 12 stores": a verb's, no bound
    if tail.endswith(_AT_LEAST) or _INITIAL.search(tail) or _MOVED_PAST.search(tail):
        return Bound.AT_LEAST
    if tail.endswith(_AT_MOST):
        return Bound.AT_MOST
    if tail.endswith(_UP_TO) or _PEAK.search(tail):
        return Bound.UP_TO
    last = tail.split()[-1] if tail else ""
    if last in _NEARLY_WORDS or tail.endswith("close to"):
        return Bound.NEARLY
    if last in ABOUT_WORDS or tail.endswith("an estimated"):
        return Bound.ABOUT
    return Bound.EXACT
