"""Search in the reader: incremental, in both panes, plain or regular expression; n and N."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from store.database import Store
from tests.test_reader import ADMITS, SANCTIONS, in_checkout, loaded, visible_text
from tui.app import ClaimdiffApp, make_app
from tui.search import SearchError, compile_query, find

__all__ = ["in_checkout"]


async def test_slash_finds_in_both_panes_and_n_walks_the_hits(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"kommersant")
        search = screen.query_one("#search", Input)
        assert search.display and search.border_subtitle == "2 found"
        assert set(screen.view("a").hits) == {8, 21} and screen.view("b").hits == {}
        await pilot.press("enter")
        assert screen.focused is screen.view("a") and screen.view("a").current == 8
        assert said(app) == "hit 1 of 2"  # one message at a time, saying which hit
        await pilot.press("n")
        assert screen.view("a").current == 21 and said(app) == "hit 2 of 2"
        await pilot.press("n")  # round again, and it says so
        assert screen.view("a").current == 8 and said(app) == "hit 1 of 2; came round to the first"
        await pilot.press("N")
        assert screen.view("a").current == 21


async def test_search_starts_from_the_cursor(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press(*["j"] * 10, "slash", *"kommersant", "enter")
        assert screen.view("a").current == 21 and said(app) == "hit 2 of 2"


def said(app: ClaimdiffApp) -> str:
    """The one message on screen now."""
    messages = [n.message for n in app._notifications]
    assert len(messages) == 1, messages
    return messages[0]


async def test_hits_cross_panes_and_escape_clears_them(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"re:amir-abd\\w+", "enter")
        assert screen.view("a").hits == {} and set(screen.view("b").hits) == {5, 7}
        assert screen.focused is screen.view("b") and screen.view("b").current == 5
        assert "Amir-Abdollahian" in visible_text(screen.view("b"))
        await pilot.press("n")
        assert screen.view("b").current == 7
        await pilot.press("slash", "escape")
        assert not screen.query_one("#search", Input).display
        assert screen.view("b").hits == {}


async def test_an_invalid_regular_expression_says_why(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("slash", *"re:([a")
        assert "invalid regular expression" in str(screen.query_one("#search", Input).border_subtitle)
        await pilot.press("escape", "j")
        assert screen.view("a").current == 1


def test_plain_queries_are_literal_and_case_insensitive() -> None:
    from claims.document import Document
    from claims.segment import segment

    document = Document("T", "x", "T\n\nPrices rose 2.5% (a record). PRICES fell.")
    pattern = compile_query("prices")
    assert pattern is not None
    assert find(pattern, segment(document)) == {1: [(0, 6)], 2: [(0, 6)]}
    literal = compile_query("2.5% (a")
    assert literal is not None and find(literal, segment(document)) == {1: [(12, 19)]}
    assert compile_query("   ") is None and compile_query("re:") is None
    try:
        compile_query("re:(")
    except SearchError as error:
        assert str(error).startswith("invalid regular expression")
    else:
        raise AssertionError("an invalid expression must be refused")


async def test_long_articles_are_searched_through_the_full_text_index(
    private_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import store.search

    asked: list[str] = []
    original = store.search.statements_matching

    def counting(store_: Store, sha256: str, text: str) -> set[int]:
        asked.append(text)
        return original(store_, sha256, text)

    monkeypatch.setattr(store.search, "statements_matching", counting)
    article = tmp_path / "long.txt"
    sentences = [f"Report number {i} describes a village." for i in range(6000)]
    sentences[4321] = "Report number 4321 describes the Qeshm earthquake."
    article.write_text("A long article\n\n" + "\n\n".join(sentences) + "\n")
    app = make_app(str(article), ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        assert screen.store is not None
        await pilot.press("slash", *"qeshm earth", "enter")
        assert set(screen.view("a").hits) == {4322}
        assert screen.view("a").current == 4322
        assert asked and asked[-1] == "qeshm earth"  # the long article went through the index
