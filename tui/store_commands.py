"""Commands that work on the database: where it is, the tag set, tagging, undo, export, import."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from tui.wording import plural

if TYPE_CHECKING:
    from claims.document import Document, Statement
    from store.database import Store

db_option = click.option(
    "--db",
    "db_path",
    metavar="PATH",
    envvar="CLAIMDIFF_DB",
    help="Database file (default: $CLAIMDIFF_DB, else the user data folder).",
)


def open_database(db_path: str | None) -> Store:
    from store.database import open_store
    from store.location import database_path

    return open_store(database_path(db_path))


def register(cli: click.Group) -> None:
    """Add the database commands to the command line."""
    for command in (db, tags, tag, note, undo, redo, export, import_):
        cli.add_command(command)


@click.group()
def db() -> None:
    """The database file."""


@db.command("path")
@db_option
def db_path_command(db_path: str | None) -> None:
    """Print where the database is."""
    from store.location import database_path

    click.echo(str(database_path(db_path)))


@click.group(invoke_without_command=True)
@db_option
@click.pass_context
def tags(context: click.Context, db_path: str | None) -> None:
    """List the tags (key, name, uses, description); subcommands change them."""
    context.obj = db_path
    if context.invoked_subcommand is None:
        from store.tags import list_tags

        for item in list_tags(open_database(db_path)):
            key = str(item.key) if item.key else "-"
            description = f"  {item.description}" if item.description else ""
            click.echo(f"{key}  {item.name:<16} {item.uses:>5} uses  {item.colour or '':8}{description}")


def _store_of(context: click.Context, db_path: str | None) -> Store:
    return open_database(db_path or context.obj)


@tags.command("add")
@click.argument("name")
@click.option("--key", type=click.IntRange(1, 9), help="Bind it to this key (1-9) in the reader.")
@click.option("--colour", "--color", "colour", help="Colour, for example #CC79A7.")
@click.option("--description", help="What the tag means.")
@db_option
@click.pass_context
def tags_add(
    context: click.Context, name: str, key: int | None, colour: str | None, description: str | None, db_path: str | None
) -> None:
    """Add a tag."""
    from store.tags import add_tag

    added = add_tag(_store_of(context, db_path), name, key, colour, description)
    click.echo(f"added tag {added.name!r}" + (f" on key {added.key}" if added.key else ""))


@tags.command("rename")
@click.argument("old")
@click.argument("new")
@db_option
@click.pass_context
def tags_rename(context: click.Context, old: str, new: str, db_path: str | None) -> None:
    """Rename a tag; it stays on every statement that has it."""
    from store.tags import rename_tag

    renamed = rename_tag(_store_of(context, db_path), old, new)
    click.echo(f"renamed {old!r} to {renamed.name!r}")


@tags.command("key")
@click.argument("name")
@click.argument("key", type=click.IntRange(1, 9), required=False)
@click.option("--none", "unbind", is_flag=True, help="Unbind the tag from its key.")
@db_option
@click.pass_context
def tags_key(context: click.Context, name: str, key: int | None, unbind: bool, db_path: str | None) -> None:
    """Bind a tag to key 1-9 (taking the key from any other tag), or --none to unbind it."""
    from store.tags import bind_key

    if (key is None) == (not unbind):
        raise click.UsageError("give a key 1-9, or --none")
    bound = bind_key(_store_of(context, db_path), name, None if unbind else key)
    click.echo(f"{bound.name!r} is on key {bound.key}" if bound.key else f"{bound.name!r} has no key")


@tags.command("describe")
@click.argument("name")
@click.option("--colour", "--color", "colour")
@click.option("--description")
@db_option
@click.pass_context
def tags_describe(
    context: click.Context, name: str, colour: str | None, description: str | None, db_path: str | None
) -> None:
    """Change a tag's colour or description."""
    from store.tags import describe_tag

    changed = describe_tag(_store_of(context, db_path), name, colour, description)
    click.echo(f"{changed.name!r}: {changed.colour or 'no colour'}, {changed.description or 'no description'}")


@tags.command("delete")
@click.argument("name")
@click.option("--force", is_flag=True, help="Delete it even if statements carry it (they lose it).")
@db_option
@click.pass_context
def tags_delete(context: click.Context, name: str, force: bool, db_path: str | None) -> None:
    """Delete a tag."""
    from store.tags import delete_tag

    removed = delete_tag(_store_of(context, db_path), name, force)
    click.echo(f"deleted tag {name!r}" + (f" and its {removed} uses" if removed else ""))


def _one_document(store: Store, reference: str) -> str:
    """The hash of the one document a reference names (a hash prefix, a title or its start, a
    source); none or several is a usage error that lists the candidates."""
    from store.documents import find_documents

    found = find_documents(store, reference)
    if not found:
        raise click.UsageError(f"no document {reference!r} in the database (give a file, a hash or a title)")
    if len(found) > 1:
        names = "; ".join(f"{d.sha256[:12]} {d.title!r}" for d in found[:8])
        more = f" and {len(found) - 8} more" if len(found) > 8 else ""
        raise click.UsageError(f"{reference!r} names {len(found)} documents: {names}{more}; give more of it")
    return found[0].sha256


def _statement(store: Store, reference: str, index: int) -> tuple[Document, Statement]:
    """The statement `index` of a document named by hash prefix, title, or a file to read."""
    from pathlib import Path

    from store.documents import load_document, save_document

    if store.owns(reference):
        raise click.UsageError(f"{reference!r} is the claimdiff database itself, not an article")
    if Path(reference).is_file() or reference == "-":
        from claims.ingest import read_document
        from claims.segment import segment

        document = read_document(reference)
        save_document(store, document, segment(document))
        sha = document.sha256
    else:
        sha = _one_document(store, reference)
    document, statements = load_document(store, sha)
    if not 0 <= index < len(statements):
        raise click.UsageError(f"{document.title!r} has statements 0 to {len(statements) - 1}")
    return document, statements[index]


@click.command()
@click.argument("document")
@click.argument("index", type=int)
@click.argument("tag_name", metavar="TAG")
@click.option("--remove", is_flag=True, help="Take the tag off instead.")
@db_option
def tag(document: str, index: int, tag_name: str, remove: bool, db_path: str | None) -> None:
    """Put TAG on statement INDEX of DOCUMENT (a file, a hash prefix or a title)."""
    from store.annotations import taggings, toggle_tag

    store = open_database(db_path)
    doc, statement = _statement(store, document, index)
    on = any(
        t.tag.casefold() == tag_name.casefold() and t.start == statement.start for t in taggings(store, doc.sha256)
    )
    if on == remove:
        on = toggle_tag(store, doc, statement, tag_name)
    click.echo(f"statement {index} {'has' if on else 'does not have'} tag {tag_name!r}")


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("document")
@click.argument("index", type=int)
@click.argument("text")
@db_option
def note(document: str, index: int, text: str, db_path: str | None) -> None:
    """Write the note on statement INDEX of DOCUMENT; an empty TEXT deletes it.

    TEXT may start with a dash ("-2+3" is a note, not an option); `--` before it also works.
    """
    from store.annotations import set_note

    store = open_database(db_path)
    doc, statement = _statement(store, document, index)
    set_note(store, doc, statement, text)
    click.echo(f"note on statement {index} {'saved' if text.strip() else 'deleted'}")


def _history_command(name: str, step: Callable[[Store], str | None], empty: str) -> click.Command:
    @click.command(name)
    @db_option
    def command(db_path: str | None) -> None:
        done = step(open_database(db_path))
        click.echo(f"{name}: {done}" if done else empty)

    command.help = f"{name.capitalize()} the last change (tag, untag, note, review, link), also after a restart."
    return command


def _undo(store: Store) -> str | None:
    from store.history import undo as undo_step

    return undo_step(store)


def _redo(store: Store) -> str | None:
    from store.history import redo as redo_step

    return redo_step(store)


undo = _history_command("undo", _undo, "nothing to undo")
redo = _history_command("redo", _redo, "nothing to redo")


@click.command()
@click.option("-o", "--output", default="-", metavar="FILE", help="Write to FILE (default: - for standard output).")
@click.option(
    "--pairs",
    is_flag=True,
    help="One row per claim pair (both statements, their tags, notes and review), not per tagged statement.",
)
@click.option(
    "--all",
    "every_pair",
    is_flag=True,
    help="With --pairs: every pair the engine suggested, not only those you touched.",
)
@click.option("--tag", "tag_names", multiple=True, metavar="NAME", help="Only this tag (repeatable; statements only).")
@click.option(
    "--document",
    "document_refs",
    multiple=True,
    metavar="HASH-or-TITLE",
    help="Only this document (a hash prefix, a title or its start).",
)
@click.option("--format", "output_format", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option(
    "--bom/--no-bom",
    default=None,
    help="Start the CSV with a byte-order mark, which spreadsheets need to show accents right"
    " (default: in files, not on standard output).",
)
@click.option("--delimiter", type=click.Choice([",", ";", "tab"]), default=",", show_default=True)
@db_option
def export(
    output: str,
    pairs: bool,
    every_pair: bool,
    tag_names: tuple[str, ...],
    document_refs: tuple[str, ...],
    output_format: str,
    bom: bool | None,
    delimiter: str,
    db_path: str | None,
) -> None:
    """Export tagged claims: one row per tagged statement and tag, or with --pairs one row per
    claim pair, both sides.

    FILE is replaced whole (a symlink's target, the link kept); a FIFO or a device such as
    /dev/null is written through; the database itself, directories and sockets are refused.
    """
    from store.export import DELIMITERS
    from store.output import write_to
    from store.tags import get_tag

    if every_pair and not pairs:
        raise click.UsageError("--all goes with --pairs")
    if pairs and tag_names:
        raise click.UsageError("--tag goes with the statement export, not --pairs")
    store = open_database(db_path)
    for name in tag_names:
        get_tag(store, name)
    documents = [_one_document(store, reference) for reference in document_refs]
    with_bom = output != "-" if bom is None else bom

    def write(stream: Any) -> int:
        if pairs:
            from store.pair_export import PairFilter, pair_rows, write_pairs_csv, write_pairs_jsonl

            rows = pair_rows(store, PairFilter(documents, every_pair))
            if output_format == "jsonl":
                return write_pairs_jsonl(rows, stream)
            return write_pairs_csv(rows, stream, DELIMITERS[delimiter], bom=with_bom)
        from store.export import ExportFilter, export_rows, write_csv, write_jsonl

        statements = export_rows(store, ExportFilter(tag_names, documents))
        if output_format == "jsonl":
            return write_jsonl(statements, stream)
        return write_csv(statements, stream, DELIMITERS[delimiter], bom=with_bom)

    count = write_to(output, write, store)
    if output != "-":
        click.echo(f"exported {plural(count, 'row')} to {output}", err=True)


@click.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@db_option
def import_(file: str, db_path: str | None) -> None:
    """Read a claimdiff CSV or JSONL export into the database (tags, notes, reviewed matches)."""
    from store.imports import import_file

    report = import_file(open_database(db_path), file)
    click.echo(
        f"placed {report.placed} tags ({report.already} already there, {report.orphaned} orphaned), "
        f"{plural(report.notes, 'note')}, {plural(report.links, 'match')};"
        f" {plural(len(report.unplaced), 'row')} not placed"
    )
    for line in report.unplaced:
        click.echo(f"  {line}", err=True)
