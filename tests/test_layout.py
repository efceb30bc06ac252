"""Wrapping a whole article at once: the same lines a person would break by hand."""

from __future__ import annotations

from tui.layout import lay_out, words_of


def _lines(texts: list[str], paragraphs: list[int], width: int) -> list[str]:
    layout = lay_out(words_of(texts, paragraphs), width)
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
    layout = lay_out(words_of(texts, [0, 0, 0]), 20)
    assert layout.first_line.tolist() == [0, 4, 6]
    assert layout.first.tolist() == [True, False, False, False, True, False, True]


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
