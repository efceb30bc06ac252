"""The values a statement gives, each with what it measures, so two reports can be held to them.

"The 6.1-magnitude quake" gives 6.1 (magnitude); "homes in five villages" gives 5 (villages);
"killing at least 10 people" gives 10 or more (dead); "58km (36 miles)" gives 58 km twice;
"US$334 million in cash" gives 334,000,000 dollars paid in cash. Two statements disagree on a
value only when both measure the same thing in the same frame of time (a year, a month, "last
year"), and the ranges their wording allows ("about", "more than", "at least") do not meet.
Ages are never compared with counts; a part ("four other people", "25 of the injured") is
never compared with a whole; a count is never a year, an ordinal or a sports record.

What a count counts is read in claims.counts; one value and how it compares, in
claims.quantity; the units values are written in, in claims.units.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from claims.counts import (
    COUNT_CLASSES,
    MEDAL_METALS,
    ORGANISERS,
    ORGANISERS_COUNT,
    PEOPLE_AT_LARGE,
    STOREYS,
    TALLIES,
    counts_in_words,
    counts_without_number,
    name_before,
    read_count,
    small_count,
    words_after,
)
from claims.frames import DATE, MONTHS, WEEKDAY_ORDER, WEEKDAYS, YEAR, read_frame
from claims.lexicon import function_words
from claims.quantity import (
    AGAINST_ANOTHER,
    CONTEXT_KINDS,
    EARLY,
    FROM_THE_END,
    HALF_A_DAY,
    MULTIPLIED,
    NIGHT,
    OVERNIGHT,
    ROUNDED_SHARE,
    SCOPE_MARK,
    Bound,
    Kind,
    Quantity,
    read_bound,
    told_against_another,
)
from claims.terms import LETTERS, NUMBER_WORDS, TENS, spelled_number, word_term
from claims.units import (
    AMBIGUOUS_CURRENCIES,
    AREAS,
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    DURATION_WORDS,
    IN_DAYS,
    IN_MEGAWATTS,
    LENGTHS,
    MOVES,
    NAUTICAL_MILE,
    SCALES,
    SPEEDS,
    SQUARE_AREAS,
    UNITS_OF_TIME,
    WEIGHTS,
)
from claims.value_ranges import RANGE, a_change_to_a_level, as_a_range, ends_of_a_range

_SQUARE_AFTER = re.compile(r"[\s-]?(?:square|sq\.?)[\s-](?P<unit>[a-z]+)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_NOW = re.compile(r"\b(?:yesterday|today|tonight|this (?:week|month|year))\b", re.IGNORECASE)
_SCOPE_WORD = re.compile(r"district|county|municipality|commune|borough|township")
ORDINALS = {
    word: rank
    for rank, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1
    )
}
TIMES_SPELLED = frozenset(("twice", "once"))
"""Words that tell how many times something was done ("met the lobbyist twice"), as "three times" does."""
_A_POINT_MARGIN = re.compile(r"\b(?P<one>an?\s+point)\s+(?:clear|ahead|behind|adrift|above|below)\b", re.IGNORECASE)
"""A lead or a gap of one point ("a point ahead of Sporting"), as "two points clear" gives two."""
POINTS = word_term("points")
"""What "two points clear" and "a point ahead" count, and the hint of a statement telling either."""


def tells_a_one_point_margin(text: str, words: AbstractSet[str]) -> bool:
    """Whether a statement gives a lead or a gap of one point in words ("a point ahead of Sporting")."""
    return "point" in words and _A_POINT_MARGIN.search(text) is not None


_VALUE_WORDS = frozenset(
    [
        "point",
        *NUMBER_WORDS, *MONTHS, *WEEKDAYS, "last", "next", "ago", "yesterday", "today", "tonight", "this",
        "earlier", "previous", "preceding",  # "a year earlier", "the previous year"
        "dozens", "scores", "hundreds", "thousands", "millions", "hundred", "thousand", "million",  # COUNTS_BY_ORDER
        "single",  # "by a single vote"
        *TIMES_SPELLED,  # "had met the lobbyist twice", "was floored once"
        *MULTIPLIED,  # "doubled"
        "once", "twice", "times",  # "twice a week"
    ]
)  # fmt: skip
"""Words that may give a value or a time: a statement with none of them and no digit needs no
closer reading (most do not). Looked up in a set of the statement's words, many times faster
than one regular expression of alternatives."""
_HYPHEN_UNITS = (
    "magnitude|year-old|years-old|km|kilometre|kilometer|mile|foot|metre|meter|year|month|week|day|hour|minute"
    "|storey|story|floor|member|seat|seater|capacity|strong|person|bed"
)
"""Units a number is joined to by a hyphen ("6.1-magnitude", "three-week"): a spelled number
joined to anything else ("twenty-five", "one-third") is no value of its own."""
_SIZES = {
    "member": "members", "seat": "seats", "seater": "seats", "capacity": "seats", "strong": "members",
    "person": "members", "bed": "beds",
}  # fmt: skip
"""Sizes joined to their number by a hyphen, and what they count: "a five-member panel" and "a
700-strong force" their members, "a 32,000-seat" and "a 35,000-capacity stadium" its seats."""
_ONE_IN = re.compile(
    r"\b(?P<many>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?P<whole>two|three|four|five|six|seven"
    r"|eight|nine|ten|twenty|\d{1,3})\b(?!\s*(?:%|per\s?cent))",
    re.IGNORECASE,
)
"""A share told as a part of a few: "one in ten patients", "two out of three" (a percentage, and a
rounded one: "Nine in ten members backed the strike" of a 91% vote)."""
_TWICE_OR_ONCE = re.compile(
    r"(?:\b(?P<times>twice)|(?<=[a-z]ed\s)(?P<times2>once))\b"
    r"(?!\s+(?:as|the|that|a|an|per|each|every|more|over|its|their|his|her|again|before|it|they|he|she|we)\b)",
    re.IGNORECASE,
)
"""Two times, as "three times" is three ("had met the lobbyist twice"), and one time after a deed
("was floored once in the sixth round"); not "twice as many" nor "twice the size", a multiple, nor
"once again" or "once the deal closes"."""
_ORDERS = {"dozens": 24.0, "scores": 40.0, "hundreds": 100.0, "thousands": 1000.0, "millions": 1e6}
"""Counts told by their order, from the least they may be: "dozens" are two dozen or more."""
COUNTS_BY_ORDER = frozenset((*_ORDERS, "hundred", "thousand", "million"))
"""Words of a count told by its order ("thousands of", "several thousand"): a statement with one
may give a value."""
_MANY = {"tens": 10.0, "hundreds": 100.0}
"""What "tens of" and "hundreds of" multiply an order by: "tens of thousands" are 10,000 or more."""
_BY_ORDER = re.compile(
    r"(?<![\w-])(?P<num>(?P<tens>(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions))\s+of\b"
    r"(?!\s+(?:dozens|scores|hundreds|thousands|millions)\b)",
    re.IGNORECASE,
)
"""A count told by its order: "hundreds of fish", "tens of thousands of people"."""
_SEVERAL_OF_AN_ORDER = re.compile(
    r"(?<![\w-])(?:several|a\s+few)\s+(?P<num>hundred|thousand|million)\b"
    r"(?!\s+(?:of|and|to|metres|meters|miles|kilometres|kilometers|feet|yards|dollars|euros|pounds|years|days)\b)",
    re.IGNORECASE,
)
"""A count told by its order in the singular: "Several thousand people were evacuated", "a few
hundred protesters" (as many as "thousands of", "hundreds of"); not a measure ("a few hundred
metres from the shore")."""
_SEVERAL = frozenset(("several", "few"))
_ORDER_BEFORE_A_FATE = re.compile(
    r"(?<![\w-])(?P<num>(?P<tens>(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions))\s+"
    r"(?=(?:(?:were|are|remain|remained|remain\s+still|were\s+still|are\s+still)\s+)?"
    r"(?:hurt|injured|wounded|dead|killed|die|died|evacuated|flee|fled|arrested|detained|missing|unaccounted|rescued"
    r"|displaced|stranded|homeless|rallied|rally|marched|march|protested|protest|demonstrated|gathered)\b)",
    re.IGNORECASE,
)
"""A count told by its order straight before what befell them or what they did, as headlines and
leads write it: "Dozens hurt as train comes off rails", "Thousands flee as wildfire nears Athens",
"Tens of thousands rallied in Tbilisi", "Dozens remained unaccounted for"."""


def _befalls_them(after: str) -> bool:
    """Whether what follows a count told by its order names what it counts: a thing ("hundreds
    of fish") or, for people at large, what befell them or what they did, close by ("thousands
    of people were evacuated", "tens of thousands of people marched")."""
    following = words_after(after, _ORDER_REACH, through_stops=True)
    if not following or following[0] not in PEOPLE_AT_LARGE:
        return bool(following)
    return any(word in COUNT_CLASSES for word in following[1:])


_ORDER_REACH = 4
"""Words after "thousands of people" in which what befell them is looked for."""
_HOURS_A_WEEK = re.compile(r"(?:-hours?\s+(?:working\s+)?week|\s+hours?\s+(?:a|per)\s+week)\b", re.IGNORECASE)
_PER_WEEK = re.compile(r"\s+(?:a|per)\s+week\b", re.IGNORECASE)
_HOURS_BEFORE = re.compile(r"\bhours\b[^.;,]{0,30}$", re.IGNORECASE)
_HOURS_AFTER = re.compile(r"\s+hours?\b", re.IGNORECASE)
_WEEK_BEFORE = re.compile(r"\bweek\s+(?:\w+\s+)?(?:to|at|of)\s+$", re.IGNORECASE)
"""Hours worked a week, however told: "a 35-hour week", "35 hours a week", "working hours cut to
35 a week", "reduce the week to 37 hours" (a measure of the week, not how long something lasted)."""
_HALF_A = re.compile(r"\bhalf\s+an?\s+$", re.IGNORECASE)
_A_BEFORE = re.compile(r"(?:\bhalf\s+|(?:^|(?<=\s)))an?\s+$", re.IGNORECASE)
"""The "a" of "a dozen", read as "about": a dozen is a round count."""
_GAINED_OR_LOST = re.compile(
    r"\b(?P<way>lost|loses|losing|shed|sheds|gained|gains|gaining|picked\s+up|added|adds|adding)"
    r"(?:\s+(?:about|around|nearly|almost|some|more\s+than|over))?\s+$",
    re.IGNORECASE,
)
"""Seats a party lost or gained, members or subscribers a company added or lost: a change,
compared only with another change ("added 18.9 million subscribers" is no "300 million
subscribers")."""
_WON_OR_SIGNED_UP = frozenset(
    word_term(word) for word in "seat subscriber member user customer follower viewer reader".split()
)
"""What a party or a company counts as won or signed up, whose count it may gain or lose."""
_SMALL_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten"
_A_STEP = r"(?:\d{1,2}|(?:(?<=rated\s)|(?<=rated\sat\s)|(?<=level\s))(?:" + _SMALL_NUMBERS + r"))"
"""A step of a scale: a figure, or a small number spelled out after "rated", "rated at" or "level"."""
_RATED_OUT_OF = re.compile(
    r"\b(?P<step>" + _A_STEP + r")\s+(?:out\s+of|on\s+a\s+scale\s+of)\s+(?P<top>\d{1,2}|" + _SMALL_NUMBERS + r")\b"
    r"(?!\s*(?:%|[^\W\d_]))",
    re.IGNORECASE,
)
"""A step on a scale told with its top, and nothing counted after it: "rated 4 on a scale of 5",
"put the risk at 3 out of 5", "was rated at level four out of five" (not "3 out of 5 voters", a share)."""
_RATED_ON_A_SCALE = re.compile(
    r"\b(?P<step>" + _A_STEP + r")\s+on\s+an?\s+(?P<top>\d{1,2}|[a-z]+)[\s-]point\s+scale\b", re.IGNORECASE
)
"""A step on a scale named by its top: "rated at level 3 on a five-point scale" is 3 out of 5, and so
is "had been rated three on a five-point scale"."""


def _spelled_or_digits(number: str) -> float:
    return float(number) if number.isdigit() else float(spelled_number(number))


_ORGANISERS_SAY = re.compile(r"\borgani[sz]ers?\b", re.IGNORECASE)


def _told_by_organisers(text: str, count: Quantity) -> bool:
    """Whether organisers give a crowd's count in its part of the statement, up to a ";", "while" or
    "whereas" ("Organisers put the crowd at more than 100,000; police estimated 15,000": only the
    first; "Police estimated the crowd at 20,000, while organisers put it at more than 100,000": only
    the second)."""
    start = max((part.end() for part in _PARTS.finditer(text, 0, count.start)), default=0)
    end = next((part.start() for part in _PARTS.finditer(text, count.end)), len(text))
    return _ORGANISERS_SAY.search(text, start, end) is not None


_PARTS = re.compile(r";|,?\s+(?:while|whereas)\s+", re.IGNORECASE)
"""Where one side's count ends and the other's begins."""


_COUNT_WORDS = frozenset(w for w in NUMBER_WORDS if w not in ("zero", "one"))
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
"""What follows the tens in a number of two words ("twenty-three", "forty one")."""
_TENS_AND_UNITS = f"(?:{TENS.replace(' ', '|')})[-\\s](?:{_UNITS})"
"""A number spelled in two words ("twenty-three", "forty one")."""


def _number_words(*left_out: str) -> str:
    """The number words but `left_out`, as alternatives of a pattern, longest first ("seventeen" before "seven")."""
    return "|".join(sorted((w for w in NUMBER_WORDS if w not in left_out), key=len, reverse=True))


_NUMBER = re.compile(
    r"(?<![\w.,/:-])"
    r"(?P<cur>(?:US|AU|CA|NZ|HK|A|C|S)?\$|€|£|(?:EUR|USD|GBP)\s?)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<scale>\s?(?:thousand|million|billion|trillion|bn|bln|tn|mn|mln|m|k)\b)?"
    r"(?![/:]|-\d|,\d|\.\d|\d*ers\b)"  # "the 49ers", "the 76ers": a team's name, no count
    r"|(?<![\w-])(?P<word>"
    + _TENS_AND_UNITS
    + r"\b|"
    + _number_words("zero", "one")
    + r")\b(?!-(?!and-a-half-|"
    + _HYPHEN_UNITS
    + r"\b))",
    re.IGNORECASE,
)
_DIGITS = re.compile(_NUMBER.pattern.split("|(?<![\\w-])(?P<word>")[0] + r"(?P<word>(?!))?", re.IGNORECASE)
"""_NUMBER without the number words, for the many statements that have none."""
_WEEKDAY = re.compile(r"\b(?P<day>" + "|".join(WEEKDAYS) + r")(?:'s|\u2019s)?\b", re.IGNORECASE)
_NIGHT_BEFORE = re.compile(r"\blate(?:\s+on)?\s+$", re.IGNORECASE)
_NIGHT_AFTER = re.compile(r"\s+night\b", re.IGNORECASE)
_EARLY_BEFORE = re.compile(r"\b(?:early(?:\s+on)?|in\s+the\s+early\s+hours\s+of)\s+$", re.IGNORECASE)
_OVERNIGHT_BEFORE = re.compile(r"\bovernight(?:\s+on)?\s+$", re.IGNORECASE)
_HYPHEN_UNIT = re.compile(r"-(?P<unit>" + _HYPHEN_UNITS + r")\b", re.IGNORECASE)
_AGE = re.compile(r"\s*(?:-?years?-old|\s?years?\s+old)\b", re.IGNORECASE)
_DEATH_AGE = re.compile(
    r"\b(?:dies|died|dead|death|passed away|dying)\s+(?:at|aged|at\s+the\s+age\s+of)\s*$"
    r"|\b(?:dies|died|passed away)\b[^.;\d]{0,60}?\b(?:aged|at\s+the\s+age\s+of)\s*$",
    re.IGNORECASE,
)
AGE_LIMIT = "age:limit"
"""The age a rule draws its line at ("smoking in cars carrying children under 18"): one line a story
tells, compared whoever the statement names."""
_AGE_LIMIT_BEFORE = re.compile(
    r"\b(?:children|kids|minors|teenagers|youngsters|young\s+people|people|anyone|those)\s+(?:aged\s+)?"
    r"(?:under|below|over|above|younger\s+than|older\s+than)\s+(?:the\s+age\s+of\s+)?$",
    re.IGNORECASE,
)
_UNIT_AFTER_A_LIMIT = re.compile(
    r"[\s-]*(?:%|per\s*cent|percent|kg|kilos?|pounds|metres|meters|cm|km)\b", re.IGNORECASE
)
"""A unit after the figure: a weight or a height, no age ("children under 20 kg")."""
DEATH_AGE = "age:death"
"""The age someone died at ("dies at 87", "has died aged 86", "has died at her home in New Orleans at
the age of 84"): a story tells of one death, so two such ages are compared whoever the statement names."""
_AGE_BEFORE = re.compile(r"(?:\baged?|\bage of)\s*$", re.IGNORECASE)
_SUBJECT_AGED = re.compile(r"\b([A-Z][\w'\u2019-]*),?\s+(?:is|was|turned|turns)\s+(?:now\s+)?$")
"""A name said to be of an age ("Their mother, Kasih, is nine years old"): the age is the name's."""
_NAMED_AGED = re.compile(
    r"\b([A-Z][\w'\u2019-]*),?\s+(?:(?:is|was)\s+now|turned|turns|who\s+(?:is|was)(?:\s+now)?|who\s+turn(?:ed|s))\s+$"
)
"""A name said to be of a bare figure that can only be an age ("Lyle is now 57", "Lyle turned 57", "Toledo, who is
79,")."""
_GAPPED_AGE = re.compile(r"\b[A-Z][\w'\u2019-]*,?\s+(?:is|was)\s+now\s+\d{1,3}\s+and\s+([A-Z][\w'\u2019-]*)\s+$")
"""A second name and its age after the first's, the verb left out ("Lyle is now 57 and Erik 54")."""
_BARE_AGE_AFTER = re.compile(r"\s*(?:[.,;]|(?:and|on|in|last|this)\b|$)")
_NAME_AGE = re.compile(r"[A-Z][\w.'\u2019-]*,\s*$")
_ONE_AGE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+([a-z]+)(?:,\s*(?:an?\s+)?|,?\s+aged\s+)$"
)
"""Someone named by what they are, then their age, bare, set beside them or told by "aged" ("The suspect, 23,
was arrested", "The pilot, a 52-year-old man", "One man, aged 64, is missing")."""
_A_GROUP_AGED = r"\b(?:[Tt]he|[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+[a-z]+,\s*(?:age[ds]?\s+)?"
"""Some people named by what they are, before their ages ("The men, aged", "The escapees,")."""
_AGES_LISTED = re.compile(_A_GROUP_AGED + r"(?:\d{1,3}(?:\s*,\s*\d{1,3})*,?\s*(?:and\s+)?)?$")
"""Some people named by what they are, then their ages in a list ("The men, aged 23, 27 and 31,",
"The escapees, 23, 27 and 33,"): each number is one of their ages."""
_AN_AGE = (
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)"
)
_A_GROUP_WHO_WERE = r"\b[Tt]he\s+[a-z]+(?:\s+[a-z]+){0,2}?\s+(?:were|are)\s+(?:aged\s+)?"
"""Some people named by what they are, said to be of ages ("The victims were aged", "The girls were",
"The children killed were aged", "The victims who died were")."""
_AGES_LISTED_AFTER_BE = re.compile(
    _A_GROUP_WHO_WERE + r"(?:" + _AN_AGE + r"\s*,\s*)*(?:" + _AN_AGE + r"\s*,?\s*and\s+)?$"
)
"""Some people named by what they are, then their ages in a list after "were" ("The victims were aged
six, seven and nine", "The girls were 6, 7 and 10")."""
_A_LIST_OF_AGES_AFTER_BE = re.compile(_A_GROUP_WHO_WERE + _AN_AGE + r"\s*,\s*" + _AN_AGE + r"\b")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|\s+and\s+)\d")
_AGE_LIST_GOES_ON = re.compile(r"\s*(?:,\s*|,?\s+and\s+)" + _AN_AGE + r"\b", re.IGNORECASE)
START_AGE = "age:start"
"""The age someone took up what a story is about ("learned to play chess at the age of four",
"started playing when he was six"): a story tells of one beginning, so two such ages are compared
whoever the statement names."""
_AT_A_START = (
    r"\b(?:learn(?:ed|t|s)?|start(?:ed|s)?|began|begins?|took\s+up|takes\s+up|picked\s+up)\b[^.;,]{0,40}?"
    r"\b(?:at\s+(?:the\s+)?age(?:\s+of)?|aged|when\s+(?:he|she|they|I)\s+(?:was|were))\s*"
)
_START_AGE = re.compile(_AT_A_START + "$", re.IGNORECASE)
_START_AGE_TOLD = re.compile(_AT_A_START + _AN_AGE + r"\b", re.IGNORECASE)


def tells_an_age_at_a_start(text: str) -> bool:
    """Whether a statement tells the age someone took something up at ("when he was six"), with
    no word of age beside it."""
    return _START_AGE_TOLD.search(text) is not None


_OLDEST = 110
_A_LIST_OF_AGES = re.compile(_A_GROUP_AGED + r"\d{1,3}(?:\s*,\s*|\s+and\s+)\d{1,3}\b")


def tells_a_list_of_ages(text: str) -> bool:
    """Whether a statement lists the ages of some people ("The escapees, 23, 27 and 33, had been
    charged"), with no word of age beside them."""
    return "," in text and (
        _A_LIST_OF_AGES.search(text) is not None or _A_LIST_OF_AGES_AFTER_BE.search(text) is not None
    )


AGES_LISTED = "age:listed"
"""The ages of a group told in a list ("The escapees, 23, 27 and 33,"): compared with another such list."""
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|pct\b)", re.IGNORECASE)
_TEMPERATURE_AFTER = re.compile(
    r"\s?(?:°\s?|degrees?\s+)?(?P<scale>C|F|[Cc]elsius|[Ff]ahrenheit|[Cc]entigrade)(?![\w-])"
)
"""Degrees after a number ("41.2C", "40 °C", "105 degrees Fahrenheit"), not "5 F-16 jets"."""
_TEMPERATURE = re.compile(r"\d" + _TEMPERATURE_AFTER.pattern)
_BARE_DEGREES = re.compile(
    r"\s?degrees\b(?!\s+(?:above|below|higher|lower|warmer|cooler|colder|hotter|more|less|from|of|north|south|east|west))",
    re.IGNORECASE,
)
_HEAT_REACHED = re.compile(
    r"\b(?:reached|reaching|reaches|hit|hitting|hits|topped|topping|soared\s+to|climbed\s+to|rose\s+to|peaked\s+at"
    r"|temperatures?\s+(?:of|at|near|around)|highs?\s+of)"
    r"\s+(?:(?:about|around|nearly|almost|over|more\s+than|up\s+to|a\s+record)\s+)?$",
    re.IGNORECASE,
)
"""Before a number of degrees with no scale, a heat reached ("The town of El Granado reached 46
degrees", "temperatures of 105 degrees"): a temperature, not an angle or a change."""


def _in_celsius(value: float, scale: str) -> float:
    """A temperature in Celsius, from one written in its `scale` ("°C" or "°F")."""
    return value if scale == "°C" else (value - 32) / 1.8


HOTTEST_CELSIUS = 60
"""Above this, degrees without a scale are Fahrenheit: no air on Earth is that hot in Celsius."""


def tells_a_time_taken(text: str) -> bool:
    """Whether a statement tells a time taken on the clock ("won in 2:02:44", "a mile in 4:07.64"),
    with no word of time beside it."""
    return ":" in text and _RACE_TIME.search(text) is not None


def tells_a_temperature(text: str) -> bool:
    """Whether a statement gives a temperature ("Sweden shivers at -43C"); most do not, and need
    no reading of their values to know it."""
    return _TEMPERATURE.search(text) is not None


def tells_a_time_of_day(text: str) -> bool:
    """Whether a statement gives a time of day ("It hit at 1:53 p.m. local time", "struck at 1353");
    most do not, and need no reading of their values to know it."""
    return _CLOCK.search(text) is not None


_FROM_NORMAL = re.compile(
    r"\s+(?:above|below|higher\s+than|lower\s+than|warmer\s+than|colder\s+than|over|under)\s+"
    r"(?:the\s+)?(?:normal|usual|average|norm|long-term\s+average|pre-industrial\s+levels?)\b",
    re.IGNORECASE,
)
"""After degrees, that they are how far from the usual ("2.36C above normal", "1.5C higher than
usual"): compared only with another such difference."""
_MINUS_SIGNS = ("-", "\u2212", "\u2013")
_BELOW_ZERO = re.compile(r"(?<![\w.,/:])(?:[-\u2212\u2013]|minus\s+)(?P<num>\d+(?:\.\d+)?)", re.IGNORECASE)
"""A number below zero, as a temperature is told ("-38C", "minus 38 degrees Celsius"); read only
when degrees follow (_TEMPERATURE_AFTER)."""
_MAGNITUDE_BEFORE = re.compile(
    r"magnitude(?:\s+(?:of|was|is|at|measured|stood at|reached|had been))?"
    r"(?:\s+(?:about|around|roughly|nearly|approximately|some|at least))?[\s-]*$",
    re.IGNORECASE,
)
_MAGNITUDE_AGAIN = re.compile(
    r"\b(?:measured|put|rated|recorded|registered|estimated|assessed|gave)\s+(?:it|the\s+(?:quake|earthquake|tremor))"
    r"\s+(?:at|as)\s+$",
    re.IGNORECASE,
)
"""A second agency's magnitude, after the first ("The institute put the magnitude at 7.0, while the
USGS measured it at 6.8"): the figure stands alone, "it" says what it measures."""


def _magnitude(value: float, before: str, after: str, start: int, end: int) -> Quantity:
    """A quake's magnitude; an aftershock's ("An aftershock of magnitude 5.2 hit shortly
    afterwards", "the strongest of magnitude 5.2", "A 5.4-magnitude aftershock") compared only with
    an aftershock's, not the quake's."""
    unit = AFTERSHOCK if _AFTERSHOCK_BEFORE.search(before) or _AFTERSHOCK_AFTER.match(after) else "magnitude"
    later = _A_LATER_QUAKE_BEFORE.search(before) if unit != AFTERSHOCK else None
    if later is not None:  # "A second quake of magnitude 7.5 struck hours later": the second's, not the first's
        unit = f"{_LATER_QUAKES.get(later.group('rank').lower(), later.group('rank').lower())} {unit}"
    return Quantity(Kind.MAGNITUDE, unit, value, read_bound(before), start, end, "magnitude")


_A_LATER_QUAKE_BEFORE = re.compile(
    r"\b(?P<rank>second|third|fourth|another)\s+(?:[\w-]+\s+){0,2}?(?:quake|earthquake|tremor|temblor)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
_LATER_QUAKES = {"another": "second"}
"""A quake after the first is told "another" as often as "a second" ("Another quake of magnitude 7.5")."""


AFTERSHOCK = "aftershock"
_AFTERSHOCK_BEFORE = re.compile(r"\baftershocks?\b[^.;]{0,60}$", re.IGNORECASE)
_AFTERSHOCK_MEASURED = re.compile(
    r"\baftershocks?\s+(?:measured|measuring|registered|had\s+a\s+magnitude\s+of|was\s+of)\s+$", re.IGNORECASE
)
"""A bare figure an aftershock is said to measure ("The strongest of the aftershocks measured 5.1")."""
_AFTERSHOCK_AFTER = re.compile(r"\W*(?:[\w-]+\s+)?aftershocks?\b", re.IGNORECASE)
_A_QUAKE_AFTER = re.compile(r"[\s-]+(?:strong\s+)?(?:quake|earthquake|tremor|temblor|aftershock)s?\b", re.IGNORECASE)
"""A quake named by its magnitude alone, told to the tenth ("Deadly 7.2 quake strikes Taiwan", "A 6.1
earthquake hit the region", "A 6.4 aftershock followed"); "3 quakes" counts them."""
_MAGNITUDE_AFTER = re.compile(r"[\s-]*(?:magnitude\b|on the (?:Richter|moment magnitude) scale\b)", re.IGNORECASE)
_SPEED_AFTER = re.compile(
    r"\s?(?:miles?\s+(?:per|an|a)\s+hour|mph|km/h|kph|kmh|kilomet(?:er|re)s?\s+(?:per|an|a)\s+hour)\b", re.I
)
"""A speed's unit after its number: "mph", "km/h", "kilometres an hour", "miles per hour"."""
_POWER_AFTER = re.compile(r"[\s-]?(?:(?i:(?P<prefix>kilo|mega|giga))[\s-]?(?i:watts?)|(?P<short>kW|MW|GW))\b")
"""A power's unit after its number: "gigawatts", "-megawatt", "MW" (not "MWh", an amount of energy)."""
_NAUTICAL_AFTER = re.compile(r"\s?nautical\s+miles?\b", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"[\s-]?(?:(?:consecutive|straight|successive)\s+)?(?P<unit>[a-z]+)\b", re.IGNORECASE)
"""A unit straight after a figure, or after a word of one run ("for 31 consecutive months": a duration)."""
_QUALIFIER = re.compile(
    r"\s+(?:in\s+(?P<in>cash|stock|shares|aid|loans|debt)(?!\s+(?:and|or|plus)\s+(?!the\b))"
    r"|(?P<per>a|per|each)\s+(?:year|month|week|day|share)|(?P<every>annually|yearly|monthly|weekly|daily))\b",
    re.I,
)
"""What part of a sum it is: "in cash" (not "in cash and stock" or "in cash and gifts", the
whole; "in cash and the rest in shares" is the cash), "a year"."""
_EACH_BEFORE = re.compile(
    r"\b(?:(?:each|every)\s+(?P<unit>year|month|week|day)|(?P<every>annual|yearly|monthly|weekly|daily)\s+"
    r"(?:payments?|fees?|rents?|salary|salaries|subsidy|subsidies|contributions?|costs?|prices?|charges?|"
    r"subscriptions?|bills?))\b[^.;]*$",
    re.IGNORECASE,
)
"""A sum told as a rate before it, in its clause: "Each day of the strike costs the carrier around
18 million euros" is 18 million euros a day, and "The annual payments will average £120 million"
£120 million a year (not an annual profit, a year's whole)."""
_EVERY = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "annual": "year"}
"""A sum told as a rate in one word: "5 billion francs annually" is "5 billion francs a year"."""
_MOMENT = re.compile(r"(?:st|nd|rd|th)[\s-]+(?P<unit>minute|round|lap|inning|over|century)\b", re.IGNORECASE)
"""The minute, round or lap of a match something happened in ("the 89th minute"), or the century."""
_MINUTE_BEFORE = re.compile(r"\b(?:after|on)\s+$", re.IGNORECASE)
_MINUTES_IN = re.compile(r"\s+minutes\b", re.IGNORECASE)
_GOAL = re.compile(
    r"\b(?:scored|scores|goal|goals|headed|header|netted|equalised|equalized|levelled|leveled|penalty|opener"
    r"|in\s+front|the\s+lead|sealed|winner)\b",
    re.IGNORECASE,
)
"""A goal told "after 14 minutes" or "on 14 minutes" is scored in the match's 14th minute, as "in the 14th
minute" is."""
_MINUTES_FROM_TIME = re.compile(
    r"\s+minutes\s+(?:from|before)\s+(?:time|full[\s-]time|the\s+end(?P<extra>\s+of\s+extra[\s-]time)?)\b",
    re.IGNORECASE,
)
FULL_TIME = 90.0
EXTRA_TIME = 120.0
"""A football match's minutes, and with extra time: a goal "nine minutes from time" is scored in the
81st, one "eight minutes from the end of extra time" in the 112th."""
_RATE_MOVE = re.compile(
    r"\b(?:(?P<bp>\d+(?:\.\d+)?)\s*(?:basis[\s-]points?|bps?\b)"
    r"|(?P<pp>\d+(?:\.\d+)?)\s+percentage[\s-]points?"
    r"|(?:an?\s+)?(?P<part>quarter|half|three[\s-]quarters)(?:[\s-]of)?(?:\s+an?)?[\s-](?:percentage[\s-])?point)\b",
    re.IGNORECASE,
)
"""A move of a rate in points ("25 basis points", "a quarter point", "half a percentage point",
"0.75 percentage points"), read in basis points, so a quarter point is 25 basis points."""
_EXCHANGE_RATIO = re.compile(
    r"\b(?P<num>\d+(?:\.\d+)?)\s+(?:new\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}shares?\s+"
    r"(?:for\s+(?:each|every)|per)(?:\s+[\w'\u2019-]+){0,3}?\s+share\b"
)
"""The shares a takeover pays for each of the target's ("1.15 new Caixa Norte shares for each share
they hold", "1.15 Caixa Norte shares per share"): a deal's ratio, not a count of shares."""
EXCHANGE_RATIO = "shares per share"
_PARTS_OF_A_POINT = {"quarter": 25.0, "half": 50.0, "three quarters": 75.0}


def _rate_move(text: str, match: re.Match[str]) -> Quantity:
    if match.group("bp"):
        basis_points = float(match.group("bp"))
    elif match.group("pp"):
        basis_points = 100 * float(match.group("pp"))
    else:
        basis_points = _PARTS_OF_A_POINT[re.sub(r"[\s-]+", " ", match.group("part").lower())]
    bound = read_bound(text[: match.start()])
    return Quantity(Kind.PERCENT, BASIS_POINTS, basis_points, bound, *match.span(), BASIS_POINTS, text)


BASIS_POINTS = "basis points"
_TORNADO_SCALE = re.compile(r"\bEF-?(?P<step>[0-5])\b")
"""A tornado's step on the Enhanced Fujita scale ("rated EF4", "an EF-3 tornado")."""
_RATING_BEFORE = re.compile(
    r"\b(?P<scale>category|level|grade)(?:\s+(?:was\s+|has\s+been\s+)?(?:raised|lowered|increased|cut|set|put)?\s*(?:to|at))?\s*$",
    re.IGNORECASE,
)
"""The scale a small number is a step of ("Category 4", "level 3", "raised the alert level to 4"): no
count of what follows."""
LEVEL = "level"
"""What a step on a scale is of, whether the scale is told by its top ("3 out of 5") or called a level."""
RATING_TOP = 10
"""The highest step of a scale: storm categories, alert levels and grades stop well short of it."""
_SKIP_AFTER = re.compile(
    r"(?:st|nd|rd|th|s)\b|-\d|/\d|:\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|EDT|EST|UTC)", re.IGNORECASE
)
_RECORD = re.compile(r"(?<![\d.])\d+(?:\.5)?-\d+(?:\.5)?(?![.\d]\d)")
"""Two whole numbers joined by a hyphen, or halves ("16.5-11.5", as golf's team matches and chess are
scored)."""
RESULT_WORDS = frozenset(
    "won win wins winning lost lose loses losing loss beat beats beaten beating defeated defeat defeats drew draw "
    "victory thrashed edged led leading lead ahead trailed trailing".split()
)
"""Words that tell a match's result next to its score."""
_SCORE_TOP = 20
"""More goals or points than a match of football, hockey or rugby sevens sees: a record ("58-3")."""
_RESULT_REACH = 40
"""How far before a score its word of result may stand: past a club's name of two or three words ("beating Borussia
Dortmund 2-0")."""


def _score(text: str, record: re.Match[str]) -> Quantity | None:
    """A match's score ("lost 2-1", "beat Ajax 3-1", "a 2-0 win"), told by a word of result
    within a few words, or a vote's split (`VOTE_WORDS`); not a boxer's record ("58-3"), nor a
    set of a tennis match ("6-4 3-6")."""
    first, second = (float(n) for n in record.group().split("-"))
    if _ANOTHER_RECORD.match(text, record.end()):
        return None
    if record.start() > 0 and _ANOTHER_RECORD_BEFORE.search(text, 0, record.start()):
        return None
    near = {w.lower() for w in LETTERS.findall(text[max(0, record.start() - _RESULT_REACH) : record.end() + 12])}
    if not near.isdisjoint(VOTE_WORDS) or _passed_in_a_chamber(near):  # "by an 8-1 vote", "voted 7-2", "passed 34-19"
        return _vote(first, second, record.span(), text)
    if max(first, second) > _SCORE_TOP:
        return None
    if near.isdisjoint(RESULT_WORDS) and not _UP_OR_DOWN.match(text, record.end()):
        return None
    return Quantity(Kind.SCORE, "score", _split(first, second), Bound.EXACT, *record.span(), "score", text)


_PASSED = frozenset("passed passes approved approves adopted adopts".split())
_LAWMAKING = frozenset(
    "bill bills law motion resolution legislation amendment house chamber senate parliament assembly congress".split()
)
"""A passing and what is passed or passes it: near a split, a vote's words though none says "vote"."""


def _passed_in_a_chamber(words: AbstractSet[str]) -> bool:
    """Whether words near a split tell a law or a chamber passing something ("The bill passed the upper house 34-19"):
    a vote's split, though no word says "vote"."""
    return not words.isdisjoint(_PASSED) and not words.isdisjoint(_LAWMAKING)


def _split(first: float, second: float) -> float:
    """A score or a vote as one number, the larger side first: 2-1 and 1-2 are 2001, 11.5-4.5 is 11504.5."""
    return max(first, second) * 1000 + min(first, second)


def _vote(first: float, second: float, span: tuple[int, int], text: str) -> Quantity:
    return Quantity(Kind.SCORE, VOTE, _split(first, second), Bound.EXACT, *span, VOTE, text)


VOTE = "vote"
"""The unit of a vote's split: compared with another vote's, not with a match's score."""
VOTE_WORDS = frozenset("vote votes voted voting ballot abstained abstentions split ruled".split())
"""Words that make a split a vote's ("by an 8-1 vote", "Board members voted 7-2", "Policymakers were
split 6-3", "The judges ruled 9-6"), however many voted: a vote is compared with another vote, not with
a match's score."""


_VOTE_SPLIT = re.compile(
    r"\b(?P<for>\d{1,4})\s+(?:votes\s+(?:to|against)|to)\s+(?P<against>\d{1,4})\b(?!\s*(?:%|percent|per\s+cent))"
    r"|(?:\b(?P<backing>\d{1,4})\s+(?:[a-z]+\s+){0,2}?(?:backing|supporting|voting\s+for|in\s+favou?r)\b"
    r"|\bsupport\s+of\s+(?P<supporters>\d{1,4})\b"
    r"|\b(?:approved|passed|backed|supported|adopted)\s+by\s+(?P<approvers>\d{1,4})\b(?:\s+of\s+the\s+\d{1,4})?)[^.;]{0,40}?"
    r"\b(?:and|while|with)\s+(?P<opposing>\d{1,4}|none|no\s+one|nobody)\s+(?:[a-z]+\s+){0,2}?against\b"
    r"|\b(?P<against_first>\d{1,4})\s+(?:[a-z]+\s+){0,2}?(?:voting|voted)\s+against\b[^.;]{0,40}?"
    r"\b(?:and|while|with)\s+(?P<backing_after>\d{1,4}|none|no\s+one|nobody)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:in\s+favou?r|backing|supporting|for)\b"
)
"""A vote's split written out ("voted 31 to 9", "passed by 31 votes to 9", "took 185 votes against
156", "with 112 lawmakers backing his government and 86 voting against", "207 lawmakers voted in
favour, while 394 voted against", "won the support of 207 members of parliament, with 394
against", "142 lawmakers voting against and 88 in favour", "approved by 176 of the 300 MPs, with 76 voting
against"), in a statement about a vote."""

_SPELLED_VOTE_SPLIT = re.compile(r"\b(?P<for>[a-z]+)\s+votes\s+(?:to|against)\s+(?P<against>[a-z]+)\b", re.IGNORECASE)
"""... or spelled ("ruled by six votes to three"), where "votes" stands between the two sides."""


_VOTED_APART = re.compile(
    r"\b(?P<for>\d{1,3}|[A-Za-z]+)\s+of\s+the\s+(?P<body>\d{1,3}|[A-Za-z]+)\s+(?:[\w-]+\s+){0,2}?voted\b[^.;]{0,80}?"
    r"\b(?:while|whereas|with|and|but)\s+(?P<against>\d{1,3}|[a-z]+)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:voted|backed|backing|favoured|favored|supported|dissented)\b"
)
"""A vote's split told as the many of a body that voted one way and the few the other ("Eight of the
nine policymakers voted to keep rates on hold, while one voted for a cut"): 8-1."""
_VOTED_OF_ALL = re.compile(
    r"\b(?P<for>\d{1,3}|[A-Za-z]+)\s+of\s+the\s+(?P<body>\d{1,3}|[A-Za-z]+)\s+"
    r"(?:(?!(?:who|which|that)\b)[\w-]+\s+){0,4}?voted\b",
    re.IGNORECASE,
)
"""... or as the many of a body, the rest the other way ("Eleven of the 15 judges voted to overturn it",
"Four of the five justices on the panel voted to convict"): 11-4, 4-1; not "two of the five people who
voted", who are some of those voting."""


_BACKING_WORDS = frozenset("support backing supporting favour favor".split())
"""Words that, with "against", tell a vote's two sides though no word says "vote"."""


def tells_a_vote(words: AbstractSet[str]) -> bool:
    """Whether a statement's words tell of a vote: a word of voting, its two sides ("won the
    support of 217 members of parliament, with 394 against"), or a law or a chamber passing something."""
    return (
        not words.isdisjoint(VOTE_WORDS)
        or ("against" in words and not words.isdisjoint(_BACKING_WORDS))
        or _passed_in_a_chamber(words)
    )


_SETS = re.compile(
    r"(?<![\d-])[0-7]-[0-7](?:\s*\(\d{1,2}\))?(?:(?:\s*,\s*|\s+)[0-7]-[0-7](?:\s*\(\d{1,2}\))?){1,4}(?![\d-])"
)
"""A tennis match's score, set by set: "6-4, 6-3", "6-4 3-6 7-6", "7-6 (3) 7-6 (2)" (a tie-break's points told in
brackets)."""


SPLIT_RATIO = "split ratio"
"""The unit of a stock split's ratio ("ten-for-one", "4-for-1"): new shares for each old one."""
_NUMBER_OR_WORD = r"(?:\d{1,3}|" + _number_words() + r")"
_SPLIT_RATIO = re.compile(rf"\b(?P<new>{_NUMBER_OR_WORD})-for-(?P<old>{_NUMBER_OR_WORD})\b", re.IGNORECASE)


def tells_a_split_ratio(text: str, words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words given) may tell a stock split's ratio ("split its stock
    ten-for-one")."""
    return "split" in words and "-for-" in text


def _sets(text: str, match: re.Match[str]) -> Quantity:
    """The sets of a match as one score, compared whole: "6-4, 6-3" is not "6-4, 7-5"."""
    sets = re.findall(r"(\d)-(\d)", match.group())
    value = float("".join(first + second for first, second in sets))
    return Quantity(Kind.SCORE, "sets", value, Bound.EXACT, *match.span(), "", text)


_UP_OR_DOWN = re.compile(r"\s+(?:up|down)\s+(?:at|after|by|in)\b", re.IGNORECASE)
"""A score a side is up or down by during a match ("were 3-0 up at half-time")."""
_ANOTHER_RECORD = re.compile(r"\s+\d+-\d+")
_ANOTHER_RECORD_BEFORE = re.compile(r"\d+-\d+\s+$")
_CHANGE = re.compile(
    r"\b(?:" + "|".join(MOVES) + r"|edged\s+(?:up|down)|(?:went|was)\s+(?:up|down))(?:\s+by)?"
    r"(?:\s+(?:about|around|roughly|nearly|almost|some|more\s+than|over))?\s+$",
    re.IGNORECASE,
)
"""A change, not a range, when it follows such a verb: "fell 14 percent to 2.1 billion euros" (by
so much, to so much: two values)."""


def _a_change_before(text: str, start: int) -> bool:
    """Whether a verb of change comes straight before `start`, or before a currency's sign there
    ("rose by £1 to £12.99": by so much, to so much)."""
    before = text[:start].rstrip("£$€¥")
    if _CHANGE.search(before) is not None:
        return True
    return text.startswith("from", start) and _CHANGE_TO_COME.search(before) is not None


_CHANGE_TO_COME = re.compile(
    r"\b(?:rise|fall|increase|decrease|climb|drop|jump|grow|(?:go|goes|going)\s+(?:up|down))\s+$", re.IGNORECASE
)
"""A change to come from one value to another ("will go up from $11.99 to $12.99"); not a range
after such a verb, which a forecast gives ("is expected to grow 1 to 2 percent")."""


_SCOPE = re.compile(
    r"\b[Ii]n\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:[A-Z][\w-]+['\u2019]s\s+)?(?P<place>(?:[A-Z][\w'-]+\s+)+)"
    r"(?:district|county|municipality|commune|borough|township)\b(?!\s+(?:said|says|told|reported)\b)"
)
"""A count "in Bener Meriah district" is that district's, not the whole story's (a province or a
state is usually the whole story's area, and both reports name it); not where those who tell it
are ("..., officials in Chitwan district said"). The country it lies in is no part of its name ("in
Romania's Bihor county": Bihor)."""
_ONE_SITE_BEFORE = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\w-]+\s+)?(?:village|hamlet|town|factory|plant|mine|building|school|market|"
    r"mosque|church|temple|hospital|hotel|warehouse|camp|house|home|bridge|"
    r"fire|wildfire|blaze|earthquake|quake|flood|floods|landslide|storm|explosion|blast|outbreak)\s+$"
)
"""One site or the event itself, written just before its district ("hit a village in Jajarkot district", "a
plastics factory in the Ikeja district of Lagos", "A wildfire in the Leiria district has forced the evacuation
of six villages"): the district says where the event was, so its toll is the event's."""
_ALSO_BEFELL = re.compile(
    r"[^.;:]{0,60}?\b(?:was|were|have\s+been|has\s+been|had\s+been)\s+also\s+(?:[a-z]+ly\s+)?(?P<fate>[a-z]+)",
    re.IGNORECASE,
)
"""A count of people who were "also" hurt or killed: others than those the story told of first,
no rival of its toll."""
_AND_MORE = re.compile(
    r"[^.;:,]{0,60}?,?\s+and\s+(?:(?:\d[\d,]*|tens|hundreds|thousands|millions|dozens|scores|many|several|of|a)\s+){1,4}"
    r"more\b(?=\s+(?:in|elsewhere|across|around|outside|abroad)\b|\s*[,.;]|\s*$)",
    re.IGNORECASE,
)
"""A count followed by more of its kind elsewhere ("killed 170,000 people in the province and tens of
thousands more in countries around the Indian Ocean"): a part of the toll, no toll of its own."""
_AMONG = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:were|was|are|is)\s+among\b", re.IGNORECASE)
"""A count of some of those a count is of ("Two children were among the dead"): a part of the toll,
no toll of its own, as a district's count is."""
_AMONG_BEFORE = re.compile(r"\bamong\s+the\s+[^\W\d_]+\s+(?:were|was|are|is)\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)
"""... told after what they are among ("Among the dead were 745 civilians")."""
_ONE_UNIT_CUES = frozenset(
    "than under nearly almost about for within of after later next following behind ahead".split()
)
_ONE_UNIT_APART = re.compile(
    r"\b(?P<one>(?:the|a|an)\s+(?P<unit>day|week|month|year)(?=\s+(?:after|later)\b)"
    r"|the\s+(?:next|following)\s+(?P<next>day|week|month|year))\b",
    re.IGNORECASE,
)
"""One unit of time between two events ("the day after the raid", "a week later", "the next
day"): as long apart as "two days after the robbery" says."""
_AGE_IN_A_DECADE = re.compile(
    r"\b(?P<who>[A-Za-z]+),?\s+in\s+(?:his|her|their)\s+(?P<age>(?:(?P<part>early|mid|late)[\s-]*)?(?P<decade>[1-9]0)s)\b"
)
"""An age told by its decade ("A surfer in his 40s", "a woman in her early 30s"): the decade's middle,
about, whose it is the word before."""
_PARTS_OF_A_DECADE = {"early": (0.0, 3.0), "mid": (4.0, 6.0), "late": (7.0, 9.0)}
_ONE_DISTANCE = re.compile(
    r"(?:\b(?:within|about|around|nearly|almost|(?:less|more)\s+than|over|under|some|up\s+to)\s+(?=(?:a|one)\s)"
    r"|(?=\bone\s))"
    r"(?P<one>(?:a|one)\s+(?P<unit>mile|kilometre|kilometer|metre|meter))\b(?!-)",
    re.IGNORECASE,
)
"""One unit of distance spelled "one", or "a" after a word that bounds it ("within a mile of the site",
"waves up to one metre"): a distance like "two miles"; not a part of a longer word ("a one-mile stretch")."""
_ONE_DISTANCE_UNITS = frozenset(("mile", "kilometre", "kilometer", "metre", "meter"))
_ONE_UNIT_LASTING = re.compile(
    r"\b(?:lasted|lasting|lasts|took|over|for)\s+(?P<one>(?:one|a\s+single)\s+(?P<unit>day|week|month|hour|night))\b(?!-)",
    re.IGNORECASE,
)
"""One unit of time an event lasted, spelled ("The debate took place over a single day", "The strike lasted one
day"): a length like "two days"; "one" alone is read as a number only so."""
_ONE_UNIT_WORDS = frozenset(("one", "single"))
_HALF_A_UNIT = re.compile(r"\bhalf\s+(?:an?|one)\s+(?P<unit>" + "|".join(UNITS_OF_TIME) + r")\b", re.IGNORECASE)
"""Half a unit of time ("after half an hour", "half a day's walk"): thirty minutes, twelve hours."""
_SOME_UNITS = re.compile(
    r"\b(?:(?P<within>within)\s+(?:a\s+few\s+|several\s+)?(?=hours|minutes)|(?:a\s+few|several)\s+"
    r"|(?<=\bfor\s)(?=days|weeks|months))"
    r"(?P<unit>minutes|hours|days|weeks|months)\b(?!\s+(?:ago|earlier|before|later|after|of)\b)",
    re.IGNORECASE,
)
"""A stretch of time told by its unit alone: "within hours" and "a few hours" are under a day,
"within minutes" under an hour; "several days", "a few weeks" and "for days" two of the unit or more
("A fix was released within hours" / "It took several days to release a fix"). Not a time between
events ("a few days later") nor a part of one ("within hours of the crash")."""
SOME_UNITS_BEFORE = frozenset(("within", "few", "several", "for"))
"""The words before a unit of time told without a number (`_SOME_UNITS`)."""
SOME_UNITS = frozenset(("minutes", "hours", "days", "weeks", "months"))
"""The units of time `_SOME_UNITS` reads without a number."""
_UNDER_THE_NEXT = {"minute": IN_DAYS["hour"], "hour": IN_DAYS["day"]}
"""What minutes and hours told without a number stay under: an hour, a day."""
_ONE_UNIT = re.compile(
    r"(?:\b(?:than|under|nearly|almost|about|for|within|after)\s+(?=(?:an?|one)\s)|(?=\b(?:an?|one)\s+\w+\s+of\s+(?!the\b))"
    r"|(?=\b(?:an?|one)\s+\w+\s+(?:behind|ahead)\b))"
    r"(?P<one>(?:an?|one)\s+(?:(?:full|whole|entire)\s+)?(?P<unit>" + "|".join(UNITS_OF_TIME) + r"))\b(?!-)"
    r"(?!\s+(?:earlier|ago|before)\b)",
    re.IGNORECASE,
)
"""One unit of time spelled "a" or "one" ("less than a day", "for a week", "within an hour", "for a full day", "one day
of mourning", "a minute behind"): a duration like "two days"; not the time a change is measured
from ("15% lower than a year earlier"), nor a unit of a longer word ("after a year-long battle").
"""
_COUNT_IN_A_WINDOW = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+s\s+within\s+$", re.IGNORECASE
)
"""Before "within a year", things counted in it ("missed three tests within a year"): a window, not how long
anything took."""


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


def _another_magnitude(value: float, before: str, after: str) -> bool:
    """Whether a bare figure on the scale of magnitudes is one given after another, by what a
    statement that has named a magnitude says was measured ("... measured it at 6.8")."""
    return (
        0 < value < 10
        and _MAGNITUDE_AGAIN.search(before) is not None
        and "magnitude" in before.lower()
        and not _A_WORD_AFTER.match(after)
    )


_A_WORD_AFTER = re.compile(r"\s*[a-z]")
"""A word straight after a figure, which may be its unit ("measured it at 6.8 metres")."""


def read_values(text: str, words: AbstractSet[str] | None = None, described: str | None = None) -> Values:
    """The values and time frame of one statement (`words`: its lower-cased words, if known;
    `described`: whom the statement's opening "The 63-year-old" stands for, if its article tells,
    claims.descriptions)."""
    digits = bool(_DIGIT.search(text))
    lower = text.lower()
    if words is None:
        words = set(LETTERS.findall(lower))
    one_unit = not words.isdisjoint(DURATION_WORDS) and not words.isdisjoint(_ONE_UNIT_CUES)
    half_unit = "half" in words and not words.isdisjoint(DURATION_WORDS)
    some_units = not words.isdisjoint(SOME_UNITS_BEFORE) and not words.isdisjoint(SOME_UNITS)
    one_distance = not words.isdisjoint(_ONE_DISTANCE_UNITS)
    uncounted = counts_without_number(words)
    ranked, fraction = tells_a_rank(text, words), tells_a_fraction(text, words)
    more_than_half = tells_more_than_half(text, words)
    if not (
        digits
        or one_unit
        or half_unit
        or some_units
        or one_distance
        or uncounted
        or ranked
        or fraction
        or more_than_half
    ) and words.isdisjoint(_VALUE_WORDS):
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
    for match in _WEEKDAY.finditer(text) if not words.isdisjoint(WEEKDAYS) else ():
        weekday = match.group("day").lower()
        number: float = WEEKDAY_ORDER.index(weekday)
        label = weekday.title()
        night = _NIGHT_BEFORE.search(text, max(0, match.start() - 14), match.start()) or _NIGHT_AFTER.match(
            text, match.end()
        )
        if night:  # "Friday night", "late on Friday": into Saturday's early hours
            number, label = number + HALF_A_DAY, f"{label} {NIGHT}"
        elif _EARLY_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            number, label = (number - HALF_A_DAY) % 7, f"{EARLY} {label}"  # "early on Saturday": Friday's night
        elif _OVERNIGHT_BEFORE.search(text, max(0, match.start() - 14), match.start()):
            label = f"{OVERNIGHT} {label}"  # "overnight on Saturday": the night before or after
        quantities.append(Quantity(Kind.WEEKDAY, "weekday", number, Bound.EXACT, *match.span("day"), label))
    for match in _CLOCK.finditer(text) if digits and not words.isdisjoint(_CLOCK_WORDS) else ():
        time = _time_of_day(text, match)
        if time is not None:
            quantities.append(time)
            taken.append(match.span())
    for match in _RACE_TIME.finditer(text) if digits and ":" in text else ():
        if match.group("h"):
            hours, minutes, seconds = (float(match.group(unit)) for unit in ("h", "m", "s"))
        else:
            hours, minutes, seconds = 0.0, float(match.group("m2")), float(match.group("s2"))
        days = hours / 24 + minutes / 1440 + seconds / 86400
        bound = read_bound(text[: match.start()])
        quantities.append(Quantity(Kind.DURATION, "days", days, bound, *match.span(), RACE_TIME, text))
        taken.append(match.span())
    below_zero = digits and ("minus" in words or any(sign in text for sign in _MINUS_SIGNS))
    for match in _BELOW_ZERO.finditer(text) if below_zero else ():
        temperature = _TEMPERATURE_AFTER.match(text, match.end("num"))
        if temperature is not None:
            value = -float(match.group("num"))
            scale = "°C" if temperature.group("scale")[0] in "Cc" else "°F"
            celsius = _in_celsius(value, scale)
            end = temperature.end()
            quantities.append(
                Quantity(Kind.TEMPERATURE, "celsius", celsius, Bound.EXACT, match.start(), end, scale, text)
            )
            taken.append((match.start(), end))
    rated = (
        (*_RATED_OUT_OF.finditer(text), *_RATED_ON_A_SCALE.finditer(text)) if "out" in words or "scale" in words else ()
    )
    for match in rated:
        top = match.group("top")
        label = f"out of {top if top.isdigit() else spelled_number(top.lower())}"
        step = _spelled_or_digits(match.group("step"))
        # a step told with its top is one of the levels "alert level 4" tells ("raised to 3 on a scale of 5")
        quantities.append(Quantity(Kind.RATING, LEVEL, step, Bound.EXACT, *match.span(), label, text))
        taken.append(match.span())
    for match in _RATE_MOVE.finditer(text) if "point" in lower or "bp" in lower else ():
        quantities.append(_rate_move(text, match))
        taken.append(match.span())
    for match in _EXCHANGE_RATIO.finditer(text) if digits and "share" in lower else ():
        ratio = float(match.group("num"))
        quantities.append(Quantity(Kind.COUNT, EXCHANGE_RATIO, ratio, Bound.EXACT, *match.span("num"), EXCHANGE_RATIO))
        taken.append(match.span())
    for match in _TORNADO_SCALE.finditer(text) if "EF" in text else ():
        step = float(match.group("step"))
        quantities.append(Quantity(Kind.RATING, "ef", step, Bound.EXACT, *match.span(), "EF", text))
        taken.append(match.span())
    for match in _ONE_IN.finditer(text) if "in" in words or "out" in words else ():
        if any(start <= match.start() < end for start, end in taken):
            continue
        many, whole = _spelled_or_digits(match.group("many")), _spelled_or_digits(match.group("whole"))
        if 0 < many < whole:
            bound = read_bound(text[: match.start()])
            share = Quantity(
                Kind.PERCENT,
                "percent",
                100 * many / whole,
                Bound.ABOUT if bound is Bound.EXACT else bound,  # "nine in ten" rounds 91%
                *match.span(),
                "percent",
                text,
            )
            quantities.append(share)
            taken.append(match.span())
    for match in _A_POINT_MARGIN.finditer(text) if "point" in words else ():
        quantities.append(Quantity(Kind.COUNT, POINTS, 1.0, Bound.EXACT, *match.span("one"), "points"))
        taken.append(match.span("one"))
    for match in _TWICE_OR_ONCE.finditer(text) if not words.isdisjoint(TIMES_SPELLED) else ():
        times, span = (2.0, match.span("times")) if match.group("times") else (1.0, match.span("times2"))
        quantities.append(Quantity(Kind.COUNT, "time", times, Bound.EXACT, *span, "times"))
        taken.append(span)
    ranged = " to " in lower or "between" in lower or "from" in lower or "%-" in text or "%\u2013" in text
    voted = not words.isdisjoint(VOTE_WORDS)
    for match in _VOTE_SPLIT.finditer(text) if digits and tells_a_vote(words) else ():
        if not voted and match["for"]:
            continue  # "rose from 1.10 to 1.12 against the dollar": no vote
        against = match["against"] or match["opposing"] or match["backing_after"]
        first = int(
            match["for"] or match["backing"] or match["supporters"] or match["approvers"] or match["against_first"]
        )
        second = int(against) if against.isdigit() else 0
        quantities.append(_vote(first, second, match.span(), text))
        taken.append(match.span())
    for match in _SPELLED_VOTE_SPLIT.finditer(text) if " votes " in lower else ():
        backing, opposing = small_count(match["for"]), small_count(match["against"])
        if backing is not None and opposing is not None:
            quantities.append(_vote(int(backing), int(opposing), match.span(), text))
            taken.append(match.span())
    for match in _VOTED_APART.finditer(text) if voted and " of the " in lower else ():
        backing, opposing = small_count(match["for"]), small_count(match["against"])
        if backing is not None and opposing is not None and not any(a <= match.start() < b for a, b in taken):
            span = (match.start(), match.end("body"))  # shown as "Eight of the nine"
            quantities.append(_vote(int(backing), int(opposing), span, text))  # "Eight of the nine ..., while one"
            taken.append(match.span())
    for match in _VOTED_OF_ALL.finditer(text) if voted and " of the " in lower else ():
        backing, body = small_count(match["for"]), small_count(match["body"])
        if (
            backing is not None
            and body is not None
            and backing < body
            and not any(a <= match.start() < b for a, b in taken)
        ):
            span = (match.start(), match.end("body"))  # "Eleven of the 15": the rest voted the other way
            quantities.append(_vote(int(backing), int(body - backing), span, text))
            taken.append(match.span())
    for match in _SETS.finditer(text) if digits and "-" in text else ():
        quantities.append(_sets(text, match))
        taken.append(match.span())
    for match in _SPLIT_RATIO.finditer(text) if tells_a_split_ratio(text, words) else ():
        new, old = (int(NUMBER_WORDS.get(side.lower(), side)) for side in (match["new"], match["old"]))
        if old:  # "a ten-for-one split": ten new shares for each old one
            quantities.append(Quantity(Kind.COUNT, SPLIT_RATIO, new / old, Bound.EXACT, *match.span(), SPLIT_RATIO))
            taken.append(match.span())
    records = _RECORD.finditer(text) if digits and "-" in text else ()
    ranges = (
        (r for r in RANGE.finditer(text) if not (_a_change_before(text, r.start()) or a_change_to_a_level(text, r)))
        if ranged and digits
        else ()
    )
    other_ends: dict[int, tuple[int, int, float, float]] = {}  # by where a range's read end's digits start
    for record in (*records, *ranges):
        if any(start <= record.start() < end for start, end in taken):
            continue
        ends = ends_of_a_range(text, record) if record.re is RANGE else None
        if ends is not None:  # the end whose unit says what is measured is read with the rest, and made a range
            token, digits_start, read_written, other_written = ends
            taken.append((record.start(), token) if token > record.start() else (token + 1, record.end()))
            other_ends[digits_start] = (*record.span(), read_written, other_written)
            continue
        taken.append(record.span())
        score = _score(text, record) if record.re is _RECORD else None
        if score is not None:
            quantities.append(score)
    for match in _HOW_OFTEN.finditer(text) if not words.isdisjoint(HOW_OFTEN_WORDS) else ():
        value, unit = times_written(match.group("times")), match.group("unit").lower()
        quantities.append(Quantity(Kind.COUNT, f"times a {unit}", value, Bound.EXACT, *match.span(), ""))
        taken.append(match.span())
    for match in _TIMES_DONE.finditer(text) if not words.isdisjoint(HOW_OFTEN_WORDS) else ():
        if any(start <= match.start() < end for start, end in taken):
            continue
        deed = word_term(match.group("verb"))
        value = times_written(match.group("times"))
        label = "" if match.group("times").lower() in _TIMES_IN_A_WORD else "times"  # "once" is shown alone
        quantities.append(Quantity(Kind.COUNT, f"{deed} {RANKED}", value, Bound.EXACT, *match.span("times"), label))
        # ... and as many of the deed's noun: "capped three times" is three caps ("He has won five caps")
        counted = DEEDS_NOUNS.get(deed, deed)
        quantities.append(Quantity(Kind.COUNT, counted, value, Bound.EXACT, *match.span("times"), label))
        taken.append(match.span())
    scope = _SCOPE.search(text) if _SCOPE_WORD.search(lower) else None
    if scope is not None and _ONE_SITE_BEFORE.search(text, 0, scope.start()):
        scope = None  # "a landslide hit a village in Jajarkot district": where the event was, not a share of it
    numbers = _DIGITS.finditer(text) if words.isdisjoint(_COUNT_WORDS) else _NUMBER.finditer(text)
    for match in numbers:
        if any(start <= match.start() < end for start, end in taken):
            continue
        if match.group("word") and _AFTER_HUNDRED_AND.search(text, max(0, match.start() - 20), match.start()):
            continue  # the "fifty" of "two hundred and fifty": read with the hundreds
        quantity = _quantity(text, match, described)
        if quantity is None:
            continue
        if quantity.kind in CONTEXT_KINDS or quantity.kind is Kind.TEMPERATURE:  # a record beaten (Quantity.former)
            quantity = replace(quantity, text=text)
        elif quantity.kind is Kind.AREA and told_against_another(text, quantity.end):
            # "1.5 million sq km below the 1981-2010 average": how far, not how much ice there is
            quantity = replace(quantity, unit=f"{quantity.unit} {AGAINST_ANOTHER}")
        elif quantity.kind is Kind.COUNT and scope and quantity.unit in TALLIES:  # a toll of the district
            quantity = replace(quantity, unit=f"{quantity.unit}{SCOPE_MARK}{scope.group('place').strip().lower()}")
        elif (
            quantity.unit == "participants" and not words.isdisjoint(ORGANISERS) and _told_by_organisers(text, quantity)
        ):
            quantity = replace(quantity, unit=ORGANISERS_COUNT)
        if quantity.kind is Kind.COUNT and quantity.end > match.end():  # "three men and two children": one count
            taken.append((quantity.start, quantity.end))
        if (
            quantity.kind is Kind.COUNT
            and SCOPE_MARK not in quantity.unit
            and (_AMONG.match(text, match.end()) or _AMONG_BEFORE.search(text, 0, match.start()))
        ):
            quantity = replace(quantity, unit=f"{quantity.unit}{SCOPE_MARK}among")  # "Two children were among the dead"
        if quantity.kind is Kind.COUNT and SCOPE_MARK not in quantity.unit and _AND_MORE.match(text, quantity.end):
            quantity = replace(quantity, unit=f"{quantity.unit}{SCOPE_MARK}more elsewhere")
        if (
            quantity.kind is Kind.COUNT
            and quantity.unit in TALLIES
            and (also := _ALSO_BEFELL.match(text, quantity.end)) is not None
            and COUNT_CLASSES.get(also.group("fate").lower()) == quantity.unit
        ):  # "Two adults who tried to protect the children were also seriously injured": others than those told
            quantity = replace(quantity, unit=f"{quantity.unit}{SCOPE_MARK}also")
        if match.start("num") in other_ends:
            spanned = as_a_range(text, quantity, *other_ends[match.start("num")])
            if spanned is None:
                continue
            quantity = spanned
        quantities.append(quantity)
    by_order = (
        [*_BY_ORDER.finditer(text), *_ORDER_BEFORE_A_FATE.finditer(text)]
        if not words.isdisjoint(COUNTS_BY_ORDER)
        else []
    )
    by_order += _SEVERAL_OF_AN_ORDER.finditer(text) if not words.isdisjoint(_SEVERAL) else ()
    for match in by_order:
        if any(start <= match.start() < end for start, end in taken):
            continue
        after = text[match.end() :]
        if not _befalls_them(after):
            continue  # "hundreds of people battering store fronts": some of a crowd, not a count of it
        words_of = match.group("num").lower().split()
        # "thousand" ("several thousand") is the order "thousands" is
        order = _ORDERS[words_of[-1].removesuffix("s") + "s"] * (
            _MANY[words_of[0]] if match.groupdict().get("tens") else 1.0
        )
        count = read_count(text, match, order, text[: match.start()], after)
        if count is not None:
            quantities.append(replace(count, bound=Bound.ORDER, end=match.end("num")))
    for match in _A_SCALE.finditer(text) if not words.isdisjoint(_SCALE_WORDS) else ():
        if any(start <= match.start() < end for start, end in taken) or _CURRENCY_AFTER_RE.match(text, match.end()):
            continue  # "a million dollars" is a sum
        value = SCALES[match.group("scale").lower()] * (0.5 if match.group("half") else 1.0)
        count = read_count(text, match, value, text[: match.start()], text[match.end() :])
        if count is not None:  # "Nearly a million people will be affected": a million, as "1 million" is
            quantities.append(count)
    margins_of_one = (
        (*_BY_ONE.finditer(text), *_ONE_CLEAR.finditer(text)) if "one" in words or "single" in words else ()
    )
    for match in margins_of_one:
        count = read_count(text, match, 1.0, text[: match.start()], text[match.end() :])
        if count is not None and count.unit not in PEOPLE_AT_LARGE:
            quantities.append(count)
    for match in _RANK_OF_OCCASION.finditer(text) if ranked else ():
        noun = _head_noun(match.group("noun"))
        if (
            noun is not None and noun not in _PERIODS_OF_AN_EVENT
        ):  # "the third day of the strike" moves on as the days pass
            unit = f"{word_term(_MEDALS.get(noun, noun))} {RANKED}"
            rank = _rank_of(match.group("rank"))
            quantities.append(Quantity(Kind.COUNT, unit, rank, Bound.EXACT, *match.span("rank"), noun))
            done = _TO_DO.match(text, match.start("noun") + match.group("noun").find(noun) + len(noun))
            if done is not None:  # "the third minister to leave" / "the second cabinet member to resign"
                deed = f"{word_term(done.group('verb'))} {RANKED}"
                quantities.append(Quantity(Kind.COUNT, deed, rank, Bound.EXACT, *match.span("rank"), noun))
    for match in _RANK_OF_SUBJECT.finditer(text) if ranked else ():  # "The stage win was his fourth of the Tour"
        noun = _head_noun(match.group("noun"))
        if noun is not None and noun not in _PERIODS_OF_AN_EVENT:
            rank = _rank_of(match.group("rank"))
            quantities.append(
                Quantity(Kind.COUNT, f"{word_term(noun)} {RANKED}", rank, Bound.EXACT, *match.span("rank"), noun)
            )
    for match in _STANDING.finditer(text) if ranked else ():
        most = match.group("most").lower()
        unit = f"{_STANDINGS.get(most, most)} {RANKED}"
        quantities.append(
            Quantity(Kind.COUNT, unit, _rank_of(match.group("rank")), Bound.EXACT, *match.span("rank"), most)
        )
    for match in _FINISHED.finditer(text) if ranked else ():
        unit = f"{_finisher(match.group('subject'))} place {RANKED}"
        quantities.append(
            Quantity(Kind.COUNT, unit, _rank_of(match.group("rank")), Bound.EXACT, *match.span("rank"), "place")
        )
    for match in _WON_THE_EVENT.finditer(text) if ranked else ():  # "Eide won the event": first place
        unit = f"{_finisher(match.group('subject'))} place {RANKED}"
        quantities.append(Quantity(Kind.COUNT, unit, 1.0, Bound.EXACT, *match.span("won"), "place"))
    for match in _SEEDED.finditer(text) if ranked else ():  # "was seeded eighth" / "is the seventh seed"
        quantities.append(
            Quantity(Kind.COUNT, _SEED_RANKED, _rank_of(match.group("rank")), Bound.EXACT, *match.span("rank"), "seed")
        )
    for match in _MULTIPLIED.finditer(text) if not words.isdisjoint(MULTIPLIED) else ():
        start, end = match.span("helped") if match.group("helped") else match.span()
        change = MULTIPLIED[text[start:end].lower()]
        bound = read_bound(text[:start])  # "more than tripled"; else a round factor, about
        bound = Bound.ABOUT if bound is Bound.EXACT else bound
        quantities.append(Quantity(Kind.PERCENT, "percent", change, bound, start, end, ROUNDED_SHARE, text))
    if uncounted:
        quantities.extend(counts_in_words(text, quantities))
    for match in _ONLY_ONE.finditer(text) if "only" in words and "one" in words else ():
        if any(q.start <= match.start("num") < q.end for q in quantities):
            continue  # "Only one person was injured": counted already
        count = read_count(text, match, 1.0, text[: match.start()], text[match.end() :])
        if count is not None and count.unit not in PEOPLE_AT_LARGE:  # "Only one restaurant ... was promoted"
            quantities.append(count)
    for match in _ONE_UNIT.finditer(text) if one_unit else ():
        unit, start, end = match.group("unit").lower(), *match.span("one")
        if _COUNT_IN_A_WINDOW.search(text, max(0, start - 40), start):
            continue
        bound = read_bound(text[:start])
        half = 1.5 if _AND_A_HALF.match(text, match.end()) else 1.0  # "a year and a half": 18 months
        quantities.append(Quantity(Kind.DURATION, "days", IN_DAYS[unit] * half, bound, start, end, unit + "s", text))
    for match in _AGE_IN_A_DECADE.finditer(text) if digits and "in" in words else ():  # "A surfer in his 40s"
        low, high = _PARTS_OF_A_DECADE.get((match.group("part") or "").lower(), (0.0, 9.0))
        age = float(match.group("decade")) + (low + high) / 2
        owner = VICTIM if _DIED_AFTER.match(text, match.end()) else match.group("who").lower()
        quantities.append(Quantity(Kind.AGE, "age:" + owner, age, Bound.ABOUT, *match.span("age"), "age"))
    for match in _ONE_DISTANCE.finditer(text) if one_distance else ():  # "within a mile of the site"
        unit, start, end = match.group("unit").lower(), *match.span("one")
        quantities.append(
            Quantity(Kind.DISTANCE, "km", LENGTHS[unit], read_bound(text[:start]), start, end, "distance", text)
        )
    for match in _ONE_UNIT_LASTING.finditer(text) if not words.isdisjoint(_ONE_UNIT_WORDS) else ():
        unit, start, end = match.group("unit").lower(), *match.span("one")
        quantities.append(Quantity(Kind.DURATION, "days", IN_DAYS[unit], Bound.EXACT, start, end, unit + "s", text))
    for match in _SOME_UNITS.finditer(text) if some_units else ():  # "within hours", "for several days"
        unit, start, end = match.group("unit").lower().removesuffix("s"), *match.span()
        if match.group("within") or unit in _UNDER_THE_NEXT:  # hours are less than a day
            value, bound = _UNDER_THE_NEXT.get(unit, IN_DAYS[unit]), Bound.AT_MOST
        else:  # several days are two or more
            value, bound = 2 * IN_DAYS[unit], Bound.AT_LEAST
        quantities.append(Quantity(Kind.DURATION, "days", value, bound, start, end, unit + "s", text))
    for match in _HALF_A_UNIT.finditer(text) if half_unit else ():
        unit, start, end = match.group("unit").lower(), *match.span()
        bound = read_bound(text[:start])
        quantities.append(Quantity(Kind.DURATION, "days", IN_DAYS[unit] / 2, bound, start, end, unit + "s", text))
    for match in _ONE_UNIT_APART.finditer(text) if one_unit else ():
        unit, start, end = (match.group("unit") or match.group("next")).lower(), *match.span("one")
        if any(q.start <= start < q.end or start <= q.start < end for q in quantities):
            continue  # "less than a day after the crash": read as at most a day
        quantities.append(Quantity(Kind.DURATION, "days", IN_DAYS[unit], Bound.EXACT, start, end, unit + "s", text))
    for match in _FRACTION.finditer(text) if fraction else ():
        if any(start <= match.start() < end for start, end in taken):
            continue
        part = match.group("part")
        percent = 50.0 if part is None else 100.0 * _parts(match.group("many")) / _FRACTIONS[part.lower()]
        span = match.span("half_by") if match.group("half_by") else match.span()  # "by around half": its hedge
        bound = read_bound(text[: span[0]])
        bound = Bound.ABOUT if bound is Bound.EXACT else bound
        quantities.append(Quantity(Kind.PERCENT, "percent", percent, bound, *span, ROUNDED_SHARE, text))
    for match in _MOST_OF.finditer(text) if more_than_half else ():
        if not any(start <= match.start() < end for start, end in taken):  # "most of them": more than half
            span = match.span("of") if match.group("of") else match.span("determiner")
            quantities.append(Quantity(Kind.PERCENT, "percent", 50.0, Bound.AT_LEAST, *span, ROUNDED_SHARE, text))
    dated = bool(frame) or any(q.kind in (Kind.DATE, Kind.WEEKDAY) for q in quantities)
    dated = dated or bool(_NOW.search(text))
    if sum(q.kind is Kind.DURATION for q in quantities) > 1:
        quantities = _compound_durations(text, quantities)
    return Values(tuple(quantities), frame, dated, frozenset(years))


_BY_ONE = re.compile(
    r"(?<=\bby )(?P<num>one|a single)\b(?=\s+(?-i:[a-z]))(?!\s+(?:of|another|or|and|more|less)\b)", re.I
)
"""A margin of one, spelled ("lead by one point", "passed by a single vote"): "one" is read as a
number only where it cannot be a pronoun ("by one of the largest majorities" is none)."""
_ONE_CLEAR = re.compile(r"\b(?P<num>one|a single)(?=\s+[a-z]+\s+(?:ahead|clear|behind|adrift|short)\b)", re.IGNORECASE)
"""A margin of one told by where it leaves a side ("puts City one point ahead of Arsenal", "one
seat short of a majority"), as "two points clear" is."""
_CLOCK = re.compile(
    r"(?<![\w.,:])(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?:\bat\s+|\()(?P<hour24>[01]\d|2[0-3])[:.]?(?P<minute24>[0-5]\d)(?![\w%,.:]\d|\s*(?:%|per|[ap]\.?m\b))(?=\W|$)",
    re.IGNORECASE,
)
"""A time of day: "1:53 p.m.", "10.30 a.m.", "9 am"; on a 24-hour clock, after "at" or in
brackets: "at 1353", "(1023 GMT)", "at 13:53"."""
_CLOCK_WORDS = frozenset(("am", "pm", "a.m.", "p.m.", "a", "m", "at", "gmt", "utc"))
"""Words one of which a statement that gives a time of day has (as a token, "a.m."; as letters, "a", "m")."""
_ZONE = re.compile(
    r"\s*(?:\(?\s*(?P<zone>GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|PST|PDT|IST|JST)\b"
    r"|(?P<named>Eastern|Central|Pacific|Mountain)\s+time\b|(?P<local>local\s+time)\b)",
)
_ZONE_NAMES = {"est": "eastern", "edt": "eastern", "cst": "central", "cdt": "central", "pst": "pacific",
               "pdt": "pacific", "utc": "gmt"}  # fmt: skip
"""Zones with two names (summer and winter time are one zone for a report's purposes)."""
_AFTER = re.compile(r"\b(?P<shortly>(?:shortly|just|soon)\s+)?after\s+$", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?P<shortly>(?:shortly|just)\s+)?(?:before|by)\s+$", re.IGNORECASE)
SHORTLY = 15
"""Minutes from a time "shortly after" or "just before" it is told: about a quarter of an hour
("shortly after 1 a.m." is about 1.15 a.m., not "around 2 a.m."; plain "after 9 a.m." reaches
the hour after)."""


def _time_of_day(text: str, match: re.Match[str]) -> Quantity | None:
    """A time of day, in minutes after midnight, told in its zone ("local" when none is named,
    or the zone of the place the story is in), bounded by "about", "shortly after", "before"."""
    if match.group("hour24"):
        minutes = int(match.group("hour24")) * 60 + int(match.group("minute24"))
        start = match.start("hour24")
    else:
        hour = int(match.group("hour")) % 12 + (12 if match.group("half")[0].lower() == "p" else 0)
        minutes = hour * 60 + int(match.group("minute") or 0)
        start = match.start("hour")
    zone = _ZONE.match(text, match.end())
    if zone is None or zone.group("local"):
        unit = "local"
    else:
        named = (zone.group("zone") or zone.group("named")).lower()
        unit = _ZONE_NAMES.get(named, named)
    before = text[:start]
    after = _AFTER.search(before)
    told = after or _BEFORE.search(before)
    if told is not None:
        if told.group("shortly"):
            bound = Bound.ABOUT
            minutes += SHORTLY if after else -SHORTLY
        else:
            bound = Bound.AT_LEAST if after else Bound.AT_MOST
    else:
        bound = Bound.ABOUT if read_bound(before) in (Bound.ABOUT, Bound.NEARLY) else Bound.EXACT
    return Quantity(Kind.CLOCK, unit, minutes, bound, start, match.end(), text[start : match.end()].strip(), text)


_TIME_UNIT = r"[\s-]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b"
_PARTS_APART = r"(?:\s*,\s*|\s+and\s+|\s+)"
_COMPOUND_SEPARATOR = re.compile(_PARTS_APART)
_COMPOUND_GAP = re.compile(_TIME_UNIT + _PARTS_APART, re.IGNORECASE)
"""What stands between the parts of one duration: "16 hours and 40 minutes", "two years, six months"."""
_UNIT_OF_TIME = re.compile(_TIME_UNIT, re.IGNORECASE)


_A_SHARE_AFTER = re.compile(r"\s+(?:a|per)\s+share\b", re.IGNORECASE)
"""After "pounds", that they are a price of a share, not a weight."""


def _compound_durations(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Durations told in two units, each as one ("16 hours and 40 minutes" is 16 2/3 hours, not
    16 hours and, apart, 40 minutes, which "about 14 hours" would meet)."""
    merged: list[Quantity] = []
    for quantity in quantities:
        last = merged[-1] if merged else None
        if (
            last is not None
            and last.kind is quantity.kind is Kind.DURATION
            and last.value > quantity.value
            and last.end <= quantity.start
            and (
                _COMPOUND_GAP.fullmatch(text, last.end, quantity.start)
                or (not last.label and _COMPOUND_SEPARATOR.fullmatch(text, last.end, quantity.start))
            )
        ):  # "2 hours 9 minutes and 21 seconds": a third unit joins the two already merged
            unit = _UNIT_OF_TIME.match(text, quantity.end)
            end = unit.end() if unit else quantity.end
            merged[-1] = replace(last, value=last.value + quantity.value, end=end, label="")
            continue
        merged.append(quantity)
    return merged


_SCALE_AFTER_A_WORD = re.compile(r"\s+(?P<scale>hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
_AND_SOME_AFTER_HUNDRED = re.compile(
    r"\s+and\s+(?P<word>" + _TENS_AND_UNITS + "|" + _number_words("zero", "dozen") + r")\b", re.IGNORECASE
)
"""The tens and units after a spelled hundred ("two hundred and fifty")."""
_A_SCALE = re.compile(r"\b(?P<num>(?P<half>half\s+)?(?:a|one)\s+(?P<scale>thousand|million|billion))\b", re.IGNORECASE)
"""A round thousand, million or billion written with "a" or "one" ("nearly a million people", "half a million")."""
_SCALE_WORDS = frozenset(("thousand", "million", "billion"))
_ONLY_ONE = re.compile(r"(?<!\bnot\s)\bonly\s+(?P<num>one)\b(?!\s+of\b)", re.IGNORECASE)
"""A count of one told as no more ("Only one restaurant in France was promoted"), not "not only one"."""
_AFTER_HUNDRED_AND = re.compile(r"\bhundred\s+and\s+$", re.IGNORECASE)


def _quantity(text: str, match: re.Match[str], described: str | None = None) -> Quantity | None:
    start, end = match.span()
    after, before = text[end:], text[:start]
    from_time = _MINUTES_FROM_TIME.match(after)
    if from_time and _GOAL.search(text):  # "added the second goal nine minutes from time": the 81st minute
        left = float(
            spelled_number(match.group("word")) if match.group("word") else match.group("num").replace(",", "")
        )
        minute = (EXTRA_TIME if from_time.group("extra") else FULL_TIME) - left
        return Quantity(Kind.MOMENT, "minute", minute, Bound.EXACT, start, end + from_time.end(), FROM_THE_END)
    if match.group("word"):
        value = float(spelled_number(match.group("word")))
        number_text = match.group()
        multiplied = _SCALE_AFTER_A_WORD.match(after)
        if multiplied:  # "some two million people": two million, not two; "Two hundred people": 200
            scale_word = multiplied.group("scale").lower()
            value *= 100.0 if scale_word == "hundred" else SCALES[scale_word]
            end += multiplied.end()
            after = text[end:]
            more = _AND_SOME_AFTER_HUNDRED.match(after) if scale_word == "hundred" else None
            if more is not None:  # "two hundred and fifty"
                value += spelled_number(more.group("word"))
                end += more.end()
                after = text[end:]
        if number_text.lower() == "dozen":  # "a dozen agreements": about twelve; "half a dozen": six
            value = 6.0 if _HALF_A.search(before) else value
            before = _A_BEFORE.sub(" about ", before)
        percent = _PERCENT.match(after)
        if percent:  # "Ninety-two percent of members": a share, as "92%" is
            return Quantity(Kind.PERCENT, "percent", value, read_bound(before), start, end + percent.end(), "percent")
    else:
        moment = _MOMENT.match(after)
        if moment:  # "in the 89th minute": when in a match it happened, and of what (its context)
            unit = moment.group("unit").lower()
            number = float(match.group("num").replace(",", ""))
            return Quantity(Kind.MOMENT, unit, number, Bound.EXACT, start, end + moment.end(), unit)
        minutes_in = _MINUTES_IN.match(after) if _MINUTE_BEFORE.search(before) and _GOAL.search(text) else None
        if minutes_in:  # "headed Villa in front after 14 minutes": the 14th minute of the match
            number = float(match.group("num").replace(",", ""))
            return Quantity(Kind.MOMENT, "minute", number, Bound.EXACT, start, end + minutes_in.end(), "minute")
        if _SKIP_AFTER.match(after):
            return None
        number_text = match.group("num")
        value = float(number_text.replace(",", ""))
        scale = (match.group("scale") or "").strip().lower()
        currency = CURRENCY_BEFORE.get((match.group("cur") or "").strip().lower())
        if scale == "m" and currency is None and not _CURRENCY_AFTER_RE.match(after):
            # "10m" is ten metres unless money is meant ("EUR 2m", "2m euros").
            return _measure(Kind.DISTANCE, value * 0.001, "km", match, before, 0)
        if scale:
            value *= SCALES[scale]
        currency_after = _CURRENCY_AFTER_RE.match(after)
        if currency_after and (
            currency
            or scale
            or currency_after.group("currency").lower() not in AMBIGUOUS_CURRENCIES
            or _A_SHARE_AFTER.match(after, currency_after.end())  # "25.50 pounds a share": a price
        ):
            currency = currency or CURRENCY_AFTER[currency_after.group("currency").lower()]
            country = currency_after.group("country")
            if currency == "USD" and country not in (None, "US"):
                currency = f"{country} dollars"
            end += currency_after.end()
            after = text[end:]
        if currency:
            qualifier = _QUALIFIER.match(after)
            every = _EVERY[qualifier.group("every").lower()] if qualifier and qualifier.group("every") else None
            each = _EACH_BEFORE.search(before) if qualifier is None else None
            unit = currency + (
                f" {(qualifier.group('in') or 'per ' + (every or qualifier.group(0).split()[-1])).lower()}"
                if qualifier
                else f" per {(each.group('unit') or _EVERY[each.group('every').lower()]).lower()}"
                if each
                else ""
            )
            return Quantity(Kind.MONEY, unit, value, read_bound(before), start, end, "")
        if _PERCENT.match(after):
            percent_end = end + _PERCENT.match(after).end()  # type: ignore[union-attr]
            return Quantity(Kind.PERCENT, "percent", value, read_bound(before), start, percent_end, "percent")
        temperature = _TEMPERATURE_AFTER.match(after)
        if temperature:
            scale = "°C" if temperature.group("scale")[0] in "Cc" else "°F"
            anomaly = _FROM_NORMAL.match(text, end + temperature.end())
            if anomaly:  # "2.36C above normal": how far from the usual, no temperature reached
                degrees = value if scale == "°C" else value / 1.8
                return Quantity(
                    Kind.TEMPERATURE,
                    "celsius from normal",
                    degrees,
                    read_bound(before),
                    start,
                    end + temperature.end(),
                    scale,
                )
            celsius = _in_celsius(value, scale)
            return Quantity(
                Kind.TEMPERATURE, "celsius", celsius, read_bound(before), start, end + temperature.end(), scale
            )
    bare = _BARE_DEGREES.match(after) if "degree" in after[:9] and _HEAT_REACHED.search(before) else None
    if bare is not None:  # "El Granado reached 46 degrees": a heat reached, its scale told by its size
        scale = "°C" if value <= HOTTEST_CELSIUS else "°F"
        celsius = _in_celsius(value, scale)
        return Quantity(Kind.TEMPERATURE, "celsius", celsius, read_bound(before), start, end + bare.end(), scale)
    rating = _RATING_BEFORE.search(before)
    if rating and value == int(value) and value <= RATING_TOP:
        scale = rating.group("scale").lower()
        return Quantity(Kind.RATING, scale, value, Bound.EXACT, start, end, scale)
    per_week = (
        _HOURS_A_WEEK.match(after)
        or (_PER_WEEK.match(after) if _HOURS_BEFORE.search(before) else None)
        or (_HOURS_AFTER.match(after) if _WEEK_BEFORE.search(before) else None)
    )
    if per_week:  # "a 35-hour week", "35 hours a week", "working hours cut to 35 a week"
        return Quantity(Kind.COUNT, "hours a week", value, read_bound(before), start, end, "hours a week")
    hyphen = _HYPHEN_UNIT.match(after)
    if hyphen:
        unit = hyphen.group("unit").lower()
        if unit == "magnitude":
            return _magnitude(value, before, after[hyphen.end() :], start, end)
        if unit.endswith("old"):
            return _age(value, match, before, after, described)
        if unit in LENGTHS:
            return _measure(Kind.DISTANCE, value * LENGTHS[unit], "km", match, before, hyphen.end())
        if unit in DURATION_WORDS:
            return _duration(value, unit, match, before)
        if unit in STOREYS:  # "a five-storey building": the building's height
            return Quantity(Kind.COUNT, "storeys", value, Bound.EXACT, start, end, "storeys")
        if unit in _SIZES:  # "a five-member committee", "a 32,000-seat stadium": its size
            counted = word_term(_SIZES[unit])  # the term a count of them has: "800 beds" / "a 1,000-bed centre"
            return Quantity(Kind.COUNT, counted, value, Bound.EXACT, start, end + hyphen.end(), "")
    if (
        _MAGNITUDE_BEFORE.search(before)
        or _MAGNITUDE_AFTER.match(after)
        or _another_magnitude(value, before, after)
        or (0 < value < 10 and _AFTERSHOCK_MEASURED.search(before) and not _A_WORD_AFTER.match(after))
        or (0 < value < 10 and "." in text[start:end] and _A_QUAKE_AFTER.match(after))
    ):
        magnitude = _MAGNITUDE_AFTER.match(after)
        return _magnitude(value, before, after[magnitude.end() :] if magnitude else after, start, end)
    if _AGE_LIMIT_BEFORE.search(before) and not _UNIT_AFTER_A_LIMIT.match(after):  # "children under 18"
        return Quantity(Kind.AGE, AGE_LIMIT, value, Bound.EXACT, start, end, "age limit")
    if _DEATH_AGE.search(before):
        return Quantity(Kind.AGE, DEATH_AGE, value, read_bound(before), start, end, "age")
    if value == int(value) and value <= _OLDEST and _START_AGE.search(before):
        return Quantity(Kind.AGE, START_AGE, value, read_bound(before), start, end, "age")
    listed = _AGES_LISTED.search(before) if value == int(value) and value <= _OLDEST else None
    if listed is not None and (any(c.isdigit() for c in listed.group()) or _LIST_GOES_ON.match(after)):
        # "The men, aged 23, 27 and 31, were": each one's age, of a group however it is called
        return Quantity(Kind.AGE, AGES_LISTED, value, Bound.EXACT, start, end, "age")
    after_be = _AGES_LISTED_AFTER_BE.search(before) if value == int(value) and value <= _OLDEST else None
    if after_be is not None and (after_be.group().rstrip().endswith(("and", ",")) or _AGE_LIST_GOES_ON.match(after)):
        # "The victims were aged six, seven and nine": one list, read as the one above
        return Quantity(Kind.AGE, AGES_LISTED, value, Bound.EXACT, start, end, "age")
    apposed_age = (_NAME_AGE.search(before) or _ONE_AGE.search(before)) and (  # "Kasih, 8.", "The suspect, 23,"
        after.startswith(",") or after.strip() == "."
    )
    told_aged = (
        value == int(value)
        and value <= _OLDEST
        and (_NAMED_AGED.search(before) or _GAPPED_AGE.search(before))
        and _BARE_AGE_AFTER.match(after)
    )
    retired_at = value == int(value) and 14 <= value <= _OLDEST and _RETIRED_AT.search(before) is not None
    if _AGE.match(after) or _AGE_BEFORE.search(before) or apposed_age or told_aged or retired_at:
        return _age(value, match, before, after, described)
    power = _POWER_AFTER.match(after)
    if power:  # "a 1.5-gigawatt wind farm", "1,200 MW"
        unit = (power.group("prefix") or power.group("short")).lower()
        return _measure(Kind.POWER, value * IN_MEGAWATTS[unit], "MW", match, before, power.end())
    speed = _SPEED_AFTER.match(after)
    if speed:
        word = speed.group().strip().lower()
        factor = SPEEDS.get(word, 1.609344 if word.startswith("mile") else 1.0)
        return _measure(Kind.SPEED, value * factor, "km/h", match, before, speed.end())
    square = _SQUARE_AFTER.match(after)
    if square and square.group("unit").lower() in SQUARE_AREAS:
        return _measure(
            Kind.AREA, value * SQUARE_AREAS[square.group("unit").lower()], "ha", match, before, square.end()
        )
    nautical = _NAUTICAL_AFTER.match(after)
    if nautical:
        return _measure(Kind.DISTANCE, value * NAUTICAL_MILE, "km", match, before, nautical.end())
    half = _AND_A_HALF_UNIT.match(after)
    if half and half.group("unit").lower().rstrip("s") in IN_DAYS:  # "11 and a half years": about so long
        duration = _duration(value + 0.5, half.group("unit").lower(), match, before)
        return replace(duration, bound=Bound.ABOUT, end=match.end() + half.end())
    measure = _MEASURE_AFTER.match(after)
    if measure:
        unit = measure.group("unit").lower()
        if unit in LENGTHS and not (unit == "m" and value > 1000):
            return _measure(Kind.DISTANCE, value * LENGTHS[unit], "km", match, before, measure.end())
        if unit in AREAS:
            return _measure(Kind.AREA, value * AREAS[unit], "ha", match, before, measure.end())
        if unit in WEIGHTS and measure.group("unit") != "G":
            return _measure(Kind.WEIGHT, value * WEIGHTS[unit], "kg", match, before, measure.end())
        if unit in DURATION_WORDS:
            if _WORTH_AFTER.match(after, measure.end()):
                return None  # "six months' worth of rain": an amount, not how long anything took
            if _IN_ADVANCE_AFTER.match(after, measure.end()):
                return None  # "will announce strikes 48 hours in advance": a notice, not how long they last
            return _duration(value, unit, match, before)
        if unit in STOREYS:  # "a building of five storeys"
            return Quantity(Kind.COUNT, "storeys", value, Bound.EXACT, start, end, "storeys")
    if value != int(value) or number_text.startswith("0"):
        return None  # a decimal or a code is not a count
    if _one_named_before(before, after):  # "the Reform Party and two smaller parties": three parties
        value += 1.0
    listed = _AND_MORE_PEOPLE.match(after)
    if listed is not None:  # "two women and a man": three people, and what befell them follows the list
        value += _spelled_or_digits(listed.group("more")) if listed.group("more").lower() not in ("a", "an") else 1.0
        after = f" {listed.group('first')}{after[listed.end() :]}"
    more_of = _AND_MORE_OF_ANOTHER.match(after) if listed is None else None
    if more_of is not None:  # "17 counts of espionage and one of computer misuse": 18 counts
        value += _spelled_or_digits(more_of.group("more"))
    count = read_count(text, match, value, before, after)
    if count is not None and end > count.end:  # "Two hundred and fifty people": the figure as written
        count = replace(count, end=end)
    if count is not None and count.unit in TALLIES and _OF_ITS_NATIONALS.match(after):
        # "Egypt said 658 of its nationals had died": one country's part of the toll
        count = replace(count, unit=f"{count.unit}{SCOPE_MARK}nationals")
    if count is not None and listed is not None:
        count = replace(count, end=end + listed.end())
    elif count is not None and more_of is not None:
        count = replace(count, end=end + more_of.end())
    if count is not None and count.kind is Kind.COUNT and _is_rate(text, start, end):
        count = replace(count, unit=f"{count.unit} a year")
    if count is not None and count.unit == _BUILDINGS and _OF_MANY_KINDS.match(after):
        count = replace(count, unit=f"{count.unit} of all kinds")  # "20 structures, including homes"
    moved = _GAINED_OR_LOST.search(before) if count is not None and count.unit in _WON_OR_SIGNED_UP else None
    if count is not None and moved is not None:  # "lost 9 seats" / "gained two seats": how many changed hands
        sign = -1.0 if moved.group("way").lower().startswith(("los", "shed")) else 1.0
        changed = f"{count.label} changed" if count.unit != "seat" else "seats changed"
        return replace(count, unit=changed, value=sign * count.value, label=changed)
    return count


_OF_ITS_NATIONALS = re.compile(
    r"\s+of\s+(?:its|their|the\s+country['\u2019]s)\s+(?:own\s+)?(?:citizens|nationals)\b", re.IGNORECASE
)
"""A count of a country's own people ("31 of its citizens", "658 of its nationals"): a part of a toll
told by nationality, compared only with another such part."""
_BUILDINGS = "buildings"
_OF_MANY_KINDS = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+,?\s+(?:including|among\s+them)\b", re.IGNORECASE)
"""A count of several kinds, one of which it names ("At least 20 structures, including homes, have
been destroyed"): compared only with such a count, not with "14 homes"."""


def _one_named_before(before: str, after: str) -> bool:
    """Whether a count follows one of its kind named just before it ("Estonia's Reform Party and two
    smaller parties"): the one named is counted with them, as "two women and a man" are."""
    named = _NAMED_AND.search(before)
    if named is None:
        return False
    kind = named.group("kind").lower()
    return any(noun in (kind + "s", kind[:-1] + "ies", kind + "es") for noun in words_after(after, 2))


_NAMED_AND = re.compile(r"\b[A-Z][\w'\u2019-]*\s+(?P<kind>[A-Z][a-z]+)\s+and\s+$")
"""A name ending in the word for its kind, then "and" ("Reform Party and ")."""
_KINDS_OF_PEOPLE = r"(?:men|women|man|woman|boys|girls|boy|girl|children|child|adults|adult|teenagers|teenager)"
_AND_MORE_PEOPLE = re.compile(
    r"\s+(?P<first>"
    + _KINDS_OF_PEOPLE
    + r")\s+and\s+(?P<more>an?|"
    + _UNITS
    + r"|\d{1,3})\s+"
    + _KINDS_OF_PEOPLE
    + r"\b",
    re.IGNORECASE,
)
"""People counted by kind ("two women and a man", "three men and two children"): one count."""
_AND_MORE_OF_ANOTHER = re.compile(
    r"\s+[^\W\d_]+s\s+of\s+(?:[^\W\d_]+\s+){1,3}?and\s+(?P<more>" + _UNITS + r"|\d{1,3})\s+of\b", re.IGNORECASE
)
"""Things counted by kind, the second count's noun left out ("17 counts of espionage and one of
computer misuse", "two charges of murder and three of attempted murder"): one count of them all."""
_RATE_AFTER = re.compile(
    r"[^.;,]{0,40}?(?<!\bover)(?<!\bin)(?<!\bwithin)(?<!\bfor)(?<!\bthan)\s"
    r"(?:(?:a|per|each|every)\s+year(?!\s+(?:ago|earlier|later|before|after|since))"
    r"|annually|yearly|on\s+average)\b",
    re.IGNORECASE,
)
"""A count told as how many a year; not over or within a year ("four doses over a year"), nor a year ago."""
_RATE_BEFORE = re.compile(r"\b(?:each|every|per)\s+year\b|\bon\s+average\b|\bannually\b", re.IGNORECASE)


def _is_rate(text: str, start: int, end: int) -> bool:
    """Whether a count is how many a year ("Avalanches kill around 20 people a year", "Each
    year, around 60 people drown"): a rate, compared only with another rate, never with the
    count of one event ("Avalanche kills three skiers")."""
    clause_start = max(text.rfind(mark, 0, start) for mark in ".;") + 1
    return bool(_RATE_AFTER.match(text, end) or _RATE_BEFORE.search(text, clause_start, start))


_DIGIT_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)\b")
RANKED = "ranked"
_TO_DO = re.compile(r"s?\s+to\s+(?P<verb>[a-z]+)\b")
"""A deed a rank counts those who did ("the third minister to leave the cabinet" / "the second
cabinet member to resign"): compared whoever each report counts."""
"""The mark of a count told by a rank, in its unit ("erupt ranked"), and the hint of a statement
that may give one."""
DEBUT = "debut"
"""A rank told as a first: "her debut novel"."""
_RANK_OF_OCCASION = re.compile(
    r"\b(?:(?:(?:is|was)(?:\s+[a-z]+ing)?|marks|marked|for|becoming|became|becomes)\s+(?:only\s+)?"
    r"(?:the\s+(?-i:[a-z][\w-]*)['\u2019]s|the|its|their|his|her|(?-i:[A-Z][\w-]*)['\u2019]s"
    r"|a(?=\s+\w+\s+(?:consecutive|straight|successive)\b))"
    r"|(?:on|(?!during\b)[a-z]+ing)\s+(?:its|their|his|her)|(?<=,\s)(?:its|their|his|her)"
    r"|(?:gave|gives|handed|hands)\s+(?:her|him|them|it)\s+(?:a|an|the|her|his|their|its))\s+"
    r"(?P<rank>\d{1,3}(?:st|nd|rd|th)|" + "|".join((*ORDINALS, DEBUT)) + r")"
    r"(?:\s+(?:consecutive|straight|successive|such))?"
    r"\s+(?P<noun>(?-i:(?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]+|[a-z]+)(?:\s+[a-z]+){0,2}))\b",
    re.IGNORECASE,
)
"""An occasion told by its rank ("It is the seventh eruption on the peninsula", "won the Cup for
the fourth time", "It was the bank's fourth consecutive cut", "for a third straight meeting", "She
is the fourth Irish author to win", "completing its 20th flight", "on its 19th flight", "for 'The Salt Year', her
second novel"): how many
there have been, compared only with the rank of the same kind. A debut is the first ("The book is
Cole's debut novel" / "It is her second novel")."""

_RANK_OF_SUBJECT = re.compile(
    r"^(?:The|This|That|Its|His|Her|Their)\s+(?P<noun>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2})\s+"
    r"(?:is|was|marks|marked)\s+(?:the\s+(?-i:[a-z][\w-]*)['\u2019]s|its|their|his|her|(?-i:[A-Z][\w-]*)['\u2019]s)\s+"
    r"(?P<rank>\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")"
    r"(?=\s+(?:of|in|this|since|ever|so\s+far)\b|\s*[.,;]|\s*$)",
    re.IGNORECASE,
)
"""An occasion ranked after it is named, the rank's noun left out ("The stage win was his fourth of
the Tour", "The cut is the bank's third this year"): the rank of the subject's kind, as "his fourth
stage win" tells it (`_RANK_OF_OCCASION`)."""


def _head_noun(words: str) -> str | None:
    """The word naming what is ranked: the last of the words that say something before any that
    does not ("third straight rate cut": cut; "seventh eruption on the peninsula": eruption);
    none when no such word follows the rank ("The cut was the third in a row"). A time the count
    runs from ends the words too ("the fifth cut since August", "the fourth reduction since last
    summer")."""
    said = words.lower().split()
    run = next((k for k, word in enumerate(said) if word in function_words() or word in _COUNTED_FROM), len(said))
    if run > 1 and said[run - 1] in _OCCASIONS:
        return said[run - 2]  # "the fifth mass bleaching event": a bleaching, as "the fourth mass bleaching" is
    return said[run - 1] if run else None


_MEDALS = dict.fromkeys(MEDAL_METALS, "medal")
"""A medal ranked by its metal ("a fifth Olympic gold") is ranked among medals ("her sixth Olympic gold medal")."""
_COUNTED_FROM = frozenset(("since", "last", "this", "ever"))
_OCCASIONS = frozenset(("event", "events", "incident", "incidents", "episode", "episodes", "occurrence"))
"""Nouns that say only that something happened: the word before them says what ("a bleaching event")."""


_HOW_OFTEN = re.compile(
    r"\b(?P<times>once|twice|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+times)\s+"
    r"(?:a|per|each|every)\s+(?P<unit>day|week|month|year)\b",
    re.IGNORECASE,
)
"""How often something is done ("must report to police twice a week" / "to check in with police
once a week"): a count of times in a stretch of time, compared only with one in the same stretch."""
HOW_OFTEN_WORDS = frozenset(("once", "twice", "times"))
"""Words of how often a deed was done ("recalled seven times", "won the Premier League once")."""


_TIMES_DONE = re.compile(
    r"\b(?P<verb>[a-z]+ed|won)\s+(?:(?:its|their|the|his|her|interest)\s+)?"
    r"(?:(?-i:[a-z]+)s\s+|(?:(?-i:[A-Z])[\w'\u2019-]*\s+){1,4})?(?P<times>once|twice|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+times)\b(?!\s+(?:a|per|each|every|as|more|less|the)\b)",
    re.IGNORECASE,
)
"""How many times a thing has been done ("has now been recalled seven times", "raised interest rates
14 times"): how many occasions
there have been, compared with an occasion's rank ("It is the eighth recall"), not with what was
recalled ("recalling 46,000 Cybertrucks"); a thing named may stand between ("won the Premier League once")."""
DEEDS_NOUNS = {word_term("scored"): word_term("goals"), word_term("won"): word_term("titles")}
"""Deeds whose noun is another word: "scored 27 times" is 27 goals ("scored 29 goals"), "won the Premier League once"
one title ("won two Premier League titles")."""
_TIMES_IN_A_WORD = {"once": 1, "twice": 2}


def times_written(written: str) -> float:
    """How many times, as written: "once", "twice", "seven times", "12 times"."""
    written = written.lower()
    return float(_TIMES_IN_A_WORD.get(written) or _spelled_or_digits(written.split()[0]))


_STANDING = re.compile(
    r"\b(?P<rank>\d{1,3}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")[-\s]+(?P<most>(?-i:[a-z]+est))\b",
    re.IGNORECASE,
)
"""A standing among its kind ("the world's fifth-largest copper producer", "the third-biggest
copper miner"): compared only with a standing in the same superlative (`_STANDINGS`)."""
_FINISHED = re.compile(
    r"^(?:The\s+(?:[a-z][\w-]*\s+){0,2})?(?P<subject>(?:[A-Z][\w'-]+\s+){1,3})(?:(?:party|club|team|side)\s+)?(?:finished|came|ended|placed|crossed\s+the\s+(?:finish\s+)?line)\s+"
    r"(?:(?:the|last|this)\s+(?:season|year|race|tournament|league|campaign)\s+)?(?:in\s+)?"
    r"(?P<rank>\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")(?:\s+place)?\b(?![-\s]+[a-z]+est\b)",
)
"""Where a team, a party or a racer finished ("Feyenoord finished third in the Eredivisie" /
"Feyenoord ended the season in fourth place", "The nationalist EKRE party finished third",
"Evenepoel crossed the line in second place"):
compared only with the place of the same subject, the name the statement opens with (two racers'
places are claims.placings')."""
_SEEDED = re.compile(
    r"\bseeded\s+(?P<rank>\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")\b",
    re.IGNORECASE,
)
"""A player's seeding told by the verb ("was seeded eighth", "seeded 8th"): the rank "the seventh
seed" tells (`_RANK_OF_OCCASION`)."""
_SEED_RANKED = f"seed {RANKED}"
_KINDS_OF_FINISHER = frozenset(("party", "club", "team", "fc"))


_WON = frozenset(("won", "wins"))
_WON_THE_EVENT = re.compile(
    r"^(?:The\s+(?:[a-z][\w-]*\s+){0,2})?(?P<subject>(?:[A-Z][\w'-]+\s+){1,3})(?P<won>won|wins)\s+the\s+"
    r"(?:race|event|competition|contest|tournament|championship|final|stage)\b"
)
"""Who won an event, the statement's subject ("Eide won the event", "Pogacar wins the stage"): first place,
compared with the place the same subject finished in (`_FINISHED`)."""


def _finisher(subject: str) -> str:
    """Who finished, as one term: a surname ("Charles Leclerc"), a club, or the name before a kind
    ("the Liberal Party" is the Liberals)."""
    words = subject.split()
    while len(words) > 1 and words[-1].lower() in _KINDS_OF_FINISHER:
        words.pop()
    return words[-1].lower().removesuffix("s")  # "the Liberals" and "the Liberal Party"


_STANDINGS = {"largest": "largest", "biggest": "largest", "greatest": "largest"}
"""Superlatives that rank alike: the biggest is the largest."""


def _rank_of(written: str) -> float:
    """The number of a rank as written: "7th", "seventh" or "debut" (the first)."""
    written = written.lower()
    if written == DEBUT:
        return 1.0
    return float(written[:-2]) if written[0].isdigit() else float(ORDINALS[written])


def tells_a_rank(text: str, words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words given) tells an occasion by its rank ("It is the
    seventh eruption") or a standing ("the fifth-largest producer"): most that say "first" or
    "second" do not, and need no closer reading."""
    if not words.isdisjoint(HOW_OFTEN_WORDS) and _TIMES_DONE.search(text) is not None:
        return True  # "has now been recalled seven times since it went on sale": the eighth is a rank of it
    if not words.isdisjoint(_WON) and _WON_THE_EVENT.search(text) is not None:
        return True  # "Eide won the event": first place, against "Eide finished third"
    return (not words.isdisjoint(ORDINALS) or DEBUT in words or _DIGIT_ORDINAL.search(text) is not None) and (
        _RANK_OF_OCCASION.search(text) is not None
        or _STANDING.search(text) is not None
        or _FINISHED.search(text) is not None
        or _SEEDED.search(text) is not None
    )


_PERIODS_OF_AN_EVENT = frozenset(
    "day days week weeks month months year years round rounds stage stages quarter half set leg game".split()
)
"""Ranks that move on as the event goes on ("the third day of the strike"): two reports written a
day apart give two of them."""
_MULTIPLIED = re.compile(
    r"(?:\b(?:" + "|".join(word for word in MULTIPLIED if word.endswith(("ed", "ing"))) + r")"
    r"|(?:"
    + "".join(rf"(?<=\b{modal}\s)" + "|" for modal in "will would to could can may might must should".split())
    + r"(?!))(?:"
    + "|".join(word for word in MULTIPLIED if not word.endswith(("ed", "ing")))
    + r")|\bhelp(?:s|ed|ing)?\s+(?:[\w'\u2019-]+\s+){0,2}?(?P<helped>"
    + "|".join(word for word in MULTIPLIED if not word.endswith(("ed", "ing")))
    + r"))"
    r"\b(?!\s+(?:down|up|as|back)\b)",
    re.IGNORECASE,
)
"""A thing multiplied ("Orders doubled", "would triple its spending", "help the carrier double its
fleet": the word alone in the group "helped"), not a word of another sense ("doubled down",
"doubled as", "a double murder")."""
RACE_TIME = "time"
"""The label of a time taken told in hours, minutes and seconds: a runner's own."""
_RACE_TIME = re.compile(
    r"(?<![\d:.])(?<!\bat\s)(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d{1,2}))"
    r"(?![\d:])(?!\s?(?:GMT|UTC|BST|CET|EST|EDT|a\.m\.|p\.m\.|local\b|hours?\b))",
    re.IGNORECASE,
)
"""A time taken told in hours, minutes and seconds ("finishing in 2:09:21"), or in minutes and
seconds to the hundredth ("a mile in 4:07.64"): how long, not a clock ("at 10:23:45 GMT")."""
_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b", re.IGNORECASE)
_AND_A_HALF_UNIT = re.compile(r"[\s-]+and[\s-]+a[\s-]+half[\s-]+(?P<unit>[a-z]+)\b", re.IGNORECASE)
"""Half a unit more: "11 and a half years", "a three-and-a-half-year term"."""
_FRACTIONS = {
    "half": 2.0, "halves": 2.0, "third": 3.0, "thirds": 3.0, "quarter": 4.0, "quarters": 4.0,
    "fifth": 5.0, "fifths": 5.0,
}  # fmt: skip
_FRACTION_WORDS = frozenset(_FRACTIONS)
_FRACTION = re.compile(
    r"(?<!\band\s)\b(?P<many>a|one|two|three|four)[\s-](?P<part>"
    + "|".join(_FRACTIONS)
    + r")\b(?!\s+of\s+an?\s+(?:hour|mile|century)\b)(?=\s+of\b|\s*[,.;]|\s*$|\s+(?:to|from|in|on|over|since)\b)"
    r"|(?<!\bfirst\s)(?<!\bsecond\s)\b(?P<half>half)(?=\s+(?:of|the|its|their)\b)(?!\s+of\s+(?:the\s+)?(?:year|\d{4})\b)"
    r"|\bby\s+(?:(?:around|about|nearly|almost|roughly|some|more\s+than|less\s+than)\s+)?(?P<half_by>half)"
    r"(?=\s*[,.;]|\s*$|\s+(?:to|from|in|on|over|since|between|after|compared|last|this)\b)",
    re.IGNORECASE,
)
"""A share told as a fraction ("nearly a quarter of those given the drug", "grew by a third",
"two-thirds of voters", "half of the residents", "increased by around half over eight years"): a round share,
about so much; not a quarter
of an hour, a quarter-final or "a third straight quarter" (a rank), so only before "of", a
preposition or the clause's end; nor the first half of a year, a stretch of time."""


_MOST_OF = re.compile(
    r"(?<!\bat\s)(?<!\bthe\s)\b(?P<of>most|(?:the|a)\s+(?:(?:vast|overwhelming|large|clear)\s+)?majority)"
    r"(?=\s+of\b)(?!\s+of\s+(?:all|them|that|those|these|it|us|you|which|whom)\b|\s+of\s+(?:the\s+|this\s+|that\s+)?"
    r"(?:time|year|day|week|month|season|night|morning|afternoon|evening)s?\b)"
    r"|^(?:[^\W\d_]+\s+){0,2}?(?P<determiner>(?-i:Most))(?=\s+[a-z]+s\b)",
    re.IGNORECASE,
)
"""More than half of something, told without a figure ("lost most of her crop", "the vast majority of
voters", "Most growers in the region are insured"): a share above half, against "about a quarter of
her crop" or "Fewer than one in five growers"; not "at most", "the most damage" (a superlative),
"most of the time", "most of them" (of what, the statement does not say) or an adverb ("most likely")."""
_MOST_WORDS = frozenset(("most", "majority"))


def tells_more_than_half(text: str, words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words given) tells a share as "most" or "the majority" of something."""
    return not words.isdisjoint(_MOST_WORDS) and _MOST_OF.search(text) is not None


def tells_a_fraction(text: str, words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words given) gives a share as a fraction ("nearly a
    quarter of those given the drug", "one in four Dutch teenagers") or a rate's move as part of a
    point ("a quarter point"); most that say "half" or "third" do not."""
    if ("in" in words or "out" in words) and _ONE_IN.search(text) is not None:
        return True
    if words.isdisjoint(_FRACTION_WORDS):
        return False
    return _FRACTION.search(text) is not None or ("point" in words and _RATE_MOVE.search(text) is not None)


def _parts(many: str) -> float:
    """How many parts a fraction takes ("two-thirds": two; "a third": one)."""
    return 1.0 if many.lower() in ("a", "one") else _spelled_or_digits(many)


_CURRENCY_AFTER_RE = re.compile(
    r"[\s-]?(?-i:(?P<country>US|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s)?(?P<currency>" + "|".join(CURRENCY_AFTER) + r")\b",
    re.IGNORECASE,
)
"""A currency after a sum, perhaps with its country ("2.3 billion Norwegian crowns", "Hong Kong
dollars": dollars of a country other than the US are a currency of their own)."""


def _measure(kind: Kind, value: float, unit: str, match: re.Match[str], before: str, unit_end: int) -> Quantity:
    """A measure converted to one unit, written with the unit it was given in ("80 km", "20
    miles": unit_end, where that unit ends after the number), which a reason shows."""
    return Quantity(kind, unit, value, read_bound(before), match.start(), match.end() + unit_end, kind.value)


_ACROSS_A_STRETCH = re.compile(r"\b(?P<word>[^\W\d_]+)\s+over\s+(?:the\s+)?$", re.IGNORECASE)
_MORE_THAN_A_STRETCH = frozenset(
    "last lasts lasted lasting take takes took taking spent spend for after of just slightly little well is was are "
    "were be been being aged".split()
)
"""Before a stretch of time, "over" that tells across it, about as long ("Activists scaled gantries on the motorway
over three days", "analysed health records ... over 12 years"), not more than it, as after a verb of lasting ("The
strike lasted just over three hours"), "for", "after", "of" or "is" (_MORE_THAN_A_STRETCH)."""


def _duration(value: float, unit: str, match: re.Match[str], before: str) -> Quantity:
    days = value * IN_DAYS[unit.rstrip("s")]
    bound = Bound.AT_MOST if _BROKEN.search(before) else read_bound(before)  # "had broken 47 seconds": under it
    across = _ACROSS_A_STRETCH.search(before) if bound is Bound.AT_LEAST else None
    if across is not None and across.group("word").lower() not in _MORE_THAN_A_STRETCH:
        bound = Bound.ABOUT  # "scaled gantries on the motorway over three days": across them, not more than
    measured = RECORD_REACH if _RECORD_REACH_BEFORE.search(before) else "days"
    return Quantity(Kind.DURATION, measured, days, bound, match.start(), match.end(), unit.rstrip("s") + "s")


RECORD_REACH = "days a record reaches"
"""What a length of time measures after a superlative ("climbs to highest in three years"): how far back the
record reaches, not how long anything lasted ("in the three months to September"); compared only with another such."""
_RECORD_REACH_BEFORE = re.compile(
    r"\b(?:[a-z]+est|most|least|best|worst)\s+(?:(?:level|point|rate|reading|figure)\s+)?(?:in|for)\s+"
    r"(?:(?:almost|nearly|more\s+than|over|about|some|at\s+least)\s+)?$",
    re.IGNORECASE,
)


_IN_ADVANCE_AFTER = re.compile(
    r"['\u2019]?\s*(?:in\s+advance|beforehand|notice\b|of\s+notice\b|before\s+(?:it|they)\s+(?:begins?|starts?))",
    re.IGNORECASE,
)
"""A length of time told as how long before something it is announced ("48 hours in advance",
"with seven days' notice"): no length of the thing itself."""
_WORTH_AFTER = re.compile(r"['\u2019]?s?\s+worth\s+of\b", re.IGNORECASE)
"""A length of time told as an amount of something ("six months' worth of rain")."""
_BROKEN = re.compile(r"\b(?:broke|broken|breaks|break|breaking)\s+(?:the\s+)?$", re.IGNORECASE)
"""A time broken is a barrier run under: "had already broken 47 seconds" ran in less."""


_OPENING_THE = re.compile(r"\s*the\s*", re.IGNORECASE)
_APPOSED_AGE = re.compile(r"\b([A-Z][\w'\u2019-]*)\s*,\s*(?:a|an|the)\s+$")
"""A name, then an age set beside it: "Silva, a 51-year-old former judge"."""


_OPENING_NAME = re.compile(
    r"(?:[\w'\u2019-]+\s+){0,5}?(?P<name>(?:[A-Z][\w'\u2019-]+\s+)*[A-Z][\w'\u2019-]+)"
    r"(?:,|\s+(?:has|had|have|is|was|will|announced|retired|retires|quit|quits|stepped|steps|died|dies)\b)"
)
"""A statement's opening name, past the words that say who it is ("Two-time Grand Slam champion Petra Novak
has retired"): whose an age told with "aged" or "at the age of" and no other owner is."""
_RETIRED_AT = re.compile(r"\b(?:retires?|retired|retiring|quits?|quitting)\b[^.;,\d]{0,40}?\bat\s*$", re.IGNORECASE)
"""A bare figure after retiring "at" ("Petra Novak retires from tennis at 33"): the age one retires at, as
"aged 34" tells it."""
VICTIM = "victim"
"""Whose an age is when the one it describes died ("A 12-year-old boy was killed", "A swimmer in his 40s died"):
the story's victim, compared with another account of the victim's age however each describes them."""
_DIED_AFTER = re.compile(r"\s+(?:(?:was|has\s+been|had\s+been)\s+)?(?:killed|died|dies|drowned)\b", re.IGNORECASE)
_A_VICTIM = re.compile(r"\s+(?-i:[a-z]+)" + _DIED_AFTER.pattern, re.IGNORECASE)
"""A person described by a word, then killed ("12-year-old boy was killed", "57-year-old man died")."""
_FULL_NAME_AFTER_AGE = re.compile(
    r"\s*-?\s*years?[\s-]old\s+(?-i:[A-Z][\w'\u2019-]+\s+)+?(?-i:(?P<surname>[A-Z][\w'\u2019-]+)\b(?!\s+[A-Z]))",
    re.IGNORECASE,
)
"""A person's full name after an age ("40-year-old Joel Cauchi"): the age is the person's, named by
the last of the names."""
_ANOTHER_ONE = re.compile(r"^[^.;,]*?\b(?:also|too)\b", re.IGNORECASE)
"""After an age, that its owner is one more of a kind the story told of ("A 19-year-old man who was
also arrested"): compared only with another such."""
_ANOTHER_REACH = 60


def _age(value: float, match: re.Match[str], before: str, after: str, described: str | None) -> Quantity | None:
    """An age belongs to somebody: the words after it ("the 40-year-old American"), the name
    before it ("DeGeneres, 55,", "Silva, a 51-year-old former judge"), or, opening a statement
    ("The 63-year-old was honoured"), the person its article is about (`described`), so two ages
    are compared only for the same person."""
    apposed = (
        _APPOSED_AGE.search(before)
        or _SUBJECT_AGED.search(before)
        or _GAPPED_AGE.search(before)
        or _ONE_AGE.search(before)
        or _NAMED_AGED.search(before)
    )
    owner = [apposed.group(1).lower()] if apposed else None
    named = _FULL_NAME_AFTER_AGE.match(after)
    if named is not None:  # "The attacker, 40-year-old Joel Cauchi": Cauchi's, as "Joel Cauchi, 38" is
        owner = [named.group("surname").lower()]
    if described and _OPENING_THE.fullmatch(before):
        owner = [described]
    rest = re.sub(r"^\s*-?\s*years?[\s-]old", "", after, flags=re.I)
    if not owner and _A_VICTIM.match(rest):  # "A 12-year-old boy was killed": the victim's, however described
        owner = [VICTIM]
    owner = owner or words_after(rest, 1) or name_before(before)
    told_as_age = _AGE_BEFORE.search(before) or _RETIRED_AT.search(before)
    opening = _OPENING_NAME.match(before) if not owner and told_as_age else None
    if opening is not None:  # "Petra Novak ... has retired from tennis aged 34": the one the statement opens on
        owner = [opening.group("name").split()[-1].lower()]
    if not owner:
        return None  # "when he was 5 years old": whose age is unknown here
    owner = [owner[0].rsplit("-", 1)[-1], *owner[1:]]  # "Bankman-Fried, 32," is the Fried "the 31-year-old" names
    if _ANOTHER_ONE.search(after, 0, _ANOTHER_REACH):
        owner = [*owner, " also"]  # "A 19-year-old man who was also arrested": not the man told of first
    return Quantity(Kind.AGE, "age:" + "".join(owner), value, read_bound(before), match.start(), match.end(), "age")
