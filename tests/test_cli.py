"""The `claimdiff` command as a user runs it: outputs, help, and one-line errors."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import PAGES, ROOT, run_claimdiff


@pytest.fixture(scope="module")
def example_json() -> dict[str, object]:
    result = run_claimdiff("match", "--format", "json")
    assert result.returncode == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def test_json_has_exactly_the_documented_shape(example_json: dict[str, object]) -> None:
    assert set(example_json) == {"a", "b", "matches"}
    for side in ("a", "b"):
        document = example_json[side]
        assert isinstance(document, dict)
        assert set(document) == {"title", "source", "sha256", "statements"}
        assert len(document["sha256"]) == 64
        for statement in document["statements"]:
            assert set(statement) == {"index", "start", "end", "kind", "text"}
    matches = example_json["matches"]
    assert isinstance(matches, list) and matches
    for match in matches:
        assert set(match) == {"a", "b", "score", "relation", "why"}
        assert match["relation"] in {"same", "conflict", "related"}
        assert 0 <= match["score"] <= 1
        assert set(match["why"]) == {"text", "shared", "differences", "marks_a", "marks_b", "basis"}
        assert match["why"]["shared"] or match["why"]["basis"], "every match says what both statements share"
        documents: dict[str, Any] = {side: example_json[side] for side in ("a", "b")}
        texts = {side: {s["index"]: s["text"] for s in documents[side]["statements"]} for side in ("a", "b")}
        for side in ("a", "b"):
            statement = texts[side][match[side]]
            for start, end, kind in match["why"][f"marks_{side}"]:
                assert kind in {"shared", "differs"} and 0 <= start < end <= len(statement)


def test_no_arguments_compares_the_example_pair(example_json: dict[str, object]) -> None:
    a, b = example_json["a"], example_json["b"]
    assert isinstance(a, dict) and isinstance(b, dict)
    assert a["title"] == "Iranian Drone Exports, Sanctions Tensions, and Alliances in the Russia-Ukraine Context"
    assert b["title"] == "Iran Finally Admits for the First Time that It’s Supplying Russia with Drones"
    kinds = [s["kind"] for s in a["statements"]]
    assert kinds.count("boilerplate") == 8


def test_a_conflict_says_what_disagrees(example_json: dict[str, object]) -> None:
    matches = example_json["matches"]
    assert isinstance(matches, list)
    conflicts = [m for m in matches if m["relation"] == "conflict"]
    assert conflicts and all(m["why"]["differences"] for m in conflicts)
    assert any("has not supplied /" in m["why"]["text"] for m in conflicts)


def test_table_shows_pairs_with_glyphs_and_words_then_unique_claims() -> None:
    result = run_claimdiff("match")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "why: has not supplied /" in out
    assert "= same" in out and "≠ conflict" in out and "~ related" in out
    assert "Only in A" in out and "Only in B" in out
    assert out.index("Where they contradict") < out.index("Claims both make") < out.index("Related statements")
    assert "Tehran later acknowledged drone deliveries" in out
    assert "No time to read?" not in out


def test_csv_lists_matches_then_unique_statements() -> None:
    result = run_claimdiff("match", "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert "\r\n" in result.stdout
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    relations = {row["relation"] for row in rows}
    assert {"same", "conflict", "only in a", "only in b"} <= relations
    acknowledged = [r for r in rows if r["a_text"].startswith("Tehran later acknowledged") and r["relation"] == "same"]
    assert acknowledged


def test_min_score_filters_the_report() -> None:
    loose = json.loads(run_claimdiff("match", "--format", "json", "--min-score", "0.1").stdout)
    strict = json.loads(run_claimdiff("match", "--format", "json", "--min-score", "0.45").stdout)
    assert len(strict["matches"]) < len(loose["matches"])
    assert all(m["score"] >= 0.45 for m in strict["matches"])


def test_two_one_line_texts_are_compared(tmp_path: Path) -> None:
    """A reader may check one statement against another: every word of a one-line text is in
    all its statements, which is no shared topic to discount (it used to find nothing)."""
    said, denied = tmp_path / "said.txt", tmp_path / "denied.txt"
    said.write_text("The minister resigned on Friday.\n")
    denied.write_text("The minister has refused to resign.\n")
    result = run_claimdiff("match", str(said), str(denied), "--format", "json")
    assert result.returncode == 0, result.stderr
    [match] = json.loads(result.stdout)["matches"]
    assert match["relation"] == "conflict"
    assert match["why"]["differences"] == [{"a": "resigned", "b": "has refused to resign", "what": ""}]


def test_article_text_is_printed_literally_not_as_markup(tmp_path: Path) -> None:
    article = tmp_path / "markup.txt"
    article.write_text(
        "Markup test [bold]\n\nThe ministry said [bold]five[/] drones were sent to Russia in [red]May[/red].\n"
    )
    result = run_claimdiff("match", str(article), str(article))
    assert result.returncode == 0, result.stderr
    assert "[bold]five[/] drones" in result.stdout
    assert "[red]May[/red]" in result.stdout


def test_version_and_help_on_every_command() -> None:
    version = run_claimdiff("--version")
    assert version.returncode == 0 and version.stdout.startswith("claimdiff ")
    for args in (["--help"], ["match", "--help"]):
        result = run_claimdiff(*args)
        assert result.returncode == 0
        assert "Usage: claimdiff" in result.stdout
    assert "--min-score" in run_claimdiff("match", "--help").stdout


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["match", "missing-a.txt", "missing-b.txt"], 1, "claimdiff: missing-a.txt: no such file"),
        (
            ["match", "tests", str(PAGES / "quake-world-news.html")],
            1,
            "claimdiff: tests: is a directory, not an article",
        ),
        (["match", "only-one.txt"], 2, "claimdiff match: give two articles, A and B, or none for the example pair"),
        (["match", "--format", "xml"], 2, "claimdiff match: Invalid value for '--format'"),
        (["match", "--min-score", "2"], 2, "claimdiff match: Invalid value for '--min-score'"),
        (["match", "-", "-"], 2, "claimdiff match: standard input (-) can be read only once"),
        (["match", "--colour"], 2, "claimdiff match: No such option"),
        (["frobnicate"], 2, "claimdiff: no command or article named 'frobnicate'"),
    ],
    ids=["missing", "directory", "one-article", "bad-format", "bad-score", "stdin-twice", "bad-option", "bad-command"],
)
def test_errors_are_one_line_on_stderr_with_the_right_exit_code(args: list[str], code: int, message: str) -> None:
    result = run_claimdiff(*args)
    assert result.returncode == code
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_binary_and_empty_inputs_are_refused(tmp_path: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n \n")
    for path, message in ((binary, "is a binary file, not an article"), (empty, "is empty")):
        result = run_claimdiff("match", str(path), str(PAGES / "quake-world-news.html"))
        assert result.returncode == 1
        assert result.stderr == f"claimdiff: {path}: {message}\n"


def test_help_names_the_reader_and_every_command() -> None:
    result = run_claimdiff("--help")
    assert result.returncode == 0
    assert "With no command, opens the reader" in result.stdout
    for command in ("open", "match", "tags", "tag", "note", "undo", "redo", "export", "import", "db"):
        assert f"  {command} " in result.stdout
    assert run_claimdiff("open", "only-one.txt").returncode == 2


def _broken_module(folder: Path, name: str, body: str) -> dict[str, str]:
    """An environment in which importing `name` runs `body`, as on a machine where a
    dependency's piece is missing or broken."""
    package = folder / name
    package.mkdir()
    (package / "__init__.py").write_text(body)
    return {"PYTHONPATH": f"{folder}{os.pathsep}{ROOT}"}


def test_a_missing_piece_for_web_pages_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    # lxml 6 moved lxml.html.clean, which trafilatura's jusText imports, to lxml_html_clean.
    env = _broken_module(
        tmp_path, "lxml_html_clean", "raise ModuleNotFoundError(\"No module named 'lxml_html_clean'\")"
    )
    result = run_claimdiff(
        "match", str(PAGES / "quake-world-news.html"), str(PAGES / "quake-evening-post.htm"), env=env
    )
    assert result.returncode == 1
    first_line, rest = result.stderr.split("\n", 1)
    assert rest == ""
    assert first_line.startswith(
        f"claimdiff: {PAGES / 'quake-world-news.html'}: reading web pages needs a package that is missing ("
    )
    assert "lxml_html_clean" in first_line and first_line.endswith("); reinstall claimdiff")


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(tmp_path: Path) -> None:
    env = _broken_module(tmp_path, "lxml_html_clean", "raise RuntimeError('the cleaner broke')")
    pages = (str(PAGES / "quake-world-news.html"), str(PAGES / "quake-evening-post.htm"))
    result = run_claimdiff("match", *pages, env=env)
    assert result.returncode == 1
    assert result.stderr == (
        "claimdiff: unexpected error: RuntimeError: the cleaner broke"
        " (run with --debug or CLAIMDIFF_DEBUG=1 to see where; please report it)\n"
    )
    for debugging in (
        run_claimdiff("--debug", "match", *pages, env=env),
        run_claimdiff("match", *pages, env={**env, "CLAIMDIFF_DEBUG": "1"}),
    ):
        assert debugging.returncode == 1
        assert "Traceback (most recent call last)" in debugging.stderr
        assert debugging.stderr.rstrip().endswith("RuntimeError: the cleaner broke")


def test_two_runs_on_the_same_articles_give_the_same_report() -> None:
    """A reader who runs the comparison again gets the same verdicts and the same reasons, whatever
    order Python's hash seed gives its sets (the reason "both give $38" once came out "both give 27%"
    in some processes)."""
    pair = [str(ROOT / "tests" / "data" / "verdicts" / "own-pairs" / f"own460-{side}.txt") for side in "ab"]
    reports = {
        run_claimdiff("match", *pair, "--format", "json", env={"PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)
    }
    assert len(reports) == 1
    assert "both give $38" in reports.pop()


def test_a_country_named_by_an_acronym_is_compared_not_an_unexpected_error() -> None:
    """Two reports of drone strikes, one naming "the United Arab Emirates" and the other "The UAE denied any role
    in the attacks": `claimdiff match` stopped with "unexpected error: StopIteration" (a country the acronym
    made a place of the words the engine reads, but not of the words as written); it now reports the pair."""
    pair = ROOT / "tests" / "data" / "verdicts" / "own-pairs"
    result = run_claimdiff("match", str(pair / "own1515-a.txt"), str(pair / "own1515-b.txt"), "--format", "json")
    assert result.returncode == 0, result.stderr
    assert "unexpected error" not in result.stderr
    assert json.loads(result.stdout)["matches"]
