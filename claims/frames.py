"""The frame of time a statement sets its facts in: the years it says they belong to ("in
2004"), months without a day ("in February"), and times told from today ("last year").

Two statements give comparable values only in one frame: a toll "in 2004" is another story's
toll than one of this week, "last year" is another year than "next year". A year said of a
name ("the 2014 Oscars", "SeaMicro, founded in 2007") or a month in a clause of time ("when he
is sentenced in March") sets no frame for what the statement claims.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.terms import LETTERS

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "january jan",
            "february feb",
            "march mar",
            "april apr",
            "may",
            "june jun",
            "july jul",
            "august aug",
            "september sept sep",
            "october oct",
            "november nov",
            "december dec",
        ),
        start=1,
    )
    for name in names.split()
}
"""Month names and their abbreviations, to the month's number."""
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
"""A month's name as written, for patterns that tell a month ("in March", "since May")."""
WEEKDAY_ORDER = "monday tuesday wednesday thursday friday saturday sunday".split()
WEEKDAYS = frozenset(WEEKDAY_ORDER)
_DIGIT = re.compile(r"\d")
DATE = re.compile(
    r"\b(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    r"|\b(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
"""A day of a month ("March 3", "3 March"): a date, not a frame."""
YEAR = re.compile(
    r"(?<![\w$€£.,-])(?P<year>1[89]\d\d|20\d\d|(?<=\b(?:in|of) )1[0-7]\d\d(?=[.,;:)]|\s(?:and|when|after|by)\b|$))"
    r"(?:s\b|(?![\w%,.]\d|\s?(?:%|percent|per cent)))"
)
"""A year as written ("2004", "the 1990s"), not a sum, a share or a count of that size; an older one
("founded in 1723.") only after "in" or "of" where its clause ends: "in 1500 homes" counts."""
_FRAME_BEFORE = re.compile(
    r"(?:\b(?:in|on|since|during|until|till|by|from|early|late|mid|spring|summer|autumn|winter)|"
    r"\b(?:spring|summer|autumn|winter)\s+of|"
    r"\b(?:" + "|".join(MONTHS) + r")\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?)\s*-?$",
    re.IGNORECASE,
)
"""A year is the time of the statement when it says when ("in 2004", "on November 5, 2022",
"December 2003", "in the summer of 2022"); a year that names another event ("the tsunami of 2004", "the 2014 Oscars")
is not."""
_RELATIVE_FRAME = re.compile(
    r"\b(?P<which>last|next|past)\s+(?P<unit>year|month|week|decade)\b|\b(?P<ago>\d+|a)\s+years?\s+ago\b"
    r"|\b(?P<which2>this)\s+(?P<unit2>year)\b(?!['\u2019]s)|\b(?:first|second|third|fourth|fifth)\s+(?!half\b|quarter\b)[a-z]+\s+of\s+the\s+(?P<unit3>year)\b"
    r"|\bsince\s+the\s+(?:start|beginning)\s+of\s+the\s+(?P<unit4>year)\b"
    r"|(?P<earlier>\ba\s+year\s+(?:earlier|before)\b|\bthe\s+(?:previous|preceding)\s+year\b(?!['\u2019]s))"
    r"|(?P<seven_days>\b(?:past|last)\s+(?:seven|7)\s+days\b)",
    re.I,
)
"""Frames told from today: "last year", "in the past month", "two years ago", and "this year",
the frame of a running total ("Eleven climbers have now died on the mountain this year"), not
of one event's toll; a rank "of the year" is this year's ("the volcano's second eruption of the
year"; not "the first half of the year", a part of any year as "the first half" is), and so is a count "since the
start of the year"; "a year earlier" and "the previous year"
are last year ("had lost the final a year earlier" / "was beaten in last year's final"); "the past seven days" are
the past week ("has killed 40 people ... in the past seven days" / "killed at least 60 people ... over the past
week")."""
_EARLIER = re.compile(r"\bearlier\s+$", re.IGNORECASE)
"""Before "this year" or "this month", a time before the news the statement tells, as a month named
in passing is."""
_BASE_BEFORE = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|over)\s+(?:the\s+same\s+\w+\s+)?$", re.I)
"""Before "a year ago", the base a change is measured from, not the time of the statement."""
_BASE_TOLD_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|after\s+an?\s+(?:[\w-]+\s+){0,2}?(?:loss|profit|deficit|surplus))\b[^,;:]*$",
    re.I,
)
"""Further before "a year earlier", a base told with its own figure ("compared with a loss of 95 million
euros a year earlier", "after a loss a year ago"): what the result is set against, not its time."""
_BASE_REACH = 60
_MONTH_WORD = re.compile(
    r"\b(?:(?:in|since|until|by|from|for|during|early|late|mid)\s+|mid-)(?P<month>"
    + "|".join(m for m in MONTHS if len(m) > 3)
    + r"|(?-i:May)(?!\s+Day))\b",
    re.IGNORECASE,
)
"""A month said as a time ("in February", "since early March", "in mid-February"); "May" only with
its capital ("in May"), never the modal, nor the holiday ("during May Day protests" sets no month
against a report that names none)."""


_SPAN_OF_MONTHS = re.compile(
    r"\s*(?:to|through|until|till|-|\u2013|and)\s+(?:" + "|".join(m for m in MONTHS if len(m) > 3) + r"|(?-i:May))\b",
    re.IGNORECASE,
)
"""The end of a stretch of months after its first ("in January to June", "in March and April"):
the stretch sets no one month as the statement's frame."""


def read_frame(text: str, timed: bool | None = None, dates: list[tuple[int, int]] | None = None) -> frozenset[str]:
    """The frame of time a statement sets: the years it says its facts belong to ("in 2004"),
    months without a day ("in February") and relative frames ("last year"). timed: whether it
    names a month, and dates: where its dates stand, if known."""
    frame: set[str] = set()
    lower = text.lower()
    digits = bool(_DIGIT.search(text))
    if timed is None:
        timed = not MONTHS.keys().isdisjoint(LETTERS.findall(lower))
    if dates is None:
        dates = [m.span() for m in DATE.finditer(text)] if timed and digits else []
    stretches = {m.start("from") for m in _STRETCH_OF_YEARS.finditer(text)} if digits and "rom" in text else set()
    for match in YEAR.finditer(text) if digits else ():
        said_when = _FRAME_BEFORE.search(text[max(0, match.start() - 24) : match.start()])
        if _SINCE_AN_EVENT.search(text, max(0, match.start() - 40), match.start()):
            continue  # "has gathered 21 samples since landing in 2021": where a running count starts
        if _RECORD_SET_IN.search(text, max(0, match.start() - 40), match.start()):
            continue  # "took 1.6 seconds off the mark she set in 2018": the beaten record's year
        if match.start() in stretches:
            continue  # "from 2007 to 2015": a stretch of years, as "between 2007 and 2015" is, no one year
        if said_when and not _RECORD_SINCE.search(text, max(0, match.start() - 80), match.start()):
            frame.add(match.group("year"))
    for match in (
        _RELATIVE_FRAME.finditer(text)
        if any(word in lower for word in ("last", "ago", "next", "past", "this", "of the year", "a year", "us year"))
        else ()
    ):
        if (match.group("ago") or match.group("earlier")) and (
            _BASE_BEFORE.search(text, max(0, match.start() - 20), match.start())
            or _BASE_TOLD_BEFORE.search(text, max(0, match.start() - _BASE_REACH), match.start())
        ):
            continue  # "rose 12% from a year ago", "after a loss a year ago": what the change is measured from
        if match.group("earlier"):
            frame.add("last year")
            continue
        if match.group("seven_days"):
            frame.add("last week")  # "in the past seven days" is "over the past week"
            continue
        if _SINCE_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # "the fifth cut since August last year": where a count starts, not when its news is
        unit = match.group("unit") or match.group("unit2") or match.group("unit3") or match.group("unit4")
        # "in the past year" is the last; "of the year", this one
        which = (match.group("which") or match.group("which2") or "this").lower().replace("past", "last")
        told = f"{which} {unit}" if unit else f"{match.group('ago')} years ago"
        if _EARLIER.search(text, max(0, match.start() - 9), match.start()) or _in_a_relative_clause(
            text, match.start()
        ):
            # "abducted in Mali earlier this year were freed": a step before the news; "Varga and
            # Berg, who married 12 years ago, have three children": who they are, not when
            told += IN_PASSING
        frame.add(told)
    for match in _MONTH_WORD.finditer(text) if timed else ():
        if match.group().lower().startswith("since") and MONTHS[match.group("month").lower()] == 1:
            frame.add("this year")  # "has fallen by about a third since January": the year so far
            continue
        if (
            match.group().lower().startswith("since")
            or (match.group().lower().startswith("from") and _RESCHEDULED.search(text, 0, match.start()))
            or _SINCE_CLAUSE.search(text, 0, match.start())
            or _BASE_CLAUSE.search(text, 0, match.start("month"))
            or _BEGAN_IN.search(text, 0, match.start("month"))
            or (match.group().lower().startswith("from") and _CHANGE_BEFORE.search(text, 0, match.start()))
        ):
            continue  # "since December", "from 4.3% in August", "the unrest that began in July": where a count starts
        if _SPAN_OF_MONTHS.match(text, match.end()):
            continue  # "in January to June": a stretch of months, the year's first half, no one month
        if not any(start <= match.start("month") < end for start, end in dates):
            passing = _TIME_CLAUSE.search(text, 0, match.start())
            frame.add(f"month:{MONTHS[match.group('month').lower()]}" + (IN_PASSING if passing else ""))
    if "earlier" in lower and _told_earlier(text):
        frame.add(EARLIER)
    moved = rescheduled_to(text) if timed or digits else None
    if moved is not None:
        frame.add(moved[0])
    return frozenset(frame)


_STRETCH_OF_YEARS = re.compile(
    r"\b(?:from\s+(?P<from>(?:1[89]|20)\d\d)\s*(?:to|until|till|through|-|\u2013)"
    r"|between\s+(?P<between>(?:1[89]|20)\d\d)\s+and)\s*(?:1[89]|20)\d\d\b",
    re.IGNORECASE,
)


def stretches_of_years(text: str) -> set[str]:
    """The first years of the stretches of years a statement sets its facts in ("from 2007 to 2015",
    "between 2007 and 2015", "from 1983-2005"): no one year's frame, but a time of its own all the same."""
    if "rom" not in text and "etween" not in text:
        return set()
    return {m.group("from") or m.group("between") for m in _STRETCH_OF_YEARS.finditer(text)}


_SINCE_AN_EVENT = re.compile(r"\bsince\s+(?:[a-z]+ing|its|the|his|her|their)\b[^,;:]*\bin\s+$")
"""A year told as that of an event a running count starts from ("since landing in 2021", "since
its launch in 2019"), not the time the statement's news belongs to."""
_RECORD_SET_IN = re.compile(
    r"\b(?:record|mark|best)\s+(?:(?:that|which)\s+)?(?:(?:she|he|they|it)\s+(?:had\s+)?)?set\s+in\s+$",
    re.IGNORECASE,
)
"""A record named by the year it was set ("the mark she set in 2018", "the record set in 1996"): a
year before the news, which says when that record stood, not when the statement's facts are."""
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Za-z]+\s+)?$", re.IGNORECASE)


def _told_earlier(text: str) -> bool:
    """Whether a statement's own clause is set earlier than the news ("The company had already
    shed around 800 jobs earlier in the year", "Lens turned down a first bid earlier this summer"):
    an occasion before the one the story tells, not a clause about who someone is ("Derek Mills,
    who was dismissed earlier this month") nor one that leads to the news ("Two aid workers
    abducted in Mali earlier this year were freed on Saturday")."""
    for match in _EARLIER_IN_THE.finditer(text):
        clause = text[text.rfind(",", 0, match.start()) + 1 : match.start()].lstrip().lower()
        if not clause.startswith(_RELATIVE_PRONOUNS):
            return True
    return False


def _in_a_relative_clause(text: str, start: int) -> bool:
    """Whether `start` is in a clause set off by a comma that opens with "who", "which" or the like."""
    comma = text.rfind(",", 0, start)
    return comma >= 0 and text[comma + 1 : start].lstrip().lower().startswith(_RELATIVE_PRONOUNS)


EARLIER = "earlier"
"""The frame of a statement set earlier than the news ("earlier this month", "earlier in the
week"), which no other frame meets but another such one: its values are of an earlier occasion."""
_EARLIER_IN_THE = re.compile(
    r"\bearlier\s+(?:this|in\s+the)\s+(?:day|night|week|month|year|season|spring|summer|autumn|fall|winter)\b"
    r"(?=\s*(?:[,.;:!?]|$))",
    re.IGNORECASE,
)
_RELATIVE_PRONOUNS = ("who ", "whom ", "whose ", "which ", "that ", "where ")


def rescheduled_to(text: str) -> tuple[str, tuple[int, int]] | None:
    """The month or year a statement moves a step to, as its frame writes it, and where it is
    written ("has pushed back the launch of its phone to June from March": "month:6"; "has
    postponed the launch of its Mars rover to 2030": "2030"), if it moves one."""
    for match in _RESCHEDULED_TO.finditer(text):
        if _RESCHEDULED.search(text, 0, match.start()):
            if match.group("year"):
                return match.group("year"), match.span("year")
            return f"month:{MONTHS[match.group('month').lower()]}", match.span("month")
    return None


_RESCHEDULED = re.compile(
    r"\b(?:postpon(?:e|es|ed|ing)|delay(?:s|ed|ing)?|push(?:es|ed|ing)?\s+back|put(?:s|ting)?\s+back"
    r"|brought\s+forward|bring(?:s|ing)?\s+forward|reschedul(?:e|es|ed|ing)|mov(?:e|es|ed|ing))\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
"""A step moved to another time ("has pushed back the launch of its phone to June from March"):
the month it is moved to is the statement's, the month it was moved from is not."""
_RESCHEDULED_TO = re.compile(
    r"\bto\s+(?:(?:early|late|mid-?)\s*)?(?:(?P<month>" + "|".join(m for m in MONTHS if len(m) > 3) + r"|(?-i:May))"
    r"|(?P<year>20\d\d)(?![\w%,.]\d|\s?(?:%|percent|per cent)|\s+(?-i:[A-Z])))\b",
    re.IGNORECASE,
)


_SINCE_WHEN = re.compile(
    r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?P<when>(?P<month>"
    + "|".join(m for m in MONTHS if len(m) > 3)
    + r"|(?-i:May))?\s*,?\s*(?P<year>(?:19|20)\d\d)?)\b",
    re.IGNORECASE,
)


_HELD_SINCE = re.compile(
    r"\b(?:has|have|had)\s+(?:been|led|run|headed|held|served|worked|lived|stood|ruled|owned|chaired)\b[^.;:]*$",
    re.IGNORECASE,
)
"""A state held since a time ("had led the world's largest food company since 2017"): the time it
began, however the thing held is described."""


def since_when(text: str) -> tuple[frozenset[str], tuple[int, int]] | None:
    """The month and year a state is told to have held since ("The rate has been at 4.5% since
    December 2023": {"month:12", "2023"}), and where they are written; not those a record is
    measured from ("its highest level since 2008"), unless a state is said to be held since then
    (`_HELD_SINCE`)."""
    for match in _SINCE_WHEN.finditer(text):
        month, year = match.group("month"), match.group("year")
        if not (month or year):
            continue
        if _RECORD_SINCE.search(text, 0, match.end()) and not _HELD_SINCE.search(text, 0, match.start()):
            continue
        times = {f"month:{MONTHS[month.lower()]}"} if month else set()
        return frozenset(times | ({year} if year else set())), match.span("when")
    return None


def where_told(text: str, times: frozenset[str]) -> tuple[int, int] | None:
    """Where a statement first writes one of the years or months of its frame (`read_frame`), a
    month with the year written after it ("June 2023") as one."""
    found = [m.span("year") for m in YEAR.finditer(text) if m.group("year") in times]
    months = {int(t.removeprefix("month:")) for t in times if t.startswith("month:")}
    found += [m.span("month") for m in _MONTH_WORD.finditer(text) if MONTHS[m.group("month").lower()] in months]
    if not found:
        return None
    start, end = min(found)
    for next_start, next_end in sorted(found):
        if 0 < next_start - end <= 2 and not text[end:next_start].strip(" ,"):
            end = next_end
    return start, end


IN_PASSING = " in passing"
"""Marks a month named in a clause of time ("faces 10 years when he is sentenced in March"),
which dates a later step of the story; "In early March, a gunman shot three" or "hit Zarand in
February" set the whole statement in that month (another occasion than one that names none)."""
_RECORD_SINCE = re.compile(
    r"\b(?:largest|biggest|highest|lowest|greatest|smallest|strongest|weakest|fastest|slowest|sharpest|steepest"
    r"|deepest|longest|shortest|warmest|hottest|coldest|wettest|driest|heaviest|busiest|first|most|least|best|worst"
    r"|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
    r"\b[^.;:]{0,60}\bsince\b[^.;:]{0,40}$",
    re.IGNORECASE,
)
"""A year a record or a rank is measured against ("its largest reduction since 2020", "the first
time since 2008", "the seventh eruption since 2021", "the eighth recall of the Cybertruck since
deliveries began in November 2023"): the statement counts from that year; it is not set in it."""
_TIME_CLAUSE = re.compile(r"\b(?:when|after|before|until|once)\b[^,;:]*$", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:]*$", re.IGNORECASE)
_BEGAN_IN = re.compile(r"\b(?:that|which)\s+(?:began|started|erupted|broke\s+out)\s+in\s+$", re.IGNORECASE)
"""A month in a clause telling when what is counted began ("killed in the unrest that began in
July"): where the count starts, as "since July" is, not the frame of the statement."""
_CHANGE_BEFORE = re.compile(r"\d\s*(?:%|percent|per\s+cent)\s+$", re.IGNORECASE)
"""A change told just before "from" and a month ("Prices rose 0.2% from June"): the month is its base."""
_BASE_CLAUSE = re.compile(r"\b(?:from|after\s+an?)\s+\S*\d[^,;:]*?\bin\s+$", re.IGNORECASE)
"""The month of the value a change starts from ("fell to 4.1% in September from 4.3% in
August", "up 2.8% on the year after a 3.1% rise in September"): the statement is of September."""


def quarters_apart(a: str, b: str) -> bool:
    """Whether two statements each name a quarter of a year and not the same one ("in the last three months of 2023"
    / "between July and September"; "in the third quarter" / "in the October-December period"): figures of two
    quarters, however alike they are worded."""
    mine, theirs = _quarter(a), _quarter(b)
    return mine is not None and theirs is not None and mine != theirs


@lru_cache(maxsize=32768)
def _quarter(text: str) -> int | None:
    """The quarter of a year a statement names, if one: by its rank, its months or its place in the year. Worked out
    once for each statement: every pair whose values are compared asks it again."""
    ranked = _QUARTER_RANKED.search(text)
    if ranked is not None:
        return _QUARTER_RANKS[ranked.group(1).lower()]
    months = _QUARTER_MONTHS.search(text)
    if months is not None:
        first, last = MONTHS[months.group(1).lower()], MONTHS[months.group(2).lower()]
        return (first + 2) // 3 if last == first + 2 and first % 3 == 1 else None
    three = _THREE_MONTHS_OF.search(text)
    if three is not None:
        return 1 if three.group(1).lower() == "first" else 4
    return None


_QUARTER_RANKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_QUARTER_RANKED = re.compile(r"\b(first|second|third|fourth|final|last)\s+quarter\b", re.IGNORECASE)
_QUARTER_MONTHS = re.compile(rf"\b({MONTH_NAME})\s*(?:-|\u2013|to|and)\s*({MONTH_NAME})\b(?!\s+\d)")
"""A quarter told by its months ("between July and September", "the October-December period"), not two dates."""
_THREE_MONTHS_OF = re.compile(r"\b(first|last|final)\s+three\s+months\s+of\b", re.IGNORECASE)


def same_frame(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two statements can speak of one occasion: the years (or, without years, the
    months) they name meet, or neither names any. A month one of them names in passing
    (IN_PASSING) and the other leaves untold does not set them apart ("faces 10 years when
    sentenced in March" / "faces 20 years"); a month told from today ("next month") may be the
    month the other names ("in April"). A statement set earlier than the news (EARLIER) is of
    another occasion than one that names no year or month of its own ("this year" is the running
    total's), but may be of the one another names ("earlier this summer" / "in June")."""
    if (EARLIER in a) != (EARLIER in b):
        told, other = (a - {EARLIER}, b) if EARLIER in a else (b - {EARLIER}, a)
        if any(f.isdigit() or (f.startswith("month:") and not f.endswith(IN_PASSING)) for f in other):
            return all(f.endswith(IN_PASSING) for f in told) or same_frame(told, other)
    years_a, years_b = _years(a), _years(b)
    if years_a or years_b:
        return bool(years_a & years_b)
    if a and b:
        plain_a, plain_b = _plain_months(a, b), _plain_months(b, a)
        return plain_a == plain_b or _month_within(plain_a, plain_b) or _month_within(plain_b, plain_a)
    return all(f.endswith(IN_PASSING) for f in a | b)


def one_time_told_two_ways(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two frames may name one time, one telling its year from today and the other by its
    number or not at all: "April 2026" / "April next year", "from January" / "at the start of next
    year", "Last month ... this year" / "in October". Without the day of writing the years cannot
    be set side by side, so only months both name (or tell from today) can tell the two apart; a
    month named alone is this year's, not last year's, unless it dates a step in passing ("its
    decision last year" / "after rejecting it in July")."""
    if not (a and b) or not all(_is_year_or_month(f) for f in a | b):
        return False
    told_a, told_b = a & _YEARS_FROM_TODAY, b & _YEARS_FROM_TODAY
    if bool(told_a) == bool(told_b) or (told_a and _years(a)) or (told_b and _years(b)):
        return False
    told, other = (told_a, b) if told_a else (told_b, a)
    if told == _LAST_YEAR and not _years(other) and any(f.startswith("month:") and f[-1].isdigit() for f in other):
        return False  # "began last year" / "was opened in January": this year's, unless said in passing
    months_a = {f for f in _plain_months(a, b) if f.startswith("month:")}
    months_b = {f for f in _plain_months(b, a) if f.startswith("month:")}
    return not (months_a and months_b) or months_a == months_b


_YEARS_FROM_TODAY = frozenset(("last year", "next year", "this year"))
_LAST_YEAR = frozenset(("last year",))


def _is_year_or_month(told: str) -> bool:
    return told.isdigit() or told.startswith("month:") or told in _YEARS_FROM_TODAY or told in _TOLD_MONTHS


def _years(frame: frozenset[str]) -> set[str]:
    return {f for f in frame if f.isdigit()}


def _month_within(frame: frozenset[str], other: frozenset[str]) -> bool:
    """Whether one frame is the other's year told from today with a month of it added ("starting in
    September next year" / "from next year"): the month is a detail of the same time."""
    months = {f for f in frame if f.startswith("month:")}
    rest = frame - months
    return bool(months) and bool(rest) and rest == other


_TOLD_MONTHS = frozenset(("last month", "next month"))


def _plain_months(frame: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """A frame's months without IN_PASSING marks, and without the months one side names and
    the other tells from today (neither sets the two apart)."""
    plain = {f.removesuffix(IN_PASSING) for f in frame}
    told = bool(plain & _TOLD_MONTHS) or not other.isdisjoint(_TOLD_MONTHS)
    named = any(f.startswith("month:") for f in plain | other)
    if told and named:
        plain = {f for f in plain if f not in _TOLD_MONTHS and not f.startswith("month:")}
    return frozenset(plain)
