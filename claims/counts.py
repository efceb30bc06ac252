"""What a count counts: "killing 12 workers" counts the dead, "seven of its villages"
villages, "No one was injured" none injured, "A guard was shot" someone shot.

Counts of people are named by what happened to them (the verb before, the event after, or the
one event the sentence tells of); counts of things by the first word after the number that
says something. A part of a total ("25 of the injured", "four other people") counts nothing
of its own, and a number after a name ("Flight 1182") is a designation, not a count.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import replace

from claims.frames import MONTHS, WEEKDAYS
from claims.lexicon import function_words, stemmer, word_zipf
from claims.quantity import ABOUT_WORDS, SCOPE_MARK, Bound, Kind, Quantity, read_bound
from claims.terms import NUMBER_WORDS, Token, tokenize, word_term

_PART = frozenset("other another more further additional extra remaining".split())
_INCREMENT_AFTER = re.compile(r"\s+(?:more|additional|extra|further)\s(?!\s*than\b)", re.IGNORECASE)
INCREMENT = " added"
"""After the unit of a count of things added to those there were ("the deployment of 500 more soldiers", "1,000
additional troops"): compared with other additions only, not with a total."""
_SUBSET = re.compile(r"\s+of\s+(?P<group>the|them|those|these|whom|which|all)\b(?!\s+\d)", re.IGNORECASE)
"""A part of a total the statement does not give ("25 of the injured"); given ("108 of the 200
seats"), both are counts of the thing."""
_ROUGHLY = r"(?:(?:about|around|roughly|approximately|some|nearly|almost|over|more\s+than|at\s+least|up\s+to)\s+)?"
"""The words that may stand between a verb or a preposition and the count it leads to ("laying off
roughly 1,500", "home to about 3,800", "rose to more than 300"), as a pattern to end another with."""
_STOP = frozenset(
    "in at on from by for with without during after before since near across into onto over under between to than as "
    "and or but while when where who which that per".split()
)
PEOPLE_AT_LARGE = frozenset(
    "people persons person others residents civilians men women children individuals citizens those them "
    "inhabitants villagers suspects".split()
)
"""Words for people that say nothing of who they are: what a count of them counts is what befell them."""
COUNT_CLASSES = {
    word: name
    for name, words in (
        ("dead", "dead death deaths die dies died dying kill killed killing kills fatalities fatality toll lives "
         "body bodies perished victims drowned drowning murdered murdering murders"),
        ("injured", "injured injuring injure injures injuries injury hurt wounded wounding wounds inhalation"),
        ("shot", "shot shooting shoots"),
        ("stabbed", "stabbed stabbing stabbings stabs"),
        ("buildings", "house houses home homes building buildings structure structures dwelling dwellings households "
         "properties"),
        ("arrested", "arrested arrest arrests arresting detained detain detains detaining detention detentions held"),
        ("missing", "missing unaccounted"),
        ("trapped", "trapped"),
        ("evacuated", "evacuated evacuate evacuation evacuees flee fled fleeing displaced homeless forced shelters"),
        ("recalled", "recall recalls recalled recalling"),
        ("aboard", "aboard board onboard carrying carried"),
        ("employees", "employees employee staff workforce employs employ employed employing working work"),
        ("participants", "march marched marchers marching protest protests protesters protested protestors "
         "demonstration demonstrations demonstrators demonstrated rally rallies rallied crowd crowds streets "
         "participants participated participating turnout part supporters fans gathered attendance attend attends "
         "attended attending attendees runners athletes guests guest invited invitees"),
        ("kidnapped", "kidnapped abducted hostages captives"),
        ("convicted", "jailed sentenced imprisoned"),
        ("sold", "sold sells selling shipped sales"),
        ("charges", "charges counts indictments offences offenses"),
        ("jobs", "jobs job positions roles layoffs redundancies"),
        ("rescued", "rescued rescue survivor survivors survived pulled saved airlifted"),
        ("ill", "ill illness illnesses sick sickened sickens sickening infected infections"),
        ("hospitalised", "hospitalised hospitalized hospitalisation hospitalisations hospitalization "
         "hospitalizations"),
        ("visitors", "visitors visitor visited visiting spectators"),
        ("shows", "shows concerts gigs dates performances"),
        ("seen", "seen spotted"),
        ("attackers", "attackers attacker gunmen gunman assailants robbers raiders intruders"),
    )
    for word in words.split()
}  # fmt: skip
"""What a count of people counts, from the word that says what happened to them, or of things,
from their names."""
_ONLY_A_FATE = frozenset(("shelters",))
"""Words that say what befell people counted ("25,000 residents were moved to shelters": the
evacuated) but count themselves as things ("The city opened 12 shelters")."""
_THINGS = frozenset(("buildings", "charges", "jobs", "recalled", "sold"))
"""Classes of things counted, not of people: no word of theirs says what happened to people."""
TALLIES = frozenset(
    (
        "dead injured hospitalised missing trapped arrested evacuated buildings villag participants aboard rescued seen"
    ).split()
)
"""What a story's tolls and damage are counted in, and the suspects seen: the counts two reports must be
compared on."""
TALLY_WORDS = frozenset(
    [
        *(word for word, name in COUNT_CLASSES.items() if name in TALLIES),
        *(
            "village",
            "villages",
            "magnitude",
            "richter",
            "burns",
            "wounds",
            "unhurt",
            "unharmed",
            "uninjured",
            "safe",
            "safety",  # "1,200 residents were moved to safety": the evacuated
            "accounted",  # "everyone had been accounted for": none missing
            "shot",
            "hospital",
            "power",  # "1.2 million without power": homes cut off
            "electricity",
        ),
        *("casualties", "casualty"),
        *("victim", "survivor"),  # "the only victim", "the sole survivor"
    ]
)
"""Words without which a statement gives no toll, damage count or magnitude."""
_HEAD_REACH = 3
"""Words after a number in which the counted thing is looked for ("four strong aftershocks")."""
_EVENT_REACH = 4
ORGANISERS = frozenset("organisers organizers organiser organizer".split())
ORGANISERS_COUNT = "participants by organisers"
"""A crowd as its organisers count it: every report of a march sets it beside the police's
count, so it is compared with organisers' counts only."""
ZERO_WORDS = frozenset(("no", "nobody", "none", "zero"))
_ZERO = re.compile(
    r"\b(?:no\s+one|nobody|none(?:\s+of\s+them(?=\s+[^\W\d_]+ly\b))?|no\s+(?:people|persons|passengers|residents|civilians|workers|staff|guests))\s+"
    r"(?:else\s+)?(?:(?:on|in|inside|at)\s+(?:the\s+)?[^\W\d_]+\s+)?"
    r"(?:(?<=none\s)of\s+(?:the|them|those|its|their|his|her)\s+(?:(?!(?:who|that|which)\b)[^\W\d_]+\s+){0,2}?"
    r"(?=(?:was|were|is|are|has|have|had|survived|died)\b))?"
    r"(?:(?:was|were|is|are|has been|have been|had been|remained|remains|remain)\s+)?(?:still\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:(?:fallen|fell|become|became|got|gotten)\s+(?=(?:ill|sick)\b))?"
    r"(?:(?:reported|believed|thought|known|said)\s+(?:to\s+(?:be|have\s+been)\s+)?)?"
    r"(?:(?P<how>[^\W\d_]+ly)\s+)?(?P<verb>[^\W\d_]+)"
    r"|\bno\s+(?:immediate\s+|initial\s+|early\s+|official\s+)?reports?\s+of\s+(?:any\s+)?(?P<reported>[^\W\d_]+)"
    r"|\b(?:no|zero)\s+(?:(?P<beyond>further|other|new|more|additional)\s+)?"
    r"(?:(?!(?:serious|major|critical|severe|significant|life)\b)[^\W\d_]+\s+(?=(?:deaths|fatalities|casualties|injuries)\b))?"
    r"(?P<noun>[^\W\d_]+)"
    r"|\bnot\s+aware\s+of\s+any\s+(?:(?:reported|related)\s+)?(?P<unaware>[^\W\d_]+)",
    re.IGNORECASE,
)
"""A count of none: "Police made no arrests", "no heat deaths had been confirmed" (not "no serious injuries",
a grade of them), "No one was injured", "nobody was killed", "No people were hurt", "no one on the ground was
hurt", "No one else was hurt", "No one is reported missing", "nobody remained missing", "No one has fallen
ill", "None of the herd survived", "None of the passengers was hurt", "The company said it was not aware of
any injuries", "There were no immediate reports of injuries"; "nobody was seriously hurt" counts none of the
seriously injured, not of the injured ("Four people were treated for minor injuries")."""
_HURT_BEFORE = re.compile(
    r"\b(?:hurt|injured|wounded|(?:injuring|hurting|wounding)\s+(?:[^\W\d_]+\s+|\d[\d,]*\s+){1,3}?[^\W\d_]+)\s*,\s*$",
    re.IGNORECASE,
)
"""The hurt just counted, that a "none" and a grade after them grade ("were hurt, none seriously")."""
_ALSO_NONE = re.compile(r"\s+(?:or|nor)\s+(?:any\s+)?([^\W\d_]+)", re.IGNORECASE)
"""A second thing a "no" or "not aware of any" counts none of: "no deaths or injuries", "not aware
of any crashes or injuries"."""
CASUALTIES = {"casualties": ("dead", "injured"), "casualty": ("dead", "injured")}
"""No casualties are none dead and none hurt; a count of casualties is neither count."""
_UNHURT = {
    "safe": "injured", "unhurt": "injured", "unharmed": "injured", "uninjured": "injured", "survived": "dead",
    "alive": "dead", "rescued": "missing", "accounted": "missing",
}  # fmt: skip
_ALL_UNHURT = re.compile(
    r"\ball\b[^.;]{0,60}?\b(?P<unhurt>" + "|".join(word for word in _UNHURT if word != "accounted") + r")\b"
    r"|\b(?:all|everyone|everybody)\b[^.;]{0,60}?\b(?P<found>accounted\s+for)\s*(?:[.,;]|$)"
    r"|\b(?P<rescued>rescued)\s+all\b",
    re.IGNORECASE,
)
"""Everyone unhurt: "all 143 passengers and crew escaped unhurt", "all 143 on board safe": none
injured; "All on board survived": none dead; "All 32 crew rescued", "rescued all 32 crew
members", "after all missing people were accounted for", "everyone ... had been accounted for": none missing (not
"accounted for 20% of all sales")."""
_ALL_LIGHTLY_HURT = re.compile(
    r"\b(?:all|everyone|everybody)\b[^.;]{0,60}?\b(?:suffered|sustained|had|with)\s+only\s+"
    r"(?:minor|slight|light|superficial)\s+(?:injuries|cuts\s+and\s+bruises|wounds)\b",
    re.IGNORECASE,
)
"""Everyone only lightly hurt ("All of the children suffered only minor injuries"): none seriously."""
_SERIOUSLY_INJURED = "seriously injured"
_IN_THE_BODY = re.compile(
    r"\s+in\s+(?:the|his|her|their)\s+(?:leg|legs|arm|arms|shoulder|hand|foot|knee|hip|thigh|back|stomach|chest)\b",
    re.IGNORECASE,
)
"""Where a bullet hit someone: shot there, they are hurt (and, if they died, a death is told too)."""
HOSPITALISED = "hospitalised"
TAKEN_TO_HOSPITAL_FOR = frozenset(("ill", "injured"))
"""What those taken to hospital are: ill or hurt; none of either is none in hospital."""
_MISHAPS = frozenset("accidents crashes collisions incidents complaints".split())
"""Mishaps a count of none may be of, counted as any other noun is ("three minor accidents"): "No accidents
have been reported"."""
_ZERO_COUNTED = frozenset(
    ("dead", "injured", "arrested", "missing", "shot", "evacuated", "buildings", "ill", "rescued")
)
COUNTED_WORDS = (
    frozenset(word for word, name in COUNT_CLASSES.items() if name in _ZERO_COUNTED) | CASUALTIES.keys() | _MISHAPS
)
"""Words a count of none may be of ("no arrests", "no one was hurt", "no homes", "no accidents")."""
_SOME = re.compile(
    r"(?<!\bno\s)\b(?:one|an?)\s+(?:[^\W\d_]+\s+){1,3}?(?:was|has\s+been|had\s+been)\s+(?:[^\W\d_]+ly\s+)?"
    r"(?P<verb>killed|injured|hurt|wounded|shot(?:\s+dead)?)\b(?!\s+down)"
    r"|\b(?:one|an?)\s+(?:[^\W\d_]+(?:-[^\W\d_]+)*\s+){1,3}?(?P<who>who\s+[^,;.]{0,60}?\s+)?(?:has\s+)?(?P<died>died|dies|drowned)\b"
    r"|^\s*(?-i:(?!(?:No|None|Nobody)\b)(?:[A-Z][^\W\d_]*\s+){1,3})(?P<dies>dies)\b"
    r"|\b(?:suffered|sustained|hospital\s+(?:with|for)|treated\s+for)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:smoke\s+)?(?P<noun>burns|injuries|injury|wounds|inhalation)\b"
    r"|\b(?P<body>body)\s+of\s+an?\b[^.;]{0,40}?\b(?:was|has\s+been|had\s+been)\s+(?:found|recovered|discovered)\b"
    r"|(?<!\bno\s)\b(?:one|an?)\s+(?:[^\W\d_]+\s+){1,3}?(?:was|has\s+been|had\s+been)\s+"
    r"(?P<taken>taken\s+to\s+hospital|hospitali[sz]ed)\b(?!\s+(?:with|for)\b)",
    re.IGNORECASE,
)
"""Someone hurt or killed, told without a number ("One firefighter suffered minor burns", "a
guard was shot", "A crew member was taken to hospital with minor injuries", "An elderly man was
treated in hospital for burns", "The body of a man was found in a flooded garage"): at least one,
against a report that counts none ("No injuries have been reported"); it says nothing of how
many more. Someone who died may be told at length ("A man who was trapped in his car has died"),
or in a headline by what they were ("Cyclist dies in crash"), and someone taken to hospital ("A man was taken
to hospital after a tree fell on his car") is at least one of those.
"""
_ONE = re.compile(
    r"\b(?P<verb>killing|injuring|wounding|arrested|detained)\s+(?P<one>one)\b(?!\s+of)"
    r"|(?<!\bno\s)\b(?P<one2>one)\s+(?:(?:person|man|woman|child|suspect)\s+)?"
    r"(?:(?:was|has\s+been|had\s+been|has|had)\s+)?(?:found\s+)?"
    r"(?P<event>dead|killed|died|injured|hurt|wounded|arrested|detained)\b"
    r"|(?<!\bno\s)\b(?P<one3>one)\s+(?P<body>body|death|fatality)\b"
    r"|(?<!\bno\s)\b(?P<one4>one)\s+(?P<survivor>survivor)\b"
    r"|(?<!\bno\s)\b(?:of|in|from)\s+(?P<one5>one)\s+(?P<village>village)\b",
    re.IGNORECASE,
)
"""One dead, hurt, arrested or surviving, the number spelled ("Strong earthquake shakes northern Chile, one dead",
"killing one person", "Divers have recovered one body", "Police have arrested one suspect", "One man was arrested",
"One person was found dead", "One person has died", "leaves three dead, one survivor", "forced the evacuation of one
village"): "one" is read as a number only so ("one of them", "one man" alone are not)."""
_VILLAGES = word_term("villages")
"""What a count of villages counts, as "three villages" reads."""
_ONLY = frozenset(("only", "sole"))
_ONLY_ONES = {"victim": "dead", "fatality": "dead", "death": "dead", "survivor": "rescued"}
_THE_ONLY_ONE = re.compile(
    r"\b(?:the|its|their)\s+(?:only|sole)\s+(?:(?:confirmed|known|reported)\s+)?(?P<who>victim|fatality|death|survivor)\b",
    re.IGNORECASE,
)
"""One dead or rescued, told as the only one ("She is the only confirmed victim of the fire so far",
"the sole survivor"): a count of one, against "killing at least three"."""
SOME_WORDS = {
    **{
        word: COUNT_CLASSES[word]
        for word in (
            "killed",
            "injured",
            "hurt",
            "wounded",
            "shot",
            "injuries",
            "injury",
            "died",
            "dead",
            "dies",
            "drowned",
        )
    },
    "burns": "injured",
    "body": "dead",
    "wounds": "injured",
    "inhalation": "injured",
    "hospital": HOSPITALISED,
    "hospitalised": HOSPITALISED,
    "hospitalized": HOSPITALISED,
    **_UNHURT,
}
"""The words _SOME (and _ALL_UNHURT) find someone hurt or killed (or no one hurt) by, and what
they count."""


_EVERYONE = frozenset(("all", "everyone", "everybody"))
"""Words that tell of everyone, before how they came through ("All on board survived", "everyone ... accounted for")."""


def counts_without_number(words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words) may count none or some of something without
    a number: "Police made no arrests", "No one was hurt", "A guard was shot"."""
    if not words.isdisjoint(_EVERYONE) and not words.isdisjoint(_UNHURT):
        return True
    if not words.isdisjoint(_ONLY) and not words.isdisjoint(_ONLY_ONES):
        return True
    if words.isdisjoint(COUNTED_WORDS) and words.isdisjoint(SOME_WORDS):
        return False
    return not words.isdisjoint(ZERO_WORDS) or not words.isdisjoint(
        ("one", "a", "an", "suffered", "sustained", "hospital", "treated", "dies", "aware")
    )


def only_ones_counted(words: AbstractSet[str]) -> frozenset[str]:
    """What a statement (its lower-cased words) may count one of as the only one ("the only
    victim": the dead), for the hints of its values."""
    if words.isdisjoint(_ONLY):
        return frozenset()
    return frozenset(_ONLY_ONES[word] for word in words & _ONLY_ONES.keys())


def counts_in_words(text: str, counted_already: list[Quantity]) -> list[Quantity]:
    """Counts told without a number (a statement counts_without_number says may have them):
    none ("No one was injured", "All on board survived"), one spelled ("killing one person")
    or someone ("A guard was shot"), unless counted_already gives that count."""
    found: list[Quantity] = []
    for match in _ZERO.finditer(text):
        if match.group("beyond"):
            continue  # "No further arrests were made": none besides those told, not none at all
        noun = match.group("noun") or match.group("unaware") or match.group("reported")
        word = (noun or match.group("verb") or "").lower()
        if word in _GRADES and _HURT_BEFORE.search(text, 0, match.start()):
            graded = f"{_GRADES[word]} injured"  # "Nine people were hurt, none seriously"
            found.append(Quantity(Kind.COUNT, graded, 0.0, Bound.EXACT, match.start(), match.end(), graded))
            continue
        also = _ALSO_NONE.match(text, match.end()) if noun else None  # "no deaths or injuries"
        named = [(word, match.end()), *([(also.group(1).lower(), also.end())] if also else [])]
        for said, end in named:
            if said in _MISHAPS:  # "No accidents or injuries linked to the problem have been reported"
                found.append(Quantity(Kind.COUNT, word_term(said), 0.0, Bound.EXACT, match.start(), end, said))
            for counted in CASUALTIES.get(said, (COUNT_CLASSES.get(said),)):
                if counted in _ZERO_COUNTED:
                    counted = _graded(counted, [(match.group("how") or "").lower()])
                    found.append(Quantity(Kind.COUNT, counted, 0.0, Bound.EXACT, match.start(), end, counted))
                    if counted in TAKEN_TO_HOSPITAL_FOR and not any(q.unit == HOSPITALISED for q in found):
                        # none ill ("No illnesses or injuries have been reported") is none taken to hospital
                        found.append(
                            Quantity(Kind.COUNT, HOSPITALISED, 0.0, Bound.EXACT, match.start(), end, HOSPITALISED)
                        )
    for match in _ALL_UNHURT.finditer(text):
        group = next(group for group in ("unhurt", "found", "rescued") if match.group(group))
        counted = _UNHURT[match.group(group).split()[0].lower()]
        found.append(Quantity(Kind.COUNT, counted, 0.0, Bound.EXACT, *match.span(group), counted))
    for match in _ALL_LIGHTLY_HURT.finditer(text):  # "All of the children suffered only minor injuries"
        found.append(Quantity(Kind.COUNT, _SERIOUSLY_INJURED, 0.0, Bound.EXACT, *match.span(), _SERIOUSLY_INJURED))
    for match in _THE_ONLY_ONE.finditer(text):
        counted = _ONLY_ONES[match.group("who").lower()]
        if not any(q.kind is Kind.COUNT and q.unit == counted for q in (*counted_already, *found)):
            found.append(Quantity(Kind.COUNT, counted, 1.0, Bound.EXACT, *match.span(), counted))
    ones = list(_ONE.finditer(text))
    for match in ones:
        counted = (
            _VILLAGES
            if match.group("village")
            else COUNT_CLASSES[
                (match.group("verb") or match.group("event") or match.group("survivor") or "dead").lower()
            ]
        )
        one = match.span(next(group for group in ("one", "one2", "one3", "one4", "one5") if match.group(group)))
        found.append(Quantity(Kind.COUNT, counted, 1.0, Bound.EXACT, *one, counted))
    for match in _SOME.finditer(text):
        if any(one.start() < match.end() and match.start() < one.end() for one in ones):
            continue  # "One man was killed": one, not at least one
        if match.group("taken"):
            counted = HOSPITALISED
        else:
            word = (
                match.group("noun")
                or match.group("verb")
                or match.group("died")
                or match.group("dies")
                or match.group("body")
            ).lower()
            counted = "dead" if word.endswith("dead") else SOME_WORDS[word]
        if counted == "shot" and _IN_THE_BODY.match(text, match.end()):
            counted = "injured"  # "A security guard was shot in the leg": hurt, against "No one was injured"
        if any(q.kind is Kind.COUNT and q.unit == counted for q in (*counted_already, *found)):
            continue  # "Three passengers were taken to hospital with minor injuries": three
        span = match.span("died") if match.group("died") and match.group("who") else match.span()
        alone = counted == "dead" and _OTHERS_HURT_AFTER.match(text, match.end()) is not None
        found.append(Quantity(Kind.COUNT, counted, 1.0, Bound.EXACT if alone else Bound.AT_LEAST, *span, counted))
    return found


_OTHERS_HURT_AFTER = re.compile(
    r"\s+and\s+(?:[^\W\d_]+\s+){0,2}?others?\s+(?:were|was|have\s+been|had\s+been)?\s*(?:[^\W\d_]+\s+)?"
    r"(?:hurt|injured|wounded)\b",
    re.IGNORECASE,
)
"""After someone dead, others hurt ("A Brazilian tourist died and several others were hurt"): the one who died
is the only one, not one of more dead (against "Two Brazilian tourists were killed")."""


_WITH_BEFORE = re.compile(
    r"\b(?:with|carrying)\s+(?:(?:about|around|some|more\s+than|at\s+least|nearly|almost)\s+)?$", re.IGNORECASE
)
_ON_BOARD_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:on\s+board|aboard|onboard)\b", re.IGNORECASE)
"""A vessel's people, counted after "with" and before "on board" ("a submarine with 52 crew members on board"): those
aboard, compared with "53 on board", not what the statement says befell the vessel ("went missing")."""


_REPORTED_PROBLEMS = re.compile(
    r"\s+(?:users|people|customers|subscribers)\s+(?:had\s+|have\s+)?reported\s+"
    r"(?:problems|issues|outages|difficulties|errors|faults)\b",
    re.IGNORECASE,
)
"""Users who reported problems with a service: so many reports, as an outage tracker counts them."""
_REPORTS = word_term("reports")


_OF_THE_FATED = re.compile(
    r"\s+of\s+the\s+(?P<fate>dead|killed|injured|wounded)\s+(?:were|are|was|is)\b", re.IGNORECASE
)
"""Some of those a toll counts, told as such ("745 of the dead were Alawite civilians")."""


def read_count(text: str, match: re.Match[str], value: float, before: str, after: str) -> Quantity | None:
    """A count and the thing it counts: for people, what happened to them, told by the verb
    before it ("killing 12 workers"); else the first word after it that says something ("seven
    of its villages"; but what befell them, when it follows: "Nine miners were killed" counts the
    dead), or for people, the event after the count ("24 people dead"), before it ("killing 10
    people"), or the one event its sentence tells of; or, when none of these tells, some of those a
    toll counts ("745 of the dead were Alawite civilians": some of the dead, as "among the dead")."""
    one_more = _ONE_MORE_AFTER.match(after)
    if one_more is not None:  # "family of five and the pilot": six, what befell them told past the pilot
        count = _count_and_what_it_counts(
            text, match, value, before, after[: one_more.start("and")] + after[one_more.end() :]
        )
        if count is not None and _ONE_MORE_FATES.isdisjoint(count.unit.split()):
            return count  # "two Italians and a man from Togo": the Italians, not all the hostages
        return None if count is None else replace(count, value=count.value + 1)
    count = _count_and_what_it_counts(text, match, value, before, after)
    fated = _OF_THE_FATED.match(after) if count is None else None
    if fated is None:
        return count
    name = COUNT_CLASSES[fated.group("fate").lower()]
    return Quantity(Kind.COUNT, f"{name}{SCOPE_MARK}among", value, read_bound(before), *match.span(), name)


_USE_IT_AFTER = re.compile(
    r"\s+[\w-]+(?:\s+in\s+(?-i:[A-Z])[\w-]*)?\s+(?:use|uses|used)\s+(?:the|its|their|it|this)\b", re.IGNORECASE
)
"""After people counted, that they use a thing: its users ("40 million Brazilians use the platform", "22 million
people in Brazil use it")."""
_ONE_MORE_FATES = frozenset(
    "aboard arrested convicted dead evacuated hospitalised ill injured kidnapped missing rescued shot stabbed "
    "trapped".split()
)
_ONE_OF_A_ROLE = (
    "pilot|co-pilot|driver|captain|guide|instructor|teacher|coach|mother|father|wife|husband|son|daughter|child|baby|"
    "boy|girl|man|woman|civilian|soldier|officer|policeman|firefighter|gunman|attacker|bomber|suspect|nurse|doctor"
)
_ONE_MORE_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+)?(?P<and>\s+(?:and|plus)\s+|,\s+(?=the|a|an|their|his|her|its))"
    r"(?:(?:the|a|an|their|his|her|its)\s+)?(?:[a-z][\w-]*\s+)??"
    rf"(?:{_ONE_OF_A_ROLE})\b(?!['\u2019-]|\s+(?:or|of)\b|\s+and\s+(?!themselves|himself|herself))",
    re.IGNORECASE,
)
"""One person named after a count of others ("a family of five and the pilot", "three children and their mother"):
one more of those a fate befell (_ONE_MORE_FATES), unless more follow ("and the pilot and crew"; not the killers
themselves: "killed 12 students, a teacher and themselves" tells the 13 that "12 students and a teacher" does)."""


def _count_and_what_it_counts(
    text: str, match: re.Match[str], value: float, before: str, after: str
) -> Quantity | None:
    left = _LEFT_BEHIND.search(before) if _LEAVING.search(before[-_LEFT_REACH:]) else None
    kin = _KIN_AFTER.match(after) if left is not None else None
    if left is not None and kin is not None:  # "survived by his wife and five of his six children"
        counted = CHILDREN if left.group("of_own") else SURVIVING  # five children left, of six he had
        return Quantity(Kind.COUNT, counted, value, read_bound(before), match.start(), match.end(), kin.group("kin"))
    share = _SHARE_OF_A_TOTAL.search(before)
    if share is not None:  # "Half of the 800 workers will lose their jobs": 400 of them
        whole = read_count(text, match, value, before[: share.start()], after)
        fraction = _SHARES_OF_A_WHOLE[re.sub(r"[\s-]+", " ", share.group("share").lower())]
        return None if whole is None else replace(whole, value=whole.value * fraction)
    if _PART_OF_A_TOTAL.search(before):  # "The breach affects most of Odido's roughly 7 million customers"
        return None
    owner = _OWNER_OF_A_TOTAL.match(after)
    if owner is not None:  # "27 of the parliament's 90 seats" counts seats, as "27 of the 90 seats" does
        after = after[: owner.start("owner")] + after[owner.end("owner") :]
    result = _RESULT_BEFORE.search(before)
    played = _OF_GAMES_PLAYED.match(after) if result is not None else None
    if result is not None and played is not None and _games_or_nothing(words_after(after[played.end() :], 3)):
        verb = result.group("verb")  # "won three of his 14 league games": three wins
        return Quantity(Kind.COUNT, word_term(verb), value, read_bound(before), match.start(), match.end(), verb)
    of_a_total = _OF_A_TOTAL.match(after)
    if of_a_total is not None:  # "Five of the six crew members were killed": five dead
        return _befell_them(value, after[of_a_total.end() :], before, match)
    if _A_TOTAL_OF.search(before):  # "... of the six crew members were killed": six crew, whatever befell five
        heads = words_after(after, 1)
        terms = tokenize(heads[0]) if heads else []
        if not terms or heads[0] in PEOPLE_AT_LARGE:
            return None
        name = COUNT_CLASSES.get(heads[0]) or _ONE_COUNT_OF.get(heads[0]) or terms[0].term
        return Quantity(Kind.COUNT, name, value, Bound.EXACT, match.start(), match.end(), heads[0])
    subset = _SUBSET.match(after)
    if subset is not None:
        if subset.group("group").lower() in _PRONOUNS:  # "six of them are missing and presumed dead"
            return _befell_them(value, after[subset.end() :], before, match)
        return _befell_a_part(value, after[subset.end() :], before, match)
    increment = _INCREMENT_AFTER.match(after)
    if increment is not None and not _preceded_by(before, _PART):
        added = _count_and_what_it_counts(text, match, value, before, after[increment.end() - 1 :])
        return replace(added, unit=f"{added.unit}{INCREMENT}") if added is not None else None
    if (
        (_preceded_by(before, _PART) and not _THE_REMAINING.search(before)) or _followed_by(after, _PART)
    ) and not _others_of_another_fate(before, after):
        return None  # a part of a total: "another two", "four other people"
    if (match.group("num") or "")[:1].isdigit() and _designates(text, before) and not _SEATS_OR_VOTES.match(after):
        return None  # "a Boeing 737", "Flight 1182", "Highway 299": a name, not a count
    if _ALL_BEFORE.search(before) and _RESIDENTS_OF.match(after):  # "All 5,000 residents of Flin Flon were evacuated"
        return Quantity(Kind.COUNT, "population", value, read_bound(before), match.start(), match.end(), "population")
    if _LEFT_THEIR_HOMES.match(_others_joined(after)) and set(words_after(after, 1)) <= PEOPLE_AT_LARGE:
        # "around 500 residents had to leave their homes": the evacuated (not "2,000 families")
        return Quantity(Kind.COUNT, "evacuated", value, read_bound(before), match.start(), match.end(), "evacuated")
    if _WITHOUT_POWER.match(after):  # "1.2 million without power": homes cut off, as "600,000 homes" are
        return Quantity(Kind.COUNT, "buildings", value, read_bound(before), match.start(), match.end(), "without power")
    if _POWER_CUT_TO.search(before) and not _NOUN_AFTER.match(after):  # "cut power to 800,000 in Ireland"
        return Quantity(Kind.COUNT, "buildings", value, read_bound(before), match.start(), match.end(), "without power")
    if _REPORTED_PROBLEMS.match(after):  # "40,000 users reported problems": reports, as "40,000 reports" are
        return Quantity(Kind.COUNT, _REPORTS, value, read_bound(before), match.start(), match.end(), "reports")
    if _WITH_BEFORE.search(before) and _ON_BOARD_AFTER.match(after):
        # "A submarine with 52 crew members on board went missing": those aboard, whatever befell the vessel
        return Quantity(Kind.COUNT, "aboard", value, read_bound(before), match.start(), match.end(), "aboard")
    heads = [word for word in words_after(after, 1) if word.lower() not in _TIMES_AFTER]
    if not _RECEIVED.isdisjoint(_words_before(before, 2)) and (not heads or heads[0] in _PEOPLE):
        return None  # one hospital's: "We have received around 50 people with injuries"
    previous = _words_before(before, 2)
    places_after = bool(heads) and heads[0].lower() in _WHERE_PEOPLE_LIVE  # "the evacuation of six villages"
    if len(previous) == 2 and previous[0] == "of" and previous[1] in COUNT_CLASSES and not places_after:
        # "a crowd of 31,000"
        name = COUNT_CLASSES[previous[1]]
        return Quantity(Kind.COUNT, name, value, read_bound(before), match.start(), match.end(), name)
    if _TOLL_MOVED.search(before) or _NUMBER_KILLED_MOVED.search(before):  # "flood toll rises to 11"
        return Quantity(Kind.COUNT, "dead", value, read_bound(before), match.start(), match.end(), "dead")
    if _RECALL_OF.search(before) and not (
        set(words_after(after, 1)) & _MARKETS
    ):  # "recall widens to 1.5 million vehicles"
        return Quantity(Kind.COUNT, "recalled", value, read_bound(before), match.start(), match.end(), "recalled")
    own_moved = _OWN_COUNT_MOVED_TO.search(before) if not heads else None
    if own_moved:  # "Chega quadrupled its seats to 48": a count of seats
        noun = own_moved.group("noun").lower()
        return Quantity(
            Kind.COUNT,
            COUNT_CLASSES.get(noun, word_term(noun)),
            value,
            read_bound(before),
            match.start(),
            match.end(),
            noun,
        )
    moved = _COUNT_MOVED_TO.search(before) if not heads else None
    if moved:  # "Measles cases in England rose to 1,230 last year": a count of measles cases
        subject = _subject_counted(moved.group("subject"))
        if subject and subject[-1].surface not in PEOPLE_AT_LARGE:
            unit = subject[-1].term
            return Quantity(
                Kind.COUNT, unit, value, read_bound(before), match.start(), match.end(), subject[-1].surface
            )
    verb = previous[:1]
    if heads and heads[0] in _PASSENGERS and not (verb and COUNT_CLASSES.get(verb[0]) in _TOLLS):
        return _passengers(value, before, after, match)
    told_after = heads and COUNT_CLASSES.get(heads[0]) in _TOLLS  # "shoots four dead": dead, not shot
    if (
        _HOME_TO.search(before)
        or _POPULATION_PUT_AT.search(before)
        or _ALL_THAT_REMAIN.match(after)
        or _LIVE_THERE.match(after)
    ):
        # "a town of 3,800 people", "home to 3,800 people", "About 4,000 people live in the city": who live there;
        # "The population of Iberian orcas is estimated at about 35 animals", "Only around 39 Iberian orcas remain":
        # all there are
        return Quantity(Kind.COUNT, "population", value, read_bound(before), match.start(), match.end(), "population")
    if _WATCHED_BY.search(before) and (not heads or heads[0] in PEOPLE_AT_LARGE):
        # "The final was watched by an estimated 163 million people": its viewers
        return Quantity(Kind.COUNT, _VIEWERS, value, read_bound(before), match.start(), match.end(), "viewers")
    if heads and heads[0].lower() in _OFFSPRING and _HAS_IN_ALL.search(before):
        # "The couple have two children together" / "have three children": a family's size
        return Quantity(Kind.COUNT, CHILDREN, value, read_bound(before), match.start(), match.end(), "children")
    if _LAID_OFF.search(before):  # "laying off about 1,500 employees": jobs cut
        return Quantity(Kind.COUNT, "jobs", value, read_bound(before), match.start(), match.end(), "jobs")
    if _SEARCHED_FOR.search(before) and not _WANTED_AFTER.match(after):  # "searching for eight road workers": missing
        return Quantity(Kind.COUNT, "missing", value, read_bound(before), match.start(), match.end(), "missing")
    said_by_the_verb = _said_by_the_verb(previous)
    if said_by_the_verb == "aboard" and heads and heads[-1] not in _ON_BOARD:
        said_by_the_verb = None  # "carrying three small satellites": satellites
    if previous[:1] == ["pulled"] and not _PULLED_OUT.match(after):
        said_by_the_verb = "recalled"  # "has pulled 24 batches of the drug": withdrawn, not rescued
    if said_by_the_verb == "sold" and heads and heads[0].lower() in _ON_BOARD:
        said_by_the_verb = None  # "The army sent 300 soldiers to the region": soldiers, not a shipment
    alone = not heads and not _NOUN_AFTER.match(after)  # "Police detained 40 at the protest": no noun to count
    if (heads or alone) and said_by_the_verb in _SAID_BY_THE_VERB and not told_after:  # "killing 12 workers"
        return Quantity(
            Kind.COUNT, said_by_the_verb, value, read_bound(before), match.start(), match.end(), said_by_the_verb
        )
    if heads and _USE_IT_AFTER.match(after) and (heads[0] in PEOPLE_AT_LARGE or after.lstrip()[:1].isupper()):
        # "Some 40 million Brazilians use the platform": all its users, as "The platform has 22 million users"
        users = f"{_ONE_COUNT_OF['users']} in all"
        return Quantity(Kind.COUNT, users, value, read_bound(before), match.start(), match.end(), "users")
    armed = _ARMED_PEOPLE.match(after)
    if armed is not None:  # "Three armed men", "four masked men": the attackers, as "four gunmen" are
        armed_with = " ".join(armed.group().split())
        return Quantity(Kind.COUNT, "attackers", value, read_bound(before), match.start(), match.end(), armed_with)
    if heads and heads[0].lower() not in PEOPLE_AT_LARGE:
        word = _head_noun(after) or heads[0].lower()
        if word != heads[0].lower() and heads[0].lower() in _FATE_BEFORE_THE_NOUN and word not in _WHERE_PEOPLE_LIVE:
            name = COUNT_CLASSES[heads[0].lower()]  # "seven trapped workers": the trapped, as "Nine miners trapped"
            return Quantity(Kind.COUNT, name, value, read_bound(before), match.start(), match.end(), name)
        if word in _PASSENGERS and word != heads[0].lower() and after.lstrip()[:1].isupper():  # "Lufthansa passengers"
            return _passengers(value, before, after[after.lower().find(word) :], match)
        following = words_after(after, _EVENT_REACH + 2, through_stops=True)[1 if word == heads[0] else 2 :]
        kinds = _kind_words(after)
        fates = (
            [
                w
                for w in following
                if COUNT_CLASSES.get(w) in _FATES and w not in kinds and not _an_event_named(after, w)
            ]
            or _fates_past_who(after)
            or _fates_of_the_next_count(after)
        )
        if word in _WHERE_PEOPLE_LIVE:
            fates = []  # "Seven villages were evacuated": villages, not the people evacuated from them
        if word in COUNT_CLASSES and word not in _ONLY_A_FATE and not (COUNT_CLASSES[word] == "participants" and fates):
            return Quantity(
                Kind.COUNT, COUNT_CLASSES[word], value, read_bound(before), match.start(), match.end(), word
            )  # but "13 protesters were shot dead" counts the dead, as "Nine miners were killed" does
        if fates or _TO_HOSPITAL.match(after):  # "Nine miners were killed": the dead, whoever they were
            name = _either_fate(after, fates) or (_worst(COUNT_CLASSES[fates[0]], after) if fates else "hospitalised")
            told = words_after(after, _EVENT_REACH + 2, through_stops=True)
            if fates and fates[0] in told:  # "30 workers seriously injured": the seriously injured
                name = _graded(name, told[: told.index(fates[0])])
            return Quantity(Kind.COUNT, name, value, read_bound(before), match.start(), match.end(), name)
        if _TREATED_FOR.match(after):  # "Two firefighters were treated for exhaustion": the hurt
            return Quantity(Kind.COUNT, "injured", value, read_bound(before), match.start(), match.end(), "injured")
        terms = tokenize(word)
        unit = _ONE_COUNT_OF.get(word) or (terms[0].term if terms else word)
        if (
            (word in _SERVED and _HAS_IN_ALL.search(before))
            or _SERVES.search(before)
            or (word in _CALLED_STORES and _RUNS.search(before))
        ):
            # "Achmea has 5 million customers", "serves more than 40,000 businesses": all it has
            unit = f"{unit} in all"
        return Quantity(Kind.COUNT, unit, value, read_bound(before), match.start(), match.end(), word)
    if _TO_HOSPITAL.match(after) and _TAKEN_BEFORE_HURT.match(after):
        # "27 people were taken to hospital, two of them with serious injuries": those taken in
        return Quantity(
            Kind.COUNT, "hospitalised", value, read_bound(before), match.start(), match.end(), "hospitalised"
        )
    following = words_after(after, _EVENT_REACH, through_stops=True)
    events = [w for w in following if w in _EVENTS] or _fates_of_the_next_count(after)
    # What was said ("Survivors told rescuers that two people had fallen overboard") is the count's
    # sentence: its speakers' fate is not that of those counted.
    spoken = _SAID_THAT.match(before)
    own = before[spoken.end() :] if spoken else before
    if not events:
        said_before = _words_before(own, _EVENT_REACH)
        if said_before[:1] != ["the"]:  # "missing the 175,000 that economists had expected": a figure missed
            events = [w for w in said_before if w in _EVENTS]
    if not events and (heads or _ESTIMATED.search(before)):  # "police estimated 15,000"
        sentence = own + text[match.start() :]
        in_sentence = {COUNT_CLASSES[w] for w in re.findall(r"[^\W\d_]+", sentence.lower()) if w in _EVENTS}
        events = [w for w in _EVENTS if COUNT_CLASSES[w] in in_sentence] if len(in_sentence) == 1 else []
    if not events and _TREATED_FOR.match(after):  # "20 people were treated for smoke inhalation"
        return Quantity(Kind.COUNT, "injured", value, read_bound(before), match.start(), match.end(), "injured")
    if not events and _TO_HOSPITAL.match(after):  # "Nineteen people have been admitted to hospital"
        return Quantity(
            Kind.COUNT, "hospitalised", value, read_bound(before), match.start(), match.end(), "hospitalised"
        )
    if not events:
        return None
    either = _either_fate(after, events)
    if either is not None:  # "2,500 people were killed or injured": casualties
        return Quantity(Kind.COUNT, either, value, read_bound(before), match.start(), match.end(), either)
    name = _worst(COUNT_CLASSES[events[0]], after)
    if events[0] in following:  # "30 people seriously injured": the seriously injured
        name = _graded(name, following[: following.index(events[0])])
    return Quantity(Kind.COUNT, name, value, read_bound(before), match.start(), match.end(), name)


def _graded(name: str, before_the_fate: list[str]) -> str:
    """What befell people, with how badly when it is said ("Three people were seriously injured":
    the seriously injured, a part of the injured that is compared only with a count as grave; "Two
    firefighters were slightly hurt" counts the injured, as "suffered minor injuries" does)."""
    grades = [_GRADES[word] for word in before_the_fate if word in _GRADES]
    return f"{grades[0]} {name}" if grades else name


_WHERE_PEOPLE_LIVE = frozenset("village villages town towns home homes house houses building buildings".split())
"""Places counted after what befell their people ("the evacuation of six villages"): the count is
of the places, as "five villages were evacuated" is."""


def _said_by_the_verb(previous: list[str]) -> str | None:
    """What the verb just before a count says of it ("killing 12 workers": the dead), a verb of two
    words too ("calling back 58,000 vehicles": recalled, as "recalls 70,000 cars")."""
    if not previous:
        return None
    if len(previous) == 2 and (previous[1], previous[0]) in _TWO_WORD_VERBS:
        return _TWO_WORD_VERBS[previous[1], previous[0]]
    return COUNT_CLASSES.get(previous[0]) or _SENT.get(previous[0])


_TWO_WORD_VERBS = {(call, "back"): "recalled" for call in ("call", "calls", "called", "calling")}
_SENT = {
    verb: "sold"
    for verb in (
        "send sent sends sending deliver delivered delivers delivering supply supplied supplies supplying "
        "hand hands handed handing"
    ).split()
}
"""Verbs of sending before a count, which count what was shipped ("had sent 500,000 doses of
vaccine" / "has shipped 300,000 doses of vaccine"; "handed over 820 jets", its "over" passed as
a bound's word is); not after it: "The files of some 21,000 taxpayers were sent by mistake"
counts taxpayers."""


_AND_WORSE = re.compile(
    r"^[^,;.]{0,40}?\b(?:shot|stabbed)\s+(?:and\s+(?P<fate>killed|wounded|injured|hurt)|(?P<dead>dead|to\s+death))\b",
    re.IGNORECASE,
)


def _befell_a_part(value: float, rest: str, before: str, match: re.Match[str]) -> Quantity | None:
    """A part of a total ("25 of the injured") counts nothing of its own, unless it is a part of
    things or people by what they are and what befell them follows: "Eleven of the tortoises were
    found dead" counts the dead; or a part of the hurt told by its condition: "Eleven of the
    injured were in a serious condition" counts the seriously injured; or those of them taken to hospital."""
    group = words_after(rest, 1)
    condition = _IN_A_CONDITION.match(rest)
    if condition is not None and COUNT_CLASSES.get(condition.group("group").lower()) == "injured":
        # "Eleven of the injured were in a serious condition": the seriously injured
        name = f"{_GRAVE[(condition.group('grade') or condition.group('injuries')).lower()]} injured"
        return Quantity(Kind.COUNT, name, value, read_bound(before), match.start(), match.end(), name)
    if group and _TO_HOSPITAL.match(" " + rest.lstrip()):
        # "Six of those infected were taken to hospital", "Three of the victims were airlifted to hospital": the
        # hospitalised, whoever they are a part of
        return Quantity(Kind.COUNT, HOSPITALISED, value, read_bound(before), match.start(), match.end(), HOSPITALISED)
    if not group or group[0] in COUNT_CLASSES:
        return None
    following = words_after(rest, _EVENT_REACH + 2, through_stops=True)[1:]
    fates = [w for w in following if COUNT_CLASSES.get(w) in _FATES]
    owned = _OWNERS_THINGS.match(rest) if not fates else None
    if owned is not None:  # "Six of the train's carriages derailed": six carriages, as "Four carriages" are
        noun = owned.group("noun").lower()
        return Quantity(
            Kind.COUNT,
            _ONE_COUNT_OF.get(noun) or tokenize(noun)[0].term,
            value,
            read_bound(before),
            match.start(),
            match.end(),
            noun,
        )
    if not fates or _SEVERITY.intersection(following[: following.index(fates[0])]):
        return None
    name = COUNT_CLASSES[fates[0]]
    return Quantity(Kind.COUNT, name, value, read_bound(before), match.start(), match.end(), name)


_OWNERS_THINGS = re.compile(r"\s*(?-i:[a-z][\w-]*)['\u2019]s\s+(?P<noun>[a-z]+s)\b", re.IGNORECASE)
"""Things of one owner, after "of the" ("the train's carriages"): a part of them counts them."""


_OWNER_OF_A_TOTAL = re.compile(r"\s+of\s+(?:the\s+)?(?P<owner>[^\W\d_]+['\u2019]s\s+)(?=\d)")
"""Whose the total is, between a part and the total ("27 of the parliament's 90 seats")."""


_SPELLED = "|".join(sorted((word for word in NUMBER_WORDS if word.isalpha()), key=len, reverse=True))
_OF_A_TOTAL = re.compile(
    r"\s+of\s+(?:the|its|their)\s+(?:\d[\d,]*|" + _SPELLED + r")\s+(?:[^\W\d_]+\s+){1,8}?"
    r"(?=(?:was|were|are|is|have|has|had)\b)",
    re.IGNORECASE,
)
"""A part of a total that is given, and what befell the part ("Five of the six crew members were
killed"): the part counts that fate, the total what they were."""
_RESULT_BEFORE = re.compile(r"\b(?P<verb>won|lost|drew|wins|loses|draws|winning|losing|drawing)\s+$", re.IGNORECASE)
_OF_GAMES_PLAYED = re.compile(
    r"\s+of\s+(?:(?:his|her|their|its|the|our|my)\s+)?(?:(?:first|last|opening)\s+)?(?:\d+|" + _SPELLED + r")\b",
    re.IGNORECASE,
)
"""A result told as a part of the games played ("won three of his 14 league games", "lost four
of their last five"): the part counts the results, as "four wins in 14 matches" does."""
_GAMES = frozenset(
    "games game matches match fixtures races starts outings contests bouts fights sets tournaments appearances "
    "outing ties finals".split()
)


def _games_or_nothing(words: list[str]) -> bool:
    """Whether the words after a number of results played name games, or nothing ("lost four of
    their last five"): "winning 215 of 465 seats" counts seats."""
    return not words or not _GAMES.isdisjoint(words)


_SHARES_OF_A_WHOLE = {
    "half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "a quarter": 0.25, "one quarter": 0.25,
    "two thirds": 2 / 3, "three quarters": 0.75,
}  # fmt: skip
_SHARE_OF_A_TOTAL = re.compile(
    r"\b(?P<share>half|(?:a|one)[\s-]third|(?:a|one)[\s-]quarter|two[\s-]thirds|three[\s-]quarters)\s+of\s+(?:the|its|their)\s+$",
    re.IGNORECASE,
)
"""A share of a whole counted after it ("Half of the 800 workers"): the count is that share of it."""
_PART_OF_A_TOTAL = re.compile(
    r"\b(?:most|many|some|several|few|part|much|the\s+majority)\s+of\s+(?:the|its|their|\w+['\u2019]s)\s+"
    + _ROUGHLY
    + "$",
    re.IGNORECASE,
)
"""An untold part of a whole counted after it ("most of Odido's roughly 7 million customers"): no
count of those the statement tells of."""
_A_TOTAL_OF = re.compile(
    r"(?:\d|\b(?:" + _SPELLED + r"))\s+of\s+(?:the|its|their|(?:the\s+)?[^\W\d_]+['\u2019]s)\s+$", re.IGNORECASE
)
"""Before a total, the part counted of it ("Five of the six crew members", "Twelve of the company's 60 dancers")."""
_PRONOUNS = frozenset(("them", "whom"))
_SEVERE = frozenset("serious critical severe minor slight".split())
"""How bad the injuries of some of those counted were ("two of them with serious injuries")."""
_PRESUMED_DEAD = re.compile(r"\bpresumed\s+dead\b", re.IGNORECASE)
_GRAVE = {
    "serious": "seriously", "severe": "seriously", "grave": "seriously", "critical": "critically",
    "seriously": "seriously", "severely": "seriously", "gravely": "seriously", "badly": "seriously",
    "critically": "critically",
}  # fmt: skip
"""Words of how gravely some of those counted were hurt, to the grade a count of them is kept in
(`_graded`): "nine of them with serious injuries" counts the seriously injured; "two of them
slightly hurt" is only a part of the hurt."""
_GRADED_ALONE = re.compile(r"\s*(?P<grade>seriously|critically|severely|gravely|badly)\s*(?:[.;,]|$)", re.IGNORECASE)
"""After a part of the hurt just counted ("two of them"), only how gravely ("seriously", "critically")."""
_IN_A_CONDITION = re.compile(
    r"\s*(?P<group>[^\W\d_]+)\s+(?:were|was|are|is|remain|remains|remained)\s+"
    r"(?:(?:still\s+)?in\s+(?:a\s+)?(?P<grade>serious|critical|grave)\s+condition"
    r"|(?:taken|rushed|flown|admitted)\s+to\s+[^,;.]{0,50}?\bwith\s+(?P<injuries>serious|critical|severe|grave)\s+injuries)\b",
    re.IGNORECASE,
)
"""Some of a group of the hurt told by their condition: "Eleven of the injured were in a serious
condition", "Three of the injured were taken to Haukeland University Hospital with serious injuries"."""


def _befell_them(value: float, rest: str, before: str, match: re.Match[str]) -> Quantity | None:
    """Some of the people just counted, by what befell them ("Eight workers fell into the water,
    and six of them are missing and presumed dead": six dead, as "Six workers are presumed dead"
    counts them), or by how gravely they were hurt ("nine of them with serious injuries": the
    seriously injured); a part told only as lightly hurt ("two of them slightly injured") counts
    nothing of its own."""
    if _TAKEN_TO_HOSPITAL_AFTER.match(rest):  # "50 people were injured, 27 of whom were taken to hospital"
        return Quantity(Kind.COUNT, HOSPITALISED, value, read_bound(before), match.start(), match.end(), HOSPITALISED)
    following = words_after(rest, _EVENT_REACH, through_stops=True)
    fates = [w for w in following if COUNT_CLASSES.get(w) in _FATES]
    graded_alone = _GRADED_ALONE.match(rest)
    if graded_alone is not None and _HURT_BEFORE.search(before):
        # "Fourteen children were injured, two of them seriously": the seriously injured, as "none seriously" is none
        name = f"{_GRAVE[graded_alone.group('grade').lower()]} injured"
        return Quantity(Kind.COUNT, name, value, Bound.EXACT, match.start(), match.end(), name)
    if not fates:
        return None
    how_bad = following[: following.index(fates[0])]
    grave = [_GRAVE[word] for word in how_bad if word in _GRAVE]
    if grave and COUNT_CLASSES[fates[0]] == "injured":
        # "nine of them with serious injuries": the seriously injured, as "Nine were seriously hurt" counts them
        name = f"{grave[0]} injured"
        return Quantity(Kind.COUNT, name, value, read_bound(before), match.start(), match.end(), name)
    if (_SEVERITY | _SEVERE).intersection(how_bad):
        return None
    name = "dead" if _PRESUMED_DEAD.search(rest[:60]) else COUNT_CLASSES[fates[0]]
    return Quantity(Kind.COUNT, name, value, read_bound(before), match.start(), match.end(), name)


def _either_fate(after: str, fates: list[str]) -> str | None:
    """What a count of people who met one fate or another counts ("2,500 people were killed or injured": casualties,
    as "2,500 casualties" counts them; "dead or missing"): neither fate's count."""
    if not fates:
        return None
    other = re.search(rf"\b{re.escape(fates[0])}\s+or\s+([^\W\d_]+)", after, re.IGNORECASE)
    second = COUNT_CLASSES.get(other.group(1).lower()) if other else None
    if second not in _FATES or second == COUNT_CLASSES[fates[0]]:
        return None  # "killed or died": one fate
    either = {COUNT_CLASSES[fates[0]], second}
    return _CASUALTIES if either == {"dead", "injured"} else " or ".join(sorted(either))


_CASUALTIES = word_term("casualties")
"""What the dead and the injured counted together are, as "casualties" counts them."""


def _kind_words(text: str) -> frozenset[str]:
    """Words of a fate that only say what kind the next word is ("three mountain rescue teams", "a
    rescue helicopter"): no fate of the people counted ("About 40 volunteers from three mountain
    rescue teams took part" were not rescued)."""
    return frozenset(match.group(1).lower() for match in _KIND_OF_RESCUERS.finditer(text))


_KIND_OF_RESCUERS = re.compile(
    r"\b([^\W\d_]+)\s+(?:teams?|workers|crews?|services?|efforts?|operations?|helicopters?|boats?|dogs|squads?)\b",
    re.IGNORECASE,
)


def _fates_past_who(after: str) -> list[str]:
    """What befell people told past a clause on who they were ("Four road workers who were on the
    bridge are missing", "Three infants who fell ill"): the last such word of the clause."""
    who = _WHO.match(after)
    if who is None:
        return []
    clause = after[who.end() : who.end() + _WHO_REACH].split(",")[0]
    words = re.findall(r"[^\W\d_]+", clause.lower())
    fates = [w for w in words if COUNT_CLASSES.get(w) in _FATES]
    return fates[-1:]


def _others_joined(after: str) -> str:
    """The words after a count of people with others joined to them blanked ("About 1,200 residents
    and tourists were moved to safety"): what is told after both befell them all."""
    joined = _PEOPLE_AND_OTHERS.match(after)
    if joined is None or joined.group("people").lower() not in PEOPLE_AT_LARGE:
        return after
    start, end = joined.span("others")
    return after[:start] + " " * (end - start) + after[end:]


_PEOPLE_AND_OTHERS = re.compile(r"\s+(?P<people>[^\W\d_]+)(?P<others>\s+and\s+[^\W\d_]+s)\b")
"""People at large and others, all counted ("residents and tourists", "women and children")."""


def _fates_of_the_next_count(after: str) -> list[str]:
    """What befell the people of a count joined to the next one ("Twenty children and six educators
    were killed"): the fate told after the second befell the first too."""
    joined = _AND_THE_NEXT_COUNT.match(after)
    if joined is None:
        return []
    fate = joined.group("fate").lower()
    return [fate] if COUNT_CLASSES.get(fate) in _FATES else []


_AND_THE_NEXT_COUNT = re.compile(
    r"\s+[^\W\d_]+\s+and\s+(?:\d[\d,]*|" + _SPELLED + r")\s+(?:[^\W\d_]+\s+){1,2}?"
    r"(?:were|have\s+been|had\s+been)\s+(?P<fate>[^\W\d_]+)",
    re.IGNORECASE,
)
_WHO = re.compile(r"\s+(?:[^\W\d_]+\s+){1,2}?who\b", re.IGNORECASE)
_WHO_REACH = 80


def _an_event_named(after: str, word: str) -> bool:
    """Whether a word of a fate stands after "the" as the name of an event ("About 1,000 soldiers have
    been deployed to help with the rescue"): what they take part in, not what befell them."""
    return re.search(rf"\bthe\s+{re.escape(word)}\b", after[:80], re.IGNORECASE) is not None


def _worst(name: str, after: str) -> str:
    """What befell people counted as shot or stabbed, when it is said ("Three officers were shot
    and wounded": hurt, as "No one was hurt" counts them; "shot and killed", "shot dead",
    "stabbed to death": dead)."""
    worse = _AND_WORSE.match(after) if name in ("shot", "stabbed") else None
    if worse is None:
        return name
    return "dead" if worse.group("dead") else COUNT_CLASSES[worse.group("fate").lower()]


_FATES = frozenset(
    (
        "dead",
        "injured",
        "shot",
        "stabbed",
        "arrested",
        "missing",
        "trapped",
        "evacuated",
        "rescued",
        "hospitalised",
        "ill",
        "kidnapped",
        "convicted",
        "sold",
    )
)
"""What happens to people, said after a count of them by what they are ("Nine miners were
killed", "22 patients have been hospitalised"): the count is of that, as "nine people" would be."""
_FATE_BEFORE_THE_NOUN = frozenset(
    "trapped injured wounded hurt missing dead rescued evacuated displaced kidnapped abducted arrested detained "
    "jailed hospitalised hospitalized".split()
)
"""Words that tell what befell people when they stand before the noun that names them ("seven trapped
workers", "two injured firefighters"): the count is of that fate, as "Nine miners trapped" is."""
_TREATED_FOR = re.compile(
    r"\s+(?:[^\W\d_]+(?:,[^,;]{1,40},)?\s+){0,3}?"
    r"(?:(?:were|was|are|have\s+been|had\s+been)\s+treated\s+(?:(?:in\s+hospital\s+)?for"
    r"|at\s+the\s+(?:scene|site)|on\s+(?:the\s+)?(?:site|spot)|by\s+(?:paramedics|medics|ambulance\s+crews))"
    r"|(?:have\s+|had\s+)?(?:received|needed|required)\s+(?:medical\s+)?treatment)\b",
    re.IGNORECASE,
)
"""People treated for something ("smoke inhalation", "burns", "shock") or given medical treatment
("Fifteen people, including two firefighters, received medical treatment"): the hurt."""
_TAKEN_BEFORE_HURT = re.compile(
    r"\s+[^\W\d_]+\s+(?:were|was|have\s+been|had\s+been)\s+(?:admitted|taken|rushed)\b", re.I
)
"""The hospital told straight after those counted ("people were taken to hospital"), before any
word of their hurt ("people were injured and taken to hospital" counts the injured)."""
_TAKEN_TO_HOSPITAL_AFTER = re.compile(
    r"\s*(?:were|was|have\s+been|had\s+been)\s+(?:admitted|taken|rushed|flown|airlifted)\s+to\s+(?:a\s+|the\s+)?hospitals?\b",
    re.IGNORECASE,
)
"""Some of those counted taken to hospital ("27 of whom were taken to hospital"): those in hospital."""
_MOVED_TO_SAFETY = r"(?:moved|taken|brought|led|ferried|carried)\s+to\s+safety"
"""People moved to safety: the evacuated."""
_LEFT_THEIR_HOMES = re.compile(
    r"\s+[^\W\d_]+(?:\s+(?:of|from|in|near)\s+(?:the\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)?(?:,[^,;]{1,40},)?"
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:had|have|has|were|was|are)\s+(?:been\s+)?"
    r"(?:(?:forced\s+)?to\s+(?:leave|abandon)\s+(?:their|its|his|her)\s+(?:homes?|houses?)"
    r"|(?:ordered|moved|taken|forced)\s+(?:out\s+of|to\s+leave|from)\s+(?:their|its|his|her)\s+(?:homes?|houses?)"
    r"|(?:ordered|told|forced)\s+to\s+(?:leave|evacuate)"
    rf"|{_MOVED_TO_SAFETY})\b",
    re.IGNORECASE,
)
"""People who had to leave their homes, were ordered or moved out of them or were moved to safety ("around 500
residents had to leave their homes", "Around 8,000 residents near Kelowna, British Columbia, have been ordered
out of their homes", "About 100 residents were moved out of their homes", "Some 30,000 people, most of them
holidaymakers, were moved to safety", "More than 4,000 residents of the Klodzko region were moved to safety"):
the evacuated, as "forcing the evacuation of about 300 people" counts them."""
_TO_HOSPITAL = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,4}?(?:(?:admitted|taken|rushed|airlifted|flown)\s+(?:in)?to\s+(?:a\s+|the\s+)?hospitals?"
    r"|(?:needed|received|required)\s+(?:emergency\s+)?hospital\s+(?:treatment|care)"
    r"|(?:being\s+)?treated\s+in\s+(?:a\s+|the\s+)?hospitals?)\b",
    re.IGNORECASE,
)
"""People taken into hospital ("Nineteen people have been admitted to hospital", "Five were treated in hospital"),
when no word says they were hurt: the count of those hospitalised."""


def tells_a_population(words: AbstractSet[str], text: str) -> bool:
    """Whether a statement may count all there are of a people or a species ("The population of Iberian orcas is
    estimated at about 35 animals", "Only around 39 Iberian orcas remain", "About 4,000 people live in the city", "All
    5,000 residents of Flin Flon"), whatever word its count is in."""
    return (
        "population" in words
        or ("remain" in words and _REMAIN_AT_THE_END.search(text) is not None)
        or (not words.isdisjoint(_LIVING) and _LIVE_THERE.search(text) is not None)
        or ("all" in words and _ALL_RESIDENTS_OF.search(text) is not None)
    )


def tells_of_layoffs(words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words) may count jobs as staff laid off."""
    return "off" in words and not words.isdisjoint(("lay", "lays", "laying", "laid"))


def tells_of_people_moved_to_safety(lower: str) -> bool:
    """Whether a statement (its lower-cased text) may count people moved to safety: the evacuated."""
    return "safety" in lower and _TO_SAFETY.search(lower) is not None


_TO_SAFETY = re.compile(rf"\b{_MOVED_TO_SAFETY}\b")


def tells_of_hospital(words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words) may count people taken into hospital."""
    return "hospital" in words or "hospitals" in words


_POWER_CUT_TO = re.compile(
    r"\b(?:cut|cuts|cutting|knocked\s+out|knocks\s+out|knocking\s+out)\s+(?:off\s+)?(?:power|electricity)\s+(?:supplies\s+)?"
    r"to\s+" + _ROUGHLY + r"$",
    re.IGNORECASE,
)
"""A count of those whose power was cut, told without saying what ("cut power to 800,000 in Ireland"), as
"800,000 properties lost power" tells them."""
_WITHOUT_POWER = re.compile(
    r"\s+(?:(?:of\s+(?:its|their|the)\s+)?(?:customers|people|residents)\s+)?"
    r"(?:(?:were|are|was|remain|remained|have|had|been|left)\s+){0,2}(?:without|lost)\s+(?:power|electricity)\b",
    re.IGNORECASE,
)
"""A count of what is without power, told without saying what ("1.2 million without power") or
as the utility's customers ("About 2 million customers were without electricity", "nearly 2.3
million of its customers", "customers lost power"): in a storm report, its homes."""


def tells_of_homes_without_power(words: AbstractSet[str]) -> bool:
    """Whether a statement (its lower-cased words) may count homes as those without power."""
    return not words.isdisjoint(("without", "lost")) and not words.isdisjoint(("power", "electricity"))


_SEATS_OR_VOTES = re.compile(
    r"\s*(?:seats|votes)\b|\s+of\s+(?:the|its|their)\s+\d[\d,]*\s+(?:[^\W\d_]+\s+)?(?:seats|votes)\b", re.IGNORECASE
)
"""Seats or votes right after a number, or after a total of them ("gives PAS 55 of the 101 seats"), which
count them whatever name comes before it ("gave the Liberals 34 seats"): no name is numbered so."""
_DESIGNATION = re.compile(r"\b(?P<name>[A-Z][a-z]+|[A-Z]{2,5}|[a-z][A-Z][A-Za-z]+)\s$")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}")
_LONG_WORD = re.compile(r"\b[^\W\d_]{4,}")


def _designates(text: str, before: str) -> bool:
    """Whether the capitalised word just before a number in figures names what the number is
    part of the name of ("a Boeing 737", "an ATR 72", "Flight 1182", "Highway 299", "the iPhone 17 Pro"), so it
    counts nothing. Not
    a word that opens a sentence ("About 40,000", "Only 48%", "Police said 12 ...": function
    words, words of bound, time or toll), nor in a headline written in capitals ("Quake Kills
    10", "Firm Cuts 500 Jobs"), where every word is capitalised."""
    name = _DESIGNATION.search(before)
    if name is None:
        return False
    word = name.group("name").lower()
    if word in function_words() or word in _BOUND_WORDS or word in MONTHS or word in WEEKDAYS:
        return False
    if word in COUNT_CLASSES or word in ABOUT_WORDS:
        return False
    if before.strip().lower() == word and _is_gerund(word):
        return False  # "Walking 7,000 steps a day is linked to ...": a deed, not a name
    return len(_CAPITALISED.findall(text)) * 2 < len(_LONG_WORD.findall(text))


def _is_gerund(word: str) -> bool:
    """Whether a word in -ing is an everyday verb's ("walking", "adding"; not "Boeing")."""
    return len(word) > 5 and word.endswith("ing") and word_zipf().get(str(stemmer().stemWord(word)), 0.0) >= 4.0


def _passengers(value: float, before: str, after: str, match: re.Match[str]) -> Quantity | None:
    """Passengers counted: those on board, unless what happened to them follows ("Two
    passengers were killed", "Seven passengers were critically injured": how badly too) or goes
    before ("killing two passengers", read by read_count); with the crew counted beside them, all
    of them ("176 passengers and six crew": the 182 people on board)."""
    if _CAPACITY.search(before):
        return None  # "licensed to carry 60 passengers": what it may carry, not who was on board
    crew = _AND_CREW.match(after)  # "176 passengers and six crew": the 182 people on board
    crew_count = small_count(crew.group("crew")) if crew else None
    both = crew if crew_count is not None else _PASSENGERS_AND_CREW.match(after)  # "300 passengers and crew"
    following = (
        words_after(after[both.end() :], _EVENT_REACH, through_stops=True)
        if both
        else words_after(after, _EVENT_REACH + 1, through_stops=True)[1:]  # past "passengers"
    )
    told = next((k for k, w in enumerate(following) if w in _EVENTS and COUNT_CLASSES[w] != "aboard"), None)
    if told is None and both is None and _OPENS_CLAUSE.search(before) and _DID_SOMETHING.match(after):
        return None  # "Three passengers jumped from the vehicle": some who acted, not all on board
    # "Seven passengers were critically injured": the critically injured, a part of all hurt
    event = "aboard" if told is None else _graded(COUNT_CLASSES[following[told]], following[:told])
    if crew is not None and crew_count is not None:
        end = match.end() + crew.end()
        return Quantity(Kind.COUNT, event, value + crew_count, read_bound(before), match.start(), end, event)
    return Quantity(Kind.COUNT, event, value, read_bound(before), match.start(), match.end(), event)


_DID_SOMETHING = re.compile(r"\s*[^\W\d_]+\s+(?:[a-z]+ed|fled|ran|swam|broke|got|climbed)\b(?<!\bboarded)")
"""Passengers who did something ("Three passengers jumped", "fled"): not a count of all on board..."""
_OPENS_CLAUSE = re.compile(r"(?:^|[,;]\s*|\band\s+)" + _ROUGHLY + "$", re.I)
"""... when the count opens its clause, its passengers the subject ("The ferry with 300 passengers
docked" tells of the ferry)."""


def small_count(number: str) -> float | None:
    """A small count written in figures or a word ("6", "six"), or None."""
    if number.isdigit():
        return float(number)
    return float(NUMBER_WORDS[number.lower()]) if number.lower() in NUMBER_WORDS else None


STOREYS = frozenset(("storey", "story", "floor", "storeys", "floors"))
_PASSENGERS = frozenset(("passengers", "passenger", "travellers", "travelers"))
_RECALL_OF = re.compile(
    r"\brecall\s+(?:(?:of|for|covering)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?\s+)?(?:(?:widens|widened|expands|expanded|"
    r"grows|grew|extends|extended|rises|rose)\s+)?(?:to|of)\s+" + _ROUGHLY + "$",
    re.IGNORECASE,
)
"""A recall told by its size ("a recall of 70,000 cars", "recall widens to 1.5 million vehicles",
"expanded a recall of cars with faulty airbags to 1.5 million vehicles"): the things recalled,
as "recalls 70,000 cars" counts them."""
_MARKETS = frozenset("countries states markets nations regions provinces territories cities".split())
"""Where a recall reaches, not what it recalls ("recall widens to 20 countries")."""
_TIMES_AFTER = frozenset("last next this yesterday today tonight".split())
"""Words of time that may follow a count and count nothing ("rose to 1,230 last year")."""
_COUNT_MOVED_TO = re.compile(
    r"(?:^|[.;:]\s*)(?:the\s+)?(?P<subject>[^\W\d_][^,;:]{0,60}?)\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:(?:rise|rises|rose|risen|climb|climbs|climbed|increase|increases|increased|jump|jumps|jumped|fall|falls|fell"
    r"|fallen|drop|drops|dropped|decline|declines|declined|grow|grows|grew|grown)\s+to|reach|reaches|reached)\s+"
    + _ROUGHLY
    + "$",
    re.IGNORECASE,
)
"""A count told as it moves, with nothing after it to say what it counts: its statement's subject
does ("Measles cases in England rose to 1,230 last year", "Texas measles cases rise to 159", "The
number of cases has reached 1,150 this year")."""
_OWN_COUNT_MOVED_TO = re.compile(
    r"\b(?:doubled|tripled|quadrupled|increased|raised|boosted|lifted|cut|reduced|grew|expanded)\s+"
    r"(?:its|their|his|her|the)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+to\s+" + _ROUGHLY + "$",
    re.IGNORECASE,
)
"""A count its owner moved, named before it ("The far-right Chega party quadrupled its seats to 48",
"raised its workforce to 1,200"): a count of that noun, as "won 48 seats" is."""
_NUMBER_OF = re.compile(r"^(?:the\s+)?(?:number|count|total|tally)\s+of\s+", re.IGNORECASE)
_SUBJECT_PLACE = re.compile(r"\s+(?:in|at|on|across|among|from|for)\s+", re.IGNORECASE)


def _subject_counted(subject: str) -> list[Token]:
    """The meaningful words of a moving count's subject up to its head noun, what it counts: "The
    number of measles cases in West Texas" counts cases, "Texas measles cases" too."""
    counted = _SUBJECT_PLACE.split(_NUMBER_OF.sub("", subject), maxsplit=1)[0]
    return [t for t in tokenize(counted) if t.meaningful]


_TOLL_MOVED = re.compile(
    r"\b(?:toll|deaths)\s+(?:(?:from|of|in)\s+(?:[^\W\d_]+(?:['\u2019-][^\W\d_]+)*,?\s+){1,14}?)?(?:has\s+|had\s+)?"
    r"(?:(?:rise|rises|rose|risen|climb|climbs|climbed|reach|reaches|reached|jump|jumps|jumped|stands|stood|hits|hit)"
    r"\s+(?:to|at)|reach|reaches|reached|hits|hit|tops|topped|passes|passed)\s+(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?$",
    re.IGNORECASE,
)
"""A toll told as it moves ("The death toll rose to 24", "Death toll from Kerala landslides rises
to 52", "The death toll from torrential rain in Brazil's Santa Catarina state has risen to 35",
"death toll reaches 95", "Heatwave deaths in Greece rise to 8 tourists"), a place's region set off by
commas ("in Sidoarjo, East Java, has risen to 67"): the count of the dead."""
_NUMBER_KILLED_MOVED = re.compile(
    r"\bnumber\s+of\s+(?:people\s+)?(?:killed|dead|deaths)\b[^.;,]{0,60}?\b(?:has\s+|had\s+)?"
    r"(?:rises|rose|risen|climbs|climbed|reaches|reached|jumps|jumped|stands|stood)\s+(?:to|at)\s+"
    r"(?:at\s+least\s+|more\s+than\s+|nearly\s+|about\s+)?$",
    re.IGNORECASE,
)
"""A toll told as the number of the dead moving ("The number of people killed by Cyclone Freddy in
Malawi has risen to 190")."""
_CAPACITY = re.compile(
    r"\b(?:(?:licensed|allowed|permitted|authori[sz]ed|designed|built|able|certified)\s+to\s+(?:carry|hold|take)"
    r"|(?:a\s+|its\s+)?(?:maximum\s+)?capacity\s+(?:of|for)|room\s+for)\s+"
    r"(?:up\s+to\s+|only\s+|a\s+maximum\s+of\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
"""What a vessel or a place may hold ("licensed to carry 60 passengers", "had a capacity of 150
passengers"), not who was on board."""
_PASSENGERS_AND_CREW = re.compile(r"\s*passengers?\s+(?:and|plus)\s+crew(?:\s+members)?\b", re.IGNORECASE)
_AND_CREW = re.compile(
    r"\s*passengers?\s+(?:and|plus)\s+(?P<crew>\d+|[a-z]+)\s+(?:crew|staff)(?:\s+members)?\b", re.IGNORECASE
)


_NAME_IN_S_BEFORE_NOUN = re.compile(r"\s*[A-Z][\w'\u2019-]*s\s+(?P<noun>[a-z]+s)\b")
_NOT_NOUNS = frozenset("was is has does goes says makes takes gets".split())


_SAID_THAT = re.compile(r".*\b(?:told|said|says|tell|tells|saying)\b[^.;]*?\bthat\s+", re.IGNORECASE | re.DOTALL)
"""Up to the "that" opening what someone said, before a count ("Survivors told rescuers that ")."""
_ARMED_PEOPLE = re.compile(
    r"\s+(?:(?:heavily|well)\s+)?(?:armed|masked|hooded)\s+(?:men|women|people|individuals|suspects)\b", re.IGNORECASE
)
"""People counted by the arms or masks they bore ("three armed men"): those who attacked."""


def _head_noun(after: str) -> str | None:
    """The counted noun when singular words modify it ("three city contracts", "two police
    officers", "five foreign aid workers"): the first plural word of the next three, when the
    words before it are not; but the name, when it names what a generic noun counts ("nine Emmy
    awards" are eight Emmys)."""
    first, *rest = words_after(after, 3) or [""]
    second = rest[0].lower() if rest else ""
    if second and _COMPOUND_ADJECTIVE.search(first):
        if len(rest) > 1 and not second.endswith("s") and rest[1].lower().endswith("s"):
            return rest[1].lower()  # "150 long-finned pilot whales": whales of a kind
        return second  # "30 water-dropping aircraft", "12 Russian-made drones"
    if second in _NAMED_KINDS and after.lstrip()[:1].isupper():
        return first.lower() + "s"
    if second == "members":  # "22 crew members" are the crew, "40 staff members" the staff
        return first.lower()
    if second in _WINS and first in _WON:
        return first + "s"  # "five stage wins" are five stages won, as "won four stages" counts
    if after.lstrip()[:1].isupper() and any(word.lower() in _THE_SAME_IN_PLURAL for word in rest):
        # "18 Airbus A320neo aircraft": aircraft, not the maker's name that ends in "s"
        return next(word.lower() for word in rest if word.lower() in _THE_SAME_IN_PLURAL)
    if _NAME_AND_MODEL.match(after) and len(rest) == 2 and rest[1].endswith("s") and rest[1] not in PEOPLE_AT_LARGE:
        return rest[1]  # "20 Airbus A320neo jets": jets, past a maker's name and a model
    if second in _ACCOUNTS and first.lower() + "s" in _SERVED:  # "6 million customer accounts": customers
        return first.lower() + "s"
    if first.lower() == "account" and second == "holders":  # "73 million account holders": customers
        return "customers"
    paired = _PAIRED_MODIFIERS.match(after)
    if paired is not None:
        return paired.group("noun").lower()  # "73 million current and former customers": customers
    if second and first.lower() in _SINGULAR_IN_S:
        return second  # "1,320 measles cases"
    named = _NAME_IN_S_BEFORE_NOUN.match(after)
    if named is not None and named.group("noun") not in _NOT_NOUNS:
        return named.group("noun")  # "8.5 million Windows devices": a name that ends in "s" says which devices
    # An acronym ending in "S" is a name, not a plural: "10,000 FLDS followers", "US troops".
    modifiers = [] if _ACRONYM_FIRST.match(after) else [first.lower()]
    for word in (w.lower() for w in rest):
        if any(modifier.endswith("s") for modifier in modifiers):
            return None
        if word.endswith("s"):
            return word if word not in PEOPLE_AT_LARGE else None
        modifiers.append(word)
    return None


_PAIRED_MODIFIERS = re.compile(r"\s*[a-z]+[^s\W]\s+(?:and|or)\s+[a-z]+[^s\W]\s+(?P<noun>[a-z]+s)\b")
"""Two words joined before the counted noun, neither a plural ("current and former customers",
"new or existing users"): they say which of it are counted, as one word before it does."""
_ACRONYM_FIRST = re.compile(r"\s*[A-Z]{2,}\b")
"""An acronym right after a count: a name that says which of the things after it are counted."""
_NAME_AND_MODEL = re.compile(r"\s*[A-Z][a-z]+s\s+[A-Z]*\d[\w-]*\s+[a-z]{2,}s\b")
"""A maker's name ending in "s" and a model with a figure in it before what is counted ("Airbus A320neo jets")."""
_THE_SAME_IN_PLURAL = frozenset("aircraft spacecraft sheep deer fish cattle personnel".split())
"""Counted nouns with no plural "s", which a name before them ("Airbus", "Boeing 737") does not hide."""
_ACCOUNTS = frozenset(("accounts", "records", "profiles"))
"""What a company keeps of each of those it serves: "6 million customer accounts" counts its
customers, as "the data of about 4 million customers" does."""
_SINGULAR_IN_S = frozenset(
    "measles mumps rabies diabetes herpes news series species politics economics telecoms sports customs savings "
    "electronics communications athletics".split()
)
"""Words ending in "s" that are no plural: before a noun they say its kind ("measles cases", "four telecoms cables")."""
_COMPOUND_ADJECTIVE = re.compile(r"-(?:\w+(?:ing|ed)|made|built|run|led|born)$", re.IGNORECASE)
"""A word joined to a verb's form before a noun ("water-dropping", "Iranian-made"): it says what
kind of thing is counted, not the thing."""
_WINS = frozenset(("wins", "victories"))
_WON = frozenset("stage race match game tournament event fight bout".split())
"""Wins of a contest ("five stage wins", "three race victories"): the contests won are counted;
not "career wins" or "home wins", which say which wins."""
_NAMED_KINDS = frozenset("awards prizes medals trophies titles statuettes nominations".split())
"""Nouns a name before them says the kind of ("Emmy awards", "Olympic medals")."""
_RECEIVED = frozenset("received receiving treated treating admitted admitting".split())
"""Verbs of a hospital taking people in: the people it counts are a part of a toll (not
"Children received four doses")."""
_PEOPLE = PEOPLE_AT_LARGE | frozenset("patients victims casualties injured wounded".split())
_CONJUNCTIONS = frozenset("and or but while as when where which who that".split())
_EVENTS = frozenset(word for word, name in COUNT_CLASSES.items() if name not in _THINGS)
"""Words that say what happened to the people counted."""
_TOLLS = frozenset(("dead", "injured", "shot", "stabbed"))
_SAID_BY_THE_VERB = frozenset((*_TOLLS, "aboard", "rescued", "recalled", "arrested", "sold", "trapped"))
"""What a verb before a count of people makes them, whoever they were ("wounding 40 civilians",
"carrying 200 passengers", "pulled 23 people from the water", "arrested six suspects", "trapped nine
workers")."""
_ESTIMATED = re.compile(r"\b(?:estimated|estimates?|counted|numbered|totall?ed)\s+$", re.IGNORECASE)
"""Verbs after which a count needs no noun: "police estimated 15,000" counts what the sentence tells of."""
_HOME_TO = re.compile(
    r"\b(?:home\s+to|population\s+of|a\s+(?:town|city|village)\s+of)\s+" + _ROUGHLY + "$",
    re.I,
)
"""Who live in a place, not what befell them: "Grindavik, home to 3,800 people, was evacuated"."""
_LIVE_THERE = re.compile(
    r"\s+(?:people|residents|inhabitants)\s+(?:live|lived|living|reside)\s+(?:there|in\s+(?:the|this)\s+"
    r"(?:city|town|village|island|municipality)|in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)*)\s*(?:[.,;]|$)",
    re.IGNORECASE,
)
"""Who live in a place, the whole of it ("About 4,000 people live in the city", "live in Grindavik"); not those of a
part ("live in the area at risk of flooding", who are at risk)."""
_LIVING = frozenset(("live", "lived", "living", "reside"))
_ALL = r"\b(?i:all)\s+(?:the\s+|its\s+|their\s+)?"
_RESIDENTS = r"\s+(?:residents|inhabitants|people)\s+(?:of|in)\s+[A-Z]"
_ALL_BEFORE, _RESIDENTS_OF = re.compile(_ALL + "$"), re.compile(_RESIDENTS)
_ALL_RESIDENTS_OF = re.compile(_ALL + r"\S+" + _RESIDENTS)
"""All of a place's residents ("All 5,000 residents of Flin Flon were ordered to leave"): its population, whatever
befell them; told before and after the count, and in a statement as a whole."""
_POPULATION_PUT_AT = re.compile(
    r"\bpopulation\s+(?:of\s+[^,;.]{0,40}?\s+)?(?:is|was|stands\s+at|stood\s+at)\s+(?:now\s+)?"
    r"(?:(?:estimated|put|thought|believed)\s+(?:at|to\s+be)\s+)?" + _ROUGHLY + "$",
    re.I,
)


_REMAIN_AT_THE_END = re.compile(r"\bremain(?:\s+in\s+the\s+wild|\s+alive|\s+today)?\s*(?:[.;]|$)", re.I)
_ALL_THAT_REMAIN = re.compile(
    r"(?:\s+[\w-]+){1,2}?\s+(?:(?:are|were)\s+(?:thought|believed|estimated|said|known)\s+to\s+)?"
    r"(?:remain|are\s+left|be\s+left)(?:\s+in\s+the\s+wild|\s+alive|\s+today)?\s*(?:[.;]|$)",
    re.I,
)
"""A species' or a group's whole number, told as its population or as all that remain ("Only around 39 Iberian orcas
remain", "Fewer than 50 rhinos are thought to remain in the wild"; not "12 people remain missing", nor "all 72 on
board survive", a fate)."""
_WATCHED_BY = re.compile(
    r"\b(?:watched|viewed|seen|streamed)\s+(?:live\s+)?by\s+(?:an\s+estimated\s+|a\s+record\s+)?" + _ROUGHLY + "$",
    re.IGNORECASE,
)
"""Who watched a broadcast, told as people ("watched by an estimated 163 million people"): its
viewers, as "180 million viewers tuned in" counts them."""
_VIEWERS = word_term("viewers")
_OFFSPRING = frozenset(("children", "sons", "daughters", "kids", "grandchildren"))
_LEAVING = re.compile(r"\b(?:survived|leaves|left)\b", re.IGNORECASE)
_LEFT_REACH = 80
"""How far before a count the words of someone dead leaving kin may stand."""
_LEFT_BEHIND = re.compile(
    r"\b(?:survived\s+by|leaves|leaves\s+behind|left\s+behind)\s+(?:"
    r"[^.;]{0,60}\bof\s+(?P<of_own>his|her|their)\s+|(?:[\w'\u2019-]+\s+){0,5})$",
    re.IGNORECASE,
)
"""Someone dead leaving kin, before their count ("is survived by his wife and four children"), or before
the count of all they had ("five of his six children")."""
_KIN_AFTER = re.compile(
    r"\s+(?:of\s+(?:his|her|their)\s+[\w-]+\s+)?(?P<kin>children|sons|daughters|kids|grandchildren)\b", re.IGNORECASE
)
SURVIVING = word_term("children") + " surviving"
"""The count of the children someone dead leaves ("is survived by his wife and four children", "five of his six
children"): not how many they had, nor the rescued."""
CHILDREN = word_term("children")
"""The count a family's size is kept under ("The couple have two children")."""
_HAS_IN_ALL = re.compile(
    r"\b(?:has|have|had|serves|served|serving)\s+" + _ROUGHLY + "$",
    re.I,
)
_SERVES = re.compile(r"\b(?:serves|served|serving)\s+" + _ROUGHLY + "$", re.I)
"""Whom a company serves, whatever it calls them: all it has."""
_SERVED = frozenset("customers clients users subscribers members".split())
"""Those a company has or serves in all ("Achmea has 5 million customers", "serves some five
million Dutch clients"): its size, compared only with its size, not with some of them that
something befell ("hackers accessed data of 900,000 clients")."""
_CALLED_STORES = frozenset("stores shops branches outlets".split())
MEDAL_METALS = ("gold", "silver", "bronze")
"""What a medal may be called by ("eight Olympic golds", "a fifth Olympic gold")."""
_ONE_COUNT_OF = {
    **dict.fromkeys(("customers", "clients", "users", "subscribers", "accounts"), word_term("customers")),
    **dict.fromkeys(_CALLED_STORES, word_term("stores")),
    **dict.fromkeys((f"{metal}s" for metal in MEDAL_METALS), word_term("medals")),
}
"""What a company serves and a chain's shops, each report calling them its own way ("stolen personal
data of 12 million customers" / "Hackers steal data of 9 million Telvio users", "reset passcodes for
7.6 million customers" / "of 6.5 million active accounts"; "operates 52 stores" /
"has 48 branches"), and medals called by their metal ("seven Olympic gold medals" / "She owns eight
Olympic golds"): one count, by the term it is kept under."""
_RUNS = re.compile(
    r"\b(?:has|have|had|operates|operated|operating|runs|ran|running|owns|owned)\s+" + _ROUGHLY + "$", re.I
)
"""What a company runs in all ("The company operates 52 stores"): its size, not the stores something
befalls ("Twelve stores will close")."""
_LAID_OFF = re.compile(
    r"\b(?:lay|lays|laying|laid)\s+off\s+" + _ROUGHLY + "$",
    re.I,
)
"""Staff laid off are jobs cut: "laying off about 1,500 employees" / "cut 1,200 jobs"."""
_SEARCHED_FOR = re.compile(r"\b(?:search|searches|searching|searched)\s+for\s+(?:the\s+)?" + _ROUGHLY + "$", re.I)
"""People searched for are missing: "Rescuers are searching for eight road workers" / "six workers
missing"."""
_WANTED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:suspects?|gunm[ae]n|attackers?|killers?|fugitives?|robbers?|thie(?:f|ves)|escapees?|prisoners?|inmates?)\b",
    re.I,
)
"""Whom a search is for when they are wanted, not missing: "searching for three suspects"."""
_NOUN_AFTER = re.compile(r"\s*(?:[-\u2013]|(?:of|the|a|an|its|their|his|her)\s)", re.IGNORECASE)
"""What may open a noun after a count that `words_after` passes over ("more than 300 of the workers")."""
_PULLED_OUT = re.compile(r"(?:\s+[^\W\d_]+){0,4}?\s+(?:from|out|alive|to\s+safety)\b", re.IGNORECASE)
"""Where people "pulled" are pulled from ("pulled 23 people from the water", "pulled two men out of the
rubble", "pulled 12 miners to safety"): rescued; what is pulled from sale is recalled."""
_ON_BOARD = (
    _PEOPLE
    | _PASSENGERS
    | frozenset("crew migrants refugees pilgrims tourists students soldiers troops workers fans".split())
)
"""Who a vessel carries: people, not its cargo ("carrying three small satellites")."""
_GRADES = {
    "seriously": "seriously",
    "severely": "seriously",
    "gravely": "seriously",
    "badly": "seriously",
    "critically": "critically",
    "moderately": "moderately",
}
"""How badly the people counted were hurt, by the grade it tells: "30 seriously injured" counts a
part of "200 injured", as "30 badly hurt" does. Slightly hurt is hurt: a story that says so tells
everyone injured, as "minor injuries" does."""
_SEVERITY = frozenset((*_GRADES, "slightly", "lightly"))
"""How badly some of the people counted were hurt: "two of them slightly injured" is a part."""
_BOUND_WORDS = frozenset(
    "at least more than over about around roughly nearly almost approximately some estimated an a just".split()
)


_UP = re.compile(r"\s+up\b", re.IGNORECASE)


def words_after(after: str, reach: int, through_stops: bool = False) -> list[str]:
    """Words that say something right after a value (lower-cased, in order), up to a comma, and
    unless through_stops, up to a word like "in" or "and"."""
    words: list[str] = []
    for match in re.finditer(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*|[^\w\s]", after[:80]):
        word = match.group()
        lower = word.lower()
        if not word[0].isalnum() or lower in _CONJUNCTIONS or (lower in _STOP and not through_stops):
            break
        if lower in _STOP:
            continue
        if lower in (
            "of",
            "the",
            "its",
            "his",
            "her",
            "their",
            "a",
            "an",
            "were",
            "was",
            "had",
            "have",
            "has",
            "been",
            "are",
            "is",
            "so",
            "far",
            "be",
            "being",
            "reportedly",
            "still",
            "now",
            "also",
            "who",
            "confirmed",
        ):
            continue  # fmt: skip
        if lower == "held" and _UP.match(after, match.end()):
            lower = "held-up"  # "25 vessels were held up": delayed, not detained
        words.append(lower)
        if len(words) >= reach:
            break
    return words


def _words_before(before: str, reach: int) -> list[str]:
    """Words just before a value, nearest first (lower-cased), past "at least" and the like, up
    to a comma or a word like "to" or "in"."""
    words: list[str] = []
    for match in reversed(list(re.finditer(r"[^\W\d_]+|[^\w\s]", before[-80:]))):
        word = match.group().lower()
        if word in _BOUND_WORDS:
            continue
        if not word[0].isalnum() or word in _STOP:
            break
        words.append(word)
        if len(words) >= reach:
            break
    return words


def name_before(before: str) -> list[str]:
    found = re.search(r"([A-Z][\w'\u2019-]*)\s*,\s*$", before)
    return [found.group(1).lower()] if found else []


_MORE_OF_THE_SAME = frozenset(("dead", "convicted", "arrested"))


def _others_of_another_fate(before: str, after: str) -> bool:
    """Whether "other" people counted are told apart from someone a fate befell before them, and a
    fate of their own follows ("The contractor died, and two other workers were slightly injured"):
    all of those that fate befell, no part of a total. A statement opening on "Another" or on a count
    of "other" people counts those a fate other than death befell apart from the dead the statement
    before told ("Another 115 people were injured", "Two other members of the group were rescued", "Four other
    riders were treated at the scene"):
    all the injured or rescued, where more dead, convicted or arrested would be a part ("Another five died", "Four
    other activists were each sentenced to four years", after the one the story is of)."""
    if _OPENS_ON_ANOTHER.fullmatch(before) or (not before.strip() and _followed_by(after, frozenset(("other",)))):
        told = words_after(after, _EVENT_REACH + 3, through_stops=True)
        fates = [COUNT_CLASSES[w] for w in told if COUNT_CLASSES.get(w) in _FATES]
        if not fates:  # "Four other riders were treated at the scene": all the hurt
            return bool(_TREATED_FOR.match(after))
        return fates[0] not in _MORE_OF_THE_SAME
    if not _followed_by(after, frozenset(("other",))):
        return False
    fates_before = {
        COUNT_CLASSES[w] for w in re.findall(r"[^\W\d_]+", before.lower()) if COUNT_CLASSES.get(w) in _FATES
    }
    told = words_after(after, _EVENT_REACH + 3, through_stops=True)
    fates_after = [COUNT_CLASSES[w] for w in told if COUNT_CLASSES.get(w) in _FATES]
    return bool(fates_before) and bool(fates_after) and fates_after[0] not in fates_before


_OPENS_ON_ANOTHER = re.compile(r"\s*(?:Another|A\s+further)\s+", re.IGNORECASE)
"""A statement's opening words before its count, telling of more than the statement before told."""

_THE_REMAINING = re.compile(r"\bthe\s+remaining\s+$", re.IGNORECASE)
"""Before a count, all that were left ("cancelled the remaining 14 dates of her tour"): a count whole,
as "the last 16 shows" is, not a part of another ("another two", "four other people")."""


def _preceded_by(before: str, words: frozenset[str]) -> bool:
    previous = re.findall(r"[^\W\d_]+", before[-20:])
    return bool(previous) and previous[-1].lower() in words


def _followed_by(after: str, words: frozenset[str]) -> bool:
    following = re.match(r"\s+([^\W\d_]+)", after)
    return bool(following) and following.group(1).lower() in words  # type: ignore[union-attr]
