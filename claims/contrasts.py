"""Words that exclude each other in one claim (claims/data/contrasts.txt): opposites of one fact
("rose" / "fell", "overturned" / "upheld") and rivals of a kind ("a man" / "a woman"), and
whether two statements say them of one thing (the words beside them, or the subject both open
with), which is what makes two opposites a contradiction rather than two facts.
"""

from __future__ import annotations

import re
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from claims.attribution import TITLES
from claims.lexicon import NEGATORS, contrast_groups
from claims.polarity import Stance, is_meaningful, meaningful_terms
from claims.quantities import ORDINALS, VOTE
from claims.quantity import Kind
from claims.reading import Reading, of_one_statement
from claims.terms import Token, tokenize, word_term


@dataclass(frozen=True)
class Contrast:
    term_a: str
    term_b: str
    contradicts: bool


def find_contrast(a: Reading, b: Reading, beside_one_thing: bool = True) -> Contrast | None:
    """One says a word where the other says its opposite or a rival of its kind ("rose" /
    "fell", "a man" / "a woman"), and neither says both: the same frame, a different claim.
    Places are not rivals: a report adds where as readily as it names another country.
    beside_one_thing: only words with a neighbour in common (_neighbours); else opposites
    anywhere, for two statements that otherwise make one claim."""
    by_prefix = _rivals_by_prefix(a, b)
    if not by_prefix and (a.words_said.isdisjoint(_rival_terms()) or b.words_said.isdisjoint(_rival_terms())):
        return None
    rivals: Mapping[str, dict[str, bool]] = ChainMap(by_prefix, _rivals()) if by_prefix else _rivals()
    found = _contrast_among(
        a, b, a.words_said - _not_claimed(a), b.words_said - _not_claimed(b), beside_one_thing, rivals
    )
    if found is None and beside_one_thing and (_BACKGROUND.search(a.text) or _BACKGROUND.search(b.text)):
        # What each claims before its background ("Siemens raised its profit forecast after new
        # orders rose 12%" / "Siemens lowered its profit guidance, even though orders grew"): a word
        # both say, there in the background, may be set against its opposite in the claim; one
        # background is enough ("halted the publication of results on Tuesday" / "resumed posting
        # results on Wednesday after a pause": a halt against a resumption).
        mine, theirs = claimed_terms(a), claimed_terms(b)
        found = _contrast_among(a, b, mine - _not_claimed(a), theirs - _not_claimed(b), beside_one_thing, rivals)
    return found


def _rivals_by_prefix(a: Reading, b: Reading) -> dict[str, dict[str, bool]]:
    """A word one statement writes and the other writes negated by a prefix ("armed" / "unarmed", "effective" /
    "ineffective", "constitutional" / "unconstitutional"), each the other's contradicting rival: found by how they are
    written, as their stems ("arm", "effect", "constitution") are other words' too."""
    found: dict[str, dict[str, bool]] = {}
    for negating, other in ((a, b), (b, a)):
        negated = _negated_by_prefix(negating)
        if not negated:
            continue
        tokens = other.tokens
        for position, token in enumerate(tokens):
            told = negated.get(token.surface)
            if told is None or token.term == told[0] or told[1] != _noun_after(tokens, position):
                continue
            if position and tokens[position - 1].surface in _NEGATING_WORDS:
                continue  # "non- operative" / "inoperative": the negation written apart
            found.setdefault(told[0], {})[token.term] = True
            found.setdefault(token.term, {})[told[0]] = True
    return found


@of_one_statement
def _negated_by_prefix(reading: Reading) -> dict[str, tuple[str, str | None]]:
    """The words a statement writes with a prefix that negates them, each under the word negated, as written, with
    the term the negated word stands for and the noun it is said of, if it comes right before one ("unarmed": "armed"
    -> its term and None, as in "the man was unarmed"; "unarmed civilians": "civilian")."""
    found: dict[str, tuple[str, str | None]] = {}
    tokens = reading.tokens
    for position, token in enumerate(tokens):
        surface = token.surface
        for prefix, endings in _NEGATING_PREFIXES:
            if surface.startswith(prefix) and surface.endswith(endings) and surface not in _NOT_NEGATIONS:
                base = surface[len(prefix) :]
                if len(base) >= _SHORTEST_NEGATED:
                    found[base] = token.term, _noun_after(tokens, position)
    return found


def _noun_after(tokens: list[Token], position: int) -> str | None:
    """The term of the word right after a word, if it says something (a noun the word describes: "armed police"),
    else None (the word is said of its subject: "the man was armed when ...")."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    return following.term if following is not None and is_meaningful(following) else None


_NEGATING_WORDS = NEGATORS | {"non"}
"""Words before a word that negate it apart from any prefix ("not effective", "non- operative")."""


_NEGATING_PREFIXES = (
    ("un", ("able", "ible", "al", "ive", "ful", "ent", "ant", "ed", "ic", "ar", "ly", "ous")),
    ("non-", ("able", "ible", "al", "ive", "ful", "ent", "ant", "ed", "ic", "ar", "ous")),
    ("in", ("able", "ible", "ive", "ent", "ant", "ate", "al", "ar", "ect")),
    ("im", ("able", "ible", "ive", "ent", "ant", "ate", "al", "ar", "ect")),
    ("il", ("able", "ible", "al", "ate")),
    ("ir", ("able", "ible", "ive", "ent", "ant", "al", "ar")),
)
"""Prefixes that negate a word, each with the endings of the words it negates: adjectives, and past participles
only after "un" ("unarmed", "unnamed"): "informed" is not "formed" negated, nor "invaluable" "valuable"."""
_NOT_NEGATIONS = frozenset(
    "invaluable inflammable impatient intent invent indent impart implant impressive impulsive uncovered unveiled "
    "unfolded unravelled unraveled unleashed unbending incentive inventive intensive inclusive invariable "
    "imperial internal interval interstate intimate inmate innate intricate illustrate illiterate".split()
)
"""Words that open on such a prefix and end as such a word but do not negate it: "invaluable" is most valuable,
"uncovered" found, "intent" no tent. A word and its negation are rivals only said alike: of their subjects both, or
of one noun each comes right before ("Armed police shot dead a man" / "Man shot by police was unarmed": the police
armed, the man not)."""
_SHORTEST_NEGATED = 4


def _moved_alike_from_one_figure(
    telling: Reading, word: str, other: Reading, rivals: Mapping[str, dict[str, bool]]
) -> bool:
    """Whether a statement saying `word` tells a move the other way ("down from", "up from") from a figure the other
    moves from too: "Consumer prices ... rose 2.2% year-on-year in March, down from 2.3%" tells the rate down from 2.3%
    as "Inflation ... eased to 2.2% in March from 2.3%" does; the prices rose at that rate, and "rose" is no opposite
    of "eased" there. "Turnout was 58%, down from 51%" says no rise besides ("Turnout rose to 58% from 51%")."""
    if not any(move in telling.words_said for move in _FROM_A_FORMER if move in rivals.get(word, {})):
        return False
    return any(
        re.search(_OPPOSITE_FROM[former.group(1).lower()] + re.escape(former.group(2)) + r"(?!\d)", other.text)
        for former in _FROM_A_FIGURE.finditer(telling.text)
    )


_FROM_A_FORMER = frozenset(("down_from", "up_from"))
_FROM_A_FIGURE = re.compile(r"\b(down|up)\s+from\s+(\d[\d.,]*\d|\d)", re.IGNORECASE)
"""A move told from a former figure ("down from 2.3%", "up from 1.9%"), its way and the figure kept."""
_OPPOSITE_FROM = {"down": r"(?<!\bup\s)\bfrom\s+", "up": r"(?<!\bdown\s)\bfrom\s+"}
"""The other's "from" a figure, not told the opposite way ("up from 3.12" is no move down from it)."""


def _not_claimed(reading: Reading) -> frozenset[str]:
    """The terms a statement says only where it supposes, or only of the earlier event its claim
    counts from (claims.reading.Reading.told_since_only)."""
    return reading.supposed_only | reading.told_since_only


def claimed_terms(reading: Reading) -> frozenset[str]:
    """The terms of a statement's first clause up to its background ("after", "as", "even though",
    "despite", "amid": "Ryanair reports record profit despite lower fares" claims the profit): where
    a statement, a headline above all, puts its claim."""
    start, end = reading.clause_spans[0] if reading.clause_spans else (0, len(reading.text))
    background = _BACKGROUND.search(reading.text, start, end)
    return meaningful_terms(reading.text[start : background.start() if background else end])


def terms_only_in_background(reading: Reading) -> frozenset[str]:
    """The terms a statement says only in its background, after "as", "after", "despite" and the like
    to its clause's end ("Bank of England holds rates at 5.25% as inflation eases": inflation easing)."""
    spans = reading.clause_spans or [(0, len(reading.text))]
    background: set[str] = set()
    foreground: set[str] = set()
    for start, end in spans:
        found = _BACKGROUND.search(reading.text, start, end)
        cut = found.start() if found else end
        foreground |= meaningful_terms(reading.text[start:cut])
        background |= meaningful_terms(reading.text[cut:end])
    return frozenset(background - foreground)


_BACKGROUND = re.compile(
    r"\s(?:after|as|despite|in\s+spite\s+of|(?:even\s+)?though|although|while|amid)\s", re.IGNORECASE
)


def _contrast_among(
    a: Reading,
    b: Reading,
    said_a: frozenset[str],
    said_b: frozenset[str],
    beside_one_thing: bool,
    rivals: Mapping[str, dict[str, bool]],
) -> Contrast | None:
    """The first word of `said_a` whose opposite or rival (`rivals`) `said_b` says, neither saying both (see
    find_contrast)."""
    contrasted = (said_a - said_b) & rivals.keys()
    if not contrasted:
        return None
    only_b = said_b - said_a
    for term in sorted(contrasted):
        present = [
            (other, contradicts) for other, contradicts in sorted(rivals.get(term, {}).items()) if other in only_b
        ]
        if len(present) > 1:  # "lifted the ban" / "kept the ban in place": the rival said beside most of the same
            present.sort(key=lambda rival: -len(_neighbours(a, term) & _neighbours(b, rival[0])))
        for other, contradicts in present:
            if _moved_alike_from_one_figure(b, other, a, rivals) or _moved_alike_from_one_figure(a, term, b, rivals):
                continue  # "rose 2.2% year-on-year in March, down from 2.3%" / "eased to 2.2% ... from 2.3%"
            if (
                _kept_what_moved(a, term, b, other)
                if _KEEP in (term, other) and {term, other} <= _RISE_AND_FALL
                else (
                    _neighbours(a, term) & _neighbours(b, other)
                    or _of_one_subject(a, term, b, other)
                    or ({term, other} <= _RISE_AND_FALL and _moved_of_one_thing(a, term, b, other))
                    or _avowals_of_claims(a, term, b, other)
                    or ({term, other} <= _TAKING_OR_REFUSING and _objects_alike(a, term, b, other))
                )
                if beside_one_thing or {term, other} <= _RISE_AND_FALL
                else contradicts
            ):
                if _roles_swapped(a, b, term, other):
                    continue  # "Arsenal beat Chelsea" / "Chelsea lose at Arsenal": one result
                if _deed_of_other_things(a, term, b, other):
                    continue  # "would keep buying government bonds" / "will stop buying exchange-traded funds"
                if _ends_a_compound(a, term) or _ends_a_compound(b, other):
                    continue  # "Feyenoord centre-back Sem van Leeuwen": no backing
                if _conviction_reversed(a, term) or _conviction_reversed(b, other):
                    continue  # "overturned the murder conviction of ..." / "was acquitted"
                if _of_another_one(a, term) or _of_another_one(b, other):
                    continue  # "Police arrested two men" / "Police are still searching for a third suspect"
                if _OPENS_ON_OTHERS.match(a.text) or _OPENS_ON_OTHERS.match(b.text):
                    continue  # "Three other students are still being held" / "Fourteen students ... were released"
                if (
                    {term, other} == _TWO_SIDES_OF_A_SALE
                    and _sale_told_of_the_thing(a, term)
                    and _sale_told_of_the_thing(b, other)
                ):
                    continue  # "A single ticket sold in California" / "One ticket, bought in California": one sale
                if {term, other} <= _DIRECTIONS and _named_after(a, term) != _named_after(b, other):
                    continue  # "the southern city of Kherson" / "the eastern side of the Dnipro": two things placed
                if _from_one_place(a, term, b, other):
                    continue  # "The flight was arriving from Bangkok" / "Flight 7C2216 had departed from Bangkok"
                if _degree_of_harm(a, term) and _degree_of_harm(b, other):
                    continue  # "two others were critically injured" / "two men were seriously wounded": no rival grades
                if _a_fraction(a, term) or _a_fraction(b, other):
                    continue  # "in third round of layoffs" / "about a sixth of its staff"
                if {term, other} <= _SIDES_OF_A_VOTE and (_splits_a_vote(a) or _splits_a_vote(b)):
                    continue  # "207 lawmakers voted in favour ..., while 394 voted against" / "won the support of 207"
                if {term, other} == _ARREST_AND_DEATH and (
                    _a_crime_of_killing(a, term) or _a_crime_of_killing(b, other)
                ):
                    continue  # "Man arrested over murder of Antwerp jeweller" / "Suspect held in ... killing"
                if _groups_counted_apart(a, term, b, other):
                    continue  # "104 people survived the collapse" / "67 people had been confirmed dead": two groups
                if _another_step(a, term) or _another_step(b, other):
                    continue  # "EU regulator backs ... drug" / "recommended lecanemab ..., after rejecting it in July"
                if term in _RANKS and (_ranked_in_an_earlier_step(a, term) or _ranked_in_an_earlier_step(b, other)):
                    continue  # "elected ... after failing to win a majority in a first vote" / "in a second vote"
                if term in _RANKS and (_one_more(a, term) or _one_more(b, other)):
                    continue  # "A third climber survived" / "A fourth member of the group was rescued"
                if term in _RANKS and _ranked_in_a_year(a, term) != _ranked_in_a_year(b, other):
                    return Contrast(term, other, False)  # "the seventh test flight" / "the sixth of the year"
                if contradicts and _negated(a, term) != _negated(b, other):
                    continue  # "was found not guilty" / "acquitted": the negation of one is the other
                if _closing_then_reopening(a, term, b, other) or _closing_then_reopening(b, other, a, term):
                    return Contrast(term, other, False)  # "Etna eruption shuts ..." / "... partly reopens": two steps
                return Contrast(term, other, contradicts)
    return None


def _deed_of_other_things(a: Reading, term: str, b: Reading, other: str) -> bool:
    """Whether a deed kept up or stopped is told right after each word, done to things each names and the other does
    not ("would keep buying government bonds" / "will stop buying exchange-traded funds"): two deeds, one kept up and
    one stopped, not one deed told two ways."""
    if _KEEP not in (term, other) and _STOP not in (term, other):
        return False
    deed_a, deed_b = _word_after(a, term), _word_after(b, other)
    if deed_a is None or deed_b is None or deed_a[0].term != deed_b[0].term or not deed_a[0].surface.endswith("ing"):
        return False
    things_a, things_b = _things_after(a, deed_a[1]), _things_after(b, deed_b[1])
    return bool(things_a and things_b) and things_a.isdisjoint(b.terms) and things_b.isdisjoint(a.terms)


def _word_after(reading: Reading, term: str) -> tuple[Token, int] | None:
    """The word right after the first word standing for a term, and where it stands among the statement's words."""
    tokens = reading.tokens
    where = next((position for position, token in enumerate(tokens) if token.term == term), None)
    if where is None or where + 1 >= len(tokens):
        return None
    return tokens[where + 1], where + 1


def _things_after(reading: Reading, position: int) -> frozenset[str]:
    """The terms of the words that say something among the _DEED_OBJECT_REACH after a position: what a deed is done
    to."""
    following = reading.tokens[position + 1 : position + 1 + _DEED_OBJECT_REACH]
    return frozenset(token.term for token in following if is_meaningful(token))


_DEED_OBJECT_REACH = 3
_STOP = word_term("stop")


def _from_one_place(a: Reading, term: str, b: Reading, other: str) -> bool:
    """Whether both say their word of two rivals with where it was from, and the place is the same
    ("arriving from Bangkok" / "departed from Bangkok"): one origin told, not an arrival against a
    departure."""
    found = []
    for reading, word in ((a, term), (b, other)):
        where = reading.first_word(word)
        place = _FROM.match(reading.text, where[1]) if where is not None else None
        if place is None:
            return False
        found.append(word_term(place.group(1)))
    return found[0] == found[1]


_FROM = re.compile(r"\s+from\s+(?:the\s+)?([\w'\u2019-]+)", re.IGNORECASE)


def _degree_of_harm(reading: Reading, term: str) -> bool:
    """Whether a statement says a term as how badly someone was hurt ("critically injured", "seriously
    wounded"): a critical injury is a serious one, so two such degrees are no rivals, as the grades of
    a patient's condition are ("in critical condition" / "in serious condition")."""
    where = reading.first_word(term)
    return (
        where is not None
        and reading.text[where[0] : where[1]].lower().endswith("ly")
        and _HARMED.match(reading.text, where[1]) is not None
    )


_HARMED = re.compile(r"\s+(?:injured|wounded|hurt|hit|burned|burnt|ill)\b", re.IGNORECASE)


def _ranks_of_one_series(a: Reading, rank_a: str, b: Reading, rank_b: str) -> bool:
    """Whether two ranks are of one series of one thing: the word each ranks is the same, and
    both count it in the year alone ("its third cut this year" / "the bank's second reduction of
    the year"; a rank among all is another count, `_contrast_among`) or among the owner's own
    ("his third marathon" / "the 27-year-old's second marathon", "its second stage" / "the rocket's
    third stage")."""
    ranked = _ranked_term(a, rank_a)
    if ranked is None or ranked != _ranked_term(b, rank_b):
        return False
    in_a_year = _ranked_in_a_year(a, rank_a) and _ranked_in_a_year(b, rank_b)
    return in_a_year or (_owned_rank(a, rank_a) and _owned_rank(b, rank_b))


def _an_earlier_ones_rank(a: Reading, b: Reading, contrast: Contrast) -> bool:
    """Whether one of two ranks is told of an occasion before the one its statement tells
    (`_rank_of_an_earlier_one`)."""
    return {contrast.term_a, contrast.term_b} <= _RANKS and (
        _rank_of_an_earlier_one(a, contrast.term_a) or _rank_of_an_earlier_one(b, contrast.term_b)
    )


def _rank_of_an_earlier_one(reading: Reading, rank: str) -> bool:
    """Whether a rank stands in an aside on an occasion the statement's own follows ("The cuts follow 6,000 job losses
    announced in May, the company's second round"): the rank of that earlier occasion."""
    where = reading.first_word(rank)
    return where is not None and _AFTER_AN_EARLIER_ONE.search(reading.text, 0, where[0]) is not None


_AFTER_AN_EARLIER_ONE = re.compile(
    r"\b(?:follows?|followed|following|after|comes\s+after)\b[^.;]*,\s+"
    r"(?:the\s+[\w-]+['\u2019]s|its|their|his|her)\s+$",
    re.IGNORECASE,
)


def _owned_rank(reading: Reading, rank: str) -> bool:
    """Whether a rank counts among its owner's own ("his third marathon", "Kipyegon's second")."""
    where = reading.first_word(rank)
    return where is not None and _OWNER_BEFORE.search(reading.text, 0, where[0]) is not None


_OWNER_BEFORE = re.compile(r"(?:\b(?:his|her|its|their)|\w['\u2019]s)\s+(?:only\s+)?$", re.IGNORECASE)


def _ranked_term(reading: Reading, rank: str) -> str | None:
    """The term of the word a rank stands before ("third cut": the cut), if one says something."""
    tokens = reading.tokens
    for position, token in enumerate(tokens[:-1]):
        if token.term == rank:
            following = tokens[position + 1]
            return following.term if is_meaningful(following) else None
    return None


_RUN_WORDS = frozenset(word_term(word) for word in ("straight", "consecutive", "successive"))
"""Words between a rank and what it ranks that say the run is unbroken ("third straight year")."""


def ranks_of_other_things(a: Reading, b: Reading, contrast: Contrast) -> bool:
    """Whether two ranks rank different things: two unbroken runs ("for third straight year" / "with ninth straight
    win"), a placing and what is not one ("fourth straight world title" / "a fifth-place finish"), or an occasion and
    one before it (`_an_earlier_ones_rank`): no rival counts of one series. Other words after a rank may name one
    series alike ("third flight to space" / "second spaceflight")."""
    if not {contrast.term_a, contrast.term_b} <= _RANKS:
        return False
    if _an_earlier_ones_rank(a, b, contrast):
        return True
    ran_a, ran_b = _run_ranked(a, contrast.term_a), _run_ranked(b, contrast.term_b)
    if ran_a is not None and ran_b is not None and ran_a != ran_b:
        return True
    ranked_a, ranked_b = _ranked_term(a, contrast.term_a), _ranked_term(b, contrast.term_b)
    return ranked_a is not None and ranked_b is not None and (ranked_a in _PLACINGS) != (ranked_b in _PLACINGS)


_PLACINGS = frozenset(word_term(word) for word in ("place", "finish", "position", "spot"))
"""What a rank ranks when it tells where one finished ("a fifth-place finish"): no count of occasions ("fourth
straight world title")."""


def _run_ranked(reading: Reading, rank: str) -> str | None:
    """What an unbroken run ranks ("third straight year": the year), if the rank tells a run."""
    tokens = reading.tokens
    for position, token in enumerate(tokens[:-2]):
        if token.term == rank and tokens[position + 1].term in _RUN_WORDS:
            following = tokens[position + 2]
            return following.term if is_meaningful(following) else None
    return None


def _ranked_in_a_year(reading: Reading, term: str) -> bool:
    """Whether a word ranks among one year's or season's alone ("the sixth of the year", "its third
    this season"): another count than a rank among all ("the seventh test flight")."""
    where = reading.first_word(term)
    return where is not None and _IN_A_YEAR.match(reading.text, where[1]) is not None


_RANKS = frozenset(word_term(word) for word in ORDINALS)
"""Terms of the ordinals, every rank ("first" to "twelfth"; `_ORDINALS` are those that may be shares)."""
_IN_A_YEAR = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:of\s+the\s+(?:year|season)|this\s+(?:year|season)|of\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _negated(reading: Reading, term: str) -> bool:
    """Whether a statement says a term only as what one of its clauses negates ("found not guilty"),
    or right after its negator in a clause that only supposes or urges ("Patients should not stop
    taking the drug": to keep taking it), or what a run of games went without ("after seven games
    without a win": no win to set against a defeat)."""
    if not reading.may_negate:
        return False
    if any(clause.stance is Stance.NEGATED and clause.head == term for clause in reading.polarity.clauses):
        return True
    where = reading.first_word(term)
    return where is not None and _NOT_RIGHT_BEFORE.search(reading.text, 0, where[0]) is not None


_NOT_RIGHT_BEFORE = re.compile(r"(?:\bnot|\bnever|n['\u2019]t|\bwithout(?:\s+an?|\s+any)?)\s+$", re.IGNORECASE)


def opposite_of_one_negated(negated: frozenset[str], other: Reading, negating: Reading) -> bool:
    """Whether each of the negated words (of the statement `negating`) has an opposite (claims/data/contrasts.txt, "!")
    the other statement says, where it does not say the word itself ("found not guilty" / "acquitted", "did not pass" /
    "failed"): one claim, told once as the negation of a word and once as its opposite. A move denied is not the
    opposite move told ("Daily aspirin does not cut cancer risk" / "Aspirin linked to higher cancer death risk"), as a
    thing may have stayed as it was, unless the denying statement tells that move too ("Sales rose 5 percent instead of
    falling"); a move denied is a thing kept ("did not cut rates" / "held rates")."""
    rivals = _rivals()
    return bool(negated) and all(
        term not in other.terms
        and any(
            contradicts
            and rival in other.terms
            and not (_moves_opposite_ways(term, rival) and rival not in negating.terms)
            for rival, contradicts in rivals.get(term, {}).items()
        )
        for term in negated
    )


def _moves_opposite_ways(term: str, rival: str) -> bool:
    """Whether two words are moves opposite ways ("cut" / "rise"), neither a thing kept as it was."""
    return term in _RISE_AND_FALL and rival in _RISE_AND_FALL and _KEEP not in (term, rival)


def opposites_of(term: str) -> frozenset[str]:
    """The terms that contradict a term (claims/data/contrasts.txt, "!"): "acquit" for "convict"."""
    return frozenset(rival for rival, contradicts in _rivals().get(term, {}).items() if contradicts)


_CONVICTED = word_term("conviction")
_REVERSALS = frozenset(word_term(word) for word in "overturned quashed annulled reversed".split())


def _conviction_reversed(reading: Reading, term: str) -> bool:
    """Whether the conviction a statement tells of is overturned ("overturned the murder
    conviction of former nurse Lotte Verhoeven"): an acquittal, no conviction to set against one."""
    return term == _CONVICTED and not reading.words_said.isdisjoint(_REVERSALS)


_ANOTHER_ONE = re.compile(
    r"\s+(?:for\s+|of\s+)?(?:an?\s+|the\s+)?(?:another|other|second|third|fourth|fifth)\b",
    re.IGNORECASE,
)


_TWO_SIDES_OF_A_SALE = frozenset((word_term("buy"), word_term("sell")))
_PREPOSITION_AFTER = re.compile(r"\s*(?:,|\b(?:in|at|for|by|from|on|to|through|via)\b)", re.IGNORECASE)


def _sale_told_of_the_thing(reading: Reading, term: str) -> bool:
    """Whether a sale is told of the thing sold, by a participle a preposition follows ("a single ticket
    sold in California", "One ticket, bought in California"): the one sale, whichever side it is told
    from; "Nvidia sold its stake" and "Nvidia bought a stake" tell who did what."""
    where = reading.first_word(term)
    return where is not None and _PREPOSITION_AFTER.match(reading.text, where[1]) is not None


def _of_another_one(reading: Reading, term: str) -> bool:
    """Whether a word is said of another one than the story's first ("searching for a third
    suspect", "arrested two other men"): its opposite said of the first is no contradiction."""
    where = reading.first_word(term)
    return where is not None and _ANOTHER_ONE.match(reading.text, where[1]) is not None


_OPENS_ON_OTHERS = re.compile(r"\s*(?:[\w-]+\s+)?(?:other|another)\s", re.IGNORECASE)
"""A statement opening on others than those the story told of ("Three other students are still being held",
"Another hostage was killed"): what befell them is no rival of what befell the first."""
_FRACTION_BEFORE = re.compile(r"\b(?:a|one|two|three|four|five)[\s-]+$", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"s?(?:\s+of\b|\s*[.,;:]|\s*$)", re.IGNORECASE)
"""After an ordinal, what makes it a share: "of" ("a third of its staff"), or the end of its phrase
("profit drops by nearly a third")."""
_ORDINALS = frozenset(word_term(word) for word in "third fourth fifth sixth seventh eighth ninth tenth".split())
"""Ordinals that also name a share ("a third of"); "second" never does, nor does any other word ("a
profit of $2 million" is no share)."""


def _one_more(reading: Reading, term: str) -> bool:
    """Whether an ordinal after "a" tells one more of a group, counted after those told before ("A
    third climber survived" after two died): no rank of its own."""
    where = reading.first_word(term)
    return (
        where is not None
        and _INDEFINITE_BEFORE.search(reading.text, 0, where[0]) is not None
        and _ONE_OF_A_GROUP.match(reading.text, where[1]) is not None
    )


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_ONE_OF_A_GROUP = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:man|woman|person|member|climber|hiker|suspect|victim|passenger|worker|child|boy|girl"
    r"|officer|soldier|survivor|body|crew\s+member|player)\b"
)
"""After "a" and an ordinal, one of a group of people ("a third climber", "a fourth member of the group")."""


_SIDES_OF_A_VOTE = frozenset(
    word_term(word) for word in "support voted_for favour favor voted_against oppose reject".split()
)
"""The words of a vote's two sides."""


def _groups_counted_apart(a: Reading, term_a: str, b: Reading, term_b: str) -> bool:
    """Whether each word tells what befell a group its statement counts just before it, and the counts
    differ ("104 people survived the collapse" / "67 people had been confirmed dead"): two groups, each
    with its fate, not one said to fare two ways ("The two passengers survived" / "The two passengers died"
    are one)."""
    count_a, count_b = _count_before(a, term_a), _count_before(b, term_b)
    return count_a is not None and count_b is not None and count_a != count_b


def _count_before(reading: Reading, term: str) -> float | None:
    """The count a statement gives within _COUNT_REACH characters before a word, if any."""
    where = reading.first_word(term)
    if where is None or not reading.numeric:
        return None
    return next(
        (
            q.value
            for q in reading.values.quantities
            if q.kind is Kind.COUNT and not q.none_or_some and q.end <= where[0] <= q.end + _COUNT_REACH
        ),
        None,
    )


_COUNT_REACH = 40


def _splits_a_vote(reading: Reading) -> bool:
    """Whether a statement tells a vote's split ("207 lawmakers voted in favour of Scholz, while 394 voted
    against"): it says both sides, so a side's word in it is no stance against the other's."""
    return reading.numeric and (Kind.SCORE, VOTE) in reading.by_thing


def _another_step(reading: Reading, term: str) -> bool:
    """Whether a word is the deed of a clause telling a step before or after the statement's own
    ("recommended lecanemab, after rejecting it in July", "before reversing course"): the story
    moved from one to the other, which says the opposite of neither."""
    where = reading.first_word(term)
    return where is not None and _STEP_BEFORE_OR_AFTER.search(reading.text, max(0, where[0] - 24), where[0]) is not None


def _ranked_in_an_earlier_step(reading: Reading, term: str) -> bool:
    """Whether a rank is said of an attempt that failed before the statement's own deed ("was elected
    chancellor ... after failing to win a majority in a first vote" / "elected ... in a second vote"):
    the earlier attempt's rank, no rival of the deed's (not "became champion after stopping Brandt in
    the sixth round" / "stops Brandt in fifth round", one deed)."""
    where = reading.first_word(term)
    return where is not None and _AFTER_FAILING.search(reading.text, max(0, where[0] - 80), where[0]) is not None


_AFTER_FAILING = re.compile(r"\bafter\s+(?:failing|losing|missing|falling\s+short)\b[^,;.]*$", re.IGNORECASE)
_STEP_BEFORE_OR_AFTER = re.compile(
    r"\b(?:after|before)\s+(?:(?:first|initially|previously|earlier)\s+)?$", re.IGNORECASE
)


def _a_fraction(reading: Reading, term: str) -> bool:
    """Whether an ordinal word is a share ("about a sixth of its staff", "two thirds of"), not a rank."""
    where = reading.first_word(term) if term in _ORDINALS else None
    if where is None:
        return False
    start, end = where
    return (
        _FRACTION_BEFORE.search(reading.text, max(0, start - 8), start) is not None
        and _FRACTION_AFTER.match(reading.text, end) is not None
    )


_CLOSINGS = frozenset((word_term("closed"), word_term("closure")))
_REOPENED = word_term("reopened")
_CLOSED_STILL = re.compile(
    r"\b(?:remain|remains|remained|stay|stays|stayed|be|is|are|was|were|been|keep|keeps|kept)\s+"
    r"(?:\w+ly\s+)?(?:closed|shut)\b",
    re.IGNORECASE,
)


_REOPENING_LATER = re.compile(r"\b(?:will|would|to)\s+(?:\w+ly\s+)?(?:be\s+)?reopen", re.IGNORECASE)
_CLOSED_AHEAD = re.compile(r"\b(?:will|until|till)\b", re.IGNORECASE)


def _closing_then_reopening(closing: Reading, term: str, reopening: Reading, other: str) -> bool:
    """Whether a closing is told as what happened ("Etna eruption shuts Catania airport", "police
    closed the road", "after a brief closure") against a reopening, which follows a closing: two
    steps of the story; or closed told as the state now ("The airport remains closed") against a
    reopening to come ("The airport will reopen on Friday"). Closed told as a state ahead ("The
    museum will remain closed until Friday", "Schools will be closed on Thursday") is what a
    reopening denies."""
    if term not in _CLOSINGS or other != _REOPENED:
        return False
    if _CLOSED_STILL.search(closing.text) is None:
        return True
    return _REOPENING_LATER.search(reopening.text) is not None and _CLOSED_AHEAD.search(closing.text) is None


def _roles_swapped(a: Reading, b: Reading, term_a: str, term_b: str) -> bool:
    """Whether a win and a loss are said of two sides, each the other's subject: the winner's
    win is the loser's loss."""
    if not {term_a, term_b} <= CONTEST_RESULTS:
        return False
    subject_a, subject_b = _side_of(a, term_a), _side_of(b, term_b)
    return (
        subject_a is not None
        and subject_b is not None
        and subject_a != subject_b
        and subject_a in b.terms
        and subject_b in a.terms
    )


def _side_of(reading: Reading, term: str) -> str | None:
    """The side a result is said of: the name just before it ("Celtic beat Rangers"), or else the
    name the statement opens with ("Rangers fall to derby defeat": Rangers, not the derby)."""
    subject = _subject_of(reading, term)
    if subject in reading.names:
        return subject
    opening = opening_term(reading)
    return opening if opening in reading.names else subject


def _subject_of(reading: Reading, term: str, skipping: frozenset[str] = frozenset()) -> str | None:
    """The last word that says something before a term, the words `skipping` passed over: who or
    what it is said of ("The museum will stay closed": the museum, skipping linking verbs), past an
    aside that describes it ("Ether, the second-largest cryptocurrency, rose 4%": ether)."""
    tokens = reading.tokens_outside_asides
    if all(t.term != term for t in tokens):
        tokens = reading.tokens
    said = [t.term for t in tokens if is_meaningful(t) and t.term not in skipping]
    return said[said.index(term) - 1] if term in said and said.index(term) > 0 else None


CONTEST_RESULTS = frozenset(word_term(word) for word in "win won beat lose lost loses victory defeat".split())
"""Results of a contest that two sides have at once: one's win is the other's loss."""


def rivals_apart(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether one set of terms says a word the other names a rival of, and not that word itself
    ("civilian areas" / "military targets")."""
    rivals = _rivals()
    return any(
        other in theirs and other not in mine for term in mine - theirs if term in rivals for other in rivals[term]
    )


def subject_with_rivals(reading: Reading) -> str | None:
    """The word a statement's claim opens with, its subject, past an opening that only says who speaks
    ("Officials said the flames were still out of control"), unless it goes on with a pronoun, the speaker
    again ("Apple said it would appeal"), if it says a word that has rivals: what opposites said of one
    subject need to be found however little else two statements share."""
    if reading.words_said.isdisjoint(_rival_terms()):
        return None
    start = _claim_start(reading)
    if start and not _PRONOUN.match(reading.text, start):
        return _claim_subject(reading)
    return opening_term(reading)


_PRONOUN = re.compile(r"(?:it|he|she|they|we|I)\b", re.IGNORECASE)


def opposes_one_subject(a: Reading, b: Reading) -> bool:
    """Whether one says of a thing the opposite of what the other says of it (find_contrast,
    said_of_one_thing)."""
    contrast = find_contrast(a, b)
    if contrast is None or stays_before_leaving(a, b, contrast) or repeated_by_one(a, b):
        return False
    return contrast.contradicts and said_of_one_thing(a, b, contrast)


def repeated_by_one(a: Reading, b: Reading) -> bool:
    """Whether one statement tells its deed as done again and again and the other does not ("The company raised prices
    several times in 2022" / "IKEA to lower prices in Britain"): a run of occasions, which no one opposite denies."""
    return (_REPEATED.search(a.text) is None) != (_REPEATED.search(b.text) is None)


_REPEATED = re.compile(
    r"\b(?:several|many|multiple|numerous|two|three|four|five|six|\d+)\s+times\b|\brepeatedly\b|\btwice\b",
    re.IGNORECASE,
)
"""A deed told as done more than once ("several times", "repeatedly", "twice")."""


def ranks_in_two_scopes(a: Reading, b: Reading) -> bool:
    """Whether both rank a thing, each within a scope it names and the two apart ("Botswana is Africa's largest
    diamond producer" / "Botswana is the world's second-largest diamond producer after Russia"): two rankings, both of
    which may hold."""
    scope_a, scope_b = _RANK_SCOPE.search(a.text), _RANK_SCOPE.search(b.text)
    return (
        scope_a is not None and scope_b is not None and scope_a.group("scope").lower() != scope_b.group("scope").lower()
    )


_RANK_SCOPE = re.compile(
    r"\b(?P<scope>world|(?-i:[A-Z][\w-]+))['\u2019]s\s+(?:[\w-]+\s+)?"
    r"(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-])?(?:largest|biggest|smallest|highest|lowest|"
    r"longest|tallest|oldest|richest|busiest|top|leading|most|best|worst)\b",
    re.IGNORECASE,
)
"""A rank and the scope it holds in, named before it ("Africa's largest", "the world's second-largest")."""


def stays_before_leaving(a: Reading, b: Reading, contrast: Contrast) -> bool:
    """Whether the stay one of two opposites tells is one before leaving (`_staying_until`): no rival of the
    leaving the other tells ("would offer the cabinet's resignation to the king" / "his remaining ministers would
    stay on as a caretaker government"); or a level unchanged until then (`_unchanged_until_then`), no rival of the
    change that ended it ("It is the first increase in the fee since 2015" / "The fee had been unchanged for nearly
    a decade")."""
    return any(
        _staying_until(reading, term) or _unchanged_until_then(reading, term)
        for reading, term in ((a, contrast.term_a), (b, contrast.term_b))
    )


def _unchanged_until_then(reading: Reading, term: str) -> bool:
    """Whether a level is told unchanged in the past perfect ("had been unchanged", "had remained steady"): the
    stretch before a change, not a rival of it."""
    if term not in _UNCHANGED:
        return False
    where = reading.first_word(term)
    return where is not None and _HAD_BEEN_BEFORE.search(reading.text, 0, where[0]) is not None


def _staying_until(reading: Reading, term: str) -> bool:
    """Whether a stay is told to last until something ("would remain prime minister until a successor
    was chosen") or only as a caretaker ("would stay on as a caretaker government"): a stay before leaving, no
    rival of the leaving ("Truss quits as PM")."""
    if term not in _STAYING:
        return False
    where = reading.first_word(term)
    if where is not None and _UNTIL_AFTER.match(reading.text, where[1]) is not None:
        return True
    return any(
        _AS_CARETAKER_AFTER.match(reading.text, end) is not None
        for token, _, end in reading.spans
        if token.term in _STAYING
    )


def _named_after(reading: Reading, term: str) -> str | None:
    """The word a statement writes right after a term, the thing it is said of ("southern city")."""
    tokens = reading.tokens
    return next((tokens[k + 1].term for k, t in enumerate(tokens[:-1]) if t.term == term), None)


_DIRECTIONS = frozenset(word_term(word) for word in "north south east west northern southern eastern western".split())
"""Directions, rivals only as what one thing lies or faces: "northern Syria" / "southern Syria"."""
_STAYING = frozenset(word_term(word) for word in ("stay", "remain"))
_UNCHANGED = frozenset(word_term(word) for word in ("unchanged", "flat", "steady"))
_HAD_BEEN_BEFORE = re.compile(r"\bhad\s+(?:been|remained|stayed|held)\s+(?:largely\s+|virtually\s+|almost\s+)?$", re.I)
_UNTIL_AFTER = re.compile(r"(?:\s+[\w'\u2019-]+){0,4}?\s+until\b", re.IGNORECASE)
_AS_CARETAKER_AFTER = re.compile(
    r"(?:\s+on)?\s+(?:as|in)\s+(?:an?\s+|the\s+)?(?:caretaker|interim|acting)\b", re.IGNORECASE
)
"""After a word of staying, that the stay is only a caretaker's ("would stay on as a caretaker government"): one
after leaving, whichever word of staying the opposites were found on ("his remaining ministers would stay on ...")."""


def said_of_one_thing(a: Reading, b: Reading, contrast: Contrast) -> bool:
    """Whether two opposites are said of one thing however little else the statements share:
    two of the words beside them are the same ("Nordtek shares fall as telecoms group axes
    1,500 jobs" / "Shares in Nordtek rose 3 percent in Helsinki"), or one of them is the word
    both statements open with, their subject ("The driver was among those killed" / "The driver
    survived with minor injuries"); or one is a word that names a claim, which is then the thing
    ("He has denied the charges" / "He admitted the charges"), as it is when each names one
    (`_avowals_of_claims`); or one takes what the other turns down, named alike after each (`_objects_alike`)."""
    if _an_earlier_ones_rank(a, b, contrast):
        return False  # "The cuts follow 6,000 job losses announced in May, the company's second round": May's rank
    beside_a, beside_b = _neighbours(a, contrast.term_a), _neighbours(b, contrast.term_b)
    shared = beside_a & beside_b
    if len(shared - {_OPENING}) >= 2 or not shared.isdisjoint(_CHARGES):
        return True
    if {contrast.term_a, contrast.term_b} <= _QUALITIES and shared - {_OPENING}:
        # "said the result was very strong" / "called the result weak": what they are said of is beside them
        return True
    if _avowals_of_claims(a, contrast.term_a, b, contrast.term_b):
        return True  # "denied all the charges" / "admitted some of the accusations": each names the claim
    if {contrast.term_a, contrast.term_b} <= _TAKING_OR_REFUSING and _objects_alike(
        a, contrast.term_a, b, contrast.term_b
    ):
        return True  # "rejected an offer of an 11% pay rise" / "accepted the pay rise offered by Deutsche Bahn"
    if {contrast.term_a, contrast.term_b} <= _AVOWALS and not (
        a.words_said.isdisjoint(_AFTERWARDS) and b.words_said.isdisjoint(_AFTERWARDS)
    ):
        return False  # "Iran has denied this accusation" / "Tehran later acknowledged ...": a change of stance
    if _of_one_subject(a, contrast.term_a, b, contrast.term_b):
        return True  # "Schools in several regions were shut" / "Schools remained open"
    if {contrast.term_a, contrast.term_b} <= _RISE_AND_FALL and _shares_moved_apart(
        a, contrast.term_a, b, contrast.term_b
    ):
        return True  # "Apple shares closed down 0.8%" / "The company's stock rose after the presentation"
    if {contrast.term_a, contrast.term_b} <= _RANKS and _ranks_of_one_series(a, contrast.term_a, b, contrast.term_b):
        return True  # "its third cut this year" / "It was the bank's second reduction of the year"
    subject = opening_term(a)
    if subject is None or subject != opening_term(b) or shared.isdisjoint(_opening_words(a)):
        return False
    if _opens_on_an_owner(a) != _opens_on_an_owner(b):
        return False  # "Brazil raises interest rates" / "Brazil's currency weakened": the currency is not Brazil
    if not {contrast.term_a, contrast.term_b} <= _MOVES:
        return True
    # "Adidas shares fell" / "Adidas raised its forecast": what rises or falls is named before
    # the word, unless it is the subject, and must be named by the other too.
    return all(
        moved in (subject, None) or moved in other.terms
        for moved, other in (
            (_subject_of(a, contrast.term_a, _LINKING), b),
            (_subject_of(b, contrast.term_b, _LINKING), a),
        )
    )


def _opens_on_an_owner(reading: Reading) -> bool:
    """Whether a statement opens on a name owning the thing it tells of ("Brazil's currency weakened"): its subject is
    the thing owned, not the name."""
    return _OWNER_OPENING.match(reading.text) is not None


_OWNER_OPENING = re.compile(r"(?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['\u2019]s?\s+[a-z]")


_QUALITIES = frozenset(word_term(word) for word in "gradual quick strong weak".split())
"""Words of how a thing is or goes, said of the word beside them: one neighbour in common is the thing
("further cuts would be more gradual" / "ready to cut again quickly")."""


def _of_one_subject(a: Reading, term_a: str, b: Reading, term_b: str) -> bool:
    """Whether two words are said of one thing: each of the subject both claims open with
    ("Schools in several regions were shut" / "Schools remained open"), or one of the subject
    its claim opens with and the other of that thing as its object ("Production at the rest of
    the site was not affected" / "Rhenwerk halted production across the whole site")."""
    subject_a = _claim_subject(a) if _said_of_the_opening(a, term_a) else None
    subject_b = _claim_subject(b) if _said_of_the_opening(b, term_b) else None
    if subject_a is not None and subject_a == subject_b:
        return True
    if (subject_a is not None and _object_of(b, term_b) == subject_a) or (
        subject_b is not None and _object_of(a, term_a) == subject_b
    ):
        return True
    said_a = subject_a or (_claim_subject(a) if _done_by_the_opening(a, term_a) else None)
    said_b = subject_b or (_claim_subject(b) if _done_by_the_opening(b, term_b) else None)
    return said_a is not None and said_a == said_b


def _moved_of_one_thing(a: Reading, term_a: str, b: Reading, term_b: str) -> bool:
    """Whether a rise and a fall are told of one thing (`_thing_moved_both_ways`)."""
    return _thing_moved_both_ways(a, term_a, b, term_b) is not None


def _shares_moved_apart(a: Reading, term_a: str, b: Reading, term_b: str) -> bool:
    """Whether a rise and a fall are told of a company's shares, each the subject its claim opens with: however little
    else two statements share, a story's shares are its company's. Other things a statement opens on may be kinds of
    one another ("German inflation rose" / "Core inflation eased")."""
    return _thing_moved_both_ways(a, term_a, b, term_b) == _SHARES


def _thing_moved_both_ways(a: Reading, term_a: str, b: Reading, term_b: str) -> str | None:
    """The one thing a rise and a fall are told of, if one: the subject each statement opens its move with, whose owner
    one names as the other does or describes where the other names it ("Samsung shares rose 2%" / "Shares of the South
    Korean tech giant fell 1.5%"): the shares moved, whatever each calls their company. Two owners named apart are two
    things ("Shell shares rose" / "BP shares fell")."""
    subject_a, subject_b = _subject_of_a_move(a, term_a), _subject_of_a_move(b, term_b)
    if subject_a is None or subject_b is None or subject_a[0] != subject_b[0]:
        return None
    if subject_a[1] and subject_b[1] and subject_a[1].isdisjoint(subject_b[1]):
        return None
    return subject_a[0]


_SHARES = word_term("shares")


def _subject_of_a_move(reading: Reading, term: str) -> tuple[str, frozenset[str]] | None:
    """What a statement's claim opens with right before a word (see _SUBJECT_OF_A_MOVE): the thing named, and the
    names of its owner, places and peoples aside ("South Korean" describes an owner, it does not name one)."""
    where = reading.first_word(term)
    if where is None:
        return None
    subject = _SUBJECT_OF_A_MOVE.fullmatch(reading.text, _claim_start(reading), where[0])
    if subject is None:
        return None
    thing = word_term(subject.group("of") or subject.group("thing"))
    owners = frozenset(
        token.term
        for token in tokenize(subject.group(0))
        if token.capitalized and token.meaningful and not token.is_place and token.term != thing
    )
    return thing, owners


_SUBJECT_OF_A_MOVE = re.compile(
    r"\s*(?:(?:the|its|their)\s+)?(?:(?P<of>[^\W\d_]+)\s+(?:of|in)\s+[^,;:()\"\u201c]{1,50}?"
    r"|(?:[^\W\d_]+(?:['\u2019]s)?\s+){0,3}(?P<thing>(?!(?:closed|ended|finished|were|was)\b)[^\W\d_]+))"
    r"\s+(?:(?:have|has|had)\s+)?(?:[^\W\d_]+ly\s+)?(?:(?:closed|ended|finished|were|was)\s+)?",
    re.IGNORECASE,
)
"""A subject of a few words before the verb, the thing it names last ("Samsung shares", "The coffee chain's stock")
or first, before what it is of ("Shares of the South Korean tech giant", "Shares in Vodafone"), perhaps with the close
the move is told at ("Apple shares closed down 0.8%")."""


def _said_of_the_opening(reading: Reading, term: str) -> bool:
    """Whether a word is what the statement claims of the subject its claim opens with: the
    subject, what it is of or where it is, then "was" or "remained" and the word ("Schools in
    several regions were shut", "Schools remained open", "Police said the road was closed", "Officials
    warned that the outbreak was still accelerating"; not the police)."""
    where = reading.first_word(term)
    return where is not None and _PREDICATED.fullmatch(reading.text, _claim_start(reading), where[0]) is not None


def _done_by_the_opening(reading: Reading, term: str) -> bool:
    """Whether a word is the deed of the subject a statement's claim opens with, right after it and what it is of
    or where, with no object after it ("Talks between the two sides broke down on Monday", "Rail services ... will
    also be suspended"): a state the subject is in. Not a move, which may be of another thing than the subject
    ("Nike quarterly profit drops"), nor a deed done to something ("acquitted Sean Combs" / "convicted him": a
    verdict on each of two charges)."""
    where = reading.first_word(term)
    return (
        where is not None
        and term not in _MOVES | _RISE_AND_FALL
        and _DONE_BY.fullmatch(reading.text, _claim_start(reading), where[0]) is not None
        and _NO_OBJECT.match(reading.text, where[1]) is not None
        and _SOME_OF_THEM.match(reading.text, _claim_start(reading)) is None
    )


def _claim_start(reading: Reading) -> int:
    """Where what a statement claims begins: after an opening that only says who speaks
    ("Rhenwerk said production ... was not affected")."""
    said = _SAID_THAT.match(reading.text) if reading.speaker_terms else None
    return said.end() if said else 0


_SAID_THAT = re.compile(
    r"[^,;:\"\u201c]{1,80}?\b(?:said|says|warned|warns|told\s+[^\W\d_]+)\s+(?:that\s+)?", re.IGNORECASE
)


def _claim_subject(reading: Reading) -> str | None:
    """The first word that says something of what a statement claims (claims.contrasts._claim_start)."""
    start = _claim_start(reading)
    if not start:
        return opening_term(reading)
    return next((t.term for t in tokenize(reading.text[start:]) if is_meaningful(t)), None)


_OBJECT_REACH = 40
"""Characters after a verb within which its object is named ("halted production")."""


def _object_of(reading: Reading, term: str) -> str | None:
    """The first word that says something right after a word: its object, if it is a verb."""
    where = reading.first_word(term)
    if where is None:
        return None
    following = tokenize(reading.text[where[1] : where[1] + _OBJECT_REACH])
    return next((t.term for t in following if is_meaningful(t)), None)


_SUBJECT_WORDS = (
    r"\s*(?:[Tt]he\s+|[Aa]ll\s+)?[^\W\d_]+(?:\s+[A-Z][^\W\d_]*)*(?:\s+[a-z]+){0,2}?"
    r"(?:\s+and\s+(?:its|their|his|her|the)\s+[a-z]+)?"
    r"(?:\s+(?:in|of|at|across|from|around|near|on|between)\s+[^,;:]{1,40}?)?"
)
"""A subject (a name of several words and the kind of thing it is: "The Sugar Bowl football game"; perhaps with
another joined to it, "The calf and its mother"), and what it is of or where ("Talks between the two sides")."""
_DONE_BY = re.compile(_SUBJECT_WORDS + r"\s+")
_SOME_OF_THEM = re.compile(r"\s*(?:[Oo]nly\b|[^\W_]+\s+of\s+(?:the|its|their)\b)")
"""An opening on some of a group ("Four of the five justices", "Only Justice Luiz Fux"): two statements may tell
what different members did."""
_NO_OBJECT = re.compile(
    r"\s*(?:[,.;:]|$|(?:on|in|at|during|until|since|after|before|for|as|early|late|again|normally|last|this|next"
    r"|from|over|with|because|amid)\b)"
)
"""What may follow a deed that has no object: the end of its clause, a time, a place or a way ("broke down on
Monday", "are continuing,", "will run as normal")."""
_PREDICATED = re.compile(
    _SUBJECT_WORDS + r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remain(?:s|ed)?|stay(?:s|ed)?"
    r"|t(?:ook|akes)\s+place|w(?:ent|ill\s+go)\s+ahead|can|could|will|would|may|might|must|should)\s+"
    r"(?:[^\W\d_]+ly\s+|still\s+|now\s+)?(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+)?"
    r"(?:under\s+)?(?:(?:played|held|run|staged)\s+)?",
)
"""A subject, what it is of or where (`_SUBJECT_WORDS`), then "was", "remained" or a modal verb ("Work on the
fields can continue", "Twelve stores will close") and the word said of it, perhaps after the deed it names ("was
played as scheduled"), or the share of it the word is true of and "under" before it ("The blaze is now 80% under
control"), or the way an event took place ("The launch took place as originally scheduled")."""


_CHARGES = frozenset(word_term(word) for word in "charges allegations accusations claims".split())
"""Words naming a claim that one may deny or admit: beside both opposites, they are what both say."""


_ARREST_AND_DEATH = frozenset((word_term("arrest"), word_term("dead")))
_FATES_OF_ONE = frozenset("dead died dies killed".split())
"""Words by which someone dies ("was shot dead", "died", "was killed"), not a killing named as a crime."""


def _a_crime_of_killing(reading: Reading, term: str) -> bool:
    """Whether a statement names a death only as a crime someone is held for ("Suspect held in Antwerp jeweller
    killing", "arrested over the murder"): the victim is no suspect arrested, so no rival of an arrest."""
    return term == word_term("dead") and all(t.surface not in _FATES_OF_ONE for t in reading.tokens if t.term == term)


_AVOWALS = frozenset(word_term(word) for word in "admit deny".split())


def _avowals_of_claims(a: Reading, term_a: str, b: Reading, term_b: str) -> bool:
    """Whether one denies and the other admits, each beside a word that names a claim ("denied all the charges" /
    "admitted some of the accusations"): the claims are the thing both are said of, however each names them."""
    return (
        {term_a, term_b} <= _AVOWALS
        and not _neighbours(a, term_a).isdisjoint(_CHARGES)
        and not _neighbours(b, term_b).isdisjoint(_CHARGES)
    )


_TAKING_OR_REFUSING = frozenset(word_term(word) for word in "accept admit agree approve deny reject refuse".split())
"""Deeds of taking or turning down a thing, said of the thing named after them."""


def _objects_alike(a: Reading, term_a: str, b: Reading, term_b: str) -> bool:
    """Whether the words after two deeds, to the end of their clauses, share two that say something ("rejected an
    offer of an 11% pay rise" / "accepted the pay rise offered by Deutsche Bahn": pay, rise): what each was done
    to is one thing, though the word right after each differs. One word shared is not enough ("rejected the
    proposal to raise the retirement age" / "approved a left-wing proposal to expand the welfare state": a
    proposal and a rise)."""
    shared = (_object_terms(a, term_a) & _object_terms(b, term_b)) - _PROPOSALS
    return len(shared) >= _OBJECT_WORDS_SHARED


_OBJECT_WORDS_SHARED = 2
_PROPOSALS = frozenset(word_term(word) for word in "offer proposal plan bill deal motion measure bid request".split())
"""Words naming only that something was put forward ("a proposal to raise the retirement age" / "a left-wing
proposal to expand the welfare state"): what was put forward must be named alike."""
_WORDS_OF_AN_OBJECT = 8
"""Words after a deed within which its object is named: "an offer of an 11% pay rise over 32 months"."""
_CLAUSE_ENDS = re.compile(r"[,;:.!?]|\s(?:but|while|whereas|although|though|and)\s")


def _object_terms(reading: Reading, term: str) -> frozenset[str]:
    """The terms that say something in the words after a word, to the end of its clause."""
    where = reading.first_word(term)
    if where is None:
        return frozenset()
    end = _CLAUSE_ENDS.search(reading.text, where[1])
    following = tokenize(reading.text[where[1] : end.start() if end else len(reading.text)])[:_WORDS_OF_AN_OBJECT]
    return frozenset(t.term for t in following if is_meaningful(t))


_AFTERWARDS = frozenset(word_term(word) for word in "later eventually subsequently finally".split())
"""Words telling that a stance came after another: a denial and a later admission are a story of
change, each true in its time ("Iran has denied this accusation" / "Tehran later acknowledged
drone deliveries to Russia")."""


_MOVES = frozenset(word_term(word) for word in "rise fall cut unchanged".split())
"""Words of a quantity moving or kept as it was (their synonyms too: "raised", "increased", "dropped",
"little changed")."""
_RISE_AND_FALL = frozenset(word_term(word) for word in "rise fall cut keep".split())
"""A rise against a fall or a cut, or either against a thing kept as it was, opposites only of one thing:
"threatening to raise tensions" / "dropped bombs" are no opposites, though "raised" and "dropped" are, nor
"Shell kept its share buyback programme" / "Shell's shares slipped"."""


def _ends_a_compound(reading: Reading, term: str) -> bool:
    """Whether a word is written only as the end of a hyphened compound ("centre-back", "run-up"): a noun of its
    own, not the word its rivals are rivals of."""
    where = reading.first_word(term)
    return (
        where is not None
        and where[0] > 0
        and reading.text[where[0] - 1] == "-"
        and not _A_COUNT_BEFORE.search(reading.text, 0, where[0])
    )


_A_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten))-$", re.IGNORECASE)
"""A count joined to a word ("two-thirds majority"): the word still counts as itself."""


_KEEP = word_term("keep")


def _kept_what_moved(a: Reading, term_a: str, b: Reading, term_b: str) -> bool:
    """Whether the thing one statement keeps, the words after "kept", is what the other moves, named
    beside its rise or fall ("kept its forecast for the full year" / "lowered its full-year profit forecast"):
    a company keeping its forecast while its shares rise keeps one thing and sees another move, and "Toyota
    keeps global sales crown" keeps a crown, not the sales that fell. A move only proposed ("a plan to cut")
    is none."""
    kept, moving, moved = (a, b, term_b) if term_a == _KEEP else (b, a, term_a)
    where, move = kept.first_word(_KEEP), moving.first_word(moved)
    if where is None or move is None or _PROPOSED_BEFORE.search(moving.text, 0, move[0]):
        return False  # "Swiss voters reject plan to cut TV licence fee" / "Swiss keep licence fee": one outcome
    thing: list[str] = []
    for token in tokenize(kept.text[where[1] :]):
        if is_meaningful(token):
            thing.append(token.term)
        elif thing:
            break
    said = [t.term for t in moving.tokens if is_meaningful(t)]
    beside = {
        word
        for position, term in enumerate(said)
        if term == moved
        for word in said[max(0, position - SLOT_BEFORE) : position + 1 + _OBJECT_WORDS]
    }
    return bool(thing) and beside.issuperset(thing)


_PROPOSED_BEFORE = re.compile(r"\b(?:plans?|proposals?|bids?|attempts?|calls?)\s+to\s+$", re.IGNORECASE)
"""Words before a move that make it only proposed: "a plan to cut the fee" moves nothing yet."""
_OBJECT_WORDS = 4
"""Meaningful words after a verb that may name what it moves ("lowered its full-year profit forecast")."""


def opening_term(reading: Reading) -> str | None:
    """The first word of a statement that says something, past a people's adjective before it
    ("The Norwegian crown strengthened" opens with the crown, as "The crown weakened" does), a word
    that presumes it ("The suspected gunman") or a part of it ("Part of the park")."""
    tokens = reading.tokens
    for position, token in enumerate(tokens):
        if not is_meaningful(token):
            continue
        if (
            (_of_a_people(token) or token.surface in _BEFORE_THE_SUBJECT)
            and position + 1 < len(tokens)
            and is_meaningful(tokens[position + 1])
        ):
            continue
        if token.surface in _PART_OF and position + 1 < len(tokens) and tokens[position + 1].surface == "of":
            continue  # "Part of the national park was closed": the park
        return token.term
    return None


_BEFORE_THE_SUBJECT = frozenset(
    ("suspected", "alleged", "presumed", "accused", "nearby", "neighbouring", "neighboring", "local")
)
"""Words before the noun a statement opens on that say only that it is thought to be so ("The suspected gunman")
or where it is ("Nearby beaches"): it opens with the gunman, the beaches, as "The gunman was arrested" and
"Beaches in the area will stay open" do."""


_PEOPLES_ENDINGS = ("an", "ese", "ish", "ch", "i", "ic")


def _of_a_people(token: Token) -> bool:
    """Whether a word is the adjective of a country's people ("Norwegian", "Japanese", "Dutch"),
    not the country's name."""
    return token.is_place and token.surface != token.term[1:] and token.surface.endswith(_PEOPLES_ENDINGS)


def _opening_words(reading: Reading) -> frozenset[str]:
    """The subject a statement opens with, with the number that may name it ("Highway 299
    remains closed" / "Highway 299 reopened": the opposites stand next to 299) or the people's
    adjective before it ("The Norwegian crown weakened" opens with the crown too)."""
    said = [t for t in reading.tokens if is_meaningful(t) or t.is_number]
    opening = (
        opening_term(reading) if said and (_of_a_people(said[0]) or said[0].surface in _BEFORE_THE_SUBJECT) else None
    )
    return frozenset(
        [t.term for t in said[:1]]
        + [t.term for t in said[1:2] if t.term.startswith("#")]
        + ([opening] if opening is not None else [])
        + _name_after_a_title(said)
    )


def _name_after_a_title(said: list[Token]) -> list[str]:
    """The name a statement's opening title leads to ("Chief executive Marta Lind said ...": Marta Lind),
    which is its subject as much as the title is."""
    if len(said) < 3 or said[1].term not in TITLES or not said[2].capitalized or said[2].is_place:
        return []
    name = [said[2]]
    for token in said[3:]:
        if not token.capitalized or token.is_place:
            break
        name.append(token)
    return [t.term for t in name]


SLOT_BEFORE, SLOT_AFTER = 2, 1
"""Words before and after a contrasted word that show what it is said of: two before, for a
subject written either way round ("Nordtek shares fall" / "Shares in Nordtek rose")."""


@of_one_statement
def _neighbours(reading: Reading, term: str) -> frozenset[str]:
    """The terms next to a word (words or numbers that say something, SLOT_BEFORE before and SLOT_AFTER after,
    or the statement's opening): two rival words fill one slot only if something next to them is
    the same ("a white van" / "a black van"; not "a man shot one person" / "... leaves a woman
    dead", the gunman and a victim). A name after the word fills its slot whole ("dismissed Finance
    Minister Pieter de Wit" / "Dutch finance minister resigns"), and whose the thing after it is does
    not fill it ("overturned the government's ban" / "upholds ban"). An aside between a name and its
    verb is skipped, unless the word is in it ("Laura Whitcombe, who has led Brightwell since 2017,
    will stay on")."""
    rivals = _rivals()
    tokens = reading.tokens_outside_asides
    if all(t.term != term for t in tokens):
        tokens = reading.tokens
    kept = [
        t
        for position, t in enumerate(tokens)
        if (is_meaningful(t) or t.is_number or t.term in rivals)
        and (t.term not in _LINKING or t.term == term)
        and t.surface not in _PART_OF
        and not (t.surface in _HOW_WHOLLY and position and tokens[position - 1].surface in _BEING)
    ]
    words = [t.term for t in kept]
    owners = _owners(reading.text)
    found: set[str] = set()
    for position, said in enumerate(words):
        if said == term:
            found.update(words[max(0, position - SLOT_BEFORE) : position] or [_OPENING])
            after = position + 1 + SLOT_AFTER
            while after < len(kept) and kept[after - 1].capitalized and kept[after].capitalized:
                after += 1  # a name after the word fills its slot whole: "dismissed Finance Minister Pieter de Wit"
            if after < len(kept) and kept[after - 1].surface in owners:
                after += 1  # whose the thing is does not fill its slot: "overturned the government's ban"
            found.update(words[position + 1 : after])
    return frozenset(found)


def _owners(text: str) -> frozenset[str]:
    """The words a statement writes with a possessive "'s" ("the government's ban"), lower-cased."""
    return frozenset(match.group(1).lower() for match in _POSSESSIVE.finditer(text))


_POSSESSIVE = re.compile(r"([^\W\d_]+)['\u2019]s\b")


_PART_OF = frozenset(("part", "parts", "portion"))
"""Words naming a part of what follows ("admitted part of the charges"): the charges fill the slot."""
_HOW_WHOLLY = frozenset("fully completely entirely wholly totally partly partially largely mostly".split())
_BEING = frozenset("is are was were be been being remain remains remained stay stays stayed".split())
"""Words of how much of a thing the state after them is true of ("The park stayed fully open", "was partly
closed"): the thing is still the state's neighbour. Before a deed ("intends to fully support") they stay."""
_LINKING = frozenset(word_term(word) for word in "stay stayed stays remain remained remains".split())
"""Verbs that only link a thing to what it is ("Schools in the region stayed open"): no slot of
their own, so the thing stands next to its opposite (unless the verb is what is contrasted:
"will stay on" / "will leave")."""
_OPENING = "^"
"""The neighbour of a statement's first word: two subjects that open their statements fill one
slot ("A man is pouring cheese" / "The woman is adding cheese")."""


@cache
def _rivals() -> dict[str, dict[str, bool]]:
    """Each contrasted term with the terms that exclude it, and whether they contradict it
    (claims/data/contrasts.txt)."""
    table: dict[str, dict[str, bool]] = {}
    for contradicts, group in contrast_groups():
        options = [frozenset(word_term(form) for form in forms) for forms in group]
        for option in options:
            others = frozenset().union(*(o for o in options if o is not option)) - option
            for term in option:
                table.setdefault(term, {}).update(dict.fromkeys(others, contradicts))
    return table


@cache
def _rival_terms() -> frozenset[str]:
    """Every term with a rival: most statements say none, and need no closer look."""
    return frozenset(_rivals())
