"""The database schema, as numbered sqlite-utils migrations.

Never edit a migration that has shipped: add the next one. A database that has a
migration this list lacks was written by a newer claimdiff and is refused, not altered.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("claimdiff")

DEFAULT_TAGS = (
    ("claim", 1, "#0072B2", "A statement of fact worth checking"),
    ("evidence", 2, "#009E73", "Backs a claim with a source, document or figure"),
    ("denial", 3, "#D55E00", "Someone denies or rejects a claim"),
    ("attribution", 4, "#56B4E9", "Who says so: the source of a claim"),
    ("opinion", 5, "#CC79A7", "Judgement or commentary, not fact"),
    ("disputed", 6, "#E69F00", "Contradicted elsewhere or doubtful"),
    ("follow-up", 7, "#F0E442", "Needs checking or a call"),
)
"""Seeded on first use, bound to keys 1-7; colours from the Okabe-Ito colour-blind-safe palette."""


@MIGRATIONS(name="0001_initial")
def initial(db: Database) -> None:
    """Documents, statements, comparisons and matches, tags, notes, and the action log."""
    db.table("documents").create(
        {
            "sha256": str,
            "title": str,
            "source": str,
            "author": str,
            "published": str,
            "site": str,
            "url": str,
            "added": str,
            "segmenter": str,
            "text": str,
        },
        pk="sha256",
        not_null={"title", "source", "added", "text"},
    )
    db.table("statements").create(
        {
            "id": int,
            "document": str,
            "idx": int,
            "start": int,
            "end": int,
            "kind": str,
            "paragraph": int,
            "text": str,
        },
        pk="id",
        foreign_keys=[("document", "documents", "sha256")],
        not_null={"document", "idx", "start", "end", "kind", "text"},
    )
    db.table("statements").create_index(["document", "idx"], unique=True)
    db.table("statements").enable_fts(["text"], create_triggers=True, tokenize="unicode61")
    # Statements are indexed in bulk when a document is saved (store.documents), which is
    # several times faster than a trigger per row; the triggers keep deletes and edits in step.
    db.execute("DROP TRIGGER statements_ai")
    db.table("comparisons").create(
        {"id": int, "document_a": str, "document_b": str, "method": str, "params": str, "run_at": str},
        pk="id",
        foreign_keys=[("document_a", "documents", "sha256"), ("document_b", "documents", "sha256")],
        not_null={"document_a", "document_b", "method", "run_at"},
    )
    db.table("comparisons").create_index(["document_a", "document_b"], unique=True)
    db.execute(
        """
        CREATE TABLE matches (
            id INTEGER PRIMARY KEY,
            comparison INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
            a_index INTEGER NOT NULL,
            b_index INTEGER NOT NULL,
            score REAL NOT NULL CHECK (score BETWEEN 0 AND 1),
            relation TEXT NOT NULL CHECK (relation IN ('same', 'conflict', 'related')),
            origin TEXT NOT NULL CHECK (origin IN ('engine', 'reader')),
            status TEXT NOT NULL CHECK (status IN ('suggested', 'confirmed', 'rejected')),
            reviewed_at TEXT,
            UNIQUE (comparison, a_index, b_index)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
            key INTEGER UNIQUE CHECK (key BETWEEN 1 AND 9),
            colour TEXT,
            description TEXT
        )
        """
    )
    db.table("tags").insert_all(
        {"name": name, "key": key, "colour": colour, "description": description}
        for name, key, colour, description in DEFAULT_TAGS
    )
    # Tags and notes are anchored like web annotations: the exact text, some context and
    # its offsets in the (immutable, hash-named) document text; statement_index is where
    # the anchor sits in the current segmentation, NULL when it could not be placed.
    anchor = """
            document TEXT NOT NULL REFERENCES documents(sha256),
            statement_index INTEGER,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL CHECK ("end" >= start),
    """
    db.execute(
        f"""
        CREATE TABLE taggings (
            id INTEGER PRIMARY KEY,
            tag INTEGER NOT NULL REFERENCES tags(id),
            {anchor}
            created TEXT NOT NULL,
            UNIQUE (tag, document, start, "end")
        )
        """
    )
    db.execute(
        f"""
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            {anchor}
            text TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            UNIQUE (document, start, "end")
        )
        """
    )
    db.execute(
        """
        CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded'))
        )
        """
    )
    db.execute('CREATE INDEX taggings_document ON taggings (document, start, "end")')
    db.execute("CREATE INDEX notes_document ON notes (document, statement_index)")
    db.execute("CREATE INDEX actions_state ON actions (state, id)")


@MIGRATIONS(name="0002_positions")
def positions(db: Database) -> None:
    """Where the reader left off in each pair: the focused side and the statement on each."""
    db.execute(
        """
        CREATE TABLE positions (
            document_a TEXT NOT NULL REFERENCES documents(sha256),
            document_b TEXT NOT NULL REFERENCES documents(sha256),
            side TEXT NOT NULL CHECK (side IN ('a', 'b')),
            index_a INTEGER NOT NULL,
            index_b INTEGER NOT NULL,
            updated TEXT NOT NULL,
            PRIMARY KEY (document_a, document_b)
        )
        """
    )


@MIGRATIONS(name="0003_match_reasons")
def match_reasons(db: Database) -> None:
    """Why the engine matched two statements (claims.relation.Why as JSON): shared words,
    what differs, and where both stand in each statement. NULL for a link made by hand."""
    db.execute("ALTER TABLE matches ADD COLUMN why TEXT")
