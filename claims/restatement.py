"""How much of one statement another restates: the share of its weight the other's words cover,
whole or clause by clause, past the times both tell or in other words; and whether two statements
share more than the names of the story (a claim of their own) or name its people alike.

The verdict (claims.verdict) asks these of a pair it has found no conflict in: a same claim is
one the other restates, not one that merely shares the story's names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from claims.attribution import SAYING
from claims.contrasts import CONTEST_RESULTS
from claims.frames import same_frame
from claims.lexicon import irregular_verbs, verbs_alike_in_the_past
from claims.polarity import (
    MODIFIER_TERMS,
    REPORTING_VERBS,
    Stance,
    meaningful_terms,
)
from claims.quantity import UNIT_TERMS
from claims.reading import Reading
from claims.terms import TIME_WORDS, terms_in_other_words, word_term

MAIN_CLAUSE = 0.4
"""A clause carrying this share of a statement's weight is one of its main claims."""


Weight = Callable[[str], float]


def restated_share(a: Reading, b: Reading, cover: float, weight: Weight) -> float:
    """How fully one restates the other (`cover`, as scored), not counting what both say of who
    said it when both name the same source (`_claim_cover`), nor the words that only say who
    someone both name is (`_who_they_are`)."""
    if cover <= 0:
        return cover
    sources = a.source_terms | b.source_terms
    if sources & a.terms & b.terms:
        return min(cover, _claim_cover(a, b, sources, weight))
    described = _who_they_are(a, b) | _who_they_are(b, a)
    if described:  # what leaving them out adds, weighed alike on both sides of the sum
        return cover + max(0.0, _claim_cover(a, b, described, weight) - _claim_cover(a, b, frozenset(), weight))
    return cover


def restated_share_but_for_times(a: Reading, b: Reading, weight: Weight) -> float:
    """How fully one restates the other, leaving out the words that tell when, when both tell a time
    and the two may be one ("contacted by letter from next month" / "receive a letter starting in
    June": today's next month may be June). 0 when either tells no time, or times apart."""
    if not (a.frame and b.frame) or not same_frame(a.frame, b.frame):
        return 0.0
    return _claim_cover(a, b, (a.terms | b.terms) & _TIME_TERMS, weight)


_TIME_TERMS = frozenset(word_term(word) for word in (*TIME_WORDS, "month", "week", "year", "next", "last", "this"))
"""The terms of words that tell when ("June", "next month", "last year")."""


def _who_they_are(a: Reading, b: Reading) -> frozenset[str]:
    """The terms by which one names a person in full whom the other names by surname, the surname
    too ("Polygamist leader Warren Jeffs" of "... sentenced to life in prison" / "Jeffs was
    sentenced to life in prison for ..."): a report names someone in full once, and the claim is
    what is said of them. Left out of both, said or not by the other: "Jeffs is the leader of the
    sect" shares "Jeffs" and "leader" with the first, but says something else of him."""
    return frozenset(term for term, name in a.naming.items() if name in b.terms for term in (term, name))


def shares_more_than_names(a: Reading, b: Reading, weight: Weight) -> bool:
    """Whether what both say includes something besides who and where: a predicate, a thing
    (not a word that only modifies one: "no immediate reports" / "no immediate comment"; nor
    that someone says something: "Rosa Benet was rushed to hospital, her management said" /
    "Rosa Benet cuts Lisbon show short, is 'fine', team says"; nor who both open by saying
    speaks: "Prime Minister Jonas Berg said he had accepted her resignation" / "Prime Minister
    Jonas Berg said he still had full confidence in her"; nor who one of them says speaks: "Carmaker
    Velo plans to close three German plants, union says" / "The carmaker said it was in talks with
    unions on ways to cut costs"). A result of a contest each tells is one predicate, won by one
    side and lost by the other ("Chelsea were beaten by Arsenal" / "Arsenal beat Chelsea")."""
    if not (a.terms.isdisjoint(CONTEST_RESULTS) or b.terms.isdisjoint(CONTEST_RESULTS)):
        return True
    shared = a.terms & b.terms
    names = (
        a.names
        | b.names
        | MODIFIER_TERMS
        | SAYING
        | (a.speaker_terms & b.speaker_terms)
        | a.source_terms
        | b.source_terms
    )
    return any(term not in names and weight(term) > 0 for term in shared)


def counterparts_naming_alike(a: Reading, b: Reading, beyond_the_story: bool = False) -> bool:
    """Whether two counterparts (each the other's best match, or the two titles) name at least
    NAMES_ALIKE of the same names, neither only reporting what someone says: two names both
    pick out of the story say they tell one event, however else they word it ("Sabalenka beats
    Gauff to win Miami Open" / "Gauff falls to Sabalenka in Miami final"; "The bus was travelling
    from Arequipa to Cusco with 40 passengers on board" / "The vehicle was on its way from
    Arequipa to Cusco"). A statement telling what a side says ("Russia says it repelled Ukrainian
    assault near Krasnohorivka") may be its denial of the other. With `beyond_the_story`, the
    places the whole story is about count for none (every statement about Iran's drones names
    Iran and Russia). A sentence's closing clause saying who told it ("..., the club said on
    Sunday.") reports nothing of the claim's own; a headline's ("Tom Aldana still directing 'Night
    Harbor', studio says") is a side's account."""
    if _reports_a_saying(a) or _reports_a_saying(b):
        return False
    shared = a.terms & b.terms & (a.names | b.names)
    if beyond_the_story:
        shared -= a.main_places or frozenset()
    shared -= _named_only_where(a) | _named_only_where(b)
    return len(shared) >= NAMES_ALIKE


def _named_only_where(reading: Reading) -> frozenset[str]:
    """The names a statement says only in clauses that tell nothing but where (`_WHERE_TERMS`: "..., and
    in Medan city to the south of the province on Sumatra island"): places in passing, which pick no
    event out of the story."""
    if len(reading.clause_terms) < 2:
        return frozenset()
    passing = [c for c in reading.clause_terms if c & _WHERE_TERMS and c <= reading.names | _WHERE_TERMS]
    if not passing:
        return frozenset()
    said_elsewhere = frozenset().union(*(c for c in reading.clause_terms if c not in passing))
    return frozenset().union(*passing) - said_elsewhere


def _reports_a_saying(reading: Reading) -> bool:
    """Whether a statement tells that someone says something, beyond a sentence's closing clause
    saying who told it."""
    said = reading.terms - reading.source_terms if reading.text.rstrip(_CLOSING_QUOTES).endswith(".") else reading.terms
    sayings = SAYING & said
    if sayings and "-" in reading.text:  # "7 million euros in add-ons": a compound's word says nothing
        sayings &= {word_term(word.lower()) for word in _WORD_OF_ITS_OWN.findall(reading.text)}
    return bool(sayings) or _SPEAKER_COLON.match(reading.text) is not None


_WORD_OF_ITS_OWN = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")
"""A word written on its own, not as a part of a hyphenated compound ("add-ons", "tell-all")."""


_SPEAKER_COLON = re.compile(r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}:\s")
"""A headline's opening name and colon, who says the rest ("Netflix: Vogt still directing 'Blackwater'")."""


_CLOSING_QUOTES = "\"'\u201d\u2019 "


NAMES_ALIKE = 2
"""Names two counterparts share that tell one event: own pairs same 830 -> 868 at strict 0.83."""


def restated_in_other_words(a: Reading, b: Reading, weight: Weight) -> float:
    """How fully one restates the other when a word of one that the other says in another word
    of the same sense counts as said (claims.terms.terms_in_other_words: "Spotify will raise the
    price of its Premium plan" / "Spotify hikes US subscription price", "Astronomers have
    discovered an Earth-sized planet" / "A planet roughly the size of Earth has been found").
    Asked of counterparts only, each the other's best match: between any two statements, a
    synonym met by chance joins two claims about one topic (SICK's topic-only pairs called same
    19.9% -> 20.1%)."""
    other_words = terms_in_other_words()
    only_a, only_b = a.terms - b.terms, b.terms - a.terms
    said_a = {term for term in only_a if not other_words.get(term, frozenset()).isdisjoint(only_b)}
    if not said_a:
        return 0.0
    said_b = {term for term in only_b if not other_words.get(term, frozenset()).isdisjoint(only_a)}
    shared = sum(weight(t) for t in a.terms & b.terms)
    return max(
        (shared + sum(weight(t) for t in said)) / (sum(weight(t) for t in mine.terms) or 1.0)
        for mine, said in ((a, said_a), (b, said_b))
    )


def _claim_cover(a: Reading, b: Reading, sources: frozenset[str], weight: Weight) -> float:
    """How fully one restates the other's claim, leaving out on both sides the words that only
    say who spoke (`sources`: two statements quoting one source, "an official from the disaster
    agency said", share that and nothing of what was said) and the units values are written in."""
    left_out = sources | UNIT_TERMS
    mine_a, mine_b = a.terms - left_out, b.terms - left_out
    shared = sum(weight(t) for t in mine_a & mine_b)
    return max(shared / (sum(weight(t) for t in mine) or 1.0) for mine in (mine_a, mine_b))


def clause_cover(a: Reading, b: Reading, weight: Weight, first_is_main: bool = False) -> float:
    """How fully the other restates one main clause of a statement ("Tehran later acknowledged
    drone deliveries to Russia" of "..., but stated the timing predated the conflict"): one
    that carries MAIN_CLAUSE of its weight, or a headline's first ("AMD Buys SeaMicro" of "...,
    Enters Server Hardware Business"), where a headline puts its news. Who speaks, when both
    name the same source, is left out as in _claim_cover ("Chairman Ron Pike said the board had
    'reluctantly' decided ..." / "'... agreed it was the right moment to part ways,' chairman Ron
    Pike said").
    first_is_main: a statement's first clause is a main one too, as a headline's is, when it has
    two words or more and the statement denies nothing: asked of counterparts, each the other's best
    match, whose first clauses make the claim and whose later ones add each its own circumstances
    ("Protesters tried to storm parliament but were pushed back by riot police shortly before it
    started to debate the austerity bill" / "Demonstrators ... attempted to break through a riot
    police cordon guarding Parliament ...": own pairs same +12 right, +18 called; the ten pairs +2
    right). A denial in a later clause is a claim of its own ("The cause of the fire is being
    investigated, but police said they did not suspect arson")."""
    sources = a.source_terms | b.source_terms
    left_out = sources if sources & a.terms & b.terms else frozenset()
    best = 0.0
    for mine, theirs in ((a, b), (b, a)):
        told = mine.clause_terms or _claim_before_meanwhile(mine)
        if not told:
            continue
        clauses = [clause - left_out for clause in told]
        first_main = first_is_main and len(clauses[0]) >= 2 and not mine.may_negate
        total = sum(weight(t) for t in frozenset().union(*clauses))
        said = theirs.terms | _SEQUENCE_TERMS | (_AVOWAL_TERMS if _avows(theirs) else frozenset())
        for position, clause in enumerate(clauses):
            if clause <= mine.names | _WHERE_TERMS:
                continue  # a name set off alone ("cared for by their mother, Kasarna") claims nothing, nor where
            clause_weight = sum(weight(t) for t in clause)
            main = clause_weight >= MAIN_CLAUSE * total or (position == 0 and (mine.headline or first_main))
            if clause_weight > 0 and main:
                best = max(best, sum(weight(t) for t in clause & said) / clause_weight)
    return best


def _claim_before_meanwhile(reading: Reading) -> list[frozenset[str]]:
    """Of a statement of one clause that tells a claim and, after "as", what went on meanwhile
    ("Some passengers jumped overboard in panic as flames spread across the lower deck"), the
    terms of the claim, its one main clause: what went on meanwhile is its background, whoever
    else tells it ("Greek ferries stayed in port as seamen staged a strike" claims no strike).
    None if it tells no such thing, or is a headline, too short for a clause to say its claim whole
    ("Ryanair profit drops as it is forced to lower ticket prices": `_background_only`)."""
    during = lead_as().match(reading.text) if HEADLINE_AS.match(reading.text) is None else None
    return [meaningful_terms(during.group("claim"))] if during is not None else []


_WHERE_TERMS = frozenset(
    word_term(word)
    for word in (
        "city town village province region district state county island capital area country north south east "
        "west northern southern eastern western central neighbouring neighboring nearby"
    ).split()
)
"""Words that only tell where ("and in Medan city to the south of the province on Sumatra island"): a
clause of them and names claims nothing of its own."""


_SEQUENCE_TERMS = frozenset(word_term(word) for word in "later subsequently".split())
"""Words that place a claim after another in the story and claim nothing themselves, counted as
said by the other ("Tehran later acknowledged drone deliveries")."""


_AVOWAL_TERMS = frozenset(word_term(word) for word in "admit confirm".split())
"""Words telling that someone owns to a deed ("acknowledged", "admitted", "confirmed")."""


_FIRST_PERSON_QUOTE = re.compile(
    r"\s*[\"\u201c](?:We|I)\b[^\"\u201d]+[\"\u201d],?\s+[^.]{0,60}?\b(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b"
)
"""A statement opening on a quotation in the first person, said by someone named after it."""


def one_core(a: Reading, b: Reading) -> bool:
    """Whether both tell one name doing one thing to one thing, in three words running ("Prime Minister
    Jonas Lie conceded defeat shortly before midnight" / "Lie admitted defeat in a speech to
    supporters"): the claim's core, to which each adds details of its own."""
    names = a.names & b.names
    if not names:
        return False
    cores = _cores(a, names)
    return bool(cores) and not cores.isdisjoint(_cores(b, names))


def one_deal_between_names(a: Reading, b: Reading) -> bool:
    """Whether a headline and the other article's lead (or two of them) open by telling one name
    doing one thing to another name or thing, with words of their own between ("AMD to Acquire
    Microserver Startup SeaMicro for $334 Million" / "Advanced Micro Devices announced Wednesday it
    is buying low-power server vendor SeaMicro"; "Bank of Japan raises interest rates to highest
    level since 2008" / "Japan's central bank increased its key policy rate"): the story's core,
    each with its own details."""
    names = a.names & b.names
    if not names:
        return False
    things = (a.terms & b.terms) - a.names - b.names
    # Told by one side ("Mara Quinn 'fine' after Lyon concert scare, team says" / "Mara Quinn
    # hospitalised after collapsing on stage in Lyon"), an account ties no deed to the event it follows.
    account = _reports_a_saying(a) or _reports_a_saying(b)
    deals = _deals_between(a, names, things, account)
    return bool(deals) and not deals.isdisjoint(_deals_between(b, names, things, account))


_DEAL_REACH = 12
"""How many words from its start a statement's opening deal is looked for in."""


_NO_DEEDS = frozenset(word_term(word) for word in "after before since amid following".split())
"""Words that tie one event to another ("Baltimore bridge falls after cargo ship hits pier"): a
deed of the story's, but not of a side's account of it."""


def _deals_between(
    reading: Reading, names: frozenset[str], things: frozenset[str], account: bool = False
) -> frozenset[tuple[str, str, str]]:
    """Each ordered name, deed, and other name or thing among a statement's first words: the
    names standing before the deed, the deed no name and no saying, nor, in a side's `account`, a
    word tying one event to another (_NO_DEEDS)."""
    said = [t for t in reading.tokens if t.meaningful][:_DEAL_REACH]
    found: set[tuple[str, str, str]] = set()
    for k, deed in enumerate(said):
        if deed.term in reading.names or deed.term in SAYING or (account and deed.term in _NO_DEEDS):
            continue
        before = {t.term for t in said[:k] if t.term in names}
        after = {t.term for t in said[k + 1 :] if t.term in names or t.term in things}
        found.update((doer, deed.term, done_to) for doer in before for done_to in after if doer != done_to)
    return frozenset(found)


def _cores(reading: Reading, names: frozenset[str]) -> frozenset[tuple[str, str, str]]:
    """Each name with the two words after it, when the name is a word of its own (not
    "SeaMicro-branded servers") and they are no name and no saying."""
    said = [t for t in reading.tokens if t.meaningful]
    return frozenset(
        (name.term, deed.term, thing.term)
        for name, deed, thing in zip(said, said[1:], said[2:], strict=False)
        if name.term in names
        and deed.term not in reading.names
        and thing.term not in reading.names
        and deed.term not in SAYING
        and _written_next(reading.lower, name.surface, deed.surface)
    )


def _written_next(lower: str, first: str, second: str) -> bool:
    """Whether a text writes one word and then the other, apart only by spaces (and the first's
    possessive): "lie conceded", "russia's forces"; not "seamicro-branded"."""
    start = lower.find(first)
    while start != -1:
        end = start + len(first)
        gap = _SPACE_AFTER_A_WORD.match(lower, end) if start == 0 or not lower[start - 1].isalnum() else None
        if gap is not None and lower.startswith(second, gap.end()):
            after = gap.end() + len(second)
            if after == len(lower) or not lower[after].isalnum():
                return True
        start = lower.find(first, start + 1)
    return False


_SPACE_AFTER_A_WORD = re.compile(r"(?:['\u2019]s)?\s+")


def _avows(reading: Reading) -> bool:
    """Whether a statement quotes someone telling, in the first person, what they did ("“We
    supplied Russia with a limited number of drones months before the war,” Foreign Minister
    Hossein Amir-Abdollahian stated"): the speaker owns to it, as "Tehran acknowledged drone
    deliveries to Russia" tells; unless the quote denies it."""
    return _FIRST_PERSON_QUOTE.match(reading.text) is not None and not any(
        clause.stance is Stance.NEGATED for clause in reading.polarity.clauses
    )


HEADLINE_AS = re.compile(r"(?P<claim>[^.;:]+?)\s+as\s+[^.;:]+[^.\s\"\u201d]\s*$")
"""A headline (no full stop at its end) of a claim and, after "as", its background."""


@cache
def lead_as() -> re.Pattern[str]:
    """A sentence of a claim and, after "as", a clause of what went on meanwhile: a subject and
    its verb in the past ("as thousands protested", "as the storm hit") or a pronoun and its verb
    ("as it batters the coast"); not "as well as", "such as" nor "served as mayor"."""
    past = "|".join(sorted(irregular_verbs().keys() | verbs_alike_in_the_past(), key=len, reverse=True))
    return re.compile(
        r"(?P<claim>[^;:]+?)\s+as\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
        rf"(?:(?:it|they|he|she)\s+[a-z]+s|[a-z]+\s+(?:[a-z]+ed|{past}))\b"
    )
