"""The tag set: names, the keys 1-9 they are bound to, colours and descriptions."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from claims.decoding import strip_controls
from store.database import Store
from store.errors import StoreError


@dataclass(frozen=True)
class Tag:
    id: int
    name: str
    key: int | None
    colour: str | None
    description: str | None
    uses: int = 0
    """How many statements carry it."""


# Uses are counted per tag through the taggings index, so naming one tag (on every tag
# write, every key press) never counts the uses of all of them.
_SELECT = (
    "SELECT t.id, t.name, t.key, t.colour, t.description,"
    " (SELECT count(*) FROM taggings g WHERE g.tag = t.id) FROM tags t"
)


def list_tags(store: Store) -> list[Tag]:
    """Every tag, bound keys first (in key order), then by name."""
    rows = store.db.execute(_SELECT + " ORDER BY t.key IS NULL, t.key, t.name COLLATE NOCASE").fetchall()
    return [Tag(*row) for row in rows]


def get_tag(store: Store, name: str) -> Tag:
    row = store.db.execute(_SELECT + " WHERE t.name = ? COLLATE NOCASE", [name]).fetchone()
    if row is None:
        raise StoreError(f"no tag named {name!r} (see: claimdiff tags)")
    return Tag(*row)


def tag_on_key(store: Store, key: int) -> Tag | None:
    """The tag bound to a key 1-9, if any."""
    row = store.db.execute(_SELECT + " WHERE t.key = ?", [key]).fetchone()
    return Tag(*row) if row else None


def add_tag(
    store: Store, name: str, key: int | None = None, colour: str | None = None, description: str | None = None
) -> Tag:
    """A new tag; a key already bound to another tag is refused, not taken."""
    name = _valid_name(name)
    _check_key(key)
    with store.write() as db:
        _refuse_bound_key(db, key, None)
        try:
            db.execute(
                "INSERT INTO tags (name, key, colour, description) VALUES (?, ?, ?, ?)",
                [name, key, colour and strip_controls(colour), description and strip_controls(description)],
            )
        except sqlite3.IntegrityError:
            raise StoreError(f"a tag named {name!r} already exists") from None
    return get_tag(store, name)


def rename_tag(store: Store, old: str, new: str) -> Tag:
    tag = get_tag(store, old)
    new = _valid_name(new)
    with store.write() as db:
        try:
            db.execute("UPDATE tags SET name = ? WHERE id = ?", [new, tag.id])
        except sqlite3.IntegrityError:
            raise StoreError(f"a tag named {new!r} already exists") from None
    return get_tag(store, new)


def bind_key(store: Store, name: str, key: int | None) -> Tag:
    """Bind a tag to key 1-9 (None unbinds); the key is taken from any tag that had it."""
    tag = get_tag(store, name)
    _check_key(key)
    with store.write() as db:
        if key is not None:
            db.execute("UPDATE tags SET key = NULL WHERE key = ? AND id != ?", [key, tag.id])
        db.execute("UPDATE tags SET key = ? WHERE id = ?", [key, tag.id])
    return get_tag(store, name)


def describe_tag(store: Store, name: str, colour: str | None, description: str | None) -> Tag:
    tag = get_tag(store, name)
    with store.write() as db:
        db.execute(
            "UPDATE tags SET colour = coalesce(?, colour), description = coalesce(?, description) WHERE id = ?",
            [colour and strip_controls(colour), description and strip_controls(description), tag.id],
        )
    return get_tag(store, name)


def delete_tag(store: Store, name: str, force: bool = False) -> int:
    """Delete a tag; one in use needs force, and then goes with its uses. Returns the uses removed."""
    tag = get_tag(store, name)
    if tag.uses and not force:
        plural = "statement" if tag.uses == 1 else "statements"
        raise StoreError(f"tag {tag.name!r} is on {tag.uses} {plural}; use --force to delete it with them")
    with store.write() as db:
        db.execute("DELETE FROM taggings WHERE tag = ?", [tag.id])
        db.execute("DELETE FROM tags WHERE id = ?", [tag.id])
    return tag.uses


def _valid_name(name: str) -> str:
    name = " ".join(strip_controls(name).split())
    if not name:
        raise StoreError("a tag needs a name")
    return name


def _check_key(key: int | None) -> None:
    if key is not None and not 1 <= key <= 9:
        raise StoreError(f"key {key} is not 1-9")


def _refuse_bound_key(db: Database, key: int | None, own_id: int | None) -> None:
    if key is None:
        return
    row = db.execute("SELECT id, name FROM tags WHERE key = ?", [key]).fetchone()
    if row and row[0] != own_id:
        raise StoreError(f"key {key} is bound to {row[1]!r}; rebind it first (claimdiff tags key {row[1]} --none)")
