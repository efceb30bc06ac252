"""The `claimdiff` command line.

Heavy modules (the matcher, Rich, later Textual) are imported inside the commands that
need them, so every command starts fast and `claimdiff match` never loads Textual.
"""

from __future__ import annotations

import json
import os
import sys
from importlib.metadata import PackageNotFoundError, version

import click

from claims.errors import InputError
from claims.relation import DEFAULT_MIN_SCORE
from store.errors import StoreError
from tui.store_commands import db_option, open_database, register

PROG = "claimdiff"
EXIT_INPUT = 1
EXIT_USAGE = 2


def _version() -> str:
    try:
        return version("claimdiff")
    except PackageNotFoundError:
        return "unknown (not installed)"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", "-V", prog_name=PROG, message="%(prog)s %(version)s")
def cli() -> None:
    """Compare two articles claim by claim: what they share, where they disagree."""


@cli.command()
@click.argument("sources", nargs=-1, metavar="[A B]")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
    help="table for reading, json or csv for scripts and spreadsheets.",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=DEFAULT_MIN_SCORE,
    show_default=True,
    help="Leave out pairs scoring below this (0 to 1).",
)
@click.option("--save", is_flag=True, help="Also store both articles and the matches in the database.")
@db_option
def match(sources: tuple[str, ...], output_format: str, min_score: float, save: bool, db_path: str | None) -> None:
    """Align the claims of articles A and B (files, URLs or - for standard input).

    With no A and B, compares the bundled example pair. Each matched pair is shown with
    its relation (= same, ≠ conflict, ~ related) and score, then each side's unique claims.
    """
    if len(sources) not in (0, 2):
        raise click.UsageError("give two articles, A and B, or none for the example pair")
    if sources.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    if not sources:
        from fixtures import example_pair

        sources = example_pair()
    from claims.comparison import compare

    comparison = compare(sources[0], sources[1], min_score=min_score)
    if save:
        from store.documents import save_comparison

        save_comparison(open_database(db_path), comparison)
    from tui import report

    if output_format == "json":
        # Indented for a person at a terminal; compact (and several times faster) for a pipe.
        indent = 2 if sys.stdout.isatty() else None
        sys.stdout.write(json.dumps(report.as_json(comparison), ensure_ascii=False, indent=indent) + "\n")
    elif output_format == "csv":
        report.write_csv(comparison, sys.stdout)
    else:
        report.print_table(comparison)


register(cli)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; every failure a user can fix is one line on stderr, never a traceback."""
    try:
        result = cli.main(args=argv, prog_name=PROG, standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as error:
        click.echo(error.ctx.get_help() if error.ctx else "")
        return 0
    except click.UsageError as error:
        command = error.ctx.command_path if error.ctx else PROG
        click.echo(f"{command}: {error.format_message().rstrip('.')} (see '{command} --help')", err=True)
        return EXIT_USAGE
    except InputError as error:
        click.echo(f"{PROG}: {error}", err=True)
        return EXIT_INPUT
    except StoreError as error:
        click.echo(f"{PROG}: {error}", err=True)
        return EXIT_INPUT
    except click.ClickException as error:
        click.echo(f"{PROG}: {error.format_message()}", err=True)
        return error.exit_code
    except click.exceptions.Abort:
        click.echo(f"{PROG}: interrupted", err=True)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (`claimdiff match | head`): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_INPUT
    return result if isinstance(result, int) else 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
