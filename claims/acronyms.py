"""Acronyms two articles spell out: "AMD" and "Advanced Micro Devices" stand for one term.

One report names a company, an agency or a country in full and the other by its initials
("the United Arab Emirates" / "the UAE", "Advanced Micro Devices" / "AMD"); word by word the
two share nothing where they name the same one. Only acronyms the articles themselves write,
next to a run of capitalised words with those initials somewhere in either article, count:
there is no table of known acronyms to go stale or to misread "WHO" in a headline.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from claims.lexicon import function_words, known_phrases, places
from claims.terms import Phrases, word_term

MIN_LETTERS, MAX_LETTERS = 3, 6
"""Acronyms of two letters are left alone: among the names of two long articles, some two
words would have any two initials by chance ("His Past", HP)."""
_ACRONYM = re.compile(r"(?<![\w.&'\u2019-])[A-Z]{3,6}(?![\w&'\u2019-]|\.\w)")
"""Three to six capitals standing alone: "AMD", "UAE", "IRNA"; not "U.S." (a place already)."""
_NAME_WORD = re.compile(r"[A-Z][a-z]+")
_NAME_RUN = re.compile(r"[A-Z][^\W\d_]*(?:[ \t]+(?:(?:of|and|for|the|de)[ \t]+)*[A-Z][^\W\d_]*)+")
"""Capitalised words in a row, joined by at most a few small words: "Islamic Republic News Agency"."""
_JOINERS = frozenset(("of", "and", "for", "the", "de"))
_NUMERALS = frozenset("IVX")


def with_acronyms(texts: Iterable[str]) -> Phrases:
    """The phrases `claims.terms.tokenize` joins into one term for these texts: the place names,
    and each spelled-out name whose initials are an acronym of the texts, mapped to the
    acronym's term, or the acronym mapped to a country's place term when the name is a
    country's ("UAE" to "@united_arab_emirates")."""
    text = "\n".join(texts)
    acronyms = {
        found for found in _ACRONYM.findall(text) if not set(found) <= _NUMERALS and found not in places().single
    }
    if not acronyms:
        return known_phrases()
    found: set[tuple[tuple[str, ...], str]] = set()
    for run in {match.group() for match in _NAME_RUN.finditer(text)}:
        words = run.split()
        for start, end, initials in _initialled_stretches(words):
            if initials in acronyms:
                name = tuple(words[start:end])
                place = _place_term(name)
                found.add((name, word_term(initials)) if place is None else ((initials,), place))
    if not found:
        return known_phrases()
    phrases: Phrases = {}
    for name, term in sorted(found):
        phrases.setdefault(name[0], list(known_phrases().get(name[0], ()))).append((name, term))
    for candidates in phrases.values():
        candidates.sort(key=lambda candidate: len(candidate[0]), reverse=True)
    return known_phrases() | phrases


def _initialled_stretches(words: list[str]) -> Iterable[tuple[int, int, str]]:
    """Each name a run of capitalised words may be, with its initials: the run itself, or the run
    without its first words ("Chipmaker Advanced Micro Devices"), or without what an "and" adds at
    its end (the CDC of "the Centers for Disease Control and Prevention"); a name of ordinary
    capitalised words only, starting with none of the small words that open sentences ("His", "From")."""
    for end in [len(words), *(index for index, word in enumerate(words) if word == "and" and index)]:
        yield from _stretches_ending_at(words, end)


def _stretches_ending_at(words: list[str], end: int) -> Iterable[tuple[int, int, str]]:
    initials = ""
    for start in range(end - 1, -1, -1):
        word = words[start]
        if word in _JOINERS:
            continue
        if not _NAME_WORD.fullmatch(word) or len(initials) == MAX_LETTERS:
            return
        initials = word[0] + initials
        if len(initials) >= MIN_LETTERS and word.lower() not in function_words():
            yield start, end, initials


def _place_term(name: tuple[str, ...]) -> str | None:
    """The place term of a country's name written in full ("United Arab Emirates"), if it is one."""
    for words, term in places().phrases.get(name[0], []):
        if words == name:
            return term
    return None
