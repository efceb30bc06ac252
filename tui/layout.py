"""Where each statement's lines fall at a given width, for a whole article at once.

Greedy word wrap: each line holds as many whole words as fit, a word wider than the
line is cut where the line ends. Newlines inside a statement (hard-wrapped prose) count
as spaces: the text is re-flowed. Pure Python, so the reader can lay out its first
screen before NumPy is even imported.

Most news text is one cell per character; for such a statement one regular expression
finds every line in C (10,000 statements re-wrap in a few tens of milliseconds). Text
with wide or zero-width characters (Asian scripts, emoji, combining marks) is wrapped
word by word with each word measured by Rich; both give the same lines where both apply.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from rich.cells import cell_len

_ONE_CELL = "\n\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u214f"
"""Characters that take one cell each: Latin, Greek and Cyrillic letters, and the punctuation,
currency and letter-like signs of news text (’ “ — … € №). Newlines are shown as spaces."""
_NOT_ONE_CELL = re.compile(f"[^\x00{_ONE_CELL}]")
"""A character that is not one cell wide, in statements joined by NUL."""
_WORD = re.compile("[^ \n]+")


@dataclass(frozen=True)
class Layout:
    """The lines of an article at one width: per line, its statement (-1 for the blank line
    between paragraphs) and the span of that statement's text it shows."""

    statement: array[int]
    start: array[int]
    end: array[int]
    first_line: array[int]
    """Per statement: its first line."""

    def __len__(self) -> int:
        return len(self.statement)

    def is_first(self, line: int) -> bool:
        """Whether the line is its statement's first (where the margin is drawn)."""
        statement = self.statement[line]
        return statement >= 0 and self.first_line[statement] == line

    def statement_at(self, line: int) -> int:
        """The statement shown on (or just before) a line."""
        return max(0, bisect_right(self.first_line, line) - 1)

    def lines_of(self, statement: int) -> range:
        """The lines a statement takes."""
        first = self.first_line[statement]
        last = len(self.statement) if statement + 1 == len(self.first_line) else self.first_line[statement + 1]
        while last > first + 1 and self.statement[last - 1] < 0:  # the blank line before the next paragraph
            last -= 1
        return range(first, last)


def lay_out(texts: Sequence[str], paragraphs: Sequence[int], width: int) -> Layout:
    """Wrap every statement to width cells, a blank line between paragraphs."""
    if width < 2:
        raise ValueError(f"cannot wrap text to {width} cell(s)")
    statement, start, end, first_line = array("q"), array("q"), array("q"), array("q")
    previous_paragraph = paragraphs[0] if paragraphs else 0
    for index, (spans, paragraph) in enumerate(zip(_lines_per_statement(texts, width), paragraphs, strict=True)):
        if paragraph != previous_paragraph:
            statement.append(-1)
            start.append(0)
            end.append(0)
            previous_paragraph = paragraph
        first_line.append(len(statement))
        if not spans:  # a statement without words (never from the segmenter) still gets a line
            spans = [(0, 0)]
        for line_start, line_end in spans:
            start.append(line_start)
            end.append(line_end)
        statement.extend([index] * len(spans))
    return Layout(statement, start, end, first_line)


def _lines_per_statement(texts: Sequence[str], width: int) -> Iterator[list[tuple[int, int]]]:
    """Each statement's lines as spans of its text, in order.

    One pass of the line pattern over the whole article (statements joined by NUL, which no
    line crosses) finds them all: calling the pattern once per statement would cost more
    than the matching itself. Statements with characters that are not one cell wide are
    then measured on their own.
    """
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:  # a statement holds a NUL of its own
        for text in texts:
            yield list(_measured_lines(text, width))
        return
    starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
    measured = {bisect_right(starts, found.start()) - 1 for found in _NOT_ONE_CELL.finditer(joined)}
    index = 0
    spans: list[tuple[int, int]] = []
    for match in _line_pattern(width).finditer(joined):
        line_start, line_end = match.span()
        while line_start >= starts[index + 1]:  # the line belongs to a later statement
            yield list(_measured_lines(texts[index], width)) if index in measured else spans
            index, spans = index + 1, []
        spans.append((line_start - starts[index], line_end - starts[index]))
    for rest in range(index, len(texts)):
        yield list(_measured_lines(texts[rest], width)) if rest in measured else spans
        spans = []


@lru_cache(maxsize=8)
def _line_pattern(width: int) -> re.Pattern[str]:
    """The longest run of whole words from a word's start that fits width characters,
    or, for a word longer than that, its first width characters. NUL ends a statement."""
    word, inside, after = "[^ \n\x00]", "[^\x00]", "(?=[ \n\x00]|\\Z)"
    return re.compile(rf"{word}(?:{inside}{{0,{width - 2}}}{word})?{after}|{word}{{{width}}}")


def _measured_lines(text: str, width: int) -> Iterator[tuple[int, int]]:
    """The same lines as the pattern gives, for text whose characters are not all one cell."""
    line_start = line_end = -1
    used = 0
    for word in _WORD.finditer(text):
        for piece_start, piece_end, cells in _pieces(text, word.start(), word.end(), width):
            gap = piece_start - line_end if piece_start == word.start() else 0
            if line_start >= 0 and used + gap + cells <= width:
                used += gap + cells
                line_end = piece_end
                continue
            if line_start >= 0:
                yield line_start, line_end
            line_start, line_end, used = piece_start, piece_end, cells
    if line_start >= 0:
        yield line_start, line_end


def _pieces(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int, int]]:
    """A word as pieces of at most width cells (one piece unless the word is wider)."""
    cells = cell_len(text[start:end])
    if cells <= width:
        yield start, end, cells
        return
    begin, used = start, 0
    for position in range(start, end):
        size = cell_len(text[position])
        if used + size > width and position > begin:
            yield begin, position, used
            begin, used = position, 0
        used += size
    yield begin, end, used
