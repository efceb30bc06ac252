"""What a statement says in passing: who or what a name is, set off by commas.

"Advanced Micro Devices announced a deal to acquire SeaMicro, a maker of microservers and data
center fabric technology, for $334 million" claims a deal; the description of SeaMicro is
background another report may leave out or word otherwise ("low-power server vendor
SeaMicro"). Its words count for little when two statements are compared, as a source's name
does (claims.attribution): what two statements share in their claims decides.
"""

from __future__ import annotations

import re

from claims.lexicon import function_words

_PARTICIPLES = frozenset(("founded", "based", "born", "established", "headquartered"))
_OPENER = re.compile(r",\s+(an?|the|who|whose|which|" + "|".join(_PARTICIPLES) + r")\s+")
"""A comma, then what opens an appositive ("SeaMicro, a maker of ...", "Lumen, founded in
2015 ...") or a relative clause ("Jeffs, who has argued ...")..."""
_STOP = re.compile(r"[,;\"\u201c\u201d\u2013\u2014]")
"""... up to the next comma, semicolon, dash, quote or the end."""
_ROLE_HELD = re.compile(
    r"(?:was|had\s+been|served\s+as)\s+(?:the|a|an|his|her|their|[A-Z]|(?:president|mayor|minister|chief|head|"
    r"chair|chairman|chairwoman|governor|director|coach|manager|leader|secretary|senator|member)\b)"
)
"""After "who", a role a person held ("Rui Carvalho, who was Lisbon's deputy mayor until 2020, was
sentenced ...", "Toledo, who was president of Peru from 2001 to 2006"): who they are, told in
passing; not a deed ("who was shot in 2019", "who joined in July 2023")."""
_ARTICLES = frozenset(("a", "an", "the"))
_DESCRIBING = _ARTICLES | _PARTICIPLES
"""Openers of an appositive, which must follow a name."""


def asides(text: str, relative: bool = True) -> list[tuple[int, int]]:
    """Where the statement describes a name in passing: an appositive after a name ("SeaMicro,
    an 80-employee Silicon Valley startup that ..."; after a participle that describes, after anything: "The party,
    founded in 2019, ..."), a relative clause after a name or set off
    on both sides ("Jeffs, who has argued ..., instructed"; "The quake, which struck at 1353,
    was felt"). Not the clause after an opening phrase ("In Athens, the police fired ..."), nor
    a closing "..., which killed three", which adds an event. relative: False for appositives and
    the relative clauses that tell a role a person held (`_ROLE_HELD`) only, where a year is no
    time of the claim's."""
    if ", " not in text:
        return []
    found: list[tuple[int, int]] = []
    opening: int | None = None
    for match in _OPENER.finditer(text):
        if found and match.start() == found[-1][1]:
            continue  # one aside per name: a second in a row may carry the claim ("the centre of the damaged area")
        opener = match.group(1)
        start = match.start(1)
        stop = _STOP.search(text, match.end())
        end = stop.start() if stop else len(text)
        if not relative and opener not in _DESCRIBING and not (opener == "who" and _ROLE_HELD.match(text, match.end())):
            continue
        if opener in _DESCRIBING or opener == "which":
            before = text[: match.start()].rstrip(")").rsplit(maxsplit=1)[-1:]
            named = bool(before) and before[0][:1].isupper()
            described = opener in _PARTICIPLES  # "The party, founded in 2019, ...": who it is, whatever its name
            if not (named or described or (opener == "which" and text.startswith(",", end))):
                continue
            if opening is None:
                opening = _opening_phrase_end(text)
            if match.start() <= opening:
                continue
        found.append((start, end))
    return found


def _opening_phrase_end(text: str) -> int:
    """Where a statement's opening phrase ends, if it starts with one ("In Athens, ...", "On
    Wednesday, ..."): a small word other than an article first, up to the first comma."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    if first in _ARTICLES or first not in function_words():
        return -1
    return text.find(",")
