"""The database commands as a user types them: where it is, the tag set, tagging, undo."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT, run_claimdiff

ADMITS = str(ROOT / "fixtures" / "drones-iran-admits.txt")


def test_db_path_follows_option_then_environment(private_database: Path, tmp_path: Path) -> None:
    assert run_claimdiff("db", "path").stdout == f"{private_database}\n"
    assert run_claimdiff("db", "path", "--db", str(tmp_path / "x.db")).stdout == f"{tmp_path / 'x.db'}\n"


def test_tag_set_commands(private_database: Path) -> None:
    listing = run_claimdiff("tags").stdout.splitlines()
    assert listing[0].split()[:2] == ["1", "claim"] and len(listing) == 7
    assert run_claimdiff("tags", "add", "source check", "--key", "8").stdout == "added tag 'source check' on key 8\n"
    taken = run_claimdiff("tags", "add", "numbers", "--key", "3")
    assert taken.returncode == 1
    assert taken.stderr == "claimdiff: key 3 is bound to 'denial'; rebind it first (claimdiff tags key denial --none)\n"
    assert run_claimdiff("tags", "key", "denial", "--none").stdout == "'denial' has no key\n"
    assert (
        run_claimdiff("tags", "rename", "source check", "call back").stdout == "renamed 'source check' to 'call back'\n"
    )
    assert run_claimdiff("tag", ADMITS, "3", "call back").stdout == "statement 3 has tag 'call back'\n"
    refused = run_claimdiff("tags", "delete", "call back")
    assert refused.returncode == 1
    assert refused.stderr == "claimdiff: tag 'call back' is on 1 statement; use --force to delete it with them\n"
    assert run_claimdiff("tags", "delete", "call back", "--force").stdout == "deleted tag 'call back' and its 1 uses\n"
    assert "call back" not in run_claimdiff("tags").stdout
    bad_key = run_claimdiff("tags", "add", "x", "--key", "12")
    assert bad_key.returncode == 2 and "--key" in bad_key.stderr


def test_tag_note_undo_redo_across_runs(private_database: Path) -> None:
    assert run_claimdiff("tag", ADMITS, "1", "claim").stdout == "statement 1 has tag 'claim'\n"
    assert run_claimdiff("note", "Iran Finally", "1", "Check IRNA.").stdout == "note on statement 1 saved\n"
    title = "Iran Finally Admits for the First Time that It’s Supplying Russia with Drones"  # its start names it
    assert run_claimdiff("note", title, "1", "Check IRNA.").stdout == "note on statement 1 saved\n"
    assert run_claimdiff("tag", ADMITS, "1", "claim", "--remove").stdout == "statement 1 does not have tag 'claim'\n"
    assert run_claimdiff("undo").stdout == "undo: removing tag 'claim' from statement 1\n"
    assert run_claimdiff("undo").stdout == "undo: note on statement 1\n"
    assert run_claimdiff("redo").stdout == "redo: note on statement 1\n"
    exported = run_claimdiff("export", "--format", "jsonl").stdout
    assert '"tag": "claim"' in exported and '"note": "Check IRNA."' in exported
    assert run_claimdiff("undo").returncode == 0
    assert run_claimdiff("undo").stdout == "undo: tag 'claim' on statement 1\n"
    assert run_claimdiff("undo").stdout == "nothing to undo\n"


def test_bad_databases_are_one_line_errors(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n")
    result = run_claimdiff("tags", "--db", str(text))
    assert result.returncode == 1
    assert result.stderr == f"claimdiff: {text}: is not a claimdiff database (not an SQLite file); left untouched\n"
    assert text.read_text() == "not a database\n"
    result = run_claimdiff("tag", ADMITS, "99", "claim")
    assert result.returncode == 2 and "has statements 0 to 20" in result.stderr


def test_match_save_stores_the_comparison(private_database: Path) -> None:
    assert run_claimdiff("match", "--save", "--format", "json").returncode == 0
    assert run_claimdiff("tag", "90fb686b", "15", "denial").stdout == "statement 15 has tag 'denial'\n"
    exported = run_claimdiff("export", "--format", "jsonl").stdout
    assert '"counterpart_document_title": "Iran Finally Admits' in exported
