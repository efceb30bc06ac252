"""Reviewing matches in the reader: confirm, reject, change the relation; undo and redo."""

from __future__ import annotations

from pathlib import Path

from claims.relation import Relation
from store.database import open_store
from tests.test_reader import ADMITS, SANCTIONS, detail, in_checkout, loaded, notifications, saved, tags_in_db
from tui.app import make_app

__all__ = ["in_checkout"]  # the fixture that makes header paths relative


def statuses(db: Path) -> dict[tuple[int, int], tuple[str, str, str]]:
    store = open_store(db)
    rows = store.db.execute("SELECT a_index, b_index, status, relation, origin FROM matches").fetchall()
    store.close()
    return {(a, b): (status, relation, origin) for a, b, status, relation, origin in rows}


def _matches_found() -> int:
    """How many matches the engine finds between the example articles at the default threshold."""
    from claims.comparison import compare

    return len(compare(SANCTIONS, ADMITS).matches)


async def test_v_confirms_x_rejects_and_r_changes_the_relation(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press(*["j"] * 14)  # "Tehran later acknowledged drone deliveries..."
        best = screen.view("a").side.counterparts[14][0]
        await pilot.press("v")
        await saved(pilot)
        assert statuses(private_database)[(14, best.index)][0] == "confirmed"
        assert "confirmed" in detail(screen)
        assert f"1 of {_matches_found()} matches reviewed in all" in detail(screen)
        await pilot.press("r")
        await saved(pilot)
        after = statuses(private_database)[(14, best.index)]
        assert after[1] != best.relation.value and after[0] == "confirmed"
        await pilot.press("c")  # the second counterpart highlighted, still on A 14
        second = screen.view("a").side.counterparts[14][1]
        assert screen.view("b").highlighted == frozenset({second.index})
        assert "counterpart 2 of " in detail(screen)
        await pilot.press("enter")  # along that pair to B: it stays the pair reviewed
        assert screen.focused is screen.view("b") and screen.view("b").current == second.index
        await pilot.press("x")
        await saved(pilot)
        assert statuses(private_database)[(14, second.index)][0] == "rejected"
        await pilot.press("x")  # again: back to undecided
        await saved(pilot)
        assert statuses(private_database)[(14, second.index)][0] == "suggested"


async def test_v_confirms_the_conflict_the_reader_navigated_to(private_database: Path) -> None:
    """} lands on a conflict pair; v confirms exactly that pair, not the statement's best link."""
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("h", "g", "right_curly_bracket", "right_curly_bracket", "v")
        await saved(pilot)
        [(pair, (status, relation, _))] = [(p, s) for p, s in statuses(private_database).items() if s[0] != "suggested"]
        assert pair[0] == screen.view("a").current == 15
        assert status == "confirmed" and relation == "conflict"
        assert screen.view("b").highlighted == frozenset({pair[1]})


async def test_the_highlighted_pair_marks_what_differs_in_both_panes(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        view_a, view_b = screen.view("a"), screen.view("b")
        await pilot.press("right_curly_bracket")  # the denial and its first conflict
        [other] = view_b.highlighted
        text_a, text_b = view_a.side.statements[15].text, view_b.side.statements[other].text
        differs_a = [text_a[m.start : m.end] for m in view_a.pair_marks[15] if m.kind == "differs"]
        differs_b = [text_b[m.start : m.end] for m in view_b.pair_marks[other] if m.kind == "differs"]
        assert differs_a == ["has not supplied"] and differs_b and "suppl" in differs_b[0].lower()
        assert any(m.kind == "shared" for m in view_b.pair_marks[other])
        # Every counterpart of the denial is tinted by its relation, the highlighted one too.
        assert view_b.relations == {c.index: c.relation for c in view_a.side.counterparts[15]}
        assert "why: has not supplied / " in detail(screen)
        await pilot.press("c")  # another pair: the marks follow it
        [second] = view_b.highlighted
        assert second != other and other not in view_b.pair_marks


async def test_undo_and_redo_keys_cover_tags_and_reviews_across_a_restart(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press(*["j"] * 15, "3")  # tag the denial "denial"
        await saved(pilot)
        best = screen.view("a").side.counterparts[15][0]
        await pilot.press("x")  # reject its best match
        await saved(pilot)
        assert statuses(private_database)[(15, best.index)][0] == "rejected"
        await pilot.press("q")
    again = make_app(SANCTIONS, ADMITS, private_database)
    async with again.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("u")
        await saved(pilot)
        assert statuses(private_database)[(15, best.index)][0] == "suggested"
        assert any(n.message.startswith("undo: review of match") for n in again._notifications)
        await pilot.press("u")
        await saved(pilot)
        assert tags_in_db(private_database) == set()
        assert screen.view("a").side.tags.get(15) is None
        await pilot.press("ctrl+r")
        await saved(pilot)
        assert tags_in_db(private_database) == {("denial", 15)}
        assert [t.name for t in screen.view("a").side.tags[15]] == ["denial"]
        await pilot.press("u", "u", "u")
        await saved(pilot)
        assert any(n.message == "nothing to undo" for n in again._notifications)


async def test_a_rejected_match_stays_visible_but_no_longer_counts(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press(*["j"] * 15)
        side = screen.view("a").side
        conflicts_before = side.counts()[2]
        for _ in side.counterparts[15]:
            await pilot.press("x")  # rejects the best live match each time
            await saved(pilot)
            assert screen.view("a").current == 15
        assert all(c.status == "rejected" for c in side.counterparts[15])
        assert side.relation(15) is None
        assert side.counts()[2] == conflicts_before - 1
        assert "rejected" in detail(screen)
        assert Relation.CONFLICT in {c.relation for c in side.counterparts[15]}


async def test_m_links_two_statements_by_hand(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press(*["j"] * 17, "m")  # A 17: "He also warned that Tehran's patience ... has limits."
        assert screen.focused is screen.view("b")
        await pilot.press(*["j"] * 14, "enter")  # B 14: "Iran has denied this accusation ..."
        await pilot.pause()
        await pilot.press("down", "enter")  # conflict
        await saved(pilot)
        assert statuses(private_database)[(17, 14)] == ("confirmed", "conflict", "reader")
        assert screen.view("a").side.relation(17) is Relation.CONFLICT
        assert "hand link" in detail(screen) and "1.00" not in detail(screen)  # no invented score
        await pilot.press("m")  # from B 14 this time
        assert screen.focused is screen.view("a")
        await pilot.press("tab", "enter")  # back in B: nothing is silently re-marked, it says what to do
        assert "linking B 14: pick its statement in A" in notifications(app)
        assert screen.view("b").current == 14
        await pilot.press("tab")
        remembered = screen.view("a").current
        await pilot.press("g", "j", "enter")  # A 1, "No time to read?": page furniture, not a claim
        assert "A 1 is not a claim" in notifications(app)
        await pilot.press(*["j"] * (remembered - 1))
        assert screen.focused is screen.view("a")
        await pilot.press("escape", "enter")  # cancelled: enter jumps along a match again
        assert screen.focused is screen.view("b") and screen.view("b").current == 14
        await pilot.press("u")
        await saved(pilot)
        assert (17, 14) not in statuses(private_database)


async def test_f_limits_brackets_to_unreviewed_matches(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        view = screen.view("a")
        await pilot.press("g", "right_square_bracket")
        assert view.current == 6  # the first statement with a match
        for _ in view.side.counterparts[6]:
            await pilot.press("enter", "v")  # along each match of statement 6, confirming it
            await saved(pilot)
        assert all(c.status == "confirmed" for c in view.side.counterparts[6])
        await pilot.press("h")
        await pilot.press("g", "f", "right_square_bracket")
        assert view.current == 14  # statement 6 is fully reviewed now, so it is skipped
        await pilot.press("f", "g", "right_square_bracket")
        assert view.current == 6


async def test_a_review_survives_a_new_engine_run_with_another_threshold(private_database: Path) -> None:
    from claims.comparison import compare
    from store.documents import save_comparison

    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press(*["j"] * 14)
        weak = min(screen.view("a").side.counterparts[14], key=lambda c: c.score)  # its weakest match
        while screen.view("b").highlighted != frozenset({weak.index}):
            await pilot.press("c")
        await pilot.press("v")
        await saved(pilot)
        assert statuses(private_database)[(14, weak.index)][0] == "confirmed"
        await pilot.press("q")
    store = open_store(private_database)
    save_comparison(store, compare(SANCTIONS, ADMITS, min_score=0.45))  # a stricter run
    store.close()
    assert weak.score < 0.45
    assert statuses(private_database)[(14, weak.index)][0] == "confirmed"
    again = make_app(SANCTIONS, ADMITS, private_database)
    async with again.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        kept = {c.index: c.status for c in screen.view("a").side.counterparts[14]}
        assert kept[weak.index] == "confirmed"
        assert "\u00b7 1 of " in detail(screen) and "reviewed in all" in detail(screen)
        assert f"1 of {_matches_found()} matches reviewed in all" in detail(screen)


def _contrast(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    """WCAG contrast ratio of two sRGB colours."""

    def luminance(rgb: tuple[int, ...]) -> float:
        channels = [c / 255 for c in rgb]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


async def test_the_cursor_and_the_highlighted_pair_are_readable_in_every_theme(private_database: Path) -> None:
    """WCAG AA (4.5:1) for the current statement and the highlighted pair, in the dark and the
    light theme and under NO_COLOR (where Textual turns every colour to its grey)."""
    from textual.filter import monochrome_style

    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("right_curly_bracket")
        view_a, view_b = screen.view("a"), screen.view("b")
        [other] = view_b.highlighted
        for theme in ("textual-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            for view, index in ((view_a, 15), (view_b, other)):
                line = view.first_line(index) - view.scroll_offset.y
                strip = view.render_line(line)
                text = strip.crop(view.gutter_width, strip.cell_length)  # the statement, not the margin
                for segment in text:
                    if not segment.text.strip() or segment.style is None:
                        continue
                    for style in (segment.style, monochrome_style(segment.style)):
                        if style.color is None or style.bgcolor is None:
                            continue
                        fg, bg = style.color.get_truecolor(), style.bgcolor.get_truecolor()
                        if style.reverse:
                            fg, bg = bg, fg
                        ratio = _contrast(tuple(fg), tuple(bg))
                        assert ratio >= 4.5, (theme, view.id, segment.text, ratio, style)


async def test_the_detail_bar_says_which_counterpart_above_the_note(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("right_curly_bracket", "a", *"ask the ministry", "ctrl+s")
        await saved(pilot)
        first, second = detail(screen).splitlines()[:2]
        assert "counterpart 1 of " in first and second == "note: ask the ministry"
