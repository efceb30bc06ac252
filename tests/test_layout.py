"""Wrapping a whole article at once: the same lines a person would break by hand."""

from __future__ import annotations

import random
import re

from rich.cells import cell_len

from tui.layout import _measured_lines, lay_out


def _lines(texts: list[str], paragraphs: list[int], width: int) -> list[str]:
    layout = lay_out(texts, paragraphs, width)
    return [
        "" if statement < 0 else texts[statement][start:end].replace("\n", " ")
        for statement, start, end in zip(layout.statement, layout.start, layout.end, strict=True)
    ]


def test_greedy_wrap_at_word_boundaries_with_blank_lines_between_paragraphs() -> None:
    texts = [
        "Iran’s foreign ministry spokesperson rejected Kyiv’s claims about drone transfers.",
        "Short one.",
        "Next paragraph.",
    ]
    assert _lines(texts, [0, 0, 1], 30) == [
        "Iran’s foreign ministry",
        "spokesperson rejected Kyiv’s",
        "claims about drone transfers.",
        "Short one.",
        "",
        "Next paragraph.",
    ]


def test_hard_wrapped_text_is_reflowed_and_long_words_are_cut() -> None:
    texts = ["storm would reach the coast by\nevening, bringing winds", "x" * 25, "Last."]
    assert _lines(texts, [0, 0, 0], 20) == [
        "storm would reach",
        "the coast by evening,"[:12],
        "evening, bringing",
        "winds",
        "x" * 20,
        "x" * 5,
        "Last.",
    ]
    layout = lay_out(texts, [0, 0, 0], 20)
    assert layout.first_line.tolist() == [0, 4, 6]
    assert [layout.is_first(line) for line in range(len(layout))] == [True, False, False, False, True, False, True]


def test_an_article_of_thousands_of_statements_wraps_like_one_at_a_time() -> None:
    texts = [f"Statement {i} says that {'very ' * (i % 17)}many things happened in {1900 + i}." for i in range(3000)]
    paragraphs = [i // 4 for i in range(3000)]
    whole = _lines(texts, paragraphs, 37)
    one_by_one: list[str] = []
    for i, text in enumerate(texts):
        if i and paragraphs[i] != paragraphs[i - 1]:
            one_by_one.append("")
        one_by_one += _lines([text], [0], 37)
    assert whole == one_by_one


def test_a_word_longer_than_the_line_is_cut_and_its_end_shares_a_line_with_the_next_words() -> None:
    texts = ["See https://example.org/a/very/long/path/to/the/original/report for details."]
    assert _lines(texts, [0], 20) == [
        "See",
        "https://example.org/",
        "a/very/long/path/to/",
        "the/original/report",
        "for details.",
    ]


def test_wide_characters_take_two_cells_and_combining_marks_none() -> None:
    wide = ["東京の 記者会見で 外務省の 報道官が 述べた"]
    assert _lines(wide, [0], 18) == ["東京の 記者会見で", "外務省の 報道官が", "述べた"]  # 17 and 17 cells
    combining = ["Cafe\u0301 owners cafe\u0301 owners"]  # eleven cells, twelve characters
    assert _lines(combining, [0], 11) == ["Cafe\u0301 owners", "cafe\u0301 owners"]


def test_text_of_one_cell_characters_wraps_as_if_every_word_were_measured() -> None:
    """The pattern over the whole article and the word-by-word measure give the same lines."""
    rng = random.Random(5)
    alphabet = "abcdefghijklmnopqrstuvwxyz’“”—…€é.,"
    texts = [
        " ".join("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 30))) for _ in range(rng.randint(1, 40)))
        for _ in range(300)
    ]
    for width in (10, 23, 57):
        measured = [[(start, end) for start, end in _measured_lines(text, width)] for text in texts]
        layout = lay_out(texts, [0] * len(texts), width)
        found = [[(layout.start[line], layout.end[line]) for line in layout.lines_of(index)] for index in range(300)]
        assert found == measured


def test_every_character_taken_as_one_cell_is_one_cell_for_rich() -> None:
    from tui.layout import _ONE_CELL

    ranges = re.findall(r"(.)-(.)|(.)", _ONE_CELL)
    characters = [
        chr(code)
        for low, high, single in ranges
        for code in (range(ord(low), ord(high) + 1) if low else [ord(single)])
        if chr(code) != "\n"
    ]
    assert len(characters) > 1000
    assert [c for c in characters if cell_len(c) != 1] == []
