"""Every tagged statement of the pair (or, with A, of every document) in one list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Select, Static

from store.export import COLUMNS, ExportFilter, export_rows
from tui.wording import plural

if TYPE_CHECKING:
    from store.database import Store

ALL_TAGS = "(all tags)"


class TagsView(Screen[tuple[str, int] | None]):
    """Returns the (document hash, statement index) to jump to, or None."""

    BINDINGS = [
        Binding("escape", "close", "Back"),
        Binding("A", "toggle_scope", "All documents"),
        Binding("e", "export", "Export listed"),
        Binding("slash", "focus_filter", "Filter", show=False),
    ]

    def __init__(self, store: Store, pair: tuple[str, str], titles: tuple[str, str]) -> None:
        super().__init__()
        self.store = store
        self.pair = pair
        self.titles = titles
        self.everything = False
        self.rows: list[dict[str, Any]] = []
        self.listed: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="tags-view"):
            yield Static("", id="tags-title", markup=False)
            with Horizontal(id="tags-filters"):
                yield Select[str]([], prompt=ALL_TAGS, id="tags-tag", allow_blank=True)
                yield Input(placeholder="filter by text (statement, note, document)", id="tags-text")
            yield DataTable(id="tags-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("tag", "statement", "note", "document", "counterpart")
        self.load()
        table.focus()

    def load(self) -> None:
        only = ExportFilter() if self.everything else ExportFilter(documents=list(self.pair))
        self.rows = [dict(zip(COLUMNS, row, strict=True)) for row in export_rows(self.store, only)]
        tags = sorted({row["tag"] for row in self.rows}, key=str.casefold)
        self.query_one("#tags-tag", Select).set_options([(tag, tag) for tag in tags])
        self.refill()

    def refill(self) -> None:
        select = self.query_one("#tags-tag", Select)
        tag = select.value if isinstance(select.value, str) else None
        text = self.query_one("#tags-text", Input).value.strip().casefold()
        self.listed = [row for row in self.rows if _wanted(row, tag, text)]
        table = self.query_one(DataTable)
        table.clear()
        for row in self.listed:
            counterpart = row["counterpart"] or ""
            if counterpart:
                counterpart = f"{row['counterpart_relation']} {row['counterpart_score']:.2f}: {counterpart}"
            table.add_row(
                row["tag"],
                _short(row["statement"], 54),
                _short(row["note"] or "", 22),
                _short(row["document_title"], 22),
                _short(counterpart, 36),
            )
        scope = "all documents" if self.everything else "this pair"
        self.query_one("#tags-title", Static).update(
            f"Tagged statements of {scope}: {len(self.listed)} of {len(self.rows)} shown"
            "   (enter: go to it; A: this pair / all documents; e: export what is listed; escape: back)"
        )

    @on(Select.Changed, "#tags-tag")
    @on(Input.Changed, "#tags-text")
    def _filter_changed(self) -> None:
        self.refill()

    @on(DataTable.RowSelected, "#tags-table")
    def _chosen(self, event: DataTable.RowSelected) -> None:
        row = self.listed[event.cursor_row]
        if row["document_sha256"] not in self.pair:
            self.notify(f"{row['document_title']!r} is not one of the two articles open", severity="warning")
            return
        if row["statement_index"] is None:
            self.notify("this tag is orphaned: no statement holds its text now", severity="warning")
            return
        self.dismiss((row["document_sha256"], int(row["statement_index"])))

    def action_toggle_scope(self) -> None:
        self.everything = not self.everything
        self.load()

    def action_focus_filter(self) -> None:
        self.query_one("#tags-text", Input).focus()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_export(self) -> None:
        from tui.dialogs import ExportDialog
        from tui.dialogs.export_dialog import export_file_name

        listed = [tuple(row[column] for column in COLUMNS) for row in self.listed]
        if self.everything:
            name = f"claimdiff-tags-all-documents-{date.today().isoformat()}.csv"
        else:
            name = export_file_name(self.titles, self.pair, date.today(), kind="tags")
        default = str(Path.cwd() / name)

        def write(chosen: tuple[str, str] | None) -> None:
            from store.errors import StoreError
            from store.export import write_csv
            from store.output import write_to

            if not chosen:
                return
            _, path = chosen
            try:
                count = write_to(path, lambda stream: write_csv(iter(listed), stream), self.store)
            except StoreError as error:
                self.notify(str(error), title="Export failed", severity="error", timeout=10)
                return
            self.notify(f"exported {plural(count, 'row')} to {Path(path).expanduser()}", title="Export", timeout=8)

        self.app.push_screen(ExportDialog(default, None, len(listed)), write)


def _wanted(row: dict[str, Any], tag: str | None, text: str) -> bool:
    if tag is not None and row["tag"] != tag:
        return False
    if not text:
        return True
    fields: Sequence[Any] = (row["statement"], row["note"], row["document_title"], row["tag"], row["counterpart"])
    return any(text in str(field).casefold() for field in fields if field)


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"
