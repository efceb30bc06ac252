"""`claimdiff match` output: a side-by-side table for people, JSON and CSV for scripts."""

from __future__ import annotations

import csv
from typing import IO, TYPE_CHECKING, Any

from claims.comparison import Comparison
from claims.decoding import strip_controls
from claims.document import Document, Statement
from claims.relation import Mark, Relation
from store.cells import safe_cell
from tui.wording import plural

if TYPE_CHECKING:
    from rich.text import Text


def as_json(comparison: Comparison) -> dict[str, Any]:
    """The documented JSON shape: both documents with their statements, then the matches."""
    return {
        "a": _document_json(comparison.a, comparison.statements_a),
        "b": _document_json(comparison.b, comparison.statements_b),
        "matches": [
            {"a": m.a, "b": m.b, "score": m.score, "relation": m.relation.value, "why": m.why.as_dict()}
            for m in comparison.matches
        ],
    }


def _document_json(document: Document, statements: list[Statement]) -> dict[str, Any]:
    return {
        "title": document.title,
        "source": document.source,
        "sha256": document.sha256,
        "statements": [
            {"index": s.index, "start": s.start, "end": s.end, "kind": s.kind.value, "text": s.text} for s in statements
        ],
    }


CSV_COLUMNS = ("relation", "score", "a_index", "a_text", "b_index", "b_text", "why")


def write_csv(comparison: Comparison, stream: IO[str]) -> None:
    """One row per match, then each side's unique claims ("only in a" / "only in b")."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    a, b = comparison.statements_a, comparison.statements_b
    for m in comparison.matches:
        row = [m.relation.value, f"{m.score:.4f}", m.a, safe_cell(a[m.a].text), m.b, safe_cell(b[m.b].text)]
        writer.writerow([*row, safe_cell(m.why.text)])
    for s in comparison.unique_a():
        writer.writerow(["only in a", "", s.index, safe_cell(s.text), "", "", ""])
    for s in comparison.unique_b():
        writer.writerow(["only in b", "", "", "", s.index, safe_cell(s.text), ""])


RELATION_ORDER = (Relation.CONFLICT, Relation.SAME, Relation.RELATED)
RELATION_HEADINGS = {
    Relation.CONFLICT: "Where they contradict each other",
    Relation.SAME: "Claims both make",
    Relation.RELATED: "Related statements",
}
RELATION_STYLES = {Relation.SAME: "green", Relation.CONFLICT: "bold red", Relation.RELATED: "yellow"}


def print_table(comparison: Comparison, width: int | None = None) -> None:
    """Readable report: each article with its counts, then the pairs side by side (conflicts
    first, then shared claims, then related ones), then what only one side says.

    Article text is passed to Rich as Text, never as markup, so "[bold]" in an article
    prints as written.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(width=width, highlight=False)
    for label, document, statements, side in (
        ("A", comparison.a, comparison.statements_a, "a"),
        ("B", comparison.b, comparison.statements_b, "b"),
    ):
        console.print(Text.assemble((f"{label}  {document.title}", "bold"), f"\n   {strip_controls(document.source)}"))
        console.print(Text(f"   {_counts(comparison, statements, side)}", style="dim"))
    for relation in RELATION_ORDER:
        matches = [m for m in comparison.matches if m.relation is relation]
        if not matches:
            continue
        table = Table(show_lines=True, expand=True, title=RELATION_HEADINGS[relation], title_justify="left")
        table.add_column("A", ratio=1)
        table.add_column("", no_wrap=True, width=11)
        table.add_column("B", ratio=1)
        for m in matches:
            cell = Text(f"{relation.glyph} {relation.value}\n{m.score:.2f}", style=RELATION_STYLES[relation])
            left = _numbered(comparison.statements_a[m.a], m.why.marks_a)
            right = _numbered(comparison.statements_b[m.b], m.why.marks_b)
            table.add_row(left, cell, right)
            if m.why.text:
                table.add_row(Text(f"why: {m.why.text}", style="dim italic"), "", "", end_section=True)
        console.print(table)
    for label, unique in (("A", comparison.unique_a()), ("B", comparison.unique_b())):
        console.print(Text(f"Only in {label} ({len(unique)})", style="bold"))
        for statement in unique:
            console.print(Text("  ").append(_numbered(statement)))


def _counts(comparison: Comparison, statements: list[Statement], side: str) -> str:
    claims = sum(1 for s in statements if s.kind.is_claim)
    matched = {getattr(m, side) for m in comparison.matches}
    conflicts = {getattr(m, side) for m in comparison.matches if m.relation is Relation.CONFLICT}
    unique = len(comparison.unique_a() if side == "a" else comparison.unique_b())
    other = len(statements) - claims
    return f"{plural(claims, 'statement')}, {len(matched)} matched, {len(conflicts)} in a conflict, {unique} unique" + (
        f" ({plural(other, 'line')} of page furniture or headings not compared)" if other else ""
    )


MARK_STYLES = {"shared": "underline", "differs": "bold reverse"}
"""The words a reason points at, marked without colour: shared underlined, differing reversed."""


def _numbered(statement: Statement, marks: tuple[Mark, ...] = ()) -> Text:
    from rich.text import Text

    label = f"[{statement.index}] "
    text = Text.assemble((label, "dim"), statement.text)
    for mark in marks:
        text.stylize(MARK_STYLES[mark.kind], len(label) + mark.start, len(label) + mark.end)
    return text
