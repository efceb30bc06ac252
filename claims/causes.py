"""A cause told against one said to be unknown: "Officials said an electrical fault was the likely
cause" / "The cause of the fire is not yet known", "The cause of the derailment was a mechanical
problem" / "Investigators have not yet determined what caused the crash". One says what caused the
event, the other that nobody knows yet: they cannot both be true, though they share little more
than the word "cause" (claims.verdict). So too two kinds of cause that exclude each other: a fire set
on purpose, one started by lightning or one started by mishap."""

from __future__ import annotations

import re

from claims.attribution import SAYING
from claims.polarity import is_meaningful, meaningful_terms
from claims.reading import Reading
from claims.terms import tokenize, word_term

_UNKNOWN = re.compile(
    r"\bcauses?\b(?:\s+of\s+[^.;,]{1,60}?)?\s+(?:is|was|remains|remained)\s+(?:still\s+)?"
    r"(?:(?:not|never)\s+(?:yet\s+)?(?:known|clear|established|determined|disclosed|released|made\s+public)|unknown|unclear"
    r"|(?:yet|still)\s+to\s+be\s+(?:determined|established|confirmed))"
    r"|\b(?:causes?|source|origin)\b(?:\s+of\s+[^.;,]{1,60}?)?\s+(?:has|have)\s+(?:still\s+)?(?:not|never)\s+(?:yet\s+)?been\s+"
    r"(?:identified|determined|established|found|confirmed)"
    r"|\b(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:determined|established|known|clear|identified|confirmed)\s+"
    r"(?:what|why|how(?!\s+(?:many|much|long|far|often)\b))"
    r"|\b(?:unclear|unknown)\s+(?:what|why|how(?!\s+(?:many|much|long|far|often)\b))"
    r"|\byet\s+to\s+(?:determine|establish|identify)\s+(?:the\s+cause|what|why)\b"
    r"|\b(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:determined|established|identified)\s+the\s+cause\b"
    r"|\btoo\s+early\s+to\s+(?:say|tell|know|determine)\s+(?:what|why|how(?!\s+(?:many|much|long|far|often)\b))"
    r"|\b(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:give|given|provide|provided|disclose|disclosed|reveal|revealed|release|released)"
    r"\s+(?:a|the|any)\s+cause\b",
    re.IGNORECASE,
)
"""A cause said to be unknown or untold: "The cause of the fire is not yet known", "The cause of death
was not disclosed", "The source of the outbreak has not been identified" (or never), "Investigators have not
yet determined the cause of the blast", "it was too early to say what caused the derailment", "The family
did not give a cause of death",
"Investigators have not yet determined what caused the crash", "It is unclear why the engine
failed" (not "It is not yet known how many people died": a count; not "The cause is under
investigation", which an inquiry with a likely cause in mind is too)."""
_TOLD = re.compile(
    r"\b(?:caused\s+by|(?:was|were)\s+caused|triggered\s+by|sparked\s+by|blamed\s+(?:[\w'\u2019-]+\s+){1,5}?(?:on|for)"
    r"|blamed\s+an?\s+[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,3}"
    r"|(?:the\s+)?(?:likely|probable|main|most\s+likely)\s+cause"
    r"|\bas\s+the\s+cause\b"
    r"|\bcause\s+(?:of\s+[^.;,]{1,60}?\s+)?(?:was|is)\s+(?!not\b|still\b|unknown|unclear|under\b|being\b|yet\b)"
    r"|caused\s+(?:the|a|an)\s+[^\W\d_]+"
    r"|\b(?:was|were|had\s+been)\s+(?:started|ignited|set\s+off)\s+by\s+(?:an?|the)\s+"
    r"|\b(?:died|dies|dying)\s+(?:of|from)\s+(?!(?:his|her|their)\s+injuries\b)[^\W\d_]+)",
    re.IGNORECASE,
)
"""A cause told: "a landslide caused by heavy rain", "blamed a faulty update for the outage",
"Hellenic Train blamed a faulty rail switch", "an electrical fault was the likely cause", "identified a
faulty engine as the cause of the crash", "the fire was started by a welding torch", "The cause
of the derailment was a mechanical problem", "She died of heart failure" (not "died from his
injuries", which tells no cause of the event)."""
_SUPPOSED_BEFORE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|probably|believes?|believed|suspects?|suspected|thinks?|thought)\b[^.;]*$",
    re.IGNORECASE,
)
"""A cause only supposed ("a bird strike may have caused the fire", "Investigators believe bad
weather caused the crash"): no cause told."""
_SUPPOSED_REACH = 40
"""How far before a cause told a word supposing it may stand."""
_ASKED_BEFORE = re.compile(r"\b(?:what|why|how)\s+$", re.IGNORECASE)
"""A cause asked after ("have not yet determined what caused the crash"): no cause told."""
_UNKNOWN_WORDS = frozenset(
    "known unknown clear unclear determined established identified confirmed determine establish identify "
    "disclosed released public early give given provide provided disclose reveal revealed release".split()
)
"""Words one of which a statement saying a cause is unknown holds."""
_TOLD_WORDS = frozenset(
    (
        "cause",
        "causes",
        "caused",
        "blamed",
        "triggered",
        "sparked",
        "died",
        "dies",
        "dying",
        "started",
        "ignited",
        "set",
    )
)
"""Words one of which a statement telling a cause holds."""


def tells_a_cause(reading: Reading) -> bool:
    """Whether a statement tells what caused its event, outright."""
    return (
        not reading.words.isdisjoint(_TOLD_WORDS)
        and _told(reading.text) is not None
        and not _UNKNOWN.search(reading.text)
    )


def tells_no_cause_is_known(reading: Reading) -> bool:
    """Whether a statement says what caused its event is not yet known."""
    if reading.words.isdisjoint(_UNKNOWN_WORDS):
        return False
    return _UNKNOWN.search(reading.text) is not None and _told(reading.text) is None


def cause_untold_between(reading: Reading, start: int, end: int) -> bool:
    """Whether a stretch of a statement (a clause) only says the cause of its event is not known or not
    told ("The family did not give a cause of death"): it denies nothing of the event itself."""
    return not reading.words.isdisjoint(_UNKNOWN_WORDS) and _UNKNOWN.search(reading.text, start, end) is not None


def cause_still_sought(reading: Reading) -> bool:
    """Whether a statement says what caused its event is not yet known, or is still being looked
    into ("The cause of the fire is under investigation"): no rival of a cause told (an inquiry may
    have a likely cause in mind), but one claim with another saying it is not known ("Investigators
    have not determined what started the fire")."""
    if tells_no_cause_is_known(reading):
        return True
    return not reading.words.isdisjoint(_SOUGHT_WORDS) and _SOUGHT.search(reading.text) is not None


_SOUGHT = re.compile(
    r"\b(?:causes?|source|origin)\b(?:\s+of\s+[^.;,]{1,60}?)?\s+(?:is|was|are|were|remains|remained)\s+(?:still\s+)?"
    r"(?:under\s+investigation|being\s+investigated)"
    r"|\binvestigating\s+(?:the\s+cause|what\s+(?:caused|started|triggered|sparked))\b",
    re.IGNORECASE,
)
_SOUGHT_WORDS = frozenset(("investigation", "investigated", "investigating"))


def motive_still_sought(reading: Reading) -> bool:
    """Whether a statement says the motive of its deed is not yet known ("The FBI said it had not
    identified a motive", "Investigators have not yet found a motive", "The motive remains unclear")."""
    return "motive" in reading.words and _MOTIVE_UNKNOWN.search(reading.text) is not None


_MOTIVE_UNKNOWN = re.compile(
    r"\b(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:identified|found|established|determined|known|given|disclosed|released)"
    r"\s+(?:a|any|the)\s+(?:possible\s+)?motive\b"
    r"|\bmotive\b(?:\s+for\s+[^.;,]{1,60}?)?\s+(?:is|was|remains|remained)\s+(?:still\s+)?"
    r"(?:unknown|unclear|not\s+(?:yet\s+)?(?:known|clear))"
    r"|\bno\s+motive\s+(?:has|had)\s+(?:yet\s+)?been\s+(?:identified|found|established|given)",
    re.IGNORECASE,
)


def cause_told_against_unknown(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells of the cause, when one tells it and the other says it is not yet known."""
    for told, unknown, swapped in ((a, b, False), (b, a, True)):
        if not tells_a_cause(told) or not tells_no_cause_is_known(unknown):
            continue
        cause, not_known = _told(told.text), _UNKNOWN.search(unknown.text)
        if cause is None or not_known is None:
            continue
        spans = _trimmed(told.text, cause.span()), _trimmed(unknown.text, not_known.span())
        return (spans[1], spans[0]) if swapped else spans
    return None


def _told(text: str) -> re.Match[str] | None:
    """The first cause a statement tells outright (not "may have caused", not "what caused")."""
    for told in _TOLD.finditer(text):
        start = told.start()
        supposed = _SUPPOSED_BEFORE.search(text, max(0, start - _SUPPOSED_REACH), start)
        if not (supposed or _ASKED_BEFORE.search(text, max(0, start - 10), start)):
            return told
    return None


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A span without the spaces it ends on ("caused the ")."""
    start, end = span
    return start, len(text[:end].rstrip())


def causes_apart(a: Reading, b: Reading) -> bool:
    """Whether each tells outright what caused its event, and each names in its cause a word the other's lacks ("caused
    by a configuration file that grew too large" / "a cyber attack had caused the outage", "caused by a fuel leak" / "an
    oxygen leak was the likely cause"): two claims of why, not one. Not a conflict by itself: one cause may have led to
    the other. One naming its cause more closely than the other tells it alike ("a faulty switch" / "a faulty rail
    switch")."""
    if not (tells_a_cause(a) and tells_a_cause(b)):
        return False
    cause_a, cause_b = _cause_named(a.text), _cause_named(b.text)
    if not (cause_a and cause_b):
        return False
    return cause_a.isdisjoint(cause_b) or _kinds_of_one_thing(_cause_phrase(a.text), _cause_phrase(b.text))


def _kinds_of_one_thing(phrase_a: str, phrase_b: str) -> bool:
    """Whether two phrases end on one word, each with a word of its own right before it ("a fuel leak" / "an oxygen
    leak"): two kinds of the thing; not "unusually high waves caused by a volcanic eruption" / "waves from the
    eruption", nor "a faulty switch" / "a faulty rail switch"."""
    words_a, words_b = tokenize(phrase_a), tokenize(phrase_b)
    if len(words_a) < 2 or len(words_b) < 2 or words_a[-1].term != words_b[-1].term:
        return False
    kind_a, kind_b = words_a[-2], words_b[-2]
    return (
        is_meaningful(kind_a)
        and is_meaningful(kind_b)
        and kind_a.term not in {word.term for word in words_b}
        and kind_b.term not in {word.term for word in words_a}
    )


def _cause_named(text: str) -> frozenset[str]:
    """The terms of the cause a statement names (`_cause_phrase`)."""
    return meaningful_terms(_cause_phrase(text))


def _cause_phrase(text: str) -> str:
    """The words of the cause a statement names: after "caused by", "triggered by" or "sparked by", or before "caused
    the ..." or "was the likely cause" (after what says it)."""
    after = _CAUSED_BY.search(text)
    if after is not None:
        return after.group("cause")
    before = _CAUSED_THE.search(text) or _WAS_THE_CAUSE.search(text)
    if before is not None:
        return _SAID_THAT.split(before.group("cause"))[-1]
    return ""


_CAUSED_BY = re.compile(
    r"\b(?:caused|triggered|sparked)\s+by\s+(?P<cause>[^,.;]+?)(?=\s+(?:that|which|who)\b|[,.;]|$)", re.IGNORECASE
)
_CAUSED_THE = re.compile(
    r"(?P<cause>[^,.;]+?)\s+(?:had\s+|has\s+)?(?:caused|triggered|sparked)\s+(?:the|a|an)\b",
    re.IGNORECASE,
)
_WAS_THE_CAUSE = re.compile(
    r"(?P<cause>[^,.;]+?)\s+(?:was|is)\s+(?:the\s+)?(?:likely|probable|main|most\s+likely)\s+cause\b", re.IGNORECASE
)
_SAID_THAT = re.compile(r"\b(?:said|says|say|believe|believes|think|thinks|that)\b", re.IGNORECASE)


DELIBERATE, NATURAL, ACCIDENTAL = "deliberate", "natural", "accidental"
_KINDS_OF_CAUSE = (
    (
        DELIBERATE,
        re.compile(r"\b(?:arson(?:ists?)?|deliberately|intentionally|on\s+purpose|deliberate\s+attack)\b", re.I),
    ),
    (
        NATURAL,
        re.compile(
            r"\b(?:by|after)\s+(?:a\s+)?lightning\b|\blightning\s+(?:strikes?|bolts?|hit|struck)\b"
            r"|\b(?:caused|started|sparked)\s+by\s+(?:[a-z]+\s+){0,2}?(?:temperatures|heat|heatwave|winds|drought)\b",
            re.I,
        ),
    ),
    (
        ACCIDENTAL,
        re.compile(
            r"\b(?:accidental(?:ly)?|by\s+accident|(?:a\s+)?discarded\s+cigarettes?|sparks?\s+from)\b", re.IGNORECASE
        ),
    ),
)
"""Kinds of cause that exclude each other: set on purpose ("arrested on suspicion of starting the fire
deliberately", "an investigation for arson"), by nature ("caused by a lightning strike", "caused by high temperatures
and strong winds") or by mishap ("started
accidentally by sparks from a train", "caused by a discarded cigarette")."""
_KIND_WORDS = frozenset(
    "arson arsonist arsonists deliberately intentionally purpose deliberate lightning accidental accidentally "
    "accident cigarette cigarettes spark sparks temperatures heat heatwave winds drought".split()
)
_KIND_TERMS = frozenset(word_term(word) for word in _KIND_WORDS)
_DOUBTED_BEFORE = re.compile(
    r"\b(?:not|n['\u2019]t|no|never|whether|if|ruled?\s+out|rules\s+out|ruling\s+out|denied|denies)\b[^.;]*$",
    re.IGNORECASE,
)
"""Words before a kind of cause that leave it open or deny it ("did not suspect arson", "had not ruled out arson",
"investigating whether the fire was started deliberately"): no kind told."""


def kind_of_cause(reading: Reading) -> tuple[str, tuple[int, int]] | None:
    """The kind of cause a statement tells of its event, set on purpose, by nature or by mishap, and where it says
    so; none when it only asks or denies it."""
    if reading.words.isdisjoint(_KIND_WORDS):
        return None
    for kind, told in _KINDS_OF_CAUSE:
        found = told.search(reading.text)
        if found is not None and not _DOUBTED_BEFORE.search(reading.text, 0, found.start()):
            return kind, found.span()
    return None


def kinds_of_cause_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells the kind of its event's cause, when one says it was set on purpose, by nature or by mishap
    and the other another of them ("The fire ... is believed to have been set deliberately" / "Police said the fire
    was caused by a lightning strike"): they cannot both be true, though they share little but the fire. They
    must share that (a word besides the kinds and who says them): "accidentally shot" and "struck by lightning"
    tell of two events."""
    kind_a, kind_b = kind_of_cause(a), kind_of_cause(b)
    if kind_a is None or kind_b is None or kind_a[0] == kind_b[0]:
        return None
    if not (a.terms & b.terms) - _KIND_TERMS - SAYING:
        return None
    return kind_a[1], kind_b[1]
