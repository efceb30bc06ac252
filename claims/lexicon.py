"""The engine's word knowledge: English word frequencies, place names, news synonyms and contrasts.

All of it ships as small text files in claims/data (see tools/ for how they were made);
nothing is downloaded. Each table loads once, on first use.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import Stemmer

_DATA = resources.files("claims") / "data"


def _data_lines(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def stemmer() -> Stemmer.Stemmer:
    """Snowball's English stemmer (PyStemmer, C): one stem for "supplied", "supplies", "supply"."""
    return Stemmer.Stemmer("english")


@cache
def word_zipf() -> dict[str, float]:
    """Zipf frequency (log10 per billion words) of 50,000 English words; rarer words are absent."""
    table: dict[str, float] = {}
    for line in _data_lines("word-frequencies.txt"):
        zipf, *words = line.split()
        value = int(zipf) / 10
        table.update(dict.fromkeys(words, value))
    return table


@dataclass(frozen=True)
class Places:
    """Country names, demonyms and capitals, each mapped to one term per country."""

    single: dict[str, str]
    """One-word names, case-sensitive: "US" is a country, "us" is not."""
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    """Names of several words, keyed by their first word, longest first."""


@cache
def places() -> Places:
    """The place table; a country's term is "@" and its name ("@iran", "@united_states")."""
    single: dict[str, str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for line in _data_lines("places.tsv"):
        country, _, others = line.partition("\t")
        term = "@" + country.lower().replace(" ", "_")
        for name in [country, *filter(None, others.split("|"))]:
            tokens = tuple(name.split())
            if len(tokens) == 1:
                single.setdefault(name, term)
            else:
                phrases.setdefault(tokens[0], []).append((tokens, term))
    for candidates in phrases.values():
        candidates.sort(key=lambda candidate: len(candidate[0]), reverse=True)
    return Places(single, phrases)


@cache
def known_phrases() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Names and idioms of several words that stand for one term, keyed by their first word,
    longest first: the places' names, and the phrases of the synonym groups ("pulled_out" in
    synonyms.txt: "pulled out" quits, where "pulled" alone does not)."""
    stem = stemmer().stemWord
    table = {first: list(candidates) for first, candidates in places().phrases.items()}
    for line in _data_lines("synonyms.txt"):
        words = line.split()
        for word in words:
            if "_" in word:
                joined = tuple(word.split("_"))
                table.setdefault(joined[0], []).append((joined, stem(words[0])))
    for candidates in table.values():
        candidates.sort(key=lambda candidate: len(candidate[0]), reverse=True)
    return table


@cache
def function_words() -> frozenset[str]:
    """Closed-class English words (function-words.txt), and negators: never what a claim is about."""
    return frozenset(word for line in _data_lines("function-words.txt") for word in line.split()) | NEGATORS


NEGATORS = frozenset(
    "not never no nobody none nothing neither nor cannot without nowhere avoid avoids avoided avoiding".split()
)


@cache
def synonyms() -> dict[str, str]:
    """Stem of each news word to the stem that names its synonym group."""
    stem = stemmer().stemWord
    table: dict[str, str] = {}
    for line in _data_lines("synonyms.txt"):
        words = line.split()
        head = stem(words[0])
        for word in words:
            if not word.startswith("=") and "_" not in word:
                table.setdefault(stem(word), head)
    return table


@cache
def wordnet_synonyms() -> dict[str, tuple[str, ...]]:
    """Each word with the words WordNet gives for one of its two most frequent senses
    (wordnet-synonyms.txt, tools/make_wordnet_synonyms.py): "hike" "boost", "remain" "stay"."""
    return {word: tuple(others) for word, *others in (line.split() for line in _data_lines("wordnet-synonyms.txt"))}


@cache
def wordnet_verb_kinds() -> dict[str, tuple[str, ...]]:
    """Each verb with the more general verbs one of its two most frequent senses is a kind of,
    two levels up (wordnet-verb-kinds.txt, tools/make_wordnet_synonyms.py): "slice" "cut"."""
    return {word: tuple(others) for word, *others in (line.split() for line in _data_lines("wordnet-verb-kinds.txt"))}


@cache
def irregular_verbs() -> dict[str, str]:
    """Past forms of irregular verbs to their base ("found" -> "find", "fought" -> "fight"),
    which a stemmer leaves apart (irregular-verbs.txt)."""
    table: dict[str, str] = {}
    for line in _data_lines("irregular-verbs.txt"):
        base, *forms = line.split()
        table.update(dict.fromkeys(forms, base))
    return table


@cache
def verbs_alike_in_the_past() -> frozenset[str]:
    """Irregular verbs whose past is written as their base ("cut", "hit", "spread"): the lines of
    irregular-verbs.txt with no past form of their own."""
    return frozenset(line.split()[0] for line in _data_lines("irregular-verbs.txt") if len(line.split()) == 1)


@cache
def irregular_plurals() -> dict[str, str]:
    """Plurals of nouns a stemmer leaves apart from their singular ("women" -> "woman", "gunmen"
    -> "gunman"; irregular-plurals.txt): "The two women and a man" says "woman" and "man"."""
    table: dict[str, str] = {}
    for line in _data_lines("irregular-plurals.txt"):
        singular, plural = line.split()
        table[plural] = singular
    return table


@cache
def exact_synonyms() -> dict[str, str]:
    """Words that join a synonym group only as written ("=stated" in synonyms.txt), lower-cased."""
    stem = stemmer().stemWord
    table: dict[str, str] = {}
    for line in _data_lines("synonyms.txt"):
        words = line.split()
        for word in words:
            if word.startswith("="):
                table[word[1:]] = stem(words[0])
    return table


@cache
def contrast_groups() -> list[tuple[bool, list[tuple[str, ...]]]]:
    """Groups of words that exclude each other in one claim (contrasts.txt), each option with its
    forms, and whether the group's words contradict each other ("!"): [(False, [("man", "men"),
    ("woman", "women")]), (True, [("rise",), ("fall",)]), ...]."""
    groups = []
    for line in _data_lines("contrasts.txt"):
        words = line.split()
        contradicts = words[0] == "!"
        groups.append((contradicts, [tuple(option.split("/")) for option in words[contradicts:]]))
    return groups
