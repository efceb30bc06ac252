"""Turn a statement into the terms the matcher compares: stems, places, numbers.

Different wordings of one fact meet here: "supplied" and "providing" share the synonym
term of "supply"; "Tehran", "Iranian" and "Iran's" share the place term "@iran"; "120,000"
and "120000" are one number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from claims.lexicon import (
    exact_synonyms,
    function_words,
    irregular_plurals,
    irregular_verbs,
    known_phrases,
    places,
    stemmer,
    synonyms,
    word_zipf,
    wordnet_synonyms,
    wordnet_verb_kinds,
)
from claims.units import SCALE_WORDS

# Initialisms (U.S.), numbers (120,000; 2.5; 40%) and words (don't), without a possessive ending.
_TOKEN = re.compile(
    r"((?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['\u2019](?![sS](?!\w))[^\W\d_]+)*)"
    r"(?:['\u2019][sS]?(?!\w))?"
)
LETTERS = re.compile(r"[^\W\d_]+")
"""Runs of letters: a text's words as written, without digits, underscores or apostrophes."""
_NAME_WORD = r"(?-i:[A-Z])(?:[\w'\u2019&-]|\.(?=\w))+"
CAPITALISED_NAME = _NAME_WORD + r"(?:\s+" + _NAME_WORD + r")*"
"""A pattern of a name told in capitalised words ("Thomas Frank", "Manado", "St Petersburg", "H&M"), to build others
with; its capitals hold where the pattern it is part of ignores case."""
NUMBER_ZIPF = 6.0
"""Numbers are not in the frequency table. They weigh little in the score, because a date or
count that one report omits or gives differently should not hide that both tell of the same
thing; a differing value is a contradiction, found by claims.cues."""
TIME_WORDS = frozenset(
    (
        "january february march april june july august september october november december "
        "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
        "a.m. p.m. gmt utc"
    ).split()
)
"""Words of time weigh as little as numbers: when a report adds the day or the hour ("at 3:42
a.m. local time"), it adds a detail; a different day is a contradiction, found by
claims.quantities."""
SIZE_WORDS = frozenset("dozens tens hundreds thousands millions billions".split())
"""Words of a size weigh as little as numbers: "tens of thousands who marched" tells how many
marched, a detail one report adds or rounds its own way ("An estimated 100,000 people"), not
what the claim is about."""
TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
NUMBER_WORDS = {
    **{
        word: str(value)
        for value, word in enumerate(
            (
                "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen"
            ).split()
        )
    },
    **{word: str(value) for value, word in zip(range(20, 100, 10), TENS.split(), strict=True)},
    "dozen": "12",
}
"""Numbers spelled in one word ("a dozen" is twelve); "twenty-three" is two of them, which
`spelled_number` adds."""


def spelled_number(text: str) -> int:
    """The value of a number spelled in words: "seven", "thirty", "twenty-three", "forty one"."""
    return sum(int(NUMBER_WORDS[word]) for word in re.split(r"[-\s]+", text.lower()))


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or place name as written, with the term it stands for."""

    surface: str
    """Lower-cased, possessive removed: what the frequency table is asked about."""
    term: str
    capitalized: bool
    """Written with a capital: a name, unless it starts the sentence."""
    zipf: float
    """How common the word is in English (Zipf scale); rare words and names say most."""
    is_number: bool = False
    is_place: bool = False
    meaningful: bool = True
    """Says something: not a number, a function word ("has", "the") or a negator ("not")."""

    @classmethod
    def of(cls, surface: str, term: str, capitalized: bool, zipf: float) -> Token:
        number, place = term[0] == "#", term[0] == "@"
        meaningful = not number and (
            place or (surface not in function_words() and not surface.endswith(("n't", "n\u2019t")))
        )  # a place says something, written as a function word or not ("in the US")
        return cls(surface, term, capitalized, zipf, number, place, meaningful)


Phrases = dict[str, list[tuple[tuple[str, ...], str]]]
"""Names of several words that stand for one term, keyed by their first word, longest first."""


def tokenize(text: str, phrases: Phrases | None = None) -> list[Token]:
    """Tokens of a statement, with multi-word place names ("United States") joined, or the
    `phrases` given (claims.acronyms adds the names two articles abbreviate).

    Tokens are immutable and shared: one object per distinct word as written, cached, so
    tokenizing a long article costs a dictionary look-up per word.
    """
    return _tokens_of(_TOKEN.findall(text), known_phrases() if phrases is None else phrases)


def tokenize_clauses(text: str, spans: list[tuple[int, int]]) -> list[list[Token]]:
    """The tokens of each clause of a statement (`spans`: where each starts and ends, in
    order), read in one pass over its text rather than one per clause."""
    words: list[list[str]] = [[] for _ in spans]
    ends = [end for _, end in spans]
    clause = 0
    for match in _TOKEN.finditer(text):
        start = match.start()
        while clause < len(spans) and start >= ends[clause]:
            clause += 1
        if clause == len(spans):
            break
        if start >= spans[clause][0]:
            words[clause].append(match.group(1))
    return [_tokens_of(raw, known_phrases()) for raw in words]


def _tokens_of(raw: list[str], phrases: Phrases) -> list[Token]:
    """Tokens of the words of a statement as written, multi-word places and phrases joined."""
    if not _READ_IN_CONTEXT.isdisjoint(raw):
        return _in_context(_joined(raw, phrases))
    return _joined(raw, phrases)


_DISMISSALS = frozenset(("dismissed", "dismisses", "dismiss", "dismissing"))
_ROLES = frozenset(
    "chief head coach manager director minister president ceo chairman chairwoman chair executive officer "
    "secretary governor commander general editor captain".split()
)
"""Words for whom one is dismissed as: "dismissed chief executive Erik Lindgren"."""
_OWNERS = frozenset("its the his her their our".split())
_ROLE_REACH = 2
"""How far after its owner a role may come ("dismissed its music director")."""


_FIRED = frozenset(("fired", "fires"))
"""A person fired ("Skyline Air chief executive fired", "PM fires defence minister"): sacked."""
_PASSIVE = frozenset("was were been being be is are get gets got".split())
_FIRED_AT = frozenset("at on into upon toward towards across".split())
"""After a passive "fired", where a shot went ("Rockets were fired into Israel"): no sacking."""
_LEAVES = frozenset(("leave", "leaves", "leaving", "left"))
_LEFT_AS = frozenset("dead injured wounded hurt homeless stranded".split())
"""What a disaster leaves people ("Shooting at Accounting Firm Leaves Woman Dead"): no one quits."""
_LEFT_REACH = 4
_STILL = "still"
_MOVED = {"down": "fall", "up": "rise"}
_CLOSED = frozenset("closed closes ended ends finished finishes was were".split())
"""A price told down or up by a share of itself at a close or a day's end ("Apple shares closed down 0.8%", "Ryanair
shares were down 1%"): a fall or a rise, as "fell 0.8%" is."""
_SHARING = frozenset(("share", "shares", "shared", "sharing"))
_BEFORE_A_VERB = frozenset("to will would could can may might must not never also has have had".split())
"""A share given is no stock: "refused to share information", "has shared intelligence" impart it, where "shares rose"
and "a share of the market" are stock and a part: the verb is told by the word before it."""
_STATES_IN_ING = frozenset("missing outstanding ongoing remaining living existing pending".split())
"""Words in "-ing" that tell a state, not a doing one stays at ("40 are still missing")."""
_READ_IN_CONTEXT = frozenset(
    form
    for word in (*_DISMISSALS, *_LEAVES, *_FIRED, *_SHARING, *_MOVED, _STILL, "mine", "won")
    for form in (word, word.capitalize())
)
"""The words `_in_context` reads, as a statement or a headline may write them ("Leaves Woman Dead")."""


def _in_context(tokens: list[Token]) -> list[Token]:
    """Words whose sense their neighbours tell. A dismissal of a person is a sacking, not a
    denial: "dismissed chief executive Erik Lindgren", "dismissed Transport Minister Ana
    Lindqvist", "has dismissed its music director" (the stem, and the synonym group, of
    "dismissed the claims" make every other one a denial); so is a person fired ("Skyline Air
    chief executive fired", "was fired last week"; not "Rockets were fired into Israel"); what
    "leaves" people dead or hurt quits nothing; and one "still" doing a thing stays at it
    ("Studio says Serra still directing 'Long Night' sequel" / "Director Paul Serra leaves 'The
    Long Night' sequel"); "the mine" is a pit, where "is mine" owns; "10.4 trillion won" is money, not a win;
    "refused to share information" imparts it, where "shares rose" are stock; and "closed down 0.8%" fell."""
    found = list(tokens)
    sacked = word_term("sacked")
    for position, token in enumerate(tokens):
        before = tokens[position - 1].surface if position else ""
        following = tokens[position + 1] if position + 1 < len(tokens) else None
        if token.surface in _DISMISSALS and following is not None:
            if following.surface == "as" and position + 2 < len(tokens):
                following = tokens[position + 2]  # "dismissed as Germany coach"; not "dismissed as baseless"
            owned_role = following.surface in _OWNERS and any(
                t.surface in _ROLES for t in tokens[position + 2 : position + 2 + _ROLE_REACH]
            )  # "dismissed its music director"; not "dismissed its claims"
            if not (following.capitalized or following.surface in _ROLES or owned_role):
                continue
            if any(t.surface in _REJECTED for t in tokens[position + 2 : position + 2 + _NAME_REACH]):
                continue  # "dismissed Google's appeal": what the name asked for is rejected
            found[position] = Token.of(token.surface, sacked, token.capitalized, token.zipf)
        elif token.surface in _FIRED and (
            before in _ROLES
            or any(t.surface in _ROLES for t in tokens[position + 1 : position + 3])
            or (
                token.surface == "fired"
                and before in _PASSIVE
                and (following is None or following.surface not in _FIRED_AT)
            )
        ):
            found[position] = Token.of(token.surface, sacked, token.capitalized, token.zipf)
        elif (
            token.surface == _STILL
            and following is not None
            and following.surface.endswith("ing")
            and following.surface not in _STATES_IN_ING
        ):
            found[position] = Token.of(token.surface, word_term("stay"), token.capitalized, token.zipf)
        elif token.surface in _LEAVES and any(
            t.surface in _LEFT_AS for t in tokens[position + 1 : position + 1 + _LEFT_REACH]
        ):
            found[position] = Token.of(token.surface, stemmer().stemWord("leave"), token.capitalized, token.zipf)
        elif token.surface in _SHARING and before in _BEFORE_A_VERB:
            found[position] = Token.of(token.surface, word_term("impart"), token.capitalized, token.zipf)
        elif (
            token.surface in _MOVED
            and before in _CLOSED
            and following is not None
            and following.is_number
            and following.surface.endswith("%")
        ):
            found[position] = Token.of(token.surface, word_term(_MOVED[token.surface]), token.capitalized, token.zipf)
        elif token.surface == _WON and before in SCALE_WORDS:
            found[position] = Token.of(token.surface, _KOREAN_WON, token.capitalized, token.zipf)
        elif token.surface.lower() == _MINE and before not in _MINE_OWNED_AFTER:
            found[position] = replace(token, meaningful=True)  # "The mine was operating": a pit, not "is mine"
    return found


_MINE = "mine"
_WON = "won"
_KOREAN_WON = "krw"
"""After a scale (claims.units.SCALE_WORDS), "won" is Korea's currency ("10.4 trillion won"), which no one won; after a
bare number it may be the verb ("Nadal, 38, won 22 major titles"), as claims.units reads it."""
_MINE_OWNED_AFTER = frozenset("is was are were be been being of and or than".split())
"""Words after which "mine" is whose a thing is ("The decision is mine", "a friend of mine"), not a pit."""


_REJECTED = frozenset(
    "appeal appeals claim claims case request requests bid challenge lawsuit suit complaint complaints motion "
    "argument arguments objection objections petition allegation allegations account accounts report reports "
    "offer proposal".split()
)
"""What a name asks for or says, which a dismissal rejects ("dismissed Google's appeal", "dismissed
Kyiv's claims"), written after the name (the possessive's "'s" is not a token)."""
_NAME_REACH = 2


def _joined(raw: list[str], phrases: Phrases) -> list[Token]:
    """Tokens of the words as written, multi-word places and phrases joined, and a number
    spelled in tens and units ("Thirty-eight") one token."""
    if not any(word in phrases or word in _TENS_AS_WRITTEN for word in raw):
        return [token for token in map(_token, raw) if token.surface]
    tokens: list[Token] = []
    index = 0
    while index < len(raw):
        word = raw[index]
        phrase = _phrase_at(raw, index, phrases)
        if phrase:
            length, term = phrase
            words = raw[index : index + length]
            zipf = min(_token(w).zipf for w in words)
            tokens.append(Token.of(" ".join(words).lower(), term, words[0][:1].isupper(), zipf))
            index += length
            continue
        token = _token(word)
        if token.surface:
            tokens.append(token)
        index += 1
    return tokens


def _phrase_at(words: list[str], index: int, phrases: Phrases) -> tuple[int, str] | None:
    """The phrase (a place or name of several words) or spelled number ("Thirty-eight") that starts
    at a word, as its length in words and its term; none for a word alone."""
    word = words[index]
    if word in phrases:
        return _place_phrase(words, index, phrases[word])
    return _tens_and_units(words, index) if word in _TENS_AS_WRITTEN else None


def token_spans(text: str) -> list[tuple[Token, int, int]]:
    """The tokens of a statement with where each stands in its text (multi-word places joined).

    Slower than `tokenize`; for the few statements whose words a reason points at.
    """
    words: list[str] = _TOKEN.findall(text)
    starts = _starts(text, words)
    phrases = known_phrases()
    spans: list[tuple[Token, int, int]] = []
    index = 0
    while index < len(words):
        word = words[index]
        phrase = _phrase_at(words, index, phrases)
        if phrase:
            length, term = phrase
            start, last = starts[index], starts[index + length - 1] + len(words[index + length - 1])
            spans.append((Token.of(text[start:last].lower(), term, word[:1].isupper(), 0.0), start, last))
            index += length
            continue
        token = _token(word)
        if token.surface:
            spans.append((token, starts[index], starts[index] + len(word)))
        index += 1
    if _READ_IN_CONTEXT.isdisjoint(words):
        return spans
    tokens = _in_context([token for token, _, _ in spans])
    return [(token, start, end) for token, (_, start, end) in zip(tokens, spans, strict=True)]


def _starts(text: str, words: list[str]) -> list[int]:
    """Where each of a text's words (`_TOKEN.findall`) starts: each is found after the one before,
    as nothing between two of them (spaces, punctuation) can start a word. Finding words so is four
    times faster than making the regular expression's match objects (`finditer`)."""
    starts: list[int] = []
    at = 0
    for word in words:
        at = text.find(word, at)
        starts.append(at)
        at += len(word)
    return starts


_ACRONYMS_OF_FUNCTION_WORDS = frozenset(("WHO", "IT", "IS"))
"""Names written as a function word in capitals: the World Health Organization, information
technology, the Islamic State group; their term is the acronym, which says as much as a name."""


@lru_cache(maxsize=262144)
def _token(word: str) -> Token:
    """The token for a word as written (case matters: "US" is a place, "us" is not, and "WHO"
    is a name, "who" a function word)."""
    if word in _ACRONYMS_OF_FUNCTION_WORDS:
        return Token(word.lower(), word, True, 0.0)
    surface = word.lower()
    place = places().single.get(word) if word[0].isupper() else None
    if surface in SIZE_WORDS:  # its own term: "billion" of "15 billion euros" keeps its weight
        return Token.of(surface, surface, word[0].isupper(), NUMBER_ZIPF)
    term = place or word_term(word)
    zipf = NUMBER_ZIPF if term[0] == "#" or surface in TIME_WORDS else word_zipf().get(surface, 0.0)
    return Token.of(surface, term, word[0].isupper(), zipf)


_TENS = frozenset(TENS.split())
_TENS_AS_WRITTEN = frozenset(form for word in _TENS for form in (word, word.capitalize(), word.upper()))
"""The tens as a statement may write them, so most statements are passed over without lowering a word."""
_UNITS = frozenset(word for word, value in NUMBER_WORDS.items() if 1 <= int(value) <= 9)


def _tens_and_units(raw: list[str], index: int) -> tuple[int, str] | None:
    """A number spelled in two words ("Thirty-eight", "forty one") as one term: "#38", as
    "38" is written, not "#30" and "#8"."""
    if raw[index].lower() in _TENS and index + 1 < len(raw) and raw[index + 1].lower() in _UNITS:
        return 2, f"#{spelled_number(raw[index] + ' ' + raw[index + 1])}"
    return None


def _place_phrase(raw: list[str], index: int, candidates: list[tuple[tuple[str, ...], str]]) -> tuple[int, str] | None:
    for words, term in candidates:
        if tuple(raw[index : index + len(words)]) == words:
            return len(words), term
    return None


@lru_cache(maxsize=65536)
def word_term(word: str) -> str:
    if word[0].isdigit():  # "61%" is the number "61 percent" gives: the sign is no part of it
        return "#" + normalise_number(word.removesuffix("%"))
    if word.lower() in NUMBER_WORDS:
        return "#" + NUMBER_WORDS[word.lower()]
    lower = word.lower()
    exact = exact_synonyms().get(lower)
    if exact is not None:
        return exact
    base = irregular_verbs().get(lower) or irregular_plurals().get(lower, lower)
    stem = str(stemmer().stemWord(base))
    if stem not in synonyms():  # "criticise" has a group of its own, apart from "critical"
        stem = str(stemmer().stemWord(_american_spelling(base)))
    return synonyms().get(stem, stem if not stem.endswith("ck") else _without_an_added_k(stem))


def _without_an_added_k(stem: str) -> str:
    """A verb ending in -c takes a k before -ed and -ing ("panicked", "mimicking"), which the stemmer
    keeps: "panick" is no word but "panic" is, and "panicked" is said of the same as "in panic".
    "Packed" stays "pack", a word of its own."""
    zipf = word_zipf()
    return stem[:-1] if stem not in zipf and stem[:-1] in zipf else stem


def _american_spelling(word: str) -> str:
    """A British -ise or -yse spelling as its American -ize or -yze ("hospitalised": "hospitalized"),
    when English writes that one too: the stemmer cuts "hospitalized" to "hospit", as "hospital",
    but leaves "hospitalised" whole, and a British report would share no word with an American one.
    "Promised" and "raised" have no -ize form, and stay."""
    british = _BRITISH_SPELLING.match(word)
    if british is None:
        return word
    american = f"{british.group('root')}{british.group('y') or 'i'}z{british.group('end')}"
    return american if american in word_zipf() else word


_BRITISH_SPELLING = re.compile(r"(?P<root>[a-z]{3,}?)(?:(?P<y>y)|i)s(?P<end>e|es|ed|ing|ation|ations|er|ers)$")


def normalise_number(text: str) -> str:
    """One spelling per number: thousands separators go, "2,5" stays a decimal."""
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?%?", text):
        return text.replace(",", "")
    return text.replace(",", ".")


@cache
def doings_in_general() -> dict[str, frozenset[str]]:
    """Each verb's term with the terms of the more general doings it is a kind of ("slic" with
    "cut"; claims.lexicon.wordnet_verb_kinds), as the engine spells them."""
    found: dict[str, set[str]] = {}
    for verb, general in wordnet_verb_kinds().items():
        found.setdefault(word_term(verb), set()).update(word_term(other) for other in general)
    return {term: frozenset(others) for term, others in found.items()}


@cache
def terms_in_other_words() -> dict[str, frozenset[str]]:
    """Each term with the other terms of its words' WordNet synonyms ("rais" with "hike"
    through "raise" / "hike"; claims.lexicon.wordnet_synonyms), as the engine spells them."""
    found: dict[str, set[str]] = {}
    for word, others in wordnet_synonyms().items():
        term = word_term(word)
        for other in others:
            other_term = word_term(other)
            if other_term != term and term[0] != "#" and other_term[0] != "#":
                found.setdefault(term, set()).add(other_term)
                found.setdefault(other_term, set()).add(term)
    return {term: frozenset(others) for term, others in found.items()}
