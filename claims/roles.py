"""Who does what to whom: "Arsenal beat Chelsea 2-1" / "Chelsea beat Arsenal 2-1" share every word
and every figure, yet say opposite things. Two statements naming the same two people or sides
with the same deed between them, each the other way round, contradict each other (claims.verdict);
a passive ("Chelsea were beaten by Arsenal") turns the order round, and a deed done together
("Arsenal drew with Chelsea", "Biden met Xi") has no sides to swap."""

from __future__ import annotations

import re
from itertools import permutations

from claims.lexicon import function_words
from claims.polarity import BE, meaningful_terms
from claims.reading import Reading
from claims.terms import TIME_WORDS, word_term

_TOGETHER = frozenset(
    word_term(word)
    for word in (
        "and with against versus vs between meet met talk talked speak spoke draw drew drawn tie tied "
        "play played face faced marry married fight fought clash clashed hold held join joined sign signed "
        "partner merge merged share shared"
    ).split()
)
"""Deeds done together, and words that join two names without a deed: no side does it to the other."""
_PASSIVE = frozenset(word_term(word) for word in (*BE, "by"))
"""Words of a deed told in the passive ("Chelsea were beaten by Arsenal", "Castillo was sentenced
on Thursday"), whose sides stand the other way round."""
_HAD = word_term("had")


def swapped_roles(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each writes the deed and its two sides, when the two statements give the same deed
    between the same two names the other way round ("Arsenal beat Chelsea" / "Chelsea beat
    Arsenal", "Microsoft agreed to buy Activision" / "Activision agreed to buy Microsoft"), or
    the same way between two places the other way round (`_swapped_route`), or one journey from
    or to one place told as going another way (`_journey_ends_apart`)."""
    journey = _journey_ends_apart(a, b) if "from" in a.words and "from" in b.words else None
    if journey is not None:
        return journey
    if len(a.capitalised & b.capitalised) < 2:
        return None  # most pairs: no two names in common, whatever they are
    route = _swapped_route(a, b)
    if route is not None:
        return route
    shared = _capitalised(a) & _capitalised(b)
    if len(shared) < 2:
        return None
    where_a, where_b = _first_places(a, shared), _first_places(b, shared)
    shared = frozenset(term for term in shared if not (_placed(a, where_a[term]) or _placed(b, where_b[term])))
    for first, second in permutations(sorted(shared), 2):
        if not (_in_turn(where_a[first], where_a[second]) and _in_turn(where_b[second], where_b[first])):
            continue
        deeds_a = _between(a, where_a[first], where_a[second])
        deeds_b = _between(b, where_b[second], where_b[first])
        deeds = (deeds_a & deeds_b) - _TOGETHER - function_words() - shared
        if not deeds or _passive(a, deeds_a) != _passive(b, deeds_b):
            continue  # nothing done between them, or one tells it in the passive
        if (_HAD in deeds_a) != (_HAD in deeds_b):
            continue  # "Duarte had beaten Sokolova in each of their last four matches": an earlier time
        told_a, told_b = _told_at(a, first, second), _told_at(b, second, first)
        if told_a is not None and told_b is not None:
            return told_a, told_b
    return None


def _capitalised(reading: Reading) -> frozenset[str]:
    """Terms written capitalised, the first word too (a statement opens with its subject's name:
    "Arsenal beat Chelsea"), that are no function word ("The") nor a time ("Thursday")."""
    return reading.capitalised - function_words() - TIME_WORDS


_WHERE = frozenset("near from in inside outside across".split())
"""Words before a name that make it where a deed was done, not a side of it ("freed from Ofer jail
near Ramallah")."""


def _placed(reading: Reading, position: int) -> bool:
    """Whether the name at a place among the statement's words follows a word of where."""
    return position > 0 and reading.tokens[position - 1].surface in _WHERE


def _passive(reading: Reading, deed: frozenset[str]) -> bool:
    """Whether a deed is told in the passive: with "was" or "by", or as a headline tells who was chosen,
    leaving the "was" out ("Friedrich Merz elected German chancellor at second attempt")."""
    return not deed.isdisjoint(_PASSIVE) or (
        not deed.isdisjoint(_CHOSEN) and _CHOSEN_AS.search(reading.text) is not None
    )


_CHOSEN = frozenset(word_term(word) for word in "elected appointed named chosen nominated".split())
_CHOSEN_AS = re.compile(
    r"\b(?:elected|appointed|named|chosen|nominated)\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:chancellor|president|prime\s+minister|minister|mayor|pope|leader|governor|speaker|chair(?:man|woman)?"
    r"|chief|head|secretary|captain|coach|manager)\b"
)
"""One chosen for a post, told without "was" and without whom they were chosen by ("Merz elected German
chancellor"): the passive a headline writes, not who chose whom."""


def _first_places(reading: Reading, terms: frozenset[str]) -> dict[str, int]:
    """Where each of the terms is first said, by its place among the statement's words."""
    found: dict[str, int] = {}
    for position, token in enumerate(reading.tokens):
        if token.term in terms:
            found.setdefault(token.term, position)
    return found


def _in_turn(doer: int, done_to: int) -> bool:
    """Whether one name stands before the other with a deed between, within DEED_REACH words."""
    return 1 < done_to - doer <= DEED_REACH


def _told_at(reading: Reading, doer: str, done_to: str) -> tuple[int, int] | None:
    """Where the two names and the deed between them are written, if in one stretch of the
    sentence (no comma): "Arsenal beat Chelsea", "Microsoft agreed to buy Activision"; not
    "Richard Hale, the former mayor, was convicted" set against "found former mayor Richard Hale
    guilty"."""
    where_doer, where_done_to = reading.first_word(doer), reading.first_word(done_to)
    if where_doer is None or where_done_to is None or where_done_to[0] < where_doer[1]:
        return None
    if _PAUSES.intersection(reading.text[where_doer[1] : where_done_to[0]]):
        return None
    if _ON_BEHALF_BEFORE.search(reading.text, where_doer[1], where_done_to[0]):
        return None  # "Fermin Lopez equalised for Barcelona" / "Barcelona levelled through Fermin Lopez": one goal
    return where_doer[0], where_done_to[1]


_ON_BEHALF_BEFORE = re.compile(
    r"\b(?:for|through|via|thanks\s+to|courtesy\s+of)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}$"
)
"""Before the second name, words that make it the side a deed is done for or the one it is done
through, not the one it is done to: either way round, the same deed between the two."""


DEED_REACH = 4
"""How many words on a deed's doer stands from whom it is done to ("agreed to buy")."""
_PAUSES = frozenset(",;:()\u2013\u2014")


def _between(reading: Reading, start: int, end: int) -> frozenset[str]:
    """The terms said between two places among the statement's words."""
    return frozenset(token.term for token in reading.tokens[start + 1 : end])


_NAME = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
_ROUTE = re.compile(rf"\b[Ff]rom\s+(?:the\s+)?(?P<origin>{_NAME})\s+to\s+(?:the\s+)?(?P<destination>{_NAME})")
"""A way from one named place to another: "from Dover to Calais", "from Libya to the Italian island"."""


def _swapped_route(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each writes a way between two named places when one goes from the first to the
    second and the other back ("The ferry was travelling from Dover to Calais" / "... from
    Calais to Dover"; a player's move "from Chelsea to Arsenal"), and neither tells both ways."""
    routes_a = _routes(a)
    routes_b = _routes(b) if routes_a else {}
    for (origin, destination), where_a in routes_a.items():
        back = (destination, origin)
        if back in routes_b and back not in routes_a and (origin, destination) not in routes_b:
            return where_a, routes_b[back]
    return None


_PLACE_OF = r"(?:the\s+)?(?:(?:town|city|port|island|village|capital)\s+of\s+)?"
_JOURNEY = re.compile(
    rf"\b(?:sailing|sailed|travelling|traveling|travelled|traveled|heading|headed|flying|bound|en\s+route|"
    rf"on\s+(?:its|their|her|his)\s+way|making\s+(?:its|the)\s+(?:way|crossing|journey))\s+"
    rf"from\s+{_PLACE_OF}(?P<origin>{_NAME})\s+to\s+{_PLACE_OF}(?P<destination>{_NAME})"
)
"""One journey under way from a named place to another ("had been sailing from Zamboanga City to
the town of Lamitan", "was heading from Lyon to Geneva"): a vehicle on its way goes one way, where
"Flights from London to Paris" are a service among others."""


def _journey_ends_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each writes a journey under way (`_JOURNEY`), when the two set out from one place and
    end in places that share no name, or end in one place and set out from two ("from Zamboanga
    City to the town of Lamitan" / "from Zamboanga to Jolo")."""
    for mine in _JOURNEY.finditer(a.text):
        for theirs in _JOURNEY.finditer(b.text):
            origins = _words_of(mine["origin"]) & _words_of(theirs["origin"])
            destinations = _words_of(mine["destination"]) & _words_of(theirs["destination"])
            if bool(origins) != bool(destinations):
                return (mine.start("origin"), mine.end()), (theirs.start("origin"), theirs.end())
    return None


def _words_of(name: str) -> frozenset[str]:
    """The terms of a place's name but those of its kind ("Zamboanga City": Zamboanga)."""
    return frozenset(word_term(word) for word in name.split()) - _KINDS_OF_PLACE


_KINDS_OF_PLACE = frozenset(word_term(word) for word in ("City", "Town", "Port", "Island", "Islands", "Bay"))


def _routes(reading: Reading) -> dict[tuple[str, str], tuple[int, int]]:
    """The ways between two named places a statement tells (not spans of time: "from January to
    March"), each with where it is written."""
    found: dict[tuple[str, str], tuple[int, int]] = {}
    for match in _ROUTE.finditer(reading.text):
        origin, destination = (match[part].split() for part in ("origin", "destination"))
        if word_term(origin[0]) not in TIME_WORDS and word_term(destination[0]) not in TIME_WORDS:
            ends = (" ".join(map(word_term, origin)), " ".join(map(word_term, destination)))
            found.setdefault(ends, (match.start("origin"), match.end("destination")))
    return found


def doers_apart(a: Reading, b: Reading) -> bool:
    """Whether the two name different doers of one deed done to one thing, one of them in the passive
    ("Labour requested the recount" / "The recount was requested by Reform"): two claims of who did it,
    not one, though both may be true ("Germany condemned the attack" / "The attack was condemned by
    France")."""
    if "by" not in a.words and "by" not in b.words:
        return False
    for passive, other in ((a, b), (b, a)):
        done = _DONE_BY.match(passive.text)
        if done is None:
            continue
        doing = _DONE_BY.match(other.text) or _DOING_TO.match(other.text)
        if doing is None or word_term(done["deed"]) != word_term(doing["deed"]):
            continue
        thing, other_thing = meaningful_terms(done["thing"]), meaningful_terms(doing["thing"])
        doer, other_doer = meaningful_terms(done["doer"]), meaningful_terms(doing["doer"])
        if (
            thing
            and other_thing
            and (thing <= other_thing or other_thing <= thing)
            and doer
            and other_doer
            and doer.isdisjoint(other.terms)
            and other_doer.isdisjoint(passive.terms)
        ):
            return True
    return False


_DOER = r"(?:[Tt]he\s+)?(?P<doer>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}(?:\s+[a-z]+){0,2}?)"
"""A named doer, perhaps with what of the name does it ("the US embassy", "Lukashenko's press office")."""
_DONE_BY = re.compile(
    rf"^(?P<thing>[^,;]+?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?P<deed>[a-z]+ed)\s+by\s+{_DOER}"
)
"""A deed told in the passive with its doer named ("The recount was requested by Reform")."""
_DOING_TO = re.compile(rf"^{_DOER}\s+(?P<deed>[a-z]+ed)\s+(?P<thing>[^,;.]+)")
"""A named doer opening a statement with its deed and what it was done to ("Labour requested the recount")."""


def chosen_apart(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each names who was chosen, when the two name different people chosen for one post or
    honour, each opening on the name ("Yoshinobu Yamamoto ... was named the series MVP" / "Shohei
    Ohtani was named the World Series MVP", "Robert Prevost was elected pope" / "Pietro Parolin was
    elected pope", "Kenya's John Korir won the men's race" / "Ethiopia's Tadese Takele won the men's race"): one post or
    prize, two holders. Not a post one of several hold ("was named a director")."""
    if a.words.isdisjoint(_CHOOSING) or b.words.isdisjoint(_CHOOSING):
        return None  # most pairs: no one chosen, and no pattern need be tried
    chosen_a, chosen_b = _CHOSEN_FOR.match(a.text), _CHOSEN_FOR.match(b.text)
    if chosen_a is None or chosen_b is None:
        return None
    post_a, post_b = meaningful_terms(chosen_a["post"]), meaningful_terms(chosen_b["post"])
    who_a, who_b = meaningful_terms(chosen_a["who"]), meaningful_terms(chosen_b["who"])
    if not (post_a and post_b and (post_a <= post_b or post_b <= post_a)) or not who_a.isdisjoint(who_b):
        return None
    if not who_a.isdisjoint(b.terms) or not who_b.isdisjoint(a.terms):
        return None  # the other names the same person too
    return chosen_a.span("who"), chosen_b.span("who")


_CHOSEN_FOR = re.compile(
    r"^(?P<who>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){1,3})(?:,[^,]{1,80},)?\s+(?:(?:was|has\s+been|had\s+been)\s+"
    r"(?:named|elected|chosen|voted|appointed)\s+(?:as\s+)?(?:the\s+)?|won\s+the\s+)(?!an?\s)(?P<post>[^,.;]{2,60})"
)
"""A person named at the opening, then what they were chosen as or won ("Shohei Ohtani was named the World Series
MVP", "Yoshinobu Yamamoto, who pitched on no days' rest, was named the series MVP", "Kenya's John Korir won the
men's race")."""
_CHOOSING = frozenset("named elected chosen voted appointed won".split())
"""The words `_CHOSEN_FOR` needs, one of them in each statement."""
