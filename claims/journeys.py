"""Where the story's vehicle was coming from, going to and came down: "The ferry was travelling from Talise island to
Manado" / "The vessel had left Melonguane port that morning", "The bus was travelling from Lima to the city of Cusco"
/ "The bus, which had left Lima on Sunday evening, was heading to Ayacucho", "was diverted to Porto" / "made an
unscheduled landing in Lisbon". A ferry, a bus or a flight in the news has one such journey; two names for where it
set out from, where it was bound or where it came down cannot both be right, though the statements share little but
the vehicle (claims.told_once pairs the statements of each article telling it alike).

A place named within the other's ("set sail from Sicily" / "left Catania in Sicily", "flying from Wichita, Kansas" /
"taking off from Wichita") and a country against a town in it ("left Libya" / "left Tobruk") tell one journey at two
scales, not two journeys."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.lexicon import places
from claims.reading import Reading
from claims.terms import CAPITALISED_NAME
from claims.two_ways import Spans

_KIND_BEFORE = r"(?:(?:[\w'\u2019-]+\s+)?(?:port|city|town|island|village|capital|resort)\s+of\s+)"
_KIND_AFTER = r"(?:\s+(?:island|port|airport|station|harbour|harbor))"
_PLACE = r"(?:the\s+)?" + _KIND_BEFORE + r"?(?P<name>" + CAPITALISED_NAME + r")" + _KIND_AFTER + "?"
"""A place, with the words that say what kind it is ("the Libyan port of Zuwara", "the town of Lamitan", "Talise
island")."""
_WAY = r"(?:its|their|her|his)\s+way"
_ORIGIN = re.compile(
    r"\b(?:(?:travelling|traveling|flying|sailing|heading|driving|coming|arriving|en\s+route|bound|on\s+" + _WAY + r")"
    r"\s+from|departed(?:\s+from)?|left|set\s+(?:sail|off|out)\s+from|(?:took|taking|taken)\s+off\s+from"
    r"|(?:had\s+)?come\s+from|came\s+from|flown\s+in\s+from"
    r"|(?:flight|ferry|train|bus|service|crossing|voyage)\s+from)\s+" + _PLACE,
    re.IGNORECASE,
)
"""Where a journey set out from: "travelling from Talise island", "had left Melonguane port", "took off from Bern",
"arriving from the Turkish city of Izmir", "The flight from Frankfurt"."""
_ONWARD = re.compile(r"(?:,\s+" + CAPITALISED_NAME + r",)?\s+to\s+" + _PLACE, re.IGNORECASE)
"""Where a journey told from its start was bound, right after the start: "from Madison, Illinois, to Conway"."""
_DESTINATION = re.compile(
    r"\b(?:bound\s+for|headed\s+for|heading\s+(?:to|for)|on\s+" + _WAY + r"\s+to|en\s+route\s+to|destined\s+for"
    r"|(?:travelling|traveling|flying|sailing|driving)\s+to)\s+"
    + _PLACE
    + r"|\b(?P<bound>"
    + CAPITALISED_NAME
    + r")-bound\b",
    re.IGNORECASE,
)
"""Where a journey was bound: "bound for Honolulu", "heading to Ayacucho", "on its way to Cusco", "a London-bound
plane"."""
_LANDING = re.compile(
    r"\b(?:(?:diverted|divert|diverting|rerouted)\s+to|(?:landing|landed|land)\s+(?:safely\s+)?(?:in|at)"
    r"|(?:turned|turning|turn)\s+back\s+to|returned\s+to)\s+" + _PLACE,
    re.IGNORECASE,
)
"""Where a journey ended before its end, or was cut short: "diverted to Porto", "made an unscheduled landing in
Lisbon", "turned back to Bergamo"."""
_PLANNED = re.compile(r"\b(?:due|scheduled|set|supposed|expected|planned|meant)\s+to\s+$", re.IGNORECASE)
"""Before a landing, that it was only the plan ("was due to land in Denver"): where it was bound, not where it
landed."""
_VEHICLES = frozenset(
    "ferry ferries ship vessel boat plane jet flight aircraft airliner helicopter train bus coach truck lorry van "
    "minibus service cessna airbus boeing embraer yacht tanker freighter trawler".split()
)
"""Words of the vehicle whose journey it is: a person's journey ("The minister left Kyiv") is one of many."""
_SAILED_OR_FLOWN = frozenset(("sailing", "flying", "sail", "took", "taking", "taken"))
"""Words whose journey is a vehicle's, whatever it is called ("The KM Barcelona V was sailing from Talaud")."""


@dataclass(frozen=True)
class Journey:
    """Where a statement says its vehicle set out from and was bound for, each a name's span, None if not told."""

    origin: tuple[int, int] | None
    destination: tuple[int, int] | None
    landing: tuple[int, int] | None
    """Where it came down or turned back to, short of where it was bound."""


def journey_told(reading: Reading) -> Journey | None:
    """The one journey a statement tells of its vehicle, if it tells where it set out from, where it was bound or
    where it came down short of it, and names one place for each."""
    vehicle_named = not reading.words.isdisjoint(_VEHICLES)
    if not vehicle_named and reading.words.isdisjoint(_SAILED_OR_FLOWN):
        return None
    text = reading.text
    origins = [found for found in _ORIGIN.finditer(text) if vehicle_named or _sailed_or_flown(found)]
    destinations = [found.span(_name_group(found)) for found in _DESTINATION.finditer(text)]
    for origin in origins:
        onward = _ONWARD.match(text, origin.end())
        if onward is not None:
            destinations.append(onward.span("name"))
    landings = [
        found.span("name")
        for found in _LANDING.finditer(text)
        if vehicle_named and not _PLANNED.search(text, max(0, found.start() - 20), found.start())
    ]
    if any(len({_key(text, span) for span in spans}) > 1 for spans in (destinations, landings)) or (
        len({_key(text, o.span("name")) for o in origins}) > 1
    ):
        return None  # two journeys, or a leg of one
    if not (origins or destinations or landings):
        return None
    return Journey(
        origins[0].span("name") if origins else None,
        destinations[0] if destinations else None,
        landings[0] if landings else None,
    )


def journeys_apart(a: Reading, b: Reading) -> Spans | None:
    """Where each names where its vehicle set out from, where it was bound or where it came down, when the two name
    different places."""
    told_a, told_b = journey_told(a), journey_told(b)
    if told_a is None or told_b is None:
        return None
    for span_a, span_b in (
        (told_a.origin, told_b.origin),
        (told_a.destination, told_b.destination),
        (told_a.landing, told_b.landing),
    ):
        if span_a is not None and span_b is not None and _places_apart(a.text, span_a, b.text, span_b):
            return span_a, span_b
    return None


def _sailed_or_flown(found: re.Match[str]) -> bool:
    """Whether a start told is a sailing or a flight, a vehicle's whatever it is called."""
    return any(word.lower() in _SAILED_OR_FLOWN for word in found.group(0).split())


def _name_group(found: re.Match[str]) -> str:
    return "name" if found.group("name") is not None else "bound"


def _key(text: str, span: tuple[int, int]) -> str:
    """A place's name as compared: its first word, in lower case, without a possessive ("Jakarta's")."""
    return re.sub(r"['\u2019]s$", "", text[span[0] : span[1]].split()[0].lower())


def _places_apart(text_a: str, span_a: tuple[int, int], text_b: str, span_b: tuple[int, int]) -> bool:
    """Whether two names are of two places: neither statement names a word of the other's place, and neither is a
    country (told against a town in it)."""
    name_a, name_b = text_a[span_a[0] : span_a[1]], text_b[span_b[0] : span_b[1]]
    if _key(text_a, span_a) == _key(text_b, span_b) or _a_country(name_a) or _a_country(name_b):
        return False
    return not (_names_a_word_of(text_b, name_a) or _names_a_word_of(text_a, name_b))


def _names_a_word_of(text: str, name: str) -> bool:
    return any(re.search(r"\b" + re.escape(word) + r"\b", text) for word in re.findall(r"[\w\u2019'-]{3,}", name))


def _a_country(name: str) -> bool:
    """Whether a name is a country's own ("Libya"), not its capital's or its people's."""
    words = name.split()
    if len(words) == 1:
        term = places().single.get(name)
    else:
        term = next((term for tokens, term in places().phrases.get(words[0], []) if list(tokens) == words), None)
    return term is not None and term == "@" + name.lower().replace(" ", "_")
