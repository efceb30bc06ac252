"""Exporting claim pairs: one row per pair of statements, both sides, as a journalist reads it."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from textual.widgets import Input

from claims.comparison import compare_documents
from claims.document import Document
from claims.relation import Relation
from claims.segment import segment
from store.annotations import set_note, toggle_tag
from store.database import open_store
from store.documents import save_comparison
from store.pair_export import PAIR_COLUMNS, context
from store.reviews import link, review_match
from tests.conftest import run_claimdiff
from tests.test_reader import loaded, saved
from tui.app import make_app

EPOCH = {"SOURCE_DATE_EPOCH": "1790000000"}
"""A fixed export time, so two exports of the same database are the same bytes."""


@pytest.fixture
def touched(private_database: Path, sanctions: Document, admits: Document) -> Path:
    """The example pair compared and saved; the denial tagged and noted, an admission tagged,
    a pair rejected, a link made by hand, and a statement tagged that nothing matches."""
    store = open_store(private_database)
    save_comparison(store, compare_documents(sanctions, admits))
    a, b = segment(sanctions), segment(admits)
    toggle_tag(store, sanctions, a[15], "disputed")
    toggle_tag(store, sanctions, a[15], "denial")
    set_note(store, sanctions, a[15], "=ask the ministry\nwhich date?")
    toggle_tag(store, admits, b[5], "claim")
    toggle_tag(store, sanctions, a[17], "opinion")  # "Tehran's patience ... has limits": no counterpart
    review_match(store, sanctions.sha256, admits.sha256, 6, 13, status="rejected")
    link(store, sanctions.sha256, admits.sha256, 3, 18, Relation.RELATED)
    store.close()
    return private_database


def rows_of(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_one_row_per_pair_readable_columns_first(touched: Path) -> None:
    result = run_claimdiff("export", "--pairs", env=EPOCH)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\r\n", 1)[0] == ",".join(PAIR_COLUMNS)
    assert PAIR_COLUMNS[:10] == (
        "relation", "review", "a_statement", "b_statement", "a_tags", "b_tags", "a_note", "b_note", "why", "score",
    )  # fmt: skip
    assert PAIR_COLUMNS[-2:] == ("claimdiff_version", "exported_at")
    rows = rows_of(result.stdout)
    denial = [r for r in rows if r["a_index"] == "15"]
    # The denial's pairs, conflicts first, once each, with both sides' tags and the note.
    assert [r["relation"] for r in denial][:4] == ["conflict"] * 4
    assert all(r["a_tags"] == "denial; disputed" for r in denial)
    assert all(r["a_note"] == "'=ask the ministry\nwhich date?" for r in denial)  # guarded, newline kept
    supplied = next(r for r in denial if r["b_index"] == "5")
    assert supplied["b_tags"] == "claim" and supplied["review"] == "suggested"
    assert "has not supplied / supplied" in supplied["why"] and float(supplied["score"]) > 0
    assert supplied["a_title"].startswith("Iranian Drone Exports") and supplied["b_title"].startswith("Iran Finally")
    rejected = next(r for r in rows if (r["a_index"], r["b_index"]) == ("6", "13"))
    assert rejected["review"] == "rejected"
    hand = next(r for r in rows if (r["a_index"], r["b_index"]) == ("3", "18"))
    assert hand["review"] == "hand link" and hand["score"] == "" and hand["relation"] == "related"
    alone = next(r for r in rows if r["a_index"] == "17")
    assert alone["relation"] == "only in A" and alone["b_statement"] == "" and alone["a_tags"] == "opinion"
    assert rows[-1] is alone or alone["relation"] == "only in A"
    assert {r["exported_at"] for r in rows} == {"2026-09-21T14:13:20+00:00"}


def test_all_adds_every_suggested_pair(touched: Path) -> None:
    touched_rows = rows_of(run_claimdiff("export", "--pairs").stdout)
    every = rows_of(run_claimdiff("export", "--pairs", "--all").stdout)
    assert len(every) > len(touched_rows)
    assert {(r["a_index"], r["b_index"]) for r in touched_rows} <= {(r["a_index"], r["b_index"]) for r in every}
    assert any(r["a_tags"] == r["b_tags"] == "" and r["review"] == "suggested" for r in every)


def test_context_is_cut_at_word_boundaries(touched: Path) -> None:
    for row in rows_of(run_claimdiff("export", "--pairs").stdout):
        for side in "ab":
            before, after = row[f"{side}_before"], row[f"{side}_after"]
            if row[f"{side}_statement"] and before:
                assert " " + before.split()[0] in " " + row[f"{side}_before"]
    text = "alpha beta gamma delta. The statement itself. epsilon zeta eta theta"
    start = text.index("The")
    end = start + len("The statement itself.")
    assert context(text, start, end) == ("alpha beta gamma delta.", "epsilon zeta eta theta")
    long = "word " * 40 + "X. " + "more " * 40
    before, after = context(long, long.index("X."), long.index("X.") + 2)
    assert before.split() == ["word"] * len(before.split()) and after.split() == ["more"] * len(after.split())


@pytest.mark.parametrize("output_format", ["csv", "jsonl"])
def test_a_pair_file_round_trips_byte_for_byte(
    touched: Path, tmp_path: Path, output_format: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / f"first.{output_format}", tmp_path / f"second.{output_format}"
    exported = run_claimdiff("export", "--pairs", "--format", output_format, "-o", str(first), env=EPOCH)
    assert exported.returncode == 0, exported.stderr
    empty = tmp_path / "empty.db"
    imported = run_claimdiff("import", str(first), env={"CLAIMDIFF_DB": str(empty)})
    assert imported.returncode == 0, imported.stderr
    assert "0 rows not placed" in imported.stdout
    again = run_claimdiff(
        "export", "--pairs", "--format", output_format, "-o", str(second), env={**EPOCH, "CLAIMDIFF_DB": str(empty)}
    )
    assert again.returncode == 0, again.stderr
    assert first.read_bytes() == second.read_bytes()
    if output_format == "jsonl":
        records = [json.loads(line) for line in first.read_text(encoding="utf-8").splitlines()]
        record = next(r for r in records if r["a"] and r["a"]["index"] == 15)
        assert record["a"]["tags"] == ["denial", "disputed"] and record["b"]["index"] >= 0
        assert record["a"]["tags"] == ["denial", "disputed"] and record["a"]["note"] == "=ask the ministry\nwhich date?"


def test_the_statement_export_still_round_trips(touched: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    assert run_claimdiff("export", "-o", str(first)).returncode == 0
    empty = tmp_path / "empty.db"
    assert run_claimdiff("import", str(first), env={"CLAIMDIFF_DB": str(empty)}).returncode == 0
    assert run_claimdiff("export", "-o", str(second), env={"CLAIMDIFF_DB": str(empty)}).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_document_takes_a_title_prefix_and_lists_the_candidates_when_ambiguous(touched: Path) -> None:
    only = run_claimdiff("export", "--pairs", "--document", "iranian drone")
    assert only.returncode == 0, only.stderr
    assert rows_of(only.stdout)
    ambiguous = run_claimdiff("export", "--pairs", "--document", "Iran")
    assert ambiguous.returncode == 2
    assert "'Iran' names 2 documents:" in ambiguous.stderr
    assert "Iran Finally Admits" in ambiguous.stderr and "Iranian Drone Exports" in ambiguous.stderr
    assert ambiguous.stderr.count("\n") == 1  # one line


async def test_the_reader_exports_a_pair_tagged_on_both_sides_as_one_row(
    private_database: Path, tmp_path: Path
) -> None:
    """Tag both sides of a conflict pair, export pairs from the dialog: one row, both sides."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(
        "Quake Strikes Qeshm\n\nThe 6.1-magnitude quake struck Qeshm island on Sunday, state media said.\n\n"
        "Rescue teams from Bandar Abbas searched the rubble overnight.\n",
        encoding="utf-8",
    )
    b.write_text(
        "Live Updates\n\nThe official news agency said the quake had a magnitude of 5.9.\n\n"
        "Schools across the province stayed closed on Monday.\n",
        encoding="utf-8",
    )
    target = tmp_path / "pairs.csv"
    app = make_app(str(a), str(b), private_database)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = await loaded(pilot)
        await pilot.press("right_curly_bracket", "6", "enter", "1", "e")
        await saved(pilot)
        assert screen.view("b").current == 1
        app.screen.query_one("#export-path", Input).value = str(target)
        await pilot.press("enter")
        await saved(pilot)
        await pilot.pause()
        said = " ".join(str(label.render()) for label in app.screen.query("Label"))
        assert "exported 1 pair (1 row) to pairs.csv" in said and str(target) in said
        await pilot.press("c")
        assert app.clipboard == str(target)
    [row] = rows_of(target.read_text(encoding="utf-8-sig"))
    assert row["relation"] == "conflict" and row["review"] == "suggested"
    assert row["a_statement"].startswith("The 6.1-magnitude quake") and row["b_statement"].startswith("The official")
    assert row["a_tags"] == "disputed" and row["b_tags"] == "claim"
    assert row["why"].startswith("6.1 / 5.9 magnitude")
    assert row["a_title"] == "Quake Strikes Qeshm" and row["b_title"] == "Live Updates"
