"""The reader's decisions on matches: confirm, reject, change the relation, link by hand.

Each is one committed transaction, logged for undo like tags and notes. A match is named
by its comparison (the two documents) and its two statement indices.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from claims.relation import Relation
from store.actionlog import record
from store.database import Store, now
from store.errors import StoreError

STATUSES = ("suggested", "confirmed", "rejected")


def review_match(
    store: Store, sha_a: str, sha_b: str, a: int, b: int, status: str | None = None, relation: Relation | None = None
) -> None:
    """Set a match's status and/or relation (the reader's choice overrides the engine's)."""
    if status is not None and status not in STATUSES:
        raise StoreError(f"a match is {', '.join(STATUSES)}, not {status!r}")
    with store.write() as db:
        row = _match_row(db, sha_a, sha_b, a, b)
        if row is None:
            raise StoreError(f"no match between statement {a} and statement {b} in this comparison")
        comparison, before_status, before_relation = row
        after = {"status": status or before_status, "relation": (relation or Relation(before_relation)).value}
        before = {"status": before_status, "relation": before_relation}
        if after == before:
            return
        payload = {"comparison": comparison, "a": a, "b": b, "before": before, "after": after}
        apply_review(db, payload, after)
        record(db, "review", payload)


def link(store: Store, sha_a: str, sha_b: str, a: int, b: int, relation: Relation) -> None:
    """A match the reader makes by hand: origin 'reader', confirmed."""
    with store.write() as db:
        comparison = _comparison(db, sha_a, sha_b)
        existing = _match_row(db, sha_a, sha_b, a, b)
        if existing is not None:
            raise StoreError(f"statements {a} and {b} are already matched; confirm or change that match instead")
        payload = {"comparison": comparison, "a": a, "b": b, "relation": relation.value, "at": now()}
        insert_link(db, payload)
        record(db, "link", payload)


# Appliers, replayed by undo and redo.


def apply_review(db: Database, payload: dict[str, Any], state: dict[str, str]) -> None:
    db.execute(
        "UPDATE matches SET status = ?, relation = ?, reviewed_at = ?"
        " WHERE comparison = ? AND a_index = ? AND b_index = ?",
        [state["status"], state["relation"], now(), payload["comparison"], payload["a"], payload["b"]],
    )


def insert_link(db: Database, payload: dict[str, Any]) -> None:
    db.execute(
        "INSERT OR IGNORE INTO matches (comparison, a_index, b_index, score, relation, origin, status, reviewed_at)"
        " VALUES (?, ?, ?, 1.0, ?, 'reader', 'confirmed', ?)",
        [payload["comparison"], payload["a"], payload["b"], payload["relation"], payload["at"]],
    )


def remove_link(db: Database, payload: dict[str, Any]) -> None:
    db.execute(
        "DELETE FROM matches WHERE comparison = ? AND a_index = ? AND b_index = ? AND origin = 'reader'",
        [payload["comparison"], payload["a"], payload["b"]],
    )


def _comparison(db: Database, sha_a: str, sha_b: str) -> int:
    row = db.execute("SELECT id FROM comparisons WHERE document_a = ? AND document_b = ?", [sha_a, sha_b]).fetchone()
    if row is None:
        raise StoreError("these two documents have not been compared yet")
    return int(row[0])


def _match_row(db: Database, sha_a: str, sha_b: str, a: int, b: int) -> tuple[int, str, str] | None:
    comparison = _comparison(db, sha_a, sha_b)
    row = db.execute(
        "SELECT comparison, status, relation FROM matches WHERE comparison = ? AND a_index = ? AND b_index = ?",
        [comparison, a, b],
    ).fetchone()
    return (int(row[0]), str(row[1]), str(row[2])) if row else None
