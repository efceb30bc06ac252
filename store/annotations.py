"""Tags and notes on statements: each change one committed transaction, logged for undo."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from claims.decoding import strip_controls
from claims.document import Document, Statement
from store.actionlog import record
from store.anchors import Anchor, anchor_for
from store.database import Store, now
from store.errors import StoreError
from store.tags import Tag, get_tag


@dataclass(frozen=True)
class Tagging:
    tag: str
    document: str
    statement_index: int | None
    """None when the anchor could not be placed in the current segmentation (orphaned)."""
    start: int
    end: int
    quote: str
    created: str


@dataclass(frozen=True)
class Note:
    document: str
    statement_index: int | None
    start: int
    end: int
    quote: str
    text: str
    updated: str


def toggle_tag(store: Store, document: Document, statement: Statement, tag_name: str) -> bool:
    """Put the tag on the statement, or take it off if it is there. Returns whether it is on now."""
    tag = get_tag(store, tag_name)
    anchor = anchor_for(document.sha256, document.text, statement)
    with store.write() as db:
        on = db.execute(
            'SELECT 1 FROM taggings WHERE tag = ? AND document = ? AND start = ? AND "end" = ?',
            [tag.id, anchor.document, anchor.start, anchor.end],
        ).fetchone()
        payload = _tagging_payload(tag, anchor, statement.index, now())
        if on:
            remove_tagging(db, payload)
            record(db, "untag", payload)
        else:
            insert_tagging(db, payload)
            record(db, "tag", payload)
    return not on


def set_note(store: Store, document: Document, statement: Statement, text: str) -> None:
    """Write the statement's note; empty text deletes it. Pasted text can carry terminal
    controls as articles can: they are stripped the same way (claims.decoding)."""
    text = strip_controls(text)
    anchor = anchor_for(document.sha256, document.text, statement)
    with store.write() as db:
        row = db.execute(
            'SELECT text, created FROM notes WHERE document = ? AND start = ? AND "end" = ?',
            [anchor.document, anchor.start, anchor.end],
        ).fetchone()
        before = row[0] if row else None
        after = text.strip() or None
        if before == after:
            return
        payload = {
            **anchor.as_row(),
            "statement_index": statement.index,
            "before": before,
            "after": after,
            "created": row[1] if row else now(),
        }
        write_note(db, payload, after)
        record(db, "note", payload)


def taggings(store: Store, sha256: str) -> list[Tagging]:
    """Every tag on a document's statements, orphaned ones included."""
    rows = store.db.execute(
        """
        SELECT t.name, g.document, g.statement_index, g.start, g."end", g.quote, g.created
        FROM taggings g JOIN tags t ON t.id = g.tag
        WHERE g.document = ? ORDER BY g.start, t.name COLLATE NOCASE
        """,
        [sha256],
    ).fetchall()
    return [Tagging(*row) for row in rows]


def notes(store: Store, sha256: str) -> list[Note]:
    rows = store.db.execute(
        'SELECT document, statement_index, start, "end", quote, text, updated FROM notes'
        " WHERE document = ? ORDER BY start",
        [sha256],
    ).fetchall()
    return [Note(*row) for row in rows]


def _tagging_payload(tag: Tag, anchor: Anchor, statement_index: int, created: str) -> dict[str, Any]:
    return {
        "tag": tag.id,
        "tag_name": tag.name,
        **anchor.as_row(),
        "statement_index": statement_index,
        "created": created,
    }


# Appliers: used by the changes above and by undo/redo, which replay payloads.


def insert_tagging(db: Database, payload: dict[str, Any]) -> None:
    try:
        db.execute(
            """
            INSERT OR IGNORE INTO taggings
                (tag, document, statement_index, quote, prefix, suffix, start, "end", created)
            VALUES (:tag, :document, :statement_index, :quote, :prefix, :suffix, :start, :end, :created)
            """,
            payload,
        )
    except sqlite3.IntegrityError:
        raise StoreError(f"tag {payload['tag_name']!r} no longer exists") from None


def remove_tagging(db: Database, payload: dict[str, Any]) -> None:
    db.execute(
        'DELETE FROM taggings WHERE tag = :tag AND document = :document AND start = :start AND "end" = :end', payload
    )


def write_note(db: Database, payload: dict[str, Any], text: str | None) -> None:
    if text is None:
        db.execute('DELETE FROM notes WHERE document = :document AND start = :start AND "end" = :end', payload)
        return
    db.execute(
        """
        INSERT INTO notes (document, statement_index, quote, prefix, suffix, start, "end", text, created, updated)
        VALUES (:document, :statement_index, :quote, :prefix, :suffix, :start, :end, :text, :created, :updated)
        ON CONFLICT (document, start, "end") DO UPDATE SET text = excluded.text, updated = excluded.updated
        """,
        {**payload, "text": text, "updated": now()},
    )
