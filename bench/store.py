"""The store's speed: one durable tag write, saving a big document, exporting many rows,
importing many rows.

Each figure is printed beside a baseline measured in the same run on the same machine:
a bare INSERT + COMMIT with the same settings (WAL, synchronous=FULL); an executemany of
the same rows; a plain cursor into csv.writer; an executemany of the imported rows.
Targets: tag write p99 under 10 ms, saving 50,000 statements under 1 s, exporting 100,000
rows under 1.5 s, importing 90,000 rows onto a 30,000-statement article in seconds.

    python -m bench.store
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.scale import articles
from claims.ingest import read_document
from claims.segment import segment
from fixtures import example_pair
from store.annotations import toggle_tag
from store.database import open_store
from store.documents import save_document
from store.export import export_rows, write_csv
from store.imports import import_file

WRITES = 2_000
BIG_DOCUMENT = 50_000
EXPORT_ROWS = 100_000
IMPORT_ROWS, IMPORT_STATEMENTS = 90_000, 30_000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def tag_latency(folder: Path) -> None:
    store = open_store(folder / "latency.db")
    document = read_document(example_pair()[1])
    statements = segment(document)
    save_document(store, document, statements)
    timings = []
    for i in range(WRITES):
        start = time.perf_counter()
        toggle_tag(store, document, statements[1 + i % 20], "claim")
        timings.append(1000 * (time.perf_counter() - start))
    bare = sqlite3.connect(folder / "bare.db", isolation_level=None)
    bare.execute("PRAGMA journal_mode=WAL")
    bare.execute("PRAGMA synchronous=FULL")
    bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)")
    baseline = []
    for i in range(WRITES):
        start = time.perf_counter()
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO t (x) VALUES (?)", [str(i)])
        bare.execute("COMMIT")
        baseline.append(1000 * (time.perf_counter() - start))
    p50, p99 = statistics.median(timings), percentile(timings, 0.99)
    b50, b99 = statistics.median(baseline), percentile(baseline, 0.99)
    print(f"tag write ({WRITES}x, WAL, synchronous=FULL): p50 {p50:.2f} ms  p99 {p99:.2f} ms  (target p99 < 10 ms)")
    print(f"  baseline bare INSERT+COMMIT:              p50 {b50:.2f} ms  p99 {b99:.2f} ms  ratio p50 {p50 / b50:.1f}x")


def bulk_save(folder: Path) -> None:
    text, _ = articles(BIG_DOCUMENT)
    path = folder / "big.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(str(path))
    statements = segment(document)
    store = open_store(folder / "bulk.db")
    start = time.perf_counter()
    save_document(store, document, statements)
    seconds = time.perf_counter() - start
    bare = sqlite3.connect(folder / "bulk-bare.db")
    bare.execute('CREATE TABLE s (document TEXT, idx INT, start INT, "end" INT, kind TEXT, paragraph INT, text TEXT)')
    start = time.perf_counter()
    with bare:
        bare.executemany(
            "INSERT INTO s VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(document.sha256, s.index, s.start, s.end, s.kind.value, s.paragraph, s.text) for s in statements],
        )
    baseline = time.perf_counter() - start
    print(
        f"save a {len(statements)}-statement document (with full-text index): {seconds:.2f} s  (target < 1 s)"
        f"\n  baseline executemany of the same rows, no index:        {baseline:.2f} s  ratio {seconds / baseline:.1f}x"
    )


def export_speed(folder: Path) -> None:
    store = open_store(folder / "export.db")
    text, _ = articles(EXPORT_ROWS // 2)
    path = folder / "tagged.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(str(path))
    statements = segment(document)
    save_document(store, document, statements)
    with store.write() as db:
        db.conn.executemany(
            'INSERT INTO taggings (tag, document, statement_index, quote, prefix, suffix, start, "end", created)'
            " VALUES (?, ?, ?, ?, '', '', ?, ?, '2026-11-22T00:00:00+00:00')",
            [
                (tag, document.sha256, s.index, s.text, s.start, s.end)
                for s in statements[1 : EXPORT_ROWS // 2 + 1]
                for tag in (1, 2)
            ],
        )
    rows = store.db.execute("SELECT count(*) FROM taggings").fetchone()[0]
    start = time.perf_counter()
    count = write_csv(export_rows(store), io.StringIO())
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    writer = csv.writer(io.StringIO(), lineterminator="\r\n")
    for row in store.db.execute("SELECT * FROM taggings"):
        writer.writerow(row)
    baseline = time.perf_counter() - start
    print(f"export {count} of {rows} tagged rows to CSV: {seconds:.2f} s  (target < 1.5 s)")
    print(f"  baseline cursor into csv.writer:   {baseline:.2f} s  ratio {seconds / baseline:.1f}x")


def import_speed(folder: Path) -> None:
    """90,000 exported rows (three tags on each of 30,000 statements) into a database that
    has the article, against an executemany of the same rows into a bare table."""
    text, _ = articles(IMPORT_STATEMENTS * 11 // 10)  # some of what it makes are not claims
    path = folder / "imported.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(str(path))
    statements = [s for s in segment(document) if s.kind.is_claim][: IMPORT_ROWS // 3]
    rows = [
        {"tag": tag, "statement": s.text, "start": s.start, "end": s.end, "document_sha256": document.sha256}
        for s in statements
        for tag in ("claim", "evidence", "follow-up")
    ]
    export = folder / "colleague.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    store = open_store(folder / "import.db")
    save_document(store, document, segment(document))
    start = time.perf_counter()
    report = import_file(store, str(export))
    seconds = time.perf_counter() - start
    bare = sqlite3.connect(folder / "import-bare.db", isolation_level=None)
    bare.execute('CREATE TABLE t (tag TEXT, statement TEXT, start INTEGER, "end" INTEGER, document TEXT)')
    start = time.perf_counter()
    bare.execute("BEGIN")
    bare.executemany("INSERT INTO t VALUES (:tag, :statement, :start, :end, :document_sha256)", rows)
    bare.execute("COMMIT")
    baseline = time.perf_counter() - start
    print(
        f"import {len(rows)} rows onto a {len(segment(document))}-statement article: {seconds:.2f} s"
        f" ({report.placed} placed)  (target: seconds)"
    )
    print(f"  baseline executemany of the same rows: {baseline:.2f} s  ratio {seconds / baseline:.1f}x")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tag_latency(Path(folder))
        bulk_save(Path(folder))
        export_speed(Path(folder))
        import_speed(Path(folder))


if __name__ == "__main__":
    main()
