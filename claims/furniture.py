"""Tell page furniture (menus, prompts, neighbouring headlines) from the article's prose.

General rules, not a list of strings: the body runs from the first to the last line of
prose; short lines outside it are furniture, short lines that repeat are furniture
anywhere, and short unpunctuated lines inside it are headings. Nothing is removed: the
kind only tells the reader to dim it and the matcher to leave it out.
"""

from __future__ import annotations

import re

from claims.document import StatementKind
from claims.sentences import sentence_spans, starts_list

_WORD = re.compile(r"\w+")
_TERMINAL = re.compile(r"[.!?\u2026][\"'\u2019\u201d\u00bb)\]]*$")
PROSE_MIN_WORDS = 6
"""A punctuated line this long is prose; shorter ones are prompts and labels."""
PROSE_ANY_WORDS = 20
"""A line this long is prose even without end punctuation (a pasted paragraph)."""
SHORT_LINE_WORDS = 12
"""Repeated or unpunctuated lines up to this length are furniture or headings."""
HEADING_MIN_WORDS = 4
"""A line right before the first paragraph, unpunctuated and this long, is its heading."""
TITLE_MAX_WORDS = 25
"""A first line longer than this is the article's first paragraph, not its title."""
_ENDS_WITH_PERIOD = re.compile(r"\.[\"'\u2019\u201d\u00bb)\]]*$")


def is_title(line: str) -> bool:
    """Whether an article's first line is its title. A headline is one sentence (it may ask
    or exclaim) that does not end with a period; a first line of several sentences, or one
    that ends like a sentence of prose, is the first paragraph of an article without one."""
    line = line.strip()
    if not line or len(_WORD.findall(line)) > TITLE_MAX_WORDS or _ENDS_WITH_PERIOD.search(line):
        return False
    return len(sentence_spans(line, 0, len(line))) == 1


def reads_as_sentence(text: str) -> bool:
    """A list item that is a sentence of prose, and so a claim like any other."""
    return bool(_TERMINAL.search(text)) and len(_WORD.findall(text)) >= PROSE_MIN_WORDS


def _is_prose(line: str, words: int, punctuated: bool) -> bool:
    """Prose: a punctuated line of some length, or of more than one sentence ("Hello!! Long
    time no see."), or any long line."""
    if words >= PROSE_ANY_WORDS or (punctuated and words >= PROSE_MIN_WORDS):
        return True
    return punctuated and len(sentence_spans(line, 0, len(line))) > 1


def classify_lines(lines: list[str]) -> list[StatementKind]:
    """Kind of each line of an article; the first line is the title if it reads as one."""
    if not lines:
        return []
    titled = is_title(lines[0])
    words = [len(_WORD.findall(line)) for line in lines]
    punctuated = [bool(_TERMINAL.search(line)) for line in lines]
    prose = [
        not (titled and index == 0) and _is_prose(line, count, punctuated[index])
        for index, (line, count) in enumerate(zip(lines, words, strict=True))
    ]
    if not any(prose):
        # Nothing long enough to be the body: then what is punctuated, or a list, is (a short
        # note, a quotation on its own), rather than an article of furniture.
        prose = [
            not (titled and index == 0) and (punctuated[index] or starts_list(line, 0, len(line)))
            for index, line in enumerate(lines)
        ]
    # Only short lines can be repeated furniture; long ones are never compared.
    keys = [
        " ".join(_WORD.findall(line.casefold())) if count <= SHORT_LINE_WORDS else ""
        for line, count in zip(lines, words, strict=True)
    ]
    seen: dict[str, int] = {}
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    prose_lines = [index for index, is_prose in enumerate(prose) if is_prose]
    first = prose_lines[0] if prose_lines else len(lines)
    last = prose_lines[-1] if prose_lines else 0

    kinds = [StatementKind.TITLE] if titled else []
    for index in range(len(kinds), len(lines)):
        short = words[index] <= SHORT_LINE_WORDS
        if short and seen[keys[index]] > 1 and not prose[index]:
            kinds.append(StatementKind.BOILERPLATE)
        elif prose[index]:
            kinds.append(StatementKind.BODY)
        elif index == first - 1 and not punctuated[index] and words[index] >= HEADING_MIN_WORDS:
            kinds.append(StatementKind.HEADING)  # the heading of the first paragraph, not a menu
        elif index < first or index > last:
            kinds.append(StatementKind.BOILERPLATE)
        elif short and not punctuated[index]:
            kinds.append(StatementKind.HEADING)
        else:
            kinds.append(StatementKind.BODY)
    return kinds
