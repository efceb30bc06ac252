"""Export tagged claims: one row per tagged statement and tag, as CSV for spreadsheets or JSONL.

CSV follows RFC 4180 (CRLF, quoting as needed, newlines kept inside quoted cells), starts
with a UTF-8 byte-order mark unless asked not to (so spreadsheet programs show accents
right), and neutralises free-text cells a spreadsheet would run as a formula. JSONL is
lossless: the same fields, numbers as numbers, nothing altered.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any

from store.cells import write_guarded_csv
from store.database import Store

COLUMNS = (
    "tag",
    "note",
    "statement",
    "before",
    "after",
    "start",
    "end",
    "statement_index",
    "document_title",
    "source",
    "author",
    "published",
    "site",
    "document_sha256",
    "counterpart",
    "counterpart_index",
    "counterpart_relation",
    "counterpart_score",
    "counterpart_status",
    "counterpart_origin",
    "counterpart_document_title",
    "counterpart_source",
    "counterpart_sha256",
    "tagged_at",
)
NUMERIC_COLUMNS = frozenset({"start", "end", "statement_index", "counterpart_index", "counterpart_score"})
DELIMITERS = {",": ",", ";": ";", "tab": "\t"}


@dataclass(frozen=True)
class ExportFilter:
    tags: Sequence[str] = ()
    """Only these tags (names, any case); all when empty."""
    documents: Sequence[str] = ()
    """Only these documents (SHA-256); all when empty."""


def export_rows(store: Store, only: ExportFilter = ExportFilter()) -> Iterator[tuple[Any, ...]]:
    """The rows as tuples in COLUMNS order, in a stable order: document, position in it, tag name.

    Documents are few and tags many: each document's fields are read once and its tags
    streamed in index order, so only ties at one position need sorting.
    """
    counterparts = _best_counterparts(store)
    empty_counterpart: tuple[Any, ...] = (None,) * 9
    tag_clause = ""
    tag_parameters: list[Any] = []
    if only.tags:
        tag_clause = f"AND t.name COLLATE NOCASE IN ({', '.join('?' * len(only.tags))})"
        tag_parameters = list(only.tags)
    for document in _documents(store, only.documents):
        sha = document[-1]
        cursor = store.db.execute(
            f"""
            SELECT t.name, n.text, g.quote, g.prefix, g.suffix, g.start, g."end", g.statement_index, g.created
            FROM taggings g
            JOIN tags t ON t.id = g.tag
            LEFT JOIN notes n ON n.document = g.document AND n.start = g.start AND n."end" = g."end"
            WHERE g.document = ? {tag_clause}
            ORDER BY g.start, g."end", t.name COLLATE NOCASE, g.created
            """,
            [sha, *tag_parameters],
        )
        for row in cursor:
            counterpart = counterparts.get((sha, row[7]), empty_counterpart)
            yield (*row[:8], *document, *counterpart, row[8])


def _documents(store: Store, only: Sequence[str]) -> list[tuple[Any, ...]]:
    """Title, source, author, published, site and hash of the documents to export, in order."""
    where = f"WHERE sha256 IN ({', '.join('?' * len(only))})" if only else ""
    return store.db.execute(
        f"SELECT title, source, author, published, site, sha256 FROM documents {where}"
        " ORDER BY title COLLATE NOCASE, sha256",
        list(only),
    ).fetchall()


def write_csv(rows: Iterator[tuple[Any, ...]], stream: IO[str], delimiter: str = ",", bom: bool = True) -> int:
    """Write statement rows as CSV (header even with no rows); returns how many rows."""
    return write_guarded_csv(COLUMNS, rows, stream, delimiter, bom)


def write_jsonl(rows: Iterator[tuple[Any, ...]], stream: IO[str]) -> int:
    count = 0
    for row in rows:
        stream.write(json.dumps(dict(zip(COLUMNS, row, strict=True)), ensure_ascii=False) + "\n")
        count += 1
    return count


def _best_counterparts(store: Store) -> dict[tuple[str, int], tuple[Any, ...]]:
    """For each statement in a comparison, its best counterpart on the other side.

    Best: confirmed before suggested (rejected never), then the reader's links, then score.
    """
    rows = store.db.execute(
        """
        SELECT c.document_a, m.a_index, c.document_b, m.b_index, m.relation, m.score, m.status, m.origin
        FROM matches m JOIN comparisons c ON c.id = m.comparison
        WHERE m.status != 'rejected'
        """
    ).fetchall()
    best: dict[tuple[str, int], tuple[tuple[Any, ...], tuple[str, int, str, float, str, str]]] = {}
    for doc_a, a, doc_b, b, relation, score, status, origin in rows:
        for own, other in (((doc_a, a), (doc_b, b)), ((doc_b, b), (doc_a, a))):
            rank = (status == "confirmed", origin == "reader", score, other[0], -other[1])
            if own not in best or rank > best[own][0]:
                best[own] = (rank, (other[0], other[1], relation, score, status, origin))
    documents = {
        sha: (title, source) for sha, title, source in store.db.execute("SELECT sha256, title, source FROM documents")
    }
    texts = _statement_texts(store, {(sha, index) for _, (sha, index, *_rest) in best.values()})
    result: dict[tuple[str, int], tuple[Any, ...]] = {}
    for own, (_, (sha, index, relation, score, status, origin)) in best.items():
        title, source = documents[sha]
        result[own] = (texts.get((sha, index)), index, relation, score, status, origin, title, source, sha)
    return result


def _statement_texts(store: Store, wanted: set[tuple[str, int]]) -> dict[tuple[str, int], str]:
    if not wanted:
        return {}
    documents = {sha for sha, _ in wanted}
    texts: dict[tuple[str, int], str] = {}
    for sha in documents:
        for index, text in store.db.execute("SELECT idx, text FROM statements WHERE document = ?", [sha]):
            if (sha, index) in wanted:
                texts[(sha, index)] = text
    return texts
