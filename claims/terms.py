"""Turn a statement into the terms the matcher compares: stems, places, numbers.

Different wordings of one fact meet here: "supplied" and "providing" share the synonym
term of "supply"; "Tehran", "Iranian" and "Iran's" share the place term "@iran"; "120,000"
and "120000" are one number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.lexicon import places, stemmer, synonyms, word_zipf

_TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['\u2019][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
NUMBER_ZIPF = 6.0
"""Numbers are not in the frequency table. They weigh little in the score, because a date or
count that one report omits or gives differently should not hide that both tell of the same
thing; a differing value is a contradiction, found by claims.cues."""
NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        (
            "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
            "sixteen seventeen eighteen nineteen twenty"
        ).split()
    )
}


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or place name as written, with the term it stands for."""

    surface: str
    """Lower-cased, possessive removed: what the frequency table is asked about."""
    term: str
    position: int
    """Index of the token in its statement, for cue scopes."""
    capitalized: bool
    """Written with a capital: a name, unless it starts the sentence."""

    @property
    def is_number(self) -> bool:
        return self.term.startswith("#")

    @property
    def is_place(self) -> bool:
        return self.term.startswith("@")


def tokenize(text: str) -> list[Token]:
    """Tokens of a statement, with multi-word place names ("United States") joined."""
    raw = [_POSSESSIVE.sub("", match.group()) for match in _TOKEN.finditer(text)]
    table = places()
    tokens: list[Token] = []
    index = 0
    while index < len(raw):
        word = raw[index]
        phrase = _place_phrase(raw, index, table.phrases.get(word, ()))
        if phrase:
            length, term = phrase
            tokens.append(Token(" ".join(raw[index : index + length]).lower(), term, len(tokens), True))
            index += length
            continue
        place = table.single.get(word) if word[:1].isupper() else None
        tokens.append(Token(word.lower(), place or word_term(word), len(tokens), word[:1].isupper()))
        index += 1
    return [token for token in tokens if token.surface]


def term_zipf(token: Token) -> float:
    """How common the token's word is in English; rare words and names say most."""
    if token.is_number:
        return NUMBER_ZIPF
    return word_zipf().get(token.surface, 0.0)


def _place_phrase(
    raw: list[str], index: int, candidates: list[tuple[tuple[str, ...], str]] | tuple[()]
) -> tuple[int, str] | None:
    for words, term in candidates:
        if tuple(raw[index : index + len(words)]) == words:
            return len(words), term
    return None


@lru_cache(maxsize=65536)
def word_term(word: str) -> str:
    if word[0].isdigit():
        return "#" + normalise_number(word)
    if word.lower() in NUMBER_WORDS:
        return "#" + NUMBER_WORDS[word.lower()]
    stem = str(stemmer().stemWord(word.lower()))
    return synonyms().get(stem, stem)


def normalise_number(text: str) -> str:
    """One spelling per number: thousands separators go, "2,5" stays a decimal."""
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?%?", text):
        return text.replace(",", "")
    return text.replace(",", ".")
