"""Undo and redo, over the action log, across restarts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from store.actionlog import Action, first_undone, last_done, mark
from store.annotations import insert_tagging, remove_tagging, write_note
from store.database import Store
from store.reviews import apply_review, insert_link, remove_link

Applier = Callable[[Database, dict[str, Any]], None]

# For each kind of change: how to do it again, how to take it back.
_APPLIERS: dict[str, tuple[Applier, Applier]] = {
    "tag": (insert_tagging, remove_tagging),
    "untag": (remove_tagging, insert_tagging),
    "note": (
        lambda db, payload: write_note(db, payload, payload["after"]),
        lambda db, payload: write_note(db, payload, payload["before"]),
    ),
    "review": (
        lambda db, payload: apply_review(db, payload, payload["after"]),
        lambda db, payload: apply_review(db, payload, payload["before"]),
    ),
    "link": (insert_link, remove_link),
}


def undo(store: Store) -> str | None:
    """Take back the last change; returns what was undone, or None when there is nothing left."""
    return _replay(store, last_done, backward=True, state="undone")


def redo(store: Store) -> str | None:
    """Re-apply the change undone most recently; None when there is nothing to redo."""
    return _replay(store, first_undone, backward=False, state="done")


def _replay(store: Store, pick: Callable[[Database], Action | None], *, backward: bool, state: str) -> str | None:
    with store.write() as db:
        action = pick(db)
        if action is None:
            return None
        forward, back = _APPLIERS[action.kind]
        (back if backward else forward)(db, action.payload)
        mark(db, action, state)
    return describe(action)


def describe(action: Action) -> str:
    """What a change did, in the words the reader's status line uses."""
    payload = action.payload
    where = f"statement {payload.get('statement_index')}"
    if action.kind == "tag":
        return f"tag {payload['tag_name']!r} on {where}"
    if action.kind == "untag":
        return f"removing tag {payload['tag_name']!r} from {where}"
    if action.kind == "review":
        after = payload["after"]
        return f"review of match {payload['a']}-{payload['b']} ({after['status']}, {after['relation']})"
    if action.kind == "link":
        return f"link {payload['a']}-{payload['b']} ({payload['relation']})"
    return f"note on {where}"
