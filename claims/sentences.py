"""Sentence boundaries in news prose, as character spans.

A rule-based splitter: a boundary is end punctuation (with any closing quotes or
brackets) followed by white space and something that can start a sentence. The
exceptions are the ones news prose needs: titles and month abbreviations (Mr., Nov. 5),
initialisms (U.S., U.N.) unless a sentence plainly starts after them, decimals and model
names (2.5, Mohajer-6), which never have white space after their dot anyway.
"""

from __future__ import annotations

import re

_END = re.compile(r"(?:[.!?\u2026]+)[\"'\u2019\u201d\u00bb)\]]*(?=\s+(\S))")
_FIRST_WORD = re.compile(r"[\"'\u201c\u2018\u00ab(\[]*([^\s\"'\u2019\u201d,;:.!?)\]]+)")
_INITIALISM = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_OPENERS = "\"'\u201c\u2018\u00ab([\u00bf\u00a1"

# Abbreviations after which a period does not end the sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col maj capt sgt cpl adm cmdr st mt ft rev hon pres
    supt insp det messrs mme jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed
    thu thur thurs fri sat sun no nos vol vols fig figs pp ch art sec dept univ assn bros vs v al
    approx ca cf ave blvd rd hwy""".split()
)
# Abbreviations that also end sentences ("... Apple Inc. The company said"): split before a
# word that usually starts one.
_CLOSING_ABBREVIATIONS = frozenset("inc ltd co corp plc llc jr sr etc".split())
_SENTENCE_STARTERS = frozenset(
    """the a an he she it they we i you but and in on at this that these those there his her its
    their our however meanwhile if when after before as for so yet while since although some many
    most one two no not what who why how officials police""".split()
)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences; returns (start, end) pairs without outer spaces."""
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _END.finditer(text, start, end):
        if _is_boundary(text, begin, match):
            spans.append((begin, match.end()))
            begin = match.end()
    spans.append((begin, end))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _is_boundary(text: str, begin: int, match: re.Match[str]) -> bool:
    following = match.group(1)[0]
    if not (following.isupper() or following.isdigit() or following in _OPENERS):
        return False
    if match.group(0) != ".":
        return True  # ?, !, an ellipsis or a closing quote after the period
    token = _last_token(text, begin, match.start()).lstrip(_OPENERS)
    lowered = token.lower()
    if lowered in _ABBREVIATIONS:
        return False
    if lowered in _CLOSING_ABBREVIATIONS or _INITIALISM.fullmatch(token):
        word = _FIRST_WORD.match(text, match.start(1))
        return word is not None and word.group(1).lower() in _SENTENCE_STARTERS
    return True


def _last_token(text: str, begin: int, end: int) -> str:
    """The run of non-space characters that ends at `end` (the word before a period)."""
    start = end
    while start > begin and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
