"""Read a claimdiff export (CSV or JSONL) back: a colleague's tags and notes join yours.

Each row is placed by document hash and anchored text. A document not yet in the
database is read from the row's source when that is a regular file, within the article
size limit, holding exactly that text. The whole import is one transaction: all of it
lands, or none (a refused or killed import leaves nothing, not even the documents it
read). A malformed row is one line naming it, among the rows not placed; a malformed
file is one error.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from claims.decoding import strip_controls
from claims.document import Document
from claims.errors import InputError
from claims.ingest import is_url, read_document
from claims.limits import read_path
from claims.segment import segment
from store.anchors import CONTEXT_CHARS, Anchor, Placer, locate
from store.cells import unguard
from store.database import Store, now
from store.documents import load_document, write_document
from store.errors import StoreError
from store.export import COLUMNS, NUMERIC_COLUMNS
from store.pair_export import HAND_LINK, PAIR_COLUMNS, PAIR_NUMERIC_COLUMNS, TAG_SEPARATOR, flat

REQUIRED = ("tag", "statement", "start", "end", "document_sha256")
PAIR_REQUIRED = ("relation", "review", "a_statement", "b_statement", "a_sha256", "a_start", "a_end", "b_sha256")
MAX_IMPORT_BYTES = 2_000_000_000
"""An export of a few hundred thousand tags is a few hundred megabytes; this is far above."""
RELATIONS = frozenset({"same", "conflict", "related"})
STATUSES = frozenset({"suggested", "confirmed", "rejected"})
ORIGINS = frozenset({"engine", "reader"})


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


class _BadRow(Exception):
    """A row that cannot be imported as it is; the message says why."""


@dataclass(frozen=True)
class _Row:
    """One export row, checked: where it was in the file, and its values as import needs them."""

    where: str
    """"row 7" (CSV, counting the header as row 1) or "line 7" (JSONL)."""
    values: dict[str, Any]
    start: int
    end: int
    counterpart_index: int | None


def import_file(store: Store, path: str) -> ImportReport:
    """Import a statement export or a pair export (told apart by their columns)."""
    if store.owns(path):
        raise StoreError(f"{path}: is the claimdiff database itself, not an export")
    rows, report = _read_rows(path)
    with store.write() as db:
        _Import(store, db, report).run(rows)
    return report


def _read_rows(path: str) -> tuple[list[_Row | _PairRow], ImportReport]:
    """The file's rows, checked one by one; the ones that fail are reported, not fatal."""
    try:
        raw = read_path(Path(path), MAX_IMPORT_BYTES)
    except InputError as error:
        raise StoreError(str(error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise StoreError(f"{path}: is not a claimdiff export (not UTF-8 text)") from None
    report = ImportReport()
    rows: list[_Row | _PairRow] = []
    for where, values in _records(path, text):
        try:
            rows.append(_checked_pair(where, values) if _is_pair(values) else _checked(where, values))
        except _BadRow as error:
            report.unplaced.append(f"{where}: {error}")
    return rows, report


def _records(path: str, text: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if text.lstrip().startswith("{"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                raise StoreError(f"{path}: line {number} is not JSON; not a claimdiff JSONL export") from None
            if not isinstance(record, dict):
                raise StoreError(f"{path}: line {number} is not a JSON object; not a claimdiff JSONL export")
            if isinstance(record.get("a"), dict | None) and "a" in record and "relation" in record:
                record = flat(record)
            _require_columns(path, record)
            yield f"line {number}", record
        return
    header = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header.count)
    # A note can be any length (the reader does not limit it): no cell is too long for the file.
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        _require_columns(path, dict.fromkeys(reader.fieldnames or ()))
        for number, row in enumerate(reader, start=2):
            if None in row:
                raise StoreError(f"{path}: row {number} has more cells than the header; not a claimdiff export")
            yield f"row {number}", {key: _unguarded(key, value) for key, value in row.items()}
    except csv.Error as error:
        raise StoreError(f"{path}: is not a claimdiff CSV export ({error})") from None


def _require_columns(path: str, row: dict[str, Any]) -> None:
    missing = [column for column in (PAIR_REQUIRED if _is_pair(row) else REQUIRED) if column not in row]
    if missing:
        raise StoreError(f"{path}: is not a claimdiff export (no {', '.join(missing)} column)")


def _is_pair(row: dict[str, Any]) -> bool:
    """A row of a pair export (claimdiff export --pairs), not of a statement export."""
    return "a_sha256" in row and "b_sha256" in row


def _unguarded(column: str | None, value: str | None) -> str | None:
    """Undo the export's formula guard, exactly (see store.cells)."""
    if value is None:
        return value
    if column in PAIR_COLUMNS:
        return value if column in PAIR_NUMERIC_COLUMNS else unguard(value)
    if column in NUMERIC_COLUMNS or column not in COLUMNS:
        return value
    return unguard(value)


@dataclass(frozen=True)
class _Side:
    """One side of a pair row: a statement of a document, its tags and note."""

    sha: str
    source: str
    title: str
    statement: str
    start: int
    end: int
    tags: tuple[str, ...]
    note: str


@dataclass(frozen=True)
class _PairRow:
    """One pair export row, checked: either side may be empty ("only in A")."""

    where: str
    sides: tuple[_Side | None, _Side | None]
    relation: str | None
    review: str | None
    score: float | None
    why: str | None


def _checked_pair(where: str, values: dict[str, Any]) -> _PairRow:
    sides: list[_Side | None] = []
    for side in "ab":
        sha = values.get(f"{side}_sha256")
        if sha in (None, ""):
            sides.append(None)
            continue
        statement = values.get(f"{side}_statement")
        if not isinstance(sha, str) or not isinstance(statement, str) or not statement.strip():
            raise _BadRow(f"{side}_statement or {side}_sha256 is missing or not text")
        start, end = _whole_number(values, f"{side}_start"), _whole_number(values, f"{side}_end")
        if start is None or end is None or start < 0 or end < start:
            raise _BadRow(f"{side}_start and {side}_end are not offsets of a statement")
        tags = tuple(t for t in _text(values, f"{side}_tags").split(TAG_SEPARATOR) if t.strip())
        title = _text(values, f"{side}_title") or sha[:12]
        sides.append(
            _Side(
                sha, _text(values, f"{side}_source"), title, statement, start, end, tags, _text(values, f"{side}_note")
            )
        )
    if sides[0] is None and sides[1] is None:
        raise _BadRow("neither side has a statement")
    relation = values.get("relation") or None
    paired = sides[0] is not None and sides[1] is not None
    if paired and relation not in RELATIONS:
        raise _BadRow(f"relation {relation!r} is not one of {', '.join(sorted(RELATIONS))}")
    review = values.get("review") or None
    if paired and review not in (*STATUSES, HAND_LINK):
        raise _BadRow(f"review {review!r} is not one of {', '.join(sorted(STATUSES))} or {HAND_LINK}")
    score: float | None = None
    if values.get("score") not in (None, ""):
        try:
            score = float(values["score"])
            if not 0 <= score <= 1:
                raise ValueError
        except (TypeError, ValueError):
            raise _BadRow(f"score {values['score']!r} is not a score from 0 to 1") from None
    return _PairRow(where, (sides[0], sides[1]), relation if paired else None, review, score, values.get("why") or None)


def _checked(where: str, values: dict[str, Any]) -> _Row:
    for column in ("tag", "statement", "document_sha256"):
        if not isinstance(values.get(column), str) or not values[column].strip():
            raise _BadRow(f"{column} is missing or not text")
    start, end = _whole_number(values, "start"), _whole_number(values, "end")
    if start is None or end is None or start < 0 or end < start:
        raise _BadRow(f"start {values.get('start')!r} and end {values.get('end')!r} are not offsets of a statement")
    counterpart = None
    if values.get("counterpart_sha256") and values.get("counterpart_index") not in (None, ""):
        counterpart = _whole_number(values, "counterpart_index")
        if counterpart is None or counterpart < 0:
            raise _BadRow(f"counterpart_index {values['counterpart_index']!r} is not a statement number")
        for column, allowed in (
            ("counterpart_relation", RELATIONS),
            ("counterpart_status", STATUSES),
            ("counterpart_origin", ORIGINS),
        ):
            if values.get(column) not in (None, "", *allowed):
                raise _BadRow(f"{column} {values[column]!r} is not one of {', '.join(sorted(allowed))}")
        score = values.get("counterpart_score")
        try:
            if score not in (None, "") and not 0 <= float(score) <= 1:
                raise ValueError
        except (TypeError, ValueError):
            raise _BadRow(f"counterpart_score {score!r} is not a score from 0 to 1") from None
    return _Row(where, values, start, end, counterpart)


def _whole_number(values: dict[str, Any], column: str) -> int | None:
    value = values.get(column)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


class _Import:
    """One import, inside its transaction: documents, tags and comparisons looked up once."""

    def __init__(self, store: Store, db: Database, report: ImportReport) -> None:
        self.store = store
        self.db = db
        self.report = report
        self.documents: dict[str, Document | None] = {}
        self.placers: dict[str, Placer] = {}
        self.tags: dict[str, int] = {}
        self.comparisons: dict[tuple[str, str], tuple[int, bool]] = {}
        self.seen: set[tuple[str, int, int, str]] = set()
        """Tags and notes a pair file repeats on each of a statement's rows, placed once."""

    def run(self, rows: list[_Row | _PairRow]) -> None:
        for row in rows:
            if isinstance(row, _PairRow):
                self._import_pair(row)
            else:
                self._import(row)

    def _import_pair(self, row: _PairRow) -> None:
        """Both sides' tags and notes, and the pair itself with its review."""
        placed: list[int | None] = []
        for side in row.sides:
            placed.append(None if side is None else self._place_side(row.where, side))
        (a, b), (index_a, index_b) = row.sides, placed
        if a is None or b is None or index_a is None or index_b is None or row.relation is None:
            return
        comparison_id, a_is_a = self._comparison(a.sha, b.sha)
        a_index, b_index = (index_a, index_b) if a_is_a else (index_b, index_a)
        hand = row.review == HAND_LINK
        why = json.dumps({"text": row.why}, ensure_ascii=False) if row.why else None
        self.report.links += self.db.execute(
            """
            INSERT OR IGNORE INTO matches (comparison, a_index, b_index, score, relation, origin, status, why)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [
                comparison_id,
                a_index,
                b_index,
                1.0 if hand else (row.score or 0.0),
                row.relation,
                "reader" if hand else "engine",
                "confirmed" if hand else row.review,
                why,
            ],
        ).rowcount

    def _place_side(self, where: str, side: _Side) -> int | None:
        """Put one side's tags and note on its statement; the statement's index, or None."""
        document = self._document(side.sha, side.source)
        if document is None:
            self.report.unplaced.append(f"{where}: document {side.title!r} ({side.sha[:12]}) is not in the database")
            return None
        span = locate(Anchor(side.sha, side.start, side.end, side.statement, "", ""), document.text)
        if span is None:
            self.report.unplaced.append(f"{where}: the statement is not in {side.title!r}")
            return None
        index = self.placers[side.sha].place(*span)
        anchor = Anchor(
            side.sha,
            *span,
            document.text[span[0] : span[1]],
            document.text[max(0, span[0] - CONTEXT_CHARS) : span[0]],
            document.text[span[1] : span[1] + CONTEXT_CHARS],
        )
        created = now()
        for tag in side.tags:
            if (side.sha, *span, tag.casefold()) in self.seen:
                continue
            self.seen.add((side.sha, *span, tag.casefold()))
            self._add_tagging(self._tag_id(tag), anchor, index, created)
        note = strip_controls(side.note)
        if note and (side.sha, *span, "") not in self.seen:
            self.seen.add((side.sha, *span, ""))
            self._add_note(anchor, index, note, created)
        return index

    def _document(self, sha: str, source: str) -> Document | None:
        """The document with this hash: stored, or read from its source (and stored)."""
        if sha not in self.documents:
            stored = self.db.execute("SELECT 1 FROM documents WHERE sha256 = ?", [sha]).fetchone()
            if stored:
                document, statements = load_document(self.store, sha)
            else:
                read = self._read_source(source)
                if read is None or read.sha256 != sha:
                    self.documents[sha] = None
                    return None
                document, statements = read, segment(read)
                write_document(self.db, document, statements)
            self.documents[sha] = document
            self.placers[sha] = Placer(statements)
        return self.documents[sha]

    def _read_source(self, source: str) -> Document | None:
        """A row's source, read only if it is a regular file (not a FIFO, not a device, not
        the database) within the article size limit."""
        if not source or source == "-" or is_url(source) or self.store.owns(source):
            return None
        try:
            if not stat.S_ISREG(os.stat(source).st_mode):
                return None
            return read_document(source)
        except (OSError, InputError):
            return None

    def _import(self, row: _Row) -> None:
        values = row.values
        sha = str(values["document_sha256"])
        title = values.get("document_title") or sha[:12]
        document = self._document(sha, str(values.get("source") or ""))
        if document is None:
            self.report.unplaced.append(f"{row.where}: document {title!r} ({sha[:12]}) is not in the database")
            return
        anchor = Anchor(
            sha, row.start, row.end, str(values["statement"]), _text(values, "before"), _text(values, "after")
        )
        span = locate(anchor, document.text)
        if span is None:
            self.report.unplaced.append(f"{row.where}: the statement is not in {title!r}")
            return
        index = self.placers[sha].place(*span)
        created = _text(values, "tagged_at") or now()
        anchor = Anchor(sha, *span, anchor.quote, anchor.prefix, anchor.suffix)
        self._add_tagging(self._tag_id(str(values["tag"])), anchor, index, created)
        note = strip_controls(_text(values, "note"))
        if note:
            self._add_note(anchor, index, note, created)
        if index is not None and row.counterpart_index is not None:
            self.report.links += self._restore_counterpart(values, sha, index, row.counterpart_index)

    def _add_tagging(self, tag: int, anchor: Anchor, index: int | None, created: str) -> None:
        cursor = self.db.execute(
            """
            INSERT OR IGNORE INTO taggings
                (tag, document, statement_index, quote, prefix, suffix, start, "end", created)
            VALUES (:tag, :document, :statement_index, :quote, :prefix, :suffix, :start, :end, :created)
            """,
            {**anchor.as_row(), "tag": tag, "statement_index": index, "created": created},
        )
        if not cursor.rowcount:
            self.report.already += 1
        elif index is None:
            self.report.orphaned += 1
        else:
            self.report.placed += 1

    def _add_note(self, anchor: Anchor, index: int | None, note: str, created: str) -> None:
        self.report.notes += self.db.execute(
            """
            INSERT INTO notes
                (document, statement_index, quote, prefix, suffix, start, "end", text, created, updated)
            VALUES (:document, :statement_index, :quote, :prefix, :suffix, :start, :end, :text, :created, :created)
            ON CONFLICT (document, start, "end") DO NOTHING
            """,
            {**anchor.as_row(), "statement_index": index, "text": note, "created": created},
        ).rowcount

    def _tag_id(self, name: str) -> int:
        name = " ".join(strip_controls(name).split())
        key = name.casefold()
        if key not in self.tags:
            found = self.db.execute("SELECT id FROM tags WHERE name = ? COLLATE NOCASE", [name]).fetchone()
            if found:
                self.tags[key] = int(found[0])
            else:
                self.tags[key] = int(self.db.execute("INSERT INTO tags (name) VALUES (?)", [name]).lastrowid or 0)
        return self.tags[key]

    def _restore_counterpart(self, values: dict[str, Any], sha: str, index: int, other_index: int) -> int:
        other = str(values["counterpart_sha256"])
        if self._document(other, str(values.get("counterpart_source") or "")) is None:
            return 0
        comparison_id, own_side_a = self._comparison(sha, other)
        a_index, b_index = (index, other_index) if own_side_a else (other_index, index)
        return self.db.execute(
            """
            INSERT OR IGNORE INTO matches (comparison, a_index, b_index, score, relation, origin, status)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                comparison_id,
                a_index,
                b_index,
                float(values.get("counterpart_score") or 0),
                values.get("counterpart_relation") or "related",
                values.get("counterpart_origin") or "engine",
                values.get("counterpart_status") or "suggested",
            ],
        ).rowcount

    def _comparison(self, sha: str, other: str) -> tuple[int, bool]:
        """The comparison of the two documents (made if there is none), and whether sha is its A."""
        if (sha, other) not in self.comparisons:
            found = self.db.execute(
                "SELECT id, document_a = ? FROM comparisons"
                " WHERE (document_a = ? AND document_b = ?) OR (document_a = ? AND document_b = ?)",
                [sha, sha, other, other, sha],
            ).fetchone()
            if found is None:
                made = self.db.execute(
                    "INSERT INTO comparisons (document_a, document_b, method, params, run_at)"
                    " VALUES (?, ?, 'import', '{}', ?)",
                    [sha, other, now()],
                ).lastrowid
                self.comparisons[(sha, other)] = (int(made or 0), True)
            else:
                self.comparisons[(sha, other)] = (int(found[0]), bool(found[1]))
        return self.comparisons[(sha, other)]


def _text(values: dict[str, Any], column: str) -> str:
    value = values.get(column)
    return "" if value is None else str(value)
