"""Where each statement's lines fall at a given width, for a whole article at once.

Greedy word wrap done in lock step over all statements with NumPy: word k of every
statement is placed in one vector operation, so re-wrapping 10,000 statements for a new
terminal width takes milliseconds instead of the better part of a second in a Python loop.
Newlines inside a statement (hard-wrapped prose) count as spaces: the text is re-flowed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rich.cells import cell_len


@dataclass(frozen=True)
class Words:
    """Every word of every statement as flat arrays, with the statements' texts and
    paragraphs: all that wrapping needs, worked out once per article."""

    start: np.ndarray
    """Offset of the word in its statement's text."""
    end: np.ndarray
    cells: np.ndarray
    """Width on screen."""
    first: np.ndarray
    """Per statement, the index of its first word; one more entry marks the end."""
    texts: Sequence[str]
    paragraphs: np.ndarray
    """Per statement, its paragraph number: a blank line goes between paragraphs."""


@dataclass(frozen=True)
class Layout:
    """The lines of an article at one width; a blank line (statement -1) between paragraphs."""

    statement: np.ndarray
    start: np.ndarray
    end: np.ndarray
    first: np.ndarray
    """Per line: whether it is its statement's first line (where the margin is drawn)."""
    first_line: np.ndarray
    """Per statement: its first line."""

    def __len__(self) -> int:
        return len(self.statement)


def words_of(texts: Sequence[str], paragraphs: Sequence[int]) -> Words:
    """Find every word of every statement at once, over one array of code points.

    Words are runs between spaces and newlines. Their width on screen is their length,
    except for words holding characters beyond Latin text (combining marks, wide Asian
    characters, emoji), which Rich measures one by one.
    """
    joined = "\n".join(texts) + "\n"
    codes = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    space = (codes == 32) | (codes == 10)
    edges = np.diff(np.concatenate([[True], space, [True]]).astype(np.int8))
    starts = np.flatnonzero(edges == -1)
    ends = np.flatnonzero(edges == 1)
    lengths = np.fromiter((len(text) for text in texts), dtype=np.int64, count=len(texts))
    offsets = np.concatenate([[0], np.cumsum(lengths + 1)])
    statement = np.searchsorted(offsets, starts, side="right") - 1
    cells = ends - starts
    special = np.flatnonzero(np.add.reduceat(codes >= 0x0300, starts) > 0) if len(starts) else starts
    for word in special.tolist():
        cells[word] = cell_len(joined[starts[word] : ends[word]])
    first = np.searchsorted(statement, np.arange(len(texts) + 1), side="left")
    relative = offsets[statement]
    return Words(starts - relative, ends - relative, cells, first, texts, np.asarray(paragraphs, dtype=np.int64))


def lay_out(words: Words, width: int) -> Layout:
    """Wrap every statement to width cells; words wider than that are cut."""
    paragraphs = words.paragraphs
    count = len(words.first) - 1
    per_statement = np.diff(words.first)
    breaks_statement: list[np.ndarray] = []
    breaks_word: list[np.ndarray] = []
    used = np.zeros(count, dtype=np.int64)
    for k in range(int(per_statement.max(initial=0))):
        active = np.flatnonzero(per_statement > k)
        index = words.first[active] + k
        cells = words.cells[index]
        if k == 0:
            fits = np.zeros(len(active), dtype=bool)
        else:
            gap = words.start[index] - words.end[index - 1]
            fits = used[active] + gap + cells <= width
            used[active[fits]] += gap[fits] + cells[fits]
        starts = ~fits
        used[active[starts]] = cells[starts]
        breaks_statement.append(active[starts])
        breaks_word.append(index[starts])
    line_statement = np.concatenate(breaks_statement) if breaks_statement else np.zeros(0, dtype=np.int64)
    line_word = np.concatenate(breaks_word) if breaks_word else np.zeros(0, dtype=np.int64)
    order = np.lexsort((line_word, line_statement))
    line_statement, line_word = line_statement[order], line_word[order]
    # Statements without words (never from the segmenter) still get one, empty, line.
    empty = np.flatnonzero(per_statement == 0)
    line_statement = np.concatenate([line_statement, empty])
    line_word = np.concatenate([line_word, words.first[empty]])
    order = np.lexsort((line_word, line_statement))
    line_statement, line_word = line_statement[order], line_word[order]
    next_word = np.append(line_word[1:], 0)
    last_of_statement = np.append(line_statement[1:] != line_statement[:-1], True)
    next_word[last_of_statement] = words.first[line_statement[last_of_statement] + 1]
    has_words = per_statement[line_statement] > 0
    start = np.where(has_words, words.start[np.minimum(line_word, len(words.start) - 1)], 0)
    end = np.where(has_words, words.end[np.maximum(next_word - 1, 0)] if len(words.end) else 0, 0)
    lines_per_statement = np.bincount(line_statement, minlength=count)
    blank_before = np.zeros(count, dtype=np.int64)
    if count > 1:
        blank_before[1:] = paragraphs[1:] != paragraphs[:-1]
    first_line = np.cumsum(blank_before + lines_per_statement) - lines_per_statement
    rank = np.arange(len(line_statement)) - np.searchsorted(line_statement, line_statement, side="left")
    position = first_line[line_statement] + rank
    total = int(first_line[-1] + lines_per_statement[-1]) if count else 0
    layout_statement = np.full(total, -1, dtype=np.int64)
    layout_start = np.zeros(total, dtype=np.int64)
    layout_end = np.zeros(total, dtype=np.int64)
    layout_first = np.zeros(total, dtype=bool)
    layout_statement[position] = line_statement
    layout_start[position] = start
    layout_end[position] = end
    layout_first[position] = rank == 0
    layout = Layout(layout_statement, layout_start, layout_end, layout_first, first_line)
    return _cut_long_words(layout, words.texts, width)


def _cut_long_words(layout: Layout, texts: Sequence[str], width: int) -> Layout:
    """Lines still wider than the width hold a word that is; cut them where the width ends."""
    wide = np.flatnonzero(
        (layout.statement >= 0) & (layout.end - layout.start > width) & _too_wide(layout, texts, width)
    )
    if not len(wide):
        return layout
    statements, starts, ends, firsts = [], [], [], []
    previous = 0
    for line in wide.tolist():
        statements.append(layout.statement[previous:line])
        starts.append(layout.start[previous:line])
        ends.append(layout.end[previous:line])
        firsts.append(layout.first[previous:line])
        statement, start, end = int(layout.statement[line]), int(layout.start[line]), int(layout.end[line])
        pieces = _pieces(texts[statement], start, end, width)
        statements.append(np.full(len(pieces), statement))
        starts.append(np.array([p[0] for p in pieces]))
        ends.append(np.array([p[1] for p in pieces]))
        firsts.append(np.array([bool(layout.first[line]) and i == 0 for i in range(len(pieces))]))
        previous = line + 1
    statements.append(layout.statement[previous:])
    starts.append(layout.start[previous:])
    ends.append(layout.end[previous:])
    firsts.append(layout.first[previous:])
    first = np.concatenate(firsts).astype(bool)
    return Layout(
        np.concatenate(statements), np.concatenate(starts), np.concatenate(ends), first, np.flatnonzero(first)
    )


def _too_wide(layout: Layout, texts: Sequence[str], width: int) -> np.ndarray:
    result = np.zeros(len(layout), dtype=bool)
    candidates = np.flatnonzero((layout.statement >= 0) & (layout.end - layout.start > width))
    for line in candidates.tolist():
        text = texts[int(layout.statement[line])][int(layout.start[line]) : int(layout.end[line])]
        result[line] = cell_len(text) > width
    return result


def _pieces(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Cut text[start:end] into spans of at most width cells."""
    pieces: list[tuple[int, int]] = []
    begin, cells = start, 0
    for position in range(start, end):
        size = cell_len(text[position])
        if cells + size > width and position > begin:
            pieces.append((begin, position))
            begin, cells = position, 0
        cells += size
    pieces.append((begin, end))
    return pieces
