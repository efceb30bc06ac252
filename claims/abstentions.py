"""Votes told apart by how they were cast, not by their figures alone: one member's abstention
against the same member's vote ("Prime Minister Keir Starmer voted in favour" / "Sir Keir Starmer
abstained"), and a vote told as unanimous against the same vote split ("The Supreme Court upheld the
law unanimously" / "upheld the law by a 6-3 vote"). They cannot both be true (claims.verdict). A
tally ("Twelve members abstained") tells of a group, not of one member, and is a count
(claims.quantities).
"""

from __future__ import annotations

import re

from claims.quantities import VOTE
from claims.quantity import Kind
from claims.reading import Reading
from claims.terms import word_term
from claims.two_ways import TwoWays

_CAST = re.compile(
    r"^(?P<member>(?:[\w'\u2019-]+\s+){0,5}?(?:[A-Z][\w'\u2019-]*\s+){0,4}?[A-Z][\w'\u2019-]*)"
    r"(?:\s*,[^,;.]{1,60},)?\s+(?P<cast>(?:has\s+|had\s+)?(?:"
    r"(?P<abstained>abstained)|voted\s+(?:in\s+favou?r|for|against|yes|no|with|alongside)\b))"
)
"""A member named at the opening, past the words that say what it is ("The junior coalition party NSC",
"Lawmakers from the coalition party NSC") and an aside after it ("The Socialist Party, the largest opposition
party,"), then what they did in the vote: abstained, or voted one way."""
_WORDS = frozenset(("abstained", "voted"))
_OF_ANY_PARTY = frozenset(word_term(word) for word in "party parties group bloc alliance coalition front".split())
"""Words a member's name may share with another's without naming the same one ("the Labour Party" / "the
Conservative Party")."""


def abstained_against_voted(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells what a member named at its opening did in the vote, when one says the member
    abstained and the other that the same member (the same last name) voted one way."""
    if a.words.isdisjoint(_WORDS) or b.words.isdisjoint(_WORDS):
        return None
    cast_a, cast_b = _CAST.match(a.text), _CAST.match(b.text)
    if cast_a is None or cast_b is None or bool(cast_a.group("abstained")) == bool(cast_b.group("abstained")):
        return None
    if not _one_member(cast_a.group("member"), cast_b.group("member")):
        return None
    return cast_a.span("cast"), cast_b.span("cast")


def _one_member(member_a: str, member_b: str) -> bool:
    """Whether two openings name one member: the same last name ("Prime Minister Keir Starmer" / "Sir Keir
    Starmer"), or a name both write, whatever its form ("The Socialist Party" / "The Socialists")."""
    last_a, last_b = member_a.split()[-1], member_b.split()[-1]
    if last_a == last_b and word_term(last_a) not in _OF_ANY_PARTY:
        return True
    return not (_names(member_a) & _names(member_b)) <= _OF_ANY_PARTY


def _names(member: str) -> set[str]:
    return {word_term(word) for word in member.split() if word[0].isupper() and word.lower() != "the"}


def unanimous_against_split(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells how one vote went, when one says it was unanimous and the other gives it with votes on both
    sides ("upheld the law unanimously" / "upheld the law by a 6-3 vote") or as split in words ("The judges chose the
    book unanimously" / "after a long debate and a split vote"): the two statements share at least ONE_VOTE_SHARED
    terms beside the vote, or the court's ruling or the board's decision (`_RULINGS`), so that two votes of a story
    ("The Senate voted 52-48" / "The committee backed it unanimously") are not taken for one."""
    for whole, split, swapped in ((a, b, False), (b, a, True)):
        if "unanimous" not in whole.words and "unanimously" not in whole.words:
            continue
        told = _UNANIMOUS.search(whole.text)
        if told is None or _NOT_BEFORE.search(whole.text, max(0, told.start() - 12), told.start()):
            continue  # "The decision was not unanimous", "voted almost unanimously"
        votes = [q for q in split.values.quantities if q.kind is Kind.SCORE and q.unit == VOTE and q.value % 1000]
        in_words = _SPLIT_IN_WORDS.search(split.text) if not votes else None
        where = (votes[0].start, votes[0].end) if votes else in_words.span() if in_words is not None else None
        shared = (whole.terms & split.terms) - _VOTE_TERMS
        if where is None or not (len(shared) >= ONE_VOTE_SHARED or (shared and shared <= _RULINGS)):
            continue
        spans = told.span(), where
        return (spans[1], spans[0]) if swapped else spans
    return None


_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
_SPLIT_IN_WORDS = re.compile(
    r"\b(?:split|divided)\s+(?:vote|decision|verdict|jury|panel|court)\b|\bmajority\s+(?:vote|decision|verdict)\b"
    r"|\bby\s+a\s+majority\b",
    re.IGNORECASE,
)
"""A vote told as split in words ("after a long debate and a split vote", "by a majority decision")."""
_NOT_BEFORE = re.compile(
    r"(?:\bnot|n['\u2019]t|\bfar\s+from|\bnear|\bnearly|\balmost|\bvirtually|\bclose\s+to)[\s-]+$", re.IGNORECASE
)
"""Words that make a vote less than unanimous: "not unanimous", "near-unanimous", "almost unanimously"."""
ONE_VOTE_SHARED = 2
_VOTE_TERMS = frozenset(word_term(word) for word in "vote votes voted unanimous unanimously".split())
"""Words of any vote: shared, they say nothing of which vote both tell."""
_RULINGS = frozenset(word_term(word) for word in "ruling verdict judgment judgement decision".split())
"""A court's or a board's decision, of which a story tells one: shared alone, it is the vote both tell ("The ruling was
unanimous" / "Five judges delivered the ruling, which was split 3-2", "The decision was made by a 7-2 vote" / "The
decision was unanimous")."""


UNANIMOUS, SPLIT = "unanimous", "split"
UNANIMITY = TwoWays(
    frozenset(("unanimous", "unanimously", "dissented", "dissenting", "split", "voted", "vote")),
    {
        UNANIMOUS: _UNANIMOUS,
        SPLIT: re.compile(
            r"\b(?:dissented|dissenting)\b|\bnot\s+(?:a\s+)?unanimous\b|\bsplit\s+(?:vote|decision|verdict|ruling)\b"
            r"|\bvoted\s+\d{1,3}\s*(?:-|\u2013|to)\s*[1-9]\d{0,2}\b"
            r"|\b\d{1,3}\s*(?:-|\u2013)\s*[1-9]\d{0,2}\s+(?:vote|decision|ruling|verdict|majority)\b",
            re.IGNORECASE,
        ),
    },
    re.compile(
        r"(?:\bnot|n['\u2019]t|\bno|\bnone|\bwithout|\bfar\s+from|\bnear|\bnearly|\balmost|\bvirtually|\bclose\s+to)"
        r"(?:[\s-]+[\w'\u2019]+){0,4}?[\s-]+$",
        re.IGNORECASE,
    ),
    reach=40,
)
"""Whether a story's decision was unanimous: "The decision was unanimous" against "Fed governor Michelle Bowman
dissented", "The ruling was not unanimous" or "The judges voted 16 to 1" (a vote with some against). It is one fact of
the story (claims.told_once); the two share little but the decision. "No member dissented" and "almost unanimously"
tell neither way."""
