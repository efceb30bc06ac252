"""The store: what a reader decides survives, and a bad database is refused untouched."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from claims.comparison import compare_documents
from claims.document import Document, Statement
from claims.ingest import read_document
from claims.relation import Relation
from claims.segment import segment
from store.annotations import notes, set_note, taggings, toggle_tag
from store.database import open_store
from store.documents import SEGMENTER, find_documents, load_document, save_comparison, save_document, stored_matches
from store.errors import StoreError
from store.history import redo, undo
from store.schema import DEFAULT_TAGS
from store.tags import add_tag, bind_key, delete_tag, get_tag, list_tags, rename_tag
from tests.conftest import ROOT, another_program_holding


def test_first_open_creates_the_schema_and_seeds_tags_on_keys_1_to_7(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new" / "claimdiff.db")
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    tags = list_tags(store)
    assert [(t.name, t.key) for t in tags] == [(name, key) for name, key, _, _ in DEFAULT_TAGS]
    store.close()
    assert [t.name for t in list_tags(open_store(tmp_path / "new" / "claimdiff.db"))] == [t.name for t in tags]


def test_the_same_article_from_another_path_finds_its_tags_and_notes(tmp_path: Path, admits: Document) -> None:
    store = open_store(tmp_path / "db.sqlite")
    statements = segment(admits)
    save_document(store, admits, statements)
    assert toggle_tag(store, admits, statements[1], "claim") is True
    set_note(store, admits, statements[1], "Check the IRNA original.")
    copy = tmp_path / "pasted" / "article.txt"
    copy.parent.mkdir()
    copy.write_bytes((ROOT / "fixtures" / "drones-iran-admits.txt").read_bytes().replace(b"\n", b"\r\n"))
    again = read_document(str(copy))
    assert again.sha256 == admits.sha256
    reopened = open_store(tmp_path / "db.sqlite")
    assert [(t.tag, t.statement_index) for t in taggings(reopened, again.sha256)] == [("claim", 1)]
    assert [(n.statement_index, n.text) for n in notes(reopened, again.sha256)] == [(1, "Check the IRNA original.")]
    assert [d.title for d in find_documents(reopened, again.sha256[:10])] == [admits.title]


def test_a_tag_is_committed_the_moment_it_is_made(tmp_path: Path, admits: Document) -> None:
    store = open_store(tmp_path / "db.sqlite")
    statements = segment(admits)
    save_document(store, admits, statements)
    toggle_tag(store, admits, statements[3], "evidence")
    other = sqlite3.connect(tmp_path / "db.sqlite")
    assert other.execute("SELECT count(*) FROM taggings").fetchone()[0] == 1
    assert other.execute("SELECT kind FROM actions").fetchall() == [("tag",)]
    toggle_tag(store, admits, statements[3], "evidence")
    assert other.execute("SELECT count(*) FROM taggings").fetchone()[0] == 0


def test_notes_are_written_edited_and_deleted(tmp_path: Path, admits: Document) -> None:
    store = open_store(tmp_path / "db.sqlite")
    statements = segment(admits)
    save_document(store, admits, statements)
    set_note(store, admits, statements[2], "first")
    set_note(store, admits, statements[2], "second thoughts")
    assert [n.text for n in notes(store, admits.sha256)] == ["second thoughts"]
    set_note(store, admits, statements[2], "   ")
    assert notes(store, admits.sha256) == []


def test_undo_and_redo_many_steps_across_restarts(tmp_path: Path, admits: Document) -> None:
    path = tmp_path / "db.sqlite"
    store = open_store(path)
    statements = segment(admits)
    save_document(store, admits, statements)
    toggle_tag(store, admits, statements[1], "claim")
    toggle_tag(store, admits, statements[2], "denial")
    set_note(store, admits, statements[1], "a note")
    toggle_tag(store, admits, statements[1], "claim")  # off again
    store.close()

    store = open_store(path)
    assert undo(store) == "removing tag 'claim' from statement 1"
    assert {(t.tag, t.statement_index) for t in taggings(store, admits.sha256)} == {("claim", 1), ("denial", 2)}
    assert undo(store) == "note on statement 1"
    assert notes(store, admits.sha256) == []
    store.close()

    store = open_store(path)
    assert redo(store) == "note on statement 1"
    assert [n.text for n in notes(store, admits.sha256)] == ["a note"]
    assert undo(store) == "note on statement 1"
    assert undo(store) == "tag 'denial' on statement 2"
    assert undo(store) == "tag 'claim' on statement 1"
    assert undo(store) is None
    assert taggings(store, admits.sha256) == []
    # A new change ends the redo path, as in any editor.
    toggle_tag(store, admits, statements[5], "opinion")
    assert redo(store) is None
    assert [t.tag for t in taggings(store, admits.sha256)] == ["opinion"]


def test_tag_set_can_be_added_renamed_rebound_and_deleted(tmp_path: Path, admits: Document) -> None:
    store = open_store(tmp_path / "db.sqlite")
    added = add_tag(store, "  source  check ", key=8, colour="#000000", description="Call the source")
    assert (added.name, added.key) == ("source check", 8)
    with pytest.raises(StoreError, match="key 1 is bound to 'claim'"):
        add_tag(store, "numbers", key=1)
    with pytest.raises(StoreError, match="already exists"):
        add_tag(store, "CLAIM")
    assert rename_tag(store, "source check", "call back").name == "call back"
    moved = bind_key(store, "call back", 1)
    assert moved.key == 1 and get_tag(store, "claim").key is None
    statements = segment(admits)
    save_document(store, admits, statements)
    toggle_tag(store, admits, statements[1], "call back")
    with pytest.raises(StoreError, match="is on 1 statement; use --force"):
        delete_tag(store, "call back")
    assert delete_tag(store, "call back", force=True) == 1
    assert taggings(store, admits.sha256) == []
    assert delete_tag(store, "opinion") == 0
    assert "opinion" not in {t.name for t in list_tags(store)}


def test_tags_reattach_when_statements_are_split_differently(tmp_path: Path, admits: Document) -> None:
    store = open_store(tmp_path / "db.sqlite")
    statements = segment(admits)
    save_document(store, admits, statements)
    toggle_tag(store, admits, statements[3], "claim")  # second sentence of paragraph 2
    set_note(store, admits, statements[12], "homes in Kiev")
    # A later segmenter merges statements 2 and 3 into one and drops the tail of the article.
    merged = Statement(2, statements[2].start, statements[3].end, statements[2].kind, "", statements[2].paragraph)
    renumbered = [
        *statements[:2],
        Statement(2, merged.start, merged.end, merged.kind, admits.text[merged.start : merged.end], merged.paragraph),
        *[Statement(s.index - 1, s.start, s.end, s.kind, s.text, s.paragraph) for s in statements[4:10]],
    ]
    store.db.execute("UPDATE documents SET segmenter = 'older' WHERE sha256 = ?", [admits.sha256])
    store.db.conn.commit()
    save_document(store, admits, renumbered)
    assert store.db.execute("SELECT segmenter FROM documents").fetchone()[0] == SEGMENTER
    [tagging] = taggings(store, admits.sha256)
    assert tagging.statement_index == 2  # now inside the merged statement
    assert tagging.quote == statements[3].text
    [note] = notes(store, admits.sha256)
    assert note.statement_index is None  # orphaned: no statement holds it now, but it is kept
    assert note.text == "homes in Kiev"


def test_reviewed_matches_survive_a_new_engine_run(tmp_path: Path, sanctions: Document, admits: Document) -> None:
    store = open_store(tmp_path / "db.sqlite")
    save_comparison(store, compare_documents(sanctions, admits, min_score=0.2))
    store.db.execute("UPDATE matches SET status = 'confirmed' WHERE a_index = 14 AND b_index = 4")
    store.db.execute("UPDATE matches SET status = 'rejected' WHERE a_index = 15 AND b_index = 0")
    store.db.execute(
        "INSERT INTO matches (comparison, a_index, b_index, score, relation, origin, status)"
        " VALUES (1, 17, 18, 1.0, 'related', 'reader', 'confirmed')"
    )
    store.db.conn.commit()
    save_comparison(store, compare_documents(sanctions, admits, min_score=0.45))
    by_pair = {(m.match.a, m.match.b): m for m in stored_matches(store, sanctions.sha256, admits.sha256)}
    assert by_pair[(14, 4)].status == "confirmed"
    assert by_pair[(15, 0)].status == "rejected"  # scores under 0.45, kept for its review
    assert by_pair[(17, 18)].origin == "reader"
    suggested = [m for m in by_pair.values() if m.status == "suggested"]
    assert suggested and all(m.match.score >= 0.45 or m.match.relation is Relation.CONFLICT for m in suggested)
    assert all(m.match.why.text for m in suggested)  # the engine's reasons are stored with its matches
    assert store.db.execute("SELECT count(*) FROM comparisons").fetchone()[0] == 1


def test_statements_are_searchable_with_full_text(tmp_path: Path, sanctions: Document) -> None:
    store = open_store(tmp_path / "db.sqlite")
    save_document(store, sanctions, segment(sanctions))
    rows = store.db.execute(
        "SELECT s.idx FROM statements s JOIN statements_fts f ON f.rowid = s.id WHERE statements_fts MATCH ?",
        ["Mohajer"],
    ).fetchall()
    assert rows == [(8,)]
    document, statements = load_document(store, sanctions.sha256)
    assert document.text == sanctions.text and statements == segment(sanctions)


def test_a_newer_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    open_store(path).close()
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('claimdiff', '0099_future', 'x')"
        )
    connection.close()  # before the file is read outside SQLite (see store.database.open_store)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="was written by a newer claimdiff"):
        open_store(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"name,score\nIran,1\n", r"is not a claimdiff database \(not an SQLite file\)"),
        (b"SQLite format 3\x00" + bytes(range(256)) * 20, "is corrupt"),
    ],
    ids=["text-file", "corrupt"],
)
def test_files_that_are_not_databases_are_refused_untouched(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message):
        open_store(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_a_damaged_page_is_reported_as_corrupt(tmp_path: Path, sanctions: Document) -> None:
    path = tmp_path / "db.sqlite"
    store = open_store(path)
    save_document(store, sanctions, segment(sanctions))
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 512] = b"\xff" * 512
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="corrupt"):
        open_store(path)


def test_a_directory_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)


def test_a_locked_database_waits_then_says_so(tmp_path: Path, admits: Document) -> None:
    path = tmp_path / "db.sqlite"
    store = open_store(path, busy_timeout=0.2)
    statements = segment(admits)
    save_document(store, admits, statements)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked by another program"):
            toggle_tag(store, admits, statements[1], "claim")
    finally:
        holder.execute("ROLLBACK")
    assert toggle_tag(store, admits, statements[1], "claim") is True


def test_a_new_database_another_program_is_writing_waits_like_any_change(tmp_path: Path, admits: Document) -> None:
    """Another program (or another claimdiff) is writing a database just created, still in
    rollback mode: switching it to WAL waits for that write as long as any change would,
    instead of giving up at once (seen in CI, a tag given up when thirteen commands started
    together on a new database)."""
    path = tmp_path / "new.sqlite"
    with another_program_holding(path, "IMMEDIATE") as release:
        started = time.monotonic()
        with pytest.raises(StoreError, match="locked by another program"):
            open_store(path, busy_timeout=0.5)
        assert time.monotonic() - started >= 0.5  # it waited as long as it was told to
        release()
    store = open_store(path, busy_timeout=0.5)
    statements = segment(admits)
    save_document(store, admits, statements)
    assert toggle_tag(store, admits, statements[1], "claim") is True
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_read_only_database_opens_for_reading_and_refuses_changes(tmp_path: Path, admits: Document) -> None:
    path = tmp_path / "db.sqlite"
    store = open_store(path)
    statements = segment(admits)
    save_document(store, admits, statements)
    toggle_tag(store, admits, statements[1], "claim")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    with read_only(path):
        before = path.read_bytes()
        reader = open_store(path)
        assert reader.read_only
        assert [t.tag for t in taggings(reader, admits.sha256)] == ["claim"]
        with pytest.raises(StoreError, match="the database is read-only; changes cannot be saved"):
            toggle_tag(reader, admits, statements[2], "claim")
        reader.close()
        assert path.read_bytes() == before


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file unwritable even for root (who ignores permissions): the immutable flag."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(path)], check=True)
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        path.chmod(0o444)
        path.parent.chmod(0o555)
        try:
            yield
        finally:
            path.parent.chmod(0o755)
            path.chmod(0o644)


def test_match_reviews_and_links_are_committed_and_undoable(
    tmp_path: Path, sanctions: Document, admits: Document
) -> None:
    from claims.relation import Relation
    from store.reviews import link, review_match

    path = tmp_path / "db.sqlite"
    store = open_store(path)
    save_comparison(store, compare_documents(sanctions, admits))
    a, b = sanctions.sha256, admits.sha256
    review_match(store, a, b, 14, 4, status="confirmed")
    review_match(store, a, b, 15, 1, relation=Relation.SAME)
    link(store, a, b, 17, 18, Relation.RELATED)
    with pytest.raises(StoreError, match="already matched"):
        link(store, a, b, 14, 4, Relation.SAME)
    store.close()

    store = open_store(path)
    by_pair = {(m.match.a, m.match.b): m for m in stored_matches(store, a, b)}
    assert by_pair[(14, 4)].status == "confirmed"
    assert by_pair[(15, 1)].match.relation is Relation.SAME
    assert (by_pair[(17, 18)].origin, by_pair[(17, 18)].status) == ("reader", "confirmed")
    assert undo(store) == "link 17-18 (related)"
    assert undo(store) == "review of match 15-1 (suggested, same)"
    by_pair = {(m.match.a, m.match.b): m for m in stored_matches(store, a, b)}
    assert (17, 18) not in by_pair and by_pair[(15, 1)].match.relation is Relation.CONFLICT
    assert redo(store) == "review of match 15-1 (suggested, same)"
    assert {(m.match.a, m.match.b): m for m in stored_matches(store, a, b)}[(15, 1)].match.relation is Relation.SAME
