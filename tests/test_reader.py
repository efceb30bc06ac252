"""The reader, driven by keys through Textual's Pilot: what is on screen, what is in the database."""

from __future__ import annotations

import csv
import io
import threading
import time
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Label, OptionList, RadioButton, Static

from claims.relation import Relation
from store.database import open_store
from tests.conftest import ROOT
from tui.app import ClaimdiffApp, make_app
from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView

SANCTIONS = "fixtures/drones-sanctions-tensions.txt"
ADMITS = "fixtures/drones-iran-admits.txt"


@pytest.fixture(autouse=True)
def in_checkout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Relative paths, so what the headers show is the same on every machine."""
    monkeypatch.chdir(ROOT)


def reader(app: ClaimdiffApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def loaded(pilot: Pilot[None]) -> ReaderScreen:
    """Wait for the reading, matching and saving worker, then for the screen to settle."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return reader(pilot.app)  # type: ignore[arg-type]


async def saved(pilot: Pilot[None]) -> None:
    """Wait until the reader's changes are saved and on screen. They are made on a thread of
    their own (tui.store_thread), so a key press returns before its change is on disk."""
    (screen,) = [s for s in pilot.app.screen_stack if isinstance(s, ReaderScreen)]
    deadline = time.monotonic() + 30
    while screen.unsaved:
        assert time.monotonic() < deadline, "changes still not saved after 30 s"
        await pilot.pause(0.01)
    await pilot.pause()


def notifications(app: ClaimdiffApp) -> str:
    """Every message the app has shown, one a line."""
    return "\n".join(n.message for n in app._notifications)


def detail(screen: ReaderScreen) -> str:
    return str(screen.query_one("#detail-text", Static).render())


def line_text(view: ArticleView, line: int) -> str:
    return "".join(segment.text for segment in view.render_line(line))


def visible_text(view: ArticleView) -> str:
    return "\n".join(line_text(view, y) for y in range(view.size.height))


def tags_in_db(db: Path) -> set[tuple[str, int]]:
    store = open_store(db)
    rows = store.db.execute("SELECT t.name, g.statement_index FROM taggings g JOIN tags t ON t.id = g.tag").fetchall()
    store.close()
    return {(name, index) for name, index in rows}


async def test_opens_the_pair_side_by_side_with_counts(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        header_a = str(screen.query_one("#header-a", Static).render())
        header_b = str(screen.query_one("#header-b", Static).render())
        assert header_a.startswith("Iranian Drone Exports, Sanctions Tensions")
        assert "22 statements · 3 matched · 1 conflict · 19 unique" in header_a
        assert header_b.startswith("Iran Finally Admits")
        view_a = screen.view("a")
        assert screen.focused is view_a and view_a.current == 0
        assert "No time to read?" in visible_text(view_a)  # furniture is shown (dimmed), not hidden
        assert "unique: nothing in B says this" in detail(screen)  # the headline links to nothing
        await pilot.press("]")  # the first statement with a match: Iran seeks to send more missiles
        assert view_a.current == 6
        assert "B 13:" in detail(screen) and "why: shares missiles" in detail(screen)


async def test_j_k_pages_and_ends_move_through_statements(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        view = screen.view("a")
        await pilot.press("j", "j", "down")
        assert view.current == 3
        await pilot.press("k", "up")
        assert view.current == 1
        assert detail(screen).startswith("A 1 · boilerplate")
        await pilot.press("G")
        assert view.current == len(view.side.statements) - 1
        await pilot.press("g")
        assert view.current == 0
        await pilot.press("end")
        assert view.current == len(view.side.statements) - 1
        await pilot.press("home", "pagedown")
        assert view.current > 5
        after_page = view.current
        await pilot.press("pageup")
        assert view.current < after_page


async def test_tab_h_l_and_arrows_switch_panes(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("tab")
        assert screen.focused is screen.view("b")
        await pilot.press("shift+tab")
        assert screen.focused is screen.view("a")
        await pilot.press("l")
        assert screen.focused is screen.view("b")
        await pilot.press("h")
        assert screen.focused is screen.view("a")
        await pilot.press("right")
        assert screen.focused is screen.view("b")
        await pilot.press("left")
        assert screen.focused is screen.view("a")


async def test_brackets_jump_to_matches_and_braces_to_conflicts(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        view_a, view_b = screen.view("a"), screen.view("b")
        await pilot.press("right_curly_bracket")
        assert view_a.current == 15  # the denial: its conflicts, one at a time
        conflicts = [c.index for c in view_a.side.counterparts[15] if c.relation is Relation.CONFLICT]
        assert len(conflicts) > 1
        seen = [next(iter(view_b.highlighted))]
        for _ in conflicts[1:]:
            await pilot.press("right_curly_bracket")  # the same statement's next conflict first
            assert view_a.current == 15
            seen.append(next(iter(view_b.highlighted)))
        assert seen == conflicts
        await pilot.press("right_curly_bracket")  # none left after it: round to the first, said
        assert view_a.current == 15 and "back to the first" in notifications(app)
        await pilot.press("g")
        await pilot.press("right_square_bracket")
        assert view_a.current == 6, notifications(app)  # the headline and the lead link to nothing
        await pilot.press("right_square_bracket")
        total = len(view_a.side.counterparts[14])
        assert view_a.current == 14 and f"counterpart 1 of {total}" in detail(screen)
        for number in range(2, total + 1):
            await pilot.press("left_square_bracket")  # its other matches, not seen yet, come first
            assert view_a.current == 14 and f"counterpart {number} of {total}" in detail(screen)
        await pilot.press("left_square_bracket")
        assert view_a.current == 6


async def test_enter_follows_the_highlighted_pair_and_c_picks_another(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        view_a, view_b = screen.view("a"), screen.view("b")
        for _ in range(15):
            await pilot.press("j")
        assert view_a.current == 15  # the denial
        expected = [c.index for c in view_a.side.counterparts[15]]
        relations = [c.relation for c in view_a.side.counterparts[15]]
        assert relations == sorted(
            relations, key=lambda r: [Relation.CONFLICT, Relation.SAME, Relation.RELATED].index(r)
        )
        assert len(expected) > 1
        assert view_b.highlighted == frozenset({expected[0]})  # one counterpart at a time
        assert "counterpart 1 of " in detail(screen).splitlines()[0]  # on the first line, whatever follows
        await pilot.press("c")
        assert view_b.highlighted == frozenset({expected[1]}) and "counterpart 2 of " in detail(screen)
        await pilot.press("enter")
        assert screen.focused is view_b and view_b.current == expected[1]
        assert view_a.highlighted == frozenset({15})  # the pair followed is the pair shown
        await pilot.press("enter")  # and back along it
        assert screen.focused is view_a and view_a.current == 15
        assert view_b.highlighted == frozenset({expected[1]})


async def test_s_toggles_synchronised_scrolling(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        assert screen.sync
        await pilot.press("s")
        assert not screen.sync and "sync off" in detail(screen)
        await pilot.press("s")
        assert screen.sync and "sync off" not in detail(screen)


async def test_number_keys_toggle_tags_in_the_database(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        view = screen.view("a")
        await pilot.press("j", "j", "j", "1", "3")
        await saved(pilot)
        assert tags_in_db(private_database) == {("claim", 3), ("denial", 3)}
        assert "tags: claim, denial" in detail(screen)
        first_line = view.first_line(3) - view.scroll_offset.y
        assert line_text(view, first_line).startswith("  3\u25b8  13")  # no counterpart: no relation glyph
        await pilot.press("1")
        await saved(pilot)
        assert tags_in_db(private_database) == {("denial", 3)}
        await pilot.press("9")  # no tag on key 9: nothing written
        await saved(pilot)
        assert tags_in_db(private_database) == {("denial", 3)}


async def test_tag_picker_filters_applies_and_creates(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("t")
        await pilot.press(*"fol", "enter")
        await saved(pilot)
        assert tags_in_db(private_database) == {("follow-up", 0)}
        await pilot.press("t", *"needs translation", "enter")
        await saved(pilot)
        assert tags_in_db(private_database) == {("follow-up", 0), ("needs translation", 0)}
        await pilot.press("t", "escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_a_number_key_in_the_empty_tag_picker_applies_the_tag_on_it(private_database: Path) -> None:
    """The picker shows each tag's number key beside it; pressing that key picks the tag, as in the
    reader, rather than filtering for a tag named "6" and offering to create it."""
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("j", "t", "6")
        await saved(pilot)
        assert isinstance(app.screen, ReaderScreen)
        assert tags_in_db(private_database) == {("disputed", 1)}
        await pilot.press("t", *"v2", "enter")  # typed after a letter, a digit is part of the name
        await saved(pilot)
        assert tags_in_db(private_database) == {("disputed", 1), ("v2", 1)}


async def test_a_writes_a_note_shown_literally(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j", "j", "j", "a")
        await pilot.press(*"Ask [bold] Kyiv", "ctrl+s")
        await saved(pilot)
        store = open_store(private_database)
        assert store.db.execute("SELECT statement_index, text FROM notes").fetchall() == [(3, "Ask [bold] Kyiv")]
        store.close()
        assert "note: Ask [bold] Kyiv" in detail(screen)
        await pilot.press("a", "escape")
        assert "note: Ask [bold] Kyiv" in detail(screen)


async def test_e_exports_the_tagged_claims_to_csv(private_database: Path, tmp_path: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    target = tmp_path / "out.csv"
    async with app.run_test(size=(160, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("j", "j", "j", "1", "tab", "j", "3", "e")
        await saved(pilot)
        app.screen.query_one("#statements", RadioButton).value = True  # tagged statements, not pairs
        await pilot.pause()
        path_input = app.screen.query_one("#export-path", Input)
        assert path_input.value.split("/")[-1].startswith("claimdiff-statements-")
        path_input.value = str(target)
        await pilot.press("enter")
        await saved(pilot)
        await pilot.pause()
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
        assert [(r["tag"], r["statement_index"], r["document_title"][:13]) for r in rows] == [
            ("denial", "1", "Iran Finally "),
            ("claim", "3", "Iranian Drone"),
        ]
        said = " ".join(str(label.render()) for label in app.screen.query("Label"))
        assert "exported 2 tagged statements (2 rows) to out.csv" in said


async def test_the_export_dialog_names_the_file_after_the_pair_and_asks_before_replacing(
    private_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    other = tmp_path / "quake.txt"
    other.write_text("Quake Hits Region\n\nA magnitude 6.1 earthquake struck the region on Monday.\n")
    proposed = []
    for pair in ((SANCTIONS, ADMITS), (str(other), ADMITS)):
        app = make_app(*pair, private_database)
        async with app.run_test(size=(160, 45)) as pilot:
            await loaded(pilot)
            await pilot.press("e")
            await pilot.pause()
            proposed.append(Path(app.screen.query_one("#export-path", Input).value))
            await pilot.press("escape")
    today = date.today().isoformat()
    assert proposed[0].name == f"claimdiff-pairs-iranian-drone-exports-sanctions--iran-finally-admits-for-{today}.csv"
    assert proposed[1].name == f"claimdiff-pairs-quake-hits-region--iran-finally-admits-for-{today}.csv"
    monkeypatch.chdir(tmp_path)
    existing = tmp_path / "claims.csv"
    existing.write_text("a colleague's file\n")
    app = make_app(str(other), str(ROOT / ADMITS), private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(existing)
        await pilot.press("enter")
        await pilot.pause()
        warning = str(app.screen.query_one("#export-warning", Label).render())
        assert warning == "claims.csv exists: press enter again to replace it, or change the name"
        assert existing.read_text() == "a colleague's file\n"
        await pilot.press("enter")
        await saved(pilot)
        await pilot.pause()
        assert not isinstance(app.screen, ReaderScreen)  # it says what it wrote, and where
        await pilot.press("enter")
        assert isinstance(app.screen, ReaderScreen)
        assert existing.read_text(encoding="utf-8-sig").startswith("relation,review,a_statement,b_statement")


async def test_export_to_an_unwritable_path_says_so_and_goes_on(private_database: Path, tmp_path: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#export-path").value = str(tmp_path / "no" / "such" / "dir.csv")  # type: ignore[attr-defined]
        await pilot.press("enter")
        await saved(pilot)
        assert any("cannot write" in n.message for n in app._notifications)
        await pilot.press("j")
        assert reader(app).view("a").current == 1


async def test_help_screen_lists_the_keys(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = "\n".join(str(w.render()) for w in app.screen.query(Static))
        for key in ("j  k", "tab", "enter", "1 … 9", "ctrl+p", "q  ctrl+q"):
            assert key in text
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_tags_survive_quitting_and_reopening_at_the_same_place(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("j", "j", "j", "2", "tab", "j", "j", "6", "q")
    again = make_app(SANCTIONS, ADMITS, private_database)
    async with again.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        assert screen.focused is screen.view("b")
        assert screen.view("a").current == 3 and screen.view("b").current == 2
        assert [t.name for t in screen.view("a").side.tags[3]] == ["evidence"]
        assert [t.name for t in screen.view("b").side.tags[2]] == ["disputed"]
        assert "tags: disputed" in detail(screen)


async def test_article_text_is_never_read_as_markup(private_database: Path, tmp_path: Path) -> None:
    article = tmp_path / "markup.txt"
    article.write_text("Markup [bold]test[/]\n\nThe ministry said [red]five[/red] drones were sent [/] today.\n")
    app = make_app(str(article), ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        text = visible_text(screen.view("a"))
        assert "Markup [bold]test[/]" in text
        assert "The ministry said [red]five[/red] drones were sent [/] today." in text


async def test_an_unreadable_article_is_a_message_not_a_crash(private_database: Path, tmp_path: Path) -> None:
    app = make_app(str(tmp_path / "missing.txt"), ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        assert "missing.txt: no such file" in detail(screen)
        assert any("no such file" in n.message for n in app._notifications)
        await pilot.press("ctrl+q")
        assert not app.is_running


async def test_a_read_only_database_warns_and_the_text_still_reads(tmp_path: Path) -> None:
    broken = tmp_path / "not-a-db.sqlite"
    broken.write_text("hello")
    app = make_app(SANCTIONS, ADMITS, broken)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        assert any("not an SQLite file" in n.message for n in app._notifications)
        await pilot.press("j", "1")
        assert any("cannot be saved" in n.message for n in app._notifications)
        assert screen.view("a").current == 1
    assert broken.read_text() == "hello"


async def test_a_small_terminal_gets_a_clear_message(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await loaded(pilot)
        assert screen.has_class("too-small")
        assert "at least 80×24" in str(screen.query_one("#too-small", Static).render())
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        assert not screen.has_class("too-small")


async def test_resizing_keeps_the_current_statement_in_view(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        view = screen.view("a")
        await pilot.press("G", "k", "k")
        await pilot.resize_terminal(90, 26)
        await pilot.pause()
        await pilot.pause()
        top = view.scroll_offset.y
        first = view.first_line(view.current)
        assert top <= first < top + view.scrollable_content_region.height


async def test_every_action_is_in_the_command_palette_by_name_with_its_key(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        commands = {command.title: command.help for command in app.get_system_commands(screen)}
        for title in ("Next statement", "Switch pane", "Next match", "Next conflict", "Tag picker", "Help"):
            assert title in commands
        assert commands["Tag 6: disputed"] == "key: 6"  # the number key says what it does
        assert commands["Next conflict"] == "key: }"  # as typed, not right_curly_bracket
        await pilot.press("ctrl+p")
        await pilot.press(*"disputed")
        await pilot.pause(0.3)
        palette = app.screen
        assert "Tag 6: disputed" in str(palette.query_one("CommandList", OptionList).get_option_at_index(0).prompt)


async def test_help_and_the_tag_picker_name_the_number_keys(private_database: Path) -> None:
    from tui.screens.help import HelpScreen

    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        await loaded(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(str(static.render()) for static in app.screen.query("Static"))
        assert "6" in shown and "disputed" in shown and "follow-up" in shown
        await pilot.press("escape", "t")
        await pilot.pause()
        options = app.screen.query_one("#tag-options", OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any(p.endswith("6 disputed") for p in prompts)


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_headers_fit_and_count_in_words_that_agree(private_database: Path, size: tuple[int, int]) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=size) as pilot:
        screen = await loaded(pilot)
        for side in ("a", "b"):
            widget = screen.query_one(f"#header-{side}", Static)
            counts = str(widget.render()).split("\n")[1]
            assert len(counts) <= widget.content_region.width and "\u2026" not in counts
            assert "1 conflicts" not in counts and "0 of 0" not in detail(screen)


async def test_keys_rebound_in_keys_toml_and_problems_said(
    private_database: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = tmp_path / "keys.toml"
    keys.write_text('[keys]\nnext-conflict = "n"\nnext-hit = "ctrl+n"\nfly = "z"\nnote = "t"\n', encoding="utf-8")
    monkeypatch.setenv("CLAIMDIFF_KEYS", str(keys))
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        said = notifications(app)
        assert "no action 'fly'" in said
        assert "'t' is given to note and pick-tag" in said
        await pilot.press("n")  # next conflict, on its new key
        assert screen.view("a").current == 15
        commands = {command.title: command.help for command in app.get_system_commands(screen)}
        assert commands["Next conflict"] == "key: n" and commands["Note on the statement"] == "key: a"


async def test_a_pause_saves_the_position_without_quitting(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("j", "j", "tab", "j")
        screen._on_still()  # what the timer runs a moment after the last key
        await saved(pilot)
        store = open_store(private_database)
        assert store.db.execute("SELECT side, index_a, index_b FROM positions").fetchall() == [("b", 2, 1)]
        store.close()


async def test_a_long_article_shows_its_beginning_at_once_and_the_reader_keeps_their_place(
    tmp_path: Path, private_database: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The beginning of each file is on screen before the whole is read; keys work on it,
    and the whole article takes its place without moving the reader."""
    from tui import loading

    sources = []
    for name in ("a", "b"):
        sentences = [f"Report {name}{n} says {n} drones were delivered to the port." for n in range(1500)]
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, 1500, 3)]
        path = tmp_path / f"{name}.txt"
        path.write_text(f"Long article {name}\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
        sources.append(str(path))
    whole_read = threading.Event()
    read_whole = loading.read_side
    monkeypatch.setattr(loading, "read_side", lambda *args: whole_read.wait(30) and read_whole(*args))
    app = make_app(sources[0], sources[1], private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        screen = reader(app)
        view = screen.view("a")
        assert 0 < len(view.side.statements) < 1501
        assert "Report a0 says 0 drones" in line_text(view, 2)
        assert "reading\u2026" in str(screen.query_one("#header-a", Static).render())
        await pilot.press("j", "j", "j", "tab", "j", "1")
        assert any("still reading the articles" in n.message for n in app._notifications)
        whole_read.set()
        await loaded(pilot)
        assert len(view.side.statements) == len(screen.view("b").side.statements) == 1501
        assert (view.current, screen.view("b").current) == (3, 1)
        assert screen.focused is screen.view("b")
        assert "1501 statements" in str(screen.query_one("#header-a", Static).render())
        assert list(open_store(private_database).db.query("select count(*) as n from taggings")) == [{"n": 0}]
        first = line_text(view, 2)
        await pilot.press("shift+tab", "G")
        last = line_text(view, view.first_line(1500) - view.scroll_offset.y)
        assert last.startswith("1500") and first.startswith("   1")
        assert last.index("Report a1499") == first.index("Report a0 ")  # the gutter grew for four digits
