"""Export and import of tagged claims, through the command line as a user runs them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from claims.comparison import compare_documents
from claims.document import Document
from claims.segment import segment
from store.annotations import set_note, toggle_tag
from store.database import open_store
from store.documents import save_comparison
from store.export import COLUMNS
from tests.conftest import run_claimdiff

HEADER = ",".join(COLUMNS) + "\r\n"
FORMULA_NOTE = '=HYPERLINK("http://evil") ask IRNA'


@pytest.fixture
def tagged(private_database: Path, sanctions: Document, admits: Document) -> Path:
    """The example pair compared and saved, with tags and notes, one note a formula."""
    store = open_store(private_database)
    save_comparison(store, compare_documents(sanctions, admits))
    a, b = segment(sanctions), segment(admits)
    toggle_tag(store, sanctions, a[15], "denial")
    toggle_tag(store, sanctions, a[15], "claim")
    toggle_tag(store, admits, b[1], "claim")
    toggle_tag(store, admits, b[14], "disputed")
    set_note(store, admits, b[1], FORMULA_NOTE)
    set_note(store, sanctions, a[15], "Spokesperson: who?\nCheck the date.")
    store.close()
    return private_database


def _csv_rows(text: str, delimiter: str = ",") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=delimiter))


def test_empty_export_is_the_header_and_standard_output_gets_no_bom(tmp_path: Path) -> None:
    result = run_claimdiff("export")
    assert result.returncode == 0, result.stderr
    assert result.stdout == HEADER  # a pipe into csv.DictReader sees "tag", not "\ufefftag"
    assert run_claimdiff("export", "-o", "-", "--bom").stdout == "\ufeff" + HEADER
    assert run_claimdiff("export", "-o", str(tmp_path / "x.csv")).returncode == 0
    assert (tmp_path / "x.csv").read_bytes() == b"\xef\xbb\xbf" + HEADER.encode()  # files keep it, for spreadsheets
    assert run_claimdiff("export", "-o", str(tmp_path / "y.csv"), "--no-bom").returncode == 0
    assert (tmp_path / "y.csv").read_bytes() == HEADER.encode()


def test_csv_has_one_row_per_tagged_statement_and_tag(tagged: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    result = run_claimdiff("export", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"exported 4 rows to {out}\n"
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + HEADER.encode())
    rows = _csv_rows(raw.decode("utf-8"))
    assert [(r["document_title"][:13], r["statement_index"], r["tag"]) for r in rows] == [
        ("Iran Finally ", "1", "claim"),
        ("Iran Finally ", "14", "disputed"),
        ("Iranian Drone", "15", "claim"),
        ("Iranian Drone", "15", "denial"),
    ]
    denial = rows[3]
    assert denial["statement"].startswith("Iran’s foreign ministry spokesperson rejected")
    assert denial["note"] == "Spokesperson: who?\nCheck the date."  # newline kept in a quoted cell
    assert denial["before"].endswith("\n\n") and denial["after"].startswith(" The spokesperson stressed")
    assert int(denial["end"]) - int(denial["start"]) == len(denial["statement"])
    assert denial["document_sha256"] and denial["source"].endswith("drones-sanctions-tensions.txt")
    assert denial["counterpart_relation"] in {"same", "conflict", "related"}
    assert denial["counterpart_status"] == "suggested" and denial["counterpart_origin"] == "engine"
    assert 0 < float(denial["counterpart_score"]) <= 1
    assert denial["counterpart_document_title"].startswith("Iran Finally Admits")
    assert denial["tagged_at"].startswith("20")


def test_formula_cells_are_neutralised_in_csv_but_not_in_jsonl(tagged: Path) -> None:
    rows = _csv_rows(run_claimdiff("export", "--tag", "claim").stdout)
    admitted = next(r for r in rows if r["statement_index"] == "1")
    assert admitted["note"] == "'" + FORMULA_NOTE
    assert all(not r[c].startswith(("=", "+", "-", "@")) for r in rows for c in COLUMNS)
    lines = run_claimdiff("export", "--format", "jsonl", "--tag", "claim").stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert next(r for r in records if r["statement_index"] == 1)["note"] == FORMULA_NOTE
    assert all(isinstance(r["start"], int) and isinstance(r["counterpart_score"], float) for r in records)


def test_filters_bom_and_delimiters(tagged: Path) -> None:
    only_denials = _csv_rows(run_claimdiff("export", "--tag", "DENIAL").stdout)
    assert [r["tag"] for r in only_denials] == ["denial"]
    one_document = _csv_rows(
        run_claimdiff(
            "export", "--document", "Iran Finally Admits for the First Time that It’s Supplying Russia with Drones"
        ).stdout
    )
    assert {r["statement_index"] for r in one_document} == {"1", "14"}
    plain = run_claimdiff("export", "--delimiter", ";").stdout
    assert plain.startswith(";".join(COLUMNS) + "\r\n")
    assert len(_csv_rows(plain, ";")) == 4
    tabbed = run_claimdiff("export", "--bom", "--delimiter", "tab").stdout
    assert tabbed.startswith("\ufeff" + "\t".join(COLUMNS))
    unknown = run_claimdiff("export", "--tag", "nonsense")
    assert unknown.returncode == 1 and unknown.stderr == "claimdiff: no tag named 'nonsense' (see: claimdiff tags)\n"


def test_export_import_into_an_empty_database_export_again_is_identical(tagged: Path, tmp_path: Path) -> None:
    for output_format in ("csv", "jsonl"):
        first, second = tmp_path / f"first.{output_format}", tmp_path / f"second.{output_format}"
        assert run_claimdiff("export", "--format", output_format, "-o", str(first)).returncode == 0
        empty = tmp_path / f"empty-{output_format}.db"
        imported = run_claimdiff("import", str(first), "--db", str(empty))
        assert imported.returncode == 0, imported.stderr
        assert imported.stdout.startswith("placed 4 tags (0 already there, 0 orphaned), 2 notes")
        assert run_claimdiff("export", "--format", output_format, "-o", str(second), "--db", str(empty)).returncode == 0
        assert second.read_bytes() == first.read_bytes()
        again = run_claimdiff("import", str(first), "--db", str(empty))
        assert again.stdout.startswith("placed 0 tags (4 already there")


def test_import_reports_what_it_cannot_place(tagged: Path, tmp_path: Path) -> None:
    exported = run_claimdiff("export", "--format", "jsonl").stdout
    records = [json.loads(line) for line in exported.splitlines()]
    records[0]["document_sha256"] = "0" * 64
    records[0]["source"] = "/nowhere/article.txt"
    records[1]["statement"] = "A sentence that is in neither article."
    records[1]["start"], records[1]["end"] = 0, 5
    changed = tmp_path / "colleague.jsonl"
    changed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = run_claimdiff("import", str(changed), "--db", str(tmp_path / "other.db"))
    assert result.returncode == 0, result.stderr
    assert "2 rows not placed" in result.stdout
    assert "line 1: document 'Iran Finally Admits" in result.stderr
    assert "line 2: the statement is not in" in result.stderr


def test_import_refuses_files_that_are_not_exports(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("name,score\nIran,1\n")
    result = run_claimdiff("import", str(other))
    assert result.returncode == 1
    assert (
        result.stderr
        == f"claimdiff: {other}: is not a claimdiff export (no tag, statement, start, end, document_sha256 column)\n"
    )


@pytest.mark.parametrize(
    "target",
    ["missing-folder/claims.csv", "."],
    ids=["missing-folder", "directory"],
)
def test_unwritable_export_paths_say_so(tagged: Path, tmp_path: Path, target: str) -> None:
    path = tmp_path / target
    result = run_claimdiff("export", "-o", str(path))
    assert result.returncode == 1
    assert result.stderr.startswith(f"claimdiff: {path}")
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("**/.claimdiff-export-*"))
