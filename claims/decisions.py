"""A decision told as still open against one told as taken: "Stellan said it had not yet decided
whether to appeal" / "Stellan said it would appeal", "Berg says no decision yet on tank purchase" /
"Berg confirms purchase of 40 tanks", "The government has not yet decided whether to declare a
state of emergency" / "Meloni said the government would declare a state of emergency". The open one
denies only the deciding, so no negation of the other's words is seen, yet the two cannot both be
true; a decision told either way ("would not appeal") closes it too (claims.verdict). So does a
date: "No date has been set for new talks" / "Talks between KLM and the unions will resume on
Monday"."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.terms import tokenize

_OPEN = re.compile(
    r"\b(?:(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:decided|made\s+(?:a|any|its|their|his|her)\s+(?:final\s+)?decision"
    r"|(?:say|said|disclose|disclosed|reveal|revealed|indicate|indicated)(?=\s+(?:whether|if)\s))"
    r"|yet\s+to\s+decide|still\s+deciding|undecided|before\s+deciding|(?:will|would)\s+(?:then\s+)?decide"
    r"|no\s+(?:final\s+)?decision(?:\s+(?:had|has|have)\s+been\s+(?:made|taken)|\s+was\s+(?:made|taken))?"
    r"|(?:is|was|are|were)\s+(?:still\s+)?(?:considering|weighing|mulling)(?=\s+(?:an?|the|whether|if)\s))"
    r"(?:\s+yet)?(?:\s+(?P<verb_follows>(?:whether|if)\s+(?:or\s+not\s+)?to"
    r"|(?:whether|if)\s+(?:he|she|it|they)\s+(?:would|will|planned\s+to|plans\s+to|intends\s+to|intended\s+to))"
    r"|\s+(?:on|about|over|regarding)(?:\s+(?:an?|the|any))?|(?<=ing)\s+(?:an?|the))"
    r"\s+(?P<thing>[^.,;:]*)",
    re.IGNORECASE,
)
"""A decision left open, with what it is on: "has not yet decided whether to appeal", "no decision
yet on tank purchase", "is yet to decide whether to run", "no decision had been made on an appeal",
"would study the ruling before deciding whether to appeal", "was considering an appeal", "did not say whether it
would challenge the ruling" (a decision not made known is not told as taken)."""
_DATE_OPEN = re.compile(
    r"\bno\s+(?:new\s+|firm\s+)?date\s+(?:(?:has|had)\s+(?:yet\s+)?been\s+|was\s+|is\s+)?"
    r"(?:set|fixed|announced|scheduled|agreed)?\s*(?:yet\s+)?for\s+(?P<thing>[^.,;:]*)"
    r"|\bdate\s+(?:for|of)\s+(?P<thing2>[^.,;:]*?)\s+(?:(?:has|had)\s+(?:not\s+(?:yet\s+)?been|yet\s+to\s+be)"
    r"|(?:is|was)\s+(?:not|yet\s+to\s+be)(?:\s+yet)?)\s+(?:set|fixed|announced|scheduled|agreed)\b",
    re.IGNORECASE,
)
"""A date left open, with what it is for: "No date has been set for new talks", "no date yet for the
trial", "The date for the vote has not yet been set"."""
_DATE_SET = re.compile(
    r"\b(?:will|would|['\u2019]ll|(?:is|are|was|were)\s+(?:due|scheduled|set|expected|planned|to)"
    r"|(?:has|have|had)\s+been\s+(?:scheduled|set|planned))\b[^.;]*?"
    r"\b(?:on|for|in|from|by|next|this)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|week|month|\d)",
    re.IGNORECASE,
)
"""A date told for what is still to come: "will resume on Monday", "is scheduled for 4 March", "are due
to meet next week"."""
_WHEN = "when:"
"""Before the term of what a date is for, in the key `decision_left_open` gives for a date left open."""
_DECIDING_WORDS = frozenset(
    "decided decide deciding undecided decision date considering weighing mulling say said disclose disclosed reveal"
    " revealed indicate indicated".split()
)
"""Words one of which a statement leaving a decision or a date open holds."""
_DECIDED = re.compile(
    r"\b(?:will|would|['\u2019]ll|shall|plans?\s+to|planned\s+to|intends?\s+to|intended\s+to|(?:is|are|was|were)\s+going\s+to"
    r"|(?:has\s+|had\s+)?decided\s+to|agreed\s+to|confirm(?:s|ed)?|announced)"
    r"(?:\s+(?:not|never))?\s+(?P<thing>[^.,;:]*)",
    re.IGNORECASE,
)
"""A decision told as taken, either way: "would appeal", "will not appeal", "confirms purchase of
40 tanks", "decided to declare a state of emergency"."""
_STILL_WEIGHING = re.compile(r"\s*(?:consider|weigh|study|review|decide|look\s+at|think\s+about)", re.IGNORECASE)
"""What a decision cue may open that leaves the decision open still ("would consider an appeal")."""
_NOUN_PHRASE_END = re.compile(r"\s+(?:of|for|by|to|in|on|at|with|from|after|before|until|because|as|and|but|or)\b")
_WORDS_WEIGHED = 4
"""How many words after a decision cue may name what was decided ("confirms purchase of 40 tanks")."""
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def decision_open_against_taken(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells of one decision, when one says it is still to be made and the other that
    it was made: the open one's verb ("whether to appeal") or the head of what it is on ("on tank
    purchase") is among the few words after the other's decision cue."""
    for open_, closed, swapped in ((a, b, False), (b, a, True)):
        if open_.words.isdisjoint(_DECIDING_WORDS):
            continue  # most statements leave no decision open: their words say so before any pattern is tried
        left_open = _OPEN.search(open_.text)
        if left_open is None or _OPEN.search(closed.text):
            continue
        key = _what_is_decided(left_open)
        if key is None:
            continue
        taken = _decision_taken(closed.text, key)
        if taken is not None:
            shown = _through(open_.text, left_open.start("thing"), key) or left_open.start("thing")
            where_open = left_open.start(), shown
            return (taken, where_open) if swapped else (where_open, taken)
    return _date_open_against_set(a, b)


def _date_open_against_set(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells of the date of one thing to come, when one says it is not yet set and the
    other gives it."""
    for open_, closed, swapped in ((a, b, False), (b, a, True)):
        key = decision_left_open(open_)
        if key is None or not key.startswith(_WHEN) or not decides(closed, key):
            continue
        left_open, dated = _DATE_OPEN.search(open_.text), _DATE_SET.search(closed.text)
        if left_open is not None and dated is not None:  # both found, as the key and `decides` tell
            return (dated.span(), left_open.span()) if swapped else (left_open.span(), dated.span())
    return None


def decision_left_open(reading: Reading) -> str | None:
    """The term of what a statement says is still to be decided ("has not yet decided whether to
    run again": run), if it says so."""
    if reading.words.isdisjoint(_DECIDING_WORDS):
        return None
    left_open = _OPEN.search(reading.text)
    if left_open is not None:
        return _what_is_decided(left_open)
    date_open = _DATE_OPEN.search(reading.text)
    dated = _what_is_dated(date_open) if date_open is not None else None
    return f"{_WHEN}{dated}" if dated is not None else None


def decides(reading: Reading, key: str) -> bool:
    """Whether a statement tells a decision on the thing of term `key` as made ("said he would run
    for a fifth term"), or the date of what a key for a date names ("will resume on Monday")."""
    if key.startswith(_WHEN):
        dated = _DATE_SET.search(reading.text) is not None and not _DATE_OPEN.search(reading.text)
        return decided_thing(key) in reading.terms and dated
    return key in reading.terms and _decision_taken(reading.text, key) is not None


def decided_thing(key: str) -> str:
    """The term of what a key `decision_left_open` gives is on (a date's: what it is for)."""
    return key.removeprefix(_WHEN)


def _what_is_decided(left_open: re.Match[str]) -> str | None:
    """The term of what an open decision is on: the verb after "whether to", else the head of the
    noun phrase after "on" ("tank purchase": purchase)."""
    thing = left_open.group("thing")
    if not left_open.group("verb_follows"):
        end = _NOUN_PHRASE_END.search(thing)
        thing = thing[: end.start()] if end is not None else thing
    terms = [token.term for token in tokenize(thing) if token.meaningful]
    if not terms:
        return None
    return terms[0] if left_open.group("verb_follows") else terms[-1]


def _what_is_dated(date_open: re.Match[str]) -> str | None:
    """The term of what a date left open is for: the head of the noun phrase ("new talks": talk)."""
    thing = date_open.group("thing") or date_open.group("thing2") or ""
    end = _NOUN_PHRASE_END.search(thing)
    terms = [token.term for token in tokenize(thing[: end.start()] if end is not None else thing) if token.meaningful]
    return terms[-1] if terms else None


def _decision_taken(text: str, key: str) -> tuple[int, int] | None:
    """Where a statement tells a decision on the thing of term `key` as made."""
    for decided in _DECIDED.finditer(text):
        if _STILL_WEIGHING.match(text, decided.start("thing")):
            continue
        end = _through(text, decided.start("thing"), key)
        if end is not None:
            return decided.start(), end
    return None


def _through(text: str, start: int, key: str) -> int | None:
    """The end of the word of term `key` among the few words from `start` ("would declare a state of
    emergency": declare), if it is there."""
    for count, word in enumerate(_WORD.finditer(text, start)):
        if count == _WORDS_WEIGHED:
            break
        if any(token.term == key for token in tokenize(word.group())):
            return word.end()
    return None
