"""Where the reader left off in a pair, so reopening it returns there."""

from __future__ import annotations

from dataclasses import dataclass

from store.database import Store, now


@dataclass(frozen=True)
class Position:
    side: str
    """'a' or 'b': the pane that had the focus."""
    index_a: int
    index_b: int


def load_position(store: Store, sha_a: str, sha_b: str) -> Position | None:
    row = store.db.execute(
        "SELECT side, index_a, index_b FROM positions WHERE document_a = ? AND document_b = ?", [sha_a, sha_b]
    ).fetchone()
    return Position(*row) if row else None


def save_position(store: Store, sha_a: str, sha_b: str, position: Position) -> None:
    with store.write() as db:
        db.execute(
            """
            INSERT INTO positions (document_a, document_b, side, index_a, index_b, updated) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (document_a, document_b) DO UPDATE
            SET side = excluded.side, index_a = excluded.index_a, index_b = excluded.index_b, updated = excluded.updated
            """,
            [sha_a, sha_b, position.side, position.index_a, position.index_b, now()],
        )
