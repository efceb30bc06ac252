"""The values a statement gives, each with what it measures, so two reports can be held to them.

"The 6.1-magnitude quake" gives 6.1 (magnitude); "homes in five villages" gives 5 (villages);
"killing at least 10 people" gives 10 or more (dead); "58km (36 miles)" gives 58 km twice;
"US$334 million in cash" gives 334,000,000 dollars paid in cash. Two statements disagree on a
value only when both measure the same thing in the same frame of time (a year, a month, "last
year"), and the ranges their wording allows ("about", "more than", "at least") do not meet.
Ages are never compared with counts; a part ("four other people", "25 of the injured") is
never compared with a whole; a count is never a year, an ordinal or a sports record.
"""

from __future__ import annotations

import math
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from enum import Enum
from functools import lru_cache

from claims.frames import DATE, MONTHS, YEAR, read_frame
from claims.lexicon import function_words, word_zipf
from claims.terms import NUMBER_WORDS, TENS, spelled_number, tokenize


class Kind(Enum):
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
    TEMPERATURE = "temperature"
    """In degrees Celsius, converted from Fahrenheit: "41.2C", "105F"."""
    AREA = "area"
    """In hectares, converted from acres and square kilometres or miles: "12,000 acres". Compared
    whatever words stand around it, as counts are: a story's area is what burned or flooded,
    however told ("has burned 12,000 acres" / "has scorched about 8,000 hectares")."""


class Bound(Enum):
    EXACT = "exact"
    ABOUT = "about"
    AT_LEAST = "at least"
    AT_MOST = "at most"


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

    @property
    def counted(self) -> str:
        """What is measured, wherever: "dead" of "dead in ikeja"."""
        return self.unit.split(SCOPE_MARK)[0]

    @property
    def scoped(self) -> bool:
        """Whether it counts in one district only ("12 workers" in "the Ikeja district")."""
        return SCOPE_MARK in self.unit

    @property
    def context(self) -> frozenset[str]:
        """Terms of the words around it: a sum, a share or a distance is of something ("in
        savings", "of the buildings", "from the border"), and two of them compare only if their
        surroundings meet; a sum paid for something is a price, however the deal is told
        ("signed Diallo for a fee of 12 million euros" / "a move to Porto for 15 million euros").
        Around a sum or a share, names say nothing ("a premium of 22% to Orchard's closing
        price" / "Orchard's stock rose 19%"). Worked out only when two such values are compared."""
        if self.kind not in (Kind.MONEY, Kind.PERCENT):
            return _context(self.text, self.start, self.end)
        context = _context(self.text, self.start, self.end, names=False)
        return context | {PRICE} if self.kind is Kind.MONEY and _is_price(self.text, self.start, self.end) else context

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

    def agrees(self, other: Quantity) -> bool:
        """Whether the two values can be the same, given how each is worded."""
        relative, absolute = _TOLERANCE[self.kind]
        if self.kind is Kind.TEMPERATURE and self.label != other.label:
            absolute = CONVERTED_DEGREES  # one of them converted: 105F is 40.6C, written "41C"
        elif self.kind is Kind.PERCENT:
            absolute *= 10.0 ** -min(self.decimals, other.decimals)  # "52%" is "52.4%"; "4.1%" is not "4.2%"
        if Bound.ABOUT in (self.bound, other.bound):
            relative, absolute = relative + ABOUT_SLACK, absolute * 3
        if self.bound is other.bound and self.bound in (Bound.AT_LEAST, Bound.AT_MOST):
            relative = max(relative, 0.1)  # "more than 10" and "at least 11" are one toll
        slack = max(max(abs(self.value), abs(other.value)) * relative, absolute)
        bounds = (self.bound, other.bound)
        if self.bound is other.bound or (Bound.AT_LEAST not in bounds and Bound.AT_MOST not in bounds):
            return abs(self.value - other.value) <= slack
        if Bound.AT_LEAST in bounds and Bound.AT_MOST in bounds:
            floor, ceiling = (self, other) if self.bound is Bound.AT_LEAST else (other, self)
            return floor.value <= ceiling.value + slack
        bounded, point = (self, other) if self.bound in (Bound.AT_LEAST, Bound.AT_MOST) else (other, self)
        if bounded.bound is Bound.AT_MOST:
            return point.value <= bounded.value + slack
        reach = math.inf if bounded.value <= 1 else bounded.value * LOWER_BOUND_REACH  # "at least one": some
        return bounded.value - slack <= point.value <= reach + slack


CONVERTED_DEGREES = 0.3
"""How far apart two temperatures written in different scales may be and still agree: one was
converted and rounded. In one scale, 47.4C is not 46.9C (a record is told to the tenth)."""
_DECIMALS = re.compile(r"\d\.(\d+)")
ABOUT_SLACK = 0.1
"""How far "about" reaches, as a share of the value: "about 40,000" is not "more than 45,000"."""
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
    Kind.TEMPERATURE: (0.0, 0.05),
    Kind.AREA: (0.08, 0.0),
}
"""Relative and absolute slack of an exact value: units converted (10 km = six miles) and
rounding (58 km = 36 miles = 35 miles) agree."""

_WEEKDAY_ORDER = "monday tuesday wednesday thursday friday saturday sunday".split()
_WEEKDAYS = frozenset(_WEEKDAY_ORDER)
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_CURRENCY_BEFORE = {"us$": "USD", "$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP"}

_LENGTHS = {
    "km": 1.0, "kilometer": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometres": 1.0,
    "mile": 1.609344, "miles": 1.609344, "mi": 1.609344,
    "m": 0.001, "meter": 0.001, "meters": 0.001, "metre": 0.001, "metres": 0.001,
    "feet": 0.0003048, "foot": 0.0003048, "ft": 0.0003048, "yard": 0.0009144, "yards": 0.0009144,
    "inch": 0.0000254, "inches": 0.0000254, "cm": 0.00001, "centimetre": 0.00001,
    "centimetres": 0.00001, "centimeter": 0.00001, "centimeters": 0.00001, "mm": 0.000001, "millimetre": 0.000001,
    "millimetres": 0.000001, "millimeter": 0.000001, "millimeters": 0.000001,
}  # fmt: skip
_WEIGHTS = {
    "kg": 1.0, "kilogram": 1.0, "kilograms": 1.0, "kilo": 1.0, "kilos": 1.0, "pound": 0.45359237,
    "pounds": 0.45359237, "lb": 0.45359237, "lbs": 0.45359237, "tonne": 1000.0, "tonnes": 1000.0,
    "ton": 907.18474, "tons": 907.18474,
}  # fmt: skip
_SPEEDS = {"mph": 1.609344, "km/h": 1.0, "kph": 1.0, "kmh": 1.0}
_CURRENCY_AFTER = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP",
    "crown": "crowns", "crowns": "crowns", "kronor": "crowns", "krona": "crowns", "kroner": "crowns",
    "yen": "JPY", "yuan": "CNY", "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "lira": "TRY", "rand": "ZAR",
}  # fmt: skip
"""Currencies written after a sum; the crowns of the Nordic countries and the Czech Republic
are one currency here, as a report names them without a country."""
_SCALE_WORDS = "million billion trillion thousand m bn"
UNIT_FAMILIES = {
    **dict.fromkeys(_LENGTHS, "distance"),
    **dict.fromkeys((*_CURRENCY_AFTER, *_SCALE_WORDS.split()), "money"),
    **dict.fromkeys(_WEIGHTS, "weight"),
    **dict.fromkeys(("acre", "acres", "hectare", "hectares", "ha", "square", "sq"), "area"),
    **dict.fromkeys(("percent", "per", "cent"), "percent"),
    **dict.fromkeys(("magnitude", "richter"), "magnitude"),
    **dict.fromkeys("year years month months week weeks day days hour hours minute minutes".split(), "time"),
}
"""The family of each word a unit is written in, next to a number: what the number may measure
("m" is millions, "pounds" a weight, as often as not)."""

_AREAS = {"acre": 0.40468564224, "acres": 0.40468564224, "hectare": 1.0, "hectares": 1.0, "ha": 1.0}
_SQUARE_AREAS = {"km": 100.0, "kilometre": 100.0, "kilometres": 100.0, "kilometer": 100.0, "kilometers": 100.0,
                 "mile": 258.9988110336, "miles": 258.9988110336, "mi": 258.9988110336}  # fmt: skip
_SQUARE_AFTER = re.compile(r"[\s-]?(?:square|sq\.?)[\s-](?P<unit>[a-z]+)\b", re.IGNORECASE)
_ABOUT = frozenset("about around roughly nearly almost approximately some estimated approx circa".split())
_AT_LEAST = ("more than", "over", "at least", "upwards of", "in excess of", "just over", "above")
_AT_MOST = ("less than", "fewer than", "under", "up to", "at most", "just under", "below", "no more than", "within")
_PART = frozenset("other another more further additional extra remaining".split())
_SUBSET = re.compile(r"\s+of\s+(?:the|them|those|these|whom|which|all)\b(?!\s+\d)", re.IGNORECASE)
"""A part of a total the statement does not give ("25 of the injured"); given ("108 of the 200
seats"), both are counts of the thing."""
_STOP = frozenset(
    "in at on from by for with without during after before since near across into onto over under between to than as "
    "and or but while when where who which that per".split()
)
_GENERIC = frozenset(
    "people persons person others residents civilians men women children individuals citizens those them "
    "inhabitants villagers".split()
)
COUNT_CLASSES = {
    word: name
    for name, words in (
        ("dead", "dead death deaths die died dying kill killed killing kills fatalities fatality toll lives bodies "
         "perished victims"),
        ("injured", "injured injuring injure injures injuries injury hurt wounded wounding wounds"),
        ("shot", "shot shooting shoots"),
        ("stabbed", "stabbed stabbing stabbings stabs"),
        ("buildings", "house houses home homes building buildings structure structures dwelling dwellings households"),
        ("arrested", "arrested arrest arrests detained detention detentions"),
        ("missing", "missing unaccounted"),
        ("evacuated", "evacuated evacuate evacuation evacuees flee fled fleeing"),
        ("recalled", "recall recalls recalled recalling"),
        ("displaced", "displaced homeless"),
        ("aboard", "aboard board onboard carrying carried"),
        ("employees", "employees employee staff workforce employs employ employed employing working"),
        ("participants", "march marched marchers marching protest protests protesters protested protestors "
         "demonstration demonstrations demonstrators demonstrated rally rallies rallied crowd crowds streets "
         "participants participated participating turnout part"),
        ("charges", "charges counts indictments"),
        ("jobs", "jobs job positions layoffs redundancies"),
        ("rescued", "rescued rescue survivors pulled saved"),
    )
    for word in words.split()
}  # fmt: skip
"""What a count of people counts, from the word that says what happened to them, or of things,
from their names."""
_THINGS = frozenset(("buildings", "charges", "jobs", "recalled"))
"""Classes of things counted, not of people: no word of theirs says what happened to people."""
TALLIES = frozenset("dead injured missing arrested evacuated displaced buildings villag participants aboard".split())
"""What a story's tolls and damage are counted in: the counts two reports must be compared on."""
TALLY_WORDS = frozenset(
    [
        *(word for word, name in COUNT_CLASSES.items() if name in TALLIES),
        *("village", "villages", "magnitude", "richter", "burns", "wounds", "unhurt", "unharmed", "uninjured", "safe"),
    ]
)
"""Words without which a statement gives no toll, damage count or magnitude."""
_HEAD_REACH = 3
"""Words after a number in which the counted thing is looked for ("four strong aftershocks")."""
_EVENT_REACH = 4

_DIGIT = re.compile(r"\d")
_NOW = re.compile(r"\b(?:yesterday|today|tonight|this (?:week|month|year))\b", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]+")
_SCOPE_WORD = re.compile(r"district|county|municipality|commune|borough|township")
_VALUE_WORDS = frozenset(
    [*NUMBER_WORDS, *MONTHS, *_WEEKDAYS, "last", "next", "ago", "yesterday", "today", "tonight", "this"]
)
"""Words that may give a value or a time: a statement with none of them and no digit needs no
closer reading (most do not). Looked up in a set of the statement's words, many times faster
than one regular expression of alternatives."""
_HYPHEN_UNITS = (
    "magnitude|year-old|years-old|km|kilometre|kilometer|mile|foot|metre|meter|year|month|week|day|hour|minute"
    "|storey|story|floor"
)
"""Units a number is joined to by a hyphen ("6.1-magnitude", "three-week"): a spelled number
joined to anything else ("twenty-five", "one-third") is no value of its own."""
_COUNT_WORDS = frozenset(w for w in NUMBER_WORDS if w not in ("zero", "one"))
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
"""What follows the tens in a number of two words ("twenty-three", "forty one")."""
_NUMBER = re.compile(
    r"(?<![\w.,/:-])"
    r"(?P<cur>US\$|\$|€|£|(?:EUR|USD|GBP)\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s?(?:thousand|million|billion|trillion|bn|mn|m|k)\b)?"
    r"(?![/:]|-\d|,\d|\.\d)"
    r"|(?<![\w-])(?P<word>"
    + f"(?:{TENS.replace(' ', '|')})[-\\s](?:{_UNITS})\\b|"
    + "|".join(sorted((w for w in NUMBER_WORDS if w not in ("zero", "one")), key=len, reverse=True))
    + r")\b(?!-(?!"
    + _HYPHEN_UNITS
    + r"\b))",
    re.IGNORECASE,
)
_DIGITS = re.compile(_NUMBER.pattern.split("|(?<![\\w-])(?P<word>")[0] + r"(?P<word>(?!))?", re.IGNORECASE)
"""_NUMBER without the number words, for the many statements that have none."""
_WEEKDAY = re.compile(r"\b(?P<day>" + "|".join(_WEEKDAYS) + r")(?:'s|\u2019s)?\b", re.IGNORECASE)
_HYPHEN_UNIT = re.compile(r"-(?P<unit>" + _HYPHEN_UNITS + r")\b", re.IGNORECASE)
_AGE = re.compile(r"\s*(?:-?years?-old|\s?years?\s+old)\b", re.IGNORECASE)
_DEATH_AGE = re.compile(
    r"\b(?:dies|died|dead|death|passed away|dying)\s+(?:at|aged|at\s+the\s+age\s+of)\s*$", re.IGNORECASE
)
DEATH_AGE = "age:death"
"""The age someone died at ("dies at 87", "has died aged 86"): a story tells of one death, so
two such ages are compared whoever the statement names."""
_AGE_BEFORE = re.compile(r"(?:\baged?|\bage of)\s*$", re.IGNORECASE)
_NAME_AGE = re.compile(r"[A-Z][\w.'\u2019-]*,\s*$")
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|pct\b)", re.IGNORECASE)
_TEMPERATURE_AFTER = re.compile(
    r"\s?(?:°\s?|degrees?\s+)?(?P<scale>C|F|[Cc]elsius|[Ff]ahrenheit|[Cc]entigrade)(?![\w-])"
)
"""Degrees after a number ("41.2C", "40 °C", "105 degrees Fahrenheit"), not "5 F-16 jets"."""
_MAGNITUDE_BEFORE = re.compile(
    r"magnitude(?:\s+(?:of|was|is|at|measured|stood at|reached|had been))?"
    r"(?:\s+(?:about|around|roughly|nearly|approximately|some|at least))?[\s-]*$",
    re.IGNORECASE,
)
_MAGNITUDE_AFTER = re.compile(r"[\s-]*(?:magnitude\b|on the (?:Richter|moment magnitude) scale\b)", re.IGNORECASE)
_SPEED_AFTER = re.compile(
    r"\s?(?:miles?\s+(?:per|an|a)\s+hour|mph|km/h|kph|kmh|kilometers per hour|kilometres per hour)\b", re.I
)
_MEASURE_AFTER = re.compile(r"[\s-]?(?P<unit>[a-z]+)\b", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"\s+(?:in\s+(?P<in>cash|stock|shares|aid|loans|debt)(?!\s+(?:and|or|plus)\s+(?!the\b))"
    r"|(?P<per>a|per|each)\s+(?:year|month|week|day|share))\b",
    re.I,
)
"""What part of a sum it is: "in cash" (not "in cash and stock" or "in cash and gifts", the
whole; "in cash and the rest in shares" is the cash), "a year"."""
_MOMENT = re.compile(r"(?:st|nd|rd|th)[\s-]+(?P<unit>minute|round|lap|inning|over|century)\b", re.IGNORECASE)
"""The minute, round or lap of a match something happened in ("the 89th minute"), or the century."""
_RATING_BEFORE = re.compile(r"\b(?P<scale>category|level|grade)\s*$", re.IGNORECASE)
"""The scale a small number is a step of ("Category 4", "level 3"): no count of what follows."""
RATING_TOP = 10
"""The highest step of a scale: storm categories, alert levels and grades stop well short of it."""
_SKIP_AFTER = re.compile(
    r"(?:st|nd|rd|th)\b|-\d|/\d|:\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|EDT|EST|UTC)", re.IGNORECASE
)
_RECORD = re.compile(r"\d+-\d+")
_RANGE = re.compile(
    r"\b(?:between|from)\s+\S*\d[\d,.]*\s*(?:[^\W\d_]+\s+)?(?:and|to)\s+\S*\d[\d,.]*"
    r"|\d[\d,.]*\s*(?:%|percent|per cent)?\s+to\s+\S*\d[\d,.]*",
    re.IGNORECASE,
)
"""Ranges ("between 30 and 40 years old", "40 percent to 70 percent") are not compared."""
_MOVES = (
    "fell rose dropped climbed jumped slipped increased decreased grew declined gained lost soared plunged slumped "
    "tumbled surged dipped shrank slid risen fallen grown shrunk"
).split()
"""How a value moved: said of any value, so no clue to what it measures."""
_CHANGE = re.compile(
    r"\b(?:" + "|".join(_MOVES) + r"|edged\s+(?:up|down)|(?:went|was)\s+(?:up|down))(?:\s+by)?\s+$", re.IGNORECASE
)
"""A change, not a range, when it follows such a verb: "fell 14 percent to 2.1 billion euros" (by
so much, to so much: two values)."""
SCOPE_MARK = " in "
"""Between a counted thing and the district it is counted in, in a unit ("dead in ikeja")."""
_SCOPE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?:neighbou?ring\s+)?(?P<place>(?:[A-Z][\w'-]+\s+)+)"
    r"(?:district|county|municipality|commune|borough|township)\b"
)
"""A count "in Bener Meriah district" is that district's, not the whole story's (a province or a
state is usually the whole story's area, and both reports name it)."""

_ORGANISERS = frozenset("organisers organizers organiser organizer".split())
ORGANISERS_COUNT = "participants by organisers"
"""A crowd as its organisers count it: every report of a march sets it beside the police's
count, so it is compared with organisers' counts only."""
ZERO_WORDS = frozenset(("no", "nobody", "none", "zero"))
_ZERO = re.compile(
    r"\b(?:no\s+one|nobody|none)\s+(?:(?:was|were|is|are|has been|have been|had been)\s+)?"
    r"(?:[^\W\d_]+ly\s+)?(?P<verb>[^\W\d_]+)"
    r"|\b(?:no|zero)\s+(?:(?:further|other|new|more)\s+)?(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)
"""A count of none: "Police made no arrests", "No one was injured", "nobody was killed"."""
CASUALTIES = {"casualties": ("dead", "injured"), "casualty": ("dead", "injured")}
"""No casualties are none dead and none hurt; a count of casualties is neither count."""
_UNHURT = {"safe": "injured", "unhurt": "injured", "unharmed": "injured", "uninjured": "injured", "survived": "dead"}
_ALL_UNHURT = re.compile(r"\ball\b[^.;]{0,60}?\b(?P<unhurt>" + "|".join(_UNHURT) + r")\b", re.IGNORECASE)
"""Everyone unhurt: "all 143 passengers and crew escaped unhurt", "all 143 on board safe": none
injured; "All on board survived": none dead."""
_ZERO_COUNTED = frozenset(("dead", "injured", "arrested", "missing", "shot", "evacuated", "buildings"))
COUNTED_WORDS = frozenset(word for word, name in COUNT_CLASSES.items() if name in _ZERO_COUNTED) | CASUALTIES.keys()
"""Words a count of none may be of ("no arrests", "no one was hurt", "no homes")."""
_SOME = re.compile(
    r"\b(?:one|an?)\s+(?:[^\W\d_]+\s+){1,3}?(?:was|has\s+been|had\s+been)\s+(?:[^\W\d_]+ly\s+)?"
    r"(?P<verb>killed|injured|hurt|wounded|shot(?:\s+dead)?)\b(?!\s+down)"
    r"|\b(?:one|an?)\s+(?:[^\W\d_]+\s+){1,3}?(?P<died>died)\b"
    r"|\b(?:suffered|sustained|hospital\s+with|treated\s+for)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?P<noun>burns|injuries|injury|wounds)\b",
    re.IGNORECASE,
)
"""Someone hurt or killed, told without a number ("One firefighter suffered minor burns", "a
guard was shot", "A crew member was taken to hospital with minor injuries"): at least one,
against a report that counts none ("No injuries have been reported"); it says nothing of how
many more."""
_ONE = re.compile(
    r"\b(?P<verb>killing|injuring|wounding)\s+(?P<one>one)\b(?!\s+of)"
    r"|(?<!\bno\s)\b(?P<one2>one)\s+(?:(?:person|man|woman|child)\s+)?(?:(?:was|has\s+been)\s+)?"
    r"(?P<event>dead|killed|died|injured|hurt|wounded)\b",
    re.IGNORECASE,
)
"""One dead or hurt, the number spelled ("Strong earthquake shakes northern Chile, one dead",
"killing one person"): "one" is read as a number only so ("one of them", "one man" are not)."""
SOME_WORDS = {
    **{
        word: COUNT_CLASSES[word]
        for word in ("killed", "injured", "hurt", "wounded", "shot", "injuries", "injury", "died", "dead")
    },
    "burns": "injured",
    "wounds": "injured",
    **_UNHURT,
}
"""The words _SOME (and _ALL_UNHURT) find someone hurt or killed (or no one hurt) by, and what
they count."""


def counts_without_number(words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words) may count none or some of something without
    a number: "Police made no arrests", "No one was hurt", "A guard was shot"."""
    if "all" in words and not words.isdisjoint(_UNHURT):
        return True
    if words.isdisjoint(COUNTED_WORDS) and words.isdisjoint(SOME_WORDS):
        return False
    return not words.isdisjoint(ZERO_WORDS) or not words.isdisjoint(
        ("one", "a", "an", "suffered", "sustained", "hospital", "treated")
    )


UNITS_OF_TIME = ("decade", "year", "month", "week", "day", "hour", "minute")
"""Units a duration may be spelled in with "a" ("less than a day")."""
_ONE_UNIT_CUES = frozenset("than under nearly almost about for of".split())
_ONE_UNIT = re.compile(
    r"(?:\b(?:than|under|nearly|almost|about|for)\s+(?=an?\s)|(?=an?\s+\w+\s+of\s+(?!the\b)))"
    r"(?P<one>an?\s+(?P<unit>" + "|".join(UNITS_OF_TIME) + r"))\b",
    re.IGNORECASE,
)
"""One unit of time spelled "a" ("less than a day", "for a week", "a day of mourning"): a
duration like "two days"."""
CONTEXT_KINDS = frozenset(
    (Kind.MONEY, Kind.PERCENT, Kind.DISTANCE, Kind.WEIGHT, Kind.SPEED, Kind.DURATION, Kind.MOMENT, Kind.RATING)
)
_CONTEXT_REACH = 4
_CLAUSE_SUBJECT = 3
"""Words that open a value's clause, where what it measures is often named ("Average rents in
the capital have risen by 18 percent")."""
_DURATIONS = frozenset(
    "year years month months week weeks day days hour hours minute minutes second seconds decade decades".split()
)


@dataclass(frozen=True, slots=True)
class Values:
    """Everything a statement gives: values, and the frame of time they belong to."""

    quantities: tuple[Quantity, ...]
    frame: frozenset[str]
    """Years ("2003"), months without a day ("month:2") and relative frames ("last year") it names."""
    dated: bool
    """It names any time at all (a weekday, "yesterday", a date): such a statement sets its own frame."""
    years: frozenset[str] = frozenset()
    """Every year it names, the ones that name an event too ("the 2004 tsunami")."""


_NO_VALUES = Values((), frozenset(), False)


def read_values(text: str, words: AbstractSet[str] | None = None) -> Values:
    """The values and time frame of one statement (`words`: its lower-cased words, if known)."""
    digits = bool(_DIGIT.search(text))
    lower = text.lower()
    if words is None:
        words = set(_LETTERS.findall(lower))
    one_unit = not words.isdisjoint(_DURATIONS) and not words.isdisjoint(_ONE_UNIT_CUES)
    uncounted = counts_without_number(words)
    if not digits and not one_unit and not uncounted and words.isdisjoint(_VALUE_WORDS):
        return _NO_VALUES
    quantities: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    months = not words.isdisjoint(MONTHS)
    dates = list(DATE.finditer(text)) if months and digits else []
    for match in dates:
        month = MONTHS[(match.group("month") or match.group("month2")).lower()]
        day = int(match.group("day") or match.group("day2"))
        if 1 <= day <= 31:
            label = f"{month:02d}-{day:02d}"
            quantities.append(Quantity(Kind.DATE, "date", month * 100 + day, Bound.EXACT, *match.span(), label))
            taken.append(match.span())
    years: set[str] = set()
    for match in YEAR.finditer(text) if digits else ():
        taken.append(match.span())
        years.add(match.group("year"))
    frame = read_frame(text, months, [match.span() for match in dates])
    for match in _WEEKDAY.finditer(text) if not words.isdisjoint(_WEEKDAYS) else ():
        weekday = match.group("day").lower()
        number = _WEEKDAY_ORDER.index(weekday)
        quantities.append(Quantity(Kind.WEEKDAY, "weekday", number, Bound.EXACT, *match.span("day"), weekday.title()))
    ranged = " to " in lower or "between" in lower or "from" in lower
    records = _RECORD.finditer(text) if digits and "-" in text else ()
    ranges = (r for r in _RANGE.finditer(text) if not _CHANGE.search(text, 0, r.start())) if ranged and digits else ()
    for record in (*records, *ranges):
        taken.append(record.span())
    scope = _SCOPE.search(text) if _SCOPE_WORD.search(lower) else None
    numbers = _DIGITS.finditer(text) if words.isdisjoint(_COUNT_WORDS) else _NUMBER.finditer(text)
    for match in numbers:
        if any(start <= match.start() < end for start, end in taken):
            continue
        quantity = _quantity(text, match)
        if quantity is None:
            continue
        if quantity.kind in CONTEXT_KINDS:
            quantity = replace(quantity, text=text)
        elif quantity.kind is Kind.COUNT and scope and quantity.unit in TALLIES:  # a toll of the district
            quantity = replace(quantity, unit=f"{quantity.unit}{SCOPE_MARK}{scope.group('place').strip().lower()}")
        elif quantity.unit == "participants" and not words.isdisjoint(_ORGANISERS):
            quantity = replace(quantity, unit=ORGANISERS_COUNT)
        quantities.append(quantity)
    for match in _ZERO.finditer(text) if uncounted else ():
        word = (match.group("noun") or match.group("verb") or "").lower()
        for counted in CASUALTIES.get(word, (COUNT_CLASSES.get(word),)):
            if counted in _ZERO_COUNTED:
                quantities.append(Quantity(Kind.COUNT, counted, 0.0, Bound.EXACT, *match.span(), counted))
    for match in _ALL_UNHURT.finditer(text) if uncounted else ():
        counted = _UNHURT[match.group("unhurt").lower()]
        quantities.append(Quantity(Kind.COUNT, counted, 0.0, Bound.EXACT, *match.span("unhurt"), counted))
    ones = list(_ONE.finditer(text)) if uncounted else []
    for match in ones:
        counted = COUNT_CLASSES[(match.group("verb") or match.group("event")).lower()]
        one = match.span("one") if match.group("one") else match.span("one2")
        quantities.append(Quantity(Kind.COUNT, counted, 1.0, Bound.EXACT, *one, counted))
    for match in _SOME.finditer(text) if uncounted else ():
        if any(one.start() < match.end() and match.start() < one.end() for one in ones):
            continue  # "One man was killed": one, not at least one
        word = (match.group("noun") or match.group("verb") or match.group("died")).lower()
        counted = "dead" if word.endswith("dead") else SOME_WORDS[word]
        if any(q.kind is Kind.COUNT and q.unit == counted for q in quantities):
            continue  # "Three passengers were taken to hospital with minor injuries": three
        quantities.append(Quantity(Kind.COUNT, counted, 1.0, Bound.AT_LEAST, *match.span(), counted))
    for match in _ONE_UNIT.finditer(text) if one_unit else ():
        unit, start, end = match.group("unit").lower(), *match.span("one")
        bound = _bound(text[:start])
        quantities.append(Quantity(Kind.DURATION, "days", _IN_DAYS[unit], bound, start, end, unit + "s", text))
    dated = bool(frame) or any(q.kind in (Kind.DATE, Kind.WEEKDAY) for q in quantities)
    dated = dated or bool(_NOW.search(text))
    return Values(tuple(quantities), frame, dated, frozenset(years))


def _quantity(text: str, match: re.Match[str]) -> Quantity | None:
    start, end = match.span()
    after, before = text[end:], text[:start]
    if match.group("word"):
        value = float(spelled_number(match.group("word")))
        number_text = match.group()
    else:
        moment = _MOMENT.match(after)
        if moment:  # "in the 89th minute": when in a match it happened, and of what (its context)
            unit = moment.group("unit").lower()
            number = float(match.group("num").replace(",", ""))
            return Quantity(Kind.MOMENT, unit, number, Bound.EXACT, start, end + moment.end(), unit)
        if _SKIP_AFTER.match(after):
            return None
        number_text = match.group("num")
        value = float(number_text.replace(",", ""))
        scale = (match.group("scale") or "").strip().lower()
        currency = _CURRENCY_BEFORE.get((match.group("cur") or "").strip().lower())
        if scale == "m" and currency is None and not _CURRENCY_AFTER_RE.match(after):
            # "10m" is ten metres unless money is meant ("EUR 2m", "2m euros").
            return _measure(Kind.DISTANCE, value * 0.001, "km", match, before, 0)
        if scale:
            value *= _SCALES[scale]
        currency_after = _CURRENCY_AFTER_RE.match(after)
        if currency_after and (
            currency or scale or currency_after.group("currency").lower() not in ("pound", "pounds")
        ):
            currency = currency or _CURRENCY_AFTER[currency_after.group("currency").lower()]
            country = currency_after.group("country")
            if currency == "USD" and country not in (None, "US"):
                currency = f"{country} dollars"
            end += currency_after.end()
            after = text[end:]
        if currency:
            qualifier = _QUALIFIER.match(after)
            unit = currency + (
                f" {(qualifier.group('in') or 'per ' + qualifier.group(0).split()[-1]).lower()}" if qualifier else ""
            )
            return Quantity(Kind.MONEY, unit, value, _bound(before), start, end, "")
        if _PERCENT.match(after):
            percent_end = end + _PERCENT.match(after).end()  # type: ignore[union-attr]
            return Quantity(Kind.PERCENT, "percent", value, _bound(before), start, percent_end, "percent")
        temperature = _TEMPERATURE_AFTER.match(after)
        if temperature:
            scale = "°C" if temperature.group("scale")[0] in "Cc" else "°F"
            celsius = value if scale == "°C" else (value - 32) / 1.8
            return Quantity(Kind.TEMPERATURE, "celsius", celsius, _bound(before), start, end + temperature.end(), scale)
    rating = _RATING_BEFORE.search(before)
    if rating and value == int(value) and value <= RATING_TOP:
        scale = rating.group("scale").lower()
        return Quantity(Kind.RATING, scale, value, Bound.EXACT, start, end, scale)
    hyphen = _HYPHEN_UNIT.match(after)
    if hyphen:
        unit = hyphen.group("unit").lower()
        if unit == "magnitude":
            return Quantity(Kind.MAGNITUDE, "magnitude", value, _bound(before), start, end, "magnitude")
        if unit.endswith("old"):
            return _age(value, match, before, after)
        if unit in _LENGTHS:
            return _measure(Kind.DISTANCE, value * _LENGTHS[unit], "km", match, before, hyphen.end())
        if unit in _DURATIONS:
            return _duration(value, unit, match, before)
        if unit in _STOREYS:  # "a five-storey building": the building's height
            return Quantity(Kind.COUNT, "storeys", value, Bound.EXACT, start, end, "storeys")
    if _MAGNITUDE_BEFORE.search(before) or _MAGNITUDE_AFTER.match(after):
        return Quantity(Kind.MAGNITUDE, "magnitude", value, _bound(before), start, end, "magnitude")
    if _DEATH_AGE.search(before):
        return Quantity(Kind.AGE, DEATH_AGE, value, _bound(before), start, end, "age")
    if _AGE.match(after) or _AGE_BEFORE.search(before) or (_NAME_AGE.search(before) and after.startswith(",")):
        return _age(value, match, before, after)
    speed = _SPEED_AFTER.match(after)
    if speed:
        word = speed.group().strip().lower()
        factor = _SPEEDS.get(word, 1.609344 if word.startswith("mile") else 1.0)
        return _measure(Kind.SPEED, value * factor, "km/h", match, before, speed.end())
    square = _SQUARE_AFTER.match(after)
    if square and square.group("unit").lower() in _SQUARE_AREAS:
        return _measure(
            Kind.AREA, value * _SQUARE_AREAS[square.group("unit").lower()], "ha", match, before, square.end()
        )
    measure = _MEASURE_AFTER.match(after)
    if measure:
        unit = measure.group("unit").lower()
        if unit in _LENGTHS and not (unit == "m" and value > 1000):
            return _measure(Kind.DISTANCE, value * _LENGTHS[unit], "km", match, before, measure.end())
        if unit in _AREAS:
            return _measure(Kind.AREA, value * _AREAS[unit], "ha", match, before, measure.end())
        if unit in _WEIGHTS:
            return _measure(Kind.WEIGHT, value * _WEIGHTS[unit], "kg", match, before, measure.end())
        if unit in _DURATIONS:
            return _duration(value, unit, match, before)
        if unit in _STOREYS:  # "a building of five storeys"
            return Quantity(Kind.COUNT, "storeys", value, Bound.EXACT, start, end, "storeys")
    if value != int(value) or number_text.startswith("0"):
        return None  # a decimal or a code is not a count
    return _count(text, match, value, before, after)


_CURRENCY_AFTER_RE = re.compile(
    r"\s?(?-i:(?P<country>US|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s)?(?P<currency>" + "|".join(_CURRENCY_AFTER) + r")\b",
    re.IGNORECASE,
)
"""A currency after a sum, perhaps with its country ("2.3 billion Norwegian crowns", "Hong Kong
dollars": dollars of a country other than the US are a currency of their own)."""


def _measure(kind: Kind, value: float, unit: str, match: re.Match[str], before: str, unit_end: int) -> Quantity:
    """A measure converted to one unit, written with the unit it was given in ("80 km", "20
    miles": unit_end, where that unit ends after the number), which a reason shows."""
    return Quantity(kind, unit, value, _bound(before), match.start(), match.end() + unit_end, kind.value)


_IN_DAYS = {
    "decade": 3652.5, "year": 365.25, "month": 30.44, "week": 7, "day": 1,
    "hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400,
}  # fmt: skip


def _duration(value: float, unit: str, match: re.Match[str], before: str) -> Quantity:
    days = value * _IN_DAYS[unit.rstrip("s")]
    return Quantity(Kind.DURATION, "days", days, _bound(before), match.start(), match.end(), unit.rstrip("s") + "s")


@lru_cache(maxsize=4096)
def _context(text: str, start: int, end: int, names: bool = True) -> frozenset[str]:
    """Terms of the words that say something within a few words of a value, in its clause;
    without `names`, not the names written there (a company's every sum stands next to its
    name: "Lumen raised $210 million" is not the "$950 million" of "snaps up Lumen")."""
    clause_start = max(text.rfind(mark, 0, start) for mark in ",;:(\u2014") + 1
    clause_end = min((i for i in (text.find(mark, end) for mark in ",;:)\u2014") if i >= 0), default=len(text))
    leading = [w for w in re.findall(r"[^\W\d_]+", text[clause_start:start]) if len(w) > 1]
    before = leading[-_CONTEXT_REACH:] + leading[:_CLAUSE_SUBJECT]
    after = re.findall(r"[^\W\d_]+", text[end:clause_end])[: _CONTEXT_REACH + 1]
    words = [
        w for w in before + after if len(w) > 1 and w.lower() not in _CONTEXT_NOISE and (names or not _is_name(w, text))
    ]  # not the "s" of "Orchard's"
    return frozenset(t.term for t in tokenize(" ".join(words)) if not t.is_number and t.zipf < 6.0)


def _is_name(word: str, text: str) -> bool:
    """Whether a word is a name: capitalised, and not an everyday word opening the statement
    ("Sales fell ...")."""
    if not word[:1].isupper():
        return False
    return not (text.lstrip().startswith(word) and word_zipf().get(word.lower(), 0.0) >= EVERYDAY_ZIPF)


EVERYDAY_ZIPF = 3.5


PRICE = "price"
"""The context of a sum paid for something (`_is_price`)."""
_PRICE_BEFORE = re.compile(
    r"(?:\b(?:for|pay|pays|paid|paying|cost|costs|costing)\s+"
    r"(?:an?\s+(?:fee|price|sum|total)\s+of\s+|an?\s+(?:reported|estimated|undisclosed)\s+)?"
    r"|\b(?:deal|transfer|move|takeover|acquisition|purchase|sale)\s+(?:worth|valued\s+at)\s+)"
    r"(?:about|around|roughly|some|nearly|almost|more than|less than|up to|just over|just under)?\s*$",
    re.IGNORECASE,
)
_DEAL_AFTER = re.compile(r"\s*(?:\(\S+\)\s*)?(?:deal|transfer|takeover|acquisition|purchase|sale|move)\b", re.I)


def _is_price(text: str, start: int, end: int) -> bool:
    """Whether a sum is what something was bought or sold for: "for $334 million", "will pay
    $334 million", "in a EUR 15m deal"; not an offer ("rejected an earlier offer of 8 million
    euros"), which a story sets beside the price."""
    if _OFFER.search(text, max(0, start - 40), start):
        return False
    return bool(_PRICE_BEFORE.search(text, max(0, start - 40), start) or _DEAL_AFTER.match(text, end))


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
        "years months weeks days hours year month week day hour".split()
    )
    | frozenset(_MOVES)
    | frozenset(_CURRENCY_AFTER)
)
"""Words around a value that say nothing of what it measures: units, currencies, how it moved."""


_APPOSED_AGE = re.compile(r"\b([A-Z][\w'\u2019-]*)\s*,\s*(?:a|an|the)\s+$")
"""A name, then an age set beside it: "Silva, a 51-year-old former judge"."""


def _age(value: float, match: re.Match[str], before: str, after: str) -> Quantity | None:
    """An age belongs to somebody: the words after it ("the 40-year-old American") or the
    name before it ("DeGeneres, 55,", "Silva, a 51-year-old former judge"), so two ages are
    compared only for the same person."""
    apposed = _APPOSED_AGE.search(before)
    owner = [apposed.group(1).lower()] if apposed else None
    owner = owner or _words_after(re.sub(r"^\s*-?\s*years?[\s-]old", "", after, flags=re.I), 1) or _name_before(before)
    if not owner:
        return None  # "when he was 5 years old": whose age is unknown here
    return Quantity(Kind.AGE, "age:" + "".join(owner), value, _bound(before), match.start(), match.end(), "age")


def _count(text: str, match: re.Match[str], value: float, before: str, after: str) -> Quantity | None:
    """A count and the thing it counts: for people, what happened to them, told by the verb
    before it ("killing 12 workers"); else the first word after it that says something ("seven
    of its villages"), or for people, the event after the count ("24 people dead"), before it
    ("killing 10 people"), or the one event its sentence tells of."""
    if _SUBSET.match(after) or _preceded_by(before, _PART) or _followed_by(after, _PART):
        return None  # a part of a total: "25 of the injured", "another two", "four other people"
    if match.group("num") and _designates(text, before):
        return None  # "a Boeing 737", "Flight 1182", "Highway 299": a name, not a count
    if _WITHOUT_POWER.match(after):  # "1.2 million without power": homes cut off, as "600,000 homes" are
        return Quantity(Kind.COUNT, "buildings", value, _bound(before), match.start(), match.end(), "without power")
    heads = _words_after(after, 1)
    if not _RECEIVED.isdisjoint(_words_before(before, 2)) and (not heads or heads[0] in _PEOPLE):
        return None  # one hospital's: "We have received around 50 people with injuries"
    previous = _words_before(before, 2)
    if len(previous) == 2 and previous[0] == "of" and previous[1] in COUNT_CLASSES:  # "a crowd of 31,000"
        name = COUNT_CLASSES[previous[1]]
        return Quantity(Kind.COUNT, name, value, _bound(before), match.start(), match.end(), name)
    if _TOLL_MOVED.search(before):  # "flood toll rises to 11"
        return Quantity(Kind.COUNT, "dead", value, _bound(before), match.start(), match.end(), "dead")
    verb = previous[:1]
    if heads and heads[0] in _PASSENGERS and not (verb and COUNT_CLASSES.get(verb[0]) in _TOLLS):
        return _passengers(value, before, after, match)
    told_after = heads and COUNT_CLASSES.get(heads[0]) in _TOLLS  # "shoots four dead": dead, not shot
    if heads and verb and COUNT_CLASSES.get(verb[0]) in _SAID_BY_THE_VERB and not told_after:  # "killing 12 workers"
        name = COUNT_CLASSES[verb[0]]
        return Quantity(Kind.COUNT, name, value, _bound(before), match.start(), match.end(), name)
    if heads and heads[0].lower() not in _GENERIC:
        word = _head_noun(after) or heads[0].lower()
        if word in COUNT_CLASSES:
            return Quantity(Kind.COUNT, COUNT_CLASSES[word], value, _bound(before), match.start(), match.end(), word)
        terms = tokenize(word)
        unit = terms[0].term if terms else word
        return Quantity(Kind.COUNT, unit, value, _bound(before), match.start(), match.end(), word)
    following = _words_after(after, _EVENT_REACH, through_stops=True)
    events = [w for w in following if w in _EVENTS]
    if events and _SEVERITY.intersection(following[: following.index(events[0])]):
        return None  # "30 people seriously injured": a part of the injured, whose total is not given
    events = events or [w for w in _words_before(before, _EVENT_REACH) if w in _EVENTS]
    if not events and heads:
        in_sentence = {COUNT_CLASSES[w] for w in re.findall(r"[^\W\d_]+", text.lower()) if w in _EVENTS}
        events = [w for w in _EVENTS if COUNT_CLASSES[w] in in_sentence] if len(in_sentence) == 1 else []
    if not events:
        return None
    name = COUNT_CLASSES[events[0]]
    return Quantity(Kind.COUNT, name, value, _bound(before), match.start(), match.end(), name)


_WITHOUT_POWER = re.compile(r"\s+without\s+(?:power|electricity)\b", re.IGNORECASE)
"""A count of what is without power, told without saying what: in a storm report, its homes."""


def tells_of_homes_without_power(words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words) may count homes as those without power."""
    return "without" in words and not words.isdisjoint(("power", "electricity"))


_DESIGNATION = re.compile(r"\b(?P<name>[A-Z][a-z]+)\s$")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")


def _designates(text: str, before: str) -> bool:
    """Whether the capitalised word just before a number in figures names what the number is
    part of the name of ("a Boeing 737", "Flight 1182", "Highway 299"), so it counts nothing. Not
    a word that opens a sentence ("About 40,000", "Only 48%", "Police said 12 ...": function
    words, words of bound, time or toll), nor in a headline written in capitals ("Quake Kills
    10", "Firm Cuts 500 Jobs"), where every word is capitalised."""
    name = _DESIGNATION.search(before)
    if name is None:
        return False
    word = name.group("name").lower()
    if word in function_words() or word in _BOUND_WORDS or word in MONTHS or word in _WEEKDAYS:
        return False
    if word in COUNT_CLASSES or word in _ABOUT:
        return False
    return len(_CAPITALISED.findall(text)) * 2 < len(_LONG_WORD.findall(text))


def _passengers(value: float, before: str, after: str, match: re.Match[str]) -> Quantity | None:
    """Passengers counted: those on board, unless what happened to them follows ("Two
    passengers were killed") or goes before ("killing two passengers", read by _count); none
    passengers alone when crew are counted beside them ("176 passengers and six crew": a part
    of the 182 people on board, comparable only with passengers so counted)."""
    if _CAPACITY.search(before):
        return None  # "licensed to carry 60 passengers": what it may carry, not who was on board
    if _AND_CREW.match(after):
        return Quantity(Kind.COUNT, "passengers", value, _bound(before), match.start(), match.end(), "passengers")
    following = _words_after(after, _EVENT_REACH + 1, through_stops=True)[1:]  # past "passengers"
    event = next((COUNT_CLASSES[w] for w in following if w in _EVENTS and COUNT_CLASSES[w] != "aboard"), "aboard")
    return Quantity(Kind.COUNT, event, value, _bound(before), match.start(), match.end(), event)


_STOREYS = frozenset(("storey", "story", "floor", "storeys", "floors"))
_PASSENGERS = frozenset(("passengers", "passenger"))
_TOLL_MOVED = re.compile(
    r"\btoll\s+(?:has\s+|had\s+)?(?:rises|rose|risen|climbs|climbed|reaches|reached|jumps|jumped|stands|stood|hits|hit)"
    r"\s+(?:to|at)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?$",
    re.IGNORECASE,
)
"""A toll told as it moves ("The death toll rose to 24"): the count of the dead."""
_CAPACITY = re.compile(
    r"\b(?:licensed|allowed|permitted|authori[sz]ed|designed|built|able|certified)\s+to\s+(?:carry|hold|take)\s+"
    r"(?:up\s+to\s+|only\s+|a\s+maximum\s+of\s+)?$",
    re.IGNORECASE,
)
_AND_CREW = re.compile(r"\s*passengers?\s+(?:and|plus)\s+(?:\d+|[a-z]+)\s+(?:crew|staff)", re.IGNORECASE)


def _head_noun(after: str) -> str | None:
    """The counted noun when a singular word modifies it ("three city contracts", "two police
    officers"): the second word, when it alone is plural; but the name, when it names what a
    generic noun counts ("nine Emmy awards" are eight Emmys)."""
    first, *rest = _words_after(after, 2) or [""]
    second = rest[0].lower() if rest else ""
    if second in _NAMED_KINDS and after.lstrip()[:1].isupper():
        return first.lower() + "s"
    if second.endswith("s") and not first.lower().endswith("s") and second not in _GENERIC:
        return second
    return None


_NAMED_KINDS = frozenset("awards prizes medals trophies titles statuettes nominations".split())
"""Nouns a name before them says the kind of ("Emmy awards", "Olympic medals")."""


_RECEIVED = frozenset("received receiving treated treating admitted admitting".split())
"""Verbs of a hospital taking people in: the people it counts are a part of a toll (not
"Children received four doses")."""
_PEOPLE = _GENERIC | frozenset("patients victims casualties injured wounded".split())
_CONJUNCTIONS = frozenset("and or but while as when where which who that".split())
_EVENTS = frozenset(word for word, name in COUNT_CLASSES.items() if name not in _THINGS)
"""Words that say what happened to the people counted."""
_TOLLS = frozenset(("dead", "injured", "shot", "stabbed"))
_SAID_BY_THE_VERB = frozenset((*_TOLLS, "aboard", "rescued", "recalled"))
"""What a verb before a count of people makes them, whoever they were ("wounding 40 civilians",
"carrying 200 passengers", "pulled 23 people from the water")."""
_SEVERITY = frozenset("seriously critically severely gravely badly slightly lightly moderately".split())
"""How badly the people counted were hurt: "30 seriously injured" counts a part of "200 injured"."""
_BOUND_WORDS = frozenset(
    "at least more than over about around roughly nearly almost approximately some estimated an a just".split()
)


def _words_after(after: str, reach: int, through_stops: bool = False) -> list[str]:
    """Words that say something right after a value (lower-cased, in order), up to a comma, and
    unless through_stops, up to a word like "in" or "and"."""
    words: list[str] = []
    for match in re.finditer(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*|[^\w\s]", after[:80]):
        word = match.group()
        lower = word.lower()
        if not word[0].isalnum() or lower in _CONJUNCTIONS or (lower in _STOP and not through_stops):
            break
        if lower in _STOP:
            continue
        if lower in (
            "of",
            "the",
            "its",
            "his",
            "her",
            "their",
            "a",
            "an",
            "were",
            "was",
            "had",
            "have",
            "has",
            "been",
            "are",
            "is",
            "so",
            "far",
            "be",
            "being",
            "reportedly",
            "still",
            "now",
            "also",
            "who",
            "confirmed",
        ):
            continue  # fmt: skip
        words.append(lower)
        if len(words) >= reach:
            break
    return words


def _words_before(before: str, reach: int) -> list[str]:
    """Words just before a value, nearest first (lower-cased), past "at least" and the like, up
    to a comma or a word like "to" or "in"."""
    words: list[str] = []
    for match in reversed(list(re.finditer(r"[^\W\d_]+|[^\w\s]", before[-80:]))):
        word = match.group().lower()
        if word in _BOUND_WORDS:
            continue
        if not word[0].isalnum() or word in _STOP:
            break
        words.append(word)
        if len(words) >= reach:
            break
    return words


def _name_before(before: str) -> list[str]:
    found = re.search(r"([A-Z][\w'\u2019-]*)\s*,\s*$", before)
    return [found.group(1).lower()] if found else []


def _preceded_by(before: str, words: frozenset[str]) -> bool:
    previous = re.findall(r"[^\W\d_]+", before[-20:])
    return bool(previous) and previous[-1].lower() in words


def _followed_by(after: str, words: frozenset[str]) -> bool:
    following = re.match(r"\s+([^\W\d_]+)", after)
    return bool(following) and following.group(1).lower() in words  # type: ignore[union-attr]


def _bound(before: str) -> Bound:
    """How a value is hedged by the words just before it ("more than", "about")."""
    tail = " ".join(re.findall(r"[^\W\d_]+", before[-30:].lower())[-3:])
    if any(tail.endswith(phrase) for phrase in _AT_LEAST):
        return Bound.AT_LEAST
    if any(tail.endswith(phrase) for phrase in _AT_MOST):
        return Bound.AT_MOST
    last = tail.split()[-1] if tail else ""
    if last in _ABOUT or tail.endswith("an estimated"):
        return Bound.ABOUT
    return Bound.EXACT
