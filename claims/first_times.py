"""A first time told against earlier times: "It is the first time Apple has been fined by the EU"
/ "Apple has been fined by the EU twice before", "It was the regulator's first fine against a hotel
company" / "The regulator has previously fined two other hotel groups". The two share the deed and
most of its words, and no word of one is the opposite of a word of the other, yet they cannot both
be true (claims.verdict). And a first since a year told against the last time: "the first rate cut
since 2020" is one claim with "The bank last cut rates in 2020", and cannot be true with "... in 2019"."""

from __future__ import annotations

import re

from claims.attribution import SAYING
from claims.frames import MONTH_NAME
from claims.polarity import meaningful_terms
from claims.quantities import ORDINALS, times_written
from claims.reading import Reading
from claims.terms import word_term

_FIRST_TIME = r"\bfirst\s+time\b(?!\s+(?:in|since|this|that)\b)"
_IS_THE_FIRST = (
    r"\s+(?:is|was|marks|marked)\s+the\s+first\b"
    r"(?!\s+(?:time|of|half|quarter|round|stage|step|phase|part|day|week|month)\b)"
)
_FIRST = re.compile(
    _FIRST_TIME + r"|['\u2019]s\s+first\b|\b(?:its|their|his|her)\s+first\b"
    r"|\bnever\s+before\b|\b(?:had|has|have)\s+never\b"
    r"|\b(?:it|this|the\s+[a-z]+)" + _IS_THE_FIRST,
    re.IGNORECASE,
)
"""A deed told as done for the first time ("It is the first fine the EU has imposed on Apple", "had never
run under 47 seconds before this season"); not
"for the first time in more than a decade" (the first in a while), "the first time this year", nor
"It was the first of three hearings" (a step of one story). What is the first may be named ("The move is
the first attempt by a president to fire a sitting Fed governor")."""
_SAID_DONE_BEFORE = (
    r"\b(?:twice|once|(?:two|three|four|five|several|many|\d+)\s+times)\s+before\b|\bpreviously\b"
    r"|\b(?:has|have|had)\s+already\b"
)
_EARLIER = re.compile(
    _SAID_DONE_BEFORE + r"|\bbefore\s+now\b|\bin\s+the\s+past\b"
    r"|\b(?:last|the\s+previous)\s+(?:year|month|season|summer|winter|spring|autumn)\b|\b(?:a|one|two|three|several)\s+(?:years?|months?)\s+ago\b"
    r"|\b(?:two|three|four|five|several|many|\d+)\s+(?:previous|earlier|prior)\b"
    r"|\b(?:has|have)\s+[a-z]+ed\s+(?:more\s+than\s+|about\s+|some\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine"
    r"|ten|dozens|several)\s+[a-z]+s\b[^.;]{0,60}?\bsince\b"
    r"|\bhad\s+(?:won|beaten|held|hosted|[a-z]+ed)\b[^.;]{0,60}?\bin\s+(?:(?:19|20)\d\d|" + MONTH_NAME + r")\b"
    r"|\b(?:one|two|three|four|five|several|\d+)\s+other\b[^.;]{0,40}?\b(?:has|have|had)\s+ever\b",
    re.IGNORECASE,
)
"""A deed told as done before ("twice before", "previously", "has already", "had a similar outbreak
last year", "The museum has returned 14 works to the heirs of Jewish owners since 2018", "Kiptoo had won the Tokyo
Marathon in March", "Only one other emperor penguin has ever been recorded in Australia")."""
_SINCE_ITS_START = re.compile(
    r"\bsince\s+(?:it|the\s+[a-z]+)\s+(?:opened|began|started|was\s+founded|was\s+launched|launched|was\s+built)\b",
    re.IGNORECASE,
)
"""A first counted from a thing's start ("the first tram collision on the network since it opened in 2007"):
the first ever, however the start is dated."""
_IN_A_WHILE = re.compile(
    r"\bfirst\b[^.;,]*?\b(?:in|since)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|more\s+than|over"
    r"|nearly|almost|decades|years|months|weeks)\b",
    re.IGNORECASE,
)
"""A first told within a stretch of time ("their first face-to-face meeting in a year", "its first
loss in five years"): the first in a while, which an earlier time does not deny."""
_PREVIOUS = re.compile(r"\b(?:previous|prior|earlier)\s+(?!record|high|low|best)[a-z]+s\b", re.IGNORECASE)
"""Earlier deeds of another kind a statement of a first tells itself ("her first win ... after four
previous nominations"): what the other says was done before may be those."""
_FIRST_WORDS = frozenset(("first", "never"))
_EARLIER_WORDS = frozenset(
    (
        "before",
        "previously",
        "already",
        "past",
        "last",
        "previous",
        "ago",
        "time",
        "returns",
        "return",
        "since",
        "had",
        "ever",
    )
)
_DEED_REACH = 80
"""How far after "first" the deed may be told ("the first time Apple has been fined by the EU")."""
_TIME = "time"


FIRST, EARLIER = "first", "earlier"


def first_or_earlier_told(reading: Reading) -> str | None:
    """Whether a statement tells its deed done for the first time or done before, if it tells one of the two only:
    a fact of the story the other report may tell in words of its own (claims.told_once; `first_against_earlier`
    says whether the two tell one deed)."""
    first = not reading.words.isdisjoint(_FIRST_WORDS) and _A_FIRST_TOLD.search(reading.text) is not None
    earlier = not reading.words.isdisjoint(_EARLIER_WORDS) and (
        _DONE_BEFORE_TOLD.search(reading.text) is not None or _ANOTHER_TIME.search(reading.text) is not None
    )
    return None if first == earlier else FIRST if first else EARLIER


_A_FIRST_TOLD = re.compile(_FIRST_TIME + r"|\b(?:it|this)" + _IS_THE_FIRST, re.IGNORECASE)
"""The story's deed told as a first in a statement of its own ("It is the first fine under the Digital Markets Act",
"for the first time"): not the first of a thing named ("The rocket's first stage", "won her first Grammy")."""
_DONE_BEFORE_TOLD = re.compile(_SAID_DONE_BEFORE, re.IGNORECASE)
"""The story's deed told as done before ("The EU has already used the law to fine Google last year"): not a date
that is only last year's."""


def first_against_earlier(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells when a deed was done, when one says it was the first time and the other
    that it was done before, and both tell the same deed: the word that follows "first" ("first
    fine" / "previously fined"), or two words of what follows "the first time"."""
    for first, earlier, swapped in ((a, b, False), (b, a, True)):
        if first.words.isdisjoint(_FIRST_WORDS) or earlier.words.isdisjoint(_EARLIER_WORDS):
            continue  # most statements tell neither: their words say so before any pattern is tried
        told_first, told_before = _FIRST.search(first.text), _EARLIER.search(earlier.text)
        told_again = _ANOTHER_TIME.search(earlier.text) if told_before is None else None
        told_before = told_before or told_again
        if told_first is None or told_before is None:
            continue
        if _EARLIER.search(first.text) or _PREVIOUS.search(first.text) or _FIRST.search(earlier.text):
            continue  # a first and an earlier time in one: two deeds ("first win ... after four previous nominations")
        if _NEVER_BEFORE.search(earlier.text):
            continue  # "No Italian man had previously won the title": none before, as a first says
        if _IN_A_WHILE.search(first.text, told_first.start()) and not _SINCE_ITS_START.search(first.text):
            continue  # "their first face-to-face meeting in a year": the first in a while, not ever
        if not _same_deed(first, told_first, earlier, told_again is not None):
            continue
        written = told_first.group().lower()
        start = told_first.start() + max(0, written.find("first"))  # "first", not "regulator's first"
        spans = ((start, told_first.end()), told_before.span())
        return (spans[1], spans[0]) if swapped else spans
    return None


def _same_deed(first: Reading, told_first: re.Match[str], earlier: Reading, again: bool = False) -> bool:
    """Whether the deed told as a first is the one the other tells as done before: the word after "first", or
    two words of what follows "the first time", or one when the other tells it done "for a second time"."""
    deed = first.text[told_first.end() : told_first.end() + _DEED_REACH]
    # A name's word the first writes as a common noun still tells the deed ("first marathon
    # victory" / "had won the Valencia Marathon last year").
    others = earlier.terms - first.names - (earlier.names - first.terms) - SAYING
    said = meaningful_terms(deed) - first.names - SAYING
    following = meaningful_terms(" ".join(deed.split()[:1]))
    if not told_first.group().lower().endswith(_TIME) and following & others:
        return True  # "first fine" / "previously fined"
    return len(said & others) >= (1 if again else 2)


_ANOTHER_TIME = re.compile(
    r"\bfor\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth)\s+time\b|\breturns?\s+as\b", re.IGNORECASE
)
"""A deed told as done again ("will host the Golden Globes for a second time", "returns as Golden Globes
host"): done before, as "previously" tells it."""


_FIRST_SINCE = re.compile(
    r"\bfirst\b[^.;]*?\bsince\s+(?:(?-i:[A-Z][\w.'\u2019-]*)\s+){0,3}?(?:in\s+)?(?P<year>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
"""A first since a year, or since someone who did it in that year ("the first papal visit to Lebanon since
Benedict XVI in 2012")."""
_LAST_DONE = re.compile(
    r"\blast\s+(?:[a-z]+ed|went|won|met|cut|hit|rose|fell|held|ran|saw|made|took|struck|broke|beat|lost|spoke)\b",
    re.IGNORECASE,
)
"""The last time a deed was done, told without a year ("Seamen last went on strike in May")."""
_FIRST_SINCE_ANY = re.compile(r"\bfirst\b[^.;]*?\bsince\b", re.IGNORECASE)
_LAST_IN = re.compile(r"\blast\b[^.;]*?\bin\s+(?:[A-Z][a-z]+\s+)?(?P<year>(?:1[89]|20)\d\d)\b", re.IGNORECASE)
_A_MONTH = r"(?P<year>(?-i:" + MONTH_NAME + r"))\b"
_FIRST_SINCE_MONTH = re.compile(r"\bfirst\b[^.;]*?\bsince\s+" + _A_MONTH + r"(?![\s,]+\d)", re.IGNORECASE)
_LAST_IN_MONTH = re.compile(r"\blast\b[^.;]*?\bin\s+" + _A_MONTH + r"(?![\s,]+\d)", re.IGNORECASE)
"""A first since a month, and the last time in a month, no year told ("It was Etna's first eruption since May" /
"Etna last erupted in August"): the months of one year, compared as years are."""


def _first_since_and_last(first: Reading, last: Reading) -> tuple[re.Match[str], re.Match[str]] | None:
    """Where one tells a first since a year ("the first supermarket merger the CMA has blocked since
    2019") and the other the last time in a year ("The CMA last blocked a supermarket merger in
    2019"), or each a month with no year, the deed after "first" told by the other too; each match's "year" is
    its year or month."""
    if "first" not in first.words or "last" not in last.words:
        return None
    since, last_in = _FIRST_SINCE.search(first.text), _LAST_IN.search(last.text)
    if since is None or last_in is None:
        since, last_in = _FIRST_SINCE_MONTH.search(first.text), _LAST_IN_MONTH.search(last.text)
    if since is None or last_in is None:
        return None
    deed = meaningful_terms(first.text[since.start() : since.start("year")]) - first.names - SAYING
    return (since, last_in) if deed & last.terms else None


def first_since_the_last(first: Reading, last: Reading) -> bool:
    """Whether one tells a first since the year the other tells the last time in ("the first
    supermarket merger the CMA has blocked since 2019" / "The CMA last blocked one in 2019"): one claim."""
    told = _first_since_and_last(first, last)
    return told is not None and told[0].group("year") == told[1].group("year")


def first_since_against_another_last(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each names its year, when one tells a first since a year and the other the last time
    in another ("the bank's first rate cut since 2020" / "The bank last cut rates in 2019")."""
    for first, last, swapped in ((a, b, False), (b, a, True)):
        told = _first_since_and_last(first, last)
        if told is not None and told[0].group("year") != told[1].group("year"):
            spans = (told[0].span("year"), told[1].span("year"))
            return (spans[1], spans[0]) if swapped else spans
    return None


_SPELLED_COUNT = (
    r"\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
)
_FIRST_IN_A_WHILE = re.compile(
    r"\bfirst\s+(?P<deed>[a-z]+)\b[^.;,]{0,60}?\bin\s+(?:(?:more\s+than|over|nearly|almost|about)\s+)?"
    r"(?P<count>" + _SPELLED_COUNT + r")\s+(?P<unit>years?|decades?|months?)\b",
    re.IGNORECASE,
)
"""A first within a stretch of time told in numbers ("the first escape from the prison in 20 years")."""
_RECENTLY = re.compile(
    r"\blast\s+(?P<last>year|month)\b|\bearlier\s+this\s+(?P<this>year|month)\b"
    r"|\b(?P<count>" + _SPELLED_COUNT + r")\s+(?P<unit>years?|months?)\s+ago\b"
    r"|\b(?:second|third|fourth|fifth)\s+[a-z]+\b[^.;,]{0,60}?\bthis\s+(?P<again>year|month)\b",
    re.IGNORECASE,
)
"""An occasion told as lately past ("two escapes from the same prison last year", "three years ago"), or told again
within the year ("the second escape from the prison this year": one before it this year)."""
_MONTHS_IN = {"month": 1, "year": 12, "decade": 120}
_NONE_OF_THEM = frozenset(("no", "never", "not", "none", "n't"))


def first_in_a_while_against_a_recent_one(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells its time, when one tells a deed as the first in a stretch of years ("It was the
    first escape from the prison in 20 years") and the other the same deed within it ("There had been
    two escapes from the same prison last year"): both cannot be true, unless the other tells of someone
    the first does not name."""
    for first, recent, swapped in ((a, b, False), (b, a, True)):
        told = _FIRST_IN_A_WHILE.search(first.text) if "first" in first.words else None
        lately = _RECENTLY.search(recent.text) if told is not None else None
        if told is None or lately is None or _RECENTLY.search(first.text) or not _NONE_OF_THEM.isdisjoint(recent.words):
            continue
        if word_term(told["deed"]) not in recent.terms or recent.names - first.names - (recent.main_places or set()):
            continue  # another deed, or one of another: "Intel said ... profits doubled from a year ago"
        if lately["this"] or lately["again"]:
            ago = 0.0  # "earlier this year", "the second escape ... this year"
        elif lately["last"]:
            ago = _months("1", lately["last"])  # "last year"
        else:
            ago = _months(lately["count"], lately["unit"])  # "three years ago"
        if ago >= _months(told["count"], told["unit"]):
            continue
        spans = ((told.start(), told.end()), lately.span())
        return (spans[1], spans[0]) if swapped else spans
    return None


def _months(count: str, unit: str) -> float:
    """A stretch told in a count and a unit ("20 years", "a decade"), in months."""
    written = count.lower()
    number = 1.0 if written in ("a", "an") else times_written(written)
    return number * _MONTHS_IN[unit.lower().rstrip("s")]


_RANKS = "|".join(word for word, rank in ORDINALS.items() if rank > 1) + r"|\d{1,3}(?:st|nd|rd|th)"
_RANK_OF_DEED = re.compile(
    r"\b(?:the|its|his|her|their|\w+['\u2019]s)\s+(?P<rank>" + _RANKS + r")\s+(?:such\s+)?(?P<deed>[a-z]+)\b",
    re.IGNORECASE,
)
"""A deed told by its rank ("It was Chepngetich's third win in Chicago", "the club's fourth title", "the second
such case": a case; "its 25th rock sample")."""
_RANK_IN_FIGURES = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\b", re.IGNORECASE)
_PREVIOUS_ONES = re.compile(
    r"\b(?:the|its|his|her|their)\s+(?:previous|last)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"\s+(?:[A-Z][\w'-]*\s+)?(?:meetings|encounters|finals|editions|elections|races|tournaments|clashes)\b"
)
"""Some earlier meetings of the kind the story tells ("had won the previous two Wimbledon finals",
"in their last three encounters"): those occasions, not this one."""
_TIMES_BEFORE = re.compile(
    r"\b(?P<times>once|twice|(?:two|three|four|five|six|seven|eight|nine|\d)\s+times)\s+before\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|on|without|and|but|when|while|this|that|as)\b)",
    re.IGNORECASE,
)
"""A deed told as done a number of times before ("had won the Chicago race twice before"; not
"struck the woodwork once before half-time", a time)."""
_NEVER_BEFORE = re.compile(
    r"\bnever(?:\s+[\w'\u2019-]+){1,6}?\s+before(?=\s*(?:[,.;:!?)]|$))|\bnever\s+before\b"
    r"|\bnever(?:\s+[\w'\u2019-]+){1,8}?\s+in\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?history\b"
    r"|\b(?:no|none|never|not)(?:\s+[\w'\u2019-]+){0,5}?\s+previously\b"
    r"|\b(?:no|none|nobody)(?:\s+[\w'\u2019-]+){1,8}?\s+before(?=\s*(?:[,.;:!?)]|$))"
    r"|\b(?:no|none|nobody)(?:\s+[\w'\u2019-]+){0,4}?\s+had\s+ever\b"
    r"|\b(?:no|none|nobody)(?:\s+[\w'\u2019-]+){0,4}?\s+had\s+(?:[\w'\u2019-]+\s+){1,4}?since\b",
    re.IGNORECASE,
)
"""A deed told as never done before ("The Kenyan had never won in Berlin before", "Volkswagen has
never closed a factory in Germany in its 87-year history", "No Italian man had previously won the
Wimbledon singles title", "none of which had reported cases previously", "No candidate had ever
failed a first vote", "No team had won consecutive championships since the 2000 Yankees"): none before
this one (since a time told, with "had": "No one has been arrested since the attack" tells what is so
now, not a first)."""


def told_as_none_before(text: str) -> bool:
    """Whether a statement tells a deed as never done before (`_NEVER_BEFORE`): a first, told as a
    negation ("No American had ever been elected pope before" is "the first American pope")."""
    return _NEVER_BEFORE.search(text) is not None


def rank_against_times_before(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int], bool] | None:
    """Where each tells how often a deed was done, when one gives its rank and the other how
    many times it was done before ("It was Chepngetich's third win in Chicago" / "had won the
    Chicago race twice before"; "It was Kiprop's second victory in Berlin" / "The Kenyan had never
    won in Berlin before"), or how many times in all, this one included ("It was ISRO's fourth
    launch this year" / "three launches so far this year, including Saturday's"), with whether the
    two agree (the third is after two before)."""
    for ranked, before, swapped in ((a, b, False), (b, a, True)):
        if before.words.isdisjoint(_TIMES_TOLD) or (
            ranked.words.isdisjoint(ORDINALS) and _RANK_IN_FIGURES.search(ranked.text) is None
        ):
            continue  # most statements tell neither: their words say so before any pattern is tried
        rank, told = _RANK_OF_DEED.search(ranked.text), _done_before(before.text)
        if rank is None or told is None or _TIMES_BEFORE.search(ranked.text) or _RANK_OF_DEED.search(before.text):
            continue  # a rank and earlier times in one statement: two deeds
        if not meaningful_terms(rank.group("deed")) & before.terms:
            continue
        done_before, where = told
        alike = _rank(rank.group("rank")) == done_before + 1
        spans = ((rank.start("rank"), rank.end()), where)
        return (spans[1], spans[0], alike) if swapped else (*spans, alike)
    return None


def _rank(written: str) -> int:
    """A rank's number, written in words ("third") or figures ("25th")."""
    return ORDINALS.get(written.lower()) or int(written[:-2])


_TIMES_TOLD = frozenset(("before", "including", "now", "far"))
_HOW_MANY = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
_TIMES_SINCE = re.compile(r"\b(?:twice|" + _HOW_MANY + r"\s+times)\s+since\b", re.IGNORECASE)
"""A deed told as done so many times since a time, earlier ones among them."""
_COUNT_INCLUDING = re.compile(
    r"\b(?P<count>" + _HOW_MANY + r")\s+(?:[a-z]+\s+)?[a-z]+s\b"
    r"[^.;]{0,60}?\bincluding\s+(?:this(?:\s+one)?|the\s+(?:latest|last|newest)|[\w-]+['\u2019]s)\b"
    r"|\bnow\s+(?:[a-z]+\s+){0,6}?(?P<times>once|twice|" + _HOW_MANY + r"\s+times)\s+since\b"
    r"|\b(?:has|have)\s+now\s+(?:had|seen|suffered|recorded)\s+(?P<had>" + _HOW_MANY + r")\s+[a-z]+s\s+since\b"
    r"|\b(?:has|have)\s+(?:now\s+)?(?:had|seen|suffered|recorded|registered)\s+(?P<so_far>" + _HOW_MANY + r")"
    r"\s+(?:[a-z]+\s+)?[a-z]+s\b[^.;]{0,40}?\bso\s+far\b"
    r"|\b(?:has|have)\s+now\s+[a-z]+ed\s+(?P<now>" + _HOW_MANY + r")\s+(?:[a-z]+\s+)?[a-z]+s\b",
    re.IGNORECASE,
)
"""A deed told as done so many times in all, this one included ("six eruptions since December 2023,
including this one", "three launches so far this year, including Saturday's", "Voters have now
rejected pension reforms four times since 2004", "Greece has now had three heatwaves since June", "Slovakia has
recorded five bear attacks on people so far this year", "The rover has now gathered 24 samples")."""


def _done_before(text: str) -> tuple[float, tuple[int, int]] | None:
    """How many times a statement tells a deed was done before this one, and where it says so."""
    times = _TIMES_BEFORE.search(text)
    if times is not None:
        return times_written(times.group("times")), times.span()
    never = _NEVER_BEFORE.search(text)
    if never is not None:
        return 0.0, never.span()
    including = _COUNT_INCLUDING.search(text)
    if including is not None:
        told = (
            including.group("count")
            or including.group("times")
            or including.group("had")
            or including.group("so_far")
            or including.group("now")
        )
        return times_written(told) - 1, including.span()
    return None


def an_earlier_occasion_alone(a: Reading, b: Reading) -> bool:
    """Whether one tells a deed done so many times before ("The Ranger X was recalled once before,
    in 2022") or the last time it was done ("A Bangladeshi ship was last hijacked by Somali pirates
    in 2010") and the other tells neither, nor that time's year, nor a rank or a first since that
    agrees with it: the one tells past occasions, the other this one ("The recall covers the 2021 to
    2023 Ranger X model", "Pirates have hijacked a Bangladesh-flagged bulk carrier"; not "In 2023
    the company cut 27,000 jobs" against "Amazon last cut jobs on this scale in 2023")."""
    told_a, told_b = _tells_an_earlier_occasion(a, b), _tells_an_earlier_occasion(b, a)
    return (
        told_a != told_b
        and rank_against_times_before(a, b) is None
        and _first_since_and_last(a, b) is None
        and _first_since_and_last(b, a) is None
    )


def _tells_an_earlier_occasion(reading: Reading, other: Reading) -> bool:
    """Whether a statement tells an earlier occasion (`an_earlier_occasion_alone`), the other not its year."""
    if "before" in reading.words and _TIMES_BEFORE.search(reading.text) is not None:
        return True
    if "since" in reading.words and _TIMES_SINCE.search(reading.text) is not None:
        return True  # "Voters have now rejected pension reforms four times since 2004"
    if not {"previous", "last"}.isdisjoint(reading.words) and _PREVIOUS_ONES.search(reading.text) is not None:
        return True  # "Alcaraz had won the previous two Wimbledon finals"
    if "last" not in reading.words:
        return False
    last_in = _LAST_IN.search(reading.text)
    if last_in is not None:
        return last_in.group("year") not in other.text
    # "Spotify last raised US prices in July last year"; not against a first since then ("Etna last
    # erupted in August" / "It was the volcano's first eruption since August")
    return _LAST_DONE.search(reading.text) is not None and _FIRST_SINCE_ANY.search(other.text) is None


def denies_only_earlier_occasions(text: str, cue_start: int, other: Reading) -> bool:
    """Whether a negation from `cue_start` says a deed was never done before ("The Kenyan had never
    won in Berlin before"), told against a statement of this occasion that tells no earlier one
    ("Kiprop won the Berlin Marathon on Sunday"): no denial of it, a first time."""
    before = _NEVER_BEFORE.match(text, cue_start)
    return (
        before is not None
        and other.words.isdisjoint(_EARLIER_CUES)
        and not any(f.isdigit() for f in other.frame)
        and _RANK_OF_DEED.search(other.text) is None
    )


_EARLIER_CUES = frozenset(
    ("before", "previously", "already", "again", "last", "past", "earlier", "ago", "once", "twice")
)
"""Words of a statement that may tell an earlier occasion, which a "never ... before" denies."""
