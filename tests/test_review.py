"""Reviewing matches in the reader: confirm, reject, change the relation; undo and redo."""

from __future__ import annotations

from pathlib import Path

from claims.relation import Relation
from store.database import open_store
from tests.test_reader import ADMITS, SANCTIONS, detail, in_checkout, loaded, tags_in_db
from tui.app import make_app

__all__ = ["in_checkout"]  # the fixture that makes header paths relative


def statuses(db: Path) -> dict[tuple[int, int], tuple[str, str, str]]:
    store = open_store(db)
    rows = store.db.execute("SELECT a_index, b_index, status, relation, origin FROM matches").fetchall()
    store.close()
    return {(a, b): (status, relation, origin) for a, b, status, relation, origin in rows}


async def test_v_confirms_x_rejects_and_r_changes_the_relation(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press(*["j"] * 14)  # "Tehran later acknowledged drone deliveries..."
        best = screen.view("a").side.counterparts[14][0]
        await pilot.press("v")
        assert statuses(private_database)[(14, best.index)][0] == "confirmed"
        assert "confirmed" in detail(screen)
        assert "1 of " in str(screen.query_one("#header-a").render())
        await pilot.press("r")
        after = statuses(private_database)[(14, best.index)]
        assert after[1] != best.relation.value and after[0] == "confirmed"
        await pilot.press("enter", "enter")  # along to the second counterpart, in B
        second = screen.view("a").side.counterparts[14][1]
        assert screen.view("b").current == second.index
        await pilot.press("x")
        assert statuses(private_database)[(14, second.index)][0] == "rejected"
        await pilot.press("x")  # again: back to undecided
        assert statuses(private_database)[(14, second.index)][0] == "suggested"


async def test_undo_and_redo_keys_cover_tags_and_reviews_across_a_restart(private_database: Path) -> None:
    app = make_app(SANCTIONS, ADMITS, private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press(*["j"] * 15, "3")  # tag the denial "denial"
        best = screen.view("a").side.counterparts[15][0]
        await pilot.press("x")  # reject its best match
        assert statuses(private_database)[(15, best.index)][0] == "rejected"
        await pilot.press("q")
    again = make_app(SANCTIONS, ADMITS, private_database)
    async with again.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("u")
        assert statuses(private_database)[(15, best.index)][0] == "suggested"
        assert any(n.message.startswith("undo: review of match") for n in again._notifications)
        await pilot.press("u")
        assert tags_in_db(private_database) == set()
        assert screen.view("a").side.tags.get(15) is None
        await pilot.press("ctrl+r")
        assert tags_in_db(private_database) == {("denial", 15)}
        assert [t.name for t in screen.view("a").side.tags[15]] == ["denial"]
        await pilot.press("u", "u", "u")
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
            assert screen.view("a").current == 15
        assert all(c.status == "rejected" for c in side.counterparts[15])
        assert side.relation(15) is None
        assert side.counts()[2] == conflicts_before - 1
        assert "rejected" in detail(screen)
        assert Relation.CONFLICT in {c.relation for c in side.counterparts[15]}
