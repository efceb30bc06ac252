"""Documents, their statements, and the comparisons between them, as stored.

A document is keyed by the SHA-256 of its text, so opening the same article again (any
path, pasted again) finds it, with everything the reader decided about it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from claims.comparison import Comparison
from claims.document import Document, Statement, StatementKind
from claims.relation import Match, Relation, Why
from store.database import Store, now
from store.errors import StoreError

SEGMENTER = "claims.segment-v1"
"""Recorded with each document; when it changes, statements are redone and anchors re-placed."""


def save_document(store: Store, document: Document, statements: list[Statement]) -> None:
    """Store a document and its statements, unless it is already there with this segmentation."""
    with store.write() as db:
        write_document(db, document, statements)


def write_document(db: Database, document: Document, statements: list[Statement]) -> None:
    """save_document's work, inside a change already begun (an import is one transaction)."""
    existing = db.execute("SELECT segmenter FROM documents WHERE sha256 = ?", [document.sha256]).fetchone()
    if existing and existing[0] == SEGMENTER:
        return
    metadata = document.metadata
    db.table("documents").upsert(
        {
            "sha256": document.sha256,
            "title": document.title,
            "source": document.source,
            "author": metadata.get("author"),
            "published": metadata.get("published"),
            "site": metadata.get("site"),
            "url": metadata.get("url"),
            "added": now(),
            "segmenter": SEGMENTER,
            "text": document.text,
        },
        pk="sha256",
    )
    db.execute("DELETE FROM statements WHERE document = ?", [document.sha256])
    db.conn.executemany(
        'INSERT INTO statements (document, idx, start, "end", kind, paragraph, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [(document.sha256, s.index, s.start, s.end, s.kind.value, s.paragraph, s.text) for s in statements],
    )
    db.execute(
        "INSERT INTO statements_fts (rowid, text) SELECT id, text FROM statements WHERE document = ?",
        [document.sha256],
    )
    if existing:
        from store.anchors import reattach_all

        reattach_all(db, document.sha256, statements)


def load_document(store: Store, sha256: str) -> tuple[Document, list[Statement]]:
    """A stored document and its statements, as the engine made them."""
    row = store.db.execute(
        "SELECT title, source, author, published, site, url, text FROM documents WHERE sha256 = ?", [sha256]
    ).fetchone()
    if row is None:
        raise StoreError(f"{store.path}: no document {sha256[:12]} in the database")
    title, source, author, published, site, url, text = row
    metadata = {
        key: value
        for key, value in (("author", author), ("published", published), ("site", site), ("url", url))
        if value
    }
    statements = [
        Statement(idx, start, end, StatementKind(kind), text_, paragraph)
        for idx, start, end, kind, text_, paragraph in store.db.execute(
            'SELECT idx, start, "end", kind, text, paragraph FROM statements WHERE document = ? ORDER BY idx', [sha256]
        )
    ]
    return Document(title=title, source=source, text=text, metadata=metadata), statements


@dataclass(frozen=True)
class StoredDocument:
    sha256: str
    title: str
    source: str


def find_documents(store: Store, reference: str) -> list[StoredDocument]:
    """Documents named by reference: whose hash starts with it, whose title or source is it
    (case-insensitive), or, failing those, whose title starts with it."""
    rows = store.db.execute(
        """
        SELECT sha256, title, source FROM documents
        WHERE sha256 LIKE ? || '%' OR title = ? COLLATE NOCASE OR source = ?
        ORDER BY title, sha256
        """,
        [reference.lower(), reference, reference],
    ).fetchall()
    if not rows and reference.strip():
        escaped = reference.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = store.db.execute(
            "SELECT sha256, title, source FROM documents WHERE title LIKE ? || '%' ESCAPE '\\' ORDER BY title, sha256",
            [escaped],
        ).fetchall()
    return [StoredDocument(*row) for row in rows]


def save_comparison(store: Store, comparison: Comparison) -> int:
    """Store both documents and a run of the engine; reviewed matches survive it.

    Matches the reader confirmed or rejected, and links the reader made, are kept as
    they are; the engine's unreviewed suggestions are replaced by this run's.
    """
    save_document(store, comparison.a, comparison.statements_a)
    save_document(store, comparison.b, comparison.statements_b)
    params = json.dumps({"min_score": comparison.min_score}, sort_keys=True)
    with store.write() as db:
        comparison_id = _comparison_id(db, comparison.a.sha256, comparison.b.sha256)
        if comparison_id is None:
            cursor = db.execute(
                "INSERT INTO comparisons (document_a, document_b, method, params, run_at) VALUES (?, ?, ?, ?, ?)",
                [comparison.a.sha256, comparison.b.sha256, comparison.method, params, now()],
            )
            comparison_id = int(cursor.lastrowid or 0)
        else:
            db.execute(
                "UPDATE comparisons SET method = ?, params = ?, run_at = ? WHERE id = ?",
                [comparison.method, params, now(), comparison_id],
            )
        db.execute("DELETE FROM matches WHERE comparison = ? AND status = 'suggested'", [comparison_id])
        db.conn.executemany(
            """
            INSERT OR IGNORE INTO matches (comparison, a_index, b_index, score, relation, origin, status, why)
            VALUES (?, ?, ?, ?, ?, 'engine', 'suggested', ?)
            """,
            [
                (comparison_id, m.a, m.b, m.score, m.relation.value, json.dumps(m.why.as_dict(), ensure_ascii=False))
                for m in comparison.matches
            ],
        )
    return comparison_id


def _comparison_id(db: Database, sha_a: str, sha_b: str) -> int | None:
    row = db.execute("SELECT id FROM comparisons WHERE document_a = ? AND document_b = ?", [sha_a, sha_b]).fetchone()
    return int(row[0]) if row else None


@dataclass(frozen=True)
class StoredMatch:
    """A match as stored: the engine's suggestion or the reader's link, and its review."""

    match: Match
    origin: str
    status: str


def stored_matches(store: Store, sha_a: str, sha_b: str) -> list[StoredMatch]:
    """The matches of a comparison, rejected ones included, ordered like the engine's."""
    rows: Iterable[tuple[int, int, float, str, str, str, str | None]] = store.db.execute(
        """
        SELECT m.a_index, m.b_index, m.score, m.relation, m.origin, m.status, m.why
        FROM matches m JOIN comparisons c ON c.id = m.comparison
        WHERE c.document_a = ? AND c.document_b = ?
        ORDER BY m.a_index, m.score DESC, m.b_index
        """,
        [sha_a, sha_b],
    )
    return [
        StoredMatch(Match(a, b, score, Relation(relation), _why(why)), origin, status)
        for a, b, score, relation, origin, status, why in rows
    ]


def _why(stored: str | None) -> Why:
    """The engine's reason as stored; none for a link made by hand or a row it cannot read."""
    if not stored:
        return Why()
    try:
        return Why.from_dict(json.loads(stored))
    except (ValueError, KeyError, TypeError):
        return Why()
