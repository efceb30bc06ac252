"""Tell page furniture (menus, prompts, neighbouring headlines) from the article's prose.

General rules, not a list of strings: the body runs from the first to the last line of
prose; short lines outside it are furniture, short lines that repeat are furniture
anywhere, and short unpunctuated lines inside it are headings. Nothing is removed: the
kind only tells the reader to dim it and the matcher to leave it out.
"""

from __future__ import annotations

import re

from claims.document import StatementKind

_WORD = re.compile(r"\w+")
_TERMINAL = re.compile(r"[.!?\u2026][\"'\u2019\u201d\u00bb)\]]*$")
PROSE_MIN_WORDS = 6
"""A punctuated line this long is prose; shorter ones are prompts and labels."""
PROSE_ANY_WORDS = 20
"""A line this long is prose even without end punctuation (a pasted paragraph)."""
SHORT_LINE_WORDS = 12
"""Repeated or unpunctuated lines up to this length are furniture or headings."""


def classify_lines(lines: list[str]) -> list[StatementKind]:
    """Kind of each line of an article; the first line is the title."""
    if not lines:
        return []
    words = [len(_WORD.findall(line)) for line in lines]
    punctuated = [bool(_TERMINAL.search(line)) for line in lines]
    prose = [
        index > 0 and ((punctuated[index] and count >= PROSE_MIN_WORDS) or count >= PROSE_ANY_WORDS)
        for index, count in enumerate(words)
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

    kinds = [StatementKind.TITLE]
    for index in range(1, len(lines)):
        short = words[index] <= SHORT_LINE_WORDS
        if short and seen[keys[index]] > 1 and not prose[index]:
            kinds.append(StatementKind.BOILERPLATE)
        elif prose[index]:
            kinds.append(StatementKind.BODY)
        elif index < first or index > last:
            kinds.append(StatementKind.BOILERPLATE)
        elif short and not punctuated[index]:
            kinds.append(StatementKind.HEADING)
        else:
            kinds.append(StatementKind.BODY)
    return kinds
