"""A decision told as still open against one told as taken: "Stellan said it had not yet decided
whether to appeal" / "Stellan said it would appeal", "Berg says no decision yet on tank purchase" /
"Berg confirms purchase of 40 tanks", "The government has not yet decided whether to declare a
state of emergency" / "Meloni said the government would declare a state of emergency". The open one
denies only the deciding, so no negation of the other's words is seen, yet the two cannot both be
true; a decision told either way ("would not appeal") closes it too (claims.verdict)."""

from __future__ import annotations

import re

from claims.reading import Reading
from claims.terms import tokenize

_OPEN = re.compile(
    r"\b(?:(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:decided|made\s+(?:a|any|its|their|his|her)\s+(?:final\s+)?decision)"
    r"|yet\s+to\s+decide|still\s+deciding|undecided"
    r"|no\s+(?:final\s+)?decision(?:\s+(?:had|has|have)\s+been\s+(?:made|taken)|\s+was\s+(?:made|taken))?)"
    r"(?:\s+yet)?(?:\s+(?P<verb_follows>(?:whether|if)\s+(?:or\s+not\s+)?to)|\s+(?:on|about|over|regarding)(?:\s+(?:an?|the|any))?)"
    r"\s+(?P<thing>[^.,;:]*)",
    re.IGNORECASE,
)
"""A decision left open, with what it is on: "has not yet decided whether to appeal", "no decision
yet on tank purchase", "is yet to decide whether to run", "no decision had been made on an appeal"."""
_DECIDING_WORDS = frozenset(("decided", "decide", "deciding", "undecided", "decision"))
"""Words one of which a statement leaving a decision open holds."""
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
    return None


def decision_left_open(reading: Reading) -> str | None:
    """The term of what a statement says is still to be decided ("has not yet decided whether to
    run again": run), if it says so."""
    if reading.words.isdisjoint(_DECIDING_WORDS):
        return None
    left_open = _OPEN.search(reading.text)
    return _what_is_decided(left_open) if left_open is not None else None


def decides(reading: Reading, key: str) -> bool:
    """Whether a statement tells a decision on the thing of term `key` as made ("said he would run
    for a fifth term")."""
    return key in reading.terms and _decision_taken(reading.text, key) is not None


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
