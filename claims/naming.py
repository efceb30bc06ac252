"""How a statement names people: the words that only say who someone is ("Polygamist leader
Warren Jeffs"), which a report writes once, in full, and leaves out after ("Jeffs")."""

from __future__ import annotations

from collections.abc import Collection

from claims.polarity import is_meaningful
from claims.terms import Token

TITLE_CASE = 0.6
"""Share of capitalised words from which a statement is a headline in title case."""
DESCRIPTOR_WORDS = 3
"""Most words a statement may open with to say who the person it names next is."""


def in_title_case(tokens: list[Token]) -> bool:
    """Whether a statement is a headline in title case ("Iran Finally Admits ... Supplying Russia
    with Drones"), where capitals mark no names (places aside)."""
    words = [t for t in tokens if is_meaningful(t) and not t.is_place]
    return bool(words) and sum(t.capitalized for t in words) >= TITLE_CASE * len(words)


def naming_words(tokens: list[Token]) -> dict[int, int]:
    """Positions of the words that only say who someone is, each with the position of the name
    they say it of (its last word, the surname a report uses after): the first names ("Warren"
    of "Warren Jeffs"), unless the statement is a headline in title case, where capitals mark no
    names; and the words a statement opens with before a full name ("Polygamist leader Warren
    Jeffs", "Former Newark mayor Daniel Reyes was ..."), a detail one report gives, not the claim."""
    runs = _name_runs(tokens)
    found = {position: run[-1] for run in runs for position in run[:-1]}
    if found and in_title_case(tokens):
        found = {}
    surnames = {run[0]: run[-1] for run in runs}
    opening = _descriptor_end(tokens, surnames.keys())
    if opening is not None:
        found.update((position, surnames[opening + 1]) for position in range(opening + 1))
    return found


def _name_runs(tokens: list[Token]) -> list[list[int]]:
    """The positions of each run of names written one after another, of two words or more."""
    runs: list[list[int]] = []
    for position, token in enumerate(tokens):
        if not (token.capitalized and token.meaningful and not token.is_place):
            continue
        if runs and runs[-1][-1] == position - 1:
            runs[-1].append(position)
        else:
            runs.append([position])
    return [run for run in runs if len(run) > 1]


def _descriptor_end(tokens: list[Token], full_names: Collection[int]) -> int | None:
    """The position of the last word of a descriptor opening the statement: up to
    DESCRIPTOR_WORDS words, none a function word, the last in lower case, before a name of two
    or more words (`full_names`: where each such name starts)."""
    for position, token in enumerate(tokens[: DESCRIPTOR_WORDS + 1]):
        if not token.meaningful or token.is_number:
            return None
        if position and not token.capitalized and position + 1 in full_names:
            return position
    return None
