"""Which name an article's "the company" or "the 63-year-old" stands for.

A report names its subject once or twice and then calls it "the company", "the club" or "the
bank". Read alone, "The company welcomed the ruling" says nothing of Google, so it is not set
against "Google said it was disappointed with the ruling" in the other report, and shares
little with any statement naming Google. The article itself tells whom it means: the name of a
company, club or body (not a person's, not a place) that most of its statements give. A report
about a person calls her "the 63-year-old" the same way: the surname most of its statements
open with.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from claims.terms import Token

DESCRIPTIONS = frozenset(
    "company firm group club bank airline carrier carmaker automaker insurer retailer lender operator manufacturer "
    "maker giant startup broadcaster studio conglomerate brewer".split()
)
"""Words a report calls the company or body it is about by, after "the"."""
MIN_STATEMENTS = 2
"""A name only this many statements give or more is what the article is about."""
_OPENING_WORDS = 4
"""The words a statement opens on its subject with: "Pop star Mara Quinn was taken to hospital"."""


def with_named_descriptions(
    statements: list[list[Token]], other_article: list[list[Token]] | None = None
) -> list[list[Token]]:
    """The tokens of an article's statements, with the name "the company" stands for put before
    the description in each statement that opens with one ("The company welcomed ..." reads as
    "The Google company welcomed ..."), and the person's before an age that names them ("The 63-year-old
    was honoured ..." reads as "The Dahl 63-year-old ...").
    other_article: the statements of the other report of the story, whose subject is this one's when
    this one names it too seldom to tell ("Bankman-Fried sentenced to 25 years" over "The 31-year-old
    was found guilty": named once, in the title)."""
    named = list(statements)
    kinds = (
        (_opens_with_description, _main_organisation, _always),
        (_opens_with_an_age, _main_person, _names_none_often),
    )
    for opens, main_name, too_seldom in kinds:
        opening = [k for k, tokens in enumerate(statements) if opens(tokens)]
        name = main_name(statements) if opening else None
        if name is None and opening and other_article and too_seldom(statements):
            story = main_name([*statements, *other_article])
            name = story if story is not None and any(story.term == t.term for s in statements for t in s) else None
        if name is not None:
            for k in opening:
                if opens is _opens_with_an_age and k > 0 and _brings_in_someone(statements[k - 1], name):
                    continue  # "... after a man serving a life sentence escaped" / "The 39-year-old fled ...": him
                named[k] = [statements[k][0], name, *statements[k][1:]]
    return named


_SOMEONE = frozenset(
    "man woman boy girl teenager prisoner inmate convict murderer killer suspect driver passenger pilot".split()
)
"""Words naming a person a statement brings in with "a" ("a man serving a life sentence", "a convicted murderer")."""


def _brings_in_someone(tokens: list[Token], name: Token) -> bool:
    """Whether a statement brings in another person after it names the article's ("Interior Minister Sofie Maes
    stepped down after a man serving a life sentence for murder escaped"): the next statement's "the 39-year-old"
    is that one, not the article's person."""
    named_at = max((k for k, t in enumerate(tokens) if t.term == name.term), default=-1)
    return any(
        tokens[k].surface in ("a", "an") and any(t.surface in _SOMEONE for t in tokens[k + 1 : k + 4])
        for k in range(named_at + 1, len(tokens))
    )


def _opens_with_description(tokens: list[Token]) -> bool:
    return len(tokens) > 2 and tokens[0].surface == "the" and tokens[1].surface in DESCRIPTIONS


def _opens_with_an_age(tokens: list[Token]) -> bool:
    """ "The 63-year-old was honoured ...": a report's way of naming its person again."""
    return len(tokens) > 4 and tokens[0].surface == "the" and _is_an_age(tokens[1:4])


def _is_an_age(tokens: list[Token]) -> bool:
    return len(tokens) == 3 and tokens[0].is_number and tokens[1].surface == "year" and tokens[2].surface == "old"


def described_organisation(tokens: list[Token]) -> Token | None:
    """The name `with_named_descriptions` put into a statement opening with "the company" ("the
    Veltro company has never made a profit"), or None."""
    if len(tokens) > 3 and tokens[0].surface == "the" and tokens[2].surface in DESCRIPTIONS and tokens[1].capitalized:
        return tokens[1]
    return None


def described_person(tokens: list[Token]) -> str | None:
    """The surname `with_named_descriptions` put into a statement opening with an age ("the dahl
    63 year old was honoured"), as written, or None."""
    if len(tokens) > 5 and tokens[0].surface == "the" and _name_like(tokens[1]) and _is_an_age(tokens[2:5]):
        return tokens[1].surface
    return None


def _main_person(statements: list[list[Token]]) -> Token | None:
    """The surname most statements open with, written once after a first name ("Ingrid Dahl"):
    the person the article is about, whom "the 63-year-old" stands for. None when two people
    open as many statements: then an age alone does not tell which of them it is."""
    openers, tokens_of = _surnames_opening(statements)
    ranked = openers.most_common(2)
    if not ranked or ranked[0][1] < MIN_STATEMENTS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return tokens_of[ranked[0][0]]


def _always(statements: list[list[Token]]) -> bool:
    """An article without a main organisation names none often enough: `_main_organisation` finds one
    whenever one is named often enough."""
    return True


def _names_none_often(statements: list[list[Token]]) -> bool:
    """Whether an article opens too few statements with any one surname to tell whom it is about
    (not where two people open as many: then the story's person may be either)."""
    return all(count < MIN_STATEMENTS for count in _surnames_opening(statements)[0].values())


def _surnames_opening(statements: list[list[Token]]) -> tuple[Counter[str], dict[str, Token]]:
    """How many statements open with each surname (a name written once after a first name), and
    the surname's token as last written so."""
    surnames = {second.term for _, second in _names_side_by_side(statements)}
    openers: Counter[str] = Counter()
    tokens_of: dict[str, Token] = {}
    for tokens in statements:
        named = [t for t in tokens[:_OPENING_WORDS] if _name_like(t) and t.term in surnames]
        if named:
            openers[named[-1].term] += 1
            tokens_of[named[-1].term] = named[-1]
    return openers, tokens_of


def _main_organisation(statements: list[list[Token]]) -> Token | None:
    """The name most statements give that opens one of them (a company or body is a subject:
    "Google said ..."; "Sorrento airport" never opens one), is one word long and no person's
    (never written next to another name: "Peter Bosz", "Novo Nordisk") nor a place's."""
    beside_a_name = {token.term for pair in _names_side_by_side(statements) for token in pair}
    lower: set[str] = set()
    subjects = {tokens[0].term for tokens in statements if tokens and _name_like(tokens[0])}
    found: Counter[str] = Counter()
    tokens_of: dict[str, Token] = {}
    for tokens in statements:
        lower.update(t.term for t in tokens if not t.capitalized)
        names = {t.term: t for t in tokens if _name_like(t)}
        found.update(names.keys())
        tokens_of.update(names)
    candidates = [
        (count, term)
        for term, count in found.items()
        if term in subjects and term not in beside_a_name and term not in lower
    ]
    if not candidates:
        return None
    count, term = max(candidates)
    return tokens_of[term] if count >= MIN_STATEMENTS else None


def _names_side_by_side(statements: list[list[Token]]) -> list[tuple[Token, Token]]:
    """Every two names written one after the other ("Peter Bosz", "Ingrid Dahl"): a person's."""
    return [pair for tokens in statements for pair in pairwise(tokens) if _name_like(pair[0]) and _name_like(pair[1])]


def _name_like(token: Token) -> bool:
    return token.capitalized and token.meaningful and not token.is_place and not token.is_number
