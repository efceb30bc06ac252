"""Read a claimdiff export (CSV or JSONL) back: a colleague's tags and notes join yours.

Each row is placed by document hash and anchored text. A document not yet in the
database is read from the row's source when that is a file holding exactly that text.
The whole import is one transaction: all of it lands, or none.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from claims.document import Document
from claims.errors import InputError
from claims.ingest import is_url, read_document
from claims.segment import segment
from store.anchors import Anchor, locate, place
from store.cells import FORMULA_STARTS
from store.database import Store, now
from store.documents import load_document, save_document
from store.errors import StoreError
from store.export import COLUMNS, NUMERIC_COLUMNS

REQUIRED = ("tag", "statement", "start", "end", "document_sha256")


@dataclass
class ImportReport:
    placed: int = 0
    """Tags put on statements."""
    already: int = 0
    """Tags that were there already."""
    orphaned: int = 0
    """Tags kept whose text no current statement holds."""
    notes: int = 0
    links: int = 0
    """Counterpart matches restored."""
    unplaced: list[str] = field(default_factory=list)
    """Rows that could not be placed, and why."""


def import_file(store: Store, path: str) -> ImportReport:
    if store.owns(path):
        raise StoreError(f"{path}: is the claimdiff database itself, not an export")
    rows = list(_read_rows(path))
    report = ImportReport()
    documents = _documents_for(store, rows, report)
    with store.write() as db:
        for number, row in enumerate(rows, start=2):
            _import_row(db, row, number, documents, report)
    return report


def _read_rows(path: str) -> Iterator[dict[str, Any]]:
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise StoreError(f"{path}: cannot read ({error.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StoreError(f"{path}: is not a claimdiff export (not UTF-8 text)") from None
    if text.lstrip().startswith("{"):
        for number, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    row = json.loads(line)
                except json.JSONDecodeError:
                    raise StoreError(f"{path}: line {number} is not JSON") from None
                yield _checked(path, row)
        return
    header = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header.count)
    for row in csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter):
        yield _checked(path, {key: _unguard(key, value) for key, value in row.items()})


def _checked(path: str, row: dict[str, Any]) -> dict[str, Any]:
    missing = [column for column in REQUIRED if column not in row]
    if missing:
        raise StoreError(f"{path}: is not a claimdiff export (no {', '.join(missing)} column)")
    return row


def _unguard(column: str | None, value: str | None) -> str | None:
    """Undo the export's formula guard: a quote put before text a spreadsheet would run."""
    if value is None or column in NUMERIC_COLUMNS or column not in COLUMNS:
        return value
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _documents_for(store: Store, rows: list[dict[str, Any]], report: ImportReport) -> dict[str, Document]:
    """Every document the rows name that is in the database or can be read from its source."""
    wanted: dict[str, str] = {}
    for row in rows:
        wanted.setdefault(str(row["document_sha256"]), str(row.get("source") or ""))
        if row.get("counterpart_sha256"):
            wanted.setdefault(str(row["counterpart_sha256"]), str(row.get("counterpart_source") or ""))
    found: dict[str, Document] = {}
    for sha, source in wanted.items():
        stored = store.db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha]).fetchone()
        if stored:
            found[sha] = load_document(store, sha)[0]
            continue
        document = _read_source(store, source)
        if document is not None and document.sha256 == sha:
            save_document(store, document, segment(document))
            found[sha] = document
    return found


def _read_source(store: Store, source: str) -> Document | None:
    if not source or source == "-" or is_url(source) or not Path(source).is_file() or store.owns(source):
        return None
    try:
        return read_document(source)
    except InputError:
        return None


def _import_row(
    db: Database, row: dict[str, Any], number: int, documents: dict[str, Document], report: ImportReport
) -> None:
    sha = str(row["document_sha256"])
    document = documents.get(sha)
    title = row.get("document_title") or sha[:12]
    if document is None:
        report.unplaced.append(f"row {number}: document {title!r} ({sha[:12]}) is not in the database")
        return
    anchor = Anchor(
        sha, int(row["start"]), int(row["end"]), str(row["statement"]), _text(row, "before"), _text(row, "after")
    )
    span = locate(anchor, document.text)
    if span is None:
        report.unplaced.append(f"row {number}: the statement is not in {title!r}")
        return
    statements = [
        _Span(index, start, end)
        for index, start, end in db.execute('SELECT idx, start, "end" FROM statements WHERE document = ?', [sha])
    ]
    index = place(span[0], span[1], statements)
    created = _text(row, "tagged_at") or now()
    tag_id = _tag_id(db, str(row["tag"]))
    cursor = db.execute(
        """
        INSERT OR IGNORE INTO taggings (tag, document, statement_index, quote, prefix, suffix, start, "end", created)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        [tag_id, sha, index, anchor.quote, anchor.prefix, anchor.suffix, span[0], span[1], created],
    )
    if not cursor.rowcount:
        report.already += 1
    elif index is None:
        report.orphaned += 1
    else:
        report.placed += 1
    note = _text(row, "note")
    if note:
        report.notes += db.execute(
            """
            INSERT INTO notes (document, statement_index, quote, prefix, suffix, start, "end", text, created, updated)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (document, start, "end") DO NOTHING
            """,
            [sha, index, anchor.quote, anchor.prefix, anchor.suffix, span[0], span[1], note, created, created],
        ).rowcount
    if index is not None:
        report.links += _restore_counterpart(db, row, sha, index, documents)


@dataclass(frozen=True)
class _Span:
    index: int
    start: int
    end: int


def _restore_counterpart(
    db: Database, row: dict[str, Any], sha: str, index: int, documents: dict[str, Document]
) -> int:
    other = str(row.get("counterpart_sha256") or "")
    if not other or other not in documents or row.get("counterpart_index") in (None, ""):
        return 0
    comparison = db.execute(
        "SELECT id, document_a = ? FROM comparisons"
        " WHERE (document_a = ? AND document_b = ?) OR (document_a = ? AND document_b = ?)",
        [sha, sha, other, other, sha],
    ).fetchone()
    if comparison is None:
        comparison_id = db.execute(
            "INSERT INTO comparisons (document_a, document_b, method, params, run_at) VALUES (?, ?, 'import', '{}', ?)",
            [sha, other, now()],
        ).lastrowid
        own_side_a = True
    else:
        comparison_id, own_side_a = comparison[0], bool(comparison[1])
    own_index, other_index = index, int(row["counterpart_index"])
    a_index, b_index = (own_index, other_index) if own_side_a else (other_index, own_index)
    return db.execute(
        """
        INSERT OR IGNORE INTO matches (comparison, a_index, b_index, score, relation, origin, status)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
        [
            comparison_id,
            a_index,
            b_index,
            float(row.get("counterpart_score") or 0),
            row.get("counterpart_relation") or "related",
            row.get("counterpart_origin") or "engine",
            row.get("counterpart_status") or "suggested",
        ],
    ).rowcount


def _text(row: dict[str, Any], column: str) -> str:
    value = row.get(column)
    return "" if value is None else str(value)


def _tag_id(db: Database, name: str) -> int:
    row = db.execute("SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [name]).fetchone()
    if row:
        return int(row[0])
    return int(db.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid or 0)
