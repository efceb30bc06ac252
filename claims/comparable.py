"""Whether two values measure one thing, so that two figures can be set against each other at
all: not a company's profit against its revenue, a fine against what the firm gained, one
opponent's score against another's, a share of one thing against a share of another, a stretch
of a road against its whole length, a forecast against a result, or two owners' sums
("Microsoft's $69 billion deal" / "Activision's $3 billion profit"). Asked by the comparison of
values (claims.values_compared) before any two are said to disagree or agree.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.frames import MONTHS
from claims.lexicon import function_words
from claims.polarity import meaningful_terms
from claims.quantities import VOTE
from claims.quantity import (
    ADDED_TO,
    AT_THE_BREAK,
    AT_THE_CLOSE,
    CHANGE,
    COMPARED,
    CONTEXT_KINDS,
    DEMAND,
    EXPECTED,
    FINE,
    INTRADAY,
    MOVED,
    RESULT,
    SEGMENT,
    TARGET,
    TOTAL,
    TURNOUT,
    VOTE_SHARE,
    Kind,
    Quantity,
    clause_of,
)
from claims.terms import CAPITALISED_NAME, NUMBER_WORDS, TIME_WORDS, tokenize, word_term

PLACED_KINDS = frozenset((Kind.PERCENT, Kind.MONEY))


_FORETOLD_BEFORE = re.compile(
    r"\b(?:(?:expected|forecast|predicted|set|likely|due)\s+to|could|may|might|will|would"
    r"|(?:warned|warning|warnings|forecasts?)\s+of)\s+(?:[^\W\d_]+\s+){0,5}?$",
    re.IGNORECASE,
)
_FORETOLD_REACH = 40


def foretold(value: Quantity) -> bool:
    """Whether a temperature is one forecast ("are expected to reach 43C", "could hit 44C", "warned of temperatures as
    low as minus 30C"), not one measured."""
    before = max(0, value.start - _FORETOLD_REACH)
    return bool(value.text) and _FORETOLD_BEFORE.search(value.text, before, value.start) is not None


def forecast_against_result(x: Quantity, y: Quantity) -> bool:
    """Whether one value was forecast and the other is what came out ("Sotheby's had expected the
    work to sell for more than 150 million dollars" / "sold for 236.4 million dollars"): alike or
    not, they are not one figure."""
    return x.kind in CONTEXT_KINDS and (EXPECTED in x.context) != (EXPECTED in y.context)


@lru_cache(maxsize=65536)
def comparable(x: Quantity, y: Quantity) -> bool:
    """A sum, a share or a distance compares only with one of the same thing: words around meet,
    other than a word each says of a different one of its kind ("Core inflation ... 4.2%" /
    "Services inflation ... 5.9%"). Kept for each two values: the verdict on a pair and its
    reason ask it again and again (two times in three on 10,000 x 10,000 statements)."""
    if x.former != y.former:
        return False  # "Spain hits 46.8C" / "It beat the previous high of 47.4C"
    if x.relative != y.relative:
        return False  # "Shares jumped 27%" / "25% more than the stock's last closing price"
    if x.of_another or y.of_another:
        return False  # "upheld a €2.4 billion fine" / "is appealing a separate €4.1 billion Android fine"
    if _owners_apart(x, y):
        return False  # "Levante shares jumped 14%, while Caixa Norte fell 3%" / "Shares in Caixa Norte closed up 14%"
    if x.kind is Kind.TEMPERATURE and foretold(x) != foretold(y):
        return False  # "Temperatures are expected to reach 43C on Thursday" / "sent temperatures soaring to 41C"
    if x.kind not in CONTEXT_KINDS:
        return True
    context_x, context_y = x.context, y.context  # read once: each reading looks them up again
    if x.unit == VOTE:  # a story's vote is one, however it is told ("voted 29-14" / "approved ..., by 31 votes to 12")
        return _meet(context_x, context_y) or not _bodies_apart(x.text, y.text)
    if x.kind is Kind.SCORE and _opponents_apart(x, y):
        return False  # "Arsenal, who drew 1-1 with Brighton" / "Liverpool ... win 3-1 at Aston Villa": two matches
    if x.kind is Kind.MONEY and orders_apart(x.value, y.value):
        return False  # "a renovation that cost 120 million euros" / "Tickets now cost 22.50 euros"
    if not moved_alike(x, y):
        return False  # "by 1 dollar to 11.99 dollars" / "to 11.99 dollars from 10.99 dollars"
    if (EXPECTED in context_x) != (EXPECTED in context_y):
        return False  # "Economists had expected a contraction of 0.5%" / "shrank 2.1%"
    if (TARGET in context_x) != (TARGET in context_y):
        return False  # "the central bank's 2% goal" / "Core inflation ... slowed to 2.8%"
    if (ADDED_TO in context_x) != (ADDED_TO in context_y):
        return False  # "added to the standard 10% levy" / "tariffs of up to 38%"
    if moved_things_apart(x, y):
        return False  # "Ryanair profit jumps 30% on higher fares" / "Fares rose 7%"
    if x.kind in PLACED_KINDS and _measures_apart(x, y):
        return False  # "a net profit of 697 million euros" / "Quarterly revenue climbed to 9.1 billion euros"
    if _periods_apart(x, y):
        return False  # "4.2 billion euros in the third quarter" / "annual revenue of 16 billion euros"
    if x.kind is Kind.PERCENT and _stretches_apart(x, y):
        return False  # "have risen by 50% in the past five years" / "have doubled in a decade"
    if (TOTAL in context_x) != (TOTAL in context_y):
        return False  # "fined Google 2.4 billion euros" / "a total of 8.2 billion euros in three cases"
    if _one_of_a_kind_alone(x, y) or _one_of_a_kind_alone(y, x):
        return False  # "Underlying inflation dropped to 4.1%" / "Inflation in Sweden fell to 4.5%"
    if (SEGMENT in context_x) != (SEGMENT in context_y):
        return False  # "Sales in its data centre business rose to $14.5 billion" / "sales tripled to $18.12 billion"
    if (DEMAND in context_x) != (DEMAND in context_y):
        return False  # "Prosecutors had asked for a 10-year sentence" / "was sentenced to eight years"
    if _fine_against_gain(x, y) or _fine_against_gain(y, x):
        return False  # "received a fine of 200,000 euros" / "received 450,000 euros in exchange for permits"
    if (AT_THE_BREAK in context_x) != (AT_THE_BREAK in context_y):
        return False  # "Bayern were 3-0 up at half-time" / "Bayern thrashed RB Leipzig 6-0"
    if {INTRADAY, AT_THE_CLOSE} <= (context_x ^ context_y):
        return False  # "Medora's shares fell 4% in early trading" / "Shares in Medora closed down 6%"
    if x.kind is Kind.DISTANCE:
        mine, theirs = _dimensions(context_x), _dimensions(context_y)
        if mine and theirs:  # "a depth of about 900 metres" / "1,200 metres below the surface"
            return not mine.isdisjoint(theirs)
        if (mine and _how_far_from(y)) or (theirs and _how_far_from(x)):
            return False  # "Emperor penguins can grow to 1.2 metres tall" / "some 3,500 kilometres from Antarctica"
        ways, other_ways = _directions(context_x), _directions(context_y)
        if (mine and other_ways) or (theirs and ways):
            return False  # "throwing ash up to 14 km high" / "about 800 km north-east of Addis Ababa": a height, no way
        if ways and other_ways and ways.isdisjoint(other_ways):
            return False  # "more than 700 km to the north" / "some 50 miles south-west of Arequipa"
    if x.kind is Kind.PERCENT and (
        _shares_of_two_things(x, y)
        or _change_against_share(x, y)
        or _turnout_against_vote_share(x, y)
        or _more_than_half_of_what_the_other_leaves_unnamed(x, y)
    ):
        return False
    if x.kind is Kind.MONEY and _gained(x) and _gained(y) and FINE not in context_x | context_y:
        return True  # "accepted 1.2 million euros from businessmen" / "had received about 1.5 million euros in bribes"
    if x.kind is Kind.MONEY and x.value == y.value and min(x.figures, y.figures) >= _SUM_OF_ONE_STORY_FIGURES:
        # "a record prize of $5.07 million" / "The winner's cheque of $5.07 million": two sums told so alike in
        # one story are one sum, whatever words each sets around it ("prize" / "cheque")
        return not _told_apart(x, y)
    apart = _told_apart(x, y) | {
        CHANGE,
        EXPECTED,
        TARGET,
        ADDED_TO,
        TOTAL,
        SEGMENT,
        RESULT,
        COMPARED,
        AT_THE_BREAK,
        INTRADAY,
        AT_THE_CLOSE,
    }  # flags, not what is measured
    return _meet(context_x - apart, context_y - apart)


_SUM_OF_ONE_STORY_FIGURES = 3
"""The figures a sum is told to ("$5.07 million", "$999") from which two given alike are one sum."""


_GAINED_BEFORE = re.compile(
    r"\b(?:received|receiving|receives|pocketed|pocketing|pockets|accepted|accepting|accepts|took|taking|embezzled|"
    r"embezzling|stole|stealing|earned|earning|earns|made|making)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?$",
    re.IGNORECASE,
)
"""A sum told as one someone gained ("received 450,000 euros", "pocketed 1.2 million")."""


def _gained(value: Quantity) -> bool:
    """Whether a sum is told as one someone gained ("accepted 1.2 million euros", "had received about 1.5
    million euros"): two such sums in one story are what was taken, however else each is worded."""
    return _GAINED_BEFORE.search(value.text, max(0, value.start - 40), value.start) is not None


def _fine_against_gain(fine: Quantity, gain: Quantity) -> bool:
    """Whether a sum someone is fined is set against a sum someone gained ("received a fine of
    200,000 euros" / "received 450,000 euros in exchange for permits"): what is paid as a penalty
    is not what was taken, even when the two share the verb."""
    return FINE in fine.context and FINE not in gain.context and _gained(gain)


_OPPONENT_AFTER = re.compile(r"\s+(?:with|at|against|over|to|in|away\s+to)\s+(?P<side>(?:[A-Z][\w'\u2019-]*\s?)+)")


_OPPONENT_BEFORE = re.compile(
    r"\b(?:beat|beats|defeated|defeats|thrashed|thrash|edged|edge|drew\s+with|draw\s+with|lost\s+to|lose\s+to)\s+"
    r"(?P<side>(?:[A-Z][\w'\u2019-]*\s?)+)$"
)


_COMPASS = {
    word_term(word): frozenset(word_term(part) for part in parts.split())
    for word, parts in (
        ("north", "north"), ("south", "south"), ("east", "east"), ("west", "west"),
        ("northern", "north"), ("southern", "south"), ("eastern", "east"), ("western", "west"),
        ("northeast", "north east"), ("northwest", "north west"), ("southeast", "south east"),
        ("southwest", "south west"),
    )
}  # fmt: skip
"""Directions a distance is told in, by their terms, as the cardinal points they lean to."""


def _how_far_from(distance: Quantity) -> bool:
    """Whether a distance is how far one place is from another ("some 3,500 kilometres from Antarctica", "40 km
    away"): no dimension of a thing."""
    return bool(distance.text) and _FROM_AFTER.match(distance.text, distance.end) is not None


_FROM_AFTER = re.compile(
    r"\s+(?:away\b|(?:away\s+)?from\b(?!\s+(?:the\s+)?(?:head|nose|tip|end|top|bottom|base|side|wing)\b)"
    r"|off\s+the\s+coast\b)",
    re.IGNORECASE,
)
"""After a distance, that it separates two places ("3,500 kilometres from Antarctica"); not a thing's own length told
from one end to the other ("30 metres from head to tail")."""


def _directions(context: frozenset[str]) -> frozenset[str]:
    """The cardinal points a distance's words name ("south-west of Arequipa": south, west)."""
    return frozenset().union(*(_COMPASS[term] for term in context if term in _COMPASS))


def _opponents_apart(x: Quantity, y: Quantity) -> bool:
    """Whether two scores each name the side played right beside them, and neither statement names
    the other's: a score is of one match ("drew 1-1 with Brighton" / "win 3-1 at Aston Villa"; not
    "lost 2-1 to Volendam" / "Volendam beat Ajax 3-1")."""
    side_x, side_y = _opponent(x), _opponent(y)
    return side_x is not None and side_y is not None and side_x not in y.text and side_y not in x.text


def _opponent(value: Quantity) -> str | None:
    after = _OPPONENT_AFTER.match(value.text, value.end)
    if after is not None:
        return after.group("side").strip()
    before = _OPPONENT_BEFORE.search(value.text, 0, value.start)
    return before.group("side").strip() if before is not None else None


def terms_of_words(*groups: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(word_term(word) for word in words.split()) for words in groups)


_RESULTS = terms_of_words(
    "profit profits income earnings",
    "revenue revenues sales turnover",
    "loss losses",
    "dividend dividends payout",
    "share shares stock stocks",
)
"""A company's results, each a figure of its own: profit (net income, earnings), revenue (sales,
turnover), a loss, its dividend, its shares' price ("Shell profit falls 15%" / "Shell's stock fell
2%", "a 15% fall in third-quarter profit" / "raised its quarterly dividend by 4%")."""


(_WORTH,) = terms_of_words("valued values valuing valuation worth price")


_MEASURES = (
    *_RESULTS,
    *terms_of_words("raised raise raising raises proceeds"),
    _WORTH,
    *terms_of_words(
        "termination terminate breakup",
        "merger mergers acquisition acquisitions takeover takeovers",
        "clause clauses release_clause",
        "seized seize seizes seizing confiscated confiscate confiscates recovered",
        "defrauded defraud defrauds cheated cheat cheats swindled swindle embezzled embezzle scammed",
        "tariff tariffs duty duties levy levies",
    ),
)
"""A company's sums: its results, what a share sale raises against what it values the company at
("raised 420 million dollars in its initial public offering" / "The offering values Veltro at
roughly $3.1 billion"), and a deal's break-up fee against the deal ("a termination fee of $1
billion" / "call off $20bn merger"; a transfer's fee is its deal's worth, and the price paid for
a thing its worth), and a contract's clause against its deal ("a release clause of 80 million
euros" / "a deal worth 22 million euros"); and what police seized against what a fraud took ("cheated
more than 200 people out of 3 million euros" / "Police seized 1.2 million euros in cash"); and what tariffs cost it
against its results ("its net income fell 86% to $211 million" / "tariffs would cost it around $1.5 billion"). Not of
a share, where a rise is a rise."""


def _measures_apart(x: Quantity, y: Quantity) -> bool:
    """Whether each sum or share is said of a different one of a company's sums (`_MEASURES`; a
    share: `_RESULTS`) and neither of the other's."""
    measures = _MEASURES if x.kind is Kind.MONEY else _RESULTS
    terms_x = {term.removeprefix(MOVED) for term in x.context}
    terms_y = {term.removeprefix(MOVED) for term in y.context}
    kinds_x = {k for k, measure in enumerate(measures) if not measure.isdisjoint(terms_x)}
    kinds_y = {k for k, measure in enumerate(measures) if not measure.isdisjoint(terms_y)}
    if x.kind is Kind.MONEY:
        kinds_x |= {_MEASURES.index(_WORTH)} if _told_as_a_size(x) else set()
        kinds_y |= {_MEASURES.index(_WORTH)} if _told_as_a_size(y) else set()
    return bool(kinds_x and kinds_y) and kinds_x.isdisjoint(kinds_y)


def _told_as_a_size(value: Quantity) -> bool:
    """Whether a sum is written before the name of what it is the size of, as its adjective
    ("Norway's $1.8 trillion sovereign wealth fund reported a record annual profit"): the fund's
    worth, not the profit another statement gives ("a record profit of $222 billion")."""
    if not value.text:
        return False
    return (
        _SIZE_BEFORE.search(value.text, 0, value.start) is not None
        and _NAME_AFTER.match(value.text, value.end) is not None
    )


_SIZE_BEFORE = re.compile(r"(?:\b(?:a|an|the|its|their|his|her)|['\u2019]s)\s+$", re.IGNORECASE)


_NAME_AFTER = re.compile(r"\s+(?-i:[a-z][a-z-]+)\s+(?-i:[a-z][a-z-]+)")


def moved_things_apart(x: Quantity, y: Quantity) -> bool:
    """Whether both are how much a thing moved and the things they name as moving have no word in
    common (claims.quantity.MOVED)."""
    mine = {term for term in x.context if term.startswith(MOVED)}
    theirs = {term for term in y.context if term.startswith(MOVED)}
    return bool(mine and theirs) and mine.isdisjoint(theirs)


_PERIODS = {"quarter": "quarter", "half": "half", "annual": "year", "full": "year", "month": "month", "week": "week"}
"""Terms that say which stretch of time a sum or a share is counted over: a quarter's revenue is
not the year's ("full" of "full-year", the year's word itself being one of time, not context)."""


def _periods_apart(x: Quantity, y: Quantity) -> bool:
    """Whether both say the stretch of time they are counted over and no stretch is common
    ("4.2 billion euros in the third quarter" / "annual revenue of 16 billion euros")."""
    mine, theirs = _periods_of(x), _periods_of(y)
    return bool(mine and theirs) and mine.isdisjoint(theirs)


@lru_cache(maxsize=32768)
def _periods_of(value: Quantity) -> frozenset[str]:
    """The stretches of time a sum is counted over: those its own words say, else those its
    statement says ("an operating profit of 610 million euros for the third quarter, above the 560
    million euros analysts had expected": both the quarter's)."""
    own = frozenset(_PERIODS[term] for term in value.context if term in _PERIODS)
    if own or not value.text:
        return own
    around = f"{value.text[: value.start]} {value.text[value.end :]}"  # not its own words: "a quarter point"
    return frozenset(_PERIODS[word] for word in _WORD.findall(around.lower()) if word in _PERIODS)


_WORD = re.compile(r"[a-z]+")


_STRETCH = re.compile(
    r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?(?P<count>\d+|[a-z]+)\s+"
    r"(?P<unit>years?|decades?|months?)\b",
    re.IGNORECASE,
)


_YEARS_IN = {"year": 1.0, "decade": 10.0, "month": 1 / 12}


_ONE_STRETCH = re.compile(
    r"(?P<year>\bover\s+the\s+(?:past\s+)?year\b|\byear[\s-]on[\s-]year\b|\bon\s+an\s+annual\s+basis\b)"
    r"|\bmonth[\s-]on[\s-]month\b|\bon\s+a\s+monthly\s+basis\b|\bon\s+the\s+month\b|%\s+from\s+(?:"
    + "|".join(m for m in MONTHS if len(m) > 3)
    + r")\b",
    re.IGNORECASE,
)
"""A change told over one year or one month without a count ("over the year", "on a monthly basis",
"Prices rose 0.2% from June")."""


def _stretches_apart(x: Quantity, y: Quantity) -> bool:
    """Whether both statements tell the stretch of time a change is counted over, and two
    different ones ("in the past five years" / "in a decade")."""
    mine, theirs = _stretch_of(x.text), _stretch_of(y.text)
    return mine is not None and theirs is not None and abs(mine - theirs) > 0.1 * max(mine, theirs)


@lru_cache(maxsize=32768)
def _stretch_of(text: str) -> float | None:
    """The years a statement counts a change over ("in the past five years": 5; "in a decade": 10;
    "over the year", "year-on-year": 1; "on a monthly basis", "rose 0.2% from June": a month)."""
    if not text:
        return None
    found = _STRETCH.search(text)
    if found is not None:
        count = "1" if found.group("count").lower() == "a" else found.group("count").lower()
        number = NUMBER_WORDS.get(count, count)
        if number.isdigit():  # not "in the coming years", "over recent months"
            return float(number) * _YEARS_IN[found.group("unit").lower().rstrip("s")]
    one = _ONE_STRETCH.search(text)
    if one is None:
        return None
    return 1.0 if one.group("year") else _YEARS_IN["month"]


def moved_alike(x: Quantity, y: Quantity) -> bool:
    """Whether both sums are a level, or both how far one moved (CHANGE): "by 1 dollar" is no
    price "from 10.99 dollars" was."""
    return x.kind is not Kind.MONEY or (CHANGE in x.context) == (CHANGE in y.context)


def orders_apart(x: float, y: float) -> bool:
    """Whether two sums or counts are further apart than any report gets one wrong (ORDERS_APART):
    a ticket and a building's cost, a fee and a fine, a launch's satellites and all in orbit."""
    low, high = sorted((abs(x), abs(y)))
    return high > low * ORDERS_APART


ORDERS_APART = 100.0


def _shares_of_two_things(x: Quantity, y: Quantity) -> bool:
    """Whether two shares each name what they are of, and nothing alike ("9.4% of their body
    weight" / "One in ten participants", "78% of union members" / "a 5.5% pay offer"; not "9.4%
    of their body weight" / "8.5% of their weight")."""
    mine, theirs = _share_of(x), _share_of(y)
    return bool(mine and theirs) and not _meet(mine, theirs)


def _more_than_half_of_what_the_other_leaves_unnamed(x: Quantity, y: Quantity) -> bool:
    """Whether one share is "most" of something (claims.quantities) and the two do not both name what
    they are of: "most of her crop" / "about a quarter of her crop" are one share, but "Most of the
    victims were pensioners" / "monthly returns as high as 25%", and "3,000 positions, most of them
    in Sweden" / "about 7% of the carmaker's workforce" are not. A share without a figure is
    compared only with one of the thing it names."""
    if not (x.more_than_half or y.more_than_half):
        return False
    mine, theirs = _share_of(x), _share_of(y)
    return not (mine and theirs and _meet(mine, theirs))


def _change_against_share(x: Quantity, y: Quantity) -> bool:
    """Whether one is how much a thing moved ("sales fell 8%") and the other a share of a named
    thing ("about 40% of sales"): two measures, however alike their words. A share of a thing's
    own value is how much it moved ("shares have lost more than 40% of their value")."""
    return any(CHANGE in p.context and not _share_of(p) and _share_of(q) - _VALUE for p, q in ((x, y), (y, x)))


_VALUE = frozenset((word_term("value"),))


def _share_of(share: Quantity) -> frozenset[str]:
    """The terms of what a share is of, named right after it: "52% of the vote", "a 5.5% pay
    offer", "one in ten patients" (a few words, up to a small word); a change says nothing of it
    ("a 35% pay rise" is of pay, "a 29% increase in pay" says so later)."""
    written = share.text[share.start : share.end]
    named = _SHARE_OF.match(share.text, share.end)
    if named is None or not (
        named.group("of")
        or _PART_OF_FEW.match(written)
        or _A_SHARE.search(share.text, 0, share.start)
        or written == "Most"  # "Most growers in the region"
    ):
        return frozenset()
    words = []
    for word in named.group("thing").split():
        if word.lower() in function_words():
            break
        words.append(word)
    return meaningful_terms(" ".join(words)) - _CHANGES


_SHARE_OF = re.compile(
    r"\s+(?P<of>of\s+(?:(?:the|their|its|his|her|all|those)\s+)?(?:(?:[^\W\d_]+\s+)?[^\W\d_]+(?:['\u2019]s|s['\u2019])\s+)?)?"
    r"(?P<thing>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})"
)
"""A share's thing, after its owner if named ("of Volvo's workforce" is of the workforce)."""


_PART_OF_FEW = re.compile(r"[^\W\d_]+\s+(?:in|out\s+of)\s", re.IGNORECASE)
"""A share told as one in ten, which names its thing next."""


_CHANGES = frozenset(
    word_term(word)
    for word in "rise increase cut drop fall gain jump hike raise reduction decline growth decrease".split()
)


_A_SHARE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
"""A share set before its thing: "a 5.5% pay offer"."""


def _dimensions(context: frozenset[str]) -> frozenset[str]:
    """The dimensions a distance is said to measure: a length is not a depth ("25 metres long" /
    "a depth of 85 metres") nor a fall a length ("a 60-metre section of the bridge" / "fell about
    30 metres into the water"), nor a place's altitude how far something fell ("at an altitude of about
    4,000 metres" / "The bus fell around 150 metres"), and two depths are one measure however told ("at
    a depth of about 900 metres" / "1,200 metres below the surface")."""
    return frozenset(_DIMENSIONS[t] for t in context & _DIMENSIONS.keys())


_DIMENSIONS = {
    word_term(word): name
    for name, words in (
        ("length", "long length lengths"),
        ("depth", "deep depth depths below beneath underground"),
        ("height", "high height heights tall"),
        ("altitude", "altitude altitudes elevation"),
        ("width", "wide width widths across"),
        ("radius", "radius radii diameter"),
        ("thickness", "thick thickness thin thinner thinnest"),
    )
    for word in words.split()
}


def _bodies_apart(text: str, other: str) -> bool:
    """Whether both name someone or something (capitalised past the first word) and nothing in
    common: "The Senate voted 51-49" and "The House voted 220-212" tell two votes."""
    mine, theirs = set(_NAMED.findall(text)), set(_NAMED.findall(other))
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


_NAMED = re.compile(r"(?<=[\w,;)]\s)[A-Z][\w'-]+")
"""A word written capitalised past a statement's first word."""


def _one_of_a_kind_alone(x: Quantity, y: Quantity) -> bool:
    """Whether one value is of a measure's kind that the other does not name for the same measure
    ("core" of "Core inflation" / "Inflation", "Euro zone inflation"): the whole and one of its kinds are two
    figures, whatever else the other says of the measure. A kind named after the measure is named ("Food prices" /
    "Prices of food")."""
    mine, theirs = x.modifiers, y.modifiers
    return any(
        kind in _KINDS_OF_A_MEASURE
        and term in y.context
        and theirs.get(term) not in _KINDS_OF_A_MEASURE
        and kind not in y.context
        for term, kind in mine.items()
    ) and not _LEAVING_OUT.search(y.text)


_KINDS_OF_A_MEASURE = frozenset(word_term(word) for word in "core services goods food energy".split())
"""Words that say which part of a measure a figure is ("core inflation", "services inflation")."""


_LEAVING_OUT = re.compile(r"\b(?:excluding|excludes|which\s+excludes|stripping\s+out|minus)\b", re.IGNORECASE)
"""Words that tell a core measure without its name ("Consumer inflation excluding fresh food")."""


def _turnout_against_vote_share(x: Quantity, y: Quantity) -> bool:
    """Whether one share is a turnout and the other a share of the vote ("The commission put turnout at
    58%" / "won ... with 97.66% of the vote"): who voted, against how they voted."""
    return any(
        TURNOUT in turnout.context and VOTE_SHARE in share.context and TURNOUT not in share.context
        for turnout, share in ((x, y), (y, x))
    )


def _told_apart(x: Quantity, y: Quantity) -> frozenset[str]:
    """Terms both say with a different word before each, neither of which the other says
    ("core" and "services" of "inflation"; not "City economists" / "Economists"), nor, for a place,
    names anywhere ("German inflation" / "Annual inflation in Germany")."""
    mine, theirs = x.modifiers, y.modifiers
    return frozenset(
        term
        for term in mine.keys() & theirs.keys()
        if mine[term] != theirs[term]
        and mine[term] not in y.context
        and theirs[term] not in x.context
        and not (mine[term] in _places_named(y.text) or theirs[term] in _places_named(x.text))
    )


@lru_cache(maxsize=4096)
def _places_named(text: str) -> frozenset[str]:
    """The places a statement names, as terms ("@germany")."""
    return frozenset(token.term for token in tokenize(text) if token.is_place)


def _meet(x: frozenset[str], y: frozenset[str]) -> bool:
    """Whether two sets of terms share one, or the first five letters of one ("bribe" of "in
    bribes" and "briberi" of "bribery case")."""
    return bool(x & y) or not {t[:5] for t in x}.isdisjoint(t[:5] for t in y)


SHARES_MOVED = MOVED + word_term("shares")


_GIVING = frozenset(
    word_term(word) for word in "pledge pledged pledging promised promising donated donor committed".split()
)
"""Words of a sum given: at a donors' conference, each giver's sum is its own."""


def _owners_apart(x: Quantity, y: Quantity) -> bool:
    """Whether two moves of shares are told of two companies, each named in its value's clause; or
    two shares of the vote, one told as a result (RESULT), of two parties or candidates, each named
    in its value's clause or, if none is, opening its statement ("The governing Labour Party came
    second with 24.1%" / "Norway's Conservatives emerged as the largest party ..., winning 28.4% of
    votes"); or two sums given by two givers ("Germany pledged 1.1 billion dollars" / "The EU's
    pledge of 2.1 billion dollars was the biggest"), or two fines on two companies ("fined Apple 500 million euros" /
    "Meta received a fine of 250 million euros")."""
    if SHARES_MOVED in x.context and SHARES_MOVED in y.context:
        owner_x, owner_y = _owner(x), _owner(y)
    elif VOTE_SHARE in x.context and VOTE_SHARE in y.context and RESULT in x.context | y.context:
        owner_x, owner_y = _owner(x, or_opening=True), _owner(y, or_opening=True)
    elif x.kind is Kind.MONEY and not (_GIVING.isdisjoint(x.context) or _GIVING.isdisjoint(y.context)):
        owner_x, owner_y = _giver(x), _giver(y)
    elif (
        DEMAND in x.context
        and DEMAND in y.context
        and (side_x := _side_asking(x.text))
        and (side_y := _side_asking(y.text))
    ):
        return side_x != side_y  # "Prosecutors had asked for a 15-year sentence" / "Her defence asked for 18 months"
    elif FINE in x.context and FINE in y.context and (fined_x := _fined(x.text)) and (fined_y := _fined(y.text)):
        # "The European Commission fined Apple 500 million euros" / "Meta received a fine of 250 million euros"
        owner_x, owner_y = fined_x, fined_y
    elif (mover_x := _mover(x)) and (mover_y := _mover(y)):
        owner_x, owner_y = mover_x, mover_y
    elif x.kind is Kind.MONEY and (opener_x := _named_opener(x.text)) and (opener_y := _named_opener(y.text)):
        # "Barbie has taken more than $1 billion" / "Oppenheimer's global takings are around $650
        # million": each statement's sum is of the name it opens on, and they share no name.
        return _names_said(x.text).isdisjoint(_names_said(y.text)) and not (opener_x & opener_y)
    else:
        return False
    return bool(owner_x and owner_y) and owner_x.isdisjoint(owner_y)


_FINED = re.compile(
    r"\bfine[sd]?\s+(?P<object>" + CAPITALISED_NAME + r")"
    r"|(?P<subject>" + CAPITALISED_NAME + r")(?:['\u2019]s)?\s+(?:was|were|has\s+been|had\s+been|is|are)\s+fined\b"
    r"|(?P<receiver>" + CAPITALISED_NAME + r")\s+(?:received|receives|got|gets|faces|was\s+hit\s+with|hit\s+with)\s+"
    r"(?:a|an)\b[^.;]{0,40}?\b(?:fine|penalty)\b",
    re.IGNORECASE,
)
"""Who a fine is on: "fined Apple", "EU fines Apple", "Apple was fined", "Meta received a fine of", "Apple hit with
€500m EU antitrust fine"."""


def _fined(text: str) -> frozenset[str]:
    """The names of who a statement says was fined, if it says so once."""
    found = list(_FINED.finditer(text))
    if len(found) != 1:
        return frozenset()
    named = next(group for group in found[0].groups() if group is not None)
    return frozenset(word.lower() for word in named.split())


def _side_asking(text: str) -> str | None:
    """Which side of a trial a statement tells asked for a sentence: the prosecution or the defence."""
    prosecution, defence = _PROSECUTION.search(text) is not None, _DEFENCE.search(text) is not None
    return None if prosecution == defence else _PROSECUTING if prosecution else _DEFENDING


_PROSECUTING, _DEFENDING = "prosecution", "defence"
_PROSECUTION = re.compile(r"\b(?:prosecutors?|prosecution|government)\b", re.IGNORECASE)


_DEFENCE = re.compile(r"\b(?:lawyers?|defen[cs]e|attorneys?)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _named_opener(text: str) -> frozenset[str]:
    """The terms of the name a statement opens on, a word no sentence opens on by chance ("Barbie has
    taken", "Oppenheimer's global takings"; not "The film", nor "Sales rose")."""
    opening = _NAME_OPENING.match(text)
    return _name_terms(opening.group("name")) if opening else frozenset()


@lru_cache(maxsize=8192)
def _names_said(text: str) -> frozenset[str]:
    """The terms of the words a statement writes capitalised, but a function word opening it, and its
    codes of letters and figures ("A920")."""
    codes = frozenset(code.lower() for code in _CODE.findall(text))
    return codes | frozenset(t.term for t in tokenize(text) if t.capitalized and t.meaningful)


_CODE = re.compile(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]+\b")


_NAME_OPENING = re.compile(r"(?P<name>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:['\u2019]s\b|\s+[a-z])")
"""A statement's opening name, up to its possessive or the first word in lower case."""


@lru_cache(maxsize=32768)
def _mover(value: Quantity) -> frozenset[str]:
    """The terms of the name a statement opens on, when it opens on a thing's move within a few words
    ("US crude rose 3.9% to $74.10" / "Brent crude futures climbed 4.5% to $78.20": US, Brent): two
    things named, two moves; a place names one too, a common word ("Orders") none."""
    opening = _MOVED_AT_THE_OPENING.match(value.text) if value.text else None
    return _name_terms(opening.group("name")) if opening else frozenset()


def _name_terms(name: str) -> frozenset[str]:
    """The terms of the words of an opening that name something: places, and words rare enough to be
    names (_NAME_ZIPF)."""
    return frozenset(t.term for t in tokenize(name) if t.is_place or (t.meaningful and t.zipf < _NAME_ZIPF))


_NAME_ZIPF = 4.2
"""Below this a capitalised opening word is a name ("Brent", "Altria"), not a word any sentence may
open on ("Orders fell 3%" / "New orders rose 4%")."""


_MOVED_AT_THE_OPENING = re.compile(
    r"(?P<name>(?:[A-Z][\w'\u2019.-]*\s+){1,3})(?:[a-z][\w-]*\s+){0,2}"
    r"(?:rose|rises|fell|falls|climbed|climbs|jumped|jumps|dropped|drops|gained|gains|lost|loses|slipped|slips|surged|surges)\b"
)
"""A statement opening on a name and, within a few words, its move ("US crude rose", "Brent crude futures
climbed")."""


def _owner(value: Quantity, or_opening: bool = False) -> frozenset[str]:
    """The terms of the last name told in a value's clause before it: whose shares moved ("Levante
    shares jumped 14% ..., while Caixa Norte fell 3%": Levante's, then Caixa Norte's; "Shares in
    KPN closed down 4%"); none for "Its shares" or "The company's shares". A rival beaten is no
    owner ("beating Paul Garnier with 52.1%"). A candidate told with her party ("Rixi Moncada of the
    ruling Libre party") is owned by both names. With `or_opening`, the statement's first name when
    the clause names none."""
    clause_start = clause_of(value.text, value.start, value.end)[0]
    names = [
        (m.start(), terms)
        for m in _NAME_RUN.finditer(value.text, clause_start if not or_opening else 0, value.start)
        if (named := _without_no_names(m.group()))
        and not _RIVAL_BEFORE.search(value.text, 0, m.start())
        and (terms := _owner_terms(named))
    ]
    in_clause = [terms for start, terms in names if start >= clause_start]
    if in_clause and _OF_A_PARTY.search(value.text, clause_start, value.start):
        return frozenset().union(*in_clause)  # "Rixi Moncada of the ruling Libre party was ... third": hers and Libre's
    return in_clause[-1] if in_clause else names[0][1] if names else frozenset()


_OF_A_PARTY = re.compile(r"\b(?:of|for)\s+the\s+(?:[\w-]+\s+){0,3}(?:party|Party|alliance|Alliance|coalition)\b")
"""A candidate told with the party she stands for: her share is the party's, either name owns it."""


_GIVER = re.compile(r"\s*(?:The\s+)?(?P<name>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3})")


def _giver(value: Quantity) -> frozenset[str]:
    """The name opening a sum's clause, or else its statement, a country too, when it gives the sum
    ("Germany pledged 1.1 billion dollars", "The EU's pledge of 2.1 billion dollars", "Germany was the
    largest national donor, promising 1.1 billion dollars")."""
    opening = _GIVER.match(value.text, clause_of(value.text, value.start, value.end)[0]) or _GIVER.match(value.text)
    return _owner_terms(opening.group("name"), places=True) if opening else frozenset()


def _owner_terms(name: str, places: bool = False) -> frozenset[str]:
    """The terms of a name that may own a value: no place unless `places` ("Danish" names no party;
    "Lisbon" in "won the mayoral election in Lisbon with 41.2%" is where), no day, and not "Party",
    which is every party's."""
    return frozenset(
        t.term
        for t in tokenize(name)
        if (places or not t.is_place) and t.term != _PARTY and t.surface not in TIME_WORDS
    )


def _without_no_names(run: str) -> str:
    """A run of capitalised words that names somebody, without the article it may open with ("The
    Danish People's Party"); nothing for one opening with a word that names nobody ("Its Hong
    Kong-listed shares", "Shares")."""
    words = run.split()
    if words[0] == "The" and len(words) > 1:
        words.pop(0)
    return "" if words[0] in _NO_NAME else " ".join(words)


_RIVAL_BEFORE = re.compile(r"\b(?:beating|beat|defeating|defeated|ahead\s+of|against)\s+$", re.IGNORECASE)


_PARTY = word_term("party")


_NAME_RUN = re.compile(r"\b[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*)*")


_NO_NAME = frozenset("The Its Their His Her Shares Share Stock While And But In On At As After Analysts".split())
"""Capitalised words that open a clause and name nobody."""
