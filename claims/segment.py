"""Split a document into ordered statements with exact offsets: the title, then sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.document import Document, Statement, StatementKind
from claims.furniture import classify_lines, is_title, reads_as_sentence
from claims.sentences import sentence_spans, starts_list

_LINE = re.compile(r"[^\n]+")
_TERMINAL_OR_COLON = re.compile(r"[.!?:;\u2026][\"'\u2019\u201d\u00bb)\]]*$")
WRAPPED_LINE_CHARS = 60
"""A line at least this long that stops mid-sentence was hard-wrapped, not ended."""


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    paragraph: int


def segment(document: Document) -> list[Statement]:
    """Statements of a document, numbered from 0 (the title line), in reading order."""
    text = document.text
    lines = _logical_lines(text)
    kinds = classify_lines([text[line.start : line.end] for line in lines])
    statements: list[Statement] = []
    for line, kind in zip(lines, kinds, strict=True):
        if kind is StatementKind.TITLE:
            spans = [(line.start, line.end)]
        else:
            spans = sentence_spans(text, line.start, line.end)
        listed = kind is not StatementKind.TITLE and starts_list(text, line.start, line.end)
        for start, end in spans:
            own = kind
            if listed and kind is not StatementKind.BOILERPLATE:
                own = StatementKind.BODY if reads_as_sentence(text[start:end]) else StatementKind.LIST_ITEM
            statements.append(Statement(len(statements), start, end, own, text[start:end], line.paragraph))
    return statements


def _logical_lines(text: str) -> list[_Line]:
    """Lines of the text, with hard-wrapped prose joined back into one line per paragraph."""
    lines: list[_Line] = []
    paragraph = 0
    previous_end = 0
    for match in _LINE.finditer(text):
        if not match.group().strip():
            continue
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        if lines:
            blank_between = text.count("\n", previous_end, start) > 1
            if blank_between:
                paragraph += 1
            elif _continues(text, lines[-1], start):
                lines[-1] = _Line(lines[-1].start, match.end(), lines[-1].paragraph)
                previous_end = match.end()
                continue
        lines.append(_Line(start, match.end(), paragraph))
        previous_end = match.end()
    return lines


def _continues(text: str, previous: _Line, start: int) -> bool:
    """A line break inside a sentence: the last line stopped mid-sentence and was long,
    or the next line goes on in lower case."""
    if (
        previous.paragraph == 0
        and previous.start == _first_line_start(text)
        and is_title(text[previous.start : previous.end])
    ):
        return False  # the title line stands alone
    tail = text[previous.start : previous.end]
    if _TERMINAL_OR_COLON.search(tail):
        return False
    return text[start].islower() or len(tail) >= WRAPPED_LINE_CHARS


def _first_line_start(text: str) -> int:
    return len(text) - len(text.lstrip())
