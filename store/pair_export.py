"""Export claim pairs: one row per pair of statements, both sides, as a journalist reads them.

A row is a pair of the engine's (or the reader's) from one comparison of two articles: the
pairs the reader tagged, noted, reviewed or linked on either side, or, asked for, every pair
the engine suggested. A tagged or noted statement with no counterpart gets a row of its own,
the other side empty ("only in A"). Columns put what a person reads first (relation, review,
both statements, their tags and notes, the reason), then each side's document and context,
then hashes, offsets, the claimdiff version and the export time for machines.

CSV follows the statement export's rules (store.export: RFC 4180, formula guard, BOM in
files); JSONL holds the same fields with each side nested, lossless.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, Any

from store.cells import write_guarded_csv
from store.database import Store

SIDE_FIELDS = (
    "title",
    "site",
    "author",
    "published",
    "source",
    "index",
    "before",
    "after",
)
MACHINE_SIDE_FIELDS = ("sha256", "start", "end")
PAIR_COLUMNS = (
    "relation",
    "review",
    "a_statement",
    "b_statement",
    "a_tags",
    "b_tags",
    "a_note",
    "b_note",
    "why",
    "score",
    *(f"a_{name}" for name in SIDE_FIELDS),
    *(f"b_{name}" for name in SIDE_FIELDS),
    *(f"{side}_{name}" for side in "ab" for name in MACHINE_SIDE_FIELDS),
    "claimdiff_version",
    "exported_at",
)
PAIR_NUMERIC_COLUMNS = frozenset({"score", "a_index", "b_index", "a_start", "a_end", "b_start", "b_end"})
TAG_SEPARATOR = "; "
CONTEXT_CHARS = 80
"""Context shown before and after a statement, cut back to whole words."""
HAND_LINK = "hand link"
RELATION_RANK = {"conflict": 3, "same": 2, "related": 1}
"""A statement's pairs are listed conflict first, then same, then related (then by score), as
the reader lists them."""
_LAST = 1 << 62
"""Sorts the statements only B has after every pair."""


@dataclass(frozen=True)
class PairFilter:
    documents: Sequence[str] = ()
    """Only comparisons of these documents (SHA-256); all when empty."""
    every_pair: bool = False
    """Every suggested pair too, not only the ones the reader tagged, noted, reviewed or linked."""
    pair: tuple[str, str] | None = None
    """Only the comparison of these two documents (either way round)."""


@dataclass(frozen=True)
class _Document:
    sha256: str
    title: str
    site: str | None
    author: str | None
    published: str | None
    source: str
    text: str


@dataclass(frozen=True)
class _Statement:
    start: int
    end: int
    text: str


def pair_rows(store: Store, only: PairFilter = PairFilter()) -> Iterator[dict[str, Any]]:
    """The rows as dicts over PAIR_COLUMNS, comparison by comparison (by the titles of their
    articles), then by statement in A, its pairs conflict first (then same, related, by score;
    a hand link first among its relation), then the statements only A or only B has."""
    stamp = _stamp()
    for comparison_id, sha_a, sha_b in _comparisons(store, only.documents):
        if only.pair is not None and {sha_a, sha_b} != set(only.pair):
            continue
        a, b = _document(store, sha_a), _document(store, sha_b)
        statements = {sha: _statements(store, sha) for sha in (sha_a, sha_b)}
        tags, notes = _tags(store, (sha_a, sha_b)), _notes(store, (sha_a, sha_b))
        marked = {key for key in (*tags, *notes)}
        matches = store.db.execute(
            "SELECT a_index, b_index, score, relation, origin, status, why FROM matches WHERE comparison = ?",
            [comparison_id],
        ).fetchall()
        chosen = [
            m
            for m in matches
            if only.every_pair
            or m[5] != "suggested"
            or m[4] == "reader"
            or (sha_a, m[0]) in marked
            or (sha_b, m[1]) in marked
        ]
        paired = {(sha_a, m[0]) for m in matches} | {(sha_b, m[1]) for m in matches}
        lonely = sorted(
            key for key in marked if key[0] in (sha_a, sha_b) and key not in paired and key[1] in statements[key[0]]
        )
        entries: list[tuple[tuple[int, int, int, float, int], dict[str, Any]]] = []
        for a_index, b_index, score, relation, origin, status, why in chosen:
            if a_index not in statements[sha_a] or b_index not in statements[sha_b]:
                continue
            row = {
                "relation": relation,
                "review": HAND_LINK if origin == "reader" else status,
                "why": _why_text(why),
                "score": None if origin == "reader" else score,
            }
            row |= _side("a", a, a_index, statements[sha_a][a_index], tags, notes)
            row |= _side("b", b, b_index, statements[sha_b][b_index], tags, notes)
            rank = (-RELATION_RANK.get(relation, 0), -(score or 0) if origin != "reader" else -2.0)
            entries.append(((a_index, 0, *rank, b_index), row))
        for sha, index in lonely:
            side, document = ("a", a) if sha == sha_a else ("b", b)
            row = {"relation": f"only in {side.upper()}", "review": None, "why": None, "score": None}
            row |= _side(side, document, index, statements[sha][index], tags, notes)
            row |= _empty_side("b" if side == "a" else "a")
            entries.append(((index, 1, 0, 0.0, -1) if side == "a" else (_LAST, 2, 0, 0.0, index), row))
        for _, row in sorted(entries, key=lambda entry: entry[0]):
            row |= stamp
            yield {column: row.get(column) for column in PAIR_COLUMNS}


def write_pairs_csv(rows: Iterator[dict[str, Any]], stream: IO[str], delimiter: str = ",", bom: bool = True) -> int:
    """Write pair rows as CSV (header even with no rows); returns how many rows."""
    values = ([row[column] for column in PAIR_COLUMNS] for row in rows)
    return write_guarded_csv(PAIR_COLUMNS, values, stream, delimiter, bom)


def write_pairs_jsonl(rows: Iterator[dict[str, Any]], stream: IO[str]) -> int:
    """Write pair rows as JSON lines, each side nested, tags as a list: nothing is lost."""
    count = 0
    for row in rows:
        stream.write(json.dumps(nested(row), ensure_ascii=False) + "\n")
        count += 1
    return count


def nested(row: dict[str, Any]) -> dict[str, Any]:
    """A flat pair row as JSON: {relation, review, why, score, a: {...}, b: {...}, ...}."""
    record: dict[str, Any] = {key: row[key] for key in ("relation", "review", "why", "score")}
    for side in "ab":
        fields = ("statement", "tags", "note", *SIDE_FIELDS, *MACHINE_SIDE_FIELDS)
        values = {name: row[f"{side}_{name}"] for name in fields}
        values["tags"] = values["tags"].split(TAG_SEPARATOR) if values["tags"] else []
        record[side] = values if values["sha256"] else None
    record["claimdiff_version"], record["exported_at"] = row["claimdiff_version"], row["exported_at"]
    return record


def flat(record: dict[str, Any]) -> dict[str, Any]:
    """The flat row of a JSON pair record (the inverse of nested)."""
    row: dict[str, Any] = {key: record.get(key) for key in ("relation", "review", "why", "score")}
    for side in "ab":
        values = record.get(side) or {}
        for name in ("statement", "tags", "note", *SIDE_FIELDS, *MACHINE_SIDE_FIELDS):
            value = values.get(name)
            row[f"{side}_{name}"] = TAG_SEPARATOR.join(value) if name == "tags" and isinstance(value, list) else value
    row["claimdiff_version"], row["exported_at"] = record.get("claimdiff_version"), record.get("exported_at")
    return row


def context(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before and after a statement: CONTEXT_CHARS either side, cut at word
    boundaries, so no word is cut in half."""
    before = text[max(0, start - CONTEXT_CHARS) : start]
    if start > CONTEXT_CHARS and before and not before[0].isspace():
        before = before.split(None, 1)[1] if len(before.split(None, 1)) > 1 else ""
    after = text[end : end + CONTEXT_CHARS]
    if end + CONTEXT_CHARS < len(text) and after and not text[end + CONTEXT_CHARS].isspace():
        after = after.rsplit(None, 1)[0] if len(after.rsplit(None, 1)) > 1 else ""
    return " ".join(before.split()), " ".join(after.split())


def _side(
    side: str,
    document: _Document,
    index: int,
    statement: _Statement,
    tags: dict[tuple[str, int], list[str]],
    notes: dict[tuple[str, int], str],
) -> dict[str, Any]:
    before, after = context(document.text, statement.start, statement.end)
    values = {
        "statement": statement.text,
        "tags": TAG_SEPARATOR.join(tags.get((document.sha256, index), [])) or None,
        "note": notes.get((document.sha256, index)),
        "title": document.title,
        "site": document.site,
        "author": document.author,
        "published": document.published,
        "source": document.source,
        "index": index,
        "before": before,
        "after": after,
        "sha256": document.sha256,
        "start": statement.start,
        "end": statement.end,
    }
    return {f"{side}_{name}": value for name, value in values.items()}


def _empty_side(side: str) -> dict[str, Any]:
    return {f"{side}_{name}": None for name in ("statement", "tags", "note", *SIDE_FIELDS, *MACHINE_SIDE_FIELDS)}


def _comparisons(store: Store, documents: Sequence[str]) -> list[tuple[int, str, str]]:
    where = ""
    if documents:
        marks = ", ".join("?" * len(documents))
        where = f"WHERE c.document_a IN ({marks}) OR c.document_b IN ({marks})"
    rows = store.db.execute(
        f"""
        SELECT c.id, c.document_a, c.document_b FROM comparisons c
        JOIN documents a ON a.sha256 = c.document_a JOIN documents b ON b.sha256 = c.document_b
        {where}
        ORDER BY a.title COLLATE NOCASE, b.title COLLATE NOCASE, c.document_a, c.document_b
        """,
        [*documents, *documents],
    ).fetchall()
    return [(int(row[0]), str(row[1]), str(row[2])) for row in rows]


def _document(store: Store, sha: str) -> _Document:
    row = store.db.execute(
        "SELECT sha256, title, site, author, published, source, text FROM documents WHERE sha256 = ?", [sha]
    ).fetchone()
    return _Document(*row)


def _statements(store: Store, sha: str) -> dict[int, _Statement]:
    rows = store.db.execute('SELECT idx, start, "end", text FROM statements WHERE document = ?', [sha])
    return {int(index): _Statement(int(start), int(end), str(text)) for index, start, end, text in rows}


def _tags(store: Store, documents: Sequence[str]) -> dict[tuple[str, int], list[str]]:
    found: dict[tuple[str, int], list[str]] = {}
    rows = store.db.execute(
        f"""
        SELECT g.document, g.statement_index, t.name FROM taggings g JOIN tags t ON t.id = g.tag
        WHERE g.statement_index IS NOT NULL AND g.document IN ({", ".join("?" * len(documents))})
        ORDER BY t.name COLLATE NOCASE
        """,
        list(documents),
    )
    for sha, index, name in rows:
        names = found.setdefault((str(sha), int(index)), [])
        if name not in names:
            names.append(str(name))
    return found


def _notes(store: Store, documents: Sequence[str]) -> dict[tuple[str, int], str]:
    rows = store.db.execute(
        f"""
        SELECT document, statement_index, text FROM notes
        WHERE statement_index IS NOT NULL AND document IN ({", ".join("?" * len(documents))})
        ORDER BY start, "end"
        """,
        list(documents),
    )
    found: dict[tuple[str, int], str] = {}
    for sha, index, text in rows:
        found.setdefault((str(sha), int(index)), str(text))
    return found


def _why_text(stored: str | None) -> str | None:
    if not stored:
        return None
    try:
        text = json.loads(stored).get("text")
    except (ValueError, AttributeError):
        return None
    return str(text) if text else None


def _stamp() -> dict[str, str]:
    """The claimdiff version, and when: now, or SOURCE_DATE_EPOCH's time for a reproducible file."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        claimdiff = version("claimdiff")
    except PackageNotFoundError:
        claimdiff = "unknown"
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch.isdigit() else datetime.now(UTC)
    return {"claimdiff_version": claimdiff, "exported_at": moment.replace(microsecond=0).isoformat()}
