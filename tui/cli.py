"""The `claimdiff` command line.

Heavy modules (the matcher, Rich, later Textual) are imported inside the commands that
need them, so every command starts fast and `claimdiff match` never loads Textual.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from claims.errors import InputError
from claims.limits import MAX_BYTES
from claims.relation import DEFAULT_MIN_SCORE
from store.errors import StoreError
from tui.store_commands import db_option, open_database, register

PROG = "claimdiff"
EXIT_INPUT = 1
EXIT_USAGE = 2


DEBUG_VARIABLE = "CLAIMDIFF_DEBUG"


class ReaderByDefault(click.Group):
    """`claimdiff` and `claimdiff A B` open the reader; a known word runs that command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        options = [arg for arg in args[:1] if arg == "--debug"]
        rest = args[len(options) :]
        if not rest or (rest[0] not in self.commands and rest[0] not in ("-h", "--help", "-V", "--version")):
            if len(rest) == 1 and not _is_article(rest[0]):
                raise click.UsageError(f"no command or article named {rest[0]!r}", ctx)
            rest = ["open", *rest]
        return super().parse_args(ctx, [*options, *rest])


class ByteSize(click.ParamType[int]):
    """A size such as 20MB, 500kB, 1.5GB or 20 (megabytes)."""

    name = "size"
    _UNITS = {"": 1_000_000, "b": 1, "k": 1_000, "kb": 1_000, "m": 1_000_000, "mb": 1_000_000, "g": 10**9, "gb": 10**9}

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().lower().replace(" ", "")
        number = text.rstrip("kmgb")
        unit = text[len(number) :]
        try:
            size = int(float(number) * self._UNITS[unit])
        except (ValueError, KeyError):
            self.fail(f"{value!r} is not a size such as 20MB, 500kB or 1.5GB", param, ctx)
        if size <= 0:
            self.fail(f"{value!r}: give a size above zero", param, ctx)
        return size


max_size_option = click.option(
    "--max-size",
    "max_bytes",
    type=ByteSize(),
    default=f"{MAX_BYTES // 1_000_000}MB",
    metavar="SIZE",
    help="Refuse articles larger than this (20MB, 500kB, 1.5GB; a bare number is megabytes). [default: 20MB]",
)


method_option = click.option(
    "--method",
    type=click.Choice(["lexical", "semantic"]),
    default="lexical",
    show_default=True,
    help="lexical: words, stems, synonyms, places, values. semantic: also sentence embeddings "
    "(pip install 'claimdiff[semantic]'; slower, finds more same claims worded differently).",
)


def _method(method: str) -> str:
    """The method asked for, once its packages are known to be installed."""
    if method == "semantic":
        from claims.semantic import check_installed

        check_installed()
    return method


def _debug(_context: click.Context, _option: click.Parameter, value: bool) -> None:
    if value:
        os.environ[DEBUG_VARIABLE] = "1"


def _is_article(word: str) -> bool:
    """Could this word be an article (a path, - or a URL) rather than a mistyped command?"""
    return word == "-" or word.startswith(("http://", "https://", "-")) or Path(word).exists()


@click.group(cls=ReaderByDefault, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "--version", "-V", package_name="claimdiff", prog_name=PROG, message="%(prog)s %(version)s")
@click.option(
    "--debug",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_debug,
    help=f"Show the whole traceback of an unexpected error (as {DEBUG_VARIABLE}=1 does).",
)
def cli() -> None:
    """Compare two articles claim by claim: what they share, where they disagree.

    With no command, opens the reader: `claimdiff` on the bundled example pair,
    `claimdiff A B` on any two articles (files, - for standard input, URLs).
    """


def _pair(sources: tuple[str, ...]) -> tuple[str, str]:
    """Two sources, or the bundled example pair when none are given."""
    if len(sources) not in (0, 2):
        raise click.UsageError("give two articles, A and B, or none for the example pair")
    if sources.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    if not sources:
        from fixtures import example_pair

        return example_pair()
    return sources[0], sources[1]


@cli.command("open")
@click.argument("sources", nargs=-1, metavar="[A B]")
@db_option
@max_size_option
@method_option
def open_reader(sources: tuple[str, ...], db_path: str | None, max_bytes: int, method: str) -> int:
    """Open the reader on articles A and B (the example pair if none are given)."""
    import gc

    # Start-up makes objects that live as long as the session (Textual's classes, the
    # articles): collecting them while they are made only delays the first frame. The
    # reader turns collection back on, or collects when the person reading pauses.
    gc.disable()
    from store.location import database_path
    from tui.app import make_app

    source_a, source_b = _pair(sources)
    app = make_app(source_a, source_b, database_path(db_path), max_bytes, _method(method))
    app.run()
    return app.return_code or 0


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
@max_size_option
@method_option
def match(
    sources: tuple[str, ...],
    output_format: str,
    min_score: float,
    save: bool,
    db_path: str | None,
    max_bytes: int,
    method: str,
) -> None:
    """Align the claims of articles A and B (files, URLs or - for standard input).

    With no A and B, compares the bundled example pair. Each matched pair is shown with
    its relation (= same, ≠ conflict, ~ related) and score, then each side's unique claims.
    """
    import gc

    # One comparison, printed, then the process ends: what it makes lives until then, so a
    # collector walking the growing heap (a quarter of a long comparison) finds nothing to free.
    gc.disable()
    source_a, source_b = _pair(sources)
    from claims.comparison import compare

    comparison = compare(source_a, source_b, min_score=min_score, max_bytes=max_bytes, method=_method(method))
    if save:
        from store.documents import save_comparison

        save_comparison(open_database(db_path), comparison)
    from tui import report

    if output_format == "json":
        import json

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
    except Exception as error:
        if os.environ.get(DEBUG_VARIABLE) == "1":
            raise
        click.echo(
            f"{PROG}: unexpected error: {type(error).__name__}: {error}"
            f" (run with --debug or {DEBUG_VARIABLE}=1 to see where; please report it)",
            err=True,
        )
        return EXIT_INPUT
    return result if isinstance(result, int) else 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
