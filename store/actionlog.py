"""The log of every change a reader makes, kept in the database so undo works across restarts.

An action is 'done', 'undone' (undo took it back; redo can re-apply it) or 'discarded'
(a new change after an undo ends the redo path, as in any editor).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from store.database import now


@dataclass(frozen=True)
class Action:
    id: int
    kind: str
    payload: dict[str, Any]


def record(db: Database, kind: str, payload: dict[str, Any]) -> None:
    """Log a change inside the transaction that makes it."""
    db.execute("UPDATE actions SET state = 'discarded' WHERE state = 'undone'")
    db.execute(
        "INSERT INTO actions (at, kind, payload) VALUES (?, ?, ?)", [now(), kind, json.dumps(payload, sort_keys=True)]
    )


def last_done(db: Database) -> Action | None:
    """The change undo takes back next."""
    return _one(db, "SELECT id, kind, payload FROM actions WHERE state = 'done' ORDER BY id DESC LIMIT 1")


def first_undone(db: Database) -> Action | None:
    """The change redo re-applies next: the one undone most recently."""
    return _one(db, "SELECT id, kind, payload FROM actions WHERE state = 'undone' ORDER BY id LIMIT 1")


def mark(db: Database, action: Action, state: str) -> None:
    db.execute("UPDATE actions SET state = ? WHERE id = ?", [state, action.id])


def _one(db: Database, sql: str) -> Action | None:
    row = db.execute(sql).fetchone()
    return Action(row[0], row[1], json.loads(row[2])) if row else None
