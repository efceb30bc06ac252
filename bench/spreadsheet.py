"""Open a pair export the way a spreadsheet does, and check what survives.

Writes a pair export of two small articles whose tags and notes hold what spreadsheets get
wrong (accents, curly quotes, a newline inside a cell, text that starts like a formula), has
LibreOffice convert it to .xlsx headless (`apt-get install libreoffice-calc-nogui`), reads the
workbook's XML, and prints, cell by cell, what was written and what the spreadsheet holds, then
whether any cell became a formula.

    python -m bench.spreadsheet
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from claims.comparison import compare_documents
from claims.ingest import read_document
from store.annotations import set_note, toggle_tag
from store.database import open_store
from store.documents import save_comparison
from store.output import write_to
from store.pair_export import PAIR_COLUMNS, pair_rows, write_pairs_csv

SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TRICKY_NOTES = {
    "a": '=HYPERLINK("http://example.com","click") café “quoted”\nsecond line',
    "b": "+44 20 7946 0958 naïve — ‘single’",
}


def main() -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("bench.spreadsheet: LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        csv_path = _export(work)
        subprocess.run(
            [
                soffice,
                "--headless",
                "--infilter=CSV:44,34,76,1",
                "--convert-to",
                "xlsx",
                "--outdir",
                folder,
                str(csv_path),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        cells, formulas = _cells(work / "pairs.xlsx")
    header = cells[0]
    row = dict(zip(header, cells[1], strict=False))
    print(f"{'column':12s} written / in the spreadsheet")
    for side in "ab":
        column = f"{side}_note"
        written = TRICKY_NOTES[side]
        held = row.get(column, "")
        same = held == written or held == "'" + written
        print(f"{column:12s} {written!r}\n{'':12s} {held!r}  {'kept' if same else 'CHANGED'}")
    for column in ("a_statement", "b_statement", "a_title", "b_title"):
        print(f"{column:12s} {row.get(column, '')!r}")
    print(f"columns: {len(header)} of {len(PAIR_COLUMNS)}; formulas in the workbook: {formulas}")


def _export(work: Path) -> Path:
    a, b = work / "a.txt", work / "b.txt"
    a.write_text(
        "Café owners say “the quake” struck at dawn\n\nThe 6.1-magnitude quake struck the island on Sunday, "
        "the café’s owner said.\n",
        encoding="utf-8",
    )
    b.write_text(
        "Island quake: officials’ figures\n\nThe agency said the quake had a magnitude of 5.9, "
        "according to the “official” count.\n",
        encoding="utf-8",
    )
    store = open_store(work / "claimdiff.db")
    comparison = compare_documents(read_document(str(a)), read_document(str(b)))
    save_comparison(store, comparison)
    match = next(m for m in comparison.matches)
    for side, document, statements, index in (
        ("a", comparison.a, comparison.statements_a, match.a),
        ("b", comparison.b, comparison.statements_b, match.b),
    ):
        toggle_tag(store, document, statements[index], "disputed")
        set_note(store, document, statements[index], TRICKY_NOTES[side])
    target = work / "pairs.csv"
    write_to(str(target), lambda stream: write_pairs_csv(pair_rows(store), stream), store)
    store.close()
    return target


def _cells(workbook: Path) -> tuple[list[list[str]], int]:
    """The first sheet's rows as text, and how many of its cells hold a formula."""
    formulas = 0
    with zipfile.ZipFile(workbook) as book:
        shared = [
            "".join(t.text or "" for t in item.iter(f"{SHEET}t"))
            for item in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).iter(f"{SHEET}si")
        ]
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    rows: list[list[str]] = []
    for row in sheet.iter(f"{SHEET}row"):
        values: dict[int, str] = {}
        for cell in row.iter(f"{SHEET}c"):
            if cell.find(f"{SHEET}f") is not None:
                formulas += 1
            value = cell.find(f"{SHEET}v")
            text = "" if value is None or value.text is None else value.text
            values[_column(cell.get("r", "A1"))] = shared[int(text)] if cell.get("t") == "s" else text
        rows.append([values.get(position, "") for position in range(max(values, default=-1) + 1)])
    return rows, formulas


def _column(reference: str) -> int:
    """0 for "A7", 26 for "AA7": empty cells are left out of a sheet, so place each by its name."""
    number = 0
    for letter in reference.rstrip("0123456789"):
        number = number * 26 + ord(letter.upper()) - ord("A") + 1
    return number - 1


if __name__ == "__main__":
    main()
