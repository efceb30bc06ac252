"""Tags and notes on statements, the tag picker, the export dialog and the tags view.

Each change is made on the store thread (ReaderScreen.save_change) and shown once it is saved:
nothing on screen claims a tag the database does not hold.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from tui.wording import plural

if TYPE_CHECKING:
    from store.database import Store
    from tui.screens.parts import Reader
    from tui.session import Side


class Tagging:
    """Tagging, notes and export, for the screen whose statements they are on."""

    def __init__(self, screen: Reader) -> None:
        self.screen = screen

    def tag_key(self, key: int) -> None:
        from store.tags import tag_on_key

        if not self.screen.ready() or not self.screen.can_save():
            return
        assert self.screen.store is not None
        tag = tag_on_key(self.screen.store, key)
        if tag is None:
            self.screen.notify(f"no tag on key {key}; press t to pick one", severity="warning")
            return
        self.toggle(tag.name)

    def toggle(self, tag_name: str, create: bool = False) -> None:
        """Toggle the tag on the current statement (create: add the tag to the set first)."""
        from store.annotations import toggle_tag
        from store.tags import add_tag

        view = self.screen.focused_view()
        side = view.side
        statement = side.statements[view.current]

        def change(store: Store) -> bool:
            if create:
                add_tag(store, tag_name)
            return toggle_tag(store, side.document, statement, tag_name)

        def saved(on: bool) -> None:
            self.reload_annotations(side)
            self.screen.notify(
                f"{'tagged' if on else 'removed'} {tag_name!r} {'on' if on else 'from'} statement {statement.index}"
            )

        self.screen.save_change(change, saved)

    def reload_annotations(self, side: Side) -> None:
        """A side's tags and notes as the store has them now, on screen."""
        from tui.loading import tags_and_notes

        assert self.screen.store is not None
        side.tags, side.notes = tags_and_notes(self.screen.store, side)
        for pane in ("a", "b"):
            if self.screen.view(pane).side is side:
                self.screen.view(pane).refresh_marks()
        self.screen.update_detail(self.screen.focused_view())

    def tag_names(self) -> dict[int, str]:
        """The tag on each number key, as the database has it now (empty while it is not open)."""
        from store.tags import list_tags

        if self.screen.store is None:
            return {}
        try:
            return {tag.key: tag.name for tag in list_tags(self.screen.store) if tag.key is not None}
        except Exception:  # a database another program holds or changed: the names can wait
            return {}

    def pick_tag(self) -> None:
        from store.tags import list_tags
        from tui.dialogs import TagPicker

        if not self.screen.ready() or not self.screen.can_save():
            return

        def pick() -> None:
            assert self.screen.store is not None
            view = self.screen.focused_view()
            tags = list_tags(self.screen.store)
            names = [t.name for t in tags]
            keys = {t.name: t.key for t in tags if t.key is not None}
            on_statement = {t.name for t in view.side.tags.get(view.current, [])}

            def chosen(name: str | None) -> None:
                if name:
                    self.toggle(name, create=name.casefold() not in {n.casefold() for n in names})

            self.screen.app.push_screen(TagPicker(names, on_statement, keys), chosen)

        self.screen.when_saved(pick)

    def note(self) -> None:
        from store.annotations import set_note
        from tui.dialogs import NoteDialog

        if not self.screen.ready() or not self.screen.can_save():
            return
        view = self.screen.focused_view()
        side = view.side
        statement = side.statements[view.current]

        def written(text: str | None) -> None:
            if text is None:
                return

            def saved(_: None) -> None:
                self.reload_annotations(side)
                self.screen.notify(f"note {'saved' if text.strip() else 'deleted'} on statement {statement.index}")

            self.screen.save_change(lambda store: set_note(store, side.document, statement, text), saved)

        self.screen.app.push_screen(NoteDialog(statement.text, side.notes.get(statement.index, "")), written)

    def export(self) -> None:
        if not self.screen.ready() or not self.screen.can_save():
            return
        self.screen.when_saved(self.ask_where_to_export)

    def ask_where_to_export(self) -> None:
        from store.export import ExportFilter, export_rows
        from store.pair_export import PairFilter, pair_rows
        from tui.dialogs import ExportDialog
        from tui.dialogs.export_dialog import PAIRS, export_file_name

        assert self.screen.store is not None
        shas = self.screen.shas()
        statements = ExportFilter(documents=list(shas))
        pairs = PairFilter(documents=list(shas), pair=shas)
        counts = {
            PAIRS: sum(1 for _ in pair_rows(self.screen.store, pairs)),
            "statements": sum(1 for _ in export_rows(self.screen.store, statements)),
        }
        titles = [self.screen.view(side).side.document.title for side in ("a", "b")]
        default = str(Path.cwd() / export_file_name(titles, shas, date.today(), kind=PAIRS))

        def write(chosen: tuple[str, str] | None) -> None:
            from store.export import write_csv
            from store.output import write_to
            from store.pair_export import write_pairs_csv
            from tui.dialogs import ExportDone

            if not chosen:
                return
            what, path = chosen

            def rows(store: Store) -> int:
                if what == PAIRS:
                    return write_to(path, lambda stream: write_pairs_csv(pair_rows(store, pairs), stream), store)
                return write_to(path, lambda stream: write_csv(export_rows(store, statements), stream), store)

            def exported(count: int) -> None:
                target = Path(path).expanduser().resolve()
                said = f"exported {plural(count, 'pair' if what == PAIRS else 'tagged statement')}"
                said += f" ({plural(count, 'row')}) to {target.name}"
                self.screen.app.push_screen(ExportDone(said, target))

            # On the store thread: a slow disk or a slow reader at a FIFO's end is waited for there.
            self.screen.save_change(rows, exported)

        self.screen.app.push_screen(ExportDialog(default, counts[PAIRS], counts["statements"]), write)

    def tags_view(self) -> None:
        """T: every tagged statement of the pair, to filter, jump to and export."""
        from tui.screens.tags_view import TagsView

        if not self.screen.ready() or not self.screen.can_save():
            return
        assert self.screen.store is not None
        store = self.screen.store

        def go(target: tuple[str, int] | None) -> None:
            if target is None:
                return
            sha, index = target
            view = self.screen.view("a") if sha == self.screen.shas()[0] else self.screen.view("b")
            view.focus()
            view.move_to(index)

        def open_view() -> None:
            titles = (self.screen.view("a").side.document.title, self.screen.view("b").side.document.title)
            self.screen.app.push_screen(TagsView(store, self.screen.shas(), titles), go)

        self.screen.when_saved(open_view)
