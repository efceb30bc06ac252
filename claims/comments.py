"""A comment declined against one the same speaker made: "Boeing declined to comment" / "Boeing
said it supported the decision to ground the planes", "The Houthis have not commented on the
attack" / "Houthi spokesman Yahya Saree claimed responsibility for the attack". One report says
the speaker said nothing, the other what they said: a reader checks which (claims.verdict). A
comment declined on one matter says nothing of what the speaker said on another ("did not comment
on the protest" / "said the government would present a new rental law"). So too what a speaker did
not say against the same speaker owning to it ("Putin apologised ... but did not say Russia was to
blame" / "Putin apologised and accepted that Russia was to blame")."""

from __future__ import annotations

import re

from claims.polarity import Stance, is_meaningful, meaningful_terms
from claims.reading import Reading
from claims.terms import tokenize

_DECLINED = re.compile(
    r"^(?P<who>[^.;:]+?)\s+(?:declined\s+to\s+comment|refused\s+to\s+comment|(?:has|have|had)\s+not\s+(?:yet\s+)?"
    r"commented|did\s+not\s+comment|(?:would|could)\s+not\s+(?:immediately\s+)?comment|(?:made|gave|offered)\s+no\s+comment)"
    r"(?:\s+on\s+(?P<topic>[^.;]+?))?(?P<when>,?\s+(?:as|when|while)\s+[^.;]+?)?\s*\.?\s*$",
    re.IGNORECASE,
)
"""A statement that says only that someone made no comment, and on what, if it says, perhaps with when ("Hart made no
comment as he left the court")."""
_SAID = re.compile(
    r"\b(?:said|says|told|claimed|confirmed|announced|acknowledged|admitted|denied|thanked|praised|welcomed"
    r"|criticised|criticized|condemned|described|called(?=\s+(?:the|it|this|that|him|her|them)\b))\b",
    re.IGNORECASE,
)
"""Verbs of saying something, of a matter or to someone: "Trump thanked Musk in a post" is a comment,
and so is calling a thing something ("Hasina called the verdict biased"), not calling for it."""
_WORDS = frozenset(("comment", "commented"))
_ANY_TOPIC = meaningful_terms("the claim claims report reports matter allegation allegations accusation accusations")
"""Words that only point back to what the statement before told ("India has not commented on the claim"):
no topic of their own for the other statement to name."""


def comment_declined_against_made(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells of a speaker's comment, when one says only that the speaker made none and the
    other tells what the same speaker (every word naming them) said, of the matter the first names if
    it names one: the refusal and the saying verb."""
    for declining, saying, swapped in ((a, b, False), (b, a, True)):
        if declining.words.isdisjoint(_WORDS) or not saying.words.isdisjoint(_WORDS):
            continue
        declined = _DECLINED.match(declining.text)
        said = next((m for m in _SAID.finditer(saying.text) if _said_outright(saying.text, m)), None)
        if declined is None or said is None or saying.hedged:
            continue
        who = _naming(declined.group("who"))
        topic = meaningful_terms(declined.group("topic") or "") - _ANY_TOPIC
        if who and who <= _speakers(saying.text) and (not topic or not topic.isdisjoint(saying.terms)):
            end = declined.start("when") if declined.group("when") else len(declining.text.rstrip(" ."))
            spans = (declined.end("who") + 1, end), said.span()
            return (spans[1], spans[0]) if swapped else spans
    return None


def unsaid_against_avowed(a: Reading, b: Reading) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where each tells what a speaker said of a matter, when one says the speaker did not say it
    ("Putin apologised ... but did not say Russia was to blame") and the other that the same speaker
    avowed it ("Putin apologised and accepted that Russia was to blame"): the unsaid and the avowal."""
    for declining, saying, swapped in ((a, b, False), (b, a, True)):
        if not declining.may_negate or saying.may_negate or saying.hedged:
            continue
        avowed = _AVOWED.search(saying.text)
        if avowed is None:
            continue
        for clause in declining.polarity.clauses:
            if clause.stance is not Stance.DECLINED or not clause.denied or not clause.denied <= saying.terms:
                continue
            who = _names_before(declining, clause.cue[0])
            if who and who <= _names_before(saying, avowed.start()):
                end = clause.start + len(declining.text[clause.start : clause.end].rstrip(" ."))
                spans = (clause.cue[0], end), avowed.span()
                return (spans[1], spans[0]) if swapped else spans
    return None


def _names_before(reading: Reading, end: int) -> frozenset[str]:
    """The words a statement writes capitalised before a point, places left out: who speaks, when a
    verb of saying follows (a name its article writes only at the openings of statements, "Putin
    apologised ...", is none of the article's names)."""
    return frozenset(
        token.term
        for token, start, _ in reading.spans
        if start < end and token.capitalized and is_meaningful(token) and not token.is_place
    )


_AVOWED = re.compile(r"\b(?:accepted|admitted|acknowledged|conceded|confirmed)\b", re.IGNORECASE)
"""What a speaker owns to: more than saying it ("accepted that Russia was to blame")."""


def _said_outright(text: str, said: re.Match[str]) -> bool:
    """Whether a saying verb is not denied ("The company has not confirmed the report" says nothing)."""
    return _NOT_BEFORE.search(text, max(0, said.start() - 12), said.start()) is None


_NOT_BEFORE = re.compile(r"(?:\bnot|n['\u2019]t|\bnever)\s+(?:yet\s+)?$", re.IGNORECASE)


def _speakers(text: str) -> frozenset[str]:
    """The terms of who says what a statement tells: the words before each saying verb back to the
    clause's start ("A source in Ukraine's security service told Reuters", '"...," Lind's spokesman
    said'), or after it to the clause's end ("..., said a police spokesman"); not those of what is
    said ("Paolo Ricci acknowledged ... a relationship with his adviser, Chiara Neri")."""
    found: set[str] = set()
    for said in _SAID.finditer(text):
        before = _CLAUSE_BREAK.split(text[: said.start()])[-1]
        after = _CLAUSE_BREAK.split(text[said.end() :])[0] if _CLAUSE_BREAK.search(text, 0, said.start()) else ""
        found |= _naming(before) | _naming(after)
    return frozenset(found)


def _naming(text: str) -> frozenset[str]:
    """The terms of the words naming a speaker, a place's word as written: "the Kremlin" is not
    "Russian authorities", though both stand for Russia as places do."""
    return frozenset(t.surface if t.is_place else t.term for t in tokenize(text) if is_meaningful(t))


_CLAUSE_BREAK = re.compile(r"[,;:\"\u201c\u201d]")
