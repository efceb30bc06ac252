"""Who makes a claim, as opposed to what the claim is about.

Two reports quoting the same spokesman say nothing alike for that alone ("..., Sutopo Purwo
Nugroho said"), so the matcher gives the names next to "said" or "according to" little weight.
"""

from __future__ import annotations

from claims.terms import Token, word_term

_REPORTING = frozenset(word_term(word) for word in "say add note report announce quote explain".split())
ATTRIBUTION_REACH = 5
"""Names this close to "said" or "according to" are the source of a claim, not its subject."""


SAYING = frozenset(word_term(word) for word in "say said tell told add added stated quote".split())
"""Terms of the words that say someone speaks."""
_ACCORDING = "according"
"""Says who speaks as written: its term is a synonym's ("accord", an agreement), and a "deal" is
no source."""


def _says(token: Token) -> bool:
    return token.term in SAYING or token.surface == _ACCORDING


_SOURCES = frozenset(
    word_term(word)
    for word in "statement interview reporters press conference spokesman spokeswoman spokesperson "
    "official officials television radio media agency news website twitter".split()
)
"""Words that say where or to whom something was said ("said in a statement", "told reporters")."""


_SPEAKER_WORDS = 6
"""Words before "said" that may name who said it ("the national disaster agency's spokesman")."""


def is_attribution(clause: list[Token]) -> bool:
    """Whether a clause only says who speaks ("..., Sutopo Purwo Nugroho said"; "said Sutopo
    ... of the agency"; "according to police"; "in a quote he provided to IRNA"; "DeGeneres
    said in a statement"): it ends with a saying word in lower case (a verb, not "the Islamic
    State") or opens with "according", or names who said it and then only who, where or to
    whom ("the governor said in a statement", "he told reporters"); not "He said there were
    other suitors", which says what."""
    words = [token for token in clause if token.meaningful or _says(token)]
    if not words:
        return False
    if (_says(words[-1]) and not words[-1].capitalized) or words[0].surface == _ACCORDING:
        return True
    verb = next((i for i, w in enumerate(words) if _says(w) and not w.capitalized), None)
    if verb is None or verb > _SPEAKER_WORDS:
        return False
    return all(_says(w) or w.term in _SOURCES or w.capitalized for w in words[verb + 1 :])


def attribution_positions(tokens: list[Token]) -> set[int]:
    """Positions of the names that attribute a claim ("..., Sutopo Purwo Nugroho said")."""
    positions: set[int] = set()
    for position, token in enumerate(tokens):
        if token.term in _REPORTING or token.surface == _ACCORDING:
            start = max(1, position - ATTRIBUTION_REACH)
            for near in range(start, min(len(tokens), position + ATTRIBUTION_REACH + 1)):
                name = tokens[near]
                if name.capitalized and not name.is_place and not name.is_number:
                    positions.add(near)
    return positions


_SAYING_VERBS = frozenset("said says told tells called calls warned warns".split())
"""The verbs an opening names its speaker before (not "adds" or "declared": "Netflix adds 19
million subscribers", "Dissanayake was declared the winner"); "called" names one too ("Union
leader Jan Peeters called the deal a fair compromise")."""
TITLES = frozenset(
    word_term(word)
    for word in "leader chief executive minister president secretary director chairman chairwoman head mayor".split()
)
"""Titles a speaker is named with ("Union leader Jan Peeters said ...")."""


def opening_speaker(tokens: list[Token]) -> frozenset[str]:
    """The terms a statement opens with when they only say who speaks, up to the saying verb
    ("Prime Minister Jonas Berg said he had accepted her resignation", "Police said ..."): names
    and words of sources; none when anything else comes first ("The company said")."""
    words = [token for token in tokens if token.meaningful or token.surface.lower() in _SAYING_VERBS]
    verb = next((i for i, w in enumerate(words[: _SPEAKER_WORDS + 1]) if w.surface in _SAYING_VERBS), None)
    if not verb or not all(w.capitalized or w.term in _SOURCES or w.term in TITLES for w in words[:verb]):
        return frozenset()
    return frozenset(w.term for w in words[:verb])
